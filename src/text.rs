//! Small text helpers shared by every stage: Unicode normalisation, whitespace, and the one
//! Swedish-aware rule for hyphens at line ends ([`line_end_hyphen`], [`join_line_hyphens`],
//! and with the document's words [`closes_name_compound`]) used by the PDF reader, OCR and
//! the structure stage.

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
    if below_combining_marks(s) || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Whether every character of `s` is below U+0300 (where the combining marks start): such
/// a text is NFC whatever its characters (none of them decomposes or combines), which most
/// Swedish text is (å, ä, ö are U+00E5, U+00E4, U+00F6). A byte scan: the UTF-8 of U+0300
/// and above starts with a byte of 0xCC or more.
fn below_combining_marks(s: &str) -> bool {
    s.as_bytes()
        .chunks(32)
        .all(|c| c.iter().fold(0u8, |m, &b| m.max(b)) < 0xCC)
}

/// Soft hyphens (U+00AD) inside a word are no text: producers that write a word's possible
/// breaks (Chromium from HTML with `&shy;`, Word) leave them in the text layer. One that ends
/// the text (or a word before a space) is the line's hyphen, which always joins
/// ([`line_end_hyphen`]), also where the producer drew a visible hyphen after it
/// ("kva\u{ad}\u{2010}": the visible one goes).
pub fn soft_hyphens(s: &str) -> Cow<'_, str> {
    if !s.contains('\u{ad}') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut cs = s.chars().peekable();
    while let Some(c) = cs.next() {
        if c != '\u{ad}' {
            out.push(c);
            continue;
        }
        while cs.next_if(|&n| matches!(n, '-' | '\u{2010}')).is_some() {}
        if cs.peek().is_none_or(|n| n.is_whitespace()) {
            out.push(c);
        }
    }
    Cow::Owned(out)
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

    /// The full pattern's matches in `text`, with their groups (none where the gate does not
    /// match).
    pub fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Captures<'t>> + use<'r, 't> {
        let full = self.gate.is_match(text).then_some(&self.full);
        full.into_iter().flat_map(move |re| re.captures_iter(text))
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

/// Words that follow a suspended hyphen in a coordination of compounds ("kompetens- och
/// personalförsörjning", "för- eller nackdel", "1- till 2-rumslägenheter"). Swedish only:
/// English "and"/"or" are also common Swedish word endings ("efterh-and").
pub const HYPHEN_CONJUNCTIONS: &[&str] = &["och", "eller", "samt", "resp", "respektive", "till"];

/// What a hyphen at the end of a line means for the word that goes on at the start of the
/// next line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEndHyphen {
    /// A word split over the line break: drop the hyphen and join ("beräk-" + "ningar").
    Join,
    /// A compound whose hyphen belongs to it: join and keep the hyphen ("IT-" +
    /// "användningen", "2020-" + "2050", "e-" + "post").
    Keep,
    /// A suspended hyphen before a conjunction ("kompetens-" + "och"): two words (unless the
    /// document shows the joined word elsewhere: "gemen-" + "samt").
    Suspended,
    /// Two words: a line that does not end in a hyphenated word, or a next line that does
    /// not go on with one.
    Separate,
}

/// The last word of a line ending in a hyphen without it, and the hyphen character.
fn hyphen_stem(last: &str) -> Option<(&str, char)> {
    let h = last.chars().next_back()?;
    if !matches!(h, '-' | '\u{ad}' | '\u{2010}') {
        return None;
    }
    let stem = last.get(..last.len() - h.len_utf8())?;
    // Opening punctuation before the word does not count ("(IT-").
    let stem = stem.trim_start_matches(|c: char| !c.is_alphanumeric());
    (!stem.is_empty()).then_some((stem, h))
}

/// The Swedish rule for a hyphen at a line end: `last` is the line's last word (with its
/// hyphen), `next` the first word of the next line in reading order.
///
/// * A soft hyphen (U+00AD) always joins.
/// * Before och/eller/samt/resp/respektive/till (alone or first of a pair: "och/eller") the
///   hyphen is suspended and stays.
/// * After a digit, a capital letter (an acronym: IT-, ISO-, EU-) or a one-letter stem, and
///   before a digit ("metyl-" + "2-cyanoakrylat"), the hyphen belongs to the compound: the
///   words join with it.
/// * Otherwise a word split before a lower-case letter joins without the hyphen.
pub fn line_end_hyphen(last: &str, next: &str) -> LineEndHyphen {
    let Some((stem, hyphen)) = hyphen_stem(last) else {
        return LineEndHyphen::Separate;
    };
    let Some(first) = next.chars().next() else {
        return LineEndHyphen::Separate;
    };
    let Some(before) = stem.chars().next_back() else {
        return LineEndHyphen::Separate;
    };
    // The conjunction may be the first of a pair ("om-" + "och/eller tillbyggnad").
    let word: String = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if HYPHEN_CONJUNCTIONS.contains(&word.as_str()) {
        return LineEndHyphen::Suspended;
    }
    // A digit on either side: the hyphen is part of a code, a range or a name ("2020-" +
    // "2050", "metyl-" + "2-cyanoakrylat", "covid-" + "19").
    if (before.is_ascii_digit() && first.is_alphanumeric())
        || (before.is_alphabetic() && first.is_ascii_digit())
    {
        return LineEndHyphen::Keep;
    }
    if !before.is_alphabetic() || !first.is_lowercase() {
        return LineEndHyphen::Separate;
    }
    if hyphen == '\u{ad}' {
        return LineEndHyphen::Join;
    }
    if before.is_uppercase() || stem.chars().count() == 1 {
        return LineEndHyphen::Keep;
    }
    LineEndHyphen::Join
}

/// Whether a line-end hyphen closes a name of several words that is the first part of a
/// compound, so that the hyphen belongs to the compound: "… satsningen på Bygga om-" +
/// "dialogen" is "Bygga om-dialogen" (Swedish writes a compound whose first part is a phrase
/// with a hyphen: "Bygga om-dialogen", "New York-resan").
///
/// `line` is the whole line ending in the hyphen, `next` the first word of the next line, and
/// `in_document` tells whether a word (lower case, without punctuation) stands on its own
/// elsewhere in the document. All of these must hold:
///
/// * the rule of [`line_end_hyphen`] alone would join the parts ([`LineEndHyphen::Join`]);
/// * the stem ("om") is lower case and a word of its own in the document, so it can end a
///   phrase; a word fragment ("förvaltnings-", "vägled-") cannot;
/// * the word before it is capitalised in mid-sentence ("på Bygga"): it opens a name. The
///   word before that ends in a letter or digit (not "." or ":", where any word is
///   capitalised), and the capitalised word carries no punctuation of its own;
/// * the joined form ("omdialogen") is nowhere in the document; where it is ("Malmös
///   förutsättning-" + "ar"), the break is an ordinary one.
pub fn closes_name_compound(line: &str, next: &str, in_document: impl Fn(&str) -> bool) -> bool {
    let mut words = line.split_whitespace().rev();
    let (Some(last), Some(name), Some(before)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    if !last.ends_with('-') || line_end_hyphen(last, next) != LineEndHyphen::Join {
        return false;
    }
    let Some((stem, _)) = hyphen_stem(last) else {
        return false;
    };
    let stem_is_word = stem.chars().all(char::is_lowercase) && in_document(stem);
    let opens_name = name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        && before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    stem_is_word && opens_name && !in_document(&format!("{stem}{next}").to_lowercase())
}

/// Whether a line of running text ends in a capitalised name with a hyphen and the next line
/// goes on with another ("… på sträckan Mora-" + "Filipstad", "Stockholm-" + "Göteborg"):
/// one compound of names, joined keeping the hyphen.
///
/// A line break before a capital is otherwise no word break at all (a heading, a new
/// sentence, the next cell of a table: "Bly-" over "Kadmium"), so the line must be running
/// text: at least three words, so the hyphenated name was set at the end of a line of
/// prose rather than standing alone as a cell's or a list's entry. Both parts are names:
/// a capital then lower-case letters (an acronym is [`line_end_hyphen`]'s), and the next
/// word is no conjunction.
pub fn joins_capitalised_names(line: &str, next: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let (Some(last), Some(_), Some(_)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let Some((stem, hyphen)) = hyphen_stem(last) else {
        return false;
    };
    let name = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && cs.all(|c| c.is_lowercase())
    };
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    hyphen != '\u{ad}'
        && name(stem)
        && name(next)
        && !HYPHEN_CONJUNCTIONS.contains(&next.to_lowercase().as_str())
}

/// Whether the line's last word, ending in a hyphen, is the last member of a coordination of
/// compounds: "plan- och bygg-" + "bestämmelser", "garanti- eller försäkrings-" + "åtagande".
/// The members before the conjunction carry the suspended hyphens and the last member is the
/// whole compound, so its hyphen at the line end is a break inside a word: evidence for
/// joining where the document gives no other ([`line_end_hyphen`] must still say
/// [`LineEndHyphen::Join`]).
pub fn closes_coordination(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let (Some(last), Some(conj), Some(member)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let suspended = |w: &str| {
        hyphen_stem(w.trim_end_matches(','))
            .is_some_and(|(stem, h)| h != '\u{ad}' && stem.chars().all(char::is_alphanumeric))
    };
    HYPHEN_CONJUNCTIONS.contains(&conj) && suspended(member) && hyphen_stem(last).is_some()
}

/// The word of `last` and `next` joined by the rule (None when they stay two words).
pub fn join_hyphenated(last: &str, next: &str) -> Option<String> {
    match line_end_hyphen(last, next) {
        LineEndHyphen::Separate | LineEndHyphen::Suspended => None,
        LineEndHyphen::Keep => {
            let mut s = last.trim_end_matches(['\u{ad}', '\u{2010}']).to_string();
            if !s.ends_with('-') {
                s.push('-');
            }
            s.push_str(next);
            Some(s)
        }
        LineEndHyphen::Join => {
            let mut s = last.to_string();
            s.pop();
            s.push_str(next);
            Some(s)
        }
    }
}

/// Lines joined with '\n', blocks separated by a blank line: the text of a page.
pub fn page_text(lines: &[crate::model::Line]) -> String {
    let mut s = String::new();
    let mut prev: Option<u32> = None;
    for l in lines {
        if let Some(p) = prev {
            s.push_str(if p == l.block { "\n" } else { "\n\n" });
        }
        s.push_str(&l.text);
        prev = Some(l.block);
    }
    s
}

/// A line that ends in a letter and a hyphen, followed closely below (less than two line
/// heights, or the page's line pitch), in the same column, by a block that starts with a lower-case letter, is one
/// paragraph with it, so that the hyphenation rule sees the pair: Tesseract, and a text
/// layer whose ragged-right lines end short of the measure, end a paragraph after a short
/// line also when it ends in a hyphen and the next goes on with the word ("att IT-" /
/// "användningen hade", "investeri-" / "ngspolitik").
pub fn mend_hyphen_breaks<L: std::borrow::BorrowMut<crate::model::Line>>(lines: &mut [L]) {
    // The page's line pitch: its smallest step from a line to the next (half an em or more),
    // so that "closely" holds also for text set with a wide leading.
    let pitch = lines
        .windows(2)
        .map(|w| (w[0].borrow(), w[1].borrow()))
        .map(|(a, b)| b.y - a.y)
        .filter(|&d| d >= 0.5)
        .fold(f32::MAX, f32::min);
    for i in 1..lines.len() {
        let Some([a, b]) = lines.get(i - 1..=i) else {
            continue;
        };
        let (a, b) = (a.borrow(), b.borrow());
        let mut end = a.text.chars().rev();
        let hyphen_after_letter = matches!(end.next(), Some('-' | '\u{ad}'))
            && end.next().is_some_and(char::is_alphabetic);
        let continues = b.text.chars().next().is_some_and(char::is_lowercase);
        let size = a.size.max(1.0);
        let step = b.y - a.y;
        let close = step > 0.0
            && (step < 2.0 * 1.2 * size || step <= 1.1 * pitch)
            && (b.x - a.x).abs() < 2.0 * size;
        if a.block == b.block || !(hyphen_after_letter && continues && close) {
            continue;
        }
        let (from, to) = (b.block, a.block);
        for l in lines.iter_mut().skip(i).map(|l| l.borrow_mut()) {
            if l.block != from {
                break;
            }
            l.block = to;
        }
    }
}

/// Join the words hyphenated over the line breaks of consecutive lines of one block by
/// [`line_end_hyphen`]: the joined word moves up to the end of the first line, and a line
/// left empty is removed. For texts without document-wide evidence (OCR).
pub fn join_line_hyphens(lines: &mut Vec<crate::model::Line>) {
    join_pairs(
        lines,
        |a, b| {
            a.block == b.block
                && (join_lines_at_hyphen(&mut a.text, &mut b.text) || join_names(a, b))
        },
        |l| l.text.is_empty(),
    );
}

/// Join each line with the next by `join` (which may leave the second empty), and remove
/// each line left `empty`.
pub fn join_pairs<T>(
    lines: &mut Vec<T>,
    mut join: impl FnMut(&mut T, &mut T) -> bool,
    empty: impl Fn(&T) -> bool,
) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let joined = match lines.get_mut(i..i + 2) {
            Some([a, b]) => join(a, b),
            _ => false,
        };
        if joined && lines.get(i + 1).is_some_and(&empty) {
            lines.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// The parts at a line break: line `a` up to its last word (with the space before it), that
/// word, the first word of line `b` and the rest of `b`.
pub fn break_parts<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str, &'s str, &'s str) {
    let t = a.trim_end();
    let (head, last) = match t.rfind(char::is_whitespace) {
        Some(p) => (&t[..p + 1], &t[p + 1..]),
        None => ("", t),
    };
    let next = b.trim_start();
    let (first, rest) = match next.find(char::is_whitespace) {
        Some(p) => (&next[..p], next[p..].trim_start()),
        None => (next, ""),
    };
    (head, last, first, rest)
}

/// Join a hyphenated name at the end of line `a` with the name starting line `b`, keeping
/// the hyphen, when [`joins_capitalised_names`] says they are one compound; returns whether
/// it did (`b` loses its first word and may become empty).
pub fn join_names(a: &mut crate::model::Line, b: &mut crate::model::Line) -> bool {
    let (_, last, first, _) = break_parts(&a.text, &b.text);
    if !joins_capitalised_names(&a.text, first) {
        return false;
    }
    let word = format!("{}-{first}", last.trim_end_matches(['-', '\u{2010}']));
    replace_break(&mut a.text, &mut b.text, &word)
}

/// Join the last word of line `a` and the first of line `b` when the rule says so; returns
/// whether it did (`b` loses its first word and may become empty).
pub fn join_lines_at_hyphen(a: &mut String, b: &mut String) -> bool {
    let (_, last, first, _) = break_parts(a, b);
    join_hyphenated(last, first).is_some_and(|word| replace_break(a, b, &word))
}

/// Replace the last word of line `a` by `word` and drop the first word of line `b` (which
/// may become empty); returns true.
pub fn replace_break(a: &mut String, b: &mut String, word: &str) -> bool {
    let (head, _, _, rest) = break_parts(a, b);
    let (new_a, new_b) = (format!("{head}{word}"), rest.to_string());
    *a = new_a;
    *b = new_b;
    true
}
