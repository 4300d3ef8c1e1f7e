//! From the parsed query to a tantivy query: Swedish analysis of each word, field boosts,
//! identifiers, phrases in any inflection, compounds tried as their parts, typo tolerance.

use tantivy::collector::Count;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EnableScoring, Explanation, FuzzyTermQuery, Occur, PhraseQuery,
    Query, RegexPhraseQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, Searcher, SegmentReader, Term, TERMINATED};

use super::parse::{syntax, words_of, Ast};
use super::top::{boost, seek_all, Boxed, OnlyKind};
use super::{
    BOOST_ALL_WORDS, BOOST_APART, BOOST_CITED, BOOST_COMPOUND, BOOST_COORDINATION, BOOST_FUZZY,
    BOOST_HEADING, BOOST_LONGER_PART, BOOST_NEAR, BOOST_OWN, BOOST_PAGE_TITLE, BOOST_PARTS,
    BOOST_PHRASE_WORDS, BOOST_PROXIMITY, BOOST_RUNNING, BOOST_SECTION, BOOST_SYNONYM, BOOST_TEXT,
    BOOST_TITLE, DERIVATIONS, MAX_LONGER, MOST_WORDS_FROM, NOMINALIZATIONS, PARTS_SLOP,
    PROXIMITY_SLOP, PROXIMITY_WORDS, QUALITIES, RARE_DOCS,
};
use crate::index::analyzer::{
    analyze, ident_key, identifiers, is_stop_word, may_have, split_compound, vocabulary_term,
    word_terms, AnalyzedWord, TokenKind,
};
use crate::index::schema::{Fields, KIND_ACTION, KIND_PAGE};
use crate::index::IndexError;

/// How to turn the parsed query into a tantivy query (the default: strict, as typed).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Mode {
    /// Add typo-tolerant alternatives for long words.
    pub(super) fuzzy: bool,
    /// Turn implicit ANDs into ORs (to fill up after the strict results).
    pub(super) relaxed: bool,
    /// Look for every word as a rare one is (its parts near each other; to fill up after
    /// the pages with a word typed alone).
    pub(super) split: bool,
    /// Words as they are, never as a rare word (a loan word's Swedish forms).
    pub(super) plain: bool,
}

/// The terms a query can match, for highlighting.
#[derive(Default)]
pub(super) struct Highlight {
    pub(super) terms: rustc_hash::FxHashSet<String>,
    /// Parts of compound query words: a word with all parts of a group matches.
    pub(super) groups: Vec<Vec<String>>,
}

pub(super) struct Compiler<'a> {
    pub(super) f: &'a Fields,
    pub(super) searcher: &'a Searcher,
    pub(super) mode: Mode,
    pub(super) hl: Highlight,
}

/// Index terms of `field` within `distance` edits of `term` (closest first, at most 8). A
/// typo is never taken in the first letter: "corona" must not become "oron".
pub(super) fn expand_fuzzy(
    searcher: &Searcher,
    field: Field,
    term: &str,
    distance: u8,
) -> Vec<String> {
    // One search compiles its words up to four times (strict, typo-tolerant, filling up, the
    // words of each partial hit): the expansions are remembered with the segments they were
    // read from (a segment's terms never change).
    thread_local! {
        static SEEN: std::cell::RefCell<FuzzyMemo> = std::cell::RefCell::default();
    }
    let segments = searcher.segment_readers().iter();
    let segments = segments.map(|s| s.segment_id()).collect();
    let key = (segments, field.field_id(), term.to_string(), distance);
    if let Some(found) = SEEN.with(|m| m.borrow().get(&key).cloned()) {
        return found;
    }
    let found = fuzzy_terms(searcher, field, term, distance);
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= FUZZY_MEMO {
            m.clear();
        }
        m.insert(key, found.clone());
    });
    found
}

/// Most typo expansions remembered ([`expand_fuzzy`]).
const FUZZY_MEMO: usize = 64;

/// Typo expansions by the segments they were read from, field, term and distance.
type FuzzyMemo =
    rustc_hash::FxHashMap<(Vec<tantivy::index::SegmentId>, u32, String, u8), Vec<String>>;

/// [`expand_fuzzy`] read from the index.
fn fuzzy_terms(searcher: &Searcher, field: Field, term: &str, distance: u8) -> Vec<String> {
    let query = FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
    let first = term.chars().next();
    let mut found: Vec<String> = Vec::new();
    // The automaton once for every segment: building it is the costly part.
    let Ok(automaton) = query.automaton() else {
        return found;
    };
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().search(&automaton).into_stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(t) = std::str::from_utf8(stream.key()) {
                if t != term && t.chars().next() == first && !found.iter().any(|f| f == t) {
                    found.push(t.to_string());
                }
            }
        }
    }
    found.sort_by_key(|t| (strsim::levenshtein(t, term), t.clone()));
    found.truncate(8);
    found
}

pub(super) fn term_q(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

pub(super) fn should(qs: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        qs.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

/// Whether a query word is words joined by hyphens ("e-biljett", "EU-domstolen"), a
/// compound whose parts the text may also have apart.
pub(super) fn is_hyphenated(word: &str) -> bool {
    let mut parts = word.split('-');
    word.contains('-') && parts.all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
}

pub(super) fn fuzzy_distance(word: &str) -> Option<u8> {
    match word.chars().count() {
        n if n >= 9 => Some(2),
        n if n >= 5 => Some(1),
        _ => None,
    }
}

/// The words of an implicit AND, scored in one pass: a page matches when it has at least
/// `need` of them and they carry the share `floor` of the query's weight, and its score is the sum of its words' scores, times 1 + `factor` when the
/// words it has carry at least the share `most` of the query's weight (a coordination
/// factor). Each word weighs its `weights` entry (its idf): a page that lacks only a common
/// word ("göra", "ska") has most of the query, a page that lacks its rarest word has not.
#[derive(Debug, Clone)]
pub(super) struct Coordinated {
    pub(super) words: Vec<Boxed>,
    pub(super) weights: Vec<Score>,
    pub(super) shares: Shares,
}

/// How many words of a [`Coordinated`] a page needs, the shares of the query's weight for a
/// match (`floor`) and for the factor (`most`), and the factor; a page with every word counts
/// 1 + `every` times more again (of a phrase's words apart, the page with all of them before
/// the pages with most). In a weight and its scorer, the shares are weights.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shares {
    pub(super) need: usize,
    pub(super) floor: Score,
    pub(super) most: Score,
    pub(super) factor: Score,
    pub(super) every: Score,
}

impl Coordinated {
    /// One query whose scorer is moved on with `seek` only, never `seek_danger` (as every
    /// [`Coordinated`]'s words are): an excluded clause (`-"a phrase"`) is probed by tantivy's
    /// exclusion with `seek_danger`, and tantivy 0.27's phrase scorer, after a miss, can stand
    /// past the next target, which its debug assertion rejects. Through `seek`, the phrase
    /// scorer stays in a valid state.
    pub(super) fn seek_only(q: Box<dyn Query>) -> Coordinated {
        Coordinated {
            words: vec![Boxed(q)],
            weights: vec![1.0],
            shares: Shares {
                need: 1,
                floor: 0.0,
                most: 1.0,
                factor: 0.0,
                every: 0.0,
            },
        }
    }
}

impl Query for Coordinated {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let words = self
            .words
            .iter()
            .map(|q| q.weight(scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let total: Score = self.weights.iter().sum();
        let s = self.shares;
        let scoring = scoring.is_scoring_enabled();
        Ok(Box::new(CoordinatedWeight {
            words,
            weights: self.weights.clone(),
            all: total - total * 1e-4,
            shares: Shares {
                need: s.need.max(1),
                // A small tolerance: the shares are sums of floats.
                floor: s.floor * total - total * 1e-4,
                most: s.most * total - total * 1e-4,
                factor: if scoring { s.factor } else { 0.0 },
                every: if scoring { s.every } else { 0.0 },
            },
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for q in &self.words {
            q.query_terms(visitor);
        }
    }
}

struct CoordinatedWeight {
    words: Vec<Box<dyn Weight>>,
    weights: Vec<Score>,
    /// The weight of every word (less a tolerance).
    all: Score,
    shares: Shares,
}

impl Weight for CoordinatedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut words = Vec::with_capacity(self.words.len());
        for (w, &weight) in self.words.iter().zip(&self.weights) {
            let s = w.scorer(reader, boost)?;
            if s.doc() != TERMINATED {
                words.push((s, weight));
            }
        }
        let doc = words.iter().map(|s| s.0.doc()).min().unwrap_or(TERMINATED);
        let mut scorer = CoordinatedScorer {
            words,
            doc,
            all: self.all,
            shares: self.shares,
        };
        if doc != TERMINATED && !scorer.matches() {
            scorer.advance();
        }
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document #{doc} does not match"
            )));
        }
        Ok(Explanation::new(
            "words with a coordination factor",
            scorer.score(),
        ))
    }
}

/// The scorer of [`Coordinated`]: the union of its words' scorers (each with its weight),
/// the documents with fewer than `need` of them skipped.
struct CoordinatedScorer {
    words: Vec<(Box<dyn Scorer>, Score)>,
    doc: DocId,
    all: Score,
    shares: Shares,
}

impl CoordinatedScorer {
    /// Whether the current document has `need` words carrying the weight `floor`.
    fn matches(&self) -> bool {
        let here = self.words.iter().filter(|(s, _)| s.doc() == self.doc);
        let (n, carried) = here.fold((0, 0.0), |(n, c), (_, w)| (n + 1, c + *w));
        n >= self.shares.need && carried >= self.shares.floor
    }

    /// Move every word to `target` or past it: the first document any word stands on.
    fn reach(&mut self, target: DocId) -> DocId {
        self.doc = seek_all(self.words.iter_mut().map(|(s, _)| s), target);
        self.doc
    }
}

impl DocSet for CoordinatedScorer {
    fn advance(&mut self) -> DocId {
        while self.doc != TERMINATED {
            let d = self.reach(self.doc + 1);
            if d == TERMINATED || self.matches() {
                return d;
            }
        }
        TERMINATED
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target && self.reach(target) != TERMINATED && !self.matches() {
            return self.advance();
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.words
            .iter()
            .map(|s| s.0.size_hint())
            .max()
            .unwrap_or(0)
    }
}

impl Scorer for CoordinatedScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        let here = self.words.iter_mut().filter(|(s, _)| s.doc() == doc);
        let (sum, carried) = here.fold((0.0, 0.0), |(sum, c), (s, w)| (sum + s.score(), c + *w));
        let most = if carried >= self.shares.most {
            1.0 + self.shares.factor
        } else {
            1.0
        };
        let every = if carried >= self.all {
            1.0 + self.shares.every
        } else {
            1.0
        };
        sum * most * every
    }
}

/// A regex matching any of the terms (for a position of a [`RegexPhraseQuery`]).
fn alternatives(terms: &[String]) -> String {
    let alts: Vec<String> = terms.iter().map(|t| regex::escape(t)).collect();
    format!("(?:{})", alts.join("|"))
}

/// A phrase over `field` (at least two words), each word at its offset in any of its forms,
/// within `slop`: a [`PhraseQuery`] where every word has one form, else a [`RegexPhraseQuery`].
fn phrase_q(field: Field, words: &[(usize, &[String])], slop: u32) -> Box<dyn Query> {
    if words.iter().all(|(_, forms)| forms.len() == 1) {
        let terms = words
            .iter()
            .filter_map(|(i, forms)| Some((*i, Term::from_field_text(field, forms.first()?))));
        Box::new(PhraseQuery::new_with_offset_and_slop(terms.collect(), slop))
    } else {
        let patterns = words.iter().map(|(i, forms)| (*i, alternatives(forms)));
        Box::new(RegexPhraseQuery::new_with_offset_and_slop(
            field,
            patterns.collect(),
            slop,
        ))
    }
}

/// Loan words, English words and abbreviations with the Swedish forms documents write.
const LOAN_WORDS: &str = include_str!("loan_words_sv.txt");

/// The analysed terms of a word or phrase, joined: how a query word meets a group's member.
fn terms_key(text: &str) -> String {
    let terms: Vec<String> = analyze(text).into_iter().map(|w| w.term).collect();
    terms.join(" ")
}

/// The other members of the groups of [`LOAN_WORDS`] that a query word, in any inflection,
/// belongs to ("email" → "e-post", "epost", "mejl", …; "FN" → "förenta nationerna"). Only
/// members that may hold the word's first term are analysed (see [`may_have`]).
fn synonyms(word: &str) -> Vec<&'static str> {
    let key = terms_key(word);
    let first = key.split(' ').next().unwrap_or("");
    let meets = |m: &str| may_have(&m.to_lowercase(), first) && terms_key(m) == key;
    let mut out: Vec<&'static str> = Vec::new();
    for line in LOAN_WORDS.lines().filter(|l| !l.starts_with('#')) {
        let group: Vec<&'static str> = line.split(',').map(str::trim).collect();
        if group.iter().any(|m| meets(m)) {
            for m in group {
                if !out.contains(&m) && !meets(m) {
                    out.push(m);
                }
            }
        }
    }
    out
}

/// Linking letters a compound's first part may end in ("forsknings", "hälso", "skade").
pub(super) const LINKERS: &[(&str, &str)] =
    &[("", ""), ("s", ""), ("o", "a"), ("e", "a"), ("u", "a")];

/// Linking letters between a word's stem and the next part of a longer compound: "s"
/// (vindkrafts|verk), "e" (låne|förordning of lån), "o" and "u" after a stem that lost its
/// "a" (kvinno|jour, gatu|belysning).
const LONGER_LINKERS: &[&str] = &["s", "e", "o", "u"];

/// The bare form of a stem whose head ends in consonant + "l" or "r" after a consonant: the
/// "e" that the plural and the normalised stem drop ("regl" of regler → "regel", "cykl" of
/// cyklar → "cykel", "vintr" of vintrar → "vinter"), as the head stands first in longer
/// compounds. None for other stems.
fn bare_head(term: &str) -> Option<String> {
    let chars: Vec<char> = term.chars().collect();
    let n = chars.len();
    let cons = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic() && !"aeiouyåäö".contains(*c));
    let last = chars.last().copied()?;
    let ends = n >= 4
        && matches!(last, 'l' | 'r')
        && cons(chars.get(n - 2))
        && chars.get(n - 2) != Some(&last);
    // ("l" and "r" are one byte long.)
    ends.then(|| format!("{}e{last}", &term[..term.len() - 1]))
}

/// A split compound's parts (each in any of its forms) in the `compound` field: near each
/// other in either order ("inventering av varg" for varginventering, [`BOOST_NEAR`]) and
/// anywhere on the page ("vargar i sällskap i ett revir", [`BOOST_APART`]), times `weight`.
fn parts_near_and_apart(c: Field, forms: &[Vec<String>], weight: Score) -> Vec<Box<dyn Query>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    for reverse in [false, true] {
        let mut terms: Vec<&Vec<String>> = forms.iter().collect();
        if reverse {
            terms.reverse();
        }
        let slop = PARTS_SLOP * (forms.len() as u32 - 1);
        let words: Vec<(usize, &[String])> =
            terms.iter().enumerate().map(|(i, t)| (i, &t[..])).collect();
        out.push(boost(phrase_q(c, &words, slop), BOOST_NEAR * weight));
    }
    let apart: Vec<(Occur, Box<dyn Query>)> = forms
        .iter()
        .map(|t| {
            (
                Occur::Must,
                should(t.iter().map(|t| term_q(c, t)).collect()),
            )
        })
        .collect();
    out.push(boost(
        Box::new(BooleanQuery::new(apart)),
        BOOST_APART * weight,
    ));
    out
}

/// The words derived from a term that Snowball stems apart from it ([`DERIVATIONS`],
/// [`NOMINALIZATIONS`]).
fn forward(term: &str) -> impl Iterator<Item = String> + '_ {
    let endings = DERIVATIONS.iter().chain(NOMINALIZATIONS);
    endings.map(move |d| format!("{term}{d}"))
}

/// The noun in -ation of a verb in -era, which Snowball stems apart from it ("informer" of
/// informera → "information", "administrer" → "administration").
fn action_noun(term: &str) -> Option<String> {
    let base = term.strip_suffix("er").filter(|b| b.chars().count() >= 4)?;
    Some(format!("{base}ation"))
}

/// The parts a compound may be read as, a part that is a compound itself read either way
/// ("arbetsmiljö|lag" and "arbets|miljö|lag"); none for a word that is no compound.
fn readings(t: &str) -> Vec<Vec<String>> {
    let Some(parts) = split_compound(t).filter(|p| p.len() >= 2) else {
        return Vec::new();
    };
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for part in &parts {
        let whole = std::iter::once(vec![part.clone()]);
        let ways: Vec<Vec<String>> = whole.chain(readings(part)).collect();
        let joined = out
            .iter()
            .flat_map(|o| ways.iter().map(move |w| [&o[..], &w[..]].concat()));
        out = joined.take(16).collect();
    }
    out
}

/// A word's whole-word index terms: its term and its variants.
fn forms_of(w: &AnalyzedWord) -> Vec<String> {
    std::iter::once(w.term.clone())
        .chain(w.variants.iter().cloned())
        .collect()
}

impl Compiler<'_> {
    /// The analysed fields with their boosts.
    fn text_fields(&self) -> [(Field, Score); 5] {
        [
            (self.f.text, BOOST_TEXT),
            (self.f.heading, BOOST_HEADING),
            (self.f.title, BOOST_TITLE),
            (self.f.section, BOOST_SECTION),
            (self.f.running, BOOST_RUNNING),
        ]
    }

    /// A clause in every analysed field with the field's weight: `alts` gives a field's
    /// alternatives.
    fn fields(&self, mut alts: impl FnMut(Field) -> Vec<Box<dyn Query>>) -> Vec<Box<dyn Query>> {
        let fields = self.text_fields();
        fields
            .map(|(f, b)| self.weigh(f, should(alts(f)), b))
            .into()
    }

    /// One field's clause with the field's weight. The title field holds an action's own
    /// title but, on a page, the title of its whole document: there it says what the
    /// document is about, not the page, and weighs [`BOOST_PAGE_TITLE`].
    fn weigh(&self, field: Field, q: Box<dyn Query>, b: Score) -> Box<dyn Query> {
        if field != self.f.title {
            return boost(q, b);
        }
        let only = |kind: &'static str, q: Box<dyn Query>| -> Box<dyn Query> {
            let filter = ConstScoreQuery::new(term_q(self.f.kind, kind), 0.0);
            let filtered = Box::new(BooleanQuery::new(vec![
                (Occur::Must, q.box_clone()),
                (Occur::Must, Box::new(filter)),
            ]));
            // Seen from hits of one kind, the clause is the query or nothing (`top::flatten`).
            Box::new(OnlyKind {
                kind,
                query: Boxed(q),
                filtered: Boxed(filtered),
            })
        };
        should(vec![
            boost(only(KIND_ACTION, q.box_clone()), b),
            boost(only(KIND_PAGE, q), BOOST_PAGE_TITLE),
        ])
    }

    /// On how many pages and actions a term stands (in the text, as a word or as a part
    /// of a compound).
    fn doc_freq(&self, term: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(self.f.compound, term))
            .unwrap_or(0)
    }

    /// The weight of a query item in the coordination of an implicit AND: the idf of its
    /// rarest term (an identifier or a phrase weighs as a term of one page).
    fn idf(&self, item: &Ast) -> Score {
        let n = self.searcher.num_docs() as Score;
        let df = match item {
            Ast::Word(w) => analyze(w)
                .iter()
                .filter(|a| a.kind == TokenKind::Word)
                .map(|a| self.found_df(a))
                .min()
                .unwrap_or(1),
            // Two words or the word that joins them ([`Self::joined`]): the two words' weight.
            Ast::Or(alts) if matches!(alts.first(), Some(Ast::And(..))) => {
                return alts.first().map_or(0.0, |a| self.idf(a));
            }
            Ast::And(words, _) => return words.iter().map(|w| self.idf(w)).sum(),
            _ => 1,
        } as Score;
        // A word no page has tells no page from another (and may be the one a page misses).
        if df == 0.0 {
            return 0.0;
        }
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln().max(0.01)
    }

    /// A compound part's index terms: the part itself and the words derived from it that
    /// Snowball stems apart ([`DERIVATIONS`]: "kontroll" → "kontroller" of "kontrollera",
    /// "kontrollerade"; a verb's noun in -ning or -ing: "undervis" → "undervisning"), those
    /// found in the index.
    fn derived(&self, term: &str) -> Vec<String> {
        // A verbal noun in -ning or -ing is also its verb ("minskning" → "minsk" of "minska
        // utsläppen", "hantering" → "hanter" of "hantera", "gallring" → "gallr").
        // Either ending may be the noun's: "teckning" is "teckn" + "ing" (of "teckna").
        let verb = NOMINALIZATIONS.iter().filter_map(|suffix| {
            let stem = term.strip_suffix(suffix)?;
            (stem.chars().count() >= 4).then(|| stem.to_string())
        });
        // A noun of a quality is also its adjective ("skyldighet" → "skyld" of "skyldig").
        let adjective = QUALITIES.iter().find_map(|suffix| {
            let base = term.strip_suffix(suffix)?;
            (base.chars().count() >= 4).then(|| word_terms(base).0)
        });
        std::iter::once(term.to_string())
            .chain(forward(term))
            .chain(action_noun(term))
            .chain(verb)
            .chain(adjective)
            .filter(|t| self.doc_freq(t) > 0)
            .collect()
    }

    /// On how many pages and actions a word stands (in any form; rare at most [`RARE_DOCS`]).
    /// A page with a definite form ("arbetsmiljöansvaret") also holds its bare form's term
    /// (the variant "arbetsmiljöansvar"), so the forms' counts overlap: the word's count is
    /// the largest of them, not their sum.
    fn word_df(&self, w: &AnalyzedWord) -> u64 {
        forms_of(w)
            .iter()
            .map(|t| self.doc_freq(t))
            .max()
            .unwrap_or(0)
    }

    /// On how many pages and actions a word is found: in any form ([`Self::word_df`]), or,
    /// a compound no page has, as its parts on one page (as [`Self::word`] finds it:
    /// "lärarlegitimation" on the pages with "lärare" and "legitimation").
    fn found_df(&self, w: &AnalyzedWord) -> u64 {
        let df = self.word_df(w);
        let split = match w.parts.as_slice() {
            _ if df > 0 => None,
            [first, .., last] => Some((first.clone(), last.clone())),
            _ => self.split_by_index(w).map(|[(l, _), (r, _)]| (l, r)),
        };
        split.map_or(df, |(l, r)| self.together(&l, &r) as u64)
    }

    /// Two neighbouring query words that a word of the index joins ("fond regelverk" typed
    /// for "fondregelverket", "klimat strategi"), maybe with a linking "s": the pair becomes
    /// the two words or that word. A lookup of the joined word's terms, no phrase search.
    fn joined(&self, items: &[Ast]) -> Vec<Ast> {
        let mut out: Vec<Ast> = Vec::new();
        let mut rest = items.iter().peekable();
        while let Some(item) = rest.next() {
            let pair = match (item, rest.peek()) {
                (Ast::Word(a), Some(Ast::Word(b))) => Some((a.to_lowercase(), b.to_lowercase())),
                _ => None,
            };
            let word = |w: &str| w.chars().all(char::is_alphabetic) && !is_stop_word(w);
            // A letter code and its number typed apart ("fi 3102/92" for "Fi3102/92").
            let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
            let one = pair.filter(|(a, b)| word(a) && (word(b) || number(b)));
            let one = one.and_then(|(a, b)| {
                ["", "s"].iter().map(|l| format!("{a}{l}{b}")).find(|j| {
                    analyze(j).first().is_some_and(|w| {
                        forms_of(w).iter().any(|t| {
                            let t = Term::from_field_text(self.f.text, t);
                            self.searcher.doc_freq(&t).unwrap_or(0) > 0
                        })
                    })
                })
            });
            match (one, rest.peek()) {
                (Some(j), Some(&next)) => {
                    let both = Ast::And(vec![item.clone(), next.clone()], true);
                    out.push(Ast::Or(vec![both, Ast::Word(j)]));
                    rest.next();
                }
                _ => out.push(item.clone()),
            }
        }
        out
    }

    /// On how many pages and actions two compound parts stand together (in any derived form).
    fn together(&self, a: &str, b: &str) -> usize {
        let c = self.f.compound;
        let any = |t: &str| should(self.derived(t).iter().map(|d| term_q(c, d)).collect());
        let q = BooleanQuery::new(vec![(Occur::Must, any(a)), (Occur::Must, any(b))]);
        self.searcher.search(&q, &Count).unwrap_or(0)
    }

    /// A compound part's index term and how often it and its derived forms stand in the
    /// index: its own term, or the bare form of a definite part ("reviret" of vargreviret is
    /// "revir"), whichever stands more often.
    fn part_term(&self, part: &str) -> (String, u64) {
        let (term, variants) = word_terms(part);
        let mut best = (term, 0);
        for t in std::iter::once(best.0.clone()).chain(variants) {
            let df: u64 = self.derived(&t).iter().map(|d| self.doc_freq(d)).sum();
            if df > best.1 {
                best = (t, df);
            }
        }
        best
    }

    /// A compound word's two parts as index terms, both found in the index (or words
    /// derived from them, see [`Self::derived`]): the split whose parts stand together on
    /// most pages, then whose rarer part is most common ("häst|avel" of hästavel, not
    /// "hästa|vel" of "velat"). Each part comes with its surface form ("kemikalie", "risker").
    fn split_by_index(&self, w: &AnalyzedWord) -> Option<[(String, String); 2]> {
        let chars: Vec<char> = w.lower.chars().collect();
        if chars.len() < 8 || !chars.iter().all(|c| c.is_alphabetic()) {
            return None;
        }
        // Every place to cut the word whose head (maybe of three letters: "lån" of
        // ombyggnadslån, "råd", "hus") stands in the index: (the first part as typed, the
        // head's term and surface form, how often the head stands).
        let heads: Vec<(String, (String, String), u64)> = (3..=chars.len().saturating_sub(3))
            .filter_map(|i| {
                let left: String = chars.iter().take(i).collect();
                let right: String = chars.iter().skip(i).collect();
                let (right_term, right_df) = self.part_term(&right);
                (right_df > 0 && !is_stop_word(&right)).then_some((
                    left,
                    (right_term, right),
                    right_df,
                ))
            })
            .collect();
        type Split = [(String, String); 2];
        let mut best: Option<((usize, u64), Split)> = None;
        for (left, head, right_df) in &heads {
            for (linker, ending) in LINKERS {
                let Some(base) = left.strip_suffix(linker) else {
                    continue;
                };
                let base = format!("{base}{ending}");
                if base.chars().count() < 3 || is_stop_word(&base) {
                    continue;
                }
                let (left_term, left_df) = self.part_term(&base);
                let rarer = left_df.min(*right_df);
                let key = (self.together(&left_term, &head.0), rarer);
                if rarer > 0 && best.as_ref().is_none_or(|b| key > b.0) {
                    best = Some((key, [(left_term, base), head.clone()]));
                }
            }
        }
        // No split has both parts in the index: a first part that stands only inside the
        // index's longer compounds ("ädelmetall" of ädelmetallhandel in "handel med
        // ädelmetallarbeten") is a part too, found through them (see `word`). Not for a word
        // that is a typo of a word of the index ("trakaserier"): typo tolerance finds that.
        let typo = || {
            fuzzy_distance(&w.lower).is_some_and(|d| {
                !expand_fuzzy(self.searcher, self.f.compound, &w.term, d).is_empty()
            })
        };
        if best.is_none() && !heads.is_empty() && !typo() {
            for (left, head, _) in heads.iter().filter(|h| h.0.chars().count() >= 4) {
                let (left_term, _) = word_terms(left);
                if !self.longer_compounds(&[&left_term, left]).is_empty() {
                    return Some([(left_term, left.clone()), head.clone()]);
                }
            }
        }
        best.map(|(_, parts)| parts)
    }

    /// Index terms that are one of `prefixes` followed by another word (with a linking
    /// "s"): the compounds a word is the first part of, at most [`MAX_LONGER`]. The prefixes
    /// are the word's term and its surface form: Snowball's stem of "integritetsskydd" is
    /// "integritetsskyd", which "integritetsskyddsorganisation" does not continue as a word.
    fn longer_compounds(&self, prefixes: &[&str]) -> Vec<String> {
        // The rest is a word of its own, maybe after a linking letter ("verk" of
        // "vindkraftverk", "förordning" of "ombyggnadslåneförordningen"), not the "ig" of
        // "kraftig".
        let is_word = |rest: &str| self.is_word(rest);
        let mut found: Vec<String> = Vec::new();
        for (i, term) in prefixes.iter().enumerate() {
            if term.chars().count() >= 4 && !prefixes[..i].contains(term) {
                self.scan_terms(term, &mut found, |t| {
                    let rest = t.strip_prefix(term)?;
                    let linked = LONGER_LINKERS.iter().filter_map(|l| rest.strip_prefix(l));
                    Some(linked.chain([rest]).any(&is_word))
                });
            }
        }
        found
    }

    /// Whether the rest of a compound is a word of its own: of three letters or more, no stop
    /// word, in the index or a compound of the vocabulary.
    fn is_word(&self, rest: &str) -> bool {
        if rest.chars().count() < 3 || is_stop_word(rest) {
            return false;
        }
        let (rest_term, _) = word_terms(rest);
        self.doc_freq(&rest_term) > 0 || split_compound(rest).is_some()
    }

    /// Index terms that end with `term` after a first part of three letters or more: the
    /// compounds a word stands in only as the last part ("kompaktlysrör" of lysrör), which
    /// the shipped vocabulary does not split; at most [`MAX_LONGER`]. The whole term
    /// dictionary is read, so only for a word that stands nowhere else.
    fn compounds_ending(&self, term: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        if term.chars().count() >= 5 {
            self.scan_terms("", &mut found, |t| {
                Some(t.len() >= term.len() + 3 && t.ends_with(term))
            });
        }
        found
    }

    /// An abbreviation typed with capitals that (almost) no page has as a word ("AML", "PUL",
    /// "KemI"): the compounds of the index whose parts begin with its pieces, each capital with
    /// the small letters after it ("arbetsmiljölagen": arbets|miljö|lag; "Kemikalieinspektionen":
    /// kemikalie|inspektion), at most [`MAX_LONGER`].
    fn acronym(&mut self, typed: &str) -> Option<Box<dyn Query>> {
        let mut want: Vec<String> = Vec::new();
        for c in typed.chars().map(|c| (c, c.to_lowercase())) {
            match want.last_mut() {
                Some(piece) if !c.0.is_uppercase() => piece.extend(c.1),
                _ => want.push(c.1.collect()),
            }
        }
        let caps = typed.starts_with(char::is_uppercase) && typed.chars().all(char::is_alphabetic);
        let caps = caps && (2..=5).contains(&want.len()) && typed.chars().count() <= 8;
        let w = analyze(typed).into_iter().next().filter(|_| caps)?;
        if w.kind != TokenKind::Word || self.word_df(&w) > RARE_DOCS {
            return None;
        }
        let first = want.first()?.clone();
        let begins = |r: &Vec<String>| {
            let mut pairs = r.iter().zip(&want);
            r.len() == want.len() && pairs.all(|(part, piece)| part.starts_with(piece.as_str()))
        };
        // Of two pieces, also a compound the vocabulary cannot split: its end a word of its
        // own, of the index or the vocabulary ("kemikalie|inspektionen").
        let word = |rest: &str| self.is_word(rest) || vocabulary_term(rest).is_some();
        let two = |t: &str| {
            let mut rests = t.char_indices().skip(3).map(|(i, _)| &t[i..]);
            want.len() == 2 && rests.any(|r| r.starts_with(&want[1]) && word(r))
        };
        let mut found = Vec::new();
        self.scan_terms(&first, &mut found, |t| {
            let long = t.chars().count() >= 3 * want.len();
            t.starts_with(&first)
                .then(|| long && (readings(t).iter().any(begins) || two(t)))
        });
        self.hl.terms.extend(found.iter().cloned());
        let alts = self.fields(|f| found.iter().map(|t| term_q(f, t)).collect());
        (!found.is_empty()).then(|| should(alts))
    }

    /// The text field's terms from `from` on, in every segment: those `take` accepts are
    /// added to `found` (at most [`MAX_LONGER`]); `None` ends a segment's terms.
    fn scan_terms(
        &self,
        from: &str,
        found: &mut Vec<String>,
        mut take: impl FnMut(&str) -> Option<bool>,
    ) {
        for segment in self.searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(self.f.text) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().range().ge(from.as_bytes()).into_stream() else {
                continue;
            };
            while found.len() < MAX_LONGER && stream.advance() {
                let Ok(t) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                match take(t) {
                    None => break,
                    Some(true) if !found.iter().any(|f| f == t) => found.push(t.to_string()),
                    _ => {}
                }
            }
        }
    }

    /// One analysed word, over all analysed fields.
    fn word(&mut self, w: &AnalyzedWord) -> Box<dyn Query> {
        let mut per_field: Vec<Box<dyn Query>> = Vec::new();
        if w.kind != TokenKind::Word {
            // Identifiers: the exact field first, the running text as well.
            // A number that is no year also stands with a suffix after a colon: a standard's
            // year ("27001" in "ISO/IEC 27001:2006"). (A year before a colon starts a series
            // number, "1999:175", which the year alone does not ask for.)
            let mut terms = vec![w.term.clone()];
            let no_year = |n: u64| !(1900..=2100).contains(&n);
            if w.term.len() >= 4 && w.term.parse().is_ok_and(no_year) {
                let prefix = format!("{}:", w.term);
                let take = |t: &str| t.starts_with(&prefix).then_some(true);
                self.scan_terms(&prefix, &mut terms, take);
            }
            self.hl.terms.extend(terms.iter().cloned());
            per_field.push(boost(term_q(self.f.ids, &w.term), 2.0));
            per_field.extend(self.fields(|f| terms.iter().map(|t| term_q(f, t)).collect()));
            return should(per_field);
        }
        let whole_terms = forms_of(w);
        self.hl.terms.extend(whole_terms.iter().cloned());
        let mut seen = rustc_hash::FxHashSet::default();
        let mut parts = w.parts.clone();
        parts.retain(|p| seen.insert(p.clone()));
        if parts.len() >= 2 {
            self.hl.groups.push(parts.clone());
        }
        // Filling up after a word typed alone, it is also looked for as a rare one is (its
        // parts near each other): "brandrisker" stands on five pages, "brand- och
        // explosionsrisk" on more.
        let rare = !self.mode.plain && (self.mode.split || self.word_df(w) <= RARE_DOCS);
        // A rare word is also the first part of longer compounds in the index ("vindkraft"
        // in "vindkraftverk", "vindkraftsverk").
        // A head in -el or -er stands in longer compounds in its bare form ("fondregler" in
        // "fondregelverket", "cyklar" in "cykelväg"), which the stem has lost ("fondregl").
        let bare = bare_head(&w.term);
        // A rare word's derived forms in the index ("undervisa" → "undervisning",
        // "dataskyddsregler" → "dataskyddsregleringen"; not back: "myndigheter" is no "myndig");
        // any word's noun in -ation ("informera om" finds "information om").
        let derived: Vec<String> = forward(&w.term)
            .filter(|_| rare)
            .chain(action_noun(&w.term))
            .filter(|t| self.doc_freq(t) > 0)
            .collect();
        let mut prefixes: Vec<&str> = vec![&w.term, &w.lower];
        prefixes.extend(bare.as_deref());
        let longer = rare.then(|| self.longer_compounds(&prefixes));
        let longer: Vec<String> = longer.unwrap_or_default();
        // A rare compound is also looked for as its parts near each other. Its first part
        // also as the first part of other compounds ("arkiv" of arkivgallring in
        // "arkivförordningen", "fond" of fondförvaltning in "fondförvaltare", "fondbolag"):
        // the index's own compounds, which the shipped vocabulary does not split.
        let mut first_longer: Vec<String> = Vec::new();
        let split: Option<Vec<String>> = if !rare {
            None
        } else if parts.len() >= 2 {
            if let Some(first) = parts.first() {
                first_longer = self.longer_compounds(&[first]);
            }
            Some(parts.clone())
        } else {
            self.split_by_index(w).map(|[(l, ls), (r, _)]| {
                first_longer = self.longer_compounds(&[&l, &ls]);
                vec![l, r]
            })
        };
        // A word that stands nowhere, not even as a compound's first part: the compounds it
        // ends ("lysrör" in "kompaktlysrör").
        let absent = rare && whole_terms.iter().all(|t| self.doc_freq(t) == 0);
        let ending = absent && split.is_none() && longer.is_empty() && derived.is_empty();
        let ending = ending.then(|| self.compounds_ending(&w.term));
        let ending: Vec<String> = ending.unwrap_or_default();
        let fuzzy: Vec<String> = match (self.mode.fuzzy, fuzzy_distance(&w.lower)) {
            (true, Some(d)) if split.is_none() => {
                expand_fuzzy(self.searcher, self.f.compound, &w.term, d)
            }
            // A long word no page has in any form is first a typo, even in the strict pass:
            // its forms one edit away ("rättsinformationförordningen").
            (_, Some(2)) if absent => expand_fuzzy(self.searcher, self.f.compound, &w.term, 1),
            _ => Vec::new(),
        };
        let inside: Vec<&String> = longer.iter().chain(&ending).chain(&derived).collect();
        let marked = inside.iter().copied().chain(&fuzzy);
        self.hl.terms.extend(marked.cloned());
        per_field.extend(self.fields(|f| {
            let plain = whole_terms.iter().map(|t| term_q(f, t));
            let inside = inside.iter().map(|t| boost(term_q(f, t), BOOST_PARTS));
            let typos = fuzzy.iter().map(|t| boost(term_q(f, t), BOOST_FUZZY));
            plain.chain(inside).chain(typos).collect()
        }));
        // The compound field: the word as a part of other compounds ("cirkel" in
        // "forskningscirkel"), weighed less than the word itself; so are the ways below of
        // finding a compound through its parts.
        let c = self.f.compound;
        let mut as_part: Vec<Box<dyn Query>> = whole_terms.iter().map(|t| term_q(c, t)).collect();
        for t in &fuzzy {
            as_part.push(boost(term_q(c, t), BOOST_FUZZY));
        }
        if parts.len() >= 2 {
            // Every part of the query word at one position: another compound with the same
            // parts (forskningscirkel in forskningscirkelmetodiken).
            let same_word: Vec<(usize, Term)> = parts
                .iter()
                .map(|p| (0, Term::from_field_text(c, p)))
                .collect();
            as_part.push(boost(
                Box::new(PhraseQuery::new_with_offset(same_word)),
                BOOST_PARTS,
            ));
        }
        if let Some(split) = &split {
            // Each part in any of its derived forms ("kontroll", "kontrollera").
            let forms: Vec<Vec<String>> = split
                .iter()
                .map(|p| Some(self.derived(p)).filter(|d| !d.is_empty()))
                .zip(split)
                .map(|(d, p)| d.unwrap_or_else(|| vec![p.clone()]))
                .collect();
            self.hl.terms.extend(forms.iter().flatten().cloned());
            as_part.extend(parts_near_and_apart(c, &forms, 1.0));
            // The first part inside the index's longer compounds, weighed less than the
            // part itself: "energi" standing near "planering" says more than
            // "energieffektiv" does.
            if !first_longer.is_empty() {
                self.hl.terms.extend(first_longer.iter().cloned());
                let mut longer_forms = forms.clone();
                if let Some(first) = longer_forms.first_mut() {
                    *first = first_longer;
                }
                as_part.extend(parts_near_and_apart(c, &longer_forms, BOOST_LONGER_PART));
            }
        }
        per_field.push(boost(should(as_part), BOOST_COMPOUND));
        should(per_field)
    }

    /// Free text: a query word (which may analyse to several words) or a phrase. Stop words
    /// count only in phrases (and in a word that is nothing else, such as "och" alone,
    /// they find nothing).
    fn text(&mut self, text: &str, phrase: bool) -> Option<Box<dyn Query>> {
        let mut words = analyze(text);
        if !phrase || (words.len() == 1 && words.iter().all(|w| w.kind == TokenKind::Stop)) {
            words.retain(|w| w.kind != TokenKind::Stop);
        }
        // Stop words at either end of a phrase add nothing but cost.
        let kept = |w: &AnalyzedWord| w.kind != TokenKind::Stop;
        if let (Some(a), Some(b)) = (words.iter().position(kept), words.iter().rposition(kept)) {
            words = words.drain(a..=b).collect();
        }
        match words.as_slice() {
            [] => None,
            [one] => Some(self.word(one)),
            many => {
                let base = many.first().map(|w| w.position).unwrap_or(0);
                // Stop words are marked in snippets only when the phrase is nothing else.
                let only_stop = many.iter().all(|w| w.kind == TokenKind::Stop);
                for w in many
                    .iter()
                    .filter(|w| w.kind != TokenKind::Stop || only_stop)
                {
                    self.hl.terms.extend(forms_of(w));
                }
                // Any form of each word: "hälsan i Malmö" also finds "hälsa i Malmö".
                let forms: Vec<Vec<String>> = many.iter().map(forms_of).collect();
                let words: Vec<(usize, &[String])> = many
                    .iter()
                    .zip(&forms)
                    .map(|(w, f)| (w.position - base, &f[..]))
                    .collect();
                let fields = self.text_fields();
                let per_field = fields.map(|(f, b)| self.weigh(f, phrase_q(f, &words, 0), b));
                Some(should(per_field.into()))
            }
        }
    }

    /// The words of an implicit AND near each other: for every pair of the query's words (at
    /// most [`PROXIMITY_WORDS`] of them), a bonus where the two stand within
    /// [`PROXIMITY_SLOP`] positions in the page text, in either order. This is the term
    /// dependence of Metzler and Croft's sequential dependence model, which BM25 over single
    /// words lacks: a page where "länsstyrelsen" and "rapportera" stand in one sentence is
    /// about the query, a page that has each of them somewhere is less so. Only ranks:
    /// never adds or removes a hit.
    fn proximity(&self, items: &[Ast]) -> Option<Box<dyn Query>> {
        // Each word with its position in the query (stop words take one, as in the index).
        let words: Vec<AnalyzedWord> = items
            .iter()
            .enumerate()
            .filter_map(|(at, item)| match item {
                Ast::Word(w) => Some(analyze(w).into_iter().map(move |mut a| {
                    a.position += at;
                    a
                })),
                _ => None,
            })
            .flatten()
            .filter(|w| w.kind == TokenKind::Word)
            .take(PROXIMITY_WORDS)
            .collect();
        if words.len() < 2 {
            return None;
        }
        let field = self.f.text;
        let mut pairs: Vec<Box<dyn Query>> = Vec::new();
        // Two words next to each other as in the query ("Kommunerna ska", "hovrättens
        // domslut"): the model's ordered window, on top of the unordered one below.
        for (a, b) in words.iter().zip(words.iter().skip(1)) {
            let (fa, fb) = (forms_of(a), forms_of(b));
            let gap = b.position.saturating_sub(a.position).max(1);
            pairs.push(Box::new(RegexPhraseQuery::new_with_offset_and_slop(
                field,
                vec![(0, alternatives(&fa)), (gap, alternatives(&fb))],
                1,
            )));
        }
        for (i, a) in words.iter().enumerate() {
            for b in words.iter().skip(i + 1) {
                if a.term == b.term {
                    continue;
                }
                for (x, y) in [(a, b), (b, a)] {
                    let (fx, fy) = (forms_of(x), forms_of(y));
                    pairs.push(phrase_q(field, &[(0, &fx), (1, &fy)], PROXIMITY_SLOP));
                }
            }
        }
        Some(boost(should(pairs), BOOST_PROXIMITY))
    }

    /// An identifier: its key in the `ids` field, or its words in this order.
    fn ident(&mut self, key: &str, surface: &str) -> Box<dyn Query> {
        self.hl.terms.insert(key.to_string());
        let exact = boost(term_q(self.f.ids, key), 3.0);
        // A page of the document whose own number it is (see the index's writer).
        // (A constant: every page of the document alike, however many numbers it cites.)
        let own: Box<dyn Query> = Box::new(ConstScoreQuery::new(
            term_q(self.f.ids, &format!("={key}")),
            BOOST_OWN,
        ));
        // As typed and in its normalised form ("dir 2014 158" is written "dir. 2014:158",
        // "nfs-2007-10" "NFS 2007:10").
        let recognised = crate::ident::normalize(surface)
            .or_else(|| crate::ident::normalize(&surface.to_uppercase()));
        // A court case number is recognised in every spacing it is written in ("T 3592-13",
        // "T3592-13", "mål nr T 3592-13"), so its key is required: its words in order alone
        // would also find "T 2012-06-01", a date after a "T".
        let (kind, normal) = recognised.unzip();
        let whole_only = kind == Some(crate::ident::IdentKind::CaseNumber);
        let normal = normal.filter(|id| terms_key(id) != terms_key(surface));
        // The same number as others write it ("KS-2013-375" for "KS 2013/375", "AD 2013:63"
        // for "AD 2013 nr 63"): its key and its words too.
        let spellings = crate::ident::other_spellings(surface);
        let forms: Vec<&str> = std::iter::once(surface)
            .chain(normal.as_deref())
            .chain(spellings.iter().map(String::as_str))
            .collect();
        let analysed: Vec<Vec<AnalyzedWord>> = forms.iter().map(|f| analyze(f)).collect();
        // The words of the identifier in order ("KS 2013/375" written in a table cell).
        let mut alts = vec![own];
        let mut keys: Vec<(String, Score)> = Vec::new();
        for spelling in &spellings {
            let ids = identifiers(spelling, true).into_iter();
            let ids = ids.filter(|id| id.from == 0 && id.to == spelling.len());
            keys.extend(ids.map(|id| (id.key, 3.0)));
        }
        // A section sign on the other side ("§ 14" for "14 §", its normal form), weighed as
        // a synonym: the form typed ranks first.
        let side = crate::ident::other_side(surface).map(|s| (ident_key(&s), 3.0 * BOOST_SYNONYM));
        for (key, weight) in keys.into_iter().chain(side) {
            self.hl.terms.insert(key.clone());
            alts.push(boost(term_q(self.f.ids, &key), weight));
        }
        for (form, ws) in forms.iter().zip(&analysed) {
            if ws.iter().filter(|w| w.kind != TokenKind::Stop).count() >= 2 {
                alts.extend(self.text(form, true));
            }
        }
        if whole_only {
            // Only the pages with the number as a whole; where its words stand in the text
            // (not only in a running header or the file name), they rank first.
            let mut ranked = vec![(Occur::Must, exact)];
            ranked.extend(alts.into_iter().map(|q| (Occur::Should, q)));
            return Box::new(BooleanQuery::new(ranked));
        }
        alts.insert(0, exact);
        // The number cited without its series or office: the last part of a series number
        // ("förordningen (1999:175)"), else the numbers after the words, in order
        // ("Avgörande 2013-11-19; 2013-07406" for "ARN 2013-07406").
        let colon = |ws: &Vec<AnalyzedWord>| {
            let mut n = ws.iter().rev().filter(|_| key.contains(':'));
            let n = n.find(|w| w.kind == TokenKind::Number && w.term.contains(':'));
            n.map(|n| term_q(self.f.text, &n.term))
        };
        let numbers = |ws: &Vec<AnalyzedWord>| {
            let from = ws.iter().position(|w| w.kind == TokenKind::Number)?;
            let tail: Vec<[String; 1]> = ws[from..].iter().map(|w| [w.term.clone()]).collect();
            let all = ws[from..].iter().all(|w| w.kind == TokenKind::Number);
            let at = ws[from..].iter().zip(&tail);
            let base = ws[from].position;
            let at: Vec<(usize, &[String])> =
                at.map(|(w, t)| (w.position - base, &t[..])).collect();
            (from > 0 && all && tail.len() >= 2).then(|| phrase_q(self.f.text, &at, 0))
        };
        let alone = analysed.iter().find_map(colon);
        if let Some(q) = alone.or_else(|| analysed.iter().find_map(numbers)) {
            alts.push(boost(q, BOOST_CITED));
        }
        should(alts)
    }

    fn field(&mut self, name: &str, value: &str, pos: usize) -> Result<Box<dyn Query>, IndexError> {
        let f = self.f;
        match name {
            "doc" => Ok(term_q(f.doc, value)),
            "kind" => {
                let v = value.to_lowercase();
                match v.as_str() {
                    "page" | "action" => Ok(term_q(f.kind, &v)),
                    "report" | "protocol" | "web" | "text" => Ok(term_q(f.doc_kind, &v)),
                    _ => Err(syntax(format!(
                        "kind:{value} at position {pos}: the kind is page, action, report, protocol, web or text"
                    ))),
                }
            }
            "action" => {
                let n = value.trim_start_matches('#').trim_end_matches('.');
                if n.is_empty() || !n.chars().any(|c| c.is_ascii_digit()) {
                    return Err(syntax(format!(
                        "action:{value} at position {pos}: the action is a number, e.g. action:5 or action:1.1"
                    )));
                }
                Ok(Box::new(TermQuery::new(
                    Term::from_field_text(f.action, n),
                    IndexRecordOption::Basic,
                )))
            }
            _ => {
                let v = value.to_lowercase();
                self.hl.terms.insert(v.clone());
                Ok(term_q(f.ids, &v))
            }
        }
    }

    /// A phrase or a hyphenated word (`strict`) and, filling up after the pages that have it,
    /// the pages with its words in any order and place ("e-ticket" for e-biljett), the more
    /// of them the better (BM25 over the words).
    fn or_words_apart(
        &mut self,
        strict: Option<Box<dyn Query>>,
        text: &str,
    ) -> Result<Option<Box<dyn Query>>, IndexError> {
        if !self.mode.relaxed {
            return Ok(strict);
        }
        let loose = self
            .compile(&Ast::And(words_of(text), false))?
            .map(|q| boost(q, BOOST_PHRASE_WORDS));
        Ok(match (strict, loose) {
            (Some(a), Some(b)) => Some(should(vec![a, b])),
            (a, b) => a.or(b),
        })
    }

    pub(super) fn compile(&mut self, ast: &Ast) -> Result<Option<Box<dyn Query>>, IndexError> {
        match ast {
            Ast::Word(w) => {
                // (A case number typed glued, "T11891-11", is an identifier: `crate::ident`.)
                let mut text = self.text(w, false);
                if is_hyphenated(w) {
                    // "e-biljett": its words in this order, then (filling up) apart.
                    text = self.or_words_apart(text, &w.replace('-', " "))?;
                }
                // A loan word or an abbreviation also finds its Swedish forms ("email" finds
                // "e-post"), each as a phrase of its words, never through their parts.
                let (mut alts, mode) = (Vec::from_iter(text), self.mode);
                self.mode.plain = true;
                for other in synonyms(w) {
                    alts.extend(self.text(other, true).map(|q| boost(q, BOOST_SYNONYM)));
                }
                alts.extend(self.acronym(w).map(|q| boost(q, BOOST_SYNONYM)));
                self.mode = mode;
                text = (!alts.is_empty()).then(|| should(alts));
                let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
                // A word with inner punctuation may be an identifier as a whole (a document
                // id such as "protokoll-ks-2020-04-06-p216"): try it in the exact field too.
                let inner_punct = trimmed.chars().any(|c| matches!(c, '-' | '_' | '.' | '/'));
                if !inner_punct {
                    return Ok(text);
                }
                let exact = boost(term_q(self.f.ids, &trimmed.to_lowercase()), 2.0);
                Ok(Some(match text {
                    Some(t) => should(vec![t, exact]),
                    None => exact,
                }))
            }
            Ast::Phrase(p) => {
                let phrase = self.text(p, true);
                self.or_words_apart(phrase, p)
            }
            Ast::Ident(k, s) => Ok(Some(self.ident(k, s))),
            Ast::Field(n, v, pos) => self.field(n, v, *pos).map(Some),
            Ast::Not(_) => Err(syntax(
                "the query only excludes terms: add a term to find".into(),
            )),
            Ast::Or(items) => {
                let mut qs = Vec::new();
                for item in items {
                    if let Ast::Not(_) = item {
                        return Err(syntax(
                            "an excluded term (-word) cannot be an alternative of OR".into(),
                        ));
                    }
                    if let Some(q) = self.compile(item)? {
                        qs.push(q);
                    }
                }
                Ok((!qs.is_empty()).then(|| should(qs)))
            }
            Ast::And(items, explicit) => {
                let relaxed = self.mode.relaxed && !*explicit;
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                // The words and phrases of an implicit AND (each required, see below).
                let mut free: Vec<Boxed> = Vec::new();
                let mut weights: Vec<Score> = Vec::new();
                let mut positive = 0;
                let free_items = if *explicit {
                    items.to_vec()
                } else {
                    self.joined(items)
                };
                // The word after "hur" asks for a degree ("hur ofta", "hur länge", "hur
                // många"): the answer states it ("årligen", "till 2020", "20 %") and seldom
                // has the word, so of a longer question it only ranks.
                let asked = |i: usize| {
                    let hur = i.checked_sub(1).and_then(|h| free_items.get(h));
                    let hur = matches!(hur, Some(Ast::Word(h)) if h.to_lowercase() == "hur");
                    hur && !*explicit && free_items.len() > 3
                };
                for (i, item) in free_items.iter().enumerate() {
                    match item {
                        Ast::Not(inner) => {
                            // Excluded terms are never fuzzy.
                            let saved = self.mode;
                            self.mode.fuzzy = false;
                            self.mode.relaxed = false;
                            let q = self.compile(inner);
                            self.mode = saved;
                            if let Some(q) = q? {
                                let one = Coordinated::seek_only(q);
                                clauses.push((Occur::MustNot, Box::new(one)));
                            }
                        }
                        Ast::Field(..) => {
                            if let Some(q) = self.compile(item)? {
                                clauses.push((Occur::Must, q));
                                positive += 1;
                            }
                        }
                        _ if asked(i) => {
                            if let Some(q) = self.compile(item)? {
                                clauses.push((Occur::Should, q));
                            }
                        }
                        _ => {
                            if let Some(q) = self.compile(item)? {
                                free.push(Boxed(q));
                                weights.push(self.idf(item));
                                positive += 1;
                            }
                        }
                    }
                }
                // Every word is required; of a longer query typed without operators, all but
                // a quarter (as Solr's usual `mm` of "-25%"): a page that says "hovrättens
                // domslut står fast" answers "Högsta domstolen fastställer hovrättens
                // domslut" though one word is missing. The words it has, and how near they
                // stand, rank it.
                let need = if !*explicit && free.len() >= MOST_WORDS_FROM {
                    free.len() - free.len() / 4
                } else {
                    free.len()
                };
                let n = free.len();
                if relaxed {
                    // Filling up after the full matches: any of the words, the pages that lack
                    // only one word more than the full matches first (a coordination factor:
                    // their words count 1 + BOOST_COORDINATION times), so a page with two of
                    // three key words comes before a page with one of them many times. The
                    // words weigh their idf: a page that lacks the query's rarest word
                    // ("byggherren" of "vad ska byggherren göra") does not have most of it; a
                    // word up to half as heavy again as the average may be the one missing.
                    let most = need.saturating_sub(1);
                    if most >= 2 {
                        clauses.push((
                            Occur::Should,
                            Box::new(Coordinated {
                                words: free,
                                weights,
                                shares: Shares {
                                    need: 1,
                                    floor: 0.0,
                                    most: (most as Score - 0.5) / n as Score,
                                    factor: BOOST_COORDINATION,
                                    every: BOOST_ALL_WORDS,
                                },
                            }),
                        ));
                    } else {
                        clauses.extend(free.into_iter().map(|q| (Occur::Should, q.0)));
                    }
                } else if need < n {
                    // A page that has every word ranks above the pages that miss one. The
                    // words a page may miss are the light ones: what it lacks weighs no more
                    // than the query's lightest quarter and half an average word ("vem ska
                    // betala rättegångskostnaderna i Högsta domstolen" needs
                    // "rättegångskostnaderna", not "domstolen").
                    let total: Score = weights.iter().sum();
                    let mut sorted = weights.clone();
                    sorted.sort_by(Score::total_cmp);
                    let lightest: Score = sorted.iter().take(n - need).sum();
                    let floor = ((total - lightest - 0.5 * total / n as Score) / total).max(0.0);
                    clauses.push((
                        Occur::Must,
                        Box::new(Coordinated {
                            words: free,
                            weights,
                            shares: Shares {
                                need,
                                floor,
                                most: 1.0,
                                factor: BOOST_ALL_WORDS,
                                every: 0.0,
                            },
                        }),
                    ));
                } else {
                    clauses.extend(free.into_iter().map(|q| (Occur::Must, q.0)));
                }
                if !*explicit && positive >= 2 {
                    if let Some(q) = self.proximity(items) {
                        clauses.push((Occur::Should, q));
                    }
                }
                if positive == 0 {
                    if clauses.is_empty() {
                        return Ok(None);
                    }
                    return Err(syntax(
                        "the query only excludes terms: add a term to find".into(),
                    ));
                }
                // Relaxed, at least one word must match: filters restrict, never add.
                let min = usize::from(relaxed);
                Ok(Some(Box::new(BooleanQuery::with_minimum_required_clauses(
                    clauses, min,
                ))))
            }
        }
    }
}
