//! Writing documents to the index: upsert, delete, links, one commit per ingest run.
//!
//! A document is written as its `doc` (skeleton and the fields incremental ingest and the
//! lists look up), `page` (with the page's text and headings, their only stored copy) and
//! `action` documents and its own links ([`crate::links::own_links`]); title mentions are
//! added by [`StoreWriter::add_links`]. Layout lines are not stored.
//!
//! A [`StoreWriter`] holds tantivy's writer lock for its whole life. Nothing it does is
//! visible before [`StoreWriter::commit`]; dropping it without a commit leaves the previous
//! commit as it was (a crashed ingest run loses only its own work).

use std::sync::OnceLock;

use tantivy::{IndexWriter, TantivyDocument, Term};

use crate::model::{DocRecord, Link, Page};
use crate::text::WordBounded;

use super::schema::{
    action_rank_bytes, rank_of, Fields, HAS_ACTIONS, HAS_FAILED, HAS_IDENTIFIERS, HAS_PENDING_OCR,
    HAS_PROTOCOLS, HAS_SCANNED, HIT_ACTION, HIT_PAGE, KIND_ACTION, KIND_DOC, KIND_LINK, KIND_PAGE,
    KIND_TITLE_LINK,
};
use super::{IndexError, Store};

/// Memory budget of each indexing thread.
const THREAD_MEMORY: usize = 25_000_000;
/// Memory budget of the one indexing thread of a run that stores a file in parts: tantivy's
/// least. A small file never fills [`THREAD_MEMORY`], a file stored in parts fills it again
/// and again: with 25 MB 64 MiB of text peaked at 78 MB RSS (63 MB anonymous) against 66 MB
/// (49 MB) for 2 MiB; with 15 MB at 67 MB (50 MB), for about half as much CPU again (more,
/// smaller segments; `bench/large-file`, docs/reliability.md).
const THREAD_MEMORY_IN_PARTS: usize = 15_000_000;
/// Most indexing threads: ingest's workers extract, tantivy's threads analyse and index the
/// text (about a sixth of an ingest's CPU time), so one indexing thread per core up to four.
const MAX_INDEX_THREADS: usize = 4;
/// Most bytes of text handed to tantivy that no indexing thread has taken yet: tantivy's
/// queue holds up to 10,000 documents whatever their size (90 MB of 9 KB pages), so a run
/// waits for room instead ([`InFlight`]). A run that stores a file in parts has one indexing
/// thread and lets a quarter of it wait (its documents, text and skeletons, in flight were
/// 12.6 MB of a 32 MiB text's peak of 62.5, `heaptrack` with the system allocator).
const IN_FLIGHT_BYTES: usize = 4 << 20;
/// Most bytes of segment files one merge joins ([`BoundedMerges`]) in a run that stores a file
/// in parts or reads the index without maps (under an address-space limit, see
/// [`super::directory`]; there also at most a sixteenth of the limit): without maps every byte
/// a merge reads is heap (each joined segment's term dictionaries and fast fields for the
/// whole merge, its document store whole while it is copied), and one merge of a 1 GiB
/// text's 27 segments (600 MB) grew to 167 MB.
const MERGE_BYTES_BOUNDED: u64 = 64 << 20;
/// Largest segment (in items) the merges of a run that stores a file in parts join: what the
/// run merged is not merged again in it (the next run's merges join it, at most
/// [`MERGE_BYTES_BOUNDED`] at a time).
const MERGE_ITEMS_IN_PARTS: usize = 5_000;

/// The bytes of the documents on their way to tantivy's indexing threads ([`Queued`]).
#[derive(Default)]
struct InFlight {
    bytes: std::sync::Mutex<usize>,
    taken: std::sync::Condvar,
    /// Most bytes that wait: [`IN_FLIGHT_BYTES`] (or a quarter of it).
    limit: usize,
}

impl InFlight {
    /// Count `bytes` more once no more than its limit waits, or after a second (a
    /// thread writing its segment takes none for a while; a dead writer's error comes from
    /// tantivy).
    fn wait_for_room(&self, bytes: usize) {
        let held = self.bytes.lock().unwrap_or_else(|e| e.into_inner());
        let full = |b: &mut usize| *b > self.limit;
        let second = std::time::Duration::from_secs(1);
        let waited = self.taken.wait_timeout_while(held, second, full);
        *waited.unwrap_or_else(|e| e.into_inner()).0 += bytes;
    }
}

/// A document handed to tantivy, counted in its [`InFlight`] until an indexing thread has
/// indexed it (and drops it).
struct Queued(TantivyDocument, usize, std::sync::Arc<InFlight>);

impl Drop for Queued {
    fn drop(&mut self) {
        *self.2.bytes.lock().unwrap_or_else(|e| e.into_inner()) -= self.1;
        self.2.taken.notify_all();
    }
}

impl tantivy::Document for Queued {
    type Value<'a> = <TantivyDocument as tantivy::Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as tantivy::Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.0.iter_fields_and_values()
    }
}

/// Most segments a query should open after a large ingest: every query opens each segment
/// (its term dictionaries and footers), and the log merge policy leaves segments of every
/// level it has not filled (15 at 10⁶ pages, 7 at 10⁵).
const SEGMENTS_AFTER_INGEST: usize = 8;
/// Items the closing merge of [`StoreWriter::commit`] may rewrite per item the writer added:
/// the merge is paid for by the run's own writes (a first ingest merges its smallest
/// segments down to [`SEGMENTS_AFTER_INGEST`]; a re-ingest of one file merges at most a few
/// tiny segments).
const CLOSING_MERGE_PER_ITEM: u64 = 2;

/// A write transaction on the index. Nothing is visible to readers before [`StoreWriter::commit`].
pub struct StoreWriter {
    writer: IndexWriter<Queued>,
    in_flight: std::sync::Arc<InFlight>,
    fields: Fields,
    dir: std::path::PathBuf,
    /// Source files written ("+path") and removed ("-path") in this transaction.
    journal: Vec<String>,
    /// Items added by this writer (documents, pages, actions, links).
    added: u64,
    /// The small writer of a run that stores a file in parts ([`StoreWriter::new`]).
    in_parts: bool,
}

/// The segments the closing merge of a run joins into one: of (segment, items), the smallest,
/// as many as bring the count down to [`SEGMENTS_AFTER_INGEST`] within `budget` items
/// (nothing when fewer than two fit).
fn closing_merge(
    mut segments: Vec<(tantivy::index::SegmentId, u64)>,
    budget: u64,
) -> Vec<tantivy::index::SegmentId> {
    if segments.len() <= SEGMENTS_AFTER_INGEST {
        return Vec::new();
    }
    let want = segments.len() - SEGMENTS_AFTER_INGEST + 1;
    segments.sort_by_key(|&(id, items)| (items, id));
    let mut total = 0u64;
    let chosen: Vec<tantivy::index::SegmentId> = segments
        .into_iter()
        .take(want)
        .take_while(|&(_, items)| {
            total += items;
            total <= budget
        })
        .map(|(id, _)| id)
        .collect();
    if chosen.len() < 2 {
        return Vec::new();
    }
    chosen
}

/// The most bytes a merge of this writer may join ([`MERGE_BYTES_BOUNDED`]), when bounded: in
/// a run that stores a file in parts, and wherever the index is read without maps.
fn bounded_merges(in_parts: bool) -> Option<u64> {
    let limit = crate::resources::address_space_limit();
    let cap = limit.map_or(MERGE_BYTES_BOUNDED, |l| MERGE_BYTES_BOUNDED.min(l / 16));
    (in_parts || limit.is_some()).then_some(cap)
}

/// The bytes of each segment's files in the index folder `dir`, by segment id (a file's name
/// is its segment's id and a component: `<uuid>.<ext>`).
fn segment_bytes(dir: &std::path::Path) -> std::collections::HashMap<String, u64> {
    let mut bytes = std::collections::HashMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let (Some((id, _)), Ok(meta)) = (name.split_once('.'), entry.metadata()) {
            *bytes.entry(id.to_string()).or_default() += meta.len();
        }
    }
    bytes
}

/// tantivy's log merge policy with each merge cut to at most `max_bytes` of segment files:
/// the segments it would join, smallest first, in runs that fit (one segment alone is not
/// merged).
#[derive(Debug)]
struct BoundedMerges {
    log: tantivy::indexer::LogMergePolicy,
    dir: std::path::PathBuf,
    max_bytes: u64,
}

impl tantivy::indexer::MergePolicy for BoundedMerges {
    fn compute_merge_candidates(
        &self,
        segments: &[tantivy::index::SegmentMeta],
    ) -> Vec<tantivy::indexer::MergeCandidate> {
        let on_disk = segment_bytes(&self.dir);
        let bytes =
            |id: &tantivy::index::SegmentId| on_disk.get(&id.uuid_string()).copied().unwrap_or(0);
        let mut merges = Vec::new();
        for candidate in self.log.compute_merge_candidates(segments) {
            let sized = candidate.0.iter().map(|id| (*id, bytes(id))).collect();
            merges.extend(bounded_runs(sized, self.max_bytes));
        }
        merges
            .into_iter()
            .map(tantivy::indexer::MergeCandidate)
            .collect()
    }
}

/// Of (segment, size), the smallest first, cut into runs of at most `max` in all; the runs
/// of two segments or more.
fn bounded_runs(
    mut segments: Vec<(tantivy::index::SegmentId, u64)>,
    max: u64,
) -> Vec<Vec<tantivy::index::SegmentId>> {
    segments.sort_by_key(|&(id, size)| (size, id));
    let mut runs: Vec<Vec<tantivy::index::SegmentId>> = vec![Vec::new()];
    let mut total = 0u64;
    for (id, size) in segments {
        if total + size > max {
            runs.push(Vec::new());
            total = 0;
        }
        total += size;
        runs.last_mut().expect("one run at least").push(id);
    }
    runs.retain(|r| r.len() >= 2);
    runs
}

fn code_pattern() -> &'static WordBounded {
    static P: OnceLock<WordBounded> = OnceLock::new();
    P.get_or_init(|| {
        WordBounded::new(r"(?-u:\b)\d+(?:\.\d+){2,4}(?-u:\b)", true, true).expect("constant regex")
    })
}

/// Recommendation codes in a text ("2.2.3.3").
pub fn codes_in(text: &str) -> Vec<String> {
    code_pattern()
        .find_iter(text)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// The keys of the identifiers in a text (diary numbers, SFS and bill numbers, EU acts,
/// paragraphs: see [`super::analyzer::identifiers`]), for the `ids` field.
pub fn identifier_keys(text: &str) -> Vec<String> {
    super::analyzer::identifiers(text, false)
        .into_iter()
        .map(|i| i.key)
        .collect()
}

/// The headings of a page: the ones ingest kept ([`Page::headings`]), or else those of its
/// layout lines ([`heading_lines`]), one a line.
pub fn headings(page: &Page) -> String {
    if page.headings.is_empty() {
        heading_lines(page).join("\n")
    } else {
        page.headings.join("\n")
    }
}

/// Drop the pages' layout lines (they are for the structure stage) and keep their headings
/// ([`heading_lines`], which the index weighs more): what the store keeps of a page.
pub fn keep_headings(pages: &mut [Page]) {
    for page in pages {
        page.headings = heading_lines(page);
        page.lines = Vec::new();
    }
}

/// The heading lines of a page: lines clearly larger than the page's body text, or bold
/// lines (up to 160 characters) that do not end a sentence.
pub fn heading_lines(page: &Page) -> Vec<String> {
    let mut sizes: Vec<f32> = page
        .lines
        .iter()
        .map(|l| l.size)
        .filter(|s| *s > 0.0)
        .collect();
    if sizes.is_empty() {
        return Vec::new();
    }
    sizes.sort_by(|a, b| a.total_cmp(b));
    let body = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
    page.lines
        .iter()
        .filter(|l| {
            let t = l.text.trim();
            !t.is_empty()
                && (l.size >= body * 1.15
                    || (l.bold
                        && t.chars().count() <= 160
                        && !t.ends_with('.')
                        && !t.ends_with(':')))
        })
        .map(|l| l.text.trim().to_string())
        .collect()
}

/// Add `x` to `v` unless it is there already.
pub(crate) fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

impl StoreWriter {
    /// A writer with one indexing thread per core (up to [`MAX_INDEX_THREADS`]) of
    /// [`THREAD_MEMORY`] each; `in_parts` (the run stores a file in parts): one thread of
    /// [`THREAD_MEMORY_IN_PARTS`], a quarter of [`IN_FLIGHT_BYTES`] waiting for it, merges of
    /// segments up to [`MERGE_ITEMS_IN_PARTS`] and no closing merge (it joined
    /// the file's segments at the end: 1 GiB of text grew from 61 to 132 MB in it, for 500 of
    /// the run's 835 s), so that a file of any size is indexed in about the memory of a small
    /// one (`bench/large-file`). Such a run, and any run under an address-space limit, merges
    /// one [`BoundedMerges`] merge at a time.
    pub(crate) fn new(store: &Store, in_parts: bool) -> Result<StoreWriter, IndexError> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let (threads, memory) = if in_parts {
            (1, THREAD_MEMORY_IN_PARTS)
        } else {
            (cores.clamp(1, MAX_INDEX_THREADS), THREAD_MEMORY)
        };
        let bounded = bounded_merges(in_parts);
        let options = tantivy::indexer::IndexWriterOptions::builder()
            .num_worker_threads(threads)
            .memory_budget_per_thread(memory)
            // One merge at a time where each is bounded (tantivy runs up to four at once).
            .num_merge_threads(if bounded.is_some() { 1 } else { 4 })
            .build();
        let writer = super::open_writer(store.index(), store.dir(), &options)?;
        if let Some(max_bytes) = bounded {
            let mut log = tantivy::indexer::LogMergePolicy::default();
            if in_parts {
                log.set_max_docs_before_merge(MERGE_ITEMS_IN_PARTS);
            }
            let dir = store.dir().to_path_buf();
            writer.set_merge_policy(Box::new(BoundedMerges {
                log,
                dir,
                max_bytes,
            }));
        }
        Ok(StoreWriter {
            writer,
            in_flight: std::sync::Arc::new(InFlight {
                limit: IN_FLIGHT_BYTES >> (2 * u8::from(in_parts)),
                ..InFlight::default()
            }),
            fields: *store.fields(),
            dir: store.dir().to_path_buf(),
            journal: Vec::new(),
            added: 0,
            in_parts,
        })
    }

    fn err(&self, e: tantivy::TantivyError) -> IndexError {
        super::tantivy_err(&self.dir, e)
    }

    fn add(&mut self, doc: TantivyDocument) -> Result<(), IndexError> {
        use tantivy::schema::Value as _;
        let text = doc.field_values().filter_map(|(_, v)| v.as_str());
        let bytes = 64 + text.map(str::len).sum::<usize>();
        self.in_flight.wait_for_room(bytes);
        let queued = Queued(doc, bytes, std::sync::Arc::clone(&self.in_flight));
        self.writer.add_document(queued).map_err(|e| self.err(e))?;
        self.added += 1;
        Ok(())
    }

    /// Add or replace a document (its skeleton, pages and actions).
    pub fn upsert(&mut self, record: &DocRecord) -> Result<(), IndexError> {
        let prepared = self
            .fields
            .prepare(record, FileStamp::default(), Part::Whole)?;
        self.begin(&record.id, &record.path, true)?;
        self.add_part(prepared)
    }

    /// Begin storing a document: remove what is stored of it when `stored` (whether the id
    /// may be in the index: each removal is a delete operation that tantivy keeps until the
    /// commit and then looks up in every segment of the run, so a first ingest of 10⁵ files
    /// would make 10⁵ of them for nothing); then [`StoreWriter::add_part`] the whole
    /// document ([`Part::Whole`]), or each part of a file stored in parts ([`Part::Body`])
    /// and last its head ([`Part::Head`]), as [`Fields::prepare`] made them.
    pub fn begin(&mut self, id: &str, path: &str, stored: bool) -> Result<(), IndexError> {
        if stored {
            self.remove(id)?;
        }
        self.journal.push(format!("+{path}"));
        Ok(())
    }

    /// Add a part of a document begun with [`StoreWriter::begin`].
    pub fn add_part(&mut self, prepared: Prepared) -> Result<(), IndexError> {
        for d in prepared.0 {
            self.add(d)?;
        }
        Ok(())
    }

    /// Remove a document by id (its skeleton, pages, actions and the links that stand in it).
    pub fn remove(&mut self, id: &str) -> Result<(), IndexError> {
        self.writer
            .delete_term(Term::from_field_text(self.fields.doc, id));
        Ok(())
    }

    /// Note that the document of `path` was removed (for the journal of source files).
    pub fn removed_source(&mut self, path: &str) {
        self.journal.push(format!("-{path}"));
    }

    /// Add stored links (standing in their `doc`): title mentions (`title` true: removed
    /// again by [`StoreWriter::remove_title_links`]) or others.
    pub fn add_links(&mut self, links: &[Link], title: bool) -> Result<(), IndexError> {
        let kind = if title { KIND_TITLE_LINK } else { KIND_LINK };
        for l in links {
            let d = self.fields.link_doc(l, kind);
            self.add(d)?;
        }
        Ok(())
    }

    /// Remove every stored title mention (before they are all found again).
    pub fn remove_title_links(&mut self) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.kind, KIND_TITLE_LINK));
    }

    /// Make everything written so far visible, atomically, and go on writing: segment
    /// merges the commit starts run in the background while the writer is used further
    /// (the ingest's link step runs beside them; [`StoreWriter::commit`] at the end waits
    /// for them). Old files are removed by tantivy's own collection after each commit and
    /// by [`StoreWriter::commit`]'s sweep.
    /// A failed commit ends the writer, and its files are removed as by [`StoreWriter::commit`].
    pub fn commit_and_go_on(mut self) -> Result<StoreWriter, IndexError> {
        match self.writer.commit() {
            Ok(_) => {
                let journal = std::mem::take(&mut self.journal);
                super::append_journal(self.writer.index(), &self.dir, &journal);
                Ok(self)
            }
            Err(e) => {
                let e = self.err(e);
                let index = self.writer.index().clone();
                drop(self.writer);
                super::after_commit(&index, &self.dir, &[]);
                Err(e)
            }
        }
    }

    /// Make everything written so far visible, atomically ([`StoreWriter::commit_and_go_on`]),
    /// wait for the merges and join the smallest segments ([`merge_closing`]; none in a run
    /// that stored a file in parts, see [`StoreWriter::new`]). Files of a failed commit or
    /// merge are removed at once (a full disk is not left full).
    pub fn commit(self) -> Result<(), IndexError> {
        let budget = u64::from(!self.in_parts) * self.added.saturating_mul(CLOSING_MERGE_PER_ITEM);
        let (index, dir) = (self.writer.index().clone(), self.dir.clone());
        let merged = self.commit_and_go_on()?.writer.wait_merging_threads();
        if merged.is_ok() {
            // Only fewer segments: the commit stands when it fails (a full disk), and its
            // files are swept below.
            let _ = merge_closing(&index, &dir, budget, bounded_merges(false));
        }
        super::after_commit(&index, &dir, &[]);
        merged.map_err(|e| super::tantivy_err(&dir, e))
    }
}

/// After the last commit of a writer that added `budget / CLOSING_MERGE_PER_ITEM` items and
/// once the policy's merges are done: join the smallest segments ([`closing_merge`]). The
/// merged segment replaces them in the committed index (tantivy saves the segment list when
/// a merge of committed segments ends).
fn merge_closing(
    index: &tantivy::Index,
    dir: &std::path::Path,
    budget: u64,
    max_bytes: Option<u64>,
) -> tantivy::Result<()> {
    let segments = index
        .searchable_segment_metas()?
        .into_iter()
        .map(|m| (m.id(), u64::from(m.max_doc())))
        .collect();
    let mut chosen = closing_merge(segments, budget);
    if let Some(max) = max_bytes {
        // As the policy's merges, bounded: the smallest of the chosen that fit.
        let on_disk = segment_bytes(dir);
        let size = |id: tantivy::index::SegmentId| on_disk.get(&id.uuid_string()).copied();
        let sized = chosen
            .iter()
            .map(|&id| (id, size(id).unwrap_or(0)))
            .collect();
        chosen = bounded_runs(sized, max)
            .into_iter()
            .next()
            .unwrap_or_default();
    }
    if chosen.is_empty() {
        return Ok(());
    }
    // It adds nothing: the least arena tantivy allows.
    let least = tantivy::indexer::IndexWriterOptions::builder().build();
    let mut writer = match super::open_writer::<TantivyDocument>(index, dir, &least) {
        Ok(w) => w,
        // Another writer took the lock in between: it merges as it goes.
        Err(_) => return Ok(()),
    };
    writer.merge(&chosen).wait()?;
    writer.wait_merging_threads()
}

/// The size and modification time of a document's file when it was read, stored for
/// incremental ingest (see [`super::DocSummary`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileStamp {
    pub size: u64,
    /// Nanoseconds since the epoch (0: unknown).
    pub mtime: u64,
}

impl FileStamp {
    /// The stamp of a file's metadata.
    pub fn of(meta: &std::fs::Metadata) -> FileStamp {
        FileStamp {
            size: meta.len(),
            mtime: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .and_then(|d| u64::try_from(d.as_nanos()).ok())
                .unwrap_or(0),
        }
    }
}

/// A record without its page text, layout lines and headings: what lists and `show` read,
/// and what exports complete with the text and headings of the page items. Everything else
/// (structure, page numbers, labels, sources, running headers, errors) is kept.
pub fn skeleton(record: &DocRecord) -> DocRecord {
    let mut s = DocRecord {
        id: record.id.clone(),
        path: record.path.clone(),
        kind: record.kind,
        title: record.title.clone(),
        hash: record.hash.clone(),
        pipeline: record.pipeline,
        error: record.error.clone(),
        pages: Vec::with_capacity(record.pages.len()),
        structure: record.structure.clone(),
        warnings: record.warnings.clone(),
    };
    s.pages.extend(record.pages.iter().map(page_skeleton));
    s
}

/// What a skeleton keeps of a page: all but its text, lines and headings.
fn page_skeleton(p: &Page) -> Page {
    Page {
        text: String::new(),
        lines: Vec::new(),
        headings: Vec::new(),
        ..p.clone()
    }
}

/// The head of a document stored in parts holds no page: each page's skeleton is stored on
/// its page item (in `meta`, as [`skeleton`] keeps it) when its part is stored, and the head's
/// skeleton says how many there are ([`PAGES_IN_PARTS`]). Readers find the pages a range at a
/// time ([`crate::index::RecordStream::in_parts`]) or read them from the page items
/// ([`crate::index::pages::fill`]). Before (2026-12-04), the head held every page's skeleton:
/// a 1 GiB text peaked at 245–308 MB against 64–71 MB for a small one, and a text of over 1.5
/// million pages was refused.
pub const PAGES_IN_PARTS: &str = "pages_in_parts";

/// The skeleton of the head of a document stored in parts (whose `pages` are not in it) as
/// JSON, with the number of its pages stored with its parts.
fn head_meta(record: &DocRecord, pages: u64) -> Result<String, IndexError> {
    let rest = serde_json::to_string(&DocRecord {
        pages: Vec::new(),
        ..skeleton(record)
    })
    .map_err(std::io::Error::other)?;
    Ok(format!(
        "{{\"{PAGES_IN_PARTS}\":{pages},{}",
        rest.strip_prefix('{').unwrap_or(&rest)
    ))
}

/// The index documents of one record (its skeleton, pages and actions), made without the
/// writer: ingest prepares documents in parallel and holds the writer only to add them.
pub struct Prepared(Vec<TantivyDocument>);

/// Which index documents of a record to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Every one.
    Whole,
    /// The document and its skeleton (the whole structure, no page: see [`PAGES_IN_PARTS`]),
    /// of a document whose parts stored this many pages.
    Head(u64),
    /// The rest, of a part of a record stored in parts (some of its pages and their
    /// structure): links, pages (each with its skeleton), actions.
    Body,
}

impl Fields {
    /// The index document of one stored link.
    fn link_doc(&self, l: &Link, kind: &str) -> TantivyDocument {
        let f = *self;
        let mut d = TantivyDocument::default();
        d.add_text(f.kind, kind);
        d.add_text(f.doc, &l.doc);
        d.add_u64(f.doc_number, super::schema::doc_number(&l.doc));
        d.add_u64(f.page, u64::from(l.page));
        d.add_text(f.link_kind, l.kind.as_str());
        d.add_text(f.target, &l.target);
        d.add_text(f.target_kind, super::links::target_kind(&l.target));
        d
    }

    /// The index documents of `part` of a record read from a file of `stamp`'s size and
    /// mtime, made without the writer, for [`StoreWriter::add_part`].
    pub fn prepare(
        &self,
        record: &DocRecord,
        stamp: FileStamp,
        part: Part,
    ) -> Result<Prepared, IndexError> {
        let f = *self;
        let title = record.title.clone().unwrap_or_else(|| record.id.clone());
        let doc_kind = record.kind.map(|k| k.as_str()).unwrap_or("");

        // The document: its skeleton and what lists and incremental ingest look up.
        let mut docs = Vec::with_capacity(1 + record.pages.len() + record.structure.actions.len());
        let meta = match part {
            Part::Whole => {
                serde_json::to_string(&skeleton(record)).map_err(std::io::Error::other)?
            }
            Part::Head(pages) => head_meta(record, pages)?,
            Part::Body => String::new(),
        };
        let mut d = TantivyDocument::default();
        d.add_text(f.kind, KIND_DOC);
        d.add_text(f.doc, &record.id);
        d.add_text(f.doc_title, &title);
        d.add_text(f.doc_kind, doc_kind);
        d.add_text(f.meta, meta);
        d.add_text(f.path, &record.path);
        d.add_text(f.hash, &record.hash);
        d.add_u64(f.pipeline, u64::from(record.pipeline));
        d.add_u64(f.size, stamp.size);
        d.add_u64(f.mtime, stamp.mtime);
        let st = &record.structure;
        let flags = [
            (HAS_ACTIONS, !st.actions.is_empty()),
            (HAS_PROTOCOLS, !st.protocols.is_empty()),
            (HAS_IDENTIFIERS, !st.identifiers.is_empty()),
            (HAS_FAILED, record.error.is_some()),
            (
                HAS_SCANNED,
                record
                    .pages
                    .iter()
                    .any(|p| p.source != crate::model::TextSource::Text),
            ),
            (
                HAS_PENDING_OCR,
                record
                    .pages
                    .iter()
                    .any(|p| p.source == crate::model::TextSource::None && p.error.is_none()),
            ),
        ];
        for (name, has) in flags {
            if has {
                d.add_text(f.has, name);
            }
        }
        let mut keys: Vec<String> = Vec::new();
        for i in &st.identifiers {
            if i.kind == crate::ident::IdentKind::Diary {
                push_unique(&mut keys, i.id.to_lowercase());
            }
        }
        for k in keys {
            d.add_text(f.keys, k);
        }
        docs.push(d);

        match part {
            Part::Whole => {}
            Part::Head(_) => return Ok(Prepared(docs)),
            Part::Body => docs.clear(),
        }

        // The links the document makes on its own.
        for l in crate::links::own_links(record) {
            docs.push(self.link_doc(&l, KIND_LINK));
        }

        // An item of the document (a page, an action): its kind, document and rank.
        let item = |kind: &str, rank: &[u8]| {
            let mut d = TantivyDocument::default();
            d.add_text(f.kind, kind);
            d.add_text(f.doc, &record.id);
            d.add_u64(f.rank, rank_of(kind, &record.id, rank));
            d
        };
        let label_of = |n: u32| {
            record
                .pages
                .iter()
                .find(|p| p.number == n)
                .and_then(|p| p.label.clone())
        };

        // The identifiers the document's name carries ("SFS-1999_175.pdf", "dir-2009-71.pdf",
        // "afs-2011-19.pdf": read as a query is, in any case): its own number finds every page
        // of it, as the running header does.
        let own_ids: Vec<String> = super::analyzer::identifiers(&record.id.replace('_', " "), true)
            .into_iter()
            .map(|i| i.key)
            .collect();

        // Pages.
        for (n, page) in record.pages.iter().enumerate() {
            let mut d = item(KIND_PAGE, &page.number.to_le_bytes());
            d.add_u64(f.hit_kind, HIT_PAGE);
            d.add_text(f.title, &title);
            d.add_text(f.doc_kind, doc_kind);
            d.add_u64(f.page, u64::from(page.number));
            if let Some(label) = &page.label {
                d.add_text(f.label, label);
            }
            d.add_u64(
                f.ocr,
                u64::from(page.source == crate::model::TextSource::Ocr),
            );
            if let Some(c) = page.ocr_confidence {
                d.add_f64(f.ocr_confidence, f64::from(c));
            }
            d.add_text(f.text, &page.text);
            d.add_text(f.compound, &page.text);
            if part == Part::Body {
                let skeleton =
                    serde_json::to_string(&page_skeleton(page)).map_err(std::io::Error::other)?;
                d.add_text(f.meta, skeleton);
            }
            for a in crate::links::page_anchors(page) {
                d.add_text(f.anchors, a);
            }
            let heads = headings(page);
            if !heads.is_empty() {
                d.add_text(f.heading, &heads);
            }
            let running = page.running.join("\n");
            if !running.is_empty() {
                d.add_text(f.running, &running);
            }
            let mut ids = vec![record.id.to_lowercase()];
            for key in &own_ids {
                push_unique(&mut ids, key.clone());
            }
            let mut codes = Vec::new();
            for c in codes_in(&page.text) {
                push_unique(&mut codes, c);
            }
            let running_ids = identifier_keys(&running);
            // The structure stage's finds on the page, when this run made them.
            let searched;
            let page_ids = match record.structure.page_keys.get(n) {
                Some(keys) => keys,
                None => {
                    searched = identifier_keys(&page.text);
                    &searched
                }
            };
            for key in page_ids.iter().chain(&running_ids) {
                push_unique(&mut ids, key.clone());
            }
            // The document's own numbers (its file name's, its running header's) also as
            // "=key": the document itself ranks above the pages that cite it.
            for key in own_ids.iter().chain(&running_ids) {
                push_unique(&mut ids, format!("={key}"));
            }
            for action in &record.structure.actions {
                if action.pages.contains(&page.number) {
                    d.add_text(f.action, &action.number);
                    for r in &action.recommendations {
                        push_unique(&mut codes, r.code.to_string());
                    }
                }
            }
            for p in &record.structure.protocols {
                if p.page == Some(page.number) {
                    for n in p.diary_number.iter().chain(&p.referenced_diary_numbers) {
                        for key in identifier_keys(&n.to_string()) {
                            push_unique(&mut ids, key);
                        }
                    }
                    if let Some(n) = p.paragraph {
                        push_unique(&mut ids, format!("§{n}"));
                    }
                }
            }
            for m in &record.structure.mentions {
                if m.page == page.number && m.kind == crate::ident::LinkKind::MentionsCode {
                    push_unique(&mut codes, m.target.clone());
                }
            }
            for c in &codes {
                d.add_text(f.code, c);
                push_unique(&mut ids, c.to_lowercase());
            }
            for id in ids {
                d.add_text(f.ids, id);
            }
            docs.push(d);
        }

        // Actions.
        for action in &record.structure.actions {
            let mut d = item(KIND_ACTION, &action_rank_bytes(&action.number));
            d.add_text(f.doc_title, &title);
            d.add_text(f.doc_kind, doc_kind);
            d.add_text(f.title, format!("{}. {}", action.number, action.title));
            if let Some(s) = &action.section {
                d.add_text(f.section, s);
            }
            d.add_text(f.action, &action.number);
            d.add_u64(f.hit_kind, HIT_ACTION);
            let mut codes = Vec::new();
            for r in &action.recommendations {
                push_unique(&mut codes, r.code.to_string());
            }
            for c in &codes {
                d.add_text(f.cites, c);
            }
            if let Some(k) = crate::links::title_key(&action.number, &action.title) {
                d.add_text(f.title_key, k);
            }
            if let Some(p) = action.pages.first().copied().or(action.toc_page) {
                d.add_u64(f.page, u64::from(p));
                if let Some(label) = label_of(p) {
                    d.add_text(f.label, label);
                }
            }
            // The other pages of the action: the hit shows the one its snippet comes from.
            for p in action.pages.iter().skip(1) {
                d.add_u64(f.page, u64::from(*p));
            }
            let mut body = action.body.clone();
            for r in &action.recommendations {
                if !body.contains(&r.text) {
                    body.push('\n');
                    body.push_str(&r.text);
                }
            }
            d.add_text(f.text, &body);
            d.add_text(f.compound, format!("{}\n{body}", action.title));
            d.add_text(f.ids, record.id.to_lowercase());
            for key in identifier_keys(&body) {
                d.add_text(f.ids, key);
            }
            for c in codes_in(&body) {
                push_unique(&mut codes, c);
            }
            for c in codes {
                d.add_text(f.ids, c.to_lowercase());
                d.add_text(f.code, c);
            }
            docs.push(d);
        }
        Ok(Prepared(docs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The closing merge joins the smallest segments, as many as bring the count down to
    /// [`SEGMENTS_AFTER_INGEST`], when the run's writes pay for them; nothing when the index
    /// has few segments, or when the budget covers fewer than two.
    #[test]
    fn closing_merge_joins_the_smallest_segments_within_the_budget() {
        use tantivy::index::SegmentId;
        let sizes: [u64; 15] = [
            9_045, 16_690, 17_328, 17_380, 112_223, 114_560, 257_722, 260_336, 267_928, 364_074,
            365_836, 914_151, 986_750, 987_098, 1_018_433,
        ];
        let segments: Vec<(SegmentId, u64)> = sizes
            .iter()
            .map(|&n| (SegmentId::generate_random(), n))
            .collect();
        let id_of = |n: u64| segments.iter().find(|s| s.1 == n).map(|s| s.0);
        let written: u64 = sizes.iter().sum();
        let chosen = closing_merge(segments.clone(), written * CLOSING_MERGE_PER_ITEM);
        let want: Vec<SegmentId> = sizes[..8].iter().filter_map(|&n| id_of(n)).collect();
        assert_eq!(chosen, want);
        assert_eq!(sizes.len() - chosen.len() + 1, SEGMENTS_AFTER_INGEST);
        // A re-ingest of one file: the budget covers no two of these segments.
        assert!(closing_merge(segments.clone(), 60 * CLOSING_MERGE_PER_ITEM).is_empty());
        // A budget for the four smallest only.
        let chosen = closing_merge(segments.clone(), 60_443);
        assert_eq!(chosen.len(), 4);
        // Few segments: nothing to do whatever the budget.
        assert!(closing_merge(segments[..SEGMENTS_AFTER_INGEST].to_vec(), u64::MAX).is_empty());
    }
    use crate::model::Line;

    /// A bounded merge joins the smallest segments in runs of at most the bound; a segment
    /// alone (over half of it, or left over) is not merged.
    #[test]
    fn bounded_merges_join_runs_of_the_smallest_within_the_bound() {
        use tantivy::index::SegmentId;
        let sizes: [u64; 7] = [25, 24, 26, 23, 70, 101, 10];
        let segments: Vec<(SegmentId, u64)> = sizes
            .iter()
            .map(|&n| (SegmentId::generate_random(), n))
            .collect();
        let id_of = |n: u64| segments.iter().find(|s| s.1 == n).unwrap().0;
        let runs = bounded_runs(segments.clone(), 100);
        assert_eq!(
            runs,
            vec![
                vec![id_of(10), id_of(23), id_of(24), id_of(25)],
                vec![id_of(26), id_of(70)]
            ]
        );
        assert!(bounded_runs(segments, 20).is_empty());
    }

    #[test]
    fn identifiers_in_text() {
        let t = "Inför granskningar (2.2.3.3, s. 114) samt (3.1.1.2, s 132). \
                 Ärendet STK-2019-1535 och STK-2016-1242, Protokollet omfattar §216 och § 217, år 2014.";
        assert_eq!(codes_in(t), vec!["2.2.3.3", "3.1.1.2"]);
        assert_eq!(
            identifier_keys(t),
            vec!["stk-2019-1535", "stk-2016-1242", "§216", "§217"]
        );
        assert!(codes_in("version 1.2 och 2014.").is_empty());
    }

    #[test]
    fn headings_are_large_or_bold_lines() {
        let line = |text: &str, size: f32, bold: bool| Line {
            text: text.into(),
            size,
            bold,
            ..Line::default()
        };
        let page = Page {
            lines: vec![
                line("Vad händer nu?", 18.0, false),
                line("Texten beskriver bakgrunden till beslutet.", 10.0, false),
                line("Utredningsuppdrag:", 10.0, true),
                line("Pågående arbete", 10.0, true),
                line("Mer brödtext här.", 10.0, false),
            ],
            ..Page::default()
        };
        assert_eq!(headings(&page), "Vad händer nu?\nPågående arbete");
        let kept = Page {
            headings: heading_lines(&page),
            ..Page::default()
        };
        assert_eq!(headings(&kept), headings(&page));
        assert_eq!(headings(&Page::default()), "");
    }
}
