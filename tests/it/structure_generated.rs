//! Protocols in the shapes of the common Swedish meeting systems, an action plan with
//! hierarchical numbers in a table, and documents with numbered lists that are not actions,
//! all generated (see `structure_support::gen`), written to files and read through the real
//! path: `kommission ingest` into an index, then the records, `actions`, `identifiers` and
//! `show diary` as a user gets them.

use std::path::Path;

use serde_json::Value;

use crate::structure_support::{
    gen, ingest_files as ingest, json_of, kommission, numbers_and_titles,
};

/// The generated protocols, ingested: (shapes, folder, index).
fn ingest_protocols() -> (Vec<gen::Generated>, tempfile::TempDir, tempfile::TempDir) {
    let shapes = gen::protocols();
    let files: Vec<(String, Vec<u8>)> = shapes
        .iter()
        .map(|g| (format!("{}.pdf", g.name), g.pdf.clone()))
        .collect();
    let (docs, index) = ingest(&files);
    (shapes, docs, index)
}

fn protocols_of(index: &Path) -> Vec<Value> {
    json_of(index, &["protocols", "--format", "json"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn protocols_of_every_meeting_system() {
    let (shapes, _docs, index) = ingest_protocols();
    let rows = protocols_of(index.path());

    let mut wanted = 0;
    let mut right = 0;
    let mut failures: Vec<String> = Vec::new();
    for g in &shapes {
        let got: Vec<&Value> = rows.iter().filter(|r| r["doc"] == g.name).collect();
        for (k, w) in g.paragraphs.iter().enumerate() {
            wanted += 1;
            let Some(p) = got.get(k) else {
                failures.push(format!("{}: paragraph {} missing", g.name, w.label));
                continue;
            };
            let ok = p["label"] == w.label && p["paragraph"] == w.number && p["title"] == w.title;
            if ok {
                right += 1;
            } else {
                failures.push(format!(
                    "{}: want {} {:?}, got {} {}",
                    g.name, w.label, w.title, p["label"], p["title"]
                ));
            }
        }
        assert!(
            got.len() == g.paragraphs.len(),
            "{}: {} paragraphs, want {}: {got:#?}",
            g.name,
            got.len(),
            g.paragraphs.len()
        );
    }
    eprintln!("protocol paragraphs with the right id and title: {right}/{wanted}");
    assert!(
        right * 100 >= wanted * 95,
        "{right}/{wanted}: {failures:#?}"
    );
}

#[test]
fn protocol_fields_decisions_and_signatures() {
    let (shapes, _docs, index) = ingest_protocols();
    let rows = protocols_of(index.path());
    for g in &shapes {
        let got: Vec<&Value> = rows.iter().filter(|r| r["doc"] == g.name).collect();
        let Some(first) = got.first() else {
            panic!("{}: no paragraphs", g.name)
        };
        let opt = |v: Option<&str>| v.map_or(Value::Null, |s| Value::String(s.to_string()));
        assert_eq!(first["date"], g.date, "{} date", g.name);
        if g.body.is_some() {
            assert_eq!(first["body"], opt(g.body), "{} body", g.name);
        }
        if g.time.is_some() {
            assert_eq!(first["time"], opt(g.time), "{} time", g.name);
        }
        if g.place.is_some() {
            assert_eq!(first["place"], opt(g.place), "{} place", g.name);
        }
        assert_eq!(first["chair"], opt(g.chair), "{} chair", g.name);
        assert_eq!(first["secretary"], opt(g.secretary), "{} secretary", g.name);
        let adjusters: Vec<&str> = first["adjusters"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert_eq!(adjusters, g.adjusters, "{} adjusters", g.name);
        if !g.attendees.is_empty() {
            let attendees: Vec<&str> = first["attendees"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            assert_eq!(attendees, g.attendees, "{} attendees", g.name);
        }
        for (p, w) in got.iter().zip(&g.paragraphs) {
            if let Some(d) = w.diary {
                assert_eq!(p["diary_number"], d, "{} {} diary", g.name, w.label);
            }
            if !w.decisions.is_empty() {
                let decisions: Vec<&str> = p["decisions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                assert_eq!(decisions, w.decisions, "{} {} decisions", g.name, w.label);
            }
            if !w.basis.is_empty() {
                let basis: Vec<&str> = p["basis"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                assert_eq!(basis, w.basis, "{} {} basis", g.name, w.label);
            }
            let reservations = p["reservations"].as_array().map_or(0, Vec::len);
            assert_eq!(
                reservations, w.reservations,
                "{} {} reservations",
                g.name, w.label
            );
        }
    }
}

#[test]
fn action_plan_in_a_table_and_lists_that_are_not_actions() {
    let (plan, want) = gen::action_plan();
    let mut files = vec![("klimatplan.pdf".to_string(), plan)];
    for (name, pdf) in gen::not_actions() {
        files.push((format!("{name}.pdf"), pdf));
    }
    let (_docs, index) = ingest(&files);
    let rows = json_of(index.path(), &["actions", "--format", "json"]);
    let rows = rows.as_array().unwrap();
    let invented: Vec<&Value> = rows.iter().filter(|r| r["doc"] != "klimatplan").collect();
    assert!(
        invented.is_empty(),
        "actions from lists that are not actions: {invented:#?}"
    );

    let got: Vec<&Value> = rows.iter().filter(|r| r["doc"] == "klimatplan").collect();
    let mut right = 0;
    for (number, title, resp, timeline, cost) in &want {
        let hit = got.iter().find(|r| r["number"] == number.as_str());
        if let Some(r) = hit {
            if r["title"] == title.as_str()
                && r["responsible"] == resp.as_str()
                && r["timeline"] == timeline.as_str()
                && r["cost"] == cost.as_str()
                && r["status"] == "Pågår"
            {
                right += 1;
            } else {
                eprintln!("{number}: {r}");
            }
        } else {
            eprintln!("{number}: missing");
        }
    }
    eprintln!(
        "action-plan actions with number, title and columns: {right}/{}",
        want.len()
    );
    assert!(right * 100 >= want.len() * 95, "{right}/{}", want.len());
    assert_eq!(
        got.len(),
        want.len(),
        "no theme heading is an action: {got:#?}"
    );
    // Numbers are strings, sorted by their parts ("1.4" before "2.1", "2.9" before "2.10").
    let numbers: Vec<&str> = got.iter().filter_map(|r| r["number"].as_str()).collect();
    let wanted: Vec<&str> = want.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(numbers, wanted);

    // The action:N filter of search takes a hierarchical number.
    let hits = kommission(
        index.path(),
        &[
            "search",
            "action:2.10",
            "--kind",
            "action",
            "--format",
            "json",
        ],
    );
    assert!(
        hits.status.success(),
        "{}",
        String::from_utf8_lossy(&hits.stderr)
    );
    let text = String::from_utf8_lossy(&hits.stdout);
    assert!(text.contains("\"number\":\"2.10\""), "{text}");
}

#[test]
fn identifiers_and_show_diary_in_any_spelling() {
    let (_docs, index) = ingest(&[
        ("meetings-plus.pdf".to_string(), gen::meetings_plus().pdf),
        ("ciceron.pdf".to_string(), gen::ciceron().pdf),
    ]);
    // The ids `identifiers --kind KIND` lists.
    let ids = |kind: &str| -> Vec<String> {
        let rows = json_of(
            index.path(),
            &["identifiers", "--format", "json", "--kind", kind],
        );
        rows.as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["id"].as_str().map(String::from))
            .collect()
    };
    let diary = ids("diary");
    assert!(diary.iter().any(|i| i == "KS 2013/375"), "{diary:?}");
    assert!(diary.iter().any(|i| i == "KS 2021/45"), "{diary:?}");
    let paragraphs = ids("paragraph");
    assert!(
        paragraphs.iter().any(|i| i == "KF § 12/2013"),
        "{paragraphs:?}"
    );

    for spelling in [
        "KS 2013/375",
        "KS2013/375",
        "ks 2013/375",
        "Dnr. KS 2013/375",
    ] {
        let v = json_of(
            index.path(),
            &["show", "diary", spelling, "--format", "json"],
        );
        assert_eq!(v["diary_number"], "KS 2013/375", "{spelling}");
        let cited = v["cited"].as_array().unwrap();
        assert!(cited.iter().all(|c| c["doc"] == "meetings-plus"), "{v}");
        assert_eq!(cited.len(), 1, "{v}");
    }
    // A number nobody cites is an error, not an empty success.
    let o = kommission(index.path(), &["show", "diary", "KS 1999/1"]);
    assert!(!o.status.success());

    // CSV has the documented columns.
    let o = kommission(index.path(), &["identifiers", "--format", "csv"]);
    assert!(o.status.success());
    let csv = String::from_utf8_lossy(&o.stdout);
    assert!(csv.starts_with("kind,id,written,doc,page"), "{csv}");
}

/// A plain numbered list is an action list when the sentence that introduces it names its
/// points as actions ("… fokusera på ett antal åtgärder:"), even wrapped over two lines; the
/// actions stand under the chapter heading above it, not under the wrapped line.
#[test]
fn a_list_introduced_as_actions() {
    let (pdf, want, chapter) = gen::introduced_list();
    let (_docs, index) = ingest(&[("energiplan.pdf".to_string(), pdf)]);
    let rows = json_of(index.path(), &["actions", "--format", "json"]);
    assert_eq!(numbers_and_titles(&rows, None), want);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["section"], chapter.as_str(), "{r}");
    }
}

/// The table of contents is evidence for an action list: a numbered list in a section it
/// names as actions ("Åtgärder ..... 2", "3.2 Insatser under året  2") is one, though the
/// heading on the page is run into its paragraph; a list in another section is not, and a
/// numbered table of contents gives no actions of its own.
#[test]
fn the_table_of_contents_names_the_action_list() {
    let docs = gen::toc_reports();
    let files: Vec<(String, Vec<u8>)> = docs
        .iter()
        .map(|(name, pdf, _)| (format!("{name}.pdf"), pdf.clone()))
        .collect();
    let (_docs, index) = ingest(&files);
    let rows = json_of(index.path(), &["actions", "--format", "json"]);
    for (name, _, want) in &docs {
        assert_eq!(&numbers_and_titles(&rows, Some(name)), want, "{name}");
    }
}
