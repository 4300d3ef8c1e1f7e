//! `kommission check [--repair]`: verify the index file by file (checksums of every segment
//! file, kommission's metadata, tantivy's meta files), then the stored records against their
//! source files; with `--repair`, rebuild what cannot be trusted from the source files and
//! say what was done.
//!
//! Exit status: 0 the index is sound and current (or was repaired), 1 the index is damaged
//! (or could not be repaired), 3 the index is sound but some source files changed or are gone.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use kommission::extract::ExtractOptions;
use kommission::index::check::{self, Damage};
use kommission::index::Store;
use kommission::ingest::{self, IngestOptions};

use super::{Cli, EXIT_PARTIAL};

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Rebuild what cannot be trusted: a damaged index is rebuilt from the source files (the
    /// damaged one is kept as <index>.damaged); changed source files are ingested again.
    #[arg(long)]
    pub repair: bool,
    /// Source files or folders to rebuild from, besides those the index lists (needed when
    /// the index is too damaged to tell).
    pub paths: Vec<PathBuf>,
    /// Do not run OCR while repairing.
    #[arg(long)]
    pub no_ocr: bool,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// What `check` found and did.
#[derive(Debug, Default, Serialize)]
struct Report {
    index: String,
    segments: usize,
    files_verified: usize,
    documents: usize,
    damaged: Vec<Damage>,
    /// Source files whose content changed since they were ingested.
    changed: Vec<String>,
    /// Source files that are gone.
    missing: Vec<String>,
    /// What --repair did, one sentence each.
    repaired: Vec<String>,
}

pub fn run(cli: &Cli, a: &CheckArgs) -> Result<ExitCode> {
    let dir = &cli.index;
    if !Store::exists(dir) {
        bail!(
            "no index at {}: nothing to check (run `kommission ingest` first)",
            dir.display()
        );
    }
    let mut report = Report {
        index: dir.display().to_string(),
        ..Report::default()
    };
    let verified = check::verify(dir);
    report.segments = verified.segments;
    report.files_verified = verified.files;
    report.damaged = verified.damaged;
    // Only a sound index is opened normally; its records are compared with the files.
    let sound = report.damaged.is_empty();
    let mut stale: Vec<String> = Vec::new();
    if sound {
        let store = Store::open(dir)?;
        for s in store.summaries()? {
            report.documents += 1;
            match ingest::file_hash(Path::new(&s.path)) {
                Ok((h, _)) if h.to_hex().as_str() == s.hash => {}
                Ok(_) => {
                    report.changed.push(s.path.clone());
                    stale.push(s.path);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => report.missing.push(s.path),
                Err(e) => report.missing.push(format!("{} ({e})", s.path)),
            }
        }
    }
    if a.repair {
        if !sound {
            rebuild(cli, a, &mut report)?;
        } else if !stale.is_empty() {
            let store = Store::open(dir)?;
            let s = ingest::run(&store, &ingest_options(a, &stale, dir))?;
            report.repaired.push(format!(
                "ingested {} changed files again ({} pages)",
                s.ingested.len(),
                s.pages
            ));
            report.changed.clear();
        }
    }
    print(&report, a.json)?;
    Ok(
        if report.damaged.is_empty() || !report.repaired.is_empty() {
            if report.changed.is_empty() && report.missing.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_PARTIAL)
            }
        } else {
            ExitCode::from(1)
        },
    )
}

fn ingest_options(a: &CheckArgs, roots: &[String], index: &Path) -> IngestOptions {
    IngestOptions {
        roots: roots.iter().map(PathBuf::from).collect(),
        extract: ExtractOptions {
            ocr: !a.no_ocr,
            ocr_cache: Some(index.join("ocr-cache")),
            ..ExtractOptions::default()
        },
        progress: false,
        ..IngestOptions::default()
    }
}

/// The source files a damaged index lists, as far as it can still be read.
/// The list the last commit wrote (kommission-sources.json) and the paths of the stored
/// documents: from the fast fields (no record read), else from every record that can still
/// be read, one at a time (before: every record at once, with all its pages' text).
/// A damaged file can make tantivy panic while it is read (a slice past its file's end, from
/// scribbled bytes in a fast-field file): such a read salvages nothing, and the repair goes on
/// (the panic is not printed: `cli::main`'s hook leaves tantivy's panics to their caller).
fn salvage_sources(dir: &Path) -> Vec<String> {
    let mut out = Store::recorded_sources(dir);
    let quietly = |read: &dyn Fn(&Store) -> Option<Vec<String>>| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            Store::open_for_salvage(dir).ok().and_then(|s| read(&s))
        }))
        .ok()
        .flatten()
    };
    let paths = quietly(&|s| Some(s.summaries().ok()?.into_iter().map(|s| s.path).collect()))
        .or_else(|| {
            quietly(&|s| Some(s.record_stream().ok()?.flatten().map(|r| r.path).collect()))
        });
    out.extend(paths.unwrap_or_default());
    out.sort();
    out.dedup();
    out
}

/// Rebuild a damaged index from its source files into a new folder, then swap the folders.
fn rebuild(cli: &Cli, a: &CheckArgs, report: &mut Report) -> Result<()> {
    let start = Instant::now();
    let dir = cli.index.as_path();
    let mut sources = salvage_sources(dir);
    let listed = sources.len();
    sources.extend(a.paths.iter().map(|p| p.display().to_string()));
    sources.sort();
    sources.dedup();
    let (present, gone): (Vec<String>, Vec<String>) =
        sources.into_iter().partition(|p| Path::new(p).exists());
    if present.is_empty() {
        bail!(
            "the index at {} is damaged and lists no source file that can be found: give the \
             folders to rebuild it from (kommission check --repair FOLDER...)",
            dir.display()
        );
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "index".into());
    let fresh = dir.with_file_name(format!("{name}.rebuild"));
    let damaged = dir.with_file_name(format!("{name}.damaged"));
    if fresh.exists() {
        std::fs::remove_dir_all(&fresh)
            .with_context(|| format!("cannot remove {}", fresh.display()))?;
    }
    let store = Store::open_or_create(&fresh)?;
    // The OCR results of the damaged index are used (its cache is moved over afterwards).
    let s = ingest::run(&store, &ingest_options(a, &present, dir))?;
    drop(store);
    if damaged.exists() {
        std::fs::remove_dir_all(&damaged)
            .with_context(|| format!("cannot remove {}", damaged.display()))?;
    }
    std::fs::rename(dir, &damaged)
        .with_context(|| format!("cannot move {} aside", dir.display()))?;
    std::fs::rename(&fresh, dir)
        .with_context(|| format!("cannot move {} into place", fresh.display()))?;
    let cache = damaged.join("ocr-cache");
    if cache.is_dir() {
        let _ = std::fs::rename(&cache, dir.join("ocr-cache"));
    }
    report.repaired.push(format!(
        "rebuilt the index from {} source files or folders ({} listed by the damaged index, {} \
         given): {} documents, {} pages, {} failed, in {:.1} s",
        present.len(),
        listed,
        a.paths.len(),
        s.ingested.len(),
        s.pages,
        s.failed.len(),
        start.elapsed().as_secs_f64()
    ));
    report.repaired.push(format!(
        "kept the damaged index as {} (delete it when you no longer need it)",
        damaged.display()
    ));
    for g in gone {
        report
            .repaired
            .push(format!("not found, not in the rebuilt index: {g}"));
    }
    report.documents = s.ingested.len();
    Ok(())
}

fn print(r: &Report, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(r)?);
        return Ok(());
    }
    println!(
        "check: index {}: {} segments, {} files verified, {} documents",
        r.index, r.segments, r.files_verified, r.documents
    );
    for d in &r.damaged {
        println!("  damaged: {d}");
    }
    let lists = [
        ("changed since ingested", &r.changed),
        ("missing", &r.missing),
    ];
    for (label, list) in lists.into_iter().chain([("repaired", &r.repaired)]) {
        list.iter().for_each(|item| println!("  {label}: {item}"));
    }
    if r.repaired.is_empty() {
        if !r.damaged.is_empty() {
            println!(
                "check: the index is damaged: `kommission check --repair` rebuilds it from the \
                 source files"
            );
        } else if !r.changed.is_empty() {
            println!("check: the index is sound; `kommission check --repair` (or ingest) reads the changed files again");
        } else if r.missing.is_empty() {
            println!("check: the index is sound and current");
        }
    }
    Ok(())
}
