//! Every page of the real-world PDFs in ../shared/realworld (other projects' test files)
//! goes through image finding and decoding without a panic or a hang, and the scanned
//! (CCITT, JBIG2) images among them decode to the pictures poppler's `pdfimages` extracts.
//! Ignored by default (`needs ../shared`): run with `cargo test -- --ignored`; they fail
//! when ../shared is absent.

use std::path::{Path, PathBuf};
use std::time::Instant;

use kommission::ocr::{self, Limits};
use kommission::pdf::image::Prepared;
use kommission::pdf::Pdf;

fn open(path: &Path) -> Option<Pdf> {
    Pdf::load(
        &std::fs::read(path).ok()?,
        &kommission::pdf::Limits::default(),
    )
    .ok()
}

fn realworld() -> Option<PathBuf> {
    Some(crate::support::shared("realworld"))
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    out.sort();
    out
}

#[test]
#[ignore = "needs ../shared"]
fn every_page_decodes_or_fails_cleanly() {
    let Some(dir) = realworld() else { return };
    let (mut needing, mut failed) = (0, Vec::new());
    for path in pdfs(&dir) {
        let Some(pdf) = open(&path) else {
            continue;
        };
        let started = Instant::now();
        let Ok(extraction) = pdf.extract() else {
            continue;
        };
        for info in &extraction.pages {
            let n = info.number;
            let needs = info.needs_ocr();
            needing += usize::from(needs);
            let Some(page) = pdf.scan_page(n) else {
                continue;
            };
            let result = ocr::page_images(&page, &Limits::default());
            let summary = match &result {
                Ok(imgs) => imgs
                    .iter()
                    .map(|i| match &i.image {
                        Prepared::Jpeg { width, height, .. } => format!("jpeg {width}x{height}"),
                        Prepared::Gray(g) => format!("gray {}x{}", g.width, g.height),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                Err(ocr::OcrError::NoImage) => "no image".to_string(),
                Err(e) => {
                    failed.push(format!("{} p{n}: {e}", path.display()));
                    format!("error: {e}")
                }
            };
            println!(
                "{} p{n}: needs_ocr={needs} {summary}",
                path.strip_prefix(&dir).unwrap().display()
            );
        }
        assert!(
            started.elapsed().as_secs() < 60,
            "{} took {:?}",
            path.display(),
            started.elapsed()
        );
    }
    // Image-only pages: the TIFF-predictor, JBIG2, ImageMagick (9), grayscale and CMYK samples.
    assert_eq!(needing, 13);
    assert!(failed.is_empty(), "{failed:#?}");
}

/// The JBIG2 scan (a face saying "It Doesn't Work?!?!"), on a page turned by /Rotate 270,
/// is read by Tesseract.
#[test]
#[ignore = "needs ../shared"]
fn jbig2_scan_is_read() {
    let Some(dir) = realworld() else { return };
    crate::support::require_tesseract();
    let pdf = open(&dir.join("pdfminer-six/samples/contrib/pdf-with-jbig2.pdf")).unwrap();
    let page = pdf.scan_page(1).unwrap();
    let result = ocr::ocr_page(&page, &ocr::OcrOptions::default()).unwrap();
    assert!(result.text.contains("Doesn't"), "{:?}", result.text);
    let line = result
        .lines
        .iter()
        .find(|l| l.text.contains("Doesn't"))
        .unwrap();
    // The bubble stands in the upper right of the 612×792 page as shown.
    assert!(
        line.x > 350.0 && line.x < 500.0 && line.y > 150.0 && line.y < 300.0,
        "{line:?}"
    );
}

/// A photograph is not text: the first pass reads almost nothing from its texture, and the
/// coverage retry (sparse mode, which reads scattered "words" out of any texture) must not
/// replace that with junk. Before the retry required its result to explain most of the ink
/// marks, this page came out as ~60 junk words ("Mg = TE re a vå Ht ...").
#[test]
#[ignore = "needs ../shared"]
fn a_photo_gives_no_junk_from_the_coverage_retry() {
    let Some(dir) = realworld() else { return };
    crate::support::require_tesseract();
    let pdf = open(&dir.join("py-pdf-sample-files/023-cmyk-image/cmyk-image.pdf")).unwrap();
    let page = pdf.scan_page(1).unwrap();
    let result = ocr::ocr_page(&page, &ocr::OcrOptions::default()).unwrap();
    assert!(result.retried(), "the photo's marks ask for a retry");
    assert!(result.retries().all(|p| !p.kept), "{:?}", result.report);
    assert!(
        result.text.split_whitespace().count() < 10,
        "{:?}",
        result.text
    );
}

/// The only image of the first page, decoded, and its count of black pixels.
fn black_pixels(path: &Path) -> (u32, u32, usize) {
    let pdf = open(path).unwrap();
    let page = pdf.scan_page(1).unwrap();
    let imgs = ocr::page_images(&page, &Limits::default()).unwrap();
    assert_eq!(imgs.len(), 1);
    let Prepared::Gray(g) = &imgs[0].image else {
        panic!("{}: not decoded", path.display())
    };
    assert!(g.data.iter().all(|&v| v == 0 || v == 255), "bilevel");
    (
        g.width,
        g.height,
        g.data.iter().filter(|&&v| v == 0).count(),
    )
}

/// Counts checked against poppler: the JBIG2 stencil mask (3296×2551, shown turned by
/// /Rotate 270) has 62,742 pixels that paint (`pdfimages` data; `pdftoppm -r 300` renders
/// 62,679 dark pixels); the 16×16 CCITT picture (BlackIs1 false) renders as 238 black pixels
/// around an 18-pixel white smiley in `pdftoppm`.
#[test]
#[ignore = "needs ../shared"]
fn jbig2_and_ccitt_images_match_poppler() {
    let Some(dir) = realworld() else { return };
    let jbig2 = dir.join("pdfminer-six/samples/contrib/pdf-with-jbig2.pdf");
    assert_eq!(black_pixels(&jbig2), (2551, 3296, 62_742));
    let ccitt =
        dir.join("py-pdf-sample-files/007-imagemagick-images/imagemagick-CCITTFaxDecode.pdf");
    assert_eq!(black_pixels(&ccitt), (16, 16, 238));
}
