//! End-to-end tests: the real `kommission` binary through every subcommand, on the shipped
//! corpus and on broken input, asserting exit codes and outputs.

use std::path::PathBuf;
use std::process::{Command, Output};

use crate::support::proc::run;
use serde_json::Value;

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub(crate) fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

pub(crate) fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): stdout={} stderr={}", stdout(o), stderr(o)))
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// An index with the shipped corpus ingested (OCR off: the corpus has no scanned pages).
fn corpus_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["ingest", "--quiet", "--no-ocr", "corpus"]);
    assert_eq!(code(&o), 0, "ingest failed: {}", stderr(&o));
    dir
}

#[test]
fn ingest_is_incremental() {
    let index = corpus_index();
    let o = run(
        index.path(),
        &["ingest", "--quiet", "--no-ocr", "--json", "corpus"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let s = json(&o);
    assert_eq!(s["ingested"].as_array().unwrap().len(), 0, "{s}");
    assert_eq!(s["unchanged"], 5);
    assert_eq!(s["pages"], 0, "nothing extracted again");
    assert!(stderr(&o).contains("0 ingested"), "{}", stderr(&o));
}

#[test]
fn search_barnkonventionen_lists_page_16_first() {
    let index = corpus_index();
    let o = run(
        index.path(),
        &["search", "barnkonventionen", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let hits = jsonl(&o);
    assert!(!hits.is_empty());
    let first = &hits[0];
    assert_eq!(first["doc"], "inriktning-2014");
    assert_eq!(first["page"], 16);
    for key in ["doc", "title", "kind", "page", "label", "score", "snippet"] {
        assert!(first.get(key).is_some(), "hit lacks {key}: {first}");
    }
    assert!(
        first["snippet"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("**barnkonventionen"),
        "{first}"
    );
    let text = run(index.path(), &["search", "barnkonventionen"]);
    assert_eq!(code(&text), 0);
    assert!(
        stdout(&text).starts_with(" 1. inriktning-2014  page 16"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn search_errors_are_clear() {
    let empty = tempfile::tempdir().unwrap();
    let missing = empty.path().join("no-index-here");
    let o = run(&missing, &["search", "malmö"]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("kommission ingest"), "{}", stderr(&o));

    let index = corpus_index();
    let o = run(index.path(), &["search", "   "]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).to_lowercase().contains("empty"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn extract_pdf_pages_as_json_and_text() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &[
            "extract",
            "corpus/inriktning-2014.pdf",
            "--format",
            "json",
            "--pages",
            "16-17",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    let pages = v["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0]["number"], 16);
    assert_eq!(pages[0]["label"], "16");
    assert!(pages[0]["text"]
        .as_str()
        .unwrap()
        .contains("Gör en översyn av kommunfullmäktiges beslut om Barnkonventionen"));

    let o = run(tmp.path(), &["extract", "corpus/inriktning-2014.pdf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    assert_eq!(text.matches('\x0c').count(), 21, "one form feed per page");
    assert!(
        std::fs::read_dir(tmp.path()).unwrap().next().is_none(),
        "extract does not touch the index"
    );

    let o = run(
        tmp.path(),
        &["extract", "corpus/inriktning-2014.pdf", "--pages", "30"],
    );
    assert_eq!(code(&o), 1);
    let o = run(
        tmp.path(),
        &["extract", "corpus/inriktning-2014.pdf", "--pages", "5-2"],
    );
    assert_eq!(code(&o), 2, "a usage error");
    assert!(stderr(&o).contains("--pages"), "{}", stderr(&o));
}

#[test]
fn extract_html() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &["extract", "corpus/isu-seminarium.html", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["pages"].as_array().unwrap().len(), 1);
    assert_eq!(v["pages"][0]["label"], Value::Null);
    assert!(v["pages"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Etablera en social investeringspolitik"));
}

#[test]
fn actions_docs_protocols_recommendations() {
    let index = corpus_index();
    let o = run(index.path(), &["actions", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let actions = json(&o);
    let actions = actions.as_array().unwrap();
    let inr: Vec<&Value> = actions
        .iter()
        .filter(|a| a["doc"] == "inriktning-2014")
        .collect();
    assert_eq!(inr.len(), 69);
    let keys: Vec<&str> = inr[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "doc",
            "number",
            "title",
            "section",
            "section_page",
            "pages",
            "measure_type",
            "responsible",
            "report_back",
            "recommendations",
            "timeline",
            "cost",
            "status",
            "follow_up",
            "fields"
        ]
    );
    assert_eq!(inr[0]["number"], "1");
    assert_eq!(inr[0]["section"], "Ledarskap och arbetsmetoder");
    assert_eq!(inr[0]["section_page"], 14);
    assert_eq!(inr[0]["recommendations"][0]["code"], "1.1.1.1");
    assert_eq!(inr[0]["recommendations"][0]["page"], 56);

    let o = run(
        index.path(),
        &[
            "actions",
            "--doc",
            "inriktning-2014",
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--bom",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(
        csv.starts_with("\u{feff}doc;number;title;section;"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 70);

    let o = run(index.path(), &["actions", "--format", "jsonl"]);
    assert_eq!(jsonl(&o).len(), actions.len());

    let o = run(index.path(), &["actions", "--doc", "nope"]);
    assert_eq!(code(&o), 1);

    let o = run(index.path(), &["docs", "--format", "json"]);
    let docs = json(&o);
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let kind = |id: &str| {
        docs.iter()
            .find(|d| d["id"] == id)
            .map(|d| d["kind"].clone())
            .unwrap()
    };
    assert_eq!(kind("inriktning-2014"), "report");
    assert_eq!(kind("protokoll-ks-2020-04-06-p216"), "protocol");
    assert_eq!(kind("isu-seminarium"), "web");
    assert!(docs.iter().all(|d| d["status"] == "ok"));
    let inr = docs.iter().find(|d| d["id"] == "inriktning-2014").unwrap();
    assert_eq!(inr["pages"], 21);
    // Programs get the canonical absolute path (tables show it relative).
    assert_eq!(
        inr["path"].as_str().unwrap(),
        std::fs::canonicalize(repo().join("corpus/inriktning-2014.pdf"))
            .unwrap()
            .to_str()
            .unwrap()
    );
    assert_eq!(inr["hash"].as_str().unwrap().len(), 64);

    let o = run(index.path(), &["protocols", "--format", "json"]);
    let p = json(&o);
    assert_eq!(p[0]["paragraph"], 216);
    assert_eq!(p[0]["diary_number"], "STK-2019-1535");
    assert_eq!(p[0]["date"], "2020-04-06");
    assert_eq!(p[0]["decisions"].as_array().unwrap().len(), 3);

    let o = run(index.path(), &["recommendations", "--format", "json"]);
    let recs = json(&o);
    let r = recs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "3.1.1.3")
        .expect("3.1.1.3 listed");
    assert_eq!(r["page"], 132);
    assert_eq!(r["texts"].as_array().unwrap().len(), 2);

    let o = run(index.path(), &["docs", "--format", "table"]);
    assert!(stdout(&o).starts_with("id "), "{}", stdout(&o));
}

#[test]
fn show_links_both_ways() {
    let index = corpus_index();
    let o = run(index.path(), &["show", "action", "1", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["number"], "1");
    let links = v["links"].as_array().unwrap();
    assert!(links.iter().all(|l| l.get("doc").is_some()
        && l.get("page").is_some()
        && l.get("kind").is_some()
        && l.get("target").is_some()));
    let pages: Vec<u64> = links
        .iter()
        .filter(|l| l["doc"] == "inriktning-2014")
        .filter_map(|l| l["page"].as_u64())
        .collect();
    assert!(pages.contains(&3), "ToC page: {links:?}");
    assert!(pages.contains(&16), "body page: {links:?}");
    assert!(
        links
            .iter()
            .any(|l| l["kind"] == "cites" && l["target"].as_str().unwrap().contains("1.1.1.1")),
        "{links:?}"
    );

    let o = run(
        index.path(),
        &["show", "recommendation", "3.1.1.3", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert!(v.to_string().contains("Använd följeforskning"), "{v}");
    assert!(v.to_string().contains("Använd forskningscirklar"), "{v}");

    let o = run(index.path(), &["show", "action", "999"]);
    assert_eq!(code(&o), 1);
    let o = run(
        index.path(),
        &["show", "doc", "protokoll-ks-2020-04-06-p216"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("STK-2019-1535"), "{}", stdout(&o));
}

/// An archive where 25 follow-up reports mention action 12 of the plan on two pages each:
/// `show action 12` gives one line per document (its pages and the number of mentions), at
/// most 20 documents, and says how many more; `--all` lists them all; JSON lists the links
/// it shows and `links_left_out` says what it left out. An action nobody else mentions has
/// no such line; `show doc` of the plan bounds its incoming links the same way.
#[test]
fn show_groups_mentions_per_document_and_bounds_them() {
    let archive = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("corpus/inriktning-2014.pdf"),
        archive.path().join("inriktning-2014.pdf"),
    )
    .unwrap();
    for k in 1..=25 {
        let text = format!(
            "Uppföljning nummer {k} av det sociala hållbarhetsarbetet.\n\nArbetet med åtgärd 12 \
             har kommit igång i förvaltning {k}.\n\x0cDen andra sidan.\n\nÅtgärd 12 redovisas \
             igen i december.\n"
        );
        std::fs::write(archive.path().join(format!("uppfoljning-{k:02}.txt")), text).unwrap();
    }
    let index = tempfile::tempdir().unwrap();
    let o = run(
        index.path(),
        &[
            "ingest",
            "--quiet",
            "--no-ocr",
            archive.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let o = run(index.path(), &["show", "action", "12"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let lines = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("  uppfoljning-"))
            .count()
    };
    // The plan's own ToC line and 19 reports: 20 documents.
    assert_eq!(lines(&text), 19, "{text}");
    assert!(
        text.contains(
            "  uppfoljning-01 p. 1, 2 (2 mentions)  mentions-number  action:inriktning-2014#12\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  ... and 6 more documents (12 links; --all to list them)"),
        "{text}"
    );
    let o = run(index.path(), &["show", "action", "12", "--all"]);
    assert_eq!(lines(&stdout(&o)), 25, "{}", stdout(&o));
    assert!(!stdout(&o).contains("more documents"), "{}", stdout(&o));

    let v = json(&run(
        index.path(),
        &["show", "action", "12", "--format", "json"],
    ));
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 19 * 2, "{v}");
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "in", "documents": 6, "links": 12}])
    );
    let v = json(&run(
        index.path(),
        &["show", "action", "12", "--format", "json", "--all"],
    ));
    assert_eq!(v["links"].as_array().unwrap().len(), 1 + 25 * 2, "{v}");
    assert!(v.get("links_left_out").is_none(), "{v}");

    // Nothing left out: action 13 is only in the plan's table of contents.
    let o = run(index.path(), &["show", "action", "13"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stdout(&o).contains("more documents"), "{}", stdout(&o));
    assert_eq!(lines(&stdout(&o)), 0, "{}", stdout(&o));
    let v = json(&run(
        index.path(),
        &["show", "action", "13", "--format", "json"],
    ));
    assert!(v.get("links_left_out").is_none(), "{v}");

    // The plan: 25 documents point at it, 20 are listed.
    let v = json(&run(
        index.path(),
        &["show", "doc", "inriktning-2014", "--format", "json"],
    ));
    assert_eq!(
        v["links_left_out"],
        serde_json::json!([{"direction": "in", "documents": 5, "links": 10}])
    );
}

#[test]
fn broken_input_missing_path_fake_pdf_empty_folder() {
    let index = tempfile::tempdir().unwrap();
    let o = run(index.path(), &["ingest", "--quiet", "no/such/folder"]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("no/such/folder"), "{}", stderr(&o));

    let empty = tempfile::tempdir().unwrap();
    let o = run(
        index.path(),
        &[
            "ingest",
            "--quiet",
            "--json",
            empty.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["ingested"].as_array().unwrap().len(), 0);

    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("fake.pdf"), "this is not a PDF at all").unwrap();
    std::fs::copy(
        repo().join("corpus/isu-seminarium.html"),
        folder.path().join("isu.html"),
    )
    .unwrap();
    let o = run(
        index.path(),
        &["ingest", "--quiet", folder.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(stderr(&o).contains("fake.pdf"), "{}", stderr(&o));
    let o = run(index.path(), &["docs", "--format", "json"]);
    let docs = json(&o);
    let fake = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "fake")
        .unwrap();
    assert!(
        fake["status"].as_str().unwrap().contains("not a PDF"),
        "{fake}"
    );
    let o = run(
        index.path(),
        &["search", "frukostseminarium", "--format", "json"],
    );
    assert_eq!(jsonl(&o)[0]["doc"], "isu", "the good file was ingested");

    let o = run(index.path(), &["extract", "no-such-file.pdf"]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("no-such-file.pdf"));
}

#[test]
fn changed_and_removed_files_are_reflected() {
    let index = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    for f in ["isu-seminarium.html", "malmo-se-malmokommissionen.html"] {
        std::fs::copy(repo().join("corpus").join(f), folder.path().join(f)).unwrap();
    }
    let root = folder.path().to_str().unwrap();
    let o = run(index.path(), &["ingest", "--quiet", "--json", root]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["ingested"].as_array().unwrap().len(), 2);

    std::fs::write(
        folder.path().join("isu-seminarium.html"),
        "<html><body><p>Helt ny text om kvarterslokaler.</p></body></html>",
    )
    .unwrap();
    std::fs::remove_file(folder.path().join("malmo-se-malmokommissionen.html")).unwrap();
    let o = run(index.path(), &["ingest", "--quiet", "--json", root]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let s = json(&o);
    assert_eq!(s["ingested"], serde_json::json!(["isu-seminarium"]));
    assert_eq!(
        s["removed"],
        serde_json::json!(["malmo-se-malmokommissionen"])
    );

    let o = run(
        index.path(),
        &["search", "kvarterslokaler", "--format", "json"],
    );
    assert_eq!(jsonl(&o)[0]["doc"], "isu-seminarium");
    let o = run(
        index.path(),
        &["search", "frukostseminarium", "--format", "json"],
    );
    assert!(jsonl(&o).is_empty(), "old text is gone: {}", stdout(&o));
    let o = run(index.path(), &["docs", "--format", "json"]);
    assert_eq!(json(&o).as_array().unwrap().len(), 1);
}

#[test]
fn ids_clash_gets_suffix() {
    let index = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir(folder.path().join("a")).unwrap();
    std::fs::create_dir(folder.path().join("b")).unwrap();
    std::fs::write(
        folder.path().join("a/notes.txt"),
        "Första anteckningen om Malmö.",
    )
    .unwrap();
    std::fs::write(folder.path().join("b/notes.md"), "# Andra\nOm hälsa.").unwrap();
    let o = run(
        index.path(),
        &["ingest", "--quiet", folder.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(index.path(), &["docs", "--format", "json"]);
    let ids: Vec<String> = json(&o)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["notes", "notes-2"]);
}

fn tesseract_with_swedish() -> bool {
    Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == "swe")
        })
        .unwrap_or(false)
}

/// Scanned and mixed protocol PDFs (tests/data/scanned, made by examples/make_scanned.rs).
fn scanned_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for f in ["protokoll-scan-jpeg.pdf", "protokoll-mixed.pdf"] {
        std::fs::copy(
            repo().join("tests/data/scanned").join(f),
            folder.path().join(f),
        )
        .unwrap();
    }
    folder
}

#[test]
fn scanned_pages_without_ocr_are_reported() {
    let index = tempfile::tempdir().unwrap();
    let folder = scanned_folder();
    let o = run(
        index.path(),
        &[
            "ingest",
            "--quiet",
            "--no-ocr",
            folder.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("no text layer:")
            && err.contains("protokoll-scan-jpeg.pdf pages 1, 2")
            && err.contains("OCR is off"),
        "{err}"
    );
    assert!(err.contains("protokoll-mixed.pdf pages 2"), "{err}");
    let o = run(index.path(), &["docs", "--format", "json"]);
    let docs = json(&o);
    let mixed = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "protokoll-mixed")
        .unwrap();
    assert_eq!(mixed["no_text_pages"], serde_json::json!([2]));
    assert_eq!(mixed["ocr_pages"], serde_json::json!([]));
}

#[test]
fn scanned_protocol_is_read_by_ocr_with_the_same_fields() {
    assert!(
        tesseract_with_swedish(),
        "this test needs Tesseract with the Swedish model: \
         apt-get install tesseract-ocr tesseract-ocr-swe (.ci/run installs it)"
    );
    let index = tempfile::tempdir().unwrap();
    let folder = scanned_folder();
    std::fs::copy(
        repo().join("corpus/protokoll-ks-2020-04-06-p216.pdf"),
        folder.path().join("protokoll-ks-2020-04-06-p216.pdf"),
    )
    .unwrap();
    let o = run(
        index.path(),
        &["ingest", "--quiet", folder.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("read by OCR (scanned or unreadable glyphs): "),
        "{}",
        stderr(&o)
    );
    let o = run(index.path(), &["docs", "--format", "json"]);
    let docs = json(&o);
    let scan = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "protokoll-scan-jpeg")
        .unwrap();
    assert_eq!(scan["ocr_pages"], serde_json::json!([1, 2]));
    assert!(scan["ocr_confidence"].as_f64().unwrap() > 80.0, "{scan}");

    let o = run(index.path(), &["protocols", "--format", "json"]);
    let protocols = json(&o);
    let by_doc = |id: &str| {
        protocols
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["doc"] == id)
            .unwrap_or_else(|| panic!("no protocol from {id}: {protocols}"))
            .clone()
    };
    let text = by_doc("protokoll-ks-2020-04-06-p216");
    for id in ["protokoll-scan-jpeg", "protokoll-mixed"] {
        let scanned = by_doc(id);
        for field in ["paragraph", "diary_number", "decisions", "date"] {
            assert_eq!(scanned[field], text[field], "{id}: {field}");
        }
    }
    // Search hits say which pages were read by OCR, with the page's confidence.
    let o = run(
        index.path(),
        &[
            "search",
            "STK-2019-1535",
            "--limit",
            "20",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let hits: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let scan_hit = hits
        .iter()
        .find(|h| h["doc"] == "protokoll-scan-jpeg")
        .unwrap_or_else(|| panic!("the scanned protocol is not found: {hits:?}"));
    assert_eq!(scan_hit["ocr"], true, "{scan_hit}");
    assert!(
        scan_hit["ocr_confidence"].as_f64().unwrap() > 80.0,
        "{scan_hit}"
    );
    let text_hit = hits
        .iter()
        .find(|h| h["doc"] == "protokoll-ks-2020-04-06-p216")
        .unwrap();
    assert_eq!(text_hit["ocr"], false, "{text_hit}");
    assert!(text_hit["ocr_confidence"].is_null(), "{text_hit}");
    let o = run(
        index.path(),
        &["search", "STK-2019-1535", "--format", "text"],
    );
    assert!(stdout(&o).contains("[OCR, confidence "), "{}", stdout(&o));

    // A second run reads nothing again: OCR results and records are reused.
    let o = run(
        index.path(),
        &[
            "ingest",
            "--quiet",
            "--json",
            folder.path().to_str().unwrap(),
        ],
    );
    assert_eq!(json(&o)["unchanged"], 3);
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    // `kommission extract … | head -1`: the pipe closes after the first line, long before
    // the text (far more than a pipe buffer) is written.
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("lang.txt");
    std::fs::write(
        &long,
        "Det fortsatta arbetet för ett socialt hållbart Malmö.\n".repeat(20_000),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kommission"))
        .arg("extract")
        .arg(&long)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        reader.read_line(&mut first).unwrap();
    }
    assert!(first.starts_with("Det fortsatta arbetet"), "{first}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}
