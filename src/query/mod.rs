//! The query layer: typed views of the index for the read commands: `show` (an action, a
//! recommendation, a document: [`ShowView`]; a diary number: [`DiaryView`]), the
//! `recommendations` table and the lists (`actions`, `protocols`, `docs`, `identifiers`).
//! Views and rows are plain `Serialize` structs; [`crate::export`] renders every one of them
//! (table, CSV, JSON, JSONL, text).
//!
//! A view lists the links of at most [`SHOWN_DOCUMENTS`] documents per direction unless
//! every link is asked for; `links_left_out` says how many documents and links were left
//! out. `show action N` counts the documents that mention the action from the postings and
//! the `doc` column of the link items and reads only the links it shows, however many
//! pages mention the action.
//!
//! Every view asks the index only for what it shows: term queries on the kind and key
//! fields (`action`, `cites`, `has`, `keys`, link targets) find the documents and links
//! concerned, and only their skeletons (records without page text) are read, one at a time
//! ([`Store::skeletons_having`]). Links are resolved as they are read
//! ([`crate::links::resolve`]). The functions that take records and links in memory
//! ([`show`], [`recommendations`]) give the same answers for small sets (tests).
//!
//! An index built through ingest, and an action shown from it:
//!
//! ```
//! use kommission::index::Store;
//! use kommission::ingest::{self, IngestOptions};
//! use kommission::query::{show_in, ShowView, Target};
//!
//! let dir = tempfile::tempdir()?;
//! let store = Store::open_or_create(&dir.path().join("index"))?;
//! let brochure = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/inriktning-2014.pdf");
//! let options = IngestOptions {
//!     roots: vec![brochure.into()],
//!     ..IngestOptions::default()
//! };
//! ingest::run(&store, &options)?;
//!
//! let target = Target::Action { number: "1", doc: None };
//! let ShowView::Action(view) = show_in(&store, target, None)? else {
//!     panic!("an action is shown as an action")
//! };
//! assert_eq!(view.target, "action:inriktning-2014#1");
//! assert_eq!(view.action.pages, [16]);
//! assert_eq!(view.action.measure_type.as_deref(), Some("Utredningsuppdrag"));
//! let cited = &view.action.recommendations[0];
//! assert_eq!((cited.code.as_str(), cited.page), ("1.1.1.1", Some(56)));
//!
//! // An action the brochure does not have is an error that says so.
//! let err = show_in(&store, Target::Action { number: "70", doc: None }, None).unwrap_err();
//! assert_eq!(err.to_string(), "no action 70 in the index");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use tantivy::{DocAddress, Searcher};

use crate::export::{self, View};
use crate::ident::{DiaryNumber, IdentKind, LinkKind};
use crate::index::links::StoreTargets;
use crate::index::schema::{
    doc_number, HAS_ACTIONS, HAS_IDENTIFIERS, HAS_PROTOCOLS, KIND_LINK, KIND_TITLE_LINK,
};
use crate::index::writer::push_unique;
use crate::index::{IndexError, Store};
use crate::links::{
    action_target, bare_target, diary_target, number_target, recommendation_target, resolve,
    title_key, title_target, Targets,
};
use crate::model::{Action, DocKind, DocRecord, Link, Protocol};
use crate::structure::references::overarching_label;

/// Errors of the views: the index, or what was asked for is not there.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error(transparent)]
    Show(#[from] ShowError),
    #[error("no document '{0}' in the index (see `kommission docs`)")]
    NoDoc(String),
    #[error("'{0}' is not a diary number (e.g. KS 2013/375, STK-2019-1535, Ju 96/3882)")]
    NotDiary(String),
}

/// What `show` is about.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Action {
        number: &'a str,
        doc: Option<&'a str>,
    },
    Recommendation(&'a str),
    Doc(&'a str),
}

/// Errors of `show`.
#[derive(Debug, thiserror::Error)]
pub enum ShowError {
    #[error("{0}")]
    NotFound(String),
    #[error("action {number} is in several documents ({docs}); name one with --doc")]
    Ambiguous { number: String, docs: String },
}

/// One row of `kommission recommendations`.
///
/// `texts` are the distinct quoted proposal texts, `actions` the citing actions as
/// `<doc>#<N>`, `docs` every document that cites or mentions the code. `label` describes an
/// overarching recommendation's pseudo-code (empty for codes of the commission's report).
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationRow {
    pub code: String,
    pub page: Option<u32>,
    pub texts: Vec<String>,
    pub actions: Vec<String>,
    pub docs: Vec<String>,
    pub label: Option<String>,
}

export::tabular!(
    RecommendationRow,
    row => row,
    [code, page, texts, actions, docs, label]
);

impl RecommendationRow {
    fn empty(code: &str) -> RecommendationRow {
        RecommendationRow {
            code: code.to_string(),
            page: None,
            texts: Vec::new(),
            actions: Vec::new(),
            docs: Vec::new(),
            label: overarching_label(code).map(str::to_string),
        }
    }
}

/// Order codes by their numeric parts ("2.10.1" after "2.9.1"); pseudo-codes last.
fn code_key(code: &str) -> (u8, Vec<u32>, String) {
    let parts: Option<Vec<u32>> = code.split('.').map(|p| p.parse().ok()).collect();
    match parts {
        Some(p) => (0, p, String::new()),
        None => (1, Vec::new(), code.to_string()),
    }
}

/// The rows of the `recommendations` table, built from records and links fed in order
/// (records by id, then the documents of links by id): holds the rows, never the records.
#[derive(Default)]
struct RecTable {
    rows: BTreeMap<(u8, Vec<u32>, String), RecommendationRow>,
    /// Only this code (one row), when set.
    only: Option<String>,
}

impl RecTable {
    fn row(&mut self, code: &str) -> Option<&mut RecommendationRow> {
        if self.only.as_deref().is_some_and(|c| c != code) {
            return None;
        }
        let (rank, parts, _) = code_key(code);
        Some(
            self.rows
                .entry((rank, parts, code.to_string()))
                .or_insert_with(|| RecommendationRow::empty(code)),
        )
    }

    /// The recommendations the actions of a record cite.
    fn add_record(&mut self, r: &DocRecord) {
        for a in &r.structure.actions {
            for rr in &a.recommendations {
                let Some(e) = self.row(&rr.code) else {
                    continue;
                };
                if e.page.is_none() {
                    e.page = rr.page;
                }
                if !rr.text.is_empty() {
                    push_unique(&mut e.texts, rr.text.clone());
                }
                push_unique(&mut e.actions, format!("{}#{}", a.doc, a.number));
                push_unique(&mut e.docs, a.doc.clone());
            }
        }
    }

    /// A document that links to a recommendation.
    fn add_link(&mut self, code: &str, doc: &str) {
        if let Some(e) = self.row(code) {
            push_unique(&mut e.docs, doc.to_string());
        }
    }

    fn rows(self) -> Vec<RecommendationRow> {
        self.rows.into_values().collect()
    }
}

/// The `recommendations` table: every recommendation cited by an action or mentioned (of
/// records and links in memory; [`recommendations_in`] reads the index).
pub fn recommendations(records: &[DocRecord], links: &[Link]) -> Vec<RecommendationRow> {
    let mut table = RecTable::default();
    for r in records {
        table.add_record(r);
    }
    for l in links {
        if let Some(code) = l.target.strip_prefix("recommendation:") {
            table.add_link(code, &l.doc);
        }
    }
    table.rows()
}

/// Links shown per direction (documents that point at the thing, or that it points to)
/// unless every link is asked for.
pub const SHOWN_DOCUMENTS: usize = 20;

/// Which way a link goes, seen from the thing shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// It points at the thing shown.
    In,
    /// The thing shown points at it.
    Out,
}

/// A link as a view shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkView {
    pub doc: String,
    pub page: u32,
    pub kind: LinkKind,
    pub target: String,
    pub direction: Direction,
}

impl LinkView {
    fn new(l: &Link, direction: Direction) -> LinkView {
        LinkView {
            doc: l.doc.clone(),
            page: l.page,
            kind: l.kind,
            target: l.target.clone(),
            direction,
        }
    }

    /// The other document: where an incoming link stands, what an outgoing one points at
    /// ([`pointed_at`]).
    fn other(&self) -> &str {
        match self.direction {
            Direction::In => &self.doc,
            Direction::Out => pointed_at(&self.target),
        }
    }
}

/// What a link's target points at: the document of an action or a document target, the
/// target itself otherwise.
fn pointed_at(target: &str) -> &str {
    target
        .strip_prefix("action:")
        .and_then(|a| a.rsplit_once('#').map(|(d, _)| d))
        .or_else(|| target.strip_prefix("doc:"))
        .unwrap_or(target)
}

/// How many documents (and their links) of one direction a view left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    pub direction: Direction,
    pub documents: usize,
    pub links: usize,
}

/// `show action N`: the action's fields, with its links.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionView {
    /// "action:<doc>#<N>".
    pub target: String,
    #[serde(flatten)]
    pub action: Action,
    pub links: Vec<LinkView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links_left_out: Vec<LeftOut>,
}

/// An action that cites the recommendation shown, with the texts it quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CitingAction {
    pub doc: String,
    pub number: String,
    pub title: String,
    pub pages: Vec<u32>,
    pub texts: Vec<String>,
}

/// `show recommendation CODE`: its row of the `recommendations` table with the citing
/// actions and the links.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecommendationView {
    /// "recommendation:<code>".
    pub target: String,
    pub code: String,
    pub page: Option<u32>,
    pub label: Option<String>,
    pub texts: Vec<String>,
    pub actions: Vec<CitingAction>,
    pub docs: Vec<String>,
    pub links: Vec<LinkView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links_left_out: Vec<LeftOut>,
}

/// An action of the document shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocAction {
    pub number: String,
    pub title: String,
    pub pages: Vec<u32>,
}

/// `show doc ID`: the document, its actions and protocol paragraphs, and its links.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocView {
    /// "doc:<id>".
    pub target: String,
    pub id: String,
    pub path: String,
    pub kind: Option<DocKind>,
    pub title: Option<String>,
    /// The number of pages.
    pub pages: usize,
    pub hash: String,
    pub status: String,
    pub warnings: Vec<String>,
    pub actions: Vec<DocAction>,
    pub protocols: Vec<Protocol>,
    pub links: Vec<LinkView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links_left_out: Vec<LeftOut>,
}

/// What `show` gives: the view of an action, a recommendation or a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ShowView {
    Action(ActionView),
    Recommendation(RecommendationView),
    Doc(DocView),
}

impl View for ShowView {}

impl ShowView {
    fn links_mut(&mut self) -> (&mut Vec<LinkView>, &mut Vec<LeftOut>) {
        match self {
            ShowView::Action(v) => (&mut v.links, &mut v.links_left_out),
            ShowView::Recommendation(v) => (&mut v.links, &mut v.links_left_out),
            ShowView::Doc(v) => (&mut v.links, &mut v.links_left_out),
        }
    }

    /// Keep the links of the first `limit` documents of each direction (in the order of
    /// the links) and say how many were left out.
    fn bound(&mut self, limit: Option<usize>) {
        let Some(limit) = limit else {
            return;
        };
        let (links, left_out) = self.links_mut();
        for direction in [Direction::In, Direction::Out] {
            let mut shown: Vec<String> = Vec::new();
            let mut dropped: BTreeSet<String> = BTreeSet::new();
            let mut dropped_links = 0;
            links.retain(|l| {
                if l.direction != direction {
                    return true;
                }
                let other = l.other();
                if shown.iter().any(|d| d == other) {
                    return true;
                }
                if shown.len() < limit && !dropped.contains(other) {
                    shown.push(other.to_string());
                    return true;
                }
                dropped.insert(other.to_string());
                dropped_links += 1;
                false
            });
            if dropped_links > 0 {
                left_out.push(LeftOut {
                    direction,
                    documents: dropped.len(),
                    links: dropped_links,
                });
            }
        }
    }
}

/// Everything known about a target, with its links in both directions (every link: the
/// views read from the index, [`show_in`], may list fewer).
pub fn show(
    records: &[DocRecord],
    links: &[Link],
    target: Target<'_>,
) -> Result<ShowView, ShowError> {
    Ok(match target {
        Target::Action { number, doc } => {
            ShowView::Action(show_action(records, links, number, doc)?)
        }
        Target::Recommendation(code) => {
            ShowView::Recommendation(show_recommendation(records, links, code)?)
        }
        Target::Doc(id) => ShowView::Doc(show_doc(records, links, id)?),
    })
}

fn show_action(
    records: &[DocRecord],
    links: &[Link],
    number: &str,
    doc: Option<&str>,
) -> Result<ActionView, ShowError> {
    let found: Vec<&Action> = records
        .iter()
        .filter(|r| doc.is_none_or(|d| d == r.id))
        .flat_map(|r| r.structure.actions.iter())
        .filter(|a| a.number == number)
        .collect();
    let &[a] = found.as_slice() else {
        let docs: Vec<&str> = found.iter().map(|a| a.doc.as_str()).collect();
        return Err(not_one_action(number, doc, &docs));
    };
    let target = action_target(&a.doc, &a.number);
    let mut ls: Vec<LinkView> = links
        .iter()
        .filter(|l| l.target == target)
        .map(|l| LinkView::new(l, Direction::In))
        .collect();
    let first = a.pages.first().copied();
    let mut seen = BTreeSet::new();
    for r in &a.recommendations {
        if let Some(p) = first {
            if seen.insert(r.code.clone()) {
                ls.push(LinkView {
                    doc: a.doc.clone(),
                    page: p,
                    kind: LinkKind::Cites,
                    target: recommendation_target(&r.code),
                    direction: Direction::Out,
                });
            }
        }
    }
    Ok(ActionView {
        target,
        action: a.clone(),
        links: ls,
        links_left_out: Vec::new(),
    })
}

/// Why `show action N` shows nothing: no action `number` (in document `doc`), or actions
/// `number` in several documents (`docs`).
fn not_one_action(number: &str, doc: Option<&str>, docs: &[&str]) -> ShowError {
    match (docs, doc) {
        ([], Some(d)) => ShowError::NotFound(format!("no action {number} in document '{d}'")),
        ([], None) => ShowError::NotFound(format!("no action {number} in the index")),
        _ => ShowError::Ambiguous {
            number: number.to_string(),
            docs: docs.join(", "),
        },
    }
}

fn show_recommendation(
    records: &[DocRecord],
    links: &[Link],
    code: &str,
) -> Result<RecommendationView, ShowError> {
    let mut view = RecView::new(code);
    for r in records {
        view.add_record(r);
    }
    let target = recommendation_target(view.code.as_str());
    let to: Vec<Link> = links
        .iter()
        .filter(|l| l.target == target)
        .cloned()
        .collect();
    let docs: Vec<String> = to.iter().map(|l| l.doc.clone()).collect();
    view.finish(&to, &docs)
}

/// `show recommendation CODE`, built from records fed in id order (one at a time) and the
/// links to the recommendation.
struct RecView {
    code: String,
    table: RecTable,
    actions: Vec<CitingAction>,
}

impl RecView {
    fn new(code: &str) -> RecView {
        let code = code.trim().to_string();
        RecView {
            table: RecTable {
                only: Some(code.clone()),
                ..RecTable::default()
            },
            code,
            actions: Vec::new(),
        }
    }

    fn add_record(&mut self, r: &DocRecord) {
        self.table.add_record(r);
        let code = self.code.as_str();
        for a in &r.structure.actions {
            if !a.recommendations.iter().any(|r| r.code == code) {
                continue;
            }
            self.actions.push(CitingAction {
                doc: a.doc.clone(),
                number: a.number.clone(),
                title: a.title.clone(),
                pages: a.pages.clone(),
                texts: a
                    .recommendations
                    .iter()
                    .filter(|r| r.code == code)
                    .map(|r| r.text.clone())
                    .collect(),
            });
        }
    }

    /// The view, with `links` (sorted, pointing at the recommendation; perhaps not all of
    /// them) and `docs`, every document that has a link to it.
    fn finish(mut self, links: &[Link], docs: &[String]) -> Result<RecommendationView, ShowError> {
        let code = self.code.clone();
        let target = recommendation_target(&code);
        for d in docs {
            self.table.add_link(&code, d);
        }
        let Some(row) = self.table.rows().into_iter().next() else {
            return Err(ShowError::NotFound(format!(
                "no recommendation '{code}' in the index"
            )));
        };
        Ok(RecommendationView {
            links: links
                .iter()
                .filter(|l| l.target == target)
                .map(|l| LinkView::new(l, Direction::In))
                .collect(),
            target,
            code: row.code,
            page: row.page,
            label: row.label,
            texts: row.texts,
            actions: self.actions,
            docs: row.docs,
            links_left_out: Vec::new(),
        })
    }
}

fn show_doc(records: &[DocRecord], links: &[Link], id: &str) -> Result<DocView, ShowError> {
    let Some(r) = records.iter().find(|r| r.id == id) else {
        return Err(ShowError::NotFound(format!(
            "no document '{id}' in the index"
        )));
    };
    let own_diary: BTreeSet<String> = r
        .structure
        .protocols
        .iter()
        .filter_map(|p| p.diary_number.as_ref().map(diary_target))
        .collect();
    let action_prefix = format!("action:{id}#");
    let doc_target = format!("doc:{id}");
    let mut ls: Vec<LinkView> = links
        .iter()
        .filter(|l| l.doc == id)
        .map(|l| LinkView::new(l, Direction::Out))
        .collect();
    ls.extend(
        links
            .iter()
            .filter(|l| l.doc != id)
            .filter(|l| {
                l.target == doc_target
                    || l.target.starts_with(&action_prefix)
                    || own_diary.contains(&l.target)
            })
            .map(|l| LinkView::new(l, Direction::In)),
    );
    Ok(DocView {
        target: doc_target,
        id: r.id.clone(),
        path: r.path.clone(),
        kind: r.kind,
        title: r.title.clone(),
        pages: r.pages.len(),
        hash: r.hash.clone(),
        status: r.status(),
        warnings: r.warnings.clone(),
        actions: r
            .structure
            .actions
            .iter()
            .map(|a| DocAction {
                number: a.number.clone(),
                title: a.title.clone(),
                pages: a.pages.clone(),
            })
            .collect(),
        protocols: r.structure.protocols.clone(),
        links: ls,
        links_left_out: Vec::new(),
    })
}

/// `show diary NR`: the normalised number and the pages that cite it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiaryView {
    pub diary_number: String,
    pub cited: Vec<export::IdentifierRow>,
}

impl View for DiaryView {
    fn text(&self) -> String {
        let mut out = format!(
            "Diary number {}, cited on {} page(s):\n",
            self.diary_number,
            self.cited.len()
        );
        for r in &self.cited {
            out.push_str(&format!("  {} p. {}  ({})\n", r.doc, r.page, r.written));
        }
        out
    }
}

/// The skeletons of the documents that have `what`, of one document when `doc` is given
/// ([`QueryError::NoDoc`] when it is not in the index).
fn having<'a>(
    store: &'a Store,
    what: &'a str,
    doc: Option<&'a str>,
) -> Result<crate::index::RecordStream<'a>, QueryError> {
    let f = store.fields();
    match doc {
        Some(d) => {
            if store.skeletons(&[(f.doc, d)])?.remaining() == 0 {
                return Err(QueryError::NoDoc(d.to_string()));
            }
            Ok(store.skeletons(&[(f.has, what), (f.doc, d)])?)
        }
        None => Ok(store.skeletons_having(what)?),
    }
}

/// The rows of each skeleton of `records`, one skeleton at a time: memory holds one
/// document's rows, however many documents there are.
fn rows_of<'a, T: 'a>(
    records: crate::index::RecordStream<'a>,
    mut rows: impl FnMut(DocRecord) -> Vec<T> + 'a,
) -> impl Iterator<Item = Result<T, QueryError>> + 'a {
    records.flat_map(move |r| -> Vec<Result<T, QueryError>> {
        match r {
            Ok(r) => rows(r).into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e.into())],
        }
    })
}

/// The rows of `kommission actions` (of one document when `doc` is given), by document id,
/// read as they are needed.
pub fn actions_stream<'a>(
    store: &'a Store,
    doc: Option<&'a str>,
) -> Result<impl Iterator<Item = Result<export::ActionRow<'static>, QueryError>> + 'a, QueryError> {
    Ok(rows_of(having(store, HAS_ACTIONS, doc)?, |r| {
        r.structure
            .actions
            .into_iter()
            .map(export::ActionRow::from)
            .collect()
    }))
}

/// The rows of `kommission protocols`, by document id, read as they are needed.
pub fn protocols_stream(
    store: &Store,
) -> Result<impl Iterator<Item = Result<export::ProtocolRow<'static>, QueryError>> + '_, QueryError>
{
    Ok(rows_of(having(store, HAS_PROTOCOLS, None)?, |r| {
        r.structure
            .protocols
            .into_iter()
            .map(export::ProtocolRow::from)
            .collect()
    }))
}

/// The rows of `kommission docs`, by id, read as they are needed.
pub fn docs_stream(
    store: &Store,
) -> Result<impl Iterator<Item = Result<export::DocRow, QueryError>> + '_, QueryError> {
    let mut skeletons = store.skeletons(&[])?;
    Ok(
        std::iter::from_fn(move || skeletons.next_stored()).map(|r| {
            let (r, pages) = r?;
            Ok(export::DocRow {
                pages,
                ..export::DocRow::from(&r)
            })
        }),
    )
}

/// The rows of `kommission identifiers` (of one kind, of one document), by document id,
/// read as they are needed.
pub fn identifiers_stream<'a>(
    store: &'a Store,
    kind: Option<IdentKind>,
    doc: Option<&'a str>,
) -> Result<impl Iterator<Item = Result<export::IdentifierRow, QueryError>> + 'a, QueryError> {
    Ok(rows_of(having(store, HAS_IDENTIFIERS, doc)?, move |r| {
        r.structure
            .identifiers
            .iter()
            .filter(|i| kind.is_none_or(|k| i.kind == k))
            .map(|i| export::IdentifierRow::new(&r.id, i))
            .collect()
    }))
}

/// `show diary NR`: the normalised number and the pages that cite it, in any spelling.
pub fn diary(store: &Store, number: &str) -> Result<DiaryView, QueryError> {
    let Some(wanted) = DiaryNumber::parse(number) else {
        return Err(QueryError::NotDiary(number.to_string()));
    };
    let wanted = wanted.to_string();
    let mut rows = Vec::new();
    let key = wanted.to_lowercase();
    for r in store.skeletons(&[(store.fields().keys, &key)])? {
        let r = r?;
        rows.extend(
            r.structure
                .identifiers
                .iter()
                .filter(|i| i.kind == IdentKind::Diary && i.id.eq_ignore_ascii_case(&wanted))
                .map(|i| export::IdentifierRow::new(&r.id, i)),
        );
    }
    Ok(DiaryView {
        diary_number: wanted,
        cited: rows,
    })
}

/// The links that stand in document `id`, resolved: with a `limit`, only those that point
/// at the first `limit` documents or targets (by id, [`pointed_at`]) are read; the others
/// are counted from the `target` column of the link documents ([`LeftOut`], when there are
/// any). Sorted, without duplicates.
fn links_from(
    store: &Store,
    resolver: &mut StoreTargets<'_>,
    id: &str,
    limit: Option<usize>,
) -> Result<(Vec<Link>, Option<LeftOut>), IndexError> {
    let searcher = store.searcher()?;
    let f = store.fields();
    // What each stored link points at once resolved, from its stored target key alone.
    let mut by_other: BTreeMap<String, BTreeSet<(DocAddress, String)>> = BTreeMap::new();
    for kind in [KIND_LINK, KIND_TITLE_LINK] {
        let found = store.find(&searcher, &[(f.kind, kind), (f.doc, id)])?;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let mine = crate::index::segment_docs(&found, ord);
            if mine.is_empty() {
                continue;
            }
            let targets = store.column_strs(&store.str_column(segment, "target")?, &mine)?;
            for (doc_id, key) in mine.into_iter().zip(targets) {
                let mut resolved = Vec::new();
                // The kind is not read, only where the target key leads.
                let stored = crate::links::link(id, 0, LinkKind::Cites, &key);
                resolve(stored, resolver, &mut resolved);
                for l in resolved {
                    by_other
                        .entry(pointed_at(&l.target).to_string())
                        .or_default()
                        .insert((DocAddress::new(ord as u32, doc_id), l.target));
                }
            }
        }
    }
    let shown = limit.unwrap_or(usize::MAX);
    let mut read: BTreeSet<DocAddress> = BTreeSet::new();
    let mut wanted: BTreeSet<&str> = BTreeSet::new();
    for (other, places) in by_other.iter().take(shown) {
        wanted.insert(other.as_str());
        read.extend(places.iter().map(|(a, _)| *a));
    }
    let stored = read.into_iter().map(|a| store.stored_link(&searcher, a));
    let mut out = resolver.resolve_all(stored.collect::<Result<_, _>>()?)?;
    out.retain(|l| wanted.contains(pointed_at(&l.target)));
    let left_out = (by_other.len() > shown).then(|| LeftOut {
        direction: Direction::Out,
        documents: by_other.len() - shown,
        links: by_other.values().skip(shown).map(BTreeSet::len).sum(),
    });
    Ok((out, left_out))
}

/// Links of one document: the index of each one's key and its address.
type Places = Vec<(usize, DocAddress)>;
/// The places of the links of each document by number, and the ids read, with their numbers.
type PlacesByNumber = (HashMap<u64, Places>, BTreeMap<String, u64>);

/// The stored links whose target (or key) is one of `keys`, by the document they stand in
/// ([`doc_number`]: the index of each one's key and its address), and the ids of the first
/// `named` of those documents by id (`usize::MAX`: every one), each with its number. From the
/// postings and the link items' `doc_number` and `doc` columns, no stored field: the ords of
/// a segment's `doc` column are sorted like the ids, so only a segment's first `named` ids
/// are read from its dictionary, and the first `named` of the whole index are among them.
fn link_places(
    store: &Store,
    searcher: &Searcher,
    keys: &[(String, String)],
    named: usize,
) -> Result<PlacesByNumber, IndexError> {
    let segments = searcher.segment_readers();
    let mut by_segment: Vec<Vec<(u32, usize)>> = vec![Vec::new(); segments.len()];
    for (i, (key, _)) in keys.iter().enumerate() {
        for a in store.find(searcher, &[(store.fields().target, key)])? {
            if let Some(places) = by_segment.get_mut(a.segment_ord as usize) {
                places.push((a.doc_id, i));
            }
        }
    }
    let (mut by_number, mut names) = (HashMap::<u64, Places>::new(), BTreeMap::new());
    for (ord, (segment, places)) in segments.iter().zip(by_segment).enumerate() {
        let numbers = segment.fast_fields().u64("doc_number");
        let (numbers, ids) = (
            numbers.map_err(|e| store.err(e))?,
            store.str_column(segment, "doc")?,
        );
        // (ord of the id, number) of each document, the first `named` kept.
        let mut first: Vec<(u64, u64)> = Vec::new();
        for (doc_id, i) in places {
            let number = numbers.first(doc_id).unwrap_or_default();
            let place = (i, DocAddress::new(ord as u32, doc_id));
            by_number.entry(number).or_default().push(place);
            first.extend(ids.term_ords(doc_id).next().map(|o| (o, number)));
        }
        first.sort_unstable();
        first.dedup();
        first.truncate(named);
        let ords: Vec<u64> = first.iter().map(|(o, _)| *o).collect();
        let mut numbers = first.into_iter().map(|(_, n)| n);
        (ids.dictionary())
            .sorted_ords_to_term_cb(&ords, |bytes| {
                let id = String::from_utf8_lossy(bytes).into_owned();
                names.extend(numbers.next().map(|n| (id, n)));
            })
            .map_err(|e| store.err(e.into()))?;
    }
    Ok((by_number, names))
}

/// Links read for a view, documents that have one (by id), and what was left out.
type Linked = (Vec<Link>, Vec<String>, Option<LeftOut>);

/// The stored links to each key of `keys`, each given the concrete target it stands for
/// there: `(key, target)` pairs whose key is known to resolve to that target (a title key
/// of the action, a number whose only holder is the document, a known bare code). One link
/// out per stored link, however many other places the key also resolves to (copies of a
/// plan): linear in the mentions. Links standing in `except` are left out. With a `limit`,
/// only the links of `first` and of the first documents by id, `limit` documents in all,
/// are read: the others are counted by their numbers ([`LeftOut`], when there are any).
/// Sorted, without duplicates; with the documents that have one of the links (by id: every
/// one when `every_id`, else at least the first `limit`).
fn links_to_target(
    store: &Store,
    keys: &[(String, String)],
    (except, first): (Option<&str>, Option<&str>),
    limit: Option<usize>,
    every_id: bool,
) -> Result<Linked, IndexError> {
    let searcher = store.searcher()?;
    let shown = limit.unwrap_or(usize::MAX);
    // The first ids: `except` and `first` may be among them.
    let named = if every_id {
        usize::MAX
    } else {
        shown.saturating_add(2)
    };
    let (mut by_number, names) = link_places(store, &searcher, keys, named)?;
    let mut take = |d: Option<&str>| d.and_then(|d| by_number.remove(&doc_number(d)));
    take(except);
    let own = take(first);
    let others = shown.saturating_sub(usize::from(own.is_some()));
    let listed: Vec<Places> = (names.values())
        .filter_map(|n| by_number.remove(n))
        .take(others)
        .collect();
    let mut out = Vec::new();
    for (i, address) in own.iter().chain(&listed).flatten() {
        let mut l = store.stored_link(&searcher, *address)?;
        l.target.clone_from(&keys[*i].1);
        out.push(l);
    }
    out.sort();
    out.dedup();
    let left_out = (!by_number.is_empty()).then(|| LeftOut {
        direction: Direction::In,
        documents: by_number.len(),
        links: by_number.values().map(Vec::len).sum(),
    });
    let docs = names.into_keys().filter(|d| Some(d.as_str()) != except);
    Ok((out, docs.collect(), left_out))
}

/// The stored keys that stand for action `number` of document `doc` titled `title`, each
/// with that action's target: the target itself, its title key, and its number when `doc`
/// is the only document with an action `number` (otherwise "åtgärd N" points at none of
/// them, and its links are not read at all).
fn action_keys(
    resolver: &mut StoreTargets<'_>,
    doc: &str,
    number: &str,
    title: &str,
) -> Result<Vec<(String, String)>, IndexError> {
    let target = action_target(doc, number);
    let mut keys = vec![(target.clone(), target.clone())];
    if let Some(k) = title_key(number, title) {
        keys.push((title_target(&k), target.clone()));
    }
    let only = resolver.only_holder(number);
    resolver.failed()?;
    if only.as_deref() == Some(doc) {
        keys.push((number_target(number), target));
    }
    Ok(keys)
}

/// `show` read from the index: see [`show`] for the view. With a `limit`, the links of at
/// most that many documents per direction are listed (see [`SHOWN_DOCUMENTS`]);
/// `show action N` and the incoming links of `show doc` read only those.
pub fn show_in(
    store: &Store,
    target: Target<'_>,
    limit: Option<usize>,
) -> Result<ShowView, QueryError> {
    let f = *store.fields();
    let (mut view, left_out) = match target {
        Target::Action { number, doc } => {
            let searcher = store.searcher()?;
            let mut terms = vec![
                (f.kind, crate::index::schema::KIND_ACTION),
                (f.action, number),
            ];
            if let Some(d) = doc {
                terms.push((f.doc, d));
            }
            let found = store.find(&searcher, &terms)?;
            let mut docs: Vec<String> = Vec::new();
            for a in found {
                docs.push(store.stored_text(&searcher, a, f.doc)?);
            }
            docs.sort();
            if docs.len() != 1 {
                // Not there, or several: say which (without reading them).
                let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
                return Err(not_one_action(number, doc, &docs).into());
            }
            let records: Vec<DocRecord> = store
                .skeletons(&[(f.doc, docs[0].as_str())])?
                .collect::<Result<_, _>>()?;
            let mut resolver = StoreTargets::new(store, searcher.clone());
            let mut keys = Vec::new();
            for a in records.iter().flat_map(|r| r.structure.actions.iter()) {
                if a.number == number {
                    keys.extend(action_keys(&mut resolver, &a.doc, &a.number, &a.title)?);
                }
            }
            // The action's own document (its ToC entry, its pages) is always listed.
            let (links, _, left_out) =
                links_to_target(store, &keys, (None, Some(docs[0].as_str())), limit, false)?;
            (show(&records, &links, target)?, left_out)
        }
        Target::Recommendation(code) => {
            let code = code.trim();
            let mut view = RecView::new(code);
            let searcher = store.searcher()?;
            let mut docs = BTreeSet::new();
            for a in store.find(
                &searcher,
                &[(f.kind, crate::index::schema::KIND_ACTION), (f.cites, code)],
            )? {
                docs.insert(store.stored_text(&searcher, a, f.doc)?);
            }
            for d in &docs {
                for r in store.skeletons(&[(f.doc, d.as_str())])? {
                    view.add_record(&r?);
                }
            }
            // Links to the code, and bare mentions of it when an action cites it: only the
            // links of the documents shown are read.
            let target = recommendation_target(code);
            let mut keys = vec![(target.clone(), target.clone())];
            let mut resolver = StoreTargets::new(store, searcher);
            if resolver.known_code(code) {
                keys.push((bare_target(code), target));
            }
            resolver.failed()?;
            let (links, docs, left_out) = links_to_target(store, &keys, (None, None), limit, true)?;
            (
                ShowView::Recommendation(view.finish(&links, &docs)?),
                left_out,
            )
        }
        Target::Doc(id) => {
            let mut skeletons = store.skeletons(&[(f.doc, id)])?;
            let (records, pages): (Vec<DocRecord>, Vec<usize>) =
                std::iter::from_fn(|| skeletons.next_stored())
                    .collect::<Result<Vec<_>, _>>()?
                    .into_iter()
                    .unzip();
            let Some(r) = records.first() else {
                return Ok(show(&[], &[], target)?);
            };
            let mut resolver = StoreTargets::new(store, store.searcher()?);
            let mut keys = Vec::new();
            for a in &r.structure.actions {
                keys.extend(action_keys(&mut resolver, &a.doc, &a.number, &a.title)?);
            }
            for p in &r.structure.protocols {
                if let Some(n) = &p.diary_number {
                    keys.push((diary_target(n), diary_target(n)));
                }
            }
            keys.push((format!("doc:{id}"), format!("doc:{id}")));
            let (mut links, left_out_from) = links_from(store, &mut resolver, id, limit)?;
            resolver.failed()?;
            let (incoming, _, left_out) =
                links_to_target(store, &keys, (Some(id), None), limit, false)?;
            links.extend(incoming);
            links.sort();
            links.dedup();
            let mut view = show(&records, &links, target)?;
            // A document stored in parts: its page count, not its pages.
            if let (ShowView::Doc(v), Some(&n)) = (&mut view, pages.first()) {
                v.pages = n;
            }
            if let Some(l) = left_out_from {
                view.links_mut().1.push(l);
            }
            (view, left_out)
        }
    };
    view.bound(limit);
    if let Some(l) = left_out {
        view.links_mut().1.insert(0, l);
    }
    Ok(view)
}

/// The `recommendations` table read from the index, a row at a time in code order: the
/// actions of the documents that have actions (their skeletons, one at a time), then for
/// each code the documents of the links to it (a bare code's too when an action cites it),
/// from the postings and the `doc` column of the link items. The codes come from the actions
/// and the term dictionary of the link targets: memory holds the cited rows and one row's
/// documents, never every (code, document) pair.
pub fn recommendations_in(
    store: &Store,
) -> Result<impl Iterator<Item = Result<RecommendationRow, QueryError>> + '_, QueryError> {
    let mut table = RecTable::default();
    for r in store.skeletons_having(HAS_ACTIONS)? {
        table.add_record(&r?);
    }
    let searcher = store.searcher()?;
    let mut codes: BTreeSet<(u8, Vec<u32>, String)> = table.rows.keys().cloned().collect();
    for target in store.targets_with_prefix(&searcher, "recommendation:")? {
        let code = target.trim_start_matches("recommendation:");
        let (rank, parts, _) = code_key(code);
        codes.insert((rank, parts, code.to_string()));
    }
    let mut row_of = move |key: (u8, Vec<u32>, String)| -> Result<_, QueryError> {
        let cited = table.rows.remove(&key);
        let code = key.2.as_str();
        let mut keys = vec![(recommendation_target(code), String::new())];
        keys.extend(cited.is_some().then(|| (bare_target(code), String::new())));
        let linked: BTreeSet<String> = link_places(store, &searcher, &keys, usize::MAX)?
            .1
            .into_keys()
            .collect();
        let mut row = match cited {
            None if linked.is_empty() => return Ok(None),
            other => other.unwrap_or_else(|| RecommendationRow::empty(code)),
        };
        let own: BTreeSet<String> = row.docs.iter().cloned().collect();
        row.docs
            .extend(linked.into_iter().filter(|d| !own.contains(d)));
        Ok(Some(row))
    };
    Ok(codes
        .into_iter()
        .filter_map(move |key| row_of(key).transpose()))
}
