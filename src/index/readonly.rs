//! Telling what a failed write to the index folder means for the user: no write access, no
//! room, too many open files. (Opening an index read-only is
//! [`super::directory::ArchiveDir`]'s `read_only`.)

use std::io;
use std::path::{Path, PathBuf};

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

/// Whether an I/O error means "this process has too many open files" (EMFILE, ENFILE).
pub(crate) fn is_too_many_files(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(23 | 24)) || e.to_string().contains("Too many open files")
}

/// The soft limit on open files, from `/proc/self/limits`.
pub(crate) fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}
