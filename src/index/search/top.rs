//! The top hits of one kind (pages, or actions) without visiting every match.
//!
//! A word's query is a sum over fields and forms: each a term, weighed by its field's boost
//! (the title field by the kind of hit: [`OnlyKind`]). Seen from one kind of hit, such a query
//! is a flat union of weighed terms ([`flatten`]), and tantivy's top-k over a flat union of
//! terms is block-max WAND: it skips every block of postings whose best possible score
//! cannot reach the k-th score found so far. [`TopHits`] feeds that pruning: it keeps the k
//! best hits of its kind, ties in score ordered by the fixed `rank` of each hit (so that the
//! same files give the same hits in the same order after every ingest), and it lets through
//! the scores equal to the k-th, so that a tie at the edge is decided by rank, not by where
//! ingest put a page. Queries that are no flat union (phrases, several required words) are
//! collected by the same collector, which then sees each match once but reads the kind and
//! rank columns only of those that can enter the top k (no per-match re-scoring, no count).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::fastfield::AliveBitSet;
use tantivy::query::{
    Bm25Weight, BooleanQuery, BoostWeight, EnableScoring, Occur, Query, Scorer, TermQuery, Weight,
};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, Term, TERMINATED};

use crate::index::schema::{HIT_KIND_FIELD, RANK_FIELD};

/// A query weighed by a factor (tantivy's `BoostQuery`, whose parts [`flatten`] can see).
#[derive(Debug)]
pub(super) struct Weighted {
    pub(super) query: Box<dyn Query>,
    pub(super) boost: Score,
}

impl Clone for Weighted {
    fn clone(&self) -> Self {
        Weighted {
            query: self.query.box_clone(),
            boost: self.boost,
        }
    }
}

impl Query for Weighted {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let inner = self.query.weight(scoring)?;
        Ok(if scoring.is_scoring_enabled() {
            Box::new(BoostWeight::new(inner, self.boost))
        } else {
            inner
        })
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.query.query_terms(visitor)
    }
}

/// A query that counts only for hits of one kind (`kind` is the value of the `kind` field):
/// the query and a filter on the kind that adds nothing to the score.
#[derive(Debug)]
pub(super) struct OnlyKind {
    pub(super) kind: &'static str,
    pub(super) query: Box<dyn Query>,
    /// The query with its filter, as it runs when the kind of the hits is not known.
    pub(super) filtered: Box<dyn Query>,
}

impl Clone for OnlyKind {
    fn clone(&self) -> Self {
        OnlyKind {
            kind: self.kind,
            query: self.query.box_clone(),
            filtered: self.filtered.box_clone(),
        }
    }
}

impl Query for OnlyKind {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        self.filtered.weight(scoring)
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.filtered.query_terms(visitor)
    }
}

/// The query as a flat union of weighed terms, as it scores hits of kind `kind`: the same
/// hits (of that kind) with the same scores, each term weighed by the product of the boosts
/// above it (multiplied from the outside in, as tantivy does). `None` when the query is not
/// a union of terms (a phrase, a required clause, a minimum number of clauses).
pub(super) fn flatten(q: &dyn Query, kind: &str) -> Option<Box<dyn Query>> {
    let mut terms: Vec<(Box<dyn Query>, Score)> = Vec::new();
    if !flat_terms(q, kind, 1.0, &mut terms) || terms.is_empty() {
        return None;
    }
    let clauses = terms
        .into_iter()
        .map(|(t, b)| -> (Occur, Box<dyn Query>) {
            let q: Box<dyn Query> = if (b - 1.0).abs() < Score::EPSILON {
                t
            } else {
                Box::new(Weighted { query: t, boost: b })
            };
            (Occur::Should, q)
        })
        .collect();
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// How a query runs for hits of one kind: its scoring part (a flat union of terms where it
/// can be made one, see [`flatten`]) and the required term clauses beside it (`kind:`,
/// `doc:` and other filters), which [`TopHits`] checks for each candidate hit by moving their
/// postings forward, adding their scores.
pub(super) struct Plan {
    pub(super) query: Box<dyn Query>,
    pub(super) filters: Vec<Box<dyn Query>>,
}

/// The [`Plan`] of a query for hits of kind `kind`: the same hits with the same scores.
pub(super) fn plan(q: &dyn Query, kind: &str) -> Plan {
    if let Some(query) = flatten(q, kind) {
        return Plan {
            query,
            filters: Vec::new(),
        };
    }
    if let Some(b) = q.downcast_ref::<BooleanQuery>() {
        let clauses = b.clauses();
        if clauses.iter().all(|(occur, _)| *occur == Occur::Must) {
            let (terms, rest): (Vec<&dyn Query>, Vec<&dyn Query>) = clauses
                .iter()
                .map(|(_, c)| c.as_ref())
                .partition(|c| c.downcast_ref::<TermQuery>().is_some());
            if let ([scoring], false) = (rest.as_slice(), terms.is_empty()) {
                if let Some(query) = flatten(*scoring, kind) {
                    return Plan {
                        query,
                        filters: terms.into_iter().map(|t| t.box_clone()).collect(),
                    };
                }
            }
        }
    }
    Plan {
        query: q.box_clone(),
        filters: Vec::new(),
    }
}

fn flat_terms(
    q: &dyn Query,
    kind: &str,
    boost: Score,
    out: &mut Vec<(Box<dyn Query>, Score)>,
) -> bool {
    if q.downcast_ref::<TermQuery>().is_some() {
        out.push((q.box_clone(), boost));
        return true;
    }
    if let Some(w) = q.downcast_ref::<Weighted>() {
        return flat_terms(w.query.as_ref(), kind, boost * w.boost, out);
    }
    if let Some(o) = q.downcast_ref::<OnlyKind>() {
        // For hits of another kind the clause matches nothing.
        return o.kind != kind || flat_terms(o.query.as_ref(), kind, boost, out);
    }
    if let Some(b) = q.downcast_ref::<BooleanQuery>() {
        return b.get_minimum_number_should_match() <= 1
            && b.clauses().iter().all(|(occur, c)| {
                *occur == Occur::Should && flat_terms(c.as_ref(), kind, boost, out)
            });
    }
    false
}

/// The score a term query on `field` = `value` gives each document that has it, when every
/// such document has the same one-token value (the `kind` field): what the kind filter of a
/// query adds to each hit's score.
pub(super) fn constant_score(searcher: &Searcher, q: &dyn Query) -> tantivy::Result<Score> {
    let weight = q.weight(EnableScoring::enabled_from_searcher(searcher))?;
    for segment in searcher.segment_readers() {
        let mut scorer = weight.scorer(segment, 1.0)?;
        if scorer.doc() != TERMINATED {
            return Ok(scorer.score());
        }
    }
    Ok(0.0)
}

/// A collected hit: score, fixed rank, address.
pub(super) type Ranked = (Score, u64, DocAddress);

/// Better first: higher score, then lower rank, then lower address.
pub(super) fn better(a: &Ranked, b: &Ranked) -> Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
}

/// One entry of a segment's heap, ordered so that the worst hit is the greatest.
#[derive(Clone, Copy)]
struct Entry {
    score: Score,
    rank: u64,
    doc: DocId,
}

impl Entry {
    fn worse_than(&self, other: &Entry) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.rank.cmp(&other.rank))
            .then(self.doc.cmp(&other.doc))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.worse_than(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.worse_than(other)
    }
}

/// The `k` best hits of one kind ([`crate::index::schema::HIT_PAGE`] or `HIT_ACTION` in the
/// `hit_kind` column) that match every filter, by score (the query's and the filters'),
/// ties by rank.
pub(super) struct TopHits {
    pub(super) k: usize,
    pub(super) kind: u64,
    /// The weights of a [`Plan`]'s filters.
    pub(super) filters: Vec<Box<dyn Weight>>,
    /// The most the filters can add to a hit's score ([`most_added`]).
    pub(super) most_added: Score,
}

/// The most that term queries can add to a score: the sum of their BM25 maxima.
pub(super) fn most_added(
    searcher: &Searcher,
    filters: &[Box<dyn Query>],
) -> tantivy::Result<Score> {
    let mut sum = 0.0;
    for f in filters {
        let Some(t) = f.downcast_ref::<TermQuery>() else {
            return Ok(Score::INFINITY);
        };
        sum += Bm25Weight::for_terms(searcher, std::slice::from_ref(t.term()))?.max_score();
    }
    Ok(sum)
}

/// The per-segment part of [`TopHits`].
pub(super) struct TopHitsSegment {
    k: usize,
    kind: u64,
    segment: u32,
    kinds: Option<Column<u64>>,
    ranks: Option<Column<u64>>,
    alive: Option<AliveBitSet>,
    filters: Vec<Box<dyn Scorer>>,
    /// The most the filters can add to a hit's score (infinite when not known).
    most_added: Score,
    heap: BinaryHeap<Entry>,
}

impl TopHitsSegment {
    /// Offer a hit with the query's score; the score at or below which later hits need not
    /// be offered.
    fn offer(&mut self, doc: DocId, mut score: Score) -> Score {
        let wanted = self
            .kinds
            .as_ref()
            .and_then(|k| k.first(doc))
            .is_some_and(|k| k == self.kind);
        let alive = self.alive.as_ref().is_none_or(|a| a.is_alive(doc));
        if !(wanted && alive && self.k > 0) {
            return self.threshold();
        }
        for f in &mut self.filters {
            // Hits come in document order: each filter's postings only move forward.
            if f.doc() < doc {
                f.seek(doc);
            }
            if f.doc() != doc {
                return self.threshold();
            }
            score += f.score();
        }
        let rank = self.ranks.as_ref().and_then(|r| r.first(doc)).unwrap_or(0);
        let entry = Entry { score, rank, doc };
        if self.heap.len() < self.k {
            self.heap.push(entry);
        } else if self.heap.peek().is_some_and(|worst| entry < *worst) {
            self.heap.pop();
            self.heap.push(entry);
        }
        self.threshold()
    }

    /// Query scores at or below this cannot enter the top k. A score equal to the k-th can
    /// (its rank decides), so the threshold is the next float below the k-th score; with
    /// filters, less what they can add, and a little less for the rounding of that sum.
    fn threshold(&self) -> Score {
        match self.heap.peek() {
            Some(worst) if self.heap.len() >= self.k => {
                if self.filters.is_empty() {
                    worst.score.next_down()
                } else {
                    let t = worst.score - self.most_added;
                    t - t.abs() * 1e-5 - Score::EPSILON
                }
            }
            _ => Score::MIN,
        }
    }
}

impl SegmentCollector for TopHitsSegment {
    type Fruit = Vec<Ranked>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.offer(doc, score);
    }

    fn harvest(self) -> Vec<Ranked> {
        let segment = self.segment;
        let mut out: Vec<Ranked> = self
            .heap
            .into_iter()
            .map(|e| (e.score, e.rank, DocAddress::new(segment, e.doc)))
            .collect();
        out.sort_by(better);
        out
    }
}

impl Collector for TopHits {
    type Fruit = Vec<Ranked>;
    type Child = TopHitsSegment;

    fn for_segment(&self, segment: u32, reader: &SegmentReader) -> tantivy::Result<TopHitsSegment> {
        let fast = reader.fast_fields();
        let filters = self
            .filters
            .iter()
            .map(|w| w.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(TopHitsSegment {
            k: self.k,
            kind: self.kind,
            segment,
            kinds: fast.u64(HIT_KIND_FIELD).ok(),
            ranks: fast.u64(RANK_FIELD).ok(),
            alive: reader.alive_bitset().cloned(),
            filters,
            most_added: self.most_added,
            heap: BinaryHeap::with_capacity(self.k.min(1 << 16) + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Ranked>>) -> tantivy::Result<Vec<Ranked>> {
        let mut all: Vec<Ranked> = fruits.into_iter().flatten().collect();
        all.sort_by(better);
        all.truncate(self.k);
        Ok(all)
    }

    /// The matches through `for_each_pruning`: block-max WAND where the query allows it.
    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<Ranked>> {
        let mut child = self.for_segment(segment, reader)?;
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            child.offer(doc, score)
        })?;
        Ok(child.harvest())
    }
}
