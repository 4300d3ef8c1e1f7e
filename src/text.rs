//! Small text helpers shared by every stage: Unicode normalisation and whitespace.

use std::borrow::Cow;

use regex::Regex;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalise a string.
pub fn nfc(s: &str) -> String {
    nfc_cow(s).into_owned()
}

/// NFC-normalise a string, borrowing it when the quick check shows it is NFC already (the
/// usual case: extracted text is normalised when it is made).
pub fn nfc_cow(s: &str) -> Cow<'_, str> {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Collapse every run of whitespace into one space and trim the ends.
pub fn squash_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A pattern with Unicode word boundaries (`\b`) behind a quick gate.
///
/// The regex crate's fast engine gives up on `\b` at the first non-ASCII letter and falls
/// back to a much slower one, which on Swedish text scans every page at a crawl. `gate` is a
/// pattern without `\b` that matches wherever `full` does (a necessary condition); texts it
/// does not match are not searched with `full` at all.
#[derive(Debug)]
pub struct Gated {
    gate: Regex,
    full: Regex,
}

impl Gated {
    /// Both patterns are constants of the program.
    pub fn new(gate: &str, full: &str) -> Result<Gated, regex::Error> {
        Ok(Gated {
            gate: Regex::new(gate)?,
            full: Regex::new(full)?,
        })
    }

    /// The full pattern, when the gate says it may match `text`.
    pub fn get(&self, text: &str) -> Option<&Regex> {
        self.gate.is_match(text).then_some(&self.full)
    }

    /// Whether the full pattern matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.get(text).is_some_and(|re| re.is_match(text))
    }

    /// The full pattern's first match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.get(text).and_then(|re| re.find(text))
    }

    /// The full pattern's first match in `text`, with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.get(text).and_then(|re| re.captures(text))
    }

    /// The full pattern's matches in `text`, with their groups.
    pub fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Captures<'t>> + use<'r, 't> {
        self.get(text)
            .into_iter()
            .flat_map(move |re| re.captures_iter(text))
    }

    /// The full pattern's matches in `text`.
    pub fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Match<'t>> + use<'r, 't> {
        self.get(text)
            .into_iter()
            .flat_map(move |re| re.find_iter(text))
    }
}

/// A pattern whose word boundaries are ASCII ones, `(?-u:\b)` (which the regex crate's fast
/// engine handles), with every match checked against Unicode word characters where the
/// pattern has a boundary: a match next to a non-ASCII letter ("2014å") is dropped and the
/// search goes on from the match's next character, as it would with a Unicode `\b`.
#[derive(Debug)]
pub struct WordBounded {
    re: Regex,
    start: bool,
    end: bool,
}

impl WordBounded {
    /// `pattern` (a constant of the program) with `(?-u:\b)` at its start when `start`, and
    /// after its last word character when `end`.
    pub fn new(pattern: &str, start: bool, end: bool) -> Result<WordBounded, regex::Error> {
        Ok(WordBounded {
            re: Regex::new(pattern)?,
            start,
            end,
        })
    }

    fn bounded(&self, text: &str, m: &regex::Match<'_>) -> bool {
        let word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
        let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
        let first = m.as_str().chars().next();
        // The end boundary stands after the match's last word character (a pattern may go on
        // with punctuation, as "2014." does).
        let end_ok = || {
            let s = m.as_str();
            let Some((i, c)) = s
                .char_indices()
                .rev()
                .find(|(_, c)| regex_syntax::is_word_character(*c))
            else {
                return true;
            };
            let rest = text.get(m.start() + i + c.len_utf8()..).unwrap_or("");
            !word(rest.chars().next())
        };
        (!self.start || word(before) != word(first)) && (!self.end || end_ok())
    }

    /// The matches in `text`, left to right, not overlapping.
    pub fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Match<'t>> + use<'r, 't> {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at <= text.len() {
                let m = self.re.find_at(text, at)?;
                if self.bounded(text, &m) {
                    at = if m.end() > m.start() {
                        m.end()
                    } else {
                        m.end() + 1
                    };
                    return Some(m);
                }
                // Go on from the next character after the dropped match's start.
                at = m.start()
                    + text
                        .get(m.start()..)
                        .and_then(|t| t.chars().next())
                        .map_or(1, char::len_utf8);
            }
            None
        })
    }

    /// The first match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.find_iter(text).next()
    }

    /// Whether the pattern matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gate_only_skips_texts_the_full_pattern_cannot_match() {
        let g = Gated::new(r"\d\.\d", r"\b\d+\.\d+\b").unwrap();
        let found: Vec<&str> = g
            .find_iter("åtgärd 2.3 och 4.5x, ö6.7")
            .map(|m| m.as_str())
            .collect();
        assert_eq!(found, ["2.3"]);
        assert!(!g.is_match("inga koder här"));
        assert!(g.get("inga koder här").is_none());
        assert!(g.is_match("kod 1.2"));
    }

    #[test]
    fn ascii_boundaries_checked_like_unicode_ones() {
        // The reference: the same pattern with Unicode \b.
        let unicode = Regex::new(r"\b\d+(?:\.\d+){2,4}\b").unwrap();
        let fast = WordBounded::new(r"(?-u:\b)\d+(?:\.\d+){2,4}(?-u:\b)", true, true).unwrap();
        let texts = [
            "se 2.2.3.3 och 1.1.2, ej å1.2.3 eller 4.5.6ö; 7.8.9.",
            "(2.2.3.3, s. 114) x2.2.3 2.2.3_ 1.2.3.4.5.6.7 ",
            "ä1.2.3 1.2.3 3.4.5ü",
            "",
        ];
        for t in texts {
            let want: Vec<&str> = unicode.find_iter(t).map(|m| m.as_str()).collect();
            let got: Vec<&str> = fast.find_iter(t).map(|m| m.as_str()).collect();
            assert_eq!(got, want, "{t:?}");
        }
        assert_eq!(
            fast.find_iter("ej å1.2.3 men 1.2.3")
                .map(|m| m.start())
                .collect::<Vec<_>>(),
            [15]
        );
        let tail = WordBounded::new(r"hösten (?:19|20)\d\d(?-u:\b)", false, true).unwrap();
        assert!(tail.is_match("Kommunstyrelsen hösten 2014."));
        assert!(!tail.is_match("hösten 2014å"));
        assert_eq!(tail.find("xhösten 2015").map(|m| m.start()), Some(1));
    }

    #[test]
    fn nfc_composes_swedish_letters_and_borrows_normal_text() {
        assert_eq!(nfc("a\u{30a}tga\u{308}rd o\u{308}ka"), "åtgärd öka");
        assert!(matches!(nfc_cow("åtgärd öka"), Cow::Borrowed(_)));
        assert!(matches!(nfc_cow("a\u{30a}"), Cow::Owned(ref s) if s == "å"));
    }
}
