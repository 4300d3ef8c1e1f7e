//! The sixteenth blind Word set (tests/data/word/blind16, made by its `make.sh`): sections,
//! line spacing and spanned rows as other authors set them (a drop cap, exact and at-least
//! line spacing, a table whose first column spans rows, a break to a right-hand page into
//! other margins, a signature table, a line grid, a boxed paragraph, a form table kept
//! together, pandoc's grid table and definition list). Every marker word of `expect16.json`
//! is read once (`synlig`), phrases in order (`fraser`), through the CLI.

use std::path::PathBuf;

use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind16")
}

#[test]
fn every_word_the_reader_sees_once() {
    assert_markers("blind16", "expect16.json");
}

/// An .odt master page's header and footer take the room of their lines (a table's rows,
/// paragraphs outside tables) where that is more than their layout's minimum height, which
/// LibreOffice saves as 0: protokoll16-lo.odt, whose every page has a one-line header, has
/// LibreOffice's 7 pages (it gave 6) and its signatures on the last. A master page without
/// a header takes no header room, whatever its layout's header style says.
#[test]
fn an_odt_header_takes_the_room_of_its_lines() {
    let pages = crate::word_blind::extracted_pages(&dir().join("protokoll16-lo.odt")).expect("odt");
    assert_eq!(pages.len(), 7);
    assert!(pages[6].contains("Per Ek ordförande"), "{}", pages[6]);
}
