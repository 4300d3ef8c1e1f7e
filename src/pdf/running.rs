//! Document-level clean-up of laid-out pages: running headers and footers, printed page
//! numbers (which become page labels when the document has no /PageLabels), and line-end
//! hyphenation.
//!
//! * A line is *furniture* when it stands in the header or footer band of its page (top or
//!   bottom 12 %) and either its text, with digits masked, repeats in the same band on
//!   enough pages with numbers that behave like furniture (each one the same on another page,
//!   like a date, or in step with the page, like a counter, or the page's label: a paragraph
//!   head "§ 58 Dnr KS 2021/123" atop every page varies out of step and stays content), or it
//!   is a page number (`7`, `- 7 -`, `Sida 7 av 21`, `7 (21)`, `vii`)
//!   whose difference from the physical page number is shared by at least two pages (or
//!   equals the page's /PageLabels label).
//! * Hyphenation: a line ending in a hyphen is joined with the next line (same block, the
//!   top of the next column, or the top of the next page) by the Swedish rule of
//!   [`crate::text::line_end_hyphen`]: a suspended hyphen before a conjunction ("kompetens-
//!   och") stays, a hyphen after a digit, a capital or an acronym ("IT-användningen") is kept
//!   and the parts joined, and a word split before a lower-case letter is joined without the
//!   hyphen when there is evidence of hyphenation: the joined word occurs elsewhere in the
//!   document, the document breaks at least three lines this way, or the word is the last
//!   member of a coordination ("plan- och bygg-" + "bestämmelser":
//!   [`crate::text::closes_coordination`]). When the hyphenated
//!   form (`e-post`) occurs unbroken elsewhere, or the stem closes a name of several words
//!   ("på Bygga om-" + "dialogen": [`crate::text::closes_name_compound`]), the parts are
//!   joined keeping the hyphen, as are two capitalised names across the break of a line of
//!   running text ("Mora-" + "Filipstad": [`crate::text::joins_capitalised_names`]; a
//!   one-word line such as a table cell's "Bly-" over "Kadmium" stays apart).
//!   Without evidence the line break stays, as producers like LibreOffice do not hyphenate.
//!   Another word that runs on from the stem as the split word does ("Utvär-" + "derarnas"
//!   beside "utvärderingen") is evidence too.
//! * Words broken at a table cell's edge without a hyphen ("Äldreförvaltninge" over "n": a
//!   word wider than its cell) are joined when the broken line is one word reaching the right
//!   edge of its column and the line below at the same left edge goes on in lower case; the
//!   document's words only break the tie (the tail or the head standing as a word elsewhere
//!   keeps them apart unless the joined word stands there too).
use std::collections::{HashMap, HashSet};

use super::layout::LaidLine;
use crate::model::{Line, Page, TextSource};
use crate::text::{
    break_parts, closes_coordination, closes_name_compound, join_lines_at_hyphen, join_names,
    join_pairs, line_end_hyphen, page_text, replace_break, LineEndHyphen,
};

/// The lines of one page before document-level clean-up.
#[derive(Debug, Clone, Default)]
pub struct PageLines {
    pub number: u32,
    pub height: f32,
    pub lines: Vec<LaidLine>,
    pub error: Option<String>,
    pub has_text_layer: bool,
    /// The text of the page's annotations ([`crate::model::Page::annotations`]).
    pub annotations: Vec<String>,
    /// Glyphs without a Unicode mapping ([`crate::model::Page::unmapped_glyphs`]).
    pub unmapped_glyphs: u32,
}

impl PageLines {
    pub fn failed(number: u32, error: String) -> PageLines {
        PageLines {
            number,
            error: Some(error),
            ..PageLines::default()
        }
    }
}

const BAND: f32 = 0.12;

fn in_band(l: &LaidLine, height: f32) -> Option<bool> {
    if height <= 0.0 {
        return None;
    }
    if l.bottom <= height * BAND {
        Some(true)
    } else if l.line.y >= height * (1.0 - BAND) {
        Some(false)
    } else {
        None
    }
}

fn mask_digits(s: &str) -> String {
    let mut out = String::new();
    let mut prev_digit = false;
    for c in s.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !prev_digit {
                out.push('#');
            }
            prev_digit = true;
        } else {
            prev_digit = false;
            if !c.is_whitespace() {
                out.push(c);
            }
        }
    }
    out
}

/// A printed page number in a line: (value, label text, is roman).
pub fn page_number(text: &str) -> Option<(i64, String)> {
    let t = text.trim();
    let t = t.trim_matches(|c: char| {
        matches!(c, '-' | '–' | '—' | '|' | '•' | '·') || c.is_whitespace()
    });
    let lower = t.to_lowercase();
    let body = ["sida ", "side ", "page ", "s. ", "s "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    // "7", "7 (21)", "7 av 21", "7 of 21", "7/21"
    let first: String = body.chars().take_while(char::is_ascii_digit).collect();
    if !first.is_empty() && first.len() <= 5 {
        let rest = body.get(first.len()..).unwrap_or("").trim();
        let ok = rest.is_empty() || {
            let r = rest
                .trim_start_matches("av")
                .trim_start_matches("of")
                .trim_start_matches('/')
                .trim();
            let r = r.trim_start_matches('(').trim_end_matches(')').trim();
            !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()) && rest != r
        };
        if ok {
            let v: i64 = first.parse().ok()?;
            return Some((v, first));
        }
        return None;
    }
    if body == lower && t.len() <= 8 {
        if let Some(v) = super::labels::parse_roman(t) {
            return Some((v, t.to_string()));
        }
    }
    None
}

/// The numbers of a text (runs of ASCII digits), in order: the parts `mask_digits` masks.
/// Runs separated by white space alone are one number, as `mask_digits` leaves no trace of
/// the space either: a page number that layout split in two ("3 01") is 301.
/// Each with whether it follows a paragraph sign ("§ 58", "§58"): a paragraph's number,
/// never a page counter.
fn numbers_marked(s: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut run_open = false;
    let mut joinable = false;
    // The last character that was neither a digit nor white space.
    let mut before: Option<char> = None;
    for c in s.chars() {
        if c.is_ascii_digit() {
            match out.last_mut() {
                Some(last) if run_open || joinable => last.0.push(c),
                _ => out.push((c.to_string(), before == Some('§'))),
            }
            run_open = true;
            joinable = false;
        } else if c.is_whitespace() {
            joinable = joinable || run_open;
            run_open = false;
        } else {
            run_open = false;
            joinable = false;
            before = Some(c);
        }
    }
    out
}

/// One band line whose text, digits masked, may repeat: its page, its index on the page and
/// its numbers.
struct Occurrence {
    page: u32,
    line: usize,
    numbers: Vec<String>,
    /// Per number: it follows "§" (a paragraph number).
    paragraph: Vec<bool>,
}

/// Whether the `i`-th number of `o` behaves like furniture within its group of repeats: the
/// same value stands on another page (a date, a total "av 21", a chapter number over a run
/// of pages), or its difference from the page number is shared by another page (a page
/// counter, also one that restarts), or it is the page's label. A number that varies out of
/// step with the page (a diary number 2021/123, 2021/88, …) does not, nor does a paragraph
/// number ("§ 58") that moves in step with the page: paragraphs a page each, their heads
/// atop the pages, are content; only the same paragraph number repeated (an extract's "KS §
/// 58" on each of its pages) is furniture.
fn number_is_furniture(
    group: &[Occurrence],
    o: &Occurrence,
    i: usize,
    label: Option<&str>,
) -> bool {
    let Some(v) = o.numbers.get(i).map(String::as_str) else {
        return false;
    };
    if o.paragraph.get(i).copied().unwrap_or(false) {
        return group
            .iter()
            .any(|g| g.page != o.page && g.numbers.get(i).is_some_and(|w| w == v));
    }
    if label == Some(v) {
        return true;
    }
    let offset = |n: &str, page: u32| n.parse::<i64>().ok().map(|n| n - i64::from(page));
    let own = offset(v, o.page);
    group.iter().filter(|g| g.page != o.page).any(|g| {
        g.numbers
            .get(i)
            .is_some_and(|w| w == v || (own.is_some() && offset(w, g.page) == own))
    })
}

/// The band lines that are running headers or footers by repetition: (page, line index).
/// A line is one when its text with the digits masked stands in the same band on at least
/// `min_pages` pages with numbers that behave like furniture ([`number_is_furniture`]);
/// a paragraph head "§ 58 Dnr KS 2021/123" at the top of every page repeats once masked, but
/// its diary numbers vary out of step with the page, so it stays content.
fn repeated_furniture(
    pages: &[PageLines],
    page_labels: &[Option<String>],
    min_pages: usize,
) -> HashSet<(u32, usize)> {
    let mut groups: HashMap<(bool, String), Vec<Occurrence>> = HashMap::new();
    for p in pages {
        for (k, l) in p.lines.iter().enumerate() {
            if let Some(top) = in_band(l, p.height) {
                groups
                    .entry((top, mask_digits(&l.line.text)))
                    .or_default()
                    .push({
                        let (numbers, paragraph) = numbers_marked(&l.line.text).into_iter().unzip();
                        Occurrence {
                            page: p.number,
                            line: k,
                            numbers,
                            paragraph,
                        }
                    });
            }
        }
    }
    let label_of = |page: u32| {
        (page as usize)
            .checked_sub(1)
            .and_then(|i| page_labels.get(i))
            .and_then(|l| l.as_deref())
    };
    let mut out = HashSet::new();
    for group in groups.values() {
        let pages_with: HashSet<u32> = group.iter().map(|o| o.page).collect();
        if pages_with.len() < min_pages {
            continue;
        }
        let furniture: Vec<&Occurrence> = group
            .iter()
            .filter(|o| {
                (0..o.numbers.len()).all(|i| number_is_furniture(group, o, i, label_of(o.page)))
            })
            .collect();
        let pages_furniture: HashSet<u32> = furniture.iter().map(|o| o.page).collect();
        if pages_furniture.len() >= min_pages {
            out.extend(furniture.iter().map(|o| (o.page, o.line)));
        }
    }
    out
}

/// Lines anywhere on the page that repeat exactly (text, place and size) on at least two
/// pages and half of them, set smaller than the document's body text and with a letter:
/// running lines drawn inside the page rather than in its bands (Chromium prints a fixed
/// header or footer at its place on every page, over the body near the foot). So are the
/// top rows of pages (in the top band, 2.5 body sizes or more over the next line: a header's
/// own band, not a heading over its text) in one place and size on as many pages whatever
/// their text: a running header that names the chapter the page is in.
fn repeated_small(pages: &[PageLines]) -> HashSet<(u32, usize)> {
    let tenths = |v: f32| (v * 10.0).round() as i32;
    let mut chars: HashMap<i32, usize> = HashMap::new();
    for l in pages.iter().flat_map(|p| &p.lines) {
        *chars.entry(tenths(l.line.size)).or_default() += l.line.text.chars().count();
    }
    let body = chars
        .into_iter()
        .max_by_key(|&(s, n)| (n, s))
        .map_or(0, |(s, _)| s);
    // The lines by text, place and size.
    let mut groups: HashMap<String, Vec<(u32, usize)>> = HashMap::new();
    for p in pages {
        let ys = || p.lines.iter().map(|l| l.line.y);
        let top = p
            .lines
            .iter()
            .filter(|l| in_band(l, p.height) == Some(true));
        let top = top.map(|l| l.line.y).reduce(f32::min);
        let below = |t: f32| ys().filter(|&y| y > t + 1.0).reduce(f32::min);
        let top = top.filter(|&t| below(t).is_none_or(|b| b - t >= 0.25 * body as f32));
        for (k, l) in p.lines.iter().enumerate().map(|(k, l)| (k, &l.line)) {
            if tenths(l.size) < body - 5 && l.text.chars().any(char::is_alphabetic) {
                let slot = format!("{} {}", l.y.round(), tenths(l.size));
                let key = format!("{} {slot} {}", l.x.round(), l.text);
                groups.entry(key).or_default().push((p.number, k));
                if top.is_some_and(|t| (l.y - t).abs() < 1.0) {
                    groups.entry(slot).or_default().push((p.number, k));
                }
            }
        }
    }
    groups
        .into_values()
        .filter(|g| {
            let on: HashSet<u32> = g.iter().map(|o| o.0).collect();
            on.len() >= 2 && 2 * on.len() >= pages.len()
        })
        .flatten()
        .collect()
}

/// Finish the pages: drop furniture, set labels, join hyphenated line ends, build text.
pub fn finish(pages: Vec<PageLines>, page_labels: &[Option<String>]) -> Vec<Page> {
    let n = pages.len();
    let min_pages = if n <= 2 {
        2
    } else {
        3.max((n as f32 * 0.3).ceil() as usize)
    };
    // Running text: band lines whose masked text repeats with furniture-like numbers.
    let repeated = repeated_furniture(&pages, page_labels, min_pages);
    let small = repeated_small(&pages);
    // Page-number candidates: offsets shared by pages.
    let mut offsets: HashMap<i64, usize> = HashMap::new();
    for p in &pages {
        let mut offs: HashSet<i64> = HashSet::new();
        for l in &p.lines {
            if in_band(l, p.height).is_some() {
                if let Some((v, _)) = page_number(&l.line.text) {
                    offs.insert(v - i64::from(p.number));
                }
            }
        }
        for o in offs {
            *offsets.entry(o).or_default() += 1;
        }
    }
    // An offset of printed page numbers from the physical ones that two pages share.
    let shared = |off: i64| offsets.get(&off).copied().unwrap_or(0) >= 2;
    let mut out = Vec::with_capacity(n);
    #[allow(clippy::type_complexity)]
    let mut kept_pages: Vec<(Vec<LaidLine>, Option<String>, PageLines, Vec<String>)> = Vec::new();
    for p in pages {
        let mut printed: Option<String> = None;
        let label_from_tree = (p.number as usize)
            .checked_sub(1)
            .and_then(|i| page_labels.get(i))
            .cloned()
            .flatten();
        let mut body = Vec::new();
        let mut running: Vec<String> = Vec::new();
        for (k, l) in p.lines.iter().enumerate() {
            let band = in_band(l, p.height);
            let mut furniture = false;
            if band.is_some() {
                if let Some((v, txt)) = page_number(&l.line.text) {
                    let matches_label = label_from_tree.as_deref() == Some(txt.as_str());
                    if shared(v - i64::from(p.number)) || matches_label {
                        furniture = true;
                        printed = printed.or(Some(txt));
                    }
                }
                if !furniture && l.artifact {
                    furniture = true;
                    printed = printed.or_else(|| page_number(&l.line.text).map(|(_, t)| t));
                }
                if !furniture && repeated.contains(&(p.number, k)) {
                    furniture = true;
                    printed = printed.or_else(|| {
                        let (v, txt) = page_number_in(&l.line.text)?;
                        let off = v - i64::from(p.number);
                        (off == 0 || shared(off)).then_some(txt)
                    });
                }
            }
            furniture |= small.contains(&(p.number, k));
            if !furniture {
                body.push(l.clone());
            } else if page_number(&l.line.text).is_none() {
                // Kept apart for search: a running header often carries the document's
                // own identifier ("SFS 1999:175").
                let t = l.line.text.trim();
                if !t.is_empty() && !running.iter().any(|r| r == t) {
                    running.push(t.to_string());
                }
            }
        }
        let label = label_from_tree.or(printed);
        crate::text::mend_hyphen_breaks(
            &mut body.iter_mut().map(|l| &mut l.line).collect::<Vec<_>>(),
        );
        kept_pages.push((body, label, p, running));
    }
    // Hyphenation evidence across the document.
    let mut words: HashSet<String> = HashSet::new();
    let mut candidates = 0usize;
    for (body, _, _, _) in &kept_pages {
        for (i, l) in body.iter().enumerate() {
            let ws: Vec<&str> = l.line.text.split_whitespace().collect();
            for (k, w) in ws.iter().enumerate() {
                // The last word of a line ending in a hyphen is a fragment, not a word.
                if k + 1 == ws.len() && w.ends_with('-') {
                    continue;
                }
                if k == 0 && i > 0 && body.get(i - 1).is_some_and(|p| p.line.text.ends_with('-')) {
                    continue;
                }
                words.insert(clean_word(w));
            }
            if let Some(next) = body.get(i + 1) {
                if hyphen_candidate(&l.line, &next.line) == Some(LineEndHyphen::Join) {
                    candidates += 1;
                }
            }
        }
    }
    let hyphenating_doc = candidates >= 3;
    let breaks: Vec<Vec<(usize, usize)>> = kept_pages
        .iter()
        .map(|(body, _, _, _)| cell_breaks(body))
        .collect();
    let elsewhere = words_elsewhere(kept_pages.iter().map(|k| &k.0), &breaks);
    for ((mut body, label, p, running), breaks) in kept_pages.into_iter().zip(breaks) {
        join_cell_breaks(&mut body, &breaks, &elsewhere);
        join_pairs(
            &mut body,
            |a, b| join_pair(&mut a.line, &mut b.line, &words, hyphenating_doc),
            |l| l.line.text.is_empty(),
        );
        let lines = renumber(body);
        let text = page_text(&lines);
        let source = if p.error.is_none() && !p.has_text_layer {
            TextSource::None
        } else {
            TextSource::Text
        };
        out.push(Page {
            number: p.number,
            label,
            text,
            lines,
            source,
            ocr_confidence: None,
            ocr: None,
            error: p.error,
            annotations: p.annotations,
            unmapped_glyphs: p.unmapped_glyphs,
            running,
            headings: Vec::new(),
        });
    }
    join_across_pages(&mut out, &words, hyphenating_doc);
    out
}

/// A page number inside a longer running line ("Malmö stad · Sida 7 av 21").
fn page_number_in(text: &str) -> Option<(i64, String)> {
    let lower = text.to_lowercase();
    for key in ["sida ", "page ", "side "] {
        if let Some(pos) = lower.find(key) {
            let rest = lower.get(pos + key.len()..)?;
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty() {
                return Some((digits.parse().ok()?, digits));
            }
        }
    }
    None
}

fn clean_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase()
}

/// How the last word of `a` (ending in a hyphen) and the first word of `b` go together, when
/// `b` continues `a`: the same block, or the next block starts higher up (the text went on
/// in the next column). None when `b` does not continue `a` or no word is split.
fn hyphen_candidate(a: &Line, b: &Line) -> Option<LineEndHyphen> {
    if a.block != b.block && b.y >= a.y {
        return None;
    }
    let last = a.text.split_whitespace().last()?;
    let first = b.text.split_whitespace().next()?;
    match line_end_hyphen(last, first) {
        LineEndHyphen::Separate => None,
        kind => Some(kind),
    }
}

/// Join a hyphenated line end of `a` with the first word of `b` when the rule allows;
/// returns whether it did. `b` may become empty.
fn join_pair(a: &mut Line, b: &mut Line, words: &HashSet<String>, hyphenating_doc: bool) -> bool {
    let Some(kind) = hyphen_candidate(a, b) else {
        // Two names across the break of a line of running text ("Mora-" + "Filipstad").
        return a.block == b.block && join_names(a, b);
    };
    let (_, last, first, _) = break_parts(&a.text, &b.text);
    let stem = without_last_char(last);
    if kind == LineEndHyphen::Suspended {
        // Before a conjunction the hyphen is suspended ("kompetens- och"), unless the joined
        // word stands elsewhere in the document ("gemen-" + "samt").
        let joined = format!("{stem}{first}");
        return words.contains(&clean_word(&joined))
            && replace_break(&mut a.text, &mut b.text, &joined);
    }
    if kind == LineEndHyphen::Join {
        let hyphenated = format!("{stem}-{first}");
        let in_document = |w: &str| words.contains(&clean_word(w));
        if in_document(&hyphenated) || closes_name_compound(&a.text, first, in_document) {
            // The compound is written with its hyphen elsewhere, or its first part is a
            // name of several words ("Bygga om-dialogen"): keep it.
            return replace_break(&mut a.text, &mut b.text, &hyphenated);
        }
        // Evidence: the joined word elsewhere, a document that hyphenates, or a compound
        // that closes a coordination ("plan- och bygg-" + "bestämmelser").
        let evidence = in_document(&format!("{stem}{first}"))
            || hyphenating_doc
            || closes_coordination(&a.text)
            || continued_elsewhere(stem, first, words);
        if !evidence {
            return false;
        }
    }
    join_lines_at_hyphen(&mut a.text, &mut b.text)
}

/// Whether another word of the document runs on from the stem as the split word does: it
/// starts with the stem and the next line's first letters, two or more and five letters in
/// all ("Utvär-" + "derarnas", "Ut-" + "värderarnas" beside "utvärderingen"). A compound
/// whose first part keeps its hyphen ("Bygga om-" + "dialogen") is not written that way
/// elsewhere.
fn continued_elsewhere(stem: &str, first: &str, words: &HashSet<String>) -> bool {
    let n = 5usize.saturating_sub(stem.chars().count()).max(2);
    let head: String = first.chars().take(n).collect();
    let prefix = clean_word(&format!("{stem}{head}"));
    prefix.chars().count() >= 5
        && head.chars().count() == n
        && head.chars().all(char::is_alphabetic)
        && words.iter().any(|w| w.starts_with(&prefix))
}

/// Words broken where a table cell ended, without a hyphen: a word wider than its cell,
/// which the producer broke at the cell's edge ("Äldreförvaltninge" over "n"). Returns the
/// pairs (a, b) of line indexes: `b` is the next line of `a`'s block below it at the same left
/// edge (within half an em; a table read line by line across its cells puts other cells'
/// lines between them), `a` is one word of two letters or more ending in a letter, `b` starts
/// with a lower-case letter, and `a` reaches the right edge of its column: within 0.6 em of
/// the widest line at its left edge that ends before the next column (the nearest text to
/// the right of `a` within three lines up or down; there must be one). A break at a space
/// leaves room for part of the next word at least; a break inside a word does not.
fn cell_breaks(lines: &[LaidLine]) -> Vec<(usize, usize)> {
    let right = |l: &Line| l.x + l.width;
    let mut out = Vec::new();
    for (i, a) in lines.iter().enumerate() {
        let a = &a.line;
        let em = a.size.max(1.0);
        let word = a.text.trim();
        if word.contains(char::is_whitespace)
            || word.chars().count() < 2
            || !word.chars().next_back().is_some_and(char::is_alphabetic)
        {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| {
            lines.get(j).is_some_and(|l| {
                l.line.block != a.block || ((l.line.x - a.x).abs() <= 0.5 * em && l.line.y > a.y)
            })
        }) else {
            continue;
        };
        let Some(b) = lines.get(j).map(|l| &l.line) else {
            continue;
        };
        if b.block != a.block
            || !b
                .text
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            continue;
        }
        let next_column = lines
            .iter()
            .map(|l| &l.line)
            .filter(|l| l.x > right(a) && (l.y - a.y).abs() <= 3.0 * em)
            .map(|l| l.x)
            .fold(f32::MAX, f32::min);
        let column_right = lines
            .iter()
            .map(|l| &l.line)
            .filter(|l| (l.x - a.x).abs() <= 0.5 * em && right(l) < next_column)
            .map(right)
            .fold(f32::MIN, f32::max);
        // Only in a table: a column of text beside it.
        if next_column < f32::MAX && right(a) >= column_right - 0.6 * em {
            out.push((i, j));
        }
    }
    out
}

/// The words of the document (lower case, without punctuation) with how often each stands
/// somewhere other than either side of a cell break ([`cell_breaks`]): the broken line's
/// word and the first word of the line below may be the parts of one word.
fn words_elsewhere<'a>(
    bodies: impl Iterator<Item = &'a Vec<LaidLine>>,
    breaks: &[Vec<(usize, usize)>],
) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (body, breaks) in bodies.zip(breaks) {
        for (i, l) in body.iter().enumerate() {
            let tail = breaks.iter().any(|&(_, b)| b == i);
            let head = breaks.iter().any(|&(a, _)| a == i);
            for (k, w) in l.line.text.split_whitespace().enumerate() {
                if (k == 0 && tail) || head {
                    continue;
                }
                *counts.entry(clean_word(w)).or_default() += 1;
            }
        }
    }
    counts
}

/// Join the word broken at a cell's edge ([`cell_breaks`]) with its tail on the line below,
/// unless the tail is as long as the head (it would have been broken again) or the
/// document's words say they are two words (vocabulary as the tie-breaker only):
/// the joined word stands nowhere else while the tail does, or the broken line's word
/// (or a word it starts with, of at least 60 % of it) does ("Kollektivtrafiken" over "ses
/// över" beside "kollektivtrafik").
fn join_cell_breaks(
    lines: &mut Vec<LaidLine>,
    breaks: &[(usize, usize)],
    elsewhere: &HashMap<String, usize>,
) {
    let seen = |w: &str| elsewhere.get(&clean_word(w)).copied().unwrap_or(0) > 0;
    let mut emptied = Vec::new();
    for &(i, j) in breaks {
        let (Some(a), Some(b)) = (lines.get(i), lines.get(j)) else {
            continue;
        };
        let word = a.line.text.trim().to_string();
        let (_, _, first, rest) = break_parts(&a.line.text, &b.line.text);
        let n = word.chars().count();
        // A tail as long as the head would have been broken again: two words. Both parts
        // are letters (a formula's "d∑imK" over "n=0" is no word).
        let letters = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
        let tail = first.trim_end_matches(|c: char| !c.is_alphanumeric());
        if first.chars().count() >= n || !letters(&word) || !letters(tail) {
            continue;
        }
        let joined = format!("{word}{first}");
        let word_stands = (n * 3 / 5..=n).filter(|&k| k >= 4).any(|k| {
            let prefix: String = word.chars().take(k).collect();
            seen(&prefix)
        });
        if !seen(&joined) && (seen(first) || word_stands) {
            continue;
        }
        let rest = rest.to_string();
        if let Some(a) = lines.get_mut(i) {
            a.line.text = joined;
        }
        if let Some(b) = lines.get_mut(j) {
            b.line.text = rest;
            if b.line.text.is_empty() {
                emptied.push(j);
            }
        }
    }
    emptied.sort_unstable();
    for j in emptied.into_iter().rev() {
        lines.remove(j);
    }
}

/// A word without its last character (the hyphen).
fn without_last_char(w: &str) -> &str {
    w.char_indices().next_back().map_or("", |(i, _)| &w[..i])
}

/// Join a word hyphenated across a page break: the last line of one page and the first
/// line of the next (same rule; the word moves to the first page).
fn join_across_pages(pages: &mut [Page], words: &HashSet<String>, hyphenating_doc: bool) {
    for i in 0..pages.len().saturating_sub(1) {
        let Some([p, q]) = pages.get_mut(i..i + 2) else {
            continue;
        };
        let (Some(a), Some(b)) = (p.lines.last_mut(), q.lines.first_mut()) else {
            continue;
        };
        // The first line of the next page continues the last one of this page as if it
        // were in the same block.
        let block = b.block;
        b.block = a.block;
        let joined = join_pair(a, b, words, hyphenating_doc);
        b.block = block;
        if !joined {
            continue;
        }
        if q.lines.first().is_some_and(|l| l.text.is_empty()) {
            q.lines.remove(0);
        }
        p.text = page_text(&p.lines);
        q.text = page_text(&q.lines);
    }
}

/// Renumber blocks 0.. in order of appearance and return the model lines.
fn renumber(body: Vec<LaidLine>) -> Vec<Line> {
    let mut map: HashMap<u32, u32> = HashMap::new();
    let mut out = Vec::with_capacity(body.len());
    for l in body {
        let next = map.len() as u32;
        let b = *map.entry(l.line.block).or_insert(next);
        let mut line = l.line;
        line.block = b;
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        assert_eq!(page_number("7").map(|p| p.0), Some(7));
        assert_eq!(page_number("- 12 -").map(|p| p.0), Some(12));
        assert_eq!(page_number("Sida 3 av 21").map(|p| p.0), Some(3));
        assert_eq!(page_number("3 (21)").map(|p| p.0), Some(3));
        assert_eq!(page_number("xiv").map(|p| p.0), Some(14));
        assert_eq!(page_number("2020-04-06"), None);
        assert_eq!(page_number("Malmö"), None);
        assert_eq!(page_number("1. Inledning"), None);
    }

    /// Five A4 pages whose top line is `head(page)` over a line of body text.
    fn pages_with_head(head: impl Fn(u32) -> Option<String>) -> Vec<PageLines> {
        let line = |text: &str, y: f32| LaidLine {
            line: Line {
                text: text.to_string(),
                x: 60.0,
                y,
                width: 300.0,
                size: 10.0,
                block: 0,
                ..Line::default()
            },
            base: y + 8.0,
            bottom: y + 10.0,
            artifact: false,
        };
        (1..=5)
            .map(|number| {
                let mut lines: Vec<LaidLine> =
                    head(number).map(|h| line(&h, 40.0)).into_iter().collect();
                lines.push(line(&format!("Brödtext på sidan nummer {number}."), 300.0));
                PageLines {
                    number,
                    height: 842.0,
                    lines,
                    has_text_layer: true,
                    ..PageLines::default()
                }
            })
            .collect()
    }

    #[test]
    fn header_with_date_and_page_counter_is_furniture() {
        let pages = finish(
            pages_with_head(|n| Some(format!("Kommunstyrelsen 2021-03-15 Sida {n} av 5"))),
            &[],
        );
        for p in &pages {
            assert!(!p.text.contains("Kommunstyrelsen"), "{}", p.text);
            assert_eq!(p.label.as_deref(), Some(p.number.to_string().as_str()));
            assert_eq!(
                p.running,
                vec![format!("Kommunstyrelsen 2021-03-15 Sida {} av 5", p.number)]
            );
        }
    }

    #[test]
    fn paragraph_heads_whose_numbers_vary_out_of_step_are_content() {
        // Every paragraph on a page of its own: "§ 58 Dnr KS 2021/123" on pages 2–4 repeats
        // once its digits are masked, but the diary numbers vary out of step with the page
        // (the § number alone moves in step; the whole line must behave like furniture).
        let heads = [
            (2, "§ 58 Dnr KS 2021/123"),
            (3, "§ 59 Dnr KS 2021/88"),
            (4, "§ 60 Dnr KS 2020/415"),
        ];
        let head = |n: u32| heads.iter().find(|h| h.0 == n).map(|h| h.1.to_string());
        let pages = finish(pages_with_head(head), &[]);
        for (n, h) in heads {
            let p = &pages[n as usize - 1];
            assert!(p.text.starts_with(h), "page {n}: {}", p.text);
            assert!(p.running.is_empty(), "{:?}", p.running);
        }
        // The same head with the diary number of the document repeated is furniture.
        let pages = finish(
            pages_with_head(|n| (n >= 2).then(|| "Dnr KS 2021/123".to_string())),
            &[],
        );
        assert!(pages.iter().all(|p| !p.text.contains("Dnr")));
    }

    #[test]
    fn paragraph_heads_in_step_with_the_page_are_content_and_a_page_counter_is_not() {
        // "§ 57" on page 2, "§ 58" on page 3, …: a paragraph a page, each head alone atop its
        // page; its number moves in step with the page like a counter, but it is a paragraph.
        let pages = finish(pages_with_head(|n| Some(format!("§ {}", n + 55))), &[]);
        for p in &pages {
            let head = format!("§ {}", p.number + 55);
            assert!(p.text.starts_with(&head), "page {}: {}", p.number, p.text);
            assert!(p.running.is_empty(), "{:?}", p.running);
        }
        // The same pages with a real page counter: furniture, the label of its page.
        for counter in ["Sida {}", "{}", "Sida {} av 5"] {
            let pages = finish(
                pages_with_head(|n| Some(counter.replace("{}", &n.to_string()))),
                &[],
            );
            for p in &pages {
                assert!(p.text.starts_with("Brödtext"), "{counter}: {}", p.text);
                assert_eq!(p.label.as_deref(), Some(p.number.to_string().as_str()));
            }
        }
        // An extract whose header names its one paragraph on every page: furniture.
        let pages = finish(
            pages_with_head(|_| Some("Kommunstyrelsen KS § 58".to_string())),
            &[],
        );
        assert!(pages.iter().all(|p| p.text.starts_with("Brödtext")));
        assert_eq!(
            numbers_marked("§58 och 3 §"),
            vec![("58".to_string(), true), ("3".to_string(), false)]
        );
    }

    #[test]
    fn a_page_number_split_in_two_by_layout_is_one_number() {
        // Printed numbers 297, 299, 301 on the odd pages, each set as two runs ("3 01"): the
        // last one's first digit stands on no other page, but 301 is in step with the page.
        let heads = [(1, "2 97"), (3, "2 99"), (5, "3 01")];
        let head = |n: u32| heads.iter().find(|h| h.0 == n).map(|h| h.1.to_string());
        let pages = finish(pages_with_head(head), &[]);
        for (n, h) in heads {
            let p = &pages[n as usize - 1];
            assert!(p.text.starts_with("Brödtext"), "page {n}: {}", p.text);
            assert_eq!(p.running, vec![h.to_string()]);
        }
        let numbers: Vec<String> = numbers_marked("Sida 3 01 av 2 021-03")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(numbers, vec!["301", "2021", "03"]);
    }
}
