//! OCR of scanned pages (pages without a usable text layer) with Tesseract's Swedish model.

/// Errors from OCR.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("tesseract is not installed (install tesseract-ocr and tesseract-ocr-swe)")]
    Unavailable,
    #[error("OCR failed: {0}")]
    Failed(String),
}

/// Whether Tesseract with the Swedish model can be used on this machine.
pub fn available() -> bool {
    false
}
