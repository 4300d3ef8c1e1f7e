//! The brochure as a scan: every page rendered to a gray JPEG (pdftoppm, 200 dpi), wrapped
//! in an image-only PDF, read back by extraction with OCR (Tesseract, swe) and analysed.
//! Slow (about two minutes of OCR), so ignored by default:
//! `cargo test --test it structure_scanned -- --ignored`. Skipped with a note where pdftoppm or
//! Tesseract is missing.

use crate::structure_support as support;

use std::process::Command;

use kommission::extract::{extract_file, ExtractOptions};
use kommission::model::DocKind;
use kommission::structure::analyze;
use kommission_testkit::pdf::{raw_pdf, RawPage};
use lopdf::{dictionary, Dictionary, Stream};
use support::*;

/// Render the brochure to page JPEGs and wrap them into an image-only PDF.
fn scan(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let src = root().join("corpus/inriktning-2014.pdf");
    let ok = Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-jpeg", "-jpegopt", "quality=60"])
        .arg(&src)
        .arg(dir.join("p"))
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        return None;
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jpg"))
        .collect();
    files.sort();
    let (pw, ph) = (481.89f32, 680.287f32);
    let mut pages = Vec::new();
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let img = image::load_from_memory(&data).unwrap();
        let (w, h) = (i64::from(img.width()), i64::from(img.height()));
        let im = Stream::new(
            dictionary! {"Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode"},
            data,
        );
        pages.push(RawPage {
            width: pw,
            height: ph,
            content: format!("q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q").into_bytes(),
            resources: dictionary! {"XObject" => dictionary! {"Im0" => im}},
            ..RawPage::default()
        });
    }
    let out = dir.join("inriktning-scan.pdf");
    std::fs::write(&out, raw_pdf(pages, None, Dictionary::new())).unwrap();
    Some(out)
}

#[test]
#[ignore = "slow: OCR of 21 scanned pages (about two minutes)"]
fn scanned_brochure_gives_the_gold_actions() {
    crate::support::require_tesseract();
    crate::support::require_program("pdftoppm", "poppler-utils");
    let tmp = tempfile::tempdir().unwrap();
    let pdf = scan(tmp.path()).expect("pdftoppm renders the brochure");
    let options = ExtractOptions {
        ocr: true,
        ocr_cache: Some(tmp.path().join("cache")),
        ..ExtractOptions::default()
    };
    let doc = extract_file(&pdf, &options).unwrap();
    let s = analyze(REPORT, DocKind::Report, &doc);
    let g = gold(REPORT);
    let want = g["actions"].as_array().unwrap();
    assert_eq!(s.actions.len(), 69);
    let (mut codes_want, mut codes_got) = (0, 0);
    for (a, w) in s.actions.iter().zip(want) {
        let got = serde_json::to_value(a).unwrap();
        for key in ACTION_KEYS.iter().filter(|k| **k != "recommendations") {
            assert_eq!(got[*key], w[*key], "action {} field {key}", a.number);
        }
        // OCR may garble a reference beyond recognition; what is found must be right.
        let refs = |v: &serde_json::Value| -> Vec<(String, u64)> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    (
                        r["code"].as_str().unwrap().to_string(),
                        r["page"].as_u64().unwrap(),
                    )
                })
                .collect()
        };
        let (g_refs, w_refs) = (refs(&got["recommendations"]), refs(&w["recommendations"]));
        assert!(
            g_refs.iter().all(|r| w_refs.contains(r)),
            "action {}: {g_refs:?}",
            a.number
        );
        codes_want += w_refs.len();
        codes_got += g_refs.len();
    }
    // Measured: 11 of 12 references (one comes out of OCR as "(FL2:358.233)").
    assert!(
        codes_got + 1 >= codes_want,
        "{codes_got} of {codes_want} references"
    );
}
