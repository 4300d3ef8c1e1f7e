//! Numbered actions: the table of contents (number, title, section) and the body (pages,
//! quoted proposals, measure type, responsible, report-back).
//!
//! How an action is found:
//!
//! 1. **Table of contents.** Entries "N. Title" are numbered 1, 2, 3, … without gaps and
//!    stand close together (a title is short). The first such run of at least three entries
//!    is the table of contents. Between entries stand area headings, usually with the page
//!    they start on ("s 24 Lärande och utbildning"); a row of page references without text
//!    ("s 7 s 8 s 9 s 12 s 14") belongs, in order, to the headings that follow it. With real
//!    layout, an entry's title continues over lines that are indented under it or in the same
//!    paragraph and style (also over a page break); without layout it runs to the next entry
//!    or page reference.
//! 2. **Body.** After the table of contents, an action's own text starts at "N." followed by
//!    its title (compared word by word with the table of contents, tolerating small
//!    differences), and runs to the next action's heading. Without a table of contents, a
//!    heading must start a line, be set bold or larger than the running text, continue the
//!    numbering, and its text must carry a quoted proposal, a measure type or a report-back.
//! 3. **Inside the body.** Directly after the title stand the quoted commission proposals,
//!    each closed by a reference "(code, s. page)" and joined by "samt"; then the measure
//!    type label ("Utredningsuppdrag:", "Utvecklingsområde:", "Pågående arbete") where one is
//!    shown (none shown → `None`); and at the end the responsible party and the report-back
//!    as small paragraphs (set smaller than the running text), in either order. The
//!    report-back names who is reported to and when ("Kommunstyrelsen hösten 2014").
//! 4. **An action list, not any numbered list.** What 1–3 find is kept only where the
//!    document says it is a list of actions: an action's text carries a quoted proposal, a
//!    measure type, a responsible party or a report-back; or a heading naming the list
//!    ("Åtgärder", "Handlingsplan", "Aktiviteter", "Insatser") stands shortly before it, set
//!    as a heading (capitalised, no final period or comma, not a line wrapped out of a
//!    paragraph: a sentence that merely says "åtgärderna" is no heading); or the sentence
//!    that introduces the list with a colon names its points as actions ("… fokusera på ett
//!    antal åtgärder:"); or at least two in three titles (three or more) open with a common
//!    imperative verb ("Utred", "Inför", "Ta fram"); or the report's table of contents
//!    ("Åtgärder ..... 12") lists the section the list starts in as actions (see
//!    [`super::toc`]: a weak, run-in heading on the page is enough then). The points of statutes, agendas, goal
//!    lists, a motion's att-satser and a judgment's "Domslut" give no actions. An area
//!    heading (`section`) is a line set as a heading, never a line of running text or the
//!    introducing sentence; a chapter number before it is dropped ("7. Strategi – X").
//!    A numbered list whose entries have items numbered under them ("1." over "1.1",
//!    "1.2") is an outline, goals over actions: the items are read by [`super::items`].
//!    A plain list (no body repeats its entries) whose numbers restart under the headings of
//!    chapters gives each run of two or more as a list of its own, judged on its own; where
//!    more than one is kept, each number goes under its chapter's ("2.3" the third action
//!    under "2 Grundskola"; the list's place where the chapters have no numbers), since a
//!    number names one action in its document.
//! 5. **Action tables** (`from_tables`), where 1–3 find nothing: rows under a header that
//!    names the action column and one of Ansvarig / Tidsplan / Kostnad / Status /
//!    Uppföljning (or asks them: "Vad ska göras?", "Vem ansvarar?", "När?"; a number
//!    header joined to its neighbour, "Nr Åtgärd", is split; a header line joining several
//!    capitalised headers, "Tidplan Nr", is parted where the cells of the rows below start
//!    inside it; and so is a cell line that runs
//!    across the next column's edge); numbers as printed ("1.1", "4.10", "A.3"), sorted by
//!    their parts. Two
//!    actions merged into one row ("4.2 4.3" in the number cell, or "… 4.3 Inför …" inside
//!    the action cell) are split into two that share the row's other cells.

use std::collections::{BTreeMap, VecDeque};
use std::sync::LazyLock;

use regex::Regex;

use super::items::{code_form, code_of, field_at, item_label, set_field, ITEM_LABELS};
use super::references::find_refs;
use super::{capitalized, ends_sentence, norm_word, norm_words, rows_of, Stream};
use crate::model::{Action, Line, RecRef};
use crate::text::WordBounded;

/// The measure types a report shows as labels.
pub const MEASURE_TYPES: &[&str] = &["Utredningsuppdrag", "Utvecklingsområde", "Pågående arbete"];

/// Longest distance in words between two table-of-contents entries.
const TOC_GAP: usize = 90;
/// Longest quoted proposal, in words.
const MAX_PROPOSAL_WORDS: usize = 120;
/// Longest responsible / report-back paragraph, in words.
const MAX_SMALL_WORDS: usize = 30;

static REPORT_BACK_RE: LazyLock<WordBounded> = LazyLock::new(|| {
    WordBounded::new(
        r"(\p{Lu}[\p{L}-]+)\s+(?:(?:under|i|senast|till)\s+)?(?:(?:början|slutet|mitten)\s+av\s+)?(?:våren|hösten|vintern|sommaren|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d(?-u:\b)\.?",
        false,
        true,
    )
    .expect("static regex")
});

/// A table-of-contents entry.
#[derive(Debug, Clone)]
struct TocEntry {
    number: u32,
    title: String,
    section: Option<String>,
    section_page: Option<u32>,
    page: u32,
    /// First word after the entry (its title included).
    end: usize,
    /// Labelled lines under the entry ("• Ansvar: …", "Tid: …"): a list item's fields.
    fields: Vec<(Column, String)>,
}

/// A body heading.
#[derive(Debug, Clone)]
struct Heading {
    number: u32,
    idx: usize,
    /// First word after the title.
    title_end: usize,
    title: String,
}

/// "N." followed by a capitalised word: the number.
fn number_at(s: &Stream, i: usize) -> Option<u32> {
    let w = s.get(i)?;
    let digits = w.text.strip_suffix('.').filter(|d| small_number(d, 3))?;
    let n: u32 = digits.parse().ok().filter(|&n| n > 0)?;
    let opens = capitalized(&s.get(i + 1)?.text) && (!s.rich || w.line_start);
    opens.then_some(n)
}

static GLUED_REFS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:s\.?\d{1,4})+$").expect("static regex"));
static ONE_REF_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"s\.?(\d{1,4})").expect("static regex"));

/// Page references at word `i`: "s 24" / "s. 24" / "sid 24", or glued together as OCR
/// reads them ("s24", "s7s8s9"): (pages, words used).
fn page_refs_at(s: &Stream, i: usize) -> Option<(Vec<u32>, usize)> {
    let w = s.get(i)?;
    let t = w.text.as_str();
    if matches!(t, "s" | "s." | "sid" | "sid.") {
        let n = s.get(i + 1)?;
        let num = n.text.trim_end_matches([',', '.']);
        if small_number(num, 4) {
            return Some((vec![num.parse().ok()?], 2));
        }
    }
    if GLUED_REFS_RE.is_match(t) {
        let pages: Vec<u32> = ONE_REF_RE
            .captures_iter(t)
            .filter_map(|c| c.get(1)?.as_str().parse().ok())
            .collect();
        return (!pages.is_empty()).then_some((pages, 1));
    }
    None
}

/// The page references from word `i` on (before `end`): their pages and the word after them.
fn page_refs_from(s: &Stream, mut i: usize, end: usize) -> (Vec<u32>, usize) {
    let mut refs = Vec::new();
    while let Some((p, used)) = page_refs_at(s, i).filter(|_| i < end) {
        refs.extend(p);
        i += used;
    }
    (refs, i)
}

/// Find the numbered actions of a document.
pub(crate) fn find(doc_id: &str, s: &Stream) -> Vec<Action> {
    let cands: Vec<(usize, u32)> = (0..s.words.len())
        .filter_map(|i| number_at(s, i).map(|n| (i, n)))
        .collect();
    let toc_run = toc_run(s, &cands);
    // Goals "1." … with the actions "1.1", "1.2" numbered under each: the actions are the
    // coded items ([`super::items`]), the list over them is their outline.
    if toc_run
        .as_ref()
        .is_some_and(|run| outline_of_subitems(s, run))
    {
        return Vec::new();
    }
    let toc = toc_run
        .as_ref()
        .map_or_else(Vec::new, |run| parse_toc(s, run));
    let body_from = toc.iter().map(|e| e.end).max().unwrap_or(0);
    let headings = if toc.is_empty() {
        headings_without_toc(s, &cands)
    } else {
        headings_from_toc(s, &cands, &toc, body_from)
    };
    let section_titles: Vec<String> = toc
        .iter()
        .filter_map(|e| e.section.as_ref().map(|t| norm_phrase(t)))
        .collect();

    let mut bodies: BTreeMap<u32, Action> = BTreeMap::new();
    for (k, h) in headings.iter().enumerate() {
        let next = headings.get(k + 1).map(|n| n.idx).unwrap_or(s.words.len());
        let end = section_stop(s, h.title_end, next, &section_titles);
        bodies.insert(h.number, analyze_body(doc_id, s, h, end));
    }

    // A plain list (no body repeats its entries) whose numbers restart under the headings
    // of chapters ("1 Förskola … Åtgärder 1. 2.", "2 Grundskola … Åtgärder 1. 2. 3."): each
    // run is a list of its own, judged on its own, its numbers as printed
    // ([`number_restarts`] puts them under their chapters').
    if headings.is_empty() {
        let runs = list_runs(s, &cands);
        if runs.len() >= 2 {
            let mut kept: Vec<Action> = Vec::new();
            for run in &runs {
                let list: Vec<Action> = parse_toc(s, run)
                    .into_iter()
                    .zip(run.iter())
                    .map(|(e, &(idx, _))| {
                        let pages = s.pages_of(idx, e.end);
                        e.into_action(
                            doc_id,
                            Action {
                                pages,
                                ..Action::default()
                            },
                        )
                    })
                    .collect();
                let at = run.first().map(|r| r.0);
                if list.len() == run.len()
                    && !at.is_some_and(|at| in_statute_section(s, at))
                    && is_action_list(s, &list, at, 0)
                {
                    kept.extend(list);
                }
            }
            return kept;
        }
    }
    let list_at = toc_run
        .as_ref()
        .and_then(|r| r.first().map(|f| f.0))
        .or_else(|| headings.first().map(|h| h.idx));
    let out: Vec<Action> = if toc.is_empty() {
        bodies.into_values().collect()
    } else {
        toc.into_iter()
            .map(|e| {
                let (body, page) = (bodies.remove(&e.number).unwrap_or_default(), e.page);
                Action {
                    toc_page: Some(page),
                    ..e.into_action(doc_id, body)
                }
            })
            .collect()
    };
    if !is_action_list(s, &out, list_at, 0) {
        return Vec::new();
    }
    out
}

impl TocEntry {
    /// The action of this entry: its number, title, section and fields over `a`.
    fn into_action(self, doc_id: &str, mut a: Action) -> Action {
        a.doc = doc_id.to_string();
        a.number = self.number.to_string();
        a.title = self.title;
        a.section = self.section;
        a.section_page = self.section_page;
        for (col, v) in self.fields {
            set_field(&mut a, &col, v);
        }
        a
    }
}

/// Words of a heading that names a list of actions ("Åtgärder", "Handlingsplan",
/// "Aktiviteter", "Insatser", "Åtgärdsförslag"), compared by prefix.
pub(crate) const ACTION_LIST_WORDS: &[&str] = &["åtgärd", "handlingsplan", "aktivitet", "insats"];
/// Whether a normalised word names actions ([`ACTION_LIST_WORDS`]; not the verb "åtgärda").
pub(crate) fn names_actions(word: &str) -> bool {
    ACTION_LIST_WORDS.iter().any(|p| word.starts_with(p)) && !word.starts_with("åtgärda")
}
/// How far before a numbered list a heading naming it may stand, in words.
const LIST_HEADING_WINDOW: usize = 400;
/// Words of a heading over a section whose numbered lists are no actions, though the
/// document may name actions elsewhere: a decision or its proposal ("Förslag till beslut",
/// "Beslut"), findings ("Iakttagelser"), assessments, conclusions, recommendations and
/// demands ("Yrkande"), references and sources ("Referenser", "Källor", "Litteratur"), a
/// budget's items and assignments to its boards ("Budgetposter", "Uppdrag till nämnderna"),
/// risks, an agenda; compared by prefix. (Not
/// "Krav": a plan's strategy "Ställa krav:" lists actions.)
const OTHER_LIST_WORDS: &[&str] = &[
    "beslut",
    "budget",
    "uppdrag",
    "iakttagelse",
    "bedömning",
    "slutsats",
    "rekommendation",
    "yrkande",
    "referens",
    "källa",
    "källor",
    "litteratur",
    // A project's risks ("Identifierade risker"), a meeting's agenda.
    "risker",
    "dagordning",
    "föredragningslista",
];

/// Whether a numbered list is a list of actions, not any numbered list (the points of a
/// regulation, an agenda, goals, a motion's att-satser): an action's text carries a quoted
/// proposal, a measure type or a report-back, or a responsible party where no heading of
/// another kind stands over it, or a heading that names an action list ("Åtgärder", "Handlingsplan", "Aktiviteter", "Insatser") stands shortly
/// before the list, and no heading of a section of another kind ("Förslag till beslut",
/// "Iakttagelser", [`OTHER_LIST_WORDS`]) stands between it and the list.
/// A heading is looked for from `floor` on (a table of contents before it names no list).
/// The points of a statute's paragraph ("3 §", then "Kommunen ska vidta följande åtgärder:
/// 1. …") are never actions.
pub(crate) fn is_action_list(
    s: &Stream,
    actions: &[Action],
    list_at: Option<usize>,
    floor: usize,
) -> bool {
    if actions.is_empty()
        || statements(s, actions)
        || list_at.is_some_and(|at| in_statute_paragraph(s, at))
    {
        return false;
    }
    let described = actions.iter().any(|a| {
        !a.recommendations.is_empty() || a.measure_type.is_some() || a.report_back.is_some()
    });
    // Under a heading of a section of another kind ("Uppdrag till nämnderna", "Beslut") a
    // list's points are no actions, whoever answers for them.
    let named = list_at.and_then(|at| list_heading(s, at, floor));
    if described || (named != Some(false) && share(actions, 1, (1, 2), |a| a.responsible.is_some()))
    {
        return true;
    }
    let Some(at) = list_at else { return false };
    if let Some(named) = named {
        return named;
    }
    // The sentence that introduces the list ("… bör man fokusera på ett antal åtgärder:"),
    // read back from its colon to the sentence end before it (at most 40 words).
    let introduces = at
        .checked_sub(1)
        .and_then(|j| s.get(j))
        .is_some_and(|w| w.text.ends_with(':'));
    if introduces {
        let floor = at.saturating_sub(40);
        let ends = |k: usize| s.get(k - 1).is_some_and(|w| ends_sentence(&w.text));
        let k = (floor + 1..at).rev().find(|&k| ends(k)).unwrap_or(floor);
        if names_action_list(s, k, at) {
            return true;
        }
    }
    // A table of contents that lists the section the list stands in as actions; most titles
    // (at least three, and two in three) opening with an imperative verb.
    let imperative = |w: &[String]| w.first().is_some_and(|f| IMPERATIVES.contains(&f.as_str()));
    super::toc::lists_actions_at(s, at) || most(actions, 3, imperative)
}

/// The last heading before the list at word `at` (from `floor` on, within
/// [`LIST_HEADING_WINDOW`] words) that names actions (true) or a section of another kind
/// (false: [`OTHER_LIST_WORDS`]); None where no heading names either.
pub(crate) fn list_heading(s: &Stream, at: usize, floor: usize) -> Option<bool> {
    let mut i = at.saturating_sub(LIST_HEADING_WINDOW).max(floor.min(at));
    let mut named: Option<bool> = None;
    while i < at {
        let end = unit_end(s, i, at);
        if s.starts_unit(i) && short_heading(s, i, end) {
            if names_action_list(s, i, end) {
                named = Some(true);
            } else if (i..end).any(|k| {
                let n = s.norm(k);
                OTHER_LIST_WORDS.iter().any(|p| n.starts_with(p))
            }) {
                named = Some(false);
            }
        }
        i = end.max(i + 1);
    }
    named
}

/// Prepositions before an action word that make it the subject of the text, not the name of
/// its list ("Granskning av … arbete med handlingsplaner", "Uppföljning av handlingsplanen").
const SUBJECT_PREPOSITIONS: &[&str] = &["av", "med", "om", "över", "kring"];

/// Whether the words `a..b` name an action list ("Åtgärder", "Handlingsplan", "Mål och
/// åtgärder", …; not "Uppföljning av handlingsplanen").
fn names_action_list(s: &Stream, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let subject = k > a && SUBJECT_PREPOSITIONS.contains(&s.norm(k - 1).as_str());
        names_actions(&s.norm(k)) && !subject
    })
}

/// Whether the paragraph mark of a statute ("3 §", "3 a §", "§ 3") stands at word `k`.
fn statute_mark(s: &Stream, k: usize) -> bool {
    let text = |k: usize| s.get(k).map_or("", |w| w.text.as_str());
    let number = |k: usize| small_number(text(k).trim_end_matches('.'), 3);
    (number(k) && (text(k + 1) == "§" || (text(k + 1).len() == 1 && text(k + 2) == "§")))
        || (text(k) == "§" && number(k + 1))
}

/// Whether `t` is a number of 1 to `digits` digits.
pub(crate) fn small_number(t: &str, digits: usize) -> bool {
    !t.is_empty() && t.len() <= digits && t.chars().all(|c| c.is_ascii_digit())
}

/// The number of the chapter a list stands in: the nearest heading before word `at` (and
/// after `floor`) that opens with a number ("2 Grundskola", "2. Grundskola") or with a word
/// and a number ("Mål 2: …", "Område 2 –"; not an item's label, "Åtgärd 2"), set bold or
/// larger than the running text.
fn chapter_number(s: &Stream, floor: usize, at: usize) -> Option<u32> {
    let text = |k: usize| s.get(k).map_or("", |w| w.text.as_str());
    (floor..at).rev().find_map(|k| {
        let w = s.get(k).filter(|w| s.starts_unit(k) && s.set_off(w))?;
        let labelled = capitalized(&w.text)
            && !item_label(&w.text)
            && small_number(text(k + 1).trim_end_matches([':', '.']), 2);
        let k = k + usize::from(labelled);
        let digits = text(k).trim_end_matches(if labelled {
            &[':', '.'][..]
        } else {
            &['.'][..]
        });
        let opens = small_number(digits, 2)
            && s.get(k + 1).is_some_and(|n| {
                capitalized(&n.text) || matches!(n.text.as_str(), "–" | "-" | ":")
            });
        opens.then(|| digits.parse().ok()).flatten()
    })
}

/// Lists whose numbers restart ("1 2 3" under "Mål 1", "1 2" under "Mål 2"; rows of a table
/// per goal, items "Åtgärd 1" per area): a number names one action in its document, so
/// each run's numbers go under its chapter's ("2.3": the third under "Mål 2" or "2
/// Grundskola"), or, where the chapters have no distinct numbers, the run's place. A run
/// starts where a number of the run before comes again as a first step ("1", "2.1" after
/// "2.3"). A run that repeats a title of the runs before is the same list again (an
/// appendix, an overview): nothing is renumbered, and the first keeps each number.
pub(crate) fn number_restarts(s: &Stream, actions: Vec<Action>) -> Vec<Action> {
    let mut runs: Vec<Vec<Action>> = Vec::new();
    for a in actions {
        let again = runs
            .last()
            .is_some_and(|r| r.iter().any(|b| b.number == a.number));
        let first = a.number.rsplit(['.', ':']).next() == Some("1");
        match runs.last_mut() {
            Some(r) if !(again && first) => r.push(a),
            _ => runs.push(vec![a]),
        }
    }
    let titles: Vec<Vec<String>> = runs
        .iter()
        .map(|r| r.iter().map(|a| norm_phrase(&a.title)).collect())
        .collect();
    let repeated =
        (1..titles.len()).any(|k| titles[k].iter().any(|t| titles[..k].concat().contains(t)));
    if runs.len() < 2 || repeated {
        return runs.concat();
    }
    // Each run's chapter: the nearest numbered heading after the run before.
    let locate = |a: &Action, from: usize| {
        (from..s.words.len()).find(|&k| {
            s.get(k)
                .is_some_and(|w| w.text.trim_end_matches(['.', ':', ')']) == a.number)
                && (s.starts_unit(k) || k.checked_sub(1).is_some_and(|j| s.starts_unit(j)))
        })
    };
    let mut floor = 0;
    let mut chapters: Vec<Option<u32>> = Vec::new();
    for r in &runs {
        let at = r.first().and_then(|a| locate(a, floor));
        chapters.push(at.and_then(|at| chapter_number(s, floor, at)));
        let last = r.last().and_then(|a| locate(a, at.unwrap_or(floor)));
        floor = last.or(at).map_or(floor, |k| k + 1);
    }
    let distinct: std::collections::HashSet<_> = chapters.iter().flatten().collect();
    let numbered = distinct.len() == runs.len();
    let mut out = Vec::new();
    for (k, (run, chapter)) in runs.into_iter().zip(chapters).enumerate() {
        let head = chapter.filter(|_| numbered).map_or(k + 1, |c| c as usize);
        out.extend(run.into_iter().map(|mut a| {
            a.number = format!("{head}.{}", a.number);
            a
        }));
    }
    out
}

/// Whether the list at word `at` stands in a paragraph of a statute or regulation: the mark
/// "3 §", "3 a §" or "§ 3" opens a line of its own or a new sentence within
/// [`STATUTE_WINDOW`] words before it.
fn in_statute_paragraph(s: &Stream, at: usize) -> bool {
    (at.saturating_sub(STATUTE_WINDOW)..at).any(|k| {
        let opens = s.starts_unit(k)
            && k.checked_sub(1).and_then(|j| s.get(j)).is_none_or(|p| {
                ends_sentence(&p.text) || s.get(k).is_some_and(|w| w.block != p.block)
            });
        statute_mark(s, k) && opens
    })
}

/// How far before a numbered list the paragraph mark of a statute ("3 §") may open, in words.
const STATUTE_WINDOW: usize = 40;
/// How far back from a list its statute paragraph's mark may open, in words.
const STATUTE_SECTION_WINDOW: usize = 250;

/// Whether the list at word `at` stands in a paragraph of a statute however long ("36 §
/// Innan ett arbete enligt punkt 1–3 nedan påbörjas …" over five lines, then the points):
/// reading back, a paragraph mark opens a line (or a unit) before any heading does, within
/// [`STATUTE_SECTION_WINDOW`] words.
fn in_statute_section(s: &Stream, at: usize) -> bool {
    let mut k = at;
    while k > at.saturating_sub(STATUTE_SECTION_WINDOW) {
        k -= 1;
        if !s.starts_unit(k) {
            continue;
        }
        if statute_mark(s, k) {
            return true;
        }
        let end = unit_end(s, k, at);
        if short_heading(s, k, end) && number_at(s, k).is_none() {
            return false;
        }
    }
    false
}

/// Whether the words `a..b` (one to eight) are set as a heading ([`heading_like`]).
fn short_heading(s: &Stream, a: usize, b: usize) -> bool {
    (1..=8).contains(&b.saturating_sub(a)) && heading_like(s, a, b, true)
}

/// Whether the words `a..b` are set as a heading, not a piece of running text: they start
/// with a capital letter (or a number) and end without a period or comma (a heading may
/// ask, "Vad händer nu?"; "Åtgärder:" may end with a colon); with layout, the line before
/// is short (another heading), ends a sentence or stands in another block (this line is
/// not wrapped out of a paragraph) when `check_before`.
fn heading_like(s: &Stream, a: usize, b: usize, check_before: bool) -> bool {
    let (Some(first), Some(last)) = (s.get(a), s.get(b.saturating_sub(1))) else {
        return false;
    };
    let starts = capitalized(&first.text) || first.text.starts_with(|c: char| c.is_ascii_digit());
    let t = last.text.trim_end_matches(['"', '”', '’', ')']);
    // A heading may ask ("Vad händer nu?") but ends no statement.
    let ends_plain = !(t.ends_with('.') || t.ends_with(',') || t.ends_with(';'));
    // With layout, the line before is no longer line of the same paragraph running on.
    let prev = a.checked_sub(1).and_then(|j| s.get(j));
    let prev_line_words = (0..a)
        .rev()
        .take_while(|&j| s.get(j).map(|w| w.line) == prev.map(|p| p.line))
        .count();
    let after_break = !check_before
        || !s.rich
        || prev_line_words <= 8
        || prev.is_none_or(|p| {
            p.block != first.block || ends_sentence(&p.text) || p.page != first.page
        });
    starts && ends_plain && after_break
}

/// Common Swedish verbs in the imperative that open an action's title ("Utred …", "Inför
/// …", "Ta fram …"). Goals, agenda items, points of statutes and att-satser do not open
/// with them.
const IMPERATIVES: &[&str] = &[
    "analysera",
    "anordna",
    "anpassa",
    "anställ",
    "arbeta",
    "avveckla",
    "begränsa",
    "behåll",
    "beskriv",
    "bevaka",
    "bygg",
    "effektivisera",
    "erbjud",
    "etablera",
    "fastställ",
    "fortsätt",
    "förbättra",
    "fördjupa",
    "förenkla",
    "förstärk",
    "förtydliga",
    "genomför",
    "gör",
    "identifiera",
    "implementera",
    "informera",
    "inför",
    "initiera",
    "inled",
    "installera",
    "inventera",
    "kartlägg",
    "komplettera",
    "minska",
    "modernisera",
    "möjliggör",
    "omvandla",
    "prioritera",
    "pröva",
    "revidera",
    "samordna",
    "samverka",
    "satsa",
    "se",
    "skapa",
    "stimulera",
    "stärk",
    "stöd",
    "säkerställ",
    "ta",
    "tydliggör",
    "upphandla",
    "uppmuntra",
    "upprätta",
    "utbilda",
    "utforma",
    "utred",
    "utveckla",
    "utvärdera",
    "verka",
    "öka",
    "öppna",
    "överväg",
];

/// Whether at least `least` of `actions`, and a share `(of, in)` of them, meet `test`: fields
/// a plan gives its actions stand under half of them or more (one at least), a minute's
/// "Ansvarig:" under a point or two; titles of a kind are two in three.
pub(crate) fn share<'a>(
    actions: impl IntoIterator<Item = &'a Action>,
    least: usize,
    (of, within): (usize, usize),
    test: impl Fn(&Action) -> bool,
) -> bool {
    let (n, all) = actions
        .into_iter()
        .fold((0, 0), |(n, all), a| (n + usize::from(test(a)), all + 1));
    n >= least && n * within >= all * of
}

/// Whether at least `least` titles, and two in three, meet `test` (on their normalised words).
fn most(actions: &[Action], least: usize, test: impl Fn(&[String]) -> bool) -> bool {
    let words = |a: &Action| {
        a.title
            .split_whitespace()
            .map(norm_word)
            .collect::<Vec<_>>()
    };
    share(actions, least, (2, 3), |a| test(&words(a)))
}

/// Finite verbs of a statement of what was done ("Två inspektörer har anställts") or what is
/// ("Handtvättställ saknas i köket": a finding), and of a rule ("Chefen ska dokumentera …";
/// in a plan, "En resepolicy ska tas fram" is an action).
const DONE_VERBS: &[&str] = &["har", "hade", "blev", "är", "finns", "saknas", "saknar"];
const RULE_VERBS: &[&str] = &["ska", "skall", "måste"];

/// Whether most titles (two or more, and two in three) are statements, no actions to take:
/// they do not open with an imperative, and a word after the first is a finite verb of
/// [`DONE_VERBS`] (or of [`RULE_VERBS`] where the document's title names guidelines:
/// `Stream::rules`) that opens no relative clause ("Stöd till familjer som har …"); or
/// they open with a plural that names actions, the sections of a report ("3.2.1 Åtgärder i
/// skolan", "Insatserna"); or they ask (a checklist's "Finns …?"); or they cite a work, its
/// year in parentheses after its author ("Socialstyrelsen (2023): Title", a list of sources
/// under whatever heading); or they name bodies (how their names end: `MEETING_BODY_ENDS`
/// and `OTHER_BODY_ENDS` in `structure`: "Tekniska nämnden",
/// "Länsstyrelsen i Ekby län"), a list of parties (consulted, sent to, taking part).
pub(crate) fn statements(s: &Stream, actions: &[Action]) -> bool {
    // A rule holds until it is changed; what is to be done by a time is an action ("Vi ska
    // halvera …" with "Klart: 2028"), whatever the document's title.
    let rules = s.rules && !share(actions, 1, (1, 2), |a| a.timeline.is_some());
    let verb = |w: &str| DONE_VERBS.contains(&w) || (rules && RULE_VERBS.contains(&w));
    most(actions, 2, |w| {
        w.first()
            .is_some_and(|f| !IMPERATIVES.contains(&f.as_str()))
            && (1..w.len()).any(|k| verb(&w[k]) && w[k - 1] != "som")
    }) || most(actions, 2, |w| {
        w.first()
            .is_some_and(|f| names_actions(f) && f.ends_with(['r', 'a']))
    }) || share(actions, 2, (2, 3), |a| a.title.ends_with('?'))
        || share(actions, 2, (2, 3), |a| {
            let words: Vec<&str> = a.title.split_whitespace().take(7).collect();
            words.iter().rev().skip(1).any(|w| {
                let year = w.strip_prefix('(').and_then(|w| w.strip_suffix(['.', ':']));
                year.and_then(|y| y.strip_suffix(')'))
                    .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
            })
        })
        || most(actions, 2, |words| {
            let ends = super::MEETING_BODY_ENDS
                .split('|')
                .chain(super::OTHER_BODY_ENDS.split('|'));
            let body = |w: &String| ends.clone().any(|b| w.ends_with(b));
            words.len() <= 4 && words.iter().take(2).any(body)
        })
}

/// The end of the line (with layout; else of the sentence or block) that starts at word
/// `i`, at most `limit`.
fn unit_end(s: &Stream, i: usize, limit: usize) -> usize {
    if s.rich {
        return s.line_end(i).min(limit);
    }
    let j = (i + 1..limit).find(|&j| s.starts_unit(j));
    j.unwrap_or(limit.max(i + 1))
}

/// The run of consecutive numbers from 1 that opens at `cands[k]`, close together with
/// nothing but titles between them (see [`toc_gap_ok`]); with `restart`, a new 1 ends it.
/// Up to three numbers may be missing where the next goes on in step ("4", "7", "8": actions
/// struck from a revised plan, a page lost). With the index in `cands` after its last entry.
fn run_at(
    s: &Stream,
    cands: &[(usize, u32)],
    k: usize,
    restart: bool,
) -> (Vec<(usize, u32)>, usize) {
    let idx = cands[k].0;
    let (mut run, mut next) = (vec![cands[k]], k + 1);
    for (j, &(at, m)) in cands.iter().enumerate().skip(k + 1) {
        let Some(&(last_idx, last_n)) = run.last() else {
            break;
        };
        if at - last_idx > TOC_GAP || (restart && m == 1) {
            break;
        }
        let in_step = cands
            .get(j + 1)
            .is_some_and(|&(b, o)| o == m + 1 && b - at <= TOC_GAP);
        if m == last_n + 1 || (m > last_n + 1 && m <= last_n + 4 && in_step) {
            // The entries' style is the one the first two share: past them, the numbering
            // going on (by one, or in step after a gap) admits an entry set otherwise.
            let step = (run.len() >= 2).then_some(in_step);
            if !toc_gap_ok(s, idx, last_idx, at, step) {
                break;
            }
            run.push((at, m));
            next = j + 1;
        }
    }
    (run, next)
}

/// The first run of at least three consecutive numbers from 1 (see [`run_at`]).
fn toc_run(s: &Stream, cands: &[(usize, u32)]) -> Option<Vec<(usize, u32)>> {
    (0..cands.len())
        .filter(|&k| cands[k].1 == 1)
        .map(|k| run_at(s, cands, k, false).0)
        .find(|run| run.len() >= 3)
}

/// Every run of two or more consecutive numbers from 1 (see [`run_at`]), each after the one
/// before: the lists of a document whose numbering restarts.
fn list_runs(s: &Stream, cands: &[(usize, u32)]) -> Vec<Vec<(usize, u32)>> {
    let mut out: Vec<Vec<(usize, u32)>> = Vec::new();
    let mut k = 0;
    while k < cands.len() {
        if cands[k].1 == 1 {
            let (run, next) = run_at(s, cands, k, true);
            if run.len() >= 2 {
                out.push(run);
                k = next;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// Whether most entries of a numbered list ("1.", "2.", …) have items numbered under them
/// ("1.1", "1.2" at a line start before the next entry): a two-level list, goals over the
/// actions, whose first level is no action.
fn outline_of_subitems(s: &Stream, run: &[(usize, u32)]) -> bool {
    let with_children = run
        .iter()
        .enumerate()
        .filter(|(k, &(idx, n))| {
            let end = run
                .get(k + 1)
                .map_or((idx + TOC_GAP).min(s.words.len()), |x| x.0);
            let child = format!("{n}.1");
            (idx + 1..end).any(|j| {
                s.starts_unit(j)
                    && s.get(j)
                        .is_some_and(|w| w.text.trim_end_matches(['.', ':', ')']) == child)
            })
        })
        .count();
    with_children * 2 > run.len()
}

/// Whether the words between two table-of-contents entries (`a` and `b`, the first entry
/// at `first`) are only a title and headings. With layout: every line is set like the
/// entries (a title going on), or more prominently (an area heading), or starts with a page
/// reference, and the next entry is set like the entries. Where the numbering goes on (by one,
/// or in step after a gap) past entries set alike (`step`), that outweighs the type: the
/// next entry may be set in another size, in italic or in another place (a box, a side
/// column, a caption), so long as it is bold where the entries are, or in any weight where the
/// entry after it goes on in step close by (`step` Some(true): a run of entries set otherwise,
/// headings' type on tight leading); the lines after such an entry are its title where they
/// are set like it. Without layout: no sentence ends inside.
fn toc_gap_ok(s: &Stream, first: usize, a: usize, b: usize, step: Option<bool>) -> bool {
    let (Some(f), Some(prev)) = (s.get(first), s.get(a)) else {
        return false;
    };
    // Sizes are compared on one page only (a document may scale its pages differently).
    let like = |w: &super::Word| {
        let sized = w.page != prev.page || w.same_size(prev, 0.6);
        sized && w.bold == f.bold && !w.italic
    };
    // A line set like the entry before it: its title going on.
    let as_prev = |w: &super::Word| {
        w.page == prev.page
            && w.same_size(prev, 0.6)
            && w.bold == prev.bold
            && w.italic == prev.italic
    };
    if s.rich {
        if !s
            .get(b)
            .is_some_and(|w| like(w) || step.is_some_and(|on| on || w.bold == f.bold))
        {
            return false;
        }
        let mut i = s.line_end(a);
        while i < b {
            let Some(w) = s.get(i) else { return false };
            let prominent = (w.bold && !f.bold)
                || (w.page == prev.page && !w.ocr && !prev.ocr && w.size > prev.size + 0.4);
            if !(like(w) || as_prev(w) || prominent || page_refs_at(s, i).is_some()) {
                return false;
            }
            i = s.line_end(i);
        }
        true
    } else {
        (a + 1..b.saturating_sub(1)).all(|i| {
            let ends = s
                .get(i)
                .is_some_and(|w| ends_sentence(&w.text) && !w.text.ends_with(':'));
            let next_cap = s.get(i + 1).is_some_and(|w| capitalized(&w.text));
            !(ends && next_cap)
        })
    }
}

/// Parse the table of contents around a run of entries.
fn parse_toc(s: &Stream, run: &[(usize, u32)]) -> Vec<TocEntry> {
    let Some(&(first_idx, _)) = run.first() else {
        return Vec::new();
    };
    let start = s.page_start(s.get(first_idx).map_or(0, |w| w.page));
    let starts: BTreeMap<usize, u32> = run.iter().copied().collect();
    let last_idx = run.last().map(|r| r.0).unwrap_or(first_idx);
    let mut out = if s.rich {
        parse_toc_lines(s, start, last_idx, &starts)
    } else {
        parse_toc_flat(s, start, last_idx, &starts)
    };
    for e in &mut out {
        e.title = crate::text::squash_ws(&e.title);
    }
    out
}

/// Area heading state while reading a table of contents.
#[derive(Default)]
struct Sections {
    queue: VecDeque<u32>,
    current: Option<(String, Option<u32>)>,
}

impl Sections {
    fn heading(&mut self, title: String, page: Option<u32>) {
        let title = title.trim().to_string();
        if title.is_empty() {
            return;
        }
        let page = page.or_else(|| self.queue.pop_front());
        self.current = Some((title, page));
    }

    /// The entry numbered `number` under the open area heading.
    fn entry(&self, number: u32, title: String, page: u32, end: usize) -> TocEntry {
        let (section, section_page) = self.current.clone().unzip();
        TocEntry {
            number,
            title,
            section,
            section_page: section_page.flatten(),
            page,
            end,
            fields: Vec::new(),
        }
    }
}

fn parse_toc_lines(
    s: &Stream,
    start: usize,
    last_idx: usize,
    starts: &BTreeMap<usize, u32>,
) -> Vec<TocEntry> {
    let mut out: Vec<TocEntry> = Vec::new();
    let mut sec = Sections::default();
    // The open entry and the style of its first line.
    let mut open: Option<(TocEntry, f32, f32, bool, u32)> = None;
    let mut i = start;
    while i < s.words.len() {
        let end = s.line_end(i);
        let Some(w) = s.get(i) else { break };
        if let Some(&n) = starts.get(&i) {
            out.extend(open.take().map(|o| o.0));
            let e = sec.entry(n, s.text(i + 1, end), w.page, end);
            open = Some((e, w.x, w.size, w.bold, w.block));
            i = end;
            continue;
        }
        if i > last_idx && open.is_none() {
            break;
        }
        let (mut refs, j) = page_refs_from(s, i, end);
        if !refs.is_empty() {
            out.extend(open.take().map(|o| o.0));
            if j >= end {
                sec.queue.extend(refs);
            } else {
                // A heading wrapped in a narrow measure goes on in its block with a small
                // letter ("s 66 Marknadsföring och" / "spridning").
                let mut end = end;
                while let (Some(n), Some(l)) = (s.get(end), s.get(end.saturating_sub(1))) {
                    if n.block != l.block
                        || n.page != l.page
                        || !n.line_start
                        || capitalized(&n.text)
                        || starts.contains_key(&end)
                    {
                        break;
                    }
                    end = s.line_end(end);
                }
                let page = refs.pop();
                sec.queue.extend(refs);
                sec.heading(s.text(j, end), page);
                i = end;
                continue;
            }
            i = end;
            continue;
        }
        // A labelled line under an entry, bulleted or not ("• Ansvar: Kostenheten"), is
        // one of its fields, not more of its title.
        let from = i + usize::from(s.get(i).is_some_and(|m| m.text == "•"));
        if let (Some((e, ..)), Some((col, v))) = (open.as_mut(), field_at(s, from, end)) {
            e.fields
                .push((col, s.text(v, end).trim_end_matches('.').to_string()));
            e.end = end;
            i = end;
            continue;
        }
        let continues = match &open {
            Some((e, x, size, bold, block)) => {
                let prev = s.get(e.end.saturating_sub(1));
                let same_page = prev.is_some_and(|p| p.page == w.page);
                let same_style =
                    (!same_page || w.ocr || (w.size - size).abs() < 0.6) && w.bold == *bold;
                let prev_block = prev.map(|p| p.block);
                // A title that wraps over a page break goes on at the top of the next page.
                let next_page = prev.is_some_and(|p| p.page != w.page);
                same_style
                    && (w.x > x + 1.0
                        || Some(w.block) == prev_block
                        || w.block == *block
                        || next_page)
            }
            None => false,
        };
        if continues {
            if let Some((e, ..)) = open.as_mut() {
                e.title.push(' ');
                e.title.push_str(&s.text(i, end));
                e.end = end;
            }
        } else {
            out.extend(open.take().map(|o| o.0));
            if i > last_idx {
                break;
            }
            // A line of running text (wrapped out of a sentence, or the sentence that
            // introduces the list) is no area heading.
            let wrapped_on = s.get(end).is_some_and(|n| {
                n.block == w.block
                    && n.page == w.page
                    && !capitalized(&n.text)
                    && !starts.contains_key(&end)
            });
            if heading_like(s, i, end, false)
                && !wrapped_on
                && !s
                    .get(end.saturating_sub(1))
                    .is_some_and(|l| l.text.ends_with(':'))
            {
                sec.heading(strip_chapter_number(&s.text(i, end)), None);
            }
        }
        i = end;
    }
    out.extend(open.take().map(|o| o.0));
    out
}

fn parse_toc_flat(
    s: &Stream,
    start: usize,
    last_idx: usize,
    starts: &BTreeMap<usize, u32>,
) -> Vec<TocEntry> {
    let mut out = Vec::new();
    let mut sec = Sections::default();
    let boundary = |i: usize| starts.contains_key(&i) || page_refs_at(s, i).is_some();
    let mut i = start;
    while i < s.words.len() {
        let Some(w) = s.get(i) else { break };
        if let Some(&n) = starts.get(&i) {
            // The last entry ends with its page, or its paragraph.
            let para = |x: &super::Word| x.page == w.page && x.block == w.block;
            let j = (i + 1..s.words.len())
                .find(|&j| boundary(j) || (i >= last_idx && !s.get(j).is_some_and(para)))
                .unwrap_or(s.words.len().max(i + 1));
            out.push(sec.entry(n, s.text(i + 1, j), w.page, j));
            i = j;
            if i > last_idx {
                break;
            }
            continue;
        }
        let (refs, after) = page_refs_from(s, i, s.words.len());
        i = after;
        let j = (i..s.words.len()).find(|&j| boundary(j));
        let j = j.unwrap_or(s.words.len().max(i));
        if i > last_idx {
            break;
        }
        // Text up to the next entry: one or more headings.
        let words: Vec<&str> = s
            .words
            .get(i..j)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.text.as_str())
            .collect();
        let mut pending: VecDeque<u32> = sec.queue.drain(..).chain(refs).collect();
        if !words.is_empty() {
            // Headings set in sentence case: one at each capitalised word.
            let pieces = split_words(&words, |_, w| capitalized(w));
            if pending.len() > 1 && pieces.len() == pending.len() {
                for p in pieces {
                    let page = pending.pop_front();
                    sec.heading(p, page);
                }
            } else {
                let page = pending.pop_back();
                sec.heading(words.join(" "), page);
            }
        } else {
            sec.queue = pending;
        }
        i = j;
    }
    out
}

/// Words joined into pieces, a new one starting at a word where `cut(previous word, word)`.
fn split_words(words: &[&str], cut: impl Fn(&str, &str) -> bool) -> Vec<String> {
    let pieces = words.chunk_by(|p, w| !cut(p, w));
    pieces.map(|piece| piece.join(" ")).collect()
}

/// A heading without its chapter number ("7. Strategi – Transporter" → "Strategi –
/// Transporter"); other text as it is.
fn strip_chapter_number(t: &str) -> String {
    match t.split_once(' ') {
        Some((n, rest))
            if n.strip_suffix('.').is_some_and(|d| small_number(d, 3)) && capitalized(rest) =>
        {
            rest.to_string()
        }
        _ => t.to_string(),
    }
}

/// A phrase normalised for comparison: words lower-cased without punctuation.
fn norm_phrase(s: &str) -> String {
    norm_words(s).join(" ")
}

/// Whether two normalised words are the same word, tolerating a hyphenation or OCR slip.
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    la >= 5 && lb >= 5 && strsim::levenshtein(a, b) <= 1 + usize::from(la.max(lb) >= 10)
}

/// Align the words from `i` with `title`: (first word after the title, title words found).
fn align_title(s: &Stream, i: usize, title: &[String], limit: usize) -> (usize, usize) {
    let (mut a, mut b, mut hits) = (i, 0usize, 0usize);
    // Where the last matched word ends, and how many steps failed since.
    let (mut end_hit, mut misses) = (i, 0usize);
    let word = |k: usize| s.norm(k);
    while b < title.len() && a < limit {
        let wa = word(a);
        if wa.is_empty() {
            a += 1;
            continue;
        }
        let tb = title.get(b).map(String::as_str).unwrap_or("");
        let before = hits;
        if same_word(&wa, tb) {
            hits += 1;
            a += 1;
            b += 1;
        } else if title.get(b + 1).is_some_and(|t| same_word(&wa, t)) {
            b += 1; // a title word missing here
        } else if same_word(&word(a + 1), tb) {
            a += 1; // an extra word here
        } else if tb.starts_with(&wa)
            && a + 1 < limit
            && same_word(&format!("{wa}{}", word(a + 1)), tb)
        {
            // "kompetens- och" vs "kompetensoch": take the next word too
            hits += 1;
            a += 2;
            b += 1;
        } else {
            a += 1;
            b += 1;
        }
        if hits > before {
            end_hit = a;
            misses = 0;
        } else {
            misses += 1;
        }
    }
    // A heading shorter than its table-of-contents title ends at its last matched word.
    (if misses >= 2 { end_hit } else { a }, hits)
}

/// With layout, the words after `idx` set like the heading at `idx` when it is set
/// prominently (bold or larger than the running text): the heading's own words.
fn styled_run(s: &Stream, idx: usize) -> Option<usize> {
    let h = s.get(idx).filter(|h| s.rich && s.set_off(h))?;
    let styled = |w: &super::Word| w.bold == h.bold && (w.size - h.size).abs() < 0.3 && !w.italic;
    (idx + 1..idx + 80)
        .find(|&k| !s.get(k).is_some_and(styled))
        .or(Some(idx + 80))
}

fn headings_from_toc(
    s: &Stream,
    cands: &[(usize, u32)],
    toc: &[TocEntry],
    from: usize,
) -> Vec<Heading> {
    // each entry's title words, normalized once (a number can be a candidate many times)
    let titles: BTreeMap<u32, (Vec<String>, &String)> = toc
        .iter()
        .map(|e| (e.number, (norm_words(&e.title), &e.title)))
        .collect();
    let mut out: Vec<Heading> = Vec::new();
    for &(idx, n) in cands {
        if idx < from
            || out
                .last()
                .is_some_and(|h| n <= h.number || idx < h.title_end)
        {
            continue;
        }
        let Some((words, title)) = titles.get(&n) else {
            continue;
        };
        let (end, hits) = align_title(s, idx + 1, words, s.words.len());
        let full = hits * 10 >= words.len() * 7;
        // A prominent heading worded shorter than its entry: most of its own words match.
        let run = styled_run(s, idx);
        let short = run.is_some_and(|k| {
            let len = k - idx - 1;
            len > 0 && hits >= 4.min(words.len()) && hits * 10 >= len * 8
        });
        let end = match run {
            Some(k) if k.abs_diff(end) <= 4 || short => k,
            _ => end,
        };
        if full || short {
            out.push(Heading {
                number: n,
                idx,
                title_end: end,
                title: title.to_string(),
            });
        }
    }
    out
}

/// Headings in a document without a table of contents (see the module docs).
fn headings_without_toc(s: &Stream, cands: &[(usize, u32)]) -> Vec<Heading> {
    if !s.rich {
        return Vec::new();
    }
    let mut out: Vec<Heading> = Vec::new();
    for &(idx, n) in cands {
        let Some(w) = s.get(idx).filter(|w| s.set_off(w)) else {
            continue;
        };
        if out
            .last()
            .is_some_and(|last| n != last.number + 1 || idx < last.title_end)
        {
            continue;
        }
        let alike = |e: usize, x: &super::Word| {
            x.bold == w.bold
                && (x.size - w.size).abs() < 0.3
                && !(x.line_start && number_at(s, e).is_some())
        };
        let end = (idx + 1..)
            .find(|&e| !s.get(e).is_some_and(|x| alike(e, x)))
            .unwrap_or(idx + 1);
        out.push(Heading {
            number: n,
            idx,
            title_end: end,
            title: s.text(idx + 1, end),
        });
    }
    // Keep only headings whose text looks like an action.
    let ends: Vec<usize> = out
        .iter()
        .skip(1)
        .map(|h| h.idx)
        .chain(std::iter::once(s.words.len()))
        .collect();
    out.into_iter()
        .zip(ends)
        .filter(|(h, end)| {
            let t = s.text(h.title_end, *end);
            !find_refs(&t).is_empty()
                || MEASURE_TYPES.iter().any(|m| t.contains(m))
                || REPORT_BACK_RE.is_match(&t)
        })
        .map(|(h, _)| h)
        .collect()
}

/// Where an action's text ends: at `next`, or earlier at a line that repeats an area heading
/// of the table of contents (the start of the next area).
fn section_stop(s: &Stream, from: usize, next: usize, sections: &[String]) -> usize {
    if !s.rich || sections.is_empty() {
        return next;
    }
    let mut i = from;
    while i < next {
        let end = s.line_end(i).min(next);
        if s.get(i).is_some_and(|w| w.line_start) {
            let line = norm_phrase(&s.text(i, end));
            if sections.contains(&line) {
                return i;
            }
        }
        i = end;
    }
    next
}

fn analyze_body(doc_id: &str, s: &Stream, h: &Heading, end: usize) -> Action {
    let mut a = Action {
        doc: doc_id.to_string(),
        number: h.number.to_string(),
        title: h.title.clone(),
        pages: s.pages_of(h.idx, end),
        body: s.text(h.title_end, end),
        ..Action::default()
    };

    // Quoted proposals chained by "samt".
    let mut cursor = h.title_end;
    loop {
        let (text, offs) = s.text_with_offsets(cursor, end);
        let Some(r) = find_refs(&text).into_iter().next() else {
            break;
        };
        let quote = text.get(..r.start).unwrap_or("").trim();
        let n_words = quote.split_whitespace().count();
        if n_words == 0 || n_words > MAX_PROPOSAL_WORDS {
            break;
        }
        a.recommendations.push(RecRef {
            code: r.code,
            page: r.page,
            text: quote.to_string(),
        });
        cursor = offs
            .iter()
            .position(|&o| o >= r.end)
            .map_or(end, |k| cursor + k);
        match s.norm(cursor).as_str() {
            "samt" | "och" => cursor += 1,
            _ => break,
        }
    }

    a.measure_type = measure_type(s, cursor, end);
    (a.responsible, a.report_back) = small_paragraphs(s, cursor, end);
    a
}

/// The first measure-type label shown in the words `from..end`.
fn measure_type(s: &Stream, from: usize, end: usize) -> Option<String> {
    (from..end)
        .find_map(|i| {
            let w = s.get(i)?;
            MEASURE_TYPES.iter().find(|m| {
                let n = m.split(' ').count();
                let matches = i + n <= end
                    && m.split(' ').enumerate().all(|(k, p)| {
                        s.get(i + k)
                            .is_some_and(|x| x.text.trim_end_matches([':', '.']) == p)
                    });
                if !matches {
                    return false;
                }
                let colon = s.get(i + n - 1).is_some_and(|x| x.text.ends_with(':'));
                let at_start = i == from || s.starts_unit(i);
                let next = s.get(i + n);
                let whole_line = s.rich && w.line_start && next.is_none_or(|x| x.line_start);
                let next_cap = next.is_some_and(|x| capitalized(&x.text));
                let prev_ends = i
                    .checked_sub(1)
                    .and_then(|j| s.get(j))
                    .is_none_or(|p| ends_sentence(&p.text) || p.block != w.block);
                if s.rich {
                    at_start && (colon || whole_line || w.bold)
                } else {
                    (at_start || prev_ends) && (colon || next_cap)
                }
            })
        })
        .map(|m| m.to_string())
}

/// Clean a small paragraph: squash spaces, drop a final period.
fn clean_small(t: &str) -> String {
    let t = crate::text::squash_ws(t);
    t.trim_end_matches('.').trim().to_string()
}

/// The responsible party and the report-back at the end of an action's text.
fn small_paragraphs(s: &Stream, from: usize, end: usize) -> (Option<String>, Option<String>) {
    if from >= end {
        return (None, None);
    }
    // OCR sizes are estimates: OCR'd text is read like text without layout.
    if s.rich && !s.get(from).is_some_and(|w| w.ocr) {
        // Trailing lines set smaller than the running text (and not quoted in italics).
        let small = |w: &super::Word| w.size < s.body_size(w.page) - 0.3 && !w.italic;
        let run = (from..end)
            .rev()
            .take_while(|&j| s.get(j).is_some_and(small));
        let k = run.last().unwrap_or(end);
        // Start at a line start.
        let k = (k..end)
            .find(|&j| s.get(j).is_none_or(|w| w.line_start))
            .unwrap_or(end);
        if k < end && end - k <= 2 * MAX_SMALL_WORDS {
            // Paragraphs: a new one where the block or the weight changes between lines.
            let same = |p: &super::Word, w: &super::Word| {
                !w.line_start || (w.block == p.block && w.bold == p.bold && w.page == p.page)
            };
            let words = s.words.get(k..end.min(s.words.len())).unwrap_or(&[]);
            let text = |c: &[super::Word]| {
                c.iter()
                    .map(|w| w.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let paras: Vec<String> = words.chunk_by(same).map(text).collect();
            let (mut responsible, mut report_back) = (None::<String>, None);
            // Whether the last paragraph went into `responsible` (a party's name may wrap
            // into a paragraph of its own).
            let mut last_was_responsible = false;
            for p in paras.iter().flat_map(|p| split_report_back(p)) {
                // A page number left in the text (OCR keeps footers) is no paragraph.
                if p.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) {
                    continue;
                }
                // A paragraph opening with a measure-type label ("Utvecklingsområde: …",
                // set small with the rest, in a box) is the text before the small
                // paragraphs: they follow it.
                let t = p.trim();
                if MEASURE_TYPES.iter().any(|m| {
                    t.strip_prefix(m)
                        .is_some_and(|r| r.is_empty() || r.starts_with(':'))
                }) {
                    (responsible, report_back, last_was_responsible) = (None, None, false);
                    continue;
                }
                let small = clean_small(&p);
                // A whole paragraph that is a report-back ("Kommunstyrelsen hösten 2014").
                let whole = REPORT_BACK_RE.find(p.trim());
                let whole = whole.is_some_and(|m| m.start() == 0 && m.end() + 1 >= p.trim().len());
                if report_back.is_none() && whole {
                    report_back = Some(small);
                    last_was_responsible = false;
                } else if responsible.is_none() {
                    responsible = Some(small);
                    last_was_responsible = true;
                } else if let Some(r) = responsible.as_mut().filter(|_| last_was_responsible) {
                    r.push(' ');
                    r.push_str(&small);
                }
            }
            return (responsible, report_back);
        }
    }
    small_paragraphs_flat(s, from, end)
}

/// Split a paragraph where a report-back starts or ends it ("Stadskontoret Kommunstyrelsen
/// hösten 2014" → two paragraphs).
fn split_report_back(p: &str) -> Vec<String> {
    let t = p.trim();
    if let Some(m) = REPORT_BACK_RE.find_iter(t).last() {
        let (before, at, after) = (
            t.get(..m.start()).unwrap_or("").trim(),
            m.as_str().trim(),
            t.get(m.end()..).unwrap_or("").trim(),
        );
        if before.is_empty() || after.is_empty() {
            return [before, at, after]
                .iter()
                .filter(|x| !x.is_empty())
                .map(|x| x.to_string())
                .collect();
        }
    }
    vec![t.to_string()]
}

/// Without layout: the report-back is recognised by its form near the end; the responsible
/// party is the short sentence fragment next to it (or the last fragment, without a
/// sentence end, when there is no report-back).
fn small_paragraphs_flat(s: &Stream, from: usize, end: usize) -> (Option<String>, Option<String>) {
    let text = s.text(from, end);
    let text = text.trim_end();
    // Start of the fragment that ends at `upto`: after the last sentence end before it.
    let tail_start = |upto: usize| {
        let head = text.get(..upto).unwrap_or("");
        let ends = |k: &usize| ends_sentence(head[..*k].rsplit(' ').next().unwrap_or(""));
        head.match_indices(' ')
            .map(|m| m.0)
            .rfind(ends)
            .map_or(0, |k| k + 1)
    };
    let fragment_ok = |f: &str| {
        let n = f.split_whitespace().count();
        n > 0 && n <= MAX_SMALL_WORDS && f.split_whitespace().next().is_some_and(capitalized)
    };
    let mut report: Option<(usize, usize)> = None;
    for m in REPORT_BACK_RE.find_iter(text) {
        // Must start a fragment (not inside a sentence) and stand near the end.
        let before = text.get(..m.start()).unwrap_or("").trim_end();
        let rest_words = text.get(m.end()..).unwrap_or("").split_whitespace().count();
        if rest_words > MAX_SMALL_WORDS {
            continue;
        }
        let prev_word = before.rsplit(' ').next().unwrap_or("");
        // Inside a sentence the organ would follow a preposition ("för kommunstyrelsen").
        let inside = matches!(prev_word, "för" | "till" | "av" | "i" | "och" | "att");
        if !inside {
            report = Some((m.start(), m.end()));
        }
    }
    match report {
        Some((a, b)) => {
            let rb = text.get(a..b).map(clean_small);
            let rest = text.get(b..).unwrap_or("").trim();
            let responsible = if !rest.is_empty() && fragment_ok(rest) {
                Some(clean_small(rest))
            } else {
                let st = tail_start(a);
                let frag = text.get(st..a).unwrap_or("").trim();
                fragment_ok(frag).then(|| clean_small(frag))
            };
            (responsible, rb)
        }
        None => {
            let last = text.rsplit(' ').next().unwrap_or("");
            if ends_sentence(last) {
                return (None, None);
            }
            let st = tail_start(text.len());
            let frag = text.get(st..).unwrap_or("").trim();
            (fragment_ok(frag).then(|| clean_small(frag)), None)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Action tables

/// What a column of an action table holds, from its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Column {
    Number,
    Title,
    Responsible,
    Timeline,
    Cost,
    Status,
    FollowUp,
    /// A column headed by a state ("Genomförd", "Pågår"): a mark in its cell ("X") is the
    /// action's status; other text is kept as for [`Column::Other`].
    State(String),
    /// Another column, by its header as printed.
    Other(String),
}

impl Column {
    /// The action's field this column fills (responsible, timeline, cost, status,
    /// follow-up); None for the number, the title and other columns.
    pub(crate) fn slot<'a>(&self, a: &'a mut Action) -> Option<&'a mut Option<String>> {
        match self {
            Column::Responsible => Some(&mut a.responsible),
            Column::Timeline => Some(&mut a.timeline),
            Column::Cost => Some(&mut a.cost),
            Column::Status => Some(&mut a.status),
            Column::FollowUp => Some(&mut a.follow_up),
            _ => None,
        }
    }

    /// The value of `a` in this column (the number and the title: none).
    fn value(&self, a: &mut Action) -> Option<String> {
        match self {
            Column::Other(h) | Column::State(h) => a.fields.get(h).cloned(),
            c => c.slot(a).and_then(|v| v.clone()),
        }
    }

    /// The text of `a` this column fills (the number: none).
    fn text<'a>(&self, a: &'a mut Action) -> Option<&'a mut String> {
        match self {
            Column::Title => Some(&mut a.title),
            Column::Number => None,
            Column::Other(h) | Column::State(h) => a.fields.get_mut(h),
            c => c.slot(a).and_then(|v| v.as_mut()),
        }
    }

    pub(crate) fn is_field(&self) -> bool {
        self.slot(&mut Action::default()).is_some()
    }

    /// Add a cell line to what this column fills: the title, a field, or the column's entry
    /// in `fields`; false for the number.
    fn fill(&self, a: &mut Action, t: &str) -> bool {
        match self {
            Column::Title => push_cell_line(&mut a.title, t),
            Column::State(h)
                if matches!(t.trim(), "X" | "x" | "✓" | "✔" | "☒" | "☑" | "•" | "*") =>
            {
                a.status.get_or_insert_with(|| h.clone());
            }
            Column::Other(h) | Column::State(h) => {
                push_cell_line(a.fields.entry(h.clone()).or_default(), t)
            }
            c => match c.slot(a) {
                // A marker before the value says nothing ("● Pågår": a traffic light).
                Some(slot) if slot.is_none() && super::marker(t) => {}
                Some(slot) => {
                    let t = match t.split_once(' ') {
                        Some((m, rest)) if slot.is_none() && super::marker(m) => rest,
                        _ => t,
                    };
                    push_cell_line(slot.get_or_insert_with(String::new), t)
                }
                None => return false,
            },
        }
        true
    }
}

/// The column a header cell names (compared on its first word, lower-cased; a header asked
/// as a question names its column by the question word: "Vad ska göras?" the action, "Vem
/// ansvarar?" the responsible, "När?" the timeline).
pub(crate) fn column_of(header: &str) -> Column {
    let h = header.trim().trim_end_matches([':', '?']).to_lowercase();
    let first = h.split_whitespace().next().unwrap_or("");
    // The number column, also named with the thing it numbers ("Åtgärd nr", "Åtgärdsnr",
    // "Åtgärdsnummer", a wrapped "Åtgärd"/"nr" read as "Åtgärdnr"; not "Dnr", a diary
    // number, nor two headers joined, "Prio Nr").
    let numbers = |w: &str| {
        matches!(
            w,
            "nr" | "nr." | "#" | "id" | "nummer" | "ref" | "ref." | "no" | "no."
        )
    };
    if numbers(first)
        || header
            .split_whitespace()
            .last()
            .is_some_and(|w| numbers(w) && !capitalized(w))
        || (first.ends_with("nr") || first.ends_with("nummer"))
            && ITEM_LABELS.iter().any(|l| first.starts_with(l))
    {
        return Column::Number;
    }
    match first {
        // Headers asked as questions: "Vad ska göras?", "Vem ansvarar?", "När?".
        w if w.starts_with("åtg")
            || w.starts_with("aktivitet")
            || w.starts_with("insats")
            || w == "vad"
            || w == "action" =>
        {
            Column::Title
        }
        // And in the English versions Swedish authorities publish ("Responsible:").
        w if w.starts_with("ansvar")
            || w.starts_with("huvudansvar")
            || w == "vem"
            || w == "responsible"
            || w == "lead" =>
        {
            Column::Responsible
        }
        "tidsplan" | "tidplan" | "när" | "klart" | "klar" | "tidpunkt" | "tid" | "genomförs"
        | "tidsram" | "tidsperiod" | "år" | "period" | "timeline" | "timeframe" | "deadline" => {
            Column::Timeline
        }
        // "Genomförande", "Genomförandeperiod", "Genomförandetid".
        w if w.starts_with("genomförande") => Column::Timeline,
        w if w.starts_with("kostnad") || w == "budget" || w == "cost" => Column::Cost,
        "status" | "läge" => Column::Status,
        w if w.starts_with("uppföljning") => Column::FollowUp,
        _ => {
            let h = crate::text::squash_ws(header.trim().trim_end_matches(':'));
            match STATES.contains(&h.to_lowercase().as_str()) {
                true => Column::State(h),
                false => Column::Other(h),
            }
        }
    }
}

/// The states a follow-up's table heads its columns with, one column each ("Genomförd |
/// Pågår | Ej påbörjad"), marking each action's in one of them.
const STATES: &[&str] = &[
    "genomförd",
    "genomfört",
    "delvis genomförd",
    "ej genomförd",
    "pågår",
    "pågående",
    "påbörjad",
    "ej påbörjad",
    "ej startad",
    "avslutad",
    "försenad",
    "done",
    "ongoing",
    "in progress",
    "not started",
];

/// The columns of a header row (x of each header cell and what it holds), when the row is
/// the header of an action table: it names the action column and at least one of
/// responsible, timeline, cost, status or follow-up.
fn header_columns<L: std::borrow::Borrow<Line>>(row: &[L]) -> Option<Vec<(f32, Column)>> {
    if row.len() < 2 {
        return None;
    }
    let mut cols: Vec<(f32, Column)> = Vec::new();
    // The header text of each column.
    let mut names: Vec<&str> = Vec::new();
    for l in row.iter().map(L::borrow) {
        // Two narrow header cells that layout joined into one line ("Nr Åtgärd"): the
        // number column, then the column its other words name, ending where the line ends
        // (its start estimated at half the text size a character).
        match l.text.trim().split_once(' ') {
            Some((first, rest)) if column_of(first) == Column::Number && capitalized(rest) => {
                let rest_width = rest.chars().count() as f32 * l.size * 0.55;
                cols.push((l.x, Column::Number));
                cols.push(((l.x + l.width - rest_width).max(l.x + 1.0), column_of(rest)));
                names.extend([first, rest]);
            }
            _ => {
                // A plan in two languages ("Åtgärd | Action"): the English title is a column.
                let two =
                    cols.iter().any(|c| c.1 == Column::Title) && norm_word(&l.text) == "action";
                let other = Column::Other(l.text.trim().to_string());
                cols.push((l.x, if two { other } else { column_of(&l.text) }));
                names.push(&l.text);
            }
        }
    }
    // Two columns naming one field ("Genomförande | … | Klart"): the later names it, the
    // earlier is a column of its own.
    for k in 0..cols.len() {
        let again = cols
            .iter()
            .skip(k + 1)
            .any(|(_, c)| c.is_field() && *c == cols[k].1);
        if let (true, Some(name)) = (again, names.get(k)) {
            cols[k].1 = Column::Other(crate::text::squash_ws(name.trim().trim_end_matches(':')));
        }
    }
    // Where no header names the action, the description is its title ("Åtgärd nr |
    // Beskrivning | Ansvarig").
    if !cols.iter().any(|(_, k)| *k == Column::Title) {
        if let Some(c) = cols.iter_mut().find(
            |(_, k)| matches!(k, Column::Other(h) if h.to_lowercase().starts_with("beskrivning")),
        ) {
            c.1 = Column::Title;
        }
    }
    // A field, or states marked in columns of their own.
    let states = cols
        .iter()
        .filter(|(_, k)| matches!(k, Column::State(_)))
        .count();
    let described = states >= 2 || cols.iter().any(|(_, k)| k.is_field());
    (cols.iter().any(|(_, k)| *k == Column::Title) && described).then_some(cols)
}

/// How many rows below a header row are read for where their cells start.
const HEADER_EVIDENCE_ROWS: usize = 12;

/// A header row whose line joins the headers of several columns ("Tidplan Nr", "Insats
/// Beskrivning Huvudansvar": each header a capitalised word, the words after it in small
/// letters its own, "Ansvarig förvaltning") parted into one line per header, at the left
/// edges where cells of the rows below start inside the line (each edge seen in two rows
/// or more); only where there are as many such edges as headers after the first. None when
/// no line of the row is parted.
fn split_header_row(rows: &[Vec<&Line>], i: usize) -> Option<Vec<Line>> {
    let row = rows.get(i)?;
    let below = rows.get(i + 1..(i + 1 + HEADER_EVIDENCE_ROWS).min(rows.len()))?;
    let mut out: Vec<Line> = Vec::new();
    let mut parted = false;
    for l in row {
        let words: Vec<&str> = l.text.split_whitespace().collect();
        let pieces = split_words(&words, |_, w| capitalized(w));
        let end = l.x + l.width;
        let mut starts: Vec<f32> = below
            .iter()
            .flatten()
            .map(|c| c.x)
            .filter(|&x| x > l.x + 4.0 && x < end - 2.0)
            .collect();
        starts.sort_by(f32::total_cmp);
        // Edges within 3 pt are one; an edge counts when two rows or more start there.
        let mut edges: Vec<(f32, usize)> = Vec::new();
        for x in starts {
            match edges.last_mut() {
                Some((ex, n)) if x - *ex <= 3.0 => *n += 1,
                _ => edges.push((x, 1)),
            }
        }
        edges.retain(|&(_, n)| n >= 2);
        if pieces.len() < 2 || edges.len() + 1 != pieces.len() {
            out.push((*l).clone());
            continue;
        }
        parted = true;
        let xs: Vec<f32> = std::iter::once(l.x)
            .chain(edges.iter().map(|e| e.0))
            .collect();
        for (k, p) in pieces.iter().enumerate() {
            let x = xs[k];
            let right = xs.get(k + 1).copied().unwrap_or(end);
            out.push(Line {
                text: p.clone(),
                x,
                width: (right - x).max(1.0),
                ..(*l).clone()
            });
        }
    }
    parted.then_some(out)
}

/// The header row with each cell's next line joined to it, where the row below is set
/// bold like it and each of its lines goes on in small letters under a header cell, within
/// its column ("Åtgärd" over "nr"; not a theme row, "1 Skolvägar").
fn wrapped_header(row: &[Line], next: Option<&Vec<&Line>>) -> Option<Vec<Line>> {
    let next = next.filter(|next| row.iter().chain(next.iter().copied()).all(|l| l.bold))?;
    let mut out = row.to_vec();
    for n in next {
        let k = out.iter().position(|h| (h.x - n.x).abs() <= 4.0)?;
        if !n.text.trim_start().starts_with(char::is_lowercase)
            || out
                .get(k + 1)
                .is_some_and(|right| n.x + n.width > right.x + 4.0)
        {
            return None;
        }
        let h = out.get_mut(k)?;
        h.text = format!("{} {}", h.text.trim(), n.text.trim());
    }
    Some(out)
}

/// The column a cell at `x` stands in: the last header cell starting at or left of it
/// (with a little slack for cells indented under their header).
fn column_at(cols: &[(f32, Column)], x: f32) -> Option<usize> {
    let last = cols.iter().rposition(|(cx, _)| *cx <= x + 4.0);
    last.or((!cols.is_empty()).then_some(0))
}

/// The pieces of a cell line by column: a line of a row of several cells that runs across
/// the left edge of the next column holds cells that layout joined ("Fastighetsavdelningen
/// 2025" under Ansvarig | När); its words go to the column their estimated x falls in (the
/// larger of two estimates: by their characters' share of the line's width, and back from
/// the line's end at 0.45 of the text size a character, which a wide gap between the cells
/// does not shift). A line alone in its row is kept whole; in the number cell the first
/// word is the number and the words after it go to the columns after it.
fn split_at_columns<'a>(
    cols: &[(f32, Column)],
    k: usize,
    l: &'a Line,
    in_row: bool,
) -> Vec<(usize, &'a str)> {
    let text = l.text.trim();
    let crosses = cols
        .get(k + 1)
        .is_some_and(|(nx, _)| *nx + 4.0 < l.x + l.width);
    if !in_row || !crosses || !text.contains(' ') {
        return vec![(k, text)];
    }
    let number = cols.get(k).is_some_and(|(_, c)| *c == Column::Number);
    let total = text.chars().count() as f32;
    let end = l.x + l.width;
    let mut out: Vec<(usize, &'a str)> = Vec::new();
    let mut start = 0;
    let mut current = k;
    for (chars, (at, ch)) in text.char_indices().enumerate() {
        if ch == ' ' {
            let after = text[at + 1..].chars().count() as f32;
            let x = (l.x + l.width * (chars + 1) as f32 / total).max(end - after * l.size * 0.45);
            let least = if number && start == 0 { k + 1 } else { current };
            let col = column_at(cols, x).unwrap_or(current).max(least);
            if col != current {
                out.push((current, text[start..at].trim()));
                start = at + 1;
                current = col;
            }
        }
    }
    out.push((current, text[start..].trim()));
    out.retain(|(_, t)| !t.is_empty());
    out
}

/// Add the next line of a table cell to its text: a word broken at the line end by a hyphen
/// joins by the one Swedish rule (`text::join_hyphenated`: "kli-" + "matrådgivare"), a range
/// broken after its dash ("2025–" + "2026") joins without a space, else the lines are joined
/// by a space.
pub(crate) fn push_cell_line(cell: &mut String, line: &str) {
    if cell.is_empty() {
        cell.push_str(line);
        return;
    }
    let last_start = cell.rfind(' ').map_or(0, |k| k + 1);
    let (first, rest) = line.split_once(' ').unwrap_or((line, ""));
    // A range wrapped after its dash ("2025–" over "2026") is one word.
    let range_open = cell.ends_with('–')
        && cell[last_start..].chars().count() > 1
        && line.starts_with(|c: char| c.is_alphanumeric());
    if range_open {
        cell.push_str(line);
    } else if let Some(joined) = crate::text::join_hyphenated(&cell[last_start..], first) {
        cell.truncate(last_start);
        cell.push_str(&joined);
        if !rest.is_empty() {
            cell.push(' ');
            cell.push_str(rest);
        }
    } else {
        cell.push(' ');
        cell.push_str(line);
    }
}

/// Actions listed in tables whose header names their columns ("Nr | Åtgärd | Ansvarig |
/// Tidsplan | Kostnad | Status"). A row starts an action when its number cell (or the start
/// of its action cell) is an action number ("1.1", "4.10", "A.3"); a row without a number
/// continues the cells of the action above; a row outside the columns (a theme heading), a
/// line alone set bold under rows that are not, or one wider than its column (the text after
/// the table) ends the table. Pieces of one cell on one baseline are one cell line. Numbers are kept as printed and sorted by their parts.
fn table_rows(doc_id: &str, doc: &crate::model::ExtractedDoc) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    // Rows whose number cell holds more than one number: (index in `out`, the others).
    let mut merged: Vec<(usize, Vec<String>)> = Vec::new();
    // Where a line of an action's title cell starts in its title: (index in `out`, offset).
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    let mut cols: Option<Vec<(f32, Column)>> = None;
    let mut last_size = f32::MAX;
    // Whether the row before was set bold (the header row counts as not: the rows below
    // it are what a bold line is told from).
    let mut last_bold = false;
    // Whether the row before was the header row, or a theme row.
    let mut after_header = false;
    let mut after_theme = false;
    // The block (paragraph or table row) of the row before.
    let mut last_block: Option<u32> = None;
    // The first action of the table under the last header row.
    let mut table_from = 0;
    // Each table's first action and columns, as its header row named them.
    let mut tables: Vec<(usize, Vec<(f32, Column)>)> = Vec::new();
    // Cells whose last line is one word filling the cell to its right edge: (action, column).
    let mut full: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    // Columns that a line of an action's first row runs into from the left (cells the reader
    // joined, "Kommunikationsenheten2026"): (action, column).
    let mut run_into: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    // Word ends set alone on a cell's next line: (action, column, where the line was joined).
    let mut broken: Vec<(usize, Column, usize)> = Vec::new();
    for page in &doc.pages {
        let rows = rows_of(&page.lines, 1.0 / 3.0);
        for (i, row) in rows.iter().enumerate() {
            let row = row.clone();
            // Header cells that layout joined into one line ("Tidplan Nr") are parted where
            // the cells of the rows below start.
            // A header cell's next line in small letters is the header's too.
            let lines = split_header_row(&rows, i)
                .unwrap_or_else(|| row.iter().map(|l| (*l).clone()).collect());
            let header = header_columns(&lines).map(|h| {
                wrapped_header(&lines, rows.get(i + 1))
                    .and_then(|l| header_columns(&l))
                    .unwrap_or(h)
            });
            // A row of headers over groups of columns ("Åtgärd", "Genomförande") above the
            // header row: the row below, with more cells, names the columns.
            let lower = rows.get(i + 1).and_then(|r| header_columns(r));
            if let Some(h) = header.filter(|h| lower.is_none_or(|l| l.len() <= h.len())) {
                tables.push((out.len(), h.clone()));
                cols = Some(h);
                table_from = out.len();
                last_size = row.iter().map(|l| l.size).fold(0.0, f32::max);
                last_bold = false;
                after_header = true;
                continue;
            }
            let header_before = std::mem::replace(&mut after_header, false);
            let block_before = std::mem::replace(&mut last_block, row.first().map(|l| l.block));
            let theme_before = std::mem::replace(&mut after_theme, false);
            let Some(c) = cols.as_mut() else { continue };
            // A column named for the action ("Insats") whose cells hold its label and number
            // ("Insats 1.1") and no title is the number column; the column after it, if no
            // other is named, holds the title ("Beskrivning").
            labelled_number_column(c, &row);
            let c: &[(f32, Column)] = c;
            // Pieces of one cell on one baseline (a justified cell line that layout split at
            // its wide spaces) are one cell line, left to right.
            let pieces: Vec<(usize, &str)> = (row.iter())
                .filter_map(|l| Some(split_at_columns(c, column_at(c, l.x)?, l, row.len() > 1)))
                .flatten()
                .collect();
            let joined: Vec<(usize, String)> = (pieces.chunk_by(|a, b| a.0 == b.0))
                .map(|g| (g[0].0, g.iter().map(|p| p.1).collect::<Vec<_>>().join(" ")))
                .collect();
            let cells: Vec<(usize, &str)> = joined.iter().map(|(k, t)| (*k, t.as_str())).collect();
            let larger = row.len() == 1 && row.first().is_some_and(|l| l.size > last_size + 1.0);
            let number_col = c.iter().position(|(_, k)| *k == Column::Number);
            let title_col = c.iter().position(|(_, k)| *k == Column::Title);
            // The number: its own cell, or the first word of the action cell.
            let mut number: Option<String> = None;
            let mut more_numbers: Vec<String> = Vec::new();
            let mut number_rest: Option<String> = None;
            let mut title_text: Option<String> = None;
            let mut pending = false;
            for &(k, t) in &cells {
                if Some(k) == number_col {
                    // Two actions merged into one row: "4.2 4.3", "4.2, 4.3". Layout may
                    // have run the number into the action cell ("1.4 Utred …", a narrow
                    // gap): the leading numbers are the number cell, the rest the action.
                    // A line alone and set larger is a heading ("2 Hållbara transporter").
                    let (label, t) = split_item_label(t);
                    let (numbers, rest) = if larger {
                        (table_numbers(t), "")
                    } else {
                        leading_numbers(t)
                    };
                    // The label alone, its number wrapped to the cell's next line.
                    if label && t.is_empty() {
                        pending = true;
                    }
                    let mut all = numbers.into_iter();
                    number = all.next();
                    more_numbers = all.collect();
                    if number.is_some() && !rest.is_empty() {
                        number_rest = Some(rest.to_string());
                    }
                } else if Some(k) == title_col {
                    // "Åtgärd 4.2 Title" in the action column: the label is no part of it.
                    let (label, after) = split_item_label(t);
                    let numbered = !leading_numbers(after).0.is_empty();
                    let t = if label && numbered && number_col.is_none() {
                        after
                    } else {
                        t
                    };
                    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
                    match (number_col, code_of(first)) {
                        // (A code alone, no title: a row naming an action by its number,
                        // "2.1.1 | Region Ekby | 2026": [`from_tables`].)
                        (None, Some(n)) => {
                            number = Some(n);
                            title_text = Some(rest.to_string());
                        }
                        // The number repeated in the action cell ("1.2. Utred …" under
                        // "Nr"): it belongs in `number` only. Where the number cell is
                        // empty, a number opening the action cell starts an action only
                        // in the form of the one before and before a title's capital
                        // ("30 km/h …" going on under "1a", "4 till det nya …" under "4",
                        // are the title's next line).
                        (Some(_), Some(n))
                            if !rest.is_empty()
                                && number.as_deref().map_or_else(
                                    || {
                                        capitalized(rest)
                                            && out.last().is_none_or(|a| {
                                                code_form(&a.number) == code_form(&n)
                                            })
                                    },
                                    |m| m == n,
                                ) =>
                        {
                            number = number.or(Some(n));
                            title_text = Some(rest.to_string());
                        }
                        _ => title_text = Some(t.to_string()),
                    }
                }
            }
            // A line alone, left of the action column or set larger than the rows: a
            // heading between tables, the table ends.
            // So is a line alone from the action column or left of it that runs across the next
            // column's edge (text after the table; further right, cells the reader joined), or
            // one set bold under rows that are not ("Delmål 1.2 …" between two tables).
            let title_x = title_col.and_then(|k| c.get(k)).map_or(0.0, |(x, _)| *x);
            let next_edge = |l: &Line| {
                c.iter()
                    .map(|(x, _)| *x)
                    .filter(|x| *x > l.x + 4.0)
                    .fold(f32::MAX, f32::min)
            };
            // (A line in small letters left of it, or set bold under a row that is not, is a
            // cell's next line: "ensamhet" under "Minskad" in a goal column, a bold title's
            // "samarbetet mellan" under its row.)
            // (So is one set larger with a number, where the number is the action cell's:
            // the next chapter's heading "3 Infrastruktur" after the table.)
            let unnumbered = number.is_none() && !pending;
            let outside = (larger && (number_col.is_none() || unnumbered))
                || unnumbered
                    && row.len() == 1
                    && row.first().is_some_and(|l| {
                        (l.x + 4.0 < title_x && !l.text.starts_with(char::is_lowercase))
                            || (l.width > 0.0
                                && l.x <= title_x + 4.0
                                && l.x + l.width > next_edge(l) + 4.0)
                            || (l.bold && !last_bold && !l.text.starts_with(char::is_lowercase))
                    });
            // A row set bold without a number under the header row is the header's next line
            // ("förvaltning" under "Ansvarig"); a bold line alone at the table's left edge,
            // set as the rows and no sentence, is a theme row spanning the table
            // ("Insatsområde 1: Kompetensförsörjning"): the table goes on under both.
            let bold_row = unnumbered && row.iter().all(|l| l.bold);
            let theme_row = row.len() == 1
                && row.first().is_some_and(|l| {
                    c.first().is_some_and(|(x, _)| (l.x - x).abs() <= 4.0)
                        && l.size <= last_size + 1.0
                        && !l.text.trim_end().ends_with('.')
                });
            if bold_row && (header_before || theme_row) {
                // A header cell wrapped over more lines ("Status" / "december" / "2025"):
                // the lines after the header's next line are the header's too.
                after_header = header_before;
                after_theme = !header_before;
                continue;
            }
            // A theme row opens a row of cells or a numbered one; a line alone after it is
            // text after the table, the bold line above it a heading.
            let alone = row.len() == 1 && unnumbered;
            // (A Word file's paragraph stands at the table's left edge; a cell right of it.)
            let left = c.first().map_or(0.0, |(x, _)| *x);
            // Without widths (a Word file's lines), a line alone in a block of its own is a
            // paragraph after the table, not a cell's next line (a row is one block).
            let paragraph = alone
                && row.first().is_some_and(|l| {
                    l.width == 0.0 && Some(l.block) != block_before && l.x <= left + 4.0
                });
            // A row without a number opening with a sum ("Summa | | 1 780", "Totalt") is a row
            // of its own, no cell going on.
            let sum = cells.first().is_some_and(|&(_, t)| {
                let first = norm_word(t.split_whitespace().next().unwrap_or(""));
                matches!(first.as_str(), "summa" | "totalt" | "total" | "totalsumma")
            });
            if sum && unnumbered {
                continue;
            }
            if outside || paragraph || (theme_before && alone) {
                // A heading between tables: the table ends.
                cols = None;
                continue;
            }
            last_size = row.iter().map(|l| l.size).fold(0.0, f32::max);
            last_bold = row.iter().all(|l| l.bold);
            let waiting = out.last_mut().filter(|a| a.number.is_empty());
            let started = waiting.is_none() && (number.is_some() || pending);
            if let (Some(n), Some(a)) = (number.as_ref(), waiting) {
                // The number of the action opened by its label alone, a line above.
                a.number = n.clone();
            } else if number.is_some() || pending {
                // (Its label alone: the number follows on the cell's next line.)
                if !more_numbers.is_empty() {
                    merged.push((out.len(), more_numbers));
                }
                out.push(Action {
                    doc: doc_id.to_string(),
                    number: number.unwrap_or_default(),
                    pages: vec![page.number],
                    ..Action::default()
                });
            } else if out.is_empty() || cells.is_empty() {
                continue;
            }
            let at = out.len().saturating_sub(1);
            if started {
                for (j, (x, _)) in c.iter().enumerate() {
                    if row
                        .iter()
                        .any(|l| l.x + 4.0 < *x && l.x + l.width > *x + 4.0)
                    {
                        run_into.insert((at, j));
                    }
                }
            }
            let Some(a) = out.last_mut() else { continue };
            a.pages.push(page.number);
            a.pages.dedup();
            for &(k, t_cell) in &cells {
                let Some((_, kind)) = c.get(k) else { continue };
                // A cell line of one word that reaches the next column's text but for the
                // cell's margins (a word longer than the cell is broken where it fills it).
                let fills = !t_cell.contains(' ')
                    && c.get(k + 1).is_some_and(|(next, _)| {
                        let mut mine = row.iter().filter(|l| column_at(c, l.x) == Some(k));
                        mine.next().is_some_and(|l| {
                            l.width > 0.0
                                && l.text.trim() == t_cell
                                && *next - (l.x + l.width) < 1.6 * l.size
                        }) && mine.next().is_none()
                    });
                let word_end = !t_cell.contains(' ')
                    && t_cell.starts_with(char::is_lowercase)
                    && t_cell.chars().all(char::is_alphabetic);
                if word_end && full.contains(&(at, k)) {
                    let before = kind.text(a).map_or(0, |t| t.len());
                    broken.push((at, kind.clone(), before));
                }
                match fills {
                    true => full.insert((at, k)),
                    false => full.remove(&(at, k)),
                };
                match kind {
                    Column::Number => {
                        if let Some(r) = number_rest.as_deref() {
                            push_cell_line(&mut a.title, r);
                        }
                    }
                    kind => {
                        let t = title_text.as_deref().filter(|_| Some(k) == title_col);
                        let (t, before) = (t.unwrap_or(t_cell), a.title.len());
                        kind.fill(a, t);
                        if before > 0 && a.title.len() == before + 1 + t.len() {
                            breaks.push((at, before + 1));
                        }
                    }
                }
            }
            // A cell merged down over the rows of its group, in a column left of the number
            // and the title ("Ansvar | Nr | Åtgärd"): a new row without its text takes the
            // row above's.
            let group = number_col.unwrap_or(0).min(title_col.unwrap_or(0));
            for (k, (_, kind)) in c.iter().enumerate().take(group) {
                if started && at > table_from && !cells.iter().any(|&(j, _)| j == k) {
                    let above = out.get_mut(at - 1).and_then(|p| kind.value(p));
                    if let (Some(v), Some(a)) = (above, out.get_mut(at)) {
                        kind.fill(a, &v);
                    }
                }
            }
        }
    }
    for (i, at) in breaks {
        out.get_mut(i)
            .into_iter()
            .for_each(|a| cut_description(a, at));
    }
    // A word broken without a hyphen where it filled its cell ("Socialförvaltning" over "en"):
    // where the word's end is the cell's last line, and the word a name (capitalised) or the
    // end a short ending ("utbildningsförvaltning" over "en"), the two are one word (a line
    // "gemensam" over "lägesbild" is two).
    for (at, kind, before) in broken {
        let text = out.get_mut(at).and_then(|a| kind.text(a));
        let Some(t) = text.filter(|t| t.get(before..before + 1) == Some(" ")) else {
            continue;
        };
        let (head, end) = (&t[..before], &t[before + 1..]);
        let name = head.rsplit(' ').next().is_some_and(capitalized);
        if !end.contains(' ') && (name || end.chars().count() <= 3) {
            t.remove(before);
        }
    }
    for (k, (from, cols)) in tables.iter().enumerate() {
        let to = tables.get(k + 1).map_or(out.len(), |t| t.0);
        if let Some(rows) = out.get_mut(*from..to) {
            for (j, (_, kind)) in cols.iter().enumerate() {
                merged_down(rows, kind, |i| run_into.contains(&(from + i, j)));
            }
        }
    }
    split_merged_rows(out, &merged)
}

/// A responsible party or a timeline merged down over the rows of its group, in a column right
/// of the title too ("Nr | Åtgärd | Ansvarig | Tidplan" with one office beside three rows): where
/// the table's first row has it, and it changes from group to group (two values or more), a row
/// without it takes the row above's; not a row where a cell left of the column runs into it
/// (`run_into`: the reader joined the two cells, the column's text is in the other).
fn merged_down(rows: &mut [Action], kind: &Column, run_into: impl Fn(usize) -> bool) {
    if !matches!(kind, Column::Responsible | Column::Timeline) {
        return;
    }
    let values: Vec<Option<String>> = rows.iter_mut().map(|a| kind.value(a)).collect();
    let distinct: std::collections::BTreeSet<&String> = values.iter().flatten().collect();
    if !values.first().is_some_and(Option::is_some) || distinct.len() < 2 {
        return;
    }
    let mut above: Option<String> = None;
    for (i, (a, v)) in rows.iter_mut().zip(values.iter()).enumerate() {
        match (v, above.as_deref()) {
            (Some(v), _) => above = Some(v.clone()),
            (None, Some(v)) if !run_into(i) => {
                kind.fill(a, v);
            }
            _ => {}
        }
    }
}

/// The rows of a document's tables ([`table_rows`]) with a number: the actions (with a title),
/// and the rows that name actions by their number alone, with fields and no title (a
/// chapter's "Genomförande" table Åtgärd | Huvudansvar | Tidsperiod, rows "2.1.1 | Region
/// Ekby | 2026"): the actions written elsewhere in the document take these fields.
pub(crate) fn from_tables(
    doc_id: &str,
    doc: &crate::model::ExtractedDoc,
) -> (Vec<Action>, Vec<Action>) {
    let (titled, mut keyed): (Vec<_>, Vec<_>) = table_rows(doc_id, doc)
        .into_iter()
        .filter(|a| !a.number.is_empty())
        .partition(|a| !a.title.is_empty());
    keyed.retain(super::items::has_fields);
    (by_number(titled), keyed)
}

/// Whether `a` is a row of `keyed` read as an item: its number's row, its title opening
/// with one of the row's fields.
pub(crate) fn keyed_row(a: &Action, keyed: &[Action]) -> bool {
    keyed.iter().any(|k| {
        let fields = [&k.responsible, &k.timeline, &k.cost, &k.status];
        k.number == a.number
            && fields
                .iter()
                .any(|v| v.as_ref().is_some_and(|v| a.title.starts_with(v.as_str())))
    })
}

/// The fields of the row of `keyed` with `a`'s number, where `a` has none of its own.
pub(crate) fn fill_keyed(a: &mut Action, keyed: &[Action]) {
    let k = keyed.iter().find(|k| k.number == a.number);
    if let Some(k) = k.filter(|_| !super::items::has_fields(a)) {
        a.responsible.clone_from(&k.responsible);
        a.timeline.clone_from(&k.timeline);
        a.cost.clone_from(&k.cost);
        a.status.clone_from(&k.status);
    }
}

/// Words a title does not end with: a line that ends with one was wrapped inside the title.
const OPEN_ENDS: &[&str] = &[
    "och", "eller", "samt", "i", "på", "för", "till", "av", "med", "vid", "om", "mellan", "från",
    "mot", "under", "över", "inom", "att", "som", "en", "ett", "den", "det", "de",
];

/// An action's description set on lines of its own in its title cell (a details row under the
/// title's, or the cell going on): where a line opens with a capital after title lines that end
/// no sentence and no word of [`OPEN_ENDS`], and the text from it on is sentences (three words or
/// more, a final period), the title ends before it (`at`, a byte offset) and the rest is the body.
fn cut_description(a: &mut Action, at: usize) {
    let (Some(head), Some(tail)) = (a.title.get(..at), a.title.get(at..)) else {
        return;
    };
    let last = head.split_whitespace().last().unwrap_or("");
    let whole = !head.contains(['.', '!', '?', ':'])
        && !last.ends_with(['-', '–', ','])
        && !OPEN_ENDS.contains(&norm_word(last).as_str());
    if whole
        && capitalized(tail)
        && tail.trim_end().ends_with('.')
        && tail.split_whitespace().count() >= 3
    {
        a.body = tail.trim().to_string();
        a.title = head.trim_end().to_string();
    }
}

/// Action cards: one two-column table per action, its first row the action's label and
/// number beside its title ("Åtgärd 1 | Title"), the rows below a label beside its value
/// ("Ansvarig | Fastighetsavdelningen", "Tidplan | 2026", "Beskrivning | …"). Read by rows
/// (lines on one baseline), not in reading order, since a reader may give a column's short
/// cells as one block. A line alone under the value column goes on with the cell above; any
/// other row ends the card. Kept where two or more cards are found and one has a field.
pub(crate) fn from_cards(doc_id: &str, doc: &crate::model::ExtractedDoc) -> Vec<Action> {
    // The open card: the action, the x of its label and value columns, and the column its
    // last value line went to (None: the body).
    let mut open: Option<(Action, f32, f32, Option<Column>)> = None;
    let mut out: Vec<Action> = Vec::new();
    let near = |a: f32, b: f32| (a - b).abs() <= 4.0;
    for page in &doc.pages {
        for row in rows_of(&page.lines, 1.0 / 3.0) {
            let (Some(first), second) = (row.first(), row.get(1)) else {
                continue;
            };
            let value = row[1..]
                .iter()
                .map(|l| l.text.trim())
                .collect::<Vec<_>>()
                .join(" ");
            // "Åtgärd 1" alone in its cell, the title beside it.
            let head = first.text.trim().trim_end_matches(':');
            let label_number = match split_item_label(head) {
                (true, n) => code_of(n),
                _ => None,
            };
            if let (Some(n), Some(v)) = (label_number, second) {
                if capitalized(&value) {
                    out.extend(open.take().map(|o| o.0));
                    let a = Action {
                        doc: doc_id.to_string(),
                        number: n,
                        title: value,
                        pages: vec![page.number],
                        ..Action::default()
                    };
                    open = Some((a, first.x, v.x, Some(Column::Title)));
                    continue;
                }
            }
            let Some((a, label_x, value_x, slot)) = open.as_mut() else {
                continue;
            };
            let cell = |c: &Option<Column>, a: &mut Action, t: &str| {
                if !c.as_ref().is_some_and(|c| c.fill(a, t)) {
                    push_cell_line(&mut a.body, t);
                }
            };
            a.pages.push(page.number);
            a.pages.dedup();
            match second {
                // A label beside its value: a field, or the body ("Beskrivning").
                Some(v)
                    if near(first.x, *label_x)
                        && near(v.x, *value_x)
                        && head.split_whitespace().count() <= 3
                        && capitalized(head) =>
                {
                    let col = match column_of(head) {
                        Column::Other(h) if norm_word(&h).starts_with("beskrivning") => None,
                        Column::Title => None,
                        c => Some(c),
                    };
                    cell(&col, a, &value);
                    *slot = col;
                }
                // The value cell's next line.
                None if near(first.x, *value_x) => {
                    let c = slot.clone();
                    cell(&c, a, first.text.trim());
                }
                _ => out.extend(open.take().map(|o| o.0)),
            }
        }
    }
    out.extend(open.map(|o| o.0));
    if out.len() < 2 || !out.iter().any(super::items::has_fields) {
        return Vec::new();
    }
    by_number(out)
}

/// Actions sorted by their numbers' parts.
fn by_number(mut out: Vec<Action>) -> Vec<Action> {
    // Numbers that come again are lists that restart (a table per goal): in their order.
    let mut seen = std::collections::HashSet::new();
    if out.iter().all(|a| seen.insert(a.number.as_str())) {
        out.sort_by(|a, b| crate::model::action_number_order(&a.number, &b.number));
    }
    out
}

/// A number cell's text without the item label it opens with ("Insats 1.1" → "1.1"), and
/// whether it had one.
fn split_item_label(cell: &str) -> (bool, &str) {
    let (first, rest) = cell.split_once(' ').unwrap_or((cell, ""));
    if item_label(first) {
        (true, rest.trim())
    } else {
        (false, cell)
    }
}

/// Where a table has no number column and the cell of its action column in `row` is an
/// item label with or without its number ("Insats 1.1", "Insats" with "1.1" on the line
/// below), that column holds the numbers: it becomes the number column and the column after
/// it, named by no other field, the action's title.
fn labelled_number_column(cols: &mut [(f32, Column)], row: &[&Line]) {
    if cols.iter().any(|(_, k)| *k == Column::Number) {
        return;
    }
    let Some(t) = cols.iter().position(|(_, k)| *k == Column::Title) else {
        return;
    };
    let Some((next_x, Column::Other(_))) = cols.get(t + 1) else {
        return;
    };
    let next_x = *next_x;
    let x = cols[t].0;
    let cell: Vec<&str> = row
        .iter()
        .filter(|l| l.x + 4.0 >= x && l.x + 4.0 < next_x)
        .map(|l| l.text.trim())
        .collect();
    let [text] = cell.as_slice() else { return };
    let (label, rest) = split_item_label(text);
    if label && (rest.is_empty() || code_of(rest).is_some()) {
        cols[t].1 = Column::Number;
        if let Some((_, k)) = cols.get_mut(t + 1) {
            *k = Column::Title;
        }
    }
}

/// The numbers of a number cell: one ("4.2") or several when two actions share a row
/// ("4.2 4.3", "4.2, 4.3", "4.2 och 4.3"). None when any part is not a number.
fn table_numbers(cell: &str) -> Vec<String> {
    let parts = cell
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/' | '&'))
        .filter(|p| !p.is_empty() && *p != "och");
    let numbers: Option<Vec<String>> = parts.map(code_of).collect();
    numbers.unwrap_or_default()
}

/// The numbers at the start of a number cell's text and the rest of it (the action cell's
/// text when layout ran the two together).
fn leading_numbers(cell: &str) -> (Vec<String>, &str) {
    let mut end = 0;
    let mut numbers = Vec::new();
    for (start, word) in cell
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - cell.as_ptr() as usize, w))
    {
        let all = table_numbers(word);
        if all.is_empty() && word != "och" && word != "&" {
            break;
        }
        numbers.extend(all);
        end = start + word.len();
    }
    (numbers, cell.get(end..).unwrap_or("").trim())
}

/// The number after `n` at its own level: "4.3" after "4.2", "5" after "4".
fn next_sibling(n: &str) -> Option<String> {
    let (head, last) = n.rsplit_once('.').map_or((None, n), |(h, l)| (Some(h), l));
    let next = last.parse::<u32>().ok()?.checked_add(1)?;
    Some(head.map_or_else(|| next.to_string(), |h| format!("{h}.{next}")))
}

/// Two (or more) actions merged into one table row, split into one action each.
///
/// A row's action cell may hold the next action too ("Utred X 4.3 Inför Y" in the row of
/// 4.2): the title is cut where the next number at the same level stands as a word before a
/// capitalised one, also when the number cell holds only the first number. When the number
/// cell holds several numbers ("4.2 4.3") and the title has no such cut, it is cut at its
/// sentences if there are as many; otherwise every number gets the whole title. The other
/// cells (responsible, timeline, …) belong to the row and go to every action of it.
fn split_merged_rows(actions: Vec<Action>, merged: &[(usize, Vec<String>)]) -> Vec<Action> {
    let mut out = Vec::with_capacity(actions.len());
    for (i, a) in actions.into_iter().enumerate() {
        let listed: &[String] = merged
            .iter()
            .find(|(k, _)| *k == i)
            .map_or(&[], |(_, v)| v.as_slice());
        // Cut the title at the following numbers written in it.
        let words: Vec<&str> = a.title.split_whitespace().collect();
        let mut pieces: Vec<(String, Vec<&str>)> = vec![(a.number.clone(), Vec::new())];
        let mut expect = next_sibling(&a.number);
        for (k, w) in words.iter().enumerate() {
            let cut = expect.as_deref().is_some_and(|e| {
                code_of(w).as_deref() == Some(e)
                    && k > 0
                    && words.get(k + 1).is_some_and(|n| capitalized(n))
            });
            if cut {
                let n = expect.take().unwrap_or_default();
                expect = next_sibling(&n);
                pieces.push((n, Vec::new()));
            } else if let Some(p) = pieces.last_mut() {
                p.1.push(w);
            }
        }
        let mut titles: Vec<(String, String)> = pieces
            .into_iter()
            .map(|(n, ws)| (n, ws.join(" ")))
            .collect();
        if titles.len() == 1 && !listed.is_empty() {
            let numbers: Vec<String> = std::iter::once(a.number.clone())
                .chain(listed.iter().cloned())
                .collect();
            // The cell's sentences: cut after ".", "!" or "?" before a capitalised word.
            let sentences = split_words(&words, |p, w| {
                p.ends_with(['.', '!', '?']) && capitalized(w)
            });
            titles = if sentences.len() == numbers.len() {
                numbers.into_iter().zip(sentences).collect()
            } else {
                numbers.into_iter().map(|n| (n, a.title.clone())).collect()
            };
        }
        if titles.len() == 1 {
            out.push(a);
            continue;
        }
        out.extend(titles.into_iter().map(|(number, title)| Action {
            number,
            title,
            ..a.clone()
        }));
    }
    out
}
