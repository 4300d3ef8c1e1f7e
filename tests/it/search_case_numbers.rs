//! Court case numbers are one identifier kind (`kommission::ident`, `case-number`): recognised
//! once, listed by `kommission identifiers`, and matched by search as whole terms in any
//! spacing ("T11891-11", "t 11891-11", "mål nr T 11891-11", "B-114-2012" as "B 114-12"),
//! never by their parts (a date "2012-06-01" next to a "T" is no case). Definite forms in
//! "-n" after a vowel meet their bare form ("arbetsmiljön" / "arbetsmiljö"). Through the real
//! binary on a small archive written by the test; some queries have the answer "nothing".

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::search_ranking::{ingest_archive, page_hits};
use crate::support::proc::run;
use serde_json::Value;

fn archive() -> &'static (tempfile::TempDir, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        ingest_archive(&[
            (
                "tingsratt.txt",
                "Tingsrättens dom den 27 september 2012 i mål nr T 11891-11 överklagades.",
            ),
            (
                "hovratt.txt",
                "Överklagade avgörandet: Göta hovrätts dom den 30 november 2007 i mål T 2012-06.",
            ),
            (
                "arbetsdomstolen.txt",
                "Arbetsdomstolen. Målnummer: B-114-2012. Domen gäller tillfällig föräldrapenning.",
            ),
            // The parts of the numbers above, but no case: a date after a "T", the digits alone.
            (
                "datum.txt",
                "Bilaga T 2012-06-01 om 11891 ansökningar och 114 beslut under 2012.",
            ),
            (
                "miljo.txt",
                "Chefen ansvarar för arbetsmiljön och följer upp klimatstrategin varje år.",
            ),
            ("ovrigt.txt", "Biblioteket har öppet alla vardagar."),
        ])
    })
}

fn json_lines(args: &[&str]) -> Vec<Value> {
    let (_, index) = archive();
    let o = run(index, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a JSON line"))
        .collect()
}

/// The documents of a page search, in rank order, with whether each is a partial match.
fn hits(query: &[&str]) -> Vec<(String, bool)> {
    page_hits(&archive().1, query)
}

fn only(doc: &str) -> Vec<(String, bool)> {
    vec![(doc.to_string(), false)]
}

#[test]
fn a_case_number_is_found_in_any_spacing_and_case() {
    for q in [
        "T 11891-11",
        "T11891-11",
        "t 11891-11",
        "mål nr T 11891-11",
        "T-11891-11",
    ] {
        assert_eq!(hits(&[q]), only("tingsratt"), "{q}");
    }
    for q in ["T 2012-06", "mål T 2012-06", "t2012-06"] {
        assert_eq!(hits(&[q]), only("hovratt"), "{q}");
    }
    // The Labour Court's "B-114-2012", typed with the year's two digits or all four.
    for q in ["B 114-2012", "B 114-12", "B-114-2012"] {
        assert_eq!(hits(&[q]), only("arbetsdomstolen"), "{q}");
    }
}

#[test]
fn a_case_number_is_not_its_parts() {
    // Another number of the same court, another year, another case type: nothing.
    for q in [
        "T 11892-11",
        "T 11891-12",
        "Ö 11891-11",
        "UM 1234-21",
        "B 114-13",
    ] {
        assert_eq!(hits(&[q]), Vec::new(), "{q}");
    }
}

#[test]
fn identifiers_lists_case_numbers() {
    let rows = json_lines(&["identifiers", "--kind", "case-number", "--format", "jsonl"]);
    let mut got: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["doc"].as_str().unwrap_or_default().to_string(),
                r["id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("arbetsdomstolen".to_string(), "B 114-12".to_string()),
            ("hovratt".to_string(), "T 2012-06".to_string()),
            ("tingsratt".to_string(), "T 11891-11".to_string()),
        ],
        "{rows:?}"
    );
}

#[test]
fn definite_forms_after_a_vowel_meet_their_bare_form() {
    assert_eq!(hits(&["arbetsmiljö"]), only("miljo"));
    assert_eq!(hits(&["klimatstrategi"]), only("miljo"));
    assert_eq!(hits(&["klimatstrategin"]), only("miljo"));
}

/// A board's case number typed with its series ("ARN 2013-07406") where the decision writes
/// the number alone ("Avgörande 2013-11-19; 2013-07406"): found by its number, as a cited
/// series number is ("förordningen (1999:175)"); another number, or the same digits apart
/// or in another order, is nothing.
#[test]
fn a_number_typed_with_its_office_finds_the_number_alone() {
    let (_tmp, index) = ingest_archive(&[
        (
            "beslut.txt",
            "Avgörande 2013-11-19; 2013-07406. Nämnden rekommenderar bolaget att betala.",
        ),
        (
            "annat.txt",
            "Under 2013 kom 07406 kronor in; 07406-2013 och 2013-07407 är andra ärenden.",
        ),
    ]);
    for q in ["ARN 2013-07406", "arn 2013-07406", "ARN 2013/07406"] {
        assert_eq!(page_hits(&index, &[q]), only("beslut"), "{q}");
    }
    for q in ["ARN 2013-07408", "ARN 2014-07406"] {
        assert_eq!(page_hits(&index, &[q]), Vec::new(), "{q}");
    }
}
