//! The seventeenth blind Word set (tests/data/word/blind17, made by its `make.sh`): a
//! letterhead drawing in the header, 20-pt words in 11-pt text, contextual spacing, letter
//! spacing, table rows of a minimum height and inline drawings, as python-docx, LibreOffice
//! and pandoc write them. Every marker word of `expect17.json` is read once (`synlig`),
//! phrases in order (`fraser`), through the CLI.

use std::path::PathBuf;

use crate::word_blind::extracted_pages;
use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind17")
}

/// The number (1-based) of the page of `file` that holds `marker`.
fn page_of(file: &str, marker: &str) -> usize {
    let pages = extracted_pages(&dir().join(file)).expect(file);
    let at = pages.iter().position(|p| p.contains(marker));
    at.unwrap_or_else(|| panic!("{file}: no {marker}")) + 1
}

#[test]
fn every_word_the_reader_sees_once() {
    assert_markers("blind17", "expect17.json");
}

/// A table row is at least as high as the file says (.docx `w:trHeight`, .doc
/// `sprmTDyaRowHeight`, RTF `\trrh`, .odt `style:min-row-height`): the last row of
/// brev17's 14 rows of at least 1.5 cm, and of riktlinje17's 15, stands on LibreOffice's
/// page (4 and 6; on main, 3 and 5: each row as high as its one line).
#[test]
fn a_table_row_takes_its_minimum_height() {
    // (brev17-lo.rtf, whose list now takes no space between its items and whose text is
    // measured in Calibri's face, has the row on page 3: LibreOffice's RTF of it has no
    // letterhead drawing, and its page count, 4, is still LibreOffice's; PAGES.md.)
    for file in ["brev17.docx", "brev17-lo.doc"] {
        assert_eq!(page_of(file, "synlig959"), 4, "{file}");
    }
    for file in [
        "riktlinje17-lo.docx",
        "riktlinje17-lo.odt",
        "riktlinje17-lo.doc",
    ] {
        assert_eq!(page_of(file, "synlig1025"), 6, "{file}");
    }
}

/// An inline drawing takes its height on the page (.docx `wp:inline`'s extent, .odt a
/// shape anchored as a character): brev17's 11 cm drawing and riktlinje17's 10 cm one
/// push the closing lines onto LibreOffice's last page (5 and 7; on main 4 and 6).
/// (riktlinje17-lo.docx, whose list now takes no space between its items as LibreOffice
/// sets it, has every marker but this last one on LibreOffice's page: its page 6 holds
/// about eight lines more than LibreOffice's, PAGES.md.)
#[test]
fn an_inline_drawing_takes_its_height() {
    for (file, marker, page) in [
        ("brev17.docx", "synlig961", 5),
        ("brev17-lo.odt", "synlig961", 5),
        ("riktlinje17-lo.odt", "synlig1027", 7),
    ] {
        assert_eq!(page_of(file, marker), page, "{file}");
        let pages = extracted_pages(&dir().join(file)).expect(file);
        assert_eq!(pages.len(), page, "{file}");
    }
}

/// A .docx header taller than its margin pushes the text down (brev17's letterhead drawing,
/// 3.4 cm from 1.25 cm, under a 2 cm margin; .odt: a drawing makes its header line as tall),
/// and a 20-pt word makes its line of 11-pt text taller: the list after six such paragraphs
/// starts on LibreOffice's page 2 (on main 1).
#[test]
fn a_tall_header_and_large_words_push_the_text_down() {
    for file in ["brev17.docx", "brev17-lo.odt"] {
        for marker in ["synlig953", "synlig954"] {
            assert_eq!(page_of(file, marker), 2, "{file} {marker}");
        }
    }
}

/// Contextual spacing: no space between the paragraphs of one style that ask for it
/// (.odt `style:contextual-spacing` on a named style, RTF `\contextualspace`): the heading
/// after riktlinje17's 20-item list is on LibreOffice's page (.odt 4, RTF 5; on main 5 and 6)
/// and the RTF has LibreOffice's 7 pages (main 8; its paragraphs are also measured in their
/// font's face now, Liberation Serif, not an unknown font's).
#[test]
fn paragraphs_of_one_style_with_contextual_spacing_take_no_space_between() {
    assert_eq!(page_of("riktlinje17-lo.odt", "synlig1022"), 4);
    assert_eq!(page_of("riktlinje17-lo.rtf", "synlig1022"), 5);
    let pages = extracted_pages(&dir().join("riktlinje17-lo.rtf")).expect("rtf");
    assert_eq!(pages.len(), 7);
}
