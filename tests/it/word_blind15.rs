//! The fifteenth blind Word set (tests/data/word/blind15, made by its `make.sh`): page flow
//! as other authors set it (a first page with its own header, "page break before" in a
//! style, repeated header rows, lists continued over a table, a column break, a captioned
//! image frame, hidden paragraphs). Every marker word of `expect15.json` is read once
//! (`synlig`), never (`osynlig`), phrases in order (`fraser`), through the CLI.

use std::path::PathBuf;

use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind15")
}

/// A paragraph whose paragraph style hides its characters (`text:display="none"` in the
/// style's text properties) is not on the page (spalt15-lo.odt; LibreOffice hides it, and
/// the .docx and .doc of the same file do not show it either); list numbers continue over a
/// table and restart where the file says, in all four readers.
#[test]
fn every_word_the_reader_sees_once_and_none_they_do_not() {
    assert_markers("blind15", "expect15.json");
}

/// Where LibreOffice's soft page breaks leave page after page under half full (a headless
/// save before its layout is done: flode15-lo.odt's 55-row table at 4 rows a page, 19
/// pages), they are not this text's breaks and the pages are estimated (LibreOffice prints
/// it on 12; it gave 18). An .odt table whose columns give only relative widths
/// (`style:rel-column-width`, as pandoc writes them) is laid out by those shares of its
/// width, not in equal columns: pandoc15.odt has LibreOffice's 4 pages (it gave 6).
#[test]
fn odt_pages_from_stale_soft_breaks_and_relative_column_widths() {
    for (file, libreoffice) in [("flode15-lo.odt", 12), ("pandoc15.odt", 4)] {
        let pages = crate::word_blind::extracted_pages(&dir().join(file)).expect(file);
        assert!(
            crate::word_blind::close_pages(pages.len(), libreoffice),
            "{file}: {} pages, LibreOffice {libreoffice}",
            pages.len()
        );
    }
}

/// Text of an RTF file that gives no size (`\fs`) is 12 points, the specification's default
/// (`\fs24`), not the 11 of a .docx: pandoc writes no `\fs` for its body text, whose lines
/// are now 12 points, and its plans have LibreOffice's pages (plan2-pandoc.rtf 7, it gave 6);
/// LibreOffice's own RTF of flode15 has its 9 pages (it gave 8).
#[test]
fn rtf_text_without_a_size_is_twelve_points() {
    let index = tempfile::tempdir().expect("tempdir");
    let file = dir().join("pandoc15.rtf");
    let o = crate::support::proc::run(
        index.path(),
        &["extract", "--format", "json", file.to_str().expect("utf-8")],
    );
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let line = doc["pages"][0]["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["text"].as_str().unwrap_or("").starts_with("Anna Berg"))
        .cloned()
        .expect("the author's line");
    assert_eq!(line["size"], 12.0, "{line}");
    for (file, libreoffice) in [("../blind2/plan2-pandoc.rtf", 7), ("flode15-lo.rtf", 9)] {
        let pages = crate::word_blind::extracted_pages(&dir().join(file)).expect(file);
        assert_eq!(pages.len(), libreoffice, "{file}");
    }
}

/// A .doc table's header rows (`sprmTTableHeader`, which LibreOffice writes for a repeated
/// heading row) repeat at the top of every page the table runs onto and take their room
/// there: tabell7-lo.doc has LibreOffice's 12 pages (it gave 11). (A reader of marks gives
/// each row its grid; the header rows now stay until the table ends.)
#[test]
fn a_doc_header_row_takes_its_room_on_every_page() {
    let file = dir().join("../blind7/tabell7-lo.doc");
    let pages = crate::word_blind::extracted_pages(&file).expect("tabell7-lo.doc");
    assert_eq!(pages.len(), 12);
}
