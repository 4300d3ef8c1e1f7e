//! Ground-truth documents for tests and the relevance benchmark: `*.truth.json` files
//! (`{"id", "title", "pages": [{"number", "printed", "text"}]}`) and HTML pages, turned into
//! [`DocRecord`]s so that the index can be exercised without the PDF extraction stage.

use std::path::Path;

use serde::Deserialize;

use kommission::model::{DocKind, DocRecord, Page};

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
pub fn load_truth(path: &Path) -> std::io::Result<DocRecord> {
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

/// Read an HTML page with the project's HTML reader as a one-page record with the file stem
/// as id.
pub fn load_html(path: &Path) -> std::io::Result<DocRecord> {
    let bytes = std::fs::read(path)?;
    let doc = kommission::formats::html::extract(&bytes)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("page")
        .to_string();
    Ok(DocRecord {
        id,
        path: path.display().to_string(),
        kind: Some(DocKind::Web),
        title: doc.title,
        hash: blake3::hash(&bytes).to_hex().to_string(),
        pages: doc.pages,
        warnings: doc.warnings,
        ..DocRecord::default()
    })
}
