//! Hostile input at the library level: every generated hostile file (tests/support/hostile.rs)
//! goes through `kommission::extract::extract_bytes` on its own thread and must come back,
//! within a time bound, as partial text or a clear error (never a panic or a hang), and must
//! never report more pages than it really has.

use crate::support;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use kommission::extract::{extract_bytes, ExtractOptions};
use kommission::model::ExtractedDoc;
use support::hostile::{case, Case, Expect};

/// Each file must take less CPU time than this (the bound; CPU time rather than
/// wall-clock time so that a busy machine does not fail the test; this is a debug build).
const CPU_LIMIT: Duration = Duration::from_secs(30);
/// A file still running after this much wall-clock time is taken to hang.
const HANG: Duration = Duration::from_secs(120);

/// CPU time used so far by the calling thread.
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn no_ocr() -> ExtractOptions {
    ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    }
}

/// The outcome of one bounded extraction: None when it timed out, Some(Err(panic message))
/// when it panicked, Some(Ok((result, CPU time))) otherwise.
type Bounded = Option<Result<(Result<ExtractedDoc, String>, Duration), String>>;

/// Run extraction on a thread, waiting at most [`HANG`].
fn extract_bounded(c: &Case) -> (Bounded, Duration) {
    let (tx, rx) = mpsc::channel();
    let bytes = c.bytes();
    let ext = c.ext;
    let start = Instant::now();
    std::thread::Builder::new()
        .name(format!("extract-{}", c.name))
        .spawn(move || {
            let r = std::panic::catch_unwind(|| {
                let cpu = thread_cpu_time();
                let r = extract_bytes(&bytes, ext, &no_ocr()).map_err(|e| e.to_string());
                (r, thread_cpu_time().saturating_sub(cpu))
            });
            let r = r.map_err(|p| {
                p.downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "non-string panic".into())
            });
            let _ = tx.send(r);
        })
        .unwrap();
    let r = rx.recv_timeout(HANG).ok();
    (r, start.elapsed())
}

fn all_text(doc: &ExtractedDoc) -> String {
    doc.pages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn contains_all(doc: &ExtractedDoc, words: &[&str]) -> Result<(), String> {
    let text = all_text(doc);
    match words.iter().find(|w| !text.contains(**w)) {
        None => Ok(()),
        Some(w) => Err(format!(
            "text lacks {w:?}; got {} pages: {:?}; warnings {:?}; page errors {:?}",
            doc.pages.len(),
            text.chars().take(300).collect::<String>(),
            doc.warnings,
            doc.pages
                .iter()
                .filter_map(|p| p.error.as_deref())
                .take(5)
                .collect::<Vec<_>>()
        )),
    }
}

fn clear_error(msg: &str, keywords: &[&str]) -> Result<(), String> {
    let lower = msg.to_lowercase();
    if msg.trim().is_empty() {
        return Err("empty error message".into());
    }
    if keywords.iter().any(|k| lower.contains(k)) {
        Ok(())
    } else {
        Err(format!("error {msg:?} names none of {keywords:?}"))
    }
}

/// The whole check for one case.
fn check(name: &str) {
    let c = case(name);
    let (result, elapsed) = extract_bounded(&c);
    let result = result.unwrap_or_else(|| panic!("{name}: no result within {HANG:?} (hang)"));
    let (result, cpu) = result.unwrap_or_else(|p| panic!("{name}: extraction panicked: {p}"));
    assert!(cpu < CPU_LIMIT, "{name}: took {cpu:?} of CPU time");
    eprintln!(
        "{name}: {} in {cpu:?} CPU, {elapsed:?} wall",
        match &result {
            Ok(d) => format!("ok, {} pages", d.pages.len()),
            Err(e) => format!("error: {e}"),
        }
    );
    if let (Ok(doc), Some(max)) = (&result, c.max_pages) {
        assert!(
            doc.pages.len() <= max,
            "{name}: {} pages reported, the file has at most {max}",
            doc.pages.len()
        );
    }
    let verdict = match (&c.expect, &result) {
        (Expect::Text(words), Ok(doc)) => contains_all(doc, words),
        (Expect::Text(_), Err(e)) => Err(format!("expected text, got error {e:?}")),
        (Expect::Error(keys), Err(e)) => clear_error(e, keys),
        (Expect::Error(_), Ok(doc)) => Err(format!(
            "expected an error, got {} pages: {:?}",
            doc.pages.len(),
            all_text(doc).chars().take(200).collect::<String>()
        )),
        (Expect::TextOrError(words, keys), Ok(doc)) => contains_all(doc, words).or_else(|why| {
            // A clean refusal of the page that holds the text is acceptable too.
            doc.pages
                .iter()
                .filter_map(|p| p.error.as_deref())
                .find_map(|e| clear_error(e, keys).ok())
                .ok_or(why)
        }),
        (Expect::TextOrError(_, keys), Err(e)) => clear_error(e, keys),
    };
    if let Err(why) = verdict {
        panic!("{name}: {why}");
    }
}

macro_rules! hostile_tests {
    ($($(#[$attr:meta])* $test:ident => $name:literal),* $(,)?) => {
        $(
            #[test]
            $(#[$attr])*
            fn $test() {
                check($name);
            }
        )*

        /// Every generated case has a test above.
        #[test]
        fn every_case_is_tested() {
            let tested = [$($name),*];
            for c in support::hostile::all_cases() {
                assert!(tested.contains(&c.name), "case {} has no test", c.name);
            }
        }
    };
}

hostile_tests! {
    truncated_pdf_gives_partial_text => "truncated",
    broken_xref_is_recovered => "broken-xref",
    missing_xref_is_recovered => "missing-xref",
    encrypted_with_empty_password_opens => "encrypted-empty-password",
    encrypted_with_password_is_a_clear_error => "encrypted-password",
    decompression_bomb_is_bounded => "bomb",
    double_flate_bomb_is_bounded => "double-bomb",
    object_stream_bomb_is_bounded => "objstm-bomb",
    pages_tree_cycle_terminates => "pages-cycle",
    form_drawing_itself_terminates => "form-draws-itself",
    forms_drawing_each_other_terminate => "forms-draw-each-other",
    deep_nesting_in_objects_is_bounded => "deep-nesting-objects",
    deep_nesting_in_content_is_bounded => "deep-nesting-content",
    huge_claimed_page_count_is_not_believed => "huge-page-count",
    many_real_pages_are_all_read => "many-pages",
    zero_byte_file_is_a_clear_error => "zero-bytes",
    png_named_pdf_is_a_clear_error => "png-named-pdf",
    html_named_pdf_is_a_clear_error => "html-named-pdf",
    invalid_utf8_html_keeps_the_valid_text => "invalid-utf8",
    latin1_html_without_declaration_is_decoded => "latin1-undeclared",
    utf16_text_without_bom_is_handled => "utf16-no-bom",
    text_with_nul_bytes_is_handled => "nul-bytes",
}

#[test]
fn many_pages_are_all_numbered() {
    let c = case("many-pages");
    let doc = extract_bytes(&c.bytes(), "pdf", &no_ocr()).unwrap();
    assert_eq!(doc.pages.len(), support::hostile::MANY_PAGES);
    assert_eq!(doc.pages.last().unwrap().number as usize, doc.pages.len());
    for n in [
        1usize,
        2,
        999,
        1000,
        1001,
        54_321,
        support::hostile::MANY_PAGES,
    ] {
        let page = &doc.pages[n - 1];
        assert_eq!(page.number as usize, n);
        assert!(
            page.text.contains(&format!("Kvarter {n} i staden")),
            "page {n}: {:?}",
            page.text
        );
    }
}

#[test]
fn unsupported_extension_is_a_clear_error() {
    let e = extract_bytes(b"PK\x03\x04", "zip", &no_ocr()).unwrap_err();
    // "archive .zip: not read, unpack it first" (the wording names the file type).
    let msg = e.to_string();
    assert!(msg.contains(".zip") && msg.contains("not read"), "{msg}");
}
