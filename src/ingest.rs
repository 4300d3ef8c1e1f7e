//! Driving the pipeline over folders: walk, hash, extract in parallel, find structure, link,
//! and write everything to the index in one commit.
//!
//! Incremental: a file whose path, content hash and pipeline version match the stored record
//! is skipped without being read again; a changed file is extracted again and replaces its
//! record; a stored document whose file is gone from the given folders is removed. One bad
//! file never loses the batch: its failure (error or panic) is recorded for that file and the
//! others are ingested.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::extract::{self, ExtractOptions};
use crate::index::{IndexError, Store};
use crate::model::{DocRecord, TextSource};
use crate::{links, structure};

/// Version of the extraction and structure pipeline. Bump it when their output changes, so
/// that the next ingest extracts every document again.
pub const PIPELINE_VERSION: u32 = 1;

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

/// What an ingest run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IngestSummary {
    /// Ids of documents extracted in this run (new or changed).
    pub ingested: Vec<String>,
    /// Number of files skipped because they had not changed.
    pub unchanged: usize,
    /// Ids of documents removed because their file is gone.
    pub removed: Vec<String>,
    /// Files that failed, in this run or (unchanged) in an earlier one.
    pub failed: Vec<Failure>,
    /// Documents with pages that have no text layer.
    pub scanned: Vec<ScannedPages>,
    /// Pages extracted in this run.
    pub pages: usize,
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
    /// Building the links of the whole corpus.
    pub link: f64,
    /// Writing the links and committing the index (merging its segments).
    pub commit: f64,
}

/// A file found by the walk.
#[derive(Debug, Clone)]
struct Found {
    /// The path to read.
    fs_path: PathBuf,
    /// The path as stored (relative to the current directory when under it).
    path: String,
}

/// Normalise a path for storage: canonical, relative to the current directory when under it,
/// with '/' separators.
fn stored_path(p: &Path, cwd: &Option<PathBuf>) -> String {
    let canon = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let shown = match cwd {
        Some(cwd) => canon
            .strip_prefix(cwd)
            .map(Path::to_path_buf)
            .unwrap_or(canon.clone()),
        None => canon,
    };
    shown.to_string_lossy().replace('\\', "/")
}

/// Walk the roots and return every supported file, sorted by stored path, and the stored
/// forms of the roots (for finding removed files).
fn walk(roots: &[PathBuf]) -> Result<(Vec<Found>, Vec<String>), IngestError> {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let mut found = BTreeMap::new();
    let mut root_paths = Vec::new();
    for root in roots {
        if !root.exists() {
            return Err(IngestError::MissingPath(root.clone()));
        }
        root_paths.push(stored_path(root, &cwd));
        for entry in walkdir::WalkDir::new(root).follow_links(true) {
            let entry = entry.map_err(|e| IngestError::Walk {
                path: e.path().map(Path::to_path_buf).unwrap_or(root.clone()),
                message: e.to_string(),
            })?;
            if !entry.file_type().is_file() || !extract::is_supported(entry.path()) {
                continue;
            }
            let hidden = entry.path().strip_prefix(root).ok().is_some_and(|rel| {
                rel.components()
                    .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
            });
            if hidden {
                continue;
            }
            let path = stored_path(entry.path(), &cwd);
            found.entry(path.clone()).or_insert(Found {
                fs_path: entry.path().to_path_buf(),
                path,
            });
        }
    }
    Ok((found.into_values().collect(), root_paths))
}

fn is_under(path: &str, root: &str) -> bool {
    let root = root.trim_end_matches('/');
    root.is_empty() || path == root || path.starts_with(&format!("{root}/"))
}

fn stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "doc".to_string())
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
            for page in &mut record.pages {
                // Layout lines are for the structure stage; the store keeps the text and
                // the headings (which the index weighs more).
                page.headings = crate::index::writer::heading_lines(page);
                page.lines = Vec::new();
            }
        }
        Ok(Err(e)) => record.error = Some(e.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".to_string());
            record.error = Some(format!("internal error while reading this file: {what}"));
        }
    }
    record
}

/// Ingest the roots into the store.
pub fn run(store: &Store, options: &IngestOptions) -> Result<IngestSummary, IngestError> {
    let start = Instant::now();
    let (found, roots) = walk(&options.roots)?;
    let mut writer = store.writer()?;
    let existing = store.records()?;
    let by_path: HashMap<&str, &DocRecord> =
        existing.iter().map(|r| (r.path.as_str(), r)).collect();
    let found_paths: HashSet<&str> = found.iter().map(|f| f.path.as_str()).collect();

    let mut summary = IngestSummary::default();

    // Removed: stored documents under a given root whose file is gone.
    let mut removed_ids = HashSet::new();
    for rec in &existing {
        if !found_paths.contains(rec.path.as_str()) && roots.iter().any(|r| is_under(&rec.path, r))
        {
            writer.remove(&rec.id)?;
            removed_ids.insert(rec.id.clone());
            summary.removed.push(rec.id.clone());
        }
    }

    // Ids: a stored document keeps its id; a new one gets its stem, with a suffix on a clash.
    let mut taken: HashSet<String> = existing
        .iter()
        .filter(|r| !removed_ids.contains(&r.id))
        .map(|r| r.id.clone())
        .collect();

    let bar = if options.progress {
        ProgressBar::with_draw_target(Some(found.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} ingest [{bar:30}] {pos}/{len} files  {elapsed_precise}  {wide_msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );

    // Hash in parallel, decide what to do with each file.
    let hashed: Vec<(Found, Result<String, String>)> = found
        .into_par_iter()
        .map(|f| {
            // Streamed: hashing never holds a whole file in memory.
            let h = std::fs::File::open(&f.fs_path)
                .and_then(|file| {
                    blake3::Hasher::new()
                        .update_reader(file)
                        .map(|h| h.finalize())
                })
                .map(|h| h.to_hex().to_string())
                .map_err(|e| format!("cannot read file: {e}"));
            (f, h)
        })
        .collect();

    let mut work = Vec::new();
    for (f, hash) in hashed {
        let old = by_path.get(f.path.as_str()).copied();
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
        match (hash, old) {
            (Ok(h), Some(r)) if r.hash == h && r.pipeline == PIPELINE_VERSION => {
                summary.unchanged += 1;
                if let Some(reason) = &r.error {
                    summary.failed.push(Failure {
                        id: r.id.clone(),
                        path: r.path.clone(),
                        reason: format!("{reason} (unchanged since the last run)"),
                    });
                }
                bar.inc(1);
            }
            (Ok(h), _) => work.push((f, id, h)),
            (Err(reason), _) => {
                summary.failed.push(Failure {
                    id,
                    path: f.path.clone(),
                    reason,
                });
                bar.inc(1);
            }
        }
    }

    summary.phases.scan = start.elapsed().as_secs_f64();
    let writer = Mutex::new(writer);
    // One file per task: files differ in size by orders of magnitude, and rayon's default
    // splitting would leave a long run of large files to one thread while the others idle.
    let results: Vec<Result<DocRecord, IndexError>> = work
        .into_par_iter()
        .with_max_len(1)
        .map(|(f, id, hash)| {
            bar.set_message(f.path.clone());
            let record = process_file(&f.fs_path, &id, &f.path, hash, &options.extract);
            // The documents are made in parallel; the writer is held only to add them.
            let stored = store.prepare(&record).and_then(|prepared| {
                writer
                    .lock()
                    .map_err(|_| IndexError::Tantivy {
                        path: store.dir().to_path_buf(),
                        message: "index writer poisoned by an earlier failure".into(),
                    })
                    .and_then(|mut w| w.upsert_prepared(prepared))
            });
            bar.inc(1);
            stored.map(|()| record)
        })
        .collect();
    bar.finish_and_clear();
    let mut writer = writer.into_inner().map_err(|_| IndexError::Tantivy {
        path: store.dir().to_path_buf(),
        message: "index writer poisoned by an earlier failure".into(),
    })?;

    let mut fresh: HashMap<String, DocRecord> = HashMap::new();
    for r in results {
        let record = r?;
        summary.pages += record.pages.len();
        if let Some(reason) = &record.error {
            summary.failed.push(Failure {
                id: record.id.clone(),
                path: record.path.clone(),
                reason: reason.clone(),
            });
        }
        summary.ingested.push(record.id.clone());
        fresh.insert(record.id.clone(), record);
    }
    summary.phases.extract = start.elapsed().as_secs_f64() - summary.phases.scan;
    summary.ingested.sort();
    summary.removed.sort();
    summary.failed.sort_by(|a, b| a.path.cmp(&b.path));

    // The whole corpus after this run, for links and the scanned-page report.
    let mut all: Vec<DocRecord> = existing
        .into_iter()
        .filter(|r| !removed_ids.contains(&r.id) && !fresh.contains_key(&r.id))
        .collect();
    all.extend(fresh.into_values());
    all.sort_by(|a, b| a.id.cmp(&b.id));
    for rec in all
        .iter()
        .filter(|r| roots.iter().any(|root| is_under(&r.path, root)))
    {
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
    if !summary.ingested.is_empty() || !summary.removed.is_empty() {
        let linking = Instant::now();
        let all_links = links::build(&all);
        summary.phases.link = linking.elapsed().as_secs_f64();
        let committing = Instant::now();
        writer.set_links(&all_links)?;
        writer.commit()?;
        summary.phases.commit = committing.elapsed().as_secs_f64();
    }
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
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
    }
}
