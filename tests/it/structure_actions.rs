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

/// A line of a table cell at (x, y), set in 10 pt.
fn cell(text: &str, x: f32, y: f32, width: f32) -> Line {
    Line {
        text: text.to_string(),
        x,
        y,
        width,
        size: 10.0,
        ..Line::default()
    }
}

/// The actions of one page of cells: (number, title, responsible, timeline, status).
fn table_actions(lines: Vec<Line>) -> Vec<[Option<String>; 5]> {
    let d = doc(vec![Page {
        number: 1,
        lines,
        ..Page::default()
    }]);
    analyze("d", DocKind::Report, &d)
        .actions
        .into_iter()
        .map(|a| {
            [
                Some(a.number),
                Some(a.title),
                a.responsible,
                a.timeline,
                a.status,
            ]
        })
        .collect()
}

fn row(fields: [&str; 5]) -> [Option<String>; 5] {
    fields.map(|f| (!f.is_empty()).then(|| f.to_string()))
}

#[test]
fn action_cards_are_read_by_rows_whatever_the_reading_order() {
    // LibreOffice's order: the label column's short cells as one block, then the values.
    let card = |n: &str, y: f32, title: &str, when: &str| {
        vec![
            cell(&format!("Åtgärd {n}"), 90.0, y, 40.0),
            cell(title, 306.0, y, 190.0),
            cell("per byggnad", 306.0, y + 11.5, 60.0),
            cell("Ansvarig", 90.0, y + 24.0, 39.0),
            cell("Tidplan", 90.0, y + 36.0, 33.0),
            cell("Fastighetsavdelningen", 306.0, y + 24.0, 100.0),
            cell(when, 306.0, y + 36.0, 22.0),
        ]
    };
    let mut lines = card("1", 220.0, "Kartlägg energianvändningen", "2026");
    lines.extend(card("2", 320.0, "Byt belysningen", "2027"));
    let after = "Uppföljningen görs varje år i samband med bokslutet.";
    lines.push(cell(after, 90.0, 420.0, 300.0));
    assert_eq!(
        table_actions(lines.clone()),
        [
            row([
                "1",
                "Kartlägg energianvändningen per byggnad",
                "Fastighetsavdelningen",
                "2026",
                ""
            ]),
            row([
                "2",
                "Byt belysningen per byggnad",
                "Fastighetsavdelningen",
                "2027",
                ""
            ]),
        ]
    );
    // Without a field in any card ("Åtgärd 1 | …" over a description only) the cards give
    // nothing of their own, but each "Åtgärd N" label beside its title is still an action
    // (as "Åtgärd 1 – Title" on one line is): titles only, no field made up.
    let fields = [
        "Ansvarig",
        "Tidplan",
        "Fastighetsavdelningen",
        "2026",
        "2027",
    ];
    lines.retain(|l| !fields.contains(&l.text.as_str()));
    assert_eq!(lines.len(), 7);
    assert_eq!(
        table_actions(lines),
        [
            row(["1", "Kartlägg energianvändningen per byggnad", "", "", ""]),
            row(["2", "Byt belysningen per byggnad", "", "", ""]),
        ]
    );
}

#[test]
fn a_number_opening_a_cells_next_line_before_a_small_letter_goes_on_with_the_title() {
    let lines = vec![
        cell("Nr", 90.0, 100.0, 12.0),
        cell("Åtgärd", 150.0, 100.0, 32.0),
        cell("Ansvarig", 300.0, 100.0, 40.0),
        cell("6", 90.0, 115.0, 5.0),
        cell("Sänk hastigheten till", 150.0, 115.0, 100.0),
        cell("Trafikenheten", 300.0, 115.0, 60.0),
        cell("30 km/h vid skolor", 150.0, 127.0, 90.0),
        cell("7", 90.0, 140.0, 5.0),
        cell("Bygg säkra passager", 150.0, 140.0, 95.0),
        cell("Gatuenheten", 300.0, 140.0, 55.0),
    ];
    assert_eq!(
        table_actions(lines),
        [
            row([
                "6",
                "Sänk hastigheten till 30 km/h vid skolor",
                "Trafikenheten",
                "",
                ""
            ]),
            row(["7", "Bygg säkra passager", "Gatuenheten", "", ""]),
        ]
    );
}

#[test]
fn a_header_cell_wrapped_over_three_lines_is_the_header() {
    let bold = |text: &str, x: f32, y: f32| Line {
        bold: true,
        ..cell(text, x, y, 40.0)
    };
    let lines = vec![
        bold("Nr", 90.0, 100.0),
        bold("Åtgärd", 120.0, 100.0),
        bold("Status", 300.0, 100.0),
        bold("december", 300.0, 112.0),
        bold("2025", 300.0, 124.0),
        cell("1", 90.0, 140.0, 5.0),
        cell("Inför fler papperskorgar", 120.0, 140.0, 110.0),
        cell("Genomförd", 300.0, 140.0, 45.0),
        cell("2", 90.0, 155.0, 5.0),
        cell("Anordna skräpplockardagar", 120.0, 155.0, 120.0),
        cell("Pågår", 300.0, 155.0, 25.0),
    ];
    assert_eq!(
        table_actions(lines),
        [
            row(["1", "Inför fler papperskorgar", "", "", "Genomförd"]),
            row(["2", "Anordna skräpplockardagar", "", "", "Pågår"]),
        ]
    );
}

#[test]
fn a_range_wrapped_after_its_dash_is_one_word_and_a_lone_dash_keeps_its_spaces() {
    let lines = vec![
        cell("Nr", 90.0, 100.0, 12.0),
        cell("Åtgärd", 150.0, 100.0, 32.0),
        cell("Tidplan", 300.0, 100.0, 40.0),
        cell("1", 90.0, 115.0, 5.0),
        cell("Bygg om skolor –", 150.0, 115.0, 80.0),
        cell("2025–", 300.0, 115.0, 25.0),
        cell("förskolor", 150.0, 127.0, 45.0),
        cell("2026", 300.0, 127.0, 22.0),
        cell("2", 90.0, 140.0, 5.0),
        cell("Inför skolskjuts", 150.0, 140.0, 80.0),
        cell("2027", 300.0, 140.0, 22.0),
    ];
    assert_eq!(
        table_actions(lines),
        [
            row(["1", "Bygg om skolor – förskolor", "", "2025–2026", ""]),
            row(["2", "Inför skolskjuts", "", "2027", ""]),
        ]
    );
}

#[test]
fn a_joined_header_is_parted_where_the_cells_below_start() {
    let head = [
        cell("Åtgärd", 73.0, 198.0, 32.0),
        cell("Ansvarig", 298.6, 198.0, 42.8),
        cell("Tidplan Nr", 451.4, 198.0, 70.8),
    ];
    let rows = [
        [("Kartlägg lågpunkter", 137.0), ("2025", 22.0), ("1", 5.6)],
        [
            ("Se över dagvattenpolicyn", 112.0),
            ("2026", 22.0),
            ("2", 5.6),
        ],
    ];
    let mut lines: Vec<Line> = head.to_vec();
    for (k, [(title, w), (when, ww), (n, nw)]) in rows.iter().enumerate() {
        let y = 216.0 + 17.0 * k as f32;
        lines.push(cell(title, 73.0, y, *w));
        lines.push(cell("VA-enheten", 298.6, y, 52.0));
        lines.push(cell(when, 451.4, y, *ww));
        lines.push(cell(n, 511.1, y, *nw));
    }
    assert_eq!(
        table_actions(lines.clone()),
        [
            row(["1", "Kartlägg lågpunkter", "VA-enheten", "2025", ""]),
            row(["2", "Se över dagvattenpolicyn", "VA-enheten", "2026", ""]),
        ]
    );
    // One row below is no evidence: the header stays whole, "Tidplan Nr" names no number
    // column, and no row has a number.
    lines.truncate(7);
    assert!(table_actions(lines).is_empty());
}

/// A document of text pages alone (no layout).
fn text_doc(pages: &[&str]) -> ExtractedDoc {
    let pages = pages.iter().enumerate().map(|(k, t)| Page {
        number: k as u32 + 1,
        text: t.to_string(),
        ..Page::default()
    });
    doc(pages.collect())
}

#[test]
fn minutes_that_do_not_say_protokoll_are_protocols_and_reports_are_not() {
    use kommission::structure::classify;
    // Only reports own actions: minutes are told from them by their attendance and
    // signature lines, whether or not they call themselves "protokoll".
    let minutes = text_doc(&[
        "Styrelsemöte i Ekby IF\nNärvarande: Jonas Ek, Lisa Berg\n1. Mötets öppnande",
        "5. Mötets avslutande\nVid protokollet\nEva Ström\nJusteras",
    ]);
    assert_eq!(classify("pdf", &minutes), DocKind::Protocol);
    let bank = text_doc(&[
        "Direktionens sammanträde\nNärvarande från direktionen: Eva Sandberg",
        "Justeras Eva Sandberg",
    ]);
    assert_eq!(classify("pdf", &bank), DocKind::Protocol);
    // Attendance named in running text, a secretary without a signature line: a report.
    let report = text_doc(&[
        "Årsrapport\nNärvarande vid mötena var i regel hela styrelsen.",
        "Sekreterare Eva Ström har skrivit rapporten.",
    ]);
    assert_eq!(classify("pdf", &report), DocKind::Report);
    let no_attendance = text_doc(&["Handlingsplan 2025\n1. Åtgärder", "Sekreterare: Eva Ström"]);
    assert_eq!(classify("pdf", &no_attendance), DocKind::Report);
}

#[test]
fn abbreviations_in_brackets_after_most_titles_name_the_responsible() {
    let table = |titles: [&str; 3]| {
        let mut lines = vec![
            cell("Nr", 90.0, 100.0, 12.0),
            cell("Åtgärd", 150.0, 100.0, 32.0),
            cell("Klart", 400.0, 100.0, 25.0),
        ];
        for (k, t) in titles.iter().enumerate() {
            let y = 115.0 + 15.0 * k as f32;
            lines.push(cell(&(k + 1).to_string(), 90.0, y, 5.0));
            lines.push(cell(t, 150.0, y, 200.0));
            lines.push(cell("2026", 400.0, y, 20.0));
        }
        table_actions(lines)
    };
    // Every title ends in the office's abbreviation: the responsible, out of the title.
    assert_eq!(
        table([
            "Mät bullret (MF)",
            "Bygg skärmar (GK, SBK)",
            "Sänk hastigheten (GK)"
        ]),
        [
            row(["1", "Mät bullret", "MF", "2026", ""]),
            row(["2", "Bygg skärmar", "GK, SBK", "2026", ""]),
            row(["3", "Sänk hastigheten", "GK", "2026", ""]),
        ]
    );
    // One title explains a term by its abbreviation: it stays, no responsible.
    assert_eq!(
        table([
            "Mät bullret",
            "Stärk Barn- och ungdomspsykiatrin (BUP)",
            "Sänk hastigheten"
        ]),
        [
            row(["1", "Mät bullret", "", "2026", ""]),
            row([
                "2",
                "Stärk Barn- och ungdomspsykiatrin (BUP)",
                "",
                "2026",
                ""
            ]),
            row(["3", "Sänk hastigheten", "", "2026", ""]),
        ]
    );
}
