//! OCR text is de-hyphenated by the same Swedish rule as text layers (`text::line_end_hyphen`):
//! a word broken over a line end is joined, a hyphen after an acronym stays, a suspended
//! hyphen before "och" stays. The scan is made here (typeset, rendered by `pdftoppm`, put
//! into an image-only PDF) and read through the CLI; needs Tesseract and poppler-utils and
//! fails where they are missing.

use crate::ocr_retry::{extract_json, scan_bytes, tools_or_fail};

/// `extract --format json` of a one-page scan of `lines` (10 pt Helvetica, one paragraph).
fn ocr_text(lines: &[&str]) -> String {
    let mut content = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        content.extend(format!("BT /F1 10 Tf 60 {} Td (", 760 - i * 13).bytes());
        // WinAnsi: å, ä, ö are their Latin-1 code points.
        content.extend(line.chars().map(|c| c as u32 as u8));
        content.extend(b") Tj ET\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("avstavning.pdf");
    std::fs::write(&path, scan_bytes(content, 200)).unwrap();
    let v = extract_json(&path);
    assert_eq!(v["pages"][0]["source"], "ocr");
    v["pages"][0]["text"].as_str().unwrap().to_string()
}

#[test]
fn ocr_lines_ending_in_hyphens_are_joined_by_the_swedish_rule() {
    tools_or_fail("ocr_lines_ending_in_hyphens_are_joined_by_the_swedish_rule");
    let text = ocr_text(&[
        "Beslutet om budgeten fattades av kommun-",
        "styrelsen i oktober efter att IT-",
        "användningen hade granskats och att kompetens-",
        "och personalförsörjningen hade ut-",
        "retts av nämnden under hösten.",
    ]);
    eprintln!("{text}");
    let words: Vec<&str> = text.split_whitespace().collect();
    for joined in ["kommunstyrelsen", "IT-användningen", "utretts"] {
        assert!(words.contains(&joined), "{joined} in {text:?}");
    }
    // The suspended hyphen before "och" stays with its word.
    assert!(
        words.windows(2).any(|w| w == ["kompetens-", "och"]),
        "{text:?}"
    );
    for broken in [
        "kommun-",
        "styrelsen",
        "ut-",
        "retts",
        "IT-",
        "användningen",
    ] {
        assert!(!words.contains(&broken), "{broken} in {text:?}");
    }
}

#[test]
fn ocr_lines_ending_without_a_broken_word_stay_as_they_are() {
    tools_or_fail("ocr_lines_ending_without_a_broken_word_stay_as_they_are");
    // Nothing to join: a dash between words and whole words at the line ends.
    let text = ocr_text(&[
        "Kommunstyrelsen beslutar att godkänna -",
        "rapporten och att lägga den till handlingarna.",
    ]);
    eprintln!("{text}");
    let words: Vec<&str> = text.split_whitespace().collect();
    for kept in ["godkänna", "rapporten", "handlingarna."] {
        assert!(words.contains(&kept), "{kept} in {text:?}");
    }
    assert!(!text.contains("godkännarapporten"), "{text:?}");
}
