//! The eighteenth blind Word set (tests/data/word/blind18, made by its `make.sh`): what a
//! municipality writes (a letterhead table in the header, a protocol extract, a landscape
//! section, a table-of-contents field with footnotes, a text box sender, content controls,
//! tracked changes and comments, a cover section, and two files whose answer is nothing),
//! as python-docx, LibreOffice and pandoc write them. Every marker word of `expect18.json`
//! is read once (`synlig`), none of the hidden ones (`osynlig`: deleted text, comments, a
//! hidden paragraph), phrases in order (`fraser`), through the CLI.

use std::path::PathBuf;

use crate::word_blind::extracted_pages;
use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind18")
}

#[test]
fn every_word_the_reader_sees_once() {
    assert_markers("blind18", "expect18.json");
}

/// A paragraph whose mark is a tracked deletion runs on into the next once the changes are
/// accepted, as Word and LibreOffice print it ("… synlig1132Kommunstyrelsen bör …"; on main
/// two paragraphs); the paragraphs deleted whole, text and mark, are not read at all.
#[test]
fn a_deleted_paragraph_mark_joins_two_paragraphs() {
    for file in ["andring18.docx", "andring18-lo.odt"] {
        let text = extracted_pages(&dir().join(file)).expect(file).join("\n");
        assert!(
            text.contains("synlig1132Kommunstyrelsen bör"),
            "{file}: {text}"
        );
        assert!(!text.contains("osynlig13"), "{file}");
    }
}

/// The two files whose answer is nothing: every paragraph a tracked deletion (and two
/// comments), and a blank form (empty rows, a hidden paragraph, a comment): no text.
#[test]
fn deleted_and_blank_documents_have_no_text() {
    for file in ["struken18.docx", "tom18-lo.odt", "tom18-lo.rtf"] {
        let pages = extracted_pages(&dir().join(file)).expect(file);
        assert!(
            pages.iter().all(|p| p.trim().is_empty()),
            "{file}: {pages:?}"
        );
    }
}
