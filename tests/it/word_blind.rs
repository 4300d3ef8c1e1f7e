//! The blind Word-file set (tests/data/word/blind, made by its `make.sh`): .docx, .odt and .doc
//! files written by python-docx, pandoc, LibreOffice (from flat ODT and from HTML) and AbiWord
//! (RTF), each against the text per page of LibreOffice's own PDF of the same file. For every
//! file: word F1 of `kommission extract --format json` against that text, and the page count
//! against LibreOffice's. Print the table with
//! `cargo test --test it word_blind -- --nocapture`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::support::proc::run;
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/word/blind")
}

/// The files of the set, with the word F1 each must reach.
const FILES: &[(&str, f64)] = &[
    ("pydocx-lang.docx", 0.97),
    ("pydocx-spar.docx", 0.97),
    ("protokoll-lo.docx", 0.97),
    ("protokoll-lo.doc", 0.97),
    ("protokoll-lo.odt", 0.97),
    ("plan-pandoc.docx", 0.97),
    ("plan-pandoc.odt", 0.97),
    ("plan-lo.doc", 0.97),
    ("beslut-lo.docx", 0.97),
    // Read since RTF is (it was the set's file that is not read).
    ("plan-abiword.rtf", 0.97),
];

/// Files whose page count is known to be off by more than 15 % (documents over 5 pages) or
/// more than one page (shorter ones); the test fails when a listed file is right.
const KNOWN_GAPS: &[&str] = &[];

/// Words (letters and digits, å ä ö included), lower-cased, counted.
pub(crate) fn words(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *out.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    out
}

/// Word F1 of `got` against `truth`, over word multisets.
pub(crate) fn f1(got: &HashMap<String, usize>, truth: &HashMap<String, usize>) -> f64 {
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(truth.get(w).copied().unwrap_or(0)))
        .sum();
    let (g, t): (usize, usize) = (got.values().sum(), truth.values().sum());
    if g == 0 || t == 0 {
        return if g == t { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / g as f64, common as f64 / t as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

struct Measured {
    file: &'static str,
    f1: f64,
    pages: usize,
    truth_pages: usize,
}

fn measure(file: &'static str) -> Measured {
    let truth: Value = serde_json::from_str(
        &std::fs::read_to_string(dir().join(format!("{file}.truth.json"))).expect("truth"),
    )
    .expect("truth json");
    let truth_pages: Vec<&str> = truth["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p.as_str().expect("page text"))
        .collect();
    let text = extracted_pages(&dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    Measured {
        file,
        f1: f1(&words(&text.join("\n")), &words(&truth_pages.join("\n"))),
        pages: text.len(),
        truth_pages: truth_pages.len(),
    }
}

/// The page texts of a file as `kommission extract --format json` gives them, or why it is
/// not read.
pub(crate) fn extracted_pages(path: &Path) -> Result<Vec<String>, String> {
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &["extract", "--format", "json", path.to_str().expect("utf-8")],
    );
    if o.status.code() != Some(0) {
        return Err(String::from_utf8_lossy(&o.stderr).trim().to_string());
    }
    let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
    Ok(doc["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
        .collect())
}

/// Whether a page count is close to LibreOffice's: within 15 % over 5 pages, else ±1.
pub(crate) fn close_pages(got: usize, truth: usize) -> bool {
    if truth > 5 {
        (got as f64 - truth as f64).abs() <= 0.15 * truth as f64
    } else {
        got.abs_diff(truth) <= 1
    }
}

/// Run `problems` (a figures line, what is wrong) on every file of a blind set, print the
/// lines and fail on a file with problems that is not in `known_gaps`, or one that is and
/// has none (take it off the list).
pub(crate) fn check_files(
    files: &[&str],
    known_gaps: &[&str],
    problems: impl Fn(&str) -> (String, Vec<String>),
) {
    let mut failures = Vec::new();
    for file in files {
        let (line, problems) = problems(file);
        println!("{line} {problems:?}");
        match (problems.is_empty(), known_gaps.contains(file)) {
            (false, false) => failures.push(format!("{file}: {problems:?}")),
            (true, true) => failures.push(format!("{file}: is right now: take it off KNOWN_GAPS")),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The truth file of `file` in `dir` (`FILE.truth.json`).
pub(crate) fn truth_of(dir: &Path, file: &str) -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{file}.truth.json"))).expect("truth"),
    )
    .expect("truth json")
}

fn pages_close(m: &Measured) -> bool {
    close_pages(m.pages, m.truth_pages)
}

#[test]
fn word_blind_text_and_pages_match_libreoffice() {
    let measured: Vec<Measured> = FILES.iter().map(|(f, _)| measure(f)).collect();
    println!("{:<20} {:>6} {:>6} {:>6}", "file", "F1", "pages", "LO");
    for m in &measured {
        println!(
            "{:<20} {:>6.3} {:>6} {:>6}",
            m.file, m.f1, m.pages, m.truth_pages
        );
    }
    let mut failures = Vec::new();
    for (m, (_, min)) in measured.iter().zip(FILES) {
        if m.f1 < *min {
            failures.push(format!("{}: word F1 {:.3} < {min}", m.file, m.f1));
        }
        let gap = KNOWN_GAPS.contains(&m.file);
        match (pages_close(m), gap) {
            (false, false) => failures.push(format!(
                "{}: {} pages, LibreOffice {}",
                m.file, m.pages, m.truth_pages
            )),
            (true, true) => failures.push(format!("{}: pages right, off KNOWN_GAPS", m.file)),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A real Word 97–2003 file (../shared/realworld-sv, a Swedish judgment of 17,546 words, which
/// was one page before its pages were estimated) has about as many pages as LibreOffice's PDF
/// of it (`soffice --convert-to pdf`, 33 pages, counted 2026-12-02): within 15 %.
#[test]
#[ignore = "needs ../shared"]
fn a_real_doc_file_has_about_libreoffices_pages() {
    let (file, lo) = ("ferenda_HD-B86-05.doc", 33usize);
    let path = crate::support::shared("realworld-sv").join(file);
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &["extract", "--format", "json", path.to_str().expect("utf-8")],
    );
    assert_eq!(o.status.code(), Some(0), "{file}");
    let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
    let pages = doc["pages"].as_array().expect("pages").len();
    println!("{file}: {pages} pages, LibreOffice {lo}");
    assert!(
        (pages as f64 - lo as f64).abs() <= 0.15 * lo as f64,
        "{file}: {pages} pages, LibreOffice {lo}"
    );
}
