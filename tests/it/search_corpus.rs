//! Searching the shipped corpus, ingested (the two PDFs and the three HTML pages):
//! Swedish stemming, compounds, phrases, identifiers, filters, typos, snippets, errors.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kommission::extract::ExtractOptions;
use kommission::index::search::{search, Hit, KindFilter, SearchRequest};
use kommission::index::{IndexError, Store};
use kommission::ingest;
use kommission_testkit::truth::load_truth;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One index over the corpus for all tests, built through the real ingest path (our PDF
/// extraction, HTML reader, structure stage), kept in a temp dir for the test run.
fn store() -> &'static Store {
    static STORE: OnceLock<(tempfile::TempDir, Store)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let store = Store::open_or_create(tmp.path()).unwrap();
            let summary = ingest::run(
                &store,
                &ingest::IngestOptions {
                    roots: vec![root().join("corpus")],
                    extract: ExtractOptions {
                        ocr: false,
                        ..ExtractOptions::default()
                    },
                    progress: false,
                    ..ingest::IngestOptions::default()
                },
            )
            .unwrap();
            assert!(summary.failed.is_empty(), "{:?}", summary.failed);
            (tmp, store)
        })
        .1
}

fn find(query: &str, kind: KindFilter) -> Vec<Hit> {
    search(
        store(),
        &SearchRequest {
            query: query.into(),
            limit: 10,
            kind,
            ..SearchRequest::default()
        },
    )
    .unwrap_or_else(|e| panic!("{query}: {e}"))
}

fn pages(query: &str) -> Vec<(String, u32)> {
    find(query, KindFilter::Page)
        .into_iter()
        .map(|h| (h.doc, h.page.unwrap()))
        .collect()
}

fn first(query: &str) -> (String, u32) {
    pages(query)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no hit for {query}"))
}

const INR: &str = "inriktning-2014";
const PROT: &str = "protokoll-ks-2020-04-06-p216";

#[test]
fn forskningscirkel_finds_the_plural_on_page_19() {
    assert_eq!(first("forskningscirkel"), (INR.into(), 19));
    assert_eq!(pages("forskningscirkel").len(), 1);
    let hit = &find("forskningscirkel", KindFilter::Page)[0];
    assert!(
        hit.snippet.contains("**forskningscirklar**"),
        "{}",
        hit.snippet
    );
    assert_eq!(hit.label.as_deref(), Some("19"));
    assert_eq!(hit.kind, "page");
}

#[test]
fn screening_finds_the_compound_on_page_5() {
    assert_eq!(pages("screening"), vec![(INR.to_string(), 5)]);
    let hit = &find("screening", KindFilter::Page)[0];
    assert!(
        hit.snippet.contains("**screeningprogram**"),
        "{}",
        hit.snippet
    );
    assert_eq!(hit.label, None);
}

#[test]
fn diary_number_finds_the_protocol_page() {
    assert_eq!(pages("STK-2019-1535"), vec![(PROT.to_string(), 2)]);
    assert_eq!(pages("stk-2019-1535"), vec![(PROT.to_string(), 2)]);
    // Another diary number on the same page, and no partial matches on the year.
    assert_eq!(pages("STK-2016-1242"), vec![(PROT.to_string(), 2)]);
    let hit = &find("STK-2019-1535", KindFilter::Page)[0];
    assert!(hit.snippet.contains("**STK-2019-1535**"), "{}", hit.snippet);
    let mut para = pages("§ 216");
    para.sort();
    assert_eq!(para, vec![(PROT.to_string(), 1), (PROT.to_string(), 2)]);
    assert_eq!(pages("§216").len(), 2);
}

#[test]
fn barnkonventionen_ranks_page_16_first() {
    let p = pages("barnkonventionen");
    assert_eq!(p[0], (INR.into(), 16));
    assert!(p.contains(&(INR.into(), 3)));
    assert_eq!(p.len(), 2);
    assert_eq!(first("Barnkonvention"), (INR.into(), 16));
}

#[test]
fn recommendation_code_is_matched_exactly() {
    assert_eq!(pages("2.2.3.3"), vec![(INR.to_string(), 17)]);
    assert_eq!(pages("code:2.2.3.3"), vec![(INR.to_string(), 17)]);
    // 2.2.3.3 is not 2.2.3 nor 3.3.
    assert!(pages("2.2.3").is_empty());
    let hit = &find("2.2.3.3", KindFilter::Page)[0];
    assert!(
        hit.snippet.contains("(**2.2.3.3**, s. 114)"),
        "{}",
        hit.snippet
    );
}

#[test]
fn the_phrase_halso_och_sjukvard_works() {
    // The phrase's own hits (pages with its words apart follow, marked partial).
    let p: Vec<(String, u32)> = find("\"hälso- och sjukvård\"", KindFilter::Page)
        .into_iter()
        .filter(|h| !h.partial)
        .map(|h| (h.doc, h.page.unwrap()))
        .collect();
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p.contains(&(INR.into(), 5)));
    assert!(p.contains(&(INR.into(), 8)));
    // Page 4 has "hälso- och samhällsekonomisk": not the phrase.
    assert!(!p.contains(&(INR.into(), 4)));
    // A phrase matches other forms of its words: the text says "Hälso- och sjukvård".
    let mut definite: Vec<(String, u32)> = find("\"hälso- och sjukvården\"", KindFilter::Page)
        .into_iter()
        .filter(|h| !h.partial)
        .map(|h| (h.doc, h.page.unwrap()))
        .collect();
    definite.sort();
    assert_eq!(definite, vec![(INR.to_string(), 5), (INR.to_string(), 8)]);
    // "skillnader i hälsa" (pages 7, 9, 10, 13, 14) in the definite form.
    assert!(pages("\"skillnaderna i hälsan\"").contains(&(INR.into(), 9)));
    let hit = &find("\"hälso- och sjukvård\"", KindFilter::Page)[0];
    assert!(
        hit.snippet.contains("**Hälso**- och **sjukvård**"),
        "{}",
        hit.snippet
    );
}

#[test]
fn inflected_forms_meet() {
    // skaderegistret (page 5) from the indefinite form.
    assert_eq!(pages("skaderegister"), vec![(INR.to_string(), 5)]);
    // "hälsan" in the query finds "hälsa" pages too.
    assert!(pages("hälsan").len() >= 5);
    assert!(pages("kollegial granskning").contains(&(INR.into(), 17)));
}

#[test]
fn boolean_operators_and_filters() {
    // Exclusion: page 16 also says "handledning".
    assert_eq!(
        pages("barnkonventionen -handledning"),
        vec![(INR.to_string(), 3)]
    );
    let or = pages("screeningprogram OR skaderegistret");
    assert_eq!(or, vec![(INR.to_string(), 5)]);
    let both = pages("följeforskning OR levnadsundersökningar");
    assert!(both.contains(&(INR.into(), 16)) && both.contains(&(INR.into(), 19)));
    assert!(pages("följeforskning AND levnadsundersökningar").is_empty());
    assert!(pages("kunskapsallianser doc:isu-seminarium")
        .iter()
        .all(|(d, _)| d == "isu-seminarium"));
    assert_eq!(pages("kunskapsallianser doc:isu-seminarium").len(), 1);
    // Page 1 of the protocol only has "hälsa" in the document title.
    assert_eq!(pages("kind:protocol hälsa")[0], (PROT.to_string(), 2));
    assert!(pages("kind:protocol hälsa").iter().all(|(d, _)| d == PROT));
    assert_eq!(pages("action:5"), vec![(INR.to_string(), 19)]);
    // A document id typed as a word finds that document's pages.
    let by_id = pages("protokoll-ks-2020-04-06-p216");
    assert_eq!(by_id.len(), 2, "{by_id:?}");
    assert!(by_id.iter().all(|(d, _)| d == PROT));
}

#[test]
fn actions_are_hits_of_their_own() {
    let hits = find("forskningscirklar", KindFilter::Action);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, "action");
    assert_eq!(hits[0].page, Some(19));
    assert_eq!(hits[0].label.as_deref(), Some("19"));
    assert!(hits[0].title.as_deref().unwrap().starts_with("5. Utred"));
    let all = find("forskningscirklar", KindFilter::All);
    assert_eq!(all.len(), 2);
    assert_eq!(find("code:3.1.1.3", KindFilter::Action).len(), 1);
}

#[test]
fn typos_in_long_words_are_tolerated_when_nothing_matches() {
    assert_eq!(first("barnkonvetionen"), (INR.into(), 16));
    assert_eq!(first("screning"), (INR.into(), 5));
    // Short words are not fuzzed.
    assert!(pages("barm").is_empty());
}

#[test]
fn html_pages_are_searchable_with_title_boost() {
    let p = pages("frukostseminarium");
    assert_eq!(p, vec![("isu-seminarium".to_string(), 1)]);
    let hit = &find(
        "utvecklingsarbetet efter malmökommissionen",
        KindFilter::Page,
    )[0];
    assert_eq!(hit.doc, "malmo-se-utvecklingsarbetet");
    assert_eq!(
        hit.title.as_deref(),
        Some("Utvecklingsarbetet efter Malmökommissionen")
    );
}

#[test]
fn partial_matches_follow_full_matches() {
    // No page has both words; the pages with either still come back.
    let p = pages("screeningprogram frukostseminarium");
    assert_eq!(p.len(), 2, "{p:?}");
}

#[test]
fn hit_json_has_the_documented_keys() {
    let hit = &find("screening", KindFilter::Page)[0];
    let json = serde_json::to_value(hit).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            "doc",
            "kind",
            "label",
            "ocr",
            "ocr_confidence",
            "page",
            "partial",
            "path",
            "score",
            "snippet",
            "title",
            "uri"
        ]
    );
    assert!(Path::new(json["path"].as_str().unwrap()).is_absolute());
    assert!(json["uri"]
        .as_str()
        .unwrap()
        .ends_with("/corpus/inriktning-2014.pdf#page=5"));
    assert_eq!(json["partial"], false);
    // Action hits carry their number.
    let action = &find("forskningscirklar", KindFilter::Action)[0];
    assert_eq!(serde_json::to_value(action).unwrap()["number"], "5");
    assert!(hit.score > 0.0);
    assert_eq!(json["ocr"], false);
    assert!(json["ocr_confidence"].is_null());
}

#[test]
fn errors_are_clear() {
    let run = |q: &str| {
        search(
            store(),
            &SearchRequest {
                query: q.into(),
                limit: 10,
                kind: KindFilter::Page,
                ..SearchRequest::default()
            },
        )
    };
    assert!(matches!(run("  "), Err(IndexError::EmptyQuery)));
    match run("\"hälso- och") {
        Err(IndexError::Syntax(m)) => assert!(m.contains("position 0"), "{m}"),
        other => panic!("{other:?}"),
    }
    match run("kind:pdf") {
        Err(IndexError::Syntax(m)) => assert!(m.contains("kind:pdf"), "{m}"),
        other => panic!("{other:?}"),
    }
    match run("-screening") {
        Err(IndexError::Syntax(m)) => assert!(m.contains("only excludes"), "{m}"),
        other => panic!("{other:?}"),
    }
    // Any limit is safe: 0 gives no hit, a huge one is capped.
    for limit in [0, usize::MAX] {
        let hits = search(
            store(),
            &SearchRequest {
                query: "barnkonventionen".into(),
                limit,
                kind: KindFilter::Page,
                ..SearchRequest::default()
            },
        )
        .unwrap();
        assert_eq!(hits.len(), if limit == 0 { 0 } else { 2 });
    }
    // Stop words alone find nothing, without an error.
    assert!(run("och det").unwrap().is_empty());
    let tmp = tempfile::tempdir().unwrap();
    assert!(matches!(
        Store::open(Path::new(&tmp.path().join("x"))),
        Err(IndexError::Missing(_))
    ));
}

#[test]
fn compound_parts_match_only_within_one_word() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(tmp.path()).unwrap();
    let mut w = store.writer().unwrap();
    let mut record = kommission::model::DocRecord {
        id: "notes".into(),
        ..Default::default()
    };
    for (n, text) in [
        (1, "Vi prövar en ny forskningscirkelmetodik i skolan."),
        (2, "Barn har rättigheter enligt FN-konventionen."),
        (3, "Forskning om cirklar."),
    ] {
        record.pages.push(kommission::model::Page {
            number: n,
            text: text.into(),
            ..Default::default()
        });
    }
    // Pages about other things, so that word statistics are those of an archive, not of
    // three pages (the index also holds the document's own items).
    for n in 4..16 {
        record.pages.push(kommission::model::Page {
            number: n,
            text: format!("Sida {n} handlar om budget, lokaler och personal i förvaltningen."),
            ..Default::default()
        });
    }
    w.upsert(&record).unwrap();
    w.commit().unwrap();
    let run = |q: &str| {
        search(
            &store,
            &SearchRequest {
                query: q.into(),
                limit: 10,
                kind: KindFilter::Page,
                ..SearchRequest::default()
            },
        )
        .unwrap()
    };
    let hits = run("forskningscirkel");
    assert_eq!(hits[0].page, Some(1));
    // The word is rare here, so its parts near each other count too, below the compound.
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[1].page, Some(3));
    assert!(hits[1].score < hits[0].score);
    assert!(
        hits[0].snippet.contains("**forskningscirkelmetodik**"),
        "{}",
        hits[0].snippet
    );
    // "barn" and "konvention" in two words are not "barnkonventionen" itself: found only
    // through its parts on one page, far below the compound found whole.
    let apart = run("barnkonventionen");
    assert!(apart.iter().all(|h| h.score < hits[0].score), "{apart:?}");
    // The snippet of the corpus hit does not mark words that share only a part.
    let hit = &find("barnkonventionen", KindFilter::Page)[0];
    assert!(
        !hit.snippet.contains("**barnrättsperspektivet**"),
        "{}",
        hit.snippet
    );
}

/// Copies of a document score the same; which of them a search shows, and in what order,
/// must not depend on the order ingest happened to index them in.
#[test]
fn equal_scores_come_in_the_same_order_whatever_the_indexing_order() {
    let base =
        load_truth(&root().join("tests/data/protokoll-ks-2020-04-06-p216.truth.json")).unwrap();
    let copies: Vec<kommission::model::DocRecord> = (0..12)
        .map(|i| {
            let mut r = base.clone();
            r.id = format!("kopia-{i:02}");
            r.path = format!("kopior/kopia-{i:02}.pdf");
            r
        })
        .collect();
    let hits_after = |order: &mut dyn Iterator<Item = &kommission::model::DocRecord>,
                      commits: bool| {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_or_create(tmp.path()).unwrap();
        let mut w = store.writer().unwrap();
        for r in order {
            w.upsert(r).unwrap();
            if commits {
                // One segment per document: the documents' addresses differ from one index
                // to the other.
                w.commit().unwrap();
                w = store.writer().unwrap();
            }
        }
        w.commit().unwrap();
        let hits = search(
            &store,
            &SearchRequest {
                query: "STK-2019-1535".into(),
                limit: 5,
                kind: KindFilter::Page,
                ..SearchRequest::default()
            },
        )
        .unwrap();
        hits.into_iter()
            .map(|h| (h.doc, h.page, h.score.to_bits()))
            .collect::<Vec<_>>()
    };
    let forward = hits_after(&mut copies.iter(), false);
    let backward = hits_after(&mut copies.iter().rev(), true);
    assert_eq!(forward.len(), 5);
    // The limit cuts through twelve equal scores.
    assert!(forward.iter().all(|h| h.2 == forward[0].2), "{forward:?}");
    assert_eq!(forward, backward);
}
