//! Search: query parsing (words, phrases, AND/OR/-, field filters, typo tolerance), BM25
//! ranking with title boosts, page-level hits with highlighted snippets.

use serde::Serialize;

use super::{IndexError, Store};

/// What kind of hits to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindFilter {
    Page,
    Action,
    All,
}

/// A search request.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub kind: KindFilter,
}

/// One ranked hit. Matched words in `snippet` are marked `**like this**`.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub doc: String,
    pub title: Option<String>,
    /// "page" or "action".
    pub kind: String,
    pub page: Option<u32>,
    pub label: Option<String>,
    pub score: f32,
    pub snippet: String,
}

/// Run a search.
pub fn search(store: &Store, request: &SearchRequest) -> Result<Vec<Hit>, IndexError> {
    let _ = (store, request);
    Err(IndexError::Syntax("search is not implemented yet".into()))
}
