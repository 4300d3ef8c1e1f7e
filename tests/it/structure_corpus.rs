//! Structure of the corpus documents (actions, protocol fields) against the gold files,
//! through the real extractor and from the truth texts (pages without layout lines).

use crate::structure_support as support;

use kommission::model::{DocKind, ExtractedDoc, Page};
use kommission::structure::{analyze, classify};
use support::*;

#[test]
fn inriktning_pdf_matches_gold() {
    let doc = extracted("inriktning-2014.pdf");
    assert_eq!(classify("pdf", &doc), DocKind::Report);
    let s = analyze(REPORT, DocKind::Report, &doc);
    assert_actions_gold(&s.actions);
    assert!(s.protocols.is_empty());
}

#[test]
fn inriktning_truth_text_matches_gold() {
    // No layout lines at all: one line per page. Still the same records.
    let doc = truth(REPORT);
    let s = analyze(REPORT, DocKind::Report, &doc);
    assert_actions_gold(&s.actions);
}

#[test]
fn protocol_pdf_matches_gold() {
    let doc = extracted("protokoll-ks-2020-04-06-p216.pdf");
    assert_eq!(classify("pdf", &doc), DocKind::Protocol);
    let s = analyze(PROTOCOL, DocKind::Protocol, &doc);
    assert_protocol_gold(&s.protocols);
    assert!(s.actions.is_empty());
}

#[test]
fn protocol_truth_text_matches_gold() {
    let doc = truth(PROTOCOL);
    assert_eq!(classify("pdf", &doc), DocKind::Protocol);
    let s = analyze(PROTOCOL, DocKind::Protocol, &doc);
    assert_protocol_gold(&s.protocols);
}

#[test]
fn protocol_survives_ocr_confusions() {
    // OCR reads "§" as "8" and confuses O/0 and l/1 inside diary numbers.
    let mut doc = truth(PROTOCOL);
    doc.title = None;
    for p in &mut doc.pages {
        p.text = p
            .text
            .replace("§ 216", "8 216")
            .replace("STK-2019-1535", "STK-2O19-l535")
            .replace("STK-2016-1242", "STK-2Ol6-1242");
    }
    let s = analyze(PROTOCOL, DocKind::Protocol, &doc);
    assert_eq!(s.protocols.len(), 1, "{s:#?}");
    let p = &s.protocols[0];
    assert_eq!(p.paragraph, Some(216));
    // The numbers as every output writes them.
    let numbers = serde_json::json!([p.diary_number, p.referenced_diary_numbers]);
    assert_eq!(
        numbers,
        serde_json::json!(["STK-2019-1535", ["STK-2016-1242"]])
    );
    assert_eq!(p.page, Some(2));
    // Without the title, the body comes from "… föreslår kommunstyrelsen besluta".
    assert_eq!(p.body.as_deref(), Some("Kommunstyrelsen"));
    assert_eq!(p.decisions.len(), 3);
    assert_eq!(p.basis.len(), 4);
}

#[test]
fn numbers_in_running_text_never_become_actions_and_bodies_do_not_bleed() {
    let s = analyze(REPORT, DocKind::Report, &truth(REPORT));
    assert_eq!(s.actions.len(), 69);
    // "25 års ålder", "80 år", "2 000 personer", "s 14" stay inside titles/text.
    let a25 = &s.actions[24];
    assert!(
        a25.title.ends_with("upp till 25 års ålder"),
        "{}",
        a25.title
    );
    let a60 = &s.actions[59];
    assert!(
        a60.title.ends_with("för alla som fyllt 80 år"),
        "{}",
        a60.title
    );
    for w in s.actions.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        assert!(
            !a.body.contains(&format!("{}. {}", b.number, b.title)),
            "action {} bleeds into {}",
            a.number,
            b.number
        );
        assert!(!a.title.contains(&format!("{}.", b.number)) || a.number == "9");
    }
    // Action 1 ends with its report-back; action 2 starts with its own proposal.
    assert!(s.actions[0]
        .body
        .ends_with("Kommunstyrelsen under våren 2015"));
    assert!(s.actions[1]
        .body
        .starts_with("Inkludera regelbundna kvalitativa levnadsundersökningar"));
    // The last described action ends with the document.
    assert!(s.actions[7].body.ends_with("Kommunstyrelsen hösten 2014"));
}

#[test]
fn overarching_recommendations_are_mentioned() {
    let s = analyze(REPORT, DocKind::Report, &truth(REPORT));
    let on = |code: &str| -> Vec<u32> {
        s.mentions
            .iter()
            .filter(|m| m.kind.as_str() == "mentions-code" && m.target == code)
            .map(|m| m.page)
            .collect()
    };
    assert_eq!(on("Ö1"), vec![8, 11, 13]);
    assert_eq!(on("Ö2"), vec![8, 13, 18]);
    // Codes quoted by actions are not repeated as mentions.
    assert!(
        s.mentions.iter().all(|m| !m.target.contains('.')),
        "{:?}",
        s.mentions
    );
}

#[test]
fn broken_and_empty_input_gives_no_structure() {
    let empty = ExtractedDoc::default();
    let s = analyze("x", DocKind::Report, &empty);
    assert!(s.actions.is_empty() && s.protocols.is_empty() && s.mentions.is_empty());
    let s = analyze("x", DocKind::Protocol, &empty);
    assert!(s.protocols.is_empty());

    let page = |n: u32, text: &str| Page {
        number: n,
        text: text.to_string(),
        ..Page::default()
    };
    // Numbers that do not run 1, 2, 3 … are no table of contents.
    let doc = ExtractedDoc {
        title: None,
        pages: vec![
            page(
                1,
                "Över 2 000 personer deltog 2013. 5. Utred något viktigt 7. Gör mer 12. Sluta",
            ),
            page(2, "1. En rubrik"),
            page(3, "(((( §§ 8 8 8 ) s s s 1. 2. 3."),
        ],
        warnings: Vec::new(),
    };
    let s = analyze("x", DocKind::Report, &doc);
    assert!(s.actions.is_empty(), "{:?}", s.actions);
    let s = analyze("x", DocKind::Protocol, &doc);
    assert!(s.protocols.is_empty(), "{:?}", s.protocols);
}

#[test]
fn classify_by_extension_and_text() {
    let doc = |t: &str| ExtractedDoc {
        title: None,
        pages: vec![Page {
            number: 1,
            text: t.to_string(),
            ..Page::default()
        }],
        warnings: Vec::new(),
    };
    assert_eq!(classify("HTML", &doc("Protokoll")), DocKind::Web);
    assert_eq!(classify("md", &doc("x")), DocKind::Text);
    assert_eq!(
        classify("pdf", &doc("Sammanträdesprotokoll Kommunstyrelsen")),
        DocKind::Protocol
    );
    assert_eq!(
        classify("pdf", &doc("Årsrapport om protokollen")),
        DocKind::Report
    );
}
