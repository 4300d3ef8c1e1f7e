//! Link-building benchmark: loads every document record of an index and times
//! `kommission_testkit::links::build` over them (every link found and resolved in memory).
//!
//! Usage: `bench_links --index DIR [--repeat R] [--dump FILE]`; prints one JSON object.
//! `--dump FILE` writes the links, one tab-separated line each (doc, page, kind, target), to
//! compare two versions of the linker.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use kommission::index::Store;

fn main() -> Result<()> {
    let mut index = None;
    let mut repeat = 1usize;
    let mut dump = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--index" => index = Some(PathBuf::from(it.next().context("--index DIR")?)),
            "--repeat" => repeat = it.next().context("--repeat R")?.parse::<usize>()?.max(1),
            "--dump" => dump = Some(PathBuf::from(it.next().context("--dump FILE")?)),
            other => bail!(
                "unknown argument {other}; usage: bench_links --index DIR [--repeat R] [--dump FILE]"
            ),
        }
    }
    let Some(index) = index else {
        bail!("usage: bench_links --index DIR [--repeat R]");
    };
    let store = Store::open(&index)?;
    let start = Instant::now();
    let records = store.records()?;
    let load = start.elapsed().as_secs_f64();
    let mut best = f64::INFINITY;
    let mut links = Vec::new();
    for _ in 0..repeat {
        let t = Instant::now();
        links = kommission_testkit::links::build(&records);
        best = best.min(t.elapsed().as_secs_f64());
    }
    if let Some(path) = dump {
        let text: String = links
            .iter()
            .map(|l| format!("{}\t{}\t{}\t{}\n", l.doc, l.page, l.kind, l.target))
            .collect();
        std::fs::write(&path, text).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    let pages: usize = records.iter().map(|r| r.pages.len()).sum();
    println!(
        "{}",
        serde_json::json!({
            "documents": records.len(),
            "pages": pages,
            "links": links.len(),
            "load_seconds": load,
            "build_seconds": best,
        })
    );
    Ok(())
}
