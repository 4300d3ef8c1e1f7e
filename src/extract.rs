//! Reading one file into pages: dispatches on the file type to [`crate::pdf`],
//! [`crate::formats`] and, for scanned PDF pages, [`crate::ocr`].

use std::path::Path;

use crate::formats::{self, FormatError};
use crate::model::ExtractedDoc;
use crate::pdf::{self, Limits, PdfError};

/// Errors for one file.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("unsupported file type '.{0}' (kommission reads pdf, html, htm, txt, md)")]
    Unsupported(String),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Format(#[from] FormatError),
}

/// Options for extraction.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub limits: Limits,
    /// Run OCR on pages without a text layer when Tesseract is available.
    pub ocr: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            limits: Limits::default(),
            ocr: true,
        }
    }
}

/// The file types kommission reads, by lower-case extension.
pub const EXTENSIONS: &[&str] = &["pdf", "html", "htm", "txt", "md"];

/// Lower-case extension of a path ("" when none).
pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Whether kommission reads files like this one.
pub fn is_supported(path: &Path) -> bool {
    EXTENSIONS.contains(&extension(path).as_str())
}

/// Read a file from disk and extract its pages.
pub fn extract_file(path: &Path, options: &ExtractOptions) -> Result<ExtractedDoc, ExtractError> {
    let bytes = std::fs::read(path)?;
    extract_bytes(&bytes, &extension(path), options)
}

/// Extract pages from a file's bytes, given its lower-case extension.
pub fn extract_bytes(
    bytes: &[u8],
    extension: &str,
    options: &ExtractOptions,
) -> Result<ExtractedDoc, ExtractError> {
    match extension {
        "pdf" => Ok(pdf::extract(bytes, &options.limits)?),
        "html" | "htm" => Ok(formats::html::extract(bytes)?),
        "txt" | "md" => Ok(formats::text::extract(bytes)?),
        other => Err(ExtractError::Unsupported(other.to_string())),
    }
}
