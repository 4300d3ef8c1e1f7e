//! Protocols in the shapes of the common Swedish meeting systems (Ciceron, Platina, Meetings
//! Plus, Evolution, a small board's Word template, "Ärende N" minutes, a regional board, a
//! school board's head rows, section labels in a left column, a company board's minutes in
//! English) as real producers
//! write them: the Word file itself (python-docx: tables, tabs, Word's own bullet and
//! number lists), LibreOffice's PDF of it, and pdfTeX's PDF of the same blocks
//! (and for the newer shapes Chromium's PDF of an HTML rendering, for the fifth blind
//! check's shapes WeasyPrint's PDF of it as well)
//! (tests/data/protocols, made by make.py, with NAME.want.json the answer for each).
//! All go through `kommission ingest` and `kommission protocols --format json`; every
//! paragraph's id, number, title, diary number, decisions, basis and reservations and the
//! meeting's body, date, time, place, chair, secretary, adjusters and attendees must be
//! exact. The field rates are printed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::structure_support::{generated_shapes, kommission, producer_variants};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/protocols")
}

fn shapes() -> Vec<(String, Value)> {
    generated_shapes(&dir())
}

/// Hits and tries per field.
#[derive(Default)]
struct Rates(BTreeMap<String, (usize, usize)>);

impl Rates {
    fn check(
        &mut self,
        field: &str,
        got: &Value,
        want: &Value,
        what: &str,
        failures: &mut Vec<String>,
    ) {
        let e = self.0.entry(field.to_string()).or_default();
        e.1 += 1;
        if got == want {
            e.0 += 1;
        } else {
            failures.push(format!("{what} {field}: got {got}, want {want}"));
        }
    }
}

/// Files the structure stage cannot read right today for a reason outside it. Their
/// failures are printed but do not fail the test; one that comes out right fails it, so
/// that it leaves this list. (Empty: "ciceron-header.lo", the last row of a page-header
/// table left atop every page, is read right since the structure stream drops a first line
/// that repeats on every page on one baseline.)
///
/// The fourth blind check (2026-12-02, evening) left these, open for the structure stage
/// (LibreOffice's is read since the sixth: the cell's later lines, read row by row with the
/// cell beside them, are gathered by their column):
/// a title that wraps inside a narrow left table cell ("§ 31" over "Ansökan om
/// strandskyddsdispens för brygga" / "på fastigheten Sjövik 1:4") is cut at the cell's first
/// line or mixed with the right cell's lines. (A decision "… beslutar" over one att-bullet
/// is read since the fifth blind check.) In Chromium's print the cell's last line is read
/// after the sections beside it: following the cell to the paragraph's end fixes it but
/// reads pdfTeX's headings beside a head into titles (tried in the ninth, not kept).
const KNOWN_GAPS: &[(&str, &str)] = &[
    (
        "split-paragraphs.pdftex",
        "title wrapping in a narrow left cell",
    ),
    (
        "split-paragraphs.chrome",
        "title wrapping in a narrow left cell",
    ),
    // Left of the fifth blind check (2026-12-02, night): Chromium's running header (a
    // fixed block) is read inside the last att-bullet before a page break.
    (
        "au-beslutsgang.chrome",
        "running header inside a bullet across a page break",
    ),
    // Left of the seventh blind check (2026-12-03, morning). pdfTeX's label/value lines
    // (a fixed-width box, then the value) are read as two columns, labels first, and the
    // diary number right-aligned in the head row's third cell after the paragraph's text.
    (
        "w3d3-columns.pdftex",
        "label/value lines read as two columns, right cell read late",
    ),
    // Left of the ninth blind check (2026-12-03, session 3): Chromium draws a list's bullets
    // as paths, so the text has no marker to split the decision's items at.
    (
        "forbund-arende.chrome",
        "decisions of Chromium's bullet list (markers drawn, not written)",
    ),
    // Left of the eleventh blind check (2026-12-03, session 5): Chromium leaves the fixed
    // page-header table (the meeting's date) out of the text, so the date is the
    // adjustment's. (Two decision sentences on lines of their own that a producer sets as
    // one block, in arende-delpunkter, bilingual-board.pdftex and utdrag-bestyrks.chrome, are
    // read since the fourteenth session: each whole line a decision.)
    (
        "netpublicator-header.chrome",
        "the page-header table is not in Chromium's text",
    ),
    // Left of the twelfth blind check (2026-12-03, session 6): pdfTeX's landscape print in
    // two columns is read row by row across both columns where the left column's label
    // lines ("Plats: …") stand beside the right column's signatures.
    (
        "landskap-spalter.pdftex",
        "two columns of a landscape page read as rows",
    ),
    // Left of the fourteenth blind check (2026-12-04, session 8): a grid cell's diary number
    // wrapped over two lines ("MN" / "2024/112") is read row by row with the cells beside it;
    // (Chromium's drawn bullets, the att-satser of a second lead-in run into the last bullet:
    // read since the fifteenth session, every list item ending at a line of another block);
    // LibreOffice's margin row whose lead-in and first att-sats come as one block; tesseract
    // reads the time "18.30" of the scan as "18.:30".
    (
        "anmalningsarenden.chrome",
        "diary number wrapped in a grid cell",
    ),
    (
        "anmalningsarenden.weasy",
        "diary number wrapped in a grid cell",
    ),
    ("marginal-dnr.lo", "lead-in and att-sats in one block"),
    ("skannad.ocr", "the scan's time misread by tesseract"),
    // Left of the fifteenth blind check (2026-12-04, session 9): English minutes' "Present:
    // Maria Stenberg, Chairman" over one name a line: read since the twelfth session (a role
    // after a name and a comma is no label). (A decision grid's head wrapped in its narrow
    // cell, "BUN §" over "12", is read since the eleventh session: `protocols::unwrap_heads`.)
    // The sixteenth blind check (2026-12-04, session 10), as main (c4c8433) reads it: each
    // entry leaves this list when its rule lands.
    ("dnr-huvudcell.chrome", "a left cell's last decision lost"),
    ("dnr-huvudcell.weasy", "a left cell's last decision lost"),
    // The seventeenth blind check (2026-12-04, session 11), as this session leaves it.
    // (Chromium's and WeasyPrint's "stamma-paragrafer", the roles set with no gap, are read
    // since the seventeenth session: a word that is two labels is the two.)
    (
        "tre-sidor.chrome",
        "running header inside a decision across a page break",
    ),
    (
        "marginal-textruta",
        "Word's text box in the margin: the head read, the title lost",
    ),
    // (LibreOffice's "Expedieras till:" set close under the last att-line is read since the
    // twelfth session: a decision found by its sentence ends at the next section.)
    // The eighteenth blind check (2026-12-04, session 12), as this session leaves it.
    // LibreOffice reads the head row's right cell ("Ärende 13" / "Dnr RS 2024/102") between
    // the title's lines and the title's last line after it; pdfTeX's ANSLAG/BEVIS table is read column
    // by column (labels first), so the date is the adjustment's.
    (
        "rf-hogerspalt.lo",
        "the title's last line read after the right cell",
    ),
    (
        "underskrifter-forst.pdftex",
        "the cover's table read by columns: the adjustment's date",
    ),
    // The nineteenth blind check (2026-12-04, session 13), as this session leaves it
    // ("arsstamma-bolag.*", "forts-komma.*" and all but one of "paragraf-arende-grid.*" are
    // read since: a body's past-tense decision verbs, "Forts." in any case, a grid's column
    // head over the title). Chromium leaves the page-header table out of its text;
    // (LibreOffice's § 47, its row broken over a page after its column head, is read since
    // the fifteenth session: the label "Ärende" before a title is none of it.) (The unsigned
    // "Beslutslista" is read since the fourteenth session: structure::classify takes a list
    // of "§ N" heads each over a "Beslut" as a protocol.)
    (
        "platina-blad.chrome",
        "the page-header table is not in Chromium's text",
    ),
    // The twenty-second blind check (2026-12-05, session 16): all read since
    // ("ordforandebeslut.*" since the sixteenth: "Underskrift" opens the signatures;
    // "arende-hoger.*" since the seventeenth: a head glued to its title's last word by a tab
    // set as no gap goes apart; "ruta-utan-rubrik.*" since the seventeenth too: a body's
    // present-tense deciding verb reads a decision set apart with no heading).
    // The twenty-third blind check (2026-12-05, session 17), as this session leaves it
    // ("minutes-translation.*" is read since: "Decision", an English body's line, "Reg. no.").
    // (And "delegation-rader.*": a grid's first column head "Beslut" with short cells right of
    // it is no section; "styrelse-punkt.*": a role after a name and a semicolon.) LibreOffice
    // breaks the last row over the page, and the page's text reads the cell's second line
    // after the signatures.
    (
        "skola-arendetabell.lo",
        "a decision cell broken over a page: its rest read after the signatures",
    ),
];

#[test]
fn protocols_from_word_libreoffice_and_pdftex() {
    let shapes = shapes();
    assert!(
        shapes.len() >= 6,
        "{:?}",
        shapes.iter().map(|s| &s.0).collect::<Vec<_>>()
    );
    let docs = tempfile::tempdir().unwrap();
    for (name, _) in &shapes {
        for (_, file) in producer_variants(&dir(), name) {
            std::fs::copy(dir().join(&file), docs.path().join(&file))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
        }
    }
    let index = tempfile::tempdir().unwrap();
    let o = kommission(
        index.path(),
        &[
            "ingest",
            "--no-ocr",
            "--quiet",
            docs.path().to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = kommission(index.path(), &["protocols", "--format", "json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();

    let mut rates = Rates::default();
    let mut failures = Vec::new();
    let mut per_doc: Vec<String> = Vec::new();
    for (name, want) in &shapes {
        let paragraphs = want["paragraphs"].as_array().unwrap();
        for (doc, _) in producer_variants(&dir(), name) {
            let got: Vec<&Value> = rows.iter().filter(|r| r["doc"] == doc.as_str()).collect();
            rates.check(
                "paragraph count",
                &Value::from(got.len()),
                &Value::from(paragraphs.len()),
                &doc,
                &mut failures,
            );
            // Meeting fields stand on every row; the first is checked. The adjuster is the first
            // of the adjusters, never a field's value run on past the name.
            if let Some(first) = got.first() {
                if let Some(a) = first["adjusters"].as_array().and_then(|a| a.first()) {
                    rates.check("adjuster", &first["adjuster"], a, &doc, &mut failures);
                }
                for (field, w) in want["meeting"].as_object().unwrap() {
                    if w.is_null() || w.as_array().is_some_and(Vec::is_empty) {
                        continue;
                    }
                    let g = first.get(field).cloned().unwrap_or(Value::Null);
                    rates.check(field, &g, w, &doc, &mut failures);
                }
            }
            let before = rates.0.get("id and title").copied().unwrap_or_default();
            for (k, w) in paragraphs.iter().enumerate() {
                let what = format!("{doc} {}", w["label"]);
                let Some(p) = got.get(k) else {
                    // A paragraph not found is a miss of its id and title.
                    rates.0.entry("id and title".to_string()).or_default().1 += 1;
                    failures.push(format!("{what}: missing"));
                    continue;
                };
                let id = |v: &Value| {
                    Value::from(vec![
                        v["label"].clone(),
                        v["paragraph"].clone(),
                        v["title"].clone(),
                    ])
                };
                rates.check("id and title", &id(p), &id(w), &what, &mut failures);
                if !w["diary_number"].is_null() {
                    rates.check(
                        "diary number",
                        &p["diary_number"],
                        &w["diary_number"],
                        &what,
                        &mut failures,
                    );
                }
                // A paragraph's other diary numbers, where the shape gives them.
                if let Some(w) = w.get("referenced_diary_numbers") {
                    rates.check(
                        "referenced diary numbers",
                        &p["referenced_diary_numbers"],
                        w,
                        &what,
                        &mut failures,
                    );
                }
                // Decisions are checked everywhere: a paragraph that decides nothing has none.
                rates.check(
                    "decisions",
                    &p["decisions"],
                    &w["decisions"],
                    &what,
                    &mut failures,
                );
                if w["basis"].as_array().is_some_and(|a| !a.is_empty()) {
                    rates.check("basis", &p["basis"], &w["basis"], &what, &mut failures);
                }
                let reservations = p["reservations"].as_array().map_or(0, Vec::len);
                rates.check(
                    "reservations",
                    &Value::from(reservations),
                    &w["reservations"],
                    &what,
                    &mut failures,
                );
            }
            let after = rates.0.get("id and title").copied().unwrap_or_default();
            per_doc.push(format!(
                "{doc}: id and title {}/{}, {} rows",
                after.0 - before.0,
                paragraphs.len(),
                got.len()
            ));
        }
    }
    for line in &per_doc {
        eprintln!("protocol producers, {line}");
    }
    for (field, (hit, all)) in &rates.0 {
        eprintln!("protocol producers, {field}: {hit}/{all}");
    }
    // Failures of a known gap are printed; a known gap without failures is one to remove.
    let of = |doc: &str, f: &String| match doc.strip_suffix(".*") {
        Some(shape) => f.starts_with(&format!("{shape} ")) || f.starts_with(&format!("{shape}.")),
        None => f.starts_with(&format!("{doc} ")),
    };
    let (known, mut failures): (Vec<String>, Vec<String>) = failures
        .into_iter()
        .partition(|f| KNOWN_GAPS.iter().any(|(doc, _)| of(doc, f)));
    for (doc, why) in KNOWN_GAPS {
        let mine: Vec<&String> = known.iter().filter(|f| of(doc, f)).collect();
        for f in &mine {
            eprintln!("protocol producers, known gap ({why}): {f}");
        }
        if mine.is_empty() {
            failures.push(format!("{doc} is right now: take it off KNOWN_GAPS"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every shape has its files (three, four with Chromium's, five with WeasyPrint's), and every file in the folder belongs to a shape.
#[test]
fn every_protocol_file_has_its_answer() {
    let shapes = shapes();
    let mut expected: Vec<String> = vec!["make.py".to_string()];
    for (name, _) in &shapes {
        expected.push(format!("{name}.want.json"));
        for (_, f) in producer_variants(&dir(), name) {
            expected.push(f);
        }
    }
    for e in std::fs::read_dir(dir()).unwrap().filter_map(Result::ok) {
        let n = e.file_name().to_string_lossy().into_owned();
        assert!(expected.contains(&n), "{n} belongs to no shape");
    }
    for f in &expected {
        assert!(dir().join(f).is_file(), "{f} is missing");
    }
}

/// The pages `kommission extract` gives for a file of the folder.
fn extracted_pages(file: &str) -> Vec<Value> {
    let index = tempfile::tempdir().unwrap();
    let path = dir().join(file);
    let path = path.to_str().unwrap();
    let o = kommission(
        index.path(),
        &["extract", "--no-ocr", "--format", "json", path],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v["pages"].as_array().unwrap().clone()
}

/// Every paragraph on a page of its own (the shape "table-heads-paged"): the head row
/// "§ 58 | Dnr KS 2021/123" stands at the top of three of the five pages and repeats there
/// once its digits are masked, yet it is content, as its diary numbers vary out of step with
/// the page; the footer "Justerandes signatur | Utdragsbestyrkande" on every page stays
/// furniture. (The paragraphs themselves are measured by the test above.)
#[test]
fn paragraph_heads_on_pages_of_their_own_are_not_running_headers() {
    let name = "table-heads-paged";
    assert!(
        shapes().iter().any(|s| s.0 == name),
        "{name}.want.json is missing"
    );
    let heads = [
        (2, "§ 58", "Dnr KS 2021/123"),
        (3, "§ 59", "Dnr KS 2021/88"),
        (4, "§ 60", "Dnr KS 2020/415"),
    ];
    for file in [format!("{name}.lo.pdf"), format!("{name}.pdftex.pdf")] {
        let pages = extracted_pages(&file);
        assert_eq!(pages.len(), 5, "{file}");
        for (number, para, dnr) in heads {
            let text = pages[number - 1]["text"].as_str().unwrap();
            let first: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(2)
                .collect();
            let head = first.join(" ");
            assert!(
                head.contains(para) && head.contains(dnr),
                "{file} page {number} starts with {first:?}"
            );
        }
        for p in &pages {
            let text = p["text"].as_str().unwrap();
            assert!(
                !text.contains("Utdragsbestyrkande"),
                "{file} page {}: the footer is in the text:\n{text}",
                p["number"]
            );
        }
    }
}

/// A paragraph a page, its head "§ 57" alone atop the page (the shape "paged-heads"): the
/// paragraph numbers move in step with the pages like the counter "Sida N" in the header
/// beside them, yet the heads are content and the counter is furniture (the page label).
#[test]
fn paragraph_heads_in_step_with_the_pages_stay_and_the_page_counter_goes() {
    let name = "paged-heads";
    for file in [format!("{name}.lo.pdf"), format!("{name}.pdftex.pdf")] {
        let pages = extracted_pages(&file);
        assert_eq!(pages.len(), 4, "{file}");
        for (k, p) in pages.iter().enumerate() {
            let text = p["text"].as_str().unwrap();
            assert!(!text.contains("Sida"), "{file} page {}: {text}", k + 1);
            assert_eq!(p["label"], Value::from((k + 1).to_string()), "{file}");
            if k > 0 {
                let head = format!("§ {}", k + 56);
                assert!(
                    text.trim_start().starts_with(&head),
                    "{file} page {}: {text}",
                    k + 1
                );
            }
        }
    }
}

/// Documents that cite paragraphs and diary numbers but decide nothing give no protocol
/// paragraph (nor regulations, delegation orders and lists), yet what they cite are
/// identifiers of them: a meeting notice
/// ("Kallelse/föredragningslista": numbered items with their diary numbers and "Förslag till
/// beslut"), a notice whose agenda items are "§ 1" … "§ 5", and an audit report citing "KF §
/// 45/2023".
#[test]
fn documents_that_decide_nothing_give_no_paragraphs_but_their_identifiers() {
    let cases: &[(&str, &[&str])] = &[
        (
            "kallelse.lo.pdf",
            &["KS 2024/12", "KS 2024/3", "KS 2024/58"],
        ),
        (
            "kallelse-paragrafer.lo.pdf",
            &["MBN 2024/190", "MBN 2024/233", "MBN 2024/5"],
        ),
        (
            "revisionsrapport.lo.pdf",
            &["KF § 45/2023", "KS § 110/2023", "REV 2024/7"],
        ),
        // The tenth blind check's: a motion and an official's report citing decisions.
        ("motion.lo.pdf", &["KF § 23/2021", "KS 2024/301"]),
        // The eleventh's (and the tenth's delegation list): fee regulations with "§ 1 Title"
        // heads adopted "§ 45", a delegation order whose table rows are "§ 1 | matter | 26
        // kap. 9 § MB | delegate", a table of delegated decisions numbered "1." … (numbered
        // items are a meeting's only where the document names its people).
        ("avgiftsforeskrifter.lo.pdf", &["KS 2023/512"]),
        ("delegationsordning.lo.pdf", &["BMN 2023/301"]),
        (
            "delegationslista.lo.pdf",
            &[
                "BMN 2024/120",
                "BMN 2024/131",
                "BMN 2024/140",
                "BMN 2024/98",
            ],
        ),
        (
            "tjansteskrivelse.lo.pdf",
            &["KF § 45/2019", "KS 2024/44", "KS § 110/2013"],
        ),
        // The twelfth's: a court judgment on a board's decision ("§ 45", "12 §
        // förvaltningslagen", numbered grounds).
        ("forvaltningsratt-dom.lo.pdf", &["KS 2024/88"]),
        // The thirteenth's: a council's rules of procedure ("1 §" sections, numbered points,
        // the words of protocols) and an appendix printed alone ("Bilaga 1 till KS §
        // 34/2024"), in every producer.
        ("arbetsordning.lo.pdf", &["KF § 12/2023", "KS 2022/480"]),
        ("arbetsordning.pdftex.pdf", &["KF § 12/2023", "KS 2022/480"]),
        ("arbetsordning.weasy.pdf", &["KF § 12/2023", "KS 2022/480"]),
        ("protokollsbilaga.lo.pdf", &["KS 2024/61", "KS § 34/2024"]),
        (
            "protokollsbilaga.chrome.pdf",
            &["KS 2024/61", "KS § 34/2024"],
        ),
        ("protokollsbilaga.docx", &["KS 2024/61", "KS § 34/2024"]),
        // The fourteenth's: an agreement "§ 1 Parter" … citing "§ 18", a notice whose items
        // are "Ärende 2 | § 46 | Title", a register of a year's paragraphs (§ | Ärende | Dnr).
        ("avtal-paragrafer.lo.pdf", &["KS 2024/301"]),
        (
            "foredragningslista.pdftex.pdf",
            &["SN 2024/2", "SN 2024/210", "SN 2024/30"],
        ),
        (
            "paragrafregister.chrome.pdf",
            &[
                "KS 2023/412",
                "KS 2024/1",
                "KS 2024/14",
                "KS 2024/19",
                "KS 2024/22",
                "KS 2024/301",
                "KS 2024/77",
            ],
        ),
        // The fifteenth's: an official's report citing "§ 45" in bold lines of their own
        // ("§ 45 i kommunstyrelsens protokoll …") and a law text ("2 a §", a bold "3 §" alone).
        (
            "tjanst-hanvisning.lo.pdf",
            &["KF § 112/2023", "KS 2024/88", "KS § 45/2023"],
        ),
        (
            "tjanst-hanvisning.chrome.pdf",
            &["KF § 112/2023", "KS 2024/88", "KS § 45/2023"],
        ),
        ("forordning.pdftex.pdf", &[]),
        // The sixteenth's: an agenda with a protocol's fields, "§ N<tab>Title" items and
        // proposals phrased as decisions ("Kommunstyrelsen beslutar att …").
        (
            "foredragningslista-forslag.lo.pdf",
            &[
                "KS 2024/121",
                "KS 2024/128",
                "KS 2024/135",
                "KS 2024/142",
                "KS 2024/149",
                "KS 2024/156",
                "KS 2024/163",
                "KS 2024/170",
            ],
        ),
    ];
    for (file, want) in cases {
        let index = tempfile::tempdir().unwrap();
        let path = dir().join(file);
        let path = path.to_str().unwrap();
        let o = kommission(index.path(), &["ingest", "--no-ocr", "--quiet", path]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let o = kommission(index.path(), &["protocols", "--format", "json"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
        assert!(rows.is_empty(), "{file}: {rows:#?}");
        let o = kommission(index.path(), &["identifiers", "--format", "json"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
        let mut got: Vec<&str> = rows
            .iter()
            .filter(|r| r["kind"] == "diary" || r["id"].as_str().is_some_and(|i| i.contains(" § ")))
            .filter_map(|r| r["id"].as_str())
            .collect();
        got.sort_unstable();
        got.dedup();
        assert_eq!(&got, want, "{file}");
    }
}
