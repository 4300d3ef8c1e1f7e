//! What a new user meets first, through the real binary: a document is its file whatever path
//! reaches it; the walk never aborts on one entry and names every entry it does not read;
//! honest counts; `--force`; pages whose OCR was skipped are read later; SIGINT/SIGTERM
//! commit what is done; output commands end quietly when their reader goes away; usage
//! errors exit 2; tables fit the terminal; strings from files are escaped for the terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::cli::{code, json, repo, stderr as err, stdout as out};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_kommission")
}

/// Run kommission in `cwd` with the given index.
fn run_in(cwd: &Path, index: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .current_dir(cwd)
        .env("KOMMISSION_INDEX", index)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run kommission")
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// (id, path) of every stored document.
fn docs(index: &Path) -> Vec<(String, String)> {
    let o = run_in(&repo(), index, &["docs", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let mut v: Vec<(String, String)> = json(&o)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

/// A folder `a/` under a fresh work folder with two small corpus documents.
fn work_with_folder() -> (tempfile::TempDir, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let a = work.path().join("a");
    std::fs::create_dir(&a).unwrap();
    for f in ["isu-seminarium.html", "malmo-se-malmokommissionen.html"] {
        std::fs::copy(repo().join("corpus").join(f), a.join(f)).unwrap();
    }
    (work, a)
}

/// The walk resolves only paths reached through a symbolic link (the others are canonical
/// below the canonical root): a linked folder and a linked file below the root are the files
/// they lead to, the same documents as those files ingested by their own path.
#[test]
fn links_below_the_root_are_the_files_they_lead_to() {
    let (work, a) = work_with_folder();
    let base = std::fs::canonicalize(work.path()).unwrap();
    let a_abs = std::fs::canonicalize(&a).unwrap();
    let b = base.join("b");
    std::fs::create_dir(&b).unwrap();
    std::os::unix::fs::symlink(&a_abs, b.join("sub")).unwrap();
    std::os::unix::fs::symlink(a_abs.join("isu-seminarium.html"), b.join("seminar.html")).unwrap();
    std::fs::copy(
        repo().join("corpus/malmo-se-utvecklingsarbetet.html"),
        b.join("own.html"),
    )
    .unwrap();
    let index = base.join("idx");

    let o = run_in(&base, &index, &["ingest", "--quiet", "--json", "b"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(strs(&json(&o)["ingested"]).len(), 3, "{}", out(&o));
    let mut got: Vec<String> = docs(&index).into_iter().map(|(_, p)| p).collect();
    got.sort();
    let mut want: Vec<String> = [
        a_abs.join("isu-seminarium.html"),
        a_abs.join("malmo-se-malmokommissionen.html"),
        b.join("own.html"),
    ]
    .iter()
    .map(|p| p.display().to_string())
    .collect();
    want.sort();
    assert_eq!(
        got, want,
        "stored paths are those of the files the links lead to"
    );

    let o = run_in(&base, &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let s = json(&o);
    assert!(strs(&s["ingested"]).is_empty(), "{s}");
    assert_eq!(s["unchanged"], 2, "{s}");
}

#[test]
fn the_same_folder_by_any_path_is_the_same_documents() {
    let (work, a) = work_with_folder();
    let base = std::fs::canonicalize(work.path()).unwrap();
    let a_abs = std::fs::canonicalize(&a).unwrap();
    let index = base.join("idx");
    std::os::unix::fs::symlink(&a_abs, base.join("link")).unwrap();

    let o = run_in(&base, &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(strs(&json(&o)["ingested"]).len(), 2);
    let first = docs(&index);
    assert_eq!(
        first,
        vec![
            (
                "isu-seminarium".to_string(),
                a_abs.join("isu-seminarium.html").display().to_string()
            ),
            (
                "malmo-se-malmokommissionen".to_string(),
                a_abs
                    .join("malmo-se-malmokommissionen.html")
                    .display()
                    .to_string()
            ),
        ],
        "stored paths are canonical and absolute"
    );

    let a_str = a_abs.display().to_string();
    let from_root = a_str.trim_start_matches('/').to_string();
    let tries: Vec<(PathBuf, &str)> = vec![
        (PathBuf::from("/"), a_str.as_str()),
        (PathBuf::from("/"), from_root.as_str()),
        (a_abs.clone(), "."),
        (base.clone(), "link"),
        (base.join("link"), "../a/"),
        (repo(), a_str.as_str()),
    ];
    for (cwd, path) in &tries {
        let o = run_in(cwd, &index, &["ingest", "--quiet", "--json", path]);
        assert_eq!(code(&o), 0, "from {cwd:?} with {path}: {}", err(&o));
        let s = json(&o);
        assert_eq!(
            strs(&s["ingested"]),
            Vec::<String>::new(),
            "{cwd:?} {path}: {s}"
        );
        assert_eq!(
            strs(&s["removed"]),
            Vec::<String>::new(),
            "{cwd:?} {path}: {s}"
        );
        assert_eq!(s["unchanged"], 2, "{cwd:?} {path}: {s}");
        assert_eq!(docs(&index), first, "from {cwd:?} with {path}");
    }

    // People see paths relative to where they are.
    let o = run_in(&base, &index, &["docs", "--format", "table"]);
    assert!(out(&o).contains("  a/isu-seminarium.html "), "{}", out(&o));
    // A mistyped path fails before anything is made.
    let fresh = base.join("new-index");
    let o = run_in(&base, &fresh, &["ingest", "--quiet", "/no/such/path"]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("/no/such/path"), "{}", err(&o));
    assert!(!fresh.exists(), "the index folder was created");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

/// Make `depth` nested folders of 200-character names below `dir` (relative to open folders,
/// so that the whole path may exceed PATH_MAX) and a text file at the bottom.
#[cfg(unix)]
fn deep_tree(dir: &Path, depth: usize) {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new("d".repeat(200)).unwrap();
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).unwrap();
    unsafe {
        let mut fd = libc::open(c.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
        assert!(fd >= 0);
        for _ in 0..depth {
            assert_eq!(libc::mkdirat(fd, name.as_ptr(), 0o755), 0, "mkdirat");
            let next = libc::openat(fd, name.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
            assert!(next >= 0);
            libc::close(fd);
            fd = next;
        }
        let file = std::ffi::CString::new("djup.txt").unwrap();
        let f = libc::openat(fd, file.as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o644);
        assert!(f >= 0);
        let text = b"Djupt ner i mapparna.";
        assert_eq!(
            libc::write(f, text.as_ptr().cast(), text.len()),
            text.len() as isize
        );
        libc::close(f);
        libc::close(fd);
    }
}

#[cfg(unix)]
#[test]
fn the_walk_names_every_entry_it_cannot_read_and_goes_on() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;
    let (work, a) = work_with_folder();
    let index = work.path().join("idx");
    symlink(a.join("gone.txt"), a.join(".#notes.txt")).unwrap();
    symlink(a.join("nowhere.pdf"), a.join("broken.pdf")).unwrap();
    symlink(&a, a.join("loop")).unwrap();
    mkfifo(&a.join("pipe.txt"));
    symlink("/dev/null", a.join("device.txt")).unwrap();
    deep_tree(&a, 22);
    let locked = a.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("inne.txt"), "Låst mapp.").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Names: two non-UTF-8 names that decode to the same text, a backslash, NFC and NFD.
    for bytes in [&b"caf\xe9.txt"[..], &b"caf\xe8.txt"[..]] {
        let name = std::ffi::OsStr::from_bytes(bytes);
        std::fs::write(a.join(name), "Ett kafé i Malmö.").unwrap();
    }
    std::fs::write(a.join("back\\slash.txt"), "Omvänt snedstreck.").unwrap();
    std::fs::create_dir(a.join("back")).unwrap();
    std::fs::write(a.join("back/slash.txt"), "Snedstreck.").unwrap();
    std::fs::write(a.join("Malm\u{f6}.txt"), "NFC.").unwrap();
    std::fs::write(a.join("Malmo\u{308}.txt"), "NFD.").unwrap();

    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "a"]);
    let text = err(&o);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code(&o), 0, "bad entries are not failed files: {text}");
    let s = json(&o);
    let skipped = s["skipped"].as_array().unwrap();
    let reason = |name: &str| -> String {
        skipped
            .iter()
            .find(|k| {
                Path::new(k["path"].as_str().unwrap())
                    .file_name()
                    .is_some_and(|f| f == name)
            })
            .unwrap_or_else(|| panic!("{name} is not listed as skipped: {s}"))["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(reason(".#notes.txt").contains("dangling symlink"), "{s}");
    assert!(reason("broken.pdf").contains("dangling symlink"), "{s}");
    assert!(reason("loop").contains("loop"), "{s}");
    assert!(reason("pipe.txt").contains("FIFO"), "{s}");
    assert!(reason("device.txt").contains("device"), "{s}");
    assert!(
        reason(&"d".repeat(200)).contains("too long"),
        "the over-long path is named: {s}"
    );
    // Root reads any folder; everyone else is told the folder is closed to them.
    if unsafe { libc::geteuid() } != 0 {
        assert!(reason("locked").contains("permission denied"), "{s}");
    }
    for k in skipped {
        assert_eq!(k["kind"], "unreadable", "{k}");
    }
    assert!(
        text.contains("skipped: a/broken.pdf: dangling symlink"),
        "{text}"
    );
    assert!(text.contains("skipped: a/pipe.txt: a FIFO"), "{text}");

    let ids: Vec<String> = docs(&index).into_iter().map(|(id, _)| id).collect();
    let ingested = strs(&s["ingested"]);
    assert_eq!(ingested.len(), ids.len(), "{s}");
    // 2 corpus pages + 2 cafés + 2 slashes + NFC/NFD (+ the locked file when readable).
    let expected = if unsafe { libc::geteuid() } == 0 {
        9
    } else {
        8
    };
    assert_eq!(ids.len(), expected, "{ids:?}");
    assert!(ids.contains(&"Malmö".to_string()), "{ids:?}");
    assert!(ids.contains(&"Malmö-2".to_string()), "{ids:?}");
    assert!(ids.contains(&"slash".to_string()) && ids.contains(&"back\\slash".to_string()));
    let cafes = ids.iter().filter(|i| i.starts_with("caf")).count();
    assert_eq!(cafes, 2, "{ids:?}");
    // Again: everything is unchanged, nothing doubles.
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(json(&o)["unchanged"], expected, "{}", err(&o));
    assert_eq!(docs(&index).len(), expected);
}

#[test]
fn files_not_read_are_named_and_failed_files_are_not_ingested() {
    let (work, a) = work_with_folder();
    let index = work.path().join("idx");
    for f in ["protokoll.pptx", "budget.xlsx", "bilaga.xlsx", "README"] {
        std::fs::write(a.join(f), "binärt innehåll").unwrap();
    }
    std::fs::write(a.join("trasig.pdf"), "this is not a PDF at all").unwrap();
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(code(&o), 3, "{}", err(&o));
    let text = err(&o);
    assert!(
        text.contains("ingest: 2 ingested (2 pages), 0 unchanged, 0 removed, 1 failed"),
        "{text}"
    );
    assert!(
        text.contains(
            "skipped: 4 files not read (.xlsx 2, .pptx 1, no extension 1); --json lists them"
        ),
        "{text}"
    );
    assert!(text.contains("failed: a/trasig.pdf: not a PDF"), "{text}");
    let s = json(&o);
    assert_eq!(
        strs(&s["ingested"]),
        ["isu-seminarium", "malmo-se-malmokommissionen"],
        "a failed file is not ingested"
    );
    assert_eq!(s["failed"][0]["id"], "trasig");
    let skipped = s["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 4, "{s}");
    let doc = skipped
        .iter()
        .find(|k| k["path"].as_str().unwrap().ends_with("/a/protokoll.pptx"))
        .unwrap();
    assert_eq!(doc["kind"], "unsupported");
    assert_eq!(doc["extension"], "pptx");
    assert!(
        doc["reason"].as_str().unwrap().contains("presentation"),
        "{doc}"
    );

    // Nothing to skip: no skipped line.
    let (work2, _) = work_with_folder();
    let o = run_in(
        work2.path(),
        &work2.path().join("idx"),
        &["ingest", "--quiet", "a"],
    );
    assert_eq!(code(&o), 0);
    assert!(!err(&o).contains("skipped"), "{}", err(&o));
}

#[test]
fn force_reads_everything_again() {
    let (work, _) = work_with_folder();
    let index = work.path().join("idx");
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "a"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(json(&o)["unchanged"], 2);
    let before = docs(&index);
    let o = run_in(
        work.path(),
        &index,
        &[
            "ingest",
            "--quiet",
            "--json",
            "--force",
            "a/isu-seminarium.html",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let s = json(&o);
    assert_eq!(strs(&s["ingested"]), ["isu-seminarium"], "{s}");
    assert_eq!(s["unchanged"], 0);
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--quiet", "--json", "--force", "a"],
    );
    assert_eq!(strs(&json(&o)["ingested"]).len(), 2);
    assert_eq!(docs(&index), before, "same ids, same paths");
}

/// Pages whose OCR was skipped (--no-ocr) are OCR'd by the next ingest without --force. Needs
/// Tesseract with the Swedish model (CI installs it): fails without it.
#[test]
fn pages_not_ocrd_are_read_when_ocr_is_there() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("scan");
    std::fs::create_dir(&folder).unwrap();
    // One scanned page (the test of OCR itself is elsewhere): a text page and a scanned one.
    std::fs::copy(
        repo().join("tests/data/scanned/protokoll-mixed.pdf"),
        folder.join("protokoll-mixed.pdf"),
    )
    .unwrap();
    std::fs::copy(
        repo().join("corpus/isu-seminarium.html"),
        folder.join("isu.html"),
    )
    .unwrap();
    let index = work.path().join("idx");
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--quiet", "--no-ocr", "--json", "scan"],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(err(&o).contains("read by the next ingest without --no-ocr"));
    // OCR still off: nothing to do.
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--quiet", "--no-ocr", "--json", "scan"],
    );
    assert_eq!(json(&o)["unchanged"], 2, "{}", err(&o));
    // OCR on: the scan is read again, the web page is not.
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--quiet", "--json", "scan"],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let s = json(&o);
    assert_eq!(
        strs(&s["ingested"]),
        ["protokoll-mixed"],
        "tesseract with the Swedish model is needed (apt-get install tesseract-ocr tesseract-ocr-swe): {s} {}",
        err(&o)
    );
    assert_eq!(s["unchanged"], 1);
    assert!(
        err(&o).contains(
            "read by OCR (scanned or unreadable glyphs): scan/protokoll-mixed.pdf pages 2"
        ),
        "{}",
        err(&o)
    );
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--quiet", "--json", "scan"],
    );
    assert_eq!(json(&o)["unchanged"], 2, "{}", err(&o));
}

#[cfg(unix)]
#[test]
fn sigterm_commits_what_is_done_and_the_next_run_continues() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("many");
    std::fs::create_dir(&folder).unwrap();
    let n = 1500;
    for i in 0..n {
        std::fs::write(
            folder.join(format!("anteckning-{i:04}.txt")),
            format!("Anteckning {i} om trygghet och hälsa i Malmö.\n").repeat(20),
        )
        .unwrap();
    }
    let index = work.path().join("idx");
    for (signal, want) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let _ = std::fs::remove_dir_all(&index);
        let child = Command::new(bin())
            .current_dir(work.path())
            .env("KOMMISSION_INDEX", &index)
            .args(["ingest", "--quiet", "--json", "many"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The index folder is made after the handler is in place.
        let t = std::time::Instant::now();
        while !index.exists() {
            assert!(t.elapsed().as_secs() < 60, "no index folder");
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(want), "{}", err(&o));
        let s = json(&o);
        assert_eq!(s["interrupted"], true, "{s}");
        let done = strs(&s["ingested"]).len();
        let not_done = strs(&s["not_done"]).len();
        assert_eq!(
            done + not_done,
            n,
            "every file is either committed or named"
        );
        assert!(err(&o).contains("interrupted"), "{}", err(&o));
        assert!(
            err(&o).contains(&format!("{not_done} files not read")),
            "{}",
            err(&o)
        );
        // The next run reads exactly the rest.
        let o = run_in(
            work.path(),
            &index,
            &["ingest", "--quiet", "--json", "many"],
        );
        assert_eq!(code(&o), 0, "{}", err(&o));
        let s = json(&o);
        assert_eq!(strs(&s["ingested"]).len(), not_done, "{}", err(&o));
        assert_eq!(s["unchanged"], done);
        assert_eq!(docs(&index).len(), n);
    }
}

/// `kommission <command> | head`: the reader goes away before (or while) we write.
#[test]
fn closed_pipes_end_quietly_with_success() {
    let (work, _) = work_with_folder();
    let index = work.path().join("idx");
    let o = run_in(
        &repo(),
        &index,
        &["ingest", "--quiet", "--no-ocr", "corpus"],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let commands: Vec<(Vec<&str>, usize)> = vec![
        (vec!["actions", "--format", "csv"], 20),
        (vec!["actions", "--format", "json"], 20),
        (vec!["actions", "--format", "jsonl"], 5),
        (vec!["actions", "--format", "table"], 5),
        (vec!["docs", "--format", "csv"], 5),
        (vec!["recommendations", "--format", "json"], 5),
        (vec!["protocols", "--format", "jsonl"], 5),
        (vec!["show", "action", "5"], 5),
        (vec!["search", "malmö", "--limit", "50"], 5),
        (vec!["extract", "corpus/inriktning-2014.pdf"], 5),
    ];
    for (args, times) in commands {
        for i in 0..times {
            let mut child = Command::new(bin())
                .current_dir(repo())
                .env("KOMMISSION_INDEX", &index)
                .args(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            // Half the runs read a little first, the others close at once.
            let mut stdout = child.stdout.take().unwrap();
            if i % 2 == 1 {
                use std::io::Read;
                let mut buf = [0u8; 64];
                let _ = stdout.read(&mut buf);
            }
            drop(stdout);
            let o = child.wait_with_output().unwrap();
            assert_eq!(o.status.code(), Some(0), "{args:?} run {i}: {}", err(&o));
            assert_eq!(err(&o), "", "{args:?} run {i}");
        }
    }
}

#[test]
fn every_usage_error_exits_2() {
    let index = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["extract", "corpus/inriktning-2014.pdf", "--pages", "5-2"],
            "N <= M",
        ),
        (
            vec!["extract", "corpus/inriktning-2014.pdf", "--pages", "0"],
            "1 <= N",
        ),
        (
            vec!["extract", "corpus/inriktning-2014.pdf", "--pages", "tre"],
            "--pages",
        ),
        (
            vec!["extract", "corpus/inriktning-2014.pdf", "--format", "xml"],
            "--format",
        ),
        (
            vec!["actions", "--format", "csv", "--delimiter", "é"],
            "ASCII",
        ),
        (vec!["actions", "--delimiter", ";;"], "one ASCII character"),
        (vec!["docs", "--format", "xlsx"], "possible values"),
        (vec!["search", "barn", "--limit", "-1"], "0 or more"),
        (vec!["search", "barn", "--limit", "tio"], "0 or more"),
        (
            vec!["search", "barn", "--kind", "protocol"],
            "possible values",
        ),
        (vec!["docs", "--frobnicate"], "--frobnicate"),
        (vec!["ingest", "--ocr-off", "corpus"], "--ocr-off"),
        (vec!["show", "action"], "<NUMBER>"),
        (vec!["show", "action", "fem"], "fem"),
        (vec!["show", "paragraph", "5"], "paragraph"),
        (vec!["frobnicate"], "frobnicate"),
        (vec![], "Usage"),
    ];
    for (args, says) in cases {
        let o = run_in(&repo(), index.path(), &args);
        assert_eq!(code(&o), 2, "{args:?}: {}", err(&o));
        assert!(
            err(&o).contains(says),
            "{args:?} should say {says:?}: {}",
            err(&o)
        );
        assert!(out(&o).is_empty(), "{args:?}");
    }
    // No misleading tip to pass -1 as a value.
    let o = run_in(&repo(), index.path(), &["search", "barn", "--limit", "-1"]);
    assert!(!err(&o).contains("-- -1"), "{}", err(&o));
}

/// Run a command on a pseudo-terminal (util-linux `script`, which CI has) with `COLUMNS`.
fn on_terminal(cwd: &Path, index: &Path, args: &str, columns: usize) -> String {
    let o = Command::new("script")
        .current_dir(cwd)
        .env("KOMMISSION_INDEX", index)
        .env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string())
        .args([
            "-qefc",
            &format!("stty cols {columns} 2>/dev/null; {} {args}", bin()),
            "/dev/null",
        ])
        .output()
        .expect("the `script` command (util-linux) is needed for terminal tests");
    assert!(o.status.success(), "{}{}", out(&o), err(&o));
    out(&o).replace("\r\n", "\n")
}

#[test]
fn tables_fit_the_terminal_and_keep_everything_in_a_pipe() {
    let index = tempfile::tempdir().unwrap();
    let o = run_in(
        &repo(),
        index.path(),
        &["ingest", "--quiet", "--no-ocr", "corpus"],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let width = |s: &str| s.chars().count();
    for cmd in ["docs", "actions", "recommendations", "protocols"] {
        let shown = on_terminal(&repo(), index.path(), cmd, 80);
        // The table; a note on columns left out (stderr, on the same terminal) starts "(".
        let lines: Vec<&str> = shown
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('('))
            .collect();
        assert!(lines.len() >= 2, "{cmd}: {shown}");
        for l in &lines {
            assert!(width(l) <= 80, "{cmd}: {} columns: {l}", width(l));
        }
        assert!(shown.contains('…'), "{cmd}: long cells are cut: {shown}");
    }
    let docs = on_terminal(&repo(), index.path(), "docs", 80);
    let header = docs.lines().next().unwrap();
    assert!(header.starts_with("id"), "{docs}");
    assert!(!header.contains("hash"), "the hash is hidden: {header}");
    assert!(
        !header.contains("ocr_pages")
            && docs.contains("not shown on this terminal, empty or no room: ocr_pages"),
        "a column empty in every row is left out and named: {docs}"
    );
    let wide = on_terminal(&repo(), index.path(), "docs --wide", 80);
    assert!(wide.lines().next().unwrap().contains("hash"), "{wide}");
    let hash_line = wide
        .lines()
        .find(|l| l.starts_with("inriktning-2014"))
        .unwrap();
    assert!(
        hash_line.split_whitespace().any(|w| w.len() == 64),
        "--wide shows the whole hash: {hash_line}"
    );
    // In a pipe: every column, as before.
    let o = run_in(&repo(), index.path(), &["docs", "--format", "table"]);
    let piped = out(&o);
    assert!(piped.lines().next().unwrap().contains("hash"), "{piped}");
    assert!(piped.lines().any(|l| width(l) > 80), "{piped}");
}

#[test]
fn progress_shows_files_pages_rate_and_the_file() {
    let index = tempfile::tempdir().unwrap();
    let shown = on_terminal(&repo(), index.path(), "ingest --no-ocr corpus", 160);
    for part in ["files", "pages", "pages/s", "ETA", "ingest ["] {
        assert!(shown.contains(part), "progress lacks {part:?}: {shown:?}");
    }
    assert!(shown.contains("5 ingested"), "{shown}");
}

#[cfg(unix)]
#[test]
fn strings_from_files_are_escaped_for_the_terminal() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("f");
    std::fs::create_dir(&folder).unwrap();
    let evil = "titel\u{1b}]0;kapad\u{7}";
    std::fs::write(folder.join(format!("{evil}.pdf")), "not a PDF").unwrap();
    std::fs::write(
        folder.join(format!("{evil}.txt")),
        "Trygghetsvandring \u{1b}[2J\u{1b}]0;kapad\u{7} i Rosengård.",
    )
    .unwrap();
    let index = work.path().join("idx");
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "f"]);
    assert_eq!(code(&o), 3, "{}", err(&o));
    assert!(!err(&o).contains('\u{1b}'), "raw ESC in: {:?}", err(&o));
    assert!(
        err(&o).contains("failed: f/titel\\x1B]0;kapad\\x07.pdf"),
        "{}",
        err(&o)
    );
    // JSON stays exact.
    let s = json(&o);
    assert!(s["failed"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/f/{evil}.pdf")));
    let exact = run_in(work.path(), &index, &["docs", "--format", "json"]);
    assert!(
        out(&exact).contains("\\u001b]0;kapad\\u0007"),
        "{}",
        out(&exact)
    );
    for args in [
        vec!["docs", "--format", "table"],
        vec!["docs", "--format", "table", "--wide"],
        vec!["search", "trygghetsvandring"],
        vec!["show", "doc", evil],
    ] {
        let o = run_in(work.path(), &index, &args);
        assert_eq!(code(&o), 0, "{args:?}: {}", err(&o));
        let text = out(&o);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{args:?}: {text:?}"
        );
        assert!(text.contains("\\x1B"), "{args:?} shows it escaped: {text}");
    }
    let o = run_in(work.path(), &index, &["extract", &format!("f/{evil}.pdf")]);
    assert_eq!(code(&o), 1);
    assert!(!err(&o).contains('\u{1b}'), "{:?}", err(&o));
}

/// An index written by an earlier version stored paths relative to the working directory of
/// its run: the next ingest from that directory takes them for the same files (same ids, no
/// `-2` duplicates, nothing removed) and stores them absolute.
#[test]
fn records_with_relative_paths_from_older_versions_are_the_same_documents() {
    let (work, a) = work_with_folder();
    let index = work.path().join("idx");
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "a"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let now = docs(&index);
    {
        let store = kommission::index::Store::open(&index).unwrap();
        let mut writer = store.writer().unwrap();
        for mut r in store.records().unwrap() {
            let name = Path::new(&r.path).file_name().unwrap().to_owned();
            r.path = Path::new("a").join(name).to_str().unwrap().to_string();
            writer.upsert(&r).unwrap();
        }
        writer.commit().unwrap();
    }
    assert!(docs(&index).iter().all(|(_, p)| p.starts_with("a/")));
    let o = run_in(work.path(), &index, &["ingest", "--quiet", "--json", "a"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let s = json(&o);
    assert_eq!(strs(&s["removed"]), Vec::<String>::new(), "{s}");
    assert_eq!(docs(&index), now, "same ids, paths absolute again");
    let a_abs = std::fs::canonicalize(&a).unwrap();
    let o = run_in(
        Path::new("/"),
        &index,
        &["ingest", "--quiet", "--json", a_abs.to_str().unwrap()],
    );
    assert_eq!(json(&o)["unchanged"], 2, "{}", err(&o));
}

/// The lists written as their rows are read (CSV, JSON, JSON lines) are the same bytes as
/// the rows collected and written at once; an empty list is `[]`.
/// Rows as `--format json` writes them: a pretty array and a line end.
fn pretty_rows<T: serde::Serialize, E: std::fmt::Debug>(
    rows: impl Iterator<Item = Result<T, E>>,
) -> String {
    let rows: Vec<T> = rows.collect::<Result<_, _>>().unwrap();
    serde_json::to_string_pretty(&rows).unwrap() + "\n"
}

#[test]
fn streamed_lists_are_the_collected_rows() {
    let work = tempfile::tempdir().unwrap();
    let docs_dir = work.path().join("docs");
    std::fs::create_dir(&docs_dir).unwrap();
    for f in ["inriktning-2014.pdf", "isu-seminarium.html"] {
        std::fs::copy(repo().join("corpus").join(f), docs_dir.join(f)).unwrap();
    }
    let index = work.path().join("index");
    let o = run_in(
        work.path(),
        &index,
        &["ingest", "--no-ocr", "--quiet", "docs"],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let store = kommission::index::Store::open(&index).unwrap();
    let expected = [
        (
            "actions",
            pretty_rows(kommission::query::actions_stream(&store, None).unwrap()),
        ),
        (
            "docs",
            pretty_rows(kommission::query::docs_stream(&store).unwrap()),
        ),
        (
            "identifiers",
            pretty_rows(kommission::query::identifiers_stream(&store, None, None).unwrap()),
        ),
        (
            "protocols",
            pretty_rows(kommission::query::protocols_stream(&store).unwrap()),
        ),
    ];
    for (command, json) in &expected {
        let o = run_in(work.path(), &index, &[command, "--format", "json"]);
        assert_eq!(code(&o), 0, "{command}: {}", err(&o));
        assert_eq!(&out(&o), json, "{command}");
        let rows: Vec<Value> = serde_json::from_str(json).unwrap();
        let o = run_in(work.path(), &index, &[command, "--format", "jsonl"]);
        let lines: Vec<Value> = out(&o)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines, rows, "{command} jsonl");
        let o = run_in(work.path(), &index, &[command, "--format", "csv"]);
        let csv_text = out(&o);
        let records = csv::Reader::from_reader(csv_text.as_bytes())
            .records()
            .count();
        assert_eq!(records, rows.len(), "{command} csv");
    }
    // The plan has actions, the web page none: both lists are there, the protocols empty.
    assert!(expected[0].1.len() > 100);
    assert_eq!(expected[3].1, "[]\n");
}
