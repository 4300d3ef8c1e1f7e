//! The Swedish analyzer: NFC, lowercase (å/ä/ö kept), stop words, stemming and compound parts.
//!
//! One tokenizer ([`SwedishTokenizer`]) does the whole analysis, for indexing and for queries,
//! so that both sides always agree:
//!
//! 1. split the text into words, numbers and identifiers: recommendation codes ("2.2.3.3") and
//!    diary numbers ("STK-2019-1535") stay one token;
//! 2. NFC and lowercase each word (å, ä and ö are letters and are never folded);
//! 3. drop Swedish stop words (their position is kept, so phrases still line up);
//! 4. stem with Swedish Snowball and then [`normalize_stem`], which closes gaps of Snowball
//!    that are common in this material (forskningscirkel/forskningscirklar,
//!    skaderegister/skaderegistret, hälsa/hälsan, arbete/arbetet); nouns in -else and -het
//!    keep their suffix ([`DERIVED_NOUNS`]: "styrelsen" is not "styra", "myndigheten" not
//!    "myndig"), which Snowball removes as if it were an inflection;
//! 5. split compounds with the shipped vocabulary (`compound_vocabulary.txt`): the whole word
//!    is kept and every part is added at the same position, so "screening" finds
//!    "screeningprogram". The parts go only to the index's `compound` field (the
//!    [`COMPOUND_ANALYZER_NAME`] analyzer), the other fields hold whole words
//!    ([`ANALYZER_NAME`]): as with Elasticsearch's decompounder on a sub-field, search weighs
//!    a word found as a part less than the word itself.
//!
//! The word offsets of every token point into the original text, so the highlighter can mark
//! the surface word that matched.

use std::cell::RefCell;
#[cfg(test)]
use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::ident::OFFICE_LETTERS;

/// The name the analyzer of whole words is registered under in the index: each word's term
/// and its variants, no compound parts.
pub const ANALYZER_NAME: &str = "sv_kommission";
/// The name of the analyzer that also gives every compound part (at the word's position),
/// for the `compound` field.
pub const COMPOUND_ANALYZER_NAME: &str = "sv_kommission_parts";

/// The shipped compound vocabulary: one Swedish lemma per line, `#` starts a comment.
#[cfg(test)]
const VOCABULARY: &str = include_str!("compound_vocabulary.txt");

/// Swedish stop words (the Snowball list).
const STOP_WORDS: &str = include_str!("stop_words_sv.txt");

/// Shortest compound part, in characters.
const MIN_PART_CHARS: usize = 3;
/// Shortest word that is tried as a compound, in characters.
const MIN_COMPOUND_CHARS: usize = 7;
/// Longest word that is tried as a compound (bounds the search on garbage input).
const MAX_COMPOUND_CHARS: usize = 48;
/// Longer tokens (hashes, base64, run-together garbage) are not indexed.
const MAX_TOKEN_BYTES: usize = 120;

/// What kind of token a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// An ordinary word: stemmed, maybe split.
    Word,
    /// A number or a dotted recommendation code ("2.2.3.3").
    Number,
    /// A diary number ("STK-2019-1535").
    Diary,
    /// A stop word: indexed as `_word` (see [`stop_term`]) so that a quoted phrase can
    /// still require it ("för att"); plain queries ignore it.
    Stop,
}

/// The index term of a stop word: the word behind an underscore, which no other token
/// starts with, so it never meets an ordinary word's term.
pub fn stop_term(lower: &str) -> String {
    format!("_{lower}")
}

/// One analysed word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedWord {
    /// Byte range of the word in the original text.
    pub from: usize,
    pub to: usize,
    /// Word position (stop words take a position but produce no terms).
    pub position: usize,
    pub kind: TokenKind,
    /// The lowercased NFC surface form.
    pub lower: String,
    /// The index term of the whole word (normalised stem, or the identifier itself).
    pub term: String,
    /// Other terms of the whole word (see [`word_terms`]).
    pub variants: Vec<String>,
    /// Terms of the compound parts (empty when the word is not a compound).
    pub parts: Vec<String>,
}

/// The vocabulary as the analyzer uses it, made from [`VOCABULARY`] by the test
/// `the_compound_table_is_the_vocabulary_stemmed` (which rewrites it when run with
/// `WRITE_COMPOUND_TERMS=1`): a line per lemma, its term and then the forms it takes as a
/// compound's first part. Stemming the lemmas at run time was a tenth of a word query's
/// instructions.
const COMPOUND_TERMS: &str = include_str!("compound_terms.txt");

struct Resources {
    stop: FxHashSet<&'static str>,
    stemmer: Stemmer,
    /// Surface forms allowed as a non-final compound part → term of the part.
    left_forms: FxHashMap<&'static str, &'static str>,
    /// Normalised stems of the vocabulary (final compound parts).
    stems: FxHashSet<&'static str>,
}

fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| {
        let stop = STOP_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // Fx hashes: these are looked up for every prefix of every word split.
        let (mut left_forms, mut stems) = (FxHashMap::default(), FxHashSet::default());
        for mut line in COMPOUND_TERMS.lines().map(str::split_whitespace) {
            let term = line.next().unwrap_or("");
            stems.insert(term);
            for form in line {
                left_forms.entry(form).or_insert(term);
            }
        }
        Resources {
            stop,
            stemmer: Stemmer::create(Algorithm::Swedish),
            left_forms,
            stems,
        }
    })
}

/// Forms a lemma takes as the first part of a compound: "forskning" → "forsknings",
/// "hälsa" → "hälso", "skada" → "skade", "arbete" → "arbets", "skola" → "skol".
#[cfg(test)]
fn combining_forms(lemma: &str) -> Vec<String> {
    let mut forms = vec![lemma.to_string(), format!("{lemma}s")];
    if let Some(base) = lemma.strip_suffix('a') {
        for linker in ["", "e", "o", "u", "s"] {
            forms.push(format!("{base}{linker}"));
        }
    } else if let Some(base) = lemma.strip_suffix('e') {
        forms.push(base.to_string());
        forms.push(format!("{base}s"));
    }
    forms
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'å' | 'ä' | 'ö')
}

/// Char index where Snowball's R1 region starts (at least 3).
fn r1_start(chars: &[char]) -> usize {
    chars
        .iter()
        .zip(chars.iter().skip(1))
        .position(|(a, b)| is_vowel(*a) && !is_vowel(*b))
        .map(|p| (p + 2).max(3))
        .unwrap_or(chars.len().max(3))
}

/// A small normalisation of Snowball's Swedish stems, applied to index and query terms:
///
/// * consonant + `el` loses the `e` (cirkel → cirkl, matching cirklar → cirkl; regel/regler);
/// * a consonant cluster + `r` loses the `r` (registr from registren → regist, as register);
/// * a final `mm` is single (programm from programmen → program).
pub fn normalize_stem(stem: &str) -> String {
    let mut out: Vec<char> = stem.chars().collect();
    let m = out.len();
    if m < 4 {
        return stem.to_string();
    }
    let at = |v: &[char], i: usize| v.get(i).copied().unwrap_or(' ');
    let cons = |c: char| c.is_alphabetic() && !is_vowel(c);
    if at(&out, m - 2) == 'e'
        && at(&out, m - 1) == 'l'
        && cons(at(&out, m - 3))
        && at(&out, m - 3) != 'l'
    {
        out.remove(m - 2);
    } else {
        let cluster_r = m >= 5
            && at(&out, m - 1) == 'r'
            && matches!(
                at(&out, m - 2),
                't' | 'd' | 'k' | 'p' | 'b' | 'g' | 'f' | 'v'
            )
            && cons(at(&out, m - 3));
        let double_m = at(&out, m - 1) == 'm' && at(&out, m - 2) == 'm';
        if cluster_r || double_m {
            out.truncate(m - 1);
        }
    }
    out.into_iter().collect()
}

/// Nouns derived with a suffix that Snowball removes as if it were an inflection: the
/// suffix as kept in the stem, and the endings of the noun's bare and genitive singular
/// (its other forms end in [`NOUN_ENDINGS`]), longest first.
///
/// * -else (styrelse, bestämmelse, händelse, rörelse): Snowball's step 3 removes "els"
///   after the inflection, so "styrelsen", "styrande" and "styra" all stem to "styr",
///   "bestämmelser" and "bestämma" to "bestämm", "händelsen" and "hända" to "händ";
/// * -het (myndighet, verksamhet, hållbarhet, skyldighet): step 1 removes "het" as an
///   ending, so "myndigheten" falls together with "myndig" (of age), "verksamheten" with
///   "verksam", "hållbarhet" with "hållbara".
const DERIVED_NOUNS: &[(&str, &[&str])] = &[("els", &["es", "e"]), ("het", &["s", ""])];

/// The endings of a derived noun's plural and definite forms after its suffix, longest first.
const NOUN_ENDINGS: &[&str] = &["ernas", "erna", "ens", "ers", "er", "en"];

/// The stem of a noun of [`DERIVED_NOUNS`], which keeps its derivational suffix: every form
/// of the noun stems to the word up to the suffix ("styrels", "myndighet"), a term no form of
/// the verb or adjective it comes from has. The part before the ending needs two letters and
/// a vowel ("Nelsen" is a name, "het" is hot).
fn derived_noun_stem(lower: &str) -> Option<String> {
    DERIVED_NOUNS.iter().find_map(|(kept, own)| {
        NOUN_ENDINGS.iter().chain(own.iter()).find_map(|ending| {
            let base = lower.strip_suffix(ending)?.strip_suffix(kept)?;
            (base.chars().count() >= 2 && base.chars().any(is_vowel))
                .then(|| format!("{base}{kept}"))
        })
    })
}

/// The index term of one lowercased word: its Snowball stem, with the suffix of derived
/// nouns kept ([`derived_noun_stem`]), normalised ([`normalize_stem`]).
fn stem_term(stemmer: &Stemmer, lower: &str) -> String {
    normalize_stem(&derived_noun_stem(lower).unwrap_or_else(|| stemmer.stem(lower).into_owned()))
}

/// The normalised stem of one lowercased word (the tests' reference for the analysed forms).
#[cfg(test)]
fn stem_word(lower: &str) -> String {
    stem_term(&resources().stemmer, lower)
}

/// The index term of a lowercased word and its variants: definite forms that Snowball leaves
/// alone (arbetet, projektet, registret, exemplet, hälsan, cirkeln) also get the term of the
/// bare form, so that they meet their indefinite forms. Both sides of the index get the
/// variants, so a variant that is not a real word costs nothing but a term. A final "s" that
/// Snowball takes for a genitive is also kept in a variant (kunskapsallians/kunskapsallianser).
pub fn word_terms(lower: &str) -> (String, Vec<String>) {
    let res = resources();
    if let Some(stem) = derived_noun_stem(lower) {
        // Its forms are all in the stem already ("myndigheten" is not "myndighe" + "ten").
        return (normalize_stem(&stem), Vec::new());
    }
    let snow = res.stemmer.stem(lower).into_owned();
    let term = normalize_stem(&snow);
    // The variants' terms, in order (the term itself and repeats are dropped at the end).
    let mut found: Vec<String> = Vec::new();
    let stem = |word: &str| stem_term(&res.stemmer, word);
    let chars: Vec<char> = snow.chars().collect();
    let n = chars.len();
    let cut = |k: usize| -> String { chars.iter().take(n - k).collect() };
    // Only where the word itself ends so (arbetet, not arbete → arbet).
    let word_ends =
        |suffix: &str| lower.ends_with(suffix) || lower.ends_with(&format!("{suffix}s"));
    if n >= 5 {
        if snow.ends_with("et") && word_ends("et") {
            found.push(stem(&cut(1))); // arbetet → arbete, projektet → projekte
            found.push(stem(&cut(2))); // registret → registr, exemplet → exempl
        } else if snow.ends_with("an") && word_ends("an") && r1_start(&chars) + 2 <= n {
            found.push(stem(&cut(1))); // hälsan → hälsa
        } else if ["eln", "ern", "orn"]
            .iter()
            .any(|e| snow.ends_with(e) && word_ends(e))
        {
            found.push(stem(&cut(1))); // cirkeln → cirkel, rollatorn → rollator, motorn → motor
        }
    }
    // A noun ending in a vowel takes "-n" in the definite (miljön, strategin, policyn), which
    // Snowball leaves alone (or takes a genitive "s" from: miljöns): the word without its "n"
    // is a variant where that is a known word, of the vocabulary or a compound of it
    // (arbetsmiljön → arbetsmiljö, klimatstrategin → klimatstrategi). Not for nouns whose
    // "n" is their own (kommun, person, maskin, tillsyn: "kommu" is no word), not after "e"
    // and "a" (Snowball's own endings, above), and the bare form keeps three letters ("lön",
    // "vin", "kön" stay whole).
    let own_word = snow == lower || format!("{snow}s") == lower;
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let vowel_n =
        n >= 4 && at(n - 1) == 'n' && matches!(at(n - 2), 'i' | 'o' | 'u' | 'y' | 'å' | 'ä' | 'ö');
    if own_word && vowel_n {
        let bare = cut(1);
        let v = stem(&bare);
        if res.stems.contains(v.as_str()) || split_compound(&bare).is_some() {
            found.push(v);
        }
    }
    // Snowball reads a final "s" as a genitive; in nouns like "allians", "analys", "kurs" it
    // is part of the stem (allianser → allians), so the word with its "s" is a variant too.
    let w: Vec<char> = lower.chars().collect();
    let wn = w.len();
    if lower.ends_with('s') && !lower.ends_with("ss") && n + 1 == wn && wn >= 5 {
        found.push(normalize_stem(lower));
    }
    // Adjectives in the neuter (fossilt, effektivt, generellt) meet their other forms
    // (fossila, effektiva, generella): the word without its final "t" is a variant.
    let at = |i: usize| w.get(i).copied().unwrap_or(' ');
    if wn >= 6 && snow == lower {
        let neuter = at(wn - 1) == 't'
            && matches!(at(wn - 2), 'l' | 'v')
            && (is_vowel(at(wn - 3)) || at(wn - 3) == at(wn - 2));
        if neuter {
            found.push(stem(&w.iter().take(wn - 1).collect::<String>()));
        }
    }
    let mut variants: Vec<String> = Vec::new();
    for v in found {
        if v != term && !variants.contains(&v) {
            variants.push(v);
        }
    }
    (term, variants)
}

/// Whether a lowercased word is a Swedish stop word.
pub fn is_stop_word(lower: &str) -> bool {
    resources().stop.contains(lower)
}

/// Split a lowercased word into compound parts (as index terms), or None.
pub fn split_compound(lower: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = lower.chars().collect();
    if chars.len() < MIN_COMPOUND_CHARS
        || chars.len() > MAX_COMPOUND_CHARS
        || !chars.iter().all(|c| c.is_alphabetic())
    {
        return None;
    }
    split_rec(&chars, 0)
}

/// The term of a word of the vocabulary (a final compound part): the word's own term or a
/// variant's, the first the vocabulary has.
pub fn vocabulary_term(word: &str) -> Option<String> {
    let (term, variants) = word_terms(word);
    std::iter::once(term)
        .chain(variants)
        .find(|t| resources().stems.contains(t.as_str()))
}

fn split_rec(chars: &[char], depth: usize) -> Option<Vec<String>> {
    let res = resources();
    let n = chars.len();
    if depth > 0 {
        let word: String = chars.iter().collect();
        let known = vocabulary_term(&word)
            .or_else(|| res.left_forms.get(word.as_str()).map(|t| t.to_string()));
        if let Some(t) = known {
            return Some(vec![t]);
        }
    }
    if depth > 4 || n < 2 * MIN_PART_CHARS {
        return None;
    }
    // Longest first part first.
    let mut i = n - MIN_PART_CHARS;
    while i >= MIN_PART_CHARS {
        let left: String = chars.iter().take(i).collect();
        if let Some(term) = res.left_forms.get(left.as_str()) {
            if let Some(rest) = chars.get(i..).and_then(|r| split_rec(r, depth + 1)) {
                let mut parts = vec![term.to_string()];
                parts.extend(rest);
                return Some(parts);
            }
        }
        i -= 1;
    }
    None
}

/// A lowercased NFC word and its terms (remembered by [`for_each_word`]).
#[derive(Clone)]
struct WordAnalysis {
    lower: String,
    kind: TokenKind,
    term: String,
    variants: Vec<String>,
    parts: Vec<String>,
}

fn analyze_word(lower: String) -> WordAnalysis {
    let res = resources();
    let first = lower.chars().next().unwrap_or(' ');
    let (kind, term, variants, parts) = if is_diary(&lower) {
        (TokenKind::Diary, lower.to_string(), Vec::new(), Vec::new())
    } else if first.is_ascii_digit() {
        (TokenKind::Number, lower.to_string(), Vec::new(), Vec::new())
    } else if res.stop.contains(lower.as_str()) {
        (TokenKind::Stop, stop_term(&lower), Vec::new(), Vec::new())
    } else {
        let (term, variants) = word_terms(&lower);
        let mut parts = split_compound(&lower).unwrap_or_default();
        parts.retain(|p| p != &term && !variants.contains(p));
        parts.dedup();
        (TokenKind::Word, term, variants, parts)
    };
    WordAnalysis {
        lower,
        kind,
        term,
        variants,
        parts,
    }
}

/// Most words remembered per thread by [`for_each_word`] (the memory is dropped and started
/// again when full: a few MB). A word's terms depend on the word alone, and texts repeat
/// their words: stemming and compound splitting were most of the time of indexing a page and
/// of making a search snippet.
const MEMO_WORDS: usize = 50_000;

thread_local! {
    /// Surface form of a word (as it stands in the text) → its analysis.
    static MEMO: RefCell<FxHashMap<Box<str>, WordAnalysis>> =
        RefCell::new(FxHashMap::default());
}

/// A word NFC-normalised and lowercased (å, ä and ö stay letters). Text is NFC almost
/// always: it is normalised only when the quick check says it may not be.
fn lower_nfc(raw: &str) -> String {
    if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        raw.to_lowercase()
    } else {
        raw.nfc().collect::<String>().to_lowercase()
    }
}

/// The tokens of a text as byte ranges, in order: diary numbers (`STK-2019-1535`: two to
/// five letters, a hyphen, four digits, a hyphen, digits), numbers and dotted codes
/// (`2.2.3.3`, `12,5`, `15:00`), and words (letters, combining marks and digits). The same
/// tokens as the pattern
/// `[\p{L}]{2,6}-\d{4}-\d+|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+` (leftmost first) finds, scanned
/// by hand: the analyzer runs over every page at ingest and over every hit's page for its
/// snippet.
struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Tokens<'a> {
        Tokens { text, at: 0 }
    }
}

/// What a character is to the tokenizer: a letter that is not also a number (the prefix of a
/// diary number), an ASCII digit, another word character (a combining mark, another digit or
/// number), or none of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Other,
    Letter,
    Digit,
    Word,
}

/// The class of each ASCII byte.
const ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            Class::Letter
        } else if c.is_ascii_digit() {
            Class::Digit
        } else {
            Class::Other
        };
        b += 1;
    }
    t
};

/// The class of the character at byte `i` of `s` and its length in bytes; `None` at the end.
/// ASCII and the two-byte Latin-1 letters (å, ä, ö, é, …: lead byte 0xC3) are classed from
/// their bytes, without decoding.
#[inline(always)]
fn class_at(s: &str, i: usize) -> Option<(Class, usize)> {
    let bytes = s.as_bytes();
    let first = *bytes.get(i)?;
    if first < 0x80 {
        return Some((ASCII_CLASS[usize::from(first)], 1));
    }
    if first == 0xC3 {
        // U+00C0..=U+00FF are letters but × (0xC3 0x97) and ÷ (0xC3 0xB7).
        if let Some(&second) = bytes.get(i + 1) {
            let class = if second == 0x97 || second == 0xB7 {
                Class::Other
            } else {
                Class::Letter
            };
            return Some((class, 2));
        }
    }
    class_decoded(s, i)
}

/// [`class_at`] for any other character: decoded and classed by Unicode's tables.
#[inline(never)]
fn class_decoded(s: &str, i: usize) -> Option<(Class, usize)> {
    let c = s.get(i..)?.chars().next()?;
    let class = if c.is_alphabetic() && !c.is_numeric() {
        Class::Letter
    } else if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
        Class::Word
    } else {
        Class::Other
    };
    Some((class, c.len_utf8()))
}

/// End of the run of characters from byte `from` of `s` whose class `f` accepts, and how
/// many there were.
#[inline(always)]
fn run(s: &str, from: usize, f: impl Fn(Class) -> bool) -> (usize, usize) {
    let (mut i, mut n) = (from, 0);
    while let Some((class, len)) = class_at(s, i) {
        if !f(class) {
            break;
        }
        i += len;
        n += 1;
    }
    (i, n)
}

/// End of the run of ASCII digits from byte `from` of `s`, and how many there were.
#[inline]
fn digits(s: &str, from: usize) -> (usize, usize) {
    let bytes = s.as_bytes().get(from..).unwrap_or_default();
    let n = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (from + n, n)
}

/// End of the word that starts at byte `start` of `s` (with a word character that is not an
/// ASCII digit): a diary number (two to six letters, `-`, four digits, `-`, digits) or a run
/// of word characters.
fn word_end(s: &str, start: usize) -> usize {
    let (letters, n) = run(s, start, |c| c == Class::Letter);
    if OFFICE_LETTERS.contains(&n) {
        if let Some(end) = diary_end(s, letters) {
            return end;
        }
    }
    // Letters are word characters: the word goes on from them.
    run(s, letters, |c| c != Class::Other).0
}

/// Whether a token is a diary number as a whole (two to six letters, `-`, four digits, `-`,
/// digits): the tokens [`Tokens`] makes of diary numbers. Checked by hand, as they are found:
/// a pattern with Unicode classes costs a query process milliseconds to compile.
fn is_diary(token: &str) -> bool {
    let (letters, n) = run(token, 0, |c| c == Class::Letter);
    OFFICE_LETTERS.contains(&n) && diary_end(token, letters) == Some(token.len())
}

/// End of a diary number whose letters end at byte `letters` of `s`, if there is one.
fn diary_end(s: &str, letters: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    if bytes.get(letters) != Some(&b'-') {
        return None;
    }
    let (year, n) = digits(s, letters + 1);
    if n != 4 || bytes.get(year) != Some(&b'-') {
        return None;
    }
    let (serial, n) = digits(s, year + 1);
    (n >= 1).then_some(serial)
}

/// End of the number or dotted code that starts at byte `start` of `s` (an ASCII digit).
fn number_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut end, _) = digits(s, start);
    while let (Some(b'.' | b',' | b':'), Some(d)) = (bytes.get(end), bytes.get(end + 1)) {
        if !d.is_ascii_digit() {
            break;
        }
        end = digits(s, end + 1).0;
    }
    end
}

impl Iterator for Tokens<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        // Skip to the next word character.
        let mut start = self.at;
        let first = loop {
            let (class, len) = class_at(self.text, start)?;
            if class != Class::Other {
                break class;
            }
            start += len;
        };
        let end = if first == Class::Digit {
            number_end(self.text, start)
        } else {
            word_end(self.text, start)
        };
        self.at = end;
        Some((start, end))
    }
}

/// A word of a text as [`for_each_word`] shows it: what [`AnalyzedWord`] holds, borrowed.
pub struct WordView<'a> {
    pub from: usize,
    pub to: usize,
    pub position: usize,
    pub kind: TokenKind,
    pub lower: &'a str,
    pub term: &'a str,
    pub variants: &'a [String],
    pub parts: &'a [String],
}

/// Visit the words of a text with their index terms, in order, without copying the terms:
/// the words of [`analyze`], for callers that only look at them (search snippets).
pub fn for_each_word(text: &str, mut f: impl FnMut(&WordView<'_>)) {
    words_where(
        text,
        |_| true,
        |_, _, w| {
            if let Some(w) = w {
                f(w)
            }
        },
    );
}

/// Whether `term` may be a term, variant or compound part of a word (lowercased): each of
/// those begins with two characters that stand together in the word (a stem is a prefix of
/// the word or of a part of it, and the normalisation of stems changes only their ends; a
/// stop word's term is the word after a "_").
pub fn may_have(lower: &str, term: &str) -> bool {
    let t = term.strip_prefix('_').unwrap_or(term);
    let head = t
        .char_indices()
        .nth(2)
        .map_or(t, |(i, _)| t.get(..i).unwrap_or(t));
    lower.contains(head)
}

/// [`for_each_word`] for a reader that looks for some terms only (search snippets): `f`
/// sees every word's byte range, and its analysis only when `wanted` says the word
/// (lowercased) may have them (see [`may_have`]); the other words are not analysed.
pub fn words_where(
    text: &str,
    wanted: impl Fn(&str) -> bool,
    mut f: impl FnMut(usize, usize, Option<&WordView<'_>>),
) {
    let mut show = |start: usize, end: usize, position: usize, w: Option<&WordAnalysis>| {
        let view = w.map(|w| WordView {
            from: start,
            to: end,
            position,
            kind: w.kind,
            lower: &w.lower,
            term: &w.term,
            variants: &w.variants,
            parts: &w.parts,
        });
        f(start, end, view.as_ref());
    };
    MEMO.with(|memo| {
        // The memo is borrowed while `f` runs; should `f` itself analyse text, its words are
        // analysed again instead of remembered.
        let mut memo = memo.try_borrow_mut().ok();
        for (position, (start, end)) in Tokens::new(text).enumerate() {
            let raw = text.get(start..end).unwrap_or_default();
            if raw.len() > MAX_TOKEN_BYTES {
                continue;
            }
            match memo.as_deref_mut() {
                Some(memo) => match memo.get(raw) {
                    Some(w) => show(start, end, position, Some(w)),
                    None => {
                        let lower = lower_nfc(raw);
                        if !wanted(&lower) {
                            show(start, end, position, None);
                            continue;
                        }
                        let w = analyze_word(lower);
                        show(start, end, position, Some(&w));
                        if memo.len() >= MEMO_WORDS {
                            memo.clear();
                        }
                        memo.insert(raw.into(), w);
                    }
                },
                None => {
                    let lower = lower_nfc(raw);
                    let w = wanted(&lower).then(|| analyze_word(lower));
                    show(start, end, position, w.as_ref());
                }
            }
        }
    });
}

/// Analyse a text into words with their index terms.
pub fn analyze(text: &str) -> Vec<AnalyzedWord> {
    let mut out = Vec::new();
    for_each_word(text, |w| {
        out.push(AnalyzedWord {
            from: w.from,
            to: w.to,
            position: w.position,
            kind: w.kind,
            lower: w.lower.to_string(),
            term: w.term.to_string(),
            variants: w.variants.to_vec(),
            parts: w.parts.to_vec(),
        })
    });
    out
}

/// The tantivy tokenizer running [`analyze`]: each word's term and variants, and with
/// `parts` its compound parts too.
///
/// A page's text is indexed twice, as `text` (whole words) and as `compound` (with parts),
/// one after the other on the same indexing thread (tantivy indexes a document's fields in
/// field order, and no field between them holds the page text). The whole-word tokenizer
/// therefore analyses a text once with its parts, keeps that list for the thread
/// ([`LAST_TEXT`]) and shows only the whole words; the tokenizer with parts takes the list
/// over when its text is the same. Either way each tokenizer gives the tokens it always gave.
#[derive(Clone, Default)]
pub struct SwedishTokenizer {
    /// The tokens of the last text and, beyond them, tokens kept for their strings: the
    /// next text reuses them (no allocation per token; see [`KEPT_TOKENS`]).
    tokens: Vec<Token>,
    /// Whether each of `tokens` is a compound part (shown only with `parts`).
    is_part: Vec<bool>,
    parts: bool,
}

/// Most tokens a tokenizer keeps between texts for reuse (a few MB at most).
const KEPT_TOKENS: usize = 1 << 15;

/// Drop the kept tokens beyond [`KEPT_TOKENS`] and their memory.
fn keep_few(tokens: &mut Vec<Token>) {
    tokens.truncate(KEPT_TOKENS);
    tokens.shrink_to(KEPT_TOKENS);
}

/// The last text a whole-word tokenizer read on this thread, with all its tokens (parts
/// included), for the tokenizer with parts ([`SwedishTokenizer`]).
struct LastText {
    text: String,
    tokens: Vec<Token>,
    /// The tokens of `text`: `tokens[..len]`; `valid` false when there is none.
    len: usize,
    valid: bool,
}

thread_local! {
    static LAST_TEXT: RefCell<LastText> = const {
        RefCell::new(LastText {
            text: String::new(),
            tokens: Vec::new(),
            len: 0,
            valid: false,
        })
    };
}

/// Texts longer than this are not kept for the tokenizer with parts (a few MB at most).
const MAX_LAST_TEXT: usize = 1 << 20;

/// Write token `len` of `tokens`: the place of `shape` with `text` (reusing the string of a
/// kept token).
fn put_token(tokens: &mut Vec<Token>, len: usize, shape: &Token, text: &str) {
    let kept = tokens
        .get_mut(len)
        .map(|kept| std::mem::take(&mut kept.text));
    let mut s = kept.unwrap_or_default();
    s.clear();
    s.push_str(text);
    let token = Token {
        text: s,
        offset_from: shape.offset_from,
        offset_to: shape.offset_to,
        position: shape.position,
        position_length: shape.position_length,
    };
    match tokens.get_mut(len) {
        Some(kept) => *kept = token,
        None => tokens.push(token),
    }
}

/// Whether `word` joins words that leave out their last part to the compound that has it:
/// the conjunctions after a suspended hyphen (`text::HYPHEN_CONJUNCTIONS`, the one list the
/// de-hyphenation uses too), and "som" of "såväl fukt- som mögelskador".
fn joins_elided(word: &str) -> bool {
    crate::text::HYPHEN_CONJUNCTIONS.contains(&word) || word == "som"
}

/// Words that leave out their last part before a conjunction and take it from the compound
/// after it: "fukt- och mögelskador" are fuktskador and mögelskador, "brand-, explosions- och
/// reaktionsrisker" brandrisker, "hyres- och bostadsrättshus" hyreshus, "miljö- och
/// hälsoskydd" miljöskydd. The whole words are indexed where the compound stands.
#[derive(Default)]
struct Elided {
    /// The words ending in a hyphen so far ("fukt"), lowercased.
    pending: Vec<String>,
    /// Whether a conjunction has followed them.
    joined: bool,
}

impl Elided {
    /// Look at the next word of `text`: the terms of the words it completes.
    fn see(&mut self, text: &str, word: &WordView<'_>) -> Vec<String> {
        let after = text.get(word.to..).unwrap_or_default();
        let hyphen = after
            .strip_prefix('-')
            .or_else(|| after.strip_prefix('\u{2010}'))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == ','));
        if hyphen && word.kind == TokenKind::Word {
            if self.joined {
                self.pending.clear();
                self.joined = false;
            }
            if self.pending.len() < 8 {
                self.pending.push(word.lower.to_string());
            }
            return Vec::new();
        }
        if self.pending.is_empty() {
            return Vec::new();
        }
        if joins_elided(word.lower) {
            self.joined = true;
            return Vec::new();
        }
        let pending = std::mem::take(&mut self.pending);
        let joined = std::mem::replace(&mut self.joined, false);
        let head = match word.kind {
            TokenKind::Word if joined => shared_head(word.lower),
            _ => None,
        };
        let Some(head) = head else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for first in pending {
            let whole = format!("{first}{head}");
            let a = analyze_word(whole);
            for t in std::iter::once(a.term).chain(a.variants) {
                super::writer::push_unique(&mut out, t);
            }
        }
        out
    }
}

/// The last part of a compound that words before it may share ("skador" of mögelskador,
/// "hus" of bostadsrättshus, "vård" of sjukvård): its longest end that is a word of the
/// vocabulary, after a first part; of three letters or more each.
fn shared_head(lower: &str) -> Option<&str> {
    lower
        .char_indices()
        .skip(MIN_PART_CHARS)
        .map(|(i, _)| lower.get(i..).unwrap_or_default())
        .filter(|rest| rest.chars().count() >= MIN_PART_CHARS)
        .find(|rest| rest.chars().all(char::is_alphabetic) && vocabulary_term(rest).is_some())
}

/// The tokens of a text (with compound parts when `with_parts`) into `tokens[..len]`, with
/// `is_part` telling the parts; returns `len`.
fn tokens_into(
    text: &str,
    with_parts: bool,
    tokens: &mut Vec<Token>,
    is_part: &mut Vec<bool>,
) -> usize {
    let mut len = 0;
    is_part.clear();
    let mut elided = Elided::default();
    for_each_word(text, |word| {
        let whole = elided.see(text, word);
        let mut push = |t: &str, part: bool| {
            let token = Token {
                offset_from: word.from,
                offset_to: word.to,
                position: word.position,
                text: String::new(),
                position_length: 1,
            };
            put_token(tokens, len, &token, t);
            is_part.push(part);
            len += 1;
        };
        for t in &whole {
            push(t, false);
        }
        push(word.term, false);
        for v in word.variants {
            push(v, false);
        }
        if with_parts {
            for part in word.parts {
                push(part, true);
            }
        }
    });
    len
}

/// Token stream over a precomputed token list.
pub struct SwedishTokenStream<'a> {
    tokens: &'a mut Vec<Token>,
    /// Which tokens to pass over (compound parts, for the whole-word analyzer).
    skip: &'a [bool],
    /// The tokens of this text: `tokens[..len]`.
    len: usize,
    index: usize,
    empty: Token,
}

impl Tokenizer for SwedishTokenizer {
    type TokenStream<'a> = SwedishTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        keep_few(&mut self.tokens);
        let len = if self.parts {
            // The list the whole-word tokenizer made of this same text, taken over.
            let taken = LAST_TEXT.with(|last| {
                let mut last = last.try_borrow_mut().ok()?;
                if !last.valid || last.text != text {
                    return None;
                }
                last.valid = false;
                std::mem::swap(&mut last.tokens, &mut self.tokens);
                Some(last.len)
            });
            self.is_part.clear();
            match taken {
                Some(len) => len,
                None => tokens_into(text, true, &mut self.tokens, &mut self.is_part),
            }
        } else {
            let len = tokens_into(text, true, &mut self.tokens, &mut self.is_part);
            LAST_TEXT.with(|last| {
                let Ok(mut last) = last.try_borrow_mut() else {
                    return;
                };
                last.valid = text.len() <= MAX_LAST_TEXT;
                if !last.valid {
                    return;
                }
                last.text.clear();
                last.text.push_str(text);
                keep_few(&mut last.tokens);
                last.len = len;
                let tokens = &mut last.tokens;
                for (i, t) in self.tokens[..len].iter().enumerate() {
                    put_token(tokens, i, t, &t.text);
                }
            });
            len
        };
        SwedishTokenStream {
            tokens: &mut self.tokens,
            skip: if self.parts { &[] } else { &self.is_part },
            len,
            index: 0,
            empty: Token::default(),
        }
    }
}

impl TokenStream for SwedishTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while self.index < self.len {
            self.index += 1;
            if !self.skip.get(self.index - 1).copied().unwrap_or(false) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        // `advance` is called before `token`; before that, the first token is shown.
        let i = self.index.saturating_sub(1);
        self.tokens[..self.len].get(i).unwrap_or(&self.empty)
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self.index.saturating_sub(1);
        match self.tokens[..self.len].get_mut(i) {
            Some(token) => token,
            None => &mut self.empty,
        }
    }
}

/// Register the Swedish analyzers on an index (done every time it is created or opened).
pub fn register(index: &tantivy::Index) {
    let parts = |parts| {
        TextAnalyzer::from(SwedishTokenizer {
            parts,
            ..SwedishTokenizer::default()
        })
    };
    index.tokenizers().register(ANALYZER_NAME, parts(false));
    index
        .tokenizers()
        .register(COMPOUND_ANALYZER_NAME, parts(true));
}

// ---------------------------------------------------------------- identifiers

/// An identifier found in a text: where it stands and its key, the term of the `ids` field:
/// the normalised form of [`crate::ident`], lowercased and without spaces ("KS 2013/375",
/// "KS2013/375" and "Dnr. KS 2013/375" → `ks2013/375`; "SFS 1999:175" → `sfs1999:175`;
/// "92/57/EEG" → `92/57/eeg`; "§ 216" → `§216`; "14 §" → `14§`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    /// Byte range in the text.
    pub from: usize,
    pub to: usize,
    pub key: String,
}

/// The index key of a normalised identifier ("14 §" → `14§`).
pub fn ident_key(id: &str) -> String {
    id.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The identifiers of a text, left to right, not overlapping, recognised by
/// [`crate::ident::find_all`] (recommendation codes excepted: they are words of their own).
/// With `query`, also in lower case ("ks 2013/375", "sfs 1999:175"), as people type them.
pub fn identifiers(text: &str, query: bool) -> Vec<Ident> {
    // Spans stay valid only when upper-casing keeps every byte offset.
    let upper = query
        .then(|| text.to_uppercase())
        .filter(|u| u.len() == text.len() && u != text);
    let sources: Vec<&str> = std::iter::once(text).chain(upper.as_deref()).collect();
    let found: Vec<_> = sources.iter().map(|s| crate::ident::find_all(s)).collect();
    identifiers_found(&sources, &found)
}

/// [`identifiers`] of the texts `sources`, given what [`crate::ident::find_all`] found in
/// each (the structure stage's finds, so that a page is searched once).
pub fn identifiers_found(sources: &[&str], found: &[Vec<crate::ident::Ident>]) -> Vec<Ident> {
    let mut out: Vec<Ident> = Vec::new();
    let ids = found.iter().flatten();
    let ids = ids.filter(|id| id.kind != crate::ident::IdentKind::Recommendation);
    let ids = ids.map(|id| (id.start, id.end, ident_key(&id.id)));
    let series = sources
        .iter()
        .flat_map(|s| crate::ident::other_series(s, true));
    for (from, to, key) in ids.chain(series) {
        if !out.iter().any(|i| i.from < to && from < i.to) {
            out.push(Ident { from, to, key });
        }
    }
    out.sort_by_key(|i| i.from);
    out
}

#[cfg(test)]
mod tests {

    use super::*;
    use regex::Regex;

    /// [`COMPOUND_TERMS`] is [`VOCABULARY`] stemmed, with its lemmas' combining forms.
    #[test]
    fn the_compound_table_is_the_vocabulary_stemmed() {
        let stemmer = Stemmer::create(Algorithm::Swedish);
        let mut want = String::new();
        for lemma in VOCABULARY
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase())
            .filter(|l| l.chars().count() >= MIN_PART_CHARS)
        {
            let forms = combining_forms(&lemma).into_iter();
            let forms = forms.filter(|f| f.chars().count() >= MIN_PART_CHARS);
            let line: Vec<String> = std::iter::once(stem_term(&stemmer, &lemma))
                .chain(forms)
                .collect();
            want += &(line.join(" ") + "\n");
        }
        if std::env::var_os("WRITE_COMPOUND_TERMS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/compound_terms.txt");
            std::fs::write(path, &want).unwrap();
        }
        let stale =
            "src/index/compound_terms.txt is stale: run this test with WRITE_COMPOUND_TERMS=1";
        assert!(COMPOUND_TERMS == want, "{stale}");
    }

    /// [`may_have`] holds for every term, variant and part of a word: the vocabulary's
    /// lemmas in their inflections, compounds of them, stop words, identifiers and numbers.
    #[test]
    fn every_term_of_a_word_begins_with_two_of_its_characters() {
        let lemmas: Vec<&str> = VOCABULARY
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect();
        let endings = [
            "", "en", "et", "er", "ar", "or", "na", "erna", "arna", "s", "ns", "t", "a", "n",
            "ens", "ets", "ande", "ade", "ig", "lig", "ighet", "ning", "ningen", "heten", "else",
        ];
        let mut text = String::from("och att för STK-2019-1535 2.2.3.3 12,5 §216 ");
        for (i, w) in lemmas.iter().enumerate() {
            for e in endings {
                text.push_str(&format!("{w}{e} "));
            }
            let other = lemmas.get((i * 7 + 3) % lemmas.len()).unwrap_or(w);
            let cut: String = w.chars().take(w.chars().count() - 1).collect();
            text.push_str(&format!("{w}s{other}en {w}{other}ar {cut}{other}t "));
        }
        let mut seen = 0;
        for_each_word(&text, |w| {
            let all = std::iter::once(w.term).chain(w.variants.iter().map(String::as_str));
            for t in all.chain(w.parts.iter().map(String::as_str)) {
                assert!(may_have(w.lower, t), "{} has {t}", w.lower);
                seen += 1;
            }
        });
        assert!(seen > 20 * lemmas.len(), "{seen}");
        assert!(!may_have("förvaltningen", "arbet") && may_have("_och", "_och"));
    }

    #[test]
    fn fast_character_classes_are_the_unicode_ones() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let class = if c.is_ascii_digit() {
                Class::Digit
            } else if c.is_alphabetic() && !c.is_numeric() {
                Class::Letter
            } else if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
                Class::Word
            } else {
                Class::Other
            };
            assert_eq!(
                class_at(&c.to_string(), 0),
                Some((class, c.len_utf8())),
                "{c:?}"
            );
        }
    }

    /// The analysis the straightforward way: the tokens of the pattern, each word normalised
    /// and lowercased, then analysed (by lowercased word: `seen`); no fast path.
    fn analyze_slowly(
        text: &str,
        pattern: &Regex,
        seen: &mut HashMap<String, WordAnalysis>,
    ) -> Vec<AnalyzedWord> {
        let mut out = Vec::new();
        for (position, m) in pattern.find_iter(text).enumerate() {
            if m.as_str().len() > MAX_TOKEN_BYTES {
                continue;
            }
            let lower = m.as_str().nfc().collect::<String>().to_lowercase();
            let a = seen
                .entry(lower.clone())
                .or_insert_with(|| analyze_word(lower))
                .clone();
            out.push(AnalyzedWord {
                from: m.start(),
                to: m.end(),
                position,
                kind: a.kind,
                lower: a.lower,
                term: a.term,
                variants: a.variants,
                parts: a.parts,
            });
        }
        out
    }

    /// The tokens are those of the pattern, and the fast path analyses them as the slow one.
    #[test]
    fn the_fast_path_analyses_as_the_slow_one() {
        // Letters include combining marks so that NFD input stays one word.
        let pattern =
            Regex::new(r"[\p{L}]{2,6}-\d{4}-\d+|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+").unwrap();
        let diary = Regex::new(r"^[\p{L}]{2,6}-\d{4}-\d+$").unwrap();
        let mut seen = HashMap::new();
        let mut check = |text: &str| {
            let want = analyze_slowly(text, &pattern, &mut seen);
            let got = analyze(text);
            assert_eq!(got, want, "{text:?}");
            // A word alone is analysed as in its text (what `export::opensearch` relies on);
            // it is a diary number by the check the analysis makes as by the pattern.
            for w in got {
                assert_eq!(is_diary(&w.lower), diary.is_match(&w.lower), "{w:?}");
                let alone = analyze(&text[w.from..w.to]);
                let moved = AnalyzedWord {
                    from: 0,
                    to: w.to - w.from,
                    position: 0,
                    ..w
                };
                assert_eq!(alone, vec![moved], "{text:?}");
            }
        };
        for t in [
            "Malmö stad – Hälso- och sjukvård, åtgärd 5. § 216 e\u{301}n fin\u{308} ÅÄÖ åäö",
            "STK-2019-1535 Forskningscirklar FORSKNINGSCIRKLAR ΣΟΦΊΑ Straße İstanbul ǅemal",
            "MALMÖ Malmö malmö MALMO\u{308} Ǆ ﬁnns Ⅻ ²³ 12,5 2.2.3.3",
            "ABCDEF-2019-1 ABCDEFG-2019-1 STK-2019-1535abc STK-20190-1 STK-2019- -2019-15 2019-04-06 (2.2.3.3, s. 114) 15:00",
            "",
            "  ...  ",
        ] {
            check(t);
            // Again, now from the memo.
            check(t);
        }
        crate::ident::sample::texts("aZåÄö01239-.,: \n§é\u{301}ⅫX²ßΣİ", 2000, 24, check);
    }

    fn terms(text: &str) -> Vec<String> {
        analyze(text)
            .into_iter()
            .flat_map(|w| std::iter::once(w.term).chain(w.variants).chain(w.parts))
            .collect()
    }

    /// Whether two word forms share an index term.
    fn meet(a: &str, b: &str) -> bool {
        let (ta, va) = word_terms(a);
        let (tb, vb) = word_terms(b);
        let sa: Vec<String> = std::iter::once(ta).chain(va).collect();
        std::iter::once(tb).chain(vb).any(|t| sa.contains(&t))
    }

    #[test]
    fn inflections_meet() {
        for (a, b) in [
            ("forskningscirkel", "forskningscirklar"),
            ("forskningscirkel", "forskningscirkeln"),
            ("skaderegister", "skaderegistret"),
            ("skaderegister", "skaderegistren"),
            ("hälsa", "hälsan"),
            ("hälsa", "hälsans"),
            ("arbete", "arbetet"),
            ("projekt", "projektet"),
            ("program", "programmet"),
            ("program", "programmen"),
            ("exempel", "exemplet"),
            ("regel", "regler"),
            ("kvalitet", "kvaliteten"),
            ("samhälle", "samhället"),
            ("barnkonvention", "barnkonventionen"),
            ("kunskapsallians", "kunskapsallianser"),
            ("analys", "analyser"),
            // Nouns in -or take "-n" in the definite (rollatorn, motorn, sektorn).
            ("rollator", "rollatorn"),
            ("motor", "motorns"),
        ] {
            assert!(
                meet(a, b),
                "{a} / {b}: {:?} {:?}",
                word_terms(a),
                word_terms(b)
            );
        }
        // Definite forms in "-n" after a vowel meet their bare form, where it is a word.
        for (a, b) in [
            ("miljö", "miljön"),
            ("arbetsmiljö", "arbetsmiljön"),
            ("arbetsmiljö", "arbetsmiljöns"),
            ("klimatstrategi", "klimatstrategin"),
            ("policy", "policyn"),
            ("skola", "skolan"),
            ("fråga", "frågan"),
            ("plan", "planen"),
            ("åtgärd", "åtgärden"),
            ("kommun", "kommunen"),
        ] {
            assert!(
                meet(a, b),
                "{a} / {b}: {:?} {:?}",
                word_terms(a),
                word_terms(b)
            );
        }
        // ... and words whose "n" is their own keep it.
        for w in [
            "kommun", "person", "maskin", "tillsyn", "region", "lön", "ben", "kran", "vin",
        ] {
            assert_eq!(word_terms(w).1, Vec::<String>::new(), "{w}");
        }
        assert!(!meet("be", "ben"));
        assert!(!meet("kra", "kran"));
        assert!(!meet("hälsa", "halsa"));
        assert!(!meet("plan", "pl"));
        // No variant without the ending in the word itself.
        assert_eq!(word_terms("utvecklingsarbete").1, Vec::<String>::new());
        assert!(!meet("arbete", "arb"));
        assert_eq!(stem_word("plan"), "plan");
    }

    #[test]
    fn derived_nouns_keep_their_suffix() {
        // Every form of a noun in -else meets the others ...
        for (a, b) in [
            ("styrelse", "styrelsen"),
            ("styrelse", "styrelser"),
            ("styrelse", "styrelsernas"),
            ("styrelse", "styrelsens"),
            ("bestämmelse", "bestämmelserna"),
            ("händelse", "händelser"),
            ("förnyelse", "förnyelsen"),
            ("myndighet", "myndigheterna"),
            ("verksamhet", "verksamhetens"),
        ] {
            assert!(meet(a, b), "{a} / {b}");
        }
        // ... and none of the verb it comes from, which Snowball gave the same stem.
        for (a, b) in [
            ("styrelsen", "styra"),
            ("styrelsen", "styrande"),
            ("styrelse", "styr"),
            ("bestämmelser", "bestämma"),
            ("bestämmelsen", "bestämmer"),
            ("händelsen", "hända"),
            ("rörelse", "röra"),
            ("myndigheten", "myndig"),
            ("verksamheter", "verksamma"),
            ("hållbarhet", "hållbara"),
        ] {
            assert!(
                !meet(a, b),
                "{a} / {b}: {:?} {:?}",
                word_terms(a),
                word_terms(b)
            );
        }
        // The verbs keep meeting their own forms; a name is not a noun in -else.
        assert!(meet("styra", "styrande"));
        assert_eq!(derived_noun_stem("nelsen"), None);
        assert_eq!(derived_noun_stem("het"), None);
        // As a compound's last part, too.
        let w = &analyze("kommunstyrelsen")[0];
        assert!(w.parts.contains(&stem_word("styrelse")), "{w:?}");
        assert!(!w.parts.contains(&stem_word("styra")), "{w:?}");
    }

    #[test]
    fn letters_are_not_folded() {
        assert_eq!(terms("Malmö"), vec!["malmö"]);
        assert_ne!(stem_word("hälsa"), stem_word("halsa"));
        // NFD input is normalised.
        assert_eq!(terms("Malmo\u{308}"), vec!["malmö"]);
    }

    #[test]
    fn identifiers_stay_whole() {
        let t = terms("enligt (2.2.3.3, s. 114) och STK-2019-1535.");
        assert!(t.contains(&"2.2.3.3".to_string()), "{t:?}");
        assert!(t.contains(&"stk-2019-1535".to_string()), "{t:?}");
        assert!(t.contains(&"114".to_string()));
    }

    #[test]
    fn stop_words_keep_positions() {
        let words = analyze("hälso- och sjukvård");
        assert_eq!(words.len(), 3);
        assert_eq!(words[0].position, 0);
        assert_eq!(words[1].kind, TokenKind::Stop);
        assert_eq!(words[1].term, "_och");
        assert_eq!(words[2].position, 2);
    }

    #[test]
    fn compounds_add_parts() {
        let w = &analyze("screeningprogram")[0];
        assert!(w.parts.contains(&stem_word("screening")), "{w:?}");
        assert!(w.parts.contains(&stem_word("program")), "{w:?}");
        let w = &analyze("forskningscirklar")[0];
        assert!(w.parts.contains(&stem_word("forskning")), "{w:?}");
        assert!(w.parts.contains(&stem_word("cirkel")), "{w:?}");
        let w = &analyze("barnrättsperspektivet")[0];
        assert_eq!(
            w.parts,
            vec![
                stem_word("barn"),
                stem_word("rätt"),
                stem_word("perspektiv")
            ]
        );
        let w = &analyze("hälsoekonomiska")[0];
        assert!(w.parts.contains(&stem_word("hälsa")), "{w:?}");
        let w = &analyze("frukostseminarium")[0];
        assert_eq!(w.parts, vec![stem_word("frukost"), stem_word("seminarium")]);
        let w = &analyze("medellivslängden")[0];
        assert!(w.parts.contains(&stem_word("livslängd")), "{w:?}");
        // Not a compound: no parts.
        assert!(analyze("kommunstyrelsen")[0].parts.len() >= 2);
        assert!(analyze("organisation")[0].parts.is_empty());
    }

    #[test]
    fn garbage_is_cheap_and_bounded() {
        let long = "barn".repeat(5000);
        assert!(analyze(&long).is_empty());
        let repeated = "barnbarnbarnbarnbarnbarnbarnbarnbarnbarnbarnbarn";
        let start = std::time::Instant::now();
        let w = &analyze(repeated)[0];
        assert!(w.parts.iter().all(|p| p == "barn"), "{w:?}");
        assert!(start.elapsed().as_secs() < 2);
        assert!(analyze("\u{0}\u{1}  \u{feff}").is_empty());
    }

    #[test]
    fn tokenizer_offsets_point_at_the_word() {
        let text = "Använd forskningscirklar för";
        let tokens = |parts: bool| {
            let mut tok = SwedishTokenizer {
                parts,
                ..SwedishTokenizer::default()
            };
            let mut stream = tok.token_stream(text);
            let mut seen = Vec::new();
            while stream.advance() {
                let t = stream.token();
                seen.push((
                    t.text.clone(),
                    text[t.offset_from..t.offset_to].to_string(),
                    t.position,
                ));
            }
            seen
        };
        let part = |seen: &[(String, String, usize)]| {
            seen.iter()
                .any(|(t, s, p)| t == &stem_word("cirkel") && s == "forskningscirklar" && *p == 1)
        };
        // The compound field has the part at the word's place; the other fields do not.
        assert!(part(&tokens(true)));
        assert!(!part(&tokens(false)));
        assert!(tokens(false)
            .iter()
            .any(|(t, s, _)| t == &stem_word("forskningscirklar") && s == "forskningscirklar"));
    }

    #[test]
    fn the_parts_tokenizer_takes_over_the_whole_word_analysis_unchanged() {
        let stream = |tok: &mut SwedishTokenizer, text: &str| {
            let mut s = tok.token_stream(text);
            let mut seen = Vec::new();
            while s.advance() {
                let t = s.token();
                seen.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
            }
            seen
        };
        let texts = [
            "Använd forskningscirklar för barnhälsovården i STK-2019-1535 och 2.2.3.3.",
            "",
            "Skolans elevhälsoarbete och förskoleverksamheten, för att alla barn",
        ];
        let mut whole = SwedishTokenizer::default();
        let mut parts = SwedishTokenizer {
            parts: true,
            ..SwedishTokenizer::default()
        };
        for text in texts {
            // Alone (nothing to take over: another text was read last) …
            stream(&mut whole, "något annat");
            let alone = stream(&mut parts, text);
            // … and right after the whole words of the same text: the same tokens.
            let words = stream(&mut whole, text);
            let taken = stream(&mut parts, text);
            assert_eq!(taken, alone, "{text}");
            let expect: Vec<_> = analyze(text)
                .into_iter()
                .flat_map(|w| {
                    std::iter::once(w.term.clone())
                        .chain(w.variants.clone())
                        .map(move |t| (t, w.from, w.to, w.position))
                })
                .collect();
            assert_eq!(words, expect, "{text}");
            assert!(alone.len() >= words.len());
        }
        assert!(stream(&mut parts, texts[0])
            .iter()
            .any(|(t, ..)| t == &stem_word("cirkel")));
    }

    #[test]
    fn other_series_numbers_are_identifiers() {
        assert!(super::identifiers("enligt NFS 2007:10", false)
            .iter()
            .any(|i| i.key == "nfs2007:10"));
    }
}
