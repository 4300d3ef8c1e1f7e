//! Coordination of the words of a query typed without quotes, through the real binary on a
//! small archive written by the test: of a long query, the page with every word ranks above a
//! page that repeats three of them (a page that lacks the rarest word is only a partial
//! match, and a compound no page has weighs as its parts together); of the partial matches,
//! a page that lacks only a common word ranks above pages that lack the rarest one; a verb in
//! -era finds its noun in -ation; a directive number with the word written out ("direktiv
//! 2016:15") is the number, not an EU directive's. One page has none of the words (the
//! answer "nothing").

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::search_ranking::{ingest_archive, page_hits};

/// The archive, ingested once: (the temp dir, the index).
fn archive() -> &'static (tempfile::TempDir, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        ingest_archive(&[
            // Every word of a four-word query, once each, apart ...
            (
                "alla.txt",
                "Utredaren får i uppdrag av regeringen att under året se över tillsynen. \
                 Därefter ska man i en särskild del av arbetet också analysera frågan om \
                 sanktionsavgifter.",
            ),
            // ... three of them three times, apart (BM25 alone ranks this page first).
            (
                "tre.txt",
                "Utredaren skriver om skolan och elevernas rätt i dag. Regeringen ska besluta \
                 om saken efter remissen i år. Myndigheten vill analysera kostnaderna. \
                 Utredaren skriver om lärarna och deras rätt i dag. Kommunen ska besluta om \
                 saken efter remissen i år. Myndigheten vill analysera lönerna. Utredaren \
                 skriver om rektorerna. Nämnden ska besluta efter remissen i år. Verket vill \
                 analysera.",
            ),
            // The rarest word of "vad ska byggherren göra" with a common one ...
            (
                "bygg.txt",
                "Den som låter utföra ett byggnadsarbete är byggherre. Byggherren ska utse en \
                 samordnare för arbetsmiljön under planeringen av bygget och under utförandet.",
            ),
            // ... and the two common words, many times (BM25 alone ranks these first).
            (
                "gora.txt",
                "Vad ska göras? Det som ska göras ska göras i tid, och det som inte ska göras \
                 ska inte göras alls.",
            ),
            (
                "lista.txt",
                "Kommunen ska göra en plan. Skolan ska göra en uppföljning.",
            ),
            ("plan.txt", "Nämnden ska göra en översyn."),
            (
                "f1.txt",
                "Nämnd 1 ska göra en översyn av sin ekonomi varje år.",
            ),
            (
                "f2.txt",
                "Nämnd 2 ska göra en översyn av sin ekonomi varje år.",
            ),
            (
                "f3.txt",
                "Nämnd 3 ska göra en översyn av sin ekonomi varje år.",
            ),
            (
                "f4.txt",
                "Nämnd 4 ska göra en översyn av sin ekonomi varje år.",
            ),
            // A directive whose number is in its file name only, and an EU directive.
            (
                "dir-2016-15.txt",
                "Kommittédirektiv om dataskyddsförordningen och kompletterande nationella \
                 bestämmelser.",
            ),
            (
                "eu.txt",
                "Lagen genomför direktiv 2006/54/EG om likabehandling.",
            ),
            // A compound no page has ("skolskjutsbeslut") as its parts, with two other words
            // of the query ...
            (
                "parter.txt",
                "Undantaget för beslut om skolskjuts gäller till och med år 2018.",
            ),
            // ... and the query's other three words without it.
            ("utan.txt", "Undantaget gäller så länge avtalet löper."),
            ("l1.txt", "Det dröjde länge innan lagen gäller."),
            ("l2.txt", "Hur länge gäller ett beslut?"),
            // The query's common words, on more pages.
            ("g1.txt", "Regeln gäller alla."),
            ("g2.txt", "Det gäller inte här."),
            ("g3.txt", "Lagen gäller i dag."),
            ("g4.txt", "Avtalet gäller länge."),
            ("g5.txt", "Det tog länge."),
            // A verb's noun in -ation ("information om" for "informera om"), and the verb
            // without the query's other word.
            (
                "pensionsinfo.txt",
                "Försäkringsbolaget lämnar information om tjänstepension varje år.",
            ),
            ("risker.txt", "Arbetsgivaren ska informera om riskerna."),
            // None of the words of any query below.
            (
                "ovrigt.txt",
                "Biblioteket har öppet alla vardagar och erbjuder läxhjälp.",
            ),
        ])
    })
}

/// JSON hits of a search: (document, partial).
fn hits(query: &[&str]) -> Vec<(String, bool)> {
    page_hits(&archive().1, query)
}

fn docs(h: &[(String, bool)]) -> Vec<&str> {
    h.iter().map(|(d, _)| d.as_str()).collect()
}

#[test]
fn a_page_with_every_word_of_a_long_query_ranks_above_one_with_three() {
    let h = hits(&["utredaren", "ska", "analysera", "sanktionsavgifter"]);
    // The page with all four first. Three of four words would be enough, but the word the
    // other page lacks is the query's rarest: it only fills up after the full match.
    assert_eq!(
        h.iter().take(2).cloned().collect::<Vec<_>>(),
        [("alla".to_string(), false), ("tre".to_string(), true)],
        "{h:?}"
    );
    assert!(!docs(&h).contains(&"ovrigt"), "{h:?}");
}

#[test]
fn a_partial_match_that_lacks_only_a_common_word_comes_first() {
    // No page has "ska", "byggherren" and "göra": the page with the rarest word and "ska"
    // comes before the pages that repeat the two common words.
    let h = hits(&["vad", "ska", "byggherren", "göra?"]);
    assert_eq!(h.first(), Some(&("bygg".to_string(), true)), "{h:?}");
    assert!(h.iter().all(|(_, partial)| *partial), "{h:?}");
    assert!(!docs(&h).contains(&"ovrigt"), "{h:?}");
}

#[test]
fn a_directive_number_with_the_word_written_out() {
    assert_eq!(
        hits(&["direktiv", "2016:15"]),
        [("dir-2016-15".to_string(), false)]
    );
    // An EU directive's number after the word is that directive, not a committee's.
    assert_eq!(
        hits(&["direktiv", "2006/54/EG"]),
        [("eu".to_string(), false)]
    );
    // A directive number nothing cites: nothing.
    assert_eq!(hits(&["direktiv", "2019:99"]), Vec::new());
}

#[test]
fn a_compound_no_page_has_weighs_as_its_parts_together() {
    // "skolskjutsbeslut" stands nowhere; its parts stand together on one page. That page
    // lacks only "länge" (on six pages) and matches; the page that lacks the compound, the
    // query's rarest word, is only a partial match after it.
    let h = hits(&[
        "hur",
        "länge",
        "gäller",
        "undantaget",
        "för",
        "skolskjutsbeslut",
    ]);
    assert_eq!(
        h.iter().take(2).cloned().collect::<Vec<_>>(),
        [("parter".to_string(), false), ("utan".to_string(), true)],
        "{h:?}"
    );
    assert!(!docs(&h).contains(&"ovrigt"), "{h:?}");
}

#[test]
fn a_verb_in_era_finds_its_noun_in_ation() {
    // "informera" finds "information": the page that informs on the pension has both words
    // and is a full match; the page with the verb alone follows as a partial match.
    let h = hits(&["informera", "tjänstepension"]);
    assert_eq!(
        h.first(),
        Some(&("pensionsinfo".to_string(), false)),
        "{h:?}"
    );
    assert!(h.iter().skip(1).all(|(_, partial)| *partial), "{h:?}");
    assert!(!docs(&h).contains(&"ovrigt"), "{h:?}");
}

/// The word after "hur" asks for a degree ("hur ofta", "hur länge"): the page that answers
/// "hur ofta ska uppföljning ske" says "varje år", not "ofta", and is the one full match; a
/// page with "ofta", "ska" and "ske" but not "uppföljning" is only partial. A question whose
/// key word no page has ("rapportering") has no full match (the answer "nothing").
#[test]
fn the_word_after_hur_only_ranks() {
    let (_tmp, index) = ingest_archive(&[
        (
            "plan.txt",
            "Uppföljning ska ske varje år och redovisas för kommunstyrelsen.",
        ),
        (
            "tanke.txt",
            "Man ska ofta tänka på uppföljning av arbetet och på budgeten.",
        ),
        (
            "buss.txt",
            "Det ska ofta ske att bussen är sen på morgonen.",
        ),
        ("ovrigt.txt", "Biblioteket har öppet alla vardagar."),
    ]);
    let full = |q: &str| -> Vec<String> {
        let hits = page_hits(&index, &[q]);
        hits.into_iter().filter(|h| !h.1).map(|h| h.0).collect()
    };
    assert_eq!(full("hur ofta ska uppföljning ske"), ["plan"]);
    assert_eq!(full("hur ofta ska rapportering ske"), Vec::<String>::new());
}
