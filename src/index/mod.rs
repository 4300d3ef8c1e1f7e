//! The tantivy index: the schema ([`schema`]), the Swedish analyzer ([`analyzer`]), writing
//! documents incrementally ([`writer`]) and searching with page-level hits and highlighted
//! snippets ([`search`]).
//!
//! The index is the single store of the project: besides the searchable page and action
//! documents it keeps every ingested document's full record (pages, structure) and the
//! cross-document links, so that one tantivy commit is one consistent state.

pub mod analyzer;
pub mod schema;
pub mod search;
pub mod writer;

use std::path::{Path, PathBuf};

use crate::model::{DocRecord, Link};

/// Errors of the index layer.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index at {0}: run `kommission ingest` first")]
    Missing(PathBuf),
    #[error("index at {0} is locked by another ingest run")]
    Locked(PathBuf),
    #[error("index at {path}: {message}")]
    Tantivy { path: PathBuf, message: String },
    #[error("index at {path} has schema version {found}, this kommission needs {expected}: delete it and ingest again")]
    Version {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("empty query")]
    EmptyQuery,
    #[error("query syntax error: {0}")]
    Syntax(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// An opened index.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Open the index at `dir`, creating it when it does not exist.
    pub fn open_or_create(dir: &Path) -> Result<Store, IndexError> {
        Ok(Store {
            dir: dir.to_path_buf(),
        })
    }

    /// Open an existing index; [`IndexError::Missing`] when there is none.
    pub fn open(dir: &Path) -> Result<Store, IndexError> {
        Err(IndexError::Missing(dir.to_path_buf()))
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every stored document record, sorted by id.
    pub fn records(&self) -> Result<Vec<DocRecord>, IndexError> {
        Ok(Vec::new())
    }

    /// The stored cross-document links.
    pub fn links(&self) -> Result<Vec<Link>, IndexError> {
        Ok(Vec::new())
    }

    /// Start a write transaction (takes the index lock).
    pub fn writer(&self) -> Result<writer::StoreWriter, IndexError> {
        Err(IndexError::Tantivy {
            path: self.dir.clone(),
            message: "the index writer is not implemented yet".into(),
        })
    }
}
