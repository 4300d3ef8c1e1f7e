//! Pages whose glyphs have no route to Unicode are read by OCR of their rendering.
//!
//! LibreOffice's protocol through pdf2ps and ps2pdf (tests/data/producers, the sixth round):
//! Ghostscript rewrote the fonts with codes 1, 2, 3, …, no ToUnicode, no /Encoding and no
//! glyph names, so the text layer read "%’(." (character error rate 0.8744 against the truth,
//! pdftotext 0.8772). Such a page ([`kommission::pdf::PageInfo::glyphs_unreadable`]) is
//! rendered with `pdftoppm` and read by Tesseract, through `ingest` as any scan is: the page's
//! record says `ocr: true` with its confidence. The same document from LibreOffice directly
//! (fonts that map) is read from its text layer, and with `--no-ocr` the unreadable pages are
//! reported, not passed off as text. Needs Tesseract with the Swedish model and poppler-utils;
//! fails (never skips) where they are missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::{require_program, require_tesseract};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_kommission")
}

fn producer(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/producers")
        .join(file)
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Ingest `files` (copied into a folder of their own) with `extra` options; the summary on
/// stderr and the exported page records.
fn ingest_pages(files: &[&str], extra: &[&str]) -> (String, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for f in files {
        std::fs::copy(producer(f), docs.join(f)).unwrap();
    }
    let index = dir.path().join("index");
    let out = Command::new(bin())
        .arg("ingest")
        .arg(&docs)
        .arg("--index")
        .arg(&index)
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "ingest: {summary}");
    let out = Command::new(bin())
        .args(["export", "pages", "--format", "jsonl", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    assert!(out.status.success(), "export");
    let pages = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (summary, pages)
}

fn truth(id: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(format!("{id}.truth.json"));
    let t: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    t["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect()
}

const PDF2PS: &str = "protokoll-ks-2020-04-06-p216.lo-docx-pdf2ps.pdf";
const DIRECT: &str = "protokoll-ks-2020-04-06-p216.lo-docx.pdf";

#[test]
fn unreadable_glyphs_are_read_from_the_rendered_page() {
    require_tesseract();
    require_program("pdftoppm", "poppler-utils");
    let (_, pages) = ingest_pages(&[PDF2PS, DIRECT], &[]);
    let want = truth("protokoll-ks-2020-04-06-p216");
    let of = |file: &str| -> Vec<&Value> {
        let stem = file.trim_end_matches(".pdf");
        let mut p: Vec<&Value> = pages.iter().filter(|p| p["doc"] == stem).collect();
        p.sort_by_key(|p| p["page"].as_u64());
        p
    };
    let rendered = of(PDF2PS);
    assert_eq!(rendered.len(), want.len(), "{PDF2PS}: pages");
    let mut distance = 0;
    for (p, t) in rendered.iter().zip(&want) {
        assert_eq!(p["ocr"], true, "{PDF2PS} page {}: {p}", p["page"]);
        let conf = p["ocr_confidence"].as_f64().unwrap_or(0.0);
        assert!(conf > 80.0, "page {}: confidence {conf}", p["page"]);
        distance += strsim::levenshtein(&norm(p["text"].as_str().unwrap()), t);
    }
    // 0.8744 from the text layer; read from the rendering 0.0013 (Tesseract's "§" is the one
    // confusion left).
    let chars: usize = want.iter().map(|t| t.chars().count()).sum();
    let rate = distance as f64 / chars as f64;
    assert!(rate < 0.01, "{PDF2PS}: character error rate {rate:.4}");
    let text = norm(rendered[0]["text"].as_str().unwrap());
    for words in [
        "Protokollsutdrag",
        "Sammanträdestid",
        "Katrin Stjernfeldt Jammeh",
    ] {
        assert!(text.contains(words), "{words} not in {text}");
    }
    // Fonts that map: the text layer, no OCR.
    let direct = of(DIRECT);
    assert_eq!(direct.len(), want.len());
    for p in direct {
        assert_eq!(p["ocr"], false, "{DIRECT} page {}", p["page"]);
        assert!(p["ocr_confidence"].is_null(), "{p}");
    }
}

#[test]
fn without_ocr_unreadable_pages_are_reported() {
    let (summary, pages) = ingest_pages(&[PDF2PS], &["--no-ocr"]);
    assert!(
        summary.contains("no text layer") && summary.contains("pages 1, 2"),
        "{summary}"
    );
    assert!(pages.iter().all(|p| p["ocr"] == false), "{pages:?}");
}

/// MuPDF's PDF writer (`mutool convert -F pdf` of LibreOffice's protocol, the eleventh round)
/// writes a ToUnicode that maps every glyph to a control character (`<0000> <0004> <0000>`,
/// `<0007> <001d> <0005>`) and fonts whose only cmap covers the same codes: the text layer
/// read "$%&%'$%'$(&" (character error rate 0.8744; pdftotext 0.9518). A glyph mapped only to
/// control characters has no route to Unicode, so the pages are unreadable and read from
/// their rendering; without OCR they are reported.
#[test]
fn glyphs_mapped_to_control_characters_are_read_from_the_rendering() {
    const MUPDF: &str = "protokoll-ks-2020-04-06-p216.mupdf.pdf";
    let (summary, pages) = ingest_pages(&[MUPDF], &["--no-ocr"]);
    assert!(
        summary.contains("no text layer") && summary.contains("pages 1, 2"),
        "{summary}"
    );
    assert!(pages.iter().all(|p| p["ocr"] == false), "{pages:?}");
    require_tesseract();
    require_program("pdftoppm", "poppler-utils");
    let (_, mut pages) = ingest_pages(&[MUPDF], &[]);
    pages.sort_by_key(|p| p["page"].as_u64());
    let want = truth("protokoll-ks-2020-04-06-p216");
    assert_eq!(pages.len(), want.len(), "{MUPDF}: pages");
    let mut distance = 0;
    for (p, t) in pages.iter().zip(&want) {
        assert_eq!(p["ocr"], true, "{MUPDF} page {}: {p}", p["page"]);
        distance += strsim::levenshtein(&norm(p["text"].as_str().unwrap()), t);
    }
    let chars: usize = want.iter().map(|t| t.chars().count()).sum();
    let rate = distance as f64 / chars as f64;
    assert!(rate < 0.01, "{MUPDF}: character error rate {rate:.4}");
}
