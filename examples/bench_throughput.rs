//! Extraction throughput benchmark: runs `kommission::extract::extract_file` over files and
//! folders and prints pages/s and MB/s as one JSON object (used by `bench/run`).
//!
//! Usage: `bench_throughput [--threads N] [--repeat R] [--ext pdf,html] [--dump DIR] PATH...`
//!
//! * `--threads 1` (default) extracts the files one after the other on the calling thread
//!   (run it under `taskset -c 0` for a one-core figure); `--threads 0` uses a rayon pool with
//!   one thread per core, one file per task; `--threads N` a pool of N threads.
//! * `--repeat R` runs the whole set R times and reports the fastest run (the first run also
//!   warms the page cache).
//! * `--dump DIR` writes every page's text to `DIR/<file stem>.p<NNNN>.txt` (after timing),
//!   the input of the ripgrep and SQLite comparisons.
//! * `--ext` restricts folders to these extensions (default: every type kommission reads).
//!
//! OCR is off: the benchmark measures the text layer.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use kommission::extract::{self, ExtractOptions};
use rayon::prelude::*;

struct Args {
    threads: usize,
    repeat: usize,
    exts: Vec<String>,
    dump: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        threads: 1,
        repeat: 1,
        exts: extract::EXTENSIONS.iter().map(|s| s.to_string()).collect(),
        dump: None,
        paths: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--threads" => args.threads = it.next().context("--threads N")?.parse()?,
            "--repeat" => args.repeat = it.next().context("--repeat R")?.parse::<usize>()?.max(1),
            "--ext" => {
                args.exts = it
                    .next()
                    .context("--ext pdf,html")?
                    .split(',')
                    .map(|s| s.trim().to_ascii_lowercase())
                    .collect()
            }
            "--dump" => args.dump = Some(PathBuf::from(it.next().context("--dump DIR")?)),
            s if s.starts_with("--") => bail!("unknown option {s}"),
            _ => args.paths.push(PathBuf::from(a)),
        }
    }
    if args.paths.is_empty() {
        bail!("usage: bench_throughput [--threads N] [--repeat R] [--ext pdf,html] [--dump DIR] PATH...");
    }
    Ok(args)
}

fn collect(paths: &[PathBuf], exts: &[String]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        for e in walkdir::WalkDir::new(p)
            .follow_links(true)
            .into_iter()
            .flatten()
        {
            if e.file_type().is_file() && exts.contains(&extract::extension(e.path())) {
                files.push(e.path().to_path_buf());
            }
        }
    }
    files.sort();
    files
}

/// The allocator of the kommission binary (src/main.rs), so the loop measures what `extract`
/// and `ingest` run (with glibc's malloc, allocation was 12 % of the library's instructions).
#[global_allocator]
static ALLOCATOR: kommission::resources::Reporting = kommission::resources::Reporting;

/// Per file: pages, text bytes, error.
#[derive(Clone, Default)]
struct One {
    pages: usize,
    text_bytes: usize,
    failed: bool,
}

fn run_one(path: &Path, options: &ExtractOptions) -> One {
    // A panic is a failure of that file, as in ingest.
    match std::panic::catch_unwind(AssertUnwindSafe(|| extract::extract_file(path, options))) {
        Ok(Ok(doc)) => One {
            pages: doc.pages.len(),
            text_bytes: doc.pages.iter().map(|p| p.text.len()).sum(),
            failed: false,
        },
        _ => One {
            failed: true,
            ..One::default()
        },
    }
}

fn main() -> Result<()> {
    kommission::resources::adapt_to_limits();
    let args = parse_args()?;
    let files = collect(&args.paths, &args.exts);
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let options = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    // Quiet panics of single files: they are counted as failures.
    std::panic::set_hook(Box::new(|_| {}));

    let pool = if args.threads == 1 {
        None
    } else {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(args.threads)
                .build()?,
        )
    };
    let threads = pool.as_ref().map_or(1, |p| p.current_num_threads());

    let mut best = f64::INFINITY;
    let mut results = Vec::new();
    for _ in 0..args.repeat {
        let start = Instant::now();
        results = match &pool {
            None => files.iter().map(|f| run_one(f, &options)).collect(),
            Some(pool) => pool.install(|| {
                files
                    .par_iter()
                    .with_max_len(1)
                    .map(|f| run_one(f, &options))
                    .collect()
            }),
        };
        best = best.min(start.elapsed().as_secs_f64());
    }
    let pages: usize = results.iter().map(|r| r.pages).sum();
    let text_bytes: usize = results.iter().map(|r| r.text_bytes).sum();
    let failed = results.iter().filter(|r| r.failed).count();

    if let Some(dir) = &args.dump {
        std::fs::create_dir_all(dir)?;
        let mut written = 0usize;
        for f in &files {
            let Ok(doc) = extract::extract_file(f, &options) else {
                continue;
            };
            let stem = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            for p in &doc.pages {
                let target = dir.join(format!("{stem}.p{:04}.txt", p.number));
                std::fs::write(&target, &p.text)
                    .with_context(|| format!("writing {}", target.display()))?;
                written += 1;
            }
        }
        eprintln!(
            "bench_throughput: wrote {written} page texts to {}",
            dir.display()
        );
    }

    let json = serde_json::json!({
        "files": files.len(),
        "failed": failed,
        "pages": pages,
        "bytes": bytes,
        "text_bytes": text_bytes,
        "threads": threads,
        "repeat": args.repeat,
        "seconds": best,
        "pages_per_s": if best > 0.0 { pages as f64 / best } else { 0.0 },
        "mb_per_s": if best > 0.0 { bytes as f64 / 1e6 / best } else { 0.0 },
    });
    println!("{json}");
    Ok(())
}
