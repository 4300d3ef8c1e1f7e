//! `kommission export pages`: one record per indexed page, streamed document by document.
//!
//! A page record ([`PageRow`]) holds where the page is (`doc`, absolute `path`, a `file://`
//! `uri` with `#page=N` for PDFs), what it is (`page`, printed `label`, the document's `title`
//! and `kind`), its `text` and how it was read (`source`, `ocr`, `ocr_confidence`), and what
//! it points at: the `actions`, `recommendations` and `diary_numbers` its links name, and the
//! links themselves (`kind`, `target`).
//!
//! The rows of actions and protocol paragraphs are those of the lists
//! ([`super::ActionRow`], [`super::ProtocolRow`]): SQLite and OpenSearch render the same rows.
//!
//! Reading: [`write_docs_parallel`] takes the documents in id order
//! from [`Store::export_stream`] (one pass: ids from the column dictionaries, page items and
//! links from the postings of each id) in batches; each batch's items are read in store order
//! by rayon's workers ([`crate::index::pages::ItemReader`]), its links resolved, and each
//! skeleton parsed only as far as the export needs ([`Parse`]) and rendered in parallel. Memory holds one
//! batch of at most 4,096 pages (and one `(id, address)` per document), whatever the size of
//! the index.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde::Serialize;

use crate::ident::IdentKind;
use crate::index::pages::{fill, parse_skeleton, ExportStream, ItemReader, StoredDoc};
use crate::index::writer::push_unique;
use crate::index::Store;
use crate::model::{DocRecord, Identifier, Link, Page, TextSource};

use super::{csv_writer, json_error, ExportError, Tabular};

/// Formats of `export pages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PagesFormat {
    /// One JSON object per line.
    Jsonl,
    /// One JSON array (written element by element).
    Json,
    /// RFC 4180 CSV with a header row; lists joined with " | ".
    Csv,
}

impl PagesFormat {
    /// Every format, with its name ([`std::str::FromStr`]) and what it is.
    pub const ALL: [(PagesFormat, &'static str, &'static str); 3] = [
        (PagesFormat::Jsonl, "jsonl", "One JSON object per line"),
        (
            PagesFormat::Json,
            "json",
            "One JSON array (written element by element)",
        ),
        (
            PagesFormat::Csv,
            "csv",
            "RFC 4180 CSV with a header row; lists joined with \" | \"",
        ),
    ];
}

impl std::str::FromStr for PagesFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        super::choose(&PagesFormat::ALL, s)
    }
}

/// How much of a stored record an export needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parse {
    /// Everything ([`DocRecord`] with its structure): SQLite, OpenSearch.
    Full,
    /// The document's id, path, kind, title and pages; the structure is skipped (`export
    /// pages` does not show it).
    Pages,
}

/// The part of a stored skeleton that `export pages` reads (serde skips the rest).
#[derive(serde::Deserialize)]
struct PagesOnly {
    id: String,
    path: String,
    kind: Option<crate::model::DocKind>,
    title: Option<String>,
    #[serde(default)]
    pages: Vec<Page>,
}

/// A stored document as a record (see [`Parse`]): its skeleton with its pages' text.
fn parse(stored: StoredDoc, parse: Parse, dir: &Path) -> Result<DocRecord, ExportError> {
    let mut record = match parse {
        Parse::Full => parse_skeleton(&stored.skeleton, dir)?,
        Parse::Pages => {
            let p: PagesOnly = parse_skeleton(&stored.skeleton, dir)?;
            DocRecord {
                id: p.id,
                path: p.path,
                kind: p.kind,
                title: p.title,
                pages: p.pages,
                ..DocRecord::default()
            }
        }
    };
    fill(&mut record, stored.pages, dir)?;
    Ok(record)
}

/// The stored documents (or only `only`; unknown: [`ExportError::NoDoc`]) in id order.
fn docs<'a>(store: &'a Store, only: Option<&str>) -> Result<ExportStream<'a>, ExportError> {
    let stream = store.export_stream(only)?;
    if let (Some(id), 0) = (only, stream.remaining()) {
        return Err(ExportError::NoDoc(id.to_string()));
    }
    Ok(stream)
}

/// Most pages in one batch of [`write_docs_parallel`]: bounds the memory of the batch
/// (skeletons and pages are read, with their text, in the batch's workers).
const BATCH_PAGES: usize = 4096;
/// Most documents in one batch.
const BATCH_DOCS: usize = 1024;

/// Visit every stored document (or only `only`; unknown: [`ExportError::NoDoc`]) in id
/// order with its links (sorted by page, kind, target): the records read (in store order,
/// [`ItemReader::read`]), parsed and rendered on several documents at once (rayon). Returns
/// how many documents were visited. Documents are read in batches of at most [`BATCH_PAGES`]
/// pages (or [`BATCH_DOCS`] documents), so memory holds one batch. Each batch's documents are
/// cut into runs of consecutive documents, one run per worker task, and `render` appends a
/// run's output to one buffer (and its rows or counts to one `S`); `sink` gets the runs'
/// buffers in document order. The buffers are kept from batch to batch, so the output's
/// memory is allocated once, not once per document (a buffer per document, freed after each
/// batch, had the heap given back to the system and faulted in again: 25 % of an OpenSearch
/// export's CPU went to malloc, free and zeroing new pages).
pub fn write_docs_parallel<S: Default + Send>(
    store: &Store,
    only: Option<&str>,
    what: Parse,
    render: impl Fn(&mut Vec<u8>, &mut S, DocRecord, Vec<Link>) -> Result<(), ExportError> + Sync,
    mut sink: impl FnMut(&[u8], S) -> Result<(), ExportError>,
) -> Result<usize, ExportError> {
    use rayon::prelude::*;
    let mut stream = docs(store, only)?;
    let reader = stream.item_reader();
    let dir = store.dir();
    let mut count = 0;
    // Several runs per worker, so that a run of long documents does not leave the others idle.
    let mut buffers: Vec<Vec<u8>> = vec![Vec::new(); 4 * rayon::current_num_threads()];
    loop {
        let batch = next_batch(&mut stream, &reader)?;
        if batch.is_empty() {
            break;
        }
        count += batch.len();
        let mut items: Vec<_> = batch.into_iter().map(Some).collect();
        let run = items.len().div_ceil(buffers.len()).max(1);
        let done: Vec<Result<S, ExportError>> = items
            .par_chunks_mut(run)
            .zip(buffers.par_iter_mut())
            .map(|(docs, buf)| {
                buf.clear();
                let mut n = S::default();
                for (s, links) in docs.iter_mut().filter_map(Option::take) {
                    render(buf, &mut n, parse(s, what, dir)?, links)?;
                }
                Ok(n)
            })
            .collect();
        for (n, buf) in done.into_iter().zip(&buffers) {
            sink(buf, n?)?;
        }
        // A buffer grown by an unusually large document does not keep its size.
        for buf in &mut buffers {
            if buf.capacity() > KEPT_BUFFER {
                *buf = Vec::new();
            }
        }
    }
    Ok(count)
}

/// The next batch of `stream`'s documents (at most [`BATCH_PAGES`] pages or [`BATCH_DOCS`]
/// documents; empty at the end), their records read and their links resolved.
fn next_batch(
    stream: &mut ExportStream<'_>,
    reader: &ItemReader,
) -> Result<Vec<(StoredDoc, Vec<Link>)>, ExportError> {
    let (mut batch, mut pages) = (Vec::new(), 0);
    for doc in stream.by_ref() {
        let doc = doc?;
        pages += doc.pages.len();
        batch.push(doc);
        if pages >= BATCH_PAGES || batch.len() >= BATCH_DOCS {
            break;
        }
    }
    let mut read = Vec::with_capacity(batch.len());
    for mut s in reader.read(&batch)? {
        let links = stream.resolve(std::mem::take(&mut s.links))?;
        read.push((s, links));
    }
    Ok(read)
}

/// The largest output buffer [`write_docs_parallel`] keeps for the next batch.
const KEPT_BUFFER: usize = 16 << 20;

/// Turns the stored (possibly relative) paths into absolute paths and `file://` URIs.
///
/// Ingest stores a path relative to the folder it ran in when the file is under it. A relative
/// path is resolved against `base` when given, else against the current folder when the file
/// is there, else against the folder holding the index (where `kommission ingest` runs with
/// the default `--index index`), else against the current folder.
#[derive(Debug, Clone)]
pub struct PathResolver {
    base: Option<PathBuf>,
    cwd: PathBuf,
    index_parent: Option<PathBuf>,
}

/// What is escaped in a `file://` URI path: controls, space and the characters that are not
/// allowed or have a meaning in a URI (RFC 3986); `/` stays, non-ASCII is UTF-8 encoded.
const URI_PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

impl PathResolver {
    /// A resolver for the index at `index_dir`; `base` overrides the guess.
    pub fn new(index_dir: &Path, base: Option<&Path>) -> PathResolver {
        let cwd = std::env::current_dir().unwrap_or_default();
        let index_parent = std::fs::canonicalize(index_dir)
            .ok()
            .and_then(|d| d.parent().map(Path::to_path_buf));
        PathResolver {
            base: base.map(|b| normalize(&cwd.join(b))),
            cwd,
            index_parent,
        }
    }

    /// The absolute path of a stored path.
    pub fn absolute(&self, stored: &str) -> PathBuf {
        let p = Path::new(stored);
        if p.is_absolute() {
            return normalize(p);
        }
        if let Some(base) = &self.base {
            return normalize(&base.join(p));
        }
        let here = self.cwd.join(p);
        if here.exists() {
            return normalize(&here);
        }
        match &self.index_parent {
            Some(parent) if parent.join(p).exists() => normalize(&parent.join(p)),
            _ => normalize(&here),
        }
    }
}

/// Remove `.` and `..` components without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The `file://` URI of an absolute path, percent-encoded (a page's: [`DocContext::uri_at`]).
pub fn file_uri(absolute: &Path) -> String {
    let text = absolute.to_string_lossy();
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        uri.push('/');
    }
    uri.extend(utf8_percent_encode(&text.replace('\\', "/"), URI_PATH));
    uri
}

/// A link of a page, without the page.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink<'a> {
    pub kind: &'a str,
    pub target: &'a str,
}

/// What every page of one document shares, worked out once per document: the absolute path
/// (one look at the file system), its `file://` URI, the identifiers of each page.
pub struct DocContext<'a> {
    pub record: &'a DocRecord,
    pub links: &'a [Link],
    pub path: String,
    /// The URI without `#page=N`.
    pub uri: String,
    is_pdf: bool,
    /// Identifiers found by the structure stage, by page (index = page number - 1).
    identifiers: Vec<Vec<&'a Identifier>>,
}

impl<'a> DocContext<'a> {
    pub fn new(record: &'a DocRecord, links: &'a [Link], resolver: &PathResolver) -> Self {
        let absolute = resolver.absolute(&record.path);
        let uri = file_uri(&absolute);
        let is_pdf = absolute
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        let mut identifiers: Vec<Vec<&Identifier>> = vec![Vec::new(); record.pages.len()];
        for i in &record.structure.identifiers {
            if let Some(v) = (i.page as usize)
                .checked_sub(1)
                .and_then(|k| identifiers.get_mut(k))
            {
                v.push(i);
            }
        }
        DocContext {
            record,
            links,
            path: absolute.to_string_lossy().into_owned(),
            uri,
            is_pdf,
            identifiers,
        }
    }

    /// The URI of a page (`#page=N` for PDFs), or the document's when there is none (an
    /// action or protocol paragraph without a page).
    pub fn uri_at(&self, page: Option<u32>) -> String {
        match page {
            Some(n) if self.is_pdf => format!("{}#page={n}", self.uri),
            _ => self.uri.clone(),
        }
    }

    /// The identifiers the structure stage found on a page, each once.
    pub fn identifiers(&self, page: u32) -> &[&'a Identifier] {
        (page as usize)
            .checked_sub(1)
            .and_then(|k| self.identifiers.get(k))
            .map_or(&[], Vec::as_slice)
    }
}

/// The name of an identifier kind in exports: `code` for a recommendation code, else the
/// kind's own name (`diary`, `paragraph`, `sfs`, …).
pub fn identifier_kind(kind: IdentKind) -> &'static str {
    match kind {
        IdentKind::Recommendation => "code",
        other => other.as_str(),
    }
}

/// An identifier's value in exports: paragraphs without spaces ("§216"), the rest as
/// normalised.
pub fn identifier_value(i: &Identifier) -> String {
    if i.kind == IdentKind::Paragraph {
        i.id.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        i.id.clone()
    }
}

/// One record of `export pages` (borrowing from the stored record: nothing is copied).
#[derive(Debug, Clone, Serialize)]
pub struct PageRow<'a> {
    pub doc: &'a str,
    pub path: &'a str,
    pub uri: String,
    pub page: u32,
    pub label: Option<&'a str>,
    pub title: Option<&'a str>,
    pub kind: Option<&'static str>,
    pub text: &'a str,
    /// `text`, `ocr` or `none` (a scanned page that was not read).
    pub source: TextSource,
    pub ocr: bool,
    pub ocr_confidence: Option<f32>,
    /// The text of the page's annotations (notes, stamps, form values), one per annotation.
    pub annotations: &'a [String],
    /// Running headers and footers taken out of `text`.
    pub running: &'a [String],
    /// Actions the page's links name, as `<doc>#<N>`.
    pub actions: Vec<&'a str>,
    /// Recommendation codes the page's links name.
    pub recommendations: Vec<&'a str>,
    /// Diary numbers the page's links name.
    pub diary_numbers: Vec<&'a str>,
    pub links: Vec<PageLink<'a>>,
}

/// What a link target names, split: `("action", "<doc>#<N>")`, `("recommendation", code)`,
/// `("diary", number)`, `("doc", id)`, or `("", target)` for anything else.
pub fn split_target(target: &str) -> (&str, &str) {
    for prefix in ["action", "recommendation", "diary", "doc"] {
        if let Some(rest) = target
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix(':'))
        {
            return (prefix, rest);
        }
    }
    ("", target)
}

/// The links of one page among a document's links (sorted by page, as [`Store::links`] gives
/// them).
pub fn links_of_page(links: &[Link], page: u32) -> impl Iterator<Item = &Link> {
    let start = links.partition_point(|l| l.page < page);
    links
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(move |l| l.page == page)
}

impl<'a> PageRow<'a> {
    /// The row of one page of the context's document.
    pub fn new(cx: &'a DocContext<'a>, page: &'a Page) -> Self {
        let record = cx.record;
        let mut row = PageRow {
            doc: &record.id,
            path: &cx.path,
            uri: cx.uri_at(Some(page.number)),
            page: page.number,
            label: page.label.as_deref(),
            title: record.title.as_deref(),
            kind: record.kind.map(|k| k.as_str()),
            text: &page.text,
            source: page.source,
            ocr: page.source == TextSource::Ocr,
            ocr_confidence: page.ocr_confidence,
            annotations: &page.annotations,
            running: &page.running,
            actions: Vec::new(),
            recommendations: Vec::new(),
            diary_numbers: Vec::new(),
            links: Vec::new(),
        };
        for l in links_of_page(cx.links, page.number) {
            match split_target(&l.target) {
                ("action", a) => push_unique(&mut row.actions, a),
                ("recommendation", c) => push_unique(&mut row.recommendations, c),
                ("diary", d) => push_unique(&mut row.diary_numbers, d),
                _ => {}
            }
            row.links.push(PageLink {
                kind: l.kind.as_str(),
                target: &l.target,
            });
        }
        row
    }
}

super::tabular!(
    PageRow<'_>,
    row => row,
    [
        doc,
        path,
        uri,
        page,
        label,
        title,
        kind,
        text,
        source,
        ocr,
        ocr_confidence,
        annotations,
        running,
        actions,
        recommendations,
        diary_numbers,
        links,
    ]
);

impl super::Cell for PageLink<'_> {
    fn cell(&self) -> String {
        format!("{} {}", self.kind, self.target)
    }
}

/// The name of a text source as written in exports.
pub fn source_name(s: TextSource) -> &'static str {
    match s {
        TextSource::Text => "text",
        TextSource::Ocr => "ocr",
        TextSource::None => "none",
    }
}

/// Write the pages of the index (or of one document) to `out`, one document at a time.
/// Returns the number of pages written.
pub fn write_pages<W: Write>(
    store: &Store,
    only: Option<&str>,
    format: PagesFormat,
    resolver: &PathResolver,
    out: &mut W,
) -> Result<u64, ExportError> {
    let mut count = 0u64;
    let array = format == PagesFormat::Json;
    match format {
        PagesFormat::Json => out.write_all(b"[")?,
        PagesFormat::Csv => {
            let mut w = csv_writer(&mut *out, b',');
            w.write_record(PageRow::headers())?;
            w.flush()?;
        }
        PagesFormat::Jsonl => {}
    }
    // Pages rendered in parallel (a line or row per page), runs of documents into one buffer.
    let render = |buf: &mut Vec<u8>,
                  n: &mut u64,
                  record: DocRecord,
                  links: Vec<Link>|
     -> Result<(), ExportError> {
        let cx = DocContext::new(&record, &links, resolver);
        if format == PagesFormat::Csv {
            let mut w = csv_writer(&mut *buf, b',');
            for page in &record.pages {
                w.write_record(PageRow::new(&cx, page).cells())?;
            }
            w.flush()?;
        } else {
            for page in &record.pages {
                serde_json::to_writer(&mut *buf, &PageRow::new(&cx, page)).map_err(json_error)?;
                buf.push(b'\n');
            }
        }
        *n += record.pages.len() as u64;
        Ok(())
    };
    write_docs_parallel(store, only, Parse::Pages, render, |buf, n| {
        if array {
            for line in buf.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                out.write_all(if count == 0 { b"\n" } else { b",\n" })?;
                out.write_all(line)?;
                count += 1;
            }
        } else {
            out.write_all(buf)?;
            count += n;
        }
        Ok(())
    })?;
    if array {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    Ok(count)
}
