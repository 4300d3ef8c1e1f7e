//! Robustness on real-world PDFs from other projects' test suites (../shared/realworld):
//! every file gives text or a clean error, never a panic or a hang. Ignored by default
//! (`needs ../shared`): run with `cargo test -- --ignored`; they fail when it is absent.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use kommission::pdf::{extract, Limits};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
        {
            out.push(p);
        }
    }
}

#[test]
#[ignore = "needs ../shared"]
fn realworld_files_give_text_or_clean_errors() {
    let dir = crate::support::shared("realworld");
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    assert!(
        files.len() > 50,
        "expected the real-world set, found {} files",
        files.len()
    );
    let mut ok = 0;
    for f in files {
        let bytes = std::fs::read(&f).expect("readable");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(|| extract(&bytes, &Limits::default()));
            let _ = tx.send(r.map(|r| {
                r.map(|d| (d.pages.len(), d.warnings))
                    .map_err(|e| e.to_string())
            }));
        });
        // Debug builds are slower than release; the 10 s bound is checked by bench/extract.
        let result = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("{} hangs", f.display()));
        match result {
            Err(_) => panic!("{} panicked", f.display()),
            Ok(Ok((pages, warnings))) => {
                assert!(pages > 0);
                assert!(
                    !warnings.iter().any(|w| w.contains("crashed")),
                    "{}: {warnings:?}",
                    f.display()
                );
                ok += 1;
            }
            Ok(Err(msg)) => {
                assert!(
                    ["not a PDF", "encrypted PDF:", "cannot parse PDF:"]
                        .iter()
                        .any(|p| msg.starts_with(p)),
                    "{}: unclear error {msg}",
                    f.display()
                );
            }
        }
    }
    assert!(ok > 40, "only {ok} files gave text");
}

/// Text of one real-world file, or None (with a note) when the set is absent.
fn realworld_text(rel: &str) -> Option<Vec<String>> {
    let path = crate::support::shared("realworld").join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = extract(&bytes, &Limits::default()).expect("extracts");
    Some(doc.pages.into_iter().map(|p| p.text).collect())
}

#[test]
#[ignore = "needs ../shared"]
fn embedded_font_programs_give_text_without_tounicode() {
    // pdfTeX math in CFF (Type1C) fonts with built-in encodings.
    if let Some(pages) =
        realworld_text("py-pdf-sample-files/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf")
    {
        assert_eq!(pages.len(), 117);
        assert!(
            pages[9].contains("d(x, y) = d(y, x) ∀x, y ∈ X"),
            "{}",
            pages[9]
        );
    }
    // A TrueType CIDFont with no ToUnicode: Czech from the font's own cmap.
    if let Some(pages) =
        realworld_text("pdfminer-six/samples/contrib/issue-791-non-unicode-cmap.pdf")
    {
        assert_eq!(pages[0], "Peněžní prostředky na účtech");
    }
    // "/ToUnicode /Identity-H": the codes are UTF-16.
    if let Some(pages) = realworld_text("pdfminer-six/samples/contrib/issue-625-identity-cmap.pdf")
    {
        assert!(pages[0].contains("\n91-504 Łódź\n"), "{}", pages[0]);
        assert!(pages[0].contains("\n1 Testy Książę\n"), "{}", pages[0]);
    }
}
