//! A number typed in another spelling than the text's, an abbreviation the text spells out,
//! and a phrase's words apart, through the real binary on a small archive written by the
//! test (file names that say nothing of the content): "AD 2013:63" finds "AD 2013 nr 63",
//! "KS-2013-375" finds "Dnr KS 2013/375", "14 § 1999:175" is the section of the statute
//! 1999:175 (its year is no paragraph "§ 1999"), "SFS 1999:175 § 14" its "14 §" (the section
//! sign on either side), "kommittédirektiv 2014:158" the directive, also where a file name
//! after an underscore carries its number, "AML" finds "arbetsmiljölagen", "KemI"
//! "Kemikalieinspektionen"; of a quoted
//! phrase's words apart, the page with all of them comes before a page that repeats two.
//! Pages with other numbers and words are not found (the answer "nothing" where nothing
//! matches).

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::search_ranking::{ingest_archive, page_hits};

fn archive() -> &'static (tempfile::TempDir, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        ingest_archive(&[
            (
                "d1.txt",
                "Arbetsdomstolen AD 2013 nr 63. Domen gäller en varning för frånvaro.",
            ),
            (
                "d2.txt",
                "Arbetsdomstolen AD 2013 nr 18. Domen gäller uppsägning. Se också mål 63 från 2013.",
            ),
            (
                "d3.txt",
                "Klimatstrategi. Dnr KS 2013/375. Strategin antogs av fullmäktige.",
            ),
            (
                "d4.txt",
                "Energiplan. Dnr KS 2014/12. Planen gäller 2013 och 375 hushåll.",
            ),
            (
                "d5.txt",
                "Förordning om ändring. Regeringen föreskriver att 14 § \
                 rättsinformationsförordningen (1999:175) ska ha följande lydelse.",
            ),
            (
                "d6.txt",
                "Enligt 14 § förvaltningslagen (2017:900) ska myndigheten svara. Paragraf 1999 \
                 gäller inte.",
            ),
            (
                "d7.txt",
                "Enligt arbetsmiljölagen ska arbetsgivaren förebygga ohälsa.",
            ),
            (
                "d8.txt",
                "Arbetsmarknaden i Malmö växer och lönerna stiger.",
            ),
            (
                "d9.txt",
                "Rutinen ska förebygga olyckor. Alla risker ska bedömas. Arbetet planeras.",
            ),
            (
                "d10.txt",
                "Risker i arbetet. Risker vid arbetet. Arbetet med risker. Risker och arbetet.",
            ),
            (
                "d11.txt",
                "Kemikalieinspektionen för register över farliga ämnen.",
            ),
            (
                "d12.txt",
                "Kommunstyrelsen § 14 Budget för nästa år. Beslut: budgeten fastställs.",
            ),
            (
                "d13.txt",
                "Kommittédirektiv. Tilläggsdirektiv till utredningen om fonder. Dir. 2014:158.",
            ),
            (
                "d14.txt",
                "Bilagor till ärendet: ferenda_dir-2014-158.pdf och protokoll_2014.pdf.",
            ),
        ])
    })
}

fn docs(query: &str) -> Vec<(String, bool)> {
    page_hits(&archive().1, &[query])
}

#[test]
fn a_labour_court_judgment_in_the_colon_form() {
    assert_eq!(docs("AD 2013:63"), [("d1".to_string(), false)]);
    let h = docs("AD 2013 nr 63");
    assert_eq!(h.first(), Some(&("d1".to_string(), false)), "{h:?}");
}

#[test]
fn a_diary_number_hyphenated_as_a_file_name_writes_it() {
    assert_eq!(docs("KS-2013-375"), [("d3".to_string(), false)]);
    assert!(docs("KS-2015-375").is_empty());
}

#[test]
fn a_section_of_a_statute_named_by_its_number() {
    let h = docs("14 § 1999:175");
    assert_eq!(h.first(), Some(&("d5".to_string(), false)), "{h:?}");
    assert!(h.iter().skip(1).all(|(_, partial)| *partial), "{h:?}");
}

#[test]
fn an_abbreviation_finds_the_compound_its_letters_begin() {
    assert_eq!(docs("AML"), [("d7".to_string(), false)]);
    // Not in lower case (a word, not an abbreviation), and not letters no compound has.
    assert!(docs("aml").is_empty());
    assert!(docs("AMX").is_empty());
}

#[test]
fn a_clipped_abbreviation_finds_the_compound_its_pieces_begin() {
    // "KemI": "Kem" and "I" begin kemikalie|inspektion.
    assert_eq!(docs("KemI"), [("d11".to_string(), false)]);
    // Pieces no compound's parts begin: nothing.
    assert!(docs("KemX").is_empty());
    assert!(docs("KomI").is_empty());
}

#[test]
fn a_phrase_s_words_apart_all_of_them_first() {
    let h = docs("\"förebygga risker i arbetet\"");
    let order: Vec<&str> = h.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(order.first(), Some(&"d9"), "{h:?}");
    assert!(order.contains(&"d10"), "{h:?}");
}

#[test]
fn a_section_sign_on_either_side_of_its_number() {
    // The statute writes "14 §": "§ 14" after the statute's number finds it, a full match.
    let h = docs("SFS 1999:175 § 14");
    assert_eq!(h.first(), Some(&("d5".to_string(), false)), "{h:?}");
    // Alone, either spelling finds both, the form typed first: the protocol's "§ 14" and
    // the statutes' "14 §".
    for (q, first) in [("§ 14", &["d12"][..]), ("14 §", &["d5", "d6"][..])] {
        let h = docs(q);
        let mut found: Vec<&str> = h
            .iter()
            .filter(|(_, p)| !p)
            .map(|(d, _)| d.as_str())
            .collect();
        let mut head = found[..first.len()].to_vec();
        head.sort();
        assert_eq!(head, first, "{q}: {h:?}");
        found.sort();
        assert_eq!(found, ["d12", "d5", "d6"], "{q}: {h:?}");
    }
    // Another number: nothing.
    assert!(docs("§ 15").is_empty());
}

#[test]
fn a_committee_directive_by_the_whole_word_and_in_a_file_name() {
    let mut h = docs("kommittédirektiv 2014:158");
    h.sort();
    assert_eq!(
        h,
        [("d13".to_string(), false), ("d14".to_string(), false)],
        "{h:?}"
    );
    // Another directive's number: nothing.
    assert!(docs("kommittédirektiv 2014:159").is_empty());
}

#[test]
fn a_six_letter_office_s_diary_number_is_one_word() {
    // Diary numbers' offices have two to six letters (`ident`); the index reads
    // "UTBNÄM-2019-15" as one word, as it reads "STK-2019-1535": a search finds it whole.
    let (_tmp, index) = ingest_archive(&[
        (
            "a.txt",
            "Beslut om utbildning. Dnr UTBNÄM-2019-15. Nämnden beslutar.",
        ),
        (
            "b.txt",
            "Annat beslut. Dnr UTBNÄM-2019-16. Nämnden beslutar.",
        ),
        ("c.txt", "Utbnäm 2019 hade 15 möten och 16 beslut."),
    ]);
    let snippets = |query: &str| -> Vec<(String, String)> {
        let o = crate::support::proc::run(&index, &["search", "--format", "json", query]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8_lossy(&o.stdout);
        let hit = |l: &str| -> serde_json::Value { serde_json::from_str(l).expect("a JSON line") };
        let hits = out.lines().map(hit);
        hits.map(|h| (h["doc"].to_string(), h["snippet"].to_string()))
            .collect()
    };
    let found = snippets("UTBNÄM-2019-15");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("**UTBNÄM-2019-15**"), "{found:?}");
    assert!(snippets("utbnäm-2019-17").is_empty());
}
