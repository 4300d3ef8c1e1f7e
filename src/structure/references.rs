//! Recommendation references "(2.2.3.3, s. 114)", codes and diary numbers in running text,
//! and the commission's two overarching recommendations named in words.
//!
//! * A **reference** closes a quoted commission proposal: a parenthesis holding a dotted code
//!   and optionally the page in the commission's final report — "(1.1.1.1, s. 56)",
//!   "(3.1.1.1, s 131)", "(2.2.4.1 s. 115)", "(1.2.3)".
//! * A **code** in running text is a dotted number of three to five parts ("2.2.3.3"), as
//!   [`crate::ident::find_codes`] reads it (dates and decimals are not codes).
//! * A **diary number** is "STK-2019-1535", "KS 2013/375", "Ju 96/3882", …: the forms and
//!   their normalisation are defined once, in [`crate::ident`].
//! * The **overarching recommendations** have no code in the commission's report; kommission
//!   gives them the stable pseudo-codes [`OVERARCHING_SOCIAL_INVESTMENT`] ("Ö1": establish a
//!   social investment policy, "social investeringspolitik") and [`OVERARCHING_KNOWLEDGE`]
//!   ("Ö2": change the processes through knowledge alliances and democratised governance,
//!   "kunskapsallianser och demokratiserad styrning").

use std::sync::LazyLock;

use regex::Regex;

use crate::ident::RecommendationCode;
use crate::text::Gated;

/// Pseudo-code of the overarching recommendation "Etablera en social investeringspolitik …".
pub const OVERARCHING_SOCIAL_INVESTMENT: &str = "Ö1";
/// Pseudo-code of the overarching recommendation "Förändra processerna genom att skapa
/// kunskapsallianser och demokratiserad styrning".
pub const OVERARCHING_KNOWLEDGE: &str = "Ö2";

/// A short description of a pseudo-code, for tables and `show`.
pub fn overarching_label(code: &str) -> Option<&'static str> {
    match code {
        OVERARCHING_SOCIAL_INVESTMENT => Some(
            "Övergripande rekommendation: etablera en social investeringspolitik",
        ),
        OVERARCHING_KNOWLEDGE => Some(
            "Övergripande rekommendation: förändra processerna genom kunskapsallianser och demokratiserad styrning",
        ),
        _ => None,
    }
}

/// A reference found in a text, with its byte span (including the parentheses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRef {
    pub code: RecommendationCode,
    pub page: Option<u32>,
    pub start: usize,
    pub end: usize,
}

static REF_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(\d{1,2}(?:\s?\.\s?\d{1,2}){2,4})\s*(?:[,;]?\s*(?:s|sid|sidan|p)\.?\s*(\d{1,4}))?\s*\)")
        .expect("static regex")
});

/// Every recommendation reference "(code, s. page)" in `text`, in order (the code, its
/// spaces left out, a [`RecommendationCode`]).
pub fn find_refs(text: &str) -> Vec<FoundRef> {
    REF_RE
        .captures_iter(text)
        .filter_map(|c| {
            let all = c.get(0)?;
            let code: String = c
                .get(1)?
                .as_str()
                .chars()
                .filter(|ch| !ch.is_whitespace())
                .collect();
            let code = RecommendationCode::parse(&code)?;
            let page = c.get(2).and_then(|p| p.as_str().parse().ok());
            Some(FoundRef {
                code,
                page,
                start: all.start(),
                end: all.end(),
            })
        })
        .collect()
}

/// Recommendation codes standing in running text (inside or outside references), in order,
/// without duplicates.
pub fn find_codes(text: &str) -> Vec<String> {
    let codes = crate::ident::find_codes(text).into_iter();
    with_refs(text, codes.filter_map(|(s, e)| text.get(s..e)))
}

/// The codes of the references in `text`, then the codes `more`, in order, each once.
fn with_refs<'a>(text: &str, more: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let more = more.map(str::to_string);
    for c in find_refs(text)
        .into_iter()
        .map(|r| r.code.into())
        .chain(more)
    {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

static CUED_CODE_RE: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(
        r"(?i)(?:rekommendation|åtgärdsförslag|förslag|åtgärd|punkt)\w*\s+(?:nr\.?\s*|nummer\s+)?\d\.\d",
        r"(?i)\b(?:rekommendation\w*|åtgärdsförslag\w*|förslag\w*|åtgärd\w*|punkt\w*)\s+(?:nr\.?\s*|nummer\s+)?(\d(?:\.\d{1,2}){2,4})\b",
    )
    .expect("static regex")
});

/// Codes that a text gives as recommendation codes: in a reference "(code, s. page)" or
/// after a word that says so ("rekommendation 2.2.3.3", "åtgärdsförslag 1.1.1.1"), in
/// order, without duplicates. A bare dotted number may be a chapter number and is left to
/// the link stage, which accepts it only for codes known from quoted proposals.
pub fn find_cited_codes(text: &str) -> Vec<String> {
    let mut codes = None;
    let cued = CUED_CODE_RE.captures_iter(text).filter_map(|c| c.get(1));
    let code = |m: &regex::Match<'_>| {
        let codes = codes.get_or_insert_with(|| crate::ident::find_codes(text));
        codes.contains(&(m.start(), m.end()))
    };
    with_refs(text, cued.filter(code).map(|m| m.as_str()))
}

pub use crate::ident::find_diary_numbers;

static SOCIAL_INVESTMENT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bsociala?\s+investeringspolitik").expect("static regex"));
static DEMOCRATISED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdemokratiser\w*\s+(?:\w+\s+)?styrning").expect("static regex")
});
static ALLIANCE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bkunskapsallians").expect("static regex"));
static OVERARCHING_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bövergripande\s+rekommendation").expect("static regex"));

/// The overarching recommendations a text names, as pseudo-codes (see the module docs).
///
/// "Ö1" when the text speaks of a social investment policy ("social investeringspolitik");
/// "Ö2" when it speaks of democratised governance ("demokratiserad styrning",
/// "demokratisera styrningen"), or of knowledge alliances in a sentence that calls them an
/// overarching recommendation. Knowledge alliances alone are a common word and do not count.
pub fn find_overarching(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if SOCIAL_INVESTMENT_RE.is_match(text) {
        out.push(OVERARCHING_SOCIAL_INVESTMENT);
    }
    let knowledge = DEMOCRATISED_RE.is_match(text)
        || (text.split(['.', '?', '!', '\n']))
            .any(|s| ALLIANCE_RE.is_match(s) && OVERARCHING_RE.is_match(s));
    if knowledge {
        out.push(OVERARCHING_KNOWLEDGE);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_in_their_variants() {
        let t = "barn (1.1.1.1, s. 56) och (3.1.1.1, s 131) samt (2.2.4.1 s. 115) (1.2.3)";
        let r = find_refs(t);
        let got: Vec<_> = r.iter().map(|r| (r.code.as_str(), r.page)).collect();
        assert_eq!(
            got,
            vec![
                ("1.1.1.1", Some(56)),
                ("3.1.1.1", Some(131)),
                ("2.2.4.1", Some(115)),
                ("1.2.3", None)
            ]
        );
        assert_eq!(&t[r[0].start..r[0].end], "(1.1.1.1, s. 56)");
    }

    #[test]
    fn page_references_and_dates_are_not_codes() {
        assert!(find_refs("under rubriken pågående uppdrag (s13), fått").is_empty());
        assert!(find_codes("den 2020.04.06 och 3,5 miljoner, 2 000 personer").is_empty());
        assert_eq!(find_codes("enligt 2.2.3.3. Och"), vec!["2.2.3.3"]);
    }

    #[test]
    fn cited_codes_need_a_reference_or_a_cue() {
        assert_eq!(
            find_cited_codes("se kapitel 4.2.1 och rekommendation 2.2.3.3 samt (1.1.1.1, s. 56)"),
            vec!["1.1.1.1", "2.2.3.3"]
        );
    }

    #[test]
    fn overarching_recommendations() {
        assert_eq!(
            find_overarching("Etablera en social investeringspolitik som kan utjämna"),
            vec!["Ö1"]
        );
        assert_eq!(
            find_overarching(
                "kommissionens övergripande rekommendation att demokratisera styrningen"
            ),
            vec!["Ö2"]
        );
        assert!(
            find_overarching("Något som är viktigt är att arbeta i kunskapsallianser.").is_empty()
        );
    }
}
