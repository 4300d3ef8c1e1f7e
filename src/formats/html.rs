//! HTML pages: visible text of the body, headings and paragraphs as blocks.

use crate::model::ExtractedDoc;

use super::FormatError;

/// Extract an HTML page as one page of text.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let _ = bytes;
    Err(FormatError::Decode("HTML is not implemented yet".into()))
}
