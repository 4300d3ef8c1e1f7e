//! Plain text and Markdown: paragraphs as blocks.

use crate::model::ExtractedDoc;

use super::FormatError;

/// Extract a text file as one page.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let _ = bytes;
    Err(FormatError::Decode("text is not implemented yet".into()))
}
