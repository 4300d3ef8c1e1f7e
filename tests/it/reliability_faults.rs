//! Faults around the index: an ingest killed with SIGKILL half-way, two ingests on one index
//! at once, a read-only index directory, a full disk (a per-file size limit, and a tiny
//! tmpfs when the tests may mount one), and an index path blocked by a file. In every case
//! the last committed state stays intact and searchable, and the next run finishes the work.

use crate::support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::proc::{
    as_nobody, is_root, kommission, limit_file_size, run_measured, sigkill, spawn, wait_measured,
    Finished,
};

const LONG: Duration = Duration::from_secs(600);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A small folder of three web pages with a word of their own each.
fn first_folder(root: &Path) -> PathBuf {
    let dir = root.join("first");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, word) in [
        ("lakeboken", "läkebok"),
        ("parkplanen", "parkplanering"),
        ("skolgarden", "skolgårdsprojekt"),
    ] {
        std::fs::write(
            dir.join(format!("{name}.html")),
            format!(
                "<html><head><meta charset=\"utf-8\"><title>{name}</title></head><body>\
                 <h1>{name}</h1><p>Om {word} i Malmö, för jämlik hälsa.</p></body></html>"
            ),
        )
        .unwrap();
    }
    dir
}

/// A bigger folder: `copies` copies of each shipped corpus file under distinct names.
fn big_folder(root: &Path, copies: usize) -> PathBuf {
    let dir = root.join("big");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(repo().join("corpus")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let ext = path.extension().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        for i in 0..copies {
            std::fs::write(dir.join(format!("{stem}-kopia-{i:04}.{ext}")), &bytes).unwrap();
        }
    }
    dir
}

fn ingest(index: &Path, cwd: &Path, folder: &str) -> Finished {
    run_measured(
        kommission(index)
            .current_dir(cwd)
            .args(["ingest", "--quiet", "--no-ocr", folder]),
        LONG,
    )
}

/// `docs` as (id, status, hash) triples, sorted; panics when it fails.
pub(crate) fn docs(index: &Path) -> Vec<(String, String, String)> {
    let f = run_measured(
        kommission(index).args(["docs", "--format", "json"]),
        Duration::from_secs(120),
    );
    assert_eq!(f.code, Some(0), "docs failed: {}", f.stderr);
    let v: Value = serde_json::from_str(&f.stdout).unwrap();
    let mut rows: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
                d["hash"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    rows.sort();
    rows
}

/// The ids of the documents a search finds.
pub(crate) fn search_docs(index: &Path, query: &str) -> Vec<String> {
    let f = run_measured(
        kommission(index).args(["search", query, "--format", "json", "-n", "50"]),
        Duration::from_secs(120),
    );
    assert_eq!(f.code, Some(0), "search {query} failed: {}", f.stderr);
    f.stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// Every file under `dir`, with its bytes (to show nothing was touched).
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walk(dir) {
        out.push((e.clone(), std::fs::read(&e).unwrap()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn first_state(work: &Path, index: &Path) -> Vec<(String, String, String)> {
    first_folder(work);
    let f = ingest(index, work, "first");
    assert_eq!(f.code, Some(0), "first ingest failed: {}", f.stderr);
    let state = docs(index);
    assert_eq!(state.len(), 3, "{state:?}");
    assert_eq!(search_docs(index, "parkplanering"), ["parkplanen"]);
    state
}

#[test]
fn sigkill_during_ingest_keeps_the_last_commit_and_the_next_run_finishes() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let before = first_state(work.path(), &index);
    big_folder(work.path(), 60);

    // Start a second, long ingest of both folders and kill it half-way.
    let child = spawn(
        kommission(&index)
            .current_dir(work.path())
            .args(["ingest", "--quiet", "--no-ocr", "first", "big"]),
    );
    let pid = child.id();
    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(1500));
    sigkill(pid);
    let killed = wait_measured(child, LONG);
    assert_eq!(
        killed.signal,
        Some(libc::SIGKILL),
        "the ingest ended on its own after {:?} (exit {:?}) before it could be killed: \
         make the folder bigger; stderr: {}",
        start.elapsed(),
        killed.code,
        killed.stderr
    );

    // The index still shows exactly the first state, and searches work.
    assert_eq!(
        docs(&index),
        before,
        "the killed run changed the committed state"
    );
    assert_eq!(search_docs(&index, "parkplanering"), ["parkplanen"]);
    assert_eq!(search_docs(&index, "läkebok"), ["lakeboken"]);

    // The next run finishes the work.
    let f = ingest(&index, work.path(), "first");
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    let f = run_measured(
        kommission(&index)
            .current_dir(work.path())
            .args(["ingest", "--quiet", "--no-ocr", "first", "big"]),
        LONG,
    );
    assert_eq!(
        f.code,
        Some(0),
        "re-run after the kill failed: {}",
        f.stderr
    );
    let after = docs(&index);
    assert_eq!(after.len(), 3 + 5 * 60);
    for row in &before {
        assert!(after.contains(row), "{row:?} lost");
    }
    assert!(after.iter().all(|(_, status, _)| status == "ok"));
}

#[test]
fn two_ingests_at_once_do_not_corrupt_the_index() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let before = first_state(work.path(), &index);
    big_folder(work.path(), 30);
    let other = work.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(
        other.join("cykelbanan.html"),
        "<html><head><meta charset=\"utf-8\"><title>Cykel</title></head>\
         <body><p>Cykelbanan längs kanalen.</p></body></html>",
    )
    .unwrap();

    let a = spawn(
        kommission(&index)
            .current_dir(work.path())
            .args(["ingest", "--quiet", "--no-ocr", "first", "big"]),
    );
    std::thread::sleep(Duration::from_millis(500));
    let b = ingest(&index, work.path(), "other");
    let a = wait_measured(a, LONG);
    assert_eq!(a.code, Some(0), "first ingest: {}", a.stderr);
    match b.code {
        // It waited for the lock, then ingested.
        Some(0) => {}
        // It refused with a clear message naming the lock.
        Some(1) => assert!(
            b.stderr.to_lowercase().contains("lock"),
            "second ingest failed without naming the lock: {}",
            b.stderr
        ),
        other => panic!("second ingest: exit {other:?}: {}", b.stderr),
    }
    let after = docs(&index);
    for row in &before {
        assert!(after.contains(row), "{row:?} lost");
    }
    assert_eq!(
        after
            .iter()
            .filter(|(id, _, _)| id.contains("-kopia-"))
            .count(),
        5 * 30
    );
    assert_eq!(search_docs(&index, "parkplanering"), ["parkplanen"]);
    if b.code == Some(1) {
        // Refused: nothing of it is in the index, and running it again now works.
        assert!(search_docs(&index, "cykelbanan").is_empty());
        let f = ingest(&index, work.path(), "other");
        assert_eq!(f.code, Some(0), "{}", f.stderr);
    }
    assert_eq!(search_docs(&index, "cykelbanan"), ["cykelbanan"]);
}

fn chmod_tree(dir: &Path, dir_mode: u32, file_mode: u32) {
    for p in walk(dir) {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(file_mode)).unwrap();
    }
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            }
        }
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(dir_mode)).unwrap();
    }
}

#[test]
fn read_only_index_gives_a_clear_error_and_stays_searchable() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let before = first_state(work.path(), &index);
    let other = work.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("ny.txt"), "Ny text om cykelbanor.\n").unwrap();
    let files_before = snapshot(&index);

    // Root ignores permissions: then run the children as `nobody`.
    std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    chmod_tree(&index, 0o555, 0o444);
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(other.join("ny.txt"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut cmd = kommission(&index);
    cmd.current_dir(work.path())
        .args(["ingest", "--quiet", "--no-ocr", "other"]);
    if is_root() {
        as_nobody(&mut cmd);
    }
    let f = run_measured(&mut cmd, LONG);
    assert_eq!(
        f.code,
        Some(1),
        "ingest into a read-only index: {}",
        f.stderr
    );
    let err = f.stderr.to_lowercase();
    assert!(
        err.contains("kommission: error:")
            && (err.contains("permission") || err.contains("read-only")),
        "unclear error: {}",
        f.stderr
    );
    assert!(!err.contains("panicked"), "{}", f.stderr);

    // Reading a read-only index works.
    let mut cmd = kommission(&index);
    cmd.args(["search", "parkplanering", "--format", "json"]);
    if is_root() {
        as_nobody(&mut cmd);
    }
    let s = run_measured(&mut cmd, LONG);
    assert_eq!(s.code, Some(0), "search in a read-only index: {}", s.stderr);
    assert!(s.stdout.contains("\"parkplanen\""), "{}", s.stdout);

    chmod_tree(&index, 0o755, 0o644);
    assert_eq!(snapshot(&index), files_before, "the index files changed");
    assert_eq!(docs(&index), before);
    let f = ingest(&index, work.path(), "other");
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert_eq!(search_docs(&index, "cykelbanor"), ["ny"]);
}

/// The full-disk check shared by the two ways of filling the disk: the failing ingest must
/// exit 1 with a clear message, leave the committed state as it was, and a later run (with
/// room again) must work.
fn check_full_disk(f: &Finished, index: &Path, before: &[(String, String, String)]) {
    assert_eq!(
        f.signal, None,
        "ingest crashed on a full disk: {}",
        f.stderr
    );
    assert_eq!(f.code, Some(1), "ingest on a full disk: {}", f.stderr);
    let err = f.stderr.to_lowercase();
    assert!(
        err.contains("kommission: error:")
            && (err.contains("space") || err.contains("too large") || err.contains("full")),
        "unclear error: {}",
        f.stderr
    );
    assert!(!err.contains("panicked"), "{}", f.stderr);
    assert_eq!(docs(index), before, "the committed state changed");
    assert_eq!(search_docs(index, "parkplanering"), ["parkplanen"]);
}

/// A full disk without a filesystem to fill: a file size limit (RLIMIT_FSIZE, SIGXFSZ
/// ignored) makes every write past 8 KB fail (EFBIG) as a full disk's do (ENOSPC), while the
/// commit writes its segments. No mount needed, so it runs everywhere (CI runs as root in a
/// container that may not mount). The files of the failed commit are removed before the
/// run ends (`Store`'s drop and the failed commit's sweep): a full disk is not left full.
/// Checked to fail without that sweep (2026-12-04: `files of the failed commit were left`,
/// with the segment files the run wrote).
#[test]
fn full_disk_by_file_size_limit_is_a_clear_error() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let before = first_state(work.path(), &index);
    big_folder(work.path(), 2);
    let mut cmd = kommission(&index);
    cmd.current_dir(work.path())
        .args(["ingest", "--quiet", "--no-ocr", "big"]);
    limit_file_size(&mut cmd, 8 << 10);
    let f = run_measured(&mut cmd, LONG);
    check_full_disk(&f, &index, &before);
    assert_eq!(
        crate::reliability_archive::leftovers(&index),
        Vec::<String>::new(),
        "files of the failed commit were left"
    );
    let f = ingest(&index, work.path(), "big");
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert_eq!(docs(&index).len(), 3 + 10);
}

/// Unmounts on drop.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
#[ignore = "mounts a 4 MB tmpfs: needs root and mount rights (run with --ignored); full_disk_by_file_size_limit covers the same outcomes (message, state, no files left) everywhere"]
fn full_disk_on_a_tiny_tmpfs_is_a_clear_error() {
    let work = tempfile::tempdir().unwrap();
    let mnt = work.path().join("disk");
    std::fs::create_dir(&mnt).unwrap();
    let mounted = is_root()
        && std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
            .arg(&mnt)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    assert!(
        mounted,
        "cannot mount a tmpfs at {} (needs root and mount rights)",
        mnt.display()
    );
    let _mount = Mount(mnt.clone());
    let index = mnt.join("index");
    let before = first_state(work.path(), &index);
    big_folder(work.path(), 2);
    // Fill the disk, leaving a few KB.
    let mut filler = Vec::new();
    let mut n = 0;
    loop {
        let p = mnt.join(format!("filler-{n}"));
        let free = fs_free(&mnt);
        if free < 16 << 10 {
            break;
        }
        let size = (free - (8 << 10)).min(1 << 20);
        if std::fs::write(&p, vec![0u8; size as usize]).is_err() {
            break;
        }
        filler.push(p);
        n += 1;
    }
    let f = ingest(&index, work.path(), "big");
    check_full_disk(&f, &index, &before);
    // The failed run's files are gone: the disk is not left full.
    assert_eq!(
        crate::reliability_archive::leftovers(&index),
        Vec::<String>::new(),
        "files of the failed commit were left on the full disk"
    );
    for p in filler {
        std::fs::remove_file(p).unwrap();
    }
    let f = ingest(&index, work.path(), "big");
    assert_eq!(f.code, Some(0), "{}", f.stderr);
    assert_eq!(docs(&index).len(), 3 + 10);
}

fn fs_free(path: &Path) -> u64 {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: statvfs fills the struct; the path is a valid C string.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::statvfs(c.as_ptr(), &mut s) };
    assert_eq!(r, 0);
    s.f_bavail as u64 * s.f_frsize as u64
}

#[test]
fn index_path_blocked_by_a_file_is_a_clear_error() {
    let work = tempfile::tempdir().unwrap();
    first_folder(work.path());
    let blocker = work.path().join("index");
    std::fs::write(&blocker, "not an index\n").unwrap();
    let f = ingest(&blocker, work.path(), "first");
    assert_eq!(f.code, Some(1), "{}", f.stderr);
    assert!(
        f.stderr.contains("kommission: error:") && f.stderr.contains("index"),
        "unclear error: {}",
        f.stderr
    );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not an index\n");
    let s = run_measured(
        kommission(&blocker).args(["search", "malmö"]),
        Duration::from_secs(60),
    );
    assert_eq!(s.code, Some(1), "{}", s.stderr);
    assert!(s.stderr.contains("kommission: error:"), "{}", s.stderr);
}
