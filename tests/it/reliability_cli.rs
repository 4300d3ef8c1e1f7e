//! Hostile input through the real binary: each generated hostile file is extracted by
//! `kommission extract` as a child process whose time and peak memory (kernel max RSS) are
//! measured; a folder of all of them plus one good page is ingested (exit 3, the good page
//! searchable, every bad file listed with its reason); a page without a text layer is
//! reported as such.

use crate::support;

use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use support::hostile::{self, all_cases, Expect};
use support::proc::{kommission, mb, run_measured, Finished};

/// Per file: the bound, as CPU time of the process (all threads), so that a busy
/// machine does not fail the test; this is a debug build.
const TIME_LIMIT: Duration = Duration::from_secs(30);
/// Per file: a process still running after this much wall-clock time is taken to hang.
const HANG: Duration = Duration::from_secs(120);
/// Per file: peak resident memory.
const MEMORY_LIMIT: u64 = 1 << 30;

const GOOD_HTML: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
    <title>Trygghetsvandring i Rosengård</title></head><body><h1>Trygghetsvandring i Rosengård</h1>\
    <p>Boende och förvaltningen gick en trygghetsvandring genom Rosengård.</p></body></html>";

fn extract_child(file: &Path) -> Finished {
    let index = tempfile::tempdir().unwrap();
    run_measured(
        kommission(index.path())
            .args(["extract", "--no-ocr", "--format", "json"])
            .arg(file),
        HANG,
    )
}

fn check_bounded(name: &str, f: &Finished) {
    assert!(!f.timed_out, "{name}: killed after {:?} (hang)", f.elapsed);
    assert_eq!(
        f.signal, None,
        "{name}: died from signal {:?} (crash); stderr: {}",
        f.signal, f.stderr
    );
    assert!(
        matches!(f.code, Some(0) | Some(1)),
        "{name}: exit code {:?}; stderr: {}",
        f.code,
        f.stderr
    );
    assert!(
        !f.stderr.contains("panicked"),
        "{name}: panic: {}",
        f.stderr
    );
    if f.code == Some(1) {
        assert!(
            f.stderr.contains("kommission: error:"),
            "{name}: failure without a clear message: {}",
            f.stderr
        );
    }
    assert!(f.cpu < TIME_LIMIT, "{name}: took {:?} of CPU time", f.cpu);
    assert!(
        f.max_rss < MEMORY_LIMIT,
        "{name}: peak memory {:.0} MB",
        mb(f.max_rss)
    );
}

#[test]
fn every_hostile_file_is_bounded_in_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for c in all_cases() {
        let file = dir.path().join(c.file_name());
        std::fs::write(&file, c.bytes()).unwrap();
        let f = extract_child(&file);
        let line = format!(
            "{:<26} exit {:>4}  {:>7.1} MB  {:>6.2} s CPU  {:>6.2} s wall  {}",
            c.name,
            f.code.map_or("sig".to_string(), |c| c.to_string()),
            mb(f.max_rss),
            f.cpu.as_secs_f64(),
            f.elapsed.as_secs_f64(),
            f.stderr
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(100)
                .collect::<String>()
        );
        eprintln!("{line}");
        report.push(line);
        check_bounded(c.name, &f);
        std::fs::remove_file(&file).unwrap();
    }
}

#[test]
fn decompression_bomb_stays_under_one_gigabyte() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("bomb", hostile::bomb_pdf()),
        ("double-bomb", hostile::double_bomb_pdf()),
        ("objstm-bomb", hostile::objstm_bomb_pdf()),
    ] {
        let file = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&file, bytes).unwrap();
        let f = extract_child(&file);
        eprintln!(
            "{name}: exit {:?}, peak {:.0} MB, {:.2} s CPU",
            f.code,
            mb(f.max_rss),
            f.cpu.as_secs_f64()
        );
        check_bounded(name, &f);
    }
}

fn docs_json(index: &Path) -> Vec<Value> {
    let f = run_measured(
        kommission(index).args(["docs", "--format", "json"]),
        Duration::from_secs(60),
    );
    assert_eq!(f.code, Some(0), "docs failed: {}", f.stderr);
    serde_json::from_str::<Value>(&f.stdout)
        .unwrap_or_else(|e| panic!("docs is not JSON ({e}): {}", f.stdout))
        .as_array()
        .cloned()
        .unwrap()
}

/// Whether the relative path `p` names the file `name` ("download/objstm-bomb.pdf" is not
/// "bomb.pdf").
fn same_file_name(p: &str, name: &str) -> bool {
    Path::new(p).file_name().is_some_and(|f| f == name)
}

#[test]
fn ingesting_a_folder_of_hostile_files_keeps_the_good_one() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("download");
    std::fs::create_dir(&folder).unwrap();
    let cases = all_cases();
    for c in &cases {
        std::fs::write(folder.join(c.file_name()), c.bytes()).unwrap();
    }
    std::fs::write(folder.join("trygghetsvandring.html"), GOOD_HTML).unwrap();
    let index = work.path().join("index");

    let f = run_measured(
        kommission(&index)
            .current_dir(work.path())
            .args(["ingest", "--quiet", "--no-ocr", "--json", "download"]),
        Duration::from_secs(cases.len() as u64 * HANG.as_secs()),
    );
    eprintln!(
        "ingest: exit {:?}, peak {:.0} MB, {:.1} s\n{}",
        f.code,
        mb(f.max_rss),
        f.elapsed.as_secs_f64(),
        f.stderr
    );
    assert_eq!(f.signal, None, "ingest crashed: {}", f.stderr);
    assert_eq!(f.code, Some(3), "some files fail, so exit 3: {}", f.stderr);
    assert!(f.max_rss < MEMORY_LIMIT, "peak {:.0} MB", mb(f.max_rss));
    let summary: Value = serde_json::from_str(&f.stdout).unwrap();
    let failed: Vec<&str> = summary["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["path"].as_str().unwrap())
        .collect();

    // The good page is searchable.
    let s = run_measured(
        kommission(&index).args(["search", "trygghetsvandring", "--format", "json"]),
        Duration::from_secs(60),
    );
    assert_eq!(s.code, Some(0), "{}", s.stderr);
    let first: Value = serde_json::from_str(s.stdout.lines().next().expect("a hit")).unwrap();
    assert_eq!(first["doc"], "trygghetsvandring");

    // Every file is listed; the ones that must fail carry their reason.
    let docs = docs_json(&index);
    assert_eq!(docs.len(), cases.len() + 1, "{docs:?}");
    for c in &cases {
        let file = c.file_name();
        let row = docs
            .iter()
            .find(|d| d["path"].as_str().is_some_and(|p| same_file_name(p, &file)))
            .unwrap_or_else(|| panic!("{file} not listed in docs"));
        let status = row["status"].as_str().unwrap();
        let listed_failed = failed.iter().any(|p| same_file_name(p, &file));
        assert_eq!(
            status != "ok",
            listed_failed,
            "{file}: docs status {status:?} and ingest summary disagree"
        );
        if let Expect::Error(keys) = &c.expect {
            let lower = status.to_lowercase();
            assert!(
                keys.iter().any(|k| lower.contains(k)),
                "{file}: status {status:?} should give the reason ({keys:?})"
            );
        }
    }
}

#[test]
fn page_without_text_layer_is_reported() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("scans");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("skannad.pdf"), hostile::scanned_pdf()).unwrap();
    std::fs::write(folder.join("sida.pdf"), hostile::good_pdf()).unwrap();
    let index = work.path().join("index");

    // extract: the page is marked as having no text.
    let f = run_measured(
        kommission(&index).current_dir(work.path()).args([
            "extract",
            "--no-ocr",
            "--format",
            "json",
            "scans/skannad.pdf",
        ]),
        TIME_LIMIT,
    );
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    let v: Value = serde_json::from_str(&f.stdout).unwrap();
    assert_eq!(v["pages"].as_array().unwrap().len(), 1);
    assert_eq!(v["pages"][0]["source"], "none", "{v}");

    // ingest: the summary names the page, on stderr and in JSON.
    let f = run_measured(
        kommission(&index)
            .current_dir(work.path())
            .args(["ingest", "--quiet", "--no-ocr", "--json", "scans"]),
        HANG,
    );
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert!(
        f.stderr
            .contains("no text layer: scans/skannad.pdf pages 1"),
        "{}",
        f.stderr
    );
    let s: Value = serde_json::from_str(&f.stdout).unwrap();
    let scanned = s["scanned"].as_array().unwrap();
    assert_eq!(scanned.len(), 1, "{s}");
    assert_eq!(scanned[0]["id"], "skannad");
    assert_eq!(scanned[0]["pages"], serde_json::json!([1]));
    assert_eq!(scanned[0]["ocr"], false);

    // docs: the document is listed with its one page, not silently as an empty success.
    let docs = docs_json(&index);
    let row = docs.iter().find(|d| d["id"] == "skannad").unwrap();
    assert_eq!(row["pages"], 1);
    assert_eq!(
        row["no_text_pages"],
        serde_json::json!([1]),
        "docs should name the page without a text layer: {row}"
    );
    assert_eq!(row["ocr_pages"], serde_json::json!([]), "{row}");
}

/// `kommission ingest --json DIR` with the limit on open files set to (soft, hard) in the
/// child before it runs.
fn ingest_with_open_files(index: &Path, dir: &Path, soft: u64, hard: u64) -> Finished {
    let mut cmd = kommission(index);
    cmd.args(["ingest", "--no-ocr", "--quiet", "--json"])
        .arg(dir);
    with_limits(&mut cmd, (soft, hard), None);
    run_measured(&mut cmd, Duration::from_secs(300))
}

/// Set the child's limit on open files to (soft, hard) and, when given, its address space to
/// that many bytes (`ulimit -v`: the index is then read without maps) before it runs.
fn with_limits(cmd: &mut std::process::Command, files: (u64, u64), address_space: Option<u64>) {
    // SAFETY: runs in the child between fork and exec and calls only setrlimit, which is
    // async-signal-safe; nothing is allocated.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(cmd, move || {
            let limit = libc::rlimit {
                rlim_cur: files.0,
                rlim_max: files.1,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Some(bytes) = address_space {
                let limit = libc::rlimit {
                    rlim_cur: bytes,
                    rlim_max: bytes,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
}

/// Issue 19, "too many open files" when the index is read without maps: under an
/// address-space limit every index file is read through a descriptor of its own, so an
/// index holds as many open as it has files. A search under a limit on open files below
/// that says so, naming descriptors and what to do (before: tantivy's raw "Failed to open
/// file for read: IoError { … Too many open files … }"); a low soft limit under a hard
/// limit that allows more is raised, and the search answers as without any limit. A word
/// in no document finds nothing under the raised limit too.
#[test]
fn an_index_read_without_maps_under_a_low_open_files_limit_is_named() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let index = tempfile::tempdir().unwrap();
    let out = support::proc::run(
        index.path(),
        &[
            "ingest",
            "--no-ocr",
            "--quiet",
            &repo.join("corpus").to_string_lossy(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = std::fs::read_dir(index.path()).unwrap().count() as u64;
    assert!(files > 12, "the corpus' index has {files} files");
    let search = |query: &str, soft: u64, hard: u64| -> Finished {
        let mut cmd = kommission(index.path());
        cmd.args(["search", "--format", "json", query]);
        with_limits(&mut cmd, (soft, hard), Some(1_000_000 * 1024));
        run_measured(&mut cmd, Duration::from_secs(60))
    };
    let free = {
        let mut cmd = kommission(index.path());
        cmd.args(["search", "--format", "json", "förvaltningen"]);
        run_measured(&mut cmd, Duration::from_secs(60))
    };
    assert_eq!(free.code, Some(0), "{}", free.stderr);
    assert!(
        free.stdout.contains("\"doc\""),
        "the word is in the corpus: {}",
        free.stdout
    );

    let f = search("förvaltningen", 12, 12);
    assert_eq!(f.code, Some(1), "{} {}", f.stdout, f.stderr);
    assert!(
        f.stderr.contains("too many open files (the limit is 12)")
            && f.stderr.contains("file descriptors")
            && f.stderr.contains("ulimit -n")
            && f.stderr.contains("ulimit -v"),
        "{}",
        f.stderr
    );
    assert!(
        !f.stderr.contains("IoError")
            && !f.stderr.contains("panicked")
            && !f.stderr.contains("damaged"),
        "{}",
        f.stderr
    );

    let f = search("förvaltningen", 12, 4096);
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert_eq!(f.stdout, free.stdout);
    let f = search("xylofonkvartett", 12, 4096);
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert!(!f.stdout.contains("\"doc\""), "{}", f.stdout);
}

/// Issue 19, "too many open files": a folder of far more files than the limit on open files
/// (text, HTML, Word files and the corpus' PDFs) is ingested whole under a limit of 64 (files
/// are opened one at a time, never all at once); under a limit too low for the index writer
/// the run stops at once with a message naming the limit and what to do (before, tantivy
/// failed midway with "an index writer was killed" or a raw "Too many open files"), and a
/// low soft limit under a higher hard one is raised.
#[test]
fn a_folder_of_more_files_than_the_open_files_limit_is_ingested_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = 0;
    for i in 0..150 {
        std::fs::write(
            dir.path().join(format!("protokoll-{i}.txt")),
            format!("Protokoll {i} från kommunstyrelsen i Malmö: beslut om budgeten för år {i}."),
        )
        .unwrap();
        expected += 1;
    }
    for i in 0..20 {
        std::fs::write(dir.path().join(format!("sida-{i}.html")), GOOD_HTML).unwrap();
        expected += 1;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (from, to) in [
        ("tests/data/word/tjansteskrivelse.docx", "a.docx"),
        ("tests/data/word/tjansteskrivelse.odt", "b.odt"),
        ("corpus/inriktning-2014.pdf", "c.pdf"),
    ] {
        std::fs::copy(repo.join(from), dir.path().join(to)).unwrap();
        expected += 1;
    }
    let summary = |f: &Finished| -> Value {
        serde_json::from_str(&f.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", f.stdout, f.stderr))
    };

    let index = tempfile::tempdir().unwrap();
    let f = ingest_with_open_files(index.path(), dir.path(), 64, 64);
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    let v = summary(&f);
    assert_eq!(v["ingested"].as_array().unwrap().len(), expected, "{v}");
    assert_eq!(v["failed"].as_array().map(Vec::len), Some(0), "{v}");
    assert_eq!(docs_json(index.path()).len(), expected);

    // Too low even for the index writer: a clear error at once, nothing half done.
    let index = tempfile::tempdir().unwrap();
    let f = ingest_with_open_files(index.path(), dir.path(), 12, 12);
    assert_eq!(f.code, Some(1), "{} {}", f.stdout, f.stderr);
    assert!(
        f.stderr.contains("too many open files (the limit is 12") && f.stderr.contains("ulimit -n"),
        "{}",
        f.stderr
    );
    assert!(!f.stderr.contains("panicked"), "{}", f.stderr);

    // A low soft limit under a hard limit that allows more is raised.
    let index = tempfile::tempdir().unwrap();
    let f = ingest_with_open_files(index.path(), dir.path(), 12, 4096);
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert_eq!(summary(&f)["ingested"].as_array().unwrap().len(), expected);
}

/// Issue 19, "too many open files", the ingest side of reading without maps: under an
/// address-space limit every file of the existing index is read through a descriptor of its
/// own, so an ingest into an index needs the writer's descriptors and one per index file.
/// When the hard limit allows the writer's but not the index's, the run stops before any
/// work, naming what it needs (before: it went on and failed midway); a low soft limit under
/// a high hard one is raised and the new file is ingested.
#[test]
fn an_ingest_under_an_address_space_limit_counts_the_index_files_among_its_open_files() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("a");
    std::fs::create_dir(&folder).unwrap();
    for f in ["isu-seminarium.html", "malmo-se-malmokommissionen.html"] {
        std::fs::copy(repo.join("corpus").join(f), folder.join(f)).unwrap();
    }
    let index = work.path().join("idx");
    let f = run_measured(
        kommission(&index)
            .args(["ingest", "--no-ocr", "--quiet"])
            .arg(&folder),
        Duration::from_secs(120),
    );
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    let listing = || {
        let mut names: Vec<String> = std::fs::read_dir(&index)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let before = listing();
    // What the writer alone needs (`ingest::open_files_needed`): 8 + 8 per thread, up to 4.
    let cores = std::thread::available_parallelism().map_or(1, usize::from) as u64;
    let writer = 8 + 8 * cores.clamp(1, 4);
    assert!(before.len() > 4, "the index has {} files", before.len());
    std::fs::write(
        folder.join("protokoll.txt"),
        "Protokoll från kommunstyrelsen: beslut om xylofonkvartetten.",
    )
    .unwrap();
    let ingest = |soft: u64, hard: u64| -> Finished {
        let mut cmd = kommission(&index);
        cmd.args(["ingest", "--no-ocr", "--quiet", "--json"])
            .arg(&folder);
        with_limits(&mut cmd, (soft, hard), Some(1_000_000 * 1024));
        run_measured(&mut cmd, Duration::from_secs(120))
    };

    // Room for the writer but not for the index's files as well: stopped before any work.
    let limit = writer + 2;
    let f = ingest(limit, limit);
    assert_eq!(f.code, Some(1), "{} {}", f.stdout, f.stderr);
    assert!(
        f.stderr.contains(&format!(
            "too many open files (the limit is {limit}, an ingest needs "
        )) && f.stderr.contains("ulimit -n"),
        "{}",
        f.stderr
    );
    assert!(
        !f.stderr.contains("panicked") && !f.stderr.contains("IoError"),
        "{}",
        f.stderr
    );
    assert_eq!(listing(), before, "nothing written");
    assert_eq!(docs_json(&index).len(), 2);

    // The same soft limit under a hard one that allows more: raised, the new file ingested.
    let f = ingest(limit, 4096);
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    let v: Value = serde_json::from_str(&f.stdout).unwrap();
    assert_eq!(v["ingested"], serde_json::json!(["protokoll"]), "{v}");
    assert_eq!(docs_json(&index).len(), 3);
}
