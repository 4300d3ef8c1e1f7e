//! Reading whole records back: every stored document in id order, each with its page items
//! and its links ([`Store::export_stream`], [`ItemReader`]), and a record completed from its
//! skeleton ([`Store::completer`]).
//!
//! The store keeps one copy of a page's text: on its `page` item (schema 9). A document's
//! `doc` item holds its skeleton (the record without page text and headings, see
//! [`super::writer::skeleton`]); a full record is the skeleton with the text and headings of
//! its page items ([`fill`]).
//!
//! What makes exports fast (issue 17) and what keeps them bounded:
//!
//! * The order by id comes from the term ordinals of the `doc` column (ordinals are in string
//!   order within a segment): the ids of a segment are read in one pass over its dictionary
//!   instead of one dictionary look-up per document. Memory holds one `(id, address)` per
//!   document, nothing per page.
//! * A document's items are found through the postings of its id in each segment (no query
//!   is built and run per document) and told apart by columns: `hit_kind` marks its pages,
//!   `target` its links ([`ExportStream`] yields their addresses).
//! * The items are read a batch of documents at a time in store order ([`ItemReader::read`]):
//!   the batch's addresses are sorted by segment and position and split among rayon's
//!   workers, each with its own store readers (no shared block cache, no lock), so a
//!   compressed block is decompressed about once per batch even when ids and store order
//!   disagree. Only the fields a record needs are taken from an item's bytes (the others are
//!   skipped without being copied), and text is checked as UTF-8 with SIMD.
//! * Links are resolved in document order like [`Store::links`] does
//!   ([`ExportStream::resolve`], [`crate::links::resolve`]).
//!
//! ```no_run
//! # fn main() -> Result<(), kommission::index::IndexError> {
//! let store = kommission::index::Store::open(std::path::Path::new("index"))?;
//! let mut stream = store.export_stream(None)?;
//! let reader = stream.item_reader();
//! let batch: Vec<_> = stream.by_ref().take(100).collect::<Result<_, _>>()?;
//! for (doc, stored) in batch.iter().zip(reader.read(&batch)?) {
//!     let links = stream.resolve(stored.links)?;
//!     println!("{}: {} pages, {} links", doc.id, stored.pages.len(), links.len());
//! }
//! # Ok(()) }
//! ```

use std::path::PathBuf;
use std::sync::Arc;

use tantivy::columnar::{Column, StrColumn};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, InvertedIndexReader, Searcher, Term, TERMINATED};

use crate::model::{DocRecord, Link};

use super::links::StoreTargets;
use super::schema::{HIT_KIND_FIELD, HIT_PAGE, KIND_DOC};
use super::{IndexError, Store};

/// One stored document as exports find it: where its skeleton, pages and links are (read
/// them with [`ItemReader::read`], a batch at a time).
#[derive(Debug, Clone)]
pub struct ExportDoc {
    pub id: String,
    /// Its `doc` item (with the skeleton: the record without page text and headings).
    pub item: DocAddress,
    /// Its page items, in index order.
    pub pages: Vec<DocAddress>,
    /// Its link items (stored keys, resolved when read: [`ExportStream::resolve`]).
    pub link_items: Vec<DocAddress>,
}

/// What one segment needs to find a document's items and read its links (from columns
/// alone: no stored item is read for a link).
struct SegmentItems {
    ord: u32,
    postings: Arc<InvertedIndexReader>,
    /// Set on link items only.
    target: Option<StrColumn>,
    /// [`HIT_PAGE`] on page items.
    hit_kind: Column<u64>,
}

impl SegmentItems {
    fn of(store: &Store, searcher: &Searcher) -> Result<Vec<SegmentItems>, IndexError> {
        let f = store.fields();
        let mut segments = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let ff = segment.fast_fields();
            segments.push(SegmentItems {
                ord: ord as u32,
                postings: segment.inverted_index(f.doc).map_err(|e| store.err(e))?,
                target: ff.str("target").map_err(|e| store.err(e))?,
                hit_kind: ff.u64(HIT_KIND_FIELD).map_err(|e| store.err(e))?,
            });
        }
        Ok(segments)
    }
}

/// The live items standing in document `id`: its page items and its links.
fn items_of(
    store: &Store,
    searcher: &Searcher,
    segments: &[SegmentItems],
    id: &str,
) -> Result<(Vec<DocAddress>, Vec<DocAddress>), IndexError> {
    let (mut pages, mut links) = (Vec::new(), Vec::new());
    let term = Term::from_field_text(store.fields().doc, id);
    for s in segments {
        let segment = searcher.segment_reader(s.ord);
        let alive = segment.alive_bitset();
        let Some(mut postings) = s
            .postings
            .read_postings(&term, IndexRecordOption::Basic)
            .map_err(|e| store.err(e.into()))?
        else {
            continue;
        };
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                if s.hit_kind.first(doc) == Some(HIT_PAGE) {
                    pages.push(DocAddress::new(s.ord, doc));
                } else if s
                    .target
                    .as_ref()
                    .is_some_and(|t| t.term_ords(doc).next().is_some())
                {
                    links.push(DocAddress::new(s.ord, doc));
                }
            }
            doc = postings.advance();
        }
    }
    Ok((pages, links))
}

/// The documents of the index in id order with their links: see [`Store::export_stream`].
pub struct ExportStream<'a> {
    store: &'a Store,
    searcher: Searcher,
    docs: std::vec::IntoIter<(String, DocAddress)>,
    segments: Vec<SegmentItems>,
    targets: StoreTargets<'a>,
}

impl ExportStream<'_> {
    /// How many documents are left.
    pub fn remaining(&self) -> usize {
        self.docs.len()
    }

    fn read(&mut self, id: String, item: DocAddress) -> Result<ExportDoc, IndexError> {
        let (pages, link_items) = items_of(self.store, &self.searcher, &self.segments, &id)?;
        Ok(ExportDoc {
            id,
            item,
            pages,
            link_items,
        })
    }

    /// A document's stored links resolved, sorted and without duplicates
    /// ([`StoreTargets::resolve_all`]).
    pub fn resolve(&mut self, stored: Vec<Link>) -> Result<Vec<Link>, IndexError> {
        self.targets.resolve_all(stored)
    }

    /// A reader of this stream's stored items in batches ([`ItemReader::read`], parallel).
    /// Pages are read without their headings (no export shows them: it saves splitting and
    /// copying them).
    pub fn item_reader(&self) -> ItemReader {
        ItemReader {
            stores: segment_stores(&self.searcher),
            searcher: self.searcher.clone(),
            dir: self.store.dir().to_path_buf(),
            fields: self.store.fields().into(),
            headings: false,
            text: true,
        }
    }
}

impl Iterator for ExportStream<'_> {
    type Item = Result<ExportDoc, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (id, address) = self.docs.next()?;
        Some(self.read(id, address))
    }
}

/// The stored fields exports read, by number (looked up in the opened index's schema).
#[derive(Debug, Clone, Copy)]
struct ItemFields {
    doc: u32,
    page: u32,
    text: u32,
    heading: u32,
    meta: u32,
    link_kind: u32,
    target: u32,
}

impl From<&super::schema::Fields> for ItemFields {
    fn from(f: &super::schema::Fields) -> ItemFields {
        ItemFields {
            doc: f.doc.field_id(),
            page: f.page.field_id(),
            text: f.text.field_id(),
            heading: f.heading.field_id(),
            meta: f.meta.field_id(),
            link_kind: f.link_kind.field_id(),
            target: f.target.field_id(),
        }
    }
}

/// A stored value, borrowed from its item's bytes.
enum Raw<'a> {
    Str(&'a [u8]),
    U64(u64),
    /// A value exports do not read (f64, i64, date, bool), skipped.
    Other,
}

/// The stored values of one item, in order, borrowed from its bytes (tantivy's document
/// encoding: a VInt count, then per value its field (u32 LE), a type code and the value).
/// tantivy's own deserializer copies and checks every string into a `String`; exports need
/// a few fields of each item, so the rest is skipped without being copied or checked. A type
/// this index never stores is an error (the item is damaged, or written by another program).
fn raw_fields<'a>(
    mut b: &'a [u8],
    mut f: impl FnMut(u32, Raw<'a>) -> Result<(), String>,
) -> Result<(), String> {
    fn take<'a>(b: &mut &'a [u8], n: usize) -> Result<&'a [u8], String> {
        if b.len() < n {
            return Err("a stored value ends early".into());
        }
        let (head, rest) = b.split_at(n);
        *b = rest;
        Ok(head)
    }
    let fixed8 = |b: &mut &'a [u8]| -> Result<u64, String> {
        let bytes: [u8; 8] = take(b, 8)?.try_into().map_err(|_| "short value")?;
        Ok(u64::from_le_bytes(bytes))
    };
    let count = vint(&mut b)?;
    for _ in 0..count {
        let field: [u8; 4] = take(&mut b, 4)?.try_into().map_err(|_| "short field")?;
        let field = u32::from_le_bytes(field);
        let code = take(&mut b, 1)?[0];
        let value = match code {
            // text, bytes
            0 | 4 => {
                let n =
                    usize::try_from(vint(&mut b)?).map_err(|_| "a stored length is too long")?;
                Raw::Str(take(&mut b, n)?)
            }
            1 => Raw::U64(fixed8(&mut b)?),
            // i64, date, f64
            2 | 5 | 6 => {
                fixed8(&mut b)?;
                Raw::Other
            }
            // bool
            9 => {
                take(&mut b, 1)?;
                Raw::Other
            }
            other => {
                return Err(format!(
                    "a stored value has type code {other}, which kommission never stores"
                ))
            }
        };
        f(field, value)?;
    }
    Ok(())
}

/// UTF-8 text of a stored string (checked with SIMD: the text of every page is checked once).
fn utf8(b: &[u8]) -> Result<String, String> {
    simdutf8::basic::from_utf8(b)
        .map(str::to_string)
        .map_err(|_| "a stored string is not UTF-8".to_string())
}

/// The text and headings of a page item (and, of a document stored in parts, the page's
/// skeleton: [`crate::index::writer::PAGES_IN_PARTS`]).
#[derive(Debug, Default, Clone)]
pub struct StoredPage {
    pub number: u32,
    pub text: String,
    pub headings: String,
    pub skeleton: Option<Box<crate::model::Page>>,
}

/// What exports read of one document's items: its skeleton (JSON), its pages and its stored
/// links (unresolved: [`ExportStream::resolve`]).
#[derive(Debug, Default)]
pub struct StoredDoc {
    pub skeleton: String,
    pub pages: Vec<StoredPage>,
    pub links: Vec<Link>,
}

/// Where a read item goes.
#[derive(Clone, Copy)]
enum Slot {
    Skeleton,
    Page(u32),
    Link(u32),
}

/// Reads the stored items of documents (skeletons, pages, links) a batch at a time, in
/// store order: cheap to clone, usable from any thread (see [`ItemReader::read`]).
#[derive(Clone)]
pub struct ItemReader {
    searcher: Searcher,
    stores: SegmentStores,
    dir: PathBuf,
    fields: ItemFields,
    /// Whether pages are read with their headings; with their text.
    headings: bool,
    text: bool,
}

/// Fewest items one worker reads at a time (its own store readers, in store order).
const CHUNK_ITEMS: usize = 256;

impl ItemReader {
    fn damaged(&self, message: String) -> IndexError {
        IndexError::Tantivy {
            path: self.dir.clone(),
            message: format!("a stored item is damaged: {message} (ingest again)"),
        }
    }

    /// Read one item.
    fn read_item(&self, bytes: &[u8], slot: Slot) -> Result<Item, String> {
        let f = self.fields;
        Ok(match slot {
            Slot::Skeleton => {
                let mut skeleton = String::new();
                raw_fields(bytes, |field, v| {
                    if let (true, Raw::Str(s)) = (field == f.meta, v) {
                        skeleton = utf8(s)?;
                    }
                    Ok(())
                })?;
                Item::Skeleton(skeleton)
            }
            Slot::Page(_) => {
                let mut page = StoredPage::default();
                raw_fields(bytes, |field, v| {
                    match v {
                        Raw::U64(n) if field == f.page => {
                            page.number = u32::try_from(n).unwrap_or(0);
                        }
                        Raw::Str(s) if field == f.text && self.text => page.text = utf8(s)?,
                        Raw::Str(s) if field == f.heading && self.headings && self.text => {
                            page.headings = utf8(s)?;
                        }
                        Raw::Str(s) if field == f.meta => {
                            let p = serde_json::from_slice(s).map_err(|e| e.to_string())?;
                            page.skeleton = Some(Box::new(p));
                        }
                        _ => {}
                    }
                    Ok(())
                })?;
                Item::Page(page)
            }
            Slot::Link(_) => {
                let mut link = Link {
                    doc: String::new(),
                    page: 0,
                    kind: crate::ident::LinkKind::Cites,
                    target: String::new(),
                };
                raw_fields(bytes, |field, v| {
                    match v {
                        Raw::U64(n) if field == f.page => {
                            link.page = u32::try_from(n).unwrap_or(0);
                        }
                        Raw::Str(s) if field == f.doc => link.doc = utf8(s)?,
                        Raw::Str(s) if field == f.link_kind => {
                            link.kind = utf8(s)?.parse().map_err(|e| format!("{e}"))?
                        }
                        Raw::Str(s) if field == f.target => link.target = utf8(s)?,
                        _ => {}
                    }
                    Ok(())
                })?;
                Item::Link(link)
            }
        })
    }

    /// The stored items of `docs` (skeleton, pages in index order, links as stored), read
    /// in parallel: the items' addresses are sorted into store order and split into chunks,
    /// each read by one worker with its own store readers, so each compressed block is
    /// decompressed about once per batch however the ids order the documents.
    pub fn read(&self, docs: &[ExportDoc]) -> Result<Vec<StoredDoc>, IndexError> {
        use rayon::prelude::*;
        let mut jobs: Vec<(DocAddress, u32, Slot)> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            let d = d as u32;
            jobs.push((doc.item, d, Slot::Skeleton));
            jobs.extend(
                doc.pages
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (*a, d, Slot::Page(i as u32))),
            );
            jobs.extend(
                doc.link_items
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (*a, d, Slot::Link(i as u32))),
            );
        }
        jobs.sort_unstable_by_key(|j| j.0);
        let chunk = jobs
            .len()
            .div_ceil(4 * rayon::current_num_threads())
            .max(CHUNK_ITEMS);
        let parts: Vec<Result<Vec<Item>, IndexError>> = jobs
            .par_chunks(chunk)
            .map(|jobs| {
                let mut readers = Readers::default();
                let mut out = Vec::with_capacity(jobs.len());
                for &(address, _, slot) in jobs {
                    let bytes = readers.bytes(self, address)?;
                    out.push(self.read_item(bytes, slot).map_err(|m| self.damaged(m))?);
                }
                Ok(out)
            })
            .collect();
        let mut pages: Vec<Vec<Option<StoredPage>>> =
            docs.iter().map(|d| vec![None; d.pages.len()]).collect();
        let mut links: Vec<Vec<Option<Link>>> = docs
            .iter()
            .map(|d| vec![None; d.link_items.len()])
            .collect();
        let mut skeletons: Vec<String> = vec![String::new(); docs.len()];
        let mut jobs = jobs.iter();
        for part in parts {
            for (item, &(_, d, slot)) in part?.into_iter().zip(jobs.by_ref()) {
                let d = d as usize;
                match (item, slot) {
                    (Item::Skeleton(s), _) => skeletons[d] = s,
                    (Item::Page(p), Slot::Page(i)) => pages[d][i as usize] = Some(p),
                    (Item::Link(l), Slot::Link(i)) => links[d][i as usize] = Some(l),
                    _ => {}
                }
            }
        }
        Ok(skeletons
            .into_iter()
            .zip(pages)
            .zip(links)
            .map(|((skeleton, pages), links)| StoredDoc {
                skeleton,
                pages: pages.into_iter().flatten().collect(),
                links: links.into_iter().flatten().collect(),
            })
            .collect())
    }
}

/// A segment's document store, read block by block without tantivy's reader: tantivy 0.27's
/// `StoreReader` finds each item's block by walking its skip index from the top (about 4,000
/// instructions an item; a tenth of `export sqlite` at 10⁴ pages), and keeps its own
/// sequential reader private. The places of the blocks are read once, here, from the skip
/// index's last layer (every block's documents and bytes, in order).
///
/// The format is tantivy's document store, version 2 (`store/` in tantivy's source): blocks,
/// each compressed alone (LZ4 with its size before it, or not at all) and ending with the
/// offsets of its documents (u32 LE each, then their count); then the skip index, a list of
/// layers whose last holds a checkpoint per block (VInts: a count, the first document and
/// byte, then per block its documents and bytes); then a footer of 28 bytes (version u32,
/// skip index offset u64, compressor u8, 15 reserved). Any other version or compressor is
/// an error that names it; a test reads every item of a real index both ways.
struct SegmentStore {
    /// The blocks (the store up to its skip index).
    data: tantivy::directory::OwnedBytes,
    /// Per block: the documents before its end, and its bytes in `data`.
    blocks: Vec<(u32, std::ops::Range<usize>)>,
    lz4: bool,
}

impl SegmentStore {
    fn open(searcher: &Searcher, segment_ord: u32) -> Result<SegmentStore, String> {
        let segment = searcher.segment_reader(segment_ord);
        let index = searcher.index();
        let meta = index.new_segment_meta(segment.segment_id(), segment.max_doc());
        let file = index
            .segment(meta)
            .open_read(tantivy::index::SegmentComponent::Store)
            .map_err(|e| e.to_string())?
            .read_bytes()
            .map_err(|e| e.to_string())?;
        const FOOTER: usize = 28;
        let short = || "the document store is too short".to_string();
        let body = file.len().checked_sub(FOOTER).ok_or_else(short)?;
        let footer = &file.as_slice()[body..];
        let word = |at: usize, n: usize| {
            footer[at..at + n]
                .iter()
                .rev()
                .fold(0u64, |v, &b| v << 8 | u64::from(b))
        };
        let (version, offset, compressor) = (word(0, 4), word(4, 8), footer[12]);
        if version != 2 || compressor > 1 {
            return Err(format!(
                "the document store has version {version} and compressor {compressor}, which \
                 this kommission does not read (ingest again)"
            ));
        }
        let offset = usize::try_from(offset)
            .ok()
            .filter(|&o| o <= body)
            .ok_or_else(short)?;
        let mut skip = &file.as_slice()[offset..body];
        let layers = vint(&mut skip)?;
        let mut ends = Vec::new();
        for _ in 0..layers {
            ends.push(usize::try_from(vint(&mut skip)?).map_err(|_| short())?);
        }
        let start = match ends.len() {
            0 | 1 => 0,
            n => ends[n - 2],
        };
        let mut last = skip
            .get(start..ends.last().copied().unwrap_or(0))
            .ok_or_else(short)?;
        let mut blocks = Vec::new();
        while !last.is_empty() {
            let n = vint(&mut last)?;
            if n == 0 {
                continue;
            }
            let (mut doc, mut byte) = (vint(&mut last)?, vint(&mut last)?);
            for _ in 0..n {
                let (docs, bytes) = (vint(&mut last)?, vint(&mut last)?);
                let (Ok(end_doc), Ok(from), Ok(to)) = (
                    u32::try_from(doc + docs),
                    usize::try_from(byte),
                    usize::try_from(byte + bytes),
                ) else {
                    return Err(short());
                };
                if to > offset || blocks.last().is_some_and(|b: &(u32, _)| b.0 > end_doc) {
                    return Err("the document store's skip index is damaged".into());
                }
                blocks.push((end_doc, from..to));
                (doc, byte) = (doc + docs, byte + bytes);
            }
        }
        Ok(SegmentStore {
            data: file.slice(0..offset),
            blocks,
            lz4: compressor == 1,
        })
    }

    /// The block holding document `doc`: its number and the documents before it.
    fn block_of(&self, doc: u32) -> Option<(usize, u32)> {
        let i = self.blocks.partition_point(|b| b.0 <= doc);
        let first = i.checked_sub(1).map_or(0, |p| self.blocks[p].0);
        (i < self.blocks.len()).then_some((i, first))
    }

    /// Block `i`, decompressed into the start of `out` (which only grows: it is not cleared
    /// and zeroed again for each block): its length.
    fn decompress(&self, i: usize, out: &mut Vec<u8>) -> Result<usize, String> {
        let damaged = || "a block of the document store is damaged".to_string();
        let bytes = self.data.as_slice().get(self.blocks[i].1.clone());
        let bytes = bytes.ok_or_else(damaged)?;
        let (size, compressed) = match self.lz4 {
            true => {
                let (size, rest) = bytes.split_first_chunk::<4>().ok_or_else(damaged)?;
                (u32::from_le_bytes(*size) as usize, rest)
            }
            false => (bytes.len(), bytes),
        };
        if out.len() < size {
            out.resize(size, 0);
        }
        let out = &mut out[..size];
        match self.lz4 {
            true => match lz4_flex::block::decompress_into(compressed, out) {
                Ok(n) if n == size => Ok(size),
                _ => Err(damaged()),
            },
            false => {
                out.copy_from_slice(compressed);
                Ok(size)
            }
        }
    }
}

/// A VInt of tantivy's (7 bits a byte, the last byte's high bit set).
fn vint(b: &mut &[u8]) -> Result<u64, String> {
    let (mut v, mut shift) = (0u64, 0u32);
    loop {
        let (&byte, rest) = b.split_first().ok_or("a stored value ends early")?;
        *b = rest;
        if shift > 63 {
            return Err("a stored length is too long".into());
        }
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 != 0 {
            return Ok(v);
        }
        shift += 7;
    }
}

/// The document stores of a searcher's segments, each opened when first read and shared by
/// every worker.
type SegmentStores = Arc<[std::sync::OnceLock<Result<SegmentStore, String>>]>;

fn segment_stores(searcher: &Searcher) -> SegmentStores {
    searcher
        .segment_readers()
        .iter()
        .map(|_| std::sync::OnceLock::new())
        .collect()
}

/// What one worker reads: per segment, the block it decompressed last (its number, bytes and
/// length; items are read in store order, so each block is decompressed once per run of its
/// items).
#[derive(Default)]
struct Readers(Vec<Option<(usize, Vec<u8>, usize)>>);

impl Readers {
    /// The stored bytes of the item at `address`.
    fn bytes(&mut self, items: &ItemReader, address: DocAddress) -> Result<&[u8], IndexError> {
        let seg = address.segment_ord as usize;
        let store = items
            .stores
            .get(seg)
            .ok_or_else(|| items.damaged(format!("no segment {seg}")))?
            .get_or_init(|| SegmentStore::open(&items.searcher, address.segment_ord))
            .as_ref()
            .map_err(|e| items.damaged(e.clone()))?;
        if self.0.len() <= seg {
            self.0.resize_with(seg + 1, || None);
        }
        let missing = || items.damaged(format!("no item {} in segment {seg}", address.doc_id));
        let (block, first) = store.block_of(address.doc_id).ok_or_else(missing)?;
        let current = &mut self.0[seg];
        if current.as_ref().is_none_or(|c| c.0 != block) {
            let mut out = current.take().map(|c| c.1).unwrap_or_default();
            let n = store
                .decompress(block, &mut out)
                .map_err(|e| items.damaged(e))?;
            *current = Some((block, out, n));
        }
        let bytes = current.as_ref().map_or(&[][..], |c| &c.1[..c.2]);
        item_in_block(bytes, (address.doc_id - first) as usize).ok_or_else(missing)
    }
}

/// Item `i` of a decompressed block (its documents, then their offsets as u32 LE and the
/// number of offsets).
fn item_in_block(block: &[u8], i: usize) -> Option<&[u8]> {
    let u32_at = |at: usize| {
        let b = block.get(at..at + 4)?;
        Some(u32::from_le_bytes(b.try_into().ok()?) as usize)
    };
    let n = u32_at(block.len().checked_sub(4)?)?;
    let index = block.len().checked_sub(4 * (n + 1))?;
    if i >= n {
        return None;
    }
    let start = u32_at(index + 4 * i)?;
    let end = if i + 1 < n {
        u32_at(index + 4 * (i + 1))?
    } else {
        index
    };
    block.get(start..end)
}

/// One item read (see [`Slot`]).
enum Item {
    Skeleton(String),
    Page(StoredPage),
    Link(Link),
}

/// Put the text and headings of `pages` into `record`'s pages (by page number); a page
/// item with its skeleton (of a document stored in parts, whose record holds no page) is
/// added to them, in page order.
pub fn fill(
    record: &mut DocRecord,
    pages: Vec<StoredPage>,
    dir: &std::path::Path,
) -> Result<(), IndexError> {
    let mut added = false;
    // Pages are numbered 1, 2, … in order: the page of number n is at n - 1 (else found).
    for mut item in pages {
        let at = match (item.number as usize).checked_sub(1) {
            Some(i) if record.pages.get(i).is_some_and(|p| p.number == item.number) => i,
            // A page read with its skeleton: the record holds no page of its own.
            _ if item.skeleton.is_some() => {
                added = true;
                record.pages.extend(item.skeleton.take().map(|p| *p));
                record.pages.len() - 1
            }
            _ => match record.pages.iter().position(|p| p.number == item.number) {
                Some(i) => i,
                None => {
                    return Err(IndexError::Tantivy {
                        path: dir.to_path_buf(),
                        message: format!(
                            "the stored record of {} has no page {} (ingest it again)",
                            record.id, item.number
                        ),
                    })
                }
            },
        };
        let page = &mut record.pages[at];
        page.text = item.text;
        page.headings = if item.headings.is_empty() {
            Vec::new()
        } else {
            item.headings.split('\n').map(str::to_string).collect()
        };
    }
    if added && !record.pages.is_sorted_by_key(|p| p.number) {
        record.pages.sort_by_key(|p| p.number);
    }
    Ok(())
}

/// Parse a stored skeleton (as a record, or the part of it a reader needs).
pub(crate) fn parse_skeleton<T: serde::de::DeserializeOwned>(
    json: &str,
    dir: &std::path::Path,
) -> Result<T, IndexError> {
    serde_json::from_str(json).map_err(|e| IndexError::Tantivy {
        path: dir.to_path_buf(),
        message: format!("a stored record is damaged: {e}"),
    })
}

impl Store {
    /// Every stored document (or only `only`, when it is stored), sorted by id, with its
    /// links and the addresses of its page items, read one at a time: memory holds one
    /// document's skeleton and links (and one `(id, address)` per document). The stream reads
    /// the commit that was current when it was made.
    pub fn export_stream(&self, only: Option<&str>) -> Result<ExportStream<'_>, IndexError> {
        let searcher = self.searcher()?;
        let f = *self.fields();
        let docs = match only {
            Some(id) => self
                .find(&searcher, &[(f.kind, KIND_DOC), (f.doc, id)])?
                .into_iter()
                .take(1)
                .map(|a| (id.to_string(), a))
                .collect(),
            None => {
                let addresses = self.find(&searcher, &[(f.kind, KIND_DOC)])?;
                self.keyed_by_id(&searcher, addresses)?
            }
        };
        Ok(ExportStream {
            store: self,
            targets: StoreTargets::new(self, searcher.clone()),
            segments: SegmentItems::of(self, &searcher)?,
            searcher,
            docs: docs.into_iter(),
        })
    }

    /// What completes the skeletons read from `searcher` (made once for many records): with
    /// their pages' text and headings, or (`text` false) only with the pages of a document
    /// stored in parts, from its page items.
    pub(crate) fn completer<'a>(
        &'a self,
        searcher: &Searcher,
        text: bool,
    ) -> Result<Completer<'a>, IndexError> {
        Ok(Completer {
            store: self,
            searcher: searcher.clone(),
            segments: SegmentItems::of(self, searcher)?,
            items: ItemReader {
                stores: segment_stores(searcher),
                searcher: searcher.clone(),
                dir: self.dir().to_path_buf(),
                fields: self.fields().into(),
                headings: true,
                text,
            },
        })
    }
}

/// Completes skeletons into full records (see [`Store::completer`]).
pub(crate) struct Completer<'a> {
    store: &'a Store,
    searcher: Searcher,
    segments: Vec<SegmentItems>,
    items: ItemReader,
}

impl Completer<'_> {
    /// The text and headings of `record`'s page items into its pages.
    pub(crate) fn complete(&self, record: &mut DocRecord) -> Result<(), IndexError> {
        let (pages, _) = items_of(self.store, &self.searcher, &self.segments, &record.id)?;
        self.fill_from(record, pages)
    }

    /// The text and headings of the pages numbered `first..=last` of `record` (a skeleton
    /// holding those pages, or none of a document stored in parts: they are read from the
    /// page items, see [`crate::index::RecordStream::in_parts`]): only the page items in
    /// that range are found (a query on the `page` field) and read, so a document stored in
    /// parts is read a range at a time.
    pub(crate) fn complete_pages(
        &self,
        record: &mut DocRecord,
        first: u32,
        last: u32,
    ) -> Result<(), IndexError> {
        use super::links::term;
        use tantivy::query::{BooleanQuery, Occur, RangeQuery};
        let f = self.store.fields();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.kind, super::schema::KIND_PAGE)),
            (Occur::Must, term(f.doc, &record.id)),
            (
                Occur::Must,
                Box::new(RangeQuery::new(
                    std::ops::Bound::Included(Term::from_field_u64(f.page, u64::from(first))),
                    std::ops::Bound::Included(Term::from_field_u64(f.page, u64::from(last))),
                )),
            ),
        ]);
        let mut addresses: Vec<DocAddress> = self
            .searcher
            .search(&query, &tantivy::collector::DocSetCollector)
            .map_err(|e| self.store.err(e))?
            .into_iter()
            .collect();
        addresses.sort();
        self.fill_from(record, addresses)
    }

    /// Read the page items at `addresses` into `record`'s pages, a few thousand at a time
    /// (a document stored in parts gets its pages from them: one copy of each is held).
    fn fill_from(
        &self,
        record: &mut DocRecord,
        addresses: Vec<DocAddress>,
    ) -> Result<(), IndexError> {
        if record.pages.is_empty() {
            record.pages.reserve_exact(addresses.len());
        }
        let mut readers = Readers::default();
        for chunk in addresses.chunks(4_096) {
            let mut pages = Vec::with_capacity(chunk.len());
            for &a in chunk {
                let bytes = readers.bytes(&self.items, a)?;
                if let Item::Page(p) = self
                    .items
                    .read_item(bytes, Slot::Page(0))
                    .map_err(|m| self.items.damaged(m))?
                {
                    pages.push(p);
                }
            }
            fill(record, pages, self.store.dir())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stored item as tantivy encodes it, made by tantivy itself: the fields of a
    /// document written to an index in memory and read back as bytes.
    fn stored_bytes() -> (Vec<u8>, super::super::schema::Fields) {
        use tantivy::schema::document::TantivyDocument;
        let (schema, f) = super::super::schema::build();
        let index = tantivy::Index::create_in_ram(schema);
        super::super::analyzer::register(&index);
        let mut writer: tantivy::IndexWriter<TantivyDocument> =
            index.writer_with_num_threads(1, 20_000_000).unwrap();
        let mut d = TantivyDocument::default();
        d.add_text(f.kind, "page");
        d.add_text(f.doc, "malmö-2014");
        d.add_u64(f.page, 7);
        d.add_f64(f.ocr_confidence, 91.5);
        d.add_text(f.text, "Åtgärd 5: Utred förutsättningarna");
        d.add_text(f.heading, "Rubrik");
        writer.add_document(d).unwrap();
        writer.commit().unwrap();
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        let store = searcher.segment_reader(0).get_store_reader(1).unwrap();
        (store.get_document_bytes(0).unwrap().as_slice().to_vec(), f)
    }

    #[test]
    fn the_fields_of_a_stored_item_are_read_from_its_bytes() {
        let (bytes, f) = stored_bytes();
        let (mut page, mut text, mut doc, mut others) = (None, None, None, 0);
        raw_fields(&bytes, |field, v| {
            match v {
                Raw::U64(n) if field == f.page.field_id() => page = Some(n),
                Raw::Str(s) if field == f.text.field_id() => text = Some(utf8(s)?),
                Raw::Str(s) if field == f.doc.field_id() => doc = Some(utf8(s)?),
                _ => others += 1,
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(page, Some(7));
        assert_eq!(text.as_deref(), Some("Åtgärd 5: Utred förutsättningarna"));
        assert_eq!(doc.as_deref(), Some("malmö-2014"));
        // kind, ocr_confidence (f64, skipped) and heading.
        assert_eq!(others, 3);
    }

    /// Every item of a store of several blocks, compressed (tantivy's default) and not,
    /// read block by block ([`Readers::bytes`]) is the item tantivy's own reader reads, and
    /// an address past the last item is an error.
    #[test]
    fn the_store_read_block_by_block_gives_tantivys_bytes() {
        use tantivy::schema::document::TantivyDocument;
        for compressor in [
            tantivy::store::Compressor::Lz4,
            tantivy::store::Compressor::None,
        ] {
            let (schema, f) = super::super::schema::build();
            let settings = tantivy::IndexSettings {
                docstore_compression: compressor,
                ..Default::default()
            };
            let index = tantivy::Index::builder()
                .schema(schema)
                .settings(settings)
                .create_in_ram()
                .unwrap();
            super::super::analyzer::register(&index);
            let mut writer: tantivy::IndexWriter<TantivyDocument> =
                index.writer_with_num_threads(1, 20_000_000).unwrap();
            for n in 0..3_000u64 {
                let mut d = TantivyDocument::default();
                d.add_text(f.doc, format!("dok-{n}"));
                d.add_u64(f.page, n);
                // Texts of different lengths, some longer than a block.
                let words = if n % 1_000 == 7 {
                    9_000
                } else {
                    n as usize % 40
                };
                d.add_text(f.text, "åtgärd ".repeat(words));
                writer.add_document(d).unwrap();
            }
            writer.commit().unwrap();
            let searcher = index.reader().unwrap().searcher();
            let items = ItemReader {
                stores: segment_stores(&searcher),
                searcher: searcher.clone(),
                dir: PathBuf::new(),
                fields: (&f).into(),
                headings: false,
                text: true,
            };
            let mut readers = Readers::default();
            let mut blocks = 0;
            for (ord, segment) in searcher.segment_readers().iter().enumerate() {
                let theirs = segment.get_store_reader(1).unwrap();
                for doc in 0..segment.max_doc() {
                    let a = DocAddress::new(ord as u32, doc);
                    let ours = readers.bytes(&items, a).unwrap().to_vec();
                    assert_eq!(ours, theirs.get_document_bytes(doc).unwrap().as_slice());
                }
                let past = DocAddress::new(ord as u32, segment.max_doc());
                assert!(readers.bytes(&items, past).is_err());
                blocks += items.stores[ord]
                    .get()
                    .unwrap()
                    .as_ref()
                    .unwrap()
                    .blocks
                    .len();
            }
            assert!(blocks > 10, "{blocks} blocks");
        }
    }

    #[test]
    fn a_damaged_item_is_an_error_not_a_panic() {
        let (bytes, _) = stored_bytes();
        // Every truncation of a real item, and every byte changed to a type code we never
        // store: an error or a shorter read, never a panic.
        for n in 0..bytes.len() {
            let r = raw_fields(&bytes[..n], |_, v| {
                if let Raw::Str(s) = v {
                    utf8(s)?;
                }
                Ok(())
            });
            assert!(
                r.is_err(),
                "a cut item ({n} of {} bytes) was read",
                bytes.len()
            );
        }
        let mut odd = bytes.clone();
        odd[5] = 200;
        assert!(raw_fields(&odd, |_, _| Ok(())).is_err());
        assert!(raw_fields(&[0xff; 40], |_, _| Ok(())).is_err());
    }
}
