//! Structure found in extracted pages: what kind of document it is, its numbered actions
//! ([`actions`]; where it has none, its action tables, then its actions written as coded
//! items "Åtgärd 3:", "2.1", "A1", "1a": the module `items`), recommendation references ([`references`]), protocol paragraphs
//! ([`protocols`]) and the identifiers cited on each page (rules in [`crate::ident`]). Works on the layout lines of [`crate::model::Page`] (font size, weight,
//! position, blocks), not only on flat text, so that other layouts of the same documents
//! give the same records.
//!
//! Every analysis starts from a [`Stream`]: the words of the whole document in reading
//! order, each carrying the layout facts of its line (page, line start, block, size, bold,
//! italic, x, y). A word is 56 bytes with its text inline (no allocation for words up to 24
//! bytes), and the stream is built only for the kinds that read it (reports, protocols): a
//! 50 MB text file ingests in 386 MB RSS instead of 1.55 GB. When a document has real layout lines (PDF) the analyses use line starts,
//! blocks and font sizes; when its lines are synthetic (HTML, text, or a page given only as
//! text) they fall back to sentence and capitalisation cues and never guess beyond them.
//! A list marker that layout set in a column of its own (Word's Symbol bullets through
//! LibreOffice) goes back in front of the line on its baseline before the words are read.

pub(crate) mod actions;
mod items;
pub(crate) mod protocols;
pub(crate) mod references;
mod toc;

use std::collections::HashMap;

use crate::ident::{IdentKind, LinkKind};
use crate::model::{Action, DocKind, DocStructure, ExtractedDoc, Identifier, Mention};
use crate::text::nfc;
use compact_str::CompactString;

/// Decide the kind of a document from its file extension and its text.
///
/// A PDF is a protocol when its first page (its first 30 words, its running header first)
/// or its title calls itself a protocol ("Protokoll", "Protokollsutdrag",
/// "Sammanträdesprotokoll"; not "protokollen", which speaks of other protocols), or when it
/// is laid out as minutes without saying so (a board's "Styrelsemöte …"): a line of its
/// first page opens with "Närvarande" or "Beslutande" and a line
/// of the document with a signature label ("Vid protokollet", "Justeras", "Justerare",
/// "Justerande", "Sekreterare", "Protokollförare"); minutes written in English ("Minutes
/// of board meeting") are protocols too; else a report.
pub fn classify(extension: &str, doc: &ExtractedDoc) -> DocKind {
    let ext = extension.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => DocKind::Web,
        "txt" | "md" => DocKind::Text,
        _ => {
            let title = doc.title.as_deref().unwrap_or("");
            let first = doc.pages.first().map(|p| p.text.as_str()).unwrap_or("");
            // The first page's running header counts as its top ("SAMMANTRÄDESPROTOKOLL"
            // in a meeting system's header table).
            let running = doc.pages.first().map(|p| p.running.join(" "));
            let head: String = running
                .iter()
                .flat_map(|r| r.split_whitespace())
                .chain(first.split_whitespace())
                .take(30)
                .collect::<Vec<_>>()
                .join(" ");
            let is_protocol = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    let w = w.to_lowercase();
                    w.ends_with("protokoll") || w.starts_with("protokollsutdrag")
                })
            };
            // Minutes written in English ("Minutes of board meeting", "Summary minutes of").
            let minutes = |s: &str| {
                let w: Vec<&str> = s.split_whitespace().collect();
                w.windows(2)
                    .any(|p| p[0].eq_ignore_ascii_case("minutes") && p[1] == "of")
            };
            if [head.as_str(), title]
                .iter()
                .any(|s| is_protocol(s) || minutes(s))
                || laid_out_as_minutes(doc)
                || lists_decisions(doc)
            {
                DocKind::Protocol
            } else {
                DocKind::Report
            }
        }
    }
}

/// Whether a document lists what was decided under paragraph numbers (see [`classify`]): two
/// or more lines "§ N …" ("KS § N …") in increasing order, each followed by a line "Beslut"
/// before the next ("Decision" in minutes in English translation). A "Beslutslista" published
/// before the minutes are adjusted is such a list
/// (no signatures); a notice proposes ("Förslag till beslut"), a bylaw's "§ N" rules have no
/// decision under them.
fn lists_decisions(doc: &ExtractedDoc) -> bool {
    static HEAD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:\p{Lu}{1,5} )?§ ?(\d{1,4})\b").expect("static regex")
    });
    let mut heads: Vec<(u32, bool)> = Vec::new();
    for l in doc.pages.iter().flat_map(|p| p.text.lines()).map(str::trim) {
        if let Some(c) = HEAD.captures(l) {
            heads.extend(c[1].parse().ok().map(|n| (n, false)));
        } else if let (Some(h), "Beslut" | "Decision" | "Resolution") =
            (heads.last_mut(), l.trim_end_matches(':'))
        {
            h.1 = true;
        }
    }
    heads.len() >= 2 && heads.windows(2).all(|w| w[0].0 < w[1].0) && heads.iter().all(|h| h.1)
}

/// Whether a document is laid out as minutes (see [`classify`]): an attendance line on its
/// first page and a signature line anywhere.
fn laid_out_as_minutes(doc: &ExtractedDoc) -> bool {
    // A line opens with the label: alone, with a colon, before a name ("Justeras Eva Ström"),
    // or as the first words of a longer label ("Närvarande från direktionen:"); not as the
    // first word of a sentence ("Närvarande vid mötena var …").
    let opens = |line: &str, label: &str| {
        line.trim_start().strip_prefix(label).is_some_and(|rest| {
            let mut words = rest.split_whitespace();
            rest.trim().is_empty()
                || rest.starts_with(':')
                || (rest.starts_with(' ')
                    && (words.next().is_some_and(capitalized)
                        || rest.split_whitespace().take(3).any(|w| w.ends_with(':'))))
        })
    };
    let attendance = doc.pages.first().is_some_and(|p| {
        p.text
            .lines()
            .any(|l| opens(l, "Närvarande") || opens(l, "Beslutande"))
    });
    attendance
        && doc.pages.iter().any(|p| {
            p.text.lines().any(|l| {
                [
                    "Vid protokollet",
                    "Justeras",
                    "Justerare",
                    "Justerande",
                    "Sekreterare",
                    "Protokollförare",
                ]
                .iter()
                .any(|label| opens(l, label))
            })
        })
}

/// Find the structure of one document.
pub fn analyze(doc_id: &str, kind: DocKind, doc: &ExtractedDoc) -> DocStructure {
    // Only reports own actions: a web page or text file that lists actions by number is a
    // mention of them (resolved by the link stage), not another copy of them. The word
    // stream is built only for the kinds that read it (a large text file needs none).
    let title = title_words(doc);
    let names = |kinds: &[&str]| title.iter().any(|w| kinds.iter().any(|r| w.contains(r)));
    let plan = title.iter().any(|w| actions::names_actions(w));
    let actions = match kind {
        // The numbered points and requirements of a document of rules are no actions,
        // whoever answers for them.
        DocKind::Report if plan || !names(RULE_TITLES) => {
            let mut stream = Stream::new(doc);
            stream.rules = !plan && !names(PLAN_TITLES);
            let tables;
            (tables, stream.keyed) = actions::from_tables(doc_id, doc);
            // The first finder that finds any, in this order.
            let finders: [&dyn Fn() -> Vec<Action>; 4] = [
                &|| actions::find(doc_id, &stream),
                &|| tables.clone(),
                &|| actions::from_cards(doc_id, doc),
                &|| items::find(doc_id, &stream),
            ];
            let found = finders.iter().map(|f| f()).find(|f| !f.is_empty());
            // A number names one action in its document (the index, `show action` and
            // the SQLite export key actions by document and number): the first keeps it.
            let mut seen = std::collections::HashSet::new();
            let found = drop_group_headings(found.unwrap_or_default());
            let mut found = actions::number_restarts(&stream, found);
            found.retain(|a| seen.insert(a.number.clone()));
            found.iter_mut().for_each(items::fields_in_title);
            items::responsible_in_brackets(&mut found);
            found
                .iter_mut()
                .for_each(|a| actions::fill_keyed(a, &stream.keyed));
            found.iter_mut().for_each(items::unquote_title);
            found
        }
        _ => Vec::new(),
    };
    let protocols = match kind {
        DocKind::Protocol => match label_rows_first(doc) {
            Some(rows) => protocols::find(doc_id, &rows, &Stream::new(&rows)),
            None => protocols::find(doc_id, doc, &Stream::new(doc)),
        },
        _ => Vec::new(),
    };
    // Each page's text in NFC with its white space squashed, made once for both finders,
    // with the codes it cites.
    let flats: Vec<(String, Vec<String>)> = doc
        .pages
        .iter()
        .map(|page| {
            let flat = crate::text::squash_ws(&nfc(&page.text));
            let cited = references::find_cited_codes(&flat);
            (flat, cited)
        })
        .collect();
    let mentions = find_mentions(doc, &flats, &actions);
    let (identifiers, page_keys) = find_identifiers(doc, &flats);
    DocStructure {
        actions,
        protocols,
        mentions,
        identifiers,
        page_keys,
    }
}

/// Words of a document's title that name a document of rules, not a plan: regulations
/// ("Föreskrifter om …", "Ordningsföreskrifter"), rules of procedure ("Reglemente"), a
/// procurement's documents ("Förfrågningsunderlag", "Kravspecifikation"); found inside the
/// title's words.
const RULE_TITLES: &[&str] = &[
    "föreskrift",
    "reglemente",
    "förfrågningsunderlag",
    "kravspecifikation",
];

/// Words of a title that name a plan ("Klimatplan", "Program för …", "Strategi …"). Where the
/// title names none, nor actions, a list's "ska" points are rules where they are written as
/// rules ([`actions::statements`]): guidelines, a policy, a routine ("Hantering av
/// synpunkter"), a fee schedule.
const PLAN_TITLES: &[&str] = &["plan", "program", "strategi"];

/// How the names of bodies that meet end ("Miljönämnden", "Kommunfullmäktige", "Direktionen"):
/// a protocol's body (`protocols`), and with [`OTHER_BODY_ENDS`] the parties a list names
/// where it names no actions (`actions::statements`). Lower case, parted by `|`.
pub(crate) const MEETING_BODY_ENDS: &str =
    "styrelsen|nämnden|fullmäktige|utskottet|direktionen|beredningen";

/// How the names of other bodies end ("Trafikverket", "Hyresgästföreningen", "Länsstyrelsen"
/// ends as a meeting body).
pub(crate) const OTHER_BODY_ENDS: &str =
    "verket|föreningen|förbundet|myndigheten|kontoret|förvaltningen";

/// The normalised words of a document's title (the largest text on its first page: its
/// first line without layout).
fn title_words(doc: &ExtractedDoc) -> Vec<String> {
    let Some(page) = doc.pages.first() else {
        return Vec::new();
    };
    let largest = page.lines.iter().map(|l| l.size).fold(0.0, f32::max);
    let big = page.lines.iter().filter(|l| l.size >= largest - 0.5);
    let mut title: Vec<&str> = big.map(|l| l.text.as_str()).collect();
    if page.lines.is_empty() {
        title.extend(page.text.lines().find(|l| !l.trim().is_empty()));
    }
    title
        .iter()
        .flat_map(|l| l.split_whitespace().map(norm_word))
        .collect()
}

/// Actions whose number is the parent of other actions' numbers ("1" over "1a", "1b"; "2"
/// over "2.1") and that carry no field of their own (responsible, timeline, cost, status,
/// follow-up) are the headings of their groups (a theme row spanning an action table, "1
/// Skolvägar"), not actions.
fn drop_group_headings(actions: Vec<crate::model::Action>) -> Vec<crate::model::Action> {
    let numbers: Vec<String> = actions.iter().map(|a| a.number.clone()).collect();
    actions
        .into_iter()
        .filter(|a| items::has_fields(a) || !numbers.iter().any(|n| items::is_parent(&a.number, n)))
        .collect()
}

/// The identifiers cited on each page ([`crate::ident::find_all`]), each once per page. A
/// bare dotted number counts as a recommendation code only where the page cites it as one
/// ([`references::find_cited_codes`]); elsewhere it may be a chapter number.
/// With them, the index keys of each page's identifiers, from the same finds.
fn find_identifiers(
    doc: &ExtractedDoc,
    flats: &[(String, Vec<String>)],
) -> (Vec<Identifier>, Vec<Vec<String>>) {
    let mut out: Vec<Identifier> = Vec::new();
    let mut keys = Vec::with_capacity(flats.len());
    for (page, (flat, cited)) in doc.pages.iter().zip(flats) {
        let found = [crate::ident::find_all(flat)];
        let page_keys = crate::index::analyzer::identifiers_found(&[flat], &found);
        keys.push(page_keys.into_iter().map(|i| i.key).collect());
        let first = out.len();
        for i in found.into_iter().flatten() {
            if i.kind == IdentKind::Recommendation && !cited.contains(&i.id) {
                continue;
            }
            let dup = out[first..]
                .iter()
                .any(|o| o.kind == i.kind && o.id == i.id);
            if !dup {
                out.push(Identifier {
                    kind: i.kind,
                    written: i.written(flat).to_string(),
                    id: i.id,
                    page: page.number,
                });
            }
        }
    }
    (out, keys)
}

/// Codes, diary numbers and overarching recommendations named on each page. References
/// already recorded as an action's quoted proposals are not repeated here; bare dotted
/// numbers are left to the link stage (see [`references::find_cited_codes`]).
fn find_mentions(
    doc: &ExtractedDoc,
    flats: &[(String, Vec<String>)],
    actions: &[crate::model::Action],
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for (page, (flat, cited_codes)) in doc.pages.iter().zip(flats) {
        // Codes cited as an action's quoted proposal on this page are recorded there.
        let codes = cited_codes.iter().filter(|code| {
            !actions.iter().any(|a| {
                a.pages.contains(&page.number)
                    && a.recommendations.iter().any(|r| r.code == code.as_str())
            })
        });
        let codes = codes.cloned().chain(
            references::find_overarching(flat)
                .into_iter()
                .map(String::from),
        );
        let diaries = references::find_diary_numbers(flat).into_iter();
        for (kind, target) in codes
            .map(|c| (LinkKind::MentionsCode, c))
            .chain(diaries.map(|d| (LinkKind::MentionsDiaryNumber, d)))
        {
            let m = Mention {
                page: page.number,
                kind,
                target,
            };
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// The document with the lines of its label/value pages read row by row, when it has such
/// pages; None when it has none.
///
/// Meeting systems set a protocol's header as a two-column table ("Plats och tid" |
/// "Kommunhuset, kl. 13.00") and its paragraphs with the number in a margin column ("§ 45" |
/// "Detaljplan för …"); the extractor reads such columns one after the other. A page is
/// read row by row when at least two rows pair a short line on the left (a label or a
/// paragraph number: at most five words, or "§ N" and a title) with a line to its right, and such rows are at
/// least nine in ten of the rows with more than one line (two columns of running text pair
/// long lines).
fn label_rows_first(doc: &ExtractedDoc) -> Option<ExtractedDoc> {
    let mut out = doc.clone();
    let mut changed = false;
    for page in &mut out.pages {
        let rows = rows_of(&page.lines, 0.5);
        let multi: Vec<&Vec<&crate::model::Line>> = rows.iter().filter(|r| r.len() > 1).collect();
        let labelled = multi
            .iter()
            .filter(|r| {
                r.first().is_some_and(|l| {
                    l.text.split_whitespace().count() <= 5
                        || l.text
                            .split_whitespace()
                            .take(3)
                            .any(|w| w.starts_with('§'))
                })
            })
            .count();
        if labelled >= 2 && (multi.len() - labelled) * 10 <= multi.len() {
            let ordered: Vec<crate::model::Line> = rows.into_iter().flatten().cloned().collect();
            if ordered != page.lines {
                page.lines = ordered;
                changed = true;
            }
        }
    }
    changed.then_some(out)
}

/// Lines grouped into rows (one baseline: tops within `share` of the text size), top to
/// bottom, each row left to right.
pub(crate) fn rows_of(lines: &[crate::model::Line], share: f32) -> Vec<Vec<&crate::model::Line>> {
    let mut lines: Vec<&crate::model::Line> = lines.iter().collect();
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&crate::model::Line>> = Vec::new();
    for l in lines {
        match rows.last_mut() {
            Some(r)
                if r.first()
                    .is_some_and(|f| (f.y - l.y).abs() <= share * f.size.max(l.size).max(1.0)) =>
            {
                r.push(l)
            }
            _ => rows.push(vec![l]),
        }
    }
    for r in &mut rows {
        r.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    rows
}

/// One word of a document with the layout facts of its line.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Inline up to 24 bytes (nearly every word): no allocation per word.
    pub text: CompactString,
    /// Physical page.
    pub page: u32,
    /// Index of the line in the whole document.
    pub line: u32,
    /// The word starts its line.
    pub line_start: bool,
    /// Index of the block in the whole document.
    pub block: u32,
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    /// Left edge of the word's line.
    pub x: f32,
    /// Top of the word's line (from the top of the page): cells of one table row share it.
    pub y: f32,
    /// The word was read by OCR: its size is an estimate and its weight unknown.
    pub ocr: bool,
}

impl Word {
    /// Whether two words are set in the same size (always, when either was read by OCR,
    /// whose sizes are estimates from the word's height).
    pub fn same_size(&self, other: &Word, tolerance: f32) -> bool {
        self.ocr || other.ocr || (self.size - other.size).abs() < tolerance
    }
}

/// The words of a document in reading order (see the module docs).
#[derive(Debug, Clone, Default)]
pub(crate) struct Stream {
    pub words: Vec<Word>,
    /// Whether line starts, blocks and font sizes are real layout facts.
    pub rich: bool,
    /// Whether the document's title names no plan ([`PLAN_TITLES`]) nor actions.
    pub rules: bool,
    /// Table rows naming actions by number alone, with their fields ([`actions::from_tables`]).
    pub keyed: Vec<Action>,
    /// The most common font size of each page (by words), the size of running text.
    body_size: HashMap<u32, f32>,
}

impl Stream {
    /// The word ranges `(first, end)` of the lines of the stream, from word `from` on.
    pub(crate) fn line_ranges(&self, from: usize) -> Vec<(usize, usize)> {
        let starts = std::iter::successors(Some(from), |&i| Some(self.line_end(i)));
        let lines = starts.map(|i| (i, self.line_end(i)));
        lines.take_while(|&(i, _)| i < self.words.len()).collect()
    }

    /// The first word on page `p` or after it (the end past the last page).
    pub(crate) fn page_start(&self, p: u32) -> usize {
        let at = self.words.iter().position(|w| w.page >= p);
        at.unwrap_or(self.words.len())
    }

    /// The end of the line of word `i` (`i` itself past the last word).
    pub(crate) fn line_end(&self, i: usize) -> usize {
        let Some(w) = self.get(i) else { return i };
        let other = |j: &usize| self.get(*j).is_none_or(|x| x.line != w.line);
        (i + 1..).find(other).unwrap_or(i + 1)
    }

    /// The pages the words `from..end` stand on, in order, each once per run.
    pub(crate) fn pages_of(&self, from: usize, end: usize) -> Vec<u32> {
        let mut pages: Vec<u32> = self
            .words
            .get(from..end)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.page)
            .collect();
        pages.dedup();
        pages
    }

    pub fn new(doc: &ExtractedDoc) -> Stream {
        let mut words: Vec<Word> = Vec::new();
        let mut line_idx = 0u32;
        let mut block_idx = 0u32;
        let mut n_lines = 0usize;
        let mut long_lines = 0usize;
        let mut has_real_lines = false;
        let furniture = top_furniture(doc);
        for page in &doc.pages {
            let lines: std::borrow::Cow<'_, [crate::model::Line]> = if page.lines.is_empty() {
                synthetic_lines(&page.text).into()
            } else {
                has_real_lines = true;
                with_markers_attached(&page.lines)
            };
            let mut prev_block: Option<u32> = None;
            let last = lines.len().saturating_sub(1);
            for (k, line) in lines.iter().enumerate() {
                let text = crate::text::nfc_cow(&line.text);
                let toks: Vec<&str> = text.split_whitespace().collect();
                if toks.is_empty() {
                    continue;
                }
                // A printed page number left as the first or last line (OCR keeps footers);
                // not a number with text beside it on its baseline: that is a row's cell (a
                // table of bare numbers in a left column running on over a page, a year
                // under its label in a fact box).
                let number_only =
                    toks.len() == 1 && toks.iter().all(|t| actions::small_number(t, 4));
                let opens_row = || {
                    lines.iter().any(|o| {
                        (o.y - line.y).abs() < 0.5 * line.size.max(1.0)
                            && !std::ptr::eq(o, line)
                            && !o.text.trim().is_empty()
                    })
                };
                if number_only && (k == 0 || k == last) && lines.len() > 1 && !opens_row() {
                    continue;
                }
                // A row left atop every page by the running-header filter (the last row of
                // a header table taller than its band): the same text on the same baseline
                // on every page, and a number beside it on that baseline. The first page
                // keeps it: there it is the top of the document (the meeting's date).
                let later = doc.pages.first().is_some_and(|f| f.number != page.number);
                if later && !page.lines.is_empty() {
                    let at = |(t, y): &(String, f32)| {
                        (line.y - y).abs() < 1.0 && (number_only || *t == line.text)
                    };
                    if furniture.as_ref().is_some_and(at) {
                        continue;
                    }
                }
                n_lines += 1;
                // Dot leaders (". . . . 12") are no words of a long line.
                let real_words = toks
                    .iter()
                    .filter(|t| t.chars().any(char::is_alphanumeric))
                    .count();
                if real_words > 25 {
                    long_lines += 1;
                }
                if prev_block != Some(line.block) {
                    block_idx += 1;
                    prev_block = Some(line.block);
                }
                line_idx += 1;
                for (i, t) in toks.iter().enumerate() {
                    // Join a word hyphenated over a line break inside a block.
                    if i == 0 {
                        if let Some(last) = words.last_mut() {
                            // The next line in reading order (also in the next column),
                            // by the one Swedish line-end hyphen rule.
                            let joined = (last.page == page.number && last.line + 1 == line_idx)
                                .then(|| crate::text::join_hyphenated(&last.text, t))
                                .flatten();
                            if let Some(joined) = joined {
                                last.text = joined.into();
                                continue;
                            }
                        }
                    }
                    // A list marker of any glyph ("☐", "▪", Word's Symbol bullet U+F0B7) is
                    // a bullet.
                    let t = if marker(t) { "•" } else { t };
                    words.push(Word {
                        text: CompactString::from(t),
                        page: page.number,
                        line: line_idx,
                        line_start: i == 0,
                        block: block_idx,
                        size: line.size,
                        bold: line.bold,
                        italic: line.italic,
                        x: line.x,
                        y: line.y,
                        ocr: page.source == crate::model::TextSource::Ocr,
                    });
                }
            }
        }
        let rich = has_real_lines && n_lines > 0 && long_lines * 10 < n_lines;
        let mut counts: HashMap<(u32, i32), usize> = HashMap::new();
        for w in &words {
            *counts
                .entry((w.page, (w.size * 10.0).round() as i32))
                .or_default() += 1;
        }
        // Each page's most common size (the smaller of two as common) comes first, so last.
        let mut counts: Vec<((u32, i32), usize)> = counts.into_iter().collect();
        counts.sort_by_key(|&((page, size), n)| (page, std::cmp::Reverse(n), size));
        let body_size = counts.iter().rev().map(|&((p, s), _)| (p, s as f32 / 10.0));
        Stream {
            words,
            rich,
            body_size: body_size.collect(),
            ..Stream::default()
        }
    }

    /// Whether a word is set off from the running text: bold or larger (OCR gives no weight
    /// and only estimated sizes: no style to go by).
    pub fn set_off(&self, w: &Word) -> bool {
        !w.ocr && (w.bold || w.size > self.body_size(w.page) + 0.5)
    }

    /// The size of running text on a page.
    pub fn body_size(&self, page: u32) -> f32 {
        self.body_size.get(&page).copied().unwrap_or(0.0)
    }

    /// The words `a..b` joined by single spaces.
    pub fn text(&self, a: usize, b: usize) -> String {
        self.text_with_offsets(a, b).0
    }

    /// The words `a..b` joined by single spaces, with a line break before each word that
    /// starts a line (real layout only).
    pub fn text_lines(&self, a: usize, b: usize) -> String {
        self.joined(a, b, self.rich).0
    }

    /// The words `a..b` joined by single spaces, with the byte offset of each word.
    pub fn text_with_offsets(&self, a: usize, b: usize) -> (String, Vec<usize>) {
        self.joined(a, b, false)
    }

    /// The words `a..b` joined by single spaces (a line break before a line's first word
    /// with `lines`), with the byte offset of each word.
    fn joined(&self, a: usize, b: usize, lines: bool) -> (String, Vec<usize>) {
        let mut s = String::new();
        let mut offs = Vec::new();
        for w in self.words.get(a..b.min(self.words.len())).unwrap_or(&[]) {
            if !s.is_empty() {
                s.push(if lines && w.line_start { '\n' } else { ' ' });
            }
            offs.push(s.len());
            s.push_str(&w.text);
        }
        (s, offs)
    }

    pub fn get(&self, i: usize) -> Option<&Word> {
        self.words.get(i)
    }

    /// Word `i` normalised ([`norm_word`]; empty past the end).
    pub fn norm(&self, i: usize) -> String {
        self.get(i).map(|w| norm_word(&w.text)).unwrap_or_default()
    }

    /// Whether word `i` starts a line (in rich layout) or a sentence/page (otherwise).
    pub fn starts_unit(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        if self.rich {
            return w.line_start;
        }
        match i.checked_sub(1).and_then(|j| self.words.get(j)) {
            None => true,
            Some(p) => p.page != w.page || p.block != w.block || ends_sentence(&p.text),
        }
    }
}

/// A list marker: one glyph that marks an item rather than saying anything — a bullet
/// ("•", "‣", "⁃"), a geometric shape ("▪", "●", "■", "□"), a check box ("☐", "☑", "☒"), a
/// check mark ("✓"), a dingbat arrow ("➢"), or a symbol font's glyph without a Unicode
/// meaning (Word's Symbol bullet comes out as U+F0B7, Wingdings' as other private-use
/// characters). The word stream reads every one of them as "•".
pub(crate) fn marker(text: &str) -> bool {
    let mut chars = text.trim().chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(c, '•' | '‣' | '⁃' | '\u{25a0}'..='\u{25ff}' | '\u{2610}'..='\u{2612}' | '\u{2713}'..='\u{2714}' | '\u{2794}'..='\u{27bf}' | '\u{e000}'..='\u{f8ff}')
}

/// The first line of every page when it is the same text on the same baseline on all of
/// them (three pages or more): furniture the running-header filter left (a header table
/// taller than the header band). Text to baseline.
fn top_furniture(doc: &ExtractedDoc) -> Option<(String, f32)> {
    let pages = &doc.pages;
    if pages.len() < 3 || pages.iter().any(|p| p.lines.is_empty()) {
        return None;
    }
    let first = |p: &crate::model::Page| {
        p.lines
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .min_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)))
            .map(|l| (l.text.clone(), l.y))
    };
    let (text, y) = pages.first().and_then(&first)?;
    let same = |p| first(p).is_some_and(|(t, fy)| t == text && (fy - y).abs() < 1.0);
    pages.iter().all(same).then_some((text, y))
}

/// Layout reads a bulleted list whose markers hang in their own column (Word's lists through
/// LibreOffice) as two blocks, the markers first and the items after; the structure stage
/// reads items by their markers, so a marker goes back to the line it stands on: the
/// nearest line to its right on the same baseline (within a fifth of the font size), as
/// "•".
fn with_markers_attached(
    lines: &[crate::model::Line],
) -> std::borrow::Cow<'_, [crate::model::Line]> {
    if !lines.iter().any(|l| marker(&l.text)) {
        return lines.into();
    }
    // The lines, a marker that went to its line as None.
    let mut out: Vec<Option<crate::model::Line>> = lines.iter().cloned().map(Some).collect();
    for (i, m) in lines.iter().enumerate().filter(|(_, m)| marker(&m.text)) {
        let target = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                !marker(&l.text)
                    && (l.y - m.y).abs() <= m.size.max(1.0) * 0.2
                    && l.x > m.x
                    && l.x - (m.x + m.width) < m.size.max(1.0) * 4.0
            })
            .min_by(|a, b| a.1.x.total_cmp(&b.1.x));
        if let Some(t) = target.and_then(|(j, _)| out.get_mut(j)?.as_mut()) {
            t.text = format!("• {}", t.text);
            t.x = m.x;
            out[i] = None;
        }
    }
    out.into_iter().flatten().collect::<Vec<_>>().into()
}

/// Synthetic lines for a page given only as text: one line per text line, blocks split at
/// blank lines.
fn synthetic_lines(text: &str) -> Vec<crate::model::Line> {
    let mut out = Vec::new();
    let mut block = 0u32;
    let mut y = 0.0f32;
    for l in text.lines() {
        if l.trim().is_empty() {
            block += 1;
            continue;
        }
        y += 12.0;
        out.push(crate::model::Line {
            text: l.trim().to_string(),
            y,
            size: 10.0,
            block,
            ..Default::default()
        });
    }
    out
}

/// Whether a word ends a sentence.
pub(crate) fn ends_sentence(w: &str) -> bool {
    let w = w.trim_end_matches(['"', '”', '’', ')']);
    w.ends_with('.') || w.ends_with('?') || w.ends_with('!') || w.ends_with(':')
}

/// Lower-case a word and strip surrounding punctuation, for comparisons.
pub(crate) fn norm_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The normalised words of a text ([`norm_word`]), those of punctuation alone left out.
pub(crate) fn norm_words(text: &str) -> Vec<String> {
    let words = text.split_whitespace().map(norm_word);
    words.filter(|w| !w.is_empty()).collect()
}

/// Whether a word starts with an upper-case letter (or a digit).
pub(crate) fn capitalized(w: &str) -> bool {
    w.trim_start_matches(['"', '”', '“', '(', '‘', '\''])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_are_glyphs_that_say_nothing() {
        for m in ["•", "▪", "■", "□", "☐", "☑", "✓", "➢", "\u{f0b7}"] {
            assert!(marker(m), "{m}");
        }
        for t in ["§", "–", "a", "1.", "••", "→", "*"] {
            assert!(!marker(t), "{t}");
        }
    }
}
