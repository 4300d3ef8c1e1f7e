//! One vocabulary of identifiers: the typed forms of the official numbers Swedish documents
//! cite, and the one set of rules that recognises them in text.
//!
//! Every stage that needs an identifier (structure, the index writer, the analyzer, the
//! query parser, `show diary`, `identifiers`) uses these recognisers, so that "KS 2013/375"
//! in a protocol, "KS2013/375" in a query and "Dnr. KS 2013/375" in a letter are one term.
//!
//! | kind | as written | normalised |
//! |---|---|---|
//! | [`IdentKind::Diary`] | "STK-2019-1535", "KS-2020-00123", "STK-2O19-l535" (OCR) | "STK-2019-1535" |
//! | | "KS 2013/375", "KS2013/375", "Dnr. KS 2013/375", "dnr ks 2013/375" | "KS 2013/375" |
//! | | "SN 2019/0123-1.2.3", "Fi2019/01234/S1" (a document serial, a ministry unit) | "SN 2019/0123", "Fi 2019/01234" |
//! | | "Diarienummer: MN 2020-000456" (an office and a number after a cue) | "MN 2020-000456" |
//! | | "MN 2020-000456", "SBN 2019-0789" (bare: office, year, serial of 3–6 digits; not "ÖP 2021-2040") | "MN 2020-000456" |
//! | | "Ju 96/3882", "Fi2014/1234" (ministry codes) | "Ju 96/3882", "Fi 2014/1234" |
//! | | "Dnr 3.1-4788-2026" (anything after a cue "Dnr", "Diarienummer") | "3.1-4788-2026" |
//! | [`IdentKind::Paragraph`] | "§ 216", "§216", "§ 1.", "§3a", "§ 3 b" | "§ 216", "§ 1", "§ 3a", "§ 3b" |
//! | | "KS § 110", "Kf § 12/2013", "KS § 110/2013" | "KS § 110", "KF § 12/2013" |
//! | [`IdentKind::LawSection`] | "14 §", "3 kap. 14 §", "2 a §" | "14 §", "3 kap. 14 §", "2a §" |
//! | [`IdentKind::Recommendation`] | "2.2.3.3" (three to five parts, first a single digit) | "2.2.3.3" |
//! | [`IdentKind::Sfs`] | "SFS 1999:175", "SFS1999:175" | "SFS 1999:175" |
//! | [`IdentKind::Proposition`] | "prop. 2012/13:144", "Prop 2012/13:144" | "prop. 2012/13:144" |
//! | [`IdentKind::Directive`] | "dir. 2014:139", "Dir. 2014:139" | "dir. 2014:139" |
//! | [`IdentKind::Ds`] | "Ds 1998:10" | "Ds 1998:10" |
//! | [`IdentKind::Sou`] | "SOU 2014:139" | "SOU 2014:139" |
//! | [`IdentKind::Afs`] | "AFS 2011:19" | "AFS 2011:19" |
//! | [`IdentKind::Regulation`] | "NFS 2007:10", "LIVSFS 2006:22", "RA-FS 2004:2" | "NFS 2007:10" |
//! | [`IdentKind::EuAct`] | "92/57/EEG", "2014/24/EU", "(EU) 2016/679" | "92/57/EEG", "(EU) 2016/679" |
//! | [`IdentKind::CaseNumber`] | "T 3592-13", "T3592-13", "mål nr B 1234-05", "Ö 123-20", "UM 1234-21" | "T 3592-13", "B 1234-05" |
//! | | "B-114-2012" (a four-digit year), "mål nr 1234-20" (no case type, after "mål") | "B 114-12", "mål 1234-20" |
//!
//! A series number (SFS, AFS, SOU, Ds, dir., prop. and every agency's "…FS") is recognised
//! in the forms people and file names write it: a known series, a year and a number with a
//! colon, a space, a hyphen, a slash or an underscore between them ("dir. 2014:158",
//! "dir 2014 158", "dir-2014-158", "AMSFS 2007/2", "SFS-1999_175", "prop-2012-13-187" for
//! prop. 2012/13:187, "prop. 1999/2000:17"). Only a known series takes the other separators:
//! "KS 2013/375" stays a diary number, and a series name is never a diary office.
//!
//! Not identifiers: dates ("2020-04-06", "2020.04.06", "KS 2020-04-06"), times ("15:00"),
//! phone numbers ("08-123 45 67"), amounts ("3 500 000 kr"), page references ("s. 114"),
//! school years ("2019/20"), standards ("ISO 9001:2015").
//!
//! ```
//! use kommission::ident::{find_all, IdentKind, DiaryNumber};
//! let found = find_all("Dnr. KS 2013/375, se KS § 110/2013 och SFS 1999:175.");
//! let ids: Vec<_> = found.iter().map(|i| (i.kind, i.id.as_str())).collect();
//! assert_eq!(ids, vec![
//!     (IdentKind::Diary, "KS 2013/375"),
//!     (IdentKind::Paragraph, "KS § 110/2013"),
//!     (IdentKind::Sfs, "SFS 1999:175"),
//! ]);
//! assert_eq!(DiaryNumber::parse("ks2013/375").unwrap().to_string(), "KS 2013/375");
//! ```
//!
//! This module depends on nothing else in the crate (only `regex` and `serde`).

use std::fmt;
use std::str::FromStr;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;
use serde::{Deserialize, Serialize};

/// A closed set of names: the enum, `ALL` (every value, in order), `as_str` (its name in
/// outputs, also its serde name), `Display` and `FromStr`.
macro_rules! closed_name_set {
    ($(#[$meta:meta])* pub enum $t:ident { $($(#[$doc:meta])* $v:ident = $name:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $t {
            $($(#[$doc])* #[serde(rename = $name)] $v,)*
        }

        impl $t {
            /// Every value, in order.
            pub const ALL: [$t; [$($name),*].len()] = [$($t::$v),*];

            /// The name in outputs.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($t::$v => $name,)*
                }
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $t {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$t>::ALL
                    .into_iter()
                    .find(|k| k.as_str() == s)
                    .ok_or_else(|| UnknownName(s.to_string()))
            }
        }
    };
}

closed_name_set! {
    /// The kinds of identifier [`find_all`] recognises, in the order of the table in the
    /// module docs, with their names in outputs.
    pub enum IdentKind {
        /// A diary number (diarienummer) of an authority, a municipality or a ministry.
        Diary = "diary",
        /// A protocol paragraph reference ("KS § 110/2013").
        Paragraph = "paragraph",
        /// A section of a statute ("3 kap. 14 §").
        LawSection = "law-section",
        /// A recommendation code ("2.2.3.3").
        Recommendation = "recommendation",
        /// Svensk författningssamling ("SFS 1999:175").
        Sfs = "sfs",
        /// A government bill ("prop. 2012/13:144").
        Proposition = "proposition",
        /// A committee directive ("dir. 2014:139").
        Directive = "directive",
        /// Departementsserien ("Ds 1998:10").
        Ds = "ds",
        /// Statens offentliga utredningar ("SOU 2014:139").
        Sou = "sou",
        /// Arbetsmiljöverkets författningssamling ("AFS 2011:19").
        Afs = "afs",
        /// Another agency's statute book, a series whose name ends in "FS" (författningssamling:
        /// "NFS 2007:10", "LIVSFS 2006:22", "RA-FS 2004:2").
        Regulation = "regulation",
        /// An EU directive or regulation ("92/57/EEG", "(EU) 2016/679").
        EuAct = "eu-act",
        /// A court case number (målnummer: "T 3592-13", "mål nr B 1234-05", "UM 1234-21").
        CaseNumber = "case-number",
    }
}

/// A name that is not one of a closed set (an [`IdentKind`] or a [`LinkKind`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown name {0:?}")]
pub struct UnknownName(pub String);

/// One identifier found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub kind: IdentKind,
    /// The normalised form (see the module docs); equal for every spelling of one identifier.
    pub id: String,
    /// Byte span of the identifier as written (cue words such as "Dnr" included).
    pub start: usize,
    pub end: usize,
}

impl Ident {
    /// The identifier as written in `text` (the text it was found in).
    pub fn written<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

// ---------------------------------------------------------------------------------------
// Diary numbers

/// The ministry codes of the Government Offices (Regeringskansliet) that stand before a
/// diary number ("Ju 96/3882", "Fi2014/1234"), in their usual spelling. Upper-case office
/// prefixes ("KS", "STK", "BUN") need no list.
const MINISTRY_CODES: &[&str] = &[
    "A", "Fi", "Fö", "Ju", "Jo", "Ku", "Kn", "M", "N", "S", "SB", "U", "UD", "I", "IJ", "E", "Ko",
];

/// Upper-case prefixes that name a series or a union, not an office: "SFS 1999:175",
/// "(EU) 2016/679", "ISO 9001".
const NOT_OFFICES: &[&str] = &[
    "SFS", "AFS", "SOU", "DS", "EU", "EG", "EEG", "ISO", "SS", "EN", "NJA", "RÅ", "HFD", "AD",
    "MÖD", "PROP", "DIR", "BET", "RSKR", "ISSN", "ISBN", "BG", "PG", "TEL", "FAX", "ORG", "NR",
];

/// Whether an upper-case name is an agency's statute book ("NFS", "AMSFS", "RA-FS"): a
/// series, never a diary office ("AMSFS 2007/2" is AMSFS 2007:2).
fn is_statute_book(upper: &str) -> bool {
    upper.len() > 2 && upper.ends_with("FS") && upper.chars().all(|c| c.is_uppercase() || c == '-')
}

/// A diary number (diarienummer). Serialised as its normalised form ("KS 2013/375"), and
/// read back from it: a number as a recogniser of this module wrote it, or as a protocol's
/// labelled row gives it ("Diarienummer | 2022 001234"), is the number it was.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum DiaryNumber {
    /// "STK-2019-1535": office, four-digit year, serial, joined by hyphens.
    Dashed(DiaryParts),
    /// "KS 2013/375", "Ju 96/3882": office or ministry, year (two or four digits), serial.
    /// What some systems write after it, a document's serial or filing code
    /// ("SN 2019/0123-1.2.3") or the ministry unit that handles the case ("Fi2019/01234/S1"),
    /// is read with it but is no part of the case's number ("SN 2019/0123", "Fi 2019/01234").
    Slashed(DiaryParts),
    /// Anything else written after "Dnr"/"Diarienummer" ("3.1-4788-2026"), as written.
    Other(String),
}

/// The office or ministry, the year and the serial of a diary number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DiaryParts {
    pub prefix: String,
    pub year: String,
    pub serial: String,
}

impl fmt::Display for DiaryNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryNumber::Dashed(d) => write!(f, "{}-{}-{}", d.prefix, d.year, d.serial),
            DiaryNumber::Slashed(d) => write!(f, "{} {}/{}", d.prefix, d.year, d.serial),
            DiaryNumber::Other(s) => f.write_str(s),
        }
    }
}

impl From<DiaryNumber> for String {
    fn from(d: DiaryNumber) -> String {
        d.to_string()
    }
}

/// A normalised number (what [`find_diary_numbers`] yields, what a record stores) in its
/// form, or as written when it has none of the forms ([`DiaryNumber::Other`]); its
/// `Display` is the string again.
impl From<String> for DiaryNumber {
    fn from(s: String) -> DiaryNumber {
        match DiaryNumber::parse(&s) {
            Some(d) if d.to_string() == s => d,
            _ => DiaryNumber::Other(s),
        }
    }
}

/// A string that is not an identifier of the kind asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an identifier: {0:?}")]
pub struct NotAnIdentifier(pub String);

/// How many letters an office's name has in a diary number ("KS", "STK-2019-1535",
/// "UTBNÄM-2019-15"): the patterns below write it `{2,6}`, the index's words read it.
pub const OFFICE_LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

static DIARY_DASHED_RE: Windowed = Windowed::new(
    r"\b([A-ZÅÄÖ]{2,6})\s?[-–]\s?([0-9OolI|]{4})\s?[-–]\s?([0-9OolI|]{1,6})\b",
    r"[A-ZÅÄÖ]\s?[-–]",
);

static DIARY_SLASHED_RE: Windowed = Windowed::new(
    r"\b([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5})[\s-]?(\d{4}|\d{2})\s?/\s?(\d{1,6})\b(-\d{1,3}(?:\.\d{1,3}){0,4}\b|/[A-ZÅÄÖ]{1,4}\d{0,2}\b)?",
    r"\d\s?/\s?\d",
);

/// A bare diary number with a space after the office: "MN 2020-000456", "SBN 2019-0789"
/// (an office in capitals, a year, a serial of three to six digits). A serial that is a later
/// year makes a span of years ("ÖP 2021-2040"), no number.
static DIARY_SPACED_RE: Windowed = Windowed::new(
    r"\b([A-ZÅÄÖ]{2,6}) ((?:19|20)\d\d)[-–](\d{3,6})\b",
    r"[A-ZÅÄÖ] (?:19|20)\d\d[-–]\d",
);

/// A diary number after a cue word: the pattern has no maximum length (`\s*`), so its
/// window runs from before the first cue to the end of the text.
static DIARY_CUE_RE: Windowed = Windowed::new(
    r"(?i)\b(?:dnr|diarienr|diarienummer|diarie-nr|ärendenummer|ärendenr|vårt dnr|er referens|ert dnr)\b\.?\s*:?\s*([\p{L}\d][\p{L}\d.:/\- ]{0,30}\d)",
    r"(?i)dnr|diarie|referen|ärenden",
)
.with_lead(
    r"(?i)\b(?:dnr|diarienr|diarienummer|diarie-nr|ärendenummer|ärendenr|vårt dnr|er referens|ert dnr)",
);

/// Repair OCR confusions inside a run that should be digits (O/o → 0, l/I/| → 1).
fn ocr_digits(s: &str) -> Option<String> {
    let out: String = s
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'l' | 'I' | '|' => '1',
            c => c,
        })
        .collect();
    out.chars().all(|c| c.is_ascii_digit()).then_some(out)
}

/// Whether a number ends where it stands: not followed by another separator and digit
/// ("2020-04" of "2020-04-06", "2012/13" of "2012/13:144").
fn ends_here(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    match chars.next() {
        Some('-' | '–' | '/' | ':' | '.' | ',') => {
            !chars.next().is_some_and(|c| c.is_ascii_digit())
        }
        Some(c) => !c.is_alphanumeric(),
        None => true,
    }
}

/// The canonical spelling of an office or ministry prefix, when it is one. `strict`: as a
/// text recogniser (upper-case offices or a ministry code as spelled); otherwise any case.
fn office_prefix(p: &str, strict: bool) -> Option<String> {
    let upper = p.to_uppercase();
    if NOT_OFFICES.contains(&upper.as_str()) || is_statute_book(&upper) {
        return None;
    }
    let ministry = |m: &&&str| (strict && **m == p) || (!strict && m.to_uppercase() == upper);
    if let Some(m) = MINISTRY_CODES.iter().find(ministry) {
        return Some(m.to_string());
    }
    let all_upper = p.chars().all(|c| c.is_uppercase());
    (p.chars().count() >= 2 && (all_upper || !strict)).then_some(upper)
}

fn dashed_at(text: &str, c: &regex::Captures<'_>, strict: bool) -> Option<DiaryNumber> {
    c.get(0).filter(|all| ends_here(text, all.end()))?;
    let prefix = office_prefix(c.get(1)?.as_str(), strict)?;
    let year = ocr_digits(c.get(2)?.as_str())?;
    let serial = ocr_digits(c.get(3)?.as_str())?;
    let y: u32 = year.parse().ok()?;
    let parts = DiaryParts {
        prefix,
        year,
        serial,
    };
    (1900..=2100)
        .contains(&y)
        .then_some(DiaryNumber::Dashed(parts))
}

fn slashed_at(text: &str, c: &regex::Captures<'_>, strict: bool) -> Option<DiaryNumber> {
    c.get(0).filter(|all| ends_here(text, all.end()))?;
    let written = c.get(1)?.as_str();
    let prefix = office_prefix(written, strict)?;
    // "I 2019/20 års budget": a one-letter ministry code only glued to its number
    // ("S2019/01234").
    let glued = text[c.get(1)?.end()..].starts_with(|ch: char| ch.is_ascii_digit());
    if strict && written.chars().count() == 1 && !glued {
        return None;
    }
    let year = c.get(2)?.as_str();
    if year.len() == 4 && !(1900..=2100).contains(&year.parse::<u32>().ok()?) {
        return None;
    }
    Some(DiaryNumber::Slashed(DiaryParts {
        prefix,
        year: year.to_string(),
        serial: c.get(3)?.as_str().to_string(),
    }))
}

impl DiaryNumber {
    /// Parse one diary number as a user types it ("ks2013/375", "KS 2013/375",
    /// "Dnr STK-2019-1535", "3.1-4788-2026"); the prefix may be in any case.
    pub fn parse(s: &str) -> Option<DiaryNumber> {
        let s = s.trim();
        let s = DIARY_CUE_PREFIX_RE
            .find(s)
            .map_or(s, |m| s[m.end()..].trim_start());
        let upper = s.to_uppercase();
        let whole = |m: &regex::Captures<'_>| m.get(0).is_some_and(|m| m.len() == s.len());
        if let Some(c) = DIARY_DASHED_RE.regex().captures(&upper).filter(whole) {
            return dashed_at(&upper, &c, false);
        }
        for t in [s, &upper] {
            if let Some(c) = DIARY_SLASHED_RE.regex().captures(t).filter(whole) {
                return slashed_at(t, &c, false);
            }
        }
        let other: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let ok = !other.is_empty()
            && other.chars().any(|c| c.is_ascii_digit())
            && other
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | ':' | '/' | '-' | ' '));
        ok.then_some(DiaryNumber::Other(other))
    }
}

static DIARY_CUE_PREFIX_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|(?:reg|ref|case|file)\.?\s*no)\b\.?\s*:?\s*")
        .expect("static regex")
});

/// Whether a word is a diary number's cue and nothing else: "Dnr", "Diarienummer:", "diarienr.",
/// in an English translation "Reg. no.", "Ref. no."
/// (the cues of [`DIARY_CUE_PREFIX_RE`]; a protocol's labelled diary lines use it).
pub fn is_diary_cue(word: &str) -> bool {
    DIARY_CUE_PREFIX_RE
        .find(word.trim())
        .is_some_and(|m| m.end() == word.trim().len())
}

/// Add an identifier to `out` unless it overlaps one found before (the first found wins).
fn push_new(out: &mut Vec<Ident>, kind: IdentKind, id: String, start: usize, end: usize) {
    if !out.iter().any(|i| i.start < end && start < i.end) {
        out.push(Ident {
            kind,
            id,
            start,
            end,
        });
    }
}

/// The diary numbers of `text` into `out`, with its patterns run in windows around their anchors or over the whole
/// text (see [`Windowed`]).
fn find_diary_gated(text: &str, out: &mut Vec<Ident>, gated: bool) {
    let mut push = |kind, id, start, end| push_new(out, kind, id, start, end);
    // Cued numbers first: the cue decides that what follows is a diary number.
    for c in DIARY_CUE_RE.captures_iter(text, gated) {
        let (Some(all), Some(m)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let tail = m.as_str();
        // The number ends at the first space that is not inside a "KS 2013/375" form; after
        // the cue the office may be written in any case ("dnr ks 2013/375").
        let upper = tail.to_uppercase();
        let found = leading(&DIARY_DASHED_RE, tail, dashed_at, true)
            .or_else(|| leading(&DIARY_SLASHED_RE, tail, slashed_at, true))
            .or_else(|| {
                let same = upper.len() == tail.len();
                same.then(|| leading(&DIARY_SLASHED_RE, &upper, slashed_at, false))?
            })
            .map(|(d, len)| (d.to_string(), len))
            .or_else(|| office_number(tail));
        let (id, len) = match found {
            Some(found) => found,
            None => {
                let word = tail.split(' ').next().unwrap_or("");
                let word = word.trim_end_matches(['.', ':', '/', '-']);
                if !word.chars().any(|c| c.is_ascii_digit())
                    || !word.chars().any(|c| matches!(c, '.' | ':' | '/' | '-'))
                {
                    continue;
                }
                // The office after the number ("Dnr 2023/145 KS") belongs to it.
                let rest = text[m.start() + word.len()..].strip_prefix(' ');
                let office = rest.and_then(|r| r.split(|c: char| !c.is_alphabetic()).next());
                match office.filter(|o| is_office(o)) {
                    Some(o) => (format!("{word} {o}"), word.len() + 1 + o.len()),
                    None => (word.to_string(), word.len()),
                }
            }
        };
        push(IdentKind::Diary, id, all.start(), m.start() + len);
    }
    let readers: [(&'static Windowed, Reader); 3] = [
        (&DIARY_DASHED_RE, |t, c| found(dashed_at(t, c, true), c)),
        (&DIARY_SLASHED_RE, |t, c| found(slashed_at(t, c, true), c)),
        (&DIARY_SPACED_RE, |t, c| found(spaced_at(t, c), c)),
    ];
    read_all(text, gated, &readers, out);
}

/// A diary number read from a match, as [`read_all`] takes it.
fn found(
    d: Option<impl fmt::Display>,
    c: &regex::Captures<'_>,
) -> Option<(IdentKind, String, usize)> {
    Some((IdentKind::Diary, d?.to_string(), c.get(0)?.start()))
}

/// A reader of a diary number from its pattern's captures ([`dashed_at`], [`slashed_at`]).
type DiaryAt = fn(&str, &regex::Captures<'_>, bool) -> Option<DiaryNumber>;

/// A diary number of `re`'s form at the start of `t`, read by `at`, and its length in bytes.
fn leading(re: &Windowed, t: &str, at: DiaryAt, strict: bool) -> Option<(DiaryNumber, usize)> {
    let d = re
        .regex()
        .captures(t)
        .filter(|d| d.get(0).is_some_and(|d| d.start() == 0))?;
    Some((at(t, &d, strict)?, d.get(0)?.end()))
}

/// A bare "MN 2020-000456" as written (as after a cue, see [`office_number`]), unless the
/// office is a series or the serial is a later year ("ÖP 2021-2040", "RUS 2020-2030").
fn spaced_at(text: &str, c: &regex::Captures<'_>) -> Option<String> {
    c.get(0).filter(|all| ends_here(text, all.end()))?;
    let office = c.get(1)?.as_str();
    office_prefix(office, true)?;
    let year: u32 = c.get(2)?.as_str().parse().ok()?;
    let serial = c.get(3)?.as_str();
    let later_year = serial.len() == 4
        && serial
            .parse::<u32>()
            .is_ok_and(|y| y > year && y <= year + 100);
    (!later_year).then(|| format!("{office} {year}-{serial}"))
}

/// Whether a word is an office as written after a diary number's cue: two to six capitals.
fn is_office(o: &str) -> bool {
    (2..=6).contains(&o.chars().count())
        && o.chars().all(char::is_uppercase)
        && office_prefix(o, true).is_some()
}

/// After a cue, an office and a number in another form ("MN 2020-000456", "BN 2019.123",
/// "BUN 2024:88"): the office in capitals, then a word of digits and separators that is no
/// date. The number as written, and its length in bytes.
fn office_number(tail: &str) -> Option<(String, usize)> {
    let mut words = tail.split(' ');
    let office = words.next()?;
    let number = words.next()?.trim_end_matches(['.', ':', '/', '-']);
    let sep = |c: char| matches!(c, '.' | '-' | '/' | ':');
    let is_number = number.chars().all(|c| c.is_ascii_digit() || sep(c))
        && number.chars().any(sep)
        && number.chars().next().is_some_and(|c| c.is_ascii_digit());
    let date = number.len() == 10 && number.chars().filter(|c| *c == '-').count() == 2;
    (is_office(office) && is_number && !date).then(|| {
        (
            format!("{office} {number}"),
            office.len() + 1 + number.len(),
        )
    })
}

/// Every diary number in `text`, normalised, in order, without duplicates.
pub fn find_diary_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    find_diary_gated(text, &mut found, true);
    found.sort_by_key(|i| i.start);
    let mut seen = std::collections::HashSet::new();
    found.retain(|i| seen.insert(i.id.clone()));
    found.into_iter().map(|i| i.id).collect()
}

// ---------------------------------------------------------------------------------------
// Paragraph references

/// A protocol paragraph reference: "§ 216", "§ 3b", "KS § 110/2013".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ParagraphRef {
    /// The body's abbreviation, upper-cased ("KS", "KF"), when given.
    pub body: Option<String>,
    pub number: u32,
    /// The letter of an inserted paragraph ("a" in "§ 3a").
    pub suffix: Option<char>,
    /// The year ("2013" in "Kf § 12/2013"), as written.
    pub year: Option<String>,
}

impl fmt::Display for ParagraphRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(b) = &self.body {
            write!(f, "{b} ")?;
        }
        write!(f, "§ {}", self.number)?;
        if let Some(s) = self.suffix {
            write!(f, "{s}")?;
        }
        if let Some(y) = &self.year {
            write!(f, "/{y}")?;
        }
        Ok(())
    }
}

impl ParagraphRef {
    /// Parse one reference as a user types it ("ks §110/2013", "§3a").
    pub fn parse(s: &str) -> Option<ParagraphRef> {
        let s = s.trim().trim_end_matches('.');
        // The body as typed in any case: "ks §110" is "KS § 110".
        let (body, rest) = s.split_at(s.find('§')?);
        let s = &format!("{}{rest}", body.to_uppercase());
        let c = PARAGRAPH_RE.regex().captures(s)?;
        if c.get(0)?.len() != s.len() {
            return None;
        }
        paragraph_at(s, &c, false)
    }
}

static PARAGRAPH_RE: Windowed = Windowed::new(
    r"(?:\b([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5})\s?)?§\s?(?:((?:19|20)\d\d):)?(\d{1,4})(?:([a-zåäö])\b|\s([a-h])\b)?(?:\s?/\s?(\d{4}|\d{2})\b)?",
    r"§\s?\d",
);

fn paragraph_at(text: &str, c: &regex::Captures<'_>, strict: bool) -> Option<ParagraphRef> {
    let all = c.get(0)?;
    // "§§ 1-5" and "§ 12-14" are ranges, not one paragraph; "14 § 1999:175" is a section of
    // the statute 1999:175, whose year is no paragraph ("§ 2024:15" alone is paragraph 15 of 2024).
    let mut after = text[all.end()..].chars();
    let colon = after.next() == Some(':') && after.next().is_some_and(|c| c.is_ascii_digit());
    let section = c.get(2).is_some() && text[..all.start()].trim_end().ends_with(char::is_numeric);
    if text[..all.start()].ends_with('§') || colon || section {
        return None;
    }
    let year = c.get(6).or(c.get(2)).map(|m| m.as_str().to_string());
    let body = c.get(1).and_then(|b| {
        let b = b.as_str();
        let all_upper = b.chars().all(|ch| ch.is_uppercase());
        // "Se § 5", "Enl § 5": a short capitalised word is a body only with a year.
        (all_upper || year.is_some() || (!strict && b.chars().count() <= 6))
            .then(|| b.to_uppercase())
    });
    Some(ParagraphRef {
        body,
        number: c.get(3)?.as_str().parse().ok()?,
        suffix: c
            .get(4)
            .or(c.get(5))
            .and_then(|m| m.as_str().chars().next()),
        year,
    })
}

// ---------------------------------------------------------------------------------------
// Statutes, series and recommendation codes

static LAW_SECTION_RE: Windowed = Windowed::new(
    r"\b(?:(\d{1,2})\s?kap\.?\s?)?(\d{1,3})(?:\s?([a-h]))?\s?§",
    r"\d(?:\s?[a-h])?\s?§",
);

/// A series number: the series (SFS, AFS, SOU, Ds, dir., prop. or an agency's "…FS"), a
/// year (a bill's session "2012/13", "1999/2000", also "2012-13" in file names) and a number,
/// with a colon, a space, a hyphen, a slash or an underscore between them; also after an
/// underscore, as file names join words ("ferenda_prop-2012-13-187.pdf").
static SERIES_RE: Windowed = Windowed::new(
    r"(?:\b|_)(?:(SFS)|(AFS)|(SOU)|(Ds)|((?:[Kk]ommitt[eé])?[Dd]ir(?:ektiv(?:et)?)?)|([Pp]rop(?:osition)?)|(\p{Lu}{1,6}-?FS))(?:\.\s?|[\s_-])?((?:19|20)\d{2}(?:[/-](?:19|20)\d{2}|[/-]\d{2})?)(?:\s?:\s?|[\s/_-])(\d{1,4})\b",
    r"(?:FS|SOU|Ds|[Dd]ir(?:ektiv(?:et)?)?|[Pp]rop(?:osition)?)[.\s_-]{0,2}(?:19|20)",
);

/// The series of [`SERIES_RE`]'s groups: the group, the kind, the series as normalised (an
/// agency's statute book as written, group 7).
const SERIES_KINDS: [(usize, IdentKind, &str); 7] = [
    (7, IdentKind::Regulation, ""),
    (1, IdentKind::Sfs, "SFS"),
    (2, IdentKind::Afs, "AFS"),
    (3, IdentKind::Sou, "SOU"),
    (4, IdentKind::Ds, "Ds"),
    (5, IdentKind::Directive, "dir."),
    (6, IdentKind::Proposition, "prop."),
];

/// Whether a year is one year ("2014") or a session of two years running ("2012/13",
/// "1999/2000", "1999/00").
fn is_session(year: &str) -> bool {
    let Some((first, second)) = year.split_once('/') else {
        return true;
    };
    let (Ok(a), Ok(b)) = (first.parse::<u32>(), second.parse::<u32>()) else {
        return false;
    };
    b == if second.len() == 4 {
        a + 1
    } else {
        (a + 1) % 100
    }
}

/// Whether a series number ends at `end`: not followed by another separator and digit
/// ("Dir 2014-12" of the date "Dir 2014-12-18"), and, unless its number follows a colon, not
/// by a section sign or a chapter ("SFS 2017 3 kap." is no SFS 2017:3, but a running head
/// "Prop. 2008/09:5" before "kap." in the text is the bill).
fn series_ends_here(text: &str, end: usize, colon: bool) -> bool {
    let rest = text[end..].trim_start();
    ends_here(text, end) && (colon || !rest.starts_with('§') && !rest.starts_with("kap"))
}

/// The case types of Swedish courts that stand before a case number ("T 3592-13": T civil,
/// B criminal, Ö other, Ä non-contentious; FT, FÖ, BÖ, ÖÄ, AÄ of the courts of appeal; UM,
/// UMÖ, MIG of the migration courts; P, M, F, MÖ, PMT, PMÖ, PMÄ, PMB, PMF of the land and
/// environment and the patent and market courts; A, B of the Labour Court). After the cue
/// "mål" any one to three capitals are a case type.
const CASE_TYPES: &[&str] = &[
    "T", "B", "Ö", "Ä", "A", "P", "M", "F", "FT", "FÖ", "FB", "BÖ", "ÖÄ", "AÄ", "UM", "UMÖ", "UMÄ",
    "MIG", "MÖ", "PMT", "PMÖ", "PMÄ", "PMB", "PMF",
];

/// A court case number: a case type, a number and the year's last two digits ("T 3592-13",
/// "T3592-13", "B-114-2012" with the whole year), after an optional cue ("mål", "mål nr",
/// "målet", "målnummer:"), which alone may stand for the case type ("mål nr 1234-20").
static CASE_RE: Windowed = Windowed::new(
    r"(?:\b((?i:mål(?:et)?(?:\s(?:nr|nummer)\.?)?|målnr\.?|målnummer))\s?:?\s?(?:(\p{Lu}{1,3})[\s-]?)?|\b(\p{Lu}{1,3})[\s-]?)(\d{2,5})-((?:19|20)\d{2}|\d{2})\b",
    r"(?i:mål)|\p{Lu}[\s-]?\d{2,5}-\d",
);

/// The case number of a [`CASE_RE`] match, normalised ("T 3592-13", "B 114-12", "mål
/// 1234-20"); None where it is no case number: a date or a longer number goes on ("T
/// 2012-06-01"), the letters before it are no case type and no cue stands before them
/// ("SS 1234-56", "KS 12-15"), or neither a case type nor "nr" follows "mål" ("Mål
/// 2020-2030").
fn case_number_at(text: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let all = c.get(0).filter(|all| ends_here(text, all.end()))?;
    let cue = c.get(1).map(|m| m.as_str().to_lowercase());
    let letters = c.get(2).or(c.get(3)).map(|m| m.as_str());
    match (letters, &cue) {
        (Some(l), None) if !CASE_TYPES.contains(&l) => return None,
        // Without a case type only "mål nr" / "målnummer" cue a number: "Mål 2020-2030" of
        // a plan is a span of years.
        (None, Some(cue)) if !cue.contains("nr") && !cue.contains("nummer") => return None,
        _ => {}
    }
    let (num, year) = (c.get(4)?.as_str(), c.get(5)?.as_str());
    let year = &year[year.len() - 2..];
    let id = match letters {
        Some(l) => format!("{l} {num}-{year}"),
        None => format!("mål {num}-{year}"),
    };
    Some((IdentKind::CaseNumber, id, all.start()))
}

static EU_RE: Windowed = Windowed::new(
    r"\b(\d{2}|\d{4})/(\d{1,4})/(EEG|EG|EU|EKSG|Euratom)\b|\((EU|EG|EEG|Euratom)\)\s?(?:[Nn]r\.?\s?)?(\d{4}/\d{1,4}|\d{1,4}/\d{4})\b",
    r"/(?:EEG|EG|EU|EKSG|Euratom)|\((?:EU|EG|EEG|Euratom)\)",
);

/// A series number of a series the rules above do not name ("NJA 2014:45", "Fi 2014:15",
/// "VERVAFS 2007:2AR"): an upper-case word, maybe a dot, a year, a colon and a number.
static OTHER_SERIES_RE: Windowed = Windowed::new(
    r"\b(\p{Lu}[\p{L}]{1,7}(?:-\p{Lu}{1,4})?)\.?[ \u{a0}]?([0-9]{4}:[0-9]{1,5})\b",
    r"[0-9]{4}:[0-9]",
);

/// Other spellings of the one number `s` is, as readers and other systems write it: a diary
/// number with hyphens as with a slash and back ("KS-2013-375" ↔ "KS 2013/375", the serial
/// without its leading zeros), a series number of [`OTHER_SERIES_RE`] with "nr" for the colon
/// ("AD 2013:63" ↔ "AD 2013 nr 63", as the Labour Court numbers its judgments). Empty for
/// anything else.
pub fn other_spellings(s: &str) -> Vec<String> {
    let s = s.trim();
    let mut out = Vec::new();
    match DiaryNumber::parse(s) {
        Some(DiaryNumber::Dashed(d)) => {
            let bare = d.serial.trim_start_matches('0');
            let bare = if bare.is_empty() { &d.serial } else { bare };
            out.push(format!("{} {}/{bare}", d.prefix, d.year));
        }
        Some(DiaryNumber::Slashed(d)) if d.year.len() == 4 => {
            out.push(format!("{}-{}-{}", d.prefix, d.year, d.serial))
        }
        _ => {}
    }
    if let Some(c) = OTHER_SERIES_NR_RE.captures(s) {
        let (series, year, colon, number) = (&c[1], &c[2], c.get(3).is_some(), &c[4]);
        out.push(if colon {
            format!("{series} {year} nr {number}")
        } else {
            format!("{series} {year}:{number}")
        });
    }
    out
}

/// A section with its sign on the other side of its number: a protocol's "§ 14" is a
/// statute's "14 §" and back (readers type either for the other); None for anything else
/// (a paragraph of a body or a year, a chapter's section).
pub fn other_side(s: &str) -> Option<String> {
    match normalize(s).filter(|_| s.contains('§'))? {
        (IdentKind::Paragraph, id) => id
            .strip_prefix("§ ")
            .filter(|n| !n.contains('/'))
            .map(|n| format!("{n} §")),
        (IdentKind::LawSection, id) => id
            .strip_suffix(" §")
            .filter(|n| !n.contains("kap"))
            .map(|n| format!("§ {n}")),
        _ => None,
    }
}

/// A series number as [`OTHER_SERIES_RE`] takes it, or with "nr" for the colon.
static OTHER_SERIES_NR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{L}{2,8}(?:-\p{L}{1,4})?)\.?\s?([0-9]{4})(?:\s?(:)\s?|\s(?i:nr)\.?\s?)([0-9]{1,5})$",
    )
    .expect("static regex")
});

/// The [`OTHER_SERIES_RE`] numbers of `text`, left to right, not overlapping: their spans
/// and keys, the series' letters in lower case and the number ("nfs2007:10", "rafs2004:2").
/// `gated`: the pattern runs in windows around its anchors, else over the whole text (to
/// check the windows, see [`Windowed`]).
pub fn other_series(text: &str, gated: bool) -> Vec<(usize, usize, String)> {
    let key = |c: regex::Captures<'_>| {
        let (all, series, number) = (c.get(0)?, c.get(1)?, c.get(2)?);
        let series: String = series
            .as_str()
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let key = format!("{}{}", series.to_lowercase(), number.as_str());
        Some((all.start(), all.end(), key))
    };
    OTHER_SERIES_RE
        .captures_iter(text, gated)
        .filter_map(key)
        .collect()
}

static CODE_RE: Windowed = Windowed::new(r"\b\d(?:\.\d{1,2}){2,4}\b", r"\d\.\d");

/// The spans of the recommendation codes of `text` ("2.2.3.3": three to five dotted parts,
/// the first a single digit, the others at most two digits; not part of a longer dotted or
/// decimal number), left to right: [`IdentKind::Recommendation`] as [`find_all`] reads it.
pub fn find_codes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    read_all(text, true, &[(&CODE_RE, code_at)], &mut out);
    out.iter().map(|i| (i.start, i.end)).collect()
}

/// Whether the whole of `s` is one recommendation code.
pub fn is_code(s: &str) -> bool {
    find_codes(s) == [(0, s.len())]
}

/// A recommendation code of the commission's final report ("2.2.3.3"): three to five dotted
/// parts, the first a single digit, as [`find_codes`] reads it. Serialised as the code.
///
/// ```
/// use kommission::ident::RecommendationCode;
/// assert_eq!(RecommendationCode::parse("2.2.3.3").unwrap().as_str(), "2.2.3.3");
/// assert!(RecommendationCode::parse("2020.04.06").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct RecommendationCode(String);

impl RecommendationCode {
    /// The code, when the whole of `s` is one ([`is_code`]).
    pub fn parse(s: &str) -> Option<RecommendationCode> {
        is_code(s).then(|| RecommendationCode(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecommendationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::ops::Deref for RecommendationCode {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for RecommendationCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<RecommendationCode> for String {
    fn from(c: RecommendationCode) -> String {
        c.0
    }
}

impl TryFrom<String> for RecommendationCode {
    type Error = NotAnIdentifier;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        RecommendationCode::parse(&s).ok_or(NotAnIdentifier(s))
    }
}

/// Every identifier in `text`, with its kind, normalised form and byte span, in the order
/// they stand; spans do not overlap (a diary number wins over a paragraph reference, a
/// series number over a recommendation code).
pub fn find_all(text: &str) -> Vec<Ident> {
    find_all_gated(text, true)
}

/// A pattern of this module that runs only where it can match: in windows around the places
/// where its anchor stands.
///
/// The anchor is a small pattern without word boundaries that every match of the full
/// pattern contains ("§\s?\d" for "§ 216"); the regex crate finds it with its fast engines.
/// The full pattern's Unicode `\b` makes those engines give up at the first non-ASCII letter,
/// so on a whole page it ran its backtracker over every byte (46 % of the CPU of ingesting
/// text files, then 31 % behind gates on the literals alone: `perf record` of an ingest of the
/// 10⁴-page archive). Every match is at most `reach` bytes long (regex-syntax's maximum length
/// of the pattern), so it lies within `reach` bytes of an anchor it overlaps; the full pattern
/// runs only in those windows (merged where they overlap), with the text around them as
/// context for `\b`. The matches are those of the full pattern over the whole text, in the
/// same order (`gates_change_no_match` compares both): a match lies in one window, and so do
/// the other matches that start where it starts, among which leftmost-first chooses.
///
/// A new form of a pattern needs its anchor to cover it too (add a phrase with it to
/// `gates_change_no_match`). Both patterns are compiled at their first use, the full one only
/// when its anchor is found, so a process that never sees "§" never builds the paragraph
/// pattern.
struct Windowed {
    pattern: &'static str,
    anchor: &'static str,
    /// For a pattern without a maximum length (`\s*`): a pattern for a match's start up to
    /// the end of its anchor, whose maximum length bounds the window before the anchor; the
    /// window then runs to the end of the text.
    lead: Option<&'static str>,
    compiled_anchor: OnceLock<Regex>,
    compiled: OnceLock<Full>,
}

struct Full {
    re: Regex,
    /// Bytes a match reaches before an anchor's start.
    before: usize,
    /// Bytes a match reaches after an anchor's end; None: to the end of the text.
    after: Option<usize>,
}

/// The longest match of a constant pattern, in bytes (None when it has no bound).
fn maximum_len(pattern: &str) -> Option<usize> {
    regex_syntax::Parser::new()
        .parse(pattern)
        .expect("static regex")
        .properties()
        .maximum_len()
}

impl Windowed {
    const fn new(pattern: &'static str, anchor: &'static str) -> Windowed {
        Windowed {
            pattern,
            anchor,
            lead: None,
            compiled_anchor: OnceLock::new(),
            compiled: OnceLock::new(),
        }
    }

    /// For a pattern without a maximum length: `lead`, see [`Windowed::lead`].
    const fn with_lead(mut self, lead: &'static str) -> Windowed {
        self.lead = Some(lead);
        self
    }

    fn full(&self) -> &Full {
        self.compiled.get_or_init(|| {
            let re = Regex::new(self.pattern).expect("static regex");
            let after = maximum_len(self.pattern);
            let before = after.or_else(|| self.lead.and_then(maximum_len));
            let before = before.expect("a lead for a pattern without bound");
            Full { re, before, after }
        })
    }

    /// The full pattern, for a short text that is searched whole.
    fn regex(&self) -> &Regex {
        &self.full().re
    }

    /// The windows of `text` in which the full pattern may match: sorted, not overlapping,
    /// on character boundaries.
    fn windows(&self, text: &str) -> Vec<(usize, usize)> {
        let anchor = self
            .compiled_anchor
            .get_or_init(|| Regex::new(self.anchor).expect("static regex"));
        let mut windows: Vec<(usize, usize)> = Vec::new();
        let mut full = None;
        for m in anchor.find_iter(text) {
            let f: &Full = full.get_or_insert_with(|| self.full());
            let mut start = m.start().saturating_sub(f.before);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = f
                .after
                .map_or(text.len(), |a| (m.end() + a).min(text.len()));
            while !text.is_char_boundary(end) {
                end += 1;
            }
            match windows.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => windows.push((start, end)),
            }
            if end == text.len() {
                break;
            }
        }
        windows
    }

    /// The full pattern's matches in `text`, left to right, not overlapping: searched in the
    /// windows around the anchors when `windowed`, else over the whole text.
    fn captures_iter<'t>(
        &'static self,
        text: &'t str,
        windowed: bool,
    ) -> impl Iterator<Item = regex::Captures<'t>> {
        let whole = (!windowed).then(|| self.regex().captures_iter(text));
        let windows = if windowed {
            self.windows(text)
        } else {
            Vec::new()
        };
        let mut windows = windows.into_iter().peekable();
        let mut at = 0;
        let in_windows = std::iter::from_fn(move || {
            while let Some(&(start, end)) = windows.peek() {
                // The window and the character after it, the context of a `\b` at its end.
                let context = text[end..].chars().next().map_or(0, char::len_utf8);
                let haystack = &text[..end + context];
                let from = at.max(start);
                if let Some(c) = self.full().re.captures_at(haystack, from) {
                    let m = c.get(0)?;
                    if m.end() <= end && m.end() > m.start() {
                        at = m.end();
                        return Some(c);
                    }
                }
                windows.next();
            }
            None
        });
        whole.into_iter().flatten().chain(in_windows)
    }
}

/// An identifier read from its pattern's captures in a text: its kind, its normalised form
/// and where it starts (it ends where the match ends); None where the match is none.
type Reader = fn(&str, &regex::Captures<'_>) -> Option<(IdentKind, String, usize)>;

/// The identifiers `readers` read from their patterns' matches in `text`, pattern by pattern,
/// into `out` (unless one found before overlaps them, [`push_new`]).
fn read_all(
    text: &str,
    gated: bool,
    readers: &[(&'static Windowed, Reader)],
    out: &mut Vec<Ident>,
) {
    for (re, read) in readers {
        for c in re.captures_iter(text, gated) {
            if let (Some(all), Some((kind, id, start))) = (c.get(0), read(text, &c)) {
                push_new(out, kind, id, start, all.end());
            }
        }
    }
}

/// The series number of a [`SERIES_RE`] match, normalised ("dir. 2014:158").
fn series_at(text: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let (all, year, num) = (c.get(0)?, c.get(8)?, c.get(9)?);
    let colon = text[year.end()..num.start()].contains(':');
    // The word written out ("direktiv 2016:15") is a committee directive only with the
    // colon: "direktiv 2006/54/EG" is an EU directive.
    let written_out = c.get(5).is_some_and(|d| d.len() > 3);
    if !series_ends_here(text, all.end(), colon) || (written_out && !colon) {
        return None;
    }
    // A bill's session as a file name writes it: "2012-13" is 2012/13. A session is two
    // years running ("Dir 2014-12-18" is a date).
    let year = year.as_str().replace('-', "/");
    // The series by its group in SERIES_RE; a bill's year is a session ("2012/13").
    let (kind, series) = SERIES_KINDS.iter().find_map(|(group, kind, name)| {
        let m = c.get(*group)?;
        Some((*kind, if name.is_empty() { m.as_str() } else { name }))
    })?;
    let session = is_session(&year) && (kind != IdentKind::Proposition || year.contains('/'));
    let id = format!("{series} {year}:{}", num.as_str());
    let start = all.start() + usize::from(all.as_str().starts_with('_'));
    session.then_some((kind, id, start))
}

/// The EU act of an [`EU_RE`] match ("92/57/EEG", "(EU) 2016/679").
fn eu_act_at(_: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let id = match (c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)) {
        (Some(a), Some(b), Some(s), _, _) => {
            format!("{}/{}/{}", a.as_str(), b.as_str(), s.as_str())
        }
        (_, _, _, Some(s), Some(n)) => format!("({}) {}", s.as_str(), n.as_str()),
        _ => return None,
    };
    Some((IdentKind::EuAct, id, c.get(0)?.start()))
}

/// The paragraph reference of a [`PARAGRAPH_RE`] match in a text; a word before § that is
/// not a body is not part of it.
fn paragraph_ref_at(text: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let (all, p) = (c.get(0)?, paragraph_at(text, c, true)?);
    let start = match (c.get(1), &p.body) {
        (Some(_), None) => text[all.start()..]
            .find('§')
            .map_or(all.start(), |i| all.start() + i),
        _ => all.start(),
    };
    Some((IdentKind::Paragraph, p.to_string(), start))
}

/// The section of a [`LAW_SECTION_RE`] match ("3 kap. 14 §"): never "§ 5 §", and "5 §§" is
/// a range's start.
fn law_section_at(text: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let (all, sec) = (c.get(0)?, c.get(2)?);
    if text[all.end()..].starts_with('§') {
        return None;
    }
    let chapter = c.get(1).map(|ch| format!("{} kap. ", ch.as_str()));
    let letter = c.get(3).map_or("", |l| l.as_str());
    let id = format!("{}{}{letter} §", chapter.unwrap_or_default(), sec.as_str());
    Some((IdentKind::LawSection, id, all.start()))
}

/// The recommendation code of a [`CODE_RE`] match when it stands alone: not part of a longer
/// dotted or decimal number ("12.2.3.4", "2.2.3.3.", "1.2.3,5").
fn code_at(text: &str, c: &regex::Captures<'_>) -> Option<(IdentKind, String, usize)> {
    let m = c.get(0)?;
    let before = text[..m.start()].chars().next_back();
    let mut after = text[m.end()..].chars();
    let (a1, a2) = (after.next(), after.next());
    let bad_before = matches!(before, Some(c) if c == '.' || c == ',' || c.is_ascii_digit());
    let bad_after = matches!((a1, a2), (Some('.' | ','), Some(c)) if c.is_ascii_digit());
    let id = m.as_str().to_string();
    (!bad_before && !bad_after).then_some((IdentKind::Recommendation, id, m.start()))
}

/// [`find_all`], with the patterns run in windows around their anchors ([`Windowed`]) or over
/// the whole text (to check the windows).
fn find_all_gated(text: &str, gated: bool) -> Vec<Ident> {
    let mut out: Vec<Ident> = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    find_diary_gated(text, &mut out, gated);
    let readers: [(&'static Windowed, Reader); 6] = [
        (&SERIES_RE, series_at),
        (&EU_RE, eu_act_at),
        (&CASE_RE, case_number_at),
        (&PARAGRAPH_RE, paragraph_ref_at),
        (&LAW_SECTION_RE, law_section_at),
        (&CODE_RE, code_at),
    ];
    read_all(text, gated, &readers, &mut out);
    out.sort_by_key(|i| i.start);
    out
}

/// The normalised form of `s` when the whole of it is one identifier, whatever its
/// spacing or case ("ks2013/375" → (Diary, "KS 2013/375")); for query terms and `show`.
pub fn normalize(s: &str) -> Option<(IdentKind, String)> {
    let t = s.trim();
    if let Some(p) = ParagraphRef::parse(t) {
        return Some((IdentKind::Paragraph, p.to_string()));
    }
    let found = find_all(t);
    if let [one] = found.as_slice() {
        if one.start == 0 && one.end == t.len() {
            return Some((one.kind, one.id.clone()));
        }
    }
    let d = DiaryNumber::parse(t)?;
    match d {
        DiaryNumber::Other(_) => None,
        d => Some((IdentKind::Diary, d.to_string())),
    }
}

// ---------------------------------------------------------------------------------------
// Link kinds

closed_name_set! {
    /// The kinds of [`crate::model::Link`] (see [`crate::links`] for what each means), in
    /// the order of their names (so that links sort as they did when kinds were strings).
    pub enum LinkKind {
        /// An action quotes a recommendation.
        Cites = "cites",
        /// A page where the action's own text stands.
        Describes = "describes",
        /// A table-of-contents entry of an action.
        Lists = "lists",
        /// A recommendation code.
        MentionsCode = "mentions-code",
        /// A diary number.
        MentionsDiaryNumber = "mentions-diary-number",
        /// "N. Title" of an action elsewhere, or "åtgärd N".
        MentionsNumber = "mentions-number",
        /// An action's title.
        MentionsTitle = "mentions-title",
    }
}

/// Texts for tests that compare two ways of doing one thing.
#[cfg(test)]
pub(crate) mod sample {
    /// Call `check` on `count` random strings (up to `max_len` characters, a fixed seed) over
    /// `alphabet`, then on every page of the truth files in `tests/data`.
    pub(crate) fn texts(alphabet: &str, count: usize, max_len: u64, mut check: impl FnMut(&str)) {
        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..count {
            let mut t = String::new();
            for _ in 0..(state % max_len) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            check(&t);
        }
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut pages = 0;
        for entry in std::fs::read_dir(data).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with(".truth.json") {
                let truth: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
                for page in truth["pages"].as_array().unwrap() {
                    check(page["text"].as_str().unwrap());
                    pages += 1;
                }
            }
        }
        assert!(pages >= 23, "{pages} truth pages");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(IdentKind, String)> {
        find_all(text).into_iter().map(|i| (i.kind, i.id)).collect()
    }

    /// Running the patterns in windows around their anchors ([`Windowed`]) changes no match,
    /// of [`find_all`] nor of [`other_series`]: on the pages of the truth files, on
    /// identifier-rich phrases, on random strings over the characters that matter, and on long
    /// ones where the windows are far apart.
    #[test]
    fn gates_change_no_match() {
        let check = |t: &str| {
            assert_eq!(find_all_gated(t, true), find_all_gated(t, false), "{t:?}");
            assert_eq!(other_series(t, true), other_series(t, false), "{t:?}");
        };
        for t in [
            "Dnr KS 2013/375 och KS-2014-12, § 5 kap. 3 §, SFS 1999:175, prop. 2012/13:1",
            "direktiv Dir. 2014:5, Ds 2010:3, SOU 2013:8, AFS 2001:1, 2006/54/EG och (EU) nr 2016/679",
            "VÅRT DNR: 2014.1.2 ERT DNR 5/2013, er referens ab-12 diarienummer 3.4.5, § 12 a/2014",
            "åtgärd 2.2.3.3 – KS–2014–0001, Euratom (EKSG) 1/2002/EKSG",
            "KS 2013/375",
            "§ 12",
            "Dnr\n\n   :  \t KS 2013/375 och Dnr 3.1-4788-2026 och vårt dnr   ab 2",
            "ÅÄÖ-2019-1535ö 1.2.3é STK-2019-1535 KS§ 3å §4b 12 kap. 3 a § prop. 2019/20:1å",
            "Bilaga 1 2.2.3.3.4.5 6.7.8 KS 2013/3755555 (EU) 2016/679å EG/2014/12/EU x",
            "dir-2009-71 dir 2014 158 NFS 2007:10, RA-FS 2004:2 AMSFS 2007/2 SFS-1999_175",
            "prop-2012-13-187, prop. 1999/2000:17, SJVFS2009:26 Dir 2014-12-18 SFS 2017 3 kap.",
            "i mål nr T 11891-11, T3592-13, Målnummer: B-114-2012, MÅL NR 1234-20 Ö 12-20-1 Mål 2020-2030",
            "ferenda_prop-2012-13-187.pdf, Kommittédirektiv 2014:158, a_SFS_1999_175 x_dir.2014:1",
            "NFS 2007:10, LIVSFS 2006:22 och RA-FS 2004:2; SJVFS2009:26 (VERVAFS 2007:2AR)",
            "Förordningen (1999:175) och 2014:139; ÅÄÖFS 2001:12345678 XYZÅÄÖABCDEF 2020:1",
            "kl. 15:00 1234:5 12345:6 NFS\u{a0}2007:10 Nfs. 2007:10NFS 2007:10 Ab\u{a0}2019:1",
            "NFS \u{662}\u{660}\u{660}\u{667}:\u{661}\u{660} 2007 :1 ÅÄÖ 2007;1",
            "",
        ] {
            check(t);
            // The same far apart, and cut at every character.
            let far = format!("{}{t}{}{t}", "ö".repeat(300), "å ".repeat(200));
            check(&far);
            for (i, _) in t.char_indices() {
                check(&t[..i]);
                check(&t[i..]);
            }
        }
        sample::texts("aDdnrsSFOUKEGÅåö01239-–/.:§ ()\n", 4000, 40, check);
        sample::texts("aDdnrsSFOUKEGÅåö01239-–/.:§ ()\n", 300, 600, check);
        sample::texts("abcdefghijklmnoprstuvåäö  Ö12-/.:§KSDdnr", 300, 2000, check);
        sample::texts("målnrTBÖUMS 0123-:\n", 3000, 30, check);
        sample::texts("AÅZs20:1 .-\u{a0}é", 3000, 30, check);
        assert_eq!(other_series("kl. 15:00 enligt 2007:1", true), Vec::new());
    }

    #[test]
    fn court_case_numbers() {
        for (text, want) in [
            ("T 3592-13", "T 3592-13"),
            ("T3592-13", "T 3592-13"),
            ("mål nr T 11891-11", "T 11891-11"),
            ("i mål T 2012-06.", "T 2012-06"),
            ("Målnummer: B-114-2012", "B 114-12"),
            ("B 86-05", "B 86-05"),
            ("Ö 123-20", "Ö 123-20"),
            ("UM 1234-21", "UM 1234-21"),
            ("mål FT 198-11", "FT 198-11"),
            ("Mål nr 1234-20", "mål 1234-20"),
            ("målet PMT 15-20", "PMT 15-20"),
        ] {
            assert_eq!(
                one(text),
                (IdentKind::CaseNumber, want.to_string()),
                "{text}"
            );
        }
        // The span covers the cue, as "Dnr" of a diary number.
        let found = find_all("Överklagat i mål nr T 11891-11 av tingsrätten");
        assert_eq!(
            found[0].written("Överklagat i mål nr T 11891-11 av tingsrätten"),
            "mål nr T 11891-11"
        );
        // Typed by a user, any case: one identifier.
        assert_eq!(
            normalize(&"t 5507-12".to_uppercase()),
            Some((IdentKind::CaseNumber, "T 5507-12".to_string()))
        );
        assert_eq!(
            normalize("mål nr T 2012-06"),
            Some((IdentKind::CaseNumber, "T 2012-06".to_string()))
        );
        // Not case numbers: dates, spans of years, other letters, ranges, phone numbers.
        for text in [
            "T 2012-06-01",
            "Mål 2020-2030",
            "Delmål 2020-25",
            "KS 12-15",
            "SS 1234-56",
            "ISO 9001-2015",
            "sidorna 12-15",
            "tel 08-123 45 67",
            "T 5-20",
            "Tabell 3-12",
        ] {
            assert!(
                !ids(text).iter().any(|(k, _)| *k == IdentKind::CaseNumber),
                "{text}: {:?}",
                ids(text)
            );
        }
    }

    fn one(text: &str) -> (IdentKind, String) {
        let all = ids(text);
        assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn diary_numbers_in_every_common_form() {
        use IdentKind::Diary;
        let cases = [
            ("STK-2019-1535", "STK-2019-1535"),
            ("KS-2020-00123", "KS-2020-00123"),
            ("STK-2O19-l535", "STK-2019-1535"),
            ("KS 2013/375", "KS 2013/375"),
            ("KS2013/375", "KS 2013/375"),
            ("KS-2013/375", "KS 2013/375"),
            ("Dnr. KS 2013/375", "KS 2013/375"),
            ("Dnr KS 2013/375", "KS 2013/375"),
            ("Ju 96/3882", "Ju 96/3882"),
            ("Fi2014/1234", "Fi 2014/1234"),
            ("Dnr 3.1-4788-2026", "3.1-4788-2026"),
            ("Diarienummer: 2019/123-1.4", "2019/123-1.4"),
            ("BUN 2021/45", "BUN 2021/45"),
            ("MN 2020-000456", "MN 2020-000456"),
            ("SBN 2019-0789", "SBN 2019-0789"),
        ];
        for (text, want) in cases {
            assert_eq!(one(text), (Diary, want.to_string()), "{text}");
            let sentence = format!("Ärendet ({text}) behandlades.");
            assert_eq!(one(&sentence), (Diary, want.to_string()), "{sentence}");
        }
    }

    #[test]
    fn spans_cover_the_identifier_as_written() {
        let t = "Se Dnr. KS 2013/375 och KS § 110/2013.";
        let f = find_all(t);
        let w: Vec<_> = f.iter().map(|i| i.written(t)).collect();
        assert_eq!(w, vec!["Dnr. KS 2013/375", "KS § 110/2013"]);
    }

    /// A record's typed numbers are written as the strings they were and read back the same:
    /// a number in one of the forms as that form, a protocol's labelled value as written.
    #[test]
    fn typed_numbers_serialise_as_their_strings() {
        let stored = [
            "STK-2019-1535",
            "KS 2013/375",
            "Fi 2019/01234",
            "MN 2020-000456",
            "3.1-4788-2026",
            "2022 001234 (KS)",
        ];
        for s in stored {
            let d = DiaryNumber::from(s.to_string());
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, serde_json::to_string(s).unwrap());
            assert_eq!(serde_json::from_str::<DiaryNumber>(&json).unwrap(), d);
            assert_eq!(d.to_string(), s);
        }
        let slashed = DiaryNumber::from("KS 2013/375".to_string());
        assert!(matches!(slashed, DiaryNumber::Slashed(_)), "{slashed:?}");
        let code = RecommendationCode::parse("2.2.3.3").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""2.2.3.3""#);
        assert_eq!(
            serde_json::from_str::<RecommendationCode>(r#""2.2.3.3""#).unwrap(),
            code
        );
        for not_a_code in ["2020.04.06", "12.1.1", "Ö1", ""] {
            let json = serde_json::to_string(not_a_code).unwrap();
            assert!(
                serde_json::from_str::<RecommendationCode>(&json).is_err(),
                "{not_a_code}"
            );
        }
    }

    #[test]
    fn diary_numbers_typed_by_a_user() {
        for s in [
            "ks2013/375",
            "KS 2013/375",
            "Ks 2013 / 375",
            "dnr KS2013/375",
        ] {
            assert_eq!(
                DiaryNumber::parse(s).unwrap().to_string(),
                "KS 2013/375",
                "{s}"
            );
        }
        assert_eq!(
            DiaryNumber::parse("stk-2019-1535").unwrap().to_string(),
            "STK-2019-1535"
        );
        assert_eq!(
            DiaryNumber::parse("ju96/3882").unwrap().to_string(),
            "Ju 96/3882"
        );
        assert_eq!(
            DiaryNumber::parse("3.1-4788-2026").unwrap().to_string(),
            "3.1-4788-2026"
        );
        assert!(DiaryNumber::parse("hej").is_none());
    }

    #[test]
    fn paragraph_references() {
        use IdentKind::Paragraph;
        let cases = [
            ("§ 216", "§ 216"),
            ("§216", "§ 216"),
            ("§ 1.", "§ 1"),
            ("§3a", "§ 3a"),
            ("§ 3 b", "§ 3b"),
            ("KS § 110", "KS § 110"),
            ("Kf § 12/2013", "KF § 12/2013"),
            ("KS § 110/2013", "KS § 110/2013"),
            ("KS §110/2013", "KS § 110/2013"),
            ("§ 2024:15", "§ 15/2024"),
        ];
        for (text, want) in cases {
            assert_eq!(one(text), (Paragraph, want.to_string()), "{text}");
        }
        // A capitalised word before § is not a body unless a year says so.
        assert_eq!(one("Se § 5 ovan"), (Paragraph, "§ 5".to_string()));
        assert_eq!(find_all("Se § 5 ovan")[0].written("Se § 5 ovan"), "§ 5");
        // "§ 3 i kommunallagen": "i" is a word, not a letter of the paragraph.
        assert_eq!(one("enligt § 3 i lagen"), (Paragraph, "§ 3".to_string()));
        assert_eq!(
            ParagraphRef::parse("ks §110/2013").unwrap().to_string(),
            "KS § 110/2013"
        );
    }

    #[test]
    fn statutes_and_series() {
        let cases = [
            ("SFS 1999:175", IdentKind::Sfs, "SFS 1999:175"),
            ("SFS1999:175", IdentKind::Sfs, "SFS 1999:175"),
            (
                "prop. 2012/13:144",
                IdentKind::Proposition,
                "prop. 2012/13:144",
            ),
            (
                "Prop 2012/13:144",
                IdentKind::Proposition,
                "prop. 2012/13:144",
            ),
            ("dir. 2014:139", IdentKind::Directive, "dir. 2014:139"),
            ("Dir. 2014:139", IdentKind::Directive, "dir. 2014:139"),
            ("direktiv 2016:15", IdentKind::Directive, "dir. 2016:15"),
            ("Direktiv 2016:15", IdentKind::Directive, "dir. 2016:15"),
            ("direktiv 2006/54/EG", IdentKind::EuAct, "2006/54/EG"),
            ("Ds 1998:10", IdentKind::Ds, "Ds 1998:10"),
            ("SOU 2014:139", IdentKind::Sou, "SOU 2014:139"),
            ("AFS 2011:19", IdentKind::Afs, "AFS 2011:19"),
            ("92/57/EEG", IdentKind::EuAct, "92/57/EEG"),
            ("2014/24/EU", IdentKind::EuAct, "2014/24/EU"),
            ("(EU) 2016/679", IdentKind::EuAct, "(EU) 2016/679"),
            ("14 §", IdentKind::LawSection, "14 §"),
            ("3 kap. 14 §", IdentKind::LawSection, "3 kap. 14 §"),
            ("2 a §", IdentKind::LawSection, "2a §"),
            ("2.2.3.3", IdentKind::Recommendation, "2.2.3.3"),
        ];
        for (text, kind, want) in cases {
            assert_eq!(one(text), (kind, want.to_string()), "{text}");
            let sentence = format!("enligt {text}, och mer");
            assert_eq!(one(&sentence), (kind, want.to_string()), "{sentence}");
        }
    }

    #[test]
    fn things_that_are_not_identifiers() {
        for text in [
            "2020-04-06",
            "den 2020.04.06 kl 15:00",
            "kl. 15:00-15:25",
            "Tel 08-123 45 67, 031-365 00 00, 070-123 45 67",
            "3 500 000 kr och 2,5 miljoner",
            "se s. 114 och sid 12",
            "läsåret 2019/20 och 2019/2020",
            "KS 2020-04-06",
            "Kommunstyrelsen 2020-04-06",
            "COVID-19 och SFS-1234-5",
            "ISO 9001:2015",
            "version 12.2.3.4 och 1.2.3,5",
            "12.30 och 3.5",
            "Nr 2019/20",
            "år 2030",
            "ÖP 2021-2040 och RUS 2020-2030",
            "KS 2021-03-15 och vecka 2021-12",
            "ISSN 2000-9478 och BG 2020-1234",
        ] {
            assert!(find_all(text).is_empty(), "{text:?} gave {:?}", ids(text));
        }
    }

    #[test]
    fn several_in_one_text_in_order() {
        let t = "Dnr. KS 2013/375. Kommunfullmäktige beslutade (Kf § 12/2013) enligt 6 kap. 36 § \
                 kommunallagen (SFS 2017:725) och rekommendation 2.2.3.3.";
        assert_eq!(
            ids(t),
            vec![
                (IdentKind::Diary, "KS 2013/375".to_string()),
                (IdentKind::Paragraph, "KF § 12/2013".to_string()),
                (IdentKind::LawSection, "6 kap. 36 §".to_string()),
                (IdentKind::Sfs, "SFS 2017:725".to_string()),
                (IdentKind::Recommendation, "2.2.3.3".to_string()),
            ]
        );
    }

    #[test]
    fn normalize_any_spacing() {
        for s in [
            "KS 2013/375",
            "KS2013/375",
            "ks 2013/375",
            "Dnr. KS 2013/375",
        ] {
            assert_eq!(
                normalize(s),
                Some((IdentKind::Diary, "KS 2013/375".to_string())),
                "{s}"
            );
        }
        assert_eq!(
            normalize("kf §12/2013"),
            Some((IdentKind::Paragraph, "KF § 12/2013".to_string()))
        );
        assert_eq!(
            normalize("SFS1999:175"),
            Some((IdentKind::Sfs, "SFS 1999:175".to_string()))
        );
        assert_eq!(normalize("2020-04-06"), None);
    }

    /// A series number in the forms people and file names write it, with any of colon,
    /// space, hyphen, slash or underscore between series, year and number: one identifier.
    #[test]
    fn series_numbers_in_any_form() {
        for (forms, want) in [
            (
                &[
                    "dir. 2009:71",
                    "Dir.2009:71",
                    "dir-2009-71",
                    "dir 2009 71",
                    "dir-2009_71",
                ][..],
                (IdentKind::Directive, "dir. 2009:71"),
            ),
            (
                &["SFS 2011:19", "SFS 2011/19", "SFS-2011-19", "SFS2011:19"][..],
                (IdentKind::Sfs, "SFS 2011:19"),
            ),
            (
                &["prop. 2012/13:187", "prop 2012/13 187", "prop-2012-13-187"][..],
                (IdentKind::Proposition, "prop. 2012/13:187"),
            ),
            (
                &[
                    "prop. 1999/2000:17",
                    "Prop. 1999/2000:17",
                    "prop-1999-2000-17",
                ][..],
                (IdentKind::Proposition, "prop. 1999/2000:17"),
            ),
            (
                &["NFS 2007:10", "NFS-2007-10", "NFS 2007 10", "NFS 2007/10"][..],
                (IdentKind::Regulation, "NFS 2007:10"),
            ),
            (
                &["AMSFS 2007:2", "AMSFS 2007/2"][..],
                (IdentKind::Regulation, "AMSFS 2007:2"),
            ),
            (
                &["RA-FS 2004:2"][..],
                (IdentKind::Regulation, "RA-FS 2004:2"),
            ),
            (
                &["SJVFS2009:26"][..],
                (IdentKind::Regulation, "SJVFS 2009:26"),
            ),
        ] {
            for f in forms {
                assert_eq!(one(f), (want.0, want.1.to_string()), "{f}");
                assert_eq!(normalize(f), Some((want.0, want.1.to_string())), "{f}");
            }
        }
        // A colon makes the number the series' own, even where a running head stands before
        // a chapter ("framför allt 3 Prop. 2008/09:5 kap. arbetsmiljölagen").
        let head = ids("framför allt 3 Prop. 2008/09:5 kap. arbetsmiljölagen");
        assert!(
            head.contains(&(IdentKind::Proposition, "prop. 2008/09:5".to_string())),
            "{head:?}"
        );
        // Only a known series takes the other separators; a date or a chapter is no number.
        for text in [
            "KS 2013 375",
            "Dir 2014-12-18",
            "SFS 2017 3 kap. 5 §",
            "år 2014 158",
        ] {
            assert!(
                !ids(text).iter().any(|(k, _)| matches!(
                    k,
                    IdentKind::Directive | IdentKind::Sfs | IdentKind::Regulation
                )),
                "{text:?} gave {:?}",
                ids(text)
            );
        }
        assert_eq!(one("KS 2013/375"), (IdentKind::Diary, "KS 2013/375".into()));
    }

    #[test]
    fn office_letters_are_the_patterns() {
        let n = format!("{{{},{}}}", OFFICE_LETTERS.start(), OFFICE_LETTERS.end());
        assert!(DIARY_DASHED_RE.pattern.contains(&n) && DIARY_SPACED_RE.pattern.contains(&n));
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for k in IdentKind::ALL {
            assert_eq!(k.as_str().parse::<IdentKind>(), Ok(k));
        }
        for k in LinkKind::ALL {
            assert_eq!(k.as_str().parse::<LinkKind>(), Ok(k));
        }
        assert!(LinkKind::ALL.is_sorted_by_key(|k| k.as_str()));
        assert!("mentions-foo".parse::<LinkKind>().is_err());
    }
}
