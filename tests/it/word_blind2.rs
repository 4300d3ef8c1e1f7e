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

use crate::word_blind::{check_files, close_pages, extracted_pages, f1, truth_of, words};

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

/// Where LibreOffice's PDF is no reference, with the reason (checked by hand):
/// `(file, phrase, count)`: the count the file's own text has.
const REFERENCE_WRONG: &[(&str, &str, u64)] = &[
    // LibreOffice's RTF import loses the amounts of a nested table (its PDF shows the outer
    // cells and the first inner cell only); the same document's .docx, .odt and .doc, read
    // by LibreOffice, have them.
    ("arende-lo.rtf", "2,1 mnkr", 1),
    ("arende-abiword.rtf", "2,1 mnkr", 1),
    ("pydocx-andring-lo.rtf", "12 mnkr", 1),
];

/// A lower F1 floor, with the reason: LibreOffice prints AbiWord's frame properties
/// (`{\abiframeprops …}`, written without the `\*` that marks a group readers may skip) as
/// about 30 words of text on the page; no reader of the document sees them.
const LOWER_F1: &[(&str, f64)] = &[("arende-abiword.rtf", 0.95)];

/// The reference text with LibreOffice's own hyphenation undone: a line that ends in a
/// letter and a hyphen, followed by a line that starts with a lower-case letter, is one
/// word broken by the layout (pandoc's RTF turns automatic hyphenation on;
/// `pdftotext -layout` keeps the hyphen).
fn dehyphenate(page: &str) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_end();
        let next = lines.get(i + 1).map(|l| l.trim_start()).unwrap_or("");
        let broken = t
            .strip_suffix('-')
            .is_some_and(|w| w.chars().last().is_some_and(char::is_alphabetic))
            && next.chars().next().is_some_and(char::is_lowercase);
        if broken {
            out.push_str(&t[..t.len() - 1]);
        } else {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

/// Files that fail one of the checks; the test fails when a listed file passes: it is right
/// now, take it off. The blind measurement before any change (2026-12-02, FIGURES.md) had all
/// ten here: .rtf not read; hidden text shown in every format; .doc showed deleted text, a
/// moved sentence twice and no text box; soft hyphens (U+00AD) kept inside words; .odt pages
/// too few. Left:
/// - pydocx-andring.docx: 5 pages, LibreOffice 6: its PDF sets the endnote on a page of its
///   own (Word sets endnotes after the text); the other five pages break where LibreOffice's do.
///
/// pydocx-andring-lo.odt was one too (5 pages for 6) until its endnote was set on a page of
/// its own, as LibreOffice sets an .odt's endnotes.
const KNOWN_GAPS: &[&str] = &["pydocx-andring.docx"];

/// What is wrong with one file's extraction (empty when nothing is).
fn problems(file: &str) -> (String, Vec<String>) {
    let truth = truth_of(&dir(), file);
    let truth_pages: Vec<&str> = truth["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p.as_str().expect("page text"))
        .collect();
    let pages = match extracted_pages(&dir().join(file)) {
        Ok(pages) => pages,
        Err(e) => {
            return (
                format!("{file:<24} not read"),
                vec![format!("not read: {e}")],
            )
        }
    };
    let text = pages.join("\n");
    let mut out = Vec::new();
    let reference: Vec<String> = truth_pages.iter().map(|p| dehyphenate(p)).collect();
    let score = f1(&words(&text), &words(&reference.join("\n")));
    let min = LOWER_F1
        .iter()
        .find(|(f, _)| *f == file)
        .map_or(MIN_F1, |(_, m)| *m);
    if score < min {
        out.push(format!("word F1 {score:.3} < {min}"));
    }
    let (p, t) = (pages.len(), truth_pages.len());
    if !close_pages(p, t) {
        out.push(format!("{p} pages, LibreOffice {t}"));
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (phrase, n) in truth["phrases"].as_object().expect("phrases") {
        let want = REFERENCE_WRONG
            .iter()
            .find(|(f, p, _)| *f == file && p == phrase)
            .map_or(n.as_u64().unwrap_or(0), |(_, _, count)| *count);
        let got = flat.matches(phrase.as_str()).count();
        if got as u64 != want {
            out.push(format!("{phrase:?} {got} times, LibreOffice {want}"));
        }
    }
    (format!("{file:<24} F1 {score:.3} pages {p:>3}/{t:<3}"), out)
}

#[test]
fn word_blind2_text_pages_and_edits_match_libreoffice() {
    check_files(FILES, KNOWN_GAPS, problems);
}
