//! Actions in documents built line by line (layout known exactly): a table of contents whose
//! titles wrap over lines and a page break, area headings with and without page references,
//! body headings in bold, labels in bold, and a report without a table of contents.

use kommission::model::{DocKind, ExtractedDoc, Line, Page};
use kommission::structure::analyze;

/// (text, x, size, bold, italic, block)
type L<'a> = (&'a str, f32, f32, bool, bool, u32);

/// (number, title, section, section page, ToC page)
type TocRow<'a> = (u32, &'a str, Option<&'a str>, Option<u32>, Option<u32>);

fn page(number: u32, lines: &[L]) -> Page {
    let lines: Vec<Line> = lines
        .iter()
        .enumerate()
        .map(|(i, (text, x, size, bold, italic, block))| Line {
            text: text.to_string(),
            x: *x,
            y: 40.0 + 14.0 * i as f32,
            width: 6.0 * text.chars().count() as f32,
            size: *size,
            bold: *bold,
            italic: *italic,
            block: *block,
        })
        .collect();
    Page {
        number,
        label: None,
        text: lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        lines,
        ..Page::default()
    }
}

fn doc(pages: Vec<Page>) -> ExtractedDoc {
    ExtractedDoc {
        title: Some("Rapport".into()),
        pages,
        warnings: Vec::new(),
    }
}

#[test]
fn toc_titles_wrap_over_lines_and_pages() {
    let d = doc(vec![
        page(
            1,
            &[
                ("Innehåll", 40.0, 18.0, true, false, 0),
                ("s 3 Förord", 40.0, 11.0, true, false, 1),
                ("s 4 Trygghet och hälsa", 40.0, 11.0, true, false, 2),
                (
                    "1. Inrätta ett råd för trygghet i alla stadsdelar",
                    40.0,
                    10.0,
                    false,
                    false,
                    2,
                ),
                (
                    "2. Utred hur fritidsgårdarna kan hålla öppet längre på",
                    40.0,
                    10.0,
                    false,
                    false,
                    2,
                ),
                ("kvällar och helger under", 40.0, 10.0, false, false, 2),
            ],
        ),
        page(
            2,
            &[
                ("sommaren 2015", 40.0, 10.0, false, false, 0),
                (
                    "3. Följ upp 25 års ålder och 2 000 personer",
                    40.0,
                    10.0,
                    false,
                    false,
                    0,
                ),
                ("Bostäder", 40.0, 11.0, true, false, 1),
                ("4. Bygg fler bostäder", 40.0, 10.0, false, false, 1),
            ],
        ),
        page(
            3,
            &[
                (
                    "1. Inrätta ett råd för trygghet i alla",
                    40.0,
                    12.0,
                    true,
                    false,
                    0,
                ),
                ("stadsdelar", 40.0, 12.0, true, false, 0),
                (
                    "Inrätta lokala råd (1.2.3.4, s. 12)",
                    50.0,
                    10.0,
                    false,
                    true,
                    1,
                ),
                (
                    "Rådet behövs. Den 12 maj 2014 beslutades det.",
                    40.0,
                    10.0,
                    false,
                    false,
                    2,
                ),
                ("Pågående arbete", 40.0, 10.0, true, false, 3),
                (
                    "Arbetet pågår redan i tre stadsdelar.",
                    40.0,
                    10.0,
                    false,
                    false,
                    3,
                ),
                ("Kommunstyrelsen hösten 2015", 40.0, 8.0, true, false, 4),
                ("Stadskontoret och", 40.0, 8.0, false, false, 5),
                ("stadsdelsnämnderna", 40.0, 8.0, false, false, 5),
                (
                    "2. Utred hur fritidsgårdarna kan hålla öppet längre på kvällar och helger",
                    40.0,
                    12.0,
                    true,
                    false,
                    6,
                ),
                ("under sommaren 2015", 40.0, 12.0, true, false, 6),
                (
                    "Förläng öppettiderna (2.1.1, s 40)",
                    50.0,
                    10.0,
                    false,
                    true,
                    7,
                ),
                ("Texten om åtgärden.", 40.0, 10.0, false, false, 8),
                (
                    "Utvecklingsområde: Fritidsgårdarna ska ha öppet.",
                    40.0,
                    10.0,
                    false,
                    false,
                    9,
                ),
                ("Stadsdelsnämnderna", 40.0, 8.0, false, false, 10),
            ],
        ),
    ]);
    let s = analyze("r", DocKind::Report, &d);
    let got: Vec<TocRow> = s
        .actions
        .iter()
        .map(|a| {
            (
                a.number.parse::<u32>().unwrap(),
                a.title.as_str(),
                a.section.as_deref(),
                a.section_page,
                a.toc_page,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (1, "Inrätta ett råd för trygghet i alla stadsdelar", Some("Trygghet och hälsa"), Some(4), Some(1)),
            (
                2,
                "Utred hur fritidsgårdarna kan hålla öppet längre på kvällar och helger under sommaren 2015",
                Some("Trygghet och hälsa"),
                Some(4),
                Some(1)
            ),
            (3, "Följ upp 25 års ålder och 2 000 personer", Some("Trygghet och hälsa"), Some(4), Some(2)),
            (4, "Bygg fler bostäder", Some("Bostäder"), None, Some(2)),
        ]
    );
    let a1 = &s.actions[0];
    assert_eq!(a1.pages, vec![3]);
    assert_eq!(a1.recommendations.len(), 1);
    assert_eq!(a1.recommendations[0].code, "1.2.3.4");
    assert_eq!(a1.recommendations[0].page, Some(12));
    assert_eq!(a1.recommendations[0].text, "Inrätta lokala råd");
    assert_eq!(a1.measure_type.as_deref(), Some("Pågående arbete"));
    assert_eq!(
        a1.report_back.as_deref(),
        Some("Kommunstyrelsen hösten 2015")
    );
    assert_eq!(
        a1.responsible.as_deref(),
        Some("Stadskontoret och stadsdelsnämnderna")
    );
    let a2 = &s.actions[1];
    assert_eq!(a2.recommendations[0].code, "2.1.1");
    assert_eq!(a2.recommendations[0].page, Some(40));
    assert_eq!(a2.measure_type.as_deref(), Some("Utvecklingsområde"));
    assert_eq!(a2.responsible.as_deref(), Some("Stadsdelsnämnderna"));
    assert_eq!(a2.report_back, None);
    assert!(s.actions[2].pages.is_empty() && s.actions[3].pages.is_empty());
}

#[test]
fn report_without_table_of_contents() {
    let d = doc(vec![page(
        1,
        &[
            ("1. Inledning", 40.0, 12.0, true, false, 0),
            (
                "Rapporten beskriver 3. kvartalet.",
                40.0,
                10.0,
                false,
                false,
                1,
            ),
            ("2. Skapa mötesplatser för unga", 40.0, 12.0, true, false, 2),
            (
                "Skapa mötesplatser (2.2.1.1, s. 90)",
                50.0,
                10.0,
                false,
                true,
                3,
            ),
            ("Utredningsuppdrag: Utred var.", 40.0, 10.0, false, false, 4),
            ("Fritidsförvaltningen", 40.0, 8.0, false, false, 5),
            ("Kommunstyrelsen våren 2016", 40.0, 8.0, true, false, 6),
            ("3. Sammanfattning", 40.0, 12.0, true, false, 7),
            ("Allt är bra.", 40.0, 10.0, false, false, 8),
        ],
    )]);
    let s = analyze("r", DocKind::Report, &d);
    // Numbered chapters without a proposal, a label or a report-back are not actions.
    let got: Vec<(u32, &str)> = s
        .actions
        .iter()
        .map(|a| (a.number.parse::<u32>().unwrap(), a.title.as_str()))
        .collect();
    assert_eq!(got, vec![(2, "Skapa mötesplatser för unga")]);
    let a = &s.actions[0];
    assert_eq!(a.measure_type.as_deref(), Some("Utredningsuppdrag"));
    assert_eq!(a.responsible.as_deref(), Some("Fritidsförvaltningen"));
    assert_eq!(a.report_back.as_deref(), Some("Kommunstyrelsen våren 2016"));
    assert_eq!(a.toc_page, None);
    // Web pages never own actions.
    assert!(analyze("w", DocKind::Web, &d).actions.is_empty());
}

#[test]
fn body_heading_shorter_than_its_toc_title() {
    let d = doc(vec![
        page(
            1,
            &[
                ("1. Inrätta ett råd för trygghet i alla stadsdelar och följ upp arbetet varje år", 40.0, 10.0, false, false, 0),
                ("2. Bygg fler bostäder", 40.0, 10.0, false, false, 0),
                ("3. Skapa fler jobb", 40.0, 10.0, false, false, 0),
            ],
        ),
        page(
            2,
            &[
                ("1. Inrätta ett råd för trygghet i alla stadsdelar", 40.0, 12.0, true, false, 0),
                ("Inrätta lokala råd med boende (1.2.3.4, s. 12)", 50.0, 10.0, false, true, 1),
                ("Text.", 40.0, 10.0, false, false, 2),
            ],
        ),
    ]);
    let s = analyze("r", DocKind::Report, &d);
    let a = &s.actions[0];
    assert_eq!(
        a.title,
        "Inrätta ett råd för trygghet i alla stadsdelar och följ upp arbetet varje år"
    );
    assert_eq!(a.pages, vec![2]);
    assert_eq!(a.recommendations.len(), 1);
    assert_eq!(a.recommendations[0].text, "Inrätta lokala råd med boende");
}
