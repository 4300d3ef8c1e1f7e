//! Protocol paragraphs (Protokollsutdrag): body, date, time, place, §, title, diary numbers,
//! people, decisions, basis documents.
//!
//! A protocol (or an extract of one) opens with a header of label/value rows
//! ("Sammanträdestid 2020-04-06 kl. 15:00-15:25", "Plats …", "Utses att justera …") and a
//! signature block ("Sekreterare …", "Ordförande …", "Justerande …"); the header is read as
//! text cut at the known labels, so it works whether the extractor gives label and value on
//! one line or on two. Each paragraph starts with "§ N" (OCR may read "§" as "8" or "S")
//! followed by its title and the matter's diary number; inside it, the headings
//! "Sammanfattning", "Beslut", "Beslutsunderlag", … cut the text. Decisions are the numbered
//! items after "Beslut" (the whole decision text when it is not numbered); the basis
//! documents are the "- " items (or the lines) after "Beslutsunderlag".
//!
//! The body that met is taken, in order, from the document title ("Protokollsutdrag,
//! Kommunstyrelsen 2020-04-06, …"), from the top of the first page, from the body the
//! decision is proposed to ("… föreslår kommunstyrelsen besluta"), or from the subject of
//! the first decision ("Kommunfullmäktige beslutar …").

use std::sync::LazyLock;

use regex::Regex;

use super::references::find_diary_numbers;
use super::{capitalized, Stream};
use crate::model::{ExtractedDoc, Protocol};

/// Header and signature labels, longest first where one is a prefix of another.
const HEADER_LABELS: &[&str] = &[
    "Sammanträdestid",
    "Sammanträdesdatum",
    "Sammanträdesplats",
    "Tid och plats",
    "Plats",
    "Beslutande ledamöter",
    "Beslutande",
    "Tjänstgörande ersättare",
    "Ersättare",
    "Övriga närvarande",
    "Övriga deltagande",
    "Utses att justera",
    "Justeringsdatum",
    "Justeringens plats och tid",
    "Justeringen",
    "Protokollet omfattar",
    "Underskrifter",
    "Sekreterare",
    "Ordförande",
    "Justerande",
    "Justerare",
    "Tid",
];

/// Headings inside a paragraph.
const SECTION_LABELS: &[&str] = &[
    "Sammanfattning",
    "Ärendet",
    "Yrkanden",
    "Yrkande",
    "Beslutsgång",
    "Reservationer",
    "Reservation",
    "Särskilda yttranden",
    "Särskilt yttrande",
    "Beslutsunderlag",
    "Förslag till beslut",
    "Beslut",
    "Expedieras",
    "Beslutet skickas till",
    "Justerandes signatur",
    "Utdragsbestyrkande",
];

static ISO_DATE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").expect("static regex"));
static SV_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|20)\d\d)\b")
        .expect("static regex")
});
static TIME_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:kl\.?|klockan)\s*(\d{1,2}[:.]\d\d(?:\s*[-–]\s*\d{1,2}[:.]\d\d)?)")
        .expect("static regex")
});
static PARAGRAPH_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:§|8|S)\s*(\d{1,4})$|^§(\d{1,4})$").expect("static regex"));
static BODY_IN_TITLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:protokoll\w*)[,:\s–-]+(\p{Lu}[\p{L}-]+(?:\s+\p{Ll}*(?:utskott|nämnd)\p{Ll}*)?)",
    )
    .expect("static regex")
});
static PROPOSED_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"föreslår\s+(\p{L}+(?:\s+\p{Ll}*(?:utskott|nämnd)\p{Ll}*)?)\s+(?:att\s+)?besluta")
        .expect("static regex")
});
static PARTY_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([^)]*\)").expect("static regex"));

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// Find the paragraphs of a protocol.
pub(crate) fn find(doc_id: &str, doc: &ExtractedDoc, s: &Stream) -> Vec<Protocol> {
    let heads = paragraph_heads(s);
    let header_end = heads.first().map(|h| h.0).unwrap_or(s.words.len());
    let header = s.text(0, header_end);
    let fields = header_fields(&header);
    let get = |label: &str| -> Option<String> {
        fields
            .iter()
            .find(|(l, v)| *l == label && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    let when = get("Sammanträdestid")
        .or_else(|| get("Sammanträdesdatum"))
        .or_else(|| get("Tid och plats"))
        .or_else(|| get("Tid"))
        .unwrap_or_else(|| header.clone());
    let date = parse_date(&when).or_else(|| parse_date(&header));
    let time = TIME_RE
        .captures(&when)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().split_whitespace().collect::<String>());
    let place = get("Plats").or_else(|| get("Sammanträdesplats"));
    let chair = get("Ordförande")
        .map(|v| person(&v))
        .or_else(|| role_in_list(&header, "Ordförande"));
    let secretary = get("Sekreterare")
        .map(|v| person(&v))
        .or_else(|| role_in_list(&header, "Sekreterare"));
    let adjuster = get("Utses att justera")
        .or_else(|| get("Justerande"))
        .or_else(|| get("Justerare"))
        .map(|v| person(&v));

    let whole = s.text(0, s.words.len());
    let body = doc
        .title
        .as_deref()
        .and_then(body_from_title)
        .or_else(|| body_from_title(&header))
        .or_else(|| {
            PROPOSED_TO_RE
                .captures(&whole)
                .and_then(|c| c.get(1))
                .map(|m| upper_first(m.as_str()))
        });

    let mut out = Vec::new();
    for (k, &(idx, number)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map(|h| h.0).unwrap_or(s.words.len());
        let mut p = paragraph(s, idx, end);
        p.doc = doc_id.to_string();
        p.paragraph = Some(number);
        p.body = body.clone();
        p.date = date.clone();
        p.time = time.clone();
        p.place = place.clone();
        p.chair = chair.clone();
        p.secretary = secretary.clone();
        p.adjuster = adjuster.clone();
        out.push(p);
    }
    // One meeting, one body: else the subject of the decisions of any paragraph.
    if body.is_none() {
        let decided = out.iter().find_map(|p| deciding_body(&p.decisions));
        for p in &mut out {
            p.body = decided.clone();
        }
    }
    out
}

/// The "§ N" words that open paragraphs: (word index, N).
fn paragraph_heads(s: &Stream) -> Vec<(usize, u32)> {
    let mut out: Vec<(usize, u32)> = Vec::new();
    let mut i = 0;
    while i < s.words.len() {
        let Some(w) = s.get(i) else { break };
        let (cand, used) = match s.get(i + 1) {
            Some(n) if matches!(w.text.as_str(), "§" | "8" | "S") => {
                (format!("{} {}", w.text, n.text), 2)
            }
            _ => (w.text.clone(), 1),
        };
        let number = PARAGRAPH_RE.captures(&cand).and_then(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .and_then(|m| m.as_str().parse::<u32>().ok())
        });
        if let Some(n) = number {
            let followed = s.get(i + used).is_some_and(|x| capitalized(&x.text));
            // A heading starts a line; without layout, "§" itself may stand anywhere, its OCR
            // look-alikes "8"/"S" only at a sentence start.
            let starts = s.starts_unit(i) || (!s.rich && w.text.starts_with('§'));
            // "Protokollet omfattar §216" lists paragraphs; it is not a heading.
            let listed = i
                .checked_sub(1)
                .and_then(|j| s.get(j))
                .is_some_and(|p| p.text.eq_ignore_ascii_case("omfattar"));
            if followed && starts && !listed && out.last().is_none_or(|l| l.1 < n) {
                out.push((i, n));
                i += used;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Cut a text at the header labels: (label, value) in order.
fn header_fields(text: &str) -> Vec<(&'static str, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut i = 0;
    let mut current: Option<(&'static str, Vec<&str>)> = None;
    while i < words.len() {
        let mut hit = None;
        for l in HEADER_LABELS {
            let parts: Vec<&str> = l.split(' ').collect();
            let ok = parts.iter().enumerate().all(|(k, p)| {
                words
                    .get(i + k)
                    .is_some_and(|w| w.trim_end_matches(':') == *p)
            });
            if ok {
                hit = Some((*l, parts.len()));
                break;
            }
        }
        match hit {
            Some((l, n)) => {
                if let Some((cl, v)) = current.take() {
                    out.push((cl, v.join(" ")));
                }
                current = Some((l, Vec::new()));
                i += n;
            }
            None => {
                if let Some((_, v)) = current.as_mut() {
                    if let Some(w) = words.get(i) {
                        v.push(w);
                    }
                }
                i += 1;
            }
        }
    }
    if let Some((cl, v)) = current.take() {
        out.push((cl, v.join(" ")));
    }
    out
}

/// A person's name without party and role in parentheses.
fn person(v: &str) -> String {
    crate::text::squash_ws(&PARTY_RE.replace_all(v, " "))
}

/// The person listed with "(Role)" in a participant list: "Anna Andersson (S) (Ordförande)".
fn role_in_list(text: &str, role: &str) -> Option<String> {
    let needle = format!("({role})");
    let pos = text.find(&needle)?;
    let before = text.get(..pos)?;
    let before = PARTY_RE.replace_all(before, " ");
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut name: Vec<&str> = Vec::new();
    for w in words.iter().rev() {
        if capitalized(w) && name.len() < 4 && !HEADER_LABELS.iter().any(|l| l.ends_with(*w)) {
            name.push(w);
        } else {
            break;
        }
    }
    name.reverse();
    (!name.is_empty()).then(|| name.join(" "))
}

fn parse_date(s: &str) -> Option<String> {
    if let Some(c) = ISO_DATE_RE.captures(s) {
        return Some(format!(
            "{}-{}-{}",
            c.get(1)?.as_str(),
            c.get(2)?.as_str(),
            c.get(3)?.as_str()
        ));
    }
    let c = SV_DATE_RE.captures(s)?;
    let day: u32 = c.get(1)?.as_str().parse().ok()?;
    let month = c.get(2)?.as_str().to_lowercase();
    let m = MONTHS.iter().position(|x| *x == month)? + 1;
    Some(format!("{}-{:02}-{:02}", c.get(3)?.as_str(), m, day))
}

fn body_from_title(t: &str) -> Option<String> {
    let c = BODY_IN_TITLE_RE.captures(t)?;
    let b = c.get(1)?.as_str().to_string();
    let first = b.split_whitespace().next().unwrap_or("");
    let is_label = HEADER_LABELS
        .iter()
        .any(|l| l.split(' ').next() == Some(first));
    (!is_label && !b.chars().any(|c| c.is_ascii_digit())).then_some(b)
}

/// The body named as the subject of the first decision ("Kommunfullmäktige beslutar …",
/// "Kommunstyrelsen godkänner …"): a capitalised word followed by a verb in the present.
fn deciding_body(decisions: &[String]) -> Option<String> {
    let first = decisions.first()?;
    let mut words = first.split_whitespace();
    let subject = words.next()?;
    let verb = words.next()?;
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
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Where each section heading stands in the words `from..end`: (index, label, words used).
fn sections(s: &Stream, from: usize, end: usize) -> Vec<(usize, &'static str, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < end {
        let mut hit = None;
        for l in SECTION_LABELS {
            let parts: Vec<&str> = l.split(' ').collect();
            let ok = parts.iter().enumerate().all(|(k, p)| {
                s.get(i + k)
                    .is_some_and(|w| w.text.trim_end_matches(':') == *p)
            });
            if ok {
                hit = Some((*l, parts.len()));
                break;
            }
        }
        if let Some((l, n)) = hit {
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
            let next_ok = next.is_none_or(|x| {
                capitalized(&x.text)
                    || x.text.starts_with(['-', '–', '•'])
                    || x.text.chars().next().is_some_and(|c| c.is_ascii_digit())
            });
            if (alone || starts || prev_para) && next_ok {
                out.push((i, l, n));
                i += n;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn paragraph(s: &Stream, idx: usize, end: usize) -> Protocol {
    let mut p = Protocol {
        page: s.get(idx).map(|w| w.page),
        ..Protocol::default()
    };
    let number_words = if s.get(idx).is_some_and(|w| w.text.len() > 2) {
        1
    } else {
        2
    };
    let secs = sections(s, idx + number_words, end);
    let first_sec = secs.first().map(|x| x.0).unwrap_or(end);
    // Title: up to the diary number, else to the end of the heading's lines / first section.
    let (head, _) = s.text_with_offsets(idx + number_words, first_sec);
    let diary_at = super::references::find_diary_numbers(&head)
        .into_iter()
        .next();
    let title = match &diary_at {
        Some(d) => {
            // Cut at the first word that normalises to the diary number.
            let mut cut = first_sec;
            for k in idx + number_words..first_sec {
                if s.get(k)
                    .and_then(|w| {
                        super::references::normalize_diary_number(
                            w.text.trim_matches(|c: char| !c.is_alphanumeric()),
                        )
                    })
                    .as_deref()
                    == Some(d.as_str())
                {
                    cut = k;
                    break;
                }
            }
            s.text(idx + number_words, cut)
        }
        None if s.rich => {
            // The heading's own style run.
            let st = s.get(idx + number_words);
            let mut k = idx + number_words;
            while k < first_sec
                && s.get(k).zip(st).is_some_and(|(w, st)| {
                    w.bold == st.bold && (w.size - st.size).abs() < 0.3 && w.block == st.block
                })
            {
                k += 1;
            }
            s.text(idx + number_words, k)
        }
        None => head.clone(),
    };
    p.title = Some(crate::text::squash_ws(&title)).filter(|t| !t.is_empty());
    p.diary_number = diary_at;
    let all = s.text(idx, end);
    p.referenced_diary_numbers = find_diary_numbers(&all)
        .into_iter()
        .filter(|d| Some(d) != p.diary_number.as_ref())
        .collect();

    for (k, &(at, label, n)) in secs.iter().enumerate() {
        let stop = secs.get(k + 1).map(|x| x.0).unwrap_or(end);
        match label {
            "Beslut" | "Förslag till beslut" if p.decisions.is_empty() => {
                p.decisions = decisions(s, at + n, stop);
            }
            "Beslutsunderlag" if p.basis.is_empty() => {
                p.basis = items(s, at + n, stop);
            }
            _ => {}
        }
    }
    p
}

/// Numbered decisions in `from..end` (or the whole text as one decision).
fn decisions(s: &Stream, from: usize, end: usize) -> Vec<String> {
    let mut starts: Vec<usize> = Vec::new();
    let mut expect = 1u32;
    for i in from..end {
        let Some(w) = s.get(i) else { break };
        if w.text == format!("{expect}.") && s.get(i + 1).is_some_and(|x| capitalized(&x.text)) {
            starts.push(i);
            expect += 1;
        }
    }
    if starts.is_empty() {
        let t = s.text(from, end);
        return if t.is_empty() { Vec::new() } else { vec![t] };
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, &a)| s.text(a + 1, starts.get(k + 1).copied().unwrap_or(end)))
        .collect()
}

/// The items of a list in `from..end`: "- " items, else one item per line (real layout) or
/// the whole text.
fn items(s: &Stream, from: usize, end: usize) -> Vec<String> {
    let is_dash = |i: usize| {
        s.get(i)
            .is_some_and(|w| matches!(w.text.as_str(), "-" | "–" | "•" | "*"))
    };
    let dashes: Vec<usize> = (from..end).filter(|&i| is_dash(i)).collect();
    let mut out = Vec::new();
    if !dashes.is_empty() {
        for (k, &a) in dashes.iter().enumerate() {
            let b = dashes.get(k + 1).copied().unwrap_or(end);
            let t = s.text(a + 1, b);
            if !t.is_empty() {
                out.push(t);
            }
        }
        return out;
    }
    if s.rich {
        let mut i = from;
        while i < end {
            let line = s.get(i).map(|w| w.line);
            let mut j = i + 1;
            while j < end && s.get(j).map(|w| w.line) == line {
                j += 1;
            }
            out.push(s.text(i, j));
            i = j;
        }
        return out;
    }
    let t = s.text(from, end);
    if !t.is_empty() {
        out.push(t);
    }
    out
}
