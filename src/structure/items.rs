//! Actions written as coded items rather than as the numbered list [`super::actions::find`]
//! reads: "Åtgärd 3: Title", "Åtgärd 2.1 Title", "Aktivitet 4.", "A1 Title", "1a Title",
//! "2.3 Title", each at the start of a line, with its description and labelled lines
//! ("Ansvar:", "Ansvarig:", "Tidplan:", "Kostnad:", "Status:", "Uppföljning:") below.
//!
//! How they are found (used where the numbered list and the action tables find nothing):
//!
//! 1. **Candidates.** A line (after the table of contents, whose entries are no items;
//!    after its marker, if it has one: "• Å1 Title", "☐ 1. Title") that opens with an item code ("3", "3.", "2.1", "A1", "1a", "A.3"; with a final ".",
//!    ":" or ")") before a capitalised word, or with an action label and a code ("Åtgärd 3:",
//!    "Aktivitet 2.1", "Insats 4 –"). A code alone in a left column takes the line beside it
//!    on its baseline as its title (a borderless table "1 | Title …").
//! 2. **Groups.** Candidates are grouped by the form of their code (integers, dotted numbers
//!    of one depth, letter+number, number+letter), whether they carry a label, and how they
//!    are set (size, weight; not weight for labelled items, whose line may be a run-in
//!    heading's, prose after a bold "Åtgärd 3."): chapter headings "1. Inledning" and the
//!    plan's items "1. Inventera …" are two groups. A group needs two items and numbers that run on ("2.3"
//!    after "2.2", "2.1" opening a new "2", "b" after "a"; at most one in five out of step;
//!    distinct codes that run on only once sorted, as when two columns were read in bands,
//!    are kept in their own order).
//! 3. **Bodies.** An item's text runs to the next candidate of any group, or to a line set
//!    more prominently than the item; its title is its own line (going on over lines set
//!    alike in the same paragraph, also at the top of the next page; a run-in heading's title
//!    is its paragraph's first sentence where another follows); labelled lines in its text
//!    ("Ansvar: …", or a label cell alone beside its value: "Ansvar | Region Ekby") fill
//!    responsible, timeline, cost, status and follow-up; other text is its body.
//! 4. **Only action lists.** A group is kept when its items carry an action label
//!    ("Åtgärd 3"), or labelled fields, or where [`super::actions`] would take a numbered
//!    list as one (a heading or introducing sentence naming actions, the table of contents,
//!    imperative titles). A group whose items are parents of another kept group's ("1
//!    Vatten" over "1a", "1b") or that holds two or more of its items under one of its own
//!    (chapters over the plan's items) is the outline, not the actions. A group that runs
//!    over chapters ("1.1 Bakgrund", "1.2 Syfte", "3.1 Inför …", "4.1 Rapportering") is
//!    judged per chapter (the code above its items): kept for its fields, only the chapters
//!    whose items carry fields; with no evidence for the whole group, each chapter's items
//!    on their own ("3.1" … "3.5" under the heading "3 Åtgärder").

use std::sync::LazyLock;

use regex::Regex;

use super::actions::{column_of, is_action_list, push_cell_line, Column};
use super::{capitalized, norm_word, Stream};
use crate::model::Action;

/// Words that label an item as an action ("Åtgärd 3:"; in a table's number cell "Insats 1.1").
pub(crate) const ITEM_LABELS: &[&str] = &[
    "åtgärd",
    // Abbreviated: "Åtg. 2.1 Title".
    "åtg",
    "åtgärdsförslag",
    "aktivitet",
    "insats",
    "handling",
    // The English versions Swedish authorities publish ("Action 3: Title").
    "action",
];

/// Whether a word is a capitalised action label ("Åtgärd", "Insats", [`ITEM_LABELS`]), also
/// of a part of an action ("Delåtgärd 2a", "Delaktivitet 1.2").
pub(crate) fn item_label(w: &str) -> bool {
    let (n, label) = (norm_word(w), |l: &str| ITEM_LABELS.contains(&l));
    capitalized(w) && (label(&n) || n.strip_prefix("del").is_some_and(label))
}

/// An item code: "3", "2.1", "1.2.3", "1a", "A1", "B2.3", "EN-01" (an area's letters and a
/// hyphen), "A.3", "II.3" (a chapter in roman numerals), "1:2" (parts by a colon, no part
/// with a leading zero: "10:00" is a time).
static CODE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?|[A-ZÅÄÖ](?:[A-ZÅÄÖ]{0,2}-)?\d{1,2}(?:\.\d{1,2}){0,2}|(?:[A-Z]|[IVX]{2,4})(?:\.\d{1,2}){1,3}|[1-9]\d?(?::[1-9]\d?){1,2})$")
        .expect("static regex")
});

/// The form of a code, for grouping: integers, dotted numbers of a depth, letter+number,
/// number+letter, letter-dot-number, numbers parted by colons, roman numerals.
pub(crate) fn code_form(code: &str) -> (u8, usize) {
    let depth = code.split(['.', ':']).count();
    let first = code.chars().next().unwrap_or('0');
    let last = code.chars().last().unwrap_or('0');
    let form = if code.contains(':') {
        5
    } else if roman(code).is_some() {
        6
    } else if first.is_ascii_digit() && last.is_ascii_lowercase() {
        3
    } else if first.is_alphabetic()
        && code
            .trim_start_matches(char::is_alphabetic)
            .starts_with('.')
    {
        4
    } else if first.is_alphabetic() {
        2
    } else if depth > 1 {
        1
    } else {
        0
    };
    (form, depth)
}

/// The code at the start of a token: the token without a final ".", ":" or ")"; a roman
/// numeral only with its mark ("IV.", "II)": a capital "I" alone opens sentences).
pub(crate) fn code_of(token: &str) -> Option<String> {
    let t = token.strip_suffix([':', '.', ')']).unwrap_or(token);
    let roman = t.len() < token.len() && roman(t).is_some();
    (roman || CODE_RE.is_match(t)).then(|| t.to_string())
}

/// The value of a roman numeral of I, V and X in its usual form ("IV" 4, "XII" 12; not
/// "IIII", "VX").
fn roman(t: &str) -> Option<u32> {
    let n = crate::pdf::labels::parse_roman(t).filter(|_| t.chars().all(|c| "IVX".contains(c)))?;
    u32::try_from(n).ok()
}

/// A code split into its parent and its last step: "2.3" → ("2", 3), "1:3" → ("1", 3),
/// "1b" → ("1", 2), "A2" → ("A", 2), "EN-02" → ("EN", 2), "4" → ("", 4).
fn steps(code: &str) -> (String, u32) {
    if let Some((head, last)) = code.rsplit_once(['.', ':']) {
        return (head.to_string(), last.parse().unwrap_or(0));
    }
    if let Some(n) = roman(code) {
        return (String::new(), n);
    }
    let first = code.chars().next().unwrap_or('0');
    let last = code.chars().last().unwrap_or('0');
    if first.is_ascii_digit() && last.is_ascii_lowercase() {
        let head = code.trim_end_matches(|c: char| c.is_ascii_lowercase());
        return (head.to_string(), u32::from(last) - u32::from('a') + 1);
    }
    if first.is_alphabetic() {
        let digits = code.trim_start_matches(|c: char| c.is_alphabetic() || c == '-');
        let head = code.get(..code.len() - digits.len()).unwrap_or("");
        let head = head.trim_end_matches('-');
        return (head.to_string(), digits.parse().unwrap_or(0));
    }
    (String::new(), code.parse().unwrap_or(0))
}

/// Whether `parent` is the code above `child` ("1" over "1a", "1.2", "1.2.3"; "A" never).
pub(crate) fn is_parent(parent: &str, child: &str) -> bool {
    let (head, _) = steps(child);
    // A code with no step of its own ("A") is its own head: no parent.
    !head.is_empty() && head != child && (head == parent || is_parent(parent, &head))
}

/// How candidates are grouped: form, depth and label; size (halves); weight; a bare integer
/// (without a final mark and without a label, "1 Inledning").
type Key = (u8, usize, bool, i32, bool, bool);

/// One candidate item line.
#[derive(Debug, Clone)]
struct Candidate {
    /// First word of the line.
    at: usize,
    /// The code's word (after a bullet, where the line has one).
    code_at: usize,
    /// End of the line.
    line_end: usize,
    /// First word of the title.
    title_at: usize,
    code: String,
    labelled: bool,
    /// Set bold or larger than the running text.
    heading: bool,
    /// The title is set apart on the line below its label ("Åtgärd 3" over it).
    below: bool,
    /// Grouping key: form, depth, labelled, size (tenths), bold.
    key: Key,
}

fn candidate(s: &Stream, a: usize, b: usize) -> Option<Candidate> {
    // A bulleted item opens after its marker ("• Å1 Title", "☐ 1. Title": the stream
    // reads every marker glyph as "•"); the item is the whole line.
    let line_start = a;
    let a = a + usize::from(
        s.get(a)
            .is_some_and(|w| matches!(w.text.as_str(), "•" | "–" | "-")),
    );
    if a >= b {
        return None;
    }
    let w0 = s.get(a)?;
    let t0 = w0.text.as_str();
    // A letter "a)" under a numbered goal: the goal's number goes before it ([`find`]).
    let letter = t0
        .strip_suffix(')')
        .filter(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_lowercase()));
    let (code, labelled, mut title_at) = match code_of(t0).or(letter.map(String::from)) {
        Some(c) => (c, false, a + 1),
        None => {
            if !item_label(t0) {
                return None;
            }
            // "Åtgärd nr 3": the code after the word for number.
            let nr = matches!(s.norm(a + 1).as_str(), "nr" | "nummer");
            let c = code_of(s.get(a + 1 + usize::from(nr))?.text.as_str())?;
            (c, true, a + 2 + usize::from(nr))
        }
    };
    // "Åtgärd 3 – Title", "3 : Title".
    if s.get(title_at)
        .is_some_and(|w| matches!(w.text.as_str(), ":" | "–" | "-" | "—"))
    {
        title_at += 1;
    }
    // A code alone in a left column (or with its label, "Åtgärd nr 3"), its title in the cell
    // to its right on the same baseline (a table "1 | Title …" without borders): the item's
    // line is the title's.
    let mut b = b;
    let beside = |w: &super::Word| {
        s.rich
            && w.line_start
            && w.page == w0.page
            && (w.y - w0.y).abs() < w.size.max(w0.size) / 2.0
            && w.x > w0.x + 1.0
            && !item_label(&w.text)
            && code_of(&w.text).is_none()
    };
    let alone = title_at == b && s.get(b).is_some_and(beside);
    if alone {
        b = s.line_end(b);
    }
    // A label and code alone on their line ("Åtgärd 3") over the title set apart on the
    // next line (bold or larger than the label): the item's line is the title's.
    let below = labelled && title_at == b;
    if below {
        let set_apart = s.get(b).is_some_and(|t| {
            t.page == w0.page
                && (t.bold && !w0.bold || t.size > w0.size + 0.5)
                && code_of(&t.text).is_none()
        });
        if set_apart && field_at(s, b, s.line_end(b)).is_none() {
            b = s.line_end(b);
        } else if let Some((Column::Title, v)) =
            label_at(s, b, s.line_end(b)).filter(|_| s.get(b).is_some_and(|t| t.page == w0.page))
        {
            // The title given as a field of its own, headed as an action table's title
            // column is ("Åtgärd 4" over "Vad: Inventera …").
            title_at = v;
            b = s.line_end(b);
        }
    }
    if title_at >= b || !s.get(title_at).is_some_and(|w| capitalized(&w.text)) {
        return None;
    }
    // A bare integer without a mark before a capitalised word is also how a year or a count
    // opens a sentence ("12 Kommuner …"): only as a heading, a line of its own style, or
    // a list item, no sentence: the line after it indented right of the number (a hanging
    // indent) or a labelled field ("Ansvarig: …").
    let (form, depth) = code_form(&code);
    let marked = t0.len() > code.len() || labelled;
    let heading = w0.bold || w0.size > s.body_size(w0.page) + 0.5;
    let sentence = s.get(b - 1).is_some_and(|w| w.text.ends_with('.'));
    let hanging = !sentence
        && s.get(b).is_some_and(|n| {
            (s.rich && n.line_start && n.page == w0.page && n.x > w0.x + 1.0)
                || field_at(s, b, s.line_end(b)).is_some()
        });
    if form == 0 && !marked && !heading && !hanging {
        return None;
    }
    // A labelled item may be a run-in heading ("Åtgärd 3. Öka …." in bold, then prose in
    // the same paragraph): its line's weight is the prose's as often as the label's. A
    // code alone beside its title is weighed by the title.
    let weight = if alone {
        s.get(title_at).unwrap_or(w0)
    } else {
        w0
    };
    // (Integers with a final mark and without, "1. Title" and "1 Title", are two lists.)
    let key = (
        form,
        depth,
        labelled,
        (w0.size * 2.0).round() as i32,
        weight.bold && !labelled,
        form == 0 && !marked,
    );
    Some(Candidate {
        at: line_start,
        code_at: a,
        line_end: b,
        title_at,
        code,
        labelled,
        heading,
        below,
        key,
    })
}

/// Whether the codes of a group run on (at most one in five out of step; a list that
/// starts again from 1 under the next heading runs on: [`super::actions::number_restarts`]).
fn runs_on(items: &[&Candidate]) -> bool {
    let out_of_step = |(k, c): (usize, &&Candidate)| {
        let (head, n) = steps(&c.code);
        let goes_on = |q: &&Candidate| c.labelled && steps(&q.code) == (head.clone(), n + 1);
        match k.checked_sub(1).and_then(|j| items.get(j)) {
            // (A labelled list may go on from an earlier part: "Åtgärd 5", "Åtgärd 6".)
            None => n > 1 && !items.get(1).is_some_and(goes_on),
            // (Numbers may run on across heads: "A-12", then "B-13".)
            Some(p) => {
                let (ph, pn) = steps(&p.code);
                !((ph == head && n == 1) || (ph != head && n <= 1) || n == pn + 1)
            }
        }
    };
    items.iter().enumerate().filter(|&x| out_of_step(x)).count() * 5 <= items.len()
}

/// A line that starts with a field label ("Ansvar:", "Ansvarig förvaltning:", "Tidplan:"):
/// the field and the first word of its value.
pub(crate) fn field_at(s: &Stream, a: usize, b: usize) -> Option<(Column, usize)> {
    label_at(s, a, b).filter(|(col, _)| col.is_field())
}

/// A line that starts with a label ("Vad:", "Ansvar:"): the column it names, as an action
/// table's header would, and the first word of its value.
fn label_at(s: &Stream, a: usize, b: usize) -> Option<(Column, usize)> {
    for k in a..b.min(a + 3) {
        let w = s.get(k)?;
        if let Some(label) = w.text.strip_suffix(':') {
            let name = format!("{} {label}", s.text(a, k));
            let name = name.trim_start();
            return capitalized(name).then(|| (column_of(name), k + 1));
        }
    }
    None
}

/// A label inside a line, after its first value ("… Tidplan: 2025"): a capitalised word
/// with a colon, after at least one word of value (a label that names no field,
/// "Medverkande:", ends the value before it too). The column, the label's first word and
/// the first word of its value.
fn field_in_line(s: &Stream, from: usize, end: usize) -> Option<(Column, usize, usize)> {
    (from + 1..end).find_map(|k| {
        let label = s.get(k)?.text.strip_suffix(':')?;
        capitalized(label).then(|| (column_of(label), k, k + 1))
    })
}

/// The field `col` of `a` set to `value`, where it is empty.
pub(crate) fn set_field(a: &mut Action, col: &Column, value: String) {
    if let Some(slot) = col.slot(a).filter(|s| s.is_none() && !value.is_empty()) {
        *slot = Some(value);
    }
}

/// A labelled part that names a field ("ansvar: Kostenheten"): the field and its value.
fn field_part(part: &str) -> Option<(Column, String)> {
    let (label, value) = part.split_once(':')?;
    let col = column_of(label);
    let short = label.split_whitespace().count() <= 2;
    // Its words joined as a cell's lines are (a range wrapped after its dash, "2026–" "2027").
    let mut joined = String::new();
    value
        .split_whitespace()
        .for_each(|w| push_cell_line(&mut joined, w));
    (col.is_field() && short).then_some((col, joined))
}

/// The fields an action's title or body ends with, in parentheses ("Inför frukt på fritids
/// (ansvar: Kostenheten, vt 2026)") or as sentences after it ("Inför … . Ansvar: Tekniska
/// nämnden. Tidplan: 2026.", in a list item that holds them in its own paragraph, or a
/// run-in heading's prose that ends with them): each labelled part that names a field fills
/// it, and the text ends before them. A parenthesis or a sentence without such a part stays.
pub(crate) fn fields_in_title(a: &mut Action) {
    let title = std::mem::take(&mut a.title);
    a.title = cut_fields(a, &title);
    let body = std::mem::take(&mut a.body);
    a.body = cut_fields(a, &body);
}

/// `text` without the fields it ends with ([`fields_in_title`]), which fill `a`'s.
fn cut_fields(a: &mut Action, title: &str) -> String {
    let sentence = title.match_indices(". ").map(|(k, _)| k);
    let sentence = sentence
        .clone()
        .find(|&k| field_part(&title[k + 2..]).is_some());
    let (cut, parts): (usize, Vec<&str>) = match title.strip_suffix(')').and_then(|t| t.rfind('('))
    {
        Some(open) => (
            open,
            title
                .get(open + 1..title.len() - 1)
                .unwrap_or("")
                .split([',', ';'])
                .collect(),
        ),
        None => match sentence {
            Some(k) => (
                k,
                title[k + 2..].trim_end_matches('.').split(". ").collect(),
            ),
            None => (title.len(), Vec::new()),
        },
    };
    let fields: Vec<(Column, String)> = parts.into_iter().filter_map(field_part).collect();
    let cut = if fields.is_empty() { title.len() } else { cut };
    for (col, value) in fields {
        set_field(a, &col, value);
    }
    title[..cut].trim_end().to_string()
}

/// A list whose titles nearly all (three in four, at least two) end in abbreviations in
/// brackets, "Bygg om tre korsningar (GK)", "… (SBK, GK)", names its responsible so, where
/// the items name none (a term's abbreviation stands after a title or two, not after most).
pub(crate) fn responsible_in_brackets(actions: &mut [Action]) {
    let abbreviation =
        |w: &str| (2..=6).contains(&w.chars().count()) && w.chars().all(char::is_uppercase);
    let bracket = |a: &Action| {
        let open = a.title.strip_suffix(')')?.rfind(" (")?;
        let inner = a.title.get(open + 2..a.title.len() - 1)?;
        let named = a.responsible.is_none() && inner.split(", ").all(abbreviation);
        named.then(|| (open, inner.to_string()))
    };
    let n = actions.iter().filter_map(bracket).count();
    if n >= 2 && n * 4 >= actions.len() * 3 {
        for a in actions.iter_mut() {
            if let Some((open, who)) = bracket(a) {
                a.title.truncate(open);
                a.responsible = Some(who);
            }
        }
    }
}

/// A title quoted whole ("”Inför trygghetsvandringar”", as a follow-up quotes its plan) is
/// the words inside the quotation marks.
pub(crate) fn unquote_title(a: &mut Action) {
    const QUOTES: &[char] = &['"', '”', '“', '„', '»', '«'];
    let inner = a
        .title
        .strip_prefix(QUOTES)
        .and_then(|t| t.strip_suffix(QUOTES));
    if let Some(inner) = inner.filter(|t| !t.contains(QUOTES) && !t.trim().is_empty()) {
        a.title = inner.trim().to_string();
    }
}

/// Find the coded actions of a document (see the module docs).
pub(crate) fn find(doc_id: &str, s: &Stream) -> Vec<Action> {
    let from = super::toc::toc_end(s).unwrap_or(0);
    let lines = s.line_ranges(from);
    // Letters "a)", "b)" take the number of the integer item above them ("1 Trygga …"):
    // "1a", "1b"; with none above, no item.
    let mut goal: Option<String> = None;
    let cands: Vec<Candidate> = lines
        .iter()
        .filter_map(|&(a, b)| candidate(s, a, b))
        .filter_map(|mut c| {
            if c.code.chars().all(|ch| ch.is_ascii_digit()) {
                goal = Some(c.code.clone());
            } else if c.code.chars().all(|ch| ch.is_ascii_lowercase()) {
                c.code = format!("{}{}", goal.as_ref()?, c.code);
                c.key.0 = code_form(&c.code).0;
            }
            Some(c)
        })
        .collect();
    if cands.len() < 2 {
        return Vec::new();
    }
    let keys: std::collections::BTreeSet<Key> = cands.iter().map(|c| c.key).collect();
    // Every candidate line ends the item before it.
    let starts: Vec<usize> = cands.iter().map(|c| c.at).collect();
    let mut groups: Vec<(Vec<Action>, Vec<&Candidate>)> = Vec::new();
    for key in keys {
        let mut items: Vec<&Candidate> = cands.iter().filter(|c| c.key == key).collect();
        if items.len() < 2 {
            continue;
        }
        // Headings that each carry an action label may be a selection ("Åtgärd 2", "Åtgärd 5").
        if !items.iter().all(|c| c.labelled && c.heading) && !runs_on(&items) {
            // Columns read in the wrong order (a two-column page read in bands) give the
            // items out of order: a run of distinct codes is still one, in its own order.
            let mut sorted = items.clone();
            sorted.sort_by(|a, b| crate::model::action_number_order(&a.code, &b.code));
            let distinct = sorted.windows(2).all(|w| w[0].code != w[1].code);
            if !distinct || !runs_on(&sorted) {
                continue;
            }
            items = sorted;
        }
        let siblings: Vec<usize> = items.iter().map(|c| c.at).collect();
        let mut actions: Vec<Action> = items
            .iter()
            .map(|c| item_action(doc_id, s, c, &starts, &siblings, &lines))
            .collect();
        // Fields from a table naming the items by number count as their own; that table's
        // rows ("2.1.1 Region Ekby 2026", a title that is the row's fields) are no items.
        if actions
            .iter()
            .all(|a| super::actions::keyed_row(a, &s.keyed))
        {
            continue;
        }
        actions
            .iter_mut()
            .for_each(|a| super::actions::fill_keyed(a, &s.keyed));
        let labelled = items.iter().all(|c| c.labelled);
        // Bare integers without a mark ("1 Inledning") are how chapters are numbered: only
        // labelled fields make them actions, in every chapter, and not under a list of
        // bullets ("1 Energi", bullets, "Ansvar: …": the fields are the list's).
        let bare = items.iter().all(|c| c.key.5);
        // The chapters ("3" over "3.1") whose items carry fields; fields stand under most
        // items of a plan's chapter, under a point or two of minutes.
        let heads: Vec<String> = actions
            .iter()
            .filter(|a| has_fields(a))
            .map(|a| steps(&a.number).0)
            .collect();
        let fielded = match bare {
            true => actions
                .iter()
                .all(|a| has_fields(a) && !a.body.contains('•')),
            false => {
                let chapters = actions
                    .iter()
                    .filter(|a| heads.contains(&steps(&a.number).0));
                super::actions::share(chapters, 1, (1, 2), has_fields)
            }
        };
        // Statements ("Chefen ska …", "… har införts") are rules, goals or what was done.
        let stated = !labelled && super::actions::statements(s, &actions);
        let at = items.first().map(|c| c.at);
        let other = at.is_some_and(|at| super::actions::list_heading(s, at, from) == Some(false));
        if stated {
            continue;
        } else if labelled
            || (fielded && !other)
            || (!bare && is_action_list(s, &actions, at, from))
        {
            // A group that runs over chapters ("1.1 Bakgrund" … "3.1 Inför …" … "4.1
            // Rapportering") kept for the fields of its items: only the chapters whose
            // items carry fields are actions, the others are the report's sections.
            let (actions, items) = if labelled || !fielded {
                (actions, items)
            } else {
                actions
                    .into_iter()
                    .zip(items)
                    .filter(|(a, _)| heads.contains(&steps(&a.number).0))
                    .unzip()
            };
            groups.push((actions, items));
        } else if !bare {
            // No evidence for the whole group: each chapter's items on their own ("3.1" …
            // "3.5" under "3 Åtgärder", the sections "1.1", "1.2" of the other chapters
            // not).
            let pairs: Vec<(Action, &Candidate)> = actions.into_iter().zip(items).collect();
            let same_head = |(_, p): &(Action, &Candidate), (_, c): &(Action, &Candidate)| {
                steps(&p.code).0 == steps(&c.code).0
            };
            for part in pairs.chunk_by(same_head) {
                let (actions, items): (Vec<Action>, Vec<&Candidate>) = part.iter().cloned().unzip();
                let at = items.first().map(|c| c.at);
                if items.len() >= 2 && is_action_list(s, &actions, at, from) {
                    groups.push((actions, items));
                }
            }
        }
    }
    // The outline over the actions: parents of another group's codes, or two of another
    // group's items under one of its own (not where its codes are the other's children:
    // "2.3 Genomförande" after "2.2.1" closes chapter 2.2).
    let parent_of = |g: &[&Candidate], h: &[&Candidate]| {
        h.iter()
            .any(|c| g.iter().any(|p| is_parent(&p.code, &c.code)))
    };
    let over = |g: &[&Candidate], h: &[&Candidate]| {
        parent_of(g, h)
            || !parent_of(h, g)
                && g.iter().enumerate().any(|(k, p)| {
                    let end = g.get(k + 1).map_or(usize::MAX, |n| n.at);
                    h.iter().filter(|c| c.at > p.at && c.at < end).count() >= 2
                })
    };
    let under =
        |g: usize| (groups.iter().enumerate()).any(|(h, o)| h != g && over(&groups[g].1, &o.1));
    // (A parent whose items all carry fields is an action over its sub-actions: "3." over
    // "3a.", "3b.", each with "Ansvar: …".)
    let fielded = |g: usize| groups[g].0.iter().all(has_fields);
    let keep: Vec<bool> = (0..groups.len()).map(|g| !under(g) || fielded(g)).collect();
    // (A number names one action: `structure::analyze` keeps the first.)
    let kept = groups.into_iter().zip(keep).filter(|(_, k)| *k);
    let out: Vec<Action> = kept.flat_map(|((g, _), _)| g).collect();
    // A sub-action stands after its parent and the sub-actions before it, as printed ("3",
    // "3a", "3b", "4"), whichever group holds it.
    let parent = |a: &Action| out.iter().position(|p| is_parent(&p.number, &a.number));
    let mut order: Vec<(usize, bool, usize)> = (out.iter().enumerate())
        .map(|(k, a)| parent(a).map_or((k, false, k), |p| (p, true, k)))
        .collect();
    order.sort_unstable();
    let ordered = order.iter().filter_map(|&(.., k)| out.get(k).cloned());
    ordered.collect()
}

/// A fact box's cells from line `k` of `lines`: a field's label alone ("Ansvar", no colon)
/// with its value beside it on its baseline ("Ansvar | Region Ekby"), or a row of such
/// labels ("Ansvar | Tid | Kostnad") with each value under its label in the row below. Each
/// field with the index of its value in `lines`, and the indices of the labels.
fn box_cells(s: &Stream, lines: &[(usize, usize)], k: usize) -> (Vec<(Column, usize)>, Vec<usize>) {
    let label = |k: usize| {
        let (a, b) = *lines.get(k)?;
        let text = s.text(a, b);
        let col = column_of(&text);
        let alone = s.rich && b - a <= 3 && !text.contains(':') && capitalized(&text);
        (alone && col.is_field()).then_some((col, s.get(a)?))
    };
    let Some((col, w)) = label(k) else {
        return (Vec::new(), Vec::new());
    };
    let word = |j: usize| lines.get(j).and_then(|l| s.get(l.0));
    let on_row =
        |j: usize, y: f32| word(j).is_some_and(|v| v.page == w.page && (v.y - y).abs() < 2.0);
    let beside: Vec<usize> = (k + 1..lines.len())
        .filter(|&j| on_row(j, w.y) && word(j).is_some_and(|v| v.x > w.x + 1.0))
        .collect();
    let Some(&j) = beside.first() else {
        return (Vec::new(), Vec::new());
    };
    if label(j).is_none() {
        return (vec![(col, j)], vec![k]);
    }
    // A row of labels: each value stands under its label, in the next row down.
    let mut heads: Vec<usize> = std::iter::once(k)
        .chain(beside)
        .filter(|&h| label(h).is_some())
        .collect();
    let x = |j: usize| word(j).map_or(f32::MAX, |v| v.x);
    heads.sort_by(|&a, &b| x(a).total_cmp(&x(b)));
    let below = (k + 1..lines.len())
        .filter_map(|j| {
            word(j)
                .filter(|v| v.page == w.page && v.y > w.y + 2.0)
                .map(|v| v.y)
        })
        .fold(f32::MAX, f32::min);
    let cells = heads
        .iter()
        .enumerate()
        .filter_map(|(n, &h)| {
            let right = heads.get(n + 1).map_or(f32::MAX, |&r| x(r) - 4.0);
            let v = (k + 1..lines.len())
                .find(|&j| on_row(j, below) && x(j) + 4.0 >= x(h) && x(j) < right)?;
            Some((label(h)?.0, v))
        })
        .collect();
    (cells, heads)
}

/// Whether an item's text gave it a labelled field.
pub(crate) fn has_fields(a: &Action) -> bool {
    let fields = [
        &a.responsible,
        &a.timeline,
        &a.cost,
        &a.status,
        &a.follow_up,
    ];
    fields.iter().any(|f| f.is_some())
}

/// The action of one item: title, fields, body, pages, section.
fn item_action(
    doc_id: &str,
    s: &Stream,
    c: &Candidate,
    starts: &[usize],
    siblings: &[usize],
    lines: &[(usize, usize)],
) -> Action {
    // (A title set apart below its label is what the item's lines are measured against.)
    let Some(head) = s.get(if c.below { c.title_at } else { c.code_at }) else {
        return Action::default();
    };
    // A line set more prominently than the item: larger, or bold under a plain item (a
    // field label set bold is no heading).
    let prominent = |la: usize, lb: usize| {
        s.get(la).is_some_and(|w| {
            !w.ocr
                && !head.ocr
                && (w.size > head.size + 0.5
                    || (w.bold && !head.bold && field_at(s, la, lb).is_none()))
        })
    };
    let next = starts
        .iter()
        .copied()
        .find(|&a| a > c.at)
        .unwrap_or(s.words.len());
    // The item's lines, to the next candidate or a more prominent line.
    let mine: Vec<(usize, usize)> = lines
        .iter()
        .copied()
        .filter(|&(a, _)| a >= c.at && a < next)
        .take_while(|&(a, b)| a == c.at || !prominent(a, b))
        .collect();
    let end = mine.last().map_or(c.line_end, |l| l.1);
    // The title: its line, going on over lines set alike in the same block (not a field).
    // (Alike the title's first word: a code alone in a left column is set apart from it.)
    let lead = s.get(c.title_at).unwrap_or(head);
    let mut title_end = c.line_end;
    for &(a, b) in mine.iter().filter(|l| l.0 >= c.line_end) {
        let Some(w) = s.get(a) else { break };
        // A title that runs over a page break goes on at the top of the next page.
        let last = s.get(title_end.saturating_sub(1)).unwrap_or(lead);
        let over_page = w.page == last.page + 1
            && (w.x - lead.x).abs() < 1.0
            && !super::ends_sentence(&last.text);
        // (A line beside the last on its baseline is the next cell of a table row, not more.)
        let beside = w.page == last.page && (w.y - last.y).abs() < 1.0;
        let alike = (w.block == lead.block || over_page)
            && w.bold == lead.bold
            && (w.size - lead.size).abs() < 0.3
            && w.x + 1.0 >= lead.x
            && !beside;
        if !s.rich || !alike || field_at(s, a, b).is_some() {
            break;
        }
        title_end = b;
    }
    // A run-in heading: the title is the paragraph's first sentence where another one
    // follows it ("Åtgärd 3. Öka kollektivtrafiken. Regionen ska …"); the rest is body.
    let run_in = (c.title_at..title_end.saturating_sub(1)).find(|&k| {
        s.get(k).is_some_and(|w| {
            let t = w.text.trim_end_matches(['.', '!', '?']);
            t.len() < w.text.len() && !t.contains('.') && t.chars().count() > 1
        }) && s.get(k + 1).is_some_and(|w| capitalized(&w.text))
    });
    let title = match run_in {
        Some(k) => s.text(c.title_at, k + 1).trim_end_matches('.').to_string(),
        None => s.text(c.title_at, title_end),
    };
    let mut a = Action {
        doc: doc_id.to_string(),
        number: c.code.clone(),
        title: crate::text::squash_ws(&title),
        ..Action::default()
    };
    let mut body: Vec<String> = run_in
        .map(|k| s.text(k + 1, title_end))
        .into_iter()
        .collect();
    let mut k = 0;
    let mut rest: Vec<(usize, usize)> = mine.iter().copied().filter(|l| l.0 >= title_end).collect();
    // Lines read as the value of a label cell beside them (a fact box "Ansvar | Region X").
    let mut taken = vec![false; rest.len()];
    // Words carried to the last cell of a line of labels: (its line, from, to).
    let mut carry: Vec<(usize, usize, usize)> = Vec::new();
    while k < rest.len() {
        let (la, lb) = rest[k];
        if taken[k] {
            k += 1;
            continue;
        }
        let (cells, labels) = box_cells(s, &rest, k);
        if !cells.is_empty() {
            for (col, j) in cells {
                taken[j] = true;
                let (va, vb) = rest[j];
                set_field(&mut a, &col, crate::text::squash_ws(&s.text(va, vb)));
            }
            for j in labels {
                taken[j] = true;
            }
        } else if let Some((mut col, mut v)) = field_at(s, la, lb) {
            // The value goes on over the lines of its paragraph; but where the line of labels
            // has cells beside it on its baseline and wraps ("Ansvarig: X | Samverkan: Y i"
            // over "länet Period: 2026", "… | Period:" over "2026–2027", "2026–" over "2029"),
            // the words that open the wrapped line are the last cell's, where the wrapped line
            // holds a label or the last cell ends with one or with a range's dash.
            let (at, w, mut end) = (k, s.get(la), lb);
            let block = w.map(|w| w.block);
            let last = (k + 1..rest.len()).rfind(|&j| {
                let c = s.get(rest[j].0).zip(w);
                c.is_some_and(|(c, w)| c.page == w.page && (c.y - w.y).abs() < 1.0 && c.x > w.x)
            });
            let dangling = last.and_then(|j| s.get(rest[j].1.saturating_sub(1)));
            let dangling = dangling.is_some_and(|w| w.text.ends_with([':', '–']));
            while let Some(&(na, nb)) = rest.get(k + 1) {
                if s.get(na).map(|w| w.block) != block || field_at(s, na, nb).is_some() {
                    break;
                }
                let label = field_in_line(s, na, nb).map(|f| f.1);
                if let Some(j) = last.filter(|_| label.is_some() || dangling) {
                    let cut = label.unwrap_or(nb);
                    carry.push((j, na, cut));
                    (rest[k + 1].0, taken[k + 1]) = (cut, cut == nb);
                    break;
                }
                (end, k) = (nb, k + 1);
            }
            // (A bar between labels parts them: "Ansvar: X | Klart: 2026".)
            let value = |a: usize, b: usize| {
                let value = crate::text::squash_ws(&s.text(a, b));
                value
                    .trim_end_matches([',', ';', '.', '|'])
                    .trim()
                    .to_string()
            };
            // Further labels in it ("Ansvarig: X  Tidplan: 2025", also where a line of labels
            // wraps) end the value before them and open fields of their own.
            while let Some((next_col, label_at, next_v)) = field_in_line(s, v, end) {
                set_field(&mut a, &col, value(v, label_at));
                (col, v) = (next_col, next_v);
            }
            let mut tail = value(v, end);
            let carried = carry.iter().filter(|c| c.0 == at);
            carried.for_each(|c| push_cell_line(&mut tail, &value(c.1, c.2)));
            set_field(&mut a, &col, tail);
        } else {
            body.push(s.text(la, lb));
        }
        k += 1;
    }
    a.body = crate::text::squash_ws(&body.join(" "));
    a.pages = s.pages_of(c.at, end);
    // The section: the nearest line before the item set more prominently than it, not an
    // item of its own list ("Åtgärd 1" set bold over a plain title given as "Vad: …").
    a.section = lines
        .iter()
        .rev()
        .filter(|&&(la, _)| la < c.at && !siblings.contains(&la))
        .find(|&&(la, lb)| prominent(la, lb))
        .map(|&(la, lb)| crate::text::squash_ws(&s.text(la, lb)));
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_their_steps() {
        for (t, c) in [
            ("3.", "3"),
            ("2.1", "2.1"),
            ("1a", "1a"),
            ("A1", "A1"),
            ("B2.3:", "B2.3"),
            ("A.3", "A.3"),
        ] {
            assert_eq!(code_of(t).as_deref(), Some(c), "{t}");
        }
        for t in [
            "2025", "a1", "§3", "1,5", "Å", "I", "IV", "IIII", "VX", "XL.",
        ] {
            assert_eq!(code_of(t), None, "{t}");
        }
        for (t, c, n) in [("IV.", "IV", 4), ("XII)", "XII", 12), ("A-12", "A-12", 12)] {
            assert_eq!(code_of(t).as_deref(), Some(c), "{t}");
            assert_eq!(steps(c).1, n, "{t}");
        }
        assert_eq!(steps("2.3"), ("2".to_string(), 3));
        assert_eq!(steps("1b"), ("1".to_string(), 2));
        assert_eq!(steps("A2"), ("A".to_string(), 2));
        assert_eq!(steps("4"), (String::new(), 4));
        assert!(is_parent("1", "1a"));
        assert!(is_parent("1", "1.2.3"));
        assert!(!is_parent("1", "11"));
        assert!(!is_parent("2", "1.2"));
    }

    #[test]
    fn numbers_sort_by_their_parts() {
        let mut v = vec![
            "A10", "2a", "1b", "A2", "10", "2", "4.10", "4.2", "A.3", "1a",
        ];
        v.sort_by(|a, b| crate::model::action_number_order(a, b));
        assert_eq!(
            v,
            ["1a", "1b", "2", "2a", "4.2", "4.10", "10", "A.3", "A2", "A10"]
        );
    }
}
