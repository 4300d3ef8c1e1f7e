//! Plain text and Markdown files as one page: paragraphs (separated by blank lines) are
//! blocks, each source line a line. Markdown headings (`#`) get a larger size and bold, and
//! their markers are dropped.

use crate::model::{ExtractedDoc, Line, Page, TextSource};
use crate::text::squash_ws;

use super::{decode, page_text, FormatError};

/// Extract a text or Markdown file as one page.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let source = decode(bytes, None)?;
    let mut lines = Vec::new();
    let mut block = 0u32;
    let mut in_block = false;
    for raw in source.lines() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if in_block {
                block += 1;
                in_block = false;
            }
            continue;
        }
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        let is_heading = (1..=6).contains(&hashes)
            && trimmed.chars().nth(hashes).is_some_and(char::is_whitespace);
        let (text, size, bold) = if is_heading {
            let rest = trimmed.get(hashes..).unwrap_or_default();
            (squash_ws(rest), 24.0 - 3.0 * hashes as f32, true)
        } else {
            (squash_ws(trimmed), 11.0, false)
        };
        if is_heading && in_block {
            block += 1;
        }
        lines.push(Line {
            text,
            x: 0.0,
            y: lines.len() as f32 * 14.0,
            width: 0.0,
            size,
            bold,
            italic: false,
            block,
        });
        in_block = true;
        if is_heading {
            block += 1;
            in_block = false;
        }
    }
    let title = lines.iter().find(|l| l.bold).map(|l| l.text.clone());
    let page = Page {
        number: 1,
        label: None,
        text: page_text(&lines),
        lines,
        source: TextSource::Text,
        ocr_confidence: None,
        error: None,
        ..Page::default()
    };
    Ok(ExtractedDoc {
        title,
        pages: vec![page],
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_markdown_headings() {
        let doc = extract("# Rubrik\nrad ett\nrad  två\n\nnytt stycke\n".as_bytes()).unwrap();
        let p = &doc.pages[0];
        assert_eq!(p.text, "Rubrik\n\nrad ett\nrad två\n\nnytt stycke");
        assert_eq!(doc.title.as_deref(), Some("Rubrik"));
        assert_eq!(p.lines[1].block, p.lines[2].block);
        assert_ne!(p.lines[2].block, p.lines[3].block);
    }
}
