//! Font, encoding, content-stream and layout features of the PDF extractor, each on a small
//! PDF the test builds itself (with `kommission_testkit::pdf`, dictionaries in lopdf's object model).

use kommission::model::TextSource;
use kommission::pdf::{extract, extract_with_info, Limits, PdfError};
use kommission_testkit::pdf::{self as write, raw_pdf, PageSpec, RawPage, TextRun, WriteOptions};
use lopdf::{dictionary, Dictionary, Object, Stream};

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A one-page PDF (A4) with this content and resources.
fn one_page(content: &[u8], resources: Dictionary) -> Vec<u8> {
    raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content: content.to_vec(),
            resources,
            rotate: 0,
            extra: Dictionary::new(),
        }],
        None,
        Dictionary::new(),
    )
}

fn fonts(list: Vec<(&str, Dictionary)>) -> Dictionary {
    let mut f = Dictionary::new();
    for (name, d) in list {
        f.set(name, Object::Dictionary(d));
    }
    dictionary! { "Font" => f }
}

/// The text of page 1 of a one-page PDF drawing `content` with `font` as /F1.
fn text_with(font: Dictionary, content: &[u8]) -> String {
    page_text(&one_page(content, fonts(vec![("F1", font)])))
}

/// A one-page PDF drawing `content` with `font` as /F1, extracted.
fn doc_with(font: Dictionary, content: &[u8]) -> kommission::model::ExtractedDoc {
    extract(
        &one_page(content, fonts(vec![("F1", font)])),
        &Limits::default(),
    )
    .expect("extracts")
}

fn page_text(bytes: &[u8]) -> String {
    let doc = extract(bytes, &Limits::default()).expect("extracts");
    doc.pages[0].text.clone()
}

#[test]
fn winansi_with_differences() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![Object::Integer(1), "odieresis".into(), "uni00E5".into(), "fi".into(), "g77".into()],
        },
    };
    // \001 = ö (Differences), \344 = ä (WinAnsi), \002 = å (uniXXXX), \003 = fi ligature,
    // \004 = a glyph without meaning (left out).
    let text = text_with(
        font,
        b"BT /F1 12 Tf 72 700 Td (Malm\\001 h\\344lsa \\002r \\003nns\\004) Tj ET",
    );
    assert_eq!(text, "Malmö hälsa år finns");
}

#[test]
fn macroman_encoding() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman", "Encoding" => "MacRomanEncoding",
    };
    let text = text_with(
        font,
        b"BT /F1 12 Tf 72 700 Td (\\212ldre s\\214 \\232ver \\201ngen) Tj ET",
    );
    assert_eq!(text, "äldre så över Ången");
}

#[test]
fn standard_encoding_is_the_default_of_type1_fonts() {
    let font = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman" };
    // 0x27 is quoteright and 0xAE the fi ligature in StandardEncoding.
    let text = text_with(
        font,
        b"BT /F1 12 Tf 72 700 Td (Malm\\371 it\\047s \\256ne) Tj ET",
    );
    // 0xF9 is "oslash" in StandardEncoding (ö in WinAnsi is 0xF6).
    assert_eq!(text, "Malmø it\u{2019}s fine");
}

#[test]
fn standard14_widths_when_widths_are_missing() {
    let font = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" };
    // Two strings shown one after the other join into one word only if the advance of
    // the first equals its real width.
    let doc = doc_with(font, b"BT /F1 10 Tf 72 700 Td (Malm) Tj (\\366) Tj ET");
    let line = &doc.pages[0].lines[0];
    assert_eq!(line.text, "Malmö");
    assert!(
        (line.width - write::text_width("Helvetica", 10.0, "Malmö")).abs() < 0.01,
        "{}",
        line.width
    );
    assert!((line.x - 72.0).abs() < 0.01);
    assert_eq!(line.size, 10.0);
}

#[test]
fn truetype_with_widths() {
    // Every glyph 600 units wide: the line is 5 × 6 pt wide at size 10.
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "ABCDEF+Verdana-Bold",
        "FirstChar" => 32, "LastChar" => 255,
        "Widths" => vec![Object::Integer(600); 224],
        "Encoding" => "WinAnsiEncoding",
        "FontDescriptor" => dictionary! { "Type" => "FontDescriptor", "FontName" => "ABCDEF+Verdana-Bold", "Flags" => 32, "ItalicAngle" => 0 },
    };
    let doc = doc_with(font, b"BT /F1 10 Tf 72 700 Td (Sk\\345ne) Tj ET");
    let line = &doc.pages[0].lines[0];
    assert_eq!(line.text, "Skåne");
    assert!((line.width - 30.0).abs() < 0.01);
    assert!(line.bold);
    assert!(!line.italic);
}

fn type0_font(tounicode: &[u8], widths: Vec<Object>) -> Dictionary {
    dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+LinuxLibertineO-Italic",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Dictionary(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+LinuxLibertineO-Italic",
            "DW" => 500, "W" => widths,
        })],
        "ToUnicode" => Object::Stream(Stream::new(Dictionary::new(), tounicode.to_vec())),
    }
}

const TOUNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0104> <00E5>
endbfchar
2 beginbfrange
<0010> <0019> <0061>
<0100> <0102> [<00E4> <00F6> <00660069>]
endbfrange
endcmap end end";

#[test]
fn type0_identity_h_with_tounicode() {
    let font = type0_font(
        TOUNICODE,
        vec![
            Object::Integer(16),
            Object::Array(vec![Object::Integer(400); 10]),
        ],
    );
    // "b" "ä" "d" space "å" "ö" "fi" "c": codes 0011 0100 0013 0003 0104 0101 0102 0012
    let content = b"BT /F1 10 Tf 72 700 Td <0011010000130003010401010102 0012> Tj ET";
    let doc = doc_with(font, content);
    let line = &doc.pages[0].lines[0];
    assert_eq!(line.text, "bäd åöfic");
    assert!(line.italic);
    // 0011, 0013, 0012: 4 pt each; the others use DW 500 (5 pt).
    assert!(
        (line.width - (3.0 * 4.0 + 5.0 * 5.0)).abs() < 0.01,
        "{}",
        line.width
    );
}

#[test]
fn writer_type0_and_winansi_give_the_same_text() {
    let runs = vec![
        TextRun::new("Times-Bold", 14.0, 72.0, 760.0, "Återrapportering Ö"),
        TextRun::new(
            "Times-Roman",
            11.0,
            72.0,
            740.0,
            "Malmö stads arbete med jämlik hälsa – så här",
        ),
    ];
    let page = PageSpec {
        width: 595.0,
        height: 842.0,
        runs,
        rotate: 0,
    };
    for type0 in [false, true] {
        let bytes = write::write_pdf(
            std::slice::from_ref(&page),
            &WriteOptions {
                type0,
                title: Some("Åtgärder för Malmö".to_string()),
                ..WriteOptions::default()
            },
        );
        let doc = extract(&bytes, &Limits::default()).expect("extracts");
        assert_eq!(doc.title.as_deref(), Some("Åtgärder för Malmö"));
        let lines: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            lines,
            vec![
                "Återrapportering Ö",
                "Malmö stads arbete med jämlik hälsa – så här"
            ]
        );
        assert!(doc.pages[0].lines[0].bold);
        assert_eq!(doc.pages[0].lines[0].size, 14.0);
        let w = write::text_width(
            "Times-Roman",
            11.0,
            "Malmö stads arbete med jämlik hälsa – så här",
        );
        assert!(
            (doc.pages[0].lines[1].width - w).abs() < 0.05,
            "type0 {type0}"
        );
    }
}

#[test]
fn type3_font_with_font_matrix() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type3",
        "FontBBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
        "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
        "CharProcs" => dictionary! {},
        "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => vec![Object::Integer(65), "H".into(), "aring".into(), "l".into()] },
        "FirstChar" => 65, "LastChar" => 67,
        "Widths" => vec![Object::Integer(70), Object::Integer(50), Object::Integer(30)],
    };
    let doc = extract(
        &one_page(
            b"BT /T3 10 Tf 72 700 Td (ABC) Tj ET",
            fonts(vec![("T3", font)]),
        ),
        &Limits::default(),
    )
    .expect("extracts");
    let line = &doc.pages[0].lines[0];
    assert_eq!(line.text, "Hål");
    // Widths are in glyph space: (70 + 50 + 30) × 0.01 × 10 pt.
    assert!((line.width - 15.0).abs() < 0.01, "{}", line.width);
}

#[test]
fn ligatures_are_expanded() {
    let cmap = b"1 begincodespacerange <00> <FF> endcodespacerange
        3 beginbfchar <01> <FB01> <02> <FB02> <03> <FB03> endbfchar";
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        "ToUnicode" => Object::Stream(Stream::new(Dictionary::new(), cmap.to_vec())),
    };
    let text = text_with(
        font,
        b"BT /F1 10 Tf 72 700 Td (\\001nns \\002ykt o\\003cer) Tj ET",
    );
    assert_eq!(text, "finns flykt officer");
}

#[test]
fn actual_text_replaces_glyphs() {
    let font = write::winansi_font("Helvetica");
    // The ActualText (UTF-16BE "åtta") replaces the two glyphs "xy"; a nested one is ignored.
    let content = b"BT /F1 10 Tf 72 700 Td (Det ) Tj /Span <</ActualText <FEFF00E500740074 0061>>> BDC (x) Tj /Span <</ActualText (zz)>> BDC (y) Tj EMC EMC ( st\\344mmer) Tj ET";
    let text = text_with(font, content);
    assert_eq!(text, "Det åtta stämmer");
}

#[test]
fn form_xobjects_recurse_and_loops_are_cut() {
    let mut doc = write::PdfBuilder::new();
    let font_id = doc.object(write::winansi_font("Helvetica"));
    let (inner, outer) = (doc.reserve(), doc.reserve());
    let (inner_id, outer_id) = (write::reference(inner), write::reference(outer));
    // The inner form draws text, then itself and the outer form again (a loop).
    let inner_stream = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F9" => font_id.clone() }, "XObject" => dictionary! { "Self" => inner_id.clone(), "Out" => outer_id.clone() } },
        },
        b"BT /F9 10 Tf 0 0 Td (inne i formul\\344ret) Tj ET /Self Do /Out Do".to_vec(),
    );
    // The outer form moves its content down 100 pt and draws the inner one.
    let outer_stream = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 72.into(), 600.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "In" => inner_id } },
        },
        b"/In Do".to_vec(),
    );
    doc.set_object(inner, inner_stream);
    doc.set_object(outer, outer_stream);
    let resources = dictionary! { "Font" => dictionary! { "F1" => font_id }, "XObject" => dictionary! { "Fo" => outer_id } };
    let content =
        b"BT /F1 10 Tf 72 700 Td (F\\366re) Tj ET /Fo Do BT /F1 10 Tf 72 500 Td (Efter) Tj ET"
            .to_vec();
    let page = RawPage {
        content,
        resources,
        ..RawPage::default()
    };
    let bytes = doc.finish(vec![page], None, Dictionary::new());
    let out = extract(&bytes, &Limits::default()).expect("extracts");
    let lines: Vec<&str> = out.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines, vec!["Före", "inne i formuläret", "Efter"]);
    // The form text stands where the form matrix put it: 842 - 600 - 0.75 × 10 from the top.
    assert!((out.pages[0].lines[1].y - (842.0 - 600.0 - 7.5)).abs() < 0.5);
    assert!(
        out.warnings.iter().any(|w| w.contains("loop")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn tj_kerning_is_not_a_space_but_a_word_gap_is() {
    let font = write::winansi_font("Times-Roman");
    let text = text_with(
        font,
        b"BT /F1 10 Tf 72 700 Td [(Kom) -20 (mun) 35 (sty) -300 (relsen) -250 (beslutade)] TJ ET",
    );
    assert_eq!(text, "Kommunsty relsen beslutade");
}

#[test]
fn explicit_space_glyphs_and_word_spacing() {
    let font = write::winansi_font("Helvetica");
    // Tw widens the space; the explicit space glyph splits words even when tight.
    let text = text_with(
        font,
        b"BT /F1 10 Tf 3 Tw 72 700 Td (en text) Tj 0 Tw -1 Tc 0 -20 Td (tv\\345 ord) Tj ET",
    );
    assert_eq!(text, "en text\ntvå ord");
}

fn flowed_runs(
    text: &str,
    font: &str,
    size: f32,
    x: f32,
    top: f32,
    width: f32,
    hyphenate: bool,
) -> Vec<TextRun> {
    write::flow(text, width, font, size, hyphenate)
        .into_iter()
        .enumerate()
        .map(|(i, l)| TextRun::new(font, size, x, top - i as f32 * size * 1.25, &l))
        .collect()
}

const LEFT: &str = "Kommission för ett socialt hållbart Malmö gav i sin slutrapport två övergripande rekommendationer till Malmö stad som kommunstyrelsen ställer sig bakom och som ska prägla arbetet framåt.";
const RIGHT: &str = "Etablera en social investeringspolitik som kan utjämna skillnaderna i levnadsvillkor och göra samhällssystemen mer jämlika samt förändra processerna genom kunskapsallianser.";

#[test]
fn two_columns_are_read_column_by_column() {
    let mut runs = vec![TextRun::new(
        "Helvetica-Bold",
        16.0,
        72.0,
        780.0,
        "Två övergripande rekommendationer",
    )];
    runs.extend(flowed_runs(
        LEFT,
        "Times-Roman",
        10.0,
        72.0,
        740.0,
        210.0,
        false,
    ));
    runs.extend(flowed_runs(
        RIGHT,
        "Times-Roman",
        10.0,
        312.0,
        740.0,
        210.0,
        false,
    ));
    let bytes = write::write_pdf(
        &[PageSpec {
            width: 595.0,
            height: 842.0,
            runs,
            rotate: 0,
        }],
        &WriteOptions::default(),
    );
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let p = &doc.pages[0];
    assert_eq!(
        norm(&p.text),
        format!("Två övergripande rekommendationer {LEFT} {RIGHT}")
    );
    // Heading, left column, right column: three blocks.
    let blocks: Vec<u32> = p.lines.iter().map(|l| l.block).collect();
    assert_eq!(blocks.first(), Some(&0));
    assert_eq!(blocks.last(), Some(&2));
    assert!(p.text.contains("framåt.\n\nEtablera"), "{}", p.text);
}

#[test]
fn label_value_table_is_read_row_by_row() {
    let rows: &[(&str, &[&str])] = &[
        ("Sammanträdestid", &["2020-04-06 kl. 15:00-15:25"]),
        ("Plats", &["Stadshuset vån 7, 7046"]),
        (
            "Beslutande ledamöter",
            &[
                "Katrin Stjernfeldt Jammeh (S) (Ordförande)",
                "Roko Kursar (L) (1:e vice ordförande)",
            ],
        ),
        ("Övriga närvarande", &["Andreas Norbrant (Stadsdirektör)"]),
    ];
    let mut runs = Vec::new();
    let mut y = 700.0;
    for (label, values) in rows {
        runs.push(TextRun::new("Helvetica-Bold", 10.0, 72.0, y, label));
        for (i, v) in values.iter().enumerate() {
            runs.push(TextRun::new(
                "Helvetica",
                10.0,
                210.0,
                y - i as f32 * 15.7,
                v,
            ));
        }
        y -= values.len() as f32 * 15.7 + 8.0;
    }
    let bytes = write::write_pdf(
        &[PageSpec {
            width: 595.0,
            height: 842.0,
            runs,
            rotate: 0,
        }],
        &WriteOptions::default(),
    );
    let text = norm(&extract(&bytes, &Limits::default()).expect("extracts").pages[0].text);
    assert_eq!(
        text,
        "Sammanträdestid 2020-04-06 kl. 15:00-15:25 Plats Stadshuset vån 7, 7046 Beslutande ledamöter \
         Katrin Stjernfeldt Jammeh (S) (Ordförande) Roko Kursar (L) (1:e vice ordförande) Övriga närvarande \
         Andreas Norbrant (Stadsdirektör)"
    );
}

fn lines_page(lines: &[&str]) -> PageSpec {
    PageSpec {
        width: 595.0,
        height: 842.0,
        runs: lines
            .iter()
            .enumerate()
            .map(|(i, l)| TextRun::new("Times-Roman", 11.0, 72.0, 700.0 - i as f32 * 13.5, l))
            .collect(),
        rotate: 0,
    }
}

#[test]
fn line_end_hyphens_join_only_with_evidence() {
    let page = lines_page(&[
        "Beslutet fattades av kommunstyrelsen i mars och",
        "därefter har kommun-",
        "styrelsen följt upp arbetet inom hälso-",
        "och sjukvård, där beräk-",
        "ningar saknas för STK-2019-",
        "1535 och Malmö-",
        "Lund.",
    ]);
    let bytes = write::write_pdf(&[page], &WriteOptions::default());
    let p = &extract(&bytes, &Limits::default()).expect("extracts").pages[0];
    // "kommunstyrelsen" stands elsewhere: joined. "hälso- och" is a coordination, "beräk-"
    // has no evidence, "Malmö-" goes on with a capital. The hyphen after a digit belongs to
    // the code: "STK-2019-" and "1535" join keeping it.
    assert_eq!(
        p.text,
        "Beslutet fattades av kommunstyrelsen i mars och\ndärefter har kommunstyrelsen\nföljt upp arbetet inom hälso-\noch sjukvård, där beräk-\nningar saknas för STK-2019-1535\noch Malmö-\nLund."
    );
}

#[test]
fn the_last_member_of_a_coordination_joins_over_the_line_end() {
    // "plan- och bygg-" + "bestämmelser": the last member of a coordination of compounds is
    // the whole compound, so its line-end hyphen is a break (the document has no other
    // evidence: "beräk-" + "ningar" in the same document stays apart).
    let page = lines_page(&[
        "Utredningen tar hänsyn till plan- och bygg-",
        "bestämmelser, där beräk-",
        "ningar saknas.",
    ]);
    let bytes = write::write_pdf(&[page], &WriteOptions::default());
    let p = &extract(&bytes, &Limits::default()).expect("extracts").pages[0];
    assert_eq!(
        p.text,
        "Utredningen tar hänsyn till plan- och byggbestämmelser,\ndär beräk-\nningar saknas."
    );
}

#[test]
fn hyphenating_documents_join_line_ends() {
    // A producer that hyphenates often: three or more breaks are evidence by themselves.
    let text = "Utvärderingen genomfördes av konsultföretaget mellan juni och mars. Utvärderarnas slutrapport omfattar en analys av organiseringen av arbetet under och efter kommissionen och en bedömning av resultaten.";
    let runs = flowed_runs(text, "Times-Roman", 11.0, 72.0, 700.0, 120.0, true);
    assert!(runs.iter().filter(|r| r.text.ends_with('-')).count() >= 3);
    let bytes = write::write_pdf(
        &[PageSpec {
            width: 595.0,
            height: 842.0,
            runs,
            rotate: 0,
        }],
        &WriteOptions::default(),
    );
    let p = &extract(&bytes, &Limits::default()).expect("extracts").pages[0];
    assert_eq!(norm(&p.text), text);
}

#[test]
fn running_headers_footers_and_page_numbers_become_labels() {
    let mut pages = Vec::new();
    for i in 0..4 {
        let mut p = lines_page(&[
            "Brödtext på sidan med olika innehåll",
            ["ett", "två", "tre", "fyra"][i],
        ]);
        p.runs.push(TextRun::new(
            "Helvetica",
            8.0,
            72.0,
            810.0,
            "Malmö stad – Inriktning 2014",
        ));
        p.runs.push(TextRun::new(
            "Helvetica",
            9.0,
            290.0,
            30.0,
            &(i + 3).to_string(),
        ));
        pages.push(p);
    }
    let bytes = write::write_pdf(&pages, &WriteOptions::default());
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let labels: Vec<Option<&str>> = doc.pages.iter().map(|p| p.label.as_deref()).collect();
    assert_eq!(labels, vec![Some("3"), Some("4"), Some("5"), Some("6")]);
    assert_eq!(
        doc.pages[1].text,
        "Brödtext på sidan med olika innehåll\ntvå"
    );
}

#[test]
fn page_labels_tree_wins() {
    let pages: Vec<PageSpec> = (0..5)
        .map(|i| lines_page(&[&format!("Sidan {i}")]))
        .collect();
    let bytes = write::write_pdf(
        &pages,
        &WriteOptions {
            page_labels: vec![
                (0, "r".to_string(), String::new(), 1),
                (2, "D".to_string(), "A-".to_string(), 8),
                (4, String::new(), "Omslag".to_string(), 1),
            ],
            ..WriteOptions::default()
        },
    );
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let labels: Vec<Option<&str>> = doc.pages.iter().map(|p| p.label.as_deref()).collect();
    assert_eq!(
        labels,
        vec![
            Some("i"),
            Some("ii"),
            Some("A-8"),
            Some("A-9"),
            Some("Omslag")
        ]
    );
}

#[test]
fn rotated_page_reads_upright() {
    let font = write::winansi_font("Helvetica");
    // /Rotate 90: text drawn running up the unrotated page reads left to right.
    let content = b"BT /F1 12 Tf 0 1 -1 0 80 100 Tm (F\\366rsta raden) Tj 0 1 -1 0 100 100 Tm (Andra raden) Tj ET";
    let bytes = raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content: content.to_vec(),
            resources: fonts(vec![("F1", font)]),
            rotate: 90,
            extra: Dictionary::new(),
        }],
        None,
        Dictionary::new(),
    );
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let p = &doc.pages[0];
    assert_eq!(p.text, "Första raden\nAndra raden");
    // Display coordinates: x along the old y axis, y along the old x axis.
    assert!((p.lines[0].x - 100.0).abs() < 0.5);
    assert!(
        (p.lines[0].y - (80.0 - 9.0)).abs() < 0.5,
        "{}",
        p.lines[0].y
    );
}

#[test]
fn fake_bold_and_combining_marks() {
    let font = write::winansi_font("Helvetica");
    let cmap =
        b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <0308> endbfchar";
    let marks = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        "FirstChar" => 1, "LastChar" => 1, "Widths" => vec![Object::Integer(0)],
        "ToUnicode" => Object::Stream(Stream::new(Dictionary::new(), cmap.to_vec())),
    };
    // "Fet" drawn twice 0.3 pt apart; a spacing diaeresis (WinAnsi 0xA8) drawn over the a
    // of "Malma"; a combining diaeresis (zero width) after the o of "hogre".
    let content = b"BT /F1 12 Tf 72 700 Td (Fet) Tj ET BT /F1 12 Tf 72.3 700 Td (Fet) Tj ET
        BT /F1 12 Tf 72 680 Td (Malma) Tj ET BT /F1 12 Tf 102.7 680 Td (\\250) Tj ET
        BT /F1 12 Tf 72 660 Td (ho) Tj /F2 12 Tf (\\001) Tj /F1 12 Tf (gre) Tj ET";
    let text = page_text(&one_page(content, fonts(vec![("F1", font), ("F2", marks)])));
    assert_eq!(text, "Fet\nMalmä\nhögre");
}

#[test]
fn inline_images_and_junk_are_skipped() {
    let font = write::winansi_font("Helvetica");
    let content = b"BT /F1 10 Tf 72 700 Td (f\\366re) Tj ET q 10 0 0 10 72 600 cm BI /W 4 /H 1 /CS /G /BPC 8 ID (x) Tj EI Q
        } ] >> 1 2 3 BT /F1 10 Tf 72 680 Td (efter) Tj ET";
    let text = text_with(font, content);
    assert_eq!(text, "före\nefter");
}

#[test]
fn scanned_page_has_no_text_source_and_needs_ocr() {
    let image = Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![128],
    );
    let page = RawPage {
        content: b"q 595 0 0 842 0 0 cm /Im1 Do Q".to_vec(),
        resources: dictionary! { "XObject" => dictionary! { "Im1" => image } },
        ..RawPage::default()
    };
    let bytes = raw_pdf(vec![page], None, Dictionary::new());
    let (out, info) = extract_with_info(&bytes, &Limits::default()).expect("extracts");
    assert_eq!(out.pages[0].source, TextSource::None);
    assert_eq!(out.pages[0].text, "");
    assert!(info[0].needs_ocr());
    assert!((info[0].image_coverage - 1.0).abs() < 0.01);
}

#[test]
fn broken_input_gives_clean_errors() {
    assert!(matches!(
        extract(b"hello world", &Limits::default()),
        Err(PdfError::NotPdf)
    ));
    let good = write::write_pdf(&[lines_page(&["Hej"])], &WriteOptions::default());
    // Cut in the middle: either an error naming the problem or what could be recovered.
    for cut in [20, good.len() / 2, good.len() - 30] {
        match extract(&good[..cut], &Limits::default()) {
            Ok(doc) => assert!(doc.pages.len() <= 1),
            Err(e) => assert!(e.to_string().starts_with("cannot parse PDF"), "{e}"),
        }
    }
    // Garbage bytes after a header.
    let mut junk = b"%PDF-1.4\n".to_vec();
    junk.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
    assert!(extract(&junk, &Limits::default()).is_err());
}

#[test]
fn operator_limit_bounds_work() {
    let font = write::winansi_font("Helvetica");
    let mut content = b"BT /F1 10 Tf 72 700 Td (start) Tj ET ".to_vec();
    for _ in 0..20_000 {
        content.extend_from_slice(b"q Q ");
    }
    content.extend_from_slice(b"BT /F1 10 Tf 72 680 Td (slut) Tj ET");
    let limits = Limits {
        max_ops_per_page: 1000,
        ..Limits::default()
    };
    let doc = extract(&one_page(&content, fonts(vec![("F1", font)])), &limits).expect("extracts");
    assert_eq!(doc.pages[0].text, "start");
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.contains("more than 1000 operators")));
}

#[test]
fn tounicode_with_multibyte_codespace() {
    // Mixed one- and two-byte codes from an embedded encoding CMap.
    let encoding = b"2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
        1 begincidrange <00> <7F> 0 endcidrange 1 begincidrange <8000> <80FF> 200 endcidrange";
    let tu = b"2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
        1 beginbfrange <41> <5A> <0041> endbfrange 1 beginbfchar <8001> <00D6> endbfchar";
    let mut font = type0_font(tu, vec![]);
    font.set(
        "Encoding",
        Object::Stream(Stream::new(Dictionary::new(), encoding.to_vec())),
    );
    let text = text_with(font, b"BT /F1 10 Tf 72 700 Td (MALM\x80\x01) Tj ET");
    assert_eq!(text, "MALMÖ");
}

#[test]
fn truetype_cidfont_without_tounicode_reads_the_font_program() {
    let path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    let program = std::fs::read(path).unwrap_or_else(|e| {
        panic!(
            "{path}: {e}: this test needs apt-get install fonts-dejavu-core (.ci/run installs it)"
        )
    });
    let face = ttf_parser::Face::parse(&program, 0).expect("font parses");
    // Codes are glyph ids (Identity-H, CIDToGIDMap Identity); the PDF has no ToUnicode.
    let mut hex = String::new();
    for c in "Malmö Åtgärd".chars() {
        let gid = face.glyph_index(c).expect("glyph").0;
        hex.push_str(&format!("{gid:04X}"));
    }
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+DejaVuSans", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Dictionary(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+DejaVuSans",
            "CIDToGIDMap" => "Identity", "DW" => 600,
            "FontDescriptor" => dictionary! {
                "Type" => "FontDescriptor", "FontName" => "ABCDEF+DejaVuSans", "Flags" => 32,
                "FontFile2" => Object::Stream(Stream::new(Dictionary::new(), program.clone())),
            },
        })],
    };
    let text = text_with(
        font,
        format!("BT /F1 10 Tf 72 700 Td <{hex}> Tj ET").as_bytes(),
    );
    assert_eq!(text, "Malmö Åtgärd");
}

#[test]
fn form_field_appearances_are_read() {
    let font = write::winansi_font("Helvetica");
    // A text field whose appearance (BBox 0 0 100 20) is fitted into Rect 200 600 400 640:
    // scaled by 2, so the 10 pt text becomes 20 pt at (210, 610).
    let appearance = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 100.into(), 20.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "Helv" => font.clone() } },
        },
        b"/Tx BMC BT /Helv 10 Tf 5 5 Td (Anna-Lena Alnerud) Tj ET EMC".to_vec(),
    );
    let widget = |hidden: bool| {
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "Rect" => vec![200.into(), 600.into(), 400.into(), 640.into()],
            "F" => if hidden { 2 } else { 4 },
            "AP" => dictionary! { "N" => Object::Stream(appearance.clone()) },
        })
    };
    let bytes = raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content: b"BT /F1 10 Tf 72 610 Td (Sekreterare) Tj ET".to_vec(),
            resources: fonts(vec![("F1", font)]),
            rotate: 0,
            extra: dictionary! { "Annots" => vec![widget(false), widget(true)] },
        }],
        None,
        Dictionary::new(),
    );
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    let lines: Vec<(&str, f32, f32)> = doc.pages[0]
        .lines
        .iter()
        .map(|l| (l.text.as_str(), l.x, l.size))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0].0, "Sekreterare");
    assert_eq!(lines[1].0, "Anna-Lena Alnerud");
    assert!((lines[1].1 - 210.0).abs() < 0.01);
    assert_eq!(lines[1].2, 20.0);
}

#[test]
fn superscripts_stay_in_their_line() {
    let font = write::winansi_font("Times-Roman");
    let w = write::text_width("Times-Roman", 11.0, "Malmökommissionen");
    // A footnote marker (7 pt, raised 4 pt) right after a word stays in the line, set apart
    // from the word so that the word is found.
    let content = format!(
        "BT /F1 11 Tf 72 700 Td (Malm\\366kommissionen) Tj ET BT /F1 7 Tf {} 704 Td (1) Tj ET \
         BT /F1 11 Tf {} 700 Td (f\\366reslog) Tj ET BT /F1 11 Tf 72 686 Td (n\\344sta rad) Tj ET",
        72.0 + w,
        72.0 + w + 6.5
    );
    let text = text_with(font, content.as_bytes());
    assert_eq!(text, "Malmökommissionen 1 föreslog\nnästa rad");
}

#[test]
fn decompression_bombs_fail_the_page_not_the_document() {
    let font = write::winansi_font("Helvetica");
    let mut bomb = Stream::new(Dictionary::new(), vec![b' '; 8 << 20]);
    bomb.compress().expect("compresses");
    assert!(bomb.content.len() < 100_000);
    let mut doc = write::PdfBuilder::new();
    let font_id = doc.object(font);
    let page = |content: Vec<u8>| RawPage {
        content,
        resources: dictionary! { "Font" => dictionary! { "F1" => font_id.clone() } },
        ..RawPage::default()
    };
    // The bomb is page 1's /Contents, compressed (/Filter /FlateDecode).
    let mut bombed = page(Vec::new());
    bombed.extra.set("Contents", bomb);
    let ok = page(b"BT /F1 10 Tf 72 700 Td (Sida tv\\345) Tj ET".to_vec());
    let bytes = doc.finish(vec![bombed, ok], None, Dictionary::new());
    let limits = Limits {
        max_stream_bytes: 1 << 20,
        ..Limits::default()
    };
    let out = extract(&bytes, &limits).expect("the document still extracts");
    let err = out.pages[0].error.as_deref().expect("page 1 fails");
    assert!(err.contains("more than 1048576 bytes"), "{err}");
    assert_eq!(out.pages[1].text, "Sida två");
    assert!(out.pages[1].error.is_none());
}

/// One A4 page of these runs (Helvetica 10), extracted.
fn page_of_runs(runs: &[(f32, f32, &str)]) -> kommission::model::Page {
    let runs = runs
        .iter()
        .map(|&(x, y, t)| TextRun::new("Helvetica", 10.0, x, y, t))
        .collect();
    let bytes = write::write_pdf(
        &[PageSpec {
            width: 595.0,
            height: 842.0,
            runs,
            rotate: 0,
        }],
        &WriteOptions::default(),
    );
    let mut doc = extract(&bytes, &Limits::default()).expect("extracts");
    doc.pages.remove(0)
}

/// An action table set right under a paragraph and over another, its rows 12 pt apart like
/// its lines (no white band anywhere, so the cut leaves it in one block with the
/// paragraphs), with a cell of two lines and a cell whose text runs on over the next cell
/// ("Kommunledningskontoret" drawn over "2026"): every cell is a line of its own at its own
/// x, a cell's lines follow each other, and the paragraphs stay whole lines.
#[test]
fn table_cells_in_a_block_are_lines_of_their_own() {
    let (nr, title, resp, time) = (60.0, 90.0, 300.0, 390.0);
    let page = page_of_runs(&[
        (
            60.0,
            712.0,
            "Tabellen visar de åtgärder som kommunen ska genomföra under perioden.",
        ),
        (nr, 700.0, "Nr"),
        (title, 700.0, "Åtgärd"),
        (resp, 700.0, "Ansvar"),
        (time, 700.0, "Tidplan"),
        (nr, 688.0, "1"),
        (title, 688.0, "Ta fram en plan för"),
        (resp, 688.0, "Samhällsbyggnad"),
        (time, 688.0, "2025"),
        (title, 676.0, "laddinfrastruktur"),
        (nr, 664.0, "2"),
        (title, 664.0, "Samåkningstjänst"),
        (resp, 664.0, "Kommunledningskontoret"),
        (time, 664.0, "2026"),
        (nr, 652.0, "3"),
        (title, 652.0, "Cykelbro över Ekeån"),
        (resp, 652.0, "Fritid"),
        (time, 652.0, "2027"),
        (
            60.0,
            640.0,
            "Underlaget bygger på statistik från de senaste fem åren i alla tätorter.",
        ),
    ]);
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    let x_of = |t: &str| {
        page.lines
            .iter()
            .find(|l| l.text == t)
            .map(|l| l.x)
            .unwrap_or_else(|| panic!("no line {t:?} in {lines:#?}"))
    };
    for (t, x) in [
        ("Nr", nr),
        ("Åtgärd", title),
        ("Ansvar", resp),
        ("Tidplan", time),
        ("Samhällsbyggnad", resp),
        ("2025", time),
        ("Kommunledningskontoret", resp),
        ("2026", time),
        ("Fritid", resp),
    ] {
        assert!(
            (x_of(t) - x).abs() < 1.0,
            "{t} at {} in {lines:#?}",
            x_of(t)
        );
    }
    let at = |t: &str| lines.iter().position(|l| *l == t).unwrap();
    assert_eq!(
        at("laddinfrastruktur"),
        at("Ta fram en plan för") + 1,
        "{lines:#?}"
    );
    assert!(
        at("Samhällsbyggnad") > at("laddinfrastruktur"),
        "{lines:#?}"
    );
    assert_eq!(
        lines.first(),
        Some(&"Tabellen visar de åtgärder som kommunen ska genomföra under perioden.")
    );
    assert_eq!(
        lines.last(),
        Some(&"Underlaget bygger på statistik från de senaste fem åren i alla tätorter.")
    );
}

/// The "nothing" case for tables: a matrix in a formula (GeoTopo's Jacobi matrices) has
/// cells aligned in columns and a row label ("J =") beside its middle row, like a table with
/// a row of several lines, but its entries are single symbols ("x", "(p)"), not words or
/// figures: it is read line by line.
#[test]
fn a_matrix_of_single_symbols_is_no_table() {
    let mut runs = vec![(
        60.0,
        712.0,
        "Die Jacobimatrix der Karte an der Stelle p ist gegeben durch",
    )];
    for (y, a, b) in [(700.0, "x", "u"), (688.0, "y", "v"), (676.0, "z", "w")] {
        runs.extend([
            (120.0, y, a),
            (140.0, y, "(p)"),
            (200.0, y, b),
            (220.0, y, "(p)"),
        ]);
    }
    runs.push((60.0, 688.0, "J ="));
    runs.push((
        60.0,
        664.0,
        "und hat an jeder Stelle der Fläche den Rang zwei, wie verlangt.",
    ));
    let page = page_of_runs(&runs);
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        lines,
        [
            "Die Jacobimatrix der Karte an der Stelle p ist gegeben durch",
            "x (p) u (p)",
            "J = y (p) v (p)",
            "z (p) w (p)",
            "und hat an jeder Stelle der Fläche den Rang zwei, wie verlangt.",
        ]
    );
}

/// The "nothing" case: label/value lines (two chunks a line, aligned) and a line with one wide
/// gap beside prose are no table: each stays one line.
#[test]
fn aligned_label_value_lines_are_no_table() {
    let page = page_of_runs(&[
        (
            60.0,
            712.0,
            "Kommunstyrelsen sammanträdde i stadshuset och beslutade om följande.",
        ),
        (60.0, 700.0, "Datum:"),
        (200.0, 700.0, "2024-05-06"),
        (60.0, 688.0, "Plats:"),
        (200.0, 688.0, "Stadshuset, sal 3"),
        (60.0, 676.0, "Tid:"),
        (200.0, 676.0, "kl. 13.00–15.30"),
        (60.0, 664.0, "Ordförande"),
        (200.0, 664.0, "Anna Andersson (S)"),
        (
            60.0,
            652.0,
            "Protokollet justerades av ledamöterna utan några synpunkter alls.",
        ),
    ]);
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        lines,
        [
            "Kommunstyrelsen sammanträdde i stadshuset och beslutade om följande.",
            "Datum: 2024-05-06",
            "Plats: Stadshuset, sal 3",
            "Tid: kl. 13.00–15.30",
            "Ordförande Anna Andersson (S)",
            "Protokollet justerades av ledamöterna utan några synpunkter alls.",
        ]
    );
}

#[test]
fn text_at_an_angle_is_laid_out_apart_from_the_rows_it_crosses() {
    let font = write::winansi_font("Helvetica");
    // Two body lines, and a watermark turned 30 degrees drawn across both of them.
    let text = text_with(
        font.clone(),
        b"BT /F1 11 Tf 72 700 Td (F\\366rsta raden av br\\366dtexten p\\345 sidan) Tj 0 -14 Td (Andra raden av br\\366dtexten p\\345 sidan) Tj ET \
BT /F1 28 Tf 0.866 0.5 -0.5 0.866 120 675 Tm (UTKAST) Tj ET",
    );
    assert_eq!(
        norm(&text),
        "Första raden av brödtexten på sidan Andra raden av brödtexten på sidan UTKAST"
    );
    // Text turned only a little (4 degrees, as an OCR layer over a skewed scan) is read as
    // set along the axis: its lines stay in their order, nothing is moved to the end.
    let text = text_with(
        font,
        b"BT /F1 11 Tf 0.9976 0.0698 -0.0698 0.9976 72 700 Tm (F\\366rsta raden) Tj ET \
BT /F1 11 Tf 0.9976 0.0698 -0.0698 0.9976 72 680 Tm (Andra raden) Tj ET \
BT /F1 11 Tf 72 660 Td (Tredje raden) Tj ET",
    );
    assert_eq!(norm(&text), "Första raden Andra raden Tredje raden");
}

#[test]
fn text_at_45_degrees_is_one_line_and_a_large_one_is_a_watermark() {
    let font = write::winansi_font("Helvetica");
    let body =
        "BT /F1 11 Tf 72 700 Td (F\\366rsta raden av br\\366dtexten p\\345 sidan) Tj 0 -14 Td \
(Andra raden av br\\366dtexten p\\345 sidan) Tj ET";
    // A stamp at exactly 45 degrees: every glyph on one slant, not split between two
    // directions glyph by glyph ("KAST" and "UT" on main b4adfcd).
    let stamp =
        format!("{body} BT /F1 14 Tf 0.7071 0.7071 -0.7071 0.7071 300 600 Tm (INKOMMIT) Tj ET");
    assert_eq!(
        norm(&text_with(font.clone(), stamp.as_bytes())),
        "Första raden av brödtexten på sidan Andra raden av brödtexten på sidan INKOMMIT"
    );
    // The same slant at ten times the body's size across the page is a watermark: no text.
    let mark =
        format!("{body} BT /F1 110 Tf 0.7071 0.7071 -0.7071 0.7071 120 200 Tm (UTKAST) Tj ET");
    assert_eq!(
        norm(&text_with(font, mark.as_bytes())),
        "Första raden av brödtexten på sidan Andra raden av brödtexten på sidan"
    );
}

/// A bold document number set right of a two-line title on its first baseline, in smaller
/// type than the title (realworld-sv dir-2014-158's "Dir. 2014:158"), is no margin heading:
/// the title's lines are read together, the number after them (it split the title on the
/// fifteenth session's first shift).
#[test]
fn a_bold_number_beside_a_title_does_not_split_it() {
    let mut runs = vec![
        TextRun::new("Times-Roman", 11.0, 71.0, 760.0, "Kommittédirektiv"),
        TextRun::new(
            "Times-Roman",
            15.0,
            71.0,
            724.0,
            "Tilläggsdirektiv till Utredningen om en",
        ),
        TextRun::new("Helvetica-Bold", 13.0, 353.0, 719.8, "Dir."),
        TextRun::new(
            "Times-Roman",
            15.0,
            71.0,
            706.6,
            "översyn av fondregelverket (Fi 2014:15)",
        ),
        TextRun::new("Helvetica-Bold", 13.0, 353.0, 704.7, "2014:158"),
    ];
    runs.extend(flowed_runs(
        LEFT,
        "Times-Roman",
        11.0,
        71.0,
        660.0,
        330.0,
        false,
    ));
    let page = PageSpec {
        width: 595.0,
        height: 842.0,
        runs,
        rotate: 0,
    };
    let bytes = write::write_pdf(&[page], &WriteOptions::default());
    let text = norm(&extract(&bytes, &Limits::default()).expect("extracts").pages[0].text);
    assert!(
        text.contains("Utredningen om en översyn av fondregelverket (Fi 2014:15) Dir. 2014:158"),
        "{text}"
    );
}
