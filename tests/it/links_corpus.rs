//! Links and `show` on the corpus: records built through extraction and structure analysis
//! exactly as ingest builds them, plus small web pages that mention actions and diary
//! numbers the way web pages do (titles shortened or reworded, no numbers).

use crate::structure_support as support;

use std::collections::BTreeSet;

use kommission::model::{DocRecord, Link};
use kommission::query::{self, ShowError, Target};
use kommission_testkit::links;
use serde_json::Value;
use support::*;

/// The corpus with the report and protocol given as truth text (no layout lines).
fn truth_records() -> Vec<DocRecord> {
    let mut out = vec![
        record(REPORT, "pdf", truth(REPORT)),
        record(PROTOCOL, "pdf", truth(PROTOCOL)),
    ];
    for w in WEB {
        out.push(record(w, "html", extracted(&format!("{w}.html"))));
    }
    out
}

const LISTING: &str = r#"<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Uppdrag i korthet</title></head><body><main>
<h1>Uppdrag i korthet</h1>
<p>Stadskontoret arbetar bland annat med följande:</p>
<ul>
<li>Översyn av kommunfullmäktiges beslut om Barnkonventionen</li>
<li>Skala upp arbetet med kollegiala granskningar och utveckla modeller för lärande organisationer</li>
<li>Se över befintliga samarbetsstrukturer för barns hälsa</li>
<li>Kommunen ska se över hur mödra- och barnhälsovården kan erbjuda vård på lika villkor</li>
</ul>
<p>Läs också om 5. Utred förutsättningarna för att stärka samarbetet med universitet och högskola kring metodutveckling.</p>
<p>Ärendet STK-2O19-1535 behandlades i april. Vi gjorde en analys av åtgärden 45. Skapa nya vägar.</p>
<p>Barn och unga i skolan ska ha bättre hälsa. Se även 2.2.3.3 och kapitel 4.2.1.</p>
</main></body></html>"#;

fn targets(links: &[Link], doc: &str) -> BTreeSet<(u32, String, String)> {
    links
        .iter()
        .filter(|l| l.doc == doc)
        .map(|l| (l.page, l.kind.to_string(), l.target.clone()))
        .collect()
}

fn set(items: &[(u32, &str, &str)]) -> BTreeSet<(u32, String, String)> {
    items
        .iter()
        .map(|(p, k, t)| (*p, k.to_string(), t.to_string()))
        .collect()
}

/// A view as JSON (what `show --format json` prints).
fn json(v: &query::ShowView) -> Value {
    serde_json::to_value(v).unwrap()
}

fn link_set(v: &Value) -> BTreeSet<(String, u64, String, String, String)> {
    v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["doc"].as_str().unwrap().to_string(),
                l["page"].as_u64().unwrap(),
                l["kind"].as_str().unwrap().to_string(),
                l["target"].as_str().unwrap().to_string(),
                l["direction"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn l(
    doc: &str,
    page: u64,
    kind: &str,
    target: &str,
    dir: &str,
) -> (String, u64, String, String, String) {
    (doc.into(), page, kind.into(), target.into(), dir.into())
}

fn check_corpus(records: &[DocRecord]) {
    let all = links::build(records);

    // The web pages of the corpus name the two overarching recommendations and nothing else.
    assert_eq!(
        targets(&all, "isu-seminarium"),
        set(&[
            (1, "mentions-code", "recommendation:Ö1"),
            (1, "mentions-code", "recommendation:Ö2")
        ])
    );
    assert_eq!(
        targets(&all, "malmo-se-malmokommissionen"),
        set(&[
            (1, "mentions-code", "recommendation:Ö1"),
            (1, "mentions-code", "recommendation:Ö2")
        ])
    );
    assert_eq!(targets(&all, "malmo-se-utvecklingsarbetet"), set(&[]));
    assert_eq!(
        targets(&all, PROTOCOL),
        set(&[
            (2, "mentions-diary-number", "diary:STK-2016-1242"),
            (2, "mentions-diary-number", "diary:STK-2019-1535")
        ])
    );
    // 69 ToC entries, pages of actions 1–8, 11 cited codes.
    let report = targets(&all, REPORT);
    assert_eq!(report.iter().filter(|t| t.1 == "lists").count(), 69);
    assert_eq!(report.iter().filter(|t| t.1 == "describes").count(), 11);
    assert_eq!(report.iter().filter(|t| t.1 == "cites").count(), 11);
    assert!(
        report
            .iter()
            .all(|t| !t.1.starts_with("mentions-number") && t.1 != "mentions-title"),
        "{report:?}"
    );

    // show action 1: ToC page, body page, the cited recommendation; nothing else mentions it.
    let v = query::show(
        records,
        &all,
        Target::Action {
            number: "1",
            doc: None,
        },
    )
    .unwrap();
    let v = json(&v);
    assert_eq!(v["number"], "1");
    assert_eq!(v["doc"], REPORT);
    assert_eq!(v["toc_page"], 3);
    assert_eq!(
        link_set(&v),
        BTreeSet::from([
            l(REPORT, 3, "lists", "action:inriktning-2014#1", "in"),
            l(REPORT, 16, "describes", "action:inriktning-2014#1", "in"),
            l(REPORT, 16, "cites", "recommendation:1.1.1.1", "out"),
        ])
    );
    let text = kommission::export::text(&v);
    // One line per document: the ToC page and the body page of action 1.
    assert!(
        text.contains(
            "inriktning-2014 p. 3, 16 (2 mentions)  lists, describes  action:inriktning-2014#1"
        ),
        "{text}"
    );
    assert!(
        text.contains("Points to:\n  inriktning-2014 p. 16  cites  recommendation:1.1.1.1"),
        "{text}"
    );

    // show recommendation 3.1.1.3: action 5 with both quoted texts.
    let v = query::show(records, &all, Target::Recommendation("3.1.1.3")).unwrap();
    let v = json(&v);
    assert_eq!(v["page"], 132);
    let acts = v["actions"].as_array().unwrap();
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0]["number"], "5");
    assert_eq!(acts[0]["pages"], serde_json::json!([19]));
    assert_eq!(
        acts[0]["texts"],
        serde_json::json!([
            "Använd följeforskning i såväl projekt som ordinarie verksamhet för att utveckla kunskaperna om problemen, lösningarna, begreppen och sammanhangen",
            "Använd forskningscirklar för kunskapsproduktion och verksamhetsutveckling grundad i deltagarnas egna problemformuleringar"
        ])
    );
    assert_eq!(
        link_set(&v),
        BTreeSet::from([l(REPORT, 19, "cites", "recommendation:3.1.1.3", "in")])
    );

    // The recommendations table.
    let rows = query::recommendations(records, &all);
    let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "1.1.1.1", "2.2.2.5", "2.2.3.3", "2.2.4.1", "3.1.1.1", "3.1.1.2", "3.1.1.3", "3.1.2.1",
            "3.1.2.2", "3.1.2.3", "3.1.3.1", "Ö1", "Ö2"
        ]
    );
    let r = rows.iter().find(|r| r.code == "3.1.1.1").unwrap();
    assert_eq!(r.page, Some(131));
    assert_eq!(r.actions, ["inriktning-2014#2"]);
    let o1 = rows.iter().find(|r| r.code == "Ö1").unwrap();
    assert_eq!(
        o1.docs,
        [REPORT, "isu-seminarium", "malmo-se-malmokommissionen"]
    );
    assert!(o1
        .label
        .as_deref()
        .unwrap()
        .contains("social investeringspolitik"));

    // show doc for the protocol.
    let v = query::show(records, &all, Target::Doc(PROTOCOL)).unwrap();
    let v = json(&v);
    assert_eq!(v["protocols"][0]["diary_number"], "STK-2019-1535");
    assert!(kommission::export::text(&v).contains("STK-2019-1535"));

    // Errors.
    assert!(matches!(
        query::show(
            records,
            &all,
            Target::Action {
                number: "999",
                doc: None
            }
        ),
        Err(ShowError::NotFound(_))
    ));
    assert!(matches!(
        query::show(records, &all, Target::Recommendation("9.9.9.9")),
        Err(ShowError::NotFound(_))
    ));
    assert!(matches!(
        query::show(records, &all, Target::Doc("nope")),
        Err(ShowError::NotFound(_))
    ));
}

fn check_listing(mut records: Vec<DocRecord>) {
    records.push(html_record("uppdrag", LISTING));
    let all = links::build(&records);
    assert_eq!(
        targets(&all, "uppdrag"),
        set(&[
            (1, "mentions-title", "action:inriktning-2014#1"),
            (1, "mentions-title", "action:inriktning-2014#3"),
            (1, "mentions-title", "action:inriktning-2014#63"),
            (1, "mentions-title", "action:inriktning-2014#57"),
            (1, "mentions-number", "action:inriktning-2014#5"),
            (1, "mentions-diary-number", "diary:STK-2019-1535"),
            (1, "mentions-code", "recommendation:2.2.3.3"),
        ])
    );
    let rows = query::recommendations(&records, &all);
    let r = rows.iter().find(|r| r.code == "2.2.3.3").unwrap();
    assert_eq!(r.docs, [REPORT, "uppdrag"]);
    assert!(rows.iter().all(|r| r.code != "4.2.1"));
    let v = query::show(
        &records,
        &all,
        Target::Action {
            number: "1",
            doc: Some(REPORT),
        },
    )
    .unwrap();
    let v = json(&v);
    assert!(link_set(&v).contains(&l(
        "uppdrag",
        1,
        "mentions-title",
        "action:inriktning-2014#1",
        "in"
    )));
    // The protocol owning the diary number sees the page that mentions it.
    let v = query::show(&records, &all, Target::Doc(PROTOCOL)).unwrap();
    let v = json(&v);
    assert!(link_set(&v).contains(&l(
        "uppdrag",
        1,
        "mentions-diary-number",
        "diary:STK-2019-1535",
        "in"
    )));
    // Two reports with action 1: name the document.
    let mut twice = records.clone();
    let mut copy = twice[0].clone();
    copy.id = "kopia".into();
    for a in &mut copy.structure.actions {
        a.doc = "kopia".into();
    }
    twice.push(copy);
    let all = links::build(&twice);
    // A copy's pages mean its own actions: neither report's table of contents or body
    // mentions the other's actions; a third document's mention goes to both.
    assert!(
        !all.iter().any(|l| {
            (l.doc == "kopia" && l.target.starts_with("action:inriktning-2014#"))
                || (l.doc == REPORT && l.target.starts_with("action:kopia#"))
        }),
        "copies link to each other"
    );
    let uppdrag = targets(&all, "uppdrag");
    for n in [1, 3, 57, 63] {
        for doc in [REPORT, "kopia"] {
            let t = format!("action:{doc}#{n}");
            assert!(
                uppdrag.contains(&(1, "mentions-title".to_string(), t.clone())),
                "{t} missing: {uppdrag:?}"
            );
        }
    }
    assert!(matches!(
        query::show(
            &twice,
            &all,
            Target::Action {
                number: "1",
                doc: None
            }
        ),
        Err(ShowError::Ambiguous { .. })
    ));
    let v = query::show(
        &twice,
        &all,
        Target::Action {
            number: "1",
            doc: Some("kopia"),
        },
    )
    .unwrap();
    let v = json(&v);
    assert_eq!(v["doc"], "kopia");
}

#[test]
fn links_on_corpus_pdf() {
    check_corpus(&corpus_records());
}

#[test]
fn links_on_truth_text() {
    check_corpus(&truth_records());
}

#[test]
fn web_pages_mention_actions_by_title_pdf() {
    check_listing(corpus_records());
}

#[test]
fn web_pages_mention_actions_by_title_truth_text() {
    check_listing(truth_records());
}

/// Ingest `dir` (no OCR) into `store`.
fn ingest_dir(
    store: &kommission::index::Store,
    dir: &std::path::Path,
) -> kommission::ingest::IngestSummary {
    let summary = kommission::ingest::run(
        store,
        &kommission::ingest::IngestOptions {
            roots: vec![dir.to_path_buf()],
            extract: kommission::extract::ExtractOptions {
                ocr: false,
                ..kommission::extract::ExtractOptions::default()
            },
            progress: false,
            ..kommission::ingest::IngestOptions::default()
        },
    )
    .unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    summary
}

/// What the index answers (links, `show`, `recommendations`) is what the in-memory views
/// answer for the same records with every link built from scratch.
fn assert_index_views_are_the_reference(store: &kommission::index::Store) -> Vec<Link> {
    let records = store.records().unwrap();
    let reference = links::build(&records);
    let stored = store.links().unwrap();
    assert_eq!(stored, reference, "stored links differ from a full build");
    assert_eq!(
        serde_json::to_value(
            query::recommendations_in(store)
                .unwrap()
                .collect::<Result<Vec<_>, _>>()
                .unwrap()
        )
        .unwrap(),
        serde_json::to_value(query::recommendations(&records, &reference)).unwrap()
    );
    let mut targets: Vec<(String, Option<String>)> = Vec::new();
    for r in &records {
        for a in &r.structure.actions {
            targets.push((a.number.clone(), None));
            targets.push((a.number.clone(), Some(r.id.clone())));
        }
    }
    targets.push(("999".into(), None));
    for (number, doc) in &targets {
        let t = Target::Action {
            number,
            doc: doc.as_deref(),
        };
        let want = query::show(&records, &reference, t).map_err(|e| e.to_string());
        let got = query::show_in(store, t, None).map_err(|e| e.to_string());
        assert_eq!(got, want, "show action {number} {doc:?}");
    }
    let codes: Vec<String> = query::recommendations(&records, &reference)
        .into_iter()
        .map(|r| r.code)
        .chain(["9.9.9.9".to_string()])
        .collect();
    for code in &codes {
        let t = Target::Recommendation(code);
        let want = query::show(&records, &reference, t).map_err(|e| e.to_string());
        let got = query::show_in(store, t, None).map_err(|e| e.to_string());
        assert_eq!(got, want, "show recommendation {code}");
    }
    for id in records.iter().map(|r| r.id.as_str()).chain(["nope"]) {
        let t = Target::Doc(id);
        let want = query::show(&records, &reference, t).map_err(|e| e.to_string());
        let got = query::show_in(store, t, None).map_err(|e| e.to_string());
        assert_eq!(got, want, "show doc {id}");
    }
    stored
}

/// Links are stored per document and updated incrementally: documents that mention the
/// action plan's titles are ingested before the plan (the titles appear later), a copy of
/// the plan is added and removed, a page is changed. After every run the stored links and
/// every view equal a full build of the links from all records.
#[test]
fn incremental_links_equal_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for w in WEB {
        std::fs::copy(
            corpus.join(format!("{w}.html")),
            docs.join(format!("{w}.html")),
        )
        .unwrap();
    }
    std::fs::write(docs.join("uppdrag.html"), LISTING).unwrap();
    // A page that mentions nothing.
    std::fs::write(
        docs.join("tom.html"),
        "<html><body><p>Inget här handlar om några åtgärder.</p></body></html>",
    )
    .unwrap();
    let store = kommission::index::Store::open_or_create(&tmp.path().join("index")).unwrap();
    ingest_dir(&store, &docs);
    // No plan yet: no link to an action.
    let before = assert_index_views_are_the_reference(&store);
    assert!(!before.iter().any(|l| l.target.starts_with("action:")));

    // The plan and the protocol arrive: the pages ingested before now mention its actions.
    std::fs::copy(
        corpus.join(format!("{REPORT}.pdf")),
        docs.join(format!("{REPORT}.pdf")),
    )
    .unwrap();
    std::fs::copy(
        corpus.join(format!("{PROTOCOL}.pdf")),
        docs.join(format!("{PROTOCOL}.pdf")),
    )
    .unwrap();
    let arrived = ingest_dir(&store, &docs);
    let with_plan = assert_index_views_are_the_reference(&store);
    assert!(with_plan
        .iter()
        .any(|l| l.doc == "uppdrag" && l.kind.as_str() == "mentions-title"));
    assert!(!with_plan.iter().any(|l| l.doc == "tom"));
    // The older documents read again for the new titles are those that can mention them
    // (found by a query on the pages' words): every one that does, not the empty page.
    let mentioning: BTreeSet<&str> = with_plan
        .iter()
        .filter(|l| l.kind.as_str().starts_with("mentions-") && l.target.starts_with("action:"))
        .filter(|l| l.doc != REPORT && l.doc != PROTOCOL)
        .map(|l| l.doc.as_str())
        .collect();
    assert!(
        !mentioning.is_empty() && arrived.relinked >= mentioning.len(),
        "{} read again, mentioning: {mentioning:?}",
        arrived.relinked
    );
    assert!(arrived.relinked < 5, "{arrived:?}");
    assert!(!store.links().unwrap().iter().any(|l| l.doc == "tom"));

    // A copy of the plan: mentions go to both copies, stored once.
    std::fs::copy(corpus.join(format!("{REPORT}.pdf")), docs.join("kopia.pdf")).unwrap();
    ingest_dir(&store, &docs);
    let copies = assert_index_views_are_the_reference(&store);
    assert!(copies
        .iter()
        .any(|l| l.doc == "uppdrag" && l.target.starts_with("action:kopia#")));

    // A changed page, then the copy removed.
    let changed = LISTING.replace(
        "<li>Se över befintliga samarbetsstrukturer för barns hälsa</li>",
        "",
    );
    std::fs::write(docs.join("uppdrag.html"), changed).unwrap();
    ingest_dir(&store, &docs);
    assert_index_views_are_the_reference(&store);
    std::fs::remove_file(docs.join("kopia.pdf")).unwrap();
    ingest_dir(&store, &docs);
    let after = assert_index_views_are_the_reference(&store);
    assert!(!after.iter().any(|l| l.target.starts_with("action:kopia#")));
}
