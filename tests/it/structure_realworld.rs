//! Structure and links on 79 PDFs from other projects' test suites: never a panic or a hang,
//! and no invented structure in documents that have none. Ignored by default (they need
//! ../shared/realworld); run with --ignored, they fail when it is absent.

use crate::structure_support as support;

use std::time::{Duration, Instant};

use kommission::extract::extract_file;
use kommission::model::DocKind;
use kommission::structure::{analyze, classify};
use kommission_testkit::links;
use support::*;

#[test]
#[ignore = "needs ../shared"]
fn realworld_pdfs_never_panic_or_hang() {
    let dir = crate::support::shared("realworld");
    let mut files: Vec<_> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
        })
        .map(|e| e.into_path())
        .collect();
    files.sort();
    assert!(files.len() >= 70, "{} PDFs", files.len());
    let mut records = Vec::new();
    let mut analysed = 0;
    for f in &files {
        let Ok(doc) = extract_file(f, &options()) else {
            continue;
        };
        let start = Instant::now();
        let kind = classify("pdf", &doc);
        for k in [DocKind::Report, DocKind::Protocol, kind] {
            let s = analyze("x", k, &doc);
            // Whatever kind is forced, what is found is well-formed.
            assert!(s
                .actions
                .iter()
                .all(|a| !a.title.is_empty() && !a.number.is_empty()));
            assert!(s.protocols.iter().all(|p| p.paragraph.is_some()));
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{} is slow",
            f.display()
        );
        analysed += 1;
        let id = f.file_stem().unwrap().to_string_lossy().to_string();
        let r = record(&id, "pdf", doc);
        assert!(
            r.structure.actions.is_empty() && r.structure.protocols.is_empty(),
            "{id}: {:?}",
            r.structure
        );
        records.push(r);
    }
    assert!(analysed >= 40, "only {analysed} extracted");
    let start = Instant::now();
    let all = links::build(&records);
    assert!(start.elapsed() < Duration::from_secs(60));
    let _ = links::recommendations(&records, &all);
    eprintln!(
        "{analysed} real-world PDFs analysed, {} links: {all:?}",
        all.len()
    );
    // None of these documents speaks of actions or recommendations (chapter numbers such as
    // "4.2.1" are not codes); one names a docket number in the diary-number form.
    assert!(
        all.iter()
            .all(|l| l.kind.as_str() == "mentions-diary-number"),
        "{all:?}"
    );
}
