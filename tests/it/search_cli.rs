//! Search semantics through the real binary on a small archive written by the test: a
//! regulation whose number stands only in its running header, a municipal plan with diary
//! numbers, an EU directive and paragraph references, a page about wolves, and a page with
//! none of it (the answer "nothing"). Each test names the rule it checks.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use crate::support::proc::run;
use kommission_testkit::pdf::{write_pdf, PageSpec, TextRun, WriteOptions};
use serde_json::Value;

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A page of body lines (12 pt, from the top) with a running header and a page number.
fn page(header: &str, number: usize, body: &[&str]) -> PageSpec {
    let mut runs = vec![TextRun::new("Helvetica", 9.0, 60.0, 810.0, header)];
    for (i, line) in body.iter().enumerate() {
        runs.push(TextRun::new(
            "Helvetica",
            11.0,
            60.0,
            720.0 - 16.0 * i as f32,
            line,
        ));
    }
    runs.push(TextRun::new(
        "Helvetica",
        9.0,
        300.0,
        30.0,
        &number.to_string(),
    ));
    PageSpec {
        width: 595.0,
        height: 842.0,
        runs,
        rotate: 0,
    }
}

/// The archive, ingested once: (the temp dir, the index, the archive folder).
fn archive() -> &'static (tempfile::TempDir, PathBuf, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let docs = tmp.path().join("arkiv");
        std::fs::create_dir_all(&docs).unwrap();
        // A regulation: its number only in the running header of every page.
        let header = "SFS 1999:175";
        let pages = vec![
            page(
                header,
                1,
                &[
                    "Rättsinformationsförordning",
                    "1 § I syfte att tillförsäkra den offentliga förvaltningen tillgång",
                    "till grundläggande rättsinformation ska det finnas ett offentligt",
                    "rättsinformationssystem.",
                ],
            ),
            page(
                header,
                2,
                &[
                    "14 § Informationsansvaret för domstolarnas avgöranden har",
                    "Domstolsverket. Uppgifterna ska lämnas för att systemet ska",
                    "kunna hållas aktuellt.",
                ],
            ),
            page(
                header,
                3,
                &[
                    "20 § Information ska finnas tillgänglig utan avgift.",
                    "Denna förordning träder i kraft den 1 juli 1999.",
                ],
            ),
        ];
        std::fs::write(
            docs.join("forordning.pdf"),
            write_pdf(&pages, &WriteOptions::default()),
        )
        .unwrap();
        std::fs::write(
            docs.join("klimatplan.txt"),
            "Klimatstrategi för kommunen, Dnr KS 2013/375.\n\n\
             Fossila bränslen ska fasas ut. Kommunstyrelsen beslutade 2013 om \
             ett nytt mål för utsläppen.\n\n\
             Ärendet KS-2020-00123 gäller fossilt bränsle i fordonsflottan.\n",
        )
        .unwrap();
        std::fs::write(
            docs.join("byggplats.txt"),
            "Genomförandet av direktiv 92/57/EEG om byggarbetsplatser.\n\n\
             Se prop. 2012/13:144 och dir. 2014:139 om samordning.\n",
        )
        .unwrap();
        std::fs::write(
            docs.join("rovdjur.txt"),
            "Länsstyrelsen ansvarar för inventering av björn, varg och lodjur. \
             Resultaten rapporteras varje år.\n",
        )
        .unwrap();
        // "biljettkontroll" is nowhere; this page checks tickets in other words.
        std::fs::write(
            docs.join("resa.txt"),
            "Resenären ska själv kontrollera biljetterna innan avresan.\n",
        )
        .unwrap();
        // "kontroll" as a word of its own on two pages, only inside compounds (more often)
        // on a third.
        std::fs::write(
            docs.join("varor.txt"),
            "Kontroll av varor görs varje vecka.\n",
        )
        .unwrap();
        std::fs::write(
            docs.join("fordon.txt"),
            "Fordonen genomgår kontroll hos besiktningen.\n",
        )
        .unwrap();
        std::fs::write(
            docs.join("tillsyn.txt"),
            "Verksamheten följer sitt kontrollprogram. Kontrollprogrammet och \
             kontrollplanen ses över av tillsynen varje år.\n",
        )
        .unwrap();
        std::fs::write(
            docs.join("ovrigt.txt"),
            "KS har sammanträtt. År 2013 var ett år med 375 ärenden och 1999 \
             beslut om 175 bidrag. Inget här om oro.\n",
        )
        .unwrap();
        let index = tmp.path().join("index");
        let o = run(
            &index,
            &["ingest", "--quiet", "--no-ocr", docs.to_str().unwrap()],
        );
        assert_eq!(code(&o), 0, "ingest failed: {}", stderr(&o));
        (tmp, index, docs)
    })
}

/// JSON hits of a search (extra arguments after the query words).
fn hits(args: &[&str]) -> Vec<Value> {
    let (_, index, _) = archive();
    let mut all = vec!["search", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(index, &all);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// (document, page) of the full (not partial) hits.
fn full(args: &[&str]) -> Vec<(String, u64)> {
    hits(args)
        .into_iter()
        .filter(|h| h["partial"] == false)
        .map(|h| {
            (
                h["doc"].as_str().unwrap().to_string(),
                h["page"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn docs_of(args: &[&str]) -> Vec<String> {
    let mut d: Vec<String> = full(args).into_iter().map(|(d, _)| d).collect();
    d.sort();
    d.dedup();
    d
}

#[test]
fn identifiers_match_as_wholes_in_any_spacing() {
    for q in [
        "KS 2013/375",
        "ks 2013/375",
        "Dnr KS 2013/375",
        "KS2013/375",
    ] {
        assert_eq!(docs_of(&[q]), vec!["klimatplan"], "{q}");
    }
    // "KS", "2013" and "375" on the other page are not the diary number.
    for q in [
        "Dnr KS-2020-00123",
        "92/57/EEG",
        "prop. 2012/13:144",
        "prop 2012/13:144",
        "dir. 2014:139",
    ] {
        assert!(!docs_of(&[q]).is_empty(), "{q}");
        assert!(!docs_of(&[q]).contains(&"ovrigt".to_string()), "{q}");
    }
    assert_eq!(docs_of(&["92/57/EEG"]), vec!["byggplats"]);
    assert_eq!(docs_of(&["dir. 2014:139"]), vec!["byggplats"]);
    // A number that is nowhere finds nothing, though its parts are on a page.
    assert!(full(&["KS 2013/376"]).is_empty());
    assert!(full(&["SFS 1999:176"]).is_empty());
}

#[test]
fn running_headers_leave_the_text_but_find_every_page() {
    let mut p = full(&["SFS 1999:175"]);
    p.sort();
    assert_eq!(
        p,
        vec![
            ("forordning".to_string(), 1),
            ("forordning".to_string(), 2),
            ("forordning".to_string(), 3)
        ]
    );
    let (_, index, _) = archive();
    let o = run(index, &["show", "doc", "forordning", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The header is not part of the reading text.
    let text = run(
        index,
        &[
            "search",
            "--format",
            "json",
            "Domstolsverket",
            "--kind",
            "page",
        ],
    );
    let h: Value = serde_json::from_str(stdout(&text).lines().next().unwrap()).unwrap();
    assert!(!h["snippet"].as_str().unwrap().contains("SFS"), "{h}");
}

#[test]
fn paragraph_references_are_one_term() {
    assert_eq!(
        full(&["14 §", "Domstolsverket"]),
        vec![("forordning".to_string(), 2)]
    );
    assert_eq!(full(&["14 §"]), vec![("forordning".to_string(), 2)]);
    assert_eq!(full(&["20 §"]), vec![("forordning".to_string(), 3)]);
    // "14 §" is not the number 14 anywhere.
    assert!(full(&["14 §", "varg"]).is_empty());
}

#[test]
fn phrases_match_any_inflection_and_the_exact_form_first() {
    let h = hits(&["\"fossila bränslen\""]);
    assert!(!h.is_empty());
    // One page has the exact form, the same page also the inflected form: it is found once.
    assert_eq!(h[0]["doc"], "klimatplan");
    assert!(h[0]["snippet"].as_str().unwrap().contains("**Fossila**"));
    // "fossilt bränsle" is the same phrase in another inflection.
    assert_eq!(docs_of(&["\"fossilt bränsle\""]), vec!["klimatplan"]);
    // Stop words inside a phrase count: "för att" stands on page 2 of the regulation only.
    assert_eq!(full(&["\"för att\""]), vec![("forordning".to_string(), 2)]);
    // ... and in order: "att för" is nowhere.
    assert!(full(&["\"att för\""]).is_empty());
}

#[test]
fn a_rare_compound_is_tried_as_its_parts_but_typos_do_not_change_words() {
    // "inventering av björn, varg": varginventering is not in the text.
    assert_eq!(docs_of(&["varginventering"]), vec!["rovdjur"]);
    assert_eq!(docs_of(&["björninventering"]), vec!["rovdjur"]);
    // Parts further apart on one page still find it ("inventering av björn, varg och
    // lodjur" is an inventory of lynx), below the pages where they stand near each other.
    assert_eq!(docs_of(&["lodjursinventering"]), vec!["rovdjur"]);
    // Parts in derived forms: "kontrollera biljetterna" for biljettkontroll.
    assert_eq!(docs_of(&["biljettkontroll"]), vec!["resa"]);
    // Parts that stand on different pages only are not the compound.
    assert!(full(&["vargbränsle"]).is_empty());
    // "corona" is not "oro" nor "oron".
    assert!(full(&["corona"]).is_empty());
}

#[test]
fn a_word_outranks_its_use_as_a_compound_part() {
    // "kontroll" stands once on its own in varor and fordon, three times inside compounds
    // in tillsyn: all are found, the pages with the word itself first.
    let d: Vec<String> = full(&["kontroll"]).into_iter().map(|(d, _)| d).collect();
    assert_eq!(d.len(), 3, "{d:?}");
    assert_eq!(d.last().map(String::as_str), Some("tillsyn"), "{d:?}");
    // The compound itself is found whole, not through its parts alone.
    assert_eq!(
        full(&["kontrollprogram"]).first().map(|(d, _)| d.as_str()),
        Some("tillsyn")
    );
}

#[test]
fn words_are_anded_and_partial_hits_are_marked() {
    // Both words: only the page that has both.
    let h = hits(&["fossila", "fordonsflottan"]);
    assert_eq!(h[0]["partial"], false);
    assert_eq!(h[0]["doc"], "klimatplan");
    // Words on different documents: no full hit, only marked partial hits with their words.
    let h = hits(&["varg", "Domstolsverket"]);
    assert!(!h.is_empty());
    for hit in &h {
        assert_eq!(hit["partial"], true, "{hit}");
        let matched: Vec<&str> = hit["matched"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        assert_eq!(matched.len(), 1, "{hit}");
    }
    let (_, index, _) = archive();
    let o = run(index, &["search", "varg", "Domstolsverket"]);
    assert!(stdout(&o).contains("match only some"), "{}", stdout(&o));
    assert!(stdout(&o).contains("[partial: "), "{}", stdout(&o));
}

#[test]
fn filters_restrict_and_never_add() {
    // doc:X word: only pages of X that have the word; none when X lacks it.
    assert_eq!(
        full(&["doc:forordning", "Domstolsverket"]),
        vec![("forordning".to_string(), 2)]
    );
    assert!(hits(&["doc:forordning", "varg"]).is_empty());
    assert!(hits(&["doc:ovrigt", "fossila"]).is_empty());
}

#[test]
fn not_and_minus_exclude() {
    assert_eq!(docs_of(&["fossila -fordonsflottan"]), Vec::<String>::new());
    assert_eq!(
        docs_of(&["--", "fossila", "-fordonsflottan"]),
        Vec::<String>::new()
    );
    assert_eq!(
        docs_of(&["fossila", "NOT", "fordonsflottan"]),
        Vec::<String>::new()
    );
    assert_eq!(docs_of(&["varg", "NOT", "Domstolsverket"]), vec!["rovdjur"]);
    // An excluded phrase excludes the phrase only, not each of its words (the test binary
    // is a debug build: tantivy's debug assertions run).
    assert_eq!(
        docs_of(&["bränsle -\"bränsle fordonsflottan\""]),
        vec!["klimatplan"]
    );
    assert_eq!(
        docs_of(&["bränsle -\"fossilt bränsle\""]),
        Vec::<String>::new()
    );
    assert_eq!(docs_of(&["varg -\"fossila bränslen\""]), vec!["rovdjur"]);
}

#[test]
fn hits_carry_path_uri_count_and_offset() {
    let h = hits(&["SFS 1999:175"]);
    let (_, _, docs) = archive();
    let want = std::fs::canonicalize(docs.join("forordning.pdf")).unwrap();
    for hit in &h {
        let path = PathBuf::from(hit["path"].as_str().unwrap());
        assert!(path.is_absolute(), "{hit}");
        assert_eq!(std::fs::canonicalize(&path).unwrap(), want);
        let uri = hit["uri"].as_str().unwrap();
        assert!(uri.starts_with("file:///"), "{uri}");
        assert!(uri.ends_with(&format!("#page={}", hit["page"])), "{uri}");
    }
    let (_, index, _) = archive();
    let o = run(index, &["search", "--count", "SFS", "1999:175"]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o).trim(), "3");
    let o = run(index, &["search", "--count", "corona"]);
    assert_eq!(stdout(&o).trim(), "0");
    // --offset pages through the same ranking.
    let all = full(&["SFS 1999:175"]);
    let rest = full(&["SFS 1999:175", "--offset", "1"]);
    assert_eq!(rest, all[1..].to_vec());
    let one = full(&["SFS 1999:175", "--limit", "1", "--offset", "2"]);
    assert_eq!(one, all[2..3].to_vec());
}

#[test]
fn limit_zero_shows_nothing_and_long_queries_are_not_echoed() {
    let (_, index, _) = archive();
    // --limit 0 shows no hit (and --count still counts them).
    let o = run(
        index,
        &["search", "varg", "--limit", "0", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    for bad in [
        vec!["search", "varg", "--limit", "-1"],
        vec!["search", "varg", "--offset", "x"],
    ] {
        let o = run(index, &bad);
        assert_eq!(code(&o), 2, "{bad:?}: {}", stderr(&o));
    }
    let long = "ingenting ".repeat(10_000);
    let o = run(index, &["search", &long]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("no hits"), "{}", stderr(&o));
    assert!(stderr(&o).len() < 400, "{} bytes", stderr(&o).len());
}

#[test]
fn a_rare_word_finds_the_compounds_it_begins() {
    // "bygg" stands nowhere alone; "byggarbetsplatser" is "bygg" + "arbetsplatser".
    let h = hits(&["bygg"]);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["doc"], "byggplats");
    assert_eq!(h[0]["partial"], false);
    assert!(
        h[0]["snippet"]
            .as_str()
            .unwrap()
            .contains("**byggarbetsplatser**"),
        "{h:?}"
    );
}

#[test]
fn a_phrase_with_few_hits_is_filled_up_with_its_words_apart() {
    // "fossilt bränsle i fordonsflottan": the words stand apart, not as this phrase.
    assert!(full(&["\"fordonsflottan bränsle\""]).is_empty());
    let h = hits(&["\"fordonsflottan bränsle\""]);
    assert_eq!(h[0]["doc"], "klimatplan", "{h:?}");
    assert_eq!(h[0]["partial"], true);
    // The partial hit names the phrase's words it has.
    assert_eq!(
        h[0]["matched"],
        serde_json::json!(["fordonsflottan", "bränsle"])
    );
    // The phrase's own hits come first, the words apart after them.
    let h = hits(&["\"fossila bränslen\""]);
    assert_eq!(h[0]["partial"], false);
    assert!(h.iter().skip(1).all(|x| x["partial"] == true), "{h:?}");
}

/// An archive of many one-page notes in which a few words stand on hundreds of pages with
/// every count and page length, so that many pages tie in score: (temp dir, index).
fn many_pages() -> &'static (tempfile::TempDir, PathBuf) {
    static A: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    A.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let docs = tmp.path().join("anteckningar");
        std::fs::create_dir_all(&docs).unwrap();
        let filler = [
            "nämnden",
            "beslutade",
            "om",
            "budgeten",
            "för",
            "skolan",
            "och",
            "vården",
            "under",
            "året",
        ];
        for i in 0..900usize {
            let mut words: Vec<String> = Vec::new();
            // Filler of 6 to 40 words; the search words 0 to 4 times (0 on a third).
            for k in 0..(6 + (i * 7) % 35) {
                words.push(filler[(i + k) % filler.len()].to_string());
            }
            for _ in 0..(i % 5) {
                words.insert((i * 3) % words.len(), "tillsynen".into());
            }
            if i % 3 == 1 {
                words.push("livsmedelskontroll".into());
            }
            if i % 4 == 0 {
                words.push("miljöbalken".into());
            }
            let text = format!("Anteckning {i}\n\n{}.\n", words.join(" "));
            std::fs::write(docs.join(format!("anteckning-{i:03}.txt")), text).unwrap();
        }
        let index = tmp.path().join("index");
        let o = run(
            &index,
            &["ingest", "--quiet", "--no-ocr", docs.to_str().unwrap()],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        (tmp, index)
    })
}

/// (document, page, score, partial) of each hit of `search --format json -n LIMIT QUERY`.
fn ranked(index: &Path, query: &str, limit: usize) -> Vec<(String, u64, String, bool)> {
    let n = limit.to_string();
    let o = run(index, &["search", "--format", "json", "-n", &n, query]);
    assert_eq!(code(&o), 0, "{query}: {}", stderr(&o));
    stdout(&o)
        .lines()
        .map(|l| {
            let h: Value = serde_json::from_str(l).expect("a JSON line");
            (
                h["doc"].as_str().unwrap().to_string(),
                h["page"].as_u64().unwrap_or(0),
                h["score"].to_string(),
                h["partial"] == true,
            )
        })
        .collect()
}

#[test]
fn the_top_hits_are_the_first_of_all_hits_however_many_tie() {
    // A search that asks for few hits stops early (block-max WAND skips pages that cannot
    // reach the k-th score); it must give exactly the first hits of the whole ranking,
    // ties in score ordered by each page's fixed rank, whatever the page's place in the
    // index.
    let (_, index) = many_pages();
    for query in [
        "tillsynen",
        "miljöbalken",
        "kind:text tillsynen",
        "tillsynen miljöbalken",
        "tillsynen -miljöbalken",
        "\"tillsynen nämnden\"",
        // Phrases whose words stand on many pages, more often than the phrase: only the
        // pages whose bound (the fewest of a word's occurrences) can enter the top have
        // their positions read, and the top must still be the first of all hits; with a
        // filter beside the phrase too.
        "\"nämnden beslutade\"",
        "\"budgeten för skolan\"",
        "\"skolan och vården\" kind:text",
        "livsmedelskontroll",
        "kontroll",
        // Several required words with the bonus of their pairs near each other beside
        // them: ranked by the required words, the pairs' positions read only where their
        // bound can enter the top; all but a quarter of four words; an excluded word.
        "nämnden beslutade skolan",
        "nämnden beslutade skolan vården",
        "budgeten skolan -miljöbalken",
    ] {
        let all = ranked(index, query, 5000);
        assert!(all.len() > 100, "{query}: {} hits", all.len());
        let mut scores: Vec<&String> = all.iter().map(|h| &h.2).collect();
        scores.dedup();
        assert!(scores.len() < all.len() / 4, "{query}: ties are the test");
        for limit in [1, 3, 10, 25, 130] {
            let top = ranked(index, query, limit);
            assert_eq!(top, all[..limit].to_vec(), "{query} -n {limit}");
        }
        // --count counts every hit that matches the whole query (partial hits, which fill
        // up after them, are not counted), also when the hits shown stop early.
        let whole = all.iter().filter(|h| !h.3).count();
        assert!(whole > 100, "{query}: {whole} whole hits");
        let o = run(index, &["search", "--count", "-n", "3", query]);
        assert_eq!(stdout(&o).trim(), whole.to_string(), "{query}");
    }
    // The answer "nothing".
    assert!(ranked(index, "fiskevård", 10).is_empty());
    let o = run(index, &["search", "--count", "fiskevård"]);
    assert_eq!(stdout(&o).trim(), "0");
}
