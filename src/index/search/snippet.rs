//! Snippets: the window of a text with the most distinct query terms, matched words marked
//! `**like this**`.

use std::collections::HashSet;

use super::compile::Highlight;
use super::SNIPPET_CHARS;
use crate::index::analyzer::{may_have, words_where, WordView};

/// Which term of the query a word matches, if any.
pub(super) fn matched_key(w: &WordView<'_>, hl: &Highlight) -> Option<String> {
    let all = || {
        std::iter::once(w.term)
            .chain(w.variants.iter().map(String::as_str))
            .chain(w.parts.iter().map(String::as_str))
    };
    if let Some(t) = all().find(|t| hl.terms.contains(*t)) {
        return Some(t.to_string());
    }
    hl.groups
        .iter()
        .find(|g| g.iter().all(|p| all().any(|t| t == p)))
        .map(|g| g.join("+"))
}

/// A snippet and how well its window matches.
pub(super) struct Snippet {
    pub(super) text: String,
    /// Distinct query terms in the window.
    pub(super) distinct: usize,
}

/// The best window of `text` with the matched words marked `**like this**`.
pub(super) fn snippet(text: &str, hl: &Highlight) -> Snippet {
    // Byte ranges of the words, and the matched ones with the query term they match.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut matches: Vec<(usize, usize, String)> = Vec::new();
    // Only the words that may have a query term are analysed (most of a page's are not).
    let firsts = hl.groups.iter().filter_map(|g| g.first());
    let heads: Vec<&str> = hl.terms.iter().chain(firsts).map(String::as_str).collect();
    let wanted = |lower: &str| heads.iter().any(|t| may_have(lower, t));
    words_where(text, wanted, |from, to, w| {
        words.push((from, to));
        if let Some(k) = w.and_then(|w| matched_key(w, hl)) {
            matches.push((from, to, k));
        }
    });
    // Pick the window (starting at a match) with the most distinct matched terms.
    let mut best: Option<(usize, usize, usize)> = None; // (distinct, count, start index)
    for (i, (from, _, _)) in matches.iter().enumerate() {
        let mut keys = HashSet::new();
        let mut count = 0;
        for (_, t2, k) in matches.iter().skip(i) {
            if text.get(*from..*t2).map_or(0, |s| s.chars().count()) > SNIPPET_CHARS {
                break;
            }
            keys.insert(k.as_str());
            count += 1;
        }
        let cand = (keys.len(), count, i);
        if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
            best = Some(cand);
        }
    }
    let (mut start, focus_end) = match best.and_then(|b| matches.get(b.2)) {
        Some((from, to, _)) => (*from, *to),
        None => (0, 0),
    };
    // Some context before the first match: back up to a word start ~40 chars earlier.
    if start > 0 {
        let target = back_chars(text, start, 40);
        start = words
            .iter()
            .map(|w| w.0)
            .filter(|&f| f >= target && f <= start)
            .min()
            .unwrap_or(start);
        if start > 0 {
            // Start at a sentence start when there is one close by.
            if let Some(p) = text.get(target..start).and_then(|s| s.rfind(". ")) {
                start = target + p + 2;
            }
        }
    }
    let end_target = forward_chars(text, start, SNIPPET_CHARS).max(focus_end);
    let end = if end_target >= text.len() {
        text.len()
    } else {
        words
            .iter()
            .map(|w| w.1)
            .filter(|&t| t <= end_target)
            .max()
            .unwrap_or(end_target)
            .max(focus_end)
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = start;
    for (from, to, _) in matches.iter().filter(|(f, t, _)| *f >= start && *t <= end) {
        if *from < cursor {
            continue;
        }
        out.push_str(text.get(cursor..*from).unwrap_or(""));
        out.push_str("**");
        out.push_str(text.get(*from..*to).unwrap_or(""));
        out.push_str("**");
        cursor = *to;
    }
    out.push_str(text.get(cursor..end).unwrap_or(""));
    if words.iter().any(|w| w.0 >= end) {
        out.push('…');
    }
    Snippet {
        text: out.split_whitespace().collect::<Vec<_>>().join(" "),
        distinct: best.map_or(0, |b| b.0),
    }
}

/// Byte index `n` characters before `at` (or 0).
pub(super) fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let back = text
        .get(..at)
        .and_then(|s| s.char_indices().rev().nth(n.saturating_sub(1)));
    back.map_or(0, |(i, _)| i)
}

/// Byte index `n` characters after `at` (or the end).
pub(super) fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.char_indices().nth(n).map(|(i, _)| at + i))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::analyzer::analyze;
    use crate::index::search::compile::Highlight;

    #[test]
    fn snippet_marks_stems_and_compounds() {
        let mut hl = Highlight::default();
        let w = &analyze("forskningscirkel")[0];
        hl.terms.insert(w.term.clone());
        hl.groups.push(w.parts.clone());
        let s = snippet(
            "Även forskningscirklar är ett värdefullt verktyg. En forskningscirkelmetodik krävs.",
            &hl,
        )
        .text;
        assert!(s.contains("**forskningscirklar**"), "{s}");
        assert!(s.contains("**forskningscirkelmetodik**"), "{s}");
        // A word that has only one of the parts is not marked.
        let s = snippet("Forskning om cirklar och forskningscirklar.", &hl).text;
        assert_eq!(s, "Forskning om cirklar och **forskningscirklar**.");
    }
}
