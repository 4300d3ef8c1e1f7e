//! Protocols other than the corpus extract: several paragraphs, a date in words, OCR
//! look-alikes of "§", an unnumbered decision, and a protocol written as a PDF with layout.

use crate::structure_support as support;

use kommission::extract::extract_bytes;
use kommission::model::{DocKind, ExtractedDoc, Page};
use kommission::structure::{analyze, classify};
use kommission_testkit::pdf::{write_pdf, PageSpec, TextRun, WriteOptions};
use support::options;

const PAGE1: &str =
    "Protokoll Sammanträdesdatum 3 februari 2021 kl. 13.00–14.10 Plats Rådhuset, sal 2 \
Beslutande Anna Andersson (S) (Ordförande) Bo Berg (M) Övriga närvarande Cecilia Ek (Sekreterare) \
Justerare Bo Berg Protokollet omfattar §§ 12-13";
const PAGE2: &str =
    "§ 12 Val av justerare Kommunfullmäktige beslutar att utse Bo Berg att justera \
protokollet. Beslut Kommunfullmäktige beslutar att utse Bo Berg (M) att justera dagens protokoll. \
S 13 Svar på motion om Malmökommissionen KF-2020-00412 Sammanfattning Motionen (KS-2019-1201) \
hänvisar till § 5 kommunallagen och till rekommendation 2.2.3.3. Beslut 1. Motionen besvaras. \
2. Ärendet anses slutbehandlat. Beslutsunderlag - Motion - Tjänsteskrivelse KF-2020-00412";

fn doc(pages: &[&str], title: Option<&str>) -> ExtractedDoc {
    ExtractedDoc {
        title: title.map(String::from),
        pages: pages
            .iter()
            .enumerate()
            .map(|(i, t)| Page {
                number: i as u32 + 1,
                text: t.to_string(),
                ..Page::default()
            })
            .collect(),
        warnings: Vec::new(),
    }
}

#[test]
fn several_paragraphs_without_layout() {
    let d = doc(&[PAGE1, PAGE2], None);
    assert_eq!(classify("pdf", &d), DocKind::Protocol);
    let s = analyze("kf", DocKind::Protocol, &d);
    let got: Vec<Option<u32>> = s.protocols.iter().map(|p| p.paragraph).collect();
    assert_eq!(got, vec![Some(12), Some(13)]);
    // Without layout and without a diary number the title runs to the first heading.
    let t12 = s.protocols[0].title.as_deref().unwrap();
    assert!(t12.starts_with("Val av justerare"), "{t12}");
    assert_eq!(
        s.protocols[1].title.as_deref(),
        Some("Svar på motion om Malmökommissionen")
    );
    let p = &s.protocols[1];
    assert_eq!(p.date.as_deref(), Some("2021-02-03"));
    assert_eq!(p.time.as_deref(), Some("13.00–14.10"));
    assert_eq!(p.place.as_deref(), Some("Rådhuset, sal 2"));
    assert_eq!(p.chair.as_deref(), Some("Anna Andersson"));
    assert_eq!(p.secretary.as_deref(), Some("Cecilia Ek"));
    assert_eq!(p.adjuster.as_deref(), Some("Bo Berg"));
    // The numbers as every output writes them.
    let numbers = serde_json::json!([p.diary_number, p.referenced_diary_numbers]);
    assert_eq!(
        numbers,
        serde_json::json!(["KF-2020-00412", ["KS-2019-1201"]])
    );
    assert_eq!(
        p.decisions,
        vec!["Motionen besvaras.", "Ärendet anses slutbehandlat."]
    );
    assert_eq!(p.basis, vec!["Motion", "Tjänsteskrivelse KF-2020-00412"]);
    assert_eq!(p.page, Some(2));
    // No title names the body and nothing is proposed to one: the decisions' subject.
    assert_eq!(p.body.as_deref(), Some("Kommunfullmäktige"));
    let p = &s.protocols[0];
    assert_eq!(
        p.decisions,
        vec!["Kommunfullmäktige beslutar att utse Bo Berg (M) att justera dagens protokoll."]
    );
    assert!(p.basis.is_empty());
    assert_eq!(p.diary_number, None);
    // The code in the running text is a mention.
    assert!(s
        .mentions
        .iter()
        .any(|m| m.kind.as_str() == "mentions-code" && m.target == "2.2.3.3"));
}

#[test]
fn protocol_with_layout_from_a_pdf() {
    let run =
        |font: &str, size: f32, y: f32, text: &str| TextRun::new(font, size, 60.0, 842.0 - y, text);
    let pages = vec![PageSpec {
        width: 595.0,
        height: 842.0,
        runs: vec![
            run("Helvetica-Bold", 18.0, 80.0, "Protokoll"),
            run(
                "Helvetica",
                10.0,
                120.0,
                "Sammanträdesdatum 2021-02-03 kl. 13:00-14:10",
            ),
            run("Helvetica", 10.0, 136.0, "Plats Rådhuset, sal 2"),
            run("Helvetica", 10.0, 152.0, "Ordförande Anna Andersson"),
            run("Helvetica", 10.0, 168.0, "Sekreterare Cecilia Ek"),
            run("Helvetica", 10.0, 184.0, "Justerande Bo Berg"),
            run(
                "Helvetica-Bold",
                13.0,
                230.0,
                "§ 13 Svar på motion om Malmökommissionen",
            ),
            run("Helvetica", 9.0, 250.0, "KF-2020-00412"),
            run("Helvetica-Bold", 11.0, 280.0, "Beslut"),
            run(
                "Helvetica",
                11.0,
                296.0,
                "Kommunstyrelsen föreslår kommunfullmäktige besluta",
            ),
            run(
                "Helvetica",
                11.0,
                312.0,
                "1. Motionen besvaras med hänvisning till § 5 i",
            ),
            run("Helvetica", 11.0, 326.0, "kommunallagen."),
            run("Helvetica", 11.0, 342.0, "2. Ärendet anses slutbehandlat."),
            run("Helvetica-Bold", 11.0, 372.0, "Beslutsunderlag"),
            run("Helvetica", 11.0, 388.0, "Motion från (V)"),
            run("Helvetica", 11.0, 404.0, "Tjänsteskrivelse"),
        ],
        rotate: 0,
    }];
    let bytes = write_pdf(&pages, &WriteOptions::default());
    let d = extract_bytes(&bytes, "pdf", &options()).unwrap();
    assert_eq!(classify("pdf", &d), DocKind::Protocol);
    let s = analyze("kf", DocKind::Protocol, &d);
    assert_eq!(s.protocols.len(), 1, "{:#?}", s.protocols);
    let p = &s.protocols[0];
    assert_eq!(p.paragraph, Some(13));
    assert_eq!(
        p.title.as_deref(),
        Some("Svar på motion om Malmökommissionen")
    );
    assert_eq!(
        p.diary_number.as_ref().map(ToString::to_string).as_deref(),
        Some("KF-2020-00412")
    );
    assert_eq!(p.date.as_deref(), Some("2021-02-03"));
    assert_eq!(p.time.as_deref(), Some("13:00-14:10"));
    assert_eq!(p.body.as_deref(), Some("Kommunfullmäktige"));
    assert_eq!(p.chair.as_deref(), Some("Anna Andersson"));
    assert_eq!(p.secretary.as_deref(), Some("Cecilia Ek"));
    assert_eq!(p.adjuster.as_deref(), Some("Bo Berg"));
    assert_eq!(
        p.decisions,
        vec![
            "Motionen besvaras med hänvisning till § 5 i kommunallagen.",
            "Ärendet anses slutbehandlat."
        ]
    );
    // No dashes: one item per line.
    assert_eq!(p.basis, vec!["Motion från (V)", "Tjänsteskrivelse"]);
}

/// A scanned protocol through extraction with OCR on.
fn ocr_doc(file: &str) -> Option<ExtractedDoc> {
    crate::support::require_tesseract();
    let path = support::root().join("tests/data/scanned").join(file);
    let options = kommission::extract::ExtractOptions {
        ocr: true,
        ..kommission::extract::ExtractOptions::default()
    };
    let d = kommission::extract::extract_file(&path, &options).unwrap();
    assert!(d
        .pages
        .iter()
        .all(|p| p.source == kommission::model::TextSource::Ocr));
    Some(d)
}

#[test]
fn scanned_protocols_read_by_ocr_match_gold() {
    // "§ 216" comes out of OCR as "8216"; no title names the body.
    for file in ["protokoll-scan-jpeg.pdf", "protokoll-scan-g4.pdf"] {
        let Some(d) = ocr_doc(file) else { return };
        assert_eq!(classify("pdf", &d), DocKind::Protocol, "{file}");
        let s = analyze(support::PROTOCOL, DocKind::Protocol, &d);
        assert_eq!(s.protocols.len(), 1, "{file}: {:#?}", s.protocols);
        let got = serde_json::to_value(&s.protocols[0]).unwrap();
        let gold = support::gold(support::PROTOCOL);
        for (key, want) in gold["protocols"][0].as_object().unwrap() {
            // Long texts may carry an OCR slip ("Systematiskt", "hälsa."): same items, each
            // at least 97 % the same characters.
            if key == "decisions" || key == "basis" {
                let (g, w) = (got[key].as_array().unwrap(), want.as_array().unwrap());
                assert_eq!(g.len(), w.len(), "{file}: {key}");
                for (a, b) in g.iter().zip(w) {
                    let (a, b) = (a.as_str().unwrap(), b.as_str().unwrap());
                    assert!(
                        strsim::normalized_levenshtein(a, b) >= 0.97,
                        "{file}: {a} ≠ {b}"
                    );
                }
            } else {
                assert_eq!(&got[key], want, "{file}: {key}");
            }
        }
    }
}
