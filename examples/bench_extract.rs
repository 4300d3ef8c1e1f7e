//! Benchmark of the PDF text extraction (run through `bench/extract`).
//!
//! * Corpus: for every `tests/data/<id>.truth.json` with `corpus/<id>.pdf`, per page:
//!   character error rate (Levenshtein distance / truth length, whitespace-normalised),
//!   word F1 and recall of å ä ö Å Ä Ö, for kommission and for `pdftotext` side by side.
//!   The truth text has no printed page number; lines of pdftotext's output that are just
//!   the printed number are removed before comparing.
//! * Producers: every PDF under `tests/data/producers/` whose file name starts with the id of
//!   a `tests/data/<id>.truth.json` (the corpus' texts typeset by other programs): character
//!   error rate of the whole document against the truth, for kommission and pdftotext.
//! * Real world: when `realworld` and `realworld-sv` exist in the shared folder
//!   (`$KOMMISSION_SHARED`, else `../shared` or `../../shared` beside the checkout), every PDF
//!   under them is extracted in a child process with a 10 s limit: files ok / clean errors /
//!   panics / timeouts; per file, worst first, the word F1 of kommission's text against
//!   pdftotext's (both de-hyphenated by [`kommission::text::join_lines_at_hyphen`]) and the
//!   glued and split words (a word of one text that is two adjacent words of the other);
//!   the median and the worst tenth of the F1. The F1 is given twice: with the furniture
//!   (kommission's running headers and footers, `Page::running`, added to its text, and
//!   pdftotext's lines that are just the page's label taken out: both are pagination that
//!   kommission moves out of the reading text by design) and of the text alone.
//!
//! Usage: `bench_extract [--corpus-only | --realworld-only]`,
//! `bench_extract --producers-only [DIR]`, `bench_extract dump FILE.pdf`,
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

/// One page of the child's output: its label, its text and its running lines.
struct Ours {
    label: String,
    text: String,
    running: String,
}

impl Ours {
    fn parse(page: &str) -> Ours {
        let (label, rest) = page.split_once('\n').unwrap_or((page, ""));
        let (text, running) = rest.split_once("\n\u{b}\n").unwrap_or((rest, ""));
        Ours {
            label: label.trim().to_string(),
            text: text.to_string(),
            running: running.to_string(),
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
            // Each page: a form feed with the page label, the text, a vertical tab, then the
            // running headers and footers that were taken out of the text (one a line).
            for p in doc.pages {
                println!("\u{c}{}", p.label.as_deref().unwrap_or(""));
                println!("{}", p.text);
                println!("\u{b}");
                for r in &p.running {
                    println!("{r}");
                }
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

/// Lines of a text with words hyphenated over line ends joined by the crate's rule (so that
/// pdftotext's text and ours are compared on the same footing).
fn dehyphenate(text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut i = 0;
    while i + 1 < lines.len() {
        let joined = match lines.get_mut(i..i + 2) {
            Some([a, b]) if !b.trim().is_empty() => kommission::text::join_lines_at_hyphen(a, b),
            _ => false,
        };
        if !joined {
            i += 1;
        }
    }
    lines.join("\n")
}

/// Glued words (a word of `got` that is two adjacent words of `truth`) and split words (two
/// adjacent words of `got` that are one word of `truth`), with examples.
fn glued_split(truth: &str, got: &str) -> (usize, usize, Vec<String>) {
    use std::collections::HashSet;
    let clean = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let tw: Vec<String> = truth.split_whitespace().map(clean).collect();
    let gw: Vec<String> = got.split_whitespace().map(clean).collect();
    let tset: HashSet<&str> = tw.iter().map(String::as_str).collect();
    let gset: HashSet<&str> = gw.iter().map(String::as_str).collect();
    let pairs = |ws: &[String]| -> HashSet<String> {
        ws.windows(2)
            .filter(|w| !w[0].is_empty() && !w[1].is_empty())
            .map(|w| format!("{}{}", w[0], w[1]))
            .collect()
    };
    let tpairs = pairs(&tw);
    let gpairs = pairs(&gw);
    // `BENCH_EXAMPLES=all` lists every glued and split word (sorted), not just a few.
    let all = std::env::var("BENCH_EXAMPLES").is_ok_and(|v| v == "all");
    let (max_glued, max_all) = if all {
        (usize::MAX, usize::MAX)
    } else {
        (3, 6)
    };
    let mut gsorted: Vec<&&str> = gset.iter().collect();
    gsorted.sort();
    let mut tsorted: Vec<&&str> = tset.iter().collect();
    tsorted.sort();
    let mut examples = Vec::new();
    let mut glued = 0;
    for w in gsorted.into_iter().filter(|w| w.chars().count() > 1) {
        if !tset.contains(*w) && tpairs.contains(*w) {
            glued += 1;
            if examples.len() < max_glued {
                examples.push(format!("glued {w:?}"));
            }
        }
    }
    let mut split = 0;
    for w in tsorted.into_iter().filter(|w| w.chars().count() > 1) {
        if !gset.contains(*w) && gpairs.contains(*w) {
            split += 1;
            if examples.len() < max_all {
                examples.push(format!("split {w:?}"));
            }
        }
    }
    (glued, split, examples)
}

/// The shared reference folder: `$KOMMISSION_SHARED`, else `../shared` beside the checkout,
/// else `../../shared` (a worktree one level further down).
fn shared_dir(root: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("KOMMISSION_SHARED") {
        return PathBuf::from(dir);
    }
    let near = root.join("../shared");
    if near.is_dir() {
        near
    } else {
        root.join("../../shared")
    }
}

fn realworld(root: &Path) {
    let shared = shared_dir(root);
    for set in ["realworld", "realworld-sv"] {
        realworld_set(&shared.join(set));
    }
}

fn realworld_set(dir: &Path) {
    if !dir.is_dir() {
        println!("realworld: {} not present, skipped", dir.display());
        return;
    }
    let mut files = Vec::new();
    collect_pdfs(dir, &mut files);
    files.sort();
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("bench_extract"));
    let (mut ok, mut errors, mut panics, mut timeouts) = (0, 0, 0, 0);
    // (F1 with furniture, F1 of the text alone, glued, split, name, examples)
    #[allow(clippy::type_complexity)]
    let mut rows: Vec<(f64, f64, usize, usize, String, Vec<String>)> = Vec::new();
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
        let rel = f.strip_prefix(dir).unwrap_or(f).display().to_string();
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
        let body = out.split_once('\n').map_or("", |(_, b)| b);
        let pages: Vec<Ours> = body.split('\u{c}').skip(1).map(Ours::parse).collect();
        if let Some(theirs) = pdftotext(f, None) {
            // Furniture: kommission takes running headers and footers out of the page text
            // (`Page::running`) and the printed page number into the label; pdftotext prints
            // them. `text` compares the page text alone (and gives the glued and split words);
            // `all` adds the running lines to ours and takes the lines that are just the
            // page's label out of pdftotext's.
            let text_ours: String = pages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let all_ours: String = pages
                .iter()
                .map(|p| format!("{}\n{}", p.text, p.running))
                .collect::<Vec<_>>()
                .join("\n");
            let all_theirs: String = theirs
                .split('\u{c}')
                .enumerate()
                .map(|(i, t)| {
                    let label = pages.get(i).map_or("", |p| p.label.as_str());
                    t.lines()
                        .filter(|l| label.is_empty() || l.trim() != label)
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect::<Vec<_>>()
                .join("\n");
            let theirs = dehyphenate(&theirs);
            let all_theirs = dehyphenate(&all_theirs);
            // Files without a text layer (scans) say nothing about the text layer's reading.
            if theirs.split_whitespace().count() < 20 {
                continue;
            }
            let f1_text = word_f1(&theirs, &text_ours);
            let f1 = word_f1(&all_theirs, &all_ours);
            let (glued, split, examples) = glued_split(&theirs, &text_ours);
            rows.push((f1, f1_text, glued, split, rel, examples));
        }
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.4.cmp(&b.4)));
    println!(
        "{}: per file, worst first (word F1 vs de-hyphenated pdftotext with furniture, of the text alone, glued, split):",
        dir.display()
    );
    for (f1, f1_text, glued, split, name, ex) in &rows {
        println!(
            "  {f1:.4}  text {f1_text:.4}  glued {glued:>3}  split {split:>3}  {name}  {}",
            ex.join(", ")
        );
    }
    // The median and the worst tenth (the F1 below which a tenth of the files fall).
    let stats = |mut f1s: Vec<f64>| {
        f1s.sort_by(f64::total_cmp);
        let median = f1s.get(f1s.len() / 2).copied().unwrap_or(0.0);
        let tenth = f1s.get(f1s.len() / 10).copied().unwrap_or(0.0);
        let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
        (median, tenth, mean)
    };
    let (median, tenth, mean) = stats(rows.iter().map(|r| r.0).collect());
    let (t_median, t_tenth, t_mean) = stats(rows.iter().map(|r| r.1).collect());
    println!(
        "{}: text alone (furniture not compared): median {t_median:.4}, worst tenth {t_tenth:.4}, mean {t_mean:.4}",
        dir.display()
    );
    let glued: usize = rows.iter().map(|r| r.2).sum();
    let split: usize = rows.iter().map(|r| r.3).sum();
    println!(
        "{}: {} files: ok {ok}, clean errors {errors}, panics {panics}, timeouts {timeouts}; word F1 vs pdftotext (with furniture) over {} files with text: median {median:.4}, worst tenth {tenth:.4}, mean {mean:.4}; glued {glued}, split {split}; slowest {:.2} s ({})",
        dir.file_name().and_then(|n| n.to_str()).unwrap_or(""),
        files.len(),
        rows.len(),
        slowest.0.as_secs_f64(),
        slowest.1.file_name().and_then(|n| n.to_str()).unwrap_or("")
    );
}

/// Character edit distance between two long texts: anchored on the words that occur once in
/// each (in the same order), with Levenshtein on the stretches between anchors.
fn long_distance(truth: &str, got: &str) -> usize {
    let tw: Vec<&str> = truth.split_whitespace().collect();
    let gw: Vec<&str> = got.split_whitespace().collect();
    let mut tc: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, w) in tw.iter().enumerate() {
        tc.entry(w).or_insert((0, i)).0 += 1;
    }
    let mut gc: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, w) in gw.iter().enumerate() {
        gc.entry(w).or_insert((0, i)).0 += 1;
    }
    // Unique in both: (truth index, got index) by truth index; longest increasing run of got
    // indices (patience).
    let mut pairs: Vec<(usize, usize)> = tc
        .iter()
        .filter(|(_, c)| c.0 == 1)
        .filter_map(|(w, c)| gc.get(w).filter(|g| g.0 == 1).map(|g| (c.1, g.1)))
        .collect();
    pairs.sort_unstable();
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, g)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < g);
        prev[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut anchors = Vec::new();
    let mut k = tails.last().copied();
    while let Some(i) = k {
        anchors.push(pairs[i]);
        k = prev[i];
    }
    anchors.reverse();
    let mut dist = 0;
    let (mut ti, mut gi) = (0, 0);
    for (ta, ga) in anchors
        .into_iter()
        .chain(std::iter::once((tw.len(), gw.len())))
    {
        let a: Vec<char> = tw[ti..ta].join(" ").chars().collect();
        let b: Vec<char> = gw[gi..ga].join(" ").chars().collect();
        dist += levenshtein(&a, &b);
        // The space before the anchor on one side only.
        if a.is_empty() != b.is_empty() {
            dist += 1;
        }
        ti = ta + 1;
        gi = ga + 1;
    }
    dist
}

/// The corpus' texts typeset by other producers (`<dir>/<id>*.pdf`, `dir` by default
/// `tests/data/producers`): CER of the whole document against the truth, for kommission and
/// pdftotext.
fn producers(root: &Path, dir: &Path) {
    let mut files = Vec::new();
    collect_pdfs(dir, &mut files);
    files.sort();
    if files.is_empty() {
        println!("producers: no PDFs under {}", dir.display());
        return;
    }
    let mut truths: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("tests/data")) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".truth.json") else {
                continue;
            };
            let Some(v) = std::fs::read_to_string(e.path())
                .ok()
                .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            else {
                continue;
            };
            let text: Vec<String> = v["pages"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .filter_map(|p| p["text"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            truths.push((id.to_string(), norm(&text.join(" "))));
        }
    }
    truths.sort_by_key(|t| std::cmp::Reverse(t.0.len()));
    println!("producers: whole-document CER against the truth (kommission | pdftotext)");
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some((_, truth)) = truths.iter().find(|(id, _)| name.starts_with(id.as_str())) else {
            continue;
        };
        let bytes = std::fs::read(f).unwrap_or_default();
        let ours = match pdf::extract(&bytes, &Limits::default()) {
            Ok(d) => norm(
                &d.pages
                    .iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Err(e) => {
                println!("  {name}: ERROR {e}");
                continue;
            }
        };
        // pdftotext keeps the printed page numbers (own lines), which the truth has not.
        let theirs = pdftotext(f, None).unwrap_or_default();
        let theirs: String = dehyphenate(&theirs)
            .lines()
            .filter(|l| !l.trim().chars().all(|c| c.is_ascii_digit()) || l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let tl = truth.chars().count().max(1) as f64;
        let c1 = long_distance(truth, &norm(&ours)) as f64 / tl;
        let c2 = long_distance(truth, &norm(&theirs)) as f64 / tl;
        let (g1, s1, ex) = glued_split(truth, &ours);
        let flag = if c1 > c2 + 1e-9 { "  <--" } else { "" };
        println!(
            "  {name:<50} CER {c1:.4} | {c2:.4}  glued {g1} split {s1} {}{flag}",
            ex.join(", ")
        );
    }
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
        Some("--producers-only") => {
            let dir = args
                .get(1)
                .map_or_else(|| root.join("tests/data/producers"), PathBuf::from);
            producers(&root, &dir);
        }
        _ => {
            corpus(&root);
            producers(&root, &root.join("tests/data/producers"));
            realworld(&root);
        }
    }
}
