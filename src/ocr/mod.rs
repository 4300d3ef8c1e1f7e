//! OCR of scanned pages (pages without a usable text layer) with Tesseract's Swedish model.
//!
//! OCR is "image + placement → lines": the PDF layer finds the scanned pages and the images
//! painted on them in its one walk of each page ([`crate::pdf::ScanPage`]) and decodes them
//! ([`crate::pdf::image`]); this module puts strips and tiles of one scan together, cleans the
//! picture up (`preprocess`), runs Tesseract (`tesseract`), caches the result by content hash
//! ([`Cache`]) and turns Tesseract's words into the pipeline's [`Line`]s in PDF points with a
//! top-left origin.
//!
//! # Why the `tesseract` program and not the library
//!
//! We drive the installed `tesseract` executable (TSV output) rather than binding libtesseract:
//! * building needs no libclang, leptonica or tesseract headers, so the crate builds anywhere
//!   and OCR is simply off where the program is missing ([`available`]);
//! * a crash or runaway in Tesseract (it is C++ fed with images from untrusted files) cannot
//!   take the batch down, and a time limit is a `kill` away;
//! * the TSV output gives per-word boxes, confidences and block/paragraph/line numbers, which
//!   is all we need to rebuild lines and blocks;
//! * the cost of starting a process (~0.1 s) is small next to OCR of a page (seconds).
//!
//! # Settings, as measured on the scanned protocol (`tests/it/ocr_protocol.rs`)
//!
//! * Language `swe`, LSTM engine (`--oem 1`). `swe+eng` was tried to get "§" (the Swedish
//!   model has no "§" and no "–" in its character set, so it reads "§" as "8"), but it
//!   misread å/ä as a and made the error rate worse.
//! * Page segmentation `--psm 4` (one column of text of varying sizes). The automatic mode 3
//!   split the label/value form of a protocol's first page into two columns and read all
//!   labels before all values (53 % character errors against 0.9 % with mode 4); mode 6
//!   (one uniform block) lost lines. Multi-column scans read row by row with mode 4; the
//!   option is there for callers who know better.
//! * `--dpi` is the image's real resolution on the page, so Tesseract does not guess.
//! * `textord_heavy_nr=1` removed the dust but also full stops at line ends and the "-" of
//!   list items, so instead `drop_specks` removes the "words" made only of dots, quotes and
//!   bars, or no larger than a dot.
//! * Pages skewed by 0.3° or more are levelled first (projection profile, `preprocess`):
//!   at 3° Tesseract's single-column mode lost whole lines (character error rate 69 %),
//!   levelled it is 0.2–0.6 %.
//! * Scans under 150 dpi are enlarged to about 300 dpi (bilinear, at most 4×). On the
//!   protocol made at 72 dpi the error rate fell from 96 % / 30 % to 40 % / 18 % (pages 1 / 2);
//!   at 100 dpi page 1 went from 3.2 % to 0.9 % but page 2 from 1.2 % to 2.5 % (Tesseract
//!   dropped one list line). Generated with `cargo run --example make_scanned -- DIR
//!   --jpeg-dpi N`.
//! * Coverage retry: the image's glyph-like ink marks (`preprocess::ink_marks`) estimate
//!   the characters on it and, by their median height, the size of its text in pixels; when
//!   the first pass reads under 40 % of them at confidence ≥ 60, the image is read again: first enlarged, when
//!   its marks are under 10 pixels high (towards 20, at most 4×: 3.5 pt text scanned at
//!   150 dpi gave 16 of 969 words right as found, 546 at 3×; 4 pt gave 337 of 729, 622 at
//!   2×; `tesseract --psm 4` on `pdftoppm -r 150` renderings), then, if the best pass is still
//!   poor, with `--psm 11` (sparse text; `--psm 4` if 11 was the first). The pass with
//!   more characters read at confidence ≥ 60 is kept ([`OcrPage::report`]), and only when
//!   those account for at least half of the marks: the photos of a climate strategy and of
//!   a CMYK sample, read in sparse mode, gave 6–27 confident characters out of 45–513 marks
//!   of texture, junk that the first pass rightly did not read. On a framed
//!   20×4 table read with mode 6 (`tests/it/ocr_retry.rs`) the first pass read 0 of 793
//!   expected characters, the retry 695; the protocol scans are never retried.
//! * One thread per Tesseract process (`OMP_THREAD_LIMIT=1`): the caller OCRs pages in
//!   parallel.
//!
//! Character error rates with these defaults (`cargo test --test it ocr_protocol -- --nocapture`,
//! whitespace-normalised edit distance / length of the truth):
//!
//! | file (tests/data/scanned) | page 1 | page 2 |
//! | --- | --- | --- |
//! | protokoll-scan-jpeg.pdf (200 dpi gray JPEG, 0.7°/−0.55°) | 0.19 % | 0.18 % |
//! | protokoll-scan-g4.pdf (300 dpi CCITT G4, /Rotate 90) | 0.93 % | 0.33 % |
//! | protokoll-skewed-g4.pdf (300 dpi CCITT G4, 3°/−2.5°) | 0.56 % | 0.18 % |
//!
//! Lines are marked bold from stroke width measured on the image (`mark_bold`); on these
//! six pages it found 23 of the 36 lines that are mostly bold in the original and marked no
//! regular line bold. Italic is not detected.
//!
//! Every å, ä and ö is read right. The confusions left: "§" is always read as "8" ("§ 216" →
//! "8 216", "§216" → "8216"), "–" as "—", "”" now and then as '"', a lower-case letter at
//! a word's start now and then as upper case ("slutsatser" → "Slutsatser", "i" → "I"), and
//! dust that survives as a stray letter or quote next to a word.

mod preprocess;
mod render;
mod tesseract;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::model::{Line, OcrPass, OcrReport};
use crate::pdf::image::{self as raster};
pub use crate::pdf::image::{ImageError, Limits};
use crate::pdf::ScanPage;
pub use tesseract::Word;

/// The program run when [`OcrOptions::program`] is left at its default.
pub const DEFAULT_PROGRAM: &str = "tesseract";

/// Images smaller than this share of the page are not OCR'd (logos, signatures, stamps).
const MIN_IMAGE_SHARE: f32 = 0.05;

/// Errors from OCR.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("tesseract is not installed (install tesseract-ocr and tesseract-ocr-swe)")]
    Unavailable,
    #[error("OCR failed: {0}")]
    Failed(String),
    #[error("OCR timed out after {0} s")]
    Timeout(u64),
    #[error("the page has no image to OCR")]
    NoImage,
    #[error(transparent)]
    Image(#[from] ImageError),
    #[error("OCR cache: {0}")]
    Cache(String),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
}

/// Whether Tesseract with the Swedish model can be used on this machine (asked once).
pub fn available() -> bool {
    tesseract::install(Path::new(DEFAULT_PROGRAM))
        .is_some_and(|i| i.langs.iter().any(|l| l == "swe"))
}

/// How to OCR.
#[derive(Debug, Clone)]
pub struct OcrOptions {
    /// Tesseract language(s), e.g. `swe` or `swe+eng`.
    pub lang: String,
    /// Page segmentation mode (`--psm`).
    pub psm: u32,
    /// OCR engine mode (`--oem`; 1 = LSTM).
    pub oem: u32,
    /// Tesseract parameters (`-c name=value`).
    pub params: Vec<(String, String)>,
    /// The program to run.
    pub program: PathBuf,
    /// Longest time one Tesseract run may take.
    pub timeout: Duration,
    /// Bounds on image size.
    pub limits: Limits,
    /// Level pages that lie crooked (skew found by projection profile, 0.3° to 8°).
    pub deskew: bool,
    /// Images of a lower resolution than this (dots per inch on the page) are enlarged to at
    /// least twice this before OCR; 0 turns enlarging off.
    pub upscale_below_dpi: u32,
    /// Enlarge every image this many times before OCR (1–4), instead of the rule of
    /// `upscale_below_dpi`; the coverage retry sets it for text too small to read.
    pub scale: Option<u32>,
    /// Where results are kept between runs, if anywhere.
    pub cache: Option<Arc<Cache>>,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions {
            lang: "swe".to_string(),
            psm: 4,
            oem: 1,
            params: Vec::new(),
            program: PathBuf::from(DEFAULT_PROGRAM),
            timeout: Duration::from_secs(120),
            limits: Limits::default(),
            deskew: true,
            upscale_below_dpi: 150,
            scale: None,
            cache: None,
        }
    }
}

/// The text OCR found on one page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OcrPage {
    /// Lines in reading order, in PDF points from the top-left of the displayed page;
    /// `block` numbers come from Tesseract's blocks and paragraphs.
    pub lines: Vec<Line>,
    /// The lines joined by '\n', blocks separated by a blank line. NFC.
    pub text: String,
    /// Mean word confidence, 0–100 (0 when nothing was read).
    pub confidence: f32,
    /// How many images were OCR'd (several are put together into one picture first); 0
    /// when the page was read from its rendering ([`ocr_rendering`]).
    pub images: usize,
    /// The marks of ink found and every pass Tesseract ran, with the one kept per image
    /// (more than one pass when the first read far fewer characters than the ink suggests).
    pub report: OcrReport,
}

impl OcrPage {
    /// Whether any image of the page was read more than once.
    pub fn retried(&self) -> bool {
        self.retries().next().is_some()
    }

    /// The passes that were retries (all but the first of each image).
    pub fn retries(&self) -> impl Iterator<Item = &OcrPass> {
        let passes = &self.report.passes;
        passes
            .iter()
            .enumerate()
            .filter(|(i, p)| *i > 0 && passes.get(i - 1).is_some_and(|q| q.image == p.image))
            .map(|(_, p)| p)
    }
}

/// The first pass is poor when it read confidently (≥ [`CONFIDENT`]) fewer characters than
/// this share of the glyph-like marks on the image.
const POOR_COVERAGE: f32 = 0.4;
/// Pages with fewer glyph-like marks than this are never read twice.
const MIN_EXPECTED: usize = 40;
/// A second pass is kept only when its confidently read characters account for at least
/// this share of the characters the ink suggests: a photo or drawing, read in sparse mode,
/// gives scattered confident "words" out of texture, never most of its marks.
const RETRY_EXPLAINS: f32 = 0.5;
/// Words read with at least this confidence count when two passes are compared.
const CONFIDENT: f32 = 60.0;
/// Text whose glyph-like marks are lower than this (pixels, after the resolution rule's
/// enlarging) is too small for Tesseract to segment: a poor first pass is read again larger.
const SMALL_GLYPH: u32 = 10;
/// The mark height the scale retry enlarges small text to (Tesseract reads best when an
/// x-height is some 20 pixels).
const TARGET_GLYPH: u32 = 20;
/// The most an image is ever enlarged.
const MAX_SCALE: u32 = 4;

/// The segmentation mode of the second pass: sparse text (11, "as much text as possible in
/// no particular order"), or single column (4) when the first pass was already sparse.
fn retry_psm(psm: u32) -> u32 {
    if psm == 11 {
        4
    } else {
        11
    }
}

/// Characters in the words (whitespace not counted), all or only the confidently read ones.
fn read_chars(words: &[Word], min_conf: f32) -> usize {
    words
        .iter()
        .filter(|w| w.conf >= min_conf)
        .map(|w| w.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}

/// Glyph-like marks of ink on the image ([`preprocess::ink_marks`]); None when it cannot be
/// decoded.
fn ink_marks(image: &raster::Prepared, limits: &Limits) -> Option<preprocess::Marks> {
    let gray = image.gray(limits)?;
    let threshold = preprocess::otsu(&gray.data);
    Some(preprocess::ink_marks(&gray, threshold))
}

/// One image of a page, decoded (or kept as JPEG), turned upright, and where it lies.
#[derive(Debug, Clone, PartialEq)]
pub struct PageImage {
    /// What Tesseract is given.
    pub image: raster::Prepared,
    /// (left, top, right, bottom) on the displayed page, in points from its top-left corner.
    pub bbox: (f32, f32, f32, f32),
}

/// The images of a page that are worth OCR (covering at least 5 % of the page), decoded and
/// turned upright, in reading order (top to bottom, then left to right). An error when no
/// image could be decoded: the first image's error, or [`OcrError::NoImage`].
pub fn page_images(page: &ScanPage<'_>, limits: &Limits) -> Result<Vec<PageImage>, OcrError> {
    let (pw, ph) = (page.width, page.height);
    let mut images = Vec::new();
    let mut first_error = None;
    for p in &page.images {
        let [x0, y0, x1, y1] = p.bbox();
        let bbox = (x0, y0, x1, y1);
        if crate::pdf::image_coverage(&[[x0, y0, x1, y1]], pw, ph) < MIN_IMAGE_SHARE {
            continue;
        }
        match page.decode(p, limits) {
            Ok(image) => images.push(PageImage { image, bbox }),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if images.is_empty() {
        return Err(first_error.map_or(OcrError::NoImage, OcrError::Image));
    }
    images.sort_by(|a, b| {
        a.bbox
            .1
            .total_cmp(&b.bbox.1)
            .then(a.bbox.0.total_cmp(&b.bbox.0))
    });
    Ok(images)
}

/// OCRs every sizeable image on the page and returns the text, positioned on the page.
///
/// Coverage is checked against the ink: when Tesseract read confidently fewer than 40 % as many
/// characters as the image has glyph-like marks (and there are at least 40), the image is
/// read again, larger when its text is small, then in another segmentation mode
/// ([`retry_routes`]), and the pass with more confidently read characters is kept;
/// [`OcrPage::report`] tells what ran and what was kept. At most two retries per image,
/// only while the best pass is poor.
pub fn ocr_page(page: &ScanPage<'_>, options: &OcrOptions) -> Result<OcrPage, OcrError> {
    let install = installed(options)?;
    let mut images = page_images(page, &options.limits)?;
    let found = images.len();
    if images.len() > 1 {
        // Strips or tiles of one scan: OCR them as one picture, so that no line is cut.
        let page_size = (page.width, page.height);
        if let Some(one) = composite(&images, page_size, &options.limits) {
            images = vec![one];
        }
    }
    read_images(&images, found, &install.version, options)
}

/// OCRs the page as it is rendered (`pdftoppm`, [`render::RENDER_DPI`]) instead of its
/// images: for pages whose glyphs have no route to Unicode ([`ScanPage::render`]). `pdf` is
/// the file the page is in. The rendering is upright and clean, so it is not levelled.
pub fn ocr_rendering(
    page: &ScanPage<'_>,
    pdf: &[u8],
    options: &OcrOptions,
) -> Result<OcrPage, OcrError> {
    let install = installed(options)?;
    let dpi = render::render_dpi(page.width, page.height, &options.limits);
    let gray = render::render_page(pdf, page.number, dpi, &options.limits, options.timeout)?;
    let images = [PageImage {
        image: raster::Prepared::Gray(gray),
        bbox: (0.0, 0.0, page.width, page.height),
    }];
    let options = OcrOptions {
        deskew: false,
        ..options.clone()
    };
    read_images(&images, 0, &install.version, &options)
}

/// Tesseract as installed, with a model for each of the options' languages.
fn installed(options: &OcrOptions) -> Result<tesseract::Install, OcrError> {
    let install = tesseract::install(&options.program).ok_or(OcrError::Unavailable)?;
    for lang in options.lang.split('+') {
        if !install.langs.iter().any(|l| l == lang) {
            return Err(OcrError::Failed(format!(
                "Tesseract has no model for language {lang}"
            )));
        }
    }
    Ok(install)
}

/// Reads each image ([`read_with_retries`]) into lines on the page; `found` is how many
/// images the page painted.
fn read_images(
    images: &[PageImage],
    found: usize,
    version: &str,
    options: &OcrOptions,
) -> Result<OcrPage, OcrError> {
    let mut out = OcrPage::default();
    let mut conf_sum = 0f64;
    let mut conf_n = 0usize;
    let mut next_block = 0u32;
    for (index, p) in images.iter().enumerate() {
        let marks = ink_marks(&p.image, &options.limits).unwrap_or_default();
        let words = read_with_retries(p, index, marks, options, version, &mut out)?;
        for w in &words {
            conf_sum += w.conf as f64;
            conf_n += 1;
        }
        let mut lines = build_lines(&words, p.image.size(), p.bbox, next_block);
        mark_bold(&mut lines, &words, &p.image, &options.limits);
        if let Some(last) = lines.last() {
            next_block = last.block + 1;
        }
        out.lines.extend(lines);
    }
    out.images = found;
    out.confidence = if conf_n == 0 {
        0.0
    } else {
        (conf_sum / conf_n as f64) as f32
    };
    // Words hyphenated over line ends, by the same Swedish rule as the PDF text layer.
    crate::text::mend_hyphen_breaks(&mut out.lines);
    crate::text::join_line_hyphens(&mut out.lines);
    out.text = crate::text::page_text(&out.lines);
    Ok(out)
}

/// Reads one image: a first pass with `options`, and when it read under [`POOR_COVERAGE`] of
/// the characters the marks suggest, the retry routes ([`retry_routes`]) one after the other
/// while the best pass is still poor. A retry is kept only when it read more characters
/// confidently than the best pass so far and those explain at least [`RETRY_EXPLAINS`] of the
/// marks. Every pass is recorded in `out.report`; the kept pass's words are returned.
fn read_with_retries(
    p: &PageImage,
    index: usize,
    marks: preprocess::Marks,
    options: &OcrOptions,
    version: &str,
    out: &mut OcrPage,
) -> Result<Vec<Word>, OcrError> {
    let expected = marks.count;
    out.report.expected_chars = out.report.expected_chars.saturating_add(expected as u32);
    let first = out.report.passes.len();
    let mut best = drop_specks(ocr_image(&p.image, p.bbox, options, version)?);
    out.report.passes.push(pass_stats(
        index,
        options.psm,
        scale(&p.image, p.bbox, options),
        &best,
    ));
    let mut best_at = first;
    // Junk read at low confidence is no coverage (small text gave 464 characters at a mean
    // confidence of 22, of which 22 confident, from 1,101 marks).
    let poor =
        |words: &[Word]| (read_chars(words, CONFIDENT) as f32) < POOR_COVERAGE * expected as f32;
    if expected >= MIN_EXPECTED && poor(&best) {
        for route in retry_routes(p, marks, options) {
            // A pass that fails leaves the best so far.
            let Ok(words) = ocr_image(&p.image, p.bbox, &route, version) else {
                continue;
            };
            let words = drop_specks(words);
            let confident = read_chars(&words, CONFIDENT);
            let better = confident > read_chars(&best, CONFIDENT)
                && confident as f32 >= RETRY_EXPLAINS * expected as f32;
            out.report.passes.push(pass_stats(
                index,
                route.psm,
                scale(&p.image, p.bbox, &route),
                &words,
            ));
            if better {
                best = words;
                best_at = out.report.passes.len() - 1;
            }
            if !poor(&best) {
                break;
            }
        }
    }
    if let Some(kept) = out.report.passes.get_mut(best_at) {
        kept.kept = true;
    }
    Ok(best)
}

/// The other ways to read an image whose first pass was poor, the likeliest first: larger,
/// when its text is too small for Tesseract ([`SMALL_GLYPH`]; enlarged towards
/// [`TARGET_GLYPH`], within the pixel limit); then in another segmentation mode
/// ([`retry_psm`]).
fn retry_routes(p: &PageImage, marks: preprocess::Marks, options: &OcrOptions) -> Vec<OcrOptions> {
    let mut routes = Vec::new();
    let now = scale(&p.image, p.bbox, options);
    if marks.median_height > 0 && marks.median_height * now < SMALL_GLYPH {
        let (w, h) = p.image.size();
        let mut larger = TARGET_GLYPH.div_ceil(marks.median_height).min(MAX_SCALE);
        while larger > now
            && (w as u64 * h as u64) * (larger as u64).pow(2) > options.limits.max_pixels
        {
            larger -= 1;
        }
        if larger > now {
            routes.push(OcrOptions {
                scale: Some(larger),
                ..options.clone()
            });
        }
    }
    routes.push(OcrOptions {
        psm: retry_psm(options.psm),
        ..options.clone()
    });
    routes
}

/// What a pass read, for the report.
fn pass_stats(image: usize, psm: u32, scale: u32, words: &[Word]) -> OcrPass {
    let confidence = if words.is_empty() {
        0.0
    } else {
        words.iter().map(|w| w.conf as f64).sum::<f64>() as f32 / words.len() as f32
    };
    OcrPass {
        image: image as u32,
        psm,
        scale,
        words: words.len() as u32,
        chars: read_chars(words, 0.0) as u32,
        confident_chars: read_chars(words, CONFIDENT) as u32,
        confidence,
        kept: false,
    }
}

/// Paints several images onto one gray page at the finest resolution among them (bounded by
/// the limits), darkest wins where they overlap. None if an image cannot be decoded.
fn composite(images: &[PageImage], page: (f32, f32), limits: &Limits) -> Option<PageImage> {
    let ppp = images
        .iter()
        .map(|i| i.image.size().0 as f32 / (i.bbox.2 - i.bbox.0).max(0.01))
        .fold(0f32, f32::max);
    let mut ppp = ppp.clamp(0.5, 2400.0 / 72.0);
    let area = |p: f32| (page.0 * p).ceil() as u64 * (page.1 * p).ceil() as u64;
    if area(ppp) > limits.max_pixels {
        ppp *= (limits.max_pixels as f32 / area(ppp) as f32).sqrt();
    }
    let (w, h) = ((page.0 * ppp).ceil() as u32, (page.1 * ppp).ceil() as u32);
    if w == 0 || h == 0 {
        return None;
    }
    let mut canvas = vec![255u8; w as usize * h as usize];
    for img in images {
        let g = img.image.gray(limits)?;
        let (bw, bh) = (img.bbox.2 - img.bbox.0, img.bbox.3 - img.bbox.1);
        if bw <= 0.0 || bh <= 0.0 || g.width == 0 || g.height == 0 {
            continue;
        }
        let x0 = (img.bbox.0 * ppp).floor().max(0.0) as u32;
        let y0 = (img.bbox.1 * ppp).floor().max(0.0) as u32;
        let x1 = ((img.bbox.2 * ppp).ceil().max(0.0) as u32).min(w);
        let y1 = ((img.bbox.3 * ppp).ceil().max(0.0) as u32).min(h);
        for y in y0..y1 {
            let sy = (((y as f32 + 0.5) / ppp - img.bbox.1) / bh * g.height as f32) as i64;
            if sy < 0 || sy >= g.height as i64 {
                continue;
            }
            for x in x0..x1 {
                let sx = (((x as f32 + 0.5) / ppp - img.bbox.0) / bw * g.width as f32) as i64;
                if sx < 0 || sx >= g.width as i64 {
                    continue;
                }
                let src = g.data.get(sy as usize * g.width as usize + sx as usize);
                let dst = canvas.get_mut(y as usize * w as usize + x as usize);
                if let (Some(&v), Some(d)) = (src, dst) {
                    *d = (*d).min(v);
                }
            }
        }
    }
    Some(PageImage {
        image: raster::Prepared::Gray(raster::Gray {
            width: w,
            height: h,
            data: canvas,
        }),
        bbox: (0.0, 0.0, page.0, page.1),
    })
}

/// What [`clean_up`] did to an image, to map word boxes back.
#[derive(Debug, Clone, Copy, PartialEq)]
struct CleanUp {
    /// Degrees the image was turned clockwise by.
    skew: f32,
    /// How many times larger it was made.
    scale: u32,
}

impl CleanUp {
    /// Word boxes in the cleaned-up image → boxes in the image as found on the page (each
    /// word's centre mapped back, its size scaled).
    fn map_back(&self, words: Vec<Word>, size: (u32, u32)) -> Vec<Word> {
        if self.skew == 0.0 && self.scale == 1 {
            return words;
        }
        let f = self.scale.max(1) as f32;
        words
            .into_iter()
            .map(|mut w| {
                let (cx, cy) = (
                    (w.left as f32 + w.width as f32 / 2.0) / f,
                    (w.top as f32 + w.height as f32 / 2.0) / f,
                );
                let (cx, cy) = if self.skew == 0.0 {
                    (cx, cy)
                } else {
                    preprocess::unrotate_point(cx, cy, size, self.skew)
                };
                let (ww, hh) = (w.width as f32 / f, w.height as f32 / f);
                w.left = (cx - ww / 2.0).max(0.0).round() as u32;
                w.top = (cy - hh / 2.0).max(0.0).round() as u32;
                w.width = ww.round() as u32;
                w.height = hh.round() as u32;
                w
            })
            .collect()
    }
}

/// Levels a crooked scan and enlarges a coarse one (see [`OcrOptions::deskew`] and
/// [`OcrOptions::upscale_below_dpi`]). A JPEG that needs neither is passed on as it is.
fn clean_up(
    image: &raster::Prepared,
    bbox: (f32, f32, f32, f32),
    options: &OcrOptions,
) -> (raster::Prepared, CleanUp) {
    let none = CleanUp {
        skew: 0.0,
        scale: 1,
    };
    let scale = scale(image, bbox, options);
    if !options.deskew && scale == 1 {
        return (image.clone(), none);
    }
    let Some(gray) = image.gray(&options.limits) else {
        return (image.clone(), none);
    };
    let skew = if options.deskew {
        preprocess::estimate_skew(&gray)
            .filter(|s| s.abs() >= preprocess::MIN_SKEW)
            .unwrap_or(0.0)
    } else {
        0.0
    };
    if skew == 0.0 && scale == 1 {
        return (image.clone(), none);
    }
    let mut out = if skew == 0.0 {
        gray.into_owned()
    } else {
        preprocess::rotate(&gray, skew)
    };
    if scale > 1 {
        out = preprocess::upscale(&out, scale);
    }
    (raster::Prepared::Gray(out), CleanUp { skew, scale })
}

/// How many times the image is enlarged before OCR: [`OcrOptions::scale`] when set, else
/// enough to bring a scan under [`OcrOptions::upscale_below_dpi`] to twice that; at most
/// [`MAX_SCALE`] and within the pixel limit.
fn scale(image: &raster::Prepared, bbox: (f32, f32, f32, f32), options: &OcrOptions) -> u32 {
    let dpi = dpi(image.size(), bbox);
    let mut scale = match options.scale {
        Some(s) => s.clamp(1, MAX_SCALE),
        None if options.upscale_below_dpi > 0 && dpi < options.upscale_below_dpi => (2 * options
            .upscale_below_dpi)
            .div_ceil(dpi.max(1))
            .clamp(1, MAX_SCALE),
        None => 1,
    };
    let (w, h) = image.size();
    while scale > 1 && (w as u64 * h as u64) * (scale as u64).pow(2) > options.limits.max_pixels {
        scale -= 1;
    }
    scale
}

/// The resolution Tesseract should assume: pixels per inch across the displayed box.
fn dpi(size: (u32, u32), bbox: (f32, f32, f32, f32)) -> u32 {
    let inches = ((bbox.2 - bbox.0) / 72.0).max(0.01);
    let dpi = (size.0 as f32 / inches).round();
    (dpi as u32).clamp(70, 2400)
}

/// Words of one image, from the cache or from Tesseract.
fn ocr_image(
    image: &raster::Prepared,
    bbox: (f32, f32, f32, f32),
    options: &OcrOptions,
    version: &str,
) -> Result<Vec<Word>, OcrError> {
    // The key is the image as found on the page and every setting that changes the result,
    // so that a hit needs neither clean-up nor Tesseract.
    let (bytes, _) = image.file_bytes();
    let mut settings = format!(
        "kommission-ocr 2\n{version}\nlang={} psm={} oem={}\ndeskew={} upscale_below_dpi={}\n\
         page_width={:.2}\n",
        options.lang,
        options.psm,
        options.oem,
        options.deskew,
        options.upscale_below_dpi,
        bbox.2 - bbox.0,
    );
    for (k, v) in &options.params {
        settings.push_str(&format!("{k}={v}\n"));
    }
    // Only when set, so that entries made before the option existed are still found.
    if let Some(scale) = options.scale {
        settings.push_str(&format!("scale={scale}\n"));
    }
    let key = Cache::key(&settings, &bytes);
    if let Some(cache) = &options.cache {
        if let Some(words) = cache.get(&key) {
            return Ok(words);
        }
    }
    let (cleaned, fix) = clean_up(image, bbox, options);
    let (bytes, ext) = cleaned.file_bytes();
    let dir = temp_dir()?;
    let path = dir.path().join(format!("page.{ext}"));
    std::fs::write(&path, &bytes)?;
    let settings = tesseract::RunSettings {
        program: &options.program,
        lang: &options.lang,
        psm: options.psm,
        oem: options.oem,
        dpi: dpi(cleaned.size(), bbox),
        params: &options.params,
        timeout: options.timeout,
    };
    let words: Vec<Word> = tesseract::run(&path, dir.path(), &settings)?
        .into_iter()
        .map(|mut w| {
            w.text = w.text.nfc().collect();
            w
        })
        .collect();
    let words = fix.map_back(words, image.size());
    if let Some(cache) = &options.cache {
        // A cache that cannot be written loses nothing but time: the words are returned,
        // and the failure is kept for a warning ([`Cache::write_failure`]).
        if let Err(e) = cache.put(&key, &words) {
            cache.note_write_failure(e.to_string());
        }
    }
    Ok(words)
}

/// Prefix of the temporary folders that hold a page image while Tesseract reads it.
const TEMP_PREFIX: &str = "kommission-ocr";

/// A page's temporary folder (`kommission-ocr-…` in `$TMPDIR`), removed when dropped. While
/// it lives this process holds an flock on its file `lock`: the kernel lets go of it when the
/// process ends however it ends, so a folder whose lock can be taken was left by a killed run.
/// (A process id in the name would not say that: processes in other pid namespaces share
/// `$TMPDIR`, and ids are reused.)
pub(crate) struct TempDir {
    dir: tempfile::TempDir,
    _lock: std::fs::File,
}

impl TempDir {
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// The file in a [`TempDir`] whose flock says its process is alive.
const LOCK_FILE: &str = "lock";

/// A new [`TempDir`]. First, once per process, the folders that killed runs left are removed
/// ([`remove_stale_temp_dirs_in`]: a killed run cannot remove its own).
pub(crate) fn temp_dir() -> std::io::Result<TempDir> {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        remove_stale_temp_dirs_in(&std::env::temp_dir(), Duration::from_secs(24 * 3600));
    });
    let dir = tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}-"))
        .tempdir()?;
    // Locked under another name, then renamed: a sweep never finds `lock` unlocked.
    let unnamed = dir.path().join(".lock");
    let lock = std::fs::File::create(&unnamed)?;
    lock.lock()?;
    std::fs::rename(&unnamed, dir.path().join(LOCK_FILE))?;
    Ok(TempDir { dir, _lock: lock })
}

/// Whether temporary folder `dir` was left by a process that is gone: its [`LOCK_FILE`] can
/// be locked (a folder without one is judged by its age alone).
fn abandoned(dir: &Path) -> bool {
    std::fs::File::open(dir.join(LOCK_FILE)).is_ok_and(|f| f.try_lock().is_ok())
}

/// Remove `kommission-ocr*` folders in `tmp` that no live process holds ([`abandoned`]) or
/// not modified for `age`; returns how many.
pub fn remove_stale_temp_dirs_in(tmp: &Path, age: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        // Not following links: a link named like ours is left alone.
        let old = std::fs::symlink_metadata(entry.path()).is_ok_and(|m| {
            m.is_dir()
                && (abandoned(&entry.path())
                    || m.modified()
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|e| e > age))
        });
        if old && std::fs::remove_dir_all(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Characters that, standing alone as a "word", are dust or speckle rather than text.
const SPECK_CHARS: &str = ".,:;'\"`´‘’“”„|¦·•°^~_";

/// Drops the "words" Tesseract makes of dust and speckle on a scan: tokens without a letter or
/// digit that are only dots, commas, quotes and bars (never a word of their own in running
/// text), or that are no larger than a dot (both sides under a quarter of the median word
/// height).
fn drop_specks(words: Vec<Word>) -> Vec<Word> {
    let median = median_height(
        words
            .iter()
            .filter(|w| w.text.chars().any(char::is_alphanumeric)),
    ) as f32;
    words
        .into_iter()
        .filter(|w| {
            if w.text.chars().any(char::is_alphanumeric) {
                return true;
            }
            let only_specks = w.text.chars().all(|c| SPECK_CHARS.contains(c));
            let dot_sized = (w.width as f32) < 0.25 * median && (w.height as f32) < 0.25 * median;
            !(only_specks || dot_sized)
        })
        .collect()
}

/// The height of most words (from the top of letters like "d" or "Å" to the baseline) in
/// ems: a line's font size is its median word height divided by this.
const ASCENDER: f32 = 0.72;

/// Groups words into lines (Tesseract's block/paragraph/line numbers) and maps their boxes
/// from image pixels to page points. Blocks are numbered from `first_block`, one per
/// Tesseract paragraph. A line's size is estimated from the median height of its words.
fn build_lines(
    words: &[Word],
    size: (u32, u32),
    bbox: (f32, f32, f32, f32),
    first_block: u32,
) -> Vec<Line> {
    let sx = (bbox.2 - bbox.0) / size.0.max(1) as f32;
    let sy = (bbox.3 - bbox.1) / size.1.max(1) as f32;
    let mut lines = Vec::new();
    let mut block = first_block;
    let mut last_par = None;
    for g in word_lines(words) {
        let Some(first) = g.first() else { continue };
        let par = (first.block, first.par);
        if last_par.is_some_and(|p| p != par) {
            block += 1;
        }
        last_par = Some(par);
        let left = g.iter().map(|w| w.left).min().unwrap_or(0);
        let top = g.iter().map(|w| w.top).min().unwrap_or(0);
        let right = g.iter().map(|w| w.left + w.width).max().unwrap_or(0);
        let height = median_height(g.iter());
        let text = g
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        lines.push(Line {
            text,
            x: bbox.0 + left as f32 * sx,
            y: bbox.1 + top as f32 * sy,
            width: right.saturating_sub(left) as f32 * sx,
            size: (height as f32 * sy / ASCENDER * 2.0).round() / 2.0,
            bold: false,
            italic: false,
            block,
        });
    }
    lines
}

/// A word is bold when its strokes, relative to its height, are at least this many times as
/// thick as those of the image's median word.
const BOLD_RATIO: f32 = 1.3;

/// Marks the lines most of whose characters are in words with thick strokes for their height
/// (against the image's median word): Tesseract's LSTM engine reports no font attributes, so
/// bold is measured on the image (mean horizontal run of ink in the word's box over its
/// height).
fn mark_bold(lines: &mut [Line], words: &[Word], image: &raster::Prepared, limits: &Limits) {
    let Some(gray) = image.gray(limits) else {
        return;
    };
    let threshold = preprocess::otsu(&gray.data);
    // Stroke width of each word relative to the median word height of its line (word heights
    // alone vary with ascenders and descenders), line by line.
    let ratios: Vec<Vec<Option<f32>>> = word_lines(words)
        .map(|line| {
            let h = median_height(line.iter());
            line.iter()
                .map(|w| {
                    preprocess::stroke_width(
                        &gray,
                        &[(w.left, w.top, w.width, w.height)],
                        threshold,
                    )
                    .filter(|_| h > 0)
                    .map(|s| s / h as f32)
                })
                .collect()
        })
        .collect();
    let mut known: Vec<f32> = ratios.iter().flatten().flatten().copied().collect();
    if known.len() < 5 || ratios.len() != lines.len() {
        return;
    }
    known.sort_by(f32::total_cmp);
    let Some(&median) = known.get(known.len() / 2) else {
        return;
    };
    // Bold characters per line, lines in the order they were built from the words.
    for ((line, ws), rs) in lines.iter_mut().zip(word_lines(words)).zip(&ratios) {
        let (mut bold, mut all) = (0, 0);
        for (w, ratio) in ws.iter().zip(rs) {
            let n = w.text.chars().count();
            all += n;
            if ratio.is_some_and(|r| r >= BOLD_RATIO * median) {
                bold += n;
            }
        }
        line.bold = 2 * bold > all;
    }
}

/// The words of each line (Tesseract's block, paragraph and line numbers), in order.
fn word_lines(words: &[Word]) -> impl Iterator<Item = &[Word]> {
    words.chunk_by(|a, b| (a.block, a.par, a.line) == (b.block, b.par, b.line))
}

/// The median height of some words (0 for none).
fn median_height<'w>(words: impl Iterator<Item = &'w Word>) -> u32 {
    let mut heights: Vec<u32> = words.map(|w| w.height).collect();
    heights.sort_unstable();
    heights.get(heights.len() / 2).copied().unwrap_or(0)
}

/// OCR results kept in a directory, one JSON file per image and settings, named by the blake3
/// hash of both. Safe to share between threads and processes: files are written to a
/// temporary name and renamed into place.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    hits: AtomicU64,
    misses: AtomicU64,
    /// The first failure to write an entry, if any.
    write_failure: std::sync::Mutex<Option<String>>,
}

#[derive(Serialize, Deserialize)]
struct CacheEntry {
    words: Vec<Word>,
}

impl Cache {
    /// Opens (and creates) the cache directory, e.g. `<index>/ocr-cache`.
    pub fn new(dir: impl Into<PathBuf>) -> Result<Cache, OcrError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)
            .map_err(|e| OcrError::Cache(format!("{}: {e}", dir.display())))?;
        Ok(Cache {
            dir,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            write_failure: std::sync::Mutex::new(None),
        })
    }

    /// The first failure to write a result into the cache (the results were used anyway).
    pub fn write_failure(&self) -> Option<String> {
        self.write_failure.lock().ok().and_then(|f| f.clone())
    }

    fn note_write_failure(&self, message: String) {
        if let Ok(mut f) = self.write_failure.lock() {
            f.get_or_insert(message);
        }
    }

    /// The directory the cache lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Lookups answered from the cache.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    /// Lookups that had to run Tesseract.
    pub fn misses(&self) -> u64 {
        self.misses.load(Ordering::Relaxed)
    }

    fn key(settings: &str, image: &[u8]) -> String {
        let mut h = blake3::Hasher::new();
        h.update(settings.as_bytes());
        h.update(&(image.len() as u64).to_le_bytes());
        h.update(image);
        h.finalize().to_hex().to_string()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    fn get(&self, key: &str) -> Option<Vec<Word>> {
        let found = std::fs::read(self.path(key))
            .ok()
            .and_then(|b| serde_json::from_slice::<CacheEntry>(&b).ok());
        match found {
            Some(e) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                Some(e.words)
            }
            None => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }

    fn put(&self, key: &str, words: &[Word]) -> Result<(), OcrError> {
        let err =
            |e: &dyn std::fmt::Display| OcrError::Cache(format!("{}: {e}", self.dir.display()));
        let json = serde_json::to_vec(&CacheEntry {
            words: words.to_vec(),
        })
        .map_err(|e| err(&e))?;
        // Atomic, and readable by whoever may read the index (the process umask).
        crate::index::directory::atomic_write(&self.path(key), &json).map_err(|e| err(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(block: u32, par: u32, line: u32, left: u32, top: u32, text: &str) -> Word {
        Word {
            block,
            par,
            line,
            left,
            top,
            width: 100,
            height: 50,
            conf: 90.0,
            text: text.to_string(),
        }
    }

    #[test]
    fn words_become_lines_and_blocks_in_points() {
        let words = [
            word(1, 1, 1, 300, 300, "§"),
            word(1, 1, 1, 450, 300, "216"),
            word(1, 1, 2, 300, 400, "Återrapportering"),
            word(2, 1, 1, 300, 600, "Sammanfattning"),
        ];
        // A 2480×3508 image over an A4 page at 300 dpi: 0.24 points per pixel.
        let lines = build_lines(&words, (2480, 3508), (0.0, 0.0, 595.2, 841.92), 0);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "§ 216");
        assert!((lines[0].x - 72.0).abs() < 0.01, "{}", lines[0].x);
        assert!((lines[0].y - 72.0).abs() < 0.01);
        assert!((lines[0].width - 60.0).abs() < 0.01);
        // 50 pixels are 12 points; words are 0.72 em high.
        assert_eq!(lines[0].size, 16.5);
        assert_eq!((lines[0].block, lines[1].block, lines[2].block), (0, 0, 1));
        assert_eq!(
            crate::text::page_text(&lines),
            "§ 216\nÅterrapportering\n\nSammanfattning"
        );
    }
}
