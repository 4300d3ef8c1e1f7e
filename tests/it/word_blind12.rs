//! The twelfth blind Word set (tests/data/word/blind12, made by its `make.sh`): files from
//! templates and edited by several hands, and files whose name is not their format. Every
//! marker word of `expect12.json` is read once (`synlig`), never (`osynlig`), phrases in
//! order (`fraser`), as tests/it/word_blind11.rs checks them, through the CLI.

use std::path::PathBuf;

use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind12")
}

/// Rows and cells wrapped in custom XML or content controls are read (mall12.docx); a
/// Word 95 drawing object's text box is read, once, and a shape's fallback drawing of the
/// same text not again (gammal12.rtf); text hidden by a character style but shown by the run
/// (`sprmCFVanish` 0) is read (rader12-lo.doc); a .docx and a Word web page named .doc are read
/// by their content (forkladd12.doc, webbsida12.doc); and nothing deleted or hidden is read.
#[test]
fn every_word_the_reader_sees_once_and_none_they_do_not() {
    assert_markers("blind12", "expect12.json");
}

/// A file named .rtf, .docx or .odt is read by its content too; text that is no Word family
/// format named .doc is still refused, naming the file.
#[test]
fn word_files_are_read_by_their_content_whatever_their_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("gammal12.rtf", "kopia.doc", "synlig368"),
        ("gammal12.rtf", "kopia.docx", "synlig368"),
        ("forkladd12.doc", "kopia.rtf", "synlig380"),
        ("forkladd12.doc", "kopia.odt", "synlig380"),
        ("webbsida12.doc", "kopia.docx", "synlig384"),
        ("mall12-lo.doc", "kopia.docx", "synlig312"),
    ];
    for (from, to, marker) in cases {
        let path = tmp.path().join(to);
        std::fs::copy(dir().join(from), &path).expect("copy");
        let pages =
            crate::word_blind::extracted_pages(&path).unwrap_or_else(|e| panic!("{to}: {e}"));
        assert!(
            pages.join(" ").contains(marker),
            "{from} as {to}: {pages:?}"
        );
        std::fs::remove_file(&path).expect("remove");
    }
    let text = tmp.path().join("anteckning.doc");
    std::fs::write(&text, "Det här är ingen Word-fil, bara text.").expect("write");
    let err = crate::word_blind::extracted_pages(&text).expect_err("text named .doc");
    assert!(
        err.contains("anteckning.doc") && err.contains("not a readable .doc file"),
        "{err}"
    );
}
