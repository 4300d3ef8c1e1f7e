//! Shared helpers for the structure, links and export tests: corpus documents as extracted
//! by the real extractor, as given by the truth texts (no layout), and the gold files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use kommission::extract::{extract_bytes, extract_file, ExtractOptions};
use kommission::model::{Action, DocRecord, ExtractedDoc, Page, Protocol};
use kommission::structure;
use serde_json::Value;

pub mod gen;

pub const REPORT: &str = "inriktning-2014";
pub const PROTOCOL: &str = "protokoll-ks-2020-04-06-p216";
pub const WEB: &[&str] = &[
    "isu-seminarium",
    "malmo-se-malmokommissionen",
    "malmo-se-utvecklingsarbetet",
];

/// `kommission ARGS` on the index `index`, run to the end.
pub fn kommission(index: &Path, args: &[&str]) -> std::process::Output {
    crate::support::proc::kommission(index)
        .args(args)
        .output()
        .expect("run kommission")
}

/// `kommission ingest --no-ocr --quiet DOCS` into a new index, which must succeed: the index.
pub fn ingest_folder(docs: &Path) -> tempfile::TempDir {
    let index = tempfile::tempdir().unwrap();
    let o = kommission(
        index.path(),
        &["ingest", "--no-ocr", "--quiet", docs.to_str().unwrap()],
    );
    assert!(
        o.status.success(),
        "ingest: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    index
}

/// `kommission ARGS` on `index`, which must succeed: its output as JSON.
pub fn json_of(index: &Path, args: &[&str]) -> Value {
    let o = kommission(index, args);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{:?}: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The files written into a new folder and ingested (see [`ingest_folder`]): (folder, index).
pub fn ingest_files(files: &[(String, Vec<u8>)]) -> (tempfile::TempDir, tempfile::TempDir) {
    let docs = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(docs.path().join(name), bytes).unwrap();
    }
    let index = ingest_folder(docs.path());
    (docs, index)
}

/// The number and title of each action row of `doc` (every row's where None), in order.
pub fn numbers_and_titles(rows: &Value, doc: Option<&str>) -> Vec<(String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    let rows = rows.as_array().unwrap().iter();
    let rows = rows.filter(|r| doc.is_none_or(|d| r["doc"] == d));
    rows.map(|r| (text(&r["number"]), text(&r["title"])))
        .collect()
}

/// The generated shapes in `dir` (tests/data/plans, tests/data/protocols): every
/// NAME.want.json with its answers, by name.
pub fn generated_shapes(dir: &Path) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let name = n.strip_suffix(".want.json")?.to_string();
            let v = serde_json::from_str(&std::fs::read_to_string(e.path()).ok()?).ok()?;
            Some((name, v))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The files of a generated shape in `dir` as the index names them (doc id) and their file
/// names: the .docx, LibreOffice's PDF, pdfTeX's PDF and, for the shapes that have them,
/// Chromium's PDF (NAME.chrome.pdf) and WeasyPrint's (NAME.weasy.pdf).
pub fn producer_variants(dir: &Path, name: &str) -> Vec<(String, String)> {
    let mut out = vec![
        (name.to_string(), format!("{name}.docx")),
        (format!("{name}.lo"), format!("{name}.lo.pdf")),
        (format!("{name}.pdftex"), format!("{name}.pdftex.pdf")),
    ];
    // The producers only some shapes have: Chromium's and WeasyPrint's PDF of the HTML, and
    // tesseract's PDF of a scan of LibreOffice's print.
    for producer in ["chrome", "weasy", "ocr"] {
        let file = format!("{name}.{producer}.pdf");
        if dir.join(&file).is_file() {
            out.push((format!("{name}.{producer}"), file));
        }
    }
    out
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn options() -> ExtractOptions {
    ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    }
}

/// A corpus file through the real extractor.
pub fn extracted(file: &str) -> ExtractedDoc {
    let path = root().join("corpus").join(file);
    extract_file(&path, &options()).unwrap_or_else(|e| panic!("extract {}: {e}", path.display()))
}

/// A document as the truth file gives it: each page's text, no layout lines.
pub fn truth(id: &str) -> ExtractedDoc {
    let path = root().join("tests/data").join(format!("{id}.truth.json"));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    ExtractedDoc {
        title: v["title"].as_str().map(String::from),
        pages: v["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| Page {
                number: p["number"].as_u64().unwrap() as u32,
                label: p["printed"].as_str().map(String::from),
                text: p["text"].as_str().unwrap().to_string(),
                ..Page::default()
            })
            .collect(),
        warnings: Vec::new(),
    }
}

/// A record made from an extracted document, as ingest makes it.
pub fn record(id: &str, extension: &str, doc: ExtractedDoc) -> DocRecord {
    let kind = structure::classify(extension, &doc);
    let s = structure::analyze(id, kind, &doc);
    DocRecord {
        id: id.to_string(),
        path: format!("corpus/{id}.{extension}"),
        kind: Some(kind),
        title: doc.title.clone(),
        hash: String::new(),
        pages: doc.pages,
        structure: s,
        ..DocRecord::default()
    }
}

/// An HTML page given as a string.
pub fn html_record(id: &str, html: &str) -> DocRecord {
    let doc = extract_bytes(html.as_bytes(), "html", &options()).unwrap();
    record(id, "html", doc)
}

/// The whole corpus through the real extractor.
pub fn corpus_records() -> Vec<DocRecord> {
    let mut out = vec![
        record(REPORT, "pdf", extracted(&format!("{REPORT}.pdf"))),
        record(PROTOCOL, "pdf", extracted(&format!("{PROTOCOL}.pdf"))),
    ];
    for w in WEB {
        out.push(record(w, "html", extracted(&format!("{w}.html"))));
    }
    out
}

/// The fields of an action the gold file gives.
pub const ACTION_KEYS: [&str; 10] = [
    "number",
    "title",
    "section",
    "section_page",
    "toc_page",
    "pages",
    "measure_type",
    "responsible",
    "report_back",
    "recommendations",
];

pub fn gold(id: &str) -> Value {
    let path = root().join("tests/data").join(format!("{id}.gold.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Compare actions with the gold file field by field (all 69; body fields for all).
pub fn assert_actions_gold(actions: &[Action]) {
    let g = gold(REPORT);
    let want = g["actions"].as_array().unwrap();
    let numbers: Vec<&str> = actions.iter().map(|a| a.number.as_str()).collect();
    let wanted: Vec<String> = (1..=69).map(|n| n.to_string()).collect();
    assert_eq!(numbers, wanted, "action numbers");
    for (a, w) in actions.iter().zip(want) {
        let got = serde_json::to_value(a).unwrap();
        for key in ACTION_KEYS {
            assert_eq!(got[key], w[key], "action {} field {key}", a.number);
        }
        assert_eq!(a.doc, REPORT);
    }
}

pub fn assert_protocol_gold(protocols: &[Protocol]) {
    let g = gold(PROTOCOL);
    let want = g["protocols"].as_array().unwrap();
    assert_eq!(protocols.len(), want.len(), "{protocols:#?}");
    for (p, w) in protocols.iter().zip(want) {
        let got = serde_json::to_value(p).unwrap();
        for (key, value) in w.as_object().unwrap() {
            assert_eq!(&got[key], value, "protocol field {key}");
        }
        assert_eq!(p.doc, PROTOCOL);
    }
}

pub fn path(rel: &str) -> PathBuf {
    root().join(rel)
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}
