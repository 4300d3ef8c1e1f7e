//! Benchmark of the PDF text extraction (run through `bench/extract`).
//!
//! * Corpus: for every `tests/data/<id>.truth.json` with `corpus/<id>.pdf`, per page:
//!   character error rate (Levenshtein distance / truth length, whitespace-normalised),
//!   word F1 and recall of å ä ö Å Ä Ö, for kommission and for `pdftotext` side by side.
//!   The truth text has no printed page number; lines of pdftotext's output that are just
//!   the printed number are removed before comparing.
//! * Real world: when `../shared/realworld` exists, every PDF under it is extracted in a
//!   child process with a 10 s limit: files ok / clean errors / panics / timeouts, and the
//!   mean word F1 of kommission's text against pdftotext's.
//!
//! Usage: `bench_extract [--corpus-only | --realworld-only]`, `bench_extract dump FILE.pdf`,
//! `bench_extract one FILE.pdf` (child mode).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kommission::pdf::{self, Limits};

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn cer(truth: &str, got: &str) -> f64 {
    let t: Vec<char> = norm(truth).chars().collect();
    let g: Vec<char> = norm(got).chars().collect();
    if t.is_empty() {
        return if g.is_empty() { 0.0 } else { 1.0 };
    }
    levenshtein(&t, &g) as f64 / t.len() as f64
}

fn word_f1(truth: &str, got: &str) -> f64 {
    let mut counts: HashMap<&str, i64> = HashMap::new();
    let tw: Vec<&str> = truth.split_whitespace().collect();
    let gw: Vec<&str> = got.split_whitespace().collect();
    if tw.is_empty() && gw.is_empty() {
        return 1.0;
    }
    for w in &tw {
        *counts.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &gw {
        if let Some(c) = counts.get_mut(w) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / gw.len() as f64;
    let r = common as f64 / tw.len() as f64;
    2.0 * p * r / (p + r)
}

/// (found, expected) counts of å ä ö Å Ä Ö.
fn swedish(truth: &str, got: &str) -> (usize, usize) {
    let mut found = 0;
    let mut expected = 0;
    for c in ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'] {
        let t = truth.chars().filter(|&x| x == c).count();
        let g = got.chars().filter(|&x| x == c).count();
        expected += t;
        found += t.min(g);
    }
    (found, expected)
}

fn pdftotext(file: &Path, page: Option<u32>) -> Option<String> {
    let mut cmd = Command::new("pdftotext");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[derive(Default)]
struct Totals {
    pages: usize,
    cer_sum: f64,
    f1_sum: f64,
    sw_found: usize,
    sw_expected: usize,
    err_chars: f64,
    truth_chars: usize,
}

impl Totals {
    fn add(&mut self, truth: &str, got: &str) -> (f64, f64) {
        let c = cer(truth, got);
        let f = word_f1(truth, got);
        let (sf, se) = swedish(truth, got);
        self.pages += 1;
        self.cer_sum += c;
        self.f1_sum += f;
        self.sw_found += sf;
        self.sw_expected += se;
        let tl = norm(truth).chars().count();
        self.err_chars += c * tl as f64;
        self.truth_chars += tl;
        (c, f)
    }

    fn report(&self, name: &str) {
        let n = self.pages.max(1) as f64;
        println!(
            "  {name:<11} pages {:>3}  CER(mean) {:.4}  CER(total) {:.4}  word-F1(mean) {:.4}  åäö recall {}/{} ({:.1}%)",
            self.pages,
            self.cer_sum / n,
            self.err_chars / self.truth_chars.max(1) as f64,
            self.f1_sum / n,
            self.sw_found,
            self.sw_expected,
            100.0 * self.sw_found as f64 / self.sw_expected.max(1) as f64
        );
    }
}

fn corpus(root: &Path) {
    let data = root.join("tests/data");
    let Ok(entries) = std::fs::read_dir(&data) else {
        println!("no tests/data");
        return;
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let mut ours_all = Totals::default();
    let mut theirs_all = Totals::default();
    for truth_path in files {
        let Some(name) = truth_path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(id) = name.strip_suffix(".truth.json") else {
            continue;
        };
        let pdf_path = root.join("corpus").join(format!("{id}.pdf"));
        let Ok(bytes) = std::fs::read(&pdf_path) else {
            continue;
        };
        let truth: serde_json::Value = match std::fs::read_to_string(&truth_path)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
        {
            Some(v) => v,
            None => continue,
        };
        let t0 = Instant::now();
        let doc = pdf::extract(&bytes, &Limits::default());
        let elapsed = t0.elapsed();
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                println!("{id}: ERROR {e}");
                continue;
            }
        };
        println!(
            "{id}: {} pages in {:.1} ms",
            doc.pages.len(),
            elapsed.as_secs_f64() * 1000.0
        );
        let mut ours = Totals::default();
        let mut theirs = Totals::default();
        let empty = Vec::new();
        for tp in truth["pages"].as_array().unwrap_or(&empty) {
            let number = tp["number"].as_u64().unwrap_or(0) as u32;
            let ttext = tp["text"].as_str().unwrap_or("");
            let printed = tp["printed"].as_str().map(str::to_string);
            let got = doc.pages.iter().find(|p| p.number == number);
            let gtext = got.map(|p| p.text.clone()).unwrap_or_default();
            let label = got.and_then(|p| p.label.clone());
            let pt = pdftotext(&pdf_path, Some(number)).unwrap_or_default();
            let pt: String = pt
                .lines()
                .filter(|l| printed.as_deref() != Some(l.trim()))
                .collect::<Vec<_>>()
                .join("\n");
            let (c1, f1) = ours.add(ttext, &gtext);
            let (c2, f2) = theirs.add(ttext, &pt);
            let flag = if c1 > c2 + 1e-9 || f1 < 0.99 || label != printed {
                "  <--"
            } else {
                ""
            };
            println!(
                "  p{number:<3} ours CER {c1:.4} F1 {f1:.4} | pdftotext CER {c2:.4} F1 {f2:.4} | label {:?} (printed {:?}){flag}",
                label, printed
            );
        }
        ours.report("kommission");
        theirs.report("pdftotext");
        for (a, b) in [(&mut ours_all, &ours), (&mut theirs_all, &theirs)] {
            a.pages += b.pages;
            a.cer_sum += b.cer_sum;
            a.f1_sum += b.f1_sum;
            a.sw_found += b.sw_found;
            a.sw_expected += b.sw_expected;
            a.err_chars += b.err_chars;
            a.truth_chars += b.truth_chars;
        }
    }
    println!("corpus total:");
    ours_all.report("kommission");
    theirs_all.report("pdftotext");
}

fn collect_pdfs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_pdfs(&p, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
        {
            out.push(p);
        }
    }
}

/// Child mode: extract one file and print a one-line status, then the text.
fn one(file: &Path) {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            println!("ERR cannot read: {e}");
            return;
        }
    };
    match pdf::extract(&bytes, &Limits::default()) {
        Ok(doc) => {
            let crashed = doc.warnings.iter().any(|w| w.contains("crashed"));
            println!(
                "OK {} pages{}",
                doc.pages.len(),
                if crashed { " (page panic caught)" } else { "" }
            );
            for p in doc.pages {
                println!("{}", p.text);
            }
        }
        Err(e) => {
            let kind = if e.to_string().contains("crashed") {
                "PANIC-CAUGHT"
            } else {
                "ERR"
            };
            println!("{kind} {e}");
        }
    }
}

fn realworld(root: &Path) {
    let dir = root.join("../shared/realworld");
    if !dir.is_dir() {
        println!("realworld: {} not present, skipped", dir.display());
        return;
    }
    let mut files = Vec::new();
    collect_pdfs(&dir, &mut files);
    files.sort();
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("bench_extract"));
    let (mut ok, mut errors, mut panics, mut timeouts) = (0, 0, 0, 0);
    let mut f1s = Vec::new();
    let mut slowest = (Duration::ZERO, PathBuf::new());
    for f in &files {
        let t0 = Instant::now();
        let child = Command::new(&exe)
            .arg("one")
            .arg(f)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let Ok(mut child) = child else {
            println!("cannot spawn child");
            return;
        };
        let stdout = child.stdout.take();
        let reader = std::thread::spawn(move || {
            let mut s = String::new();
            if let Some(mut o) = stdout {
                let _ = std::io::Read::read_to_string(&mut o, &mut s);
            }
            s
        });
        let mut timed_out = false;
        let status = loop {
            match child.try_wait() {
                Ok(Some(s)) => break Some(s),
                Ok(None) if t0.elapsed() > Duration::from_secs(10) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    timed_out = true;
                    break None;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(_) => break None,
            }
        };
        let elapsed = t0.elapsed();
        if elapsed > slowest.0 {
            slowest = (elapsed, f.clone());
        }
        let out = reader.join().unwrap_or_default();
        let rel = f.strip_prefix(&dir).unwrap_or(f).display().to_string();
        let first = out.lines().next().unwrap_or("").to_string();
        if timed_out {
            timeouts += 1;
            println!("  TIMEOUT {rel}");
            continue;
        }
        if !status.is_some_and(|s| s.success())
            || first.starts_with("PANIC")
            || first.contains("panic caught")
        {
            panics += 1;
            println!("  PANIC   {rel}: {first}");
            if !first.starts_with("OK") {
                continue;
            }
        }
        if let Some(msg) = first.strip_prefix("ERR ") {
            errors += 1;
            println!("  error   {rel}: {msg}");
            continue;
        }
        ok += 1;
        let ours: String = out.lines().skip(1).collect::<Vec<_>>().join("\n");
        if let Some(theirs) = pdftotext(f, None) {
            let f1 = word_f1(&theirs, &ours);
            if f1 < 0.9 {
                println!("  low F1  {rel}: {f1:.3} ({first})");
            }
            f1s.push(f1);
        }
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
    println!(
        "realworld: {} files: ok {ok}, clean errors {errors}, panics {panics}, timeouts {timeouts}; mean word F1 vs pdftotext {mean:.4} over {} files; slowest {:.2} s ({})",
        files.len(),
        f1s.len(),
        slowest.0.as_secs_f64(),
        slowest.1.file_name().and_then(|n| n.to_str()).unwrap_or("")
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match args.first().map(String::as_str) {
        Some("one") => {
            if let Some(f) = args.get(1) {
                one(Path::new(f));
            }
        }
        Some("dump") => {
            let Some(f) = args.get(1) else { return };
            let bytes = std::fs::read(f).unwrap_or_default();
            match pdf::extract(&bytes, &Limits::default()) {
                Ok(doc) => {
                    println!("title: {:?}", doc.title);
                    for w in &doc.warnings {
                        println!("warning: {w}");
                    }
                    for p in &doc.pages {
                        println!(
                            "=== page {} label {:?} source {:?} error {:?}",
                            p.number, p.label, p.source, p.error
                        );
                        if args.get(2).map(String::as_str) == Some("lines") {
                            for l in &p.lines {
                                println!(
                                    "[b{} x{:.1} y{:.1} w{:.1} s{:.1}{}{}] {}",
                                    l.block,
                                    l.x,
                                    l.y,
                                    l.width,
                                    l.size,
                                    if l.bold { " B" } else { "" },
                                    if l.italic { " I" } else { "" },
                                    l.text
                                );
                            }
                        } else {
                            println!("{}", p.text);
                        }
                    }
                }
                Err(e) => println!("error: {e}"),
            }
        }
        Some("content") => {
            // Debug: the first bytes of a page's decoded content and its fonts.
            let (Some(f), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse::<u32>().ok()))
            else {
                return;
            };
            let bytes = std::fs::read(f).unwrap_or_default();
            match pdf::load(&bytes, &Limits::default()) {
                Ok(doc) => {
                    let pages = doc.get_pages();
                    let Some(&id) = pages.get(&n) else { return };
                    let data = doc
                        .get_page_content_with_limit(id, 1 << 26)
                        .unwrap_or_default();
                    println!("{}", String::from_utf8_lossy(&data[..data.len().min(3000)]));
                    if let Ok(fonts) = doc.get_page_fonts(id) {
                        for (k, v) in fonts {
                            println!("font {}: {:?}", String::from_utf8_lossy(&k), v);
                        }
                    }
                }
                Err(e) => println!("error: {e}"),
            }
        }
        Some("--corpus-only") => corpus(&root),
        Some("--realworld-only") => realworld(&root),
        _ => {
            corpus(&root);
            realworld(&root);
        }
    }
}
