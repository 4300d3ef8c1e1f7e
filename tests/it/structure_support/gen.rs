//! A generator of Swedish meeting protocols and action plans in the shapes of the common
//! systems, written as PDFs with real layout (Helvetica / Helvetica-Bold, WinAnsi), with
//! the answer each one must give. Used by `structure_generated`.
//!
//! The shapes (each is a separate function so that a new one is easy to add):
//!
//! * **Ciceron**: a header table (label column, value column), "§ 45" and the title on one
//!   bold line, "Dnr KS 2021/45" below, "Beslutsunderlag" with "-" items, "Kommunstyrelsens
//!   beslut" with att-satser, a signature block "Underskrifter".
//! * **Platina**: "§ 12" and "Dnr 2020/123" on one line, the title on its own bold line
//!   below, "Förslag till beslut", "Beslut" with numbered decisions, a reservation.
//! * **Meetings Plus**: "KS § 110" headings, "Ärendebeskrivning", "Handlingar", "Beslut".
//! * **Evolution**: "§ 3a", "§ 3 b" inserted paragraphs; a date in words.
//! * **Board minutes (Word template)**: "Närvarande:", numbered items "1. Mötet öppnades",
//!   "Vid protokollet … Justeras …" at the end.
//! * **Central-bank minutes**: "§1. Title", "§3a.", "Direktionen beslutade" with bullets.
//! * **Ärende**: "Ärende 5 Title" headings.
#![allow(dead_code)]

use kommission_testkit::pdf::{stream, PdfBuilder, Xref};

/// One line of text placed on a page (y from the top of the page, in points).
#[derive(Debug, Clone)]
pub struct Run {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub text: String,
}

/// A page under construction: lines flow down from the top margin.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub pages: Vec<Vec<Run>>,
    y: f32,
}

const TOP: f32 = 60.0;
const BOTTOM: f32 = 780.0;

impl Sheet {
    pub fn new() -> Sheet {
        Sheet {
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    fn room(&mut self, h: f32) {
        if self.y + h > BOTTOM {
            self.pages.push(Vec::new());
            self.y = TOP;
        }
    }

    /// Place runs side by side on one line (x, text); `bold` and `size` for all.
    pub fn row(&mut self, cells: &[(f32, &str)], size: f32, bold: bool) {
        self.room(size * 1.4);
        let y = self.y;
        if let Some(p) = self.pages.last_mut() {
            for (x, t) in cells {
                if !t.is_empty() {
                    p.push(Run {
                        x: *x,
                        y,
                        size,
                        bold,
                        text: (*t).to_string(),
                    });
                }
            }
        }
        self.y += size * 1.4;
    }

    /// A line of text at x = 72.
    pub fn line(&mut self, text: &str, size: f32, bold: bool) {
        self.row(&[(72.0, text)], size, bold);
    }

    /// Rows of a label at the left margin and its value at `x` ("Plats" | "Kommunhuset").
    pub fn labels(&mut self, x: f32, rows: &[(&str, &str)]) {
        for (label, value) in rows {
            self.row(&[(72.0, label), (x, value)], 10.0, false);
        }
    }

    /// Lines "1. Title", "2. Title", … numbered from 1.
    pub fn numbered(&mut self, titles: &[&str], size: f32, bold: bool) {
        for (k, t) in titles.iter().enumerate() {
            self.line(&format!("{}. {t}", k + 1), size, bold);
        }
    }

    /// A paragraph wrapped at about `width` characters.
    pub fn para(&mut self, text: &str, x: f32, width: usize) {
        let mut cur = String::new();
        for w in text.split_whitespace() {
            if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
                let line = std::mem::take(&mut cur);
                self.row(&[(x, &line)], 10.0, false);
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(w);
        }
        if !cur.is_empty() {
            self.row(&[(x, &cur)], 10.0, false);
        }
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    pub fn page_break(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// The PDF.
    pub fn pdf(&self, title: Option<&str>) -> Vec<u8> {
        let mut b = PdfBuilder::new();
        let catalog = b.reserve();
        let root = b.reserve();
        let regular = b.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        );
        let bold = b.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        );
        let mut kids = Vec::new();
        for runs in &self.pages {
            let mut c: Vec<u8> = Vec::new();
            for r in runs {
                let font = if r.bold { "F2" } else { "F1" };
                c.extend_from_slice(
                    format!(
                        "BT /{font} {} Tf 1 0 0 1 {:.1} {:.1} Tm ",
                        r.size,
                        r.x,
                        842.0 - r.y
                    )
                    .as_bytes(),
                );
                c.extend_from_slice(&winansi_string(&r.text));
                c.extend_from_slice(b" Tj ET\n");
            }
            let content = b.add(stream("", &c));
            let page = b.add(format!(
                "<< /Type /Page /Parent {root} 0 R /MediaBox [0 0 595 842] \
                 /Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> /Contents {content} 0 R >>"
            ));
            kids.push(page);
        }
        b.set_page_tree(catalog, root, &kids);
        if let Some(t) = title {
            let mut info = b"<< /Title ".to_vec();
            info.extend_from_slice(&winansi_string(t));
            info.extend_from_slice(b" >>");
            let id = b.add(info);
            b.trailer_extra = format!("/Info {id} 0 R");
        }
        b.build(Xref::Correct)
    }
}

/// A PDF literal string in WinAnsi (cp1252) bytes.
pub fn winansi_string(text: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in text.chars() {
        let byte: u8 = match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                c as u8
            }
            '–' => 0x96,
            '—' => 0x97,
            '•' => 0x95,
            '’' => 0x92,
            '”' => 0x94,
            '“' => 0x93,
            c if (c as u32) < 0x100 => c as u32 as u8,
            _ => b'?',
        };
        out.push(byte);
    }
    out.push(b')');
    out
}

// ---------------------------------------------------------------------------------------
// What a generated protocol must give

/// The expected record of one paragraph.
#[derive(Debug, Clone)]
pub struct WantParagraph {
    pub number: u32,
    pub label: &'static str,
    pub title: &'static str,
    pub diary: Option<&'static str>,
    pub decisions: Vec<&'static str>,
    pub basis: Vec<&'static str>,
    pub reservations: usize,
}

/// A generated protocol and what it must give.
#[derive(Debug, Clone)]
pub struct Generated {
    pub name: &'static str,
    pub pdf: Vec<u8>,
    pub body: Option<&'static str>,
    pub date: &'static str,
    pub time: Option<&'static str>,
    pub place: Option<&'static str>,
    pub chair: Option<&'static str>,
    pub secretary: Option<&'static str>,
    pub adjusters: Vec<&'static str>,
    pub attendees: Vec<&'static str>,
    pub paragraphs: Vec<WantParagraph>,
}

fn wp(number: u32, label: &'static str, title: &'static str) -> WantParagraph {
    WantParagraph {
        number,
        label,
        title,
        diary: None,
        decisions: Vec::new(),
        basis: Vec::new(),
        reservations: 0,
    }
}

/// Ciceron: header table, "§ 45 Title" bold, "Dnr KS 2021/45" below it.
pub fn ciceron() -> Generated {
    let mut s = Sheet::new();
    s.line("Kommunstyrelsen", 16.0, true);
    s.line("Sammanträdesprotokoll", 12.0, false);
    s.gap(10.0);
    let l = 72.0;
    let v = 220.0;
    s.row(
        &[
            (l, "Plats och tid"),
            (v, "Kommunhuset, Sessionssalen, kl. 13.00–15.30"),
        ],
        10.0,
        false,
    );
    s.row(&[(l, "Sammanträdesdatum"), (v, "2021-03-15")], 10.0, false);
    s.row(
        &[(l, "Beslutande"), (v, "Eva Lind (S), ordförande")],
        10.0,
        false,
    );
    s.row(&[(v, "Per Holm (M)")], 10.0, false);
    s.row(&[(v, "Sara Nyberg (C)")], 10.0, false);
    s.row(&[(l, "Utses att justera"), (v, "Per Holm")], 10.0, false);
    s.row(
        &[
            (l, "Justeringens plats och tid"),
            (v, "Kommunhuset 2021-03-18"),
        ],
        10.0,
        false,
    );
    s.row(&[(l, "Sekreterare"), (v, "Maria Ek")], 10.0, false);
    s.row(&[(l, "Ordförande"), (v, "Eva Lind")], 10.0, false);
    s.row(&[(l, "Justerande"), (v, "Per Holm")], 10.0, false);
    s.page_break();
    let paras: [(&str, &str, &str); 3] = [
        ("45", "Detaljplan för Norra hamnen", "KS 2021/45"),
        ("46", "Budgetuppföljning februari 2021", "KS 2021/12"),
        ("47", "Motion om fler cykelbanor", "KS 2020/310"),
    ];
    for (n, title, dnr) in paras {
        s.row(&[(72.0, &format!("§ {n}")), (110.0, title)], 12.0, true);
        s.row(&[(110.0, &format!("Dnr {dnr}"))], 10.0, false);
        s.gap(6.0);
        s.row(&[(110.0, "Sammanfattning")], 10.0, true);
        s.para(
            "Stadsbyggnadskontoret har tagit fram ett underlag. Ärendet har beretts av arbetsutskottet som föreslår att ärendet godkänns.",
            110.0,
            80,
        );
        s.row(&[(110.0, "Beslutsunderlag")], 10.0, true);
        s.row(&[(110.0, "- Tjänsteskrivelse 2021-02-20")], 10.0, false);
        s.row(
            &[(110.0, "- Arbetsutskottets protokoll 2021-03-01")],
            10.0,
            false,
        );
        s.row(&[(110.0, "Kommunstyrelsens beslut")], 10.0, true);
        s.row(&[(110.0, "Kommunstyrelsen beslutar")], 10.0, false);
        s.row(&[(110.0, "att godkänna förslaget,")], 10.0, false);
        s.row(
            &[(
                110.0,
                "att ge kommundirektören i uppdrag att verkställa beslutet.",
            )],
            10.0,
            false,
        );
        s.gap(12.0);
    }
    let mut paragraphs = Vec::new();
    for (n, title, dnr) in paras {
        let mut p = wp(n.parse().unwrap(), "", title);
        p.diary = Some(dnr);
        p.decisions = vec![
            "att godkänna förslaget",
            "att ge kommundirektören i uppdrag att verkställa beslutet.",
        ];
        p.basis = vec![
            "Tjänsteskrivelse 2021-02-20",
            "Arbetsutskottets protokoll 2021-03-01",
        ];
        paragraphs.push(p);
    }
    paragraphs[0].label = "§ 45";
    paragraphs[1].label = "§ 46";
    paragraphs[2].label = "§ 47";
    Generated {
        name: "ciceron",
        pdf: s.pdf(None),
        body: Some("Kommunstyrelsen"),
        date: "2021-03-15",
        time: Some("13.00–15.30"),
        place: None,
        chair: Some("Eva Lind"),
        secretary: Some("Maria Ek"),
        adjusters: vec!["Per Holm"],
        attendees: vec!["Eva Lind", "Per Holm", "Sara Nyberg"],
        paragraphs,
    }
}

/// Platina: "§ 12   Dnr 2020/123" on one line, the bold title below; numbered decisions.
pub fn platina() -> Generated {
    let mut s = Sheet::new();
    s.line("PROTOKOLL", 14.0, true);
    s.line("Barn- och utbildningsnämnden", 12.0, true);
    s.gap(8.0);
    s.row(
        &[
            (72.0, "Sammanträdestid"),
            (220.0, "2022-05-10 kl. 09:00-11:45"),
        ],
        10.0,
        false,
    );
    s.row(
        &[(72.0, "Plats"), (220.0, "Stadshuset, rum 301")],
        10.0,
        false,
    );
    s.row(
        &[
            (72.0, "Beslutande ledamöter"),
            (
                220.0,
                "Jonas Berg (S) (Ordförande), Lina Sjö (L), Omar Ali (V)",
            ),
        ],
        10.0,
        false,
    );
    s.row(
        &[
            (72.0, "Övriga närvarande"),
            (220.0, "Karin Wik (Sekreterare)"),
        ],
        10.0,
        false,
    );
    s.row(&[(72.0, "Justerare"), (220.0, "Lina Sjö")], 10.0, false);
    s.gap(20.0);
    let paras: [(u32, &str, &str); 4] = [
        (12, "BUN 2022/40", "Val av justerare"),
        (13, "BUN 2022/41", "Skolskjuts till friskolor"),
        (
            14,
            "BUN 2022/17",
            "Lokalförsörjningsplan för grundskolan 2023–2030",
        ),
        (15, "BUN 2022/44", "Delegationsbeslut"),
    ];
    for (n, dnr, title) in paras {
        s.row(
            &[(72.0, &format!("§ {n}")), (400.0, &format!("Dnr {dnr}"))],
            11.0,
            true,
        );
        s.line(title, 12.0, true);
        s.row(&[(72.0, "Förslag till beslut")], 10.0, true);
        s.para(
            "Förvaltningen föreslår att nämnden godkänner förslaget.",
            72.0,
            90,
        );
        s.row(&[(72.0, "Beslut")], 10.0, true);
        s.line("1. Nämnden godkänner förslaget.", 10.0, false);
        s.line(
            "2. Beslutet gäller från och med den 1 juli 2022.",
            10.0,
            false,
        );
        if n == 13 {
            s.row(&[(72.0, "Reservation")], 10.0, true);
            s.line("Omar Ali (V) reserverar sig mot beslutet.", 10.0, false);
        }
        s.gap(12.0);
    }
    let mut paragraphs = Vec::new();
    for (n, dnr, title) in paras {
        let mut p = wp(n, "", title);
        p.diary = Some(dnr);
        p.decisions = vec![
            "Nämnden godkänner förslaget.",
            "Beslutet gäller från och med den 1 juli 2022.",
        ];
        p.reservations = usize::from(n == 13);
        paragraphs.push(p);
    }
    for (p, l) in paragraphs.iter_mut().zip(["§ 12", "§ 13", "§ 14", "§ 15"]) {
        p.label = l;
    }
    Generated {
        name: "platina",
        pdf: s.pdf(Some("Protokoll Barn- och utbildningsnämnden 2022-05-10")),
        body: Some("Barn- och utbildningsnämnden"),
        date: "2022-05-10",
        time: Some("09:00-11:45"),
        place: Some("Stadshuset, rum 301"),
        chair: Some("Jonas Berg"),
        secretary: Some("Karin Wik"),
        adjusters: vec!["Lina Sjö"],
        attendees: vec!["Jonas Berg", "Lina Sjö", "Omar Ali", "Karin Wik"],
        paragraphs,
    }
}

/// Meetings Plus: "KS § 110" headings with the diary number on the heading line.
pub fn meetings_plus() -> Generated {
    let mut s = Sheet::new();
    s.line("Protokoll", 14.0, true);
    s.line("Kommunstyrelsen", 12.0, false);
    s.labels(
        200.0,
        &[
            ("Tid", "2013-06-03 kl. 14.00–16.00"),
            ("Plats", "Kommunhuset"),
            ("Ordförande", "Gun Åkesson"),
            ("Sekreterare", "Lars Öhman"),
            ("Justerare", "Ali Demir och Eva Ström"),
        ],
    );
    s.gap(16.0);
    let paras: [(u32, &str, &str); 3] = [
        (110, "Årsredovisning 2012", "KS 2013/375"),
        (111, "Taxa för bygglov", "KS 2013/201"),
        (112, "Medborgarförslag om utegym", "KS 2013/99"),
    ];
    for (n, title, dnr) in paras {
        s.row(
            &[(72.0, &format!("KS § {n}")), (140.0, title), (420.0, dnr)],
            11.0,
            true,
        );
        s.row(&[(72.0, "Ärendebeskrivning")], 10.0, true);
        s.para(
            "Ekonomiavdelningen har upprättat ett förslag. Se även Kf § 12/2013.",
            72.0,
            90,
        );
        s.row(&[(72.0, "Handlingar")], 10.0, true);
        s.line("Tjänsteskrivelse", 10.0, false);
        s.row(&[(72.0, "Beslut")], 10.0, true);
        s.line(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslaget.",
            10.0,
            false,
        );
        s.gap(10.0);
    }
    let mut paragraphs = Vec::new();
    for ((n, title, dnr), l) in paras.into_iter().zip(["KS § 110", "KS § 111", "KS § 112"]) {
        let mut p = wp(n, l, title);
        p.diary = Some(dnr);
        p.decisions = vec!["Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslaget."];
        p.basis = vec!["Tjänsteskrivelse"];
        paragraphs.push(p);
    }
    Generated {
        name: "meetings-plus",
        pdf: s.pdf(None),
        body: Some("Kommunstyrelsen"),
        date: "2013-06-03",
        time: Some("14.00–16.00"),
        place: Some("Kommunhuset"),
        chair: Some("Gun Åkesson"),
        secretary: Some("Lars Öhman"),
        adjusters: vec!["Ali Demir", "Eva Ström"],
        attendees: vec![],
        paragraphs,
    }
}

/// Evolution: inserted paragraphs "§ 3a" and "§ 3 b", a date in words.
pub fn evolution() -> Generated {
    let mut s = Sheet::new();
    s.line("Sammanträdesprotokoll", 14.0, true);
    s.line("Miljö- och byggnadsnämnden", 12.0, true);
    s.labels(
        220.0,
        &[
            ("Sammanträdesdatum", "14 september 2023"),
            ("Plats", "Folkets hus"),
            ("Ordförande", "Nils Persson"),
            ("Sekreterare", "Elin Borg"),
            ("Justerare", "Hanna Lund"),
        ],
    );
    s.gap(14.0);
    let heads = ["§ 3", "§ 3a", "§ 3 b", "§ 4."];
    let titles = [
        "Tillsynsplan 2024",
        "Yttrande över vattenplan",
        "Strandskyddsdispens för brygga",
        "Anmälan av delegationsbeslut",
    ];
    for (h, t) in heads.iter().zip(titles) {
        s.row(&[(72.0, h), (130.0, t)], 11.0, true);
        s.para(
            "Nämnden har tagit del av ärendet och förvaltningens yttrande.",
            72.0,
            90,
        );
        s.row(&[(72.0, "Beslut")], 10.0, true);
        s.line(
            "Miljö- och byggnadsnämnden beslutar att godkänna yttrandet.",
            10.0,
            false,
        );
        s.gap(8.0);
    }
    let labels = ["§ 3", "§ 3a", "§ 3b", "§ 4"];
    let numbers = [3, 3, 3, 4];
    let paragraphs = labels
        .iter()
        .zip(titles)
        .zip(numbers)
        .map(|((l, t), n)| {
            let mut p = wp(n, l, t);
            p.decisions = vec!["Miljö- och byggnadsnämnden beslutar att godkänna yttrandet."];
            p
        })
        .collect();
    Generated {
        name: "evolution",
        pdf: s.pdf(None),
        body: Some("Miljö- och byggnadsnämnden"),
        date: "2023-09-14",
        time: None,
        place: Some("Folkets hus"),
        chair: Some("Nils Persson"),
        secretary: Some("Elin Borg"),
        adjusters: vec!["Hanna Lund"],
        attendees: vec![],
        paragraphs,
    }
}

/// Board minutes from a Word template: numbered items, the signatures at the end.
pub fn board_minutes() -> Generated {
    let mut s = Sheet::new();
    s.line(
        "Protokoll fört vid styrelsemöte i Föreningen Grönskan",
        13.0,
        true,
    );
    s.line("Datum: 2024-02-20", 10.0, false);
    s.line("Plats: Föreningslokalen", 10.0, false);
    s.line(
        "Närvarande: Anna Holm, Björn Dahl, Cecilia Strand, David Ek",
        10.0,
        false,
    );
    s.gap(10.0);
    let items = [
        ("Mötet öppnades", "Ordföranden Anna Holm öppnade mötet."),
        ("Val av justerare", "Till justerare valdes Björn Dahl."),
        ("Godkännande av dagordningen", "Dagordningen godkändes."),
        ("Ekonomisk rapport", "Kassören redogjorde för ekonomin. Styrelsen beslutade att lägga rapporten till handlingarna."),
        ("Övriga frågor", "Inga övriga frågor."),
        ("Mötet avslutades", "Ordföranden tackade för visat intresse."),
    ];
    for (k, (t, body)) in items.iter().enumerate() {
        s.line(&format!("{}. {t}", k + 1), 11.0, true);
        s.para(body, 90.0, 90);
    }
    s.gap(20.0);
    s.line("Vid protokollet", 10.0, false);
    s.line("Cecilia Strand", 10.0, false);
    s.line("Justeras", 10.0, false);
    s.row(&[(72.0, "Anna Holm"), (300.0, "Björn Dahl")], 10.0, false);
    let paragraphs = items
        .iter()
        .enumerate()
        .map(|(k, (t, _))| wp(k as u32 + 1, ["1", "2", "3", "4", "5", "6"][k], t))
        .collect();
    Generated {
        name: "board-minutes",
        pdf: s.pdf(None),
        body: None,
        date: "2024-02-20",
        time: None,
        place: Some("Föreningslokalen"),
        chair: None,
        secretary: Some("Cecilia Strand"),
        adjusters: vec!["Anna Holm", "Björn Dahl"],
        attendees: vec!["Anna Holm", "Björn Dahl", "Cecilia Strand", "David Ek"],
        paragraphs,
    }
}

/// Central-bank minutes: "§1. Title", "§3a.", decisions as bullets after "beslutade".
pub fn bank_minutes() -> Generated {
    let mut s = Sheet::new();
    s.line("PROTOKOLL", 14.0, true);
    s.line("Direktionens sammanträde den 5 mars 2019", 11.0, false);
    s.line(
        "Närvarande från direktionen: Stefan Ingves, Kerstin af Jochnick, Martin Flodén",
        10.0,
        false,
    );
    s.gap(10.0);
    let heads = [
        ("§1.", 1, "§ 1", "Den ekonomiska utvecklingen"),
        ("§2.", 2, "§ 2", "Penningpolitiska beslut"),
        ("§3a.", 3, "§ 3a", "Räntebeslut"),
        ("§ 3b.", 3, "§ 3b", "Valutareserven"),
    ];
    for (h, _, _, t) in heads {
        s.row(&[(72.0, h), (105.0, t)], 11.0, true);
        s.para(
            "Direktionen diskuterade läget i ekonomin och riskerna framöver.",
            72.0,
            90,
        );
        s.line("Direktionen beslutade", 10.0, false);
        s.line("• att höja reporäntan till 0,25 procent,", 10.0, false);
        s.line("• att beslutet offentliggörs den 6 mars 2019.", 10.0, false);
        s.gap(8.0);
    }
    s.line("Vid protokollet", 10.0, false);
    s.line("Ann-Leena Mikiver", 10.0, false);
    s.line("Justeras", 10.0, false);
    s.line("Stefan Ingves", 10.0, false);
    s.line("Kerstin af Jochnick", 10.0, false);
    let paragraphs = heads
        .iter()
        .map(|(_, n, l, t)| {
            let mut p = wp(*n, l, t);
            // A bullet's list comma is no part of its decision.
            p.decisions = vec![
                "att höja reporäntan till 0,25 procent",
                "att beslutet offentliggörs den 6 mars 2019.",
            ];
            p
        })
        .collect();
    Generated {
        name: "bank-minutes",
        pdf: s.pdf(None),
        body: None,
        date: "2019-03-05",
        time: None,
        place: None,
        chair: None,
        secretary: Some("Ann-Leena Mikiver"),
        adjusters: vec!["Stefan Ingves", "Kerstin af Jochnick"],
        attendees: vec!["Stefan Ingves", "Kerstin af Jochnick", "Martin Flodén"],
        paragraphs,
    }
}

/// "Ärende N" headings.
pub fn arende() -> Generated {
    let mut s = Sheet::new();
    s.line("Protokoll från sammanträde med Socialnämnden", 13.0, true);
    s.labels(
        220.0,
        &[
            ("Sammanträdesdatum", "2020-11-24"),
            ("Ordförande", "Ulla Berg"),
            ("Sekreterare", "Jan Ek"),
        ],
    );
    s.gap(12.0);
    let titles = [
        "Informationsärenden",
        "Internkontrollplan 2021",
        "Riktlinjer för ekonomiskt bistånd",
    ];
    for (k, t) in titles.iter().enumerate() {
        s.row(
            &[(72.0, &format!("Ärende {}", k + 5)), (150.0, t)],
            11.0,
            true,
        );
        s.para(
            "Socialnämnden beslutar att godkänna förvaltningens förslag.",
            72.0,
            90,
        );
        s.gap(6.0);
    }
    let paragraphs = titles
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let mut p = wp(k as u32 + 5, ["Ärende 5", "Ärende 6", "Ärende 7"][k], t);
            p.decisions = vec!["Socialnämnden beslutar att godkänna förvaltningens förslag."];
            p
        })
        .collect();
    Generated {
        name: "arende",
        pdf: s.pdf(None),
        body: Some("Socialnämnden"),
        date: "2020-11-24",
        time: None,
        place: None,
        chair: Some("Ulla Berg"),
        secretary: Some("Jan Ek"),
        adjusters: vec![],
        attendees: vec![],
        paragraphs,
    }
}

/// Every protocol shape.
pub fn protocols() -> Vec<Generated> {
    vec![
        ciceron(),
        platina(),
        meetings_plus(),
        evolution(),
        board_minutes(),
        bank_minutes(),
        arende(),
    ]
}

// ---------------------------------------------------------------------------------------
// Action plans and numbered lists that are not actions

/// An action plan: theme headings "1 Energi" and a table per theme with the columns
/// Nr / Åtgärd / Ansvarig / Tidsplan / Kostnad / Status; numbers "1.1" … "2.10".
/// Returns the PDF and the expected (number, title, responsible, timeline, cost).
#[allow(clippy::type_complexity)]
pub fn action_plan() -> (Vec<u8>, Vec<(String, String, String, String, String)>) {
    let mut s = Sheet::new();
    s.line("Energi- och klimatplan 2024–2030", 18.0, true);
    s.para(
        "Planen beskriver kommunens mål och hur de ska nås. Den antogs av kommunfullmäktige.",
        72.0,
        90,
    );
    s.gap(10.0);
    s.line("Handlingsplan", 14.0, true);
    let themes: [(&str, usize); 2] = [("Energieffektivisering", 4), ("Hållbara transporter", 10)];
    let verbs = [
        "Inventera",
        "Byt",
        "Inför",
        "Utred",
        "Ta fram",
        "Installera",
        "Utbilda",
        "Samordna",
        "Planera",
        "Genomför",
    ];
    let objects = [
        "belysningen i kommunens lokaler",
        "oljepannor mot fjärrvärme",
        "energiuppföljning per byggnad",
        "solceller på skolornas tak",
        "en plan för laddinfrastruktur",
        "cykelparkeringar vid stationer",
        "förare i sparsam körning",
        "varutransporter till förvaltningarna",
        "nya gång- och cykelvägar",
        "en kampanj för kollektivtrafik",
    ];
    let who = [
        "Tekniska förvaltningen",
        "Kommunstyrelsen",
        "Miljöförvaltningen",
        "Fastighetsbolaget",
    ];
    let mut want = Vec::new();
    let (cn, ca, cr, ct, cc, cs) = (60.0, 110.0, 300.0, 420.0, 480.0, 530.0);
    for (t, (theme, n)) in themes.iter().enumerate() {
        s.gap(8.0);
        s.line(&format!("{} {theme}", t + 1), 13.0, true);
        s.row(
            &[
                (cn, "Nr"),
                (ca, "Åtgärd"),
                (cr, "Ansvarig"),
                (ct, "Tidsplan"),
                (cc, "Kostnad"),
                (cs, "Status"),
            ],
            9.0,
            true,
        );
        let title_of = |k: usize| {
            format!(
                "{} {}",
                verbs[k % verbs.len()],
                objects[(k + t) % objects.len()]
            )
        };
        let mut k = 0;
        while k < *n {
            let number = format!("{}.{}", t + 1, k + 1);
            let title = title_of(k);
            let resp = who[(k + t) % who.len()];
            let year = format!("{}", 2024 + (k % 4));
            let cost = format!("{} tkr", 50 * (k + 1));
            // Two actions merged into one row (a table drawn by hand): in the first theme
            // the action cell runs on into the next action ("… 1.3 Inför …"), in the
            // second the number cell holds both numbers and the action cell two sentences.
            if k == 1 || k == 4 {
                let next = format!("{}.{}", t + 1, k + 2);
                let (number_cell, first_line, second_line, titles) = if t == 0 {
                    (
                        number.clone(),
                        format!("{title} {next}"),
                        title_of(k + 1),
                        [title.clone(), title_of(k + 1)],
                    )
                } else {
                    (
                        format!("{number}, {next}"),
                        format!("{title}."),
                        format!("{}.", title_of(k + 1)),
                        [format!("{title}."), format!("{}.", title_of(k + 1))],
                    )
                };
                s.row(
                    &[
                        (cn, &number_cell),
                        (ca, &first_line),
                        (cr, resp),
                        (ct, &year),
                        (cc, &cost),
                        (cs, "Pågår"),
                    ],
                    9.0,
                    false,
                );
                s.row(&[(ca, &second_line)], 9.0, false);
                for (num, title) in [number, next].into_iter().zip(titles) {
                    want.push((num, title, resp.to_string(), year.clone(), cost.clone()));
                }
                k += 2;
                continue;
            }
            k += 1;
            s.row(
                &[
                    (cn, &number),
                    (ca, &title),
                    (cr, resp),
                    (ct, &year),
                    (cc, &cost),
                    (cs, "Pågår"),
                ],
                9.0,
                false,
            );
            want.push((number, title, resp.to_string(), year, cost));
        }
    }
    (s.pdf(None), want)
}

/// Documents whose numbered lists are not actions: (name, pdf).
pub fn not_actions() -> Vec<(&'static str, Vec<u8>)> {
    let mut out = Vec::new();

    let mut s = Sheet::new();
    s.line("Stadgar för Föreningen Klimatnätet", 16.0, true);
    s.line("§ 1 Ändamål", 12.0, true);
    s.para(
        "Föreningen har till ändamål att främja samarbete i klimatfrågor.",
        72.0,
        90,
    );
    s.line("§ 2 Medlemskap", 12.0, true);
    s.numbered(
        &[
            "Medlem är den som betalat årsavgift.",
            "Styrelsen beslutar om nya medlemmar.",
            "Medlem som motverkar föreningens ändamål kan uteslutas.",
            "Utträde sker skriftligen till styrelsen.",
        ],
        10.0,
        false,
    );
    s.line("§ 3 Årsmöte", 12.0, true);
    s.para("Vid årsmötet ska följande ärenden behandlas:", 72.0, 90);
    s.numbered(
        &[
            "Val av ordförande för mötet",
            "Val av justerare",
            "Styrelsens verksamhetsberättelse",
            "Revisorernas berättelse",
            "Fastställande av årsavgift",
        ],
        10.0,
        false,
    );
    out.push(("statutes", s.pdf(None)));

    let mut s = Sheet::new();
    s.line("Kallelse till kommunfullmäktige", 16.0, true);
    s.line("Dagordning", 13.0, true);
    s.numbered(
        &[
            "Upprop",
            "Val av justerare",
            "Godkännande av dagordning",
            "Årsredovisning 2023",
            "Motioner",
            "Interpellationer",
            "Avslutning",
        ],
        11.0,
        true,
    );
    out.push(("agenda", s.pdf(None)));

    let mut s = Sheet::new();
    s.line("Regional utvecklingsstrategi", 16.0, true);
    s.line("Våra mål till 2030", 13.0, true);
    for (k, t) in [
        "Alla barn ska ha en god start i livet.",
        "Arbetslösheten ska halveras.",
        "Utsläppen ska minska med 70 procent.",
        "Fler ska vilja bo i regionen.",
    ]
    .iter()
    .enumerate()
    {
        s.line(&format!("{}. {t}", k + 1), 12.0, true);
        s.para(
            "Målet följs upp årligen med indikatorer från SCB.",
            90.0,
            90,
        );
    }
    out.push(("goals", s.pdf(None)));

    let mut s = Sheet::new();
    s.line("Motion om fler laddplatser", 16.0, true);
    s.para("Elbilarna blir fler men laddplatserna är få. Jag föreslår därför kommunfullmäktige besluta", 72.0, 90);
    s.numbered(
        &[
            "Att kommunen tar fram en plan för laddplatser.",
            "Att planen redovisas före årets slut.",
            "Att kommunens bolag bjuds in till arbetet.",
        ],
        10.0,
        false,
    );
    s.line("Malmö den 3 maj 2022", 10.0, false);
    out.push(("motion", s.pdf(None)));

    // A judgment: its reasoning speaks of "åtgärderna" in short sentences, and its
    // numbered decision points follow the heading "Domslut".
    let mut s = Sheet::new();
    s.line("Dom 2013-06-19", 16.0, true);
    s.line("Domskäl", 12.0, true);
    s.para(
        "Arbetsgivaren begärde intyg och utdelade en varning. Åtgärderna hade samband med ledigheten. \
         Båda åtgärderna var ingripande. Domstolen finner att arbetsgivaren brutit mot lagen.",
        72.0,
        90,
    );
    s.line("Domslut", 12.0, true);
    s.numbered(&[
        "Med ändring av tingsrättens domslut förpliktar domstolen bolaget att betala skadestånd.",
        "Domstolen fastställer tingsrättens domslut i övrigt.",
        "Domstolen fastställer ersättningen till det offentliga biträdet.",
        "Bolaget ska ersätta motpartens rättegångskostnader.",
    ], 10.0, false);
    out.push(("judgment", s.pdf(None)));

    out
}

/// An energy plan whose actions are a plain numbered list under a numbered chapter heading,
/// introduced by a sentence that wraps over two lines and names them ("… ett antal
/// åtgärder:"): (pdf, [(number, title)], the chapter heading the actions stand under).
pub fn introduced_list() -> (Vec<u8>, Vec<(String, String)>, String) {
    let mut s = Sheet::new();
    s.line("Energi- och klimatplan 2024", 16.0, true);
    s.line("6. Strategi – Byggnader", 12.0, true);
    s.para(
        "Kommunens lokaler värms i dag till största delen med fjärrvärme. Energianvändningen har \
         minskat sedan 2010 men kan minska mer.",
        72.0,
        90,
    );
    s.line("7. Strategi – Transporter", 12.0, true);
    s.row(
        &[(
            72.0,
            "För att minska utsläppen från transporter bör kommunen fokusera",
        )],
        10.0,
        false,
    );
    s.row(&[(72.0, "på ett antal åtgärder:")], 10.0, false);
    s.gap(6.0);
    let titles = [
        "Nya fordon som köps in av kommunen ska vara miljöfordon.",
        "En resepolicy som tar hänsyn till klimatet ska tas fram.",
        "Upphandling av resor ska följa de nationella kriterierna.",
        "Resfria möten ska användas oftare.",
        "Informera samtliga förvaltningar om vad som gäller.",
        "Utred om resor inom kommunen kan samordnas.",
    ];
    let mut want = Vec::new();
    for (k, t) in titles.iter().enumerate() {
        s.line(&format!("{}. {t}", k + 1), 10.0, false);
        s.gap(6.0);
        want.push(((k + 1).to_string(), (*t).to_string()));
    }
    s.line("8. Uppföljning", 12.0, true);
    s.para(
        "Planen följs upp vartannat år av kommunstyrelsen.",
        72.0,
        90,
    );
    (s.pdf(None), want, "Strategi – Transporter".to_string())
}

/// Running text of about `words` words, varied sentence by sentence.
/// A table of contents with dot leaders ("1 Inledning ..... 1", "2 Bakgrund ..... 1" and
/// `rest`), then the chapters 1 and 2 of filler text on a page of their own.
fn toc_and_two_chapters(s: &mut Sheet, rest: [(&str, u32); 2]) {
    s.line("Innehåll", 14.0, true);
    for (t, p) in [("1 Inledning", 1), ("2 Bakgrund", 1)]
        .into_iter()
        .chain(rest)
    {
        s.line(&format!("{t} {} {p}", ".".repeat(60)), 10.0, false);
    }
    s.page_break();
    s.line("1 Inledning", 12.0, true);
    s.para(&filler(220), 72.0, 90);
    s.line("2 Bakgrund", 12.0, true);
    s.para(&filler(260), 72.0, 90);
    s.page_break();
}

fn filler(words: usize) -> String {
    let sentences = [
        "Kommunen har under de senaste åren arbetat med frågan i flera förvaltningar.",
        "Arbetet har följts upp i nämnderna och redovisats för kommunstyrelsen.",
        "Invånarna har getts möjlighet att lämna synpunkter vid öppna möten.",
        "Resultaten varierar mellan kommunens olika delar och verksamheter.",
        "Samverkan med regionen och grannkommunerna har utvecklats över tid.",
        "Underlaget bygger på statistik från de senaste fem åren.",
    ];
    let mut out = String::new();
    let mut n = 0;
    let mut k = 0;
    while n < words {
        let t = sentences[k % sentences.len()];
        n += t.split_whitespace().count();
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
        k += 1;
    }
    out
}

/// Reports with a table of contents (a cover page first, so printed page = physical − 1):
/// (name, pdf, wanted (number, title) actions). The table of contents either names the
/// section of a numbered list as actions ("Åtgärder ..... 3", or right-aligned "3.2
/// Insatser under året 4") while the heading on the page is run into its paragraph and set
/// like running text, or it names another section as actions (the list is a list of goals),
/// or its own entries are numbered ("1. Inledning ..... 2") and no list of actions follows.
/// A generated report: (name, pdf, wanted (number, title) actions).
pub type TocReport = (&'static str, Vec<u8>, Vec<(String, String)>);

pub fn toc_reports() -> Vec<TocReport> {
    let items = [
        "Kommunens personbilar byts till elbilar när avtalen löper ut.",
        "Laddplatser byggs vid kommunens förvaltningsbyggnader.",
        "Resepolicyn ses över tillsammans med de fackliga organisationerna.",
        "Cykelparkeringen vid stationen byggs ut med tak och lås.",
    ];
    let goals = [
        "Utsläppen från transporter halveras till 2030.",
        "Alla skolor nås med säker cykelväg.",
        "Andelen resor med kollektivtrafik ökar varje år.",
    ];
    let want: Vec<(String, String)> = items
        .iter()
        .enumerate()
        .map(|(k, t)| ((k + 1).to_string(), (*t).to_string()))
        .collect();
    let numbered = |s: &mut Sheet, list: &[&str]| {
        for (k, t) in list.iter().enumerate() {
            s.line(&format!("{}. {t}", k + 1), 10.0, false);
            s.gap(4.0);
        }
    };
    let cover = |title: &str| {
        let mut s = Sheet::new();
        s.line(title, 20.0, true);
        s.line("Antagen av kommunfullmäktige 2024-03-18", 11.0, false);
        s.page_break();
        s
    };
    let mut out = Vec::new();

    // Dot leaders; the list stands in "3 Åtgärder", whose heading is run in.
    let mut s = cover("Trafikstrategi för Ekby kommun");
    toc_and_two_chapters(&mut s, [("3 Åtgärder", 2), ("4 Uppföljning", 3)]);
    s.para(
        "Åtgärder. Under planperioden genomför kommunen det som följer nedan, i den ordning \
         som budgeten tillåter.",
        72.0,
        90,
    );
    numbered(&mut s, &items);
    s.para(&filler(120), 72.0, 90);
    s.page_break();
    s.line("4 Uppföljning", 12.0, true);
    s.para(&filler(80), 72.0, 90);
    out.push(("toc-leaders", s.pdf(None), want.clone()));

    // Right-aligned page numbers and section numbers "3.2"; the list in "3.2 Insatser under
    // året", run in as well.
    let mut s = cover("Handlingsprogram för trafiksäkerhet");
    s.line("Innehåll", 14.0, true);
    for (t, p) in [
        ("1 Inledning", "1"),
        ("2 Nuläge", "1"),
        ("3 Arbetet framåt", "2"),
        ("3.1 Ansvar", "2"),
        ("3.2 Insatser under året", "2"),
        ("4 Uppföljning", "3"),
    ] {
        s.row(&[(72.0, t), (520.0, p)], 10.0, false);
    }
    s.page_break();
    s.line("1 Inledning", 12.0, true);
    s.para(&filler(220), 72.0, 90);
    s.line("2 Nuläge", 12.0, true);
    s.para(&filler(260), 72.0, 90);
    s.page_break();
    s.line("3 Arbetet framåt", 12.0, true);
    s.para(&filler(60), 72.0, 90);
    s.para(
        "3.1 Ansvar. Samhällsbyggnadsnämnden leder arbetet och rapporterar varje år.",
        72.0,
        90,
    );
    s.para(
        "3.2 Insatser under året. Kommunen genomför det som följer nedan, i den ordning som \
         budgeten tillåter.",
        72.0,
        90,
    );
    numbered(&mut s, &items);
    s.page_break();
    s.line("4 Uppföljning", 12.0, true);
    s.para(&filler(80), 72.0, 90);
    out.push(("toc-right-aligned", s.pdf(None), want));

    // The table of contents names "4 Åtgärder", but the numbered list stands in "3 Mål".
    let mut s = cover("Klimatstrategi för Ekby kommun");
    toc_and_two_chapters(&mut s, [("3 Mål", 2), ("4 Åtgärder", 3)]);
    s.para(
        "Mål. Kommunfullmäktige har antagit de mål som följer nedan för hela kommunen och \
         dess bolag.",
        72.0,
        90,
    );
    numbered(&mut s, &goals);
    s.page_break();
    s.para(
        "Åtgärder. Förvaltningarna tar fram sina egna planer under året och redovisar dem \
         till kommunstyrelsen.",
        72.0,
        90,
    );
    s.para(&filler(80), 72.0, 90);
    out.push(("toc-goals", s.pdf(None), Vec::new()));

    // A numbered table of contents ("1. Inledning ..... 2"), an "Åtgärder" chapter of prose
    // and no numbered list of actions.
    let mut s = cover("Lokalförsörjningsplan 2025");
    s.line("Innehåll", 14.0, true);
    let chapters = [
        "Inledning",
        "Lokalbehov",
        "Ekonomi",
        "Åtgärder",
        "Uppföljning",
    ];
    for (k, t) in chapters.iter().enumerate() {
        s.line(
            &format!("{}. {t} {} {}", k + 1, ".".repeat(50), k / 2 + 1),
            10.0,
            false,
        );
    }
    s.page_break();
    for (k, t) in chapters.iter().enumerate() {
        if k > 0 && k % 2 == 0 {
            s.page_break();
        }
        s.line(&format!("{}. {t}", k + 1), 12.0, true);
        s.para(&filler(150), 72.0, 90);
    }
    out.push(("toc-numbered", s.pdf(None), Vec::new()));
    out
}
