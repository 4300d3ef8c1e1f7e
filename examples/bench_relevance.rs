//! Relevance benchmark: runs the judged queries of `bench/relevance/queries.json` against
//! kommission's index and against SQLite FTS5 (unicode61 tokenizer, bm25 ranking) over the
//! same page texts, and prints nDCG@10, recall@10 and MRR for both.
//!
//! Usage: `cargo run --example bench_relevance -- [--pipeline] [--verbose] [--queries FILE]`
//!
//! * default: the PDF pages come from the ground truth (`tests/data/*.truth.json`), the HTML
//!   pages from the HTML reader;
//! * `--pipeline`: every file of `corpus/` goes through `kommission::extract::extract_file`.
//!
//! FTS5 runs through the `sqlite3` command-line shell; without it only kommission is measured.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use kommission::extract::{extract_file, ExtractOptions};
use kommission::index::search::{search, KindFilter, SearchRequest};
use kommission::index::truth::{load_html, load_truth};
use kommission::index::Store;
use kommission::model::{DocKind, DocRecord};
use serde::Deserialize;

#[derive(Deserialize)]
struct QueryFile {
    queries: Vec<Judged>,
}

#[derive(Deserialize)]
struct Judged {
    id: String,
    query: String,
    /// "doc#page" → grade (2 = about it, 1 = mentions it).
    relevant: HashMap<String, u32>,
}

const K: usize = 10;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(pipeline: bool) -> Result<Vec<DocRecord>, Box<dyn std::error::Error>> {
    let mut records = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for path in files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let ext = path
            .extension()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if pipeline {
            let doc = extract_file(&path, &ExtractOptions::default())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            records.push(DocRecord {
                id: stem.clone(),
                path: path.display().to_string(),
                kind: Some(if ext == "pdf" {
                    DocKind::Report
                } else {
                    DocKind::Web
                }),
                title: doc.title,
                pages: doc.pages,
                ..DocRecord::default()
            });
        } else if ext == "pdf" {
            records.push(load_truth(
                &root().join(format!("tests/data/{stem}.truth.json")),
            )?);
        } else if ext == "html" {
            records.push(load_html(&path)?);
        }
    }
    Ok(records)
}

/// Turn a kommission query into FTS5 syntax: words and phrases quoted, operators kept;
/// with `any`, the words are joined by OR instead of FTS5's implicit AND.
fn fts_query(q: &str, any: bool) -> String {
    let mut out = Vec::new();
    let mut rest = q.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            out.push(format!("\"{}\"", &after[..end].replace('"', "")));
            rest = after.get(end + 1..).unwrap_or("").trim_start();
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = rest[end..].trim_start();
        match word {
            "AND" | "OR" => out.push(word.to_string()),
            w if w.starts_with('-') && w.len() > 1 => {
                out.push(format!("NOT \"{}\"", &w[1..].replace('"', "")))
            }
            w => out.push(format!("\"{}\"", w.replace('"', ""))),
        }
    }
    if any
        && !out
            .iter()
            .any(|t| t == "AND" || t == "OR" || t.starts_with("NOT "))
    {
        out.join(" OR ")
    } else {
        out.join(" ")
    }
}

fn sql_str(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Run every query through FTS5; None when the sqlite3 shell is not available.
fn run_fts(
    any: bool,
    records: &[DocRecord],
    queries: &[Judged],
    db: &Path,
) -> Option<HashMap<String, Vec<String>>> {
    let mut sql = String::from(
        "CREATE VIRTUAL TABLE pages USING fts5(key UNINDEXED, title, body, tokenize='unicode61');\nBEGIN;\n",
    );
    for r in records {
        for p in &r.pages {
            sql.push_str(&format!(
                "INSERT INTO pages VALUES({}, {}, {});\n",
                sql_str(&format!("{}#{}", r.id, p.number)),
                sql_str(r.title.as_deref().unwrap_or("")),
                sql_str(&p.text)
            ));
        }
    }
    sql.push_str("COMMIT;\n.mode tabs\n");
    for q in queries {
        sql.push_str(&format!(
            "SELECT {}, key FROM pages WHERE pages MATCH {} ORDER BY rank LIMIT {K};\n",
            sql_str(&q.id),
            sql_str(&fts_query(&q.query, any))
        ));
    }
    let mut child = Command::new("sqlite3")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(sql.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        eprintln!("sqlite3 said: {}", stderr.trim());
    }
    let mut results: HashMap<String, Vec<String>> = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some((id, key)) = line.split_once('\t') {
            results
                .entry(id.to_string())
                .or_default()
                .push(key.to_string());
        }
    }
    Some(results)
}

#[derive(Default, Clone, Copy)]
struct Scores {
    ndcg: f64,
    recall: f64,
    rr: f64,
}

fn score(ranked: &[String], relevant: &HashMap<String, u32>) -> Scores {
    let gain = |g: u32| f64::from((1u32 << g.min(8)) - 1);
    let disc = |i: usize| 1.0 / ((i + 2) as f64).log2();
    let dcg: f64 = ranked
        .iter()
        .take(K)
        .enumerate()
        .map(|(i, key)| gain(relevant.get(key).copied().unwrap_or(0)) * disc(i))
        .sum();
    let mut ideal: Vec<u32> = relevant.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(K)
        .enumerate()
        .map(|(i, g)| gain(*g) * disc(i))
        .sum();
    let found = ranked
        .iter()
        .take(K)
        .filter(|k| relevant.get(*k).is_some_and(|g| *g > 0))
        .count();
    let total = relevant.values().filter(|g| **g > 0).count();
    let rr = ranked
        .iter()
        .take(K)
        .position(|k| relevant.get(k).is_some_and(|g| *g > 0))
        .map(|i| 1.0 / (i + 1) as f64)
        .unwrap_or(0.0);
    Scores {
        ndcg: if idcg > 0.0 { dcg / idcg } else { 0.0 },
        recall: if total > 0 {
            found as f64 / total as f64
        } else {
            0.0
        },
        rr,
    }
}

fn mean(all: &[Scores]) -> Scores {
    let n = all.len().max(1) as f64;
    Scores {
        ndcg: all.iter().map(|s| s.ndcg).sum::<f64>() / n,
        recall: all.iter().map(|s| s.recall).sum::<f64>() / n,
        rr: all.iter().map(|s| s.rr).sum::<f64>() / n,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pipeline = args.iter().any(|a| a == "--pipeline");
    let verbose = args.iter().any(|a| a == "--verbose");
    let queries_path = args
        .iter()
        .position(|a| a == "--queries")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("bench/relevance/queries.json"));
    let queries: QueryFile = serde_json::from_slice(&std::fs::read(&queries_path)?)?;
    let records = corpus(pipeline)?;
    let pages: usize = records.iter().map(|r| r.pages.len()).sum();

    let tmp = std::env::temp_dir().join(format!("kommission-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let store = Store::open_or_create(&tmp.join("index"))?;
    let mut w = store.writer()?;
    for r in &records {
        w.upsert(r)?;
    }
    w.commit()?;

    let mut ours = Vec::new();
    let mut ours_runs = HashMap::new();
    for q in &queries.queries {
        let hits = search(
            &store,
            &SearchRequest {
                query: q.query.clone(),
                limit: K,
                kind: KindFilter::Page,
            },
        )?;
        let ranked: Vec<String> = hits
            .iter()
            .map(|h| format!("{}#{}", h.doc, h.page.unwrap_or(0)))
            .collect();
        ours.push(score(&ranked, &q.relevant));
        ours_runs.insert(q.id.clone(), ranked);
    }
    let fts_runs = run_fts(false, &records, &queries.queries, &tmp.join("fts.db"));
    let fts_or_runs = run_fts(true, &records, &queries.queries, &tmp.join("fts-or.db"));
    let score_runs = |runs: &HashMap<String, Vec<String>>| -> Vec<Scores> {
        queries
            .queries
            .iter()
            .map(|q| {
                let ranked = runs.get(&q.id).map(Vec::as_slice).unwrap_or(&[]);
                score(ranked, &q.relevant)
            })
            .collect()
    };
    let fts: Option<Vec<Scores>> = fts_runs.as_ref().map(score_runs);
    let fts_or: Option<Vec<Scores>> = fts_or_runs.as_ref().map(score_runs);

    if verbose {
        for (i, q) in queries.queries.iter().enumerate() {
            let top = |runs: &HashMap<String, Vec<String>>| {
                runs.get(&q.id)
                    .map(|r| r.iter().take(3).cloned().collect::<Vec<_>>().join(", "))
                    .unwrap_or_default()
            };
            println!(
                "{} {:45} kommission nDCG {:.3} [{}]",
                q.id,
                q.query,
                ours[i].ndcg,
                top(&ours_runs)
            );
            if let (Some(f), Some(runs)) = (&fts, &fts_runs) {
                println!("{:49} fts5       nDCG {:.3} [{}]", "", f[i].ndcg, top(runs));
            }
        }
        println!();
    }

    println!(
        "{} judged queries, {} pages ({})\n",
        queries.queries.len(),
        pages,
        if pipeline {
            "pipeline extraction"
        } else {
            "truth pages + HTML reader"
        }
    );
    println!("| system | nDCG@10 | recall@10 | MRR |");
    println!("|---|---|---|---|");
    let row = |name: &str, s: Scores| {
        println!("| {name} | {:.3} | {:.3} | {:.3} |", s.ndcg, s.recall, s.rr)
    };
    row("kommission", mean(&ours));
    match &fts {
        Some(f) => row("SQLite FTS5 (unicode61, bm25), words ANDed", mean(f)),
        None => println!("(FTS5 not measured: no `sqlite3` command on this machine)"),
    }
    if let Some(f) = &fts_or {
        row("SQLite FTS5 (unicode61, bm25), words ORed", mean(f));
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}
