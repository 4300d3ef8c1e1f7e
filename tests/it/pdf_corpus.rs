//! The shipped corpus PDFs against their ground truth: every page's text (whitespace-
//! normalised) and printed page label, the document title, and layout facts the
//! structure stage relies on.

use std::path::PathBuf;

use kommission::pdf::{extract, Limits};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(id: &str, pages: usize) -> kommission::model::ExtractedDoc {
    let bytes = std::fs::read(root().join("corpus").join(format!("{id}.pdf"))).expect("corpus pdf");
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data").join(format!("{id}.truth.json")))
            .expect("truth"),
    )
    .expect("json");
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    assert_eq!(doc.pages.len(), pages);
    let truth_pages = truth["pages"].as_array().expect("pages");
    assert_eq!(truth_pages.len(), pages);
    for tp in truth_pages {
        let n = tp["number"].as_u64().expect("number") as usize;
        let page = &doc.pages[n - 1];
        assert_eq!(page.number as usize, n);
        assert_eq!(
            norm(&page.text),
            tp["text"].as_str().expect("text"),
            "{id} page {n}"
        );
        assert_eq!(
            page.label.as_deref(),
            tp["printed"].as_str(),
            "{id} page {n} label"
        );
        assert!(page.error.is_none());
    }
    doc
}

#[test]
fn inriktning_2014_pages_and_labels() {
    let doc = check("inriktning-2014", 21);
    assert_eq!(
        doc.title.as_deref(),
        Some("Det fortsatta arbetet för ett socialt hållbart Malmö – Inriktning för Malmö stad från 2014")
    );
    // Page 15 is an illustration page whose only text was its page number.
    assert_eq!(doc.pages[14].text, "");
    assert_eq!(doc.pages[14].label.as_deref(), Some("15"));
    // Action 1 on page 16: bold title (11 pt), italic proposal (9.5 pt) ending in its
    // reference, then the body (10 pt).
    let p16 = &doc.pages[15];
    let title = &p16.lines[0];
    assert_eq!(
        title.text,
        "1. Gör en översyn av kommunfullmäktiges beslut om Barnkonventionen och"
    );
    assert!(title.bold && !title.italic);
    assert_eq!(title.size, 11.0);
    let proposal = p16
        .lines
        .iter()
        .position(|l| l.text.starts_with("Utveckla arbetet med att säkerställa"))
        .expect("proposal line");
    assert!(p16.lines[proposal].italic);
    assert_eq!(p16.lines[proposal].size, 9.5);
    assert_eq!(p16.lines[proposal + 1].text, "(1.1.1.1, s. 56)");
    assert!(p16.lines[proposal].x > title.x + 10.0);
}

#[test]
fn protocol_pages_and_header_table() {
    let doc = check("protokoll-ks-2020-04-06-p216", 2);
    let p1 = &doc.pages[0];
    let first = &p1.lines[0];
    assert_eq!(first.text, "Protokollsutdrag");
    assert!(first.bold);
    assert_eq!(first.size, 20.0);
    // Label and value of a header row stand on the same baseline, label left.
    let plats = p1
        .lines
        .iter()
        .position(|l| l.text == "Plats")
        .expect("Plats");
    let value = &p1.lines[plats + 1];
    assert_eq!(value.text, "Stadshuset vån 7, 7046");
    assert!((value.y - p1.lines[plats].y).abs() < 0.5);
    assert!(value.x > p1.lines[plats].x + 100.0);
    // The diary number on page 2 and the decisions.
    let p2 = &doc.pages[1];
    assert!(p2.lines.iter().any(|l| l.text == "STK-2019-1535"));
    assert!(p2.text.contains("\n\nBeslut\n"), "{}", p2.text);
}

#[test]
fn protocol_text_relaid_in_two_hyphenated_columns_reads_back() {
    // The truth text of the protocol's § 216 page, flowed into small two-column pages with
    // hyphenation and printed page numbers: the extractor must give the words back in order.
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/protokoll-ks-2020-04-06-p216.truth.json"))
            .expect("truth"),
    )
    .expect("json");
    let text = truth["pages"][1]["text"].as_str().expect("text");
    let layout = kommission_testkit::pdf::Layout {
        width: 300.0,
        height: 230.0,
        margin: 30.0,
        columns: 2,
        gutter: 16.0,
        size: 8.0,
        leading: 9.6,
        hyphenate: true,
        page_numbers: true,
        ..Default::default()
    };
    let pages = kommission_testkit::pdf::layout_paragraphs(&[text], &layout);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let bytes = kommission_testkit::pdf::write_pdf(&pages, &Default::default());
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let all: Vec<String> = doc.pages.iter().map(|p| p.text.clone()).collect();
    assert_eq!(norm(&all.join(" ")), text);
    let labels: Vec<String> = doc
        .pages
        .iter()
        .map(|p| p.label.clone().unwrap_or_default())
        .collect();
    let expected: Vec<String> = (1..=doc.pages.len()).map(|n| n.to_string()).collect();
    assert_eq!(labels, expected);
}

#[test]
fn inriktning_text_relaid_in_other_fonts_columns_and_sizes_reads_back() {
    // The whole brochure text flowed into A4 pages in three layouts (3 columns Helvetica,
    // 2 hyphenated columns Times, 1 hyphenated column Courier) with a running header and
    // page numbers: the words come back in order and the labels are the printed numbers.
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/inriktning-2014.truth.json"))
            .expect("truth"),
    )
    .expect("json");
    let paras: Vec<&str> = truth["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .filter_map(|p| p["text"].as_str())
        .filter(|t| !t.is_empty())
        .collect();
    let want = norm(&paras.join(" "));
    for (columns, font, size, hyphenate) in [
        (3, "Helvetica", 8.0, false),
        (2, "Times-Roman", 9.0, true),
        (1, "Courier", 10.0, true),
    ] {
        let layout = kommission_testkit::pdf::Layout {
            margin: 50.0,
            columns,
            gutter: 14.0,
            font: font.to_string(),
            size,
            leading: size * 1.2,
            hyphenate,
            page_numbers: true,
            ..Default::default()
        };
        let mut pages = kommission_testkit::pdf::layout_paragraphs(&paras, &layout);
        for p in &mut pages {
            p.runs.push(kommission_testkit::pdf::TextRun::new(
                "Helvetica-Bold",
                7.0,
                50.0,
                815.0,
                "Malmö stad – Inriktning 2014",
            ));
        }
        let bytes = kommission_testkit::pdf::write_pdf(&pages, &Default::default());
        let doc = extract(&bytes, &Limits::default()).expect("extracts");
        let got: Vec<String> = doc.pages.iter().map(|p| p.text.clone()).collect();
        assert!(
            norm(&got.join(" ")) == want,
            "{columns} columns {font}: text differs"
        );
        for (i, p) in doc.pages.iter().enumerate() {
            assert_eq!(
                p.label,
                Some((i + 1).to_string()),
                "{columns} columns {font}"
            );
        }
    }
}
