//! Ground-truth documents for tests and the relevance benchmark: `*.truth.json` files
//! (`{"id", "title", "pages": [{"number", "printed", "text"}]}`) and a crude HTML reader,
//! turned into [`DocRecord`]s so that the index can be exercised without the extraction
//! stages.

use std::path::Path;

use serde::Deserialize;

use crate::model::{DocKind, DocRecord, Line, Page};

use super::IndexError;

#[derive(Deserialize)]
struct TruthFile {
    id: String,
    title: Option<String>,
    pages: Vec<TruthPage>,
}

#[derive(Deserialize)]
struct TruthPage {
    number: u32,
    printed: Option<String>,
    text: String,
}

/// Read a `*.truth.json` file as a record (kind: protocol when the id says so, else report).
pub fn load_truth(path: &Path) -> Result<DocRecord, IndexError> {
    let bytes = std::fs::read(path)?;
    let truth: TruthFile = serde_json::from_slice(&bytes)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    let kind = if truth.id.starts_with("protokoll") {
        DocKind::Protocol
    } else {
        DocKind::Report
    };
    Ok(DocRecord {
        id: truth.id.clone(),
        path: path.display().to_string(),
        kind: Some(kind),
        title: truth.title,
        hash: blake3::hash(&bytes).to_hex().to_string(),
        pages: truth
            .pages
            .into_iter()
            .map(|p| Page {
                number: p.number,
                label: p.printed,
                text: p.text,
                ..Page::default()
            })
            .collect(),
        ..DocRecord::default()
    })
}

/// Read an HTML page crudely (tags stripped, headings as larger lines) as a one-page record
/// with the file stem as id.
pub fn load_html_crude(path: &Path) -> Result<DocRecord, IndexError> {
    let bytes = std::fs::read(path)?;
    let html = String::from_utf8_lossy(&bytes);
    let title = between(&html, "<title>", "</title>").map(|t| unescape(t.trim()));
    let body = between(&html, "<body>", "</body>").unwrap_or(&html);
    let mut lines = Vec::new();
    let mut size = 11.0;
    let mut current = String::new();
    let mut rest = body;
    let flush = |current: &mut String, size: f32, lines: &mut Vec<Line>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            lines.push(Line {
                text: unescape(&text),
                size,
                block: u32::try_from(lines.len()).unwrap_or(u32::MAX),
                ..Line::default()
            });
        }
        current.clear();
    };
    while let Some(open) = rest.find('<') {
        current.push_str(rest.get(..open).unwrap_or(""));
        let Some(close) = rest.get(open..).and_then(|r| r.find('>')) else {
            break;
        };
        let tag = rest
            .get(open + 1..open + close)
            .unwrap_or("")
            .trim_start_matches('/')
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if matches!(
            tag.as_str(),
            "h1" | "h2" | "h3" | "p" | "li" | "blockquote" | "ul" | "ol" | "div" | "br"
        ) {
            flush(&mut current, size, &mut lines);
            let closing = rest.get(open + 1..).is_some_and(|r| r.starts_with('/'));
            size = match (tag.as_str(), closing) {
                ("h1", false) => 20.0,
                ("h2", false) | ("h3", false) => 16.0,
                _ => 11.0,
            };
        }
        rest = rest.get(open + close + 1..).unwrap_or("");
    }
    current.push_str(rest);
    flush(&mut current, size, &mut lines);
    let text = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("page")
        .to_string();
    Ok(DocRecord {
        id,
        path: path.display().to_string(),
        kind: Some(DocKind::Web),
        title,
        hash: blake3::hash(&bytes).to_hex().to_string(),
        pages: vec![Page {
            number: 1,
            label: None,
            text,
            lines,
            ..Page::default()
        }],
        ..DocRecord::default()
    })
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s.get(a..)?.find(close)? + a;
    s.get(a..b)
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
}
