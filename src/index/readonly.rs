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

/// Raise the soft limit on open files to at least `needed`: towards the hard limit, to 4,096
/// when the hard limit allows (so that a process that needs a few more than it counted does
/// not fail midway). `Err(soft limit)` when the hard limit is below `needed`.
pub(crate) fn raise_open_files(needed: u64) -> Result<(), u64> {
    let mut now = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut now) } != 0 || now.rlim_cur >= needed {
        return Ok(());
    }
    let raised = libc::rlimit {
        rlim_cur: now.rlim_max.min(needed.max(4096)),
        rlim_max: now.rlim_max,
    };
    // SAFETY: setrlimit only reads the struct it is given; the hard limit is kept.
    if raised.rlim_cur >= needed && unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
        return Ok(());
    }
    Err(now.rlim_cur)
}

/// How many entries the index folder has (each segment file among them): what reading the
/// index with a descriptor per file holds open at most, besides a writer's files.
pub(crate) fn files_in(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |d| d.count() as u64)
}
