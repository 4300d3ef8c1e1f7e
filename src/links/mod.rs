//! Links across documents: resolves the mentions found by [`crate::structure`] (action
//! numbers and titles, recommendation codes, diary numbers) into [`Link`]s. What is known
//! about a target (`show`, `recommendations`) is answered by [`crate::query`].
//!
//! A document's links are found from that document alone ([`own_links`]) and from the
//! distinct action titles ([`TitleIndex::links`]); targets that depend on other documents
//! are keys resolved when read ([`resolve`]: a title key to every copy of the action, "åtgärd
//! N" to the only action N, a bare code to a quoted recommendation), so that an ingest
//! stores links only for the documents it reads and many copies of a report cost nothing
//! per mention.
//!
//! Link kinds (a link stands at a page of a document and points at a target):
//!
//! | kind | meaning | target |
//! |---|---|---|
//! | `lists` | a table-of-contents entry of the action | `action:<doc>#<N>` |
//! | `describes` | a page where the action's own text stands | `action:<doc>#<N>` |
//! | `cites` | the action quotes the recommendation (stands on the action's first page) | `recommendation:<code>` |
//! | `mentions-number` | "N. Title" of an action elsewhere, or "åtgärd N" when one report has it | `action:<doc>#<N>` |
//! | `mentions-title` | an action's title, possibly shortened or slightly reworded | `action:<doc>#<N>` |
//! | `mentions-code` | a recommendation code in a reference "(code, s. N)" or after "rekommendation", a bare code known from a quoted proposal, or an overarching recommendation named in words ("Ö1", "Ö2", see [`crate::structure::references`]) | `recommendation:<code>` |
//! | `mentions-diary-number` | a diary number such as STK-2019-1535 | `diary:<number>` |
//!
//! Title matching compares words (lower-cased, punctuation stripped, small spelling and
//! inflection differences tolerated) in order: a mention must cover at least 70 % of the
//! title's words, or, for a shortened title, at least six words (and 25 % of the title) that
//! make up almost all of one line, list item or paragraph. A reworded title is recognised in
//! a short unit (list item, heading, short paragraph) whose content words (four letters or
//! more) are mostly the title's and cover most of the title's. A report's own table of contents
//! and the action's own pages are not counted as mentions (they are `lists`/`describes`).

mod lexicon;

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use rayon::prelude::*;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use lexicon::{Lexicon, PageWords};

use crate::ident::LinkKind;
use crate::model::{DocRecord, Link};
use crate::structure::norm_word;
use crate::structure::references::find_codes;

/// Target of a link to an action.
pub fn action_target(doc: &str, number: &str) -> String {
    format!("action:{doc}#{number}")
}

/// Target of a link to a recommendation.
pub fn recommendation_target(code: &str) -> String {
    format!("recommendation:{code}")
}

/// Target of a link to a diary number.
pub fn diary_target(number: impl std::fmt::Display) -> String {
    format!("diary:{number}")
}

/// Shortest title (in words) matched on its own, without its number.
const MIN_TITLE_WORDS: usize = 4;
/// Share of a title's words a full mention must cover, in tenths.
const FULL_TENTHS: usize = 7;
/// Share of a title's words a shortened mention must cover, in percent.
const SHORT_PERCENT: usize = 25;
/// Fewest words a shortened-title mention must cover.
const MIN_SHORT_WORDS: usize = 6;

static ACTION_WORD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\båtgärd(?:en|erna)?\s+(?:nr\.?\s+|nummer\s+)?(\d{1,3})\b")
        .expect("static regex")
});

/// Target key of a title mention, resolved at read time to every action with this number and
/// title (see [`title_key`]).
pub fn title_target(key: &str) -> String {
    format!("title:{key}")
}

/// Target key of an "åtgärd N" mention, resolved at read time to action N when exactly one
/// document has an action N.
pub fn number_target(number: &str) -> String {
    format!("number:{number}")
}

/// Target key of a bare code on a page, resolved at read time to the recommendation when
/// some action quotes a proposal with this code.
pub fn bare_target(code: &str) -> String {
    format!("bare:{code}")
}

/// The key of an action's title: its number and normalised words (`None` for titles too
/// short to be matched on their own). Copies and versions of a report share their keys, so
/// that a mention is stored once, however many copies there are.
pub fn title_key(number: &str, title: &str) -> Option<String> {
    let words = norm_words(title);
    (words.len() >= MIN_TITLE_WORDS).then(|| key_of(number, &words))
}

fn key_of(number: &str, words: &[String]) -> String {
    let mut h = blake3::Hasher::new();
    h.update(number.as_bytes());
    for w in words {
        h.update(&[0]);
        h.update(w.as_bytes());
    }
    h.finalize().to_hex()[..24].to_string()
}

/// What the keys of link targets stand for, as far as the reader knows (the index, or the
/// records in memory): see [`resolve`].
pub trait Targets {
    /// The actions (document, number) whose title has this key.
    fn title_places(&mut self, key: &str) -> Vec<(String, String)>;
    /// The document of action `number` when exactly one document has an action `number`.
    fn only_holder(&mut self, number: &str) -> Option<String>;
    /// Whether some action quotes a recommendation with this code.
    fn known_code(&mut self, code: &str) -> bool;
}

/// A stored link with its target key resolved: concrete targets as they are, a title key
/// to every action with that title, a number to its only holder, a bare code to its
/// recommendation when the code is known; nothing when the key resolves to nothing.
pub fn resolve(l: Link, targets: &mut dyn Targets, out: &mut Vec<Link>) {
    if let Some(key) = l.target.strip_prefix("title:") {
        for (doc, number) in targets.title_places(key) {
            out.push(link(&l.doc, l.page, l.kind, &action_target(&doc, &number)));
        }
    } else if let Some(n) = l.target.strip_prefix("number:") {
        if let Some(doc) = targets.only_holder(n) {
            out.push(link(&l.doc, l.page, l.kind, &action_target(&doc, n)));
        }
    } else if let Some(code) = l.target.strip_prefix("bare:") {
        if targets.known_code(code) {
            out.push(link(&l.doc, l.page, l.kind, &recommendation_target(code)));
        }
    } else {
        out.push(l);
    }
}

/// The links a document makes on its own, without knowing the others: its actions' `lists`,
/// `describes` and `cites`, the mentions the structure stage found, and, as keys resolved at
/// read time, "åtgärd N" ([`number_target`]) and bare codes ([`bare_target`]).
pub fn own_links(r: &DocRecord) -> Vec<Link> {
    let mut out: BTreeSet<Link> = BTreeSet::new();
    for a in &r.structure.actions {
        let target = action_target(&a.doc, &a.number);
        if let Some(p) = a.toc_page {
            out.insert(link(&a.doc, p, LinkKind::Lists, &target));
        }
        for &p in &a.pages {
            out.insert(link(&a.doc, p, LinkKind::Describes, &target));
        }
        if let Some(&first) = a.pages.first() {
            for rr in &a.recommendations {
                out.insert(link(
                    &a.doc,
                    first,
                    LinkKind::Cites,
                    &recommendation_target(&rr.code),
                ));
            }
        }
    }
    for m in &r.structure.mentions {
        let target = match m.kind {
            LinkKind::MentionsCode => recommendation_target(&m.target),
            LinkKind::MentionsDiaryNumber => diary_target(&m.target),
            _ => m.target.clone(),
        };
        out.insert(link(&r.id, m.page, m.kind, &target));
    }
    let toc_pages = toc_pages(r);
    for page in &r.pages {
        // Bare codes count where they are codes known from quoted proposals (resolved when
        // read); not where this document's own action quoting it starts.
        let cited_here: BTreeSet<&str> = r
            .structure
            .actions
            .iter()
            .filter(|a| a.pages.first() == Some(&page.number))
            .flat_map(|a| a.recommendations.iter().map(|x| x.code.as_str()))
            .collect();
        for code in find_codes(&page.text) {
            let found = link(
                &r.id,
                page.number,
                LinkKind::MentionsCode,
                &recommendation_target(&code),
            );
            if !cited_here.contains(code.as_str()) && !out.contains(&found) {
                out.insert(link(
                    &r.id,
                    page.number,
                    LinkKind::MentionsCode,
                    &bare_target(&code),
                ));
            }
        }
        // "åtgärd 5": resolved to action 5 when exactly one document has it; not on this
        // document's own pages of its action 5 or its table of contents.
        for c in ACTION_WORD_RE.captures_iter(&page.text) {
            let Some(m) = c.get(1) else { continue };
            // "… av åtgärden 45. Skapa …": a list number, not a reference.
            if page.text.get(m.end()..).is_some_and(|r| r.starts_with('.')) {
                continue;
            }
            let n = m.as_str();
            let own = r.structure.actions.iter().any(|a| {
                a.number == n
                    && (a.pages.contains(&page.number) || toc_pages.contains(&page.number))
            });
            if !own {
                out.insert(link(
                    &r.id,
                    page.number,
                    LinkKind::MentionsNumber,
                    &number_target(n),
                ));
            }
        }
    }
    out.into_iter().collect()
}

/// The pages of a document that are its own table of contents (where its actions are listed).
fn toc_pages(r: &DocRecord) -> BTreeSet<u32> {
    r.structure
        .actions
        .iter()
        .filter_map(|a| a.toc_page)
        .collect()
}

/// The distinct anchor keys (first letters, see `lexicon::anchor_key`) of the words of a
/// page, as title matching reads them: stored with each page in the index, so that the
/// pages that may mention a title are found with a query ([`title_anchors`]).
pub fn page_anchors(page: &crate::model::Page) -> Vec<String> {
    // An anchor key is at most `ANCHOR_CHARS` (4) characters, so at most 16 bytes: each is
    // packed into a number (its bytes, zero-padded, and its length), and the page's keys
    // are sorted and made distinct as numbers, in the byte order of the strings.
    let mut packed: Vec<(u128, u8)> = Vec::new();
    let mut key = String::new();
    for_each_raw_word(page, |_, raw| {
        if raw_anchor_key(raw, &mut key) {
            if let Some(k) = pack_key(&key) {
                packed.push(k);
            }
        }
    });
    packed.sort_unstable();
    packed.dedup();
    packed.into_iter().map(unpack_key).collect()
}

/// A key of at most 16 bytes as a number: its bytes big-endian, zero-padded, and its length
/// (so that the pairs sort as the strings do).
fn pack_key(key: &str) -> Option<(u128, u8)> {
    let b = key.as_bytes();
    let mut buf = [0u8; 16];
    buf.get_mut(..b.len())?.copy_from_slice(b);
    Some((u128::from_be_bytes(buf), u8::try_from(b.len()).ok()?))
}

/// The key [`pack_key`] packed.
fn unpack_key((n, len): (u128, u8)) -> String {
    let buf = n.to_be_bytes();
    let bytes = buf.get(..usize::from(len)).unwrap_or_default();
    String::from_utf8_lossy(bytes).into_owned()
}

/// What a page must have to mention this title at all: the anchor keys of the title's long
/// words (one per word, repeated when two words share one) and how many of them the page
/// must have ([`page_anchors`]); the quick filter of title matching, so a page with fewer
/// never mentions it. `None` for a title that is never matched (too short).
pub fn title_anchors(title: &str) -> Option<(Vec<String>, usize)> {
    let words = norm_words(title);
    if words.len() < MIN_TITLE_WORDS {
        return None;
    }
    let long: Vec<String> = words
        .iter()
        .filter(|w| w.chars().count() >= 5)
        .filter_map(|w| lexicon::anchor_key(w).map(str::to_string))
        .collect();
    if long.is_empty() {
        return None;
    }
    let need = long.len().div_ceil(3).max(3.min(long.len()));
    Some((long, need))
}

/// The distinct action titles to look for on pages: one key per distinct (number, title)
/// (copies and versions of a report share their titles, and a page is matched against each
/// distinct title once).
pub struct TitleIndex {
    lexicon: Lexicon,
    titled: Vec<TitleKey>,
    /// Which titles have a long word with this anchor, and how many such words.
    by_anchor: Vec<Vec<(usize, usize)>>,
    /// The distinct numbers of the titles, each with an id ([`TitleKey::number_id`]).
    numbers: FxHashMap<String, u32>,
}

impl TitleIndex {
    /// The index of the given (number, title) pairs (short titles are left out).
    pub fn new<'a>(titles: impl IntoIterator<Item = (&'a str, &'a str)>) -> TitleIndex {
        let mut lexicon = Lexicon::default();
        let mut titled: Vec<TitleKey> = Vec::new();
        let mut seen: HashMap<(String, Vec<String>), usize> = HashMap::new();
        for (number, title) in titles {
            let words = norm_words(title);
            if words.len() < MIN_TITLE_WORDS {
                continue;
            }
            if let std::collections::hash_map::Entry::Vacant(e) =
                seen.entry((number.to_string(), words))
            {
                let key = TitleKey::new(number, e.key().1.as_slice(), &mut lexicon);
                e.insert(titled.len());
                titled.push(key);
            }
        }
        let mut numbers: FxHashMap<String, u32> = FxHashMap::default();
        for key in &mut titled {
            let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
            key.number_id = *numbers.entry(key.number.clone()).or_insert(next);
        }
        let mut by_anchor: Vec<Vec<(usize, usize)>> = vec![Vec::new(); lexicon.anchor_count()];
        for (t, key) in titled.iter().enumerate() {
            for &k in &key.long_anchors {
                let Some(list) = by_anchor.get_mut(k as usize) else {
                    continue;
                };
                match list.last_mut() {
                    Some((last, n)) if *last == t => *n += 1,
                    _ => list.push((t, 1)),
                }
            }
        }
        TitleIndex {
            lexicon,
            titled,
            by_anchor,
            numbers,
        }
    }

    /// How many distinct titles.
    pub fn len(&self) -> usize {
        self.titled.len()
    }

    /// Whether there are no titles.
    pub fn is_empty(&self) -> bool {
        self.titled.is_empty()
    }

    /// The title mentions (`mentions-title`, or `mentions-number` for "N. Title") on the
    /// pages of the given documents, documents in parallel. A mention of a document's own
    /// action targets that action; any other targets the title's key ([`title_target`]).
    pub fn links(&self, records: &[DocRecord]) -> Vec<Link> {
        if self.titled.is_empty() || records.is_empty() {
            return Vec::new();
        }
        // One reading of every page: the pages that may mention a title at all (enough of
        // some title's long words start like a word of the page: the quick filter of
        // `find_title`; the others are never read again), and every distinct word of those
        // pages, to be looked up once with the title words it is similar to.
        let (mut read, distinct) = records
            .par_iter()
            .enumerate()
            .with_max_len(1)
            .fold(
                || (Vec::new(), FxHashSet::default(), PageScratch::default()),
                |(mut read, mut set, mut scratch), (i, r)| {
                    let wanted: Vec<bool> = r
                        .pages
                        .iter()
                        .map(|p| self.may_mention(p, &mut scratch, &mut set))
                        .collect();
                    read.push((i, wanted));
                    (read, set, scratch)
                },
            )
            .map(|(read, set, _)| (read, set))
            .reduce(
                || (Vec::new(), FxHashSet::default()),
                |(mut ra, mut a): (Vec<(usize, Vec<bool>)>, FxHashSet<String>), (rb, mut b)| {
                    ra.extend(rb);
                    // Fold the smaller set into the larger one.
                    if a.len() < b.len() {
                        std::mem::swap(&mut a, &mut b);
                    }
                    a.extend(b);
                    (ra, a)
                },
            );
        read.sort_unstable_by_key(|(i, _)| *i);
        let candidates: Vec<Vec<bool>> = read.into_iter().map(|(_, w)| w).collect();
        let page_words = PageWords::new(&self.lexicon, distinct);
        let ctx = Titles {
            titled: &self.titled,
            by_anchor: &self.by_anchor,
            words: &page_words,
            numbers: &self.numbers,
        };
        // The pages of a large corpus against the titles of all its reports is the
        // costliest step of linking.
        let mentioned: Vec<Vec<Link>> = records
            .par_iter()
            .zip(&candidates)
            .with_max_len(1)
            .map(|(r, wanted)| title_links(r, wanted, &ctx))
            .collect();
        mentioned.into_iter().flatten().collect()
    }

    /// Whether enough of some title's long words start like a word of the page for the
    /// page to mention it (the quick filter of `find_title`, counted from the page's side
    /// as `title_links` counts it); when it may, its distinct normalised words go into
    /// `distinct`. The page is read once, into `scratch`.
    fn may_mention(
        &self,
        page: &crate::model::Page,
        scratch: &mut PageScratch,
        distinct: &mut FxHashSet<String>,
    ) -> bool {
        scratch.text.clear();
        scratch.ends.clear();
        scratch.anchors.clear();
        for_each_word(page, |_, _, norm| {
            if let Some(k) = lexicon::anchor_key(norm).and_then(|k| self.lexicon.anchor_of_key(k)) {
                scratch.anchors.insert(k);
            }
            scratch.text.push_str(norm);
            scratch.ends.push(scratch.text.len());
        });
        let mut present: FxHashMap<usize, usize> = FxHashMap::default();
        for &k in &scratch.anchors {
            for &(t, n) in self.by_anchor.get(k as usize).into_iter().flatten() {
                *present.entry(t).or_default() += n;
            }
        }
        let may = present.into_iter().any(|(t, p)| {
            self.titled
                .get(t)
                .is_some_and(|key| passes_quick_filter(p, key.long_anchors.len()))
        });
        if may {
            let mut from = 0;
            for &to in &scratch.ends {
                let w = scratch.text.get(from..to).unwrap_or_default();
                if !distinct.contains(w) {
                    distinct.insert(w.to_string());
                }
                from = to;
            }
        }
        may
    }
}

/// A worker's buffers for reading a page in [`TitleIndex::may_mention`]: its normalised
/// words one after the other (and where each ends), the anchor ids of its words.
#[derive(Default)]
struct PageScratch {
    text: String,
    ends: Vec<usize>,
    anchors: FxHashSet<u32>,
}

/// The quick filter of title matching: `present` of a title's `long` long words start like
/// a word of the page.
fn passes_quick_filter(present: usize, long: usize) -> bool {
    long > 0 && present * 3 >= long && present >= 3.min(long)
}

/// What title matching looks up: the distinct titles, the titles by anchor, the page words.
struct Titles<'a> {
    titled: &'a [TitleKey],
    by_anchor: &'a [Vec<(usize, usize)>],
    words: &'a PageWords,
    numbers: &'a FxHashMap<String, u32>,
}

/// The `mentions-title` and numbered-title `mentions-number` links on the pages of one
/// document.
fn title_links(r: &DocRecord, wanted: &[bool], ctx: &Titles<'_>) -> Vec<Link> {
    let mut out = Vec::new();
    let toc_pages = toc_pages(r);
    // This document's own actions by title key, with their pages.
    let mut own_keys: HashMap<String, Vec<u32>> = HashMap::new();
    for a in &r.structure.actions {
        if let Some(k) = title_key(&a.number, &a.title) {
            own_keys.entry(k).or_insert_with(|| a.pages.clone());
        }
    }
    let mut present: Vec<usize> = vec![0; ctx.titled.len()];
    let mut tried: FxHashSet<(usize, usize)> = FxHashSet::default();
    for (page, _) in r.pages.iter().zip(wanted).filter(|(_, w)| **w) {
        let page_words = PageText::new(page, ctx.words, ctx.numbers);
        // Candidates: titles with enough long words anchored on this page (the quick
        // filter of `find_title`, counted from the page's side).
        present.iter_mut().for_each(|n| *n = 0);
        let mut candidates = Vec::new();
        for &k in page_words.index.keys() {
            for &(t, n) in ctx.by_anchor.get(k as usize).into_iter().flatten() {
                if let Some(p) = present.get_mut(t) {
                    if *p == 0 {
                        candidates.push(t);
                    }
                    *p += n;
                }
            }
        }
        candidates.sort_unstable();
        for t in candidates {
            let Some(key) = ctx.titled.get(t) else {
                continue;
            };
            // A document that has this action itself means its own action; its table of
            // contents and the action's own pages are not mentions.
            let own = own_keys.get(&key.key);
            if own.is_some_and(|pages| {
                toc_pages.contains(&page.number) || pages.contains(&page.number)
            }) {
                continue;
            }
            if let Some(kind) = find_title(&page_words, key, ctx.words, &mut tried) {
                let target = match own {
                    Some(_) => action_target(&r.id, &key.number),
                    None => title_target(&key.key),
                };
                out.push(link(&r.id, page.number, kind, &target));
            }
        }
    }
    out
}

pub(crate) fn link(doc: &str, page: u32, kind: LinkKind, target: &str) -> Link {
    Link {
        doc: doc.to_string(),
        page,
        kind,
        target: target.to_string(),
    }
}

/// An action title prepared for matching.
struct TitleKey {
    number: String,
    /// The number's id in [`TitleIndex::numbers`].
    number_id: u32,
    /// [`title_key`] of the number and title.
    key: String,
    /// Ids of the title's words ([`Lexicon`]).
    words: Vec<u32>,
    /// Anchor ids of the title's words (four letters or more).
    anchors: Vec<Option<u32>>,
    /// Anchor ids of the title's long words (5 letters or more), one per word.
    long_anchors: Vec<u32>,
    /// Ids of the title's content words (see [`reworded`]).
    content: Vec<u32>,
}

impl TitleKey {
    fn new(number: &str, words: &[String], lexicon: &mut Lexicon) -> TitleKey {
        let anchors: Vec<Option<u32>> = words.iter().map(|w| lexicon.intern_anchor(w)).collect();
        let long_anchors = words
            .iter()
            .zip(&anchors)
            .filter(|(w, _)| w.chars().count() >= 5)
            .filter_map(|(_, k)| *k)
            .collect();
        let content = words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .map(|w| lexicon.intern(w))
            .collect();
        TitleKey {
            number: number.to_string(),
            number_id: u32::MAX,
            key: key_of(number, words),
            words: words.iter().map(|w| lexicon.intern(w)).collect(),
            anchors,
            long_anchors,
            content,
        }
    }
}

/// A word of a page: its id in [`PageWords`], its unit (line/paragraph) and, when it is
/// written with a final full stop ("12.") after a title's number, that number's id
/// ([`TitleIndex::numbers`]: what an action number before a title looks like).
#[derive(Debug, Clone)]
struct PageWord {
    id: u32,
    numbered: Option<u32>,
    unit: usize,
}

fn norm_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(norm_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The anchor key of a word as written (`lexicon::anchor_key` of its [`norm_word`]) into
/// `key`, without making the normalised word: false when the word has none.
fn raw_anchor_key(raw: &str, key: &mut String) -> bool {
    key.clear();
    let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
    // Most words start with ASCII letters: each is its own lower case, one letter.
    if let Some(head) = trimmed.as_bytes().get(..lexicon::ANCHOR_CHARS) {
        if head.is_ascii() {
            key.extend(head.iter().map(|b| char::from(b.to_ascii_lowercase())));
            return true;
        }
    }
    let mut chars = 0;
    for c in trimmed.chars() {
        let mut lower = c.to_lowercase();
        // A letter whose lower case is not one letter, or depends on its neighbours (final
        // sigma): the whole word is lower-cased, as `norm_word` does.
        match (lower.next(), lower.next()) {
            (Some(l), None) if c != 'Σ' => key.push(l),
            _ => {
                let norm = norm_word(raw);
                key.clear();
                let Some(k) = lexicon::anchor_key(&norm) else {
                    return false;
                };
                key.push_str(k);
                return true;
            }
        }
        chars += 1;
        if chars == lexicon::ANCHOR_CHARS {
            return true;
        }
    }
    false
}

/// Call `f(unit, raw, normalised)` for every word of a page, grouped by unit: its layout
/// lines' blocks when it has lines, else its text lines.
fn for_each_word(page: &crate::model::Page, mut f: impl FnMut(usize, &str, &str)) {
    let mut norm = String::new();
    for_each_raw_word(page, |unit, raw| {
        norm_word_into(raw, &mut norm);
        f(unit, raw, &norm)
    });
}

/// [`norm_word`] into a buffer (no allocation per word): words with Σ by `str::to_lowercase`
/// (which knows final sigma), the others here.
fn norm_word_into(raw: &str, out: &mut String) {
    out.clear();
    let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
    if !trimmed.is_ascii() && trimmed.contains('Σ') {
        out.push_str(&trimmed.to_lowercase());
        return;
    }
    // Letter by letter, as `str::to_lowercase` does for every letter but Σ; runs of ASCII
    // are copied and lower-cased in place (most words are ASCII throughout).
    let mut rest = trimmed;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (run, tail) = rest.split_at(ascii);
        let from = out.len();
        out.push_str(run);
        out[from..].make_ascii_lowercase();
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
}

/// Call `f(unit, raw)` for every word of a page, grouped as by [`for_each_word`].
fn for_each_raw_word(page: &crate::model::Page, mut f: impl FnMut(usize, &str)) {
    let mut each = |unit: usize, text: &str| {
        for raw in crate::text::nfc_cow(text).split_whitespace() {
            f(unit, raw);
        }
    };
    if page.lines.is_empty() {
        for (i, l) in page.text.lines().enumerate() {
            each(i, l);
        }
    } else {
        let mut unit = 0usize;
        let mut prev: Option<u32> = None;
        for l in &page.lines {
            if prev.is_some_and(|b| b != l.block) {
                unit += 1;
            }
            prev = Some(l.block);
            each(unit, &l.text);
        }
    }
}

/// A page prepared for title matching.
struct PageText {
    words: Vec<PageWord>,
    /// Positions of the words by anchor id.
    index: FxHashMap<u32, Vec<usize>>,
    /// Every unit, by its number (an empty one never says a title in other words).
    units: Vec<UnitContent>,
}

impl PageText {
    fn new(
        page: &crate::model::Page,
        lexicon: &PageWords,
        numbers: &FxHashMap<String, u32>,
    ) -> PageText {
        let mut words: Vec<PageWord> = Vec::new();
        for_each_word(page, |unit, raw, norm| {
            // Every word of every page is in the lexicon; u32::MAX matches nothing.
            let id = lexicon.id(norm).unwrap_or(u32::MAX);
            words.push(PageWord {
                id,
                numbered: raw.strip_suffix('.').and_then(|n| numbers.get(n).copied()),
                unit,
            });
        });
        let mut index: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        let units = words.last().map_or(0, |w| w.unit + 1);
        let mut content: Vec<UnitContent> = (0..units)
            .map(|_| UnitContent {
                len: 0,
                content: Vec::new(),
            })
            .collect();
        for (i, w) in words.iter().enumerate() {
            if let Some(k) = lexicon.anchor(w.id) {
                index.entry(k).or_default().push(i);
            }
            if let Some(u) = content.get_mut(w.unit) {
                u.len += 1;
                if lexicon.is_content(w.id) {
                    u.content.push(w.id);
                }
            }
        }
        PageText {
            words,
            index,
            units: content,
        }
    }
}

/// Whether a page mentions a title; the kind of the mention.
fn find_title(
    page: &PageText,
    key: &TitleKey,
    lexicon: &PageWords,
    tried: &mut FxHashSet<(usize, usize)>,
) -> Option<LinkKind> {
    let words = &page.words;
    let m = key.words.len();
    // Quick filter: enough of the title's long words start like a word of the page.
    let long = &key.long_anchors;
    let present = long.iter().filter(|k| page.index.contains_key(k)).count();
    if !passes_quick_filter(present, long.len()) {
        return None;
    }
    let sim = |w: Option<&PageWord>, t: Option<&u32>| match (w, t) {
        (Some(w), Some(&t)) => lexicon.similar(w.id, t),
        _ => false,
    };
    let mut best: Option<LinkKind> = None;
    tried.clear();
    for (t0, (&tw, anchor)) in key.words.iter().zip(&key.anchors).enumerate() {
        let Some(positions) = anchor.and_then(|k| page.index.get(&k)) else {
            continue;
        };
        for &start in positions {
            if !lexicon.similar(words.get(start).map_or(u32::MAX, |w| w.id), tw)
                || !tried.insert((start, t0))
            {
                continue;
            }
            // Start the alignment at the title's first words when they are there too.
            let (mut s0, mut b0) = (start, t0);
            while s0 > 0 && b0 > 0 && sim(words.get(s0 - 1), key.words.get(b0 - 1)) {
                s0 -= 1;
                b0 -= 1;
            }
            if s0 != start && !tried.insert((s0, b0)) {
                continue;
            }
            let (end, hits) = align(words, s0, &key.words, b0, lexicon);
            let numbered = b0 == 0
                && s0
                    .checked_sub(1)
                    .and_then(|k| words.get(k))
                    .is_some_and(|p| p.numbered == Some(key.number_id));
            let full = hits * 10 >= m * FULL_TENTHS && hits >= MIN_TITLE_WORDS.min(m);
            let short = !full && hits >= MIN_SHORT_WORDS && hits * 100 >= m * SHORT_PERCENT && {
                // A shortened title must make up (almost) a whole line, item or paragraph.
                let unit = words.get(s0).map(|w| w.unit).unwrap_or(0);
                let unit_len = page.units.get(unit).map_or(0, |u| u.len);
                let span = end.saturating_sub(s0);
                span * 10 <= hits * 12 + 10 && unit_len * 10 <= span * 13 + 10
            };
            if full || short {
                if numbered {
                    return Some(LinkKind::MentionsNumber);
                }
                best = Some(LinkKind::MentionsTitle);
            }
        }
    }
    if best.is_none() && present * 2 >= long.len() && reworded(&page.units, key, lexicon) {
        best = Some(LinkKind::MentionsTitle);
    }
    best
}

/// A unit of a page (line, list item, paragraph) for [`reworded`]: its number of words and
/// the ids of its content words (four letters or more).
struct UnitContent {
    len: usize,
    content: Vec<u32>,
}

/// Whether a short unit (a list item, a heading, a short paragraph) says the title in other
/// words: at least 60 % of the title's content words are in the unit and they make up at
/// least 60 % of the unit's content words (and at least four words).
fn reworded(units: &[UnitContent], key: &TitleKey, lexicon: &PageWords) -> bool {
    let t = &key.content;
    if t.len() < 4 {
        return false;
    }
    // shared >= 4 and shared * 10 >= t.len() * 6.
    let need = (t.len() * 6).div_ceil(10).max(4);
    units.iter().any(|u| {
        if u.len > 2 * key.words.len() + 4 {
            return false;
        }
        let c = &u.content;
        let mut shared = 0;
        for (i, &tw) in t.iter().enumerate() {
            if shared + (t.len() - i) < need {
                return false; // the rest of the title cannot make up the share
            }
            if c.iter().any(|&cw| lexicon.similar(cw, tw)) {
                shared += 1;
            }
        }
        if shared < need {
            return false;
        }
        let covered = c
            .iter()
            .filter(|&&cw| t.iter().any(|&tw| lexicon.similar(cw, tw)))
            .count();
        covered * 10 >= c.len() * 6
    })
}

/// Align page words from `start` with the title words from `t0`: (end, hits).
fn align(
    words: &[PageWord],
    start: usize,
    title: &[u32],
    t0: usize,
    lexicon: &PageWords,
) -> (usize, usize) {
    let sim = |w: Option<&PageWord>, t: Option<&u32>| match (w, t) {
        (Some(w), Some(&t)) => lexicon.similar(w.id, t),
        _ => false,
    };
    let (mut a, mut b, mut hits) = (start, t0, 0usize);
    let mut misses = 0usize;
    while b < title.len() && a < words.len() && misses <= 3 {
        let (wa, tb) = (words.get(a), title.get(b));
        if sim(wa, tb) {
            hits += 1;
            a += 1;
            b += 1;
            misses = 0;
        } else if sim(wa, title.get(b + 1)) {
            b += 1;
            misses += 1;
        } else if sim(words.get(a + 1), tb) {
            a += 1;
            misses += 1;
        } else {
            a += 1;
            b += 1;
            misses += 1;
        }
    }
    // Trailing unmatched words are not part of the mention.
    let end = a.saturating_sub(misses.min(a - start));
    (end, hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchor key made from a word as written is the one of its normalised form, for
    /// letters whose lower case is longer (İ), depends on the word (Σ) or is one letter.
    #[test]
    fn page_anchors_are_the_distinct_keys_in_string_order() {
        let page = crate::model::Page {
            text: "Ökad trygghet för äldre, ökad TRYGGHET och ab\u{0}c ab ab\u{0}\n\
                   Σίσυφος οδός ﬁnansiering Zebra zebra 123 – ärendet"
                .into(),
            ..crate::model::Page::default()
        };
        let mut expect: Vec<String> = Vec::new();
        let mut key = String::new();
        for_each_raw_word(&page, |_, raw| {
            if raw_anchor_key(raw, &mut key) && !expect.contains(&key) {
                expect.push(key.clone());
            }
        });
        expect.sort();
        assert_eq!(page_anchors(&page), expect);
        assert!(expect.len() > 8, "{expect:?}");
        assert!(page_anchors(&crate::model::Page::default()).is_empty());
    }

    /// The raw anchor key and the buffered normalisation of a word are those of
    /// `norm_word`, ASCII or not.
    #[test]
    fn raw_anchor_keys_and_buffered_norm_words_are_those_of_norm_word() {
        let (mut key, mut buf) = (String::new(), String::new());
        let mut keys = 0;
        crate::ident::sample::texts("aAÅäÖΣσİiß12.,()-\u{301} ", 3000, 14, |t| {
            for raw in t.split_whitespace() {
                norm_word_into(raw, &mut buf);
                assert_eq!(buf, norm_word(raw), "{raw:?}");
                let want = lexicon::anchor_key(&buf).map(str::to_string);
                let got = raw_anchor_key(raw, &mut key).then(|| key.clone());
                keys += usize::from(got.is_some());
                assert_eq!(got, want, "{raw:?}");
            }
        });
        assert!(keys > 1000, "{keys} words with a key");
    }
}
