//! Verifying an index folder file by file (`kommission check`): kommission's own metadata,
//! tantivy's `meta.json` and `.managed.json`, and every file of every committed segment by
//! its checksum (tantivy writes a CRC32 footer on each). A damaged file is named with what is
//! wrong with it, so that an error never says only "schema version 0" or tantivy's raw text.

use std::path::{Path, PathBuf};

use tantivy::index::SegmentComponent;
use tantivy::Index;

use super::directory::ArchiveDir;
use super::schema::META_FILE;

/// One damaged or missing file of an index.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Damage {
    /// The file, inside the index folder.
    pub file: PathBuf,
    /// What is wrong with it.
    pub problem: String,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.problem)
    }
}

/// What [`verify`] found.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Verified {
    /// Segments listed in `meta.json`.
    pub segments: usize,
    /// Segment files whose checksum was verified.
    pub files: usize,
    /// Damaged or missing files (empty: the index is sound).
    pub damaged: Vec<Damage>,
}

/// The segment id and the rest of a tantivy segment file name
/// (`0123…cdef.fieldnorm` → `("0123…cdef", "fieldnorm")`).
pub fn segment_file_name(name: &str) -> Option<(&str, &str)> {
    let (id, rest) = name.split_once('.')?;
    (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) && !rest.is_empty())
        .then_some((id, rest))
}

/// The files every segment has.
const COMPONENTS: [SegmentComponent; 6] = [
    SegmentComponent::Postings,
    SegmentComponent::Positions,
    SegmentComponent::Terms,
    SegmentComponent::Store,
    SegmentComponent::FastFields,
    SegmentComponent::FieldNorms,
];

/// Verify every file of the index at `dir`. Opens nothing for writing and takes no lock.
pub fn verify(dir: &Path) -> Verified {
    let mut out = Verified::default();
    let damaged = |file: &Path, problem: String| Damage {
        file: dir.join(file),
        problem,
    };
    let meta = std::fs::read(dir.join(META_FILE)).map_err(|e| e.to_string());
    let parsed = meta.map(|b| {
        let m = serde_json::from_slice::<super::Meta>(&b);
        m.map_err(|e| format!("not kommission metadata ({e})"))
    });
    if let Err(problem) | Ok(Err(problem)) = parsed {
        out.damaged.push(damaged(Path::new(META_FILE), problem));
    }
    let opened = ArchiveDir::open(dir, true).and_then(Index::open);
    let (index, metas) = match opened.and_then(|i| i.load_metas().map(|m| (i, m))) {
        Ok(opened) => opened,
        Err(e) => {
            // Which of tantivy's two files is it?
            let managed = std::fs::read(dir.join(".managed.json"))
                .ok()
                .is_some_and(|b| serde_json::from_slice::<Vec<String>>(&b).is_err());
            let file = if managed {
                ".managed.json"
            } else {
                "meta.json"
            };
            let problem = format!("cannot be read ({e})");
            out.damaged.push(damaged(Path::new(file), problem));
            return out;
        }
    };
    out.segments = metas.segments.len();
    for segment in &metas.segments {
        let mut files: Vec<PathBuf> = COMPONENTS
            .iter()
            .map(|c| segment.relative_path(c.clone()))
            .collect();
        if segment.has_deletes() {
            files.push(segment.relative_path(SegmentComponent::Delete));
        }
        for file in files {
            let problem = match std::fs::metadata(dir.join(&file)) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    "missing (meta.json lists it)".to_string()
                }
                _ => {
                    out.files += 1;
                    match checksum_problem(&index, &file) {
                        None => continue,
                        Some(problem) => problem,
                    }
                }
            };
            out.damaged.push(damaged(&file, problem));
        }
    }
    out
}

/// What is wrong with a segment file that is there: its CRC32 footer does not match, or it
/// cannot be read; `None` when it is intact.
fn checksum_problem(index: &Index, file: &Path) -> Option<String> {
    match index.directory().validate_checksum(file) {
        Ok(true) => None,
        Ok(false) => Some("checksum mismatch: its content changed after it was written".into()),
        Err(e) => Some(format!("truncated or unreadable ({e})")),
    }
}

/// Whether every live segment's fast-field file that is there matches its CRC32 footer
/// (a missing one is left to tantivy's own error when the segment opens). Checked when an
/// index opens (`Store::from_index`): scribbled bytes in a fast-field file's column
/// dictionary can make tantivy read a count of billions of entries and allocate until memory
/// runs out, so a search never answers (2026-12-05: a `Vec<Range<u64>>` past 4 GB in
/// `tantivy_sstable`'s range reader; `bench/scribble-fast`). The fast-field files are about 31
/// bytes a page, a small part of an index.
/// Files for which `known` says true are not read.
pub(crate) fn fast_fields_intact(
    dir: &Path,
    index: &Index,
    mut known: impl FnMut(&Path) -> bool,
) -> tantivy::Result<bool> {
    Ok(index.searchable_segment_metas()?.iter().all(|meta| {
        let file = meta.relative_path(SegmentComponent::FastFields);
        known(&file) || !dir.join(&file).exists() || checksum_problem(index, &file).is_none()
    }))
}

/// The damaged files of the index at `dir`, as one line for an error message ("" when none).
pub fn describe_damage(dir: &Path) -> String {
    verify(dir)
        .damaged
        .iter()
        .map(Damage::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_file_names() {
        let id = "0123456789abcdef0123456789abcdef";
        assert_eq!(
            segment_file_name(&format!("{id}.fieldnorm")),
            Some((id, "fieldnorm"))
        );
        assert_eq!(
            segment_file_name(&format!("{id}.12.del")),
            Some((id, "12.del"))
        );
        assert_eq!(segment_file_name("meta.json"), None);
        assert_eq!(segment_file_name(&format!("{id}.")), None);
        assert_eq!(
            segment_file_name("0123456789abcdef0123456789abcdeg.idx"),
            None
        );
    }
}
