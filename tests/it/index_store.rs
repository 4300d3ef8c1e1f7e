//! The index as the project's store: create/open, records, links, incremental upserts,
//! removal, commits and the writer lock.

use std::path::{Path, PathBuf};

use kommission::index::search::{search, KindFilter, SearchRequest};
use kommission::index::{IndexError, Store};
use kommission::model::{DocRecord, Link};
use kommission_testkit::truth::load_truth;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn inriktning() -> DocRecord {
    load_truth(&data("inriktning-2014.truth.json")).unwrap()
}

fn protokoll() -> DocRecord {
    load_truth(&data("protokoll-ks-2020-04-06-p216.truth.json")).unwrap()
}

fn pages_for(store: &Store, query: &str) -> Vec<(String, u32)> {
    search(
        store,
        &SearchRequest {
            query: query.into(),
            limit: 50,
            kind: KindFilter::Page,
            ..SearchRequest::default()
        },
    )
    .unwrap()
    .into_iter()
    .map(|h| (h.doc, h.page.unwrap()))
    .collect()
}

/// The stored record of `id`, as the record stream reads it.
fn record(store: &Store, id: &str) -> Option<DocRecord> {
    store.records().unwrap().into_iter().find(|r| r.id == id)
}

fn filled(dir: &Path) -> Store {
    let store = Store::open_or_create(dir).unwrap();
    let mut w = store.writer().unwrap();
    w.upsert(&inriktning()).unwrap();
    w.upsert(&protokoll()).unwrap();
    w.add_links(
        &[Link {
            doc: "protokoll-ks-2020-04-06-p216".into(),
            page: 2,
            kind: kommission::ident::LinkKind::MentionsDiaryNumber,
            target: "diary:STK-2016-1242".into(),
        }],
        false,
    )
    .unwrap();
    w.commit().unwrap();
    store
}

#[test]
fn open_without_index_says_to_ingest() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Store::open(&tmp.path().join("nothing")).err().unwrap();
    assert!(matches!(err, IndexError::Missing(_)));
    assert!(err.to_string().contains("kommission ingest"), "{err}");
    // An empty existing directory is no index either.
    assert!(matches!(
        Store::open(tmp.path()),
        Err(IndexError::Missing(_))
    ));
}

#[test]
fn reopen_after_commit_sees_records_links_and_summaries() {
    let tmp = tempfile::tempdir().unwrap();
    drop(filled(tmp.path()));
    let store = Store::open(tmp.path()).unwrap();
    let records = store.records().unwrap();
    assert_eq!(
        records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec!["inriktning-2014", "protokoll-ks-2020-04-06-p216"]
    );
    assert_eq!(records[0], inriktning());
    assert_eq!(records[0].pages.len(), 21);
    assert_eq!(records[0].pages[18].label.as_deref(), Some("19"));
    let summaries = store.summaries().unwrap();
    assert_eq!(summaries.len(), 2);
    assert_eq!(summaries[1].id, "protokoll-ks-2020-04-06-p216");
    assert_eq!(summaries[1].hash, protokoll().hash);
    assert_eq!(summaries[1].hash.len(), 64);
    assert_eq!(
        record(&store, "protokoll-ks-2020-04-06-p216"),
        Some(protokoll())
    );
    assert_eq!(record(&store, "nothing"), None);
    let links = store.links().unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].target, "diary:STK-2016-1242");
    assert_eq!(
        pages_for(&store, "forskningscirkel")[0],
        ("inriktning-2014".into(), 19)
    );
}

#[test]
fn upsert_of_a_changed_record_replaces_its_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let store = filled(tmp.path());
    assert_eq!(pages_for(&store, "forskningscirkel").len(), 1);

    let mut changed = inriktning();
    changed.hash = "changed".into();
    changed.pages.truncate(10);
    changed.pages[9].text = "Ett nytt ord: kvarterslöparna arbetar med trygghet.".into();
    let mut w = store.writer().unwrap();
    w.upsert(&changed).unwrap();
    w.commit().unwrap();

    // Old pages are gone (page 19 held "forskningscirklar"), the new text is found.
    assert!(pages_for(&store, "forskningscirkel").is_empty());
    assert!(pages_for(&store, "handlingskraft").len() == 1); // page 7, kept
    assert_eq!(
        pages_for(&store, "kvarterslöparna"),
        vec![("inriktning-2014".to_string(), 10)]
    );
    let in_doc = pages_for(&store, "doc:inriktning-2014");
    assert_eq!(in_doc.len(), 10);
    let records = store.records().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].pages.len(), 10);
    let summaries = store.summaries().unwrap();
    assert_eq!(summaries.len(), 2);
    assert_eq!(summaries[0].hash, "changed");
    assert_eq!(summaries[0].id, "inriktning-2014");
    // Links were not touched by the upsert.
    assert_eq!(store.links().unwrap().len(), 1);
}

#[test]
fn remove_deletes_every_page_and_the_record() {
    let tmp = tempfile::tempdir().unwrap();
    let store = filled(tmp.path());
    let mut w = store.writer().unwrap();
    w.remove("protokoll-ks-2020-04-06-p216").unwrap();
    w.commit().unwrap();
    assert!(pages_for(&store, "STK-2019-1535").is_empty());
    assert!(pages_for(&store, "doc:protokoll-ks-2020-04-06-p216").is_empty());
    let ids: Vec<String> = store
        .summaries()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, vec!["inriktning-2014"]);
    assert_eq!(pages_for(&store, "doc:inriktning-2014").len(), 21);
}

#[test]
fn an_uncommitted_writer_leaves_the_previous_commit_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let store = filled(tmp.path());
    {
        let mut w = store.writer().unwrap();
        w.remove("inriktning-2014").unwrap();
        // dropped without commit, as in a crashed ingest run
    }
    let store = Store::open(tmp.path()).unwrap();
    assert_eq!(store.records().unwrap().len(), 2);
    assert_eq!(store.links().unwrap().len(), 1);
    assert_eq!(pages_for(&store, "doc:inriktning-2014").len(), 21);
    // And the lock was released: a new writer can start.
    store.writer().unwrap();
}

/// A store opened before another one commits sees that commit at its next read (and the
/// same documents again when nothing was committed in between): its searcher follows
/// `meta.json`, which it parses only when the file changed.
#[test]
fn a_reader_sees_the_commits_of_another_store() {
    let tmp = tempfile::tempdir().unwrap();
    drop(filled(tmp.path()));
    let reader = Store::open(tmp.path()).unwrap();
    assert_eq!(pages_for(&reader, "doc:inriktning-2014").len(), 21);
    let writer = Store::open(tmp.path()).unwrap();
    for round in 0..2 {
        let mut w = writer.writer().unwrap();
        if round == 0 {
            w.remove("inriktning-2014").unwrap();
        } else {
            w.upsert(&inriktning()).unwrap();
        }
        w.commit().unwrap();
        let want = if round == 0 { 0 } else { 21 };
        for _ in 0..2 {
            assert_eq!(pages_for(&reader, "doc:inriktning-2014").len(), want);
            assert_eq!(reader.summaries().unwrap().len(), 1 + round);
        }
    }
}

#[test]
fn a_second_writer_is_locked_out() {
    let tmp = tempfile::tempdir().unwrap();
    let store = filled(tmp.path());
    let _first = store.writer().unwrap();
    let other = Store::open(tmp.path()).unwrap();
    let err = other.writer().err().unwrap();
    assert!(matches!(err, IndexError::Locked(_)), "{err}");
    assert!(err.to_string().contains("locked"), "{err}");
    // Readers are not blocked by the writer.
    assert_eq!(other.records().unwrap().len(), 2);
}

#[test]
fn another_schema_version_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    drop(filled(tmp.path()));
    std::fs::write(
        tmp.path().join("kommission-meta.json"),
        r#"{"schema_version": 999}"#,
    )
    .unwrap();
    match Store::open(tmp.path()) {
        Err(IndexError::Version {
            found, expected, ..
        }) => {
            assert_eq!(found, 999);
            assert_eq!(expected, kommission::index::schema::SCHEMA_VERSION);
        }
        other => panic!("expected a version error, got {:?}", other.err()),
    }
    // Missing or unreadable: the file is named as damaged, never "schema version 0".
    std::fs::remove_file(tmp.path().join("kommission-meta.json")).unwrap();
    match Store::open(tmp.path()) {
        Err(e @ IndexError::Damaged { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("kommission-meta.json is missing") && msg.contains("check --repair"),
                "{msg}"
            );
        }
        other => panic!("expected a damaged index, got {:?}", other.err()),
    }
}

fn ingest_quietly(store: &Store, dir: &Path) -> kommission::ingest::IngestSummary {
    kommission::ingest::run(
        store,
        &kommission::ingest::IngestOptions {
            roots: vec![dir.to_path_buf()],
            extract: kommission::extract::ExtractOptions {
                ocr: false,
                ..kommission::extract::ExtractOptions::default()
            },
            progress: false,
            ..kommission::ingest::IngestOptions::default()
        },
    )
    .unwrap()
}

/// Incremental ingest trusts size and mtime only when they are as stored: a file touched
/// without a change is unchanged (its hash is compared), a file changed to other bytes of
/// the same size is read again, and a run with nothing to do commits nothing.
#[test]
fn unchanged_files_are_found_by_size_mtime_and_hash() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("a.txt"), "Åtgärder för barns hälsa i Malmö.").unwrap();
    std::fs::write(docs.join("b.txt"), "Ingenting alls.").unwrap();
    let store = Store::open_or_create(&tmp.path().join("index")).unwrap();
    let first = ingest_quietly(&store, &docs);
    assert_eq!(first.ingested, vec!["a", "b"]);
    let stamps: Vec<(u64, u64)> = store
        .summaries()
        .unwrap()
        .iter()
        .map(|s| (s.size, s.mtime))
        .collect();
    assert_eq!(
        stamps[0].0,
        "Åtgärder för barns hälsa i Malmö.".len() as u64
    );
    let meta = std::fs::read_to_string(tmp.path().join("index/meta.json")).unwrap();
    let again = ingest_quietly(&store, &docs);
    assert!(
        again.ingested.is_empty() && again.unchanged == 2,
        "{again:?}"
    );
    // Nothing to do: no commit.
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("index/meta.json")).unwrap(),
        meta
    );
    // Touched, same bytes: unchanged. Same size, other bytes: read again.
    std::fs::write(docs.join("b.txt"), "Ingenting alls.").unwrap();
    std::fs::write(docs.join("a.txt"), "Åtgärder för barns hälsa i Lundå.").unwrap();
    let changed = ingest_quietly(&store, &docs);
    assert_eq!(changed.ingested, vec!["a"]);
    assert_eq!(changed.unchanged, 1);
    assert!(record(&store, "a").unwrap().pages[0].text.contains("Lundå"));
    // The journal of source files lists both.
    let sources = Store::recorded_sources(&tmp.path().join("index"));
    assert_eq!(sources.len(), 2, "{sources:?}");
}

/// The journal of source files (`kommission-sources.log`, what `check --repair` rebuilds
/// from) grows by one line per written or removed document; once it is several times the
/// size of the live set it is rewritten, so that many re-ingests of changed files leave it
/// small, and it still lists exactly the live files (not the removed one).
#[test]
fn the_sources_log_is_compacted_and_lists_the_live_files() {
    use kommission::index::{
        SOURCES_COMPACT_FACTOR, SOURCES_COMPACT_SLACK, SOURCES_LOG, SOURCES_RESTART,
    };
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let store = Store::open_or_create(&tmp.path().join("index")).unwrap();
    let write_all = |round: usize| {
        for i in 0..10 {
            let text = format!(
                "Protokoll {i}: nämnden behandlade ärendet{}.",
                "!".repeat(round)
            );
            std::fs::write(docs.join(format!("f{i}.txt")), text).unwrap();
        }
    };
    let log = tmp.path().join("index").join(SOURCES_LOG);
    let mut appended = 0;
    for round in 0..20 {
        write_all(round);
        let s = ingest_quietly(&store, &docs);
        assert_eq!(s.ingested.len(), 10, "round {round}: {s:?}");
        appended += 10;
    }
    std::fs::remove_file(docs.join("f9.txt")).unwrap();
    let s = ingest_quietly(&store, &docs);
    assert_eq!(s.removed, vec!["f9"]);
    appended += 1;
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Rewritten (it starts with the restart line) and small again: at most the bound of
    // a compacted log plus what the commits since then appended.
    assert_eq!(
        lines.first().copied(),
        Some(serde_json::to_string(SOURCES_RESTART).unwrap().as_str()),
        "{text}"
    );
    let line = lines.iter().map(|l| l.len() as u64 + 1).max().unwrap_or(0);
    let bound = SOURCES_COMPACT_FACTOR * 10 * line + SOURCES_COMPACT_SLACK + 11 * line;
    assert!(
        (text.len() as u64) <= bound && lines.len() < appended,
        "{} lines ({} bytes, bound {bound}) after {appended} appended:\n{text}",
        lines.len(),
        text.len()
    );
    let canon = std::fs::canonicalize(&docs).unwrap();
    let expected: Vec<String> = (0..9)
        .map(|i| {
            canon
                .join(format!("f{i}.txt"))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(Store::recorded_sources(&tmp.path().join("index")), expected);
}

/// Hits of `search QUERY --limit N` as (doc, page, score, partial), through the binary.
fn cli_hits(index: &Path, query: &str, limit: usize) -> Vec<(String, u64, f64, bool)> {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kommission"))
        .args(["--index"])
        .arg(index)
        .args(["search", query, "--format", "json", "--limit"])
        .arg(limit.to_string())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["doc"].as_str().unwrap().to_string(),
                v["page"].as_u64().unwrap_or(0),
                v["score"].as_f64().unwrap(),
                v["partial"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

/// Required words with a compound among them (its parts are a phrase in the `compound`
/// field): the top N hits are the first N of all the hits, in the same order with the same
/// scores, whatever N (top-k bounds each page from its words' counts and reads the phrase's
/// positions only where the bound can enter the top N). Pages that have the compound's
/// parts apart, or only one of the words, are no hits.
#[test]
fn top_hits_of_required_words_with_a_compound_are_the_first_of_all_hits() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let filler = "Nämnden beslutar att godkänna redovisningen och lägga den till handlingarna.";
    let mut expected_hits = std::collections::BTreeSet::new();
    for f in 0..12u64 {
        let mut pages = Vec::new();
        for p in 0..6u64 {
            let n = f * 6 + p;
            // Counts that differ from page to page, so that scores differ.
            let words = (n * 7 % 5) as usize;
            let plans = (n * 3 % 4) as usize;
            let mut text = String::new();
            for i in 0..(n % 9 + 2) {
                text.push_str(filler);
                text.push(' ');
                if i < words as u64 {
                    text.push_str("Förvaltningen redovisar arbetet. ");
                }
                if i < plans as u64 {
                    // The compound itself, or its parts apart (a phrase candidate that is
                    // no phrase), by turns.
                    text.push_str(if n % 3 == 0 {
                        "En plan för handling tas fram. "
                    } else {
                        "Arbetet följer handlingsplanen. "
                    });
                }
            }
            if words > 0 && plans > 0 && n % 3 != 0 {
                expected_hits.insert((format!("f{f:02}"), p + 1));
            }
            pages.push(text);
        }
        std::fs::write(docs.join(format!("f{f:02}.txt")), pages.join("\n\x0c")).unwrap();
    }
    let index = tmp.path().join("index");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kommission"))
        .arg("--index")
        .arg(&index)
        .args(["ingest", "--quiet", "--no-ocr"])
        .arg(&docs)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for query in [
        "förvaltningen handlingsplanen",
        "handlingsplanen förvaltningen",
        "handlingsplanen redovisar förvaltningen",
    ] {
        let all = cli_hits(&index, query, 1000);
        let strict: Vec<&(String, u64, f64, bool)> = all.iter().filter(|h| !h.3).collect();
        if query.split(' ').count() == 2 {
            let found: std::collections::BTreeSet<(String, u64)> =
                strict.iter().map(|h| (h.0.clone(), h.1)).collect();
            assert_eq!(found, expected_hits, "{query}");
        }
        assert!(strict.len() > 10, "{query}: {all:?}");
        for n in [1, 2, 3, 5, 8, 13] {
            let top = cli_hits(&index, query, n);
            assert_eq!(top.len(), n, "{query} --limit {n}");
            for (a, b) in top.iter().zip(&all) {
                assert_eq!((&a.0, a.1, a.3), (&b.0, b.1, b.3), "{query} --limit {n}");
                assert!((a.2 - b.2).abs() <= 1e-5 * b.2.abs(), "{query} --limit {n}");
            }
        }
    }
}

/// A fast-field file that a process has checked against its CRC is not read again by the
/// next one (its size, inode and times are in `kommission-fast-checked`); a file written since,
/// even with its modification time set back, is checked again and named (it failed before
/// the memo: there was none).
#[test]
fn a_checked_fast_field_file_is_read_again_only_when_written_since() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("i");
    drop(filled(&index));
    let search = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_kommission"))
            .arg("--index")
            .arg(&index)
            .args(["search", "barnkonventionen"])
            .output()
            .unwrap()
    };
    assert!(search().status.success());
    let memo = std::fs::read_to_string(index.join("kommission-fast-checked")).unwrap();
    let fast: Vec<String> = std::fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".fast"))
        .collect();
    assert!(!fast.is_empty());
    for name in &fast {
        let line = memo.lines().find(|l| l.starts_with(&format!("{name} ")));
        assert!(line.is_some(), "{name} not in the memo: {memo}");
    }
    assert!(search().status.success());
    let p = index.join(&fast[0]);
    let mtime = std::fs::metadata(&p).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(&p).unwrap();
    let at = bytes.len() / 2;
    for b in bytes.iter_mut().skip(at).take(16) {
        *b = !*b;
    }
    std::fs::write(&p, bytes).unwrap();
    let file = std::fs::File::options().write(true).open(&p).unwrap();
    file.set_modified(mtime).unwrap();
    drop(file);
    let o = search();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&fast[0]), "{stderr}");
}
