//! Table cells on one baseline kept apart (`pdf::layout::column_starts`): where a column's
//! words start at one x down the rows of a table, a cell filled to its edge ("Äldreförvaltningen"
//! 0.7 em before "Klar") is still a line of its own, with its own x, so that the structure
//! stage finds each cell under its column. And where words only happen to line up (a table
//! of contents with dot leaders, the stretched gaps of a justified narrow cell, running
//! text) nothing is cut. Read through the real path ([`kommission::extract::extract_file`]).

use std::path::PathBuf;

use kommission::extract::{extract_file, ExtractOptions};
use kommission::model::{ExtractedDoc, Line};

fn extract(path: &str) -> ExtractedDoc {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    let options = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    extract_file(&path, &options).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn line<'a>(lines: &'a [Line], text: &str) -> &'a Line {
    lines.iter().find(|l| l.text == text).unwrap_or_else(|| {
        panic!(
            "no line {text:?} in {:#?}",
            lines.iter().map(|l| &l.text).collect::<Vec<_>>()
        )
    })
}

/// pdfTeX's table (tabular with p-columns): "Äldreförvaltningen" fills its cell, 0.7 em
/// before the status column; the header's "Ansvarig" and "Status" likewise.
#[test]
fn cells_closer_than_an_em_are_lines_of_their_own() {
    let doc = extract("tests/data/plans/status-plan.pdftex.pdf");
    let lines = &doc.pages[1].lines;
    for (left, right) in [
        ("Ansvarig", "Status"),
        ("Äldreförvaltningen", "Klar"),
        ("Äldreförvaltningen", "Pågår"),
    ] {
        let (l, r) = (line(lines, left), line(lines, right));
        assert!(
            (l.x - 302.3).abs() < 1.0 && (r.x - 390.8).abs() < 1.0,
            "{left} at {}, {right} at {}",
            l.x,
            r.x
        );
    }
    // The comment column is justified: its lines' last words end at one x after stretched
    // gaps, and stay on their lines.
    for text in ["Enkäten besvara-", "Två av fyra har", "Startar hösten"] {
        line(lines, text);
    }
}

/// Chromium's table: the number column is right-aligned ("1" … "5" end at one x), and
/// "2026–2027" fills the timeline cell up to it; the header's "Nr" stands beside "Tidplan".
#[test]
fn right_aligned_figures_are_cells_of_their_own() {
    let doc = extract("tests/data/plans/nr-right.chrome.pdf");
    let lines = &doc.pages[1].lines;
    let (three, one) = (line(lines, "3"), line(lines, "1"));
    assert!((three.x + three.width - one.x - one.width).abs() < 0.5);
    let (time, span) = (line(lines, "Tidplan"), line(lines, "2026–2027"));
    assert!((time.x - span.x).abs() < 0.5 && span.x + span.width < three.x);
    assert!(line(lines, "Nr").x > time.x + time.width);
}

/// Nothing to cut: a table of contents whose dot leaders and entries line up, and pages of
/// running text with lists, in pdfTeX, LibreOffice and Chromium: no two lines of one block
/// stand on one baseline.
#[test]
fn running_text_and_leaders_are_not_cut() {
    let toc = extract("tests/data/plans/toc-only.pdftex.pdf");
    let lines = &toc.pages[1].lines;
    line(lines, "2.2 Åtgärder för transporter . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 7");
    for file in [
        "tests/data/producers/inriktning-2014.pdftex.pdf",
        "tests/data/producers/inriktning-2014.lo-docx.pdf",
        "tests/data/producers/inriktning-2014.chromium-justify.pdf",
        "tests/data/producers/inriktning-2014.lo-odt-3col.pdf",
        "tests/data/producers/protokoll-ks-2020-04-06-p216.pdftex.pdf",
        "tests/data/plans/toc-only.pdftex.pdf",
    ] {
        let doc = extract(file);
        for page in &doc.pages {
            for (i, a) in page.lines.iter().enumerate() {
                for b in &page.lines[i + 1..] {
                    assert!(
                        a.block != b.block || (a.y - b.y).abs() > 0.3 * a.size.min(b.size),
                        "{file} page {}: {:?} and {:?} on one baseline",
                        page.number,
                        a.text,
                        b.text
                    );
                }
            }
        }
    }
}
