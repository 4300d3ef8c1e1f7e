//! PDF text extraction: lopdf parses the file; our own content-stream interpreter
//! ([`interp`]) tracks graphics and text state and emits positioned glyphs using the fonts
//! and encodings of [`fonts`]; [`layout`] turns glyphs into words, lines, blocks and
//! reading order, and [`running`] recognises running headers, footers and printed page
//! numbers across pages. (The PDF writer for tests is in the dev-only crate
//! `kommission-testkit`, tests/testkit.)
//!
//! The one walk of a page also records the images it painted ([`interp::PlacedImage`]);
//! [`Pdf::extract`] hands the pages that are scans ([`PageInfo::needs_ocr`], the one scan
//! rule) to its caller as [`ScanPage`]s, whose images [`image`] decodes — OCR reads them
//! without parsing the file again.
//!
//! Every call into lopdf and every page is guarded: a panic becomes a clean error, a page
//! that fails gets `Page.error` while the other pages go on, and the work per page is
//! bounded by [`Limits`].

pub(crate) mod cmap;
pub mod encoding;
pub(crate) mod fonts;
pub mod image;
pub(crate) mod interp;
pub(crate) mod labels;
pub(crate) mod layout;
pub(crate) mod lexer;
mod objects;
pub(crate) mod running;

use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::{Document, LoadOptions, Object};

use crate::model::{ExtractedDoc, TextSource};
use interp::{FontCache, Interp, PageContent};
use objects::{get, inherited, nums};

/// Errors for a whole PDF document. A failure on one page is reported in that page's
/// `error` field instead.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("not a PDF file (no %PDF header)")]
    NotPdf,
    #[error("encrypted PDF: {0}")]
    Encrypted(String),
    #[error("cannot parse PDF: {0}")]
    Parse(String),
}

/// Limits that keep extraction bounded on hostile input.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest decompressed size of one stream, in bytes.
    pub max_stream_bytes: usize,
    /// Most operators interpreted on one page (including its Form XObjects).
    pub max_ops_per_page: usize,
    /// Deepest nesting of Form XObjects.
    pub max_form_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 64 << 20,
            max_ops_per_page: 2_000_000,
            max_form_depth: 12,
        }
    }
}

/// The share (0–1) of a `width` × `height` page covered by the union of the image
/// rectangles `[x0, y0, x1, y1]` (clipped to the page; overlaps counted once).
pub(crate) fn image_coverage(images: &[[f32; 4]], width: f32, height: f32) -> f32 {
    let area = width * height;
    if area <= 0.0 {
        return 0.0;
    }
    let rects: Vec<[f32; 4]> = images
        .iter()
        .map(|r| {
            [
                r[0].max(0.0),
                r[1].max(0.0),
                r[2].min(width),
                r[3].min(height),
            ]
        })
        .filter(|r| r[2] > r[0] && r[3] > r[1])
        // A page of thousands of tiny images is no scan; bound the work on hostile input.
        .take(512)
        .collect();
    // Sweep over the distinct x edges; in each slab, the length of the union of the y
    // intervals of the rectangles that span it (taken in order of their starts).
    let mut xs: Vec<f32> = rects.iter().flat_map(|r| [r[0], r[2]]).collect();
    xs.sort_by(f32::total_cmp);
    xs.dedup();
    let mut spans: Vec<(f32, f32)> = Vec::new();
    let mut covered = 0.0f32;
    for pair in xs.windows(2) {
        let (x0, x1) = (pair[0], pair[1]);
        spans.clear();
        spans.extend(
            rects
                .iter()
                .filter(|r| r[0] <= x0 && r[2] >= x1)
                .map(|r| (r[1], r[3])),
        );
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (mut length, mut end) = (0.0f32, f32::MIN);
        for &(y0, y1) in &spans {
            length += (y1 - y0.max(end)).max(0.0);
            end = end.max(y1);
        }
        covered += (x1 - x0) * length;
    }
    (covered / area).clamp(0.0, 1.0)
}

/// What a page drew besides its text: used to decide whether a page needs OCR.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageInfo {
    /// Physical page number, 1-based.
    pub number: u32,
    /// Number of non-space characters in the page's text layer.
    pub text_chars: usize,
    /// Share (0–1) of the page area covered by its images together (their union: a scan
    /// stored as several strips or tiles covers the page as one image does).
    pub image_coverage: f32,
    /// Glyphs shown whose code no route maps to Unicode ([`crate::model::Page::unmapped_glyphs`]).
    pub unmapped_glyphs: u32,
}

/// A scan has fewer than this many characters in its text layer ([`PageInfo::needs_ocr`]).
pub const SCAN_TEXT_CHARS: usize = 10;

/// A scan's images cover at least this share of the page ([`PageInfo::needs_ocr`]).
pub const SCAN_COVERAGE: f32 = 0.5;

/// A page without a single character of text is a scan when its images cover at least this
/// share of it ([`PageInfo::needs_ocr`]): scans cropped to the text block cover less than
/// half of the page (pages 2 and 3 of a scanned Riksarkivet regulation in
/// ../shared/realworld-sv cover 44 % and 49.6 %; with the rule at 50 % page 2 came out
/// empty while Tesseract alone read 259 words from it).
pub const BARE_SCAN_COVERAGE: f32 = 0.3;

/// A page whose glyphs are mostly without a route to Unicode is read from its rendering
/// when it shows at least this many such glyphs ([`PageInfo::glyphs_unreadable`]): a bullet
/// or two of a symbol font is no text to read.
pub const UNREADABLE_GLYPHS: u32 = 20;

impl PageInfo {
    /// The page has no usable text, but images covering most of it (a scanned page) or
    /// glyphs that cannot be read ([`PageInfo::glyphs_unreadable`]): OCR can read it. The one
    /// scan rule, for extract, ingest and the tests.
    pub fn needs_ocr(&self) -> bool {
        self.scanned_images() || self.glyphs_unreadable()
    }

    /// The page has no usable text but images covering most of it: its images are the page.
    pub fn scanned_images(&self) -> bool {
        self.text_chars < SCAN_TEXT_CHARS
            && (self.image_coverage >= SCAN_COVERAGE
                || (self.text_chars == 0 && self.image_coverage >= BARE_SCAN_COVERAGE))
    }

    /// Most of the page's glyphs have no route to Unicode (no ToUnicode, no /Encoding, no
    /// glyph names: fonts rewritten by pdf2ps, Type 3 fonts of bitmaps), at least
    /// [`UNREADABLE_GLYPHS`] of them: its text is read from a rendering of the page.
    pub fn glyphs_unreadable(&self) -> bool {
        self.unmapped_glyphs >= UNREADABLE_GLYPHS && self.unmapped_glyphs as usize > self.text_chars
    }
}

/// A page that is a scan ([`PageInfo::needs_ocr`]): the images its content painted, where,
/// and how to decode them.
#[derive(Debug)]
pub struct ScanPage<'a> {
    /// Physical page number, 1-based.
    pub number: u32,
    /// The displayed page's width and height in points (after /Rotate).
    pub width: f32,
    pub height: f32,
    /// The images painted on the page, in painting order.
    pub images: Vec<interp::PlacedImage<'a>>,
    /// OCR reads the page as it is rendered, not its images: its text is drawn in glyphs that
    /// cannot be read ([`PageInfo::glyphs_unreadable`]).
    pub render: bool,
    doc: &'a Document,
}

impl ScanPage<'_> {
    /// Decode one of the page's images, turned upright as the page shows it.
    pub fn decode(
        &self,
        placed: &interp::PlacedImage<'_>,
        limits: &image::Limits,
    ) -> Result<image::Prepared, image::ImageError> {
        // Pixel (0, 0) is the image's top-left corner: the unit square's (0, 1).
        let corner = |ux: f32, uy: f32| interp::apply(&placed.ctm, ux, uy);
        let o = corner(0.0, 1.0);
        let right = corner(1.0, 1.0);
        let down = corner(0.0, 0.0);
        let orient = image::Orientation::from_axes(
            (right.0 - o.0, right.1 - o.1),
            (down.0 - o.0, down.1 - o.1),
        );
        image::prepare(
            self.doc,
            &placed.stream,
            placed.resources.as_slice(),
            orient,
            limits,
        )
    }
}

/// A PDF, parsed once: its text by [`Pdf::extract`], with the scanned pages' images.
pub struct Pdf {
    doc: Document,
    limits: Limits,
}

/// What [`Pdf::extract`] read.
#[derive(Debug)]
pub struct Extraction<'a> {
    /// The pages' text (scanned pages without it).
    pub doc: ExtractedDoc,
    /// What each page drew, in page order.
    pub pages: Vec<PageInfo>,
    /// The pages that are scans, with their images.
    pub scans: Vec<ScanPage<'a>>,
}

impl Pdf {
    /// Parse a PDF given as bytes ([`load`]).
    pub fn load(bytes: &[u8], limits: &Limits) -> Result<Pdf, PdfError> {
        Ok(Pdf {
            doc: load(bytes, limits)?,
            limits: limits.clone(),
        })
    }

    /// Every page's text, what it drew, and the scanned pages with their images: one walk
    /// of each page's content.
    pub fn extract(&self) -> Result<Extraction<'_>, PdfError> {
        extract_doc(&self.doc, &self.limits, None)
    }

    /// One page as a [`ScanPage`] whatever the scan rule says (for tools and tests that look
    /// at a page's images); None when there is no such page or its content cannot be read.
    pub fn scan_page(&self, number: u32) -> Option<ScanPage<'_>> {
        extract_doc(&self.doc, &self.limits, Some(number))
            .ok()?
            .scans
            .pop()
    }
}

/// Extract the text of every page of a PDF given as bytes.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<ExtractedDoc, PdfError> {
    extract_with_info(bytes, limits).map(|(doc, _)| doc)
}

pub(crate) fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Load a document with lopdf, guarded against panics, decrypting with the empty user
/// password when needed.
pub fn load(bytes: &[u8], limits: &Limits) -> Result<Document, PdfError> {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::NotPdf);
    }
    let options = LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..LoadOptions::default()
    };
    let load = |options: LoadOptions| {
        catch_unwind(AssertUnwindSafe(|| {
            Document::load_mem_with_options(bytes, options)
        }))
    };
    let first = load(options.clone());
    // A file whose cross-reference data reads but leads to no pages: rebuild the table by
    // scanning for objects.
    let no_pages = |d: &Document| {
        catch_unwind(AssertUnwindSafe(|| d.page_iter().next().is_none())).unwrap_or(true)
    };
    let doc = match first {
        Ok(Ok(d)) if no_pages(&d) => match load(LoadOptions {
            force_reconstruct: true,
            ..options
        }) {
            Ok(Ok(rebuilt)) if !no_pages(&rebuilt) => Ok(Ok(rebuilt)),
            _ => Ok(Ok(d)),
        },
        other => other,
    }
    .map_err(|p| PdfError::Parse(format!("the parser crashed ({})", panic_message(&*p))))?
    .map_err(|e| match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => {
            PdfError::Encrypted(format!("cannot decrypt ({e})"))
        }
        other => PdfError::Parse(other.to_string()),
    })?;
    if doc.trailer.get(b"Encrypt").is_ok() && !doc.was_encrypted() {
        return Err(PdfError::Encrypted(
            "a password is needed to open it (the empty user password does not work)".to_string(),
        ));
    }
    Ok(doc)
}

/// Extract every page, and report per page what it drew (for OCR decisions).
pub fn extract_with_info(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(ExtractedDoc, Vec<PageInfo>), PdfError> {
    let pdf = Pdf::load(bytes, limits)?;
    let e = pdf.extract()?;
    Ok((e.doc, e.pages))
}

/// The walk of every page: text, what each drew, and the scans with their images (with
/// `only`, that one page is returned as a scan whatever it is).
fn extract_doc<'a>(
    doc: &'a Document,
    limits: &Limits,
    only: Option<u32>,
) -> Result<Extraction<'a>, PdfError> {
    let pages = catch_unwind(AssertUnwindSafe(|| doc.get_pages())).map_err(|p| {
        PdfError::Parse(format!(
            "the page tree crashed the parser ({})",
            panic_message(&*p)
        ))
    })?;
    if pages.is_empty() {
        return Err(PdfError::Parse(
            "the document has no pages (page tree missing or empty)".to_string(),
        ));
    }
    let mut fonts = FontCache::default();
    let mut out = ExtractedDoc {
        title: title(doc),
        ..ExtractedDoc::default()
    };
    let mut infos = Vec::new();
    let mut scans = Vec::new();
    let mut laid = Vec::new();
    for (&number, &id) in &pages {
        if only.is_some_and(|o| o != number) {
            continue;
        }
        let result = catch_unwind(AssertUnwindSafe(|| {
            page_content(doc, id, limits, &mut fonts)
        }))
        .unwrap_or_else(|p| Err(format!("extraction crashed ({})", panic_message(&*p))));
        let content = match result {
            Ok(c) => c,
            Err(e) => {
                out.warnings.push(format!("page {number}: {e}"));
                laid.push(running::PageLines::failed(number, e));
                infos.push(PageInfo {
                    number,
                    ..PageInfo::default()
                });
                continue;
            }
        };
        for w in &content.warnings {
            out.warnings.push(format!("page {number}: {w}"));
        }
        let coverage = image_coverage(&content.images, content.width, content.height);
        let mut lines = catch_unwind(AssertUnwindSafe(|| {
            layout::layout(
                &content.glyphs,
                &content.rules,
                content.width,
                content.height,
            )
        }))
        .unwrap_or_default();
        add_annotation_lines(&mut lines, &content.annotations);
        let text_chars = lines
            .iter()
            .map(|l| l.line.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        let info = PageInfo {
            number,
            text_chars,
            image_coverage: coverage,
            unmapped_glyphs: content.unmapped,
        };
        if only.is_some() || info.needs_ocr() {
            scans.push(ScanPage {
                number,
                width: content.width,
                height: content.height,
                images: content.placed,
                render: !info.scanned_images() && info.glyphs_unreadable(),
                doc,
            });
        }
        infos.push(info);
        laid.push(running::PageLines {
            number,
            height: content.height,
            lines,
            error: None,
            // A page that draws neither text nor images is blank, not a scan.
            has_text_layer: !content.glyphs.is_empty() || content.images.is_empty(),
            annotations: content.annotations.into_iter().map(|a| a.text).collect(),
            unmapped_glyphs: content.unmapped,
        });
    }
    let page_labels = labels::page_labels(doc, pages.len());
    let finished = running::finish(laid, &page_labels);
    out.pages = finished;
    if out.title.as_deref().is_none_or(junk_title) {
        out.title = title_from_pages(&out.pages);
    }
    for p in &mut out.pages {
        if p.error.is_none() && p.source == TextSource::Text && p.lines.is_empty() {
            if let Some(info) = infos.iter().find(|i| i.number == p.number) {
                if info.text_chars == 0 && info.image_coverage > 0.0 {
                    p.source = TextSource::None;
                }
            }
        }
    }
    Ok(Extraction {
        doc: out,
        pages: infos,
        scans,
    })
}

/// The text of annotations that their appearance did not draw (a stamp drawn as an image
/// with its text in /Contents, a field without appearance) as lines of their own, one block
/// each, after the page's text. A note (/Text, an icon the reader opens) is listed in the
/// page's annotations only: its text is not on the page ("This document was created with
/// Prince …").
fn add_annotation_lines(lines: &mut Vec<layout::LaidLine>, annotations: &[interp::AnnotationText]) {
    let first = lines.iter().map(|l| l.line.block + 1).max().unwrap_or(0);
    for (block, a) in (first..).zip(annotations.iter().filter(|a| !a.drawn && !a.note)) {
        let size = 10.0;
        lines.push(layout::LaidLine {
            line: crate::model::Line {
                text: a.text.clone(),
                x: a.rect[0],
                y: a.rect[1],
                width: (a.rect[2] - a.rect[0]).max(0.0),
                size,
                bold: false,
                italic: false,
                block,
            },
            base: a.rect[1] + size,
            bottom: a.rect[1] + size * 1.2,
            artifact: false,
        });
    }
}

/// The /Info /Title of a document, decoded, if present and not blank.
fn title(doc: &Document) -> Option<String> {
    let info = match doc
        .trailer
        .get(b"Info")
        .ok()
        .map(|o| objects::deref(doc, o))
    {
        Some(Object::Dictionary(d)) => d,
        _ => return None,
    };
    match get(doc, info, b"Title")? {
        Object::String(s, _) => {
            let t = crate::text::squash_ws(&encoding::decode_text_string(s));
            let t = crate::text::nfc(&t);
            (!t.is_empty()).then_some(t)
        }
        _ => None,
    }
}

/// Whether a metadata title says nothing about the document: a file name ("PROPGR~1.DOC",
/// "C:\\temp\\mall.dot"), what Office puts before one ("Microsoft Word - …"), a
/// placeholder ("untitled", "PowerPoint Presentation", "Dokument1"), a template's name run
/// together in one token ("ReferatLagrummet", "mall_protokoll") or no letters at all.
pub fn junk_title(t: &str) -> bool {
    let trimmed = t.trim();
    if !trimmed.contains(char::is_whitespace) {
        let chars: Vec<char> = trimmed.chars().collect();
        let camel = chars
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase());
        if (camel && chars.len() >= 8) || trimmed.contains('_') {
            return true;
        }
    }
    let lower = trimmed.to_lowercase();
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "microsoft word -",
        "microsoft powerpoint -",
        "microsoft excel -",
        "microsoft word-",
    ];
    if PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    const EXTENSIONS: &[&str] = &[
        "doc", "docx", "dot", "dotx", "odt", "ott", "rtf", "pdf", "txt", "xls", "xlsx", "ppt",
        "pptx", "indd", "qxd", "qxp", "wpd", "pub", "tmp", "htm", "html", "tex", "dvi", "ps",
    ];
    let ext_at_end = lower
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext.trim()));
    if ext_at_end || lower.contains(":\\") || (lower.contains('\\') && !lower.contains(' ')) {
        return true;
    }
    let bare: String = lower
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect::<String>()
        .trim()
        .to_string();
    const PLACEHOLDERS: &[&str] = &[
        "untitled",
        "untitled document",
        "namnlös",
        "namnlöst",
        "dokument",
        "document",
        "powerpoint presentation",
        "powerpoint-presentation",
        "presentation",
        "slide",
        "title",
        "titel",
        "rubrik",
        "no title",
        "ingen rubrik",
        "ingen titel",
        "mall",
        "template",
        "normal",
    ];
    PLACEHOLDERS.contains(&bare.as_str())
}

/// A title from the text: the first page's largest text (its consecutive lines of that size
/// in one block), on the first page that has at least a few letters, when it is set larger
/// than the page's running text (a page in one size has no title to take).
pub fn title_from_pages(pages: &[crate::model::Page]) -> Option<String> {
    for p in pages.iter().take(3) {
        let lines: Vec<&crate::model::Line> = p
            .lines
            .iter()
            .filter(|l| l.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        let Some(size) = lines.iter().map(|l| l.size).reduce(f32::max) else {
            continue;
        };
        // The size of most of the page's characters.
        let mut by_size: Vec<(f32, usize)> = Vec::new();
        for l in &lines {
            let n = l.text.chars().count();
            match by_size.iter_mut().find(|(s, _)| (s - l.size).abs() < 0.25) {
                Some(e) => e.1 += n,
                None => by_size.push((l.size, n)),
            }
        }
        let body = by_size.iter().max_by_key(|e| e.1).map_or(size, |e| e.0);
        if lines.len() > 1 && size < 1.1 * body {
            return None;
        }
        let tol = 0.5f32.max(0.05 * size);
        let Some(start) = lines.iter().position(|l| (l.size - size).abs() <= tol) else {
            continue;
        };
        let first = lines[start];
        let mut parts = vec![first.text.as_str()];
        for l in lines.iter().skip(start + 1) {
            if l.block != first.block || (l.size - size).abs() > tol || parts.len() >= 4 {
                break;
            }
            parts.push(l.text.as_str());
        }
        let t = crate::text::squash_ws(&parts.join(" "));
        let t: String = t.chars().take(200).collect();
        if t.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            return Some(t);
        }
    }
    None
}

fn page_box(doc: &Document, page: &lopdf::Dictionary) -> [f32; 4] {
    let read = |key: &[u8]| -> Option<[f32; 4]> {
        match inherited(doc, page, key)? {
            Object::Array(a) => {
                let v = nums(doc, a);
                match v.as_slice() {
                    [a, b, c, d] if (c - a).abs() > 1.0 && (d - b).abs() > 1.0 => {
                        Some([*a, *b, *c, *d])
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    };
    let media = read(b"MediaBox").unwrap_or([0.0, 0.0, 612.0, 792.0]);
    match read(b"CropBox") {
        // The visible area is the intersection of the two boxes.
        Some(c) => {
            let x0 = c[0].min(c[2]).max(media[0].min(media[2]));
            let y0 = c[1].min(c[3]).max(media[1].min(media[3]));
            let x1 = c[0].max(c[2]).min(media[0].max(media[2]));
            let y1 = c[1].max(c[3]).min(media[1].max(media[3]));
            if x1 - x0 > 1.0 && y1 - y0 > 1.0 {
                [x0, y0, x1, y1]
            } else {
                media
            }
        }
        None => media,
    }
}

/// Interpret one page's content.
fn page_content<'a>(
    doc: &'a Document,
    id: lopdf::ObjectId,
    limits: &Limits,
    fonts: &mut FontCache,
) -> Result<PageContent<'a>, String> {
    let page = objects::dict_of(doc, id).ok_or("the page object is missing")?;
    let b = page_box(doc, page);
    let rotate = inherited(doc, page, b"Rotate")
        .and_then(|o| objects::num(doc, o))
        .map_or(0, |r| (r as i64).rem_euclid(360) / 90 * 90);
    let (tf, w, h) = interp::page_transform(b, rotate);
    let mut data = Vec::new();
    for sid in doc.get_page_contents(id) {
        let Ok(Object::Stream(s)) = doc.get_object(sid) else {
            continue;
        };
        let budget = limits.max_stream_bytes.saturating_sub(data.len());
        let part = objects::stream_bytes_in(doc, s, budget)
            .map_err(|e| format!("cannot read the page content: {e}"))?;
        data.extend_from_slice(&part);
        data.push(b'\n');
    }
    let resources = match inherited(doc, page, b"Resources") {
        Some(Object::Dictionary(d)) => Some(d),
        _ => None,
    };
    let mut it = Interp::new(doc, limits, fonts, tf, w, h);
    it.run(&data, resources);
    it.run_annotations(page);
    Ok(it.finish())
}

#[cfg(test)]
mod coverage_tests {
    use super::image_coverage;

    #[test]
    fn strips_and_overlaps_count_as_their_union() {
        // Three strips of a third each: the page is covered (the largest alone is a third).
        let strips = [
            [0.0, 0.0, 100.0, 40.0],
            [0.0, 40.0, 100.0, 80.0],
            [0.0, 80.0, 100.0, 120.0],
        ];
        assert!((image_coverage(&strips, 100.0, 120.0) - 1.0).abs() < 1e-4);
        // The same image drawn twice counts once; what lies off the page not at all.
        let twice = [[0.0, 0.0, 50.0, 100.0], [0.0, 0.0, 50.0, 100.0]];
        assert!((image_coverage(&twice, 100.0, 100.0) - 0.5).abs() < 1e-4);
        let off = [[-50.0, 0.0, 50.0, 100.0], [200.0, 0.0, 300.0, 100.0]];
        assert!((image_coverage(&off, 100.0, 100.0) - 0.5).abs() < 1e-4);
        assert_eq!(image_coverage(&[], 100.0, 100.0), 0.0);
        // Small logos side by side stay small.
        let logos = [[0.0, 0.0, 10.0, 10.0], [20.0, 0.0, 30.0, 10.0]];
        assert!(image_coverage(&logos, 100.0, 100.0) < 0.03);
    }
}
