//! Word (.docx) and OpenDocument (.odt) files through the real path: `kommission extract
//! --format json` and `kommission ingest` + `search`, on the small files of `tests/data/word/`
//! (made by its `make.sh`: pandoc's .docx, LibreOffice's .odt of it, a .docx whose pages are
//! marked only by Word's rendered breaks, an empty .docx), plus broken and unsupported files.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::proc::run;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn data(name: &str) -> PathBuf {
    repo().join("tests/data/word").join(name)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `kommission ingest --quiet --json FOLDER` into `index`, exiting with `code`: its summary.
pub(crate) fn ingest_summary(index: &Path, folder: &Path, code: i32) -> Value {
    let o = run(
        index,
        &["ingest", "--quiet", "--json", folder.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(code), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("json")
}

/// The ids a summary says were ingested, sorted.
pub(crate) fn ingested(summary: &Value) -> Vec<&str> {
    let mut ids: Vec<&str> = summary["ingested"]
        .as_array()
        .expect("ingested")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    ids.sort();
    ids
}

fn extract_json(path: &Path) -> Value {
    let (doc, warnings) = extract_warned(path);
    // No warning: for the .odt, LibreOffice's own page count agrees with the breaks read.
    assert_eq!(warnings, "", "{}", path.display());
    doc
}

/// The JSON of `extract`, and what it said on stderr.
fn extract_warned(path: &Path) -> (Value, String) {
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &[
            "extract",
            "--format",
            "json",
            path.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    (serde_json::from_slice(&o.stdout).expect("json"), stderr(&o))
}

fn pages(doc: &Value) -> &Vec<Value> {
    doc["pages"].as_array().expect("pages")
}

fn lines(page: &Value) -> Vec<&Value> {
    page["lines"].as_array().expect("lines").iter().collect()
}

fn texts(page: &Value) -> Vec<String> {
    lines(page)
        .iter()
        .map(|l| l["text"].as_str().expect("text").to_string())
        .collect()
}

/// The line whose text is exactly `text`.
fn exact<'a>(page: &'a Value, text: &str) -> &'a Value {
    lines(page)
        .into_iter()
        .find(|l| l["text"] == text)
        .unwrap_or_else(|| panic!("no line {text:?} in {:?}", texts(page)))
}

fn line<'a>(page: &'a Value, starts: &str) -> &'a Value {
    lines(page)
        .into_iter()
        .find(|l| l["text"].as_str().is_some_and(|t| t.starts_with(starts)))
        .unwrap_or_else(|| panic!("no line starting {starts:?} in {:?}", texts(page)))
}

/// What the pandoc .docx and LibreOffice's .odt of it have in common: the same pages, the
/// same headings, list numbers, table rows and footnotes.
fn check_tjansteskrivelse(doc: &Value) {
    assert_eq!(
        doc["title"].as_str(),
        Some("Handlingsplan för jämlik hälsa i Malmö")
    );
    let pages = pages(doc);
    assert_eq!(
        pages.len(),
        3,
        "{:#?}",
        pages.iter().map(texts).collect::<Vec<_>>()
    );
    let (p1, p2, p3) = (&pages[0], &pages[1], &pages[2]);
    for (i, p) in pages.iter().enumerate() {
        assert_eq!(p["number"].as_u64(), Some(i as u64 + 1));
    }

    // Headings stand out: bold and larger than the body.
    let h = line(p1, "Sammanfattning");
    let body = line(p1, "Stadskontoret föreslår");
    assert!(h["bold"].as_bool().unwrap());
    assert!(h["size"].as_f64().unwrap() > body["size"].as_f64().unwrap());
    assert!(!body["bold"].as_bool().unwrap());

    // The footnote mark in the text, the footnote at the foot of its page.
    assert!(
        body["text"]
            .as_str()
            .unwrap()
            .starts_with("Stadskontoret föreslår att kommunstyrelsen antar handlingsplanen för jämlik hälsa.[1] Planen bygger"),
        "{body}"
    );
    let t1 = texts(p1);
    assert_eq!(
        t1.last().map(String::as_str),
        Some("[1] Se kommunstyrelsens beslut den 5 mars 2014, § 71.")
    );

    // Numbered and bulleted lists carry their labels as text.
    assert!(t1.contains(&"1. Kommunstyrelsen antar handlingsplanen för jämlik hälsa.".to_string()));
    assert!(t1.contains(
        &"2. Kommunstyrelsen uppdrar åt stadskontoret att följa upp planen årligen.".to_string()
    ));
    assert!(
        t1.contains(&"• Barnrättsperspektivet ska beaktas.".to_string()),
        "{t1:?}"
    );

    // Page 2: the table, one block per row, its cells side by side on the row's line.
    let t2 = texts(p2);
    assert_eq!(t2[0], "Åtgärder");
    let head = exact(p2, "Åtgärd");
    let resp = exact(p2, "Ansvarig");
    let when = exact(p2, "Tidsplan");
    assert_eq!(head["y"], resp["y"]);
    assert_eq!(head["y"], when["y"]);
    assert!(head["x"].as_f64() < resp["x"].as_f64() && resp["x"].as_f64() < when["x"].as_f64());
    assert_eq!(head["block"], when["block"]);
    let row = exact(p2, "1.2 Utred behovet av elevhälsa");
    let row_when = exact(p2, "Våren 2026");
    assert_eq!(row["y"], row_when["y"]);
    assert_ne!(row["block"], head["block"]);
    assert!(row["y"].as_f64() > head["y"].as_f64());
    assert!(p2["text"]
        .as_str()
        .unwrap()
        .contains("1.1 Kartlägg barngrupperna i förskolan\nFörskoleförvaltningen\n2025"));
    // A list that starts at 10.
    assert!(t2.contains(
        &"10. Fortsätt satsningen på språkutveckling inom förskola och grundskola.".to_string()
    ));
    assert!(t2.contains(&"11. Följ upp studieresultat för att ge rätt stödinsatser.".to_string()));

    // Page 3: the second footnote on its own page, italic text.
    let t3 = texts(p3);
    assert_eq!(t3.last().map(String::as_str), Some("[2] Dnr KS 2013/375."));
    assert!(line(p3, "Kursiv text")["italic"].as_bool().unwrap());
    // Every word of the document once, in order, nothing lost: no page has another's text.
    assert!(!p1["text"].as_str().unwrap().contains("Åtgärder"));
    assert!(!p2["text"].as_str().unwrap().contains("Dnr KS"));
}

#[test]
fn docx_headings_lists_table_footnotes_and_pages() {
    check_tjansteskrivelse(&extract_json(&data("tjansteskrivelse.docx")));
}

#[test]
fn odt_headings_lists_table_footnotes_and_pages() {
    check_tjansteskrivelse(&extract_json(&data("tjansteskrivelse.odt")));
}

#[test]
fn docx_pages_follow_words_rendered_breaks() {
    // No explicit break at all: the pages are where Word's layout put them, one of them in
    // the middle of a paragraph.
    let doc = extract_json(&data("rendered-breaks.docx"));
    let pages = pages(&doc);
    assert_eq!(
        pages.len(),
        4,
        "{:#?}",
        pages.iter().map(texts).collect::<Vec<_>>()
    );
    let t1 = texts(&pages[0]);
    assert_eq!(
        t1[t1.len() - 2],
        "Stadskontoret föreslår att kommunstyrelsen antar handlingsplanen för jämlik hälsa.[1]"
    );
    assert_eq!(
        t1.last().map(String::as_str),
        Some("[1] Se kommunstyrelsens beslut den 5 mars 2014, § 71.")
    );
    assert!(texts(&pages[1])[0].starts_with("Planen bygger på Malmökommissionens"));
    assert_eq!(texts(&pages[2])[0], "Åtgärder");
    assert_eq!(texts(&pages[3])[0], "Beslutsunderlag");
}

#[test]
fn junk_metadata_title_of_a_docx_gives_way_to_its_first_heading() {
    // core.xml's title is a template's name run together ("MallTjansteskrivelse"): the
    // title is the document's own heading. The same file with a real title keeps it
    // (check_tjansteskrivelse).
    let doc = extract_json(&data("junk-title.docx"));
    let title = doc["title"].as_str().unwrap_or_default();
    assert!(
        title.starts_with("Handlingsplan för jämlik hälsa"),
        "{title:?}"
    );
    assert_eq!(pages(&doc).len(), 3);
}

/// A title taken from the first heading is the heading's text as the page shows it: not the
/// text of a frame or text box anchored in the heading paragraph (LibreOffice's .docx and
/// .odt of a letter whose diary number stands in a frame there gave "Dnr SN 2025/77
/// synlig300Dnr SN 2025/77 synlig300Kallelse till …": the frame's text twice, then the heading).
#[test]
fn a_title_from_the_first_heading_is_its_shown_text() {
    for (file, title) in [
        (
            "blind11/kallelse11-lo.docx",
            "Kallelse till sammanträde med socialnämnden",
        ),
        ("blind12/sektion12-lo.odt", "Investeringsplan 2026–2030"),
    ] {
        let (doc, _) = extract_warned(&data(file));
        assert_eq!(doc["title"].as_str(), Some(title), "{file}");
    }
}

#[test]
fn empty_docx_is_one_empty_page() {
    let doc = extract_json(&data("tom.docx"));
    let pages = pages(&doc);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0]["text"], "");
    assert!(lines(&pages[0]).is_empty());
}

#[test]
fn broken_and_unsupported_word_files_give_clean_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = std::fs::read(data("tjansteskrivelse.docx")).expect("docx");
    let broken = dir.path().join("avbruten.docx");
    std::fs::write(&broken, &good[..good.len() / 2]).expect("write");
    let o = run(dir.path(), &["extract", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("avbruten.docx") && err.contains("not a readable .docx file"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");

    let not_zip = dir.path().join("text.odt");
    std::fs::write(&not_zip, "Det här är ingen OpenDocument-fil.").expect("write");
    let o = run(dir.path(), &["extract", not_zip.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not a readable .odt file"),
        "{}",
        stderr(&o)
    );

    let legacy = dir.path().join("gammal.doc");
    std::fs::write(&legacy, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1").expect("write");
    let o = run(dir.path(), &["extract", legacy.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("gammal.doc") && err.contains("not a readable .doc file"),
        "{err}"
    );
}

#[test]
fn ingest_reads_docx_and_odt_and_search_finds_their_pages() {
    let folder = tempfile::tempdir().expect("tempdir");
    for name in ["tjansteskrivelse.docx", "tjansteskrivelse.odt", "tom.docx"] {
        std::fs::copy(data(name), folder.path().join(name)).expect("copy");
    }
    let index = tempfile::tempdir().expect("tempdir");
    let summary = crate::word_files::ingest_summary(index.path(), folder.path(), 0);
    let ingested = crate::word_files::ingested(&summary);
    assert_eq!(
        ingested,
        ["tjansteskrivelse", "tjansteskrivelse-2", "tom"],
        "{summary}"
    );

    // Pages: the word stands on page 2 of the .docx and of the .odt (the action plan's row
    // "1.2 Utred behovet av elevhälsa" is also an action hit of each, not counted here).
    let o = run(
        index.path(),
        &["search", "elevhälsa", "--kind", "page", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hits: Vec<Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits.iter().all(|h| h["page"] == 2), "{hits:?}");
    // A word that is in none of them finds nothing.
    let o = run(
        index.path(),
        &["search", "skolbibliotek", "--format", "json"],
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "");
}

/// The first line of each page.
fn page_starts(doc: &Value) -> Vec<String> {
    pages(doc)
        .iter()
        .map(|p| texts(p).first().cloned().unwrap_or_default())
        .collect()
}

#[test]
fn odt_soft_page_breaks_that_are_not_its_texts_give_way_to_the_estimate() {
    // A headless LibreOffice conversion saved soft page breaks every four table rows (14
    // "pages", and meta.xml says 14); LibreOffice itself prints the file on 7 pages. The
    // estimate finds those pages a quarter full and lays the text out again.
    let (doc, warnings) = extract_warned(&data("blind4/tjanst4-lo.odt"));
    assert!(warnings.contains("says it has 14 pages"), "{warnings}");
    let n = pages(&doc).len();
    assert!((6..=8).contains(&n), "{n} pages: {:?}", page_starts(&doc));
    // The table's rows run on across pages: three pages of rows only (as LibreOffice
    // prints them, its columns set in their widths), not the ten of four rows the stale
    // breaks made.
    let rows_only = pages(&doc)
        .iter()
        .filter(|p| {
            let t = texts(p);
            t.iter().any(|t| t.starts_with("Linje"))
                && t.iter()
                    .all(|t| !t.contains("utreda") || t.starts_with("Linje"))
        })
        .count();
    assert!(rows_only <= 3, "{:?}", page_starts(&doc));
}

#[test]
fn odt_soft_page_breaks_that_fit_the_text_are_kept() {
    // The same document saved again: its soft breaks are where a layout of its text could
    // break (the estimate finds every page 0.67–1.29 full), so they are the pages.
    // (meta.xml says 7: a soft break next to an explicit one is one page break.)
    let (doc, _) = extract_warned(&data("blind4/tjanst4-lo-resaved.odt"));
    let starts = page_starts(&doc);
    assert_eq!(starts.len(), 6, "{starts:?}");
    assert_eq!(starts[2], "Linje 14: Norrby – skolan");
    assert_eq!(starts[3], "Linje 27: Västerås – skolan");
    assert_eq!(starts[4], "Linje 40: Åby – skolan");
    assert_eq!(starts[5], "Förslag till beslut");
}

/// The sixth blind set (tests/data/word/blind6, made by its `make.sh` before any reader was
/// changed for it; figures in PAGES.md): in every file, tracked deletions (whose text says
/// STRUKEN) and comments (KOMMENTAR) are no text; insertions, content controls, a text box,
/// a signature table, a section after a page-number restart and a table's header row are.
#[test]
fn word_blind6_deletions_and_comments_are_no_text() {
    let protokoll: &[&str] = &[
        "Beslutet gäller från och med den 1 januari 2026.",
        "Ärendet återremitteras inte.",
        "Vid protokollet Justeras",
        "Bilaga 1 Yttrande från socialnämnden",
    ];
    let tjanst: &[&str] = &[
        "1. Räddningstjänsten bör följa upp brandskyddet",
        "Ansvarig handläggare är Karin Lindqvist, tekniska förvaltningen.",
        "Faktaruta Miljö- och byggnadsnämnden bör följa upp cykelvägarna",
    ];
    let files: &[(&str, &[&str])] = &[
        ("protokoll6.docx", protokoll),
        ("protokoll6-lo.odt", protokoll),
        ("protokoll6-lo.doc", protokoll),
        ("protokoll6-lo.rtf", protokoll),
        ("tjanst6.docx", tjanst),
        ("tjanst6-lo.odt", tjanst),
        ("tjanst6-lo.doc", tjanst),
        ("plan6-pandoc.docx", &["Åtgärd Ansvar År"]),
    ];
    for (file, present) in files {
        let pages = crate::word_blind::extracted_pages(&data("blind6").join(file)).unwrap();
        let flat = pages
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for gone in ["STRUKEN", "KOMMENTAR"] {
            assert!(!flat.contains(gone), "{file} shows {gone}");
        }
        for p in *present {
            assert!(flat.contains(p), "{file} lacks {p:?}");
        }
    }
}

/// The seventh blind set (tests/data/word/blind7, made by its `make.sh` before any reader was
/// changed for it; figures in PAGES.md): a tracked move is read once, where it went (the
/// text it left says FLYTTAD), a deleted field (its code STRUKENEGENSKAP, its result STRUKET)
/// is no text, an insertion whose format changed is, comments (ANTECKNING) are not; a text
/// box written twice (DrawingML and its VML fallback) is read once, a framed address and
/// runs inside smartTag/customXml/fldSimple are read; the header's fields are no body text.
#[test]
fn word_blind7_tracked_changes_comments_and_text_boxes() {
    let moved = "Miljö- och byggnadsnämnden bör följa upp vattenkvaliteten i sjöarna under \
                 planperioden 2022–2025.";
    let boxed = "Äldreomsorgen bör följa upp ungdomarnas sommarjobb inom befintlig budget.";
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "tjanst7.docx",
            &[
                "FLYTTAD",
                "STRUKE",
                "ANTECKNING",
                "DOCPROPERTY",
                "Sida 1 (3)",
            ],
            &[moved, "Beslutet gäller till och med 2027."],
        ),
        (
            "brev7.docx",
            &["Textruta"],
            &[
                boxed,
                "Fastighetsägare",
                "den 12 november 2025 inspekterat avloppsanläggningen på fastigheten Ekby 4:12.",
                "från 1970-talet och",
                "eller ring miljöförvaltningen.",
                "med stöd av 26 kap. 9 § miljöbalken.",
            ],
        ),
    ];
    for (file, absent, present) in cases {
        let pages = crate::word_blind::extracted_pages(&data("blind7").join(file)).unwrap();
        let flat = pages
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for a in *absent {
            assert!(!flat.contains(a), "{file} shows {a:?}");
        }
        for p in *present {
            assert_eq!(
                flat.matches(p).count(),
                1,
                "{file}: {p:?} not once in {flat}"
            );
        }
    }
}

/// LibreOffice sets an .odt's endnotes on a page of their own after the text (blind7's
/// protokoll7-lo.odt: 4 pages, the 4th the seven endnotes); a Word file's follow its text
/// on the same page (protokoll7.docx); an .odt without endnotes gets no page more.
#[test]
fn odt_endnotes_start_a_page_of_their_own() {
    let (doc, _) = extract_warned(&data("blind7/protokoll7-lo.odt"));
    let last = pages(&doc).last().expect("a page");
    assert_eq!(pages(&doc).len(), 4, "{:?}", page_starts(&doc));
    let t = texts(last);
    assert!(
        t.len() == 7 && t.iter().all(|l| l.contains("ENDNOT")),
        "{t:?}"
    );
    let (doc, _) = extract_warned(&data("blind7/protokoll7.docx"));
    let t = texts(pages(&doc).last().expect("a page"));
    assert!(t.iter().any(|l| l.contains("ENDNOT")) && !t.iter().all(|l| l.contains("ENDNOT")));
    let (doc, _) = extract_warned(&data("blind6/protokoll6-lo.odt"));
    assert_eq!(pages(&doc).len(), 5, "{:?}", page_starts(&doc));
}

/// An .odt paragraph that starts another master page is set in that master's page layout:
/// blind7's rapport7-lo.odt sets a 45-row table on landscape pages (master "Liggande") and
/// goes back to portrait; LibreOffice prints the table on pages 4–7 and the next chapter
/// from page 8 (its header rows repeated on each page of the table).
#[test]
fn odt_master_page_sets_its_page_layout() {
    let (doc, warnings) = extract_warned(&data("blind7/rapport7-lo.odt"));
    // Its soft page breaks are a headless conversion's, not LibreOffice's print (16 pages).
    assert!(warnings.contains("says it has 16 pages"), "{warnings}");
    let starts = page_starts(&doc);
    assert_eq!(starts.len(), 9, "{starts:?}");
    assert_eq!(starts[3], "Ledningsnätet per område");
    assert_eq!(starts[7], "Ekonomi och uppföljning");
}

/// A .docx table as wide as the text (`w:tblW` pct 5000) whose grid says narrower columns,
/// with a header row repeated on every page (`w:tblHeader`): pandoc's plan7-pandoc.docx,
/// whose 40 rows LibreOffice prints on pages 3–9, the rest of rows 6 and 13 (rows break at
/// page ends) and then rows 7 and 14 at the tops of pages 4 and 5; 9 pages in all (10 with
/// the grid's widths and no header row repeated). The estimate's narrow cells wrap a little
/// short: a row at most later.
#[test]
fn docx_table_width_share_and_repeated_header_rows() {
    let (doc, _) = extract_warned(&data("blind7/plan7-pandoc.docx"));
    let starts = page_starts(&doc);
    assert_eq!(starts.len(), 9, "{starts:?}");
    assert!(
        matches!(starts[3].as_str(), "7" | "8") && matches!(starts[4].as_str(), "14" | "15"),
        "{starts:?}"
    );
}

/// The ninth and tenth blind sets (tests/data/word/blind9, blind10, each made by its
/// `make.sh` before any reader was changed for it; figures in PAGES.md): every marker word
/// of `expectN.json` through `extract`: a `synlig` word (in a content control around a table
/// row or cell, a group of text boxes, a footnote's second paragraph, an inserted row, a
/// text box at the margin, a field's stored result, w:webHidden text …) read exactly once,
/// an `osynlig` word (a deleted row, hidden text directly or by a style, an .odt section of
/// `text:display="none"`, a comment, a dropdown's unchosen items, a field's instruction, an
/// XE entry) never; and every `fraser` word sequence (a list number before its heading, a
/// field's result in its sentence) in the text in that order.
/// A .doc's table rows kept whole (`sprmTFCantSplit` in the row's properties: LibreOffice's
/// .doc of rows-cantsplit.docx, made by cant_split.py) move whole to the next page: LibreOffice
/// prints 14 pages where the rows that may break fill 10 (its .doc of protokoll10.docx).
#[test]
fn doc_table_rows_kept_whole_move_to_the_next_page() {
    let (doc, _) = extract_warned(&data("rows-cantsplit-lo.doc"));
    assert!(pages(&doc).len() >= 12, "{}", pages(&doc).len());
}

/// A .docx table's cells take the inner margins the file gives them (`w:tblCellMar`, of the
/// table or its style): rows-cellmar.docx (cell_margins.py) is protokoll10.docx with 1.5 cm a
/// side, and its narrower cells wrap into more lines: LibreOffice prints 14 pages for 10.
#[test]
fn docx_table_cell_margins_narrow_the_cells() {
    let (wide, _) = extract_warned(&data("rows-cellmar.docx"));
    let (plain, _) = extract_warned(&data("blind10/protokoll10.docx"));
    assert_eq!(pages(&plain).len(), 10);
    assert!(pages(&wide).len() >= 12, "{}", pages(&wide).len());
}

#[test]
fn word_blind9_and_10_visible_text_once_hidden_text_never() {
    let mut wrong = Vec::new();
    for (set, spec) in [("blind9", "expect9.json"), ("blind10", "expect10.json")] {
        let dir = data(set);
        let expect: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(spec)).unwrap()).unwrap();
        for (file, want) in expect.as_object().expect("files") {
            let text = crate::word_blind::extracted_pages(&dir.join(file))
                .unwrap()
                .join("\n")
                .to_lowercase();
            let words = crate::word_blind::words(&text);
            let count = |w: &Value| words.get(w.as_str().unwrap()).copied().unwrap_or(0);
            for w in want["synlig"].as_array().unwrap() {
                if count(w) != 1 {
                    wrong.push(format!("{file}: {w} read {} times", count(w)));
                }
            }
            for w in want["osynlig"].as_array().unwrap() {
                if count(w) != 0 {
                    wrong.push(format!("{file}: hidden {w} read"));
                }
            }
            let seq = |t: &str| {
                let ws: Vec<&str> = t
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                format!(" {} ", ws.join(" "))
            };
            let all = seq(&text);
            for f in want["fraser"].as_array().into_iter().flatten() {
                if !all.contains(&seq(f.as_str().unwrap())) {
                    wrong.push(format!("{file}: phrase {f} not read"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A table row that says nothing breaks where the page ends, as Word and LibreOffice break
/// it, once its cells' first lines are on the page: blind10/protokoll10.docx, whose §§ are
/// rows of a two-column table (§ number left, the matter right) with long rows, is 10
/// pages as LibreOffice prints it (12 when every row went whole to the next page), and each
/// § number is on the page of its matter's title. The same file with `w:cantSplit` in every
/// row (rows-cantsplit.docx, cant_split.py) keeps its rows whole: 12 pages (LibreOffice 13).
#[test]
fn docx_table_rows_break_at_page_ends_unless_kept_whole() {
    let doc = extract_json(&data("blind10/protokoll10.docx"));
    assert_eq!(pages(&doc).len(), 10);
    let page_of = |t: &str| {
        pages(&doc)
            .iter()
            .position(|p| texts(p).iter().any(|l| l == t))
            .unwrap_or_else(|| panic!("{t}"))
    };
    for (n, title) in [
        (47, "Detaljplan för Östra Ekby"),
        (52, "Yttrande över regional transportplan"),
    ] {
        assert_eq!(page_of(&format!("§ {n}")), page_of(title), "§ {n}");
    }
    let kept = extract_json(&data("rows-cantsplit.docx"));
    assert!(pages(&kept).len() >= 12, "{}", pages(&kept).len());
}

/// List starts at the ends of a 64-bit number (tests/data/word/extreme/make.py): a start
/// past what a word processor allows counts from 1, so no label is billions of letters long
/// (the base binary ran out of memory on both files) and no count overflows.
#[test]
fn list_starts_at_the_ends_of_a_number_are_read() {
    let dir = repo().join("tests/data/word/extreme");
    for (file, want) in [
        (
            "liststart.docx",
            &[
                "a) Första punkten",
                "b) Andra punkten",
                "c) Tredje punkten",
                "d) Fjärde punkten",
                "1. Femte punkten",
                "2. Sjätte punkten",
            ][..],
        ),
        (
            "liststart.odt",
            &[
                "a) Första punkten",
                "b) Andra punkten",
                "c) Tredje punkten",
                "d) Fjärde punkten",
            ][..],
        ),
    ] {
        let doc = extract_json(&dir.join(file));
        assert_eq!(texts(&pages(&doc)[0]), want, "{file}");
    }
}

/// A section on a line grid (`w:docGrid w:type="lines"` in a .docx, `sprmSClm` with
/// `sprmSDyaLinePitch` in a .doc, `style:layout-grid-mode="line"` in an .odt) sets each line
/// on a grid line: line-grid.docx's 61 lines of Calibri 11 on a 24-point grid fill 3 pages,
/// as LibreOffice prints each of the three (line_grid.py); as plain lines they fit on 2, which
/// the .docx and .doc gave.
#[test]
fn lines_on_a_line_grid_take_whole_grid_lines() {
    for file in ["line-grid.docx", "line-grid-lo.doc", "line-grid-lo.odt"] {
        let doc = extract_json(&data(file));
        assert_eq!(pages(&doc).len(), 3, "{file}");
        let last = texts(&pages(&doc)[2]).join("\n");
        assert!(last.contains("Rad 60 i rutnätet."), "{file}: {last}");
    }
}
