//! The third blind Word-file set (tests/data/word/blind3, made by its `make.sh`, measured
//! before the readers were changed for it): headings numbered by a list in their style,
//! legal-style lists, lists restarted by a new list instance on their first item, lists that
//! start at 4 or 5, content controls, TOC entries with nested PAGEREF fields, REF fields, a
//! VML-only text box, footnotes and endnotes, smart tags and custom XML, vertical merges,
//! a different first page and even pages, sections of three page sizes; written by
//! python-docx, LibreOffice, pandoc and AbiWord. The truth is written by the generators from
//! the same strings as the documents (not read back from a reader): for every file, through
//! `kommission extract --format json`, word F1 against that text, the page count against
//! LibreOffice's PDF of the file, each list item's number as Word shows it, phrases that must
//! be there (content controls, text boxes, notes, cells) and text that must not (comments,
//! headers). Print the table with
//! `cargo test --test it word_blind3 -- --nocapture`.

use std::path::PathBuf;

use crate::word_blind::{check_files, close_pages, extracted_pages, f1, truth_of, words};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/word/blind3")
}

const FILES: &[&str] = &[
    "pydocx-ks.docx",
    "pydocx-ks-lo.docx",
    "pydocx-ks-lo.doc",
    "pydocx-ks-lo.rtf",
    "pydocx-ks-lo.odt",
    "pydocx-ks-abiword.rtf",
    "plan3-pandoc.docx",
    "plan3-pandoc.odt",
    "plan3-lo.doc",
    "plan3-abiword.doc",
];

/// The word F1 every file must reach.
const MIN_F1: f64 = 0.97;

/// A lower F1 floor, with the reason: AbiWord writes no list numbers, so the source's 21
/// numbers (about 30 of its words) are not in its file.
const LOWER_F1: &[(&str, f64)] = &[("pydocx-ks-abiword.rtf", 0.94)];

/// Phrases of the source that a file does not have, with the reason: AbiWord drops the space
/// at the start of a content control's text ("2026senast" is in its file); LibreOffice's RTF
/// export leaves out a VML text box (neither its file nor its PDF has the text).
const PHRASE_NOT_IN_FILE: &[(&str, &str)] = &[
    ("pydocx-ks-abiword.rtf", "2026 senast 2026-06-30"),
    ("pydocx-ks-lo.rtf", "Dialogen samlade 412 svar från boende"),
];

const LEGAL: &[&str] = &[
    "Bättre belysning längs gång- och cykelvägar",
    "Tunnlar och gångbroar ses över",
    "Parkerna rustas",
    "Fler vuxna ute på kvällarna",
    "Fritidsgårdarna håller öppet längre",
];
const RESTARTED: &[&str] = &[
    "Läxhjälp på biblioteket",
    "Sommarjobb för alla sökande",
    "Fler spontanidrottsplatser",
    "Klottersanering inom ett dygn",
];
const PANDOC_LISTS: &[&str] = &[
    "Aktiva raster i grundskolan",
    "Fler äldre deltar i träning",
    "Fler cykelvägar till skolorna",
    "Utbildning i psykisk första hjälpen",
    "Stöd till anhöriga",
];

/// List items whose number the file itself does not carry as the source had it, with the
/// reason (checked by hand in LibreOffice's PDF of the file): `(file, items)`; an empty
/// item list means every item.
/// - LibreOffice has no legal numbering (`w:isLgl`): its .doc, .rtf and .odt say "I.1"
///   where Word says "1.1";
/// - LibreOffice's .doc and .rtf exports lose a restart that only the list's first item
///   carries (their PDFs count on: 1, 3, 4 and 1, 5; "e), a)" and "a), b)");
/// - LibreOffice's .doc of pandoc's .docx loses pandoc's list instances (1, a, a, 1, 2);
/// - AbiWord writes no list numbers at all (`{\*\listtag0}`, no `\ls`).
const NOT_IN_FILE: &[(&str, &[&str])] = &[
    ("pydocx-ks-lo.doc", LEGAL),
    ("pydocx-ks-lo.doc", RESTARTED),
    ("pydocx-ks-lo.rtf", LEGAL),
    ("pydocx-ks-lo.rtf", RESTARTED),
    ("pydocx-ks-lo.odt", LEGAL),
    ("plan3-lo.doc", PANDOC_LISTS),
    ("pydocx-ks-abiword.rtf", &[]),
    ("plan3-abiword.doc", &[]),
];

/// Files that fail one of the checks; the test fails when a listed file passes: it is right
/// now, take it off. The blind measurement before any change (FIGURES.md) had four here:
/// pydocx-ks.docx and pydocx-ks-lo.docx (a list restarted on its first item counted on),
/// pydocx-ks-lo.rtf (6 pages of LibreOffice's 9: a `\pard` in a list number dropped the
/// paragraph's page break), pydocx-ks-lo.odt (the text of content controls lost).
const KNOWN_GAPS: &[&str] = &[];

/// One file's figures line and what is wrong with its extraction (empty when nothing is).
fn problems(file: &str) -> (String, Vec<String>) {
    let truth = truth_of(&dir(), file);
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
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let score = f1(&words(&text), &words(truth["text"].as_str().expect("text")));
    let min = LOWER_F1
        .iter()
        .find(|(f, _)| *f == file)
        .map_or(MIN_F1, |(_, m)| *m);
    if score < min {
        out.push(format!("word F1 {score:.3} < {min}"));
    }
    let (p, t) = (
        pages.len(),
        truth["pages"].as_u64().expect("pages") as usize,
    );
    if !close_pages(p, t) {
        out.push(format!("{p} pages, LibreOffice {t}"));
    }
    let (mut right, mut checked) = (0, 0);
    for l in truth["labels"].as_array().expect("labels") {
        let (label, item) = (l[0].as_str().expect("label"), l[1].as_str().expect("item"));
        let skip = NOT_IN_FILE
            .iter()
            .any(|(f, items)| *f == file && (items.is_empty() || items.contains(&item)));
        if skip {
            continue;
        }
        checked += 1;
        let want = format!("{label} {item}");
        if flat.contains(want.trim()) {
            right += 1;
        } else {
            out.push(format!("no {:?}", want.trim()));
        }
    }
    for a in truth["present"].as_array().expect("present") {
        let a = a.as_str().expect("present text");
        if !flat.contains(a) && !PHRASE_NOT_IN_FILE.contains(&(file, a)) {
            out.push(format!("lacks {a:?}"));
        }
    }
    for a in truth["absent"].as_array().expect("absent") {
        let a = a.as_str().expect("absent text");
        if flat.contains(a) {
            out.push(format!("shows {a:?}"));
        }
    }
    (
        format!("{file:<24} F1 {score:.3} pages {p:>3}/{t:<3} labels {right:>2}/{checked:<2}"),
        out,
    )
}

#[test]
fn word_blind3_text_pages_and_list_numbers_match_the_source() {
    check_files(FILES, KNOWN_GAPS, problems);
}
