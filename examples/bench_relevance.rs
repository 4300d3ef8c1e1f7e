//! Relevance benchmark: runs judged queries against kommission's index and, over the same
//! page texts, against SQLite FTS5 (unicode61 tokenizer, bm25 ranking) and a BM25 with
//! Snowball Swedish stemming and stop words (what Elasticsearch's `swedish` analyzer does),
//! and prints nDCG@10, recall@10 and MRR for each, per query kind, and the worst queries.
//!
//! Usage: `cargo run --release --example bench_relevance -- [--set corpus|sv] [--docs DIR]
//! [--queries FILE] [--round TEXT] [--index DIR] [--verbose] [--pool]`
//!
//! * `--set corpus` (default): the shipped `corpus/` and `bench/relevance/queries.json`;
//! * `--set sv`: the real Swedish documents of `../shared/realworld-sv` (or `--docs DIR`)
//!   and `bench/relevance-sv/queries.json`;
//! * the documents always go through the real ingest path (`kommission::ingest::run`, with
//!   OCR when Tesseract is installed); `--index DIR` keeps the index between runs (ingest
//!   is incremental), else it lives in a temporary folder;
//! * `--dump FILE`: every page's text, running heads and headings as JSON lines, for
//!   reading while grading;
//! * `--round TEXT`: only the queries whose `why` names that round, e.g. `--round "eighth
//!   blind set"` (each blind set's queries say so in their `why`);
//! * `--pool`: for grading, print each query's pooled top ten of kommission, FTS5 and BM25 with
//!   the grade it has (`?` when not judged yet) and the start of the page.
//!
//! FTS5 runs through the `sqlite3` command-line shell; without it FTS5 is not measured.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use kommission::extract::ExtractOptions;
use kommission::index::search::{search, KindFilter, SearchRequest};
use kommission::index::Store;
use kommission::ingest::{run, IngestOptions};
use kommission::model::DocRecord;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

#[derive(Deserialize)]
struct QueryFile {
    queries: Vec<Judged>,
}

#[derive(Deserialize)]
struct Judged {
    id: String,
    query: String,
    /// The kind of query (identifier, phrase, compound, topic, action), for the per-kind table.
    #[serde(default)]
    kind: String,
    /// Why the query is in the set; a blind set's queries name it ("… (eighth blind set)").
    #[serde(default)]
    why: String,
    /// "doc#page" → grade (2 = about it, 1 = mentions it usefully, 0 = judged not relevant).
    relevant: HashMap<String, u32>,
}

const K: usize = 10;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Ingest `docs` into the store through the real path.
fn ingest(store: &Store, docs: &Path) -> Result<Vec<DocRecord>, Box<dyn std::error::Error>> {
    let summary = run(
        store,
        &IngestOptions {
            roots: vec![docs.to_path_buf()],
            extract: ExtractOptions {
                ocr: which("tesseract"),
                ..ExtractOptions::default()
            },
            progress: false,
            ..IngestOptions::default()
        },
    )?;
    for f in &summary.failed {
        eprintln!("not ingested: {} ({})", f.path, f.reason);
    }
    let mut records = store.records()?;
    records.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(records)
}

fn which(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// BM25 (k1 1.2, b 0.75) over the pages' title and text, analysed as Elasticsearch's
/// `swedish` analyzer does: lowercase, Swedish stop words, Snowball Swedish stems; the
/// query's words ORed (a `match` query), quotes ignored.
struct Bm25 {
    stemmer: Stemmer,
    stop: HashSet<String>,
    keys: Vec<String>,
    docs: Vec<HashMap<String, u32>>,
    lens: Vec<f64>,
    df: HashMap<String, u32>,
    avg: f64,
}

impl Bm25 {
    fn terms(&self, text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !self.stop.contains(w))
            .map(|w| self.stemmer.stem(&w).into_owned())
            .collect()
    }

    fn new(records: &[DocRecord]) -> Bm25 {
        let stop = include_str!("../src/index/stop_words_sv.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let mut b = Bm25 {
            stemmer: Stemmer::create(Algorithm::Swedish),
            stop,
            keys: Vec::new(),
            docs: Vec::new(),
            lens: Vec::new(),
            df: HashMap::new(),
            avg: 0.0,
        };
        for r in records {
            for p in &r.pages {
                let text = format!("{}\n{}", r.title.as_deref().unwrap_or(""), p.text);
                let terms = b.terms(&text);
                let mut tf: HashMap<String, u32> = HashMap::new();
                for t in &terms {
                    *tf.entry(t.clone()).or_default() += 1;
                }
                for t in tf.keys() {
                    *b.df.entry(t.clone()).or_default() += 1;
                }
                b.lens.push(terms.len() as f64);
                b.docs.push(tf);
                b.keys.push(format!("{}#{}", r.id, p.number));
            }
        }
        b.avg = b.lens.iter().sum::<f64>() / b.lens.len().max(1) as f64;
        b
    }

    fn search(&self, query: &str) -> Vec<String> {
        let words = query
            .split_whitespace()
            .filter(|w| *w != "AND" && *w != "OR" && !w.starts_with('-'))
            .collect::<Vec<_>>()
            .join(" ")
            .replace('"', " ");
        let q = self.terms(&words);
        let n = self.docs.len() as f64;
        let mut scored: Vec<(f64, usize)> = Vec::new();
        for (i, d) in self.docs.iter().enumerate() {
            let mut s = 0.0;
            for t in &q {
                let (Some(tf), Some(df)) = (d.get(t), self.df.get(t)) else {
                    continue;
                };
                let idf = (1.0 + (n - f64::from(*df) + 0.5) / (f64::from(*df) + 0.5)).ln();
                let tf = f64::from(*tf);
                let len = self.lens.get(i).copied().unwrap_or(0.0);
                s += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / self.avg.max(1.0)));
            }
            if s > 0.0 {
                scored.push((s, i));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored
            .into_iter()
            .take(K)
            .filter_map(|(_, i)| self.keys.get(i).cloned())
            .collect()
    }
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

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// One line of a page around the first word of the query it contains (for grading).
fn context(records: &[DocRecord], key: &str, query: &str) -> String {
    let Some((id, page)) = key.rsplit_once('#') else {
        return String::new();
    };
    let Some(p) = records
        .iter()
        .find(|r| r.id == id)
        .and_then(|r| r.pages.iter().find(|p| p.number.to_string() == page))
    else {
        return String::new();
    };
    let text: String = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = text.to_lowercase();
    let at = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .filter_map(|w| {
            let w: String = w.to_lowercase().chars().take(5).collect();
            lower.find(&w)
        })
        .min()
        .unwrap_or(0);
    let start = lower
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i <= at)
        .rev()
        .nth(60)
        .unwrap_or(0);
    text.get(start..).unwrap_or("").chars().take(200).collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let pool = args.iter().any(|a| a == "--pool");
    let set = arg(&args, "--set").unwrap_or_else(|| "corpus".into());
    let (docs, queries_path) = match set.as_str() {
        "corpus" => (
            root().join("corpus"),
            root().join("bench/relevance/queries.json"),
        ),
        "sv" => (
            root().join("../shared/realworld-sv"),
            root().join("bench/relevance-sv/queries.json"),
        ),
        other => return Err(format!("--set {other}: corpus or sv").into()),
    };
    let docs = arg(&args, "--docs").map(PathBuf::from).unwrap_or(docs);
    let queries_path = arg(&args, "--queries")
        .map(PathBuf::from)
        .unwrap_or(queries_path);
    if !docs.is_dir() {
        return Err(format!("{}: no such folder (give --docs DIR)", docs.display()).into());
    }
    let mut queries: QueryFile = serde_json::from_slice(&std::fs::read(&queries_path)?)?;
    if let Some(round) = arg(&args, "--round") {
        let tag = format!("({round})");
        queries.queries.retain(|q| q.why.contains(&tag));
        if queries.queries.is_empty() {
            return Err(format!("no query names the round {tag} in its `why`").into());
        }
    }
    // A query no judged page answers has no nDCG (its ideal gain is 0): it is left out of the
    // means, as in TREC, and named (its answer is "nothing"; every system scores 0 on it).
    let unanswered: Vec<String> = queries
        .queries
        .iter()
        .filter(|q| !q.relevant.values().any(|g| *g > 0))
        .map(|q| format!("{} {}", q.id, q.query))
        .collect();
    if !args.iter().any(|a| a == "--pool") {
        queries
            .queries
            .retain(|q| q.relevant.values().any(|g| *g > 0));
    }

    let tmp = std::env::temp_dir().join(format!("kommission-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let index = arg(&args, "--index")
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.join("index"));
    std::fs::create_dir_all(&tmp)?;
    let store = match Store::open_or_create(&index) {
        Ok(s) => s,
        Err(e) => {
            // An index of another schema version: build it again.
            eprintln!("{}: {e}; rebuilding", index.display());
            std::fs::remove_dir_all(&index)?;
            Store::open_or_create(&index)?
        }
    };
    let records = ingest(&store, &docs)?;
    let pages: usize = records.iter().map(|r| r.pages.len()).sum();

    let mut runs: Vec<(&str, HashMap<String, Vec<String>>)> = Vec::new();
    let mut ours = HashMap::new();
    for q in &queries.queries {
        let hits = search(
            &store,
            &SearchRequest {
                query: q.query.clone(),
                limit: K,
                kind: KindFilter::Page,
                ..SearchRequest::default()
            },
        )?;
        let ranked: Vec<String> = hits
            .iter()
            .map(|h| format!("{}#{}", h.doc, h.page.unwrap_or(0)))
            .collect();
        ours.insert(q.id.clone(), ranked);
    }
    runs.push(("kommission", ours));
    if let Some(fts) = run_fts(false, &records, &queries.queries, &tmp.join("fts.db")) {
        runs.push(("SQLite FTS5 (unicode61)", fts));
    }
    let bm25 = Bm25::new(&records);
    let bm25_runs: HashMap<String, Vec<String>> = queries
        .queries
        .iter()
        .map(|q| (q.id.clone(), bm25.search(&q.query)))
        .collect();
    runs.push(("BM25, Snowball Swedish", bm25_runs));

    if let Some(dump) = arg(&args, "--dump") {
        // Every page's text as JSON lines ("doc#page", text), for reading while grading.
        let mut out = std::io::BufWriter::new(std::fs::File::create(dump)?);
        for r in &records {
            for p in &r.pages {
                let key = format!("{}#{}", r.id, p.number);
                let line = serde_json::json!({"key": key, "text": p.text, "running": p.running, "headings": p.headings});
                writeln!(out, "{line}")?;
            }
        }
    }
    if pool {
        for q in &queries.queries {
            println!("\n{} [{}] {}", q.id, q.kind, q.query);
            let mut seen = HashSet::new();
            for (_, r) in &runs {
                for key in r.get(&q.id).into_iter().flatten() {
                    if seen.insert(key.clone()) {
                        let grade = q
                            .relevant
                            .get(key)
                            .map_or("?".to_string(), |g| g.to_string());
                        println!("  {grade} {key:40} {}", context(&records, key, &q.query));
                    }
                }
            }
        }
        return Ok(());
    }

    let scores: Vec<Vec<Scores>> = runs
        .iter()
        .map(|(_, r)| {
            queries
                .queries
                .iter()
                .map(|q| score(r.get(&q.id).map(Vec::as_slice).unwrap_or(&[]), &q.relevant))
                .collect()
        })
        .collect();

    println!(
        "{} judged queries, {} documents, {} pages (ingested from {})\n",
        queries.queries.len(),
        records.len(),
        pages,
        docs.display()
    );
    if !unanswered.is_empty() {
        println!(
            "Left out of the means (no judged page answers them): {}\n",
            unanswered.join("; ")
        );
    }
    println!("| system | nDCG@10 | recall@10 | MRR |");
    println!("|---|---|---|---|");
    for ((name, _), s) in runs.iter().zip(&scores) {
        let m = mean(s);
        println!("| {name} | {:.3} | {:.3} | {:.3} |", m.ndcg, m.recall, m.rr);
    }
    if !runs.iter().any(|(n, _)| n.starts_with("SQLite")) {
        println!("(FTS5 not measured: no `sqlite3` command on this machine)");
    }

    let mut kinds: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, q) in queries.queries.iter().enumerate() {
        kinds.entry(q.kind.as_str()).or_default().push(i);
    }
    if kinds.len() > 1 {
        println!("\nnDCG@10 per kind of query:\n");
        let names: Vec<&str> = runs.iter().map(|(n, _)| *n).collect();
        println!("| kind | queries | {} |", names.join(" | "));
        println!("|---|---|{}", "---|".repeat(names.len()));
        for (kind, idx) in &kinds {
            let cells: Vec<String> = scores
                .iter()
                .map(|s| {
                    let sel: Vec<Scores> = idx.iter().filter_map(|i| s.get(*i).copied()).collect();
                    format!("{:.3}", mean(&sel).ndcg)
                })
                .collect();
            println!("| {kind} | {} | {} |", idx.len(), cells.join(" | "));
        }
    }

    // Worst queries first (by kommission's nDCG).
    let mut order: Vec<usize> = (0..queries.queries.len()).collect();
    let ours = scores.first().cloned().unwrap_or_default();
    order.sort_by(|a, b| {
        let sa = ours.get(*a).map_or(0.0, |s| s.ndcg);
        let sb = ours.get(*b).map_or(0.0, |s| s.ndcg);
        sa.total_cmp(&sb)
    });
    let shown = if verbose { order.len() } else { 10 };
    println!("\nWorst queries (nDCG@10: kommission / others):\n");
    for i in order.into_iter().take(shown) {
        let Some(q) = queries.queries.get(i) else {
            continue;
        };
        let cells: Vec<String> = scores
            .iter()
            .map(|s| format!("{:.2}", s.get(i).map_or(0.0, |s| s.ndcg)))
            .collect();
        println!("{} [{}] {:40} {}", q.id, q.kind, q.query, cells.join(" / "));
        if verbose {
            for (name, r) in &runs {
                let top: Vec<String> = r
                    .get(&q.id)
                    .into_iter()
                    .flatten()
                    .take(5)
                    .map(|k| {
                        format!(
                            "{k}={}",
                            q.relevant.get(k).map_or("?".into(), |g| g.to_string())
                        )
                    })
                    .collect();
                println!("      {name:24} {}", top.join(", "));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}
