//! The structure of the corpus' two documents as typeset by other producers
//! (tests/data/producers: pdfTeX, LuaTeX in one and two columns, Chromium, groff,
//! Ghostscript, LibreOffice from .docx, protocol headers as tables; the later rounds' XeLaTeX,
//! WeasyPrint, AbiWord, pdftocairo and Ghostscript rewrites, justified and two-column
//! layouts, a borderless .odt table): the same 69 actions,
//! the same 8 full records and the same protocol fields as the shipped LibreOffice PDF.
//! Physical pages differ between typesettings and are not compared; everything printed is.

use crate::structure_support as support;

use serde_json::Value;
use support::*;

/// Every variant of `id` in tests/data/producers.
fn variants(id: &str) -> Vec<String> {
    let dir = root().join("tests/data/producers");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("{id}.")) && n.ends_with(".pdf"))
        .collect();
    out.sort();
    out
}

fn structure_of(file: &str) -> kommission::model::DocStructure {
    let path = root().join("tests/data/producers").join(file);
    let doc = kommission::extract::extract_file(&path, &options())
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    record(file.trim_end_matches(".pdf"), "pdf", doc).structure
}

/// The fields of an action that do not depend on the pagination.
const PRINTED_KEYS: [&str; 7] = [
    "number",
    "title",
    "section",
    "section_page",
    "measure_type",
    "responsible",
    "report_back",
];

/// The brochure variant `file`: 69 actions with the printed fields of the gold file, and
/// the 8 full records with their quoted proposals.
fn check_brochure(file: &str) {
    check_brochure_without(file, &[]);
}

/// The brochure variants whose generator sets page 4 past the bottom edge, so that actions
/// 45 and 46 (and with raw-tw 44) are not in the PDF: every other action as in the gold
/// file, the list read on over the gap.
fn check_brochure_past_edge(file: &str) {
    check_brochure_without(file, &["45", "46"]);
}
fn check_brochure_past_edge_tw(file: &str) {
    check_brochure_without(file, &["44", "45", "46"]);
}

/// As [`check_brochure`], without the actions numbered `missing` (not in the PDF).
fn check_brochure_without(file: &str, missing: &[&str]) {
    let g = gold(REPORT);
    let want: Vec<&Value> = g["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| !missing.contains(&w["number"].as_str().unwrap_or("")))
        .collect();
    let s = structure_of(file);
    assert_eq!(s.actions.len(), want.len(), "{file}");
    let codes = |v: &Value| -> Vec<(Value, Value)> {
        v["recommendations"]
            .as_array()
            .map(|r| {
                r.iter()
                    .map(|x| (x["code"].clone(), x["text"].clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut records = 0;
    for (a, w) in s.actions.iter().zip(want) {
        let got = serde_json::to_value(a).unwrap();
        for k in PRINTED_KEYS {
            assert_eq!(got[k], w[k], "{file}: action {} field {k}", a.number);
        }
        let full = w["pages"].as_array().is_some_and(|p| !p.is_empty());
        if full {
            assert!(
                !a.pages.is_empty(),
                "{file}: action {} has no text",
                a.number
            );
            assert_eq!(
                codes(&got),
                codes(w),
                "{file}: action {} proposals",
                a.number
            );
            records += 1;
        }
    }
    assert_eq!(records, 8, "{file}");
}

/// The protocol variant `file`: one paragraph with every field of the gold file.
fn check_protocol(file: &str) {
    let g = gold(PROTOCOL);
    let want = g["protocols"][0].as_object().unwrap();
    let s = structure_of(file);
    assert_eq!(s.protocols.len(), 1, "{file}: {:#?}", s.protocols);
    let got = serde_json::to_value(&s.protocols[0]).unwrap();
    for (key, value) in want {
        // Physical pages differ between typesettings.
        if key != "page" {
            assert_eq!(&got[key], value, "{file}: field {key}");
        }
    }
    assert_eq!(got["label"], "§ 216", "{file}");
}

macro_rules! variants {
    ($($name:ident: $check:ident($file:literal) $(, ignore = $why:literal)?;)*) => {
        $(
            #[test]
            $(#[ignore = $why])?
            fn $name() {
                $check($file);
            }
        )*
        const LISTED: &[&str] = &[$($file),*];
    };
}

variants! {
    brochure_chromium: check_brochure("inriktning-2014.chromium.pdf");
    brochure_groff: check_brochure("inriktning-2014.groff.pdf");
    brochure_gs: check_brochure("inriktning-2014.gs.pdf");
    brochure_lo_docx: check_brochure("inriktning-2014.lo-docx.pdf");
    brochure_luatex: check_brochure("inriktning-2014.luatex.pdf");
    brochure_luatex_2col: check_brochure("inriktning-2014.luatex-2col.pdf");
    brochure_pdftex: check_brochure("inriktning-2014.pdftex.pdf");
    protocol_chromium: check_protocol("protokoll-ks-2020-04-06-p216.chromium.pdf");
    protocol_chromium_table: check_protocol("protokoll-ks-2020-04-06-p216.chromium-table.pdf");
    protocol_groff: check_protocol("protokoll-ks-2020-04-06-p216.groff.pdf");
    protocol_gs: check_protocol("protokoll-ks-2020-04-06-p216.gs.pdf");
    protocol_lo_docx: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx.pdf");
    protocol_lo_docx_table: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx-table.pdf");
    protocol_luatex: check_protocol("protokoll-ks-2020-04-06-p216.luatex.pdf");
    protocol_pdftex: check_protocol("protokoll-ks-2020-04-06-p216.pdftex.pdf");
    brochure_xelatex: check_brochure("inriktning-2014.xelatex.pdf");
    brochure_abiword: check_brochure("inriktning-2014.abiword.pdf");
    brochure_chromium_2col: check_brochure("inriktning-2014.chromium-2col.pdf");
    brochure_groff_2col: check_brochure("inriktning-2014.groff-2col.pdf");
    protocol_xelatex: check_protocol("protokoll-ks-2020-04-06-p216.xelatex.pdf");
    protocol_weasyprint: check_protocol("protokoll-ks-2020-04-06-p216.weasyprint.pdf");
    protocol_abiword: check_protocol("protokoll-ks-2020-04-06-p216.abiword.pdf");
    brochure_weasyprint: check_brochure("inriktning-2014.weasyprint.pdf");
    brochure_pdftex_cairo: check_brochure("inriktning-2014.pdftex-cairo.pdf");
    brochure_chromium_gs: check_brochure("inriktning-2014.chromium-gs.pdf");
    brochure_chromium_justify: check_brochure("inriktning-2014.chromium-justify.pdf");
    brochure_lo_odt_justify: check_brochure("inriktning-2014.lo-odt-justify.pdf");
    brochure_pdftex_2col: check_brochure("inriktning-2014.pdftex-2col.pdf");
    protocol_pdftex_cairo: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-cairo.pdf");
    protocol_lo_docx_table_gs: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx-table-gs.pdf");
    protocol_lo_odt_justify_table: check_protocol("protokoll-ks-2020-04-06-p216.lo-odt-justify-table.pdf");
    // The sixth round (blind): OT1 accents, LaTeX via dvips, pdf2ps rewrites, three columns.
    brochure_pdftex_ot1: check_brochure("inriktning-2014.pdftex-ot1.pdf");
    protocol_pdftex_ot1: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-ot1.pdf");
    brochure_latex_dvips: check_brochure("inriktning-2014.latex-dvips.pdf");
    protocol_latex_dvips: check_protocol("protokoll-ks-2020-04-06-p216.latex-dvips.pdf");
    brochure_lo_odt_3col: check_brochure("inriktning-2014.lo-odt-3col.pdf");
    brochure_lo_docx_pdf2ps: check_brochure("inriktning-2014.lo-docx-pdf2ps.pdf"), ignore = "fonts without any route to Unicode (pdf2ps): needs OCR of rendered pages";
    protocol_lo_docx_pdf2ps: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx-pdf2ps.pdf"), ignore = "fonts without any route to Unicode (pdf2ps): needs OCR of rendered pages";
    // The ninth round (blind): Typst, xhtml2pdf (ReportLab), fpdf2, enscript through ps2pdf.
    brochure_typst: check_brochure("inriktning-2014.typst.pdf");
    protocol_typst: check_protocol("protokoll-ks-2020-04-06-p216.typst.pdf");
    brochure_xhtml2pdf: check_brochure("inriktning-2014.xhtml2pdf.pdf");
    protocol_xhtml2pdf: check_protocol("protokoll-ks-2020-04-06-p216.xhtml2pdf.pdf");
    brochure_enscript: check_brochure("inriktning-2014.enscript-gs.pdf");
    // The tenth round (blind): Type 3 bitmaps, pdf2ps, landscape, small caps, letter-spacing, qpdf.
    brochure_pdftex_type3: check_brochure("inriktning-2014.pdftex-type3.pdf"), ignore = "Type 3 bitmap fonts carry no name: the bold run-in labels are not known as bold (responsible, report-back missing)";
    brochure_pdftex_pdf2ps: check_brochure("inriktning-2014.pdftex-pdf2ps.pdf");
    brochure_pdftex_landscape: check_brochure("inriktning-2014.pdftex-landscape.pdf");
    brochure_pdftex_smallcaps: check_brochure("inriktning-2014.pdftex-smallcaps.pdf");
    brochure_luatex_letterspace: check_brochure("inriktning-2014.luatex-letterspace.pdf");
    brochure_chromium_smallcaps: check_brochure("inriktning-2014.chromium-smallcaps.pdf");
    brochure_qpdf: check_brochure("inriktning-2014.qpdf.pdf");
    protocol_pdftex_type3: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-type3.pdf"), ignore = "Type 3 bitmap fonts named only by code (/a159): the Cork encoding's \"§\" is read \"Ÿ\"";
    protocol_pdftex_pdf2ps: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-pdf2ps.pdf");
    protocol_pdftex_landscape: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-landscape.pdf");
    protocol_pdftex_smallcaps: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-smallcaps.pdf");
    protocol_luatex_letterspace: check_protocol("protokoll-ks-2020-04-06-p216.luatex-letterspace.pdf");
    protocol_chromium_smallcaps: check_protocol("protokoll-ks-2020-04-06-p216.chromium-smallcaps.pdf");
    protocol_qpdf: check_protocol("protokoll-ks-2020-04-06-p216.qpdf.pdf");
    // The eleventh round (blind): OpenType CFF fonts, tracked headings, CSS columns, per-glyph
    // positioning, landscape enscript, MuPDF, a stamp annotation, /Rotate on upright content.
    brochure_typst_otf: check_brochure("inriktning-2014.typst-otf.pdf");
    brochure_xelatex_pagella: check_brochure("inriktning-2014.xelatex-pagella.pdf");
    brochure_luatex_headtrack: check_brochure("inriktning-2014.luatex-headtrack.pdf");
    brochure_chromium_otf_cols: check_brochure("inriktning-2014.chromium-otf-cols.pdf"), ignore = "Chromium embeds the CFF @font-face as Type 3 fonts without names: the bold run-in labels are not known as bold (responsible missing)";
    brochure_fpdf2_glyphs: check_brochure("inriktning-2014.fpdf2-glyphs.pdf"), ignore = "per-glyph positioning without space glyphs: 45 of 69 actions (list numbers and run-in labels)";
    brochure_enscript_landscape: check_brochure("inriktning-2014.enscript-landscape.pdf");
    brochure_mupdf: check_brochure("inriktning-2014.mupdf.pdf"), ignore = "glyphs mapped to control characters (MuPDF): no route to Unicode without OCR of rendered pages";
    brochure_stamp: check_brochure("inriktning-2014.stamp.pdf");
    brochure_rotate: check_brochure("inriktning-2014.rotate.pdf");
    protocol_typst_otf: check_protocol("protokoll-ks-2020-04-06-p216.typst-otf.pdf");
    protocol_xelatex_pagella: check_protocol("protokoll-ks-2020-04-06-p216.xelatex-pagella.pdf");
    protocol_luatex_headtrack: check_protocol("protokoll-ks-2020-04-06-p216.luatex-headtrack.pdf");
    protocol_chromium_otf_cols: check_protocol("protokoll-ks-2020-04-06-p216.chromium-otf-cols.pdf");
    protocol_fpdf2_glyphs: check_protocol("protokoll-ks-2020-04-06-p216.fpdf2-glyphs.pdf"), ignore = "per-glyph positioning: the title's last line is cut (\"Malmökommissione\")";
    protocol_enscript_landscape: check_protocol("protokoll-ks-2020-04-06-p216.enscript-landscape.pdf");
    protocol_mupdf: check_protocol("protokoll-ks-2020-04-06-p216.mupdf.pdf"), ignore = "glyphs mapped to control characters (MuPDF): no route to Unicode without OCR of rendered pages";
    protocol_stamp: check_protocol("protokoll-ks-2020-04-06-p216.stamp.pdf");
    protocol_rotate: check_protocol("protokoll-ks-2020-04-06-p216.rotate.pdf");
    protocol_weasyprint_table: check_protocol("protokoll-ks-2020-04-06-p216.weasyprint-table.pdf");
    // The twelfth round (blind).
    brochure_chromium_grid: check_brochure("inriktning-2014.chromium-grid.pdf"), ignore = "headings in a left margin column beside their text are read as a column before the text (text layout; pdf_producers::margin_headings_chromium_grid)";
    brochure_chromium_qpdf: check_brochure("inriktning-2014.chromium-qpdf.pdf");
    brochure_enscript_2col: check_brochure("inriktning-2014.enscript-2col.pdf");
    brochure_latex_dvipdfmx: check_brochure("inriktning-2014.latex-dvipdfmx.pdf");
    brochure_luatex_ragged: check_brochure("inriktning-2014.luatex-ragged.pdf");
    brochure_pdftex_gs: check_brochure("inriktning-2014.pdftex-gs.pdf");
    brochure_rawtj: check_brochure_past_edge("inriktning-2014.rawtj.pdf");
    brochure_turn180: check_brochure("inriktning-2014.turn180.pdf");
    brochure_typst_2col: check_brochure("inriktning-2014.typst-2col.pdf");
    brochure_weasyprint_running: check_brochure("inriktning-2014.weasyprint-running.pdf"), ignore = "pandoc's HTML restarts the numbered lists: the PDF prints 1-9, 1-7, 1-4 … where the brochure has 1-69 (pdftotext reads the same numbers)";
    brochure_xelatex_track: check_brochure("inriktning-2014.xelatex-track.pdf");
    protocol_chromium_grid: check_protocol("protokoll-ks-2020-04-06-p216.chromium-grid.pdf");
    protocol_chromium_qpdf: check_protocol("protokoll-ks-2020-04-06-p216.chromium-qpdf.pdf");
    protocol_enscript_2col: check_protocol("protokoll-ks-2020-04-06-p216.enscript-2col.pdf");
    protocol_latex_dvipdfmx: check_protocol("protokoll-ks-2020-04-06-p216.latex-dvipdfmx.pdf");
    protocol_luatex_ragged: check_protocol("protokoll-ks-2020-04-06-p216.luatex-ragged.pdf");
    protocol_pdftex_gs: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-gs.pdf");
    protocol_rawtj: check_protocol("protokoll-ks-2020-04-06-p216.rawtj.pdf");
    protocol_turn180: check_protocol("protokoll-ks-2020-04-06-p216.turn180.pdf");
    protocol_typst_2col: check_protocol("protokoll-ks-2020-04-06-p216.typst-2col.pdf");
    protocol_weasyprint_running: check_protocol("protokoll-ks-2020-04-06-p216.weasyprint-running.pdf");
    protocol_xelatex_track: check_protocol("protokoll-ks-2020-04-06-p216.xelatex-track.pdf");
    // The thirteenth round (blind).
    brochure_chromium_float: check_brochure("inriktning-2014.chromium-float.pdf");
    brochure_fpdf2_otf: check_brochure("inriktning-2014.fpdf2-otf.pdf"), ignore = "fpdf2's write_html prints no numbers for the lists that start after 1, as brochure_fpdf2 (8 of 69 actions read)";
    brochure_lo_docx_ebook: check_brochure("inriktning-2014.lo-docx-ebook.pdf");
    brochure_lo_docx_pdfa: check_brochure("inriktning-2014.lo-docx-pdfa.pdf");
    brochure_luatex_multicol: check_brochure("inriktning-2014.luatex-multicol.pdf");
    brochure_pdftex_narrow: check_brochure("inriktning-2014.pdftex-narrow.pdf");
    brochure_raw_shuffled: check_brochure_past_edge("inriktning-2014.raw-shuffled.pdf");
    brochure_raw_tw: check_brochure_past_edge_tw("inriktning-2014.raw-tw.pdf");
    brochure_reportlab_2col: check_brochure("inriktning-2014.reportlab-2col.pdf"), ignore = "the generator joins each numbered list's items into one paragraph (9 of 69 actions read)";
    brochure_tesseract_pdf: check_brochure("inriktning-2014.tesseract-pdf.pdf"), ignore = "tesseract's own text layer misreads most list numbers (19 of 77 in the text; 1 of 69 actions read)";
    brochure_turn270: check_brochure("inriktning-2014.turn270.pdf");
    brochure_weasyprint_cols: check_brochure("inriktning-2014.weasyprint-cols.pdf"), ignore = "pandoc's HTML restarts the numbered lists, as weasyprint-running (9 of 69 actions read)";
    brochure_xelatex_liga: check_brochure("inriktning-2014.xelatex-liga.pdf");
    protocol_chromium_float: check_protocol("protokoll-ks-2020-04-06-p216.chromium-float.pdf");
    protocol_fpdf2_otf: check_protocol("protokoll-ks-2020-04-06-p216.fpdf2-otf.pdf"), ignore = "fpdf2's write_html prints the decision's bullet list without bullets, as protocol_fpdf2 (one decision)";
    protocol_lo_docx_ebook: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx-ebook.pdf");
    protocol_lo_docx_pdfa: check_protocol("protokoll-ks-2020-04-06-p216.lo-docx-pdfa.pdf");
    protocol_luatex_multicol: check_protocol("protokoll-ks-2020-04-06-p216.luatex-multicol.pdf");
    protocol_pdftex_narrow: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-narrow.pdf");
    protocol_raw_shuffled: check_protocol("protokoll-ks-2020-04-06-p216.raw-shuffled.pdf");
    protocol_raw_tw: check_protocol("protokoll-ks-2020-04-06-p216.raw-tw.pdf");
    protocol_reportlab_2col: check_protocol("protokoll-ks-2020-04-06-p216.reportlab-2col.pdf");
    protocol_tesseract_pdf: check_protocol("protokoll-ks-2020-04-06-p216.tesseract-pdf.pdf"), ignore = "tesseract's own OCR text layer does not give the protocol's fields as printed (not looked into)";
    protocol_turn270: check_protocol("protokoll-ks-2020-04-06-p216.turn270.pdf");
    protocol_weasyprint_cols: check_protocol("protokoll-ks-2020-04-06-p216.weasyprint-cols.pdf");
    protocol_xelatex_liga: check_protocol("protokoll-ks-2020-04-06-p216.xelatex-liga.pdf");
    // The fourteenth round (blind; tests/data/producers/fourteenth.sh): 5 of 20 right on the
    // merged main of 2026-12-04, 7 since letter-spaced lines keep their kerned pairs
    // (`pdf::layout::uniform_spacing`); each failure's reason as measured there.
    brochure_latex_twocol: check_brochure("inriktning-2014.latex-twocol.pdf"), ignore = "two columns with float tables: the run-in labels (measure type, responsible) are not read";
    brochure_pdftex_textls: check_brochure("inriktning-2014.pdftex-textls.pdf");
    brochure_chromium_shy: check_brochure("inriktning-2014.chromium-shy.pdf");
    brochure_chromium_spacing: check_brochure("inriktning-2014.chromium-spacing.pdf");
    brochure_margin_stamp: check_brochure("inriktning-2014.margin-stamp.pdf"), ignore = "36 of 69 actions: the lines turned along the margin break the numbered list";
    brochure_acroform: check_brochure_past_edge("inriktning-2014.acroform.pdf"), ignore = "action 44's title ends at the line before the page's bottom edge (the generator sets page 4 past it; 45 and 46 are not in the PDF)";
    brochure_ps_xshow: check_brochure_past_edge_tw("inriktning-2014.ps-xshow.pdf"), ignore = "a suspended hyphen at a line end joins the next line's \"och\" (\"styr-och ledningssystem\")";
    brochure_raw_tc: check_brochure_past_edge("inriktning-2014.raw-tc.pdf"), ignore = "Tc letter-spacing without space glyphs: a stray \"b\" opens action 1's first proposal";
    brochure_raw_wordsplit: check_brochure("inriktning-2014.raw-wordsplit.pdf"), ignore = "Word-like runs split inside words: 42 of 69 actions";
    brochure_tesseract_skew: check_brochure("inriktning-2014.tesseract-skew.pdf"), ignore = "a skewed scan through tesseract's PDF renderer: its text layer gives no list numbers (0 of 69 actions)";
    protocol_latex_twocol: check_protocol("protokoll-ks-2020-04-06-p216.latex-twocol.pdf"), ignore = "two columns: the basis list at the top of the right column runs into the title";
    protocol_pdftex_textls: check_protocol("protokoll-ks-2020-04-06-p216.pdftex-textls.pdf");
    protocol_chromium_shy: check_protocol("protokoll-ks-2020-04-06-p216.chromium-shy.pdf");
    protocol_chromium_spacing: check_protocol("protokoll-ks-2020-04-06-p216.chromium-spacing.pdf");
    protocol_margin_stamp: check_protocol("protokoll-ks-2020-04-06-p216.margin-stamp.pdf"), ignore = "the margin line's words join the basis list (\"… med · Malmökommissionen\")";
    protocol_acroform: check_protocol("protokoll-ks-2020-04-06-p216.acroform.pdf");
    protocol_ps_xshow: check_protocol("protokoll-ks-2020-04-06-p216.ps-xshow.pdf"), ignore = "the basis list's dash markers stick to their items (\"-Malmökommissionen …\"), so the list is one item; the meeting date is not found";
    protocol_raw_tc: check_protocol("protokoll-ks-2020-04-06-p216.raw-tc.pdf"), ignore = "the generator sets the title's line past the page's right edge (its last glyphs end at x 600 of 595): \"Malmökommission\" is what the page shows";
    protocol_raw_wordsplit: check_protocol("protokoll-ks-2020-04-06-p216.raw-wordsplit.pdf"), ignore = "the generator sets the title's line past the page's right edge (x 597 of 595): \"hävstå\" is what the page shows";
    protocol_tesseract_skew: check_protocol("protokoll-ks-2020-04-06-p216.tesseract-skew.pdf"), ignore = "a skewed scan through tesseract's PDF renderer: the fields do not come out as printed";
    // The fifteenth round (blind; tests/data/producers/fifteenth.sh): 12 of 18 right on main
    // c547d56 (through the CLI), 14 since hidden layers are no text and drop caps start their
    // paragraph's first word (`pdf::interp::hidden_layers`, `pdf::layout::drop_caps`).
    brochure_word_glyphs: check_brochure("inriktning-2014.word-glyphs.pdf");
    brochure_tagged_order: check_brochure("inriktning-2014.tagged-order.pdf"), ignore = "two narrow columns (46-column plain text): run-in labels of some actions not read (report_back of action 1 missing; 63 of 69 before and after)";
    brochure_ocg_hidden: check_brochure("inriktning-2014.ocg-hidden.pdf");
    brochure_cid_liga: check_brochure("inriktning-2014.cid-liga.pdf");
    brochure_whiteout: check_brochure("inriktning-2014.whiteout.pdf"), ignore = "action 46's title loses its last letter (\"rekryteringsprocesse\"; not looked into)";
    brochure_tj_tight: check_brochure("inriktning-2014.tj-tight.pdf");
    brochure_tz_condensed: check_brochure("inriktning-2014.tz-condensed.pdf");
    brochure_dropcap: check_brochure("inriktning-2014.dropcap.pdf"), ignore = "action 1's section page is read 12 for 14 (not looked into); drop caps beside justified first lines split into blocks stay apart (13 lines)";
    brochure_gs_screen: check_brochure("inriktning-2014.gs-screen.pdf");
    protocol_word_glyphs: check_protocol("protokoll-ks-2020-04-06-p216.word-glyphs.pdf");
    protocol_tagged_order: check_protocol("protokoll-ks-2020-04-06-p216.tagged-order.pdf"), ignore = "the header's label/value lines wrapped at 46 columns into two columns: the fields (place first) are not found (not looked into)";
    protocol_ocg_hidden: check_protocol("protokoll-ks-2020-04-06-p216.ocg-hidden.pdf");
    protocol_cid_liga: check_protocol("protokoll-ks-2020-04-06-p216.cid-liga.pdf");
    protocol_whiteout: check_protocol("protokoll-ks-2020-04-06-p216.whiteout.pdf");
    protocol_tj_tight: check_protocol("protokoll-ks-2020-04-06-p216.tj-tight.pdf");
    protocol_tz_condensed: check_protocol("protokoll-ks-2020-04-06-p216.tz-condensed.pdf");
    protocol_dropcap: check_protocol("protokoll-ks-2020-04-06-p216.dropcap.pdf");
    protocol_gs_screen: check_protocol("protokoll-ks-2020-04-06-p216.gs-screen.pdf");
    // The sixteenth round (blind; tests/data/producers/sixteenth.sh): 26 of 30 right on main
    // c4c8433.
    brochure_word_sup: check_brochure("inriktning-2014.word-sup.pdf"), ignore = "footnote marks (not in the truth) are set apart from their words, also after short words since the eleventh session (\"och 3 ge\", \"för 4 att\"), but stay in action 1's title: the structure does not leave marks out of titles";
    brochure_type3_tm: check_brochure("inriktning-2014.type3-tm.pdf");
    brochure_form_letterhead: check_brochure("inriktning-2014.form-letterhead.pdf");
    brochure_threaded_frames: check_brochure("inriktning-2014.threaded-frames.pdf");
    brochure_slug_crop: check_brochure("inriktning-2014.slug-crop.pdf");
    brochure_rotate_mixed: check_brochure("inriktning-2014.rotate-mixed.pdf");
    brochure_overprint_bold: check_brochure("inriktning-2014.overprint-bold.pdf");
    brochure_hyphen_justify: check_brochure("inriktning-2014.hyphen-justify.pdf"), ignore = "the generator's artifact: it hyphenates across the table of contents' entries (\"Förord Besl-\" / \"uten i korthet Inle-\"), so the entries run together and action 1's section page is read 8 for 14; the text is the truth's (CER 0.0000)";
    brochure_incremental: check_brochure("inriktning-2014.incremental.pdf");
    brochure_xref_shift: check_brochure("inriktning-2014.xref-shift.pdf");
    brochure_encrypt_aes: check_brochure("inriktning-2014.encrypt-aes.pdf");
    brochure_narrow_gutter: check_brochure("inriktning-2014.narrow-gutter.pdf");
    brochure_mixed_runs: check_brochure("inriktning-2014.mixed-runs.pdf"), ignore = "action 4's responsible is not found (runs of two fonts on baselines 0.35-0.6 pt apart; not looked into)";
    brochure_split_contents: check_brochure("inriktning-2014.split-contents.pdf");
    brochure_inline_image: check_brochure("inriktning-2014.inline-image.pdf");
    protocol_word_sup: check_protocol("protokoll-ks-2020-04-06-p216.word-sup.pdf"), ignore = "the title is not found: footnote marks (not in the truth) stand in the header's labels (\"Protokollet omfattar 5\") and the title (\"Återrapportering utvärdering 1 av\"); the structure does not leave marks out";
    protocol_type3_tm: check_protocol("protokoll-ks-2020-04-06-p216.type3-tm.pdf");
    protocol_form_letterhead: check_protocol("protokoll-ks-2020-04-06-p216.form-letterhead.pdf");
    protocol_threaded_frames: check_protocol("protokoll-ks-2020-04-06-p216.threaded-frames.pdf");
    protocol_slug_crop: check_protocol("protokoll-ks-2020-04-06-p216.slug-crop.pdf");
    protocol_rotate_mixed: check_protocol("protokoll-ks-2020-04-06-p216.rotate-mixed.pdf");
    protocol_overprint_bold: check_protocol("protokoll-ks-2020-04-06-p216.overprint-bold.pdf");
    protocol_hyphen_justify: check_protocol("protokoll-ks-2020-04-06-p216.hyphen-justify.pdf");
    protocol_incremental: check_protocol("protokoll-ks-2020-04-06-p216.incremental.pdf");
    protocol_xref_shift: check_protocol("protokoll-ks-2020-04-06-p216.xref-shift.pdf");
    protocol_encrypt_aes: check_protocol("protokoll-ks-2020-04-06-p216.encrypt-aes.pdf");
    protocol_narrow_gutter: check_protocol("protokoll-ks-2020-04-06-p216.narrow-gutter.pdf");
    protocol_mixed_runs: check_protocol("protokoll-ks-2020-04-06-p216.mixed-runs.pdf");
    protocol_split_contents: check_protocol("protokoll-ks-2020-04-06-p216.split-contents.pdf");
    protocol_inline_image: check_protocol("protokoll-ks-2020-04-06-p216.inline-image.pdf");
    // The seventeenth round (blind; tests/data/producers/seventeenth.sh): 25 of 30 right on main
    // a21be85 (bench/README-extract.md).
    brochure_cid_cmap: check_brochure("inriktning-2014.cid-cmap.pdf");
    brochure_tt_symbolic: check_brochure("inriktning-2014.tt-symbolic.pdf");
    brochure_render_heads: check_brochure("inriktning-2014.render-heads.pdf");
    brochure_tz_wide: check_brochure("inriktning-2014.tz-wide.pdf");
    brochure_tj_track: check_brochure("inriktning-2014.tj-track.pdf");
    brochure_newsletter: check_brochure("inriktning-2014.newsletter.pdf"), ignore = "three columns under a spanning title are read across in bands (16 of 69 actions)";
    brochure_word_forms: check_brochure("inriktning-2014.word-forms.pdf");
    brochure_userunit: check_brochure("inriktning-2014.userunit.pdf");
    brochure_accsupp_hyphen: check_brochure("inriktning-2014.accsupp-hyphen.pdf"), ignore = "the generator's artifact, as hyphen-justify's: it hyphenates across the table of contents' entries (\"Förord Besl-\" / \"uten i korthet Inle-\" / \"dning\"), so the entries run together and action 1's section page is read 8 for 14; the text is the truth's (CER 0.0000)";
    brochure_macroman: check_brochure("inriktning-2014.macroman.pdf");
    brochure_uni_names: check_brochure("inriktning-2014.uni-names.pdf");
    brochure_quote_ops: check_brochure("inriktning-2014.quote-ops.pdf");
    brochure_filters_old: check_brochure("inriktning-2014.filters-old.pdf");
    brochure_margin_vertical: check_brochure("inriktning-2014.margin-vertical.pdf");
    brochure_hocr_scan: check_brochure("inriktning-2014.hocr-scan.pdf");
    protocol_cid_cmap: check_protocol("protokoll-ks-2020-04-06-p216.cid-cmap.pdf");
    protocol_tt_symbolic: check_protocol("protokoll-ks-2020-04-06-p216.tt-symbolic.pdf");
    protocol_render_heads: check_protocol("protokoll-ks-2020-04-06-p216.render-heads.pdf");
    protocol_tz_wide: check_protocol("protokoll-ks-2020-04-06-p216.tz-wide.pdf");
    protocol_tj_track: check_protocol("protokoll-ks-2020-04-06-p216.tj-track.pdf");
    protocol_newsletter: check_protocol("protokoll-ks-2020-04-06-p216.newsletter.pdf"), ignore = "three columns under a spanning title are read across in bands (the place is read \"Anna-Lena Alnerud\")";
    protocol_word_forms: check_protocol("protokoll-ks-2020-04-06-p216.word-forms.pdf");
    protocol_userunit: check_protocol("protokoll-ks-2020-04-06-p216.userunit.pdf");
    protocol_accsupp_hyphen: check_protocol("protokoll-ks-2020-04-06-p216.accsupp-hyphen.pdf");
    protocol_macroman: check_protocol("protokoll-ks-2020-04-06-p216.macroman.pdf");
    protocol_uni_names: check_protocol("protokoll-ks-2020-04-06-p216.uni-names.pdf");
    protocol_quote_ops: check_protocol("protokoll-ks-2020-04-06-p216.quote-ops.pdf");
    protocol_filters_old: check_protocol("protokoll-ks-2020-04-06-p216.filters-old.pdf");
    protocol_margin_vertical: check_protocol("protokoll-ks-2020-04-06-p216.margin-vertical.pdf");
    protocol_hocr_scan: check_protocol("protokoll-ks-2020-04-06-p216.hocr-scan.pdf");
    // The eighteenth round (blind; tests/data/producers/eighteenth.sh): 20 of 30 right on main
    // 49e216c (bench/README-extract.md).
    brochure_cols2_midspan: check_brochure("inriktning-2014.cols2-midspan.pdf"), ignore = "two-column bands under a spanning heading are read as one pair of columns (9 of 69 actions)";
    protocol_cols2_midspan: check_protocol("protokoll-ks-2020-04-06-p216.cols2-midspan.pdf"), ignore = "two-column bands under a spanning heading are read as one pair of columns (the place is read \"Andreas Norbrant\")";
    brochure_cols2_figure: check_brochure("inriktning-2014.cols2-figure.pdf");
    protocol_cols2_figure: check_protocol("protokoll-ks-2020-04-06-p216.cols2-figure.pdf"), ignore = "two columns round a spanning picture (no place)";
    brochure_cols3_ingress: check_brochure("inriktning-2014.cols3-ingress.pdf"), ignore = "three columns under a spanning title and ingress (16 of 69 actions)";
    protocol_cols3_ingress: check_protocol("protokoll-ks-2020-04-06-p216.cols3-ingress.pdf"), ignore = "three columns under a spanning title and ingress (the place is read \"Anna-Lena Alnerud (Sekreterare)\")";
    brochure_cols2_unequal: check_brochure("inriktning-2014.cols2-unequal.pdf");
    protocol_cols2_unequal: check_protocol("protokoll-ks-2020-04-06-p216.cols2-unequal.pdf");
    brochure_cols2_foot: check_brochure("inriktning-2014.cols2-foot.pdf"), ignore = "the spanning foot paragraph under two columns (7 of 69 actions)";
    protocol_cols2_foot: check_protocol("protokoll-ks-2020-04-06-p216.cols2-foot.pdf"), ignore = "two columns over a spanning foot paragraph (no place)";
    brochure_shaded_box: check_brochure("inriktning-2014.shaded-box.pdf");
    protocol_shaded_box: check_protocol("protokoll-ks-2020-04-06-p216.shaded-box.pdf");
    brochure_artifact_chrome: check_brochure("inriktning-2014.artifact-chrome.pdf");
    protocol_artifact_chrome: check_protocol("protokoll-ks-2020-04-06-p216.artifact-chrome.pdf");
    brochure_sida_av: check_brochure("inriktning-2014.sida-av.pdf");
    protocol_sida_av: check_protocol("protokoll-ks-2020-04-06-p216.sida-av.pdf");
    brochure_line_numbers: check_brochure("inriktning-2014.line-numbers.pdf"), ignore = "margin line numbers are read into the lines (31 of 69 actions)";
    protocol_line_numbers: check_protocol("protokoll-ks-2020-04-06-p216.line-numbers.pdf"), ignore = "margin line numbers are read into the lines (the place is read \"5 Stadshuset vån 7, 7046\")";
    brochure_tm_scale: check_brochure("inriktning-2014.tm-scale.pdf");
    protocol_tm_scale: check_protocol("protokoll-ks-2020-04-06-p216.tm-scale.pdf");
    brochure_fake_oblique: check_brochure("inriktning-2014.fake-oblique.pdf");
    protocol_fake_oblique: check_protocol("protokoll-ks-2020-04-06-p216.fake-oblique.pdf");
    brochure_header_table: check_brochure("inriktning-2014.header-table.pdf");
    protocol_header_table: check_protocol("protokoll-ks-2020-04-06-p216.header-table.pdf");
    brochure_words_reversed: check_brochure("inriktning-2014.words-reversed.pdf");
    protocol_words_reversed: check_protocol("protokoll-ks-2020-04-06-p216.words-reversed.pdf");
    brochure_turned_pages: check_brochure("inriktning-2014.turned-pages.pdf");
    protocol_turned_pages: check_protocol("protokoll-ks-2020-04-06-p216.turned-pages.pdf");
    brochure_scan_under: check_brochure("inriktning-2014.scan-under.pdf");
    protocol_scan_under: check_protocol("protokoll-ks-2020-04-06-p216.scan-under.pdf");
    // The nineteenth round (blind; tests/data/producers/nineteenth.sh): before figures in
    // bench/README-extract.md (main b4adfcd).
    brochure_watermark: check_brochure("inriktning-2014.watermark.pdf");
    protocol_watermark: check_protocol("protokoll-ks-2020-04-06-p216.watermark.pdf");
    brochure_pull_quote: check_brochure("inriktning-2014.pull-quote.pdf"), ignore = "two columns round a pull quote across the gutter (27 of 69 actions)";
    protocol_pull_quote: check_protocol("protokoll-ks-2020-04-06-p216.pull-quote.pdf"), ignore = "two columns round a pull quote (the basis list differs)";
    brochure_hanging_list: check_brochure("inriktning-2014.hanging-list.pdf"), ignore = "list markers set apart from the item at a tab stop (action 1's section page 9, not 14)";
    protocol_hanging_list: check_protocol("protokoll-ks-2020-04-06-p216.hanging-list.pdf");
    brochure_curve_seal: check_brochure("inriktning-2014.curve-seal.pdf");
    protocol_curve_seal: check_protocol("protokoll-ks-2020-04-06-p216.curve-seal.pdf");
    brochure_callout_heads: check_brochure("inriktning-2014.callout-heads.pdf"), ignore = "the contents page's boxed headings in the right margin are still read after the entries beside them (action 1's section is \"Vad händer nu?\")";
    protocol_callout_heads: check_protocol("protokoll-ks-2020-04-06-p216.callout-heads.pdf"), ignore = "page 2's boxed headings in the right margin are still read after their paragraphs (the decisions)";
    brochure_liga_names: check_brochure("inriktning-2014.liga-names.pdf");
    protocol_liga_names: check_protocol("protokoll-ks-2020-04-06-p216.liga-names.pdf");
    brochure_tc_justify: check_brochure("inriktning-2014.tc-justify.pdf");
    protocol_tc_justify: check_protocol("protokoll-ks-2020-04-06-p216.tc-justify.pdf");
    brochure_reversed_heads: check_brochure("inriktning-2014.reversed-heads.pdf"), ignore = "white headings on a dark bar (9 of 69 actions)";
    protocol_reversed_heads: check_protocol("protokoll-ks-2020-04-06-p216.reversed-heads.pdf");
    brochure_sign_boxes: check_brochure("inriktning-2014.sign-boxes.pdf");
    protocol_sign_boxes: check_protocol("protokoll-ks-2020-04-06-p216.sign-boxes.pdf");
    brochure_glyphs_reversed: check_brochure("inriktning-2014.glyphs-reversed.pdf");
    protocol_glyphs_reversed: check_protocol("protokoll-ks-2020-04-06-p216.glyphs-reversed.pdf");
    brochure_shy_winansi: check_brochure("inriktning-2014.shy-winansi.pdf"), ignore = "a WinAnsi soft hyphen (0xAD) at a line end (action 1's section page 8, not 14)";
    protocol_shy_winansi: check_protocol("protokoll-ks-2020-04-06-p216.shy-winansi.pdf");
    protocol_outlined_invisible: check_protocol("protokoll-ks-2020-04-06-p216.outlined-invisible.pdf");
    // The twentieth round (blind; tests/data/producers/twentieth.sh): before figures in
    // bench/README-extract.md (main b52c56b).
    brochure_fakta_sidebar: check_brochure("inriktning-2014.fakta-sidebar.pdf");
    protocol_fakta_sidebar: check_protocol("protokoll-ks-2020-04-06-p216.fakta-sidebar.pdf");
    brochure_reservation_col: check_brochure("inriktning-2014.reservation-col.pdf");
    protocol_reservation_col: check_protocol("protokoll-ks-2020-04-06-p216.reservation-col.pdf");
    brochure_cols2_break: check_brochure("inriktning-2014.cols2-break.pdf");
    protocol_cols2_break: check_protocol("protokoll-ks-2020-04-06-p216.cols2-break.pdf");
    brochure_figure_caption: check_brochure("inriktning-2014.figure-caption.pdf");
    protocol_figure_caption: check_protocol("protokoll-ks-2020-04-06-p216.figure-caption.pdf");
    brochure_nbsp_gaps: check_brochure("inriktning-2014.nbsp-gaps.pdf");
    protocol_nbsp_gaps: check_protocol("protokoll-ks-2020-04-06-p216.nbsp-gaps.pdf");
    brochure_align_mix: check_brochure("inriktning-2014.align-mix.pdf");
    protocol_align_mix: check_protocol("protokoll-ks-2020-04-06-p216.align-mix.pdf");
    brochure_list_2col: check_brochure("inriktning-2014.list-2col.pdf");
    protocol_list_2col: check_protocol("protokoll-ks-2020-04-06-p216.list-2col.pdf");
    brochure_indent_paras: check_brochure("inriktning-2014.indent-paras.pdf");
    protocol_indent_paras: check_protocol("protokoll-ks-2020-04-06-p216.indent-paras.pdf");
    // The twenty-first round (blind; tests/data/producers/twentyfirst.sh): before figures in
    // bench/README-extract.md (main 5cebc83).
    brochure_num_table: check_brochure("inriktning-2014.num-table.pdf");
    protocol_num_table: check_protocol("protokoll-ks-2020-04-06-p216.num-table.pdf"), ignore = "decision numbers centred in their table rows stand on the item's middle line: the decisions run together (\"med 1. jämlik hälsa\")";
    brochure_label_rows: check_brochure("inriktning-2014.label-rows.pdf"), ignore = "label/value rows: action 1's section page 8, not 14 (CER 0)";
    protocol_label_rows: check_protocol("protokoll-ks-2020-04-06-p216.label-rows.pdf"), ignore = "a wrapped label's second line is read after its value: the title loses \"Återrapportering\"";
    brochure_chapter_head: check_brochure("inriktning-2014.chapter-head.pdf");
    protocol_chapter_head: check_protocol("protokoll-ks-2020-04-06-p216.chapter-head.pdf");
    brochure_landscape_page: check_brochure("inriktning-2014.landscape-page.pdf");
    protocol_landscape_page: check_protocol("protokoll-ks-2020-04-06-p216.landscape-page.pdf");
    brochure_foot_rule: check_brochure("inriktning-2014.foot-rule.pdf");
    protocol_foot_rule: check_protocol("protokoll-ks-2020-04-06-p216.foot-rule.pdf");
    brochure_distributed: check_brochure("inriktning-2014.distributed.pdf");
    protocol_distributed: check_protocol("protokoll-ks-2020-04-06-p216.distributed.pdf");
    brochure_tight_title: check_brochure("inriktning-2014.tight-title.pdf");
    protocol_tight_title: check_protocol("protokoll-ks-2020-04-06-p216.tight-title.pdf");
    brochure_cols2_offset: check_brochure("inriktning-2014.cols2-offset.pdf");
    protocol_cols2_offset: check_protocol("protokoll-ks-2020-04-06-p216.cols2-offset.pdf");
    // The twenty-second round (blind; tests/data/producers/twentysecond.sh): before figures in
    // bench/README-extract.md (main 604ee98).
    brochure_kern_heads: check_brochure("inriktning-2014.kern-heads.pdf"), ignore = "headings tracked by TJ displacements: 9 of 69 actions (the contents line \"s 7 s 8\" reads \"s7s8\")";
    protocol_kern_heads: check_protocol("protokoll-ks-2020-04-06-p216.kern-heads.pdf");
    brochure_num_right: check_brochure("inriktning-2014.num-right.pdf");
    protocol_num_right: check_protocol("protokoll-ks-2020-04-06-p216.num-right.pdf");
    brochure_band_box: check_brochure("inriktning-2014.band-box.pdf"), ignore = "a tinted box across two columns: action 1's section page is lost (CER 0.0010)";
    protocol_band_box: check_protocol("protokoll-ks-2020-04-06-p216.band-box.pdf"), ignore = "a tinted box across two columns: the header's place is lost";
    brochure_rot_heads: check_brochure("inriktning-2014.rot-heads.pdf");
    protocol_rot_heads: check_protocol("protokoll-ks-2020-04-06-p216.rot-heads.pdf");
    brochure_foot_two: check_brochure("inriktning-2014.foot-two.pdf");
    protocol_foot_two: check_protocol("protokoll-ks-2020-04-06-p216.foot-two.pdf");
    brochure_gutter_rule: check_brochure("inriktning-2014.gutter-rule.pdf"), ignore = "two columns 6 pt apart with a rule between: list items' rows read across the gutter (7 of 69 actions)";
    protocol_gutter_rule: check_protocol("protokoll-ks-2020-04-06-p216.gutter-rule.pdf"), ignore = "two columns 6 pt apart with a rule between: the header's rows read across the gutter";
    brochure_flip_ctm: check_brochure("inriktning-2014.flip-ctm.pdf");
    protocol_flip_ctm: check_protocol("protokoll-ks-2020-04-06-p216.flip-ctm.pdf");
    brochure_word_smallcaps: check_brochure("inriktning-2014.word-smallcaps.pdf"), ignore = "headings in small capitals of two sizes: 9 of 69 actions (CER 0.0024: the structure stage)";
    protocol_word_smallcaps: check_protocol("protokoll-ks-2020-04-06-p216.word-smallcaps.pdf");
    // The twenty-third round (blind; tests/data/producers/twentythird.sh): before figures in
    // bench/README-extract.md (main 4f38836).
    brochure_foot_address: check_brochure("inriktning-2014.foot-address.pdf");
    protocol_foot_address: check_protocol("protokoll-ks-2020-04-06-p216.foot-address.pdf");
    brochure_redact_box: check_brochure("inriktning-2014.redact-box.pdf");
    protocol_redact_box: check_protocol("protokoll-ks-2020-04-06-p216.redact-box.pdf");
    brochure_redact_box_gs: check_brochure("inriktning-2014.redact-box-gs.pdf");
    protocol_redact_box_gs: check_protocol("protokoll-ks-2020-04-06-p216.redact-box-gs.pdf");
    brochure_highlight_mul: check_brochure("inriktning-2014.highlight-mul.pdf");
    protocol_highlight_mul: check_protocol("protokoll-ks-2020-04-06-p216.highlight-mul.pdf");
    brochure_clip_hidden: check_brochure("inriktning-2014.clip-hidden.pdf");
    protocol_clip_hidden: check_protocol("protokoll-ks-2020-04-06-p216.clip-hidden.pdf");
    brochure_clip_hidden_gs: check_brochure("inriktning-2014.clip-hidden-gs.pdf");
    protocol_clip_hidden_gs: check_protocol("protokoll-ks-2020-04-06-p216.clip-hidden-gs.pdf");
    brochure_table_wrap: check_brochure("inriktning-2014.table-wrap.pdf");
    protocol_table_wrap: check_protocol("protokoll-ks-2020-04-06-p216.table-wrap.pdf");
    brochure_shadow_heads: check_brochure("inriktning-2014.shadow-heads.pdf");
    protocol_shadow_heads: check_protocol("protokoll-ks-2020-04-06-p216.shadow-heads.pdf");
    brochure_shadow_heads_gs: check_brochure("inriktning-2014.shadow-heads-gs.pdf");
    protocol_shadow_heads_gs: check_protocol("protokoll-ks-2020-04-06-p216.shadow-heads-gs.pdf");
}

/// Blind producer variants the structure cannot read right today, each with an ignored test.
const KNOWN: &[&str] = &[
    "inriktning-2014.lo-odt-2col.pdf",
    "inriktning-2014.fpdf2.pdf",
    "protokoll-ks-2020-04-06-p216.fpdf2.pdf",
    "protokoll-ks-2020-04-06-p216.enscript-gs.pdf",
];

// The ninth round (blind): what the producers themselves leave out.
#[test]
#[ignore = "fpdf2's write_html prints no numbers for the lists that start after 1 (8 of 69 actions)"]
fn brochure_fpdf2() {
    check_brochure("inriktning-2014.fpdf2.pdf");
}

#[test]
#[ignore = "fpdf2's write_html prints the decision's bullet list without bullets (one decision)"]
fn protocol_fpdf2() {
    check_protocol("protokoll-ks-2020-04-06-p216.fpdf2.pdf");
}

#[test]
#[ignore = "enscript wraps the title's long line inside a word, without a hyphen: \"Malmö\" / \"kommissionen\""]
fn protocol_enscript() {
    check_protocol("protokoll-ks-2020-04-06-p216.enscript-gs.pdf");
}

#[test]
#[ignore = "page 19: a heading band is read across both balanced columns (text layout)"]
fn brochure_lo_odt_2col() {
    check_brochure("inriktning-2014.lo-odt-2col.pdf");
}

#[test]
fn every_producer_variant_is_checked() {
    let mut all = variants(REPORT);
    all.extend(variants(PROTOCOL));
    for f in &all {
        let listed = LISTED.contains(&f.as_str()) || KNOWN.contains(&f.as_str());
        assert!(listed, "{f} has no structure test");
    }
    assert!(all.len() >= 12, "{all:?}");
}
