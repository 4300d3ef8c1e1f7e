//! Reading whole records back: every stored document in id order, each with its page items
//! and its links, one document at a time ([`Store::export_stream`]), and a record completed
//! from its skeleton ([`Store::complete`]).
//!
//! The store keeps one copy of a page's text: on its `page` item (schema 9). A document's
//! `doc` item holds its skeleton (the record without page text and headings, see
//! [`super::writer::skeleton`]); a full record is the skeleton with the text and headings of
//! its page items ([`PageTexts::fill`]).
//!
//! What makes exports fast (issue 17) and what keeps them bounded:
//!
//! * The order by id comes from the term ordinals of the `doc` column (ordinals are in string
//!   order within a segment): the ids of a segment are read in one pass over its dictionary
//!   instead of one dictionary look-up per document. Memory holds one `(id, address)` per
//!   document, nothing per page.
//! * A document's items are found through the postings of its id in each segment (no query
//!   is built and run per document) and told apart by columns: `hit_kind` marks its pages,
//!   `target` its links. Links are read from the store and resolved like
//!   [`Store::link_stream`] does ([`crate::links::resolve`]); the skeleton and the page
//!   items are handed over as
//!   addresses ([`ExportDoc::item`], [`ExportDoc::pages`]), read where the caller renders (in
//!   parallel) with [`PageTexts`], which keeps only the stored fields a record needs.
//!
//! ```no_run
//! # fn main() -> Result<(), kommission::index::IndexError> {
//! let store = kommission::index::Store::open(std::path::Path::new("index"))?;
//! let stream = store.export_stream(None)?;
//! let texts = stream.page_texts();
//! for doc in stream {
//!     let doc = doc?;
//!     let record = texts.record(&doc)?;
//!     println!("{}: {} pages, {} links", doc.id, record.pages.len(), doc.links.len());
//! }
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use tantivy::columnar::{Column, StrColumn};
use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue};
use tantivy::{DocAddress, DocSet, InvertedIndexReader, Searcher, Term, TERMINATED};

use crate::links::resolve;
use crate::model::{DocRecord, Link};

use super::links::StoreTargets;
use super::schema::{HIT_KIND_FIELD, HIT_PAGE, KIND_DOC};
use super::{IndexError, Store};

/// One stored document as exports read it: where its skeleton and pages are (read them with
/// [`PageTexts`], in any thread), and its links.
#[derive(Debug, Clone)]
pub struct ExportDoc {
    pub id: String,
    /// Its `doc` item (with the skeleton: the record without page text and headings).
    pub item: DocAddress,
    /// Its page items, in index order.
    pub pages: Vec<DocAddress>,
    /// Its links, resolved, sorted and without duplicates (as [`Store::links_of`]).
    pub links: Vec<Link>,
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
    mut page: impl FnMut(DocAddress),
    mut link: impl FnMut(DocAddress),
) -> Result<(), IndexError> {
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
                    page(DocAddress::new(s.ord, doc));
                } else if s
                    .target
                    .as_ref()
                    .is_some_and(|t| t.term_ords(doc).next().is_some())
                {
                    link(DocAddress::new(s.ord, doc));
                }
            }
            doc = postings.advance();
        }
    }
    Ok(())
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

    /// A reader of this stream's skeletons and page items (for any thread).
    pub fn page_texts(&self) -> PageTexts {
        PageTexts::new(self.store, self.searcher.clone())
    }

    fn read(&mut self, id: String, item: DocAddress) -> Result<ExportDoc, IndexError> {
        let (mut pages, mut link_items) = (Vec::new(), Vec::new());
        items_of(
            self.store,
            &self.searcher,
            &self.segments,
            &id,
            |a| pages.push(a),
            |a| link_items.push(a),
        )?;
        let f = *self.store.fields();
        let mut stored_links = Vec::with_capacity(link_items.len());
        for a in link_items {
            let stored: BTreeMap<Field, OwnedValue> =
                self.searcher.doc(a).map_err(|e| self.store.err(e))?;
            let text = |field: Field| match stored.get(&field) {
                Some(OwnedValue::Str(s)) => s.clone(),
                _ => String::new(),
            };
            stored_links.push(Link {
                doc: text(f.doc),
                page: match stored.get(&f.page) {
                    Some(OwnedValue::U64(p)) => u32::try_from(*p).unwrap_or(0),
                    _ => 0,
                },
                kind: text(f.link_kind),
                target: text(f.target),
            });
        }
        let mut links = Vec::new();
        for l in stored_links {
            resolve(l, &mut self.targets, &mut links);
        }
        self.targets.failed()?;
        links.sort();
        links.dedup();
        Ok(ExportDoc {
            id,
            item,
            pages,
            links,
        })
    }
}

impl Iterator for ExportStream<'_> {
    type Item = Result<ExportDoc, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (id, address) = self.docs.next()?;
        Some(self.read(id, address))
    }
}

/// Reads the text and headings of page items into records (cheap to clone, usable from any
/// thread: rayon's workers read the page items of the documents they render).
#[derive(Clone)]
pub struct PageTexts {
    searcher: Searcher,
    dir: PathBuf,
    /// Whether the index's fields are where [`PageItem`] reads them (always, for an index of
    /// this schema version).
    schema_matches: bool,
}

/// The skeleton of a `doc` item.
#[derive(Default)]
struct DocItem {
    meta: String,
}

impl DocumentDeserialize for DocItem {
    fn deserialize<'de, D>(mut deserializer: D) -> Result<Self, DeserializeError>
    where
        D: DocumentDeserializer<'de>,
    {
        let meta = page_item_fields().meta;
        let mut item = DocItem::default();
        while let Some((field, value)) = deserializer.next_field::<OwnedValue>()? {
            if let (true, OwnedValue::Str(s)) = (field == meta, value) {
                item.meta = s;
            }
        }
        Ok(item)
    }
}

/// What a record needs of a page item.
#[derive(Default)]
struct PageItem {
    number: u32,
    text: String,
    headings: String,
}

/// The fields [`PageItem`] and [`DocItem`] read, by their number in the schema of this version (the same in
/// every index of it: [`super::schema::build`] adds fields in a fixed order).
struct PageItemFields {
    page: Field,
    text: Field,
    heading: Field,
    meta: Field,
}

fn page_item_fields() -> &'static PageItemFields {
    static F: std::sync::OnceLock<PageItemFields> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let (_, f) = super::schema::build();
        PageItemFields {
            page: f.page,
            text: f.text,
            heading: f.heading,
            meta: f.meta,
        }
    })
}

impl DocumentDeserialize for PageItem {
    fn deserialize<'de, D>(mut deserializer: D) -> Result<Self, DeserializeError>
    where
        D: DocumentDeserializer<'de>,
    {
        let f = page_item_fields();
        let mut item = PageItem::default();
        // Each value is read as a leaf of the type it has; the other fields are skipped
        // without being kept.
        while let Some((field, value)) = deserializer.next_field::<OwnedValue>()? {
            match value {
                OwnedValue::U64(n) if field == f.page => {
                    item.number = u32::try_from(n).unwrap_or(0);
                }
                OwnedValue::Str(s) if field == f.text => item.text = s,
                OwnedValue::Str(s) if field == f.heading => item.headings = s,
                _ => {}
            }
        }
        Ok(item)
    }
}

impl PageTexts {
    fn new(store: &Store, searcher: Searcher) -> PageTexts {
        let (f, at) = (store.fields(), page_item_fields());
        PageTexts {
            searcher,
            dir: store.dir().to_path_buf(),
            schema_matches: (f.page, f.text, f.heading, f.meta)
                == (at.page, at.text, at.heading, at.meta),
        }
    }

    fn damaged(&self, message: String) -> IndexError {
        IndexError::Tantivy {
            path: self.dir.clone(),
            message,
        }
    }

    /// Put the text and headings of the page items at `pages` into `record`'s pages (by page
    /// number).
    pub fn fill(&self, record: &mut DocRecord, pages: &[DocAddress]) -> Result<(), IndexError> {
        if !self.schema_matches {
            return Err(self.damaged(
                "the page items' fields are not where this kommission reads them".to_string(),
            ));
        }
        // Pages are numbered 1, 2, … in order: the page of number n is at n - 1 (else found).
        for &address in pages {
            let item: PageItem = self
                .searcher
                .doc(address)
                .map_err(|e| super::tantivy_err(&self.dir, e))?;
            let at = match (item.number as usize).checked_sub(1) {
                Some(i) if record.pages.get(i).is_some_and(|p| p.number == item.number) => i,
                _ => match record.pages.iter().position(|p| p.number == item.number) {
                    Some(i) => i,
                    None => {
                        return Err(self.damaged(format!(
                            "the stored record of {} has no page {} (ingest it again)",
                            record.id, item.number
                        )))
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
        Ok(())
    }

    /// The skeleton (JSON) of the `doc` item at `item`.
    pub fn skeleton_json(&self, item: DocAddress) -> Result<String, IndexError> {
        if !self.schema_matches {
            return Err(self.damaged(
                "the doc items' fields are not where this kommission reads them".to_string(),
            ));
        }
        let doc: DocItem = self
            .searcher
            .doc(item)
            .map_err(|e| super::tantivy_err(&self.dir, e))?;
        Ok(doc.meta)
    }

    /// The full record of an exported document: its skeleton with its pages' text.
    pub fn record(&self, doc: &ExportDoc) -> Result<DocRecord, IndexError> {
        let mut record = parse_skeleton(&self.skeleton_json(doc.item)?, &self.dir)?;
        self.fill(&mut record, &doc.pages)?;
        Ok(record)
    }
}

/// Parse a stored skeleton.
pub(crate) fn parse_skeleton(json: &str, dir: &std::path::Path) -> Result<DocRecord, IndexError> {
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

    /// Complete a skeleton read from `searcher` into the full record: the text and headings
    /// of its page items.
    pub(crate) fn complete(
        &self,
        searcher: &Searcher,
        record: &mut DocRecord,
    ) -> Result<(), IndexError> {
        self.completer(searcher)?.complete(record)
    }

    /// What completes the skeletons read from `searcher` (made once for many records).
    pub(crate) fn completer<'a>(
        &'a self,
        searcher: &Searcher,
    ) -> Result<Completer<'a>, IndexError> {
        Ok(Completer {
            store: self,
            searcher: searcher.clone(),
            segments: SegmentItems::of(self, searcher)?,
            texts: PageTexts::new(self, searcher.clone()),
        })
    }
}

/// Completes skeletons into full records (see [`Store::completer`]).
pub(crate) struct Completer<'a> {
    store: &'a Store,
    searcher: Searcher,
    segments: Vec<SegmentItems>,
    texts: PageTexts,
}

impl Completer<'_> {
    /// The text and headings of `record`'s page items into its pages.
    pub(crate) fn complete(&self, record: &mut DocRecord) -> Result<(), IndexError> {
        let mut pages = Vec::new();
        items_of(
            self.store,
            &self.searcher,
            &self.segments,
            &record.id,
            |a| pages.push(a),
            |_| {},
        )?;
        self.texts.fill(record, &pages)
    }
}
