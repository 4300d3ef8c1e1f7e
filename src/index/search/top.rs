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
//! ingest put a page. A flat union of weighed terms and phrases (a quoted phrase over the
//! fields, a compound's parts side by side) is collected by [`Bounded`]: every page with all
//! of a leaf's words is a candidate, bounded by the BM25 of its rarest word's count, and only
//! candidates whose bound can enter the top k have their positions read. Other queries
//! (several required words) are collected by the same collector, which then sees each match
//! once but reads the kind and rank columns only of those that can enter the top k (no
//! per-match re-scoring, no count).

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::fastfield::AliveBitSet;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    AutomatonWeight, Bm25Weight, BooleanQuery, BoostWeight, EnableScoring, Occur, PhraseQuery,
    Query, RegexPhraseQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    DocAddress, DocId, DocSet, Score, Searcher, SeekDangerResult, SegmentReader, Term, TERMINATED,
};

use crate::index::schema::{HIT_KIND_FIELD, RANK_FIELD};

/// A boxed query that can be cloned (through tantivy's `box_clone`).
#[derive(Debug)]
pub(super) struct Boxed(pub(super) Box<dyn Query>);

impl Clone for Boxed {
    fn clone(&self) -> Self {
        Boxed(self.0.box_clone())
    }
}

impl std::ops::Deref for Boxed {
    type Target = dyn Query;
    fn deref(&self) -> &dyn Query {
        self.0.as_ref()
    }
}

/// A query weighed by a factor (tantivy's `BoostQuery`, whose parts [`flatten`] can see).
#[derive(Debug, Clone)]
pub(super) struct Weighted {
    pub(super) query: Boxed,
    pub(super) boost: Score,
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

/// A query weighed by `b` ([`Weighted`] unless `b` is 1).
pub(super) fn boost(q: Box<dyn Query>, b: Score) -> Box<dyn Query> {
    if (b - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(Weighted {
            query: Boxed(q),
            boost: b,
        })
    }
}

/// A query that counts only for hits of one kind (`kind` is the value of the `kind` field):
/// the query and a filter on the kind that adds nothing to the score.
#[derive(Debug, Clone)]
pub(super) struct OnlyKind {
    pub(super) kind: &'static str,
    pub(super) query: Boxed,
    /// The query with its filter, as it runs when the kind of the hits is not known.
    pub(super) filtered: Boxed,
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
    if !flat_terms(q, kind, 1.0, false, &mut terms) || terms.is_empty() {
        return None;
    }
    let clauses = terms.into_iter().map(|(t, b)| (Occur::Should, boost(t, b)));
    Some(Box::new(BooleanQuery::new(clauses.collect())))
}

/// How a query runs for hits of one kind: its scoring part (a flat union of terms where it
/// can be made one, see [`flatten`]) and the required term clauses beside it (`kind:`,
/// `doc:` and other filters), which [`TopHits`] checks for each candidate hit by moving their
/// postings forward, adding their scores.
pub(super) struct Plan {
    pub(super) query: Box<dyn Query>,
    pub(super) filters: Vec<Box<dyn Query>>,
    /// When the scoring part is no flat union of terms but a flat union of weighed terms
    /// and phrases: those, each with its weight (see [`Bounded`]).
    pub(super) leaves: Option<Vec<(Box<dyn Query>, Score)>>,
    /// When the query is required clauses with optional ones beside them that are a flat
    /// union of weighed terms and phrases (several words, each required, and the bonus of
    /// their pairs near each other): `query` is the required part alone, and these are the
    /// optional leaves, which only add to a hit's score ([`TopHits::collect_optional`]).
    pub(super) optional: Option<Vec<(Box<dyn Query>, Score)>>,
}

impl Plan {
    /// The query as it is, nothing beside it.
    fn of(query: Box<dyn Query>) -> Plan {
        Plan {
            query,
            filters: Vec::new(),
            leaves: None,
            optional: None,
        }
    }
}

/// The [`Plan`] of a query for hits of kind `kind`: the same hits with the same scores.
pub(super) fn plan(q: &dyn Query, kind: &str) -> Plan {
    let b = q.downcast_ref::<BooleanQuery>();
    if let Some(b) = b.filter(|b| b.clauses().iter().all(|(o, _)| *o == Occur::Must)) {
        let (terms, rest): (Vec<&dyn Query>, Vec<&dyn Query>) = b
            .clauses()
            .iter()
            .map(|(_, c)| c.as_ref())
            .partition(|c| c.downcast_ref::<TermQuery>().is_some());
        if let ([scoring], false) = (rest.as_slice(), terms.is_empty()) {
            let filters = terms.iter().map(|t| t.box_clone()).collect();
            if let Some(plan) = scoring_part(*scoring, kind, filters) {
                return plan;
            }
        }
    }
    b.and_then(|b| required_and_optional(b, kind))
        .or_else(|| scoring_part(q, kind, Vec::new()))
        .unwrap_or_else(|| Plan::of(q.box_clone()))
}

/// The [`Plan`] of `q` as the scoring part beside `filters`: a flat union of terms, or a
/// flat union of terms and phrases with its leaves; `None` when it is neither.
fn scoring_part(q: &dyn Query, kind: &str, filters: Vec<Box<dyn Query>>) -> Option<Plan> {
    if let Some(query) = flatten(q, kind) {
        return Some(Plan {
            filters,
            ..Plan::of(query)
        });
    }
    // A flat union of weighed terms and phrases (as `flatten`, phrases allowed).
    let mut leaves = Vec::new();
    (flat_terms(q, kind, 1.0, true, &mut leaves) && !leaves.is_empty()).then(|| Plan {
        filters,
        leaves: Some(leaves),
        ..Plan::of(q.box_clone())
    })
}

/// The [`Plan`] of a boolean query with required clauses and optional ones that are a flat
/// union of weighed terms and phrases (as they score hits of kind `kind`): the optional
/// clauses never decide whether a document matches, only add to its score.
fn required_and_optional(b: &BooleanQuery, kind: &str) -> Option<Plan> {
    let clauses = b.clauses();
    let has = |o: Occur| clauses.iter().any(|(occur, _)| *occur == o);
    if b.get_minimum_number_should_match() > 0 || !has(Occur::Must) || !has(Occur::Should) {
        return None;
    }
    let mut optional = Vec::new();
    let mut required = Vec::new();
    for (occur, c) in clauses {
        if *occur == Occur::Should {
            if !flat_terms(c.as_ref(), kind, 1.0, true, &mut optional) {
                return None;
            }
        } else {
            required.push((*occur, c.box_clone()));
        }
    }
    Some(Plan {
        optional: Some(optional),
        ..Plan::of(Box::new(BooleanQuery::new(required)))
    })
}

/// The leaves of a flat union (terms; phrases too when `phrases`) with their weights.
fn flat_terms(
    q: &dyn Query,
    kind: &str,
    boost: Score,
    phrases: bool,
    out: &mut Vec<(Box<dyn Query>, Score)>,
) -> bool {
    let phrase = || {
        q.downcast_ref::<PhraseQuery>().is_some() || q.downcast_ref::<RegexPhraseQuery>().is_some()
    };
    if q.downcast_ref::<TermQuery>().is_some() || (phrases && phrase()) {
        out.push((q.box_clone(), boost));
        return true;
    }
    if let Some(w) = q.downcast_ref::<Weighted>() {
        return flat_terms(&*w.query, kind, boost * w.boost, phrases, out);
    }
    if let Some(o) = q.downcast_ref::<OnlyKind>() {
        // For hits of another kind the clause matches nothing.
        return o.kind != kind || flat_terms(&*o.query, kind, boost, phrases, out);
    }
    if let Some(b) = q.downcast_ref::<BooleanQuery>() {
        return b.get_minimum_number_should_match() <= 1
            && b.clauses().iter().all(|(occur, c)| {
                *occur == Occur::Should && flat_terms(c.as_ref(), kind, boost, phrases, out)
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

/// A score less `less`, and a little less again for the rounding of that sum: scores at or
/// below it cannot reach `score` by adding at most `less`.
fn below(score: Score, less: Score) -> Score {
    let t = score - less;
    t - t.abs() * 1e-5 - Score::EPSILON
}

/// One entry of a segment's heap, ordered so that the worst hit is the greatest.
#[derive(Clone, Copy)]
struct Entry(Ranked);

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
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
        better(&self.0, &other.0)
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
    /// The query's terms and phrases, when it is a flat union of them ([`Plan::leaves`]):
    /// then only the matches whose bound can enter the top k are scored ([`Bounded`]).
    pub(super) bounded: Option<Vec<Bounded>>,
    /// A [`Plan`]'s optional leaves beside its required query ([`Plan::optional`]).
    pub(super) optional: Option<Vec<Bounded>>,
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
    /// Whether a document may be a hit of this collector at all: of its kind, not deleted,
    /// and a top k that is not empty.
    fn admits(&self, doc: DocId) -> bool {
        let wanted = self
            .kinds
            .as_ref()
            .and_then(|k| k.first(doc))
            .is_some_and(|k| k == self.kind);
        let alive = self.alive.as_ref().is_none_or(|a| a.is_alive(doc));
        wanted && alive && self.k > 0
    }

    /// A document's entry with a score, its rank and its address.
    fn entry(&self, doc: DocId, score: Score) -> Entry {
        let rank = self.ranks.as_ref().and_then(|r| r.first(doc)).unwrap_or(0);
        Entry((score, rank, DocAddress::new(self.segment, doc)))
    }

    /// Offer a hit with the query's score; the score at or below which later hits need not
    /// be offered.
    fn offer(&mut self, doc: DocId, mut score: Score) -> Score {
        if !self.admits(doc) {
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
        let entry = self.entry(doc, score);
        if self.heap.len() < self.k {
            self.heap.push(entry);
        } else if self.heap.peek().is_some_and(|worst| entry < *worst) {
            self.heap.pop();
            self.heap.push(entry);
        }
        self.threshold()
    }

    /// Whether a document whose query score is at most `bound` can enter the top k (its
    /// kind, whether it is deleted, and its rank are checked too).
    fn may_enter(&self, doc: DocId, bound: Score) -> bool {
        // The bound first: it needs no column read (most candidates of a phrase stop here).
        let full = self.heap.len() >= self.k;
        if (full && bound <= self.threshold()) || !self.admits(doc) {
            return false;
        }
        if !full || !self.filters.is_empty() {
            return true;
        }
        // Without filters the bound is the most the hit can score: at the k-th score, its
        // rank decides.
        let entry = self.entry(doc, bound);
        self.heap.peek().is_some_and(|worst| entry < *worst)
    }

    /// Query scores at or below this cannot enter the top k. A score equal to the k-th can
    /// (its rank decides), so the threshold is the next float below the k-th score; with
    /// filters, less what they can add, and a little less for the rounding of that sum.
    fn threshold(&self) -> Score {
        match self.heap.peek() {
            Some(&Entry((worst, _, _))) if self.heap.len() >= self.k => {
                if self.filters.is_empty() {
                    worst.next_down()
                } else {
                    below(worst, self.most_added)
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
        let mut out: Vec<Ranked> = self.heap.into_iter().map(|e| e.0).collect();
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
        if let Some(leaves) = &self.bounded {
            return self.collect_bounded(leaves, segment, reader);
        }
        if let Some(leaves) = &self.optional {
            return self.collect_optional(weight, leaves, segment, reader);
        }
        let mut child = self.for_segment(segment, reader)?;
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            child.offer(doc, score)
        })?;
        Ok(child.harvest())
    }
}

/// A term or phrase of a [`Plan`]'s flat union, for [`TopHits`] to bound: its words' postings
/// without positions give, for each page that has all its words, the most the leaf can
/// score there (BM25 of the fewest occurrences of one of its words, at the page's length:
/// a phrase stands at most as often as each of its words), and only a page whose bound can
/// enter the top k has its positions read (the leaf's own scorer, moved to that page).
pub(super) struct Bounded {
    /// The leaf's own weight, scoring enabled, without its boost.
    weight: Box<dyn Weight>,
    boost: Score,
    field: Field,
    bm25: Bm25Weight,
    words: Words,
    /// Whether the words stand next to each other (no slop): then the phrase stands at most
    /// as often as its rarest word on the page. With slop, several places of the first word
    /// can share one of the next, and the bound is the most frequent word's count.
    adjacent: bool,
}

/// The slop of a phrase query, which tantivy does not tell but in its `Debug` form (the last
/// `slop: N`, after the terms); `None` when it cannot be read.
fn slop_of(q: &dyn std::fmt::Debug) -> Option<u32> {
    let text = format!("{q:?}");
    let at = text.rfind("slop: ")? + "slop: ".len();
    let digits: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The words of a [`Bounded`] leaf, in order: terms, or (a phrase whose words may have other
/// forms) one pattern per word, each standing for the index terms it matches.
enum Words {
    Terms(Vec<Term>),
    Patterns(RegexPhraseQuery),
}

impl Bounded {
    /// The leaves of a [`Plan`] made ready for `searcher`; `None` when one of them is not a
    /// term or phrase.
    pub(super) fn new(
        searcher: &Searcher,
        leaves: &[(Box<dyn Query>, Score)],
    ) -> tantivy::Result<Option<Vec<Bounded>>> {
        let scoring = EnableScoring::enabled_from_searcher(searcher);
        let mut out = Vec::with_capacity(leaves.len());
        for (q, boost) in leaves {
            let (field, words, slop) = if let Some(t) = q.downcast_ref::<TermQuery>() {
                (
                    t.term().field(),
                    Words::Terms(vec![t.term().clone()]),
                    Some(0),
                )
            } else if let Some(p) = q.downcast_ref::<PhraseQuery>() {
                (p.field(), Words::Terms(p.phrase_terms()), slop_of(p))
            } else if let Some(p) = q.downcast_ref::<RegexPhraseQuery>() {
                (p.field(), Words::Patterns(p.clone()), slop_of(p))
            } else {
                return Ok(None);
            };
            // tantivy weighs a phrase of patterns by its patterns taken as terms.
            let terms = match &words {
                Words::Terms(terms) => terms.clone(),
                Words::Patterns(p) => p.phrase_terms(),
            };
            if terms.is_empty() {
                return Ok(None);
            }
            out.push(Bounded {
                weight: q.weight(scoring)?,
                boost: *boost,
                field,
                bm25: Bm25Weight::for_terms(searcher, &terms)?,
                words,
                adjacent: slop == Some(0),
            });
        }
        Ok(Some(out))
    }

    /// The leaf in one segment: its words' postings (frequencies, no positions).
    fn open<'a>(&'a self, reader: &SegmentReader) -> tantivy::Result<LeafCursor<'a>> {
        let inverted = reader.inverted_index(self.field)?;
        let mut words: Vec<Vec<SegmentPostings>> = Vec::new();
        match &self.words {
            Words::Terms(terms) => {
                for t in terms {
                    let p = inverted.read_postings(t, IndexRecordOption::WithFreqs)?;
                    words.push(p.into_iter().collect());
                }
            }
            Words::Patterns(q) => {
                for regex in q.regexes()? {
                    let automaton: AutomatonWeight<tantivy_fst::Regex> =
                        AutomatonWeight::new(self.field, Arc::clone(regex));
                    let mut forms = Vec::new();
                    for info in automaton.get_match_term_infos(reader)? {
                        forms.push(
                            inverted
                                .read_postings_from_terminfo(&info, IndexRecordOption::WithFreqs)?,
                        );
                    }
                    words.push(forms);
                }
            }
        }
        let fieldnorms = match reader.fieldnorms_readers().get_field(self.field)? {
            Some(f) => f,
            None => FieldNormReader::constant(reader.max_doc(), 1),
        };
        let mut cursor = LeafCursor {
            leaf: self,
            words,
            fieldnorms,
            exact: None,
            doc: 0,
        };
        cursor.doc = if cursor.words.iter().any(Vec::is_empty) {
            TERMINATED
        } else {
            cursor.next_from(0)
        };
        Ok(cursor)
    }
}

/// A [`Bounded`] leaf in one segment, standing on a document that has all its words.
struct LeafCursor<'a> {
    leaf: &'a Bounded,
    /// Per word, the postings of its forms.
    words: Vec<Vec<SegmentPostings>>,
    fieldnorms: FieldNormReader,
    /// The leaf's own scorer, made at the first document whose bound can enter the top.
    exact: Option<Box<dyn Scorer>>,
    doc: DocId,
}

/// Move each of `sets` that stands before `target` to it or past it: the first document at
/// or after `target` that one of them stands on.
pub(super) fn seek_all<'a, D: DocSet + ?Sized + 'a>(
    sets: impl IntoIterator<Item = &'a mut D>,
    target: DocId,
) -> DocId {
    let at = |s: &mut D| {
        if s.doc() < target {
            s.seek(target)
        } else {
            s.doc()
        }
    };
    sets.into_iter().map(at).min().unwrap_or(TERMINATED)
}

impl LeafCursor<'_> {
    /// The first document at or after `target` that has every word (in some form).
    fn next_from(&mut self, mut target: DocId) -> DocId {
        'outer: while target != TERMINATED {
            for forms in self.words.iter_mut() {
                let d = seek_all(forms.iter_mut(), target);
                if d != target {
                    target = d;
                    continue 'outer;
                }
            }
            return target;
        }
        TERMINATED
    }

    /// Move on past the current document.
    fn advance(&mut self) {
        self.doc = match self.doc {
            TERMINATED => TERMINATED,
            d => self.next_from(d + 1),
        };
    }

    /// The most the leaf can score on the current document.
    fn bound(&self) -> Score {
        let doc = self.doc;
        let counts = self.words.iter().map(|forms| {
            forms
                .iter()
                .filter(|p| p.doc() == doc)
                .map(|p| p.term_freq())
                .sum::<u32>()
        });
        let most = if self.leaf.adjacent {
            counts.min()
        } else {
            counts.max()
        };
        self.leaf
            .bm25
            .score(self.fieldnorms.fieldnorm_id(doc), most.unwrap_or(0))
            * self.leaf.boost
    }

    /// The leaf's score on the current document (`None`: the phrase is not there).
    fn exact(&mut self, reader: &SegmentReader) -> tantivy::Result<Option<Score>> {
        let doc = self.doc;
        let scorer = match &mut self.exact {
            Some(s) => s,
            slot => {
                let (found, s) = self.leaf.weight.scorer_danger(reader, doc, 1.0)?;
                let s = slot.insert(s);
                if found == SeekDangerResult::Found {
                    return Ok(Some(s.score() * self.leaf.boost));
                }
                return Ok(None);
            }
        };
        // The scorer only ever moves to documents that have every word, so that it stands
        // on a valid document after a miss, at or before this one.
        if scorer.doc() > doc {
            return Ok(None);
        }
        Ok((scorer.seek_danger(doc) == SeekDangerResult::Found)
            .then(|| scorer.score() * self.leaf.boost))
    }
}

/// `base` plus the bounds of the leaves standing on `doc`.
fn bounds_at(cursors: &[LeafCursor<'_>], doc: DocId, base: Score) -> Score {
    let here = cursors.iter().filter(|c| c.doc == doc);
    here.fold(base, |sum, c| sum + c.bound())
}

/// `base` plus the scores of the leaves standing on `doc`, and whether one of them is there.
fn exact_at(
    cursors: &mut [LeafCursor<'_>],
    doc: DocId,
    reader: &SegmentReader,
    base: Score,
) -> tantivy::Result<(Score, bool)> {
    let (mut score, mut found) = (base, false);
    for c in cursors.iter_mut().filter(|c| c.doc == doc) {
        if let Some(s) = c.exact(reader)? {
            (score, found) = (score + s, true);
        }
    }
    Ok((score, found))
}

impl TopHits {
    /// [`Collector::collect_segment`] for a union of [`Bounded`] leaves: each document that
    /// has all the words of a leaf is a candidate; its bound is the sum of its leaves'
    /// bounds, and only a candidate whose bound can enter the top k is scored exactly.
    fn collect_bounded(
        &self,
        leaves: &[Bounded],
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<Ranked>> {
        let mut child = self.for_segment(segment, reader)?;
        let cursors = leaves.iter().map(|l| l.open(reader));
        let mut cursors = cursors.collect::<tantivy::Result<Vec<_>>>()?;
        let first = |cursors: &[LeafCursor<'_>]| cursors.iter().map(|c| c.doc).min();
        while let Some(doc) = first(&cursors).filter(|d| *d != TERMINATED) {
            if child.may_enter(doc, bounds_at(&cursors, doc, 0.0)) {
                if let (score, true) = exact_at(&mut cursors, doc, reader, 0.0)? {
                    child.offer(doc, score);
                }
            }
            for c in cursors.iter_mut().filter(|c| c.doc == doc) {
                c.advance();
            }
        }
        Ok(child.harvest())
    }

    /// [`Collector::collect_segment`] for required clauses (`weight`) with optional
    /// [`Bounded`] leaves beside them: tantivy finds and scores the required part (by
    /// block-max WAND where it is a flat union), told that a document can enter the top k
    /// only when its required score plus the most the leaves can add does. Of a document
    /// that can, the leaves standing on it are bounded from their words' counts, and only when
    /// that bound can enter the top k are their positions read. Exact: a leaf's bound is never
    /// below its score, so no document that scores into the top k is passed over.
    fn collect_optional(
        &self,
        weight: &dyn Weight,
        leaves: &[Bounded],
        segment: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<Ranked>> {
        let mut child = self.for_segment(segment, reader)?;
        let cursors = leaves.iter().map(|l| l.open(reader));
        let mut cursors = cursors.collect::<tantivy::Result<Vec<_>>>()?;
        // The most the leaves can add to any document's score.
        let most: Score = leaves.iter().map(|l| l.bm25.max_score() * l.boost).sum();
        let mut failed = None;
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, required| {
            if child.may_enter(doc, required + most) {
                for c in cursors.iter_mut().filter(|c| c.doc < doc) {
                    c.doc = c.next_from(doc);
                }
                if child.may_enter(doc, bounds_at(&cursors, doc, required)) {
                    match exact_at(&mut cursors, doc, reader, required) {
                        Ok((score, _)) => _ = child.offer(doc, score),
                        Err(e) => failed = Some(e),
                    }
                }
            }
            // Required scores at or below this cannot enter the top k, whatever the leaves
            // add (less a little for the rounding of the sum).
            match child.threshold() {
                t if t == Score::MIN => t,
                t => below(t, most),
            }
        })?;
        match failed {
            Some(e) => Err(e),
            None => Ok(child.harvest()),
        }
    }
}
