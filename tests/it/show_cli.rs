//! `show recommendation` and `show doc` through the real binary on archives written by the
//! test: each lists the links of at most 20 documents (or targets) per direction, reads only
//! those, and counts the rest; `--all` lists every one.

use std::path::PathBuf;
use std::process::Output;

use crate::support::proc::run;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn json(o: &Output) -> Value {
    assert_eq!(code(o), 0, "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// The corpus' plan (its action 1 cites recommendation 1.1.1.1) and the given text files,
/// ingested: (temp dir, index).
fn ingested(files: &[(String, String)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("arkiv");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::copy(
        repo().join("corpus/inriktning-2014.pdf"),
        docs.join("inriktning-2014.pdf"),
    )
    .unwrap();
    for (name, text) in files {
        std::fs::write(docs.join(name), text).unwrap();
    }
    let index = tmp.path().join("index");
    let o = run(
        &index,
        &["ingest", "--quiet", "--no-ocr", docs.to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    (tmp, index)
}

#[test]
fn show_recommendation_lists_twenty_documents_and_counts_the_rest() {
    let files: Vec<(String, String)> = (1..=25)
        .map(|k| {
            (
                format!("uppfoljning-{k:02}.txt"),
                format!(
                    "Uppföljning {k} av det sociala hållbarhetsarbetet.\n\nEnligt rekommendation \
                     1.1.1.1 ska barnrättsperspektivet genomsyra besluten i förvaltning {k}.\n\
                     \x0cDen andra sidan.\n\nKoden 1.1.1.1 nämns igen.\n"
                ),
            )
        })
        .collect();
    let (_tmp, index) = ingested(&files);
    let v = json(&run(
        &index,
        &["show", "recommendation", "1.1.1.1", "--format", "json"],
    ));
    // The plan's citing action and 19 reports with two mentions each.
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 19 * 2, "{v}");
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "in", "documents": 6, "links": 12}])
    );
    // Every document that mentions the code is named, listed or not.
    assert_eq!(v["docs"].as_array().unwrap().len(), 26, "{v}");
    assert_eq!(v["docs"][25], "uppfoljning-25");
    assert_eq!(v["actions"][0]["number"], "1");
    let o = run(&index, &["show", "recommendation", "1.1.1.1"]);
    assert!(
        stdout(&o).contains("  ... and 6 more documents (12 links; --all to list them)"),
        "{}",
        stdout(&o)
    );
    let v = json(&run(
        &index,
        &[
            "show",
            "recommendation",
            "1.1.1.1",
            "--format",
            "json",
            "--all",
        ],
    ));
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 25 * 2, "{v}");
    assert!(v.get("links_left_out").is_none(), "{v}");
    // Nothing left out: another code is cited by the plan alone.
    let v = json(&run(
        &index,
        &["show", "recommendation", "2.2.2.5", "--format", "json"],
    ));
    assert_eq!(v["links"].as_array().unwrap().len(), 1, "{v}");
    assert!(v.get("links_left_out").is_none(), "{v}");
    // And a code nobody cites or mentions.
    let o = run(&index, &["show", "recommendation", "9.9.9.9"]);
    assert_ne!(code(&o), 0, "{}", stdout(&o));
    assert!(stderr(&o).contains("no recommendation"), "{}", stderr(&o));
}

#[test]
fn show_doc_lists_links_out_to_twenty_targets_and_counts_the_rest() {
    // 25 diary numbers over two pages, a recommendation code and the plan's action 1.
    let mut lines = vec!["Redovisning av ärenden 2020.".to_string(), String::new()];
    for k in 1..=25 {
        lines.push(format!(
            "Ärendet KS 2020/{} har behandlats av nämnden.",
            100 + k
        ));
        if k == 12 {
            lines.push("\x0cFortsättning.".into());
        }
    }
    lines.push("Åtgärd 1 och rekommendation 1.1.1.1 följs upp.".into());
    let (_tmp, index) = ingested(&[("redovisning.txt".into(), lines.join("\n"))]);
    let v = json(&run(
        &index,
        &["show", "doc", "redovisning", "--format", "json"],
    ));
    let targets: Vec<&str> = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["target"].as_str().unwrap())
        .collect();
    // The first 20 targets by name are listed; the last five diary numbers, the action
    // and the recommendation are counted.
    assert_eq!(targets.len(), 20, "{targets:?}");
    assert_eq!(targets[0], "diary:KS 2020/101");
    assert!(targets.contains(&"diary:KS 2020/120"), "{targets:?}");
    assert!(!targets.contains(&"diary:KS 2020/121"), "{targets:?}");
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "out", "documents": 7, "links": 7}])
    );
    let v = json(&run(
        &index,
        &["show", "doc", "redovisning", "--format", "json", "--all"],
    ));
    let targets: Vec<&str> = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets.len(), 27, "{targets:?}");
    assert!(targets.contains(&"action:inriktning-2014#1"), "{targets:?}");
    assert!(targets.contains(&"recommendation:1.1.1.1"), "{targets:?}");
    assert!(v.get("links_left_out").is_none(), "{v}");
    // The plan points at fewer than 20 targets: nothing left out, and the report that
    // mentions its action points at it.
    let v = json(&run(
        &index,
        &["show", "doc", "inriktning-2014", "--format", "json"],
    ));
    assert!(v.get("links_left_out").is_none(), "{v}");
    assert!(
        v["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["doc"] == "redovisning" && l["direction"] == "in"),
        "{v}"
    );
}

/// `show action N` when the documents that link to the action stand in several segments:
/// 13 reports ingested first, 12 more in a second run, one of the first changed and one
/// emptied of its mentions (their old links deleted in the first run's segments). The 19
/// listed reports are the first by id whichever run wrote them; the left-out count is of
/// distinct documents (by number, not by reading every id) and leaves the emptied one out.
#[test]
fn show_action_counts_documents_across_segments_and_runs() {
    let report = |k: u32, mentions: bool| {
        let (first, second) = if mentions {
            (
                "Arbetet med åtgärd 12 har kommit igång",
                "Åtgärd 12 redovisas igen",
            )
        } else {
            ("Arbetet har inte kommit igång", "Inget redovisas")
        };
        (
            format!("uppfoljning-{k:02}.txt"),
            format!(
                "Uppföljning nummer {k}.\n\n{first} i förvaltning {k}.\n\x0cDen andra \
                 sidan.\n\n{second} i december.\n"
            ),
        )
    };
    let odd: Vec<(String, String)> = (1..=25).step_by(2).map(|k| report(k, true)).collect();
    let (tmp, index) = ingested(&odd);
    let mut second: Vec<(String, String)> = (2..=24).step_by(2).map(|k| report(k, true)).collect();
    let (name, text) = report(1, true);
    second.push((name, text.replace("december", "januari")));
    second.push(report(25, false));
    for (name, text) in &second {
        std::fs::write(tmp.path().join("arkiv").join(name), text).unwrap();
    }
    let arkiv = tmp.path().join("arkiv");
    let o = run(
        &index,
        &["ingest", "--quiet", "--no-ocr", arkiv.to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let v = json(&run(&index, &["show", "action", "12", "--format", "json"]));
    let mut docs: Vec<&str> = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["doc"].as_str().unwrap())
        .collect();
    docs.dedup();
    let first: Vec<String> = (1..=19).map(|k| format!("uppfoljning-{k:02}")).collect();
    assert_eq!(docs[0], "inriktning-2014", "{v}");
    assert_eq!(docs[1..], first, "{v}");
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 19 * 2, "{v}");
    // uppfoljning-20 … 24 (uppfoljning-25 mentions it no more).
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "in", "documents": 5, "links": 10}])
    );
    let v = json(&run(
        &index,
        &["show", "action", "12", "--format", "json", "--all"],
    ));
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 24 * 2, "{v}");
    assert!(v.get("links_left_out").is_none(), "{v}");
    // The plan: 24 reports point at it, 20 are listed, 4 are counted.
    let v = json(&run(
        &index,
        &["show", "doc", "inriktning-2014", "--format", "json"],
    ));
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "in", "documents": 4, "links": 8}])
    );
}

/// An index written before link items carried their document's number (schema 13) is
/// refused by every read command with the way out named, never answered wrongly.
#[test]
fn an_index_of_schema_13_is_refused_with_re_ingest_named() {
    let (_tmp, index) = ingested(&[]);
    std::fs::write(
        index.join("kommission-meta.json"),
        r#"{"schema_version": 13}"#,
    )
    .unwrap();
    for args in [&["show", "action", "12"][..], &["search", "kompetens"]] {
        let o = run(&index, args);
        assert_eq!(code(&o), 1, "{args:?}: {}", stdout(&o));
        assert!(
            stderr(&o).contains("has schema version 13")
                && stderr(&o).contains("delete it and ingest again"),
            "{}",
            stderr(&o)
        );
    }
}
