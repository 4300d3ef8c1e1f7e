//! The thirteenth blind Word set (tests/data/word/blind13, made by its `make.sh`): what
//! municipalities publish, from producers and templates the earlier sets did not try. Every
//! marker word of `expect13.json` is read once (`synlig`), never (`osynlig`), phrases in
//! order (`fraser`) and strings as written (`exakt`), as tests/it/word_blind11.rs checks them,
//! through the CLI.

use std::path::PathBuf;

use crate::word_blind::extracted_pages;
use crate::word_blind11::{assert_markers, blind_dir};

fn dir() -> PathBuf {
    blind_dir("blind13")
}

/// A SmartArt's text is read once, from its drawn copy (smartart13.docx); of an
/// `mc:AlternateContent` whose Choice needs a namespace no reader knows, the Fallback is read;
/// the result a field keeps for its own use (SET, ASK) is no text (mall13-lo.doc); an ordered
/// HTML list is numbered from its `start`, a hidden void element hides nothing after it, a
/// style sheet's hidden class hides, a soft hyphen is no letter (google13.html, word13.htm);
/// an RTF surrogate pair is one character (wordpad13.rtf).
#[test]
fn every_word_the_reader_sees_once_and_none_they_do_not() {
    assert_markers("blind13", "expect13.json");
}

/// A page break in a Word web page (`page-break-before: always` on a shown element) starts a
/// page, in a .htm and in a web page named .doc; one on a hidden element does not.
#[test]
fn a_web_page_breaks_pages_where_its_style_says() {
    let word = extracted_pages(&dir().join("word13.htm")).expect("word13.htm");
    assert_eq!(word.len(), 2, "{word:?}");
    assert!(word[0].contains("synlig516") && word[1].starts_with("Välkomna! Anna Berg"));
    let named_doc = dir().join("../blind12/webbsida12.doc");
    let pages = extracted_pages(&named_doc).expect("webbsida12.doc");
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert!(pages[1].contains("synlig387") && !pages[0].contains("synlig387"));
    let google = extracted_pages(&dir().join("google13.html")).expect("google13.html");
    assert_eq!(google.len(), 1, "{google:?}");
}

/// A .doc table row whose properties are too large for their page (`sprmPHugePapx`, in the
/// Data stream: LibreOffice's rows of seven and eight cells) ends its row, so that the table
/// runs over pages: sektion12-lo.doc has LibreOffice's 8 pages (it gave 4), and
/// liggande13-lo.doc's 36-row table is not one page.
#[test]
fn a_doc_table_row_of_many_cells_ends_its_row() {
    let sektion = extracted_pages(&dir().join("../blind12/sektion12-lo.doc")).expect("sektion12");
    assert_eq!(sektion.len(), 8, "{sektion:?}");
    let pages = extracted_pages(&dir().join("liggande13-lo.doc")).expect("liggande13-lo.doc");
    let head = pages
        .iter()
        .position(|p| p.contains("3. Investeringar"))
        .expect("head");
    let last = pages
        .iter()
        .position(|p| p.contains("Objekt 36:"))
        .expect("last row");
    assert!(last > head, "{pages:?}");
    assert!(
        pages[last + 1].starts_with("Bilaga A. Ordlista synlig464"),
        "{pages:?}"
    );
}
