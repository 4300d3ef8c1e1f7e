//! Links across documents: resolves the mentions found by [`crate::structure`] (action
//! numbers and titles, recommendation codes, diary numbers) into [`Link`]s, and answers
//! "what is known about X" for `show` and the `recommendations` table.
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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use rayon::prelude::*;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use serde_json::{json, Value};

use lexicon::{Lexicon, PageWords};

use crate::export::{Tabular, LIST_SEPARATOR};
use crate::model::{Action, DocRecord, Link};
use crate::structure::norm_word;
use crate::structure::references::{find_codes, overarching_label};

/// Target of a link to an action.
pub fn action_target(doc: &str, number: &str) -> String {
    format!("action:{doc}#{number}")
}

/// Target of a link to a recommendation.
pub fn recommendation_target(code: &str) -> String {
    format!("recommendation:{code}")
}

/// Target of a link to a diary number.
pub fn diary_target(number: &str) -> String {
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

/// Build every link between the given documents.
pub fn build(records: &[DocRecord]) -> Vec<Link> {
    let mut out: BTreeSet<Link> = BTreeSet::new();
    let actions: Vec<&Action> = records
        .iter()
        .flat_map(|r| r.structure.actions.iter())
        .collect();
    for a in &actions {
        let target = action_target(&a.doc, &a.number);
        if let Some(p) = a.toc_page {
            out.insert(link(&a.doc, p, "lists", &target));
        }
        for &p in &a.pages {
            out.insert(link(&a.doc, p, "describes", &target));
        }
        if let Some(&first) = a.pages.first() {
            for r in &a.recommendations {
                out.insert(link(
                    &a.doc,
                    first,
                    "cites",
                    &recommendation_target(&r.code),
                ));
            }
        }
    }
    for r in records {
        for m in &r.structure.mentions {
            let target = match m.kind.as_str() {
                "mentions-code" => recommendation_target(&m.target),
                "mentions-diary-number" => diary_target(&m.target),
                _ => m.target.clone(),
            };
            out.insert(link(&r.id, m.page, &m.kind, &target));
        }
    }
    // Bare codes count where they are codes known from quoted proposals.
    let known: BTreeSet<&str> = actions
        .iter()
        .flat_map(|a| a.recommendations.iter().map(|r| r.code.as_str()))
        .collect();
    for r in records {
        for page in &r.pages {
            let cited_here: BTreeSet<&str> = r
                .structure
                .actions
                .iter()
                .filter(|a| a.pages.first() == Some(&page.number))
                .flat_map(|a| a.recommendations.iter().map(|x| x.code.as_str()))
                .collect();
            for code in find_codes(&page.text) {
                if known.contains(code.as_str()) && !cited_here.contains(code.as_str()) {
                    out.insert(link(
                        &r.id,
                        page.number,
                        "mentions-code",
                        &recommendation_target(&code),
                    ));
                }
            }
        }
    }
    // One key per distinct (number, title): copies and versions of a report share their
    // titles, and a page is matched against each distinct title once.
    let mut lexicon = Lexicon::default();
    let mut titled: Vec<TitleKey> = Vec::new();
    let mut seen: HashMap<(String, Vec<String>), usize> = HashMap::new();
    for a in &actions {
        let words = norm_words(&a.title);
        if words.len() < MIN_TITLE_WORDS {
            continue;
        }
        match seen.entry((a.number.clone(), words)) {
            std::collections::hash_map::Entry::Occupied(e) => {
                if let Some(k) = titled.get_mut(*e.get()) {
                    k.places.push((a.doc.clone(), a.pages.clone()));
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                let key = TitleKey::new(a, e.key().1.as_slice(), &mut lexicon);
                e.insert(titled.len());
                titled.push(key);
            }
        }
    }
    // Which titles have a long word with this anchor, and how many such words.
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
    let mut by_number: HashMap<&str, Vec<&Action>> = HashMap::new();
    for a in &actions {
        by_number.entry(a.number.as_str()).or_default().push(a);
    }
    // Every distinct word of the pages, with the title words it is similar to.
    let distinct: FxHashSet<String> = records
        .par_iter()
        .fold(FxHashSet::default, |mut set, r| {
            for page in &r.pages {
                for_each_word(page, |_, _, norm| {
                    if !set.contains(norm) {
                        set.insert(norm.to_string());
                    }
                });
            }
            set
        })
        .reduce(FxHashSet::default, |mut a, mut b| {
            // Fold the smaller set into the larger one.
            if a.len() < b.len() {
                std::mem::swap(&mut a, &mut b);
            }
            a.extend(b);
            a
        });
    let page_words = PageWords::new(&lexicon, distinct);
    let ctx = Titles {
        titled: &titled,
        by_anchor: &by_anchor,
        by_number: &by_number,
        words: &page_words,
    };
    // Title and number mentions, page by page: documents in parallel (the pages of a large
    // corpus against the titles of all its reports is the costliest step of linking).
    let mentioned: Vec<Vec<Link>> = records
        .par_iter()
        .with_max_len(1)
        .map(|r| title_and_number_links(r, &ctx))
        .collect();
    out.extend(mentioned.into_iter().flatten());
    out.into_iter().collect()
}

/// What title matching looks up: the distinct titles, the titles by anchor, the actions by
/// number, the page words.
struct Titles<'a> {
    titled: &'a [TitleKey],
    by_anchor: &'a [Vec<(usize, usize)>],
    by_number: &'a HashMap<&'a str, Vec<&'a Action>>,
    words: &'a PageWords,
}

/// The `mentions-title` and `mentions-number` links on the pages of one document.
fn title_and_number_links(r: &DocRecord, ctx: &Titles<'_>) -> Vec<Link> {
    let mut out = Vec::new();
    // Pages of this document that are its own table of contents.
    let toc_pages: BTreeSet<u32> = r
        .structure
        .actions
        .iter()
        .filter_map(|a| a.toc_page)
        .collect();
    let mut present: Vec<usize> = vec![0; ctx.titled.len()];
    let mut tried: FxHashSet<(usize, usize)> = FxHashSet::default();
    for page in &r.pages {
        let page_words = PageText::new(page, ctx.words);
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
            let own = key.places.iter().find(|(doc, _)| *doc == r.id);
            if own.is_some_and(|(_, pages)| {
                toc_pages.contains(&page.number) || pages.contains(&page.number)
            }) {
                continue;
            }
            if let Some(kind) = find_title(&page_words, key, ctx.words, &mut tried) {
                let docs: Vec<&str> = match own {
                    Some((doc, _)) => vec![doc.as_str()],
                    None => key.places.iter().map(|(doc, _)| doc.as_str()).collect(),
                };
                for doc in docs {
                    out.push(link(
                        &r.id,
                        page.number,
                        kind,
                        &action_target(doc, &key.number),
                    ));
                }
            }
        }
        // "åtgärd 5": only when exactly one document has action 5.
        for c in ACTION_WORD_RE.captures_iter(&page.text) {
            let Some(m) = c.get(1) else { continue };
            // "… av åtgärden 45. Skapa …": a list number, not a reference.
            if page.text.get(m.end()..).is_some_and(|r| r.starts_with('.')) {
                continue;
            }
            let n = m.as_str();
            if let Some([a]) = ctx.by_number.get(n).map(Vec::as_slice) {
                let own = a.doc == r.id
                    && (a.pages.contains(&page.number) || toc_pages.contains(&page.number));
                if !own {
                    out.push(link(
                        &r.id,
                        page.number,
                        "mentions-number",
                        &action_target(&a.doc, n),
                    ));
                }
            }
        }
    }
    out
}

fn link(doc: &str, page: u32, kind: &str, target: &str) -> Link {
    Link {
        doc: doc.to_string(),
        page,
        kind: kind.to_string(),
        target: target.to_string(),
    }
}

/// An action title prepared for matching.
struct TitleKey {
    number: String,
    /// Ids of the title's words ([`Lexicon`]).
    words: Vec<u32>,
    /// Anchor ids of the title's words (four letters or more).
    anchors: Vec<Option<u32>>,
    /// The documents that have this action with this title, each with the action's pages.
    places: Vec<(String, Vec<u32>)>,
    /// Anchor ids of the title's long words (5 letters or more), one per word.
    long_anchors: Vec<u32>,
    /// Ids of the title's content words (see [`reworded`]).
    content: Vec<u32>,
}

impl TitleKey {
    fn new(a: &Action, words: &[String], lexicon: &mut Lexicon) -> TitleKey {
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
            number: a.number.clone(),
            words: words.iter().map(|w| lexicon.intern(w)).collect(),
            anchors,
            places: vec![(a.doc.clone(), a.pages.clone())],
            long_anchors,
            content,
        }
    }
}

/// A word of a page: its id in [`PageWords`], its unit (line/paragraph) and the raw text.
#[derive(Debug, Clone)]
struct PageWord {
    id: u32,
    raw: String,
    unit: usize,
}

fn norm_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(norm_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Call `f(unit, raw, normalised)` for every word of a page, grouped by unit: its layout
/// lines' blocks when it has lines, else its text lines.
fn for_each_word(page: &crate::model::Page, mut f: impl FnMut(usize, &str, &str)) {
    let mut each = |unit: usize, text: &str| {
        for raw in crate::text::nfc_cow(text).split_whitespace() {
            f(unit, raw, &norm_word(raw));
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
    fn new(page: &crate::model::Page, lexicon: &PageWords) -> PageText {
        let mut words: Vec<PageWord> = Vec::new();
        for_each_word(page, |unit, raw, norm| {
            // Every word of every page is in the lexicon; u32::MAX matches nothing.
            let id = lexicon.id(norm).unwrap_or(u32::MAX);
            words.push(PageWord {
                id,
                raw: raw.to_string(),
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
) -> Option<&'static str> {
    let words = &page.words;
    let m = key.words.len();
    // Quick filter: enough of the title's long words start like a word of the page.
    let long = &key.long_anchors;
    let present = long.iter().filter(|k| page.index.contains_key(k)).count();
    if long.is_empty() || present * 3 < long.len() || present < 3.min(long.len()) {
        return None;
    }
    let sim = |w: Option<&PageWord>, t: Option<&u32>| match (w, t) {
        (Some(w), Some(&t)) => lexicon.similar(w.id, t),
        _ => false,
    };
    let mut best: Option<&'static str> = None;
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
                    .is_some_and(|p| p.raw.strip_suffix('.') == Some(key.number.as_str()));
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
                    return Some("mentions-number");
                }
                best = Some("mentions-title");
            }
        }
    }
    if best.is_none() && present * 2 >= long.len() && reworded(&page.units, key, lexicon) {
        best = Some("mentions-title");
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

impl Tabular for RecommendationRow {
    fn headers() -> Vec<&'static str> {
        vec!["code", "page", "texts", "actions", "docs", "label"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.page.map(|p| p.to_string()).unwrap_or_default(),
            self.texts.join(LIST_SEPARATOR),
            self.actions.join(LIST_SEPARATOR),
            self.docs.join(LIST_SEPARATOR),
            self.label.clone().unwrap_or_default(),
        ]
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

/// The `recommendations` table: every recommendation cited by an action or mentioned.
pub fn recommendations(records: &[DocRecord], links: &[Link]) -> Vec<RecommendationRow> {
    let mut rows: BTreeMap<(u8, Vec<u32>, String), RecommendationRow> = BTreeMap::new();
    let row = |code: &str| -> RecommendationRow {
        RecommendationRow {
            code: code.to_string(),
            page: None,
            texts: Vec::new(),
            actions: Vec::new(),
            docs: Vec::new(),
            label: overarching_label(code).map(str::to_string),
        }
    };
    for r in records {
        for a in &r.structure.actions {
            for rr in &a.recommendations {
                let e = rows
                    .entry((code_key(&rr.code).0, code_key(&rr.code).1, rr.code.clone()))
                    .or_insert_with(|| row(&rr.code));
                if e.page.is_none() {
                    e.page = rr.page;
                }
                if !rr.text.is_empty() && !e.texts.contains(&rr.text) {
                    e.texts.push(rr.text.clone());
                }
                let an = format!("{}#{}", a.doc, a.number);
                if !e.actions.contains(&an) {
                    e.actions.push(an);
                }
                if !e.docs.contains(&a.doc) {
                    e.docs.push(a.doc.clone());
                }
            }
        }
    }
    for l in links {
        let Some(code) = l.target.strip_prefix("recommendation:") else {
            continue;
        };
        let e = rows
            .entry((code_key(code).0, code_key(code).1, code.to_string()))
            .or_insert_with(|| row(code));
        if !e.docs.contains(&l.doc) {
            e.docs.push(l.doc.clone());
        }
    }
    rows.into_values().collect()
}

fn link_json(l: &Link, direction: &str) -> Value {
    json!({"doc": l.doc, "page": l.page, "kind": l.kind, "target": l.target, "direction": direction})
}

/// Everything known about a target, with its links in both directions: `links` holds
/// `{doc, page, kind, target, direction}` objects, `direction` being `in` (points at the
/// target) or `out` (the target points at it).
pub fn show(records: &[DocRecord], links: &[Link], target: Target<'_>) -> Result<Value, ShowError> {
    match target {
        Target::Action { number, doc } => show_action(records, links, number, doc),
        Target::Recommendation(code) => show_recommendation(records, links, code),
        Target::Doc(id) => show_doc(records, links, id),
    }
}

fn show_action(
    records: &[DocRecord],
    links: &[Link],
    number: &str,
    doc: Option<&str>,
) -> Result<Value, ShowError> {
    let found: Vec<&Action> = records
        .iter()
        .filter(|r| doc.is_none_or(|d| d == r.id))
        .flat_map(|r| r.structure.actions.iter())
        .filter(|a| a.number == number)
        .collect();
    let a = match found.as_slice() {
        [] => {
            return Err(ShowError::NotFound(match doc {
                Some(d) => format!("no action {number} in document '{d}'"),
                None => format!("no action {number} in the index"),
            }))
        }
        [a] => *a,
        many => {
            return Err(ShowError::Ambiguous {
                number: number.to_string(),
                docs: many
                    .iter()
                    .map(|a| a.doc.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    };
    let target = action_target(&a.doc, &a.number);
    let mut v = serde_json::to_value(a).unwrap_or_else(|_| json!({}));
    let mut ls: Vec<Value> = links
        .iter()
        .filter(|l| l.target == target)
        .map(|l| link_json(l, "in"))
        .collect();
    let first = a.pages.first().copied();
    let mut seen = BTreeSet::new();
    for r in &a.recommendations {
        if let Some(p) = first {
            if seen.insert(r.code.clone()) {
                ls.push(link_json(
                    &link(&a.doc, p, "cites", &recommendation_target(&r.code)),
                    "out",
                ));
            }
        }
    }
    let mut o = serde_json::Map::new();
    o.insert("target".into(), json!(target));
    if let Some(fields) = v.as_object_mut() {
        o.append(fields);
    }
    o.insert("links".into(), Value::Array(ls));
    Ok(Value::Object(o))
}

fn show_recommendation(
    records: &[DocRecord],
    links: &[Link],
    code: &str,
) -> Result<Value, ShowError> {
    let code = code.trim();
    let rows = recommendations(records, links);
    let Some(row) = rows.iter().find(|r| r.code == code) else {
        return Err(ShowError::NotFound(format!(
            "no recommendation '{code}' in the index"
        )));
    };
    let target = recommendation_target(code);
    let actions: Vec<Value> = records
        .iter()
        .flat_map(|r| r.structure.actions.iter())
        .filter(|a| a.recommendations.iter().any(|r| r.code == code))
        .map(|a| {
            let texts: Vec<&str> = a
                .recommendations
                .iter()
                .filter(|r| r.code == code)
                .map(|r| r.text.as_str())
                .collect();
            json!({"doc": a.doc, "number": a.number, "title": a.title, "pages": a.pages, "texts": texts})
        })
        .collect();
    let ls: Vec<Value> = links
        .iter()
        .filter(|l| l.target == target)
        .map(|l| link_json(l, "in"))
        .collect();
    Ok(json!({
        "target": target,
        "code": row.code,
        "page": row.page,
        "label": row.label,
        "texts": row.texts,
        "actions": actions,
        "docs": row.docs,
        "links": ls,
    }))
}

fn show_doc(records: &[DocRecord], links: &[Link], id: &str) -> Result<Value, ShowError> {
    let Some(r) = records.iter().find(|r| r.id == id) else {
        return Err(ShowError::NotFound(format!(
            "no document '{id}' in the index"
        )));
    };
    let own_diary: BTreeSet<String> = r
        .structure
        .protocols
        .iter()
        .filter_map(|p| p.diary_number.as_deref().map(diary_target))
        .collect();
    let action_prefix = format!("action:{id}#");
    let mut ls: Vec<Value> = links
        .iter()
        .filter(|l| l.doc == id)
        .map(|l| link_json(l, "out"))
        .collect();
    ls.extend(
        links
            .iter()
            .filter(|l| l.doc != id)
            .filter(|l| {
                l.target == format!("doc:{id}")
                    || l.target.starts_with(&action_prefix)
                    || own_diary.contains(&l.target)
            })
            .map(|l| link_json(l, "in")),
    );
    let actions: Vec<Value> = r
        .structure
        .actions
        .iter()
        .map(|a| json!({"number": a.number, "title": a.title, "pages": a.pages}))
        .collect();
    Ok(json!({
        "target": format!("doc:{id}"),
        "id": r.id,
        "path": r.path,
        "kind": r.kind,
        "title": r.title,
        "pages": r.pages.len(),
        "hash": r.hash,
        "status": r.status(),
        "warnings": r.warnings,
        "actions": actions,
        "protocols": r.structure.protocols,
        "links": ls,
    }))
}

/// A text rendering of a `show` object for people: its fields one per line (long texts
/// shortened, lists indented), then its links, incoming first.
pub fn render_text(value: &Value) -> String {
    let mut out = String::new();
    let Some(obj) = value.as_object() else {
        return format!("{value}\n");
    };
    for (k, v) in obj {
        if k == "links" {
            continue;
        }
        render_field(&mut out, k, v, 0);
    }
    if let Some(ls) = obj.get("links").and_then(Value::as_array) {
        for (dir, head) in [("in", "Points here"), ("out", "Points to")] {
            let these: Vec<&Value> = ls.iter().filter(|l| l["direction"] == dir).collect();
            if these.is_empty() {
                continue;
            }
            out.push_str(&format!("{head}:\n"));
            for l in these {
                out.push_str(&format!(
                    "  {} p. {}  {}  {}\n",
                    l["doc"].as_str().unwrap_or(""),
                    l["page"],
                    l["kind"].as_str().unwrap_or(""),
                    l["target"].as_str().unwrap_or("")
                ));
            }
        }
    }
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => {
            if s.chars().count() > 300 {
                let mut t: String = s.chars().take(299).collect();
                t.push('…');
                t
            } else {
                s.clone()
            }
        }
        Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

fn render_field(out: &mut String, k: &str, v: &Value, depth: usize) {
    let pad = "  ".repeat(depth);
    match v {
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let s: Vec<String> = items.iter().map(scalar).collect();
            out.push_str(&format!("{pad}{k}: {}\n", s.join(", ")));
        }
        Value::Array(items) => {
            out.push_str(&format!("{pad}{k}:\n"));
            for (i, item) in items.iter().enumerate() {
                match item.as_object() {
                    Some(o) => {
                        out.push_str(&format!("{pad}  - [{}]\n", i + 1));
                        for (k2, v2) in o {
                            render_field(out, k2, v2, depth + 2);
                        }
                    }
                    None => out.push_str(&format!("{pad}  - {}\n", scalar(item))),
                }
            }
        }
        Value::Object(o) => {
            out.push_str(&format!("{pad}{k}:\n"));
            for (k2, v2) in o {
                render_field(out, k2, v2, depth + 1);
            }
        }
        other => out.push_str(&format!("{pad}{k}: {}\n", scalar(other))),
    }
}
