//! Exports of corpus records in every format: exact field order, RFC 4180 CSV (quoting,
//! CRLF, delimiter, BOM), JSON/JSONL that parse back, aligned tables with cut cells.

use crate::structure_support as support;

use kommission::export::{self, ActionRow, CsvOptions, DocRow, Format, ProtocolRow, Tabular};
use kommission::model::{Action, RecRef};
use kommission_testkit::links;
use serde_json::Value;
use support::*;

fn out<T: Tabular + Clone>(rows: &[T], format: Format, opts: &CsvOptions) -> String {
    let mut buf = Vec::new();
    let rows = rows.iter().cloned().map(Ok::<T, export::ExportError>);
    export::write_rows(&mut buf, rows, format, opts, &Default::default()).unwrap();
    String::from_utf8(buf).unwrap()
}

fn action_rows() -> Vec<ActionRow<'static>> {
    let r = record(REPORT, "pdf", extracted("inriktning-2014.pdf"));
    r.structure
        .actions
        .into_iter()
        .map(ActionRow::from)
        .collect()
}

const ACTION_FIELDS: [&str; 15] = [
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
    "fields",
];

/// The keys of a JSON object in the order they are written.
fn key_order(object: &str) -> Vec<String> {
    let v: serde_json::Map<String, Value> = serde_json::from_str(object).unwrap();
    let mut keys: Vec<(usize, String)> = v
        .keys()
        .map(|k| (object.find(&format!("\"{k}\":")).unwrap(), k.clone()))
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

#[test]
fn actions_json_and_jsonl() {
    let rows = action_rows();
    let json = out(&rows, Format::Json, &CsvOptions::default());
    let v: Value = serde_json::from_str(&json).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 69);
    assert_eq!(arr[4]["number"], "5");
    assert_eq!(arr[4]["recommendations"][1]["code"], "3.1.1.3");
    assert_eq!(arr[4]["recommendations"][1]["page"], 132);
    assert!(arr[4]["recommendations"][1]["text"]
        .as_str()
        .unwrap()
        .starts_with("Använd forskningscirklar"));
    assert_eq!(arr[5]["measure_type"], Value::Null);
    assert!(arr
        .iter()
        .all(|a| a.get("body").is_none() && a.get("toc_page").is_none()));

    let jsonl = out(&rows, Format::Jsonl, &CsvOptions::default());
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), 69);
    for l in &lines {
        assert_eq!(key_order(l), ACTION_FIELDS);
    }
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first, arr[0]);
}

#[test]
fn actions_csv_rfc4180_with_options() {
    let rows = action_rows();
    let csv = out(&rows, Format::Csv, &CsvOptions::default());
    assert!(
        csv.starts_with(&format!("{}\r\n", ACTION_FIELDS.join(","))),
        "{csv}"
    );
    assert!(csv.ends_with("\r\n"));
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 69);
    let a5 = &recs[4];
    assert_eq!(&a5[1], "5");
    assert_eq!(&a5[5], "19");
    assert_eq!(&a5[9], "3.1.1.3 (s. 132)");
    assert_eq!(&recs[1][5], "16 | 17");
    assert_eq!(&recs[1][9], "3.1.1.1 (s. 131) | 2.2.2.5 (s. 111)");
    assert_eq!(&recs[6][6], "Pågående arbete");
    assert_eq!(&recs[8][6], "");
    // A title with a comma is quoted.
    assert!(csv.contains(
        "\"Ta fram en kommungemensam, långsiktig strategi för kompetensoch personalförsörjning\""
    ));

    // Spreadsheet options: ';' and a BOM.
    let opts = CsvOptions {
        delimiter: b';',
        bom: true,
    };
    let csv = out(&rows, Format::Csv, &opts);
    assert!(csv.starts_with("\u{feff}doc;number;title;section;section_page;"));
    let body = csv.trim_start_matches('\u{feff}');
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 69);
    assert_eq!(
        &recs[11][2],
        "Ta fram en kommungemensam, långsiktig strategi för kompetensoch personalförsörjning"
    );
}

#[test]
fn csv_quotes_delimiters_quotes_and_line_breaks() {
    let a = Action {
        doc: "d".into(),
        number: "1".into(),
        title: "Säg \"hej\"; och\nhej då".into(),
        recommendations: vec![RecRef {
            code: kommission::ident::RecommendationCode::parse("1.2.3").unwrap(),
            page: None,
            text: "x".into(),
        }],
        ..Action::default()
    };
    let rows = vec![ActionRow::from(&a)];
    let csv = out(
        &rows,
        Format::Csv,
        &CsvOptions {
            delimiter: b';',
            bom: false,
        },
    );
    assert!(
        csv.contains("d;1;\"Säg \"\"hej\"\"; och\nhej då\";;;;;;;1.2.3;;;;;\r\n"),
        "{csv:?}"
    );
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.as_bytes());
    let rec = r.records().next().unwrap().unwrap();
    assert_eq!(&rec[2], "Säg \"hej\"; och\nhej då");
}

#[test]
fn tables_are_aligned_and_cut() {
    let rows = action_rows();
    let t = out(&rows, Format::Table, &CsvOptions::default());
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines.len(), 70);
    assert!(
        lines[0].starts_with("doc              number  title"),
        "{}",
        lines[0]
    );
    // Every row's second column starts where the header's does (display columns).
    let at = lines[0].find("number").unwrap();
    for l in &lines[1..] {
        let prefix: String = l.chars().take(at).collect();
        assert_eq!(prefix.chars().count(), at);
        assert!(prefix.ends_with("  "), "{l}");
    }
    // Long titles are cut with an ellipsis; no cell is wider than the limit.
    let a1 = lines[1];
    assert!(
        a1.contains("Gör en översyn av kommunfullmäktiges beslut om Barnkonventi…"),
        "{a1}"
    );
    // Table cells never hold line breaks.
    let a = Action {
        doc: "d".into(),
        number: "1".into(),
        title: "två\nrader".into(),
        ..Action::default()
    };
    let t = out(
        &[ActionRow::from(&a)],
        Format::Table,
        &CsvOptions::default(),
    );
    assert_eq!(t.lines().count(), 2);
    assert!(t.contains("två rader"));
}

#[test]
fn docs_protocols_recommendations_and_empty_lists() {
    let records = vec![
        record(REPORT, "pdf", extracted("inriktning-2014.pdf")),
        record(
            PROTOCOL,
            "pdf",
            extracted("protokoll-ks-2020-04-06-p216.pdf"),
        ),
    ];
    let docs: Vec<DocRow> = records.iter().map(DocRow::from).collect();
    let json = out(&docs, Format::Jsonl, &CsvOptions::default());
    for l in json.lines() {
        // The contract's fields first, in order; OCR details after them.
        assert_eq!(
            key_order(l),
            [
                "id",
                "path",
                "kind",
                "title",
                "pages",
                "hash",
                "status",
                "ocr_pages",
                "ocr_confidence",
                "no_text_pages"
            ]
        );
    }
    let csv = out(&docs, Format::Csv, &CsvOptions::default());
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&recs[0][0], REPORT);
    assert_eq!(&recs[0][2], "report");
    assert_eq!(&recs[0][4], "21");
    assert_eq!(&recs[1][2], "protocol");
    assert_eq!(&recs[1][6], "ok");

    let protocols: Vec<ProtocolRow> = records
        .iter()
        .flat_map(|r| r.structure.protocols.iter().map(ProtocolRow::from))
        .collect();
    let csv = out(&protocols, Format::Csv, &CsvOptions::default());
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rec = r.records().next().unwrap().unwrap();
    assert_eq!(&rec[3], "216");
    assert_eq!(&rec[5], "STK-2019-1535");
    assert_eq!(rec[7].split(" | ").count(), 3);
    assert_eq!(rec[13].split(" | ").count(), 4);

    let all = links::build(&records);
    let recs = links::recommendations(&records, &all);
    let csv = out(&recs, Format::Csv, &CsvOptions::default());
    assert!(csv.starts_with("code,page,texts,actions,docs,label\r\n"));
    assert!(csv.contains("3.1.1.3,132,\"Använd följeforskning"), "{csv}");

    let none: Vec<ActionRow<'_>> = Vec::new();
    assert_eq!(
        out(&none, Format::Json, &CsvOptions::default()).trim(),
        "[]"
    );
    assert_eq!(out(&none, Format::Jsonl, &CsvOptions::default()), "");
    assert_eq!(
        out(&none, Format::Csv, &CsvOptions::default()),
        format!("{}\r\n", ACTION_FIELDS.join(","))
    );
    assert_eq!(
        out(&none, Format::Table, &CsvOptions::default())
            .lines()
            .count(),
        1
    );
}
