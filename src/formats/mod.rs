//! Non-PDF inputs: HTML pages and plain text / Markdown files, each read as one page.

pub mod html;
pub mod text;

/// Errors for HTML and text inputs.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("cannot decode text: {0}")]
    Decode(String),
}
