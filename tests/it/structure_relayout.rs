//! The same records from the same documents laid out differently: each corpus PDF is read
//! by the real extractor, its pages cut into paragraphs (with their size, weight and slant),
//! and written again with the test PDF writer in another page size, another font family,
//! one or two columns, with or without hyphenation at line ends, and simple or Type0 fonts.
//! Every original page becomes one new page (the text is scaled down until it fits), so the
//! physical page numbers stay those of the gold files.

use crate::structure_support as support;

use kommission::extract::extract_bytes;
use kommission::model::{DocKind, ExtractedDoc, Page};
use kommission::structure::{analyze, classify};
use kommission_testkit::pdf::{flow, write_pdf, PageSpec, TextRun, WriteOptions};
use support::*;

/// One paragraph of an original page.
#[derive(Debug, Clone)]
struct Para {
    text: String,
    size: f32,
    bold: bool,
    italic: bool,
    /// Indent of the first line from the page's leftmost line.
    indent: f32,
}

/// Whether a line starts a numbered list item ("12. …").
fn list_item(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    first.len() >= 2
        && first.ends_with('.')
        && first[..first.len() - 1].chars().all(|c| c.is_ascii_digit())
}

/// Cut a page's lines into paragraphs: a new paragraph where the block, size, weight or
/// slant changes, after a larger vertical gap or a short line, where a hanging indent ends,
/// or at a list item.
fn paragraphs(page: &Page) -> Vec<Para> {
    let left = page.lines.iter().map(|l| l.x).fold(f32::INFINITY, f32::min);
    let widest = page.lines.iter().map(|l| l.width).fold(0.0, f32::max);
    let mut out: Vec<Para> = Vec::new();
    let mut prev: Option<&kommission::model::Line> = None;
    for l in &page.lines {
        let new = match prev {
            None => true,
            Some(p) => {
                p.block != l.block
                    || (p.size - l.size).abs() > 0.2
                    || p.bold != l.bold
                    || p.italic != l.italic
                    || l.y - p.y > p.size * 1.45
                    || l.x < p.x - 1.0
                    || p.width < widest * 0.6
                    || list_item(&l.text)
            }
        };
        match out.last_mut() {
            Some(para) if !new => {
                para.text.push(' ');
                para.text.push_str(&l.text);
            }
            _ => out.push(Para {
                text: l.text.clone(),
                size: l.size,
                bold: l.bold,
                italic: l.italic,
                indent: (l.x - left).max(0.0),
            }),
        }
        prev = Some(l);
    }
    out
}

/// A new layout.
struct Layout {
    width: f32,
    height: f32,
    margin: f32,
    columns: usize,
    /// Space between columns.
    gutter: f32,
    /// Regular, bold, italic, bold italic.
    fonts: [&'static str; 4],
    hyphenate: bool,
    type0: bool,
    /// Size factor to start from.
    scale: f32,
}

/// Lay one page out at a scale; None when it does not fit.
fn place(paras: &[Para], label: Option<&str>, lay: &Layout, scale: f32) -> Option<PageSpec> {
    let gutter = lay.gutter;
    let col_w =
        (lay.width - 2.0 * lay.margin - gutter * (lay.columns as f32 - 1.0)) / lay.columns as f32;
    let bottom = lay.height - lay.margin;
    let mut runs = Vec::new();
    let (mut col, mut y) = (0usize, lay.margin);
    for p in paras {
        let font = lay.fonts[usize::from(p.bold) + 2 * usize::from(p.italic)];
        let size = (p.size * scale).max(4.0);
        let indent = (p.indent * scale).min(col_w * 0.1);
        let lines = flow(&p.text, col_w - indent, font, size, lay.hyphenate);
        for line in lines {
            if y + size * 1.25 > bottom {
                col += 1;
                y = lay.margin;
                if col >= lay.columns {
                    return None;
                }
            }
            let x = lay.margin + col as f32 * (col_w + gutter) + indent;
            runs.push(TextRun::new(font, size, x, lay.height - y - size, &line));
            y += size * 1.25;
        }
        y += size * 0.7;
    }
    if let Some(label) = label {
        let x = lay.width / 2.0 - 5.0;
        runs.push(TextRun::new(lay.fonts[0], 8.0, x, lay.margin / 2.0, label));
    }
    Some(PageSpec {
        width: lay.width,
        height: lay.height,
        runs,
        rotate: 0,
    })
}

fn relayout(doc: &ExtractedDoc, lay: &Layout) -> Vec<u8> {
    let mut pages = Vec::new();
    for page in &doc.pages {
        let paras = paragraphs(page);
        let mut scale = lay.scale;
        let spec = loop {
            if let Some(s) = place(&paras, page.label.as_deref(), lay, scale) {
                break s;
            }
            scale *= 0.93;
            assert!(scale > 0.2, "page {} does not fit", page.number);
        };
        pages.push(spec);
    }
    write_pdf(
        &pages,
        &WriteOptions {
            type0: lay.type0,
            title: doc.title.clone(),
            ..WriteOptions::default()
        },
    )
}

/// Keep the written PDFs for a look when KOMMISSION_RELAYOUT_DIR is set.
fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("KOMMISSION_RELAYOUT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

fn check(name: &str, lay: &Layout) {
    let report = extracted("inriktning-2014.pdf");
    let bytes = relayout(&report, lay);
    keep(&format!("{name}-report.pdf"), &bytes);
    let doc = extract_bytes(&bytes, "pdf", &options()).unwrap();
    assert_eq!(doc.pages.len(), 21);
    assert_eq!(classify("pdf", &doc), DocKind::Report);
    let s = analyze(REPORT, DocKind::Report, &doc);
    assert_actions_gold(&s.actions);

    let protocol = extracted("protokoll-ks-2020-04-06-p216.pdf");
    let bytes = relayout(&protocol, lay);
    keep(&format!("{name}-protocol.pdf"), &bytes);
    let doc = extract_bytes(&bytes, "pdf", &options()).unwrap();
    assert_eq!(classify("pdf", &doc), DocKind::Protocol);
    let s = analyze(PROTOCOL, DocKind::Protocol, &doc);
    assert_protocol_gold(&s.protocols);
}

const HELVETICA: [&str; 4] = [
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
];
const TIMES: [&str; 4] = [
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
];
const COURIER: [&str; 4] = [
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
];

#[test]
fn a4_helvetica_hyphenated() {
    check(
        "a4_helvetica_hyphenated",
        &Layout {
            width: 595.0,
            height: 842.0,
            margin: 56.0,
            columns: 1,
            gutter: 0.0,
            fonts: HELVETICA,
            hyphenate: true,
            type0: false,
            scale: 1.15,
        },
    );
}

#[test]
fn landscape_two_columns_times_type0() {
    check(
        "landscape_two_columns_times_type0",
        &Layout {
            width: 842.0,
            height: 595.0,
            margin: 40.0,
            columns: 2,
            gutter: 24.0,
            fonts: TIMES,
            hyphenate: false,
            type0: true,
            scale: 1.0,
        },
    );
}

#[test]
fn small_page_courier_two_columns_hyphenated() {
    check(
        "small_page_courier_two_columns_hyphenated",
        &Layout {
            width: 420.0,
            height: 595.0,
            margin: 30.0,
            columns: 2,
            gutter: 30.0,
            fonts: COURIER,
            hyphenate: true,
            type0: false,
            scale: 0.9,
        },
    );
}
