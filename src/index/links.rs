//! Links as data: every link a document makes is its own index document (kind `link`, or
//! `tlink` for title mentions) with the source document (`doc`), page, link kind and target,
//! so that links are found from either end with a term query and an ingest rewrites only
//! the links of the documents it changes.
//!
//! Targets that depend on other documents are stored as keys and resolved when read
//! ([`crate::links::resolve`]): a title mention points at the title's key (one stored link
//! however many copies of the report have that action; the copies are found when it is
//! read), "åtgärd N" at the number (an action when exactly one document has it), a bare
//! code at the code (a recommendation when an action quotes it). A target that appears or
//! vanishes therefore changes no stored link.

use std::collections::HashMap;

use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::links::{resolve, Targets};
use crate::model::Link;

use super::schema::{KIND_ACTION, KIND_DOC, KIND_LINK, KIND_PAGE, KIND_TITLE_LINK};
use super::{first_text, IndexError, Store};

/// The kind of a stored link target, for the `target_kind` field.
pub(crate) fn target_kind(target: &str) -> &str {
    target.split(':').next().unwrap_or("")
}

/// A query for one term of a text field.
pub(crate) fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

impl Store {
    /// Addresses of the live documents that have every one of the given terms, in index
    /// order.
    pub(crate) fn find(
        &self,
        searcher: &Searcher,
        terms: &[(Field, &str)],
    ) -> Result<Vec<DocAddress>, IndexError> {
        let query = BooleanQuery::intersection(terms.iter().map(|(f, t)| term(*f, t)).collect());
        let found = searcher
            .search(&query, &DocSetCollector)
            .map_err(|e| self.err(e))?;
        let mut found: Vec<DocAddress> = found.into_iter().collect();
        found.sort();
        Ok(found)
    }

    /// The first text value of `field` of a stored document.
    pub(crate) fn stored_text(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        field: Field,
    ) -> Result<String, IndexError> {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.err(e))?;
        Ok(first_text(&doc, field).to_string())
    }

    pub(crate) fn stored_link(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<Link, IndexError> {
        let f = self.fields();
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.err(e))?;
        let text = |field| first_text(&doc, field).to_string();
        Ok(Link {
            doc: text(f.doc),
            page: doc
                .get_first(f.page)
                .and_then(|v| v.as_u64())
                .and_then(|p| u32::try_from(p).ok())
                .unwrap_or(0),
            kind: text(f.link_kind).parse().map_err(|e| IndexError::Damaged {
                path: self.dir.clone(),
                damage: format!("a stored link's kind: {e}"),
            })?,
            target: text(f.target),
        })
    }

    /// The stored (unresolved) links that stand in document `doc`.
    pub(crate) fn stored_links_of(
        &self,
        searcher: &Searcher,
        doc: &str,
    ) -> Result<Vec<Link>, IndexError> {
        let f = self.fields();
        let mut out = Vec::new();
        for kind in [KIND_LINK, KIND_TITLE_LINK] {
            for a in self.find(searcher, &[(f.kind, kind), (f.doc, doc)])? {
                out.push(self.stored_link(searcher, a)?);
            }
        }
        Ok(out)
    }

    /// The documents (ids, sorted) with a page whose anchor keys
    /// ([`crate::links::page_anchors`]) hold at least `need` of `anchors` for one of the
    /// `titles` (`(anchors, need)`: one anchor per title word, repeated when words share
    /// one; see [`crate::links::title_anchors`]): a superset of the documents that can
    /// mention one of the titles, found with one query per title.
    pub fn docs_with_anchors(
        &self,
        searcher: &Searcher,
        titles: &[(Vec<String>, usize)],
    ) -> Result<Vec<String>, IndexError> {
        let f = self.fields();
        let mut pages: std::collections::HashSet<DocAddress> = std::collections::HashSet::new();
        for (anchors, need) in titles {
            // Distinct anchors with how many title words each stands for; a page needs
            // the fewest distinct anchors whose counts (largest first) reach `need`.
            let mut sorted: Vec<&str> = anchors.iter().map(String::as_str).collect();
            sorted.sort_unstable();
            let counts: Vec<(&str, usize)> = (sorted.chunk_by(|a, b| a == b))
                .filter_map(|run| Some((*run.first()?, run.len())))
                .collect();
            let mut sizes: Vec<usize> = counts.iter().map(|(_, n)| *n).collect();
            sizes.sort_unstable_by(|a, b| b.cmp(a));
            let mut sum = 0;
            let Some(distinct_need) = sizes.iter().position(|n| {
                sum += n;
                sum >= *need
            }) else {
                continue;
            };
            let should: Vec<(Occur, Box<dyn Query>)> = counts
                .iter()
                .map(|(k, _)| (Occur::Should, term(f.anchors, k)))
                .collect();
            let query = BooleanQuery::new(vec![
                (Occur::Must, term(f.kind, KIND_PAGE)),
                (
                    Occur::Must,
                    Box::new(BooleanQuery::with_minimum_required_clauses(
                        should,
                        distinct_need + 1,
                    )),
                ),
            ]);
            let found = searcher
                .search(&query, &DocSetCollector)
                .map_err(|e| self.err(e))?;
            pages.extend(found);
        }
        // The documents of those pages: distinct term ordinals of the `doc` column per
        // segment first, then their text.
        let mut ids = std::collections::BTreeSet::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let docs = super::segment_docs(&pages, ord);
            ids.extend(
                self.column_strs(&self.str_column(segment, "doc")?, &docs)?
                    .into_iter()
                    .filter(|id| !id.is_empty()),
            );
        }
        Ok(ids.into_iter().collect())
    }

    /// Every link of the index, resolved, in [`Link`] order (by document, page, kind,
    /// target; all in memory: exports read them a document at a time,
    /// [`Store::export_stream`]).
    pub fn links(&self) -> Result<Vec<Link>, IndexError> {
        let searcher = self.searcher()?;
        let mut targets = StoreTargets::new(self, searcher.clone());
        let mut all = Vec::new();
        let docs = self.find(&searcher, &[(self.fields().kind, KIND_DOC)])?;
        for (id, _) in self.keyed_by_id(&searcher, docs)? {
            all.extend(targets.resolve_all(self.stored_links_of(&searcher, &id)?)?);
        }
        Ok(all)
    }
}

/// [`Targets`] answered by the index (term queries on the action documents), with a cache
/// per key. An error of the index is kept and reported by [`StoreTargets::failed`].
pub struct StoreTargets<'a> {
    store: &'a Store,
    searcher: Searcher,
    titles: HashMap<String, Vec<(String, String)>>,
    numbers: HashMap<String, Option<String>>,
    codes: HashMap<String, bool>,
    error: Option<IndexError>,
}

/// Most cached keys of each kind; the caches are emptied when full (memory stays bounded).
const CACHE_KEYS: usize = 100_000;

impl<'a> StoreTargets<'a> {
    pub fn new(store: &'a Store, searcher: Searcher) -> StoreTargets<'a> {
        StoreTargets {
            store,
            searcher,
            titles: HashMap::new(),
            numbers: HashMap::new(),
            codes: HashMap::new(),
            error: None,
        }
    }

    /// The first error met while resolving, if any.
    pub fn failed(&mut self) -> Result<(), IndexError> {
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// A document's stored links resolved ([`crate::links::resolve`]), sorted and without
    /// duplicates.
    pub fn resolve_all(&mut self, stored: Vec<Link>) -> Result<Vec<Link>, IndexError> {
        let mut links = Vec::with_capacity(stored.len());
        for l in stored {
            resolve(l, self, &mut links);
        }
        self.failed()?;
        links.sort();
        links.dedup();
        Ok(links)
    }
}

/// (document, number) of the actions that have all the given terms, sorted.
fn actions(
    store: &Store,
    searcher: &Searcher,
    terms: &[(Field, &str)],
) -> Result<Vec<(String, String)>, IndexError> {
    let f = *store.fields();
    let mut all = vec![(f.kind, KIND_ACTION)];
    all.extend_from_slice(terms);
    let mut out = Vec::new();
    for a in store.find(searcher, &all)? {
        let doc: TantivyDocument = searcher.doc(a).map_err(|e| store.err(e))?;
        let text = |field| first_text(&doc, field).to_string();
        super::writer::push_unique(&mut out, (text(f.doc), text(f.action)));
    }
    out.sort();
    Ok(out)
}

/// `cache[key]`, else what `look` finds, remembered (the cache is emptied when full); an
/// error is kept in `error` (for [`StoreTargets::failed`]) and the answer is then the default.
fn cached<V: Clone + Default>(
    cache: &mut HashMap<String, V>,
    error: &mut Option<IndexError>,
    key: &str,
    look: impl FnOnce() -> Result<V, IndexError>,
) -> V {
    if let Some(v) = cache.get(key) {
        return v.clone();
    }
    let v = look().unwrap_or_else(|e| {
        error.get_or_insert(e);
        V::default()
    });
    if cache.len() >= CACHE_KEYS {
        cache.clear();
    }
    cache.insert(key.to_string(), v.clone());
    v
}

impl Targets for StoreTargets<'_> {
    fn title_places(&mut self, key: &str) -> Vec<(String, String)> {
        let (store, searcher, f) = (self.store, &self.searcher, *self.store.fields());
        cached(&mut self.titles, &mut self.error, key, || {
            actions(store, searcher, &[(f.title_key, key)])
        })
    }

    fn only_holder(&mut self, number: &str) -> Option<String> {
        let (store, searcher, f) = (self.store, &self.searcher, *self.store.fields());
        cached(&mut self.numbers, &mut self.error, number, || {
            // Exactly one action N in the whole index (two in one document are two).
            match store.find(searcher, &[(f.kind, KIND_ACTION), (f.action, number)])?[..] {
                [one] => store.stored_text(searcher, one, f.doc).map(Some),
                _ => Ok(None),
            }
        })
    }

    fn known_code(&mut self, code: &str) -> bool {
        let (store, searcher, f) = (self.store, &self.searcher, *self.store.fields());
        cached(&mut self.codes, &mut self.error, code, || {
            Ok(!store
                .find(searcher, &[(f.kind, KIND_ACTION), (f.cites, code)])?
                .is_empty())
        })
    }
}

impl Store {
    /// The distinct stored link targets that start with `prefix` ("recommendation:", …),
    /// sorted, from the term dictionaries of the `target` field (no document is read; a
    /// target whose links were all removed may still be among them).
    pub(crate) fn targets_with_prefix(
        &self,
        searcher: &Searcher,
        prefix: &str,
    ) -> Result<std::collections::BTreeSet<String>, IndexError> {
        let mut out = std::collections::BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment
                .inverted_index(self.fields().target)
                .map_err(|e| self.err(e))?;
            let mut terms = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()
                .map_err(|e| self.err(e.into()))?;
            while terms.advance() && terms.key().starts_with(prefix.as_bytes()) {
                out.insert(String::from_utf8_lossy(terms.key()).into_owned());
            }
        }
        Ok(out)
    }
}
