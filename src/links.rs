//! Links across documents: resolves the mentions found by [`crate::structure`] (action
//! numbers and titles, recommendation codes, diary numbers) into [`Link`]s, and answers
//! "what is known about X" for `show` and the `recommendations` table.

use serde::Serialize;

use crate::export::Tabular;
use crate::model::{DocRecord, Link};

/// Build every link between the given documents.
pub fn build(records: &[DocRecord]) -> Vec<Link> {
    let _ = records;
    Vec::new()
}

/// What `show` is about.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Action { number: u32, doc: Option<&'a str> },
    Recommendation(&'a str),
    Doc(&'a str),
}

/// Errors of `show`.
#[derive(Debug, thiserror::Error)]
pub enum ShowError {
    #[error("{0}")]
    NotFound(String),
}

/// One row of `kommission recommendations`.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationRow {
    pub code: String,
    pub page: Option<u32>,
    pub texts: Vec<String>,
    pub actions: Vec<String>,
    pub docs: Vec<String>,
}

impl Tabular for RecommendationRow {
    fn headers() -> Vec<&'static str> {
        vec!["code", "page", "texts", "actions", "docs"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.page.map(|p| p.to_string()).unwrap_or_default(),
            self.texts.join(" | "),
            self.actions.join(" | "),
            self.docs.join(" | "),
        ]
    }
}

/// The `recommendations` table.
pub fn recommendations(records: &[DocRecord], links: &[Link]) -> Vec<RecommendationRow> {
    let _ = (records, links);
    Vec::new()
}

/// Everything known about a target, with its links in both directions.
pub fn show(
    records: &[DocRecord],
    links: &[Link],
    target: Target<'_>,
) -> Result<serde_json::Value, ShowError> {
    let _ = (records, links);
    Err(ShowError::NotFound(format!(
        "show {target:?}: not implemented yet"
    )))
}

/// A text rendering of a `show` object for people.
pub fn render_text(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}
