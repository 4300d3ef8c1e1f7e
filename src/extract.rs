//! Reading one file into pages: dispatches on the file type to [`crate::pdf`],
//! [`crate::formats`] (HTML, text, .docx, .odt, .doc, .rtf) and, for scanned PDF pages, [`crate::ocr`].
//! [`support`] says for any extension whether it is read, or why not.
//!
//! One file's bytes in, its pages out; the structure stage then finds what they cite:
//!
//! ```
//! use kommission::extract::{extract_bytes, ExtractOptions};
//! use kommission::model::DocKind;
//!
//! let text = "Kommunstyrelsen\n\n§ 216 Budget 2020\n\nDnr STK-2019-1535\n";
//! let doc = extract_bytes(text.as_bytes(), "txt", &ExtractOptions::default()).unwrap();
//! assert_eq!(doc.pages.len(), 1);
//! assert!(doc.pages[0].text.contains("STK-2019-1535"));
//!
//! let found = kommission::structure::analyze("ks-2020", DocKind::Text, &doc);
//! assert!(found.identifiers.iter().any(|i| i.id == "STK-2019-1535"));
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::formats::{self, FormatError};
use crate::model::{ExtractedDoc, TextSource};
use crate::ocr::{self, OcrOptions};
use crate::pdf::{self, Limits, PdfError};

/// Errors for one file.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a regular file but {0}: kommission reads only regular files")]
    NotAFile(&'static str),
    #[error("file too large: {size} bytes (the limit is {limit} bytes)")]
    TooLarge { size: u64, limit: u64 },
    /// A file type kommission does not read; the reason is [`support`]'s.
    #[error("unsupported file type: {reason}")]
    Unsupported { extension: String, reason: String },
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Format(#[from] FormatError),
}

/// Default for [`ExtractOptions::max_file_bytes`]: 512 MiB, far above any report or protocol.
pub const MAX_FILE_BYTES: u64 = 512 << 20;

/// Options for extraction.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub limits: Limits,
    /// Largest file read at all, in bytes (the whole file is held in memory while it is read).
    pub max_file_bytes: u64,
    /// Run OCR on scanned pages (no usable text layer over a page-sized image) when
    /// Tesseract is available.
    pub ocr: bool,
    /// Where OCR results are kept between runs (e.g. `<index>/ocr-cache`), if anywhere.
    pub ocr_cache: Option<PathBuf>,
    /// Called with the physical page number after each page read by OCR (for progress).
    pub on_ocr_page: Option<PageCallback>,
}

/// A function called for each page as it is done (see [`ExtractOptions::on_ocr_page`]).
#[derive(Clone)]
pub struct PageCallback(Arc<dyn Fn(u32) + Send + Sync>);

impl PageCallback {
    pub fn new(f: impl Fn(u32) + Send + Sync + 'static) -> PageCallback {
        PageCallback(Arc::new(f))
    }

    pub fn call(&self, page: u32) {
        (self.0)(page)
    }
}

impl std::fmt::Debug for PageCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PageCallback")
    }
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            limits: Limits::default(),
            max_file_bytes: MAX_FILE_BYTES,
            ocr: true,
            ocr_cache: None,
            on_ocr_page: None,
        }
    }
}

/// The file types kommission reads, by lower-case extension.
pub const EXTENSIONS: &[&str] = &[
    "pdf", "html", "htm", "txt", "md", "docx", "docm", "odt", "doc", "dot", "rtf",
];

/// Whether kommission reads files with this lower-case extension: `Ok(())`, or why not, in
/// words for the ingest summary and error messages ("RTF: not read, save it as .docx or
/// PDF").
pub fn support(extension: &str) -> Result<(), String> {
    if EXTENSIONS.contains(&extension) {
        return Ok(());
    }
    let why = match extension {
        "" => "no file extension: kommission reads files by their type's extension".to_string(),
        "wpd" | "wps" | "pages" => {
            format!("word-processor file .{extension}: not read, save it as .docx or PDF")
        }
        "xls" | "xlsx" | "xlsm" | "ods" | "csv" | "tsv" | "numbers" => {
            format!("spreadsheet .{extension}: not read")
        }
        "ppt" | "pptx" | "odp" | "key" => {
            format!("presentation .{extension}: not read, save it as PDF")
        }
        "png" | "jpg" | "jpeg" | "tif" | "tiff" | "gif" | "bmp" | "webp" | "heic" => format!(
            "image .{extension}: not read (OCR reads scanned pages inside PDFs), save it as PDF"
        ),
        "zip" | "7z" | "rar" | "gz" | "tar" | "tgz" | "bz2" | "xz" => {
            format!("archive .{extension}: not read, unpack it first")
        }
        "eml" | "msg" => format!("e-mail .{extension}: not read"),
        "xml" | "json" => format!("data file .{extension}: not read"),
        _ => format!(
            "'.{extension}' is not read (kommission reads {})",
            EXTENSIONS.join(", ")
        ),
    };
    Err(why)
}

/// Lower-case extension of a path ("" when none).
pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Read a file from disk and extract its pages.
pub fn extract_file(path: &Path, options: &ExtractOptions) -> Result<ExtractedDoc, ExtractError> {
    // A FIFO would block the read forever and a device (`/dev/zero` behind a link named
    // x.pdf) never ends: refuse anything but a regular file before opening it.
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ExtractError::NotAFile(file_kind(&meta.file_type())));
    }
    let limit = options.max_file_bytes;
    let too_large = |size| Err(ExtractError::TooLarge { size, limit });
    if meta.len() > limit {
        return too_large(meta.len());
    }
    let ext = extension(path);
    if matches!(ext.as_str(), "txt" | "md") {
        // Read as a stream, in pages (memory bounded by the pages, not the file).
        let file = std::fs::File::open(path)?;
        return Ok(formats::text::extract_reader(std::io::Read::take(
            file, limit,
        ))?);
    }
    // Read no more than the limit even when the file grows while it is read.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::fs::File::open(path)?, limit + 1),
        &mut bytes,
    )?;
    if bytes.len() as u64 > limit {
        return too_large(bytes.len() as u64);
    }
    extract_bytes(&bytes, &ext, options)
}

/// What a file that is not a regular file is, for messages.
pub fn file_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// Extract pages from a file's bytes, given its lower-case extension.
pub fn extract_bytes(
    bytes: &[u8],
    extension: &str,
    options: &ExtractOptions,
) -> Result<ExtractedDoc, ExtractError> {
    match word_format(bytes, extension) {
        "pdf" => extract_pdf(bytes, options),
        "html" | "htm" => Ok(formats::html::extract(bytes)?),
        "txt" | "md" => Ok(formats::text::extract_reader(bytes)?),
        "docx" | "docm" => Ok(formats::docx::extract(bytes)?),
        "odt" => Ok(formats::odt::extract(bytes)?),
        "doc" | "dot" => Ok(formats::doc::extract(bytes)?),
        "rtf" => Ok(formats::rtf::extract(bytes)?),
        other => Err(ExtractError::Unsupported {
            extension: other.to_string(),
            reason: support(other).err().unwrap_or_default(),
        }),
    }
}

/// A word-processor file (.doc, .dot, .docx, .docm, .odt, .rtf) is read by its content, which
/// its name need not say: Word saves RTF and web pages (HTML) under a .doc name, and archives
/// rename .docx files .doc (a zip that is neither an .odt nor has a Word package's parts
/// is not taken for one). Any other file by its `extension`.
fn word_format<'a>(bytes: &[u8], extension: &'a str) -> &'a str {
    if !matches!(extension, "doc" | "dot" | "docx" | "docm" | "odt" | "rtf") {
        return extension;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_lowercase();
    if formats::rtf::is_rtf(bytes) {
        "rtf"
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        "doc"
    } else if bytes.starts_with(b"PK") && head.contains("application/vnd.oasis.opendocument") {
        "odt"
    } else if bytes.starts_with(b"PK")
        && ["[content_types]", "_rels/", "word/"]
            .iter()
            .any(|p| head.contains(p))
    {
        "docx"
    } else if head
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<')
        && head.contains("<html")
    {
        "html"
    } else {
        extension
    }
}

/// A PDF: the text layer by [`pdf`], and scanned pages (no usable text over a page-sized
/// image, or text in glyphs with no route to Unicode: read from the page's rendering) by
/// [`ocr`] when it is on and Tesseract is installed; otherwise such pages are marked
/// [`TextSource::None`] so that they are reported, never silently empty.
fn extract_pdf(bytes: &[u8], options: &ExtractOptions) -> Result<ExtractedDoc, ExtractError> {
    // One parse and one walk of each page: the text, and the scanned pages with their images.
    let pdf = pdf::Pdf::load(bytes, &options.limits)?;
    let pdf::Extraction { mut doc, scans, .. } = pdf.extract()?;
    if scans.is_empty() {
        return Ok(doc);
    }
    if !(options.ocr && ocr::available()) {
        for page in doc.pages.iter_mut() {
            if scans.iter().any(|s| s.number == page.number) {
                page.source = TextSource::None;
            }
        }
        return Ok(doc);
    }
    let cache = match &options.ocr_cache {
        Some(dir) => match ocr::Cache::new(dir.clone()) {
            Ok(c) => Some(Arc::new(c)),
            Err(e) => {
                doc.warnings.push(format!("OCR cache not used: {e}"));
                None
            }
        },
        None => None,
    };
    let ocr_options = OcrOptions {
        cache,
        ..OcrOptions::default()
    };
    let results: Vec<(u32, Result<ocr::OcrPage, ocr::OcrError>)> = scans
        .par_iter()
        .with_max_len(1)
        .map(|scan| {
            let result = if scan.render {
                ocr::ocr_rendering(scan, bytes, &ocr_options)
            } else {
                ocr::ocr_page(scan, &ocr_options)
            };
            if let Some(on_page) = &options.on_ocr_page {
                on_page.call(scan.number);
            }
            (scan.number, result)
        })
        .collect();
    if let Some(e) = ocr_options.cache.as_ref().and_then(|c| c.write_failure()) {
        doc.warnings.push(format!(
            "OCR cache not written ({e}): the pages were read, and will be read again next time"
        ));
    }
    for (n, result) in results {
        let Some(page) = doc.pages.iter_mut().find(|p| p.number == n) else {
            continue;
        };
        match result {
            Ok(o) => {
                page.text = o.text;
                page.lines = o.lines;
                page.source = TextSource::Ocr;
                page.ocr_confidence = Some(o.confidence);
                page.ocr = Some(o.report);
            }
            Err(e) => {
                page.source = TextSource::None;
                doc.warnings.push(format!("page {n}: OCR failed: {e}"));
                page.error = Some(format!("OCR failed: {e}"));
            }
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_over_the_size_limit_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stor.txt");
        std::fs::write(&path, "Malmö stad ".repeat(10)).unwrap();
        let options = ExtractOptions {
            max_file_bytes: 50,
            ..ExtractOptions::default()
        };
        let err = extract_file(&path, &options).unwrap_err();
        assert!(
            matches!(
                err,
                ExtractError::TooLarge {
                    size: 120,
                    limit: 50
                }
            ),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            "file too large: 120 bytes (the limit is 50 bytes)"
        );
        let doc = extract_file(&path, &ExtractOptions::default()).unwrap();
        assert!(doc.pages[0].text.contains("Malmö stad"));
    }
}
