//! The second blind Word-file set (tests/data/word/blind2, made by its `make.sh`, measured
//! before the readers were changed for it): what editing and layout leave in .docx, .odt,
//! .doc and .rtf files (tracked insertions, deletions and moves, comments, hidden text, text
//! boxes, TOC and page fields, footnotes and endnotes, soft and non-breaking hyphens,
//! two-column sections, nested tables, a header per section), written by python-docx,
//! LibreOffice, AbiWord and pandoc. For every file, through `kommission extract --format
//! json`: it is read; word F1 against the text of LibreOffice's PDF of the same file as a
//! reader sees it; the page count against that PDF's; and how often each checked phrase
//! occurs (deleted, hidden and comment text never; inserted and moved text, text boxes,
//! notes, nested cells and TOC entries as often as on LibreOffice's pages). Print the table
//! with `cargo test --test it word_blind2 -- --nocapture`.

use std::path::PathBuf;

use crate::support::proc::run;
use crate::word_blind::{f1, words};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/word/blind2")
}

const FILES: &[&str] = &[
    "pydocx-andring.docx",
    "pydocx-andring-lo.doc",
    "pydocx-andring-lo.rtf",
    "pydocx-andring-lo.odt",
    "arende-lo.docx",
    "arende-lo.doc",
    "arende-lo.rtf",
    "arende-lo.odt",
    "arende-abiword.rtf",
    "plan2-pandoc.rtf",
];

/// The word F1 every file must reach.
const MIN_F1: f64 = 0.97;

/// Files that fail one of the checks (the blind measurement before any change, 2026-12-02:
/// .rtf not read; hidden text shown in every format; .doc showed deleted text, a moved
/// sentence twice and no text box; soft hyphens (U+00AD) kept inside words; .odt pages too
/// few). The test fails when a listed file passes: it is right now, take it off.
const KNOWN_GAPS: &[&str] = &[
    "pydocx-andring.docx",
    "pydocx-andring-lo.doc",
    "pydocx-andring-lo.rtf",
    "pydocx-andring-lo.odt",
    "arende-lo.docx",
    "arende-lo.doc",
    "arende-lo.rtf",
    "arende-lo.odt",
    "arende-abiword.rtf",
    "plan2-pandoc.rtf",
];

/// What is wrong with one file's extraction (empty when nothing is).
fn problems(file: &str) -> (String, Vec<String>) {
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
    let index = tempfile::tempdir().expect("tempdir");
    let path = dir().join(file);
    let o = run(
        index.path(),
        &["extract", "--format", "json", path.to_str().expect("utf-8")],
    );
    if o.status.code() != Some(0) {
        let err = String::from_utf8_lossy(&o.stderr).trim().to_string();
        return (
            format!("{file:<24} not read"),
            vec![format!("not read: {err}")],
        );
    }
    let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
    let pages = doc["pages"].as_array().expect("pages");
    let text: Vec<&str> = pages
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default())
        .collect();
    let text = text.join("\n");
    let mut out = Vec::new();
    let score = f1(&words(&text), &words(&truth_pages.join("\n")));
    if score < MIN_F1 {
        out.push(format!("word F1 {score:.3} < {MIN_F1}"));
    }
    let (p, t) = (pages.len(), truth_pages.len());
    let close = if t > 5 {
        (p as f64 - t as f64).abs() <= 0.15 * t as f64
    } else {
        p.abs_diff(t) <= 1
    };
    if !close {
        out.push(format!("{p} pages, LibreOffice {t}"));
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (phrase, n) in truth["phrases"].as_object().expect("phrases") {
        let (got, want) = (
            flat.matches(phrase.as_str()).count(),
            n.as_u64().unwrap_or(0),
        );
        if got as u64 != want {
            out.push(format!("{phrase:?} {got} times, LibreOffice {want}"));
        }
    }
    (format!("{file:<24} F1 {score:.3} pages {p:>3}/{t:<3}"), out)
}

#[test]
fn word_blind2_text_pages_and_edits_match_libreoffice() {
    let mut failures = Vec::new();
    for file in FILES {
        let (line, problems) = problems(file);
        println!("{line} {problems:?}");
        match (problems.is_empty(), KNOWN_GAPS.contains(file)) {
            (false, false) => failures.push(format!("{file}: {problems:?}")),
            (true, true) => failures.push(format!("{file}: is right now: take it off KNOWN_GAPS")),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
