//! Export benchmark: pages per second of `export pages`, `export sqlite` and `export
//! opensearch` on a large index (issue 17's goal: at least 50,000 pages/s).
//!
//! Usage: `cargo run --release --example bench_export -- [PAGES] [INDEX] [ONLY]`
//! (defaults: 100000 pages, `bench/out/export-index`; ONLY: a comma-separated list of
//! `read`, `jsonl`, `csv`, `sqlite`, `sqlite3`, `opensearch`, to time (or profile) some of
//! them; `sqlite3` is the reference for `sqlite`: the `sqlite3` command-line tool loading the
//! same pages from CSV and building the same FTS5 table, timed as two lines, `.import` and
//! `FTS5`).
//!
//! When INDEX does not exist it is made: the shipped corpus (`corpus/`, or the folder named by
//! `BENCH_EXPORT_SEED`, e.g. `../shared/realworld-sv` for a larger real vocabulary) is ingested
//! through `ingest::run` (without OCR), then its stored records (pages with their layout lines, actions, protocols)
//! and links are copied under new document ids until the index holds PAGES pages. Each export
//! then runs in process (the library functions the CLI calls) into a sink (pages, bulk) or a
//! file in a temporary folder (SQLite), and its time, pages/s and output size are printed.
//! The peak memory of a CLI run is measured separately with GNU time (see README).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use kommission::export::opensearch;
use kommission::export::pages::{self, PagesFormat, PathResolver};
use kommission::export::sqlite;
use kommission::extract::ExtractOptions;
use kommission::index::Store;
use kommission::ingest::{self, IngestOptions};
use kommission::model::Link;

/// Counts the bytes written to it.
struct Count(u64);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn build(dir: &Path, pages: usize) -> Result<()> {
    let seed = tempfile::tempdir()?;
    let store = Store::open_or_create(seed.path())?;
    ingest::run(
        &store,
        &IngestOptions {
            roots: vec![std::env::var_os("BENCH_EXPORT_SEED")
                .map_or_else(|| PathBuf::from("corpus"), PathBuf::from)],
            extract: ExtractOptions {
                ocr: false,
                ..ExtractOptions::default()
            },
            progress: false,
            ..IngestOptions::default()
        },
    )?;
    let records = store.records()?;
    let links = store.links()?;
    let target = Store::open_or_create(dir)?;
    let mut w = target.writer()?;
    let (mut made, mut copy) = (0usize, 0usize);
    let mut all_links: Vec<Link> = Vec::new();
    while made < pages {
        for r in &records {
            let mut r = r.clone();
            let id = format!("{}-{copy:05}", r.id);
            for a in &mut r.structure.actions {
                a.doc = id.clone();
            }
            for p in &mut r.structure.protocols {
                p.doc = id.clone();
            }
            all_links.extend(links.iter().filter(|l| l.doc == r.id).map(|l| {
                Link {
                    doc: id.clone(),
                    target: l
                        .target
                        .replace(&format!("action:{}#", r.id), &format!("action:{id}#")),
                    ..l.clone()
                }
            }));
            made += r.pages.len();
            r.id = id;
            w.upsert(&r)?;
        }
        copy += 1;
    }
    all_links.sort();
    w.add_links(&all_links, false)?;
    w.commit()?;
    eprintln!("bench_export: made {} with {made} pages", dir.display());
    Ok(())
}

/// CPU seconds (user + system) so far of this process (`libc::RUSAGE_SELF`) or of its
/// finished children (`libc::RUSAGE_CHILDREN`).
fn cpu_seconds_of(who: libc::c_int) -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        libc::getrusage(who, usage.as_mut_ptr());
        usage.assume_init()
    };
    let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    t(usage.ru_utime) + t(usage.ru_stime)
}

fn cpu_seconds() -> f64 {
    cpu_seconds_of(libc::RUSAGE_SELF)
}

/// One line of figures: pages/s by the wall clock and by CPU time (the machine may be shared).
fn report(name: &str, pages: u64, seconds: f64, cpu_start: f64, bytes: u64) {
    report_cpu(name, pages, seconds, cpu_seconds() - cpu_start, bytes);
}

fn report_cpu(name: &str, pages: u64, seconds: f64, cpu: f64, bytes: u64) {
    println!(
        "{name:<18} {pages:>8} pages  {seconds:>7.2} s wall {:>9.0} pages/s  {cpu:>7.2} s CPU {:>9.0} pages/CPU-s  {:>8.1} MB",
        pages as f64 / seconds,
        pages as f64 / cpu,
        bytes as f64 / 1e6
    );
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pages: usize = args
        .first()
        .map(|a| a.parse())
        .transpose()
        .context("PAGES must be a number")?
        .unwrap_or(100_000);
    let dir = PathBuf::from(args.get(1).map_or("bench/out/export-index", String::as_str));
    if !dir.join("meta.json").exists() {
        build(&dir, pages)?;
    }
    let only: Option<Vec<String>> = args
        .get(2)
        .map(|a| a.split(',').map(str::to_string).collect());
    let run = |name: &str| only.as_ref().is_none_or(|o| o.iter().any(|n| n == name));
    let store = Store::open(&dir)?;
    let resolver = PathResolver::new(&dir, Some(&std::env::current_dir()?));

    // Reading the stored records alone: the floor of every export.
    if run("read") {
        let start = Instant::now();
        let cpu = cpu_seconds();
        let mut n = 0u64;
        for r in store.record_stream()? {
            n += r?.pages.len() as u64;
        }
        report("read records", n, start.elapsed().as_secs_f64(), cpu, 0);
    }
    // What every export reads (skeletons, pages' text, links, in batches in store order).
    if run("read") {
        let start = Instant::now();
        let cpu = cpu_seconds();
        let mut n = 0u64;
        pages::write_docs_parallel(
            &store,
            None,
            pages::Parse::Full,
            |_, p: &mut u64, r, _| {
                *p += r.pages.len() as u64;
                Ok(())
            },
            |_, p| {
                n += p;
                Ok(())
            },
        )?;
        report("read export", n, start.elapsed().as_secs_f64(), cpu, 0);
    }

    for format in [PagesFormat::Jsonl, PagesFormat::Csv] {
        if !run(&format!("{format:?}").to_lowercase()) {
            continue;
        }
        let start = Instant::now();
        let cpu = cpu_seconds();
        let mut sink = Count(0);
        let n = pages::write_pages(&store, None, format, &resolver, &mut sink)?;
        report(
            &format!("pages {format:?}").to_lowercase(),
            n,
            start.elapsed().as_secs_f64(),
            cpu,
            sink.0,
        );
    }

    let tmp = tempfile::tempdir()?;
    let db = tmp.path().join("bench.sqlite");
    if run("sqlite") {
        let start = Instant::now();
        let cpu = cpu_seconds();
        let s = sqlite::export_sqlite(&store, &db, &resolver)?;
        report(
            "sqlite",
            s.pages,
            start.elapsed().as_secs_f64(),
            cpu,
            std::fs::metadata(&db)?.len(),
        );
    }

    // The reference (DEVELOPERS.md: a speed goal next to a reference tool): the `sqlite3`
    // command-line tool loads the same pages (from `export pages --format csv`, written
    // beforehand and not timed) into a table and builds the same FTS5 table over them, with
    // the export's settings. Our export writes every other table and index besides.
    if run("sqlite3") {
        let csv = tmp.path().join("pages.csv");
        let mut file = std::io::BufWriter::new(std::fs::File::create(&csv)?);
        let n = pages::write_pages(&store, None, PagesFormat::Csv, &resolver, &mut file)?;
        drop(file);
        let reference = tmp.path().join("reference.sqlite");
        let settings = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; \
             PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -32768;";
        let import = format!("{settings}\n.import --csv {} pages\n", csv.display());
        let fts = format!(
            "{settings}\n{}INSERT INTO pages_fts (rowid, text) SELECT rowid, text FROM pages;\n",
            sqlite::FTS_TABLE
        );
        for (name, script) in [("sqlite3 .import", import), ("sqlite3 FTS5", fts)] {
            let start = Instant::now();
            let cpu = cpu_seconds_of(libc::RUSAGE_CHILDREN);
            let mut child = std::process::Command::new("sqlite3")
                .arg(&reference)
                .stdin(std::process::Stdio::piped())
                .spawn()
                .context("the reference needs the sqlite3 command-line tool")?;
            child
                .stdin
                .take()
                .context("sqlite3's input")?
                .write_all(script.as_bytes())?;
            anyhow::ensure!(child.wait()?.success(), "sqlite3 failed");
            report_cpu(
                name,
                n,
                start.elapsed().as_secs_f64(),
                cpu_seconds_of(libc::RUSAGE_CHILDREN) - cpu,
                std::fs::metadata(&reference)?.len(),
            );
        }
    }

    if !run("opensearch") {
        return Ok(());
    }
    let start = Instant::now();
    let cpu = cpu_seconds();
    let mut sink = Count(0);
    let s = opensearch::write_bulk(&store, None, "kommission", &resolver, &mut sink)?;
    report(
        "opensearch bulk",
        s.pages,
        start.elapsed().as_secs_f64(),
        cpu,
        sink.0,
    );
    Ok(())
}
