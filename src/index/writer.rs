//! Writing documents to the index: upsert, delete, links, one commit per ingest run.

use crate::model::{DocRecord, Link};

use super::IndexError;

/// A write transaction on the index. Nothing is visible to readers before [`StoreWriter::commit`].
pub struct StoreWriter {}

impl StoreWriter {
    /// Add or replace a document (all its pages, actions and its record).
    pub fn upsert(&mut self, record: &DocRecord) -> Result<(), IndexError> {
        let _ = record;
        Ok(())
    }

    /// Remove a document by id.
    pub fn remove(&mut self, id: &str) -> Result<(), IndexError> {
        let _ = id;
        Ok(())
    }

    /// Replace the stored cross-document links.
    pub fn set_links(&mut self, links: &[Link]) -> Result<(), IndexError> {
        let _ = links;
        Ok(())
    }

    /// Make everything written so far visible, atomically.
    pub fn commit(self) -> Result<(), IndexError> {
        Ok(())
    }
}
