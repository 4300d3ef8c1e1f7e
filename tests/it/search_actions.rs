//! Action hits against pages, through the real binary: an action's snippet is its own text
//! and stands on the page the hit reports (the corpus' brochure, whose pages of lists hold
//! many actions each); an action ranks on the scale of the pages it stands on: a line of a
//! page read as an action (an agenda's line in a plan, `tests/data/search`, made by
//! `make.sh`) or a match of an action's number alone ranks below its page, an action whose
//! title holds the query may rank above pages.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::support::proc::run;
use serde_json::Value;

/// The words of a text, lower case (punctuation and hyphens are no words).
fn words(text: &str) -> String {
    let lower = text.to_lowercase();
    let words = lower.split(|c: char| !c.is_alphanumeric() && c != '§');
    words
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A folder ingested once into its own index (the index's path).
fn ingested(folder: &str, slot: &'static OnceLock<(tempfile::TempDir, PathBuf)>) -> &'static Path {
    &slot
        .get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let index = tmp.path().join("index");
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
            let o = run(&index, &["ingest", "--no-ocr", root.to_str().unwrap()]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            (tmp, index)
        })
        .1
}

fn json_lines(index: &Path, args: &[&str]) -> Vec<Value> {
    let o = run(index, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// (kind, number or "", page, score) of the hits of a query.
fn ranked(index: &Path, query: &str) -> Vec<(String, String, u64, f64)> {
    let hits = json_lines(
        index,
        &["search", "--format", "json", "-n", "10", "--", query],
    );
    let field = |h: &Value, k: &str| h[k].as_str().unwrap_or("").to_string();
    hits.iter()
        .map(|h| {
            (
                field(h, "kind"),
                field(h, "number"),
                h["page"].as_u64().unwrap_or(0),
                h["score"].as_f64().unwrap(),
            )
        })
        .collect()
}

/// The corpus, ingested once for the tests of this file.
fn corpus() -> &'static Path {
    static CORPUS: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    ingested("corpus", &CORPUS)
}

#[test]
fn an_action_hit_shows_its_own_words_on_the_page_it_reports() {
    let index = corpus();
    let pages: HashMap<(String, u64), String> = json_lines(index, &["export", "pages"])
        .iter()
        .map(|p| {
            (
                (
                    p["doc"].as_str().unwrap().to_string(),
                    p["page"].as_u64().unwrap(),
                ),
                words(p["text"].as_str().unwrap()),
            )
        })
        .collect();
    let mut seen = 0;
    for query in [
        "fritidshem",
        "elevhälsa",
        "kollegial granskning",
        "samverkan med civilsamhället",
        "barnkonventionen",
    ] {
        let hits = json_lines(
            index,
            &["search", "--format", "json", "-n", "10", "--", query],
        );
        for h in hits.iter().filter(|h| h["kind"] == "action") {
            let number = h["number"].as_str().unwrap();
            let o = run(index, &["show", "action", number, "--format", "json"]);
            let action: Value = serde_json::from_slice(&o.stdout).unwrap();
            let recommendations = action["recommendations"].as_array().unwrap().iter();
            let own = recommendations.fold(
                format!(
                    "{} {}",
                    action["title"].as_str().unwrap(),
                    action["body"].as_str().unwrap_or("")
                ),
                |t, r| format!("{t} {}", r["text"].as_str().unwrap()),
            );
            let page = &pages[&(
                h["doc"].as_str().unwrap().to_string(),
                h["page"].as_u64().unwrap(),
            )];
            // Each piece of the snippet between ellipses, less its first and last word (a
            // window may cut a word).
            for piece in h["snippet"].as_str().unwrap().split('…').map(words) {
                let inner: Vec<&str> = piece.split(' ').collect();
                let Some(inner) = inner.get(1..inner.len().saturating_sub(1)) else {
                    continue;
                };
                let inner = inner.join(" ");
                assert!(
                    words(&own).contains(&inner),
                    "{query}: action {number}'s snippet {inner:?} is not its own text"
                );
                assert!(
                    page.contains(&inner),
                    "{query}: action {number}'s snippet {inner:?} is not on page {}",
                    h["page"]
                );
            }
            seen += 1;
        }
    }
    assert!(seen >= 10, "{seen} action hits");
}

#[test]
fn an_action_ranks_on_the_scale_of_its_page() {
    static PLAN: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let index = ingested("tests/data/search", &PLAN);
    let position = |hits: &[(String, String, u64, f64)], kind: &str, number: &str| {
        hits.iter().position(|h| h.0 == kind && h.1 == number)
    };
    // An agenda's line read as an action ("2. Fråga om ansvarsfrihet för styrelsen", no body):
    // its page has every word of the query too, and ranks first; so for the words of a
    // list's item ("3. Starta en studiecirkel om solpaneler") and for the number alone.
    for (query, number) in [
        ("fråga om ansvarsfrihet för styrelsen", "2"),
        ("studiecirkel solpaneler", "3"),
        ("2", "2"),
    ] {
        let hits = ranked(index, query);
        let page =
            position(&hits, "page", "").unwrap_or_else(|| panic!("{query}: no page in {hits:?}"));
        let action = position(&hits, "action", number)
            .unwrap_or_else(|| panic!("{query}: no action {number} in {hits:?}"));
        assert!(
            page < action,
            "{query}: action {number} above its page: {hits:?}"
        );
    }
    // No action of the auditors' report: the answer is nothing.
    let o = run(
        index,
        &[
            "search",
            "--format",
            "json",
            "--",
            "ansvarsfrihet doc:revisionsberattelse kind:action",
        ],
    );
    assert!(
        o.status.success() && o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    // An action whose title holds the query (and that has a body of its own) may outrank
    // pages: the brochure's action 3 ("Inför kollegiala granskningar …") ranks above its
    // table of contents (page 3); its number alone ("3") does not lift it above its page.
    let hits = ranked(corpus(), "kollegial granskning");
    let contents = hits
        .iter()
        .position(|h| h.0 == "page" && h.2 == 3)
        .expect("the contents page");
    assert!(
        position(&hits, "action", "3").is_some_and(|a| a < contents),
        "{hits:?}"
    );
    let hits = ranked(corpus(), "23");
    assert!(
        position(&hits, "page", "") < position(&hits, "action", "23"),
        "{hits:?}"
    );
}
