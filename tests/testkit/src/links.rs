//! Links between records held in memory, for tests and benchmarks (ingest stores
//! [`own_links`] and [`TitleIndex::links`] per document and resolves them when they are
//! read; this resolves them at once, against the given records).

use std::collections::{BTreeSet, HashMap};

use kommission::links::{own_links, resolve, title_key, Targets, TitleIndex};
use kommission::model::{DocRecord, Link};

pub use kommission::query::{recommendations, RecommendationRow};

/// Every link between the given documents, resolved.
pub fn build(records: &[DocRecord]) -> Vec<Link> {
    let titles = TitleIndex::new(
        records
            .iter()
            .flat_map(|r| r.structure.actions.iter())
            .map(|a| (a.number.as_str(), a.title.as_str())),
    );
    let stored: Vec<Link> = records.iter().flat_map(own_links).collect();
    let mentioned = titles.links(records);
    let mut targets = InMemory::new(records);
    let mut out: BTreeSet<Link> = BTreeSet::new();
    let mut resolved = Vec::new();
    for l in stored.into_iter().chain(mentioned) {
        resolve(l, &mut targets, &mut resolved);
        out.extend(resolved.drain(..));
    }
    out.into_iter().collect()
}

/// [`Targets`] of records in memory.
struct InMemory {
    titles: HashMap<String, Vec<(String, String)>>,
    numbers: HashMap<String, Vec<String>>,
    codes: BTreeSet<String>,
}

impl InMemory {
    fn new(records: &[DocRecord]) -> InMemory {
        let mut t = InMemory {
            titles: HashMap::new(),
            numbers: HashMap::new(),
            codes: BTreeSet::new(),
        };
        for a in records.iter().flat_map(|r| r.structure.actions.iter()) {
            if let Some(k) = title_key(&a.number, &a.title) {
                let places = t.titles.entry(k).or_default();
                let place = (a.doc.clone(), a.number.clone());
                if !places.contains(&place) {
                    places.push(place);
                }
            }
            t.numbers
                .entry(a.number.clone())
                .or_default()
                .push(a.doc.clone());
            t.codes
                .extend(a.recommendations.iter().map(|r| r.code.to_string()));
        }
        t
    }
}

impl Targets for InMemory {
    fn title_places(&mut self, key: &str) -> Vec<(String, String)> {
        self.titles.get(key).cloned().unwrap_or_default()
    }
    fn only_holder(&mut self, number: &str) -> Option<String> {
        match self.numbers.get(number).map(Vec::as_slice) {
            Some([doc]) => Some(doc.clone()),
            _ => None,
        }
    }
    fn known_code(&mut self, code: &str) -> bool {
        self.codes.contains(code)
    }
}
