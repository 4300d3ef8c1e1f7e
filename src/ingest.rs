//! Driving the pipeline over folders: walk, hash, extract in parallel (largest files first),
//! find structure, write the documents to the index, commit them, find their title mentions
//! while the commit's segment merges run, and commit those (one index writer for the run).
//!
//! Incremental: a file whose path, content hash and pipeline version match the stored record
//! is skipped without being read again (unless `force`, or unless it has pages whose OCR was
//! skipped and OCR is available now); a changed file is extracted again and replaces its
//! record; a stored document whose file is gone from the given folders is removed. One bad
//! file never loses the batch: its failure (error or panic) is recorded for that file and the
//! others are ingested.
//!
//! A document's identity is its file's canonical absolute path ([`path_key`]): the same file
//! reached through a relative path, an absolute one, a symlinked folder or from another
//! working directory is the same document with the same id. The walk never aborts on one
//! entry: dangling links, loops, unreadable folders, over-long paths, FIFOs and devices, and
//! files of a type kommission does not read are listed in [`IngestSummary::skipped`].
//! A stop flag (set by the CLI's SIGINT/SIGTERM handler) makes the run take no new files and
//! commit what is done.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::mem::take;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::extract::{self, ExtractOptions, PageCallback};
use crate::index::writer::{FileStamp, Part};
use crate::index::{readonly, DocSummary, IndexError, Store};
use crate::model::{DocRecord, TextSource};
use crate::{links, structure};

/// Version of the extraction and structure pipeline. Bump it when their output changes, so
/// that the next ingest extracts every document again.
pub const PIPELINE_VERSION: u32 = 10;

/// Errors that stop a whole ingest run (a failing file is not one of them).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{0}: no such file or folder")]
    MissingPath(PathBuf),
    #[error("{path}: {message}")]
    Walk { path: PathBuf, message: String },
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// Options for an ingest run.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Files and folders to ingest.
    pub roots: Vec<PathBuf>,
    pub extract: ExtractOptions,
    /// Show a progress bar on stderr (only drawn when stderr is a terminal).
    pub progress: bool,
    /// Extract every file under the roots again, changed or not.
    pub force: bool,
    /// When set (e.g. by a SIGINT handler), take no new files; what is done is committed.
    pub stop: Option<Arc<AtomicBool>>,
}

/// A file that could not be ingested.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    pub id: String,
    pub path: String,
    pub reason: String,
}

/// Pages without a text layer in one document.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScannedPages {
    pub id: String,
    pub path: String,
    /// Physical page numbers.
    pub pages: Vec<u32>,
    /// Whether these pages were read by OCR (false: they have no text).
    pub ocr: bool,
}

/// Why the walk passed over an entry without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipKind {
    /// A file of a type kommission does not read (.doc, .xlsx, images, …).
    Unsupported,
    /// An entry the walk could not use: dangling link, loop, unreadable folder, too long a
    /// path, FIFO, device, a name that clashes with another one.
    Unreadable,
}

/// An entry the walk saw but did not read.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Skipped {
    /// Absolute path ([`path_key`] form).
    pub path: String,
    pub kind: SkipKind,
    /// The lower-case extension of an unsupported file ("" when it has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    pub reason: String,
}

/// What an ingest run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IngestSummary {
    /// Ids of documents extracted in this run (new or changed) without error.
    pub ingested: Vec<String>,
    /// Number of files skipped because they had not changed.
    pub unchanged: usize,
    /// Ids of documents removed because their file is gone.
    pub removed: Vec<String>,
    /// Files that failed, in this run or (unchanged) in an earlier one.
    pub failed: Vec<Failure>,
    /// Entries the walk saw but did not read: unsupported file types and bad entries.
    pub skipped: Vec<Skipped>,
    /// Documents with pages that have no text layer.
    pub scanned: Vec<ScannedPages>,
    /// Pages extracted in this run (of the ingested documents).
    pub pages: usize,
    /// Glyphs in the documents extracted in this run that could not be mapped to Unicode
    /// (missing from their text; per page in `Page::unmapped_glyphs`).
    pub unmapped_glyphs: usize,
    /// Unchanged documents read again to find mentions of action titles that appeared in
    /// this run (those with a page that has enough of a new title's words).
    pub relinked: usize,
    /// Whether the run was stopped (the stop flag was set) before it took every file.
    pub interrupted: bool,
    /// Paths of files not read because the run was stopped; the next run reads them.
    pub not_done: Vec<String>,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Wall-clock seconds of each step.
    pub phases: Phases,
}

/// Wall-clock seconds of the steps of an ingest run.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Phases {
    /// Walking the folders, reading the stored records, hashing the files.
    pub scan: f64,
    /// Extracting text and structure and adding the documents to the index (in parallel).
    pub extract: f64,
    /// Finding the title mentions of the new and changed documents (and of the others
    /// when titles appeared).
    pub link: f64,
    /// Committing the index (merging its segments).
    pub commit: f64,
}

/// A file found by the walk.
#[derive(Debug, Clone)]
struct Found {
    /// The path to read, when it is not `path` itself (a name that is not UTF-8): one
    /// string a file, not two, for the whole run (docs/performance.md, twelfth session).
    other_fs_path: Option<PathBuf>,
    /// The stored path: canonical, absolute ([`path_key`]).
    path: String,
}

impl Found {
    /// The path to read.
    fn fs_path(&self) -> &Path {
        self.other_fs_path
            .as_deref()
            .unwrap_or(Path::new(&self.path))
    }
}

/// The stored form of a path: the path as it is, as text. Bytes that are not UTF-8 are written
/// `\xNN` (so two names that differ only there stay two documents); no separator is rewritten
/// (`back\slash.txt` stays itself).
pub fn path_key(p: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in p.as_os_str().as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// A stored path for people: relative to `base` (e.g. the working directory) when under it,
/// else as stored.
pub fn shown_path(stored: &str, base: Option<&str>) -> String {
    if let Some(base) = base.map(|b| b.trim_end_matches('/')) {
        if !base.is_empty() {
            if let Some(rest) = stored.strip_prefix(base).and_then(|r| r.strip_prefix('/')) {
                return rest.to_string();
            }
        }
    }
    stored.to_string()
}

/// The working directory in [`path_key`] form, for [`shown_path`].
pub fn working_dir() -> Option<String> {
    std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok())
        .map(|c| path_key(&c))
}

/// The blake3 hash of a file's bytes (stored as hex) and how many form feeds they hold (each
/// a page of a text: [`is_large_text`]); read as a stream, never the whole file in memory.
pub fn file_hash(path: &Path) -> std::io::Result<(blake3::Hash, u64)> {
    use std::io::Read as _;
    let (mut h, mut file, mut form_feeds) = (blake3::Hasher::new(), std::fs::File::open(path)?, 0);
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let read = match file.read(&mut buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            read => buf.get(..read?).unwrap_or_default(),
        };
        if read.is_empty() {
            return Ok((h.finalize(), form_feeds));
        }
        h.update(read);
        form_feeds =
            form_feeds.saturating_add(read.iter().filter(|&&b| b == b'\x0c').count() as u64);
    }
}

/// Check that every root exists, before anything (such as the index folder) is created.
pub fn check_roots(roots: &[PathBuf]) -> Result<(), IngestError> {
    match roots.iter().find(|r| std::fs::metadata(r).is_err()) {
        Some(root) => Err(IngestError::MissingPath(root.clone())),
        None => Ok(()),
    }
}

/// What the walk found.
struct Walked {
    found: Vec<Found>,
    /// The roots in stored form (for finding removed files).
    roots: Vec<String>,
    skipped: Vec<Skipped>,
}

/// Why an entry the walk could not use is unusable, in words.
fn walk_error_reason(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        return format!(
            "symlink loop: leads back to {}, not followed",
            path_key(ancestor)
        );
    }
    let dangling = e.path().is_some_and(|p| {
        std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
            && std::fs::metadata(p).is_err()
    });
    match e.io_error() {
        Some(io) if dangling => format!("dangling symlink: its target cannot be read ({io})"),
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            format!("cannot read: permission denied ({io})")
        }
        Some(io) => format!("cannot read: {io}"),
        None => e.to_string(),
    }
}

/// An entry the walk could not use, and why.
fn unreadable(path: &Path, reason: String) -> Skipped {
    Skipped {
        path: path_key(path),
        kind: SkipKind::Unreadable,
        extension: None,
        reason,
    }
}

/// Walk the roots: every supported file (sorted by stored path), the stored roots, and every
/// entry seen but not read. Hidden entries (names starting with '.') below a root are passed
/// over quietly; a bad entry never stops the walk.
fn walk(roots: &[PathBuf]) -> Result<Walked, IngestError> {
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    let mut root_paths = Vec::new();
    let mut skipped = Vec::new();
    let mut resolver = Resolver::default();
    for root in roots {
        let canon = std::fs::canonicalize(root).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                IngestError::MissingPath(root.clone())
            } else {
                IngestError::Walk {
                    path: root.clone(),
                    message: e.to_string(),
                }
            }
        })?;
        root_paths.push(path_key(&canon));
        let entries = walkdir::WalkDir::new(&canon)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        // Whether the folder at each depth was reached through a symbolic link: below a
        // canonical root, a path with no link on the way is its own canonical form, so only
        // the others are resolved (`canonicalize` costs a `readlink` per component).
        let mut linked: Vec<bool> = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    skipped.push(unreadable(
                        e.path().unwrap_or(&canon),
                        walk_error_reason(&e),
                    ));
                    continue;
                }
            };
            let ft = entry.file_type();
            let depth = entry.depth();
            let through_link = entry.path_is_symlink()
                || depth
                    .checked_sub(1)
                    .is_some_and(|d| linked.get(d).copied().unwrap_or(true));
            if ft.is_dir() {
                // (A level never seen counts as linked: resolved, never wrongly trusted.)
                linked.resize(depth, true);
                linked.push(through_link);
                continue;
            }
            if !ft.is_file() {
                let reason = format!("{}, not read", extract::file_kind(&ft));
                skipped.push(unreadable(entry.path(), reason));
                continue;
            }
            let ext = extract::extension(entry.path());
            if let Err(reason) = extract::support(&ext) {
                skipped.push(Skipped {
                    path: path_key(entry.path()),
                    kind: SkipKind::Unsupported,
                    reason,
                    extension: Some(ext),
                });
                continue;
            }
            // The identity: the file itself, whatever links led here.
            let resolved = if through_link {
                resolver.resolve(entry.path(), entry.path_is_symlink())
            } else {
                Ok(entry.path().to_path_buf())
            };
            let real = match resolved {
                Ok(p) => p,
                Err(e) => {
                    let reason = format!("cannot resolve the path: {e}");
                    skipped.push(unreadable(entry.path(), reason));
                    continue;
                }
            };
            let path = path_key(&real);
            match found.get(&path) {
                // The same file reached twice (a link to it, or two overlapping roots).
                Some(f) if f.fs_path() == real => {}
                Some(f) => skipped.push(unreadable(
                    entry.path(),
                    format!(
                        "its name is written the same as {} ({}), which is read instead",
                        f.path,
                        f.fs_path().display()
                    ),
                )),
                None => {
                    found.insert(
                        path.clone(),
                        Found {
                            other_fs_path: (real.to_str() != Some(path.as_str())).then_some(real),
                            path,
                        },
                    );
                }
            }
        }
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    skipped.dedup_by(|a, b| a.path == b.path && a.reason == b.reason);
    Ok(Walked {
        found: found.into_values().collect(),
        roots: root_paths,
        skipped,
    })
}

/// The canonical paths of files reached through symbolic links, with the canonical form of
/// each folder remembered: a file costs one `readlink` (when it is a link itself) and one
/// `lstat` of its target's name, instead of `canonicalize`'s one per component of the path
/// and of the link's target (a folder of links made by `cp -as` is one link per file).
#[derive(Default)]
struct Resolver {
    folders: HashMap<PathBuf, PathBuf>,
}

impl Resolver {
    /// Most links followed for one file (as the kernel's limit on a path's links).
    const MAX_LINKS: usize = 40;

    /// The canonical form of `path`, a file; `is_link`: whether its last component is known
    /// to be a symbolic link.
    fn resolve(&mut self, path: &Path, mut is_link: bool) -> std::io::Result<PathBuf> {
        let mut path = path.to_path_buf();
        for _ in 0..Self::MAX_LINKS {
            let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
                return std::fs::canonicalize(&path);
            };
            if name == ".." || name == "." {
                return std::fs::canonicalize(&path);
            }
            let folder = self.folder(parent)?;
            if !is_link {
                return Ok(folder.join(name));
            }
            let target = std::fs::read_link(folder.join(name))?;
            // A relative target is relative to the folder of the link.
            path = folder.join(target);
            is_link = std::fs::symlink_metadata(&path)?.file_type().is_symlink();
        }
        std::fs::canonicalize(&path)
    }

    /// The canonical form of a folder, remembered.
    fn folder(&mut self, folder: &Path) -> std::io::Result<PathBuf> {
        if let Some(c) = self.folders.get(folder) {
            return Ok(c.clone());
        }
        let c = std::fs::canonicalize(folder)?;
        self.folders.insert(folder.to_path_buf(), c.clone());
        Ok(c)
    }
}

fn is_under(path: &str, root: &str) -> bool {
    let root = root.trim_end_matches('/');
    root.is_empty() || path == root || path.starts_with(&format!("{root}/"))
}

/// The id a new document starts from: its file stem in NFC (so that the NFC and NFD spellings
/// of one name get ids that can be told apart: the second one gets a suffix).
fn stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().nfc().collect::<String>())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "doc".to_string())
}

/// Text, Markdown and HTML files larger than this are read and stored in parts
/// ([`store_in_parts`]), whatever their size: a file of any size is held a part at a time.
pub const LARGE_TEXT_BYTES: u64 = 16 << 20;

/// Pages in a part of a file stored in parts (about 1 MB of text; 1,000 pages held 10 MB
/// more at 64 MiB, `bench/large-file`).
const PART_PAGES: usize = 250;

/// Most pages of a file stored in parts. Nothing is held per page (each page's skeleton is
/// stored with its part, see [`crate::index::writer::PAGES_IN_PARTS`]), so this is no memory
/// bound: page numbers are `u32` everywhere (the model, the index), and a part may add up to
/// [`PART_PAGES`] pages after the check. It takes over 2 GiB of bare form feeds (a scan's
/// pdftotext output) to reach; over it the file is refused by name. (Until 2026-12-04 the
/// head held every page and the limit was 1.5 million pages.)
const MAX_PARTS_PAGES: u64 = (u32::MAX / 2) as u64;

/// Most identifiers the head of a file stored in parts keeps (its list in `identifiers`,
/// `show diary` and the exports; each page is found by all of its own in a search). They
/// came from every part: a register of 32 MiB with a diary number on each line held a
/// million and ran out of a 1 GB address space (435 MB, 2026-12-05).
const HEAD_IDENTIFIERS: usize = 50_000;

/// Most pages a text of [`LARGE_TEXT_BYTES`] without form feeds has (a page ends at the first
/// line break after about 4,000 characters): a smaller text with more form feeds than this
/// may have more pages than any text held whole.
const MANY_PAGES: u64 = LARGE_TEXT_BYTES / 4_000;

/// Whether a file is read and stored in parts: a text, Markdown or HTML file over
/// [`LARGE_TEXT_BYTES`], or a text or Markdown file with over [`MANY_PAGES`] form feeds
/// (each is a page: 4 MiB of bare form feeds, a scan's pdftotext output, is 4 million pages,
/// which held whole ran out of a 1 GB address space and aborted the run, 2026-12-04).
fn is_large_text(fs_path: &Path, size: u64, form_feeds: u64) -> bool {
    match extract::extension(fs_path).as_str() {
        "html" | "htm" => size > LARGE_TEXT_BYTES,
        "txt" | "md" => size > LARGE_TEXT_BYTES || form_feeds > MANY_PAGES,
        _ => false,
    }
}

/// The index writer, for a moment.
fn lock<'w>(
    store: &Store,
    writer: &'w Mutex<crate::index::writer::StoreWriter>,
) -> Result<std::sync::MutexGuard<'w, crate::index::writer::StoreWriter>, IndexError> {
    writer.lock().map_err(|_| poisoned(store))
}

/// Prepare `part` of `record` and hand it to the writer (a whole file is begun first,
/// replacing what is stored of it when `stored`; [`store_in_parts`] begins its file).
fn add(
    store: &Store,
    writer: &Mutex<crate::index::writer::StoreWriter>,
    record: &DocRecord,
    (stamp, part, stored): (FileStamp, Part, bool),
) -> Result<(), IndexError> {
    let prepared = store.fields().prepare(record, stamp, part)?;
    let mut w = lock(store, writer)?;
    if part == Part::Whole {
        w.begin(&record.id, &record.path, stored)?;
    }
    w.add_part(prepared)
}

fn poisoned(store: &Store) -> IndexError {
    IndexError::Tantivy {
        path: store.dir().to_path_buf(),
        message: "index writer poisoned by an earlier failure".into(),
    }
}

/// Read a large text file and store its pages as they are read, [`PART_PAGES`] at a time
/// (each part's structure found on its own, its mentions stored as its links); returns the
/// record to store last as the document's head ([`Part::Head`]): its title, the first
/// [`HEAD_IDENTIFIERS`] identifiers, no page, and how many pages it has. The
/// file-size limit of [`ExtractOptions::max_file_bytes`] does not apply. `None` when the
/// run was stopped (what was added of the file is removed again).
fn store_in_parts(
    store: &Store,
    writer: &Mutex<crate::index::writer::StoreWriter>,
    file: &Found,
    id: &str,
    hash: String,
    stored: bool,
    stopped: &dyn Fn() -> bool,
) -> Result<Option<(DocRecord, u64)>, IndexError> {
    let (fs_path, path) = (file.fs_path(), file.path.as_str());
    enum Stop {
        Read(extract::ExtractError),
        Index(IndexError),
        Stopped,
        Pages,
    }
    impl From<crate::formats::FormatError> for Stop {
        fn from(e: crate::formats::FormatError) -> Stop {
            Stop::Read(e.into())
        }
    }
    // Text or Web, by the extension alone.
    let kind = structure::classify(&extract::extension(fs_path), &Default::default());
    let mut record = DocRecord {
        id: id.to_string(),
        path: path.to_string(),
        hash,
        pipeline: PIPELINE_VERSION,
        kind: Some(kind),
        ..DocRecord::default()
    };
    lock(store, writer)?.begin(id, path, stored)?;
    let (mut head, mut identifiers) = (0u64, 0usize);
    let mut part = |pages: Vec<crate::model::Page>, record: &mut DocRecord| {
        if stopped() {
            return Err(Stop::Stopped);
        }
        // The title as the whole file's: its first Markdown heading.
        if record.title.is_none() {
            record.title = pages
                .iter()
                .flat_map(|p| &p.lines)
                .find(|l| l.bold)
                .map(|l| l.text.clone());
        }
        let doc = crate::model::ExtractedDoc {
            title: record.title.clone(),
            pages,
            warnings: Vec::new(),
        };
        let structure = structure::analyze(id, kind, &doc);
        // The head's pages and structure so far are not copied into the part (a copy per part
        // grew with the file: 51 MB at the end of a 1 GiB text, which failed under `ulimit -v
        // 1000000`, and quadratic time).
        let so_far = take(&mut record.structure);
        let mut piece = DocRecord {
            pages: doc.pages,
            structure,
            ..record.clone()
        };
        record.structure = so_far;
        crate::index::writer::keep_headings(&mut piece.pages);
        let body = (FileStamp::default(), Part::Body, false);
        add(store, writer, &piece, body).map_err(Stop::Index)?;
        head += piece.pages.len() as u64;
        if head > MAX_PARTS_PAGES {
            return Err(Stop::Pages);
        }
        let room = HEAD_IDENTIFIERS.saturating_sub(record.structure.identifiers.len());
        identifiers = identifiers.saturating_add(piece.structure.identifiers.len());
        let kept = piece.structure.identifiers.into_iter().take(room);
        record.structure.identifiers.extend(kept);
        Ok(())
    };
    let read = catch_unwind(AssertUnwindSafe(|| {
        let meta = std::fs::metadata(fs_path).map_err(|e| Stop::Read(e.into()))?;
        if !meta.is_file() {
            let kind = extract::file_kind(&meta.file_type());
            return Err(Stop::Read(extract::ExtractError::NotAFile(kind)));
        }
        let file = std::fs::File::open(fs_path).map_err(|e| Stop::Read(e.into()))?;
        let each = |pages| part(pages, &mut record);
        if kind == crate::model::DocKind::Web {
            crate::formats::html::stream_pages(file, PART_PAGES, each)
        } else {
            crate::formats::text::stream_pages(file, PART_PAGES, each)
        }
    }));
    let failure = match read {
        Ok(Ok(title)) => {
            record.title = title;
            if identifiers > HEAD_IDENTIFIERS {
                record.warnings.push(format!("{identifiers} identifiers: the first {HEAD_IDENTIFIERS} are listed (a search finds every one on its page)"));
            }
            return Ok(Some((record, head)));
        }
        Ok(Err(Stop::Index(e))) => return Err(e),
        Ok(Err(Stop::Stopped)) => {
            lock(store, writer)?.remove(id)?;
            return Ok(None);
        }
        Ok(Err(Stop::Read(e))) => e.to_string(),
        Ok(Err(Stop::Pages)) => format!("too many pages: over {MAX_PARTS_PAGES} (the limit)"),
        Err(_) => "internal error while reading this file".to_string(),
    };
    // What was stored of a file that failed part-way is removed: it is stored as failed.
    lock(store, writer)?.remove(id)?;
    let record = DocRecord {
        kind: None,
        error: Some(failure),
        pages: Vec::new(),
        structure: Default::default(),
        title: None,
        ..record
    };
    Ok(Some((record, 0)))
}

/// Read, extract and analyse one file into a record. Never panics: a panic inside a stage is
/// caught and recorded as the file's failure.
pub fn process_file(
    fs_path: &Path,
    id: &str,
    path: &str,
    hash: String,
    options: &ExtractOptions,
) -> DocRecord {
    let mut record = DocRecord {
        id: id.to_string(),
        path: path.to_string(),
        hash,
        pipeline: PIPELINE_VERSION,
        ..DocRecord::default()
    };
    let ext = extract::extension(fs_path);
    let result = catch_unwind(AssertUnwindSafe(|| {
        extract::extract_file(fs_path, options).map(|doc| {
            let kind = structure::classify(&ext, &doc);
            let structure = structure::analyze(id, kind, &doc);
            (doc, kind, structure)
        })
    }));
    match result {
        Ok(Ok((doc, kind, structure))) => {
            record.kind = Some(kind);
            record.title = doc.title;
            record.warnings = doc.warnings;
            record.structure = structure;
            record.pages = doc.pages;
            crate::index::writer::keep_headings(&mut record.pages);
        }
        Ok(Err(e)) => record.error = Some(e.to_string()),
        Err(panic) => {
            let what = crate::pdf::panic_message(&*panic);
            record.error = Some(format!("internal error while reading this file: {what}"));
        }
    }
    record
}

/// The progress display of a run: files, pages, pages/s, ETA, the file being read.
struct Progress {
    bar: ProgressBar,
    pages: Arc<AtomicU64>,
}

impl Progress {
    fn new(show: bool, files: usize) -> Progress {
        let pages = Arc::new(AtomicU64::new(0));
        let bar = if show {
            ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr())
        } else {
            ProgressBar::hidden()
        };
        let (p1, p2) = (Arc::clone(&pages), Arc::clone(&pages));
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} ingest [{bar:20}] {pos}/{len} files  {pages} pages  {rate}  ETA {left}  {elapsed}  {wide_msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("pages", move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}", p1.load(Ordering::Relaxed));
            })
            // No estimate before the first file is done (indicatif would say 0s).
            .with_key("left", |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = if s.pos() == 0 {
                    write!(w, "?")
                } else {
                    write!(w, "{}", indicatif::HumanDuration(s.eta()))
                };
            })
            .with_key("rate", move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let secs = s.elapsed().as_secs_f64();
                let n = p2.load(Ordering::Relaxed) as f64;
                let _ = if secs > 0.5 {
                    write!(w, "{:.1} pages/s", n / secs)
                } else {
                    write!(w, "- pages/s")
                };
            })
            .progress_chars("=> "),
        );
        if show {
            // The clock and the spinner move even while one long file (OCR) is read.
            bar.enable_steady_tick(Duration::from_millis(250));
        }
        Progress { bar, pages }
    }
}

/// The marker of a run that committed its documents but not yet their title mentions: the
/// next run finds every title mention again.
const RELINK_MARKER: &str = "kommission-relink";

/// Most pages (and bytes of page text) held in memory at once while title mentions are
/// found: records are read from the index in batches of this size.
const LINK_BATCH_PAGES: usize = 4_000;
const LINK_BATCH_BYTES: usize = 64 << 20;

/// When the soft limit on open files is below what an ingest needs, raise it towards the hard
/// limit; when that is too low as well, fail at once with the limit named (else tantivy
/// fails midway: "an index writer was killed", or a raw "Too many open files"). An ingest
/// needs about 8 of its own (lock and meta files, the files being read) and 8 segment files
/// per index writer thread (one per core, at most 4; on 2 cores a limit of 20 works, 18 fails
/// inside tantivy). Under an address-space limit the index files are read with a descriptor
/// each ([`crate::index::directory`]), so the files of the index count as well.
fn ensure_open_files(dir: &Path) -> Result<(), IngestError> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from) as u64;
    let mut needed = 8 + 8 * threads.clamp(1, 4);
    if crate::resources::address_space_limit().is_some() {
        needed += readonly::files_in(dir);
    }
    readonly::raise_open_files(needed).map_err(|limit| {
        IngestError::Index(IndexError::TooManyFiles {
            path: dir.to_path_buf(),
            limit: format!(" (the limit is {limit}, an ingest needs {needed})"),
        })
    })
}

/// Ingest the roots into the store.
///
/// Memory holds the list of files and of stored documents (id, path, hash, size, mtime),
/// never all records: files are extracted, indexed and dropped one at a time; title
/// mentions are then found for the new and changed documents (and, when titles appeared,
/// against the new titles only in the other documents that have a page with enough of a
/// new title's words: [`crate::index::Store::docs_with_anchors`]), reading records from the
/// index in batches.
pub fn run(store: &Store, options: &IngestOptions) -> Result<IngestSummary, IngestError> {
    let start = Instant::now();
    let stopped = || {
        options
            .stop
            .as_ref()
            .is_some_and(|s| s.load(Ordering::SeqCst))
    };
    let Walked {
        found,
        roots,
        skipped,
    } = walk(&options.roots)?;
    ensure_open_files(store.dir())?;
    // The writer lock is taken at once (a second run fails here, before any file is hashed); the
    // writer is chosen once the files to read are known (below).
    let writer = store.writer_for(false)?;
    let existing = store.summaries()?;
    let failed_before: HashMap<String, String> = store
        .skeletons_having(crate::index::schema::HAS_FAILED)?
        .filter_map(|r| r.ok())
        .filter_map(|r| r.error.map(|e| (r.id, e)))
        .collect();
    let pending_ocr: HashSet<String> = store
        .skeletons_having(crate::index::schema::HAS_PENDING_OCR)?
        .filter_map(|r| r.ok())
        .map(|r| r.id)
        .collect();
    // Records stored by older versions hold paths relative to the working directory of
    // their run: resolve them against this one.
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let stored_key = |r: &DocSummary| -> String {
        if Path::new(&r.path).is_absolute() {
            return r.path.clone();
        }
        match &cwd {
            Some(cwd) => {
                let p = cwd.join(&r.path);
                path_key(&std::fs::canonicalize(&p).unwrap_or(p))
            }
            None => r.path.clone(),
        }
    };
    // The stored documents by stored path, merged with the walk's files (sorted by path as
    // well): no map over the whole archive, one pass over both lists.
    let mut stored: Vec<(String, DocSummary)> =
        existing.into_iter().map(|r| (stored_key(&r), r)).collect();
    stored.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let cwd_key = cwd.as_deref().map(path_key);

    let mut summary = IngestSummary {
        skipped,
        ..IngestSummary::default()
    };

    // Each file with its stored document (an index into `stored`); removed: stored
    // documents under a given root whose file is gone.
    let mut removed_ids = HashSet::new();
    let mut matched: Vec<(Found, Option<usize>)> = Vec::with_capacity(found.len());
    let mut gone = Vec::new();
    {
        let mut remove = |i: usize| {
            if let Some((key, rec)) = stored.get(i) {
                if roots.iter().any(|r| is_under(key, r)) {
                    gone.push((rec.id.clone(), rec.path.clone()));
                    removed_ids.insert(rec.id.clone());
                    summary.removed.push(rec.id.clone());
                }
            }
        };
        let mut next = 0usize;
        for f in found {
            while stored
                .get(next)
                .is_some_and(|(k, _)| k.as_str() < f.path.as_str())
            {
                remove(next);
                next += 1;
            }
            let same = stored.get(next).is_some_and(|(k, _)| *k == f.path);
            let old = same.then_some(next);
            // (Two stored documents never share a path; should they, the first is the one.)
            while stored.get(next).is_some_and(|(k, _)| *k == f.path) {
                next += 1;
            }
            matched.push((f, old));
        }
        while next < stored.len() {
            remove(next);
            next += 1;
        }
    }

    // Ids: a stored document keeps its id; a new one gets its stem, with a suffix on a clash
    // (compared in NFC, so that ids that look the same are never two documents' ids). The
    // set of taken ids is made only when a file is new.
    let any_new = matched.iter().any(|(_, old)| old.is_none());
    let mut taken: HashSet<String> = if any_new {
        stored
            .iter()
            .filter(|(_, r)| !removed_ids.contains(&r.id))
            .map(|(_, r)| r.id.nfc().collect())
            .collect()
    } else {
        HashSet::new()
    };
    let found_count = matched.len();

    let progress = Progress::new(options.progress, found_count);
    let bar = &progress.bar;

    // Pages that were not OCR'd (OCR off or missing then) are read when OCR is there now.
    let ocr_now = options.extract.ocr && crate::ocr::available();
    let current = |r: &DocSummary, key: &str| {
        r.pipeline == PIPELINE_VERSION
            && r.path == key
            && !options.force
            && !(ocr_now && pending_ocr.contains(&r.id))
    };
    // Stamp in parallel; hash only files whose size or mtime differ from the stored ones
    // (or whose stored mtime was too recent to trust), and decide what to do with each.
    enum Seen {
        /// Not looked at because the run was stopped.
        NotDone,
        /// Size and mtime as stored.
        Same,
        /// The hash, the stamp and whether the file is stored in parts ([`is_large_text`]).
        Hashed(Result<blake3::Hash, String>, FileStamp, bool),
    }
    let old_of = |i: Option<usize>| i.and_then(|i| stored.get(i)).map(|(_, r)| r);
    let hashed: Vec<(Found, Option<usize>, Seen)> = matched
        .into_par_iter()
        .map(|(f, i)| {
            if stopped() {
                return (f, i, Seen::NotDone);
            }
            let stamp = std::fs::metadata(f.fs_path())
                .map(|m| FileStamp::of(&m))
                .unwrap_or_default();
            if let Some(old) = old_of(i) {
                if stamp.mtime != 0
                    && old.mtime == stamp.mtime
                    && old.size == stamp.size
                    && current(old, &f.path)
                {
                    return (f, i, Seen::Same);
                }
            }
            // Streamed: hashing never holds a whole file in memory.
            let h = file_hash(f.fs_path()).map_err(|e| format!("cannot read file: {e}"));
            let large = matches!(h, Ok((_, n)) if is_large_text(f.fs_path(), stamp.size, n));
            (f, i, Seen::Hashed(h.map(|(h, _)| h), stamp, large))
        })
        .collect();

    let mut work = Vec::new();
    for (f, i, seen) in hashed {
        let old = old_of(i);
        let id = match old {
            Some(r) => r.id.clone(),
            None => {
                let base = stem(&f.path);
                let mut id = base.clone();
                let mut n = 2;
                while taken.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                taken.insert(id.clone());
                id
            }
        };
        let unchanged = match (&seen, old) {
            (Seen::Same, Some(_)) => true,
            (Seen::Hashed(Ok(h), ..), Some(r)) => {
                r.hash == h.to_hex().as_str() && current(r, &f.path)
            }
            _ => false,
        };
        if unchanged {
            summary.unchanged += 1;
            if let Some(reason) = failed_before.get(&id) {
                summary.failed.push(Failure {
                    id: id.clone(),
                    path: old.map(|r| r.path.clone()).unwrap_or_default(),
                    reason: format!("{reason} (unchanged since the last run)"),
                });
            }
            bar.inc(1);
            continue;
        }
        match seen {
            Seen::NotDone => summary.not_done.push(f.path),
            Seen::Same => {}
            // Whether the id is in the index (a new document is added without a removal).
            Seen::Hashed(Ok(h), stamp, large) => work.push((f, id, h, stamp, old.is_some(), large)),
            Seen::Hashed(Err(reason), ..) => {
                summary.failed.push(Failure {
                    id,
                    path: f.path.clone(),
                    reason,
                });
                bar.inc(1);
            }
        }
    }
    drop((stored, taken));

    summary.phases.scan = start.elapsed().as_secs_f64();
    // A run that stores a file in parts gets the small writer: chosen by what the files will
    // become (a small text of many form feeds too), not by their size.
    let mut writer = if work.iter().any(|w| w.5) {
        drop(writer);
        store.writer_for(true)?
    } else {
        writer
    };
    for (id, path) in gone {
        writer.remove(&id)?;
        writer.removed_source(&path);
    }
    let writer = Mutex::new(writer);
    /// What a worker reports of a file stored in the index.
    struct Done {
        failure: Option<String>,
        pages: usize,
        unmapped: usize,
    }
    enum Outcome {
        Stored(Done),
        NotDone,
        Failed(IndexError),
    }
    /// The outcomes of the phase: the files not done (the run was stopped) and those that
    /// failed (with why), by their place in the work list, the first error of the index, and
    /// the pages and unmapped glyphs stored. Nothing is kept of a file stored whole (its id
    /// and path are the work list's), so that nothing grows a file at a time through the
    /// phase (docs/performance.md, seventeenth session).
    #[derive(Default)]
    struct Outcomes {
        not_done: Vec<usize>,
        failed: Vec<(usize, String)>,
        error: Option<IndexError>,
        pages: usize,
        unmapped: usize,
    }
    let outcomes = Mutex::new(Outcomes::default());
    // The titles of the new and changed documents (to find the ones that are new).
    let fresh_titles: Mutex<BTreeMap<String, (String, String)>> = Mutex::new(BTreeMap::new());
    // Largest files first, one file per task, taken in that order by whichever worker is
    // free (`par_bridge` hands out the items of one iterator): files differ in size by
    // orders of magnitude, and a large file taken last would keep one core busy while the
    // others idle (the longest-first rule of scheduling); rayon's splitting of a list
    // would also leave a run of large files to one thread.
    work.sort_by(|a, b| {
        b.3.size
            .cmp(&a.3.size)
            .then_with(|| a.0.path.cmp(&b.0.path))
    });
    // It lives through the phase: without the slack of its growth (a quarter at 10⁶ files).
    work.shrink_to_fit();
    work.iter()
        .enumerate()
        .par_bridge()
        .map(|(i, (f, id, hash, stamp, stored, large))| {
            let (hash, stamp, stored) = (hash.to_hex().to_string(), *stamp, *stored);
            if stopped() {
                return (i, Outcome::NotDone);
            }
            bar.set_message(
                crate::export::for_terminal(&shown_path(&f.path, cwd_key.as_deref()), false)
                    .into_owned(),
            );
            // OCR reports each page as it is read, so the display moves during long scans.
            let ocr_pages = Arc::new(AtomicU64::new(0));
            let mut extract_options = options.extract.clone();
            {
                let (ocr_pages, total) = (Arc::clone(&ocr_pages), Arc::clone(&progress.pages));
                extract_options.on_ocr_page = Some(PageCallback::new(move |_page| {
                    ocr_pages.fetch_add(1, Ordering::Relaxed);
                    total.fetch_add(1, Ordering::Relaxed);
                }));
            }
            // A large text file is read and stored in parts as it is read.
            let (record, head) = if *large {
                match store_in_parts(store, &writer, f, id, hash, stored, &stopped) {
                    Ok(Some((record, head))) => (record, Some(head)),
                    Ok(None) => return (i, Outcome::NotDone),
                    Err(e) => return (i, Outcome::Failed(e)),
                }
            } else {
                let record = process_file(f.fs_path(), id, &f.path, hash, &extract_options);
                (record, None)
            };
            let pages = head.map_or(record.pages.len(), |n| n as usize);
            let read = (pages as u64).saturating_sub(ocr_pages.load(Ordering::Relaxed));
            progress.pages.fetch_add(read, Ordering::Relaxed);
            bar.inc(1);
            // A file finished after the stop with a failure may have failed because of the
            // signal (Tesseract is interrupted too): it is not stored, the next run reads it.
            if stopped()
                && (record.error.is_some() || record.pages.iter().any(|p| p.error.is_some()))
            {
                return (i, Outcome::NotDone);
            }
            if let Ok(mut t) = fresh_titles.lock() {
                for a in &record.structure.actions {
                    if let Some(k) = links::title_key(&a.number, &a.title) {
                        t.entry(k)
                            .or_insert_with(|| (a.number.clone(), a.title.clone()));
                    }
                }
            }
            // The documents are made in parallel; the writer is held only to add them.
            let part = head.map_or(Part::Whole, Part::Head);
            let outcome = match add(store, &writer, &record, (stamp, part, stored)) {
                Ok(()) => Outcome::Stored(Done {
                    failure: record.error,
                    pages,
                    unmapped: record
                        .pages
                        .iter()
                        .map(|p| p.unmapped_glyphs as usize)
                        .sum(),
                }),
                Err(e) => Outcome::Failed(e),
            };
            (i, outcome)
        })
        .for_each(|(i, outcome)| {
            let mut o = outcomes.lock().unwrap_or_else(|e| e.into_inner());
            match outcome {
                Outcome::Stored(done) => {
                    o.unmapped += done.unmapped;
                    match done.failure {
                        Some(reason) => o.failed.push((i, reason)),
                        None => o.pages += done.pages,
                    }
                }
                Outcome::NotDone => o.not_done.push(i),
                Outcome::Failed(e) => drop(o.error.get_or_insert(e)),
            }
        });
    bar.finish_and_clear();
    let writer = writer.into_inner().map_err(|_| poisoned(store))?;

    let mut o = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = o.error {
        return Err(e.into());
    }
    summary.pages += o.pages;
    summary.unmapped_glyphs += o.unmapped;
    o.not_done.sort_unstable();
    o.failed.sort_unstable();
    let mut not_done = o.not_done.into_iter().peekable();
    let mut failed = o.failed.into_iter().peekable();
    let mut fresh: Vec<String> = Vec::new();
    for (i, (f, id, ..)) in work.iter_mut().enumerate() {
        if not_done.next_if_eq(&i).is_some() {
            summary.not_done.push(take(&mut f.path));
            continue;
        }
        match failed.next_if(|(j, _)| *j == i) {
            Some((_, reason)) => {
                summary.failed.push(Failure {
                    id: id.clone(),
                    path: take(&mut f.path),
                    reason,
                });
            }
            None => summary.ingested.push(id.clone()),
        }
        fresh.push(take(id));
    }
    drop(work);
    summary.interrupted = stopped();
    summary.not_done.sort();
    summary.phases.extract = start.elapsed().as_secs_f64() - summary.phases.scan;
    summary.ingested.sort();
    summary.removed.sort();
    summary.failed.sort_by(|a, b| a.path.cmp(&b.path));
    fresh.sort();

    let marker = store.dir().join(RELINK_MARKER);
    let relink_all = marker.exists();
    if !fresh.is_empty() || !summary.removed.is_empty() || relink_all {
        // Titles that were not in the index before this run.
        let searcher_before = store.searcher()?;
        let fresh_titles = fresh_titles.into_inner().unwrap_or_default();
        let mut new_titles = Vec::new();
        for (key, title) in fresh_titles {
            if !store.has_title_key(&searcher_before, &key)? {
                new_titles.push(title);
            }
        }
        drop(searcher_before);
        let committing = Instant::now();
        // Documents first, then their title mentions (which are found in the stored
        // records); a run killed in between leaves the marker, and the next one finds every
        // title mention again.
        if !fresh.is_empty() || relink_all {
            crate::index::directory::atomic_write(&marker, b"")
                .map_err(|e| IndexError::Io(std::io::Error::new(e.kind(), e.to_string())))?;
            // The same writer goes on: the merges this commit starts run beside the link
            // step instead of before it.
            let mut writer = writer.commit_and_go_on()?;
            summary.phases.commit = committing.elapsed().as_secs_f64();
            let linking = Instant::now();
            let all = links::TitleIndex::new(
                store
                    .all_titles()?
                    .iter()
                    .map(|(n, t)| (n.as_str(), t.as_str())),
            );
            if relink_all {
                writer.remove_title_links();
                link_in_batches(&mut writer, &all, store.skeletons(&[])?)?;
            } else {
                link_in_batches(&mut writer, &all, store.skeletons_of(&fresh)?)?;
                // Older documents: stored ones this run did not write (none in a first run).
                if !new_titles.is_empty() && store.doc_count()? > fresh.len() {
                    // Older documents may mention the new titles: look for those only, in
                    // the documents with a page that has enough of a new title's words (a
                    // query on the pages' anchor keys; the others cannot mention it).
                    let new = links::TitleIndex::new(
                        new_titles.iter().map(|(n, t)| (n.as_str(), t.as_str())),
                    );
                    let fresh_set: HashSet<&str> = fresh.iter().map(String::as_str).collect();
                    let searcher = store.searcher()?;
                    let wanted: Vec<(Vec<String>, usize)> = new_titles
                        .iter()
                        .filter_map(|(_, title)| links::title_anchors(title))
                        .collect();
                    let older: Vec<String> = store
                        .docs_with_anchors(&searcher, &wanted)?
                        .into_iter()
                        .filter(|id| !fresh_set.contains(id.as_str()))
                        .collect();
                    drop(searcher);
                    summary.relinked = older.len();
                    link_in_batches(&mut writer, &new, store.skeletons_of(&older)?)?;
                }
            }
            summary.phases.link = linking.elapsed().as_secs_f64();
            let committing = Instant::now();
            writer.commit()?;
            let _ = std::fs::remove_file(&marker);
            summary.phases.commit += committing.elapsed().as_secs_f64();
        } else {
            writer.commit()?;
            summary.phases.commit = committing.elapsed().as_secs_f64();
        }
    } else {
        drop(writer);
    }

    // Documents under the roots with pages that have no text layer.
    for rec in store.skeletons_having(crate::index::schema::HAS_SCANNED)? {
        let rec = rec?;
        if !roots.iter().any(|root| is_under(&rec.path, root)) {
            continue;
        }
        let pages: Vec<u32> = rec
            .pages
            .iter()
            .filter(|p| p.source != TextSource::Text)
            .map(|p| p.number)
            .collect();
        if !pages.is_empty() {
            let ocr = rec.pages.iter().any(|p| p.source == TextSource::Ocr)
                && !rec.pages.iter().any(|p| p.source == TextSource::None);
            summary.scanned.push(ScannedPages {
                id: rec.id.clone(),
                path: rec.path.clone(),
                pages,
                ocr,
            });
        }
    }
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

/// Find the title mentions of `titles` in the given records (skeletons), in batches (of
/// [`LINK_BATCH_PAGES`] pages at most; a larger document comes in parts of at most that
/// many pages: [`crate::index::RecordStream::in_parts`]), and add them. The next batch is
/// read from the index while the workers match the current one (two batches in memory at
/// most).
fn link_in_batches(
    writer: &mut crate::index::writer::StoreWriter,
    titles: &links::TitleIndex,
    records: crate::index::RecordStream,
) -> Result<(), IndexError> {
    if titles.is_empty() {
        return Ok(());
    }
    let mut records = records.in_parts(LINK_BATCH_PAGES)?;
    let mut next_batch = || -> Result<Vec<DocRecord>, IndexError> {
        let mut batch: Vec<DocRecord> = Vec::new();
        let (mut pages, mut bytes) = (0usize, 0usize);
        for record in records.by_ref() {
            let record = record?;
            pages += record.pages.len();
            bytes += record.pages.iter().map(|p| p.text.len()).sum::<usize>();
            batch.push(record);
            if pages >= LINK_BATCH_PAGES || bytes >= LINK_BATCH_BYTES {
                break;
            }
        }
        Ok(batch)
    };
    let mut batch = next_batch()?;
    while !batch.is_empty() {
        let mut found = Vec::new();
        let mut following = Ok(Vec::new());
        rayon::in_place_scope(|s| {
            s.spawn(|_| found = titles.links(&batch));
            following = next_batch();
        });
        writer.add_links(&found, true)?;
        batch = following?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_root() {
        assert!(is_under("corpus/a.pdf", "corpus"));
        assert!(is_under("corpus/a.pdf", "corpus/"));
        assert!(is_under("corpus/sub/a.pdf", "corpus"));
        assert!(!is_under("corpus2/a.pdf", "corpus"));
        assert!(is_under("corpus/a.pdf", "corpus/a.pdf"));
    }

    #[test]
    fn stems() {
        assert_eq!(stem("corpus/inriktning-2014.pdf"), "inriktning-2014");
        assert_eq!(stem("x/.pdf"), ".pdf");
        assert_eq!(stem("/a/Malmo\u{308}.pdf"), "Malmö");
    }

    #[test]
    fn shown_paths_are_relative_to_the_base_when_under_it() {
        assert_eq!(shown_path("/w/corpus/a.pdf", Some("/w")), "corpus/a.pdf");
        assert_eq!(shown_path("/w2/a.pdf", Some("/w")), "/w2/a.pdf");
        assert_eq!(shown_path("/a.pdf", Some("/")), "/a.pdf");
        assert_eq!(shown_path("/w/a.pdf", None), "/w/a.pdf");
    }

    /// Files reached through links (relative and absolute, chains, linked folders, "..")
    /// resolve to what `canonicalize` gives.
    #[test]
    fn resolved_links_are_canonical() {
        use std::os::unix::fs::symlink;
        let t = tempfile::tempdir().unwrap();
        let d = t.path();
        std::fs::create_dir_all(d.join("real/sub")).unwrap();
        std::fs::create_dir_all(d.join("links/deep")).unwrap();
        std::fs::write(d.join("real/sub/a.txt"), "a").unwrap();
        std::fs::write(d.join("real/b.txt"), "b").unwrap();
        symlink(d.join("real/sub/a.txt"), d.join("links/abs.txt")).unwrap();
        symlink("../../real/b.txt", d.join("links/deep/rel.txt")).unwrap();
        symlink("../links/abs.txt", d.join("real/chain.txt")).unwrap();
        symlink("../real/sub/../b.txt", d.join("links/dots.txt")).unwrap();
        symlink(d.join("real/sub"), d.join("links/folder")).unwrap();
        let mut r = Resolver::default();
        for (p, is_link) in [
            ("links/abs.txt", true),
            ("links/deep/rel.txt", true),
            ("real/chain.txt", true),
            ("links/dots.txt", true),
            ("links/folder/a.txt", false),
            ("real/b.txt", false),
        ] {
            let p = d.join(p);
            let want = std::fs::canonicalize(&p).unwrap();
            assert_eq!(r.resolve(&p, is_link).unwrap(), want, "{}", p.display());
        }
        symlink(d.join("nowhere.txt"), d.join("links/dangling.txt")).unwrap();
        assert!(r.resolve(&d.join("links/dangling.txt"), true).is_err());
    }

    #[test]
    fn path_keys_keep_every_byte_apart() {
        use std::os::unix::ffi::OsStrExt;
        let a = path_key(Path::new(std::ffi::OsStr::from_bytes(b"/d/caf\xe9.txt")));
        let b = path_key(Path::new(std::ffi::OsStr::from_bytes(b"/d/caf\xe8.txt")));
        assert_eq!(a, "/d/caf\\xE9.txt");
        assert_ne!(a, b);
        assert_eq!(
            path_key(Path::new("/d/back\\slash.txt")),
            "/d/back\\slash.txt"
        );
    }
}
