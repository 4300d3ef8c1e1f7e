//! Search latency benchmark: opens an index once and runs every query of a query set many
//! times through `kommission::index::search::search`, then prints latency percentiles as one
//! JSON object (used by `bench/run`).
//!
//! Usage: `bench_search --index DIR [--runs R] [--limit N] QUERIES`
//!
//! `QUERIES` is a text file with one query per line (`#` starts a comment) or a JSON file: an
//! array of strings, or of objects with a `"query"` field, or an object with a `"queries"`
//! array of either. Each query is run once to warm up, then R times (default 50); every run
//! is one latency sample.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use kommission::index::search::{self, KindFilter, SearchRequest};
use kommission::index::Store;

fn load_queries(path: &PathBuf) -> Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(&text)?;
        let list = match &v {
            serde_json::Value::Array(a) => a.clone(),
            serde_json::Value::Object(o) => o
                .get("queries")
                .and_then(|q| q.as_array())
                .cloned()
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        Ok(list
            .iter()
            .filter_map(|q| match q {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Object(o) => o
                    .get("query")
                    .or_else(|| o.get("q"))
                    .and_then(|s| s.as_str())
                    .map(str::to_string),
                _ => None,
            })
            .collect())
    } else {
        Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect())
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted
        .get(rank.saturating_sub(1).min(sorted.len() - 1))
        .copied()
        .unwrap_or(0.0)
}

fn main() -> Result<()> {
    let mut index = None;
    let mut runs = 50usize;
    let mut limit = 10usize;
    let mut queries_path = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--index" => index = Some(PathBuf::from(it.next().context("--index DIR")?)),
            "--runs" => runs = it.next().context("--runs R")?.parse::<usize>()?.max(1),
            "--limit" => limit = it.next().context("--limit N")?.parse()?,
            s if s.starts_with("--") => bail!("unknown option {s}"),
            _ => queries_path = Some(PathBuf::from(a)),
        }
    }
    let (Some(index), Some(queries_path)) = (index, queries_path) else {
        bail!("usage: bench_search --index DIR [--runs R] [--limit N] QUERIES");
    };
    let queries = load_queries(&queries_path)?;
    if queries.is_empty() {
        bail!("no queries in {}", queries_path.display());
    }

    let open_start = Instant::now();
    let store = Store::open(&index)?;
    let open_ms = open_start.elapsed().as_secs_f64() * 1e3;

    let mut samples = Vec::with_capacity(queries.len() * runs);
    let mut per_query = Vec::new();
    let mut errors = 0usize;
    for q in &queries {
        let request = SearchRequest {
            query: q.clone(),
            limit,
            kind: KindFilter::All,
            ..SearchRequest::default()
        };
        // Warm-up (also gives the hit count).
        let hits = match search::search(&store, &request) {
            Ok(h) => h.len(),
            Err(e) => {
                eprintln!("bench_search: query {q:?}: {e}");
                errors += 1;
                0
            }
        };
        let mut mine = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            let r = search::search(&store, &request);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(&r);
            mine.push(ms);
        }
        mine.sort_by(f64::total_cmp);
        per_query.push(serde_json::json!({
            "query": q,
            "hits": hits,
            "p50_ms": percentile(&mine, 50.0),
            "max_ms": mine.last().copied().unwrap_or(0.0),
        }));
        samples.extend(mine);
    }
    samples.sort_by(f64::total_cmp);
    let mean = samples.iter().sum::<f64>() / samples.len().max(1) as f64;
    let json = serde_json::json!({
        "queries": queries.len(),
        "runs": runs,
        "errors": errors,
        "open_ms": open_ms,
        "p50_ms": percentile(&samples, 50.0),
        "p90_ms": percentile(&samples, 90.0),
        "p99_ms": percentile(&samples, 99.0),
        "max_ms": samples.last().copied().unwrap_or(0.0),
        "mean_ms": mean,
        "per_query": per_query,
    });
    println!("{json}");
    Ok(())
}
