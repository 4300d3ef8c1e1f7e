//! The headline searches on the real pipeline: the shipped corpus ingested with
//! `kommission::ingest` (our PDF extraction, HTML reader, structure stage), then searched.

use std::path::PathBuf;

use kommission::extract::ExtractOptions;
use kommission::index::search::{search, Hit, KindFilter, SearchRequest};
use kommission::index::Store;
use kommission::ingest::{run, IngestOptions};

fn hits(store: &Store, query: &str, kind: KindFilter) -> Vec<Hit> {
    search(
        store,
        &SearchRequest {
            query: query.into(),
            limit: 10,
            kind,
            ..SearchRequest::default()
        },
    )
    .unwrap()
}

#[test]
fn headline_queries_on_the_ingested_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(tmp.path()).unwrap();
    let summary = run(
        &store,
        &IngestOptions {
            roots: vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")],
            extract: ExtractOptions {
                ocr: false,
                ..ExtractOptions::default()
            },
            progress: false,
            ..IngestOptions::default()
        },
    )
    .unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    let top = |q: &str| {
        let h = hits(&store, q, KindFilter::Page);
        let first = h.first().unwrap_or_else(|| panic!("no hit for {q}"));
        (first.doc.clone(), first.page.unwrap())
    };
    assert_eq!(top("forskningscirkel"), ("inriktning-2014".into(), 19));
    assert_eq!(top("screening"), ("inriktning-2014".into(), 5));
    assert_eq!(
        top("STK-2019-1535"),
        ("protokoll-ks-2020-04-06-p216".into(), 2)
    );
    assert_eq!(top("barnkonventionen"), ("inriktning-2014".into(), 16));
    assert_eq!(top("2.2.3.3"), ("inriktning-2014".into(), 17));
    let mut phrase: Vec<u32> = hits(&store, "\"hälso- och sjukvård\"", KindFilter::Page)
        .iter()
        .filter(|h| !h.partial)
        .map(|h| h.page.unwrap())
        .collect();
    phrase.sort();
    assert_eq!(phrase, vec![5, 8]);
    // The printed page label comes from the PDF.
    assert_eq!(
        hits(&store, "forskningscirkel", KindFilter::Page)[0]
            .label
            .as_deref(),
        Some("19")
    );
    // Actions found by the structure stage are hits of their own.
    let actions = hits(&store, "forskningscirklar", KindFilter::Action);
    assert_eq!(actions.len(), 1);
    assert!(actions[0].title.as_deref().unwrap().starts_with("5. "));
    assert_eq!(actions[0].page, Some(19));
    assert_eq!(hits(&store, "code:2.2.3.3", KindFilter::Action).len(), 1);
    assert_eq!(
        hits(&store, "code:2.2.3.3", KindFilter::Action)[0]
            .title
            .as_deref()
            .map(|t| &t[..3]),
        Some("3. ")
    );
}
