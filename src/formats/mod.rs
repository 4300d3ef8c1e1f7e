//! Non-PDF inputs: HTML pages ([`html`]) and plain text / Markdown files ([`text`]), read as
//! pages of blocks and lines (a long text or web page is cut into pages of about 4,000
//! characters; text and HTML files are read as a stream, and can be handed on a batch of
//! pages at a time: [`text::stream_pages`], [`html::stream_pages`]), plus the character-set
//! detection they share;
//! Word documents ([`docx`]) and OpenDocument text ([`odt`]), read into pages that follow the
//! document's own page breaks, and old Word 97–2003 files ([`doc`], read from their binary
//! container into the same pages), and RTF ([`rtf`], its own tokenizer, the same pages) (what they share, from the zip package to paragraph and table
//! assembly, is in `office`).

pub(crate) mod doc;
pub(crate) mod docx;
pub mod html;
mod layout;
pub(crate) mod odt;
mod office;
pub(crate) mod rtf;
pub(crate) mod text;

/// Errors for HTML and text inputs.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("binary data, not text (NUL bytes found)")]
    Binary,
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    /// A .docx/.odt package that cannot be read: a broken zip archive, a missing or
    /// malformed part.
    #[error("not a readable {kind} file: {reason}")]
    Package { kind: &'static str, reason: String },
}

impl FormatError {
    /// A `kind` file (".docx") that cannot be read, and why.
    pub(crate) fn package(kind: &'static str, reason: impl Into<String>) -> FormatError {
        FormatError::Package {
            kind,
            reason: reason.into(),
        }
    }
}

/// Whether text that is not valid UTF-8 is still UTF-8 with some broken sequences: valid
/// multi-byte characters, which single-byte encodings (Latin-1, windows-1252) almost never
/// form by chance, make up at least half as many as the broken sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            broken += 1;
        }
    }
    multibyte > 0 && multibyte * 2 >= broken
}

/// UTF-16LE or BE when the zero bytes of `bytes` all stand at odd (LE) or even (BE)
/// positions and make up most of those positions.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in bytes.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let pairs = bytes.len() / 2;
    if even == 0 && odd * 10 >= pairs * 7 {
        Some(encoding_rs::UTF_16LE)
    } else if odd == 0 && even * 10 >= pairs * 7 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// A page of text lines (from a text or HTML file) numbered `number`: its own text
/// (`TextSource::Text`, the default), no label.
pub(crate) fn text_page(number: u32, lines: Vec<crate::model::Line>) -> crate::model::Page {
    crate::model::Page {
        number,
        text: crate::text::page_text(&lines),
        lines,
        ..crate::model::Page::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a text file's first page, as the text reader decodes it.
    fn text(bytes: &[u8]) -> Result<String, FormatError> {
        Ok(text::extract_reader(bytes)?.pages[0].text.clone())
    }

    #[test]
    fn broken_utf8_stays_utf8_and_misdeclared_latin1_is_detected() {
        let mut broken = "Välfärd i Malmö ".as_bytes().to_vec();
        broken.extend_from_slice(b"\xff\xc3\x28 ");
        broken.extend_from_slice("och jämlik hälsa".as_bytes());
        assert_eq!(
            text(&broken).unwrap(),
            "Välfärd i Malmö \u{FFFD}\u{FFFD}( och jämlik hälsa"
        );
        // Latin-1 that says it is UTF-8: no valid multi-byte character, so it is detected.
        let latin1 =
            b"<meta charset=utf-8><p>H\xe4lsa och v\xe4lf\xe4rd i Malm\xf6 f\xf6r alla \xe5ldrar";
        assert_eq!(
            html::extract(latin1).unwrap().pages[0].text,
            "Hälsa och välfärd i Malmö för alla åldrar"
        );
    }

    #[test]
    fn decodes_utf8_latin1_and_utf16() {
        assert_eq!(text("Malmö".as_bytes()).unwrap(), "Malmö");
        // "Hälsa i Malmö" in ISO-8859-1
        let latin1 = b"H\xe4lsa i Malm\xf6 och \xe5r";
        assert_eq!(text(latin1).unwrap(), "Hälsa i Malmö och år");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Åtgärd".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(text(&utf16).unwrap(), "Åtgärd");
        // decomposed a + combining ring becomes å
        assert_eq!(text("a\u{30a}r".as_bytes()).unwrap(), "år");
        assert!(matches!(text(b"\x00\x01PK"), Err(FormatError::Binary)));
    }
}
