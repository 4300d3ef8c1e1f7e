//! RTF files through the real path (`kommission extract --format json`, `ingest`, `search`):
//! text with paragraphs, tables, notes and pages from LibreOffice's RTF of the blind set's
//! tjänsteskrivelse (tests/data/word/blind2/arende-lo.rtf: tracked changes, hidden text, a
//! comment, a text box, a nested table, foot- and endnotes, a second master page); files whose
//! answer is "nothing" (tests/data/word/rtf: an empty document, one that is only a picture);
//! a file that is no RTF (a clean error naming it); an RTF saved under a .doc name.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::proc::run;
use serde_json::Value;

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/word")
        .join(rel)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn extract(path: &Path) -> Value {
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &["extract", "--format", "json", path.to_str().expect("utf-8")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("json")
}

fn page_texts(doc: &Value) -> Vec<String> {
    doc["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The line of `doc` whose text starts with `start`: (page number, x).
fn line_at(doc: &Value, start: &str) -> Option<(u64, f64)> {
    doc["pages"].as_array()?.iter().find_map(|p| {
        p["lines"].as_array()?.iter().find_map(|l| {
            l["text"].as_str()?.starts_with(start).then(|| {
                (
                    p["number"].as_u64().unwrap_or(0),
                    l["x"].as_f64().unwrap_or(-1.0),
                )
            })
        })
    })
}

#[test]
fn rtf_gives_paragraphs_tables_notes_and_pages_without_what_a_reader_does_not_see() {
    let doc = extract(&data("blind2/arende-lo.rtf"));
    assert_eq!(
        doc["title"], "Tjänsteskrivelse om biblioteksverksamheten",
        "the \\info title"
    );
    let pages = page_texts(&doc);
    // LibreOffice's PDF of it has 4 pages; the annex starts a page of its own.
    assert!((3..=5).contains(&pages.len()), "{} pages", pages.len());
    assert!(pages.last().unwrap().contains("Bilaga 1: Besöksstatistik"));
    let all = pages.join("\n");
    // Tracked changes accepted, hidden text and comments left out.
    assert!(all.contains("ett tilläggsanslag på 450 000 kronor för att behålla bokbussen"));
    assert!(!all.contains("filialen i Ängsby"), "deleted words");
    assert!(
        !all.contains("bokbussen skulle upphöra"),
        "a deleted paragraph"
    );
    assert!(!all.contains("stäms av med ekonomienheten"), "hidden text");
    assert!(!all.contains("controllern"), "a comment");
    // Soft and non-breaking hyphens: the words as a reader types them.
    assert!(all.contains("Den nya kulturpolitiska strategin och e-tjänsterna för lånekort"));
    // The text box once, its anchoring paragraph's text beside it.
    assert_eq!(
        all.matches("Faktaruta: kommunen har sju bibliotek").count(),
        1
    );
    // A footnote marked in the text and at the foot of its page; the endnote at the end.
    let p1 = &pages[0];
    assert!(p1.contains("fler besökare[1]"), "{p1}");
    assert!(all.contains("[1] Besöksräkningen gjordes med automatiska räknare"));
    assert!(pages
        .last()
        .unwrap()
        .contains("[i] Öppettiderna framgår av biblioteksplanen"));
    // A table: each cell a line at its column's x; the nested table's cells in the outer cell.
    let (unit_page, unit_x) = line_at(&doc, "Huvudbiblioteket i Norrbyn").expect("cell");
    let (inner_page, inner_x) = line_at(&doc, "Personal").expect("nested cell");
    assert_eq!(unit_page, inner_page);
    assert!(inner_x > unit_x, "{unit_x} {inner_x}");
    // Headings from the style sheet ("heading 1" / "heading 2").
    let (_, _) = line_at(&doc, "3 Ekonomi").expect("heading");
    let heading = doc["pages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["lines"].as_array().unwrap())
        .find(|l| l["text"] == "3 Ekonomi")
        .expect("heading line");
    assert_eq!(heading["bold"], true, "{heading}");
}

#[test]
fn empty_rtf_and_picture_only_rtf_are_one_empty_page() {
    for name in ["rtf/tom.rtf", "rtf/bild.rtf"] {
        let doc = extract(&data(name));
        let pages = page_texts(&doc);
        assert_eq!(pages, vec![String::new()], "{name}");
    }
}

#[test]
fn a_file_that_is_no_rtf_is_a_clean_error_naming_it() {
    let index = tempfile::tempdir().expect("tempdir");
    let path = data("rtf/trasig.rtf");
    let o = run(index.path(), &["extract", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("trasig.rtf") && err.contains("not an RTF file"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn an_rtf_saved_under_a_doc_name_is_read_as_rtf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc_name = dir.path().join("skrivelse.doc");
    std::fs::copy(data("blind2/arende-lo.rtf"), &doc_name).expect("copy");
    let doc = extract(&doc_name);
    assert!(page_texts(&doc).join("\n").contains("tilläggsanslag"));
}

#[test]
fn ingest_reads_rtf_names_what_it_skips_and_fails_and_search_finds_rtf_text() {
    let folder = tempfile::tempdir().expect("tempdir");
    for (from, to) in [
        ("blind2/arende-lo.rtf", "arende.rtf"),
        ("rtf/tom.rtf", "tom.rtf"),
        ("rtf/trasig.rtf", "trasig.rtf"),
    ] {
        std::fs::copy(data(from), folder.path().join(to)).expect("copy");
    }
    std::fs::write(folder.path().join("budget.xlsx"), "PK").expect("write");
    let index = tempfile::tempdir().expect("tempdir");
    let o = run(
        index.path(),
        &[
            "ingest",
            "--quiet",
            "--json",
            folder.path().to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let summary: Value = serde_json::from_slice(&o.stdout).expect("json");
    let ingested = crate::word_files::ingested(&summary);
    assert_eq!(ingested, ["arende", "tom"], "{summary}");
    assert_eq!(summary["failed"][0]["id"], "trasig", "{summary}");
    let skipped = summary["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), 1, "{summary}");
    assert_eq!(skipped[0]["extension"], "xlsx");
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("spreadsheet"),
        "{summary}"
    );
    let err = stderr(&o);
    assert!(err.contains("trasig.rtf"), "{err}");

    let o = run(
        index.path(),
        &[
            "search",
            "tilläggsanslag",
            "--kind",
            "page",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hits: Vec<Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["doc"], "arende", "{hits:?}");
    // Deleted text is not searchable.
    let o = run(index.path(), &["search", "Ängsby", "--format", "json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "");
}

/// A table row marked `\trhdr` is a header row, repeated at the top of every page the table
/// runs onto: its room is taken there too, so in the same 80-row table with a tall header
/// row marked so, row 66 goes to a later page than without the mark (base: the same page).
#[test]
fn an_rtf_header_row_takes_its_room_on_every_page() {
    let table = |mark: &str| {
        let head = format!("\\trowd{mark}\\cellx3000\\cellx9000\\intbl Rubrik\\line a\\line b\\line c\\line d\\line e\\cell\\intbl Kolumn\\cell\\row\n");
        let rows: String = (1..=80)
            .map(|i| format!("\\trowd\\cellx3000\\cellx9000\\intbl Rad {i}\\cell\\intbl Text {i}\\cell\\row\n"))
            .collect();
        format!("{{\\rtf1\\ansi\\fs24 {head}{rows}\\pard Slut\\par}}")
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = |mark: &str| {
        let path = dir.path().join(format!("t{}.rtf", mark.len()));
        std::fs::write(&path, table(mark)).expect("write");
        page_texts(&extract(&path))
    };
    let (plain, header) = (pages(""), pages("\\trhdr"));
    let page = |p: &[String]| {
        p.iter()
            .position(|t| t.contains("Rad 66\n"))
            .expect("row 66")
    };
    assert!(page(&header) > page(&plain), "{header:?}\n{plain:?}");
}
