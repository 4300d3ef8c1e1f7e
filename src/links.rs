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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;
use serde_json::{json, Value};

use crate::export::{Tabular, LIST_SEPARATOR};
use crate::model::{Action, DocRecord, Link};
use crate::structure::references::{find_codes, overarching_label};

/// Target of a link to an action.
pub fn action_target(doc: &str, number: u32) -> String {
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
        let target = action_target(&a.doc, a.number);
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
    let mut titled: Vec<TitleKey> = Vec::new();
    let mut seen: HashMap<(u32, Vec<String>), usize> = HashMap::new();
    for a in &actions {
        let Some(key) = TitleKey::new(a) else {
            continue;
        };
        match seen.entry((key.number, key.words.clone())) {
            std::collections::hash_map::Entry::Occupied(e) => {
                if let Some(k) = titled.get_mut(*e.get()) {
                    k.places.push((a.doc.clone(), a.pages.clone()));
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(titled.len());
                titled.push(key);
            }
        }
    }
    // Which titles have a long word with this anchor key, and how many such words.
    let mut by_anchor: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (t, key) in titled.iter().enumerate() {
        for k in key.long_keys.iter().flatten() {
            let list = by_anchor.entry(k.as_str()).or_default();
            match list.last_mut() {
                Some((last, n)) if *last == t => *n += 1,
                _ => list.push((t, 1)),
            }
        }
    }
    let mut by_number: HashMap<u32, Vec<&Action>> = HashMap::new();
    for a in &actions {
        by_number.entry(a.number).or_default().push(a);
    }
    // Title and number mentions, page by page: documents in parallel (the pages of a large
    // corpus against the titles of all its reports is the costliest step of linking).
    let mentioned: Vec<Vec<Link>> = records
        .par_iter()
        .map(|r| title_and_number_links(r, &titled, &by_anchor, &by_number))
        .collect();
    out.extend(mentioned.into_iter().flatten());
    out.into_iter().collect()
}

/// The `mentions-title` and `mentions-number` links on the pages of one document.
fn title_and_number_links(
    r: &DocRecord,
    titled: &[TitleKey],
    by_anchor: &HashMap<&str, Vec<(usize, usize)>>,
    by_number: &HashMap<u32, Vec<&Action>>,
) -> Vec<Link> {
    let mut out = Vec::new();
    // Pages of this document that are its own table of contents.
    let toc_pages: BTreeSet<u32> = r
        .structure
        .actions
        .iter()
        .filter_map(|a| a.toc_page)
        .collect();
    let mut present: Vec<usize> = vec![0; titled.len()];
    for page in &r.pages {
        let units = units(page);
        let words: Vec<PageWord> = units.iter().flatten().cloned().collect();
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if let Some(k) = anchor_key(&w.norm) {
                index.entry(k).or_default().push(i);
            }
        }
        let unit_content: Vec<UnitContent<'_>> = units
            .iter()
            .filter(|u| !u.is_empty())
            .map(|u| UnitContent {
                len: u.len(),
                content: content_words(u.iter().map(|w| w.norm.as_str())),
            })
            .collect();
        let mut memo = SimilarMemo::default();
        // Candidates: titles with enough long words anchored on this page (the quick
        // filter of `find_title`, counted from the page's side).
        present.iter_mut().for_each(|n| *n = 0);
        let mut candidates = Vec::new();
        for k in index.keys() {
            for &(t, n) in by_anchor.get(k.as_str()).into_iter().flatten() {
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
            let Some(key) = titled.get(t) else { continue };
            // A document that has this action itself means its own action; its table of
            // contents and the action's own pages are not mentions.
            let own = key.places.iter().find(|(doc, _)| *doc == r.id);
            if own.is_some_and(|(_, pages)| {
                toc_pages.contains(&page.number) || pages.contains(&page.number)
            }) {
                continue;
            }
            if let Some(kind) = find_title(&words, &index, &unit_content, key, &mut memo) {
                let docs: Vec<&str> = match own {
                    Some((doc, _)) => vec![doc.as_str()],
                    None => key.places.iter().map(|(doc, _)| doc.as_str()).collect(),
                };
                for doc in docs {
                    out.push(link(
                        &r.id,
                        page.number,
                        kind,
                        &action_target(doc, key.number),
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
            let Ok(n) = m.as_str().parse::<u32>() else {
                continue;
            };
            if let Some([a]) = by_number.get(&n).map(Vec::as_slice) {
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
    number: u32,
    words: Vec<String>,
    /// The documents that have this action with this title, each with the action's pages.
    places: Vec<(String, Vec<u32>)>,
    /// Anchor keys of the title's long words (5 characters or more), one per word.
    long_keys: Vec<Option<String>>,
    /// The title's content words (see [`reworded`]).
    content: Vec<String>,
}

impl TitleKey {
    fn new(a: &Action) -> Option<TitleKey> {
        let words: Vec<String> = norm_words(&a.title);
        let long_keys = words
            .iter()
            .filter(|w| w.chars().count() >= 5)
            .map(|w| anchor_key(w))
            .collect();
        let content = content_words(words.iter().map(String::as_str))
            .into_iter()
            .map(str::to_string)
            .collect();
        (words.len() >= MIN_TITLE_WORDS).then(|| TitleKey {
            number: a.number,
            words,
            places: vec![(a.doc.clone(), a.pages.clone())],
            long_keys,
            content,
        })
    }
}

/// A word of a page: normalised text, its unit (line/paragraph) and the raw text.
#[derive(Debug, Clone)]
struct PageWord {
    norm: String,
    raw: String,
    unit: usize,
}

fn norm_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The page's words grouped by unit: its layout lines' blocks when it has lines, else its
/// text lines.
fn units(page: &crate::model::Page) -> Vec<Vec<PageWord>> {
    let mut out: Vec<Vec<PageWord>> = Vec::new();
    let push = |unit: usize, text: &str, out: &mut Vec<Vec<PageWord>>| {
        while out.len() <= unit {
            out.push(Vec::new());
        }
        for raw in text.split_whitespace() {
            let norm = raw
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if let Some(u) = out.get_mut(unit) {
                u.push(PageWord {
                    norm,
                    raw: raw.to_string(),
                    unit,
                });
            }
        }
    };
    if page.lines.is_empty() {
        for (i, l) in page.text.lines().enumerate() {
            push(i, &crate::text::nfc(l), &mut out);
        }
    } else {
        let mut unit = 0usize;
        let mut prev: Option<u32> = None;
        for l in &page.lines {
            if prev.is_some_and(|b| b != l.block) {
                unit += 1;
            }
            prev = Some(l.block);
            push(unit, &crate::text::nfc(&l.text), &mut out);
        }
    }
    out
}

/// Whether two normalised words are the same word, tolerating inflection and small slips.
fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 5 || lb < 5 {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if common >= 6 && common * 10 >= la.min(lb) * 8 {
        return true;
    }
    let slack = if la.max(lb) >= 10 { 2 } else { 1 };
    la.abs_diff(lb) <= slack && strsim::levenshtein(a, b) <= slack
}

/// Prefix used to find anchor words quickly.
fn anchor_key(w: &str) -> Option<String> {
    (w.chars().count() >= 4).then(|| w.chars().take(4).collect())
}

/// Whether a page mentions a title; the kind of the mention.
fn find_title<'a>(
    words: &[PageWord],
    index: &HashMap<String, Vec<usize>>,
    units: &[UnitContent<'a>],
    key: &'a TitleKey,
    memo: &mut SimilarMemo<'a>,
) -> Option<&'static str> {
    let m = key.words.len();
    // Quick filter: enough of the title's long words start like a word of the page.
    let long = &key.long_keys;
    let present = long
        .iter()
        .filter(|k| k.as_ref().is_some_and(|k| index.contains_key(k)))
        .count();
    if long.is_empty() || present * 3 < long.len() || present < 3.min(long.len()) {
        return None;
    }
    let mut best: Option<&'static str> = None;
    let mut tried: HashSet<(usize, usize)> = HashSet::new();
    for (t0, tw) in key.words.iter().enumerate() {
        let Some(k) = anchor_key(tw) else { continue };
        let Some(positions) = index.get(&k) else {
            continue;
        };
        for &start in positions {
            let Some(w0) = words.get(start) else { continue };
            if !similar(&w0.norm, tw) || !tried.insert((start, t0)) {
                continue;
            }
            // Start the alignment at the title's first words when they are there too.
            let (mut s0, mut b0) = (start, t0);
            while s0 > 0 && b0 > 0 {
                let prev = words.get(s0 - 1).map(|w| w.norm.as_str()).unwrap_or("");
                if key.words.get(b0 - 1).is_some_and(|t| similar(prev, t)) {
                    s0 -= 1;
                    b0 -= 1;
                } else {
                    break;
                }
            }
            if s0 != start && !tried.insert((s0, b0)) {
                continue;
            }
            let (end, hits) = align(words, s0, &key.words, b0);
            let numbered = b0 == 0
                && s0
                    .checked_sub(1)
                    .and_then(|k| words.get(k))
                    .is_some_and(|p| {
                        p.raw.strip_suffix('.') == Some(key.number.to_string().as_str())
                    });
            let full = hits * 10 >= m * FULL_TENTHS && hits >= MIN_TITLE_WORDS.min(m);
            let short = !full && hits >= MIN_SHORT_WORDS && hits * 100 >= m * SHORT_PERCENT && {
                // A shortened title must make up (almost) a whole line, item or paragraph.
                let unit = words.get(s0).map(|w| w.unit).unwrap_or(0);
                let unit_len = words.iter().filter(|w| w.unit == unit).count();
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
    if best.is_none() && present * 2 >= long.len() && reworded(units, key, memo) {
        best = Some("mentions-title");
    }
    best
}

/// Words of four letters or more: the content words compared by [`reworded`].
fn content_words<'a>(words: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    words.filter(|w| w.chars().count() >= 4).collect()
}

/// Results of [`similar`] for (page word, title word) pairs already compared on a page: the
/// titles of a large corpus share most of their words.
type SimilarMemo<'a> = rustc_hash::FxHashMap<(&'a str, &'a str), bool>;

/// A unit of a page (line, list item, paragraph) for [`reworded`]: its number of words and
/// its content words.
struct UnitContent<'a> {
    len: usize,
    content: Vec<&'a str>,
}

/// Whether a short unit (a list item, a heading, a short paragraph) says the title in other
/// words: at least 60 % of the title's content words are in the unit and they make up at
/// least 60 % of the unit's content words (and at least four words).
fn reworded<'a>(units: &[UnitContent<'a>], key: &'a TitleKey, memo: &mut SimilarMemo<'a>) -> bool {
    let mut sim =
        |cw: &'a str, tw: &'a str| *memo.entry((cw, tw)).or_insert_with(|| similar(cw, tw));
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
        for (i, tw) in t.iter().enumerate() {
            if shared + (t.len() - i) < need {
                return false; // the rest of the title cannot make up the share
            }
            if c.iter().any(|cw| sim(cw, tw)) {
                shared += 1;
            }
        }
        if shared < need {
            return false;
        }
        let covered = c.iter().filter(|cw| t.iter().any(|tw| sim(cw, tw))).count();
        covered * 10 >= c.len() * 6
    })
}

/// Align page words from `start` with the title words from `t0`: (end, hits).
fn align(words: &[PageWord], start: usize, title: &[String], t0: usize) -> (usize, usize) {
    let (mut a, mut b, mut hits) = (start, t0, 0usize);
    let mut misses = 0usize;
    while b < title.len() && a < words.len() && misses <= 3 {
        let wa = words.get(a).map(|w| w.norm.as_str()).unwrap_or("");
        let tb = title.get(b).map(String::as_str).unwrap_or("");
        if similar(wa, tb) {
            hits += 1;
            a += 1;
            b += 1;
            misses = 0;
        } else if title.get(b + 1).is_some_and(|t| similar(wa, t)) {
            b += 1;
            misses += 1;
        } else if words.get(a + 1).is_some_and(|w| similar(&w.norm, tb)) {
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
    Action { number: u32, doc: Option<&'a str> },
    Recommendation(&'a str),
    Doc(&'a str),
}

/// Errors of `show`.
#[derive(Debug, thiserror::Error)]
pub enum ShowError {
    #[error("{0}")]
    NotFound(String),
    #[error("action {number} is in several documents ({docs}); name one with --doc")]
    Ambiguous { number: u32, docs: String },
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
    number: u32,
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
                number,
                docs: many
                    .iter()
                    .map(|a| a.doc.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    };
    let target = action_target(&a.doc, a.number);
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
