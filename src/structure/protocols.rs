//! Protocol paragraphs from any Swedish meeting system (Protokoll, Protokollsutdrag, board
//! minutes): body, date, time, place, §, title, diary numbers, people, decisions, basis
//! documents, reservations.
//!
//! A protocol opens with a header of label/value rows ("Sammanträdestid 2020-04-06 kl.
//! 15:00-15:25", "Plats …", "Utses att justera …", "Beslutande …") and has a signature block
//! ("Sekreterare …", "Ordförande …", "Justerande …", or at the end "Vid protokollet …
//! Justeras …" or "Underskrifter …"); both are read as text cut at the known labels, so it works whether the
//! extractor gives label and value on one line or on two (label/value pages are read row by
//! row, see `label_rows_first` in the parent module).
//!
//! Paragraphs start at "§ N" heads in any common form (`HEAD_RE`, the increasing run of
//! most weight: `in_order_with_text`), else at "Ärende N" / "Punkt N" (`CASE_RE`), else
//! at the numbered items of board minutes (`numbered_items`). The title runs to the diary
//! number, or follows it; section headings (`sections`) cut a paragraph's text; the
//! decisions are what "Beslut" says, else the sentence that decides (`decisions`); the basis
//! documents are the items after "Beslutsunderlag" (`items`).
//!
//! The header is the first page's running header (a meeting system's header table with
//! "SAMMANTRÄDESPROTOKOLL", the body and the date) followed by the text before the first
//! paragraph. Labels set as column heads ("Ordförande | Sekreterare | Justerare" over one
//! name each) get the k-th name each. Under a "Reservationer" heading each statement is an
//! entry of its own.
//!
//! The body that met is taken, in order, from a labelled row ("Nämnd", "Organ"), the document
//! title ("Protokollsutdrag, Kommunstyrelsen 2020-04-06"), the top of the first page, the body
//! a decision is proposed to ("… föreslår kommunstyrelsen besluta") or the subject of the first
//! decision ("Kommunfullmäktige beslutar …"). The rules for the particular forms (heads written
//! out, lettered att-satser, labels in two languages, decision headings naming the body, …)
//! are told where they are applied.

use std::sync::LazyLock;

use regex::Regex;

use super::references::find_diary_numbers;
use super::{capitalized, Stream};
use crate::ident::{is_diary_cue, DiaryNumber};
use crate::model::{ExtractedDoc, Protocol};

/// The labels of those present, in the order their names are listed (members, substitutes,
/// officials: "Tjänstemän | Hanna Vik, sekreterare").
const PRESENT_LABELS: &str = concat!(
    "Beslutande ledamöter|Beslutande|Närvarande ledamöter|Närvarande från direktionen|",
    "Närvarande|Ledamöter|Tjänstgörande ersättare|Ersättare|Övriga närvarande|",
    "Övriga deltagande|Tjänstemän|Tjänstepersoner|Present",
);

/// Header and signature labels, longest first where one is a prefix of another: the roles,
/// attendance ([`PRESENT_LABELS`], absence), the body as a
/// labelled row ("Nämnd | Miljö- och byggnadsnämnden", "Organ | …"), the adjustment, the
/// agenda or the list of items ("Ärendeförteckning") listed in the header (it ends the attendance list before it), a
/// page counter in the header ("Sida 2(7)") and the boxes in a page's footer (their values
/// are no field), and the same fields in minutes written in English (a company's board).
static HEADER_LABELS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels(concat!(
        "Vid protokollet|Protokollförare|Mötesordförande|Mötessekreterare|Justeras|Närvaro|",
        "Frånvarande|Sammanträdestid|Sammanträdesdatum|Sammanträdesplats|Tid och plats|",
        "Plats och tid|Plats|Nämnd|Organ|Utses att justera|",
        "Justeringsdatum|Justeringens plats och tid|Justeringen|Justering|Protokolljustering|",
        "Justeringspersoner|Justeringsperson|",
        "Protokollet omfattar|Dagordning|",
        "Föredragningslista|Ärendeförteckning|Underskrifter|Sekreterare|Ordförande|Justerande|",
        "Justerare|Datum|Tid|",
        "Sida|Justerandes signatur|Justerandes sign|Utdragsbestyrkande|",
        "Minutes taken by|Minutes checked by|Keeper of the minutes|Checked by|Approved by|",
        "Absent|Apologies|Date|Time|Place|Venue|",
        "Chairman|Chair|",
        "Secretary",
    ))
    .into_iter()
    .chain(labels(PRESENT_LABELS))
    .collect()
});

/// A table of labels written as one string, "|" between them, in order.
fn labels(table: &'static str) -> Vec<&'static str> {
    table.split('|').collect()
}

/// Headings inside a paragraph (the signature labels, [`SIGNATURE_LABELS`], are headings
/// too): a member's conflict of interest ("Jäv") and the vote, noted after or before the
/// decision; a diary number set as a labelled row of the paragraph ("Diarienummer | KS
/// 2022-0123"); notes to the party after an authority's decision, and how to appeal it.
static SECTION_LABELS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels(concat!(
        "Protokollsanteckningar|Protokollsanteckning|Handlingar|Underlag|",
        "Sammanfattning av ärendet|Sammanfattning av ärende|Sammanfattning|",
        "Beskrivning av ärendet|Ärendebeskrivning|Ärendet|Yrkanden|Yrkande|Beslutsgång|Jäv|",
        "Propositionsordning|Omröstningsresultat|Omröstning|Reservationer|Reservation|",
        "Särskilda yttranden|Särskilt yttrande|Beslutsunderlag|Förslag till beslut|Beslut|",
        "Expedieras till|Expedieras|Beslutet skickas till|Protokollet skickas till|",
        "Protokollsutdrag till|Skickas till|Diarienummer|Justerandes signatur|Utdragsbestyrkande|",
        "Upplysningar|Hur man överklagar|Överklagandehänvisning|Resolved|Resolution|Decision",
    ))
});

/// A pattern of this module's (written in the source, so it compiles).
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

static ISO_DATE_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"));
/// A date written day first with points ("12.3.2024"), as in Finland-Swedish minutes.
static DOTTED_DATE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([1-9]|[012]\d|3[01])\.([1-9]|0[1-9]|1[012])\.((?:19|20)\d\d)\b"));
/// A date in words, in Swedish or English ("3 mars 2021", "12 March 2024").
static SV_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let months = MONTHS.replace(' ', "|");
    re(&format!(
        r"(?i)\b(\d{{1,2}})\s+({months})\s+((?:19|20)\d\d)\b"
    ))
});
static TIME_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:kl\.?|klockan)\s*(\d{1,2}[:.]\d\d(?:\s*[-–]\s*\d{1,2}[:.]\d\d)?)"));
/// A time range written without "kl." ("13.30–16.00"), read only in a time field's value.
static TIME_RANGE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2}[:.]\d\d\s*[-–]\s*\d{1,2}[:.]\d\d)\b"));
static BODY_IN_TITLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:protokoll\w*)[,:\s–-]+(\p{Lu}\p{L}*(?:-\s+(?:och|&)\s+\p{Ll}+|-\p{L}+)?(?:\s+\p{Ll}*(?:utskott|nämnd)\p{Ll}*)?)",
    )
});
static PROPOSED_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"föreslår\s+(\p{L}+(?:\s+\p{Ll}*(?:utskott|nämnd)\p{Ll}*)?)\s+(?:att\s+)?besluta")
});
/// A weekday at the end of a place ("…, onsdagen den"), before the date that follows it.
static WEEKDAY_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i),?\s*(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?:\s+den)?\s*$")
});
/// The place after the time in a sentence: "kl. 18.00–20.30 i Ekbyskolans aula.".
static PROSE_PLACE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"kl\. ?\d{1,2}[.:]\d{2}(?: ?[–-] ?\d{1,2}[.:]\d{2})? (?:i|på) (\p{Lu}[^.\n]{2,60})\.")
});
/// The chair a meeting elects in a sentence of its minutes ("Stämman beslutade att välja Lars
/// Ek till ordförande vid stämman", "Till ordförande för mötet valdes Eva Ek"): the meeting's
/// own, not one elected to a board ("… till ordförande i kommunstyrelsen").
static ELECTED_CHAIR_RE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})";
    let meeting = r"(?:vid|för)\s+(?:dagens\s+)?\p{Ll}*(?:mötet|stämman|sammanträdet)";
    re(&format!(
        r"(?:välja|utse|valdes|utsågs)\s+{name}\s+(?:till|som)\s+ordförande(?:\s+{meeting}|\s*[.,])|Till\s+ordförande\s+{meeting}\s+(?:valdes|utsågs)\s+{name}"
    ))
});
static PARTY_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\([^)]*\)"));
static PARENS_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\((?:[^)]*\)|[^)]*$)"));
/// The member a substitute stands in for ("Per Vik (S), tjänstgör för Lisa Holm (S)", "ersätter
/// …"): someone absent, no name of those present.
static INSTEAD_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:tjänstgör\p{Ll}* för|ersätter)(?:\s+\p{Lu}[\p{L}-]+)+"));

/// The months in Swedish, then in English (the k-th and the (12+k)-th are one month).
const MONTHS: &str =
    "januari februari mars april maj juni juli augusti september oktober november \
    december january february march april may june july august september october november december";

/// A paragraph heading: where it stands, how many words it takes, its number and label.
#[derive(Debug, Clone, Default)]
struct Head {
    idx: usize,
    used: usize,
    number: u32,
    /// The letter of "§ 3a".
    suffix: Option<char>,
    /// The item under an agenda section ("Ärende 3.2": 2 under 3), the part of a paragraph
    /// ("§ 12:1").
    sub: Option<u32>,
    label: String,
    /// The start of the title glued to the number ("§ 88Regionplan": a tab that a producer
    /// set as no gap at all).
    glued: Option<String>,
    /// The title when it stands before the head on the head's line ("Budget 2025  § 12").
    title: Option<String>,
    /// Where the head's own words stand when they were read apart from their title line,
    /// after the paragraph's text (a right-aligned cell read after its row's block): the
    /// paragraph ends there.
    apart: Option<usize>,
    /// A body's head read from a scan with "§" as "8" or "S" ("Kf 8 21").
    scanned: bool,
}

impl Head {
    /// A head at word `idx` of `used` words, numbered `number`, named `label`.
    fn new(idx: usize, used: usize, number: u32, label: String) -> Head {
        Head {
            idx,
            used,
            number,
            label,
            ..Head::default()
        }
    }

    /// The order heads count up in: "§ 46" < "§ 46a" < "§ 46b"; "§ 12:1" < "§ 12:2".
    fn key(&self) -> (u32, Option<char>, Option<u32>) {
        (self.number, self.suffix, self.sub)
    }

    /// The head set after its title, the words `(a, b)` of `title_before` if any: on one
    /// line the head follows its title; read apart, the body starts after the title's line
    /// and ends before the head.
    fn after_title(mut self, s: &Stream, before: Option<(usize, usize)>) -> Head {
        let Some((a, b)) = before else { return self };
        self.title = Some(s.text(a, b));
        (self.apart, self.used) = if b == self.idx {
            (None, self.idx + self.used - a)
        } else {
            (Some(self.idx), b - a)
        };
        self.idx = a;
        self
    }
}

/// Find the paragraphs of a protocol, or of the protocols of a bundle (`paragraph_heads`
/// restarts its count for each): each from the top of the page its first head stands on (the
/// first from the document's top) to the next one's start.
pub(crate) fn find(doc_id: &str, doc: &ExtractedDoc, s: &Stream) -> Vec<Protocol> {
    // A head repeated in the first lines of a page over its paragraph's continuation ("§ 88
    // (forts.) Title", "forts. § 89") is no text of the paragraph: the line goes.
    let (mut top, mut at) = (Vec::new(), (0, 0));
    for (a, b) in s.line_ranges(0) {
        let line: Vec<&str> = (a..b.min(a + 4))
            .filter_map(|k| Some(&*s.get(k)?.text))
            .collect();
        let Some(w) = s.get(a) else { continue };
        at = (w.page, if at.0 == w.page { at.1 + 1 } else { 1 });
        let forts = line.iter().any(|t| {
            t.trim_matches(['(', ')', '.'])
                .eq_ignore_ascii_case("forts")
        });
        if at.1 <= 3 && forts && line.iter().any(|t| t.contains('§')) {
            top.push((w.page, w.line));
        }
    }
    let mut kept = s.clone();
    kept.words.retain(|w| !top.contains(&(w.page, w.line)));
    unwrap_heads(&mut kept);
    unglue_heads(&mut kept);
    let s = &kept;
    let heads = paragraph_heads(s);
    let runs = heads.chunk_by(|a, b| a.key() < b.key());
    let groups: Vec<Vec<Head>> = runs.map(<[Head]>::to_vec).collect();
    let page_top = |h: &Head, after: usize| {
        (s.get(h.idx)).map_or(h.idx, |w| s.page_start(w.page).max(after).min(h.idx))
    };
    let mut starts = vec![0];
    for w in groups.windows(2) {
        let last = w[0].last().map_or(0, |l| l.idx + l.used);
        starts.extend(w[1].first().map(|h| page_top(h, last)));
    }
    let ends = starts.iter().skip(1).copied().chain([s.words.len()]);
    let ranges: Vec<_> = starts.iter().zip(ends).map(|(&a, b)| a..b).collect();
    let one = |(g, r): (Vec<Head>, std::ops::Range<usize>)| meeting(doc_id, doc, s, g, r);
    groups.into_iter().zip(ranges).flat_map(one).collect()
}

/// A head wrapped in a narrow table cell ("KS §" over "112", or "§" over "12"): the number
/// is the first word of the next line of the head's column (the same left edge on the same
/// page, within two lines below), read after the row's other cells. It is put back after
/// "§", on the head's line, so that the head reads as one. Only a "§" that starts its line
/// (after a body's abbreviation at most) and has no number after it.
fn unwrap_heads(s: &mut Stream) {
    let mut i = 0;
    while i < s.words.len() {
        let Some(k) = wrapped_number(s, i) else {
            i += 1;
            continue;
        };
        let mut n = s.words.remove(k);
        if let Some(rest) = s.words.get_mut(k).filter(|r| r.line == n.line) {
            rest.line_start = true;
        }
        let at = &s.words[i];
        (n.page, n.line, n.block, n.x, n.y) = (at.page, at.line, at.block, at.x, at.y);
        (n.line_start, n.bold, n.size) = (false, at.bold, at.size);
        s.words.insert(i + 1, n);
        i += 2;
    }
}

/// A head set right of its title with a tab that the producer set as no gap at all
/// ("Regionplan 2025–2027Ärende 12", "Budget för Ekby kommunSkolan§ 12"): the head's word
/// goes apart from the title's last word, so that the head reads as one set after its title
/// (`title_before`). Only a word that ends in a head's word after a lower-case letter, a digit
/// or a dash, with the head's number after it as the last word of its line.
fn unglue_heads(s: &mut Stream) {
    let mut i = 0;
    while i < s.words.len() {
        if let Some(at) = glued_head(s, i) {
            let mut head = s.words[i].clone();
            head.text = head.text[at..].into();
            head.line_start = false;
            s.words[i].text.truncate(at);
            s.words.insert(i + 1, head);
            i += 1;
        }
        i += 1;
    }
}

/// Where the head's word starts in word `i` glued to its title (see [`unglue_heads`]).
fn glued_head(s: &Stream, i: usize) -> Option<usize> {
    let w = s.words.get(i).filter(|_| s.rich)?;
    let heads = ["Ärende", "Punkt", "Paragraf", "Item", "§"];
    let at = heads
        .iter()
        .find_map(|h| w.text.strip_suffix(h).map(str::len))?;
    let title_end = w.text[..at].chars().next_back()?;
    let glued = title_end.is_lowercase() || title_end.is_ascii_digit() || "–-".contains(title_end);
    let n = s.words.get(i + 1).filter(|n| n.line == w.line)?;
    let number = n.text.trim_end_matches(['.', ':']);
    let digits = number.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let numbered = (1..=4).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && number.len() <= digits.len() + 1;
    let last = s.words.get(i + 2).is_none_or(|x| x.line != w.line);
    (glued && numbered && last).then_some(at)
}

/// The word that holds the number of a "§" at word `i` wrapped in its cell (see
/// [`unwrap_heads`]).
fn wrapped_number(s: &Stream, i: usize) -> Option<usize> {
    let w = s.words.get(i).filter(|w| s.rich && w.text == "§")?;
    let next_is_number = s
        .words
        .get(i + 1)
        .is_some_and(|n| n.line == w.line && n.text.starts_with(|c: char| c.is_ascii_digit()));
    // The column's left edge: the head's line, or a body's abbreviation set as a line of
    // its own beside "§" (pdfTeX) or before it on its line.
    let prev = i.checked_sub(1).and_then(|j| s.words.get(j));
    let abbreviation = |p: &&super::Word| {
        p.line_start
            && same_row(p, w)
            && p.text.chars().count() <= 5
            && p.text.chars().all(char::is_uppercase)
    };
    let col = prev
        .filter(abbreviation)
        .map_or(Some(w.x).filter(|_| w.line_start), |p| Some(p.x))?;
    let (page, y, size) = (w.page, w.y, w.size.max(6.0));
    let k = (i + 1..(i + 80).min(s.words.len())).find(|&k| {
        let x = &s.words[k];
        x.line_start && x.page == page && x.y > y + 1.0 && (x.x - col).abs() < 1.5
    })?;
    let x = &s.words[k];
    let number = x.text.len() <= 4 && x.text.chars().all(|c| c.is_ascii_digit());
    (!next_is_number && x.y - y < 2.5 * size && number).then_some(k)
}

/// The paragraphs under `heads` of the protocol in the words `range`, with its meeting's
/// fields.
fn meeting(
    doc_id: &str,
    doc: &ExtractedDoc,
    s: &Stream,
    heads: Vec<Head>,
    std::ops::Range { start, end }: std::ops::Range<usize>,
) -> Vec<Protocol> {
    let header_end = heads.first().map(|h| h.idx).unwrap_or(end);
    // The running header of the protocol's first page stands above its text: a meeting system
    // often prints the body, "SAMMANTRÄDESPROTOKOLL" and the date only there.
    let first_page = s.get(start).map_or(0, |w| w.page as usize);
    let page = (doc.pages.get(first_page.saturating_sub(1))).or(doc.pages.first());
    let running = page.map_or(String::new(), |p| p.running.join("\n"));
    let header = format!("{running}\n{}", s.text_lines(start, header_end));
    // An attendance grid with marks gives those marked present (else the names listed); its
    // words are no field's value.
    let (mut attendees, grid) = marked_present(s, start, header_end);
    let (a, b) = (
        s.text_lines(start, grid.start.max(start)),
        s.text_lines(grid.end.max(start), header_end),
    );
    let mut fields = header_fields(&format!("{running}\n{a}\n{b}"));
    // The signature block after the last paragraph ("Vid protokollet … Justeras …"), or the
    // meeting's fields set there: read as the header is; the roles are looked for in both.
    let mut signed = header.clone();
    if let Some(last) = heads.last() {
        let from = last.idx + last.used;
        if let Some(&(at, _, _)) = sections(s, from, end)
            .iter()
            .find(|(_, l, _)| opens_signatures(l))
        {
            let mut tail = s.text_lines(at, end);
            // Names set over their roles with no heading above them ("Karin Lund  Olof Sten"
            // over "Ordförande  Protokollförare"): the line of names is the block's first.
            // (A row's cells may come as lines of their own: the rows are the words on one
            // height.)
            let on_row = |k: usize, r: Option<&super::Word>| {
                s.get(k).zip(r).is_some_and(|(a, b)| same_row(a, b))
            };
            let roles_end = (at..end).find(|&k| !on_row(k, s.get(at))).unwrap_or(end);
            let roles = header_fields(&s.text(at, roles_end));
            let above = s
                .get(at.wrapping_sub(1))
                .filter(|r| s.get(at).is_some_and(|a| r.y < a.y));
            let a = (from..at).find(|&k| on_row(k, above));
            let over = a.map(|a| s.text(a, at)).unwrap_or_default();
            let all_names = over.split_whitespace().all(capitalized);
            let bare = roles.iter().all(|f| f.1.trim().is_empty());
            if roles.len() >= 2 && bare && all_names && names(&over).len() == roles.len() {
                tail = format!("Underskrifter\n{over}\n{tail}");
            }
            fields.extend(header_fields(&tail));
            signed = format!("{header}\n{tail}");
            // An attendance grid may stand after the signatures ("Bilaga 1 Närvarolista").
            if attendees.is_empty() {
                attendees = marked_present(s, at, end).0;
            }
        }
    }
    // A field's value with its line breaks (names in a list stand one a line), and as one line;
    // a value ends where prose starts.
    let get_lines = |label: &str| {
        let valued = |f: &&(&str, String)| f.0 == label && f.1.chars().any(char::is_alphanumeric);
        let f = fields.iter().find(valued)?;
        let lines =
            f.1.lines()
                .enumerate()
                .take_while(|(k, l)| *k == 0 || !prose(l));
        Some(lines.map(|x| x.1).collect::<Vec<_>>().join("\n"))
    };
    let get = |label: &str| get_lines(label).map(|v| crate::text::squash_ws(&v));
    // The first of the fields that holds a value, as one line.
    let first = |labels: &[&str]| labels.iter().find_map(|l| get(l));
    let when = first(&labels(
        "Sammanträdestid|Sammanträdesdatum|Tid och plats|Plats och tid|Datum|Date|Tid|Time",
    ))
    .unwrap_or_else(|| header.clone());
    let date = parse_date(&when).or_else(|| parse_date(&header));
    // A time field may give the range without "kl." ("Tid 13.30–16.00").
    let range = |v: String| TIME_RANGE_RE.captures(&v).map(|c| c[1].to_string());
    let time_field = || {
        ["Tid", "Time", "Sammanträdestid"]
            .iter()
            .find_map(|l| get(l).and_then(range))
    };
    let kl = |t: &str| TIME_RE.captures(t).map(|c| c[1].to_string());
    let time = (kl(&when).or_else(|| kl(&header)).or_else(time_field))
        .map(|m| m.split_whitespace().collect::<String>());
    let place = first(&["Plats", "Sammanträdesplats", "Place", "Venue"])
        .or_else(|| {
            // "Plats och tid Kommunhuset, Sessionssalen, kl. 13.00–15.30": the place before
            // the time or date; "Tid och plats kl. 09.00–14.20, Regionens hus": after it.
            let v = get("Plats och tid").or_else(|| get("Tid och plats"))?;
            let spans = [TIME_RE.find(&v), ISO_DATE_RE.find(&v), SV_DATE_RE.find(&v)];
            let spans = spans.into_iter().flatten();
            let cut = spans.clone().map(|m| m.start()).min().unwrap_or(v.len());
            // "Stadshuset, onsdagen den 3 mars 2021": the weekday before the date is no place.
            let tidy = |p: &str| {
                let p = WEEKDAY_TAIL_RE.replace(p.trim(), "");
                p.trim().trim_matches([',', ';']).trim().to_string()
            };
            let before = Some(tidy(&v[..cut])).filter(|b| !b.is_empty());
            let after = tidy(&v[spans.map(|m| m.end()).max().unwrap_or(0)..]);
            before.or(capitalized(&after).then_some(after))
        })
        .or_else(|| {
            // Minutes opening in prose ("Protokoll fört vid sammanträde … den 14 mars 2023
            // kl. 18.00–20.30 i Ekbyskolans aula."): the place after the time.
            PROSE_PLACE_RE
                .captures(&crate::text::squash_ws(&header))
                .map(|c| c[1].trim().to_string())
        });
    let whole = s.text(start, end);
    // A role named beside a name in the header or the signatures: "Eva Ek (ordförande)", "Eva
    // Ek, ordförande", or in another form only in parentheses ("(ordf.)", "(Chairman)").
    let named = |roles: &[&str]| roles.iter().find_map(|r| with_role(&signed, r));
    let chair = (["Ordförande", "Mötesordförande", "Chairman", "Chair"].iter())
        .find_map(|l| get_lines(l))
        .map(|v| person(&v))
        .or_else(|| named(&["ordförande", "ordf.", "chairman", "chair"]))
        .or_else(|| {
            let c = ELECTED_CHAIR_RE.captures(&whole)?;
            Some(crate::text::squash_ws(c.get(1).or(c.get(2))?.as_str()))
        });
    let secretary = get_lines("Sekreterare")
        .map(|v| person(&v))
        .or_else(|| {
            labels("Vid protokollet|Protokollförare|Mötessekreterare|Minutes taken by|Keeper of the minutes")
                .into_iter()
                .find_map(|l| get_lines(l).and_then(|v| names(&v).into_iter().next()))
        })
        .or_else(|| get_lines("Secretary").map(|v| person(&v)))
        .or_else(|| named(&["sekreterare", "secretary"]));
    // The distinct names in the fields under a label, added to a list.
    let names_under = |label: &str, list: &mut Vec<String>| {
        let found = fields.iter().filter(|f| f.0 == label);
        for n in found.flat_map(|f| names(&f.1)) {
            if !list.contains(&n) {
                list.push(n);
            }
        }
    };
    // The adjusters under the first of these labels that names one, in every field it heads
    // (a signature grid "Justerare | Justerare" over a name each).
    let mut adjusters: Vec<String> = Vec::new();
    let adjusting = concat!(
        "Utses att justera|Justerande|Justerare|Justeringspersoner|Justeringsperson|Justeras|",
        "Protokolljustering|Minutes checked by|Approved by|Checked by",
    );
    for l in labels(adjusting) {
        if adjusters.is_empty() {
            names_under(l, &mut adjusters);
        }
    }
    // The adjuster is the first name of the adjusters (a field's value may run on past it:
    // "Kurt Holm Paragrafer 14–16"), else the field as written (a name of one word).
    let as_written = first(&["Utses att justera", "Justerande", "Justerare"]);
    if adjusters.is_empty() {
        adjusters.extend(as_written.map(|v| person(&v)));
    }
    let adjuster = adjusters.first().cloned();
    if attendees.is_empty() {
        attendees = present_by_column(s, start, header_end);
        (labels(PRESENT_LABELS).iter()).for_each(|l| names_under(l, &mut attendees));
    }
    let body = first(&["Nämnd", "Organ"])
        .filter(|b| b.split_whitespace().count() <= 8)
        .or_else(|| doc.title.as_deref().and_then(body_from_title))
        .or_else(|| body_from_title(&header))
        .or_else(|| body_in_head(&header))
        .or_else(|| english_body(&header))
        .or_else(|| body_meeting(&header))
        .or_else(|| PROPOSED_TO_RE.captures(&whole).map(|c| upper_first(&c[1])))
        .map(|b| body_named_for(&header, b));

    // Numbered items are a meeting's where the document names its people, else a numbered
    // list (the rows of a table of delegated decisions).
    let numbered = heads
        .first()
        .is_some_and(|h| h.label.bytes().all(|b| b.is_ascii_digit()));
    let nobody = chair.is_none() && secretary.is_none() && adjusters.is_empty();
    if numbered && nobody && attendees.is_empty() {
        return Vec::new();
    }
    // The meeting's fields, which every paragraph of it carries.
    let meeting = Protocol {
        doc: doc_id.to_string(),
        body,
        date,
        time,
        place,
        chair,
        secretary,
        adjuster,
        adjusters,
        attendees,
        ..Protocol::default()
    };
    // Each paragraph runs to the next head (or to its own head's words read apart).
    let ends = heads.iter().skip(1).map(|h| h.idx).chain([end]);
    let paragraph_of =
        |(h, end): (&Head, usize)| paragraph(s, h, h.apart.map_or(end, |a| end.min(a)), &meeting);
    let mut out: Vec<Protocol> = heads.iter().zip(ends).map(paragraph_of).collect();
    // One meeting, one body: else the subject of the decisions of any paragraph.
    if meeting.body.is_none() {
        let decided = out.iter().find_map(|p| deciding_body(&p.decisions));
        out.iter_mut().for_each(|p| p.body = decided.clone());
    }
    out
}

/// Labels that open the signature block at the end of a protocol (the notice of adjustment,
/// "ANSLAG/BEVIS", names the body and the meeting's date).
static SIGNATURE_LABELS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels(concat!(
        "Vid protokollet|Justeras|Underskrifter|Underskrift|Minutes taken by|Approved by|",
        "Keeper of the minutes|Checked by|",
        "ANSLAG/BEVIS|Anslag/bevis|Anslag/Bevis|ANSLAGSBEVIS|Anslagsbevis",
    ))
});

/// The meeting's fields set after the last paragraph, in a table or as the roles of a
/// signature grid ("Ordförande | Justerare | Sekreterare" over the names): headings that end
/// a paragraph and, as the signature labels, open the block read as the header.
static MEETING_FIELD_LABELS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels(concat!(
        "Plats och tid|Tid och plats|Sammanträdesdatum|Sammanträdestid|Beslutande|",
        "Ordförande|Mötesordförande|Sekreterare|Mötessekreterare|Protokollförare|Justerare|",
        "Justerande|Justeringspersoner|Justeringsperson|Justering",
    ))
});

/// Whether a heading opens the block after the last paragraph (signatures, fields).
fn opens_signatures(label: &str) -> bool {
    SIGNATURE_LABELS.contains(&label) || MEETING_FIELD_LABELS.contains(&label)
}

/// A paragraph heading in any of the common forms: "§ 216", "§216", "§ 1.", "§3a", "§ 3 b",
/// "KS § 110", "Kf § 12/2013", "§ 2024:15" (counted over the year), a paragraph's parts "§
/// 12:1", one matter under a range of numbers "§§ 13–15" (OCR may read "§" as "8" or "S"); or
/// the number first, "45 §" (as Finland-Swedish minutes write it, `NUMBER_FIRST_RE`).
static HEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}) )?(§§|§|8|S) ?(?:(?:19|20)\d\d:)?(\d{1,4})(?:[–-]\d{1,4}|([a-h])| ([a-h]))?(?::(\d{1,2}))?(?:/(?:\d{4}|\d{2}))?(?:[.:]?(?: |$)|([A-ZÅÄÖ]))",
    )
});
static NUMBER_FIRST_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^(\d{1,4}) §[.:]?(?: |$)"));
/// Short words that may stand before "§" in running text and are no body's abbreviation.
static NOT_BODIES: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels("se|om|av|enl|jfr|vid|och|att|med|till|den|det|från|ur|dnr|i|på|nr|kap|lag|samt|som|per")
});

/// "Ärende 5", "Ärende 5.", "Ärende nr 5:", "Ärende 5a" (an item inserted), "Punkt 5" (the items of a web-based meeting
/// system's minutes), "Paragraf 14" (a paragraph head written out), "Item 4" (minutes in English).
static CASE_RE: LazyLock<Regex> = LazyLock::new(|| re(&format!("^{ITEM}(?: |$)")));
/// An agenda's item named anywhere in a text.
static ITEM_RE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?:^|\s){ITEM}(?:\s|$)")));
const ITEM: &str =
    r"(Ärende|Punkt|Paragraf|Item) (?:nr\.? )?(\d{1,3})([a-h])?(?:\.(\d{1,2}))?[.:]?";

/// The headings that open paragraphs, in order: "§ N" in its forms, else "Ärende N" (or
/// "Punkt N"), else
/// the numbered items of board minutes ("1. Mötet öppnades", at least three, from 1 on).
fn paragraph_heads(s: &Stream) -> Vec<Head> {
    let mut out: Vec<Head> = Vec::new();
    let mut cases: Vec<Head> = Vec::new();
    let mut i = 0;
    while let Some(w) = s.get(i) {
        // A head's "§" (or its OCR look-alike) opens the word or the next one (after a body's
        // abbreviation or a number: "KS § 110", "45 §"), else an item's word opens it.
        let opens = |w: &super::Word| w.text.starts_with(['§', '8', 'S']) || w.text.contains(' ');
        let item = ["Ärende", "Punkt", "Paragraf", "Item"].map(|c| w.text.starts_with(c));
        if !(opens(w) || s.get(i + 1).is_some_and(opens) || item.contains(&true)) {
            i += 1;
            continue;
        }
        let joined = s.text(i, i + 5);
        // Heads listed in a header ("Protokollet omfattar §§ 45–47", "Paragrafer §§ 45–47").
        let prev = i.checked_sub(1).and_then(|j| s.get(j));
        let listed = prev.is_some_and(|p| {
            p.text.eq_ignore_ascii_case("omfattar")
                || p.text.ends_with('§')
                || p.text.starts_with("Paragrafer")
        });
        // "45 § Title": the number first, at the start of a line.
        let titled = s.get(i + 2).is_some_and(|x| capitalized(&x.text));
        let first_n = NUMBER_FIRST_RE
            .captures(&joined)
            .and_then(|c| c[1].parse().ok());
        if let Some(n) = first_n.filter(|_| s.starts_unit(i) && !listed && titled) {
            out.push(Head::new(i, 2, n, format!("{n} §")));
            i += 2;
            continue;
        }
        let caps = HEAD_RE.captures(&joined);
        if let Some((c, num)) = caps.as_ref().and_then(|c| Some((c, c.get(3)?))) {
            let used = c[0].trim_end().split(' ').count();
            let body = c.get(1).map(|b| b.as_str());
            let ocr_like = matches!(&c[2], "8" | "S");
            // "§§" heads one matter under a range ("§§ 13–15"), never a single number.
            let range_ok = &c[2] != "§§" || joined[num.end()..].starts_with(['–', '-']);
            let number: Option<u32> = num.as_str().parse().ok().filter(|_| range_ok);
            let suffix = (c.get(4).or(c.get(5))).and_then(|m| m.as_str().chars().next());
            let sub: Option<u32> = c.get(6).and_then(|m| m.as_str().parse().ok());
            // "§ 88Regionplan": the title glued to the number (only after "§" itself).
            let glue = c.get(7).is_some() && !ocr_like;
            let word = s.get(i + used - 1).filter(|_| glue);
            let glued = word.and_then(|w| Some(w.text[w.text.find(char::is_uppercase)?..].into()));
            let followed = glued.is_some()
                || s.get(i + used).is_some_and(|x| {
                    capitalized(&x.text) || x.text.starts_with(|c: char| c.is_ascii_digit())
                });
            // A heading starts a line; without layout, "§" itself may stand anywhere, its OCR
            // look-alikes "8"/"S" only at a sentence start; a body before § only at a start.
            let starts = s.starts_unit(i) || (!s.rich && body.is_none() && !ocr_like);
            // The body before "§": an abbreviation ("KS", "BUN", "Kf", "Ksau", and in a scan
            // "Kf 8 21"), not a word of a sentence that cites a paragraph ("Se § 12", "Enl § 4").
            let body_ok = body.is_none_or(|b| {
                let abbreviation = b.chars().all(char::is_uppercase)
                    || (b.chars().count() <= 4
                        && b.chars().skip(1).all(char::is_lowercase)
                        && !NOT_BODIES.contains(&b.to_lowercase().as_str()));
                abbreviation || (!ocr_like && c[0].contains('/'))
            });
            // "Budget 2025  § 12": the head after its title, on the title's line.
            let before = (s.rich && body.is_none() && !ocr_like && glued.is_none())
                .then(|| title_before(s, i, used))
                .flatten();
            if let Some(n) = number {
                let parts_ok = !ocr_like || sub.is_none();
                if followed && (starts || before.is_some()) && body_ok && !listed && parts_ok {
                    let prefix = body.map(|b| b.to_uppercase() + " ").unwrap_or_default();
                    // "§§ 13–15": one matter under a range of numbers, named as written.
                    let last = joined[num.end()..].strip_prefix(['–', '-']);
                    let last = last.map(|r| r.chars().take_while(char::is_ascii_digit));
                    let label = match last.map(String::from_iter) {
                        Some(m) => format!("{prefix}§§ {n}–{m}"),
                        None => format!("{prefix}§ {n}{}", part_label(suffix, sub, ':')),
                    };
                    let mut head = Head {
                        suffix,
                        sub,
                        glued,
                        scanned: ocr_like && body.is_some(),
                        ..Head::new(i, used, n, label)
                    }
                    .after_title(s, before);
                    // A form's row "Paragraf | § 31": the label is the head's.
                    if prev.is_some_and(|p| p.line_start && p.text == "Paragraf") {
                        (head.idx, head.used) = (i - 1, used + 1);
                    }
                    out.push(head);
                    i += used;
                    continue;
                }
            }
        }
        if let Some(c) = CASE_RE.captures(&joined) {
            let suffix = c.get(3).and_then(|m| m.as_str().chars().next());
            let sub: Option<u32> = c.get(4).and_then(|m| m.as_str().parse().ok());
            let used = c[0].trim_end().split(' ').count();
            let followed = s.get(i + used).is_some_and(|x| capitalized(&x.text));
            let later = |n: &u32| cases.last().is_none_or(|l| l.key() < (*n, suffix, sub));
            // "Budget 2025  Ärende 12": after its title, as "§ 12" may stand.
            let before = s.rich.then(|| title_before(s, i, used)).flatten();
            let starts = s.starts_unit(i) || before.is_some();
            let n = c[2].parse().ok().filter(|n| followed && starts && later(n));
            if let Some(n) = n {
                let label = format!("{} {n}{}", &c[1], part_label(suffix, sub, '.'));
                let head = Head {
                    suffix,
                    sub,
                    ..Head::new(i, used, n, label)
                };
                cases.push(head.after_title(s, before));
                i += used;
                continue;
            }
        }
        i += 1;
    }
    // A scan's "Kf 8 21" (no "SEK 8 500 Kostnad") only in a run: the next or the last
    // number of the same body read so too.
    let run = |h: &Head| {
        let next = |o: &Head| o.scanned && o.label.split(' ').next() == h.label.split(' ').next();
        out.iter()
            .any(|o| next(o) && o.number.abs_diff(h.number) == 1)
    };
    let mut out: Vec<Head> = (out.iter())
        .filter(|h| !h.scanned || run(h))
        .cloned()
        .collect();
    // A bundle of protocols: a count that starts again after a signature block and a header
    // of its own (a dated meeting; an appendix "Bilaga 1 § 34" after the signatures has
    // none) is another protocol's, each read in order on its own.
    let dated = |(l, v): &(&str, String)| {
        ["Sammanträdesdatum", "Sammanträdestid", "Datum", "Date"].contains(l)
            && parse_date(v).is_some()
    };
    // (Whether the count starts again after a signature block, and under a dated header.)
    let signed = |a: &Head, b: &Head| {
        let secs = sections(s, a.idx + a.used, b.idx);
        let sig = secs.iter().find(|x| SIGNATURE_LABELS.contains(&x.1));
        let sig = sig.filter(|_| b.key() <= a.key());
        sig.map(|x| header_fields(&s.text_lines(x.0, b.idx)).iter().any(dated))
    };
    // An appendix after the signatures that counts again without a header of its own ("Bilaga
    // 1 till KF § 23" over a reglemente's "§ 1 Uppgifter" …): its heads are none.
    if let Some(k) = out
        .windows(2)
        .position(|w| signed(&w[0], &w[1]) == Some(false))
    {
        out.truncate(k + 1);
    }
    if !out.is_empty() {
        let parts = out.chunk_by(|a, b| signed(a, b) != Some(true));
        let ordered = |p: &[Head]| in_order_with_text(s, p.to_vec());
        return parts.flat_map(ordered).collect();
    }
    if !cases.is_empty() {
        return cases;
    }
    numbered_items(s)
}

/// A head's letter and part after its number ("a", ":1" or ".1" after `sep`).
fn part_label(suffix: Option<char>, sub: Option<u32>, sep: char) -> String {
    let part = sub.map(|k| format!("{sep}{k}")).unwrap_or_default();
    format!("{}{part}", suffix.map(String::from).unwrap_or_default())
}

/// The words `(a, b)` of the title that a head at word `i` (of `used` words, ending its
/// line) follows: the words before it on its line, or, where the head starts a line of its
/// own, the line before it on the same page and top and left of it (a right-aligned cell
/// read apart from its row). The title is a short bold line, as the head is, that starts
/// capitalised and ends in no full stop or colon.
fn title_before(s: &Stream, i: usize, used: usize) -> Option<(usize, usize)> {
    let head = s.get(i)?;
    if !head.bold || s.get(i + used).is_some_and(|w| w.line == head.line) {
        return None;
    }
    let (a, b) = if head.line_start {
        let a = (i.saturating_sub(400)..i).rev().find(|&j| {
            s.get(j)
                .is_some_and(|w| w.line_start && same_row(w, head) && w.x + 40.0 < head.x)
        })?;
        (a, s.line_end(a).min(i))
    } else {
        let a = (0..i)
            .rev()
            .find(|&j| s.get(j).is_some_and(|w| w.line_start))?;
        (s.get(a)?.line == head.line).then_some((a, i))?
    };
    styled_heading(s, a, b, 12).then_some((a, b))
}

/// Whether the words `a..b` make a heading by their style: one to `max` words, all bold, the
/// first capitalised, the last without a full stop or colon.
fn styled_heading(s: &Stream, a: usize, b: usize, max: usize) -> bool {
    let words: Vec<&super::Word> = (a..b).filter_map(|k| s.get(k)).collect();
    (1..=max).contains(&words.len())
        && capitalized(&words[0].text)
        && words.iter().all(|w| w.bold)
        && !words[words.len() - 1].text.ends_with(['.', ':'])
}

/// Of the "§" heads found, in document order, the ones that count up ("§ 45", "§ 46", "§ 46a",
/// …): the increasing sequence of most weight, a head with text of its own under it (more
/// than a title line) weighing twice a bare one. A stray head that cites an earlier
/// paragraph at a line start falls out, and minutes that open with their agenda ("§ 1 Title"
/// … "§ 6 Title", titles only) before the paragraphs with text give the paragraphs, each
/// once.
fn in_order_with_text(s: &Stream, heads: Vec<Head>) -> Vec<Head> {
    let ends = heads.iter().skip(1).map(|h| h.idx).chain([s.words.len()]);
    let under = |(h, end): (&Head, usize)| 1 + usize::from(words_under_title(s, h.idx, end) > 3);
    let weight: Vec<usize> = heads.iter().zip(ends).map(under).collect();
    // Weighted longest increasing subsequence by (number, suffix); quadratic, but the heads
    // of one document are few.
    let key = Head::key;
    let mut best: Vec<usize> = Vec::with_capacity(heads.len());
    let mut prev: Vec<Option<usize>> = Vec::with_capacity(heads.len());
    for (k, h) in heads.iter().enumerate() {
        // The first of the lower heads with the best sequence.
        let earlier = (0..k).rev().filter(|&j| key(&heads[j]) < key(h));
        let p = earlier.max_by_key(|&j| best[j]);
        best.push(weight[k] + p.map_or(0, |j| best[j]));
        prev.push(p);
    }
    // The first sequence of the highest weight.
    let at = (0..heads.len()).rev().max_by_key(|&k| best[k]);
    let keep: Vec<usize> = std::iter::successors(at, |&k| prev[k]).collect();
    let kept = |(k, h): (usize, Head)| keep.contains(&k).then_some(h);
    heads.into_iter().enumerate().filter_map(kept).collect()
}

/// Whether two words stand in one row (a table's cells share their top on a page).
fn same_row(a: &super::Word, b: &super::Word) -> bool {
    a.page == b.page && (a.y - b.y).abs() < 2.0
}

/// Words between the end of the line of word `idx` and word `end`, the cells of its own row
/// left out: a head's text beyond its title line (a row of a contents table, "§ 201 | Title |
/// Dnr", has none).
fn words_under_title(s: &Stream, idx: usize, end: usize) -> usize {
    let head = s.get(idx);
    let row = |w: &super::Word| head.is_some_and(|h| same_row(w, h));
    let under = |k: &usize| s.get(*k).is_some_and(|w| !(s.rich && row(w)));
    (s.line_end(idx).min(end)..end).filter(under).count()
}

/// The numbered items of board minutes: "N." at the start of a line (or sentence) followed
/// by a capitalised word, numbered 1, 2, 3, … (at least three).
///
/// Minutes often open with their agenda ("Dagordning" and the same titles numbered 1 … N)
/// before the items themselves; a list numbered inside an item may count from 1 too. Each
/// count from 1 is a run of its own; the longest run is taken, and of runs as long, one whose
/// items have text of their own under them (minutes) over a bare list of titles (an agenda).
fn numbered_items(s: &Stream) -> Vec<Head> {
    let mut runs: Vec<Vec<Head>> = Vec::new();
    for (i, w) in s.words.iter().enumerate() {
        let digits = w.text.strip_suffix('.').unwrap_or("");
        let number = super::actions::small_number(digits, 2) && s.starts_unit(i);
        let titled = s.get(i + 1).is_some_and(|x| capitalized(&x.text));
        let Some(n) = digits.parse::<u32>().ok().filter(|_| number && titled) else {
            continue;
        };
        let head = Head::new(i, 1, n, n.to_string());
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|l| l.number + 1 == n) => run.push(head),
            _ if n == 1 => runs.push(vec![head]),
            _ => {}
        }
    }
    // Words under each item beyond its title line: a bare list has (nearly) none.
    let text = |w: &[Head]| words_under_title(s, w[0].idx, w[1].idx) > 3;
    let has_text = |run: &Vec<Head>| run.windows(2).any(text);
    let best = runs
        .into_iter()
        .filter(|r| r.len() >= 3)
        .max_by_key(|r| (r.len(), has_text(r)));
    best.unwrap_or_default()
}

/// Names in a list of people: split at commas, "och", line-like breaks between
/// parenthesised parties/roles; without separators, pairs of capitalised words.
fn names(v: &str) -> Vec<String> {
    let v = &*INSTEAD_RE.replace_all(v, "");
    // A parenthesis (a party, a role; one left open runs to the end) parts names as a comma.
    let parted = PARENS_RE.replace_all(v, ",");
    let mut chunks: Vec<String> = Vec::new();
    for part in parted.split([',', ';']) {
        // A line break ends a name only after a whole one: a long list may wrap a name.
        let mut cur = String::new();
        for line in part.split('\n') {
            if cur.split_whitespace().count() >= 2 {
                chunks.push(std::mem::take(&mut cur));
            }
            cur = format!("{cur} {line}");
        }
        chunks.push(cur);
    }
    chunks.retain(|c| !c.trim().is_empty());
    // Separated: more than one chunk holds a name (two capitalised words in a row); lines
    // of other words after a name (a stamp, "Justerat 2024-04-12") separate nothing.
    let holds_name = |c: &&String| {
        let w: Vec<&str> = c.split_whitespace().collect();
        w.windows(2).any(|p| capitalized(p[0]) && capitalized(p[1]))
    };
    let separated = chunks.iter().filter(holds_name).count() > 1 || v.contains(" och ");
    let mut out = Vec::new();
    for c in chunks {
        for part in c.split(" och ") {
            // Only the capitalised words (a name); stop at a lower-case word or a number.
            let words: Vec<&str> = part
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                .filter(|w| !w.is_empty())
                .collect();
            let mut name: Vec<&str> = Vec::new();
            let mut flush = |name: &mut Vec<&str>| {
                if name.len() >= 2 {
                    out.push(name.join(" "));
                }
                name.clear();
            };
            for w in words {
                let particle = matches!(w, "af" | "von" | "van" | "de" | "af." | "von.");
                // A label ("Dnr", "Beslut": a grid's column heads) is no name's word.
                // (Nor a role: "Chairman" after a name and a comma.)
                let label =
                    is_diary_cue(w) || SECTION_LABELS.contains(&w) || HEADER_LABELS.contains(&w);
                if capitalized(w) && !label && w.chars().all(|c| c.is_alphabetic() || c == '-') {
                    // "Bo Ek Cecilia Lund": names without separators go in pairs; a
                    // separated name runs to four words.
                    let capitals = name.iter().filter(|n| capitalized(n)).count();
                    if (!separated && capitals >= 2) || name.len() >= 4 {
                        flush(&mut name);
                    }
                    name.push(w);
                } else if particle && !name.is_empty() {
                    name.push(w);
                } else {
                    flush(&mut name);
                }
            }
            flush(&mut name);
        }
    }
    out
}

/// Cut a text at the header labels: (label, value) in order. A value keeps the line breaks
/// of the text between its words.
fn header_fields(text: &str) -> Vec<(&'static str, String)> {
    let (words, breaks): (Vec<&str>, Vec<bool>) = (text.lines())
        .flat_map(|l| l.split_whitespace().flat_map(glued_labels).enumerate())
        .map(|(k, w)| (w, k == 0))
        .unzip();
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = |k: usize| words.get(i + k).map(|w| w.trim_end_matches(':'));
        // A role after a name and a comma on its line ("Maria Stenberg, Chairman") is no label.
        let role = i > 0 && !breaks[i] && words[i - 1].ends_with(',') && !words[i].ends_with(':');
        match label_at(HEADER_LABELS.iter(), word, |w, p| w == p).filter(|_| !role) {
            Some((l, n)) => {
                out.push((l, String::new()));
                i += n;
                // A label given in two languages ("Justeras / Approved:"): the translation
                // after the slash, up to its colon, is part of the label.
                if words.get(i) == Some(&"/") {
                    if let Some(k) =
                        (i + 1..(i + 4).min(words.len())).find(|&k| words[k].ends_with(':'))
                    {
                        i = k + 1;
                    } else if words.get(i + 1).is_some_and(|w| capitalized(w))
                        && breaks.get(i + 2).is_none_or(|b| *b)
                    {
                        // "Justeras / Approved" alone on its line.
                        i += 2;
                    }
                }
            }
            None => {
                if let (Some((_, v)), Some(w)) = (out.last_mut(), words.get(i)) {
                    if !v.is_empty() {
                        v.push(if breaks[i] { '\n' } else { ' ' });
                    }
                    v.push_str(w);
                }
                i += 1;
            }
        }
    }
    spread_over_columns(&mut out);
    out
}

/// A word that is two labels set with no gap between them (roles under names in tab boxes
/// narrower than the role: "ProtokollförareJusteringsperson") as the two; any other word as
/// it is.
fn glued_labels(w: &str) -> impl Iterator<Item = &str> {
    let label = |p: &str| HEADER_LABELS.contains(&p.trim_end_matches(':'));
    let cut = w
        .char_indices()
        .zip(w.chars().skip(1))
        .find_map(|((k, a), b)| {
            let at = k + a.len_utf8();
            (a.is_lowercase() && b.is_uppercase() && label(&w[..at]) && label(&w[at..]))
                .then_some(at)
        });
    let (a, b) = cut.map_or((w, None), |at| (&w[..at], Some(&w[at..])));
    std::iter::once(a).chain(b)
}

/// The first of `labels` whose words stand at `word(0)`, `word(1)`, … (`same` compares a
/// word with the label's): the label and its length in words.
fn label_at<'a, 'w>(
    labels: impl IntoIterator<Item = &'a &'static str>,
    word: impl Fn(usize) -> Option<&'w str>,
    same: impl Fn(&str, &str) -> bool,
) -> Option<(&'static str, usize)> {
    labels.into_iter().find_map(|l| {
        let mut parts = l.split(' ').enumerate();
        let all = parts.all(|(k, p)| word(k).is_some_and(|w| same(w, p)));
        all.then(|| (*l, l.split(' ').count()))
    })
}

/// Labels set as the heads of columns ("Ordförande | Sekreterare | Justerare" over the
/// three names) are read row by row: labels without a value, then one label whose value
/// holds a line with one name for each of them. The k-th line belongs to the k-th label (the last label
/// keeps the lines left over).
fn spread_over_columns(fields: &mut [(&'static str, String)]) {
    let mut k = 0;
    while k < fields.len() {
        let empty = |f: &(&str, String)| f.1.trim().is_empty();
        let run = fields[k..].iter().take_while(|f| empty(f)).count();
        // Names set over their roles under a signature label ("Underskrifter", "Kaj Holm  Pia
        // Lind" over "Ordförande  Protokollförare"): a name for each label of the run, when no
        // line of names follows the run.
        let over = k.checked_sub(1).map(|j| (j, names(&fields[j].1)));
        let bare = |v: &str| v.lines().next().is_none_or(|l| names(l).is_empty());
        let no_names = fields.get(k + run).is_none_or(|f| bare(&f.1));
        if let Some((j, row)) = over.filter(|(j, row)| {
            run >= 2 && row.len() == run && SIGNATURE_LABELS.contains(&fields[*j].0) && no_names
        }) {
            fields[j].1.clear();
            (fields[k..k + run].iter_mut())
                .zip(row)
                .for_each(|(f, n)| f.1 = n);
            k += run;
            continue;
        }
        let Some(last) = fields.get(k + run) else {
            break;
        };
        let mut lines: Vec<String> = last.1.lines().map(str::to_string).collect();
        // The names of a row on one line ("Per Ahlberg Kim Roos Ida Ström" under
        // "Ordförande Justerare Sekreterare"): one name for each label.
        let row = lines.first().map(|l| names(l)).unwrap_or_default();
        if run > 0 && (2..=run + 1).contains(&row.len()) {
            lines.splice(0..1, row);
        }
        // A column of one name under each label (the heading over a grid, "Underskrifter",
        // "Justering", heads no column), or labels set as a column beside their values, one a line
        // ("Datum | Tid" beside "2024-10-02 | 08.30–11.45").
        let single = (lines.iter().take_while(|l| names(l).len() == 1).count()).min(run + 1);
        let heading = |f: &(&str, String)| matches!(f.0, "Underskrifter" | "Justering");
        let named = single >= 2 && fields[k..k + run + 1 - single].iter().all(heading);
        let cols = if named { single } else { run + 1 };
        if run > 0 && (named || (run >= 2 && lines.len() > run)) {
            for (j, line) in lines.iter().take(cols - 1).enumerate() {
                fields[k + run + 1 - cols + j].1 = line.clone();
            }
            // After a name, the lines that hold none are no part of it ("Signerat med
            // BankID 2025-03-05 10:12" under the names of a digital signature).
            let rest = &lines[cols - 1..];
            let keep = |l: &&String| names(&rest[0]).is_empty() || !names(l).is_empty();
            let rest: Vec<&str> = rest.iter().filter(keep).map(String::as_str).collect();
            fields[k + run].1 = rest.join("\n");
        }
        k += run + 1;
    }
}

/// The people an attendance grid marks present ("Ledamöter | Närvaro | Ersättare | Närvaro"
/// over "Lisa Blom (S) | X | Kalle Ung (S) |"): under the first row of two cells or more
/// whose next row names someone beside a mark of presence (whatever the heads say: "Närvaro",
/// "Närv.", "Deltagande"), each row read as its cells' text left to right
/// (some producers join a row's cells into one line), a mark of presence ("X", "tjg",
/// "Närvarande", "Deltar på distans") names the last person before it; a mark of absence
/// ("-", "Nej", "Frånvarande", "Ej …") none; members before substitutes, column by column.
/// The rows go on while they name someone and make no sentence. The grid's cells are the
/// stream's lines in `0..end`; the grid's words, from its heads to its last row, come with
/// the names (no field of the header runs on into them).
fn marked_present(s: &Stream, start: usize, end: usize) -> (Vec<String>, std::ops::Range<usize>) {
    let cells = cells(s, start, end);
    // The texts of the cells of a row, left to right.
    let row = |page: u32, y: f32| -> Vec<&str> {
        let mut r: Vec<_> = (cells.iter())
            .filter(|c| c.0 == page && (c.2 - y).abs() < 2.0)
            .collect();
        r.sort_by(|a, b| a.1.total_cmp(&b.1));
        r.into_iter().map(|c| c.3.as_str()).collect()
    };
    // A row that names someone before a mark of presence (a label "Närvarande" before the
    // names is none).
    let marks = |t: String| {
        let mut words = t.split_whitespace();
        let mut before = String::new();
        words.any(|w| {
            let hit = mark(w) == Some(true) && !names(&before).is_empty();
            before = format!("{before} {w}");
            hit
        })
    };
    let next_marks = |c: &&Cell| {
        let below = cells.iter().filter(|d| d.0 == c.0 && d.2 > c.2 + 2.0);
        below
            .map(|d| d.2)
            .min_by(f32::total_cmp)
            .is_some_and(|y| marks(row(c.0, y).join(" ")))
    };
    // A heading alone over the grid ("Närvaro") heads no column.
    let mut heads = cells.iter().filter(|c| row(c.0, c.2).len() > 1);
    let Some(&(page, _, top, _, (start, _))) = heads.find(next_marks) else {
        return (Vec::new(), end..end);
    };
    // A heading alone on the line over the grid ("Närvarolista") is the grid's too.
    let over = cells
        .iter()
        .find(|c| c.4 .1 == start && styled_heading(s, c.4 .0, start, 4));
    let start = over.map_or(start, |c| c.4 .0);
    let below = cells.iter().filter(|c| c.0 == page && c.2 > top + 2.0);
    let mut ys: Vec<f32> = below.map(|c| c.2).collect();
    ys.sort_by(f32::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    let (mut out, mut last) = (Vec::new(), top);
    for y in ys {
        let text = row(page, y).join(" ");
        if names(&text).is_empty() || text.ends_with('.') {
            break;
        }
        last = y;
        // The words before the mark since the last one, and since the row's start.
        let (mut before, mut row_before) = (String::new(), String::new());
        for w in text.split_whitespace() {
            match mark(w) {
                Some(present) => {
                    // Column by column: the members before their substitutes.
                    let column = names(&row_before).len();
                    let name = names(&before).pop().filter(|_| present);
                    out.extend(name.map(|n| (column, n)));
                    before.clear();
                }
                None => {
                    before = format!("{before} {w}");
                    row_before = format!("{row_before} {w}");
                }
            }
        }
    }
    out.sort_by_key(|x| x.0);
    let rows = cells
        .iter()
        .filter(|c| c.0 == page && c.2 > top - 2.0 && c.2 < last + 2.0);
    let stop = rows.map(|c| c.4 .1).max().unwrap_or(start);
    (out.into_iter().map(|x| x.1).collect(), start..stop)
}

/// An attendance grid in columns ("Beslutande ledamöter | Tjänstgörande ersättare | Ej
/// tjänstgörande ersättare" over a name a cell): the names column by column, left to right,
/// each column down to a line that names no one or opens a label.
fn present_by_column(s: &Stream, start: usize, end: usize) -> Vec<String> {
    let cells = cells(s, start, end);
    let present = |c: &&Cell| {
        let t = c.3.to_lowercase();
        labels(PRESENT_LABELS)
            .iter()
            .any(|p| t.ends_with(&p.to_lowercase()))
    };
    let Some(h) = cells.iter().find(present) else {
        return Vec::new();
    };
    let mut columns: Vec<&Cell> = (cells.iter())
        .filter(|c| c.0 == h.0 && (c.2 - h.2).abs() < 1.0)
        .collect();
    if columns.len() < 2 || !columns.iter().all(present) {
        return Vec::new();
    }
    columns.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut out = Vec::new();
    for top in columns {
        let below = (cells.iter())
            .filter(|c| c.0 == top.0 && c.2 > top.2 + 1.0 && (c.1 - top.1).abs() < 2.0);
        for c in below {
            let found = names(&c.3);
            if found.is_empty() || HEADER_LABELS.iter().any(|p| c.3.starts_with(p)) {
                break;
            }
            out.extend(found);
        }
    }
    out
}

/// A line of the text as a cell of a grid: its page, left edge, top, text and words.
type Cell = (u32, f32, f32, String, (usize, usize));

/// The lines from word `start` to word `end` as cells (none without layout).
fn cells(s: &Stream, start: usize, end: usize) -> Vec<Cell> {
    (s.line_ranges(start).into_iter())
        .take_while(|c| c.1 <= end && s.rich)
        .filter_map(|(a, b)| s.get(a).map(|w| (w.page, w.x, w.y, s.text(a, b), (a, b))))
        .collect()
}

/// A mark of an attendance grid: of presence (`Some(true)`: "X", "tjg", "Närvarande",
/// "Deltar") or of absence (`Some(false)`: "-", "Nej", "Frånvarande", "Ej", "Förhinder").
fn mark(w: &str) -> Option<bool> {
    match w {
        "X" | "x" | "✓" | "tjg" | "Tjg" | "Ja" | "Närvarande" | "Deltar" => Some(true),
        "-" | "–" | "Nej" | "Frånvarande" | "Ej" | "Förhinder" => Some(false),
        _ => None,
    }
}

/// A person's name without party and role in parentheses, nor a remark after a comma ("Ida
/// Holm, deltar på distans", "Eva Ek, ordförande"), of the first line that names someone
/// ("Paragrafer §§ 21–23" over the name).
fn person(v: &str) -> String {
    let v = v.lines().find(|l| !names(l).is_empty()).unwrap_or(v);
    let v = PARTY_RE.replace_all(v, " ");
    let name = match v.split_once(',') {
        Some((name, rest)) if rest.trim_start().starts_with(char::is_lowercase) => name,
        _ => &v,
    };
    crate::text::squash_ws(name)
}

/// The person a participant list names with a role: in a parenthesis of its own or as one of
/// its parts, in either case ("Anna Andersson (S) (Ordförande)", "(ordförande/chair)"), the
/// name on the role's line before it, after any label ("Närvarande: Jonas Ek (ordförande)");
/// else as a part between commas (or semicolons), at the end of its line or inside a list ("Eva
/// Sandberg, ordförande", "Anna Ekholm (S), ordförande, Bo Ring (M)", "Ulla Berg, ordförande;
/// Kent Modig"), the name the part before ends in.
fn with_role(text: &str, role: &str) -> Option<String> {
    let role = role.trim_end_matches('.');
    let is_role = |p: &str| {
        p.trim()
            .trim_end_matches(['.', ';'])
            .eq_ignore_ascii_case(role)
    };
    let mut parens = PARTY_RE.find_iter(text);
    let paren = parens.find(|m| {
        m.as_str()
            .trim()
            .trim_matches(['(', ')'])
            .split(['/', ','])
            .any(is_role)
    });
    let in_parens = paren.and_then(|m| {
        let before = text.get(..m.end() - m.as_str().trim_start().len())?;
        let name = name_at_end(before.rsplit('\n').next().unwrap_or(before), 4);
        (!name.is_empty()).then(|| name.join(" "))
    });
    in_parens.or_else(|| {
        text.lines().find_map(|line| {
            let parts: Vec<&str> = line.split([',', ';']).collect();
            let k = (1..parts.len()).find(|&k| is_role(parts[k]))?;
            let n = name_at_end(parts[k - 1], 5);
            (2..=4).contains(&n.len()).then(|| n.join(" "))
        })
    })
}

/// The capitalised words that end `text` (a name; parties and roles in parentheses left
/// out), at most `max`, up to a word with a colon or the last word of a label.
fn name_at_end(text: &str, max: usize) -> Vec<String> {
    let text = PARTY_RE.replace_all(text, " ");
    let mut name: Vec<String> = (text.split_whitespace().rev())
        .take_while(|w| {
            capitalized(w) && !w.ends_with(':') && !HEADER_LABELS.iter().any(|l| l.ends_with(*w))
        })
        .take(max)
        .map(str::to_string)
        .collect();
    name.reverse();
    name
}

fn parse_date(s: &str) -> Option<String> {
    if let Some(m) = ISO_DATE_RE.find(s) {
        return Some(m.as_str().to_string());
    }
    // Day, month (a name or a number) and year.
    let c = SV_DATE_RE
        .captures(s)
        .or_else(|| DOTTED_DATE_RE.captures(s))?;
    let named = MONTHS
        .split_whitespace()
        .position(|x| x == c[2].to_lowercase());
    let month: u32 = named.map_or_else(|| c[2].parse().ok(), |k| Some(k as u32 % 12 + 1))?;
    let day: u32 = c[1].parse().ok()?;
    Some(format!("{}-{:02}-{:02}", &c[3], month, day))
}

/// A body named among the first words of a protocol ("Kommunstyrelsen",
/// "Socialnämnden"), standing on its own before the header labels.
fn body_in_head(header: &str) -> Option<String> {
    // A line of labels alone (a footer's boxes "Justerandes signatur | Utdragsbestyrkande" read
    // as the page's running text) is passed over.
    let labels_only = |l: &&str| {
        let f = header_fields(l);
        !f.is_empty() && f.iter().all(|x| x.1.trim().is_empty())
    };
    let words: Vec<&str> = (header.lines().filter(|l| !labels_only(l)))
        .flat_map(str::split_whitespace)
        .take(12)
        .take_while(|w| !opens_label(w.trim_end_matches(':')))
        .collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let w = w.trim_end_matches([',', ':', '.']);
        if capitalized(w) && organ_name(w) {
            return Some(w.to_string());
        }
        if let Some(next) = words.get(k + 1) {
            let next = next.trim_end_matches([',', ':', '.']);
            // "Tekniska nämnden", "Sociala nämnden": an adjective before the organ's name.
            let adjective = w.ends_with('a') && w.chars().count() > 3;
            let adjective = adjective && names_organ(next);
            // "Kommunstyrelsens arbetsutskott": a body's committee, named after the body.
            let stem = ORGAN_STEMS.iter().any(|o| next.ends_with(o));
            let committee = next.chars().all(char::is_lowercase) && stem;
            if capitalized(w) && (adjective || (committee && organ_genitive(w).is_some())) {
                return Some(format!("{w} {next}"));
            }
        }
        // "Kultur- och fritidsnämnden": a compound named with its first part.
        let first = words.get(k.checked_sub(2)?)?;
        let joined = words.get(k - 1).is_some_and(|a| *a == "och" || *a == "&");
        let organ = organ_name(w);
        (capitalized(first) && first.ends_with('-') && joined && organ)
            .then(|| format!("{first} {} {w}", words[k - 1]))
    })
}

/// A body named in English on a line of its own at the top of minutes in translation
/// ("Municipal Executive Board", "Regional Council"): two to five capitalised words, the last
/// a body that meets (not a company's "Board of Directors").
fn english_body(header: &str) -> Option<String> {
    let line = |l: &str| {
        let w: Vec<&str> = l.split_whitespace().collect();
        let body = w
            .last()
            .is_some_and(|l| ["Board", "Council", "Committee", "Assembly"].contains(l));
        ((2..=5).contains(&w.len()) && body && w.iter().all(|w| capitalized(w)))
            .then(|| w.join(" "))
    };
    header
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .find_map(line)
}

/// Whether a word is the first of a header label.
fn opens_label(w: &str) -> bool {
    HEADER_LABELS.iter().any(|l| l.split(' ').next() == Some(w))
}

/// A body's name that goes on with what it is for ("Gemensamma nämnden för upphandling Ekby
/// och Norrby", "Utskottet för …"): the header line that starts with the name and "för", when
/// it is a short line of words.
///
/// So too a body named with its district on a line of its own ("Stadsdelsnämnden Ekby",
/// "Socialnämnden Västra Hisingen"): one or two capitalised words after the name that are
/// no label and no name of the document ("Protokoll", "Sammanträdesprotokoll").
fn body_named_for(header: &str, body: String) -> String {
    let lead = format!("{body} för ");
    let named_for = |l: &&str| {
        l.starts_with(&lead)
            && l.split_whitespace().count() <= 10
            && !l.chars().any(|c| c.is_ascii_digit())
            && !l.ends_with(['.', ':'])
    };
    let district = |l: &&str| {
        let rest = l.strip_prefix(&format!("{body} ")).unwrap_or("");
        let rest: Vec<&str> = rest.split_whitespace().collect();
        let place = |w: &&str| {
            capitalized(w)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !w.to_lowercase().contains("protokoll")
                && !opens_label(w)
        };
        (1..=2).contains(&rest.len()) && rest.iter().all(place)
    };
    let mut lines = header.lines().map(str::trim);
    lines
        .find(|l| named_for(l) || district(l))
        .map_or(body, str::to_string)
}

/// The body in the genitive before its meeting ("direktionens sammanträde",
/// "Kommunstyrelsens protokoll", "styrelsens möte"): the body in its base form.
fn body_meeting(header: &str) -> Option<String> {
    let words: Vec<&str> = header.split_whitespace().take(40).collect();
    words.windows(2).find_map(|w| {
        let next = w[1].to_lowercase();
        let meeting = ["sammanträde", "möte", "protokoll", "sammanträden", "möten"]
            .iter()
            .any(|m| next.trim_end_matches([',', '.', ':']) == *m);
        meeting.then(|| organ_genitive(w[0])).flatten()
    })
}

/// The base form of a body named in the genitive ("Direktionens" → "Direktionen",
/// "kommunfullmäktiges" → "Kommunfullmäktige"), or None when the word is no body.
fn organ_genitive(word: &str) -> Option<String> {
    let base = word.strip_suffix('s')?;
    names_organ(base).then(|| upper_first(base))
}

/// Whether a word is a body's name of one word ("Miljönämnden", "fritidsnämnden"; not
/// "Nämnden" alone).
fn organ_name(w: &str) -> bool {
    let bare = super::MEETING_BODY_ENDS
        .split('|')
        .any(|o| w.to_lowercase() == o);
    w.chars().all(char::is_alphabetic) && names_organ(w) && !bare
}

/// Whether a word ends as the name of a body that meets ("Miljönämnden", "styrelsen").
fn names_organ(w: &str) -> bool {
    let w = w.to_lowercase();
    super::MEETING_BODY_ENDS.split('|').any(|o| w.ends_with(o))
}

/// The indefinite forms that end a body's name after the genitive of another
/// ("Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott", "Regionstyrelsens
/// presidium").
const ORGAN_STEMS: &[&str] = &["utskott", "nämnd", "beredning", "presidium"];

fn body_from_title(t: &str) -> Option<String> {
    let c = BODY_IN_TITLE_RE.captures(t)?;
    let b = c.get(1)?.as_str().to_string();
    // "Protokoll Direktionens sammanträde …": the body in its base form.
    let b = match b.split_whitespace().collect::<Vec<_>>()[..] {
        [one] => organ_genitive(one).unwrap_or(b),
        _ => b,
    };
    let is_label = opens_label(b.split_whitespace().next().unwrap_or(""));
    // A body is named as one ("… nämnden", "… arbetsutskott"), not any capitalised word
    // after "Protokollsutdrag" ("Vår beteckning …").
    let last = b.split_whitespace().last().unwrap_or("").to_lowercase();
    let organ = names_organ(&last) || ORGAN_STEMS.iter().any(|o| last.ends_with(o));
    (organ && !is_label && !b.chars().any(|c| c.is_ascii_digit())).then_some(b)
}

/// The body named as the subject of the first decision ("Kommunfullmäktige beslutar …",
/// "Kommunstyrelsen godkänner …"): a capitalised word followed by a verb in the present.
fn deciding_body(decisions: &[String]) -> Option<String> {
    let mut words = decisions.first()?.split_whitespace();
    let (subject, verb) = (words.next()?, words.next()?);
    let organ = subject.chars().next().is_some_and(char::is_uppercase)
        && subject.chars().all(char::is_alphabetic)
        && subject.chars().count() >= 5;
    let present = verb.chars().all(char::is_lowercase) && verb.ends_with("ar")
        || verb.ends_with("er")
        || verb.ends_with("år");
    (organ && present).then(|| subject.to_string())
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Where each section heading stands in the words `from..end`: (index, label, words used).
fn sections(s: &Stream, from: usize, end: usize) -> Vec<(usize, &'static str, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < end {
        // Every label, "Förslag till …" and a body's "… beslut" open with a capital.
        if !s.get(i).is_some_and(|w| capitalized(&w.text)) {
            i += 1;
            continue;
        }
        let labels = SECTION_LABELS
            .iter()
            .chain(&*SIGNATURE_LABELS)
            .chain(&*MEETING_FIELD_LABELS);
        let word = |k: usize| s.get(i + k).map(|w| w.text.trim_end_matches(':'));
        let line = s.get(i).map(|w| w.line);
        // A heading set in capitals ("BESLUTSUNDERLAG") counts where it stands alone on
        // its line.
        let upper = |w: &str, p: &str| {
            w == p
                || w.chars().nth(1).is_some()
                    && w.chars().eq(p.chars().flat_map(char::to_uppercase))
        };
        let mut hit = label_at(labels, word, upper);
        let capitals = hit.is_some_and(|(l, _)| word(0) != l.split(' ').next());
        // "Förslag till kommunstyrelsen", "Förslag till kommunfullmäktige": a committee's
        // proposal to a body, which is what the committee decides.
        let to_body = s.get(i + 2).is_some_and(|w| {
            names_organ(w.text.trim_end_matches(':'))
                && (w.text.ends_with(':')
                    || (s.rich && s.get(i + 3).is_none_or(|x| Some(x.line) != line)))
        });
        if hit.is_none() && s.text(i, i + 2) == "Förslag till" && to_body {
            hit = Some(("Förslag till beslut", 3));
        }
        // "Kommunstyrelsens beslut", "Tekniska nämndens beslut", "Barn- och
        // utbildningsnämndens beslut": a heading of up to four words on one line,
        // capitalised, that ends in a genitive and "beslut".
        hit = hit.or_else(|| genitive_decision_heading(s, i).map(|n| ("Beslut", n)));
        // Minutes in English head the decision "Resolved", "Resolution" or "Decision".
        let english = |l: &str| matches!(l, "Resolved" | "Resolution" | "Decision");
        hit = hit.map(|(l, n)| (if english(l) { "Beslut" } else { l }, n));
        if let Some((l, mut n)) = hit {
            // A heading in two languages ("Beslut / Resolution"): the translation after the
            // slash, on the heading's line, is part of it.
            if s.get(i + n).is_some_and(|w| w.text == "/")
                && s.get(i + n + 1)
                    .is_some_and(|w| capitalized(&w.text) && Some(w.line) == line)
                && s.get(i + n + 2).is_none_or(|w| Some(w.line) != line)
            {
                n += 2;
            }
            // A heading that goes on in lower-case words to the end of its line ("Ärendet i
            // korthet", "Beslutsunderlag i ärendet"): they are part of it, once a line of the
            // paragraph's own stands before it (its title: "§ 3a" over "Beslut om
            // valutareservens sammansättning" is a title).
            let head_line = from.checked_sub(1).and_then(|j| s.get(j)).map(|w| w.line);
            let titled = (from..i).any(|k| {
                s.get(k).is_some_and(|w| {
                    w.line_start && Some(w.line) != head_line && !is_diary_cue(&w.text)
                })
            });
            let on_line = |k: usize| s.get(k).filter(|w| Some(w.line) == line);
            let rest: Vec<&super::Word> = (i + n..i + n + 4).map_while(on_line).collect();
            let lower = rest
                .iter()
                .all(|w| w.text != "att" && w.text.chars().all(char::is_lowercase));
            if s.rich && titled && !capitals && (1..=3).contains(&rest.len()) && lower {
                n += rest.len();
            }
            // A heading starts its line (real layout) or follows a sentence end / another
            // block, and the next word starts a new phrase.
            let starts = s.starts_unit(i);
            let next = s.get(i + n);
            let alone = s.rich && next.is_none_or(|x| x.line_start);
            let prev_para = i.checked_sub(1).and_then(|j| s.get(j)).is_none_or(|p| {
                super::ends_sentence(&p.text)
                    || p.block != s.get(i).map_or(0, |w| w.block)
                    || !p.text.chars().any(|c| c.is_lowercase())
            });
            // The next word opens a phrase, an item or an att-sats under a heading alone on
            // its line, or stands on another page (a heading at a page's foot).
            let next_ok = next.is_none_or(|x| {
                capitalized(&x.text)
                    || x.text.starts_with(['-', '–', '•'])
                    || x.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || (alone && x.text == "att")
                    || s.get(i).is_some_and(|w| w.page != x.page)
            });
            if (alone || starts || prev_para)
                && next_ok
                && (!capitals || (alone && starts))
                && !column_head(s, i)
            {
                out.push((i, l, n));
                i += n;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether word `i` heads a column of a grid ("Dnr | Ärende | Beslut | Delegat"): its row
/// (the same top on its page) has a short line left of it in the same weight, another
/// column's head that is no label of ours (a footer's boxes "Justerandes sign |
/// Utdragsbestyrkande" are labels). A label column's heading ("Beslut" | its text) stands
/// leftmost; a grid's first column head ("Beslut | Datum | Dnr | Delegat") has two short
/// lines or more right of it in its row, in the same weight (a label's row has one cell).
fn column_head(s: &Stream, i: usize) -> bool {
    let Some(w) = s.get(i).filter(|w| s.rich && w.line_start) else {
        return false;
    };
    let is_label = |t: &str| HEADER_LABELS.contains(&t) || SECTION_LABELS.contains(&t);
    // A cell of the row right of `w` (its first word `j`): whether it is short and no label.
    let cell = |j: usize, x: &super::Word| {
        let k = s.line_end(j);
        let row = x.line_start && x.page == w.page && (x.y - w.y).abs() < 1.0 && x.x > w.x + 1.0;
        (row && x.bold == w.bold).then(|| k - j <= 3 && !is_label(&s.text(j, k)))
    };
    let right = (i + 1..(i + 40).min(s.words.len())).filter_map(|j| cell(j, &s.words[j]));
    if right.take(3).filter(|&short| short).count() >= 2 {
        return true;
    }
    let row = (i.saturating_sub(40)..i).filter_map(|j| s.get(j).map(|x| (j, x)));
    row.filter(|(_, x)| x.line_start && x.page == w.page && (x.y - w.y).abs() < 1.0)
        .any(|(j, x)| {
            let k = s.line_end(j).min(i);
            x.x < w.x - 1.0 && x.bold == w.bold && k - j <= 3 && !is_label(&s.text(j, k))
        })
}

/// A grid with a column headed "Beslut" beside the paragraphs' own ("§ | Ärende | Beslut"),
/// for the paragraph headed at word `idx`: the lines of its cell
/// in the paragraph's row (from the row's top, while the lines follow each other as in one
/// paragraph). The head stands on the page under the column's heading, left of it.
fn decision_cell(s: &Stream, idx: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let h = s.get(idx).filter(|_| s.rich)?;
    let (_, col) = (idx.saturating_sub(2000)..idx)
        .rev()
        .filter_map(|j| s.get(j).map(|w| (j, w)))
        .take_while(|(_, w)| w.page == h.page)
        .find(|&(j, w)| {
            w.text == "Beslut"
                && w.line_start
                && s.line_end(j) == j + 1
                && w.x > h.x + 40.0
                && w.y < h.y
                && column_head(s, j)
        })?;
    let in_col = |w: &super::Word| w.page == h.page && (w.x - col.x).abs() < 2.0;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut last: Option<&super::Word> = None;
    let mut i = idx;
    while i < end.min(idx + 2000) {
        let j = s.line_end(i).max(i + 1);
        if let Some(w) = s.get(i).filter(|w| in_col(w) && w.y > h.y - 1.0) {
            match last {
                None if (w.y - h.y).abs() >= 1.0 => return None,
                Some(p) if w.y - p.y > 1.8 * p.size.max(1.0) => break,
                _ => {}
            }
            lines.push((i, j));
            last = Some(w);
        }
        i = j;
    }
    (!lines.is_empty()).then_some(lines)
}

/// The length in words of a decision heading "Tekniska nämndens beslut" at word `i` (two to
/// four words on one line: a capitalised first word, lower-case words after it, a genitive
/// before "beslut", the line ending there or the heading ending in a colon), if one starts
/// there.
fn genitive_decision_heading(s: &Stream, i: usize) -> Option<usize> {
    let first = s.get(i)?;
    if !capitalized(&first.text) || (s.rich && !first.line_start) {
        return None;
    }
    for n in 2..=4 {
        let last = s.get(i + n - 1).filter(|w| w.line == first.line)?;
        if last.text.trim_end_matches(':') == "beslut" {
            let owner = &s.get(i + n - 2)?.text;
            let genitive = owner.ends_with('s') && owner.chars().count() > 4;
            let alone = s.get(i + n).is_none_or(|x| x.line != first.line);
            return (genitive && (last.text.ends_with(':') || (s.rich && alone))).then_some(n);
        }
        if !last.text.chars().all(char::is_lowercase) {
            return None;
        }
    }
    None
}

/// The paragraph under head `h`, up to word `end`, with the fields of its `meeting`.
fn paragraph(s: &Stream, h: &Head, end: usize, meeting: &Protocol) -> Protocol {
    let (idx, from) = (h.idx, h.idx + h.used);
    let mut p = Protocol {
        page: s.get(idx).map(|w| w.page),
        paragraph: Some(h.number),
        label: Some(h.label.clone()),
        ..meeting.clone()
    };
    let secs = sections(s, from, end);
    let first_sec = secs.first().map(|x| x.0).unwrap_or(end);
    // Title: up to the diary number (or after it, when the number comes first), else to the
    // end of the heading's lines / first section.
    let (head, offs) = s.text_with_offsets(from, first_sec);
    let diary = diaries(&head).next();
    // (A form's label "Ärende" before the title is none of it.)
    let labelled = s.get(from).is_some_and(|w| w.text == "Ärende")
        && s.get(from + 1).is_some_and(|w| capitalized(&w.text));
    let word_at = |byte: usize| from + offs.iter().take_while(|&&o| o < byte).count();
    let title = match &diary {
        Some(d) => {
            let (a, b) = (word_at(d.start), word_at(d.end));
            if a > from {
                // A title wrapping in its cell with the number in a cell beside it ("Ansökan
                // om bygglov för" | "Dnr SBN 2023/00456" / "förskola på Lärkan 3"): the
                // cell's later lines are the title's too.
                let k = under_column_head(s, from, a);
                let before = before_number(head.get(offs[k - from]..d.start).unwrap_or(""));
                // (The number's cell may be read between the title's lines: it goes.)
                let cell = title_run(s, k, first_sec);
                let cell = match cell.split_once(&head[d.start..d.end]) {
                    Some((a, b)) => {
                        format!("{} {}", before_number(a), b.trim_start_matches([')', ' ']))
                    }
                    None => cell,
                };
                let cell = cell.trim_end().to_string();
                let longer = cell.len() > before.len() && cell.starts_with(before.trim_end());
                let no_number = diaries(&cell).next().is_none()
                    && !cell.split_whitespace().any(|w| w.starts_with("Dnr"));
                // (Not where text goes on after the number on its line: "§ 45 Budget 2024 (KS
                // 2023/112) Ekonomichefen redogör …".)
                let ends_line = s.get(b).is_none_or(|w| w.line_start);
                if s.rich && longer && no_number && ends_line {
                    cell
                } else {
                    before
                }
            } else {
                // "§ 45 Dnr KS 2019/123 Detaljplan för …": the title follows the number (and the
                // dash that joins them: "§ 12 KS 2023/145 – Budget 2024").
                title_run(s, b + usize::from(s.get(b).is_some_and(dash)), first_sec)
            }
        }
        None => title_run(s, from + usize::from(labelled), first_sec),
    };
    let title = match (&h.title, &h.glued) {
        (Some(t), _) => t.clone(),
        (None, Some(g)) => format!("{g} {title}"),
        (None, None) => title,
    };
    // The agenda's item beside the paragraph's head ("§ 134  Ärende 12" over the title, or in
    // a column right of the title, read into it) is the agenda's number, no part of the title.
    let title = match ITEM_RE.find(&title) {
        Some(m) if m.len() < title.len() => {
            format!("{} {}", &title[..m.start()], &title[m.end()..])
        }
        _ => title,
    };
    // A decision in a column of its own beside the title's: its words are no part of the title.
    let cell = decision_cell(s, idx, end);
    // (Only where the title holds a line of the cell: a title read from its own cell's lines
    // has none.)
    let mixed =
        |lines: &Vec<(usize, usize)>| lines.iter().any(|&(a, b)| title.contains(&s.text(a, b)));
    let title = match &cell {
        Some(lines) if mixed(lines) => {
            // The title's stretch of the stream, without the cell's words.
            let taken = |k: usize| lines.iter().any(|&(a, b)| (a..b).contains(&k));
            let n = title.split_whitespace().count();
            let mut words: Vec<String> = Vec::new();
            for w in (from..(from + n).min(end))
                .filter(|&k| !taken(k))
                .filter_map(|k| s.get(k))
            {
                let joined = words
                    .last()
                    .and_then(|l| crate::text::join_hyphenated(l, &w.text));
                words.truncate(words.len() - usize::from(joined.is_some()));
                words.push(joined.unwrap_or_else(|| w.text.to_string()));
            }
            words.join(" ")
        }
        _ => title,
    };
    p.title = Some(title_sentence(&crate::text::squash_ws(&title))).filter(|t| !t.is_empty());
    // Else a diary number set as a labelled row of its own ("Diarienummer | MHN 2022-001234"):
    // a number the rules know, or else the row's value as written (the label says what it
    // is), when it is short and holds digits.
    let labelled_row = |(k, &(at, _, n)): (usize, &(usize, &str, usize))| {
        let stop = secs.get(k + 1).map_or(end, |x| x.0);
        let known = diaries(&s.text(at, stop)).next().map(|i| i.id);
        known.or_else(|| {
            let v = s.text(at + n, s.line_end(at + n).min(stop));
            let short = (1..=3).contains(&v.split_whitespace().count());
            (short && v.chars().any(|c| c.is_ascii_digit())).then_some(v)
        })
    };
    let mut rows = secs.iter().enumerate().filter(|x| x.1 .1 == "Diarienummer");
    // Else a number labelled "Dnr" on a line of its own anywhere in the paragraph (a
    // right-aligned number some producers read after the paragraph's text).
    // Else one on a line of its own just above the head ("KS 2024/101" over "Title  § 112").
    p.diary_number = (diary.map(|d| d.id))
        .or_else(|| rows.find_map(labelled_row))
        .or_else(|| labelled_diary_line(s, from, end))
        .or_else(|| diary_above(s, h.idx))
        .map(DiaryNumber::from);
    let all = s.text(idx, end);
    p.referenced_diary_numbers = find_diary_numbers(&all)
        .into_iter()
        .map(DiaryNumber::from)
        .filter(|d| Some(d) != p.diary_number.as_ref())
        .collect();

    // The decision is what "Beslut" says; a proposal ("Förslag till beslut") only where no
    // decision is written out.
    let decided = secs.iter().any(|x| x.1 == "Beslut");
    for (k, &(at, label, n)) in secs.iter().enumerate() {
        let stop = secs.get(k + 1).map(|x| x.0).unwrap_or(end);
        let decides = p.decisions.is_empty() && !(label == "Förslag till beslut" && decided);
        // Reservations, protocol notes and special statements ("Särskilt yttrande").
        let statement = ["Reservation", "Protokollsanteckning", "Särskil"];
        match label {
            "Beslut" | "Förslag till beslut" if decides => {
                p.decisions = decisions(s, at + n, stop);
            }
            "Beslutsunderlag" | "Handlingar" | "Underlag" if p.basis.is_empty() => {
                p.basis = items(s, at + n, stop);
            }
            _ if statement.iter().any(|r| label.starts_with(r)) => {
                p.reservations.extend(statements(s, at + n, stop));
            }
            _ => {}
        }
    }
    if let Some(lines) = cell.filter(|_| p.decisions.is_empty()) {
        let text: Vec<String> = lines.iter().map(|&(a, b)| s.text(a, b)).collect();
        p.decisions = vec![text.join(" ")];
    }
    // No decision heading: the sentence that decides ("Direktionen beslutade …",
    // "Styrelsen beslutar att …") and what follows it in the paragraph.
    let body_end = secs
        .iter()
        .find(|(_, l, _)| {
            opens_signatures(l) || matches!(*l, "Justerandes signatur" | "Utdragsbestyrkande")
        })
        .map_or(end, |x| x.0);
    if p.decisions.is_empty() {
        let deciding =
            |&i: &usize| (decides_at(s, i) && !attributive(s, i)) || proposes(s, i) || acts(s, i);
        if let Some(at) = (from..body_end).find(deciding) {
            // From the start of the deciding sentence (at most four words back).
            let ended = |a: usize| s.get(a - 1).is_some_and(|p| super::ends_sentence(&p.text));
            let opens = |&a: &usize| a == from || a + 4 <= at || s.starts_unit(a) || ended(a);
            let a = (at.saturating_sub(4).max(from)..=at).rev().find(opens);
            // It ends at the next section ("Expedieras till:" set close under the decision).
            let stop = secs.iter().map(|x| x.0).find(|&x| x > at).unwrap_or(end);
            p.decisions = decisions(s, a.unwrap_or(at), stop.min(body_end));
            // Sentences of their own after the deciding one that decide nothing ("Valnämnden
            // fastställer …" set apart, then "Kansliet redogör för …") are the case's text.
            let verb = |w: String| DECIDES.contains(&w.as_str()) || ACTS.contains(&w.as_str());
            let decides = |d: &String| super::norm_words(d).into_iter().any(verb);
            if p.decisions.first().is_some_and(decides) {
                p.decisions.retain(decides);
            }
        }
    }
    // A reservation or a note on the meeting itself written as a sentence after the
    // decision ("Mot beslutet reserverar sig Kent Ahl (C).", "Sammanträdet förklaras
    // avslutat kl. 19.05.") is no part of it, nor is such a sentence set as a paragraph of
    // its own after the decision.
    for re in [&*RESERVES_RE, &*PROCEDURE_RE] {
        for d in &mut p.decisions {
            if let Some(m) = re.find(d) {
                let start = sentence_start(d, m.start());
                if start > 0 {
                    *d = d[..start].trim().to_string();
                }
            }
        }
        if p.decisions.len() > 1 {
            p.decisions.retain(|d| !re.is_match(d));
        }
    }
    // Reservations written as sentences ("Anna Berg (M) reserverar sig mot beslutet."),
    // where no heading gathers them.
    let text = (p.reservations.is_empty()).then(|| s.text(from, body_end));
    let text = text.unwrap_or_default();
    for m in RESERVES_RE.find_iter(&text) {
        let stop = text[m.end()..]
            .find('.')
            .map_or(text.len(), |k| m.end() + k + 1);
        let t = text[sentence_start(&text, m.start())..stop]
            .trim()
            .to_string();
        if !t.is_empty() && !p.reservations.iter().any(|r| r.contains(&t)) {
            p.reservations.push(t);
        }
    }
    p
}

/// Where the sentence that byte `at` of `t` stands in starts.
fn sentence_start(t: &str, at: usize) -> usize {
    t[..at].rfind(['.', '!', '?']).map_or(0, |k| k + 1)
}

/// Where a title in plain type starts under a bold word alone on its line after the head at
/// `from` (a grid's column head: "§ | Ärende" over "45 | Title"), before the diary number at
/// `a`; else `from`.
fn under_column_head(s: &Stream, from: usize, a: usize) -> usize {
    let lone = s.get(from).is_some_and(|w| w.bold) && s.get(from + 1).is_some_and(|w| w.line_start);
    let plain = (from + 1..a).all(|j| s.get(j).is_some_and(|w| !w.bold));
    if s.rich && lone && from + 1 < a && plain {
        from + 1
    } else {
        from
    }
}

/// A title before its diary number on the head's line, without what joins them ("Title (dnr",
/// "Title,", "Title –").
fn before_number(t: &str) -> String {
    let t = t.trim_end();
    // The cue is the last word or two ("Dnr", "(dnr", "Reg. no.").
    let cut = |n: usize| {
        let (head, cue) = t
            .rsplitn(n + 1, ' ')
            .fold((None, Vec::new()), |(h, mut c), part| {
                if c.len() < n {
                    c.insert(0, part);
                    (h, c)
                } else {
                    (Some(part), c)
                }
            });
        head.filter(|_| is_diary_cue(cue.join(" ").trim_start_matches('(')))
    };
    let t = cut(1).or_else(|| cut(2)).unwrap_or(t);
    t.trim_end_matches([' ', '(', ',', ':', '–', '-'])
        .to_string()
}

/// The diary numbers in a text, in order.
fn diaries(t: &str) -> impl Iterator<Item = crate::ident::Ident> {
    let all = crate::ident::find_all(t).into_iter();
    all.filter(|i| i.kind == crate::ident::IdentKind::Diary)
}

/// The diary number of a line in `from..end` that holds only it and its label ("Dnr KS
/// 2024/00321", "Diarienummer: MN 2020-000456").
fn labelled_diary_line(s: &Stream, from: usize, end: usize) -> Option<String> {
    (from..end).find_map(|j| {
        let w = s.get(j)?;
        if !((j == from || w.line_start) && is_diary_cue(&w.text)) {
            return None;
        }
        let k = s.line_end(j).min(end.min(j + 6));
        if s.rich && s.get(k).is_some_and(|x| x.line == w.line) {
            return None;
        }
        diaries(&s.text(j, k)).find(|i| i.start == 0).map(|i| i.id)
    })
}

/// The diary number that the line just above word `idx` (a line start) holds and nothing
/// else: "KS 2024/101", "Dnr KS 2024/101".
fn diary_above(s: &Stream, idx: usize) -> Option<String> {
    let line = s.get(idx.checked_sub(1)?)?.line;
    if !s.rich || !s.get(idx)?.line_start {
        return None;
    }
    let a = (0..idx)
        .rev()
        .take_while(|&j| s.get(j).is_some_and(|w| w.line == line))
        .last()?;
    let t = s.text(a, idx);
    let d = diaries(&t).find(|i| i.end == t.len())?;
    let cue = t[..d.start].trim();
    (cue.is_empty() || is_diary_cue(cue)).then_some(d.id)
}

/// Verbs that state a decision (in Swedish, then in minutes in English).
static DECIDES: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels("beslutar|beslutade|beslöt|beslutas|beslutades|resolved|decided|resolves|decides")
});

/// Verbs by which a meeting decides, said by the body itself, in the past tense ("Stämman
/// fastställde …", "Årsmötet beviljade …", "Styrelsen valde …") or the present ("Valnämnden
/// fastställer …", "Nämnden uppdrar åt …": a decision set apart with no heading over it).
static ACTS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    labels(concat!(
        "fastställde|beviljade|valde|godkände|antog|utsåg|biföll|avslog|",
        "fastställer|beviljar|väljer|godkänner|antar|utser|bifaller|avslår|uppdrar",
    ))
});

/// Whether word `i` is one of [`ACTS`] after a body that meets at the start of a sentence.
fn acts(s: &Stream, i: usize) -> bool {
    let body = i
        .checked_sub(1)
        .filter(|&j| s.starts_unit(j))
        .and_then(|j| s.get(j));
    let meets = |w: &str| names_organ(w) || w.ends_with("stämman") || w.ends_with("mötet");
    body.is_some_and(|w| meets(&w.text.to_lowercase())) && ACTS.contains(&s.norm(i).as_str())
}

/// Whether the deciding word `i` is a participle before its noun ("den av fullmäktige
/// beslutade investeringsbudgeten", "de tidigare beslutade åtgärderna"): "beslutade" after a
/// determiner among the three words before it in its sentence, followed by a lower-case word
/// that is no "att".
fn attributive(s: &Stream, i: usize) -> bool {
    if s.norm(i) != "beslutade" || s.get(i).is_some_and(|w| super::ends_sentence(&w.text)) {
        return false;
    }
    let noun_after = s.get(i + 1).is_some_and(|n| {
        n.text.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                n.text.as_str(),
                "att" | "enligt" | "i" | "om" | "följande" | "därför"
            )
    });
    let mut before = (i.saturating_sub(3)..i).filter_map(|j| s.get(j).map(|p| p.text.as_str()));
    let determiner = |p: &str| {
        let w = super::norm_word(p);
        labels("den|det|de|denna|detta|dessa|tidigare|redan").contains(&w.as_str())
    };
    noun_after && !before.clone().any(super::ends_sentence) && before.any(determiner)
}

/// Whether word `i` is "besluta" of a proposal that ends its sentence on it or on "att"
/// ("… föreslår kommunstyrelsen besluta" over att-satser): the proposal a committee decides.
fn proposes(s: &Stream, i: usize) -> bool {
    let Some(w) = s.get(i) else { return false };
    let bare = w.text.trim_end_matches(':');
    let closes = w.text.ends_with(':')
        || s.get(i + 1)
            .is_none_or(|n| n.line_start || n.text == "att" || n.text.starts_with(['-', '–', '•']));
    bare == "besluta"
        && closes
        && (i.saturating_sub(4)..i).any(|j| s.get(j).is_some_and(|x| x.text == "föreslår"))
}

static RESERVES_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\breserver(?:ar|ade)\s+sig\b|\b(?:anmäler|lämnar|lämnade|anmälde)\s+(?:en\s+)?(?:protokollsanteckning|särskilt yttrande)",
    )
});

/// The meeting itself adjourned, resumed, closed ("Sammanträdet ajourneras kl. 15.10",
/// "Mötet förklarades avslutat"): what the minutes note, not what a body decides.
static PROCEDURE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:Sammanträdet|Mötet|Stämman|Sessionen)\s+(?:förklara|ajourner|återuppt|avslut|öppna)\p{Ll}*\b",
    )
});

/// The heading's own title: the style run (real layout) or, without layout, the text to the
/// first section, cut at the first sentence end when it is long.
fn title_run(s: &Stream, from: usize, first_sec: usize) -> String {
    if s.rich {
        let st = s.get(from);
        let styled = |(w, st): (&super::Word, &super::Word)| {
            w.bold == st.bold && (w.size - st.size).abs() < 0.3 && w.block == st.block
        };
        let k = (from..first_sec).find(|&k| !s.get(k).zip(st).is_some_and(styled));
        let k = k.unwrap_or(first_sec);
        // A title in a narrow table cell read row by row with the cell beside it ("Ansökan om
        // strandskyddsdispens för brygga" | "Förvaltningen har …" / "på fastigheten Sjövik
        // 1:4" | "kommunicerat …"): the cell's later lines, in its column (the same left edge,
        // style and page) before the first section, are the title's.
        // The title's lines are those of its style: the text under it in its cell ends it.
        if let Some(st) = st.filter(|_| k < first_sec) {
            let rest: Vec<&super::Word> = (k..first_sec)
                .filter_map(|j| s.get(j))
                .filter(|w| (w.x - st.x).abs() < 1.0 && w.page == st.page)
                .take_while(|w| w.bold == st.bold && w.same_size(st, 0.3))
                .collect();
            let lines: std::collections::BTreeSet<u32> =
                rest.iter().map(|w| w.line).chain([st.line]).collect();
            let beside = s.get(k).is_some_and(|w| (w.x - st.x).abs() > 40.0);
            if !rest.is_empty() && beside && lines.len() <= 6 && rest.len() <= 24 {
                let mut t = s.text(from, k);
                for w in rest {
                    if !(t.ends_with(['-', '–'])
                        && w.text.starts_with(|c: char| c.is_ascii_digit()))
                    {
                        t.push(' ');
                    }
                    t.push_str(&w.text);
                }
                return t;
            }
        }
        // Same style as the text: the heading is its first line.
        if k >= first_sec && !st.is_some_and(|w| w.bold) {
            let j = s.line_end(from).min(first_sec);
            if j < first_sec {
                return s.text(from, j);
            }
        }
        return s.text(from, k);
    }
    let head = s.text(from, first_sec);
    let long = head.split_whitespace().count() > 20;
    let stop = (from..first_sec)
        .find(|&k| long && s.get(k).is_some_and(|w| super::ends_sentence(&w.text)));
    stop.map_or(head, |k| {
        s.text(from, k + 1).trim_end_matches(['.', ':']).to_string()
    })
}

/// A title that a sentence follows on its line ("Mötets öppnande. Ordföranden förklarade mötet
/// öppnat."): its first sentence, without the [`full_stop`] ("Medlemsavgift 2025." too).
fn title_sentence(t: &str) -> String {
    let words: Vec<&str> = t.split(' ').collect();
    for k in 0..words.len() {
        let rest = words.len() - k - 1;
        if full_stop(words[k]) && (rest == 0 || (rest >= 2 && capitalized(words[k + 1]))) {
            return words[..=k].join(" ").trim_end_matches('.').to_string();
        }
    }
    t.to_string()
}

/// Whether a word ends a sentence with a full stop: after a word of four letters or more or a
/// year, not after an abbreviation ("kl.", "m.m.").
fn full_stop(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|stem| {
        (stem.chars().count() >= 4 && stem.chars().all(char::is_alphabetic))
            || (stem.len() == 4 && stem.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Whether a line is prose (five words or more, capitalised, with a [`full_stop`]): no part of a
/// field's value ("Beslutslistan är inte justerad. …" under "Plats  Kommunhuset").
fn prose(l: &str) -> bool {
    let w: Vec<&str> = l.split_whitespace().collect();
    w.len() >= 5 && capitalized(w[0]) && w.iter().any(|x| full_stop(x))
}

/// Decisions in `from..end`: numbered items ("1. … 2. …"), else bullets ("•", "-", "–"),
/// else att-satser ("… beslutar att … att …"), else the whole text as one decision.
fn decisions(s: &Stream, from: usize, end: usize) -> Vec<String> {
    let end = unnamed_heading(s, from, end);
    // A list's items, each without what joins it to the next (the comma of "att …," in a
    // line or a bullet alike), each ending at [`item_end`] (a numbered one at the next).
    let list = |starts: &[usize], marker: usize, numbered: bool| -> Vec<String> {
        let stop = move |a, b| if numbered { b } else { item_end(s, a, b) };
        runs(s, starts, marker, end, stop).map(att_sats).collect()
    };
    let mut starts: Vec<usize> = Vec::new();
    let mut expect = 1u32;
    for i in from..end {
        let Some(w) = s.get(i) else { break };
        // "1. Motionen besvaras.", "1. att godkänna …": a numbered decision or att-sats.
        // (Not a number that ends the text: "… enligt bilaga 1.")
        let next = s.get(i + 1).filter(|_| i + 1 < end);
        let item = next.is_some_and(|x| capitalized(&x.text) || x.text == "att");
        // A list that Word numbers on from an earlier one ("3.", "4.") starts at its number
        // on a line of its own after the lead-in.
        let n = (w.text.strip_suffix(['.', ')'])).and_then(|d| d.parse::<u32>().ok());
        let first = starts.is_empty() && s.rich && w.line_start && leads_in(s, from, i);
        if item && n.is_some_and(|n| n == expect || (first && n < 100)) {
            starts.push(i);
            expect = n.map_or(expect, |n| n + 1);
        }
    }
    if !starts.is_empty() {
        return list(&starts, 1, true);
    }
    // Lettered items "a) att …", "b) att …" at the starts of lines, in order: each an
    // att-sats of its own.
    let mut letters: Vec<usize> = Vec::new();
    for i in from..end {
        let expect = char::from(b'a' + letters.len().min(25) as u8);
        if s.get(i).is_some_and(|w| w.text == format!("{expect})")) && s.starts_unit(i) {
            letters.push(i);
        }
    }
    if letters.len() >= 2 {
        return list(&letters, 1, false);
    }
    let bullets: Vec<usize> = (from..end)
        .filter(|&i| s.get(i).is_some_and(dash) && (s.starts_unit(i) || !s.rich))
        .collect();
    // One bullet opening the decision, or after its lead-in ("… beslutar", "… beslutar
    // att", "…:"), is a list of one.
    let lone_bullet = bullets.len() == 1 && leads_in(s, from, bullets[0]);
    if let Some(&last) = bullets.last().filter(|_| bullets.len() >= 2 || lone_bullet) {
        // A second lead-in after the list ("… föreslår fullmäktige besluta" over bullets,
        // then "… beslutar för egen del" over att-satser): its att-satser decide too.
        let tail = item_end(s, last, end);
        let att = (tail..end).find(|&k| s.get(k).is_some_and(|w| w.text == "att" && w.line_start));
        let led = |&k: &usize| (tail..k).any(|j| decides_at(s, j));
        let more = att.filter(led).map(|k| decisions(s, k, end));
        return list(&bullets, 1, false)
            .into_iter()
            .chain(more.into_iter().flatten())
            .collect();
    }
    // att-satser: "att" starting a line (layout) or after a semicolon / sentence end.
    // (Not an "att" that starts a line only because the deciding sentence wrapped there: "…
    // beslutade att ge VD i uppdrag" / "att slutföra …", the line before holding the verb's
    // own "att" and ending in no punctuation.)
    let joins = |p: &super::Word| p.text.ends_with([';', ',', '.', ':']);
    let wrapped = |i: usize, p: &super::Word| {
        let on_line = |j: &usize| s.get(*j).is_some_and(|w| w.line == p.line);
        let a = (from..i).rev().take_while(on_line).last().unwrap_or(i);
        let verb_att = |j: usize| decides_at(s, j) && s.get(j + 1).is_some_and(|w| w.text == "att");
        !joins(p) && (a..i.saturating_sub(1)).any(verb_att)
    };
    let atts: Vec<usize> = (from..end)
        .filter(|&i| {
            s.get(i).is_some_and(|w| w.text == "att" || w.text == "Att")
                && i.checked_sub(1).and_then(|j| s.get(j)).is_some_and(|p| {
                    (s.rich && s.get(i).is_some_and(|w| w.line_start) && !wrapped(i, p))
                        || joins(p)
                        || decides_at(s, i - 1)
                })
        })
        .collect();
    // One att-sats on its own line under "… beslutar": a list of one, as two would be.
    let lone = s.rich && matches!(atts[..], [a] if s.starts_unit(a) && decides_at(s, a - 1));
    if atts.len() >= 2 || lone {
        return list(&atts, 0, false);
    }
    // Paragraphs of their own, each one whole sentence or more ("Styrelsen beslutade att …" /
    // "The board resolved to …"): a decision each.
    if s.rich {
        let lines = std::iter::successors(Some(from), |&i| Some(s.line_end(i)));
        let lines = lines.take_while(|&i| i < end.min(s.words.len()));
        let lines: Vec<(usize, usize)> = lines.map(|a| (a, s.line_end(a).min(end))).collect();
        let block = |a: usize| s.get(a).map(|w| w.block);
        let chunks = lines.chunk_by(|x, y| block(x.0) == block(y.0));
        let blocks: Vec<(usize, usize)> = chunks.map(|c| (c[0].0, c[c.len() - 1].1)).collect();
        let whole = |&(a, b): &(usize, usize)| {
            s.get(a)
                .is_some_and(|w| capitalized(&w.text) && w.line_start)
                && s.get(b - 1).is_some_and(|w| w.text.ends_with(['.', '!']))
        };
        // (Else lines of their own, each one whole sentence: a producer that sets the
        // decisions' paragraphs with no more space between them than between lines.)
        for units in [blocks, lines] {
            if units.len() >= 2 && units.iter().all(whole) {
                return units.iter().map(|&(a, b)| s.text(a, b)).collect();
            }
        }
    }
    let t = s.text(from, end);
    (!t.is_empty()).then_some(t).into_iter().collect()
}

/// Where a heading that no label names ends the text `from..end` (a decision, then
/// "Justering" over "Paragrafen justeras omedelbart."): a line after the first that is a
/// [`styled_heading`] of up to four words, under text that is not bold.
fn unnamed_heading(s: &Stream, from: usize, end: usize) -> usize {
    if !s.rich || s.get(from).is_none_or(|w| w.bold) {
        return end;
    }
    let next = |i: usize| Some(s.line_end(i).min(end)).filter(|&j| j > i && j < end);
    let mut lines = std::iter::successors(next(from), |&i| next(i));
    let heading = |&i: &usize| styled_heading(s, i, s.line_end(i).min(end), 4);
    lines.find(heading).unwrap_or(end)
}

/// Whether word `i` opens the decision in `from..` or follows its lead-in ("… beslutar",
/// "… beslutar att", "…:").
fn leads_in(s: &Stream, from: usize, i: usize) -> bool {
    let lead = |p: &super::Word| p.text.ends_with(':') || p.text == "att";
    i == from
        || i.checked_sub(1)
            .is_some_and(|j| decides_at(s, j) || s.get(j).is_some_and(lead))
}

/// Whether word `i` is a verb that states a decision ("beslutar", "Beslutade:", "resolved").
fn decides_at(s: &Stream, i: usize) -> bool {
    DECIDES.contains(&s.norm(i).as_str())
}

/// The text of each item of a list whose items start at the words `starts` (after a marker
/// of `marker` words): up to `stop(its start, the next item's or end)`; empty ones left out.
fn runs<'a>(
    s: &'a Stream,
    starts: &'a [usize],
    marker: usize,
    end: usize,
    stop: impl Fn(usize, usize) -> usize + 'a,
) -> impl Iterator<Item = String> + 'a {
    let ends = starts.iter().skip(1).copied().chain([end]);
    let all = starts.iter().zip(ends);
    all.map(move |(&a, b)| s.text(a + marker, stop(a, b)))
        .filter(|t| !t.is_empty())
}

/// An att-sats as a decision: without the comma, semicolon or "och" that joins it to the next.
fn att_sats(t: String) -> String {
    t.trim_end_matches([';', ','])
        .trim_end_matches(" och")
        .to_string()
}

/// Where the last item of a list that starts at word `a` ends: at the first line after it
/// that opens another paragraph (block) on the same page ("Denna paragraf förklarades
/// omedelbart justerad." after the decisions), else at `end`. Without layout, at `end`.
fn item_end(s: &Stream, a: usize, end: usize) -> usize {
    let Some(first) = s.get(a).filter(|_| s.rich) else {
        return end;
    };
    let other = |w: &super::Word| w.line_start && w.block != first.block && w.page == first.page;
    (a + 1..end)
        .find(|&i| s.get(i).is_some_and(other))
        .unwrap_or(end)
}

/// The statements under a reservation heading: one per line that starts after a sentence
/// ends ("Moderaterna reserverar sig …" / "Sverigedemokraterna reserverar sig …"), a
/// statement that wraps staying whole.
fn statements(s: &Stream, from: usize, end: usize) -> Vec<String> {
    let ended = |i: usize| s.get(i - 1).is_some_and(|w| super::ends_sentence(&w.text));
    let cut = |&i: &usize| s.get(i).is_some_and(|w| w.line_start) && ended(i);
    let starts: Vec<usize> = std::iter::once(from)
        .chain((from + 1..end).filter(cut))
        .collect();
    runs(s, &starts, 0, end, |_, b| b).collect()
}

/// Whether a word marks a list's item (the stream reads every bullet glyph as "•").
fn dash(w: &super::Word) -> bool {
    matches!(w.text.as_str(), "-" | "–" | "•" | "*")
}

/// The items of a list in `from..end`: "- " items, else one item per line (real layout) or
/// the whole text.
fn items(s: &Stream, from: usize, end: usize) -> Vec<String> {
    let dashes: Vec<usize> = (from..end)
        .filter(|&i| s.get(i).is_some_and(dash))
        .collect();
    let (starts, marker) = if !dashes.is_empty() {
        (dashes, 1)
    } else if s.rich {
        let lines = s.line_ranges(from).into_iter().map(|l| l.0);
        (lines.take_while(|&i| i < end).collect(), 0)
    } else {
        (vec![from], 0)
    };
    runs(s, &starts, marker, end, |_, b| b).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_one_a_line_are_apart_and_a_wrapped_name_is_whole() {
        assert_eq!(
            names("Eva Sandberg, ordförande\nPer Hallin\nMaria Lövgren"),
            ["Eva Sandberg", "Per Hallin", "Maria Lövgren"]
        );
        // A long list wraps inside a name: the line break is no separator there.
        assert_eq!(
            names("Anna Holm, Björn Dahl, Cecilia\nStrand, David Ek"),
            ["Anna Holm", "Björn Dahl", "Cecilia Strand", "David Ek"]
        );
        // Two names on one line without separators go in pairs.
        assert_eq!(
            names("\nEva Sandberg Per Hallin"),
            ["Eva Sandberg", "Per Hallin"]
        );
    }

    #[test]
    fn a_chair_named_with_a_comma_and_bodies_in_the_genitive() {
        let header = "PROTOKOLL\nNärvarande: Eva Sandberg (S), ordförande\nPer Hallin";
        assert_eq!(
            with_role(header, "ordförande").as_deref(),
            Some("Eva Sandberg")
        );
        assert_eq!(with_role("Ordföranden, ordförande", "ordförande"), None);
        assert_eq!(
            organ_genitive("Direktionens").as_deref(),
            Some("Direktionen")
        );
        assert_eq!(
            organ_genitive("kommunfullmäktiges").as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(organ_genitive("bankens"), None);
        assert_eq!(
            body_meeting("Protokoll från direktionens sammanträde den 8 april").as_deref(),
            Some("Direktionen")
        );
        assert_eq!(body_meeting("Protokoll från årsmötet"), None);
    }
}
