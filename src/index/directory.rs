//! The directory layer under tantivy: [`ArchiveDir`] wraps tantivy's memory-mapped directory
//! and adds what a long-lived, shared archive needs.
//!
//! * **Files others can read.** tantivy writes `meta.json` and `.managed.json` through a
//!   temporary file created with mode 0600; [`ArchiveDir::atomic_write`] creates its
//!   temporary file like any other file (mode 0666 less the process umask), writes it,
//!   `fsync`s it, renames it over the target and `fsync`s the folder, so a commit is durable
//!   and the index is readable by every user the folder allows.
//! * **Lock waits that end.** tantivy waits for its blocking `meta.json` lock without limit
//!   (a `search` stopped with Ctrl-Z at the wrong moment blocks every reader and writer).
//!   Here a blocking lock is polled until [`lock_timeout`] (10 s, or
//!   `KOMMISSION_LOCK_TIMEOUT` seconds) and then fails with a message that names the lock
//!   file, the process holding it when `/proc/locks` tells, and what to do.
//! * **Read-only indexes.** Opened with `read_only`, the `meta.json` lock is granted without
//!   a lock file (nobody can garbage-collect files in a folder we cannot write either);
//!   writing still goes to the real directory and fails there, so ingest reports that the
//!   index is not writable.
//! * **Files read, not mapped, under an address-space limit.** A memory map counts against
//!   `ulimit -v` as a whole file, however little of it is read: a 1 GB text file's index
//!   (700 MB of segment files, mapped while the link step and the merges read them) left
//!   too little of a 1 GB limit for the heap. When the address space is limited
//!   ([`crate::resources::address_space_limit`]) every file is read with positioned reads
//!   (`pread`) of the ranges tantivy asks for ([`ReadAtFile`]), so the address space holds
//!   what is read, not what is stored.
//! * **Fault injection for tests.** `KOMMISSION_FAULT=<step>:<file suffix>` aborts the
//!   process (like a `kill -9`) at one step of a commit: `write` (a file is opened for
//!   writing), `rename` (an atomic write is on disk but not yet renamed), `renamed` (just
//!   after the rename) or `delete`. See docs/reliability.md.

use std::io::{self, Write};
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback,
    WatchHandle, WritePtr, META_LOCK,
};
use tantivy::HasLen;

/// Default of [`lock_timeout`].
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to wait for a lock another process holds: `KOMMISSION_LOCK_TIMEOUT` seconds
/// (fractions allowed), else [`LOCK_TIMEOUT`].
pub fn lock_timeout() -> Duration {
    std::env::var("KOMMISSION_LOCK_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map_or(LOCK_TIMEOUT, Duration::from_secs_f64)
}

/// The index folder as tantivy sees it.
#[derive(Debug, Clone)]
pub(crate) struct ArchiveDir {
    inner: MmapDirectory,
    root: PathBuf,
    read_only: bool,
    /// Read files with `pread` instead of mapping them (under an address-space limit).
    read_at: bool,
}

impl ArchiveDir {
    pub(crate) fn open(dir: &Path, read_only: bool) -> tantivy::Result<ArchiveDir> {
        let inner = MmapDirectory::open(dir).map_err(|e| {
            tantivy::TantivyError::SystemError(format!("cannot open {}: {e}", dir.display()))
        })?;
        let read_at = crate::resources::address_space_limit().is_some();
        if read_at {
            // Each file read keeps a descriptor open (a map does not): room for every file of
            // the index and a writer's. When the hard limit is lower, a file that cannot be
            // opened is named as too many open files (`IndexError::TooManyFiles`).
            let _ = super::readonly::raise_open_files(super::readonly::files_in(dir) + 64);
        }
        Ok(ArchiveDir {
            inner,
            root: dir.to_path_buf(),
            read_only,
            read_at,
        })
    }
}

/// An index file read with positioned reads: each range tantivy asks for is read into the
/// heap when asked. The open file keeps its content readable after a merge deletes it, as a
/// map does.
#[derive(Debug)]
pub(crate) struct ReadAtFile {
    file: std::fs::File,
    len: usize,
}

impl ReadAtFile {
    pub(crate) fn open(path: &Path) -> io::Result<ReadAtFile> {
        let file = std::fs::File::open(path)?;
        let len = usize::try_from(file.metadata()?.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "file too large"))?;
        Ok(ReadAtFile { file, len })
    }
}

impl HasLen for ReadAtFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadAtFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        if range.start > range.end || range.end > self.len {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "bytes {}..{} of a file of {} bytes",
                    range.start, range.end, self.len
                ),
            ));
        }
        if range.is_empty() {
            return Ok(OwnedBytes::empty());
        }
        let mut buf = vec![0u8; range.len()];
        self.file.read_exact_at(&mut buf, range.start as u64)?;
        Ok(OwnedBytes::new(buf))
    }
}

/// Abort the process when `KOMMISSION_FAULT` names this step and file (tests only).
pub(crate) fn fault_point(step: &str, path: &Path) {
    let Ok(spec) = std::env::var("KOMMISSION_FAULT") else {
        return;
    };
    let Some((want_step, suffix)) = spec.split_once(':') else {
        return;
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if want_step == step && name.is_some_and(|n| n.ends_with(suffix)) {
        eprintln!(
            "kommission: KOMMISSION_FAULT={spec}: aborting at {step} of {}",
            path.display()
        );
        std::process::abort();
    }
}

/// Write `data` to `path` atomically and durably: a temporary file in the same folder
/// (created with the process umask), fsync, rename, fsync of the folder. A crash at any
/// instant leaves either the old or the new content, never a mix.
pub(crate) fn atomic_write(path: &Path, data: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // 0666 less the umask, like any other file (tempfile's own default is 0600); removed
    // again when anything before the rename fails.
    let mut file = tempfile::Builder::new()
        .prefix(".kommission-")
        .suffix(".tmp")
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)?;
    file.write_all(data)?;
    file.as_file().sync_all()?;
    fault_point("rename", path);
    file.persist(path).map_err(|e| e.error)?;
    fault_point("renamed", path);
    // The folder's fsync makes the rename durable.
    std::fs::File::open(dir)?.sync_all()
}

/// Whether a file name is one of our temporary files or tantivy's (left by a killed run).
pub(crate) fn is_temp_name(name: &str) -> bool {
    (name.starts_with(".kommission-") && name.ends_with(".tmp")) || name.starts_with(".tmp")
}

impl Directory for ArchiveDir {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        if !self.read_at {
            return self.inner.get_file_handle(path);
        }
        match ReadAtFile::open(&self.root.join(path)) {
            Ok(file) => Ok(Arc::new(file)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Err(OpenReadError::FileDoesNotExist(path.to_path_buf()))
            }
            Err(e) => Err(OpenReadError::wrap_io_error(e, path.to_path_buf())),
        }
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        fault_point("delete", path);
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        fault_point("write", path);
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        atomic_write(&self.root.join(path), data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        if self.read_only && lock.filepath == META_LOCK.filepath {
            return Ok(DirectoryLock::from(Box::new(())));
        }
        if !lock.is_blocking {
            return self.inner.acquire_lock(lock);
        }
        // Poll instead of blocking without limit.
        let timeout = lock_timeout();
        let start = Instant::now();
        let attempt = Lock {
            filepath: lock.filepath.clone(),
            is_blocking: false,
        };
        let mut pause = Duration::from_millis(5);
        loop {
            match self.inner.acquire_lock(&attempt) {
                Err(LockError::LockBusy) if start.elapsed() < timeout => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(100));
                }
                Err(LockError::LockBusy) => {
                    let file = self.root.join(&lock.filepath);
                    return Err(LockError::IoError(Arc::new(io::Error::new(
                        io::ErrorKind::TimedOut,
                        lock_wait_message(&file, timeout),
                    ))));
                }
                other => return other,
            }
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

/// "waited 10 s for the lock file …, held by process 123 (kommission search …)": what a
/// lock timeout says.
pub(crate) fn lock_wait_message(file: &Path, waited: Duration) -> String {
    let holder = lock_holder(file)
        .map(|h| format!(", held by {h}"))
        .unwrap_or_default();
    format!(
        "waited {:.0} s for the lock file {}{holder}: another kommission process is using the \
         index (a stopped one — Ctrl-Z — keeps it: resume it with `fg` or end it); try again \
         when it has finished, or wait longer with KOMMISSION_LOCK_TIMEOUT=<seconds>",
        waited.as_secs_f64(),
        file.display()
    )
}

/// The process holding a `flock` on `file`, from `/proc/locks` and `/proc/<pid>/cmdline`.
pub(crate) fn lock_holder(file: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let inode = std::fs::metadata(file).ok()?.ino();
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    // "1: FLOCK  ADVISORY  WRITE 4711 00:2d:123456 0 EOF"
    let pid = locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (pid, dev_inode) = (fields.get(4)?, fields.get(5)?);
        let ino: u64 = dev_inode.rsplit(':').next()?.parse().ok()?;
        (ino == inode).then(|| pid.parse::<u32>().ok()).flatten()
    })?;
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let text = String::from_utf8_lossy(&cmdline);
    let words: Vec<&str> = text.split('\0').filter(|s| !s.is_empty()).collect();
    let c: String = words.join(" ").chars().take(120).collect();
    Some(if c.is_empty() {
        format!("process {pid}")
    } else {
        format!("process {pid} ({c})")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meta.json");
        atomic_write(&path, b"one").unwrap();
        atomic_write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["meta.json"]);
        // Created like any other file: 0666 less the umask, never 0600 by itself.
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        let plain = dir.path().join("plain");
        std::fs::write(&plain, b"x").unwrap();
        let plain_mode = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, plain_mode);
    }

    #[test]
    fn read_at_file_reads_the_ranges_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seg.idx");
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let f = ReadAtFile::open(&path).unwrap();
        assert_eq!(f.len(), data.len());
        assert_eq!(f.read_bytes(0..10_000).unwrap().as_slice(), &data[..]);
        assert_eq!(
            f.read_bytes(4096..4200).unwrap().as_slice(),
            &data[4096..4200]
        );
        assert!(f.read_bytes(500..500).unwrap().is_empty());
        assert!(f.read_bytes(9_999..10_001).is_err());
        // Deleted while open: still readable, as a map is.
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            f.read_bytes(9_000..9_010).unwrap().as_slice(),
            &data[9_000..9_010]
        );
    }

    #[test]
    fn temporary_names() {
        assert!(is_temp_name(".kommission-meta.json-12-0.tmp"));
        assert!(is_temp_name(".tmpAbC123"));
        assert!(!is_temp_name("meta.json"));
        assert!(!is_temp_name("0a1b.idx"));
    }
}
