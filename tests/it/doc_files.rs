//! Old Word files (.doc, Word 97–2003 binary) through the real path: `kommission extract
//! --format json` and `kommission ingest` + `search`, on `tests/data/doc/beslut.doc`
//! (LibreOffice's export of the hand-written `beslut.fodt`, made by `make.sh`), plus damaged
//! files: a truncated one, a compound file that is not a Word document, text named .doc.

use std::path::PathBuf;
use std::process::Output;

use crate::support::proc::run;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn beslut() -> PathBuf {
    repo().join("tests/data/doc/beslut.doc")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn texts(page: &Value) -> Vec<String> {
    page["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["text"].as_str().expect("text").to_string())
        .collect()
}

fn exact<'a>(page: &'a Value, text: &str) -> &'a Value {
    page["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["text"] == text)
        .unwrap_or_else(|| panic!("no line {text:?} in {:?}", texts(page)))
}

#[test]
fn doc_headings_lists_table_fields_footnotes_and_pages() {
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &["extract", "--format", "json", beslut().to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
    // The title of the file's summary information.
    assert_eq!(doc["title"], "Beslut om bostadsförsörjning i Malmö");
    let pages = doc["pages"].as_array().expect("pages");
    // One explicit break ("page break before" on the appendix): two pages.
    assert_eq!(
        pages.len(),
        2,
        "{:#?}",
        pages.iter().map(texts).collect::<Vec<_>>()
    );
    let (p1, p2) = (&pages[0], &pages[1]);
    let t1 = texts(p1);

    // Headings by Word's built-in heading styles: bold and larger than the body.
    let h1 = exact(p1, "Beslut om bostadsförsörjning");
    let h2 = exact(p1, "Förslag till beslut");
    let body = &p1["lines"][1];
    assert!(h1["bold"].as_bool().unwrap() && h2["bold"].as_bool().unwrap());
    assert!(h1["size"].as_f64() > h2["size"].as_f64());
    assert!(h2["size"].as_f64() > body["size"].as_f64());
    assert!(!body["bold"].as_bool().unwrap());

    // A hyperlink field keeps its text and drops its code; the footnote's mark is in the
    // text and its text at the foot of the page, smaller.
    assert_eq!(
        body["text"],
        "Nämnden beslutar att anta riktlinjerna för bostadsförsörjning.[1] Läs mer på Malmö stads webbplats om åtgärderna."
    );
    let note = exact(
        p1,
        "[1] Se kommunfullmäktiges beslut den 28 maj 2019, § 112.",
    );
    assert!(note["size"].as_f64() < body["size"].as_f64());
    assert_eq!(t1.last(), Some(&note["text"].as_str().unwrap().to_string()));

    // Lists carry their labels as text, counted as Word counts them (a lettered sub-list,
    // then the outer list goes on).
    let labelled: Vec<&str> = t1
        .iter()
        .filter_map(|t| t.split_once(' ').map(|(label, _)| label))
        .filter(|l| matches!(*l, "1." | "2." | "3." | "a)" | "b)" | "•"))
        .collect();
    assert_eq!(labelled, ["1.", "a)", "b)", "2.", "3.", "•", "•"], "{t1:?}");
    assert!(
        t1.contains(&"2. Nämnden uppdrar åt kontoret att följa upp riktlinjerna årligen.".into())
    );
    assert!(t1.contains(&"b) Äldre riktlinjer upphör att gälla.".into()));

    // The table: one block per row, the cells side by side at their columns on the row's
    // line; a cell's two paragraphs are two lines of that cell; an empty cell still takes
    // its column.
    let head = exact(p1, "Åtgärd");
    let who = exact(p1, "Ansvarig");
    let year = exact(p1, "År");
    assert_eq!(head["y"], who["y"]);
    assert_eq!(head["y"], year["y"]);
    assert!(head["x"].as_f64() < who["x"].as_f64() && who["x"].as_f64() < year["x"].as_f64());
    assert_eq!(head["block"], year["block"]);
    let first = exact(p1, "Kartlägg behovet av bostäder för äldre");
    let office1 = exact(p1, "Stadsbyggnadskontoret");
    let office2 = exact(p1, "Fastighetskontoret");
    assert_eq!(office1["x"], office2["x"]);
    assert_eq!(office1["x"], who["x"]);
    assert!(office2["y"].as_f64() > office1["y"].as_f64());
    assert_eq!(first["block"], office2["block"]);
    assert_ne!(first["block"], head["block"]);
    let spring = exact(p1, "Våren 2021");
    assert_eq!(spring["x"], year["x"]);
    assert_eq!(
        exact(p1, "Bygg fler hyresrätter i Rosengård")["y"],
        spring["y"]
    );

    // Page 2 is the appendix; no field code, header or footer is page text anywhere.
    assert_eq!(
        texts(p2),
        [
            "Bilaga: yttrande från miljöförvaltningen över förslaget.",
            "Miljöförvaltningen tillstyrker förslaget med några påpekanden om dagvatten och grönytor."
        ]
    );
    for p in pages {
        let text = p["text"].as_str().unwrap();
        for absent in ["HYPERLINK", "PAGE", "Sida", "SBN", "\u{7}", "\u{13}"] {
            assert!(!text.contains(absent), "{absent:?} in {text:?}");
        }
    }
}

#[test]
fn ingest_reads_doc_and_search_finds_its_pages_and_running_text() {
    let folder = tempfile::tempdir().expect("tempdir");
    std::fs::copy(beslut(), folder.path().join("beslut.doc")).expect("copy");
    let index = tempfile::tempdir().expect("tempdir");
    let summary = crate::word_files::ingest_summary(index.path(), folder.path(), 0);
    assert_eq!(
        summary["ingested"],
        serde_json::json!(["beslut"]),
        "{summary}"
    );
    assert_eq!(
        summary["skipped"].as_array().map_or(0, Vec::len),
        0,
        "{summary}"
    );

    let hits = |query: &str| -> Vec<Value> {
        let o = run(
            index.path(),
            &["search", query, "--kind", "page", "--format", "json"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect()
    };
    let pages_of = |query: &str| -> Vec<u64> {
        hits(query)
            .iter()
            .map(|h| h["page"].as_u64().expect("page"))
            .collect()
    };
    // A word of the table on page 1, one of the appendix on page 2.
    assert_eq!(pages_of("Rosengård"), [1]);
    assert_eq!(pages_of("dagvatten"), [2]);
    // The diary number stands only in the header: running text, searchable.
    assert_eq!(pages_of("\"SBN 2019/1234\""), [1], "{:?}", hits("SBN"));
    // A word that is in no part of it finds nothing.
    assert!(hits("skolbibliotek").is_empty());
}

#[test]
fn damaged_doc_files_give_clean_errors_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = std::fs::read(beslut()).expect("doc");
    let mut cases: Vec<(PathBuf, &str)> = Vec::new();
    for (name, len) in [
        ("header.doc", 8),
        ("halv.doc", good.len() / 2),
        ("kort.doc", 4096),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &good[..len]).expect("write");
        cases.push((path, "not a readable .doc file"));
    }
    // A compound file that is no Word document (a spreadsheet's container).
    let sheet = dir.path().join("kalkyl.doc");
    {
        let mut cfb = cfb::create(&sheet).expect("cfb");
        let mut s = cfb.create_stream("Workbook").expect("stream");
        std::io::Write::write_all(&mut s, &[0u8; 600]).expect("write");
    }
    cases.push((sheet, "without a WordDocument stream"));
    let text = dir.path().join("anteckning.doc");
    std::fs::write(&text, "Det här är ingen Word-fil, bara text.").expect("write");
    cases.push((text, "not a readable .doc file"));

    for (path, want) in &cases {
        let o = run(dir.path(), &["extract", path.to_str().unwrap()]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{}: {err}", path.display());
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name) && err.contains(want), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // Ingest lists them as failed and goes on.
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &["ingest", "--quiet", "--json", dir.path().to_str().unwrap()],
    );
    let summary: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(
        summary["failed"].as_array().map_or(0, Vec::len),
        cases.len(),
        "{summary}"
    );
}

/// Tracked changes in a .doc (LibreOffice's Word 97 export of the blind sets' protocol and
/// tjänsteskrivelse): deleted revisions (words, a whole paragraph, text moved away) and hidden
/// text are no text of the page; insertions and text boxes are.
#[test]
fn doc_tracked_deletions_and_hidden_text_are_not_text_insertions_and_text_boxes_are() {
    let extract = |rel: &str| -> String {
        let index = tempfile::tempdir().expect("tempdir");
        let path = repo().join(rel);
        let o = run(
            index.path(),
            &["extract", "--format", "json", path.to_str().expect("utf-8")],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
        doc["pages"]
            .as_array()
            .expect("pages")
            .iter()
            .map(|p| p["text"].as_str().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let protocol = extract("tests/data/word/blind/protokoll-lo.doc");
    assert!(!protocol.contains("bordläggs"), "a deleted paragraph");
    assert!(protocol.contains("föreslår att kommunstyrelsen beslutar enligt förvaltningens"));
    let memo = extract("tests/data/word/blind2/pydocx-andring-lo.doc");
    assert!(!memo.contains("filialen i Ängsby"), "deleted words");
    assert!(memo.contains("Förvaltningen föreslår att planen antas i sin helhet."));
    assert!(!memo.contains("stäms av med ekonomienheten"), "hidden text");
    assert_eq!(memo.matches("första juli").count(), 1, "moved text once");
    assert_eq!(
        memo.matches("Faktaruta: planen ger plats").count(),
        1,
        "a text box once"
    );
}

fn pages_of(file: &str) -> Vec<Vec<String>> {
    let index = tempfile::tempdir().expect("tempdir");
    let path = repo().join("tests/data/word").join(file);
    let o = run(
        index.path(),
        &["extract", "--format", "json", path.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: Value = serde_json::from_slice(&o.stdout).expect("json");
    doc["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(texts)
        .collect()
}

/// A .doc's table rows are set in their cells' widths (`sprmTDefTable` of the row's end)
/// and its paragraphs in their first run's size and font (`sprmCHps`, `sprmCRgFtc0` of the
/// CHPX, the font table's names): blind8's delegering8-lo.doc (a 4-column table of a 8.6 cm
/// Ärende column, 96 rows, Times 10) is 4 pages in LibreOffice's PDF (8 in four equal
/// columns), its last chapter row on the last two; blind4's protokoll4-lo.doc
/// (Liberation Serif, Times New Roman's twin) 15 (17 in the default face). A .doc without a
/// table is as before (tests/data/doc/beslut.doc, 2 pages above).
#[test]
fn doc_table_rows_take_their_cell_widths_and_paragraphs_their_run_size_and_font() {
    let pages = pages_of("blind8/delegering8-lo.doc");
    assert_eq!(pages.len(), 4, "{pages:#?}");
    let last = pages[2..].iter().flatten();
    assert!(last
        .into_iter()
        .any(|l| l == "6. Överklaganden och yttranden"));
    assert_eq!(pages_of("blind4/protokoll4-lo.doc").len(), 15);
}
