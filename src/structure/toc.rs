//! The table of contents as evidence for an action list.
//!
//! A report's table of contents is a run of at least three lines that each end with a page
//! number after the title, set off by dot leaders ("Åtgärder ........ 12") or by space alone
//! (a right-aligned number: "3.2 Åtgärder 12", also where layout read the numbers as a
//! column of their own after the titles), the page numbers never falling and never
//! beyond the document's last page (except under a heading "Innehåll" or with dot leaders:
//! a document of its first pages alone points past its end). An entry whose title names an action list
//! ("Åtgärder", "Handlingsplan", "Aktiviteter", "Insatser") marks that section: a numbered
//! list that starts inside it is a list of actions, even where the heading on the page is
//! weak (run in, or set like the running text).
//!
//! Printed page numbers are mapped to physical pages by the entries whose titles open a line
//! after the table of contents (the most common difference; none found: printed = physical).
//! The section runs from the line that opens with its title (else from the top of its page)
//! to the line that opens with the next entry's title (else to the end of the page before
//! the next entry's page, at least its own page).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{capitalized, norm_words, Stream};

/// Least number of lines of a table of contents.
const MIN_ENTRIES: usize = 3;
/// Longest title of an entry, in words.
const MAX_TITLE_WORDS: usize = 14;

/// "Title ....... 12", "3.2 Title 12", "Title…12": (title, separator, page).
static ENTRY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.*?[\p{L}\p{N})?!])([\s.·…_‥]+)(\d{1,4})$").expect("static regex")
});
/// A section number in front of a title ("3", "3.", "3.2", "A.1").
static SECTION_NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})*\.?$").expect("static regex"));

/// One entry of a table of contents.
#[derive(Debug, Clone)]
struct Entry {
    /// The title's words, normalised, without a section number.
    words: Vec<String>,
    /// The printed page.
    page: u32,
}

/// A table of contents found in a document.
#[derive(Debug, Clone)]
struct Toc {
    entries: Vec<Entry>,
    /// First word after the table of contents.
    end: usize,
}

/// The title words of a heading or entry: normalised, a section number in front dropped,
/// dot leaders dropped.
fn title_words(text: &str) -> Vec<String> {
    let text = text.trim_start();
    let (first, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let numbered = !rest.trim().is_empty() && SECTION_NUMBER_RE.is_match(first);
    norm_words(if numbered { rest } else { text })
}

/// Whether a line is the heading of a table of contents ("Innehåll", "Innehållsförteckning").
fn contents_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "innehåll" | "innehållsförteckning" | "contents" | "table of contents"
    )
}

/// A table-of-contents entry on the line `text`. Its page may lie beyond the document's
/// last page only where the line is clearly an entry (dot leaders, or `open`: under a
/// heading "Innehåll"): the document is then an excerpt, its first pages alone.
fn entry_of(text: &str, last_page: u32, open: bool) -> Option<Entry> {
    let c = ENTRY_RE.captures(text.trim())?;
    let title = c.get(1)?.as_str();
    let page: u32 = c.get(3)?.as_str().parse().ok()?;
    let leaders = c
        .get(2)
        .is_some_and(|m| m.as_str().chars().filter(|c| !c.is_whitespace()).count() >= 3);
    if page == 0 || (page > last_page && !(open || leaders)) {
        return None;
    }
    let first = title.split_whitespace().next()?;
    if !(capitalized(first) || SECTION_NUMBER_RE.is_match(first)) {
        return None;
    }
    let words = title_words(title);
    if words.is_empty()
        || words.len() > MAX_TITLE_WORDS
        || !words.iter().any(|w| w.chars().any(char::is_alphabetic))
    {
        return None;
    }
    Some(Entry { words, page })
}

/// The first table of contents of the document (see the module docs).
fn find_toc(s: &Stream, lines: &[(usize, usize)]) -> Option<Toc> {
    let last_page = s.words.last()?.page;
    let mut run: Vec<Entry> = Vec::new();
    let mut run_end = 0;
    // Under a heading "Innehåll" (until the run of entries breaks).
    let mut open = false;
    for &(a, b) in lines {
        let text = s.text(a, b);
        if contents_heading(&text) {
            open = true;
            continue;
        }
        let entry = entry_of(&text, last_page, open);
        open &= entry.is_some();
        // No entry, or a page before the last entry's: the run ends (a new one may open).
        let falls = entry
            .as_ref()
            .is_none_or(|e| run.last().is_some_and(|p| p.page > e.page));
        if falls {
            if run.len() >= MIN_ENTRIES {
                break;
            }
            run.clear();
        }
        if let Some(e) = entry {
            run.push(e);
            run_end = b;
        }
    }
    let leaders = (run.len() >= MIN_ENTRIES).then_some(Toc {
        entries: run,
        end: run_end,
    });
    // The one that ends first (the leaders' on a tie).
    let columns = find_toc_columns(s, lines, last_page);
    leaders.into_iter().chain(columns).min_by_key(|t| t.end)
}

/// A table of contents whose right-aligned page numbers layout read as a column of their
/// own: at least three title lines, then as many lines holding only a page number (under a
/// heading "Innehåll", one title more: the last number taken for the page's own).
fn find_toc_columns(s: &Stream, lines: &[(usize, usize)], last_page: u32) -> Option<Toc> {
    let page_only = |&(a, b): &(usize, usize)| -> Option<u32> {
        let t = s.text(a, b);
        let t = t.trim();
        super::actions::small_number(t, 4)
            .then(|| t.parse().ok())
            .flatten()
            .filter(|&p| p > 0)
    };
    let mut k = 0;
    while k < lines.len() {
        let pages: Vec<u32> = lines[k..].iter().map_while(page_only).collect();
        let n = pages.len();
        if n >= MIN_ENTRIES && k >= n && pages.windows(2).all(|w| w[0] <= w[1]) {
            // Under a heading "Innehåll" the pages may lie beyond the last (an excerpt).
            let heading_at = |h: usize| contents_heading(&s.text(lines[h].0, lines[h].1));
            let open = (k - n).checked_sub(1).is_some_and(heading_at);
            // One title more than pages under the heading: the last page number was taken
            // for the page's own; the titles pair with the pages from the top.
            let one_more = !open && (k - n).checked_sub(2).is_some_and(heading_at);
            let titles = if one_more {
                &lines[k - n - 1..k - 1]
            } else {
                &lines[k - n..k]
            };
            let open = open || one_more;
            let entries: Option<Vec<Entry>> = titles
                .iter()
                .zip(&pages)
                .map(|(&(a, b), &p)| entry_of(&format!("{} {p}", s.text(a, b)), last_page, open))
                .collect();
            if let Some(entries) = entries {
                return Some(Toc {
                    entries,
                    end: lines[k + n - 1].1,
                });
            }
        }
        k += n.max(1);
    }
    None
}

/// The first word after the document's table of contents, if it has one.
pub(crate) fn toc_end(s: &Stream) -> Option<usize> {
    find_toc(s, &s.line_ranges(0)).map(|t| t.end)
}

/// Whether the numbered list starting at word `at` stands in a section that the document's
/// table of contents names as actions.
pub(crate) fn lists_actions_at(s: &Stream, at: usize) -> bool {
    let lines = s.line_ranges(0);
    let toc = find_toc(s, &lines).filter(|t| at >= t.end);
    let (Some(toc), Some(list_page)) = (toc, s.get(at).map(|w| w.page)) else {
        return false;
    };
    let body: Vec<(usize, usize)> = lines.iter().copied().filter(|l| l.0 >= toc.end).collect();
    // Where each entry's title opens a line (the first such line at or after the entry's
    // printed page), and the offset printed → physical.
    let mut offsets: BTreeMap<i64, usize> = BTreeMap::new();
    let mut found: Vec<Option<usize>> = Vec::new();
    for e in &toc.entries {
        // The first line at or after its page that opens with its title.
        let hit = body.iter().find(|&&(a, b)| {
            s.get(a).is_some_and(|w| w.page >= e.page)
                && title_words(&s.text(a, b)).starts_with(&e.words)
        });
        if let Some(&(a, _)) = hit {
            let page = s.get(a).map(|w| w.page).unwrap_or(0);
            *offsets
                .entry(i64::from(page) - i64::from(e.page))
                .or_default() += 1;
        }
        found.push(hit.map(|h| h.0));
    }
    let offset = offsets
        .iter()
        .max_by_key(|(o, n)| (**n, -o.abs()))
        .map_or(0, |(o, _)| *o);
    let physical = |p: u32| u32::try_from(i64::from(p) + offset).unwrap_or(0);
    for (k, e) in toc.entries.iter().enumerate() {
        if !e.words.iter().any(|w| super::actions::names_actions(w)) {
            continue;
        }
        let start = found[k]
            .filter(|&i| s.get(i).is_some_and(|w| w.page == physical(e.page)))
            .unwrap_or_else(|| s.page_start(physical(e.page)));
        let end = match toc.entries.get(k + 1) {
            None => s.words.len(),
            Some(next) => found[k + 1]
                .filter(|&i| i > start)
                .unwrap_or_else(|| s.page_start(physical(next.page).max(physical(e.page) + 1))),
        };
        if (start..end).contains(&at) && list_page >= physical(e.page) {
            return true;
        }
    }
    false
}
