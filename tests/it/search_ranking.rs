//! Ranking of queries typed without quotes, through the real binary on a small archive
//! written by the test: words near each other rank above the same words apart, a longer query
//! matches pages that miss one word in four, a rare compound's verbal-noun part is also
//! found as its verb and its first part inside the index's own compounds (also after a
//! linking letter), nouns in -else and -het are not the verbs and adjectives Snowball stems
//! alike; partial matches that miss fewer words come first; a series number typed as a file
//! name writes it is the number, and a file name's number finds its document; a first part
//! found only inside longer compounds, a plural head's bare form and a glued case number;
//! a typo is a typo, not a split; a rare compound split where its parts stand together, a
//! rare verb found as its verbal noun, two words found as the compound that joins them
//! (also where no page has the two words), a long word no page has found as its typo before
//! its parts, a loan word or an abbreviation found as its Swedish form (email: e-post); a
//! standard's number without its year, a letter code typed apart from its number, a verbal
//! noun in -ing after a stem in -n (firmateckning: teckna). One page has none of the words
//! (the answer "nothing").

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::support::proc::run;
use serde_json::Value;

/// The archive, ingested once: (the temp dir, the index).
fn archive() -> &'static (tempfile::TempDir, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        ingest_archive(&[
            // Both words twice, never near each other (BM25 alone ranks this page first).
            (
                "apart.txt",
                "Länsstyrelsen har tillsyn över jakten i hela länet och ger råd till \
                 jägarna. Varje kommun ska rapportera sina beslut om skyddsjakt. \
                 Länsstyrelsen publicerar en sammanställning och kommunerna kan \
                 rapportera avvikelser under hösten.",
            ),
            // Both words once, next to each other.
            (
                "near.txt",
                "Länsstyrelsen ska rapportera inventeringen av lodjur till \
                 Naturvårdsverket före den 1 juni varje år, med karta och metod.",
            ),
            // Four of the five words of a long query ("fastställer" is missing).
            (
                "dom.txt",
                "Högsta domstolen avslår överklagandet. Hovrättens domslut står därmed fast.",
            ),
            // Two of the five words only.
            (
                "overklagande.txt",
                "Tingsrätten meddelade dom i mars. Domstolen hänvisade till tidigare praxis.",
            ),
            // "utsläppsminskning" is nowhere; this page says it with the verb.
            (
                "trafik.txt",
                "Kommunen vill minska utsläppen från trafiken genom fler cykelbanor.",
            ),
            // "arkivgallring" is nowhere: "arkiv" stands only inside a compound the
            // vocabulary does not split, next to "gallring".
            (
                "gallring.txt",
                "Enligt arkivförordningen ska gallring av handlingarna ske efter fem år.",
            ),
            // One part of "arkivgallring" each.
            (
                "arkiv.txt",
                "Kommunens arkiv finns i stadshuset, enligt en förordning.",
            ),
            (
                "skog.txt",
                "Gallring av skogen görs på hösten när marken bär.",
            ),
            // "integritetsskydd" only inside a longer compound (Snowball's stem of it,
            // "integritetsskyd", is not the compound's beginning).
            (
                "tillsyn.txt",
                "Lagen reglerar integritetsskyddsorganisationer. Andra organisationer berörs inte.",
            ),
            // A noun in -else and one in -het ...
            (
                "styrelse.txt",
                "Styrelsen ansvarar för föreningens ekonomi. Myndigheten granskar räkenskaperna.",
            ),
            // ... and the verb and adjective Snowball gives the same stems ("styr", "myndig").
            (
                "styra.txt",
                "Kommunen vill styra bolagen med tydliga mål och styrande dokument. \
                 Den som är myndig får själv ansöka.",
            ),
            // "ombyggnadslån" is nowhere: it begins a longer compound after a linking "e",
            // and its parts stand near each other with the three-letter head "lån".
            (
                "laneforordning.txt",
                "Enligt ombyggnadslåneförordningen får staten ge stöd till hyreshus.",
            ),
            ("lan.txt", "Staten ger lån för ombyggnad av hyreshus."),
            // Two of three words of a query, far apart ...
            (
                "badplats.txt",
                "Kommunen bygger en ny badplats i år. Arbetet leds av tekniska förvaltningen \
                 och beräknas ta hela sommaren innan sjön kan användas.",
            ),
            // ... one of them, rarer, many times ...
            (
                "fiske.txt",
                "Fiskekort krävs. Fiskekort säljs i kiosken. Fiskekort gäller ett år. \
                 Fiskekort för barn är gratis.",
            ),
            // ... and the other two once each.
            ("strand.txt", "Vid sjön finns en brygga."),
            ("karta.txt", "Kartan visar varje badplats i kommunen."),
            // A statute book's number in the text, and a document whose file name carries
            // its number ("dir-2009-71") but whose text does not.
            (
                "naturvard.txt",
                "Enligt Naturvårdsverkets föreskrifter NFS 2007:10 ska björnar räknas.",
            ),
            (
                "dir-2009-71.txt",
                "Kommittédirektiv om rätt till skolgång för barn som vistas i landet.",
            ),
            // "hamnkontoret" is nowhere; its definite head's bare form "kontor" is.
            ("hamn.txt", "Ett kontor i hamnen har öppet på vardagar."),
            // "ädelmetall" only inside a compound the vocabulary does not split, next to
            // "handel": what "ädelmetallhandel" means.
            (
                "handel.txt",
                "Lagen gäller handel med ädelmetallarbeten i butiker.",
            ),
            // A plural head's bare form begins a longer compound ("fondregler"), whose rest
            // is a word of the index ("verk").
            (
                "fond.txt",
                "Utredningen ser över fondregelverket, ett verk i två delar.",
            ),
            // A court case number written apart.
            (
                "tingsratt.txt",
                "Tingsrättens dom den 27 september 2012 i mål nr T 11891-11 överklagades.",
            ),
            // A word a typo ("trakaserier") is one letter from, and a word ("serie") that a
            // typo's tail is, through a linking "s", the rest of ("traka|sserier").
            (
                "trakasserier.txt",
                "Arbetsgivaren ska utreda trakasserier på arbetsplatsen.",
            ),
            ("serie.txt", "Tidningen gav ut en serie om skolan."),
            // Words that leave out their last part and take it from the compound after the
            // conjunction: fuktskador, tobaksindustrin.
            (
                "elided.txt",
                "Bidraget gäller fukt- och mögelskador men inte bolag inom tobaks- eller \
                 vapenindustrin.",
            ),
            // A noun in -or in the definite ("rollatorn").
            (
                "rollator.txt",
                "Domstolen prövade formgivningen av rollatorn.",
            ),
            // "lysrör" only as the last part of a compound the vocabulary does not split.
            ("lysror.txt", "Tullen gällde import av kompaktlysrör."),
            // A hyphenated word, and its head alone.
            ("ebiljett.txt", "Bokningen gav fyra e-biljetter."),
            (
                "biljett.txt",
                "Resenären saknade biljett och köpte en ny biljett på flygplatsen.",
            ),
            // A document whose file name carries its number, and a list that names it.
            (
                "Ds-1998-10.txt",
                "Rapporten föreslår ett nytt rättsinformationssystem.",
            ),
            (
                "forteckning.txt",
                "Förteckning över rapporter: Ds 1998:10, om rättsdata och rättsinformation.",
            ),
            // "hästavel" is nowhere: its parts stand together on one page; "häst" and the
            // stem of "velat" ("vel", of the split "hästa|vel") stand on more pages, apart.
            ("avel.txt", "En häst som används till avel ska ha ett pass."),
            ("stall.txt", "Hästen står i stallet."),
            ("velat.txt", "Nämnden har velat vänta."),
            ("svara.txt", "Bolaget har velat svara."),
            // "undervisa" is nowhere; its verbal noun is.
            (
                "larare.txt",
                "Läraren ska vara behörig för undervisning i musik.",
            ),
            // "klimat strategi" typed apart: one compound joins them; another page has both
            // words far apart (which BM25 alone ranks first).
            (
                "klimatstrategi.txt",
                "Kommunens klimatstrategi antogs i maj.",
            ),
            (
                "vader.txt",
                "Klimat påverkar odlingen på hela ön under många år framöver. Bolaget har en \
                 ny strategi för försäljningen av varor.",
            ),
            // "ekonomi administration" typed apart: only one word joins them.
            ("eko.txt", "Vår ekonomiadministration sköts centralt."),
            // "rättsinformationförordningen" is a typo (no page has it): one page has the
            // word one edit away, another its parts ("rättsinformation", "förordningen") side
            // by side.
            (
                "forordning.txt",
                "Enligt rättsinformationsförordningen sprids texterna fritt till alla som vill läsa dem.",
            ),
            (
                "delar.txt",
                "Förordningen om rättsinformation gäller. Rättsinformation enligt förordningen \
                 sprids fritt.",
            ),
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

/// Writes `files` (name, text) into a new folder and ingests it through the binary: (the
/// temp dir, the index). Shared by the search tests that build a small archive.
pub(crate) fn ingest_archive(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("arkiv");
    std::fs::create_dir_all(&docs).unwrap();
    for (name, text) in files {
        std::fs::write(docs.join(name), text).unwrap();
    }
    let index = tmp.path().join("index");
    let o = run(
        &index,
        &["ingest", "--quiet", "--no-ocr", docs.to_str().unwrap()],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "ingest failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (tmp, index)
}

/// The documents of a page search on `index`, in rank order, with whether each is a
/// partial match.
pub(crate) fn page_hits(index: &Path, query: &[&str]) -> Vec<(String, bool)> {
    let mut args = vec!["search", "--format", "json", "--kind", "page"];
    args.extend_from_slice(query);
    let o = run(index, &args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{query:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a JSON line"))
        .map(|h| {
            (
                h["doc"].as_str().unwrap_or_default().to_string(),
                h["partial"] == true,
            )
        })
        .collect()
}

#[test]
fn words_near_each_other_outrank_the_same_words_apart() {
    let h = hits(&["länsstyrelsen", "rapportera"]);
    let docs: Vec<&str> = h.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(docs, ["near", "apart"], "{h:?}");
    assert!(h.iter().all(|(_, partial)| !partial), "{h:?}");
    // A quoted phrase is not loosened: only the page with the words in order.
    let h = hits(&["\"länsstyrelsen ska rapportera\""]);
    assert_eq!(
        h.first().map(|(d, p)| (d.as_str(), *p)),
        Some(("near", false))
    );
}

#[test]
fn a_long_query_matches_pages_that_miss_one_word_in_four() {
    // Five words: the page with four of them is a full hit, the one with two is partial.
    let h = hits(&[
        "Högsta",
        "domstolen",
        "fastställer",
        "hovrättens",
        "domslut",
    ]);
    assert_eq!(h.first(), Some(&("dom".to_string(), false)), "{h:?}");
    assert!(
        h.iter().all(|(d, p)| d != "overklagande" || *p),
        "two of five words is partial: {h:?}"
    );
    assert!(h.iter().all(|(d, _)| d != "ovrigt"), "{h:?}");
    // Three words: every word is still required (the page with two of them is partial).
    let h = hits(&["hovrättens", "domslut", "fastställer"]);
    assert_eq!(h.first(), Some(&("dom".to_string(), true)), "{h:?}");
    // An explicit AND requires every word, however long the query.
    let h = hits(&[
        "Högsta",
        "AND",
        "domstolen",
        "AND",
        "fastställer",
        "AND",
        "hovrättens",
        "AND",
        "domslut",
    ]);
    assert!(h.is_empty(), "{h:?}");
}

#[test]
fn a_rare_compound_of_a_verbal_noun_finds_the_verb() {
    let h = hits(&["utsläppsminskning"]);
    assert_eq!(h.first(), Some(&("trafik".to_string(), false)), "{h:?}");
    assert!(h.iter().all(|(d, _)| d != "ovrigt"), "{h:?}");
    // A compound one of whose parts is nowhere finds nothing, though the other part's verb
    // stands on a page.
    assert_eq!(hits(&["vargminskning"]), Vec::new());
}

#[test]
fn a_rare_compound_finds_its_first_part_inside_other_compounds() {
    // "arkiv" stands only in "arkivförordningen", which the vocabulary does not split.
    let h = hits(&["arkivgallring"]);
    // Only the page with both parts: one part alone is not the compound.
    assert_eq!(h, [("gallring".to_string(), false)], "{h:?}");
    // The word's surface form as the beginning of longer compounds.
    let h = hits(&["integritetsskydd"]);
    assert_eq!(h.first(), Some(&("tillsyn".to_string(), false)), "{h:?}");
    assert_eq!(h.len(), 1, "{h:?}");
}

#[test]
fn nouns_in_else_and_het_are_not_their_verbs_and_adjectives() {
    // Snowball stems "styrelsen", "styra" and "styrande" alike; the board is not the verb.
    assert_eq!(hits(&["styrelse"]), [("styrelse".to_string(), false)]);
    assert_eq!(hits(&["styra"]), [("styra".to_string(), false)]);
    // "myndigheten" (the authority) is not "myndig" (of age).
    assert_eq!(hits(&["myndigheter"]), [("styrelse".to_string(), false)]);
    assert_eq!(hits(&["myndig"]), [("styra".to_string(), false)]);
}

#[test]
fn a_rare_compound_finds_longer_compounds_after_a_linking_letter_and_a_short_head() {
    let h = hits(&["ombyggnadslån"]);
    let mut docs: Vec<&str> = h.iter().map(|(d, _)| d.as_str()).collect();
    docs.sort();
    assert_eq!(docs, ["lan", "laneforordning"], "{h:?}");
    assert!(h.iter().all(|(_, partial)| !partial), "{h:?}");
}

#[test]
fn partial_matches_that_miss_fewer_words_come_first() {
    // No page has all three words: the page with two of them (far apart) comes before the
    // page that repeats the rarest one, though BM25 alone ranks that one first.
    let h = hits(&["badplats", "sjön", "fiskekort"]);
    let docs: Vec<&str> = h.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(docs.first(), Some(&"badplats"), "{h:?}");
    let at = |d: &str| docs.iter().position(|x| *x == d);
    assert!(
        at("fiske").is_some() && at("fiske") > at("badplats"),
        "{h:?}"
    );
    assert!(h.iter().all(|(_, partial)| *partial), "{h:?}");
    assert!(at("ovrigt").is_none(), "{h:?}");
}

#[test]
fn series_numbers_typed_as_file_names_write_them() {
    for q in [
        "NFS 2007:10",
        "nfs-2007-10",
        "NFS 2007 10",
        "NFS 2007/10",
        "nfs2007:10",
    ] {
        let h = hits(&[q]);
        assert_eq!(h, [("naturvard".to_string(), false)], "{q}");
    }
    // Another number of the series, and a diary number with the same digits: nothing.
    assert!(hits(&["NFS 2007:11"]).is_empty());
    assert!(hits(&["KS 2007/10"]).is_empty());
    // The document whose file name carries the number, in any form typed.
    for q in ["Dir. 2009:71", "dir 2009 71", "dir-2009-71"] {
        let h = hits(&[q]);
        assert_eq!(h, [("dir-2009-71".to_string(), false)], "{q}");
    }
}

#[test]
fn a_compound_in_a_definite_form_is_split_like_its_bare_form() {
    // A definite head ("kontoret") whose bare form ("kontor") is all the index has.
    assert_eq!(hits(&["hamnkontoret"]), [("hamn".to_string(), false)]);
    // Nothing has both parts of another definite compound.
    assert_eq!(hits(&["hamnreviret"]), Vec::new());
}

#[test]
fn a_rare_compound_whose_first_part_stands_only_inside_longer_compounds() {
    assert_eq!(hits(&["ädelmetallhandel"]), [("handel".to_string(), false)]);
    // The head is nowhere: nothing.
    assert_eq!(hits(&["ädelmetallsmide"]), Vec::new());
    // A typo of a word of the index is found as that word, not as "traka" + "serie".
    assert_eq!(
        hits(&["trakaserier"]),
        [("trakasserier".to_string(), false)]
    );
}

#[test]
fn a_plural_head_finds_longer_compounds_in_its_bare_form() {
    // "fondregler" (stem "fondregl") in "fondregelverket".
    assert_eq!(hits(&["fondregler"]), [("fond".to_string(), false)]);
    assert_eq!(hits(&["fondavgifter"]), Vec::new());
}

#[test]
fn a_glued_case_number_finds_the_number_written_apart() {
    assert_eq!(hits(&["T11891-11"]), [("tingsratt".to_string(), false)]);
    assert_eq!(hits(&["T 11891-11"]), [("tingsratt".to_string(), false)]);
    // Another number: nothing.
    assert_eq!(hits(&["T11892-11"]), Vec::new());
}

#[test]
fn words_that_leave_out_their_last_part_take_it_from_the_compound_after_them() {
    assert_eq!(hits(&["fuktskador"]), [("elided".to_string(), false)]);
    assert_eq!(hits(&["tobaksindustri"]), [("elided".to_string(), false)]);
    // No word before the conjunction is "röt-": nothing.
    assert_eq!(hits(&["rötskador"]), Vec::new());
}

#[test]
fn a_noun_in_or_meets_its_definite_form() {
    assert_eq!(hits(&["rollator"]), [("rollator".to_string(), false)]);
}

#[test]
fn a_word_that_stands_only_as_the_last_part_of_a_compound() {
    assert_eq!(hits(&["lysrör"]), [("lysror".to_string(), false)]);
    assert_eq!(hits(&["lysdiod"]), Vec::new());
}

#[test]
fn a_hyphenated_word_is_followed_by_its_parts_apart() {
    assert_eq!(
        hits(&["e-biljett"]),
        [
            ("ebiljett".to_string(), false),
            ("biljett".to_string(), true)
        ]
    );
}

#[test]
fn a_number_finds_its_own_document_before_the_pages_that_name_it() {
    assert_eq!(
        hits(&["Ds", "1998", "10"]),
        [
            ("Ds-1998-10".to_string(), false),
            ("forteckning".to_string(), false)
        ]
    );
    // Another number of the series: nothing.
    assert_eq!(hits(&["Ds 1998:11"]), Vec::new());
}

#[test]
fn a_rare_compound_is_split_where_its_parts_stand_together() {
    assert_eq!(
        hits(&["hästavel"]).first(),
        Some(&("avel".to_string(), false))
    );
    assert!(hits(&["hästavel"]).iter().all(|(d, _)| d != "velat"));
}

#[test]
fn a_rare_verb_finds_its_verbal_noun() {
    let h = hits(&["undervisa"]);
    assert_eq!(h.first(), Some(&("larare".to_string(), false)), "{h:?}");
    assert!(h.iter().all(|(d, _)| d != "ovrigt"), "{h:?}");
}

#[test]
fn two_words_that_one_compound_joins_rank_it_first() {
    let h = hits(&["klimat", "strategi"]);
    assert_eq!(
        h.first(),
        Some(&("klimatstrategi".to_string(), false)),
        "{h:?}"
    );
    assert!(h.iter().any(|(d, _)| d == "vader"), "{h:?}");
}

#[test]
fn two_words_no_page_has_find_the_word_that_joins_them() {
    // Only "ekonomiadministration" joins them: a full match (another page has "ekonomi").
    let h = hits(&["ekonomi", "administration"]);
    assert_eq!(h.first(), Some(&("eko".to_string(), false)), "{h:?}");
    assert!(h.iter().all(|(d, _)| d != "ovrigt"), "{h:?}");
}

#[test]
fn a_long_word_no_page_has_is_a_typo_before_its_parts() {
    let h = hits(&["rättsinformationförordningen"]);
    assert_eq!(h.first(), Some(&("forordning".to_string(), false)), "{h:?}");
    assert!(h.iter().all(|(d, _)| d != "ovrigt"), "{h:?}");
}

#[test]
fn a_loan_word_or_an_abbreviation_finds_its_swedish_form() {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, index) = A.get_or_init(|| {
        ingest_archive(&[
            (
                "epost.txt",
                "Ansökan skickas med e-post till registrator senast den 1 maj.",
            ),
            ("fn.txt", "Förenta nationerna antog konventionen år 1989."),
            (
                "ovrigt.txt",
                "Biblioteket har öppet alla vardagar och erbjuder läxhjälp.",
            ),
        ])
    });
    let first = |q: &str| page_hits(index, &[q]).first().cloned();
    let epost = Some(("epost".to_string(), false));
    // No page has "email" or "mejlen": the page that says "e-post" is a full match.
    assert_eq!(first("email"), epost);
    assert_eq!(first("mejlen"), epost);
    assert_eq!(first("FN"), Some(("fn".to_string(), false)));
    // A word of the list whose Swedish form no page has: nothing.
    assert_eq!(page_hits(index, &["gdpr"]), Vec::new());
}

#[test]
fn a_number_a_letter_code_and_a_verbal_noun_meet_the_forms_the_text_writes() {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, index) = A.get_or_init(|| {
        ingest_archive(&[
            (
                "standard.txt",
                "Myndigheten följer SS-ISO/IEC 27001:2006 för sin informationssäkerhet.",
            ),
            (
                "sfs.txt",
                "Enligt förordningen (1999:175) ska regeringen ge ut författningarna.",
            ),
            (
                "diarie.txt",
                "Finansdepartementet (dnr Fi3102/92) uppdrog åt Riksskatteverket att utreda.",
            ),
            (
                "firma.txt",
                "J.Ö. var firmatecknare och T.Ö. hade rätt att teckna bolagets firma.",
            ),
            (
                "ovrigt.txt",
                "Biblioteket har öppet alla vardagar och erbjuder läxhjälp.",
            ),
        ])
    });
    let hits = |q: &[&str]| page_hits(index, q);
    let first = |q: &[&str]| hits(q).first().cloned();
    // A standard's number without its year ("27001:2006" is one word of the text).
    assert_eq!(
        first(&["iso", "27001"]),
        Some(("standard".to_string(), false))
    );
    assert_eq!(hits(&["27001"]), [("standard".to_string(), false)]);
    // A year is not a series number's first part: "1999" is not "1999:175".
    assert_eq!(hits(&["1999"]), Vec::new());
    // A ministry code and its number typed apart: the text's one word "Fi3102".
    assert_eq!(first(&["fi 3102/92"]), Some(("diarie".to_string(), false)));
    // "teckning" is "teckn" + "ing": the verb "teckna" and "firmatecknare".
    assert_eq!(
        first(&["firmateckning"]),
        Some(("firma".to_string(), false))
    );
    // None of them is on the library's page.
    for q in ["iso 27001", "fi 3102/92", "firmateckning"] {
        assert!(hits(&[q]).iter().all(|(d, _)| d != "ovrigt"), "{q}");
    }
}
