//! Reading the whole index for exports: every stored document in id order, each with its
//! links, one document at a time ([`Store::export_stream`]).
//!
//! What makes it fast (issue 17) and what keeps it bounded:
//!
//! * The order by id comes from the term ordinals of the `doc` column (ordinals are in string
//!   order within a segment): the ids of a segment are read in one pass over its dictionary
//!   instead of one dictionary look-up per document. Memory holds one `(id, address)` per
//!   document, nothing per page.
//! * A document's record is its stored JSON, handed over unparsed ([`ExportDoc::json`]): the
//!   caller parses it where it renders (in parallel, and only the fields it needs).
//! * A document's links are found through the postings of its id in each segment (no query
//!   is built and run per document): the items with a `target` are its links, read from the
//!   store and resolved like [`Store::link_stream`] does ([`crate::links::resolve`]).
//!
//! ```no_run
//! # fn main() -> Result<(), kommission::index::IndexError> {
//! let store = kommission::index::Store::open(std::path::Path::new("index"))?;
//! for doc in store.export_stream(None)? {
//!     let doc = doc?;
//!     println!("{}: {} links, {} bytes of record", doc.id, doc.links.len(), doc.json.len());
//! }
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

use tantivy::columnar::StrColumn;
use tantivy::schema::{Field, IndexRecordOption, OwnedValue};
use tantivy::{DocAddress, DocSet, InvertedIndexReader, Searcher, Term, TERMINATED};

use crate::links::resolve;
use crate::model::Link;

use super::links::StoreTargets;
use super::schema::{KIND_LINK, KIND_RECORD, KIND_TITLE_LINK};
use super::{IndexError, Store};

/// One stored document as exports read it.
#[derive(Debug, Clone)]
pub struct ExportDoc {
    pub id: String,
    /// The stored record ([`crate::model::DocRecord`]) as JSON.
    pub json: String,
    /// Its links, resolved, sorted and without duplicates (as [`Store::links_of`]).
    pub links: Vec<Link>,
}

/// A stored item read field by field (no tantivy document is built).
type Stored = BTreeMap<Field, OwnedValue>;

/// What one segment needs to find a document's links.
struct SegmentLinks {
    ord: u32,
    postings: Arc<InvertedIndexReader>,
    target: Option<StrColumn>,
}

/// The documents of the index in id order with their links: see [`Store::export_stream`].
pub struct ExportStream<'a> {
    store: &'a Store,
    searcher: Searcher,
    records: std::vec::IntoIter<(String, DocAddress)>,
    segments: Vec<SegmentLinks>,
    targets: StoreTargets<'a>,
}

impl ExportStream<'_> {
    /// How many documents are left.
    pub fn remaining(&self) -> usize {
        self.records.len()
    }

    fn text(stored: &Stored, field: Field) -> String {
        match stored.get(&field) {
            Some(OwnedValue::Str(s)) => s.clone(),
            _ => String::new(),
        }
    }

    /// The stored (unresolved) links standing in `id`.
    fn stored_links(&self, id: &str) -> Result<Vec<Link>, IndexError> {
        let f = self.store.fields();
        let term = Term::from_field_text(f.doc, id);
        let mut out = Vec::new();
        for s in &self.segments {
            let Some(target) = &s.target else { continue };
            let segment = self.searcher.segment_reader(s.ord);
            let alive = segment.alive_bitset();
            let Some(mut postings) = s
                .postings
                .read_postings(&term, IndexRecordOption::Basic)
                .map_err(|e| self.store.err(e.into()))?
            else {
                continue;
            };
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let live = alive.is_none_or(|a| a.is_alive(doc));
                // Only link items have a target.
                if live && target.term_ords(doc).next().is_some() {
                    let stored: Stored = self
                        .searcher
                        .doc(DocAddress::new(s.ord, doc))
                        .map_err(|e| self.store.err(e))?;
                    let kind = Self::text(&stored, f.kind);
                    if kind == KIND_LINK || kind == KIND_TITLE_LINK {
                        out.push(Link {
                            doc: Self::text(&stored, f.doc),
                            page: match stored.get(&f.page) {
                                Some(OwnedValue::U64(p)) => u32::try_from(*p).unwrap_or(0),
                                _ => 0,
                            },
                            kind: Self::text(&stored, f.link_kind),
                            target: Self::text(&stored, f.target),
                        });
                    }
                }
                doc = postings.advance();
            }
        }
        Ok(out)
    }

    fn read(&mut self, id: String, address: DocAddress) -> Result<ExportDoc, IndexError> {
        let stored: Stored = self.searcher.doc(address).map_err(|e| self.store.err(e))?;
        let json = match stored
            .into_iter()
            .find(|(f, _)| *f == self.store.fields().record)
        {
            Some((_, OwnedValue::Str(s))) => s,
            _ => String::new(),
        };
        let mut links = Vec::new();
        for l in self.stored_links(&id)? {
            resolve(l, &mut self.targets, &mut links);
        }
        self.targets.failed()?;
        links.sort();
        links.dedup();
        Ok(ExportDoc { id, json, links })
    }
}

impl Iterator for ExportStream<'_> {
    type Item = Result<ExportDoc, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (id, address) = self.records.next()?;
        Some(self.read(id, address))
    }
}

impl Store {
    /// Every stored document (or only `only`, when it is stored), sorted by id, with its
    /// links, read one at a time: memory holds one document (and one `(id, address)` per
    /// document). The stream reads the commit that was current when it was made.
    pub fn export_stream(&self, only: Option<&str>) -> Result<ExportStream<'_>, IndexError> {
        let searcher = self.searcher()?;
        let f = *self.fields();
        let records = match only {
            Some(id) => self
                .find(&searcher, &[(f.kind, KIND_RECORD), (f.doc, id)])?
                .into_iter()
                .take(1)
                .map(|a| (id.to_string(), a))
                .collect(),
            None => self.records_by_id(&searcher)?,
        };
        let mut segments = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            segments.push(SegmentLinks {
                ord: ord as u32,
                postings: segment.inverted_index(f.doc).map_err(|e| self.err(e))?,
                target: segment
                    .fast_fields()
                    .str("target")
                    .map_err(|e| self.err(e))?,
            });
        }
        Ok(ExportStream {
            store: self,
            targets: StoreTargets::new(self, searcher.clone()),
            searcher,
            records: records.into_iter(),
            segments,
        })
    }

    /// The `record` items with their document ids, sorted by id.
    fn records_by_id(&self, searcher: &Searcher) -> Result<Vec<(String, DocAddress)>, IndexError> {
        let f = self.fields();
        let addresses = self.find(searcher, &[(f.kind, KIND_RECORD)])?;
        self.keyed_by_id(searcher, addresses)
    }
}
