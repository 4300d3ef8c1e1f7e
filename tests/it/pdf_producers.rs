//! The producer matrix (`tests/data/producers/`, made by its `make.sh`): the corpus' two
//! documents, which LibreOffice made, typeset again by pdfTeX, LuaTeX (also in two columns),
//! Chromium's print-to-PDF, groff's own PDF writer, Ghostscript's pdfwrite (from groff's
//! PostScript) and LibreOffice from a .docx (also with the protocol's header as a table);
//! and a second set, made blind: XeLaTeX, WeasyPrint, AbiWord, and the brochure in two
//! columns by LibreOffice (balanced sections in an .odt), Chromium (CSS columns) and groff;
//! and a fifth round, made blind: pdftocairo and Ghostscript rewriting PDFs of other
//! producers, pdfTeX in justified two columns with microtype, Chromium and LibreOffice (from
//! an .odt, the protocol's header as a borderless table) with justified text.
//! The words of every variant are exactly the truth's words and its pages break where the
//! truth's pages break, so each variant is read through the real path
//! ([`kommission::extract::extract_file`]) and scored against `tests/data/ID.truth.json`:
//!
//! * the page count is the truth's;
//! * the character error rate (Levenshtein distance of the whitespace-normalised page text to
//!   the truth's page text, summed over pages, over the truth's characters) is at most a
//!   ceiling measured on today's extractor (`max_cer` below; `pdftotext`, poppler 22.12, on
//!   the same files in the comment, from `tests/data/producers/measure.py`);
//! * every list number the truth has ("10.") stands as a word of its own: none is glued to
//!   the next word ("10.Gör").
//!
//! Where today's extractor fails a check the test is ignored with the reason, not weakened.

use std::path::PathBuf;
use std::sync::OnceLock;

use kommission::extract::{extract_file, ExtractOptions};
use kommission::model::ExtractedDoc;
use regex::Regex;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truth_pages(id: &str) -> Vec<String> {
    // A text written for the matrix keeps its truth beside its PDFs; the corpus' are in
    // tests/data.
    let own = root()
        .join("tests/data/producers")
        .join(format!("{id}.truth.json"));
    let path = if own.exists() {
        own
    } else {
        root().join("tests/data").join(format!("{id}.truth.json"))
    };
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("truth")).expect("json");
    truth["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p["text"].as_str().expect("text").to_string())
        .collect()
}

fn extract(file: &str) -> ExtractedDoc {
    let path = root().join("tests/data/producers").join(file);
    let options = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    extract_file(&path, &options).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Character error rate of the extracted pages against the truth's pages (same count).
fn cer(doc: &ExtractedDoc, truth: &[String]) -> f64 {
    let mut distance = 0usize;
    let mut chars = 0usize;
    for (page, want) in doc.pages.iter().zip(truth) {
        distance += strsim::levenshtein(&norm(&page.text), want);
        chars += want.chars().count();
    }
    distance as f64 / chars.max(1) as f64
}

/// Words like "10.Gör": a list number glued to the word after it.
fn glued_numbers(doc: &ExtractedDoc) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^\d{1,3}\.\p{L}").expect("regex"));
    doc.pages
        .iter()
        .flat_map(|p| p.text.split_whitespace())
        .filter(|w| re.is_match(w))
        .map(str::to_string)
        .collect()
}

/// How many words are a bare list number ("10.").
fn list_numbers(words: impl Iterator<Item = String>) -> usize {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^\d{1,3}\.$").expect("regex"));
    words.filter(|w| re.is_match(w)).count()
}

/// Page count, no page errors, character error rate at most `max_cer`, and every list number
/// a word of its own.
fn check(file: &str, id: &str, max_cer: f64) {
    check_numbers(file, id, max_cer, false);
}

/// [`check`]; with `notes_listed`, the producer sets the footnotes as a numbered list too
/// ("1." before each note), so the page may have more bare list numbers than the truth.
fn check_numbers(file: &str, id: &str, max_cer: f64, notes_listed: bool) {
    let truth = truth_pages(id);
    let doc = extract(file);
    assert_eq!(doc.pages.len(), truth.len(), "{file}: page count");
    for page in &doc.pages {
        assert!(
            page.error.is_none(),
            "{file} page {}: {:?}",
            page.number,
            page.error
        );
    }
    let rate = cer(&doc, &truth);
    assert!(
        rate <= max_cer,
        "{file}: character error rate {rate:.4} above {max_cer}"
    );
    let glued = glued_numbers(&doc);
    assert!(glued.is_empty(), "{file}: glued list numbers {glued:?}");
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let want = list_numbers(truth.iter().flat_map(|t| words(t)));
    let got = list_numbers(doc.pages.iter().flat_map(|p| words(&p.text)));
    if notes_listed {
        assert!(
            got >= want,
            "{file}: list numbers standing as words: {got} < {want}"
        );
    } else {
        assert_eq!(got, want, "{file}: list numbers standing as words");
    }
}

/// Each variant: file, truth id, the ceiling on today's character error rate (measured with
/// `python3 tests/data/producers/measure.py`, rounded up), and pdftotext's rate on the same
/// file (poppler 22.12) in the comment.
macro_rules! variant {
    ($name:ident, $file:literal, $id:expr, $max:expr $(, ignore = $why:literal)?) => {
        #[test]
        $(#[ignore = $why])?
        fn $name() {
            check($file, $id, $max);
        }
    };
}

const BROCHURE: &str = "inriktning-2014";
const PROTOCOL: &str = "protokoll-ks-2020-04-06-p216";

// The brochure, 21 pages: ToC of 69 numbered actions, records with italic proposals and
// bold run-in labels.
// kommission 0.0000, pdftotext 0.0001
variant!(
    brochure_pdftex,
    "inriktning-2014.pdftex.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0001
variant!(
    brochure_luatex,
    "inriktning-2014.luatex.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    brochure_chromium,
    "inriktning-2014.chromium.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000 (gropdf, Times not embedded)
variant!(
    brochure_groff,
    "inriktning-2014.groff.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0001
variant!(
    brochure_libreoffice_docx,
    "inriktning-2014.lo-docx.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000: Ghostscript sets single-letter words apart with a
// character spacing as wide as a space ("(tia) Tj" for "t i a", "s 7 s 8") and kerns with a
// space glyph eaten by negative Tc and Tw ("(Te x) Tj" for "Tex").
variant!(
    brochure_ghostscript,
    "inriktning-2014.gs.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000 (was 0.0265), pdftotext 0.0142: two justified columns about an em apart,
// narrower where margin kerning hangs a hyphen or a comma into the gutter, were read across
// as one line; now the gutter is found where the rows' gaps line up, or as a white band
// from top to bottom between lines of running text.
variant!(
    brochure_luatex_two_columns,
    "inriktning-2014.luatex-2col.pdf",
    BROCHURE,
    0.0005
);

// The protocol extract, 2 pages: the header (label/value rows), § 216 with decisions.
// kommission 0.0003, pdftotext 0.0003
variant!(
    protocol_pdftex,
    "protokoll-ks-2020-04-06-p216.pdftex.pdf",
    PROTOCOL,
    0.001
);
// kommission 0.0003, pdftotext 0.0003
variant!(
    protocol_luatex,
    "protokoll-ks-2020-04-06-p216.luatex.pdf",
    PROTOCOL,
    0.001
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_chromium,
    "protokoll-ks-2020-04-06-p216.chromium.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_groff,
    "protokoll-ks-2020-04-06-p216.groff.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_libreoffice_docx,
    "protokoll-ks-2020-04-06-p216.lo-docx.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_ghostscript,
    "protokoll-ks-2020-04-06-p216.gs.pdf",
    PROTOCOL,
    0.0005
);
// The header as a real table (cell borders), values of several lines beside one-line
// labels: read row by row, each label with its value (cell starts side by side).
// kommission 0.0000, pdftotext 0.0030
variant!(
    protocol_chromium_table,
    "protokoll-ks-2020-04-06-p216.chromium-table.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_libreoffice_docx_table,
    "protokoll-ks-2020-04-06-p216.lo-docx-table.pdf",
    PROTOCOL,
    0.0005
);

// The second set (2026-12-02), made blind: the figures are those measured before any rule
// looked at these files (`measure.py`; pdftotext poppler 22.12 alongside).
// kommission 0.0000, pdftotext 0.0000 (XeLaTeX, xdvipdfmx)
variant!(
    brochure_xelatex,
    "inriktning-2014.xelatex.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000. (WeasyPrint 57 ignores `<ol start>`: make.sh gives
// each list its first number as a CSS counter, so that the PDF shows the document's numbers;
// before that the PDF itself said "1." where the source says "10.", 0.0027 for both.)
variant!(
    brochure_weasyprint,
    "inriktning-2014.weasyprint.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0004 (AbiWord from the .docx, cairo)
variant!(
    brochure_abiword,
    "inriktning-2014.abiword.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0001: Chromium, CSS columns (balanced, one box per page)
variant!(
    brochure_chromium_two_columns,
    "inriktning-2014.chromium-2col.pdf",
    BROCHURE,
    0.0005
);
// kommission 0.0000, pdftotext 0.0334: groff ms .2C (gropdf)
variant!(
    brochure_groff_two_columns,
    "inriktning-2014.groff-2col.pdf",
    BROCHURE,
    0.0005
);
// LibreOffice from an .odt, one section of two balanced columns per page: lines of both
// columns on one grid, so the columns were read as table rows in bands.
// Blind: kommission 0.0556, pdftotext 0.5390; now 0.0025 (one heading band read across).
variant!(
    brochure_libreoffice_odt_two_columns,
    "inriktning-2014.lo-odt-2col.pdf",
    BROCHURE,
    0.003
);
// Blind: kommission 0.0006, pdftotext 0.0003: "Utvär-" + "derarnas" was not joined, with no
// other evidence in a two-page document than words that start like it; now 0.0000.
variant!(
    protocol_xelatex,
    "protokoll-ks-2020-04-06-p216.xelatex.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_weasyprint,
    "protokoll-ks-2020-04-06-p216.weasyprint.pdf",
    PROTOCOL,
    0.0005
);
// kommission 0.0000, pdftotext 0.0000
variant!(
    protocol_abiword,
    "protokoll-ks-2020-04-06-p216.abiword.pdf",
    PROTOCOL,
    0.0005
);

// The fifth round (2026-12-02), made blind: producers and layouts as real archives have
// them. The figures are those measured before any rule looked at these files
// (`measure.py` with main's binary; pdftotext poppler 22.12 alongside).
// Blind: kommission 0.0000, pdftotext 0.0001: pdftocairo -pdf of the pdfTeX PDF.
variant!(
    brochure_pdftex_cairo,
    "inriktning-2014.pdftex-cairo.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0003.
variant!(
    protocol_pdftex_cairo,
    "protokoll-ks-2020-04-06-p216.pdftex-cairo.pdf",
    PROTOCOL,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0000: Ghostscript re-distilling the Chromium PDF.
variant!(
    brochure_chromium_ghostscript,
    "inriktning-2014.chromium-gs.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0012, pdftotext 0.0012: Ghostscript re-distilling LibreOffice's
// protocol (header as a table) writes the ligatures' ToUnicode little-endian ("fi" as
// <66006900>, read as "昀椀"); now read as written, 0.0000.
variant!(
    protocol_libreoffice_table_ghostscript,
    "protokoll-ks-2020-04-06-p216.lo-docx-table-gs.pdf",
    PROTOCOL,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0000: Chromium, text-align: justify, hyphens: auto.
variant!(
    brochure_chromium_justified,
    "inriktning-2014.chromium-justify.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0005, pdftotext 0.0016: LibreOffice from an .odt, justified.
variant!(
    brochure_libreoffice_odt_justified,
    "inriktning-2014.lo-odt-justify.pdf",
    BROCHURE,
    0.001
);
// Blind: kommission 0.0265, pdftotext 0.0142: pdfTeX, justified two columns, microtype
// (font expansion and protrusion); the same line breaks as LuaTeX's two columns. Now 0.0000.
variant!(
    brochure_pdftex_two_columns,
    "inriktning-2014.pdftex-2col.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0858, pdftotext 0.0497: LibreOffice from an .odt, the protocol's header
// as a table without borders or cell padding, written column by column: all labels were read
// before all values. Now 0.0000: a column of labels beside values of several lines is read
// row by row.
variant!(
    protocol_libreoffice_odt_table,
    "protokoll-ks-2020-04-06-p216.lo-odt-justify-table.pdf",
    PROTOCOL,
    0.0005
);

// The sixth round (2026-12-02, night), made blind: the figures are those measured before any
// rule looked at these files (`measure.py` with main's binary; pdftotext poppler 22.12).
// Blind: kommission 0.0223, pdftotext 0.0861: pdfTeX with the OT1 encoding, "å" drawn as a
// ring accent over an "a" (the ring's box is wider than the letter) was read "p˚a". Now
// 0.0000: an accent wider than its letter joins it when centred on it (TeX's `\accent`).
variant!(
    brochure_pdftex_ot1,
    "inriktning-2014.pdftex-ot1.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0218, pdftotext 0.0846 (the same ring accents); now 0.0000.
variant!(
    protocol_pdftex_ot1,
    "protokoll-ks-2020-04-06-p216.pdftex-ot1.pdf",
    PROTOCOL,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0000: LaTeX to DVI, dvips, ps2pdf.
variant!(
    brochure_latex_dvips,
    "inriktning-2014.latex-dvips.pdf",
    BROCHURE,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0003.
variant!(
    protocol_latex_dvips,
    "protokoll-ks-2020-04-06-p216.latex-dvips.pdf",
    PROTOCOL,
    0.0005
);
// Blind: kommission 0.0000, pdftotext 0.0728: LibreOffice from an .odt, three balanced
// columns per page.
variant!(
    brochure_libreoffice_odt_three_columns,
    "inriktning-2014.lo-odt-3col.pdf",
    BROCHURE,
    0.0005
);

/// LibreOffice's PDF through pdf2ps and ps2pdf: Ghostscript rewrites the TrueType subsets
/// without a ToUnicode map, without an /Encoding, with a symbol cmap (codes 1, 2, 3, … in
/// the order the glyphs were first used) and a `post` table without glyph names: no route
/// from a code to a character is left in the file (pdftotext reads garbage too). Blind:
/// kommission 0.9369 and 0.8744, pdftotext 0.9380 and 0.8772. What can be asked of the
/// reader is that every such glyph is counted as unmapped, not guessed from a standard
/// encoding, and that the page says so.
#[test]
fn rewritten_fonts_without_any_unicode_route_are_counted() {
    for file in [
        "inriktning-2014.lo-docx-pdf2ps.pdf",
        "protokoll-ks-2020-04-06-p216.lo-docx-pdf2ps.pdf",
    ] {
        let doc = extract(file);
        let unmapped: u32 = doc.pages.iter().map(|p| p.unmapped_glyphs).sum();
        assert!(unmapped > 0, "{file}: no glyph counted as unmapped");
    }
}

// The seventh round (2026-12-03), made blind: a text no rule had seen (src/uppfoljning-2023.md,
// truth by hand: a numbered list, a table of right-aligned figures, small caps, two footnotes)
// through producers and settings not used before. The figures are those measured before any
// rule looked at these files (`measure.py` with main's binary; pdftotext poppler 22.12).
const FOLLOW_UP: &str = "uppfoljning-2023";
// Blind: kommission 0.0449, pdftotext 0.0613: LuaLaTeX, microtype expansion and protrusion.
// The booktabs table (no rules between cells) read column by column, footnote marks glued to
// their note ("1Se"), the title page's folio "1" in the text. Now 0.0009 (the table row by
// row, the marks set apart; the folio remains).
variant!(
    follow_up_luatex_microtype,
    "uppfoljning-2023.luatex-microtype.pdf",
    FOLLOW_UP,
    0.001
);
// Blind: kommission 0.0458, pdftotext 0.0631: XeLaTeX, Liberation Serif (TrueType), word
// spaces of a fifth of an em. As LuaLaTeX, and "an-" + "talet" not joined. Now 0.0018 (the
// folio and "an- talet" remain).
variant!(
    follow_up_xelatex_ttf,
    "uppfoljning-2023.xelatex-ttf.pdf",
    FOLLOW_UP,
    0.002
);
// Blind: kommission 0.0721, pdftotext 0.0649: groff ms with tbl in two columns (gropdf):
// the table read column by column, "STATIS-" + "TISKA" (small caps set as capitals) not
// joined. Now 0.0109 (the table row by row; the small caps remain); 0.0086 with small caps
// read in lower case ("Statis-" + "TISKA": the line after the break starts in the small size).
variant!(
    follow_up_groff_tbl_two_columns,
    "uppfoljning-2023.groff-tbl-2col.pdf",
    FOLLOW_UP,
    0.009
);
// Blind: kommission 0.0721, pdftotext 0.0649: the same PostScript through gs -dNOCACHE. Now
// 0.0109; 0.0086 with small caps read in lower case.
variant!(
    follow_up_groff_nocache,
    "uppfoljning-2023.groff-nocache.pdf",
    FOLLOW_UP,
    0.009
);
// Blind: kommission 0.0009, pdftotext 0.0018: Chromium, justified, letter-spacing 0.04em; the
// notes are a numbered list ("1." where the truth has "1").
#[test]
fn follow_up_chromium_letter_spaced() {
    check_numbers(
        "uppfoljning-2023.chromium-spaced.pdf",
        FOLLOW_UP,
        0.001,
        true,
    );
}
// Blind: kommission 0.0045, pdftotext 0.0018: WeasyPrint; the notes' marks in the text read
// after the words beside them. Now 0.0009 (a mark 9 pt on 9.5 pt, 0.4 em up, joins its line).
#[test]
fn follow_up_weasyprint() {
    check_numbers("uppfoljning-2023.weasyprint.pdf", FOLLOW_UP, 0.001, true);
}
// Blind: kommission 0.0853, pdftotext 0.1198: LibreOffice from an .odt, justified, small caps
// (drawn as capitals: "INLEDNING"), the borderless table read column by column, list numbers
// 2 and 3 read before their items. Now 0.0240 (the table row by row; small caps and the list
// numbers remain); 0.0109 with small caps read in lower case (a word that starts a line in
// the small size, "CENTRALBYRÅN", and the list numbers remain).
variant!(
    follow_up_libreoffice_small_caps,
    "uppfoljning-2023.lo-odt-smallcaps.pdf",
    FOLLOW_UP,
    0.011
);

/// Small capitals drawn as capitals of a smaller size (LibreOffice: "I" at 14 pt, then
/// "NLEDNING" at 11.2 pt in the same font) are read in lower case; capitals in the text's own
/// size stay ("SCB" beside them on the page).
#[test]
fn small_capitals_drawn_as_capitals_read_in_lower_case() {
    let text = page_text("uppfoljning-2023.lo-odt-smallcaps.pdf", 1);
    for want in ["1 Inledning", "från Statistiska", "Källa: SCB, egen"] {
        assert!(text.contains(want), "no {want:?} in\n{text}");
    }
    assert!(!text.contains("INLEDNING"), "{text}");
}

/// The page text of `file`'s page `page` (1-based), whitespace-normalised.
fn page_text(file: &str, page: usize) -> String {
    norm(&extract(file).pages[page - 1].text)
}

/// A table without rules or padding between its rows (cells at the line pitch, columns apart
/// by white gutters) is read row by row, whoever drew it: each row's cells in order, a cell
/// broken over two lines ("Helsing-" over "borg") within its row, the header's cells of two
/// lines each whole. Columns of prose whose lines share a grid, and two columns of short
/// lines (a colophon), are still read column by column (the brochure's two-column variants
/// above, at 0.0000).
#[test]
fn borderless_tables_are_read_row_by_row() {
    let rows = [
        "Kommun Invånare 2023 Förändring Andel barn (%)",
        "Malmö 362 133 +4,1 17,9",
        "Helsingborg 151 661 +3,2 11,4",
        "Lund 129 346 +2,8 8,3",
        "Kristianstad 87 357 +1,6 12,7",
        "Landskrona 47 089 –0,4 19,2",
    ];
    for file in [
        "uppfoljning-2023.groff-tbl-2col.pdf",
        "uppfoljning-2023.luatex-microtype.pdf",
        "uppfoljning-2023.xelatex-ttf.pdf",
        "uppfoljning-2023.lo-odt-smallcaps.pdf",
        "uppfoljning-2023.weasyprint.pdf",
        // Twelfth round: LibreOffice from .docx, figures right-aligned under a header that
        // spans the last column; its rows span three columns, so they were taken for
        // running text and the last column was read after the page (blind 0.0218 / 0.0127),
        // and the source line under the table was read into its last row.
        "uppfoljning-2023.lo-docx-notes.pdf",
    ] {
        let text = page_text(file, 1);
        let table = rows.join(" ") + " Källa: SCB";
        assert!(
            text.contains(&table),
            "{file}: table not row by row:\n{text}"
        );
    }
    // Nothing to find: a page without a table has no row of figures made up.
    let colophon = page_text("inriktning-2014.chromium-2col.pdf", 6);
    assert!(
        colophon.contains("Malmö stad 2014 Tryckeri: Exakta Tryckort: Malmö"),
        "{colophon}"
    );
}

/// Superscript footnote marks are set apart from their word: at the head of the note
/// ("¹Se rapporten": LaTeX) and in the text, also a mark set almost in the text's size
/// (WeasyPrint: 9 pt on 9.5 pt, raised 0.4 em, a row of its own).
#[test]
fn footnote_marks_are_set_apart_from_their_words() {
    for file in [
        "uppfoljning-2023.luatex-microtype.pdf",
        "uppfoljning-2023.xelatex-ttf.pdf",
    ] {
        let text = page_text(file, 2);
        for want in [
            "stora. 1 I Landskrona",
            "1 Se rapporten",
            "2 Utvärderingen omfattar",
        ] {
            assert!(text.contains(want), "{file}: no {want:?} in\n{text}");
        }
    }
    let text = page_text("uppfoljning-2023.weasyprint.pdf", 2);
    for want in ["stora. 1 I Landskrona", "bedöma. 2 Förvaltningen"] {
        assert!(text.contains(want), "weasyprint: no {want:?} in\n{text}");
    }
}

/// Every PDF in the folder is one of the variants above (a new one must get a test).
#[test]
fn every_variant_is_tested() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/data/producers"))
        .expect("folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    files.sort();
    let tested = include_str!("pdf_producers.rs");
    for f in &files {
        assert!(tested.contains(&format!("\"{f}\"")), "{f} has no test");
    }
    assert_eq!(files.len(), 511, "{files:?}");
}

// The ninth round (2026-12-03, third session), made blind (tests/data/producers/ninth.py):
// Typst, xhtml2pdf (ReportLab), fpdf2's write_html, enscript through ps2pdf, and Chromium
// with a floated sidebar box and CSS columns. Blind figures (`measure.py`, kommission /
// pdftotext), all at or below pdftotext's: brochure typst 0.0000/0.0000, xhtml2pdf
// 0.0000/0.0000, fpdf2 0.0059/0.0060, enscript 0.0001/0.0001; protocol typst, xhtml2pdf
// 0.0000/0.0000, fpdf2 0.0027/0.0027, enscript 0.0012/0.0012; follow-up typst 0.0254/0.0281,
// xhtml2pdf 0.0263/0.0272, fpdf2 0.0281/0.0281, enscript 0.0681/0.0726, chromium-sidebar
// 0.2486/0.2559. What is left is the producers' own (the title not printed, fpdf2 drops
// list numbers, Latin-1 quotes as "?"), but for the sidebar: the body text flowing around
// the floated box is read band by band with the box's table (an L-shaped region that the
// cut does not split). The character error rate only, as fpdf2 prints no list numbers.
#[test]
fn ninth_round_producers() {
    let cases: &[(&str, &str, f64)] = &[
        ("inriktning-2014.typst.pdf", BROCHURE, 0.0005),
        ("inriktning-2014.xhtml2pdf.pdf", BROCHURE, 0.0005),
        ("inriktning-2014.fpdf2.pdf", BROCHURE, 0.006),
        ("inriktning-2014.enscript-gs.pdf", BROCHURE, 0.0005),
        ("protokoll-ks-2020-04-06-p216.typst.pdf", PROTOCOL, 0.0005),
        (
            "protokoll-ks-2020-04-06-p216.xhtml2pdf.pdf",
            PROTOCOL,
            0.0005,
        ),
        ("protokoll-ks-2020-04-06-p216.fpdf2.pdf", PROTOCOL, 0.003),
        (
            "protokoll-ks-2020-04-06-p216.enscript-gs.pdf",
            PROTOCOL,
            0.0015,
        ),
        ("uppfoljning-2023.typst.pdf", FOLLOW_UP, 0.026),
        ("uppfoljning-2023.xhtml2pdf.pdf", FOLLOW_UP, 0.027),
        ("uppfoljning-2023.fpdf2.pdf", FOLLOW_UP, 0.029),
        ("uppfoljning-2023.enscript-gs.pdf", FOLLOW_UP, 0.069),
        ("uppfoljning-2023.chromium-sidebar.pdf", FOLLOW_UP, 0.25),
    ];
    for &(file, id, max) in cases {
        let truth = truth_pages(id);
        let doc = extract(file);
        assert_eq!(doc.pages.len(), truth.len(), "{file}: page count");
        let rate = cer(&doc, &truth);
        assert!(
            rate <= max,
            "{file}: character error rate {rate:.4} above {max}"
        );
        let glued = glued_numbers(&doc);
        assert!(glued.is_empty(), "{file}: glued list numbers {glued:?}");
    }
}

// The tenth round (2026-12-03, fourth session), made blind (`tests/data/producers/tenth.sh`):
// Type 3 bitmap fonts, re-distilled pdfTeX, rotated pages, small caps, tracked text, object
// streams, a text-rise superscript. The figures are those measured before any rule looked at
// these files (`measure.py` with main's binary; pdftotext poppler 22.12 alongside).
macro_rules! tenth {
    ($($name:ident: $file:literal, $id:expr, $max:expr;)*) => {
        $(
            #[test]
            fn $name() {
                check($file, $id, $max);
            }
        )*
    };
}
tenth! {
    // Blind: kommission 0.0000, pdftotext 0.0034: pdfTeX with METAFONT bitmaps (Type 3, the
    // EC fonts without Type 1 versions), no ToUnicode; 0.0018 / 0.0030 on the protocol ("§"
    // read "Ÿ", the quotes and the en dash of the Cork encoding dropped).
    brochure_pdftex_type3: "inriktning-2014.pdftex-type3.pdf", BROCHURE, 0.0005;
    protocol_pdftex_type3: "protokoll-ks-2020-04-06-p216.pdftex-type3.pdf", PROTOCOL, 0.002;
    // Blind: kommission 0.0000, pdftotext 0.0001 / 0.0003: pdfTeX through pdf2ps and ps2pdf.
    brochure_pdftex_pdf2ps: "inriktning-2014.pdftex-pdf2ps.pdf", BROCHURE, 0.0005;
    protocol_pdftex_pdf2ps: "protokoll-ks-2020-04-06-p216.pdftex-pdf2ps.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0000, pdftotext 0.0000: pdflscape, every page turned (/Rotate 90).
    brochure_pdftex_landscape: "inriktning-2014.pdftex-landscape.pdf", BROCHURE, 0.0005;
    protocol_pdftex_landscape: "protokoll-ks-2020-04-06-p216.pdftex-landscape.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0000, pdftotext 0.0001 / 0.0003: headings in small caps (sectsty).
    brochure_pdftex_small_caps: "inriktning-2014.pdftex-smallcaps.pdf", BROCHURE, 0.0005;
    protocol_pdftex_small_caps: "protokoll-ks-2020-04-06-p216.pdftex-smallcaps.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0000 / 0.0006, pdftotext 0.0001 / 0.0000: LuaLaTeX, LetterSpace=6.
    // The protocol's "Ut-" + "värderarnas" was not joined (a two-letter stem: too short for
    // the run-on evidence of "utvärderingen"; pdftotext joins every line-end hyphen). Now
    // 0.0000: the evidence takes as many letters of the next line as make five.
    brochure_luatex_letterspace: "inriktning-2014.luatex-letterspace.pdf", BROCHURE, 0.0005;
    protocol_luatex_letterspace: "protokoll-ks-2020-04-06-p216.luatex-letterspace.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0000, pdftotext 0.0014 / 0.0015: Chromium, headings in CSS small
    // caps (synthesised) with letter-spacing.
    brochure_chromium_small_caps: "inriktning-2014.chromium-smallcaps.pdf", BROCHURE, 0.0005;
    protocol_chromium_small_caps: "protokoll-ks-2020-04-06-p216.chromium-smallcaps.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0000, pdftotext 0.0001 / 0.0000: qpdf, object streams, linearized.
    brochure_qpdf: "inriktning-2014.qpdf.pdf", BROCHURE, 0.0005;
    protocol_qpdf: "protokoll-ks-2020-04-06-p216.qpdf.pdf", PROTOCOL, 0.0005;
    // Blind: kommission 0.0009 each, pdftotext 0.0613 / 0.0994 / 0.0613 / 0.0631: the
    // follow-up report by pdfTeX (re-distilled, turned, small caps) and LuaLaTeX (tracked);
    // the title page's folio "1" remains.
    follow_up_pdftex_pdf2ps: "uppfoljning-2023.pdftex-pdf2ps.pdf", FOLLOW_UP, 0.001;
    follow_up_pdftex_landscape: "uppfoljning-2023.pdftex-landscape.pdf", FOLLOW_UP, 0.001;
    follow_up_pdftex_small_caps: "uppfoljning-2023.pdftex-smallcaps.pdf", FOLLOW_UP, 0.001;
    follow_up_luatex_letterspace: "uppfoljning-2023.luatex-letterspace.pdf", FOLLOW_UP, 0.001;
    // Blind: kommission 0.0023, pdftotext 0.0640: Type 3 bitmaps; the en dashes (Cork code
    // 0x15) dropped.
    follow_up_pdftex_type3: "uppfoljning-2023.pdftex-type3.pdf", FOLLOW_UP, 0.003;
    // Blind: kommission 0.0240, pdftotext 0.1198: LibreOffice's small caps through qpdf (the
    // same text as lo-odt-smallcaps: capitals for small caps, list numbers 2 and 3 early).
    // Now 0.0109: small caps read in lower case.
    follow_up_qpdf: "uppfoljning-2023.qpdf.pdf", FOLLOW_UP, 0.011;
}
// Blind: kommission 0.0009, pdftotext 0.0036: Chromium's small caps; the notes are a numbered
// list ("1." where the truth has "1").
#[test]
fn follow_up_chromium_small_caps() {
    check_numbers(
        "uppfoljning-2023.chromium-smallcaps.pdf",
        FOLLOW_UP,
        0.001,
        true,
    );
}
// Blind: kommission 0.0272, pdftotext 0.0281: fpdf2, the notes' marks raised by the text-rise
// operator (Ts) in a smaller size: set apart ("stora. 1 I Landskrona"; pdftotext glues them,
// "stora.1"). The title and the notes' own numbers are not printed by write_html.
#[test]
fn follow_up_fpdf2_text_rise_marks() {
    check_numbers("uppfoljning-2023.fpdf2-sup.pdf", FOLLOW_UP, 0.028, true);
    let text = page_text("uppfoljning-2023.fpdf2-sup.pdf", 2);
    for want in ["stora. 1 I Landskrona", "bedöma. 2 Förvaltningen"] {
        assert!(text.contains(want), "no {want:?} in\n{text}");
    }
}

// The eleventh round (2026-12-03, fifth session), made blind (`tests/data/producers/eleventh.sh`
// and `eleventh.py`): OpenType fonts with CFF outlines (Typst, XeLaTeX; Chromium embeds a
// CFF @font-face as Type 3), letter-spaced headings, CSS columns with hyphens, borderless
// shaded tables, per-glyph positioning, enscript in landscape, MuPDF's PDF writer, a stamp
// annotation over the text, /Rotate 90 on upright content. The comments give the figures
// measured before any rule looked at these files (`measure.py` with main's binary 658b7f3,
// kommission / pdftotext).
macro_rules! eleventh {
    ($($name:ident: $file:literal, $id:expr, $max:expr;)*) => {
        $(
            #[test]
            fn $name() {
                check($file, $id, $max);
            }
        )*
    };
}
eleventh! {
    // Blind: 0.0000 / 0.0014, 0.0000 / 0.0024, 0.0254 / 0.0281 (Typst prints no title).
    brochure_typst_otf: "inriktning-2014.typst-otf.pdf", BROCHURE, 0.0005;
    protocol_typst_otf: "protokoll-ks-2020-04-06-p216.typst-otf.pdf", PROTOCOL, 0.0005;
    follow_up_typst_otf: "uppfoljning-2023.typst-otf.pdf", FOLLOW_UP, 0.026;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0109 / 0.0730.
    brochure_xelatex_pagella: "inriktning-2014.xelatex-pagella.pdf", BROCHURE, 0.0005;
    protocol_xelatex_pagella: "protokoll-ks-2020-04-06-p216.xelatex-pagella.pdf", PROTOCOL, 0.0005;
    follow_up_xelatex_pagella: "uppfoljning-2023.xelatex-pagella.pdf", FOLLOW_UP, 0.011;
    // Blind: 0.0000 / 0.0018, 0.0000 / 0.0003, 0.0009 / 0.0631.
    brochure_luatex_headtrack: "inriktning-2014.luatex-headtrack.pdf", BROCHURE, 0.0005;
    protocol_luatex_headtrack: "protokoll-ks-2020-04-06-p216.luatex-headtrack.pdf", PROTOCOL, 0.0005;
    follow_up_luatex_headtrack: "uppfoljning-2023.luatex-headtrack.pdf", FOLLOW_UP, 0.001;
    // Blind: 0.0000 / 0.0003, 0.0000 / 0.0003, 0.0268 / 0.0277.
    brochure_chromium_otf_cols: "inriktning-2014.chromium-otf-cols.pdf", BROCHURE, 0.0005;
    protocol_chromium_otf_cols: "protokoll-ks-2020-04-06-p216.chromium-otf-cols.pdf", PROTOCOL, 0.0005;
    // Blind: 0.0042 / 0.0042 (pandoc's plain text: "[1]" marks, "---" rules).
    protocol_fpdf2_glyphs: "protokoll-ks-2020-04-06-p216.fpdf2-glyphs.pdf", PROTOCOL, 0.005;
    // Blind: 0.0000 / 0.0001, 0.0009 / 0.0009, 0.0681 / 0.0726 (Latin-1: quotes as "?").
    brochure_enscript_landscape: "inriktning-2014.enscript-landscape.pdf", BROCHURE, 0.0005;
    protocol_enscript_landscape: "protokoll-ks-2020-04-06-p216.enscript-landscape.pdf", PROTOCOL, 0.001;
    follow_up_enscript_landscape: "uppfoljning-2023.enscript-landscape.pdf", FOLLOW_UP, 0.069;
    // Blind: 0.0009 / 0.0010, 0.0121 / 0.0130, 0.0181 / 0.0318: the stamp's text is read
    // (not in the truth), interleaved with the lines it crosses. Text set at an angle is laid
    // out in a frame of its own (layout.rs): 0.0007, 0.0100, 0.0159.
    brochure_stamp: "inriktning-2014.stamp.pdf", BROCHURE, 0.0008;
    protocol_stamp: "protokoll-ks-2020-04-06-p216.stamp.pdf", PROTOCOL, 0.011;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0009 / 0.1171.
    brochure_rotate: "inriktning-2014.rotate.pdf", BROCHURE, 0.0005;
    protocol_rotate: "protokoll-ks-2020-04-06-p216.rotate.pdf", PROTOCOL, 0.0005;
    follow_up_rotate: "uppfoljning-2023.rotate.pdf", FOLLOW_UP, 0.001;
}

// The eleventh round's HTML producers set the notes as a numbered list ("1." where the truth
// has "1"): blind 0.0268 / 0.0277 (Chromium, CSS columns), 0.0263 / 0.0272 (WeasyPrint,
// shaded table), 0.0181 / 0.0318 (WeasyPrint with the stamp; its text read, not in the truth).
#[test]
fn eleventh_round_notes_as_lists() {
    for (file, max) in [
        ("uppfoljning-2023.chromium-otf-cols.pdf", 0.027),
        ("uppfoljning-2023.weasyprint-table.pdf", 0.027),
        // 0.0159 since text set at an angle is laid out on its own (0.0181 before).
        ("uppfoljning-2023.stamp.pdf", 0.017),
    ] {
        check_numbers(file, FOLLOW_UP, max, true);
    }
}

// The eleventh round's losses, not fixed this session (each an ignored test that says why).
#[test]
#[ignore = "blind 0.0116 / 0.0137: one list number of 77 does not stand as a word (per-glyph positioning, no space glyphs)"]
fn brochure_fpdf2_glyphs() {
    check("inriktning-2014.fpdf2-glyphs.pdf", BROCHURE, 0.012);
}

/// Blind 0.0776 / 0.0658: a justified line's last two words ("hushåll har") were cut off at a
/// "narrow gutter" that was a river of four lines' word gaps (per-glyph positioning, no space
/// glyphs). A short run of aligned gaps is a gutter only where nearly every row across it has
/// the gap or the words after them start at one x (layout.rs, `narrow_gutters`): 0.0667, the
/// rest is pandoc's plain text as for rawtj.
#[test]
fn follow_up_fpdf2_glyphs() {
    check("uppfoljning-2023.fpdf2-glyphs.pdf", FOLLOW_UP, 0.067);
}

#[test]
#[ignore = "blind 0.1156 / 0.0412: a two-column label/value table without borders (rows told apart only by shading) read column by column: fills are not seen by layout"]
fn protocol_weasyprint_table() {
    check(
        "protokoll-ks-2020-04-06-p216.weasyprint-table.pdf",
        PROTOCOL,
        0.05,
    );
}

/// MuPDF's PDF writer maps every glyph to a control character (blind 0.9360 / 0.9105,
/// 0.8744 / 0.9518, 0.9510 / 0.8634): no route to Unicode, so the pages are reported as
/// unreadable (every page has more unmapped glyphs than characters read) and OCR reads
/// them from their rendering (`ocr_rendered.rs`).
#[test]
fn mupdf_glyphs_mapped_to_control_characters_are_unmapped() {
    for file in [
        "inriktning-2014.mupdf.pdf",
        "protokoll-ks-2020-04-06-p216.mupdf.pdf",
        "uppfoljning-2023.mupdf.pdf",
    ] {
        let doc = extract(file);
        for page in &doc.pages {
            let chars = page.text.chars().filter(|c| !c.is_whitespace()).count();
            assert!(
                page.unmapped_glyphs as usize >= chars,
                "{file} page {}: {} unmapped, {chars} read",
                page.number,
                page.unmapped_glyphs
            );
        }
    }
}

// The twelfth round (2026-12-03, sixth session), made blind (`tests/data/producers/twelfth.sh`
// and `twelfth.py`): Typst in two page columns with footnotes, XeLaTeX tracked, LuaLaTeX
// ragged right, LaTeX through dvipdfmx, Chromium with margin headings in a CSS grid,
// WeasyPrint with running header and footer, LibreOffice with Word footnotes, enscript in two
// columns, a hand-made PDF with TJ kerning and word gaps as displacements, pdfTeX through
// Ghostscript, Chromium through qpdf, content turned 180 degrees under /Rotate 180. The
// comments give the figures measured before any rule looked at these files (`measure.py`
// with main's binary 547c1ea, kommission / pdftotext).
macro_rules! twelfth {
    ($($name:ident: $file:literal, $id:expr, $max:expr, $listed:expr;)*) => {
        $(
            #[test]
            fn $name() {
                check_numbers($file, $id, $max, $listed);
            }
        )*
    };
}
twelfth! {
    // Blind: 0.0000 / 0.0064, 0.0003 / 0.0039, 0.0254 / 0.0327 (Typst prints no title).
    brochure_typst_2col: "inriktning-2014.typst-2col.pdf", BROCHURE, 0.0005, false;
    protocol_typst_2col: "protokoll-ks-2020-04-06-p216.typst-2col.pdf", PROTOCOL, 0.0005, false;
    follow_up_typst_2col: "uppfoljning-2023.typst-2col.pdf", FOLLOW_UP, 0.026, false;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0009 / 0.0631.
    brochure_xelatex_track: "inriktning-2014.xelatex-track.pdf", BROCHURE, 0.0005, false;
    protocol_xelatex_track: "protokoll-ks-2020-04-06-p216.xelatex-track.pdf", PROTOCOL, 0.0005, false;
    follow_up_xelatex_track: "uppfoljning-2023.xelatex-track.pdf", FOLLOW_UP, 0.001, false;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0003, 0.0009 / 0.0613.
    brochure_luatex_ragged: "inriktning-2014.luatex-ragged.pdf", BROCHURE, 0.0005, false;
    protocol_luatex_ragged: "protokoll-ks-2020-04-06-p216.luatex-ragged.pdf", PROTOCOL, 0.0005, false;
    follow_up_luatex_ragged: "uppfoljning-2023.luatex-ragged.pdf", FOLLOW_UP, 0.001, false;
    // Blind: 0.0000 / 0.0032, 0.0000 / 0.0015, 0.0009 / 0.0631.
    brochure_latex_dvipdfmx: "inriktning-2014.latex-dvipdfmx.pdf", BROCHURE, 0.0005, false;
    protocol_latex_dvipdfmx: "protokoll-ks-2020-04-06-p216.latex-dvipdfmx.pdf", PROTOCOL, 0.0005, false;
    follow_up_latex_dvipdfmx: "uppfoljning-2023.latex-dvipdfmx.pdf", FOLLOW_UP, 0.001, false;
    // Blind: 0.0263 / 0.0272 (the notes as a list).
    follow_up_chromium_grid: "uppfoljning-2023.chromium-grid.pdf", FOLLOW_UP, 0.027, true;
    // Blind: 0.0027 / 0.0243, 0.0000 / 0.0346, 0.0263 / 0.0499: the running header and
    // footer are furniture (not in the page text); the notes as a list.
    brochure_weasyprint_running: "inriktning-2014.weasyprint-running.pdf", BROCHURE, 0.003, false;
    protocol_weasyprint_running: "protokoll-ks-2020-04-06-p216.weasyprint-running.pdf", PROTOCOL, 0.0005, false;
    follow_up_weasyprint_running: "uppfoljning-2023.weasyprint-running.pdf", FOLLOW_UP, 0.027, true;
    // Blind: 0.0218 / 0.0127; 0.0045 since a row of cells is no running text, 0.0000 since
    // the source line under the table, across its cells, is a row of its own (layout.rs).
    follow_up_lo_docx_notes: "uppfoljning-2023.lo-docx-notes.pdf", FOLLOW_UP, 0.0005, false;
    // Blind: 0.0002 / 0.0003, 0.0009 / 0.0009, 0.0712 / 0.0785 (Latin-1: quotes as "?").
    brochure_enscript_2col: "inriktning-2014.enscript-2col.pdf", BROCHURE, 0.0005, false;
    protocol_enscript_2col: "protokoll-ks-2020-04-06-p216.enscript-2col.pdf", PROTOCOL, 0.001, false;
    follow_up_enscript_2col: "uppfoljning-2023.enscript-2col.pdf", FOLLOW_UP, 0.072, false;
    // Blind: 0.0000 / 0.0000 (the brochure below).
    protocol_rawtj: "protokoll-ks-2020-04-06-p216.rawtj.pdf", PROTOCOL, 0.0005, false;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0009 / 0.0613.
    brochure_pdftex_gs: "inriktning-2014.pdftex-gs.pdf", BROCHURE, 0.0005, false;
    protocol_pdftex_gs: "protokoll-ks-2020-04-06-p216.pdftex-gs.pdf", PROTOCOL, 0.0005, false;
    follow_up_pdftex_gs: "uppfoljning-2023.pdftex-gs.pdf", FOLLOW_UP, 0.001, false;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0027 / 0.0036 (the notes as a list).
    brochure_chromium_qpdf: "inriktning-2014.chromium-qpdf.pdf", BROCHURE, 0.0005, false;
    protocol_chromium_qpdf: "protokoll-ks-2020-04-06-p216.chromium-qpdf.pdf", PROTOCOL, 0.0005, false;
    follow_up_chromium_qpdf: "uppfoljning-2023.chromium-qpdf.pdf", FOLLOW_UP, 0.003, true;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0009 / 0.0613.
    brochure_turn180: "inriktning-2014.turn180.pdf", BROCHURE, 0.0005, false;
    protocol_turn180: "protokoll-ks-2020-04-06-p216.turn180.pdf", PROTOCOL, 0.0005, false;
    follow_up_turn180: "uppfoljning-2023.turn180.pdf", FOLLOW_UP, 0.001, false;
}

// The twelfth round's losses (each an ignored test that says why).
#[test]
#[ignore = "blind 0.0168 / 0.0000 (0.0132 since the fifteenth session's margin headings): headings set in a left column beside their text (a CSS grid: margin headings) are read as a column of their own on some pages"]
fn margin_headings_chromium_grid() {
    check("inriktning-2014.chromium-grid.pdf", BROCHURE, 0.0005);
}

/// Blind 0.0085 / 0.0000: the protocol's headings in a left column beside their text are
/// each read before the text they stand beside (fifteenth session: 0).
#[test]
fn margin_headings_chromium_grid_protocol() {
    check(
        "protokoll-ks-2020-04-06-p216.chromium-grid.pdf",
        PROTOCOL,
        0.0005,
    );
}

/// Blind 0.0667 / 0.0658: what both miss is pandoc's plain text (no title, "[1]" marks,
/// capitals for small caps); the 0.0009 between them is the table's rule of dashes, read
/// with its gaps as spaces where pdftotext glues its last run to the next word.
#[test]
fn follow_up_rawtj() {
    check("uppfoljning-2023.rawtj.pdf", FOLLOW_UP, 0.067);
}

/// Blind 0.0125 / 0.0142: the generator's fourth page runs past the page's bottom edge, so
/// items 45 and 46 are not on the page (pdftotext finds them neither); the character error
/// rate only.
#[test]
fn brochure_rawtj() {
    let doc = extract("inriktning-2014.rawtj.pdf");
    let rate = cer(&doc, &truth_pages(BROCHURE));
    assert!(rate <= 0.013, "character error rate {rate:.4}");
}

// The thirteenth round (2026-12-03, seventh session), made blind (`tests/data/producers/
// thirteenth.sh` and `thirteenth.py`, the boilerplate in `common.sh`/`common.py`): ReportLab's
// Platypus in two frames, XeLaTeX with rare and historic ligatures, LuaLaTeX in multicol with
// font expansion, pdfTeX in a narrow block (many hyphens), Chromium with a floated drawing,
// WeasyPrint in CSS columns, LibreOffice through Ghostscript's /ebook and as tagged PDF/A,
// content turned a quarter under /Rotate 270, fpdf2 with an OpenType CFF font, hand-made PDFs
// justified by Tw under Tz 92 % and with the lines in shuffled order, and tesseract's image +
// invisible text PDFs. The comments give the figures measured before any rule looked at these
// files (`measure.py` with main's binary 672d772, kommission / pdftotext).
macro_rules! thirteenth {
    ($($name:ident: $file:literal, $id:expr, $max:expr, $listed:expr;)*) => {
        $(
            #[test]
            fn $name() {
                check_numbers($file, $id, $max, $listed);
            }
        )*
    };
}
thirteenth! {
    // Blind: 0.0029 / 0.0056, 0.0000 / 0.0170, 0.0667 / 0.0658.
    brochure_reportlab_2col: "inriktning-2014.reportlab-2col.pdf", BROCHURE, 0.004, false;
    protocol_reportlab_2col: "protokoll-ks-2020-04-06-p216.reportlab-2col.pdf", PROTOCOL, 0.0005, false;
    follow_up_reportlab_2col: "uppfoljning-2023.reportlab-2col.pdf", FOLLOW_UP, 0.067, false;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0000, 0.0109 / 0.0730.
    brochure_xelatex_liga: "inriktning-2014.xelatex-liga.pdf", BROCHURE, 0.0005, false;
    protocol_xelatex_liga: "protokoll-ks-2020-04-06-p216.xelatex-liga.pdf", PROTOCOL, 0.0005, false;
    follow_up_xelatex_liga: "uppfoljning-2023.xelatex-liga.pdf", FOLLOW_UP, 0.012, false;
    // Blind: 0.0167 / 0.0430, 0.0000 / 0.0734, 0.0009 / 0.3181.
    brochure_luatex_multicol: "inriktning-2014.luatex-multicol.pdf", BROCHURE, 0.017, false;
    protocol_luatex_multicol: "protokoll-ks-2020-04-06-p216.luatex-multicol.pdf", PROTOCOL, 0.0005, false;
    follow_up_luatex_multicol: "uppfoljning-2023.luatex-multicol.pdf", FOLLOW_UP, 0.002, false;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0009 / 0.0613.
    brochure_pdftex_narrow: "inriktning-2014.pdftex-narrow.pdf", BROCHURE, 0.0005, false;
    protocol_pdftex_narrow: "protokoll-ks-2020-04-06-p216.pdftex-narrow.pdf", PROTOCOL, 0.0005, false;
    follow_up_pdftex_narrow: "uppfoljning-2023.pdftex-narrow.pdf", FOLLOW_UP, 0.002, false;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0263 / 0.0272.
    brochure_chromium_float: "inriktning-2014.chromium-float.pdf", BROCHURE, 0.0005, false;
    protocol_chromium_float: "protokoll-ks-2020-04-06-p216.chromium-float.pdf", PROTOCOL, 0.0005, false;
    follow_up_chromium_float: "uppfoljning-2023.chromium-float.pdf", FOLLOW_UP, 0.027, true;
    // Blind: 0.0027 / 0.0028, 0.0000 / 0.0000, 0.0263 / 0.0272.
    brochure_weasyprint_cols: "inriktning-2014.weasyprint-cols.pdf", BROCHURE, 0.004, false;
    protocol_weasyprint_cols: "protokoll-ks-2020-04-06-p216.weasyprint-cols.pdf", PROTOCOL, 0.0005, false;
    follow_up_weasyprint_cols: "uppfoljning-2023.weasyprint-cols.pdf", FOLLOW_UP, 0.027, true;
    // Blind: 0.0000 / 0.0033, 0.0000 / 0.0012, 0.0000 / 0.0136.
    brochure_lo_docx_ebook: "inriktning-2014.lo-docx-ebook.pdf", BROCHURE, 0.0005, false;
    protocol_lo_docx_ebook: "protokoll-ks-2020-04-06-p216.lo-docx-ebook.pdf", PROTOCOL, 0.0005, false;
    follow_up_lo_docx_ebook: "uppfoljning-2023.lo-docx-ebook.pdf", FOLLOW_UP, 0.0005, false;
    // Blind: 0.0000 / 0.0004, 0.0000 / 0.0000, 0.0000 / 0.0127.
    brochure_lo_docx_pdfa: "inriktning-2014.lo-docx-pdfa.pdf", BROCHURE, 0.0005, false;
    protocol_lo_docx_pdfa: "protokoll-ks-2020-04-06-p216.lo-docx-pdfa.pdf", PROTOCOL, 0.0005, false;
    follow_up_lo_docx_pdfa: "uppfoljning-2023.lo-docx-pdfa.pdf", FOLLOW_UP, 0.0005, false;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0009 / 0.0613.
    brochure_turn270: "inriktning-2014.turn270.pdf", BROCHURE, 0.0005, false;
    protocol_turn270: "protokoll-ks-2020-04-06-p216.turn270.pdf", PROTOCOL, 0.0005, false;
    follow_up_turn270: "uppfoljning-2023.turn270.pdf", FOLLOW_UP, 0.002, false;
    // Blind: 0.0059 / 0.0059, 0.0027 / 0.0027, 0.0281 / 0.0281.
    follow_up_fpdf2_otf: "uppfoljning-2023.fpdf2-otf.pdf", FOLLOW_UP, 0.029, false;
    // Blind: 0.0151 / 0.0156, 0.0000 / 0.0000, 0.0667 / 0.0658.
    protocol_raw_tw: "protokoll-ks-2020-04-06-p216.raw-tw.pdf", PROTOCOL, 0.0005, false;
    follow_up_raw_tw: "uppfoljning-2023.raw-tw.pdf", FOLLOW_UP, 0.067, false;
    // Blind: 0.0125 / 0.0142, 0.0000 / 0.0000, 0.0776 / 0.0658.
    protocol_raw_shuffled: "protokoll-ks-2020-04-06-p216.raw-shuffled.pdf", PROTOCOL, 0.0005, false;
    // 0.0667 since a river of word gaps is no narrow gutter (as fpdf2-glyphs above).
    follow_up_raw_shuffled: "uppfoljning-2023.raw-shuffled.pdf", FOLLOW_UP, 0.067, false;
    // Blind: 0.0231 / 0.0358, 0.0045 / 0.0049, 0.0309 / 0.1152.
    protocol_tesseract_pdf: "protokoll-ks-2020-04-06-p216.tesseract-pdf.pdf", PROTOCOL, 0.005, false;
    follow_up_tesseract_pdf: "uppfoljning-2023.tesseract-pdf.pdf", FOLLOW_UP, 0.032, false;
}

// The character error rate only: fpdf2's write_html prints no list numbers; the hand-made
// writers' fourth brochure page runs past the page's bottom edge (items 45 and 46 are not on
// the page, as for rawtj: 70 of the 77 list numbers); tesseract's own text layer holds 19 of
// the 77 (the others misread by its OCR).
macro_rules! cer_only {
    ($($name:ident: $file:literal, $id:expr, $max:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let doc = extract($file);
                let rate = cer(&doc, &truth_pages($id));
                assert!(rate <= $max, "{}: character error rate {rate:.4}", $file);
            }
        )*
    };
}
cer_only! {
    brochure_fpdf2_otf: "inriktning-2014.fpdf2-otf.pdf", BROCHURE, 0.007;
    protocol_fpdf2_otf: "protokoll-ks-2020-04-06-p216.fpdf2-otf.pdf", PROTOCOL, 0.004;
    brochure_raw_tw: "inriktning-2014.raw-tw.pdf", BROCHURE, 0.016;
    brochure_raw_shuffled: "inriktning-2014.raw-shuffled.pdf", BROCHURE, 0.013;
    brochure_tesseract_pdf: "inriktning-2014.tesseract-pdf.pdf", BROCHURE, 0.024;
}

// The fourteenth round (2026-12-04, eighth session), made blind (tests/data/producers/
// fourteenth.sh and fourteenth.py): LaTeX twocolumn with float tables, letter-spaced
// small-caps headings, Chromium with soft hyphens and with letter/word spacing, a registrar's
// line turned along the margin, AcroForm field appearances, hand-made PostScript through
// ps2pdf, Tc letter-spacing without space glyphs, Word-like split word runs, a skewed scan
// through tesseract's PDF renderer. Blind figures (kommission / pdftotext) in the comments;
// the ceilings are today's, rounded up. The character error rate only: the hand-made
// writers' long brochure pages run past the bottom edge, tesseract misreads list numbers.
cer_only! {
    // Blind: 0.0070 / 0.0661, 0.1043 / 0.0837 (ignored below), 0.1652 / 0.1661.
    brochure_latex_twocol: "inriktning-2014.latex-twocol.pdf", BROCHURE, 0.0075;
    follow_up_latex_twocol: "uppfoljning-2023.latex-twocol.pdf", FOLLOW_UP, 0.166;
    // Blind: 0.0014 / 0.0015, 0.0267 / 0.0279, 0.0054 / 0.0658. Since a letter-spaced line
    // keeps its kerned pairs ("Åt" in "Å t e r …"): 0.0000, 0.0000, 0.0009.
    brochure_pdftex_textls: "inriktning-2014.pdftex-textls.pdf", BROCHURE, 0.0005;
    protocol_pdftex_textls: "protokoll-ks-2020-04-06-p216.pdftex-textls.pdf", PROTOCOL, 0.0005;
    follow_up_pdftex_textls: "uppfoljning-2023.pdftex-textls.pdf", FOLLOW_UP, 0.001;
    // Blind: 0.0177 / 0.0177, 0.0243 / 0.0243, 0.0390 / 0.0399: soft hyphens (U+00AD) in
    // the text layer inside every long word, "U+00AD U+2010" at line ends. Since soft
    // hyphens inside a word are dropped: 0.0000, 0.0000, 0.0263.
    brochure_chromium_shy: "inriktning-2014.chromium-shy.pdf", BROCHURE, 0.0005;
    protocol_chromium_shy: "protokoll-ks-2020-04-06-p216.chromium-shy.pdf", PROTOCOL, 0.0005;
    follow_up_chromium_shy: "uppfoljning-2023.chromium-shy.pdf", FOLLOW_UP, 0.027;
    // Blind: 0.0000 / 0.0151, 0.0106 / 0.0106, 0.0263 / 0.0309. Since kerned pairs no longer turn
    // the letter-spacing rule off, the protocol 0.0000.
    brochure_chromium_spacing: "inriktning-2014.chromium-spacing.pdf", BROCHURE, 0.0005;
    protocol_chromium_spacing: "protokoll-ks-2020-04-06-p216.chromium-spacing.pdf", PROTOCOL, 0.0005;
    follow_up_chromium_spacing: "uppfoljning-2023.chromium-spacing.pdf", FOLLOW_UP, 0.027;
    // Blind: 0.0019 / 0.0211, 0.0024 / 0.0270, 0.0045 / 0.0894 (the stamp is not in the truth).
    brochure_margin_stamp: "inriktning-2014.margin-stamp.pdf", BROCHURE, 0.002;
    protocol_margin_stamp: "protokoll-ks-2020-04-06-p216.margin-stamp.pdf", PROTOCOL, 0.003;
    follow_up_margin_stamp: "uppfoljning-2023.margin-stamp.pdf", FOLLOW_UP, 0.005;
    // Blind: 0.0140 / 0.0162, 0.0000 / 0.0000, 0.0667 / 0.0658 (pandoc's plain-text table
    // rule, as rawtj).
    brochure_acroform: "inriktning-2014.acroform.pdf", BROCHURE, 0.0145;
    protocol_acroform: "protokoll-ks-2020-04-06-p216.acroform.pdf", PROTOCOL, 0.0005;
    follow_up_acroform: "uppfoljning-2023.acroform.pdf", FOLLOW_UP, 0.067;
    // Blind: 0.0172 / 0.0191, 0.0061 / 0.0061, 0.0440 / 0.0681 (ISOLatin1Encoding's /minus
    // for the hyphen: U+2212). Since code 0x2D named /minus is the hyphen-minus: 0.0165,
    // 0.0018, 0.0440.
    brochure_ps_xshow: "inriktning-2014.ps-xshow.pdf", BROCHURE, 0.017;
    protocol_ps_xshow: "protokoll-ks-2020-04-06-p216.ps-xshow.pdf", PROTOCOL, 0.002;
    follow_up_ps_xshow: "uppfoljning-2023.ps-xshow.pdf", FOLLOW_UP, 0.045;
    // Blind: 0.0524 / 0.0578, 0.0519 / 0.0692, 0.1007 / 0.0998: letter-spaced justified
    // lines with word gaps past an em cut into one chunk per word. Since the alike gaps of
    // a justified line are word gaps: 0.0139, 0.0261, 0.0862.
    brochure_raw_tc: "inriktning-2014.raw-tc.pdf", BROCHURE, 0.014;
    protocol_raw_tc: "protokoll-ks-2020-04-06-p216.raw-tc.pdf", PROTOCOL, 0.027;
    follow_up_raw_tc: "uppfoljning-2023.raw-tc.pdf", FOLLOW_UP, 0.087;
    // Blind: 0.0185 / 0.0193, 0.0006 / 0.0006, 0.0667 / 0.0658.
    brochure_raw_wordsplit: "inriktning-2014.raw-wordsplit.pdf", BROCHURE, 0.019;
    protocol_raw_wordsplit: "protokoll-ks-2020-04-06-p216.raw-wordsplit.pdf", PROTOCOL, 0.001;
    follow_up_raw_wordsplit: "uppfoljning-2023.raw-wordsplit.pdf", FOLLOW_UP, 0.067;
    // Blind: 0.1929 / 0.2312, 0.0294 / 0.0206 (ignored below), 0.1996 / 0.2436.
    brochure_tesseract_skew: "inriktning-2014.tesseract-skew.pdf", BROCHURE, 0.195;
    follow_up_tesseract_skew: "uppfoljning-2023.tesseract-skew.pdf", FOLLOW_UP, 0.2;
    // The fifteenth round (blind; tests/data/producers/fifteenth.sh; bench/README-extract.md
    // has the before figures): hidden layers are no text since d72c5ff (ocg-hidden 0.0039,
    // 0.0042, 0.0730 before), drop caps start their paragraph since 306ab1d (0.0325, 0.0045,
    // 0.1021 before); tagged-order's figures are the yardstick's (46-column plain text).
    brochure_word_glyphs: "inriktning-2014.word-glyphs.pdf", BROCHURE, 0.0005;
    protocol_word_glyphs: "protokoll-ks-2020-04-06-p216.word-glyphs.pdf", PROTOCOL, 0.0005;
    follow_up_word_glyphs: "uppfoljning-2023.word-glyphs.pdf", FOLLOW_UP, 0.067;
    brochure_tagged_order: "inriktning-2014.tagged-order.pdf", BROCHURE, 0.214;
    protocol_tagged_order: "protokoll-ks-2020-04-06-p216.tagged-order.pdf", PROTOCOL, 0.089;
    follow_up_tagged_order: "uppfoljning-2023.tagged-order.pdf", FOLLOW_UP, 0.116;
    brochure_ocg_hidden: "inriktning-2014.ocg-hidden.pdf", BROCHURE, 0.0005;
    protocol_ocg_hidden: "protokoll-ks-2020-04-06-p216.ocg-hidden.pdf", PROTOCOL, 0.0005;
    follow_up_ocg_hidden: "uppfoljning-2023.ocg-hidden.pdf", FOLLOW_UP, 0.067;
    brochure_cid_liga: "inriktning-2014.cid-liga.pdf", BROCHURE, 0.0005;
    protocol_cid_liga: "protokoll-ks-2020-04-06-p216.cid-liga.pdf", PROTOCOL, 0.0005;
    follow_up_cid_liga: "uppfoljning-2023.cid-liga.pdf", FOLLOW_UP, 0.067;
    brochure_whiteout: "inriktning-2014.whiteout.pdf", BROCHURE, 0.0005;
    protocol_whiteout: "protokoll-ks-2020-04-06-p216.whiteout.pdf", PROTOCOL, 0.0005;
    follow_up_whiteout: "uppfoljning-2023.whiteout.pdf", FOLLOW_UP, 0.067;
    brochure_tj_tight: "inriktning-2014.tj-tight.pdf", BROCHURE, 0.0005;
    protocol_tj_tight: "protokoll-ks-2020-04-06-p216.tj-tight.pdf", PROTOCOL, 0.0005;
    follow_up_tj_tight: "uppfoljning-2023.tj-tight.pdf", FOLLOW_UP, 0.067;
    brochure_tz_condensed: "inriktning-2014.tz-condensed.pdf", BROCHURE, 0.0005;
    protocol_tz_condensed: "protokoll-ks-2020-04-06-p216.tz-condensed.pdf", PROTOCOL, 0.0005;
    follow_up_tz_condensed: "uppfoljning-2023.tz-condensed.pdf", FOLLOW_UP, 0.067;
    brochure_dropcap: "inriktning-2014.dropcap.pdf", BROCHURE, 0.029;
    protocol_dropcap: "protokoll-ks-2020-04-06-p216.dropcap.pdf", PROTOCOL, 0.0005;
    follow_up_dropcap: "uppfoljning-2023.dropcap.pdf", FOLLOW_UP, 0.097;
    brochure_gs_screen: "inriktning-2014.gs-screen.pdf", BROCHURE, 0.0005;
    protocol_gs_screen: "protokoll-ks-2020-04-06-p216.gs-screen.pdf", PROTOCOL, 0.0005;
    follow_up_gs_screen: "uppfoljning-2023.gs-screen.pdf", FOLLOW_UP, 0.0005;
    // The sixteenth round (blind; tests/data/producers/sixteenth.sh; bench/README-extract.md
    // has the before figures, main c4c8433). word-sup's marks are not in the truth (set apart
    // from their words on purpose, since the eleventh session also after short words ("och 3")
    // when they count up: one character more per mark than pdftotext).
    brochure_word_sup: "inriktning-2014.word-sup.pdf", BROCHURE, 0.050;
    protocol_word_sup: "protokoll-ks-2020-04-06-p216.word-sup.pdf", PROTOCOL, 0.034;
    follow_up_word_sup: "uppfoljning-2023.word-sup.pdf", FOLLOW_UP, 0.103;
    brochure_type3_tm: "inriktning-2014.type3-tm.pdf", BROCHURE, 0.0005;
    protocol_type3_tm: "protokoll-ks-2020-04-06-p216.type3-tm.pdf", PROTOCOL, 0.0005;
    follow_up_type3_tm: "uppfoljning-2023.type3-tm.pdf", FOLLOW_UP, 0.068;
    brochure_form_letterhead: "inriktning-2014.form-letterhead.pdf", BROCHURE, 0.0005;
    protocol_form_letterhead: "protokoll-ks-2020-04-06-p216.form-letterhead.pdf", PROTOCOL, 0.0005;
    follow_up_form_letterhead: "uppfoljning-2023.form-letterhead.pdf", FOLLOW_UP, 0.068;
    brochure_threaded_frames: "inriktning-2014.threaded-frames.pdf", BROCHURE, 0.023;
    protocol_threaded_frames: "protokoll-ks-2020-04-06-p216.threaded-frames.pdf", PROTOCOL, 0.0005;
    follow_up_threaded_frames: "uppfoljning-2023.threaded-frames.pdf", FOLLOW_UP, 0.117;
    brochure_slug_crop: "inriktning-2014.slug-crop.pdf", BROCHURE, 0.0005;
    protocol_slug_crop: "protokoll-ks-2020-04-06-p216.slug-crop.pdf", PROTOCOL, 0.0005;
    follow_up_slug_crop: "uppfoljning-2023.slug-crop.pdf", FOLLOW_UP, 0.068;
    brochure_rotate_mixed: "inriktning-2014.rotate-mixed.pdf", BROCHURE, 0.0005;
    protocol_rotate_mixed: "protokoll-ks-2020-04-06-p216.rotate-mixed.pdf", PROTOCOL, 0.0005;
    follow_up_rotate_mixed: "uppfoljning-2023.rotate-mixed.pdf", FOLLOW_UP, 0.068;
    brochure_overprint_bold: "inriktning-2014.overprint-bold.pdf", BROCHURE, 0.0005;
    protocol_overprint_bold: "protokoll-ks-2020-04-06-p216.overprint-bold.pdf", PROTOCOL, 0.0005;
    follow_up_overprint_bold: "uppfoljning-2023.overprint-bold.pdf", FOLLOW_UP, 0.068;
    brochure_hyphen_justify: "inriktning-2014.hyphen-justify.pdf", BROCHURE, 0.0005;
    protocol_hyphen_justify: "protokoll-ks-2020-04-06-p216.hyphen-justify.pdf", PROTOCOL, 0.0005;
    follow_up_hyphen_justify: "uppfoljning-2023.hyphen-justify.pdf", FOLLOW_UP, 0.068;
    brochure_incremental: "inriktning-2014.incremental.pdf", BROCHURE, 0.0005;
    protocol_incremental: "protokoll-ks-2020-04-06-p216.incremental.pdf", PROTOCOL, 0.0005;
    follow_up_incremental: "uppfoljning-2023.incremental.pdf", FOLLOW_UP, 0.068;
    brochure_narrow_gutter: "inriktning-2014.narrow-gutter.pdf", BROCHURE, 0.023;
    protocol_narrow_gutter: "protokoll-ks-2020-04-06-p216.narrow-gutter.pdf", PROTOCOL, 0.0005;
    follow_up_narrow_gutter: "uppfoljning-2023.narrow-gutter.pdf", FOLLOW_UP, 0.117;
    brochure_mixed_runs: "inriktning-2014.mixed-runs.pdf", BROCHURE, 0.0005;
    protocol_mixed_runs: "protokoll-ks-2020-04-06-p216.mixed-runs.pdf", PROTOCOL, 0.0005;
    follow_up_mixed_runs: "uppfoljning-2023.mixed-runs.pdf", FOLLOW_UP, 0.068;
    brochure_split_contents: "inriktning-2014.split-contents.pdf", BROCHURE, 0.0005;
    protocol_split_contents: "protokoll-ks-2020-04-06-p216.split-contents.pdf", PROTOCOL, 0.0005;
    follow_up_split_contents: "uppfoljning-2023.split-contents.pdf", FOLLOW_UP, 0.068;
    brochure_inline_image: "inriktning-2014.inline-image.pdf", BROCHURE, 0.0005;
    protocol_inline_image: "protokoll-ks-2020-04-06-p216.inline-image.pdf", PROTOCOL, 0.0005;
    follow_up_inline_image: "uppfoljning-2023.inline-image.pdf", FOLLOW_UP, 0.068;
    brochure_xref_shift: "inriktning-2014.xref-shift.pdf", BROCHURE, 0.0005;
    protocol_xref_shift: "protokoll-ks-2020-04-06-p216.xref-shift.pdf", PROTOCOL, 0.0005;
    follow_up_xref_shift: "uppfoljning-2023.xref-shift.pdf", FOLLOW_UP, 0.0005;
    brochure_encrypt_aes: "inriktning-2014.encrypt-aes.pdf", BROCHURE, 0.0005;
    protocol_encrypt_aes: "protokoll-ks-2020-04-06-p216.encrypt-aes.pdf", PROTOCOL, 0.0005;
    follow_up_encrypt_aes: "uppfoljning-2023.encrypt-aes.pdf", FOLLOW_UP, 0.0005;
    // The seventeenth round (blind; tests/data/producers/seventeenth.sh; bench/README-extract.md
    // has the before figures, main a21be85). margin-vertical's stacked label is not in the
    // truth; newsletter is at its before figure (reading order of three columns, see the notes).
    brochure_cid_cmap: "inriktning-2014.cid-cmap.pdf", BROCHURE, 0.0005;
    protocol_cid_cmap: "protokoll-ks-2020-04-06-p216.cid-cmap.pdf", PROTOCOL, 0.0005;
    follow_up_cid_cmap: "uppfoljning-2023.cid-cmap.pdf", FOLLOW_UP, 0.068;
    brochure_tt_symbolic: "inriktning-2014.tt-symbolic.pdf", BROCHURE, 0.0005;
    protocol_tt_symbolic: "protokoll-ks-2020-04-06-p216.tt-symbolic.pdf", PROTOCOL, 0.0005;
    follow_up_tt_symbolic: "uppfoljning-2023.tt-symbolic.pdf", FOLLOW_UP, 0.068;
    brochure_render_heads: "inriktning-2014.render-heads.pdf", BROCHURE, 0.0005;
    protocol_render_heads: "protokoll-ks-2020-04-06-p216.render-heads.pdf", PROTOCOL, 0.0005;
    follow_up_render_heads: "uppfoljning-2023.render-heads.pdf", FOLLOW_UP, 0.068;
    brochure_tz_wide: "inriktning-2014.tz-wide.pdf", BROCHURE, 0.0005;
    protocol_tz_wide: "protokoll-ks-2020-04-06-p216.tz-wide.pdf", PROTOCOL, 0.0005;
    follow_up_tz_wide: "uppfoljning-2023.tz-wide.pdf", FOLLOW_UP, 0.068;
    brochure_tj_track: "inriktning-2014.tj-track.pdf", BROCHURE, 0.0005;
    protocol_tj_track: "protokoll-ks-2020-04-06-p216.tj-track.pdf", PROTOCOL, 0.0005;
    follow_up_tj_track: "uppfoljning-2023.tj-track.pdf", FOLLOW_UP, 0.068;
    brochure_newsletter: "inriktning-2014.newsletter.pdf", BROCHURE, 0.125;
    protocol_newsletter: "protokoll-ks-2020-04-06-p216.newsletter.pdf", PROTOCOL, 0.0005;
    // Three columns on one grid whose neighbours' paragraphs cross each other are read column
    // by column, not in rows (twelfth session): 0.3820 -> 0.1130.
    follow_up_newsletter: "uppfoljning-2023.newsletter.pdf", FOLLOW_UP, 0.114;
    brochure_word_forms: "inriktning-2014.word-forms.pdf", BROCHURE, 0.0005;
    protocol_word_forms: "protokoll-ks-2020-04-06-p216.word-forms.pdf", PROTOCOL, 0.0005;
    follow_up_word_forms: "uppfoljning-2023.word-forms.pdf", FOLLOW_UP, 0.068;
    brochure_userunit: "inriktning-2014.userunit.pdf", BROCHURE, 0.0005;
    protocol_userunit: "protokoll-ks-2020-04-06-p216.userunit.pdf", PROTOCOL, 0.0005;
    follow_up_userunit: "uppfoljning-2023.userunit.pdf", FOLLOW_UP, 0.068;
    brochure_accsupp_hyphen: "inriktning-2014.accsupp-hyphen.pdf", BROCHURE, 0.0005;
    protocol_accsupp_hyphen: "protokoll-ks-2020-04-06-p216.accsupp-hyphen.pdf", PROTOCOL, 0.0005;
    follow_up_accsupp_hyphen: "uppfoljning-2023.accsupp-hyphen.pdf", FOLLOW_UP, 0.068;
    brochure_macroman: "inriktning-2014.macroman.pdf", BROCHURE, 0.0005;
    protocol_macroman: "protokoll-ks-2020-04-06-p216.macroman.pdf", PROTOCOL, 0.0005;
    follow_up_macroman: "uppfoljning-2023.macroman.pdf", FOLLOW_UP, 0.068;
    brochure_uni_names: "inriktning-2014.uni-names.pdf", BROCHURE, 0.0005;
    protocol_uni_names: "protokoll-ks-2020-04-06-p216.uni-names.pdf", PROTOCOL, 0.0005;
    follow_up_uni_names: "uppfoljning-2023.uni-names.pdf", FOLLOW_UP, 0.068;
    brochure_quote_ops: "inriktning-2014.quote-ops.pdf", BROCHURE, 0.0005;
    protocol_quote_ops: "protokoll-ks-2020-04-06-p216.quote-ops.pdf", PROTOCOL, 0.0005;
    follow_up_quote_ops: "uppfoljning-2023.quote-ops.pdf", FOLLOW_UP, 0.068;
    brochure_filters_old: "inriktning-2014.filters-old.pdf", BROCHURE, 0.0005;
    protocol_filters_old: "protokoll-ks-2020-04-06-p216.filters-old.pdf", PROTOCOL, 0.0005;
    follow_up_filters_old: "uppfoljning-2023.filters-old.pdf", FOLLOW_UP, 0.068;
    brochure_margin_vertical: "inriktning-2014.margin-vertical.pdf", BROCHURE, 0.0005;
    protocol_margin_vertical: "protokoll-ks-2020-04-06-p216.margin-vertical.pdf", PROTOCOL, 0.012;
    follow_up_margin_vertical: "uppfoljning-2023.margin-vertical.pdf", FOLLOW_UP, 0.068;
    brochure_hocr_scan: "inriktning-2014.hocr-scan.pdf", BROCHURE, 0.0005;
    protocol_hocr_scan: "protokoll-ks-2020-04-06-p216.hocr-scan.pdf", PROTOCOL, 0.0005;
    follow_up_hocr_scan: "uppfoljning-2023.hocr-scan.pdf", FOLLOW_UP, 0.0005;
    // The eighteenth round (blind; tests/data/producers/eighteenth.sh; bench/README-extract.md
    // has the before figures, main 49e216c: kommission / pdftotext in each comment). The
    // ceilings are the before figures where a file is above the truth (0.0005; the follow-up's
    // 0.068 is the generators' table-rule offset); line-numbers' margin numbers are no text.
    // Blind: 0.2482 / 0.2079, 0.4568 / 0.2493, 0.4728 / 0.0658.
    brochure_cols2_midspan: "inriktning-2014.cols2-midspan.pdf", BROCHURE, 0.249;
    protocol_cols2_midspan: "protokoll-ks-2020-04-06-p216.cols2-midspan.pdf", PROTOCOL, 0.458;
    follow_up_cols2_midspan: "uppfoljning-2023.cols2-midspan.pdf", FOLLOW_UP, 0.474;
    // Blind: 0.0015 / 0.3578, 0.0874 / 0.6048, 0.0667 / 0.2895.
    brochure_cols2_figure: "inriktning-2014.cols2-figure.pdf", BROCHURE, 0.002;
    protocol_cols2_figure: "protokoll-ks-2020-04-06-p216.cols2-figure.pdf", PROTOCOL, 0.088;
    follow_up_cols2_figure: "uppfoljning-2023.cols2-figure.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.1854, 0.1119 / 0.5199, 0.0667 / 0.1788.
    brochure_cols3_ingress: "inriktning-2014.cols3-ingress.pdf", BROCHURE, 0.0005;
    protocol_cols3_ingress: "protokoll-ks-2020-04-06-p216.cols3-ingress.pdf", PROTOCOL, 0.113;
    follow_up_cols3_ingress: "uppfoljning-2023.cols3-ingress.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.1595, 0.0000 / 0.0000, 0.0667 / 0.0649.
    brochure_cols2_unequal: "inriktning-2014.cols2-unequal.pdf", BROCHURE, 0.0005;
    protocol_cols2_unequal: "protokoll-ks-2020-04-06-p216.cols2-unequal.pdf", PROTOCOL, 0.0005;
    follow_up_cols2_unequal: "uppfoljning-2023.cols2-unequal.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0082 / 0.1702, 0.1086 / 0.5972, 0.1946 / 0.2191.
    brochure_cols2_foot: "inriktning-2014.cols2-foot.pdf", BROCHURE, 0.009;
    protocol_cols2_foot: "protokoll-ks-2020-04-06-p216.cols2-foot.pdf", PROTOCOL, 0.11;
    follow_up_cols2_foot: "uppfoljning-2023.cols2-foot.pdf", FOLLOW_UP, 0.196;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_shaded_box: "inriktning-2014.shaded-box.pdf", BROCHURE, 0.0005;
    protocol_shaded_box: "protokoll-ks-2020-04-06-p216.shaded-box.pdf", PROTOCOL, 0.0005;
    follow_up_shaded_box: "uppfoljning-2023.shaded-box.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0187, 0.0000 / 0.0231, 0.0667 / 0.0830.
    brochure_artifact_chrome: "inriktning-2014.artifact-chrome.pdf", BROCHURE, 0.0005;
    protocol_artifact_chrome: "protokoll-ks-2020-04-06-p216.artifact-chrome.pdf", PROTOCOL, 0.0005;
    follow_up_artifact_chrome: "uppfoljning-2023.artifact-chrome.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0211, 0.0000 / 0.0261, 0.0667 / 0.0867.
    brochure_sida_av: "inriktning-2014.sida-av.pdf", BROCHURE, 0.0005;
    protocol_sida_av: "protokoll-ks-2020-04-06-p216.sida-av.pdf", PROTOCOL, 0.0005;
    follow_up_sida_av: "uppfoljning-2023.sida-av.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0058 / 0.0058, 0.0094 / 0.0094, 0.0740 / 0.0730.
    brochure_line_numbers: "inriktning-2014.line-numbers.pdf", BROCHURE, 0.007;
    protocol_line_numbers: "protokoll-ks-2020-04-06-p216.line-numbers.pdf", PROTOCOL, 0.01;
    follow_up_line_numbers: "uppfoljning-2023.line-numbers.pdf", FOLLOW_UP, 0.075;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_tm_scale: "inriktning-2014.tm-scale.pdf", BROCHURE, 0.0005;
    protocol_tm_scale: "protokoll-ks-2020-04-06-p216.tm-scale.pdf", PROTOCOL, 0.0005;
    follow_up_tm_scale: "uppfoljning-2023.tm-scale.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_fake_oblique: "inriktning-2014.fake-oblique.pdf", BROCHURE, 0.0005;
    protocol_fake_oblique: "protokoll-ks-2020-04-06-p216.fake-oblique.pdf", PROTOCOL, 0.0005;
    follow_up_fake_oblique: "uppfoljning-2023.fake-oblique.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_header_table: "inriktning-2014.header-table.pdf", BROCHURE, 0.0005;
    protocol_header_table: "protokoll-ks-2020-04-06-p216.header-table.pdf", PROTOCOL, 0.0005;
    follow_up_header_table: "uppfoljning-2023.header-table.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_words_reversed: "inriktning-2014.words-reversed.pdf", BROCHURE, 0.0005;
    protocol_words_reversed: "protokoll-ks-2020-04-06-p216.words-reversed.pdf", PROTOCOL, 0.0005;
    follow_up_words_reversed: "uppfoljning-2023.words-reversed.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.3405, 0.0000 / 0.5629, 0.0667 / 0.3553.
    brochure_turned_pages: "inriktning-2014.turned-pages.pdf", BROCHURE, 0.0005;
    protocol_turned_pages: "protokoll-ks-2020-04-06-p216.turned-pages.pdf", PROTOCOL, 0.0005;
    follow_up_turned_pages: "uppfoljning-2023.turned-pages.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0000, 0.0109 / 0.0127.
    brochure_scan_under: "inriktning-2014.scan-under.pdf", BROCHURE, 0.0005;
    protocol_scan_under: "protokoll-ks-2020-04-06-p216.scan-under.pdf", PROTOCOL, 0.0005;
    follow_up_scan_under: "uppfoljning-2023.scan-under.pdf", FOLLOW_UP, 0.068;
    // The nineteenth round (blind; tests/data/producers/nineteenth.sh; bench/README-extract.md
    // has the before figures, main b4adfcd: kommission / pdftotext in each comment). The
    // ceilings are the before figures (0.0005 where kommission matches the truth; the
    // follow-up's 0.068 is the generators' table-rule offset).
    // Blind: 0.0038 / 0.0084, 0.0049 / 0.0191, 0.0740 / 0.1851. Angled text three times the
    // body's size is a watermark, no text (thirteenth session): 0.0001, 0.0000, 0.0667.
    brochure_watermark: "inriktning-2014.watermark.pdf", BROCHURE, 0.0005;
    protocol_watermark: "protokoll-ks-2020-04-06-p216.watermark.pdf", PROTOCOL, 0.0005;
    follow_up_watermark: "uppfoljning-2023.watermark.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.2373 / 0.2435, 0.2360 / 0.2360, 0.1683 / 0.1665.
    brochure_pull_quote: "inriktning-2014.pull-quote.pdf", BROCHURE, 0.238;
    protocol_pull_quote: "protokoll-ks-2020-04-06-p216.pull-quote.pdf", PROTOCOL, 0.237;
    follow_up_pull_quote: "uppfoljning-2023.pull-quote.pdf", FOLLOW_UP, 0.169;
    // Blind: 0.0000 / 0.0000, 0.0003 / 0.0003, 0.0667 / 0.0667.
    brochure_hanging_list: "inriktning-2014.hanging-list.pdf", BROCHURE, 0.0005;
    protocol_hanging_list: "protokoll-ks-2020-04-06-p216.hanging-list.pdf", PROTOCOL, 0.001;
    follow_up_hanging_list: "uppfoljning-2023.hanging-list.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.3148, 0.0000 / 0.0434, 0.0667 / 0.4664.
    brochure_curve_seal: "inriktning-2014.curve-seal.pdf", BROCHURE, 0.0005;
    protocol_curve_seal: "protokoll-ks-2020-04-06-p216.curve-seal.pdf", PROTOCOL, 0.0005;
    follow_up_curve_seal: "uppfoljning-2023.curve-seal.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0358 / 0.0353, 0.1441 / 0.1441, 0.1103 / 0.1093. The generator left out a heading
    // followed by another ("Sammanträdestid" over the date: the date was not in the PDF); made
    // again without that fault (fourteenth session), both tools: 0.0313 / 0.0297, 0.0746 / 0.0746.
    // Headings in a narrow bold margin column, each on the baseline of a line of the text
    // beside it, are read before that line (fifteenth session: 0.0313, 0.0746, 0.1103 before).
    brochure_callout_heads: "inriktning-2014.callout-heads.pdf", BROCHURE, 0.0011;
    protocol_callout_heads: "protokoll-ks-2020-04-06-p216.callout-heads.pdf", PROTOCOL, 0.058;
    follow_up_callout_heads: "uppfoljning-2023.callout-heads.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_liga_names: "inriktning-2014.liga-names.pdf", BROCHURE, 0.0005;
    protocol_liga_names: "protokoll-ks-2020-04-06-p216.liga-names.pdf", PROTOCOL, 0.0005;
    follow_up_liga_names: "uppfoljning-2023.liga-names.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0028 / 0.0121, 0.0185 / 0.0867, 0.0821 / 0.1329. A justified line's word gaps
    // never split it at a gutter they happen to line up with (fourteenth session): 0.0005.
    brochure_tc_justify: "inriktning-2014.tc-justify.pdf", BROCHURE, 0.001;
    protocol_tc_justify: "protokoll-ks-2020-04-06-p216.tc-justify.pdf", PROTOCOL, 0.019;
    follow_up_tc_justify: "uppfoljning-2023.tc-justify.pdf", FOLLOW_UP, 0.083;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_reversed_heads: "inriktning-2014.reversed-heads.pdf", BROCHURE, 0.0005;
    protocol_reversed_heads: "protokoll-ks-2020-04-06-p216.reversed-heads.pdf", PROTOCOL, 0.0005;
    follow_up_reversed_heads: "uppfoljning-2023.reversed-heads.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0189, 0.0000 / 0.0243, 0.0667 / 0.1021.
    brochure_sign_boxes: "inriktning-2014.sign-boxes.pdf", BROCHURE, 0.0005;
    protocol_sign_boxes: "protokoll-ks-2020-04-06-p216.sign-boxes.pdf", PROTOCOL, 0.0005;
    follow_up_sign_boxes: "uppfoljning-2023.sign-boxes.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0000 / 0.0000, 0.0667 / 0.0658.
    brochure_glyphs_reversed: "inriktning-2014.glyphs-reversed.pdf", BROCHURE, 0.0005;
    protocol_glyphs_reversed: "protokoll-ks-2020-04-06-p216.glyphs-reversed.pdf", PROTOCOL, 0.0005;
    follow_up_glyphs_reversed: "uppfoljning-2023.glyphs-reversed.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0001, 0.0000 / 0.0003, 0.0667 / 0.0658.
    brochure_shy_winansi: "inriktning-2014.shy-winansi.pdf", BROCHURE, 0.0005;
    protocol_shy_winansi: "protokoll-ks-2020-04-06-p216.shy-winansi.pdf", PROTOCOL, 0.0005;
    follow_up_shy_winansi: "uppfoljning-2023.shy-winansi.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0000 / 0.0000, 0.0109 / 0.0345.
    protocol_outlined_invisible: "protokoll-ks-2020-04-06-p216.outlined-invisible.pdf", PROTOCOL, 0.0005;
    follow_up_outlined_invisible: "uppfoljning-2023.outlined-invisible.pdf", FOLLOW_UP, 0.012;
    // The twentieth round (blind; tests/data/producers/twentieth.sh; bench/README-extract.md
    // has the before figures, main b52c56b: kommission / pdftotext in each comment).
    // Blind: 0 / 0.0338, 0 / 0.0789, 0.0667 / 0.0658.
    brochure_fakta_sidebar: "inriktning-2014.fakta-sidebar.pdf", BROCHURE, 0.0005;
    protocol_fakta_sidebar: "protokoll-ks-2020-04-06-p216.fakta-sidebar.pdf", PROTOCOL, 0.0005;
    follow_up_fakta_sidebar: "uppfoljning-2023.fakta-sidebar.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0.0087, 0.1413 / 0, 0.0667 / 0.0658. A column of smaller type set close
    // beside a paragraph is split from it at a gap of its own em (fourteenth session): 0.
    brochure_reservation_col: "inriktning-2014.reservation-col.pdf", BROCHURE, 0.0005;
    protocol_reservation_col: "protokoll-ks-2020-04-06-p216.reservation-col.pdf", PROTOCOL, 0.0005;
    follow_up_reservation_col: "uppfoljning-2023.reservation-col.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0.2235, 0 / 0.5581, 0.0667 / 0.3031.
    brochure_cols2_break: "inriktning-2014.cols2-break.pdf", BROCHURE, 0.0005;
    protocol_cols2_break: "protokoll-ks-2020-04-06-p216.cols2-break.pdf", PROTOCOL, 0.0005;
    follow_up_cols2_break: "uppfoljning-2023.cols2-break.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_figure_caption: "inriktning-2014.figure-caption.pdf", BROCHURE, 0.0005;
    protocol_figure_caption: "protokoll-ks-2020-04-06-p216.figure-caption.pdf", PROTOCOL, 0.0005;
    follow_up_figure_caption: "uppfoljning-2023.figure-caption.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_nbsp_gaps: "inriktning-2014.nbsp-gaps.pdf", BROCHURE, 0.0005;
    protocol_nbsp_gaps: "protokoll-ks-2020-04-06-p216.nbsp-gaps.pdf", PROTOCOL, 0.0005;
    follow_up_nbsp_gaps: "uppfoljning-2023.nbsp-gaps.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_align_mix: "inriktning-2014.align-mix.pdf", BROCHURE, 0.0005;
    protocol_align_mix: "protokoll-ks-2020-04-06-p216.align-mix.pdf", PROTOCOL, 0.0005;
    follow_up_align_mix: "uppfoljning-2023.align-mix.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0013 / 0.0081, 0 / 0, 0.0667 / 0.0658. A band under two columns is the rest of the
    // column on its side only when it starts close under that column (fourteenth session): 0.
    brochure_list_2col: "inriktning-2014.list-2col.pdf", BROCHURE, 0.0005;
    protocol_list_2col: "protokoll-ks-2020-04-06-p216.list-2col.pdf", PROTOCOL, 0.0005;
    follow_up_list_2col: "uppfoljning-2023.list-2col.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_indent_paras: "inriktning-2014.indent-paras.pdf", BROCHURE, 0.0005;
    protocol_indent_paras: "protokoll-ks-2020-04-06-p216.indent-paras.pdf", PROTOCOL, 0.0005;
    follow_up_indent_paras: "uppfoljning-2023.indent-paras.pdf", FOLLOW_UP, 0.068;
    // The twenty-first round (blind; tests/data/producers/twentyfirst.sh; bench/README-extract.md
    // has the before figures, main 5cebc83: kommission / pdftotext in each comment).
    // Blind: 0 / 0, 0.0036 / 0.0036, 0.0667 / 0.0658.
    brochure_num_table: "inriktning-2014.num-table.pdf", BROCHURE, 0.0005;
    protocol_num_table: "protokoll-ks-2020-04-06-p216.num-table.pdf", PROTOCOL, 0.0037;
    follow_up_num_table: "uppfoljning-2023.num-table.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0.0042 / 0 (ignored below), 0.0667 / 0.0667.
    brochure_label_rows: "inriktning-2014.label-rows.pdf", BROCHURE, 0.0005;
    follow_up_label_rows: "uppfoljning-2023.label-rows.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0149 / 0.0162, 0.0112 / 0.0124, 0.0803 / 0.0799. A page's top row set apart
    // in a smaller size at one place on half the pages is a running header whatever its text
    // (fifteenth session): 0, 0, 0.0667.
    brochure_chapter_head: "inriktning-2014.chapter-head.pdf", BROCHURE, 0.0005;
    protocol_chapter_head: "protokoll-ks-2020-04-06-p216.chapter-head.pdf", PROTOCOL, 0.0005;
    follow_up_chapter_head: "uppfoljning-2023.chapter-head.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0.0386, 0 / 0.2590, 0.0667 / 0.0812.
    brochure_landscape_page: "inriktning-2014.landscape-page.pdf", BROCHURE, 0.0005;
    protocol_landscape_page: "protokoll-ks-2020-04-06-p216.landscape-page.pdf", PROTOCOL, 0.0005;
    follow_up_landscape_page: "uppfoljning-2023.landscape-page.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_foot_rule: "inriktning-2014.foot-rule.pdf", BROCHURE, 0.0005;
    protocol_foot_rule: "protokoll-ks-2020-04-06-p216.foot-rule.pdf", PROTOCOL, 0.0005;
    follow_up_foot_rule: "uppfoljning-2023.foot-rule.pdf", FOLLOW_UP, 0.068;
    // Blind: 0.0027 / 0.0223, 0.0091 / 0.0343, 0.0749 / 0.1103 (ignored below).
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_tight_title: "inriktning-2014.tight-title.pdf", BROCHURE, 0.0005;
    protocol_tight_title: "protokoll-ks-2020-04-06-p216.tight-title.pdf", PROTOCOL, 0.0005;
    follow_up_tight_title: "uppfoljning-2023.tight-title.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0.0138, 0 / 0, 0.0667 / 0.0658.
    brochure_cols2_offset: "inriktning-2014.cols2-offset.pdf", BROCHURE, 0.0005;
    protocol_cols2_offset: "protokoll-ks-2020-04-06-p216.cols2-offset.pdf", PROTOCOL, 0.0005;
    follow_up_cols2_offset: "uppfoljning-2023.cols2-offset.pdf", FOLLOW_UP, 0.068;
}

/// A word hyphenated at the end of a short line whose next line stands as a block of its own
/// (ragged-right list items, the sixteenth round's hyphen-justify: 0.0008 before) joins it
/// when the next line follows at the page's line pitch in the same column and goes on in
/// lower case (`text::mend_hyphen_breaks`, OCR's rule); a suspended hyphen stays.
#[test]
fn a_hyphen_at_a_short_lines_end_joins_the_block_below() {
    let text = page_text("inriktning-2014.hyphen-justify.pdf", 8);
    for w in [
        "investeringspolitik",
        "samhällssystemen",
        "underlagsrapporter",
        "årsbasis",
    ] {
        assert!(text.contains(w), "no {w:?} in\n{text}");
    }
    assert!(!text.contains("investeri-"), "{text}");
    assert!(text.contains("Hälso- och sjukvård"), "{text}");
}

/// Soft hyphens stay out of the words (Chromium writes U+00AD into the text layer wherever
/// the HTML has `&shy;`), and one at a line end joins the word's halves.
#[test]
fn soft_hyphens_are_no_text() {
    let doc = extract("inriktning-2014.chromium-shy.pdf");
    for p in &doc.pages {
        assert!(!p.text.contains('\u{ad}'), "page {}: {}", p.number, p.text);
        assert!(
            !p.text.contains('\u{2010}'),
            "page {}: {}",
            p.number,
            p.text
        );
    }
    let all: String = doc.pages.iter().map(|p| p.text.as_str()).collect();
    assert!(all.contains("kvalitetsarbetet"), "{all}");
}

/// A justified, letter-spaced line whose word gaps are wider than an em stays one line of
/// text (the alike gaps are word gaps), while a table's header row of four labels (alike
/// column gaps, groff's tbl) stays four cells.
#[test]
fn alike_wide_gaps_of_a_justified_line_are_word_gaps() {
    let doc = extract("protokoll-ks-2020-04-06-p216.raw-tc.pdf");
    let text = &doc.pages[0].text;
    let want =
        "Katrin Stjernfeldt Jammeh (S) (Ordförande) Roko Kursar (L) (1:e vice ordförande) Torbjörn";
    assert!(text.lines().any(|l| l == want), "{text}");
    let doc = extract("uppfoljning-2023.groff-nocache.pdf");
    let table = &doc.pages[0].text;
    assert!(table.lines().any(|l| l.trim() == "Kommun"), "{table}");
}

#[test]
#[ignore = "blind 0.1043 / 0.0837: the top of the right column (the end of the left column's list) is read row by row with the left column's bold heading, whose line ends 10 pt (under an em) before it; the gutter is only five rows high"]
fn protocol_latex_twocol() {
    let doc = extract("protokoll-ks-2020-04-06-p216.latex-twocol.pdf");
    let rate = cer(&doc, &truth_pages(PROTOCOL));
    assert!(rate <= 0.0837, "character error rate {rate:.4}");
}

#[test]
#[ignore = "blind 0.0294 / 0.0206: tesseract's invisible text layer on a page turned a degree; not looked at"]
fn protocol_tesseract_skew() {
    let doc = extract("protokoll-ks-2020-04-06-p216.tesseract-skew.pdf");
    let rate = cer(&doc, &truth_pages(PROTOCOL));
    assert!(rate <= 0.0206, "character error rate {rate:.4}");
}

/// PostScript's ISOLatin1Encoding names the ASCII hyphen-minus /minus; a file re-encoded that
/// way (ps2pdf) draws every typed hyphen as /minus at 0x2D. Those are hyphens ("styr- och",
/// "Malmö-"), never U+2212, so that a search for the word finds them.
#[test]
fn iso_latin1_minus_at_the_hyphen_code_is_a_hyphen() {
    for file in [
        "inriktning-2014.ps-xshow.pdf",
        "protokoll-ks-2020-04-06-p216.ps-xshow.pdf",
        "uppfoljning-2023.ps-xshow.pdf",
    ] {
        let doc = extract(file);
        let text: String = doc.pages.iter().map(|p| p.text.as_str()).collect();
        assert!(
            !text.contains('\u{2212}'),
            "{file}: a minus sign for a hyphen"
        );
        assert!(text.contains('-'), "{file}: no hyphen at all");
    }
}

/// Optional content a viewer hides when it opens the file (the default configuration's /OFF)
/// is not text: the fifteenth round's hidden layer (a large "UTKAST" across every page and a
/// superseded registrar's line) stays out, the visible layer's body stays in.
#[test]
fn hidden_optional_content_is_no_text() {
    for (file, body) in [
        ("inriktning-2014.ocg-hidden.pdf", "Malmö stad"),
        (
            "protokoll-ks-2020-04-06-p216.ocg-hidden.pdf",
            "Katrin Stjernfeldt Jammeh",
        ),
        ("uppfoljning-2023.ocg-hidden.pdf", "Regionstyrelsen"),
    ] {
        let doc = extract(file);
        let text: String = doc.pages.iter().map(|p| p.text.as_str()).collect();
        assert!(
            !text.contains("UTKAST"),
            "{file}: the hidden layer's watermark"
        );
        assert!(
            !text.contains("Ersätter"),
            "{file}: the hidden layer's line"
        );
        assert!(
            text.contains(body),
            "{file}: the visible layer's text is gone"
        );
    }
}

/// A drop cap (a paragraph's first letter set large on the baseline of the paragraph's second
/// line, the lines beside it indented past it) is the first letter of the paragraph's first
/// line: "Regionstyrelsen gav", not "egionstyrelsen gav" / "R kommunerna".
#[test]
fn a_drop_cap_starts_its_paragraphs_first_word() {
    let stray = Regex::new(r"(?m)^\p{Lu} \p{Ll}").unwrap();
    for (file, words) in [
        (
            "uppfoljning-2023.dropcap.pdf",
            &[
                "Regionstyrelsen gav",
                "Andelen barn",
                "Förvaltningen föreslår",
            ][..],
        ),
        (
            "protokoll-ks-2020-04-06-p216.dropcap.pdf",
            &[
                "Det är nu tio år",
                "Utvärderingen har",
                "Katrin Stjernfeldt",
            ][..],
        ),
    ] {
        let doc = extract(file);
        let text: String = doc.pages.iter().map(|p| format!("{}\n", p.text)).collect();
        for w in words {
            assert!(text.contains(w), "{file}: {w:?} not read");
        }
        assert!(
            !stray.is_match(&text),
            "{file}: a cap starts the second line"
        );
    }
}

// The twenty-first round's losses (each an ignored test that says why).
#[test]
#[ignore = "blind 0.0042 / 0: a form's label that wraps to two lines beside a one-line value: its second line is read after the value"]
fn protocol_label_rows() {
    check(
        "protokoll-ks-2020-04-06-p216.label-rows.pdf",
        PROTOCOL,
        0.0005,
    );
}

/// Word's distributed alignment: a paragraph's last line spread over the measure by character
/// spacing alone (Tc up to 60 pt) is read as words, not letter by letter ("h ä v s t å n g"
/// before): a gap is measured less the Tc after the glyph before it, and a Tc wider than an
/// em is letter-spacing, never a word gap (`pdf::layout`). Blind 0.0027 / 0.0223, 0.0091 /
/// 0.0343, 0.0749 / 0.1103; now 0, 0, 0.0667 (the offset).
#[test]
fn distributed_last_lines() {
    check("inriktning-2014.distributed.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.distributed.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.distributed.pdf", FOLLOW_UP, 0.068);
}

// The twenty-second round (blind; tests/data/producers/twentysecond.sh; bench/README-extract.md
// has the before figures, main 604ee98: kommission / pdftotext for brochure, protocol,
// follow-up in each comment).
cer_only! {
    // Blind: 0.0002 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_kern_heads: "inriktning-2014.kern-heads.pdf", BROCHURE, 0.0005;
    protocol_kern_heads: "protokoll-ks-2020-04-06-p216.kern-heads.pdf", PROTOCOL, 0.0005;
    follow_up_kern_heads: "uppfoljning-2023.kern-heads.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_num_right: "inriktning-2014.num-right.pdf", BROCHURE, 0.0005;
    protocol_num_right: "protokoll-ks-2020-04-06-p216.num-right.pdf", PROTOCOL, 0.0005;
    follow_up_num_right: "uppfoljning-2023.num-right.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0.0187, 0 / 0.0231, 0.0667 / 0.1003.
    brochure_foot_two: "inriktning-2014.foot-two.pdf", BROCHURE, 0.0005;
    protocol_foot_two: "protokoll-ks-2020-04-06-p216.foot-two.pdf", PROTOCOL, 0.0005;
    follow_up_foot_two: "uppfoljning-2023.foot-two.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658.
    brochure_flip_ctm: "inriktning-2014.flip-ctm.pdf", BROCHURE, 0.0005;
    protocol_flip_ctm: "protokoll-ks-2020-04-06-p216.flip-ctm.pdf", PROTOCOL, 0.0005;
    follow_up_flip_ctm: "uppfoljning-2023.flip-ctm.pdf", FOLLOW_UP, 0.068;
    // Blind (the others ignored below): word-smallcaps 0.0667 / 0.0907.
    follow_up_word_smallcaps: "uppfoljning-2023.word-smallcaps.pdf", FOLLOW_UP, 0.068;
}

// The twenty-second round's losses (each an ignored test that says why).
#[test]
#[ignore = "blind 0.0010 / 0.1342, 0.0728 / 0.2624, 0.0812 / 0.1257: the rows beside a tinted box across two columns (the protocol's header, the follow-up's tables)"]
fn band_box() {
    check("inriktning-2014.band-box.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.band-box.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.band-box.pdf", FOLLOW_UP, 0.068);
}

#[test]
#[ignore = "blind 0.0017 / 0.0014, 0.0091 / 0.0079, 0.0885 / 0.0767: headings turned 90 degrees in the left margin are read at the end of their page, not before the paragraph beside them"]
fn rot_heads() {
    check("inriktning-2014.rot-heads.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.rot-heads.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.rot-heads.pdf", FOLLOW_UP, 0.068);
}

/// Two columns 6 pt apart with a rule drawn down the gutter are read column by column, also
/// where their lines share a grid of short rows (the protocol's header): a drawn vertical
/// rule that no glyph crosses is a gutter (`pdf::layout::ruled_gutters`). Blind 0.1044 /
/// 0.7111, 0.7028 / 0.7028, but the generator ran a list item's further lines two spaces
/// past the column, over the rule (eighteenth.py's `wrap`, fixed this session): made again,
/// base 0 / 0.7111, 0.0919 / 0.7015, 0.0667 / 0.7173; now 0, 0, 0.0667 (the offset).
#[test]
fn gutter_rule() {
    check("inriktning-2014.gutter-rule.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.gutter-rule.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.gutter-rule.pdf", FOLLOW_UP, 0.068);
}

#[test]
#[ignore = "blind 0.0024 / 0.0434, 0.0006 / 0.1325: Word's small caps (lower case as capitals at 80 %, each size its own Tj) of a word that starts in lower case has no full-size capital to start from (\"KL.\", \"S 7\"); a line-wide rule (capitals at 0.6-0.9 of the line's largest glyph on a line without lower case) read realworld's \"(D)\", \"SUPPLEMENTARY INFORMATION:\" and GeoTopo's \"LP\" in lower case: dropped"]
fn word_smallcaps() {
    check("inriktning-2014.word-smallcaps.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.word-smallcaps.pdf",
        PROTOCOL,
        0.0005,
    );
}

// The twenty-third round (blind; tests/data/producers/twentythird.sh; bench/README-extract.md
// has the before figures, main 4f38836: kommission / pdftotext for brochure, protocol,
// follow-up in each comment).
cer_only! {
    // Blind: 0 / 0.0568, 0 / 0.0728, 0.0667 / 0.1747.
    brochure_foot_address: "inriktning-2014.foot-address.pdf", BROCHURE, 0.0005;
    protocol_foot_address: "protokoll-ks-2020-04-06-p216.foot-address.pdf", PROTOCOL, 0.0005;
    follow_up_foot_address: "uppfoljning-2023.foot-address.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658: a highlighter drawn over the text (multiply)
    // hides nothing.
    brochure_highlight_mul: "inriktning-2014.highlight-mul.pdf", BROCHURE, 0.0005;
    protocol_highlight_mul: "protokoll-ks-2020-04-06-p216.highlight-mul.pdf", PROTOCOL, 0.0005;
    follow_up_highlight_mul: "uppfoljning-2023.highlight-mul.pdf", FOLLOW_UP, 0.068;
    // Blind: 0 / 0, 0 / 0 (the follow-up's table ignored below).
    brochure_table_wrap: "inriktning-2014.table-wrap.pdf", BROCHURE, 0.0005;
    protocol_table_wrap: "protokoll-ks-2020-04-06-p216.table-wrap.pdf", PROTOCOL, 0.0005;
    // Blind: 0 / 0, 0 / 0, 0.0667 / 0.0658 (Ghostscript drops the clipped line).
    brochure_clip_hidden_gs: "inriktning-2014.clip-hidden-gs.pdf", BROCHURE, 0.0005;
    protocol_clip_hidden_gs: "protokoll-ks-2020-04-06-p216.clip-hidden-gs.pdf", PROTOCOL, 0.0005;
    follow_up_clip_hidden_gs: "uppfoljning-2023.clip-hidden-gs.pdf", FOLLOW_UP, 0.068;
}

/// Documents whose right text is nothing: an organisation chart whose labels are outlines (no
/// font), and a back cover whose only text is in a Form XObject the page never draws, a
/// hidden annotation and an empty form field. Blind 0 / 0 both.
#[test]
fn nothing_to_read_is_nothing() {
    for (file, id) in [
        ("organisation.drawn-chart.pdf", "organisation"),
        ("baksida.unused-parts.pdf", "baksida"),
    ] {
        let truth = truth_pages(id);
        let doc = extract(file);
        assert_eq!(doc.pages.len(), truth.len(), "{file}: page count");
        for page in &doc.pages {
            assert!(page.error.is_none(), "{file}: {:?}", page.error);
            assert_eq!(page.text.trim(), "", "{file} page {}", page.number);
        }
    }
}

/// A line painted over by an opaque black box (a registrar's masking) is no text: the glyphs
/// an opaque filled rectangle drawn after them covers are dropped (`pdf::interp`). Blind
/// 0.0237 / 0.0237, 0.0312 / 0.0312, 0.0889 / 0.0880 (Ghostscript's the same).
#[test]
fn redact_box() {
    check("inriktning-2014.redact-box.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.redact-box.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.redact-box.pdf", FOLLOW_UP, 0.068);
    check("inriktning-2014.redact-box-gs.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.redact-box-gs.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.redact-box-gs.pdf", FOLLOW_UP, 0.068);
}

/// A line set wholly outside the clip path it is drawn under is not shown and no text
/// (`pdf::interp`). Blind 0.0361 / 0.0361, 0.0479 / 0.0479, 0.1270 / 0.1261.
#[test]
fn clip_hidden() {
    check("inriktning-2014.clip-hidden.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.clip-hidden.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.clip-hidden.pdf", FOLLOW_UP, 0.068);
}

/// A heading drawn twice, a grey drop shadow 1.2 pt right and down and then the face, is read
/// once: before, a letter the heading has twice kept one of its copies ("Sttadsshuset"; the
/// duplicate pairing looked only at the neighbour in position order). Blind 0.0004 / 0,
/// 0.0018 / 0, 0.0672 / 0.0658 (Ghostscript's the same).
#[test]
fn shadow_heads() {
    check("inriktning-2014.shadow-heads.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.shadow-heads.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.shadow-heads.pdf", FOLLOW_UP, 0.068);
    check("inriktning-2014.shadow-heads-gs.pdf", BROCHURE, 0.0005);
    check(
        "protokoll-ks-2020-04-06-p216.shadow-heads-gs.pdf",
        PROTOCOL,
        0.0005,
    );
    check("uppfoljning-2023.shadow-heads-gs.pdf", FOLLOW_UP, 0.068);
}

// The twenty-third round's losses (each an ignored test that says why).
#[test]
#[ignore = "blind 0.0436 / 0.0436: a ruled table whose header cells wrap inside their columns (\"Andel\" / \"barn (%)\") is read cell by cell down the page, not row by row"]
fn follow_up_table_wrap() {
    check("uppfoljning-2023.table-wrap.pdf", FOLLOW_UP, 0.005);
}
