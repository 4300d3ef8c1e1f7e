//! The eleventh blind Word set (tests/data/word/blind11, made by its `make.sh`): what the
//! reader of each file sees, read once, and nothing they do not see. `expect11.json` lists per
//! file the marker words read exactly once (`synlig`: text in text boxes, content controls,
//! form fields, merged parts, notes), never (`osynlig`: deleted, moved away, a field's
//! instruction or a nested field's result, a dropdown's other entries, placeholders kept in
//! the glossary), word sequences read in order (`fraser`: list numbers from list styles,
//! overrides and continued .odt lists) and strings read as written (`exakt`: capitals).
//! The same check as `python3 tests/data/word/markers.py`, through the CLI.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::word_blind::extracted_pages;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/word/blind11")
}

/// Lower-case words (letters and digits, å ä ö included).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_word_the_reader_sees_once_and_none_they_do_not() {
    let failures = marker_failures(&dir(), "expect11.json");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The folder of a blind set (tests/data/word/SET).
pub(crate) fn blind_dir(set: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/word")
        .join(set)
}

/// Every file of the blind set `set` reads its markers (`expect`) right: see
/// [`marker_failures`].
pub(crate) fn assert_markers(set: &str, expect: &str) {
    let failures = marker_failures(&blind_dir(set), expect);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the files of a blind set (folder `dir`, markers in `expect`, as expect11.json) read
/// wrong: a marker not read once, a hidden one read, a phrase not in order, a string not as
/// written.
pub(crate) fn marker_failures(dir: &std::path::Path, expect: &str) -> Vec<String> {
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(expect)).expect("expect json"))
            .expect("json");
    let mut failures = Vec::new();
    for (file, want) in spec.as_object().expect("object") {
        let text = match extracted_pages(&dir.join(file)) {
            Ok(pages) => pages.join("\n"),
            Err(e) => {
                failures.push(format!("{file}: not read: {e}"));
                continue;
            }
        };
        let all = words(&text);
        let mut count: HashMap<&str, usize> = HashMap::new();
        for w in &all {
            *count.entry(w.as_str()).or_default() += 1;
        }
        for w in strings(want, "synlig") {
            let n = count.get(w.as_str()).copied().unwrap_or(0);
            if n != 1 {
                failures.push(format!("{file}: {w} read {n} times, not once"));
            }
        }
        for w in strings(want, "osynlig") {
            if count.contains_key(w.as_str()) {
                failures.push(format!("{file}: {w} is not on the page but read"));
            }
        }
        let seq = format!(" {} ", all.join(" "));
        for f in strings(want, "fraser") {
            if !seq.contains(&format!(" {} ", words(&f).join(" "))) {
                failures.push(format!("{file}: «{f}» not read in order"));
            }
        }
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in strings(want, "exakt") {
            if !flat.contains(&s) {
                failures.push(format!("{file}: «{s}» not read as the page shows it"));
            }
        }
    }
    failures
}

/// A subdocument (a link to another file) is not read: the reader says so instead of
/// leaving its text out in silence.
#[test]
fn a_subdocument_is_reported_not_silently_dropped() {
    let index = tempfile::tempdir().expect("tempdir");
    let path = dir().join("bilaga11.docx");
    let o = crate::support::proc::run(index.path(), &["extract", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("kapitel3.docx"), "stderr: {err}");
}
