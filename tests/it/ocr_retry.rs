//! OCR coverage: when Tesseract reads far fewer characters than the ink on the image suggests,
//! the page is read again, larger when its text is small and in another segmentation mode,
//! and the better pass is kept; the page JSON (`extract --format json`) shows every pass.
//! The scans are made here: a text page is typeset (standard-14 font), rendered to gray
//! pixels with `pdftoppm` and put into an image-only PDF. Needs Tesseract with the Swedish
//! model and poppler-utils; fails (never skips) where they are missing.

use std::process::Command;

use serde_json::Value;

use kommission::ocr::{self, OcrOptions, OcrPage};
use kommission::pdf::Pdf;
use kommission_testkit::pdf::{raw_pdf, winansi_font, RawPage};
use lopdf::{dictionary, Dictionary, Stream};

const DPI: u32 = 200;
const WORDS: [&str; 8] = [
    "kommunstyrelsen",
    "beslutar",
    "ärendet",
    "nämnden",
    "budgeten",
    "yttrande",
    "förslaget",
    "miljön",
];

pub(crate) fn tools_or_fail(test: &str) {
    assert!(
        ocr::available(),
        "{test} needs Tesseract with the Swedish model: \
         apt-get install tesseract-ocr tesseract-ocr-swe (.ci/run installs it)"
    );
    assert!(
        Command::new("pdftoppm").arg("-v").output().is_ok(),
        "{test} needs pdftoppm: apt-get install poppler-utils (.ci/run installs it)"
    );
}

/// A table of 20 rows × 4 cells, each cell framed, one word per cell (from a fixed
/// rotation of [`WORDS`]); or, when `framed` is false, the same words without frames.
fn table_content(framed: bool) -> (Vec<u8>, Vec<&'static str>) {
    let mut content = Vec::new();
    let mut words = Vec::new();
    for row in 0..20 {
        let y = 760 - row * 24;
        for col in 0..4 {
            let x = 50 + col * 125;
            let word = WORDS[(row * 3 + col * 5) as usize % WORDS.len()];
            words.push(word);
            if framed {
                content.extend(format!("{x} {} 125 24 re S\n", y - 8).bytes());
            }
            content.extend(format!("BT /F1 10 Tf {} {y} Td (", x + 6).bytes());
            // WinAnsi: å, ä, ö are their Latin-1 code points.
            content.extend(word.chars().map(|c| c as u32 as u8));
            content.extend(b") Tj ET\n");
        }
    }
    (content, words)
}

/// Renders the one-page text PDF to gray pixels at [`DPI`] and returns an image-only PDF of
/// them (a "scan" without noise).
fn scan_of(content: Vec<u8>) -> Pdf {
    Pdf::load(
        &scan_bytes(content, DPI),
        &kommission::pdf::Limits::default(),
    )
    .unwrap()
}

/// Lines of 3.5 pt text (x-height under 4 pixels at 150 dpi), words from [`WORDS`].
fn small_text_content() -> (Vec<u8>, Vec<&'static str>) {
    let mut content = Vec::new();
    let mut words = Vec::new();
    for row in 0..12 {
        let line: Vec<&str> = (0..24)
            .map(|i| WORDS[(row * 5 + i * 3) % WORDS.len()])
            .collect();
        words.extend(&line);
        content.extend(format!("BT /F1 3.5 Tf 40 {} Td (", 780 - row * 6).bytes());
        content.extend(line.join(" ").chars().map(|c| c as u32 as u8));
        content.extend(b") Tj ET\n");
    }
    (content, words)
}

/// The image-only PDF of the one-page text PDF rendered at `dpi`.
pub(crate) fn scan_bytes(content: Vec<u8>, dpi: u32) -> Vec<u8> {
    let text_pdf = raw_pdf(
        vec![RawPage {
            content,
            resources: dictionary! { "Font" => dictionary! { "F1" => winansi_font("Helvetica") } },
            ..RawPage::default()
        }],
        None,
        Dictionary::new(),
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("page.pdf");
    std::fs::write(&input, text_pdf).unwrap();
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", &dpi.to_string(), "-singlefile"])
        .arg(&input)
        .arg(dir.path().join("page"))
        .output()
        .expect("pdftoppm runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pgm = std::fs::read(dir.path().join("page.pgm")).unwrap();
    let (width, height, pixels) = parse_pgm(&pgm);

    let image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => width as i64,
            "Height" => height as i64, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        pixels.to_vec(),
    );
    let page = RawPage {
        content: b"q 595 0 0 842 0 0 cm /Im0 Do Q".to_vec(),
        resources: dictionary! { "XObject" => dictionary! { "Im0" => image } },
        ..RawPage::default()
    };
    raw_pdf(vec![page], None, Dictionary::new())
}

/// Binary PGM (P5, 8 bit): width, height, pixels.
fn parse_pgm(data: &[u8]) -> (u32, u32, &[u8]) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while data[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&data[start..i]).unwrap().to_string());
    }
    assert_eq!(fields[0], "P5");
    assert_eq!(fields[3], "255");
    let (w, h): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, &data[i + 1..i + 1 + (w * h) as usize])
}

/// The page's one scan, OCR'd with `options` through the production scan rule.
fn ocr(pdf: &Pdf, options: &OcrOptions) -> OcrPage {
    let extraction = pdf.extract().unwrap();
    assert_eq!(extraction.scans.len(), 1, "the page is found to be a scan");
    ocr::ocr_page(&extraction.scans[0], options).unwrap()
}

/// How many of the expected words (in order of the cells) are among the words read.
fn found(page: &OcrPage, words: &[&str]) -> usize {
    let read: Vec<&str> = page.text.split_whitespace().collect();
    words.iter().filter(|w| read.contains(w)).count()
}

#[test]
fn a_poor_first_pass_is_read_again_and_the_better_pass_kept() {
    tools_or_fail("a_poor_first_pass_is_read_again_and_the_better_pass_kept");
    let (content, words) = table_content(true);
    let pdf = scan_of(content);
    // One uniform block (mode 6) reads nothing in a table of framed cells: the first pass
    // is poor, the sparse-text pass reads the cells.
    let options = OcrOptions {
        psm: 6,
        ..OcrOptions::default()
    };
    let page = ocr(&pdf, &options);
    let report = &page.report;
    eprintln!("framed table, psm 6: {report:?}");
    let [first, retry] = report.passes.as_slice() else {
        panic!("the poor first pass is retried once: {report:?}");
    };
    // The text is not small: the retry is in sparse mode at the same scale.
    assert_eq!(
        (first.psm, retry.psm, retry.scale),
        (6, 11, 1),
        "{report:?}"
    );
    assert!(retry.kept && !first.kept, "{report:?}");
    assert!(first.chars * 10 < report.expected_chars * 4, "{report:?}");
    assert!(retry.chars > first.chars, "{report:?}");
    let n = found(&page, &words);
    eprintln!("words found after the retry: {n} of {}", words.len());
    assert!(
        n * 10 >= words.len() * 9,
        "{n} of {} words: {}",
        words.len(),
        page.text
    );
}

#[test]
fn a_good_first_pass_and_an_empty_page_are_read_once() {
    tools_or_fail("a_good_first_pass_and_an_empty_page_are_read_once");
    // The same table with the default mode: read well at once, no second pass.
    let (content, words) = table_content(true);
    let page = ocr(&scan_of(content), &OcrOptions::default());
    assert!(!page.retried(), "{:?}", page.report);
    assert!(page.report.passes[0].kept);
    let n = found(&page, &words);
    assert!(
        n * 10 >= words.len() * 9,
        "{n} of {} words: {}",
        words.len(),
        page.text
    );
    // A page with one frame and no text: nothing to read, nothing retried.
    let page = ocr(
        &scan_of(b"50 50 495 742 re S\n".to_vec()),
        &OcrOptions::default(),
    );
    assert!(!page.retried(), "{:?}", page.report);
    assert!(page.text.trim().is_empty(), "{}", page.text);
}

/// Text too small for Tesseract at the scan's resolution (3.5 pt at 150 dpi: marks about 4
/// pixels high) is read again enlarged, and the enlarged pass is kept; through the CLI, whose
/// page JSON lists both passes. Without the scale route the first pass stays (a handful of
/// the 288 words) or the sparse-mode pass reads no better.
#[test]
fn small_text_is_read_again_larger_and_the_json_shows_the_passes() {
    tools_or_fail("small_text_is_read_again_larger_and_the_json_shows_the_passes");
    let (content, words) = small_text_content();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liten-text.pdf");
    std::fs::write(&path, scan_bytes(content, 150)).unwrap();
    let v = extract_json(&path);
    let page = &v["pages"][0];
    assert_eq!(page["source"], "ocr", "{page}");
    let report = &page["ocr"];
    eprintln!("small text: {report}");
    let passes = report["passes"].as_array().expect("the passes are listed");
    assert!(passes.len() >= 2, "{report}");
    assert_eq!(passes[0]["scale"], 1, "{report}");
    assert_eq!(passes[0]["kept"], false, "{report}");
    let kept: Vec<&Value> = passes.iter().filter(|p| p["kept"] == true).collect();
    assert_eq!(kept.len(), 1, "{report}");
    assert!(kept[0]["scale"].as_u64().unwrap() >= 2, "{report}");
    assert!(
        kept[0]["confident_chars"].as_u64() > passes[0]["confident_chars"].as_u64(),
        "{report}"
    );
    let text = page["text"].as_str().unwrap();
    let read: Vec<&str> = text.split_whitespace().collect();
    let n = words.iter().filter(|w| read.contains(w)).count();
    eprintln!("small text: {n} of {} words", words.len());
    assert!(n * 2 >= words.len(), "{n} of {}: {text}", words.len());
}

/// `kommission extract FILE --format json`, which must succeed.
pub(crate) fn extract_json(path: &std::path::Path) -> Value {
    let index = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kommission"))
        .env("KOMMISSION_INDEX", index.path())
        .arg("extract")
        .arg(path)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
