//! Opening an index that this process may not write to (a read-only mount, a folder owned by
//! someone else, an archived copy): tantivy's reader takes a shared lock on `meta.json` by
//! creating a lock file, which fails without write access. [`ReadOnlyDir`] wraps the
//! memory-mapped directory and grants that one lock without a file; every other operation,
//! the index writer's lock included, goes to the real directory (and fails there, so ingest
//! still reports that the index is not writable).

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle,
    WritePtr, META_LOCK,
};

/// A directory whose `meta.json` lock is granted without a lock file.
#[derive(Debug, Clone)]
pub(crate) struct ReadOnlyDir {
    inner: MmapDirectory,
}

impl ReadOnlyDir {
    pub(crate) fn open(dir: &Path) -> tantivy::Result<ReadOnlyDir> {
        let inner = MmapDirectory::open(dir).map_err(|e| {
            tantivy::TantivyError::SystemError(format!("cannot open {}: {e}", dir.display()))
        })?;
        Ok(ReadOnlyDir { inner })
    }
}

impl Directory for ReadOnlyDir {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        if lock.filepath == META_LOCK.filepath {
            // Nobody can garbage-collect files in a folder we cannot write either.
            Ok(DirectoryLock::from(Box::new(())))
        } else {
            self.inner.acquire_lock(lock)
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

/// Whether an I/O error means "no write access here".
pub(crate) fn is_permission(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Whether an I/O error means "no room here".
pub(crate) fn is_no_space(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::FileTooLarge | io::ErrorKind::QuotaExceeded
    )
}

/// After a failed write, find out whether the folder has room and can be written to, by
/// writing (and removing) a probe file of 1 MiB. `None` when the probe succeeds.
pub(crate) fn probe_write(dir: &Path) -> Option<io::Error> {
    let probe: PathBuf = dir.join(".kommission-write-probe");
    let result = std::fs::write(&probe, vec![0u8; 1 << 20]);
    let _ = std::fs::remove_file(&probe);
    result.err()
}
