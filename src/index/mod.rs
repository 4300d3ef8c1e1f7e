//! The tantivy index: the schema ([`schema`]), the Swedish analyzer ([`analyzer`]), writing
//! documents incrementally ([`writer`]) and searching with page-level hits and highlighted
//! snippets ([`search`]).
//!
//! The index is the single store of the project: besides the searchable page and action
//! documents it keeps every ingested document's record (its skeleton on the `doc` item, each
//! page's text on its `page` item) and the cross-document links, so that one tantivy commit
//! is one consistent state.
//!
//! * Writing: [`Store::writer`] takes tantivy's writer lock; a second writer (in this or
//!   another process) fails with [`IndexError::Locked`] after a short grace
//!   ([`WRITER_LOCK_GRACE`], for a lock held only for an instant, e.g. by a child process
//!   between its fork and exec) — kommission does not wait for another ingest.
//!   Readers are never blocked and see the last commit; a writer dropped without
//!   [`writer::StoreWriter::commit`] leaves that commit as it was.
//! * Versions: `kommission-meta.json` in the index directory records
//!   [`schema::SCHEMA_VERSION`]; an index of another version is refused with
//!   [`IndexError::Version`] (delete it and ingest again). It is written (atomically) before
//!   tantivy's `meta.json`, so an index that has a `meta.json` without it is damaged, never
//!   "being created"; a damaged file is named ([`IndexError::Damaged`], see [`check`]).
//! * Crashes: every file is written through [`directory::ArchiveDir`] (atomic writes with
//!   fsync, the process umask, lock waits that time out). Before a writer starts and after
//!   each commit, files no commit lists (left by a killed run or a failed merge) are removed
//!   ([`Store::collect_garbage`]), so a killed commit never wedges the next run and a full
//!   disk is not left full.
//! * Incremental ingest compares files against [`Store::summaries`] (id, path, hash,
//!   pipeline version, size, mtime), which reads columnar fields only, never the stored
//!   records.
//! * Reading: lists and `show` ([`crate::query`]) find what they need with term queries
//!   ([`Store::skeletons`]: documents that have actions, protocols, a diary number …) and
//!   read only those documents' skeletons (records without page text); exports read each
//!   document's skeleton, its page items and its links one document at a time
//!   ([`Store::export_stream`], see [`pages`]; full records: [`Store::record_stream`]).
//!   Nothing reads the whole archive at once.

pub(crate) mod analyzer;
pub mod check;
pub(crate) mod directory;
pub(crate) mod links;
pub(crate) mod pages;
pub(crate) mod readonly;
pub mod schema;
pub mod search;
pub(crate) mod writer;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::collector::DocSetCollector;
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

use crate::model::DocRecord;

use schema::{Fields, KIND_DOC, META_FILE, SCHEMA_VERSION};

/// Errors of the index layer.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index at {0}: run `kommission ingest` first")]
    Missing(PathBuf),
    #[error(
        "index at {0} is locked by another ingest run (kommission does not wait): \
         try again when it has finished"
    )]
    Locked(PathBuf),
    #[error(
        "index at {path} is not writable ({reason}): ingest needs write access to the index \
         folder; search, docs and exports work without it"
    )]
    NotWritable { path: PathBuf, reason: String },
    #[error(
        "index at {path}: no room to write the index ({reason}): free disk space (or raise \
         the file size limit) and run ingest again; the last committed index is intact"
    )]
    NoSpace { path: PathBuf, reason: String },
    #[error(
        "index at {path}: too many open files{limit}: raise the limit on open file \
         descriptors (e.g. `ulimit -n 4096`) and run again; the last committed index is intact"
    )]
    TooManyFiles { path: PathBuf, limit: String },
    #[error(
        "index at {0} is a file, not a folder: give --index a folder (it is created when missing)"
    )]
    NotAFolder(PathBuf),
    #[error("index at {path}: {message}")]
    Tantivy { path: PathBuf, message: String },
    #[error(
        "index at {path} is damaged: {damage}: run `kommission check --repair` to rebuild it \
         from the source files"
    )]
    Damaged { path: PathBuf, damage: String },
    #[error(
        "index at {0} is being created by an ingest that has not finished yet: try again when \
         it has"
    )]
    BeingCreated(PathBuf),
    #[error("index at {path}: {message}")]
    LockWait { path: PathBuf, message: String },
    #[error("index at {path} has schema version {found}, this kommission needs {expected}: delete it and ingest again")]
    Version {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("empty query")]
    EmptyQuery,
    #[error("query syntax error: {0}")]
    Syntax(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What `kommission-meta.json` says.
#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    schema_version: u32,
}

/// The cheap facts about a stored document that incremental ingest needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSummary {
    pub id: String,
    pub path: String,
    pub hash: String,
    pub pipeline: u32,
    /// File size in bytes and modification time (ns since the epoch) when it was read (0:
    /// unknown).
    pub size: u64,
    pub mtime: u64,
}

/// An opened index.
pub struct Store {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Whether a writer was started: then files of a failed run are removed on drop.
    wrote: std::sync::atomic::AtomicBool,
    /// `meta.json` as it was when the reader's segments were last known to be current.
    meta_seen: std::sync::Mutex<Vec<u8>>,
}

impl Drop for Store {
    fn drop(&mut self) {
        // A run that failed before its commit (a full disk, a killed index writer) leaves the
        // segments its threads wrote: remove them now, not only at the next run's start, so
        // that a full disk is not left full.
        if self.wrote.load(std::sync::atomic::Ordering::Relaxed) {
            let _ = collect_garbage(&self.index, &self.dir);
        }
    }
}

impl Store {
    /// Open the index at `dir`, creating it when it does not exist.
    pub fn open_or_create(dir: &Path) -> Result<Store, IndexError> {
        not_a_file(dir)?;
        if has_index(dir) {
            return Store::open_as(dir, false);
        }
        std::fs::create_dir_all(dir).map_err(|e| dir_err(dir, e))?;
        // Our metadata first: an index with tantivy's meta.json always has it.
        let meta = Meta {
            schema_version: SCHEMA_VERSION,
        };
        let json = serde_json::to_string_pretty(&meta).map_err(std::io::Error::other)?;
        directory::atomic_write(&dir.join(META_FILE), json.as_bytes())
            .map_err(|e| dir_err(dir, e))?;
        let (schema, _) = schema::build();
        let archive = directory::ArchiveDir::open(dir, false).map_err(|e| tantivy_err(dir, e))?;
        let index = Index::create(archive, schema, tantivy::IndexSettings::default())
            .map_err(|e| tantivy_err(dir, e))?;
        Store::from_index(dir, index, false)
    }

    /// Open an existing index; [`IndexError::Missing`] when there is none.
    pub fn open(dir: &Path) -> Result<Store, IndexError> {
        Store::open_as(dir, true)
    }

    /// [`Store::open`]; `remember`: keep the memo of checked fast-field files (not in a
    /// writing run, which may yet be refused and must then leave the folder as it was).
    fn open_as(dir: &Path, remember: bool) -> Result<Store, IndexError> {
        not_a_file(dir)?;
        if !has_index(dir) {
            return Err(IndexError::Missing(dir.to_path_buf()));
        }
        let found = read_meta(dir)?.schema_version;
        if found != SCHEMA_VERSION {
            return Err(IndexError::Version {
                path: dir.to_path_buf(),
                found,
                expected: SCHEMA_VERSION,
            });
        }
        let store = match Store::open_dir(dir, false, remember) {
            // No write access: open it read-only (searching needs no lock file).
            Err(IndexError::NotWritable { .. }) => Store::open_dir(dir, true, remember)?,
            other => other?,
        };
        store.not_being_created()?;
        Ok(store)
    }

    /// The source files of the documents of the last commit, as [`SOURCES_FILE`] (older
    /// indexes) and the journal [`SOURCES_LOG`] list them (empty when both are missing or
    /// unreadable).
    pub fn recorded_sources(dir: &Path) -> Vec<String> {
        let mut paths: std::collections::BTreeSet<String> = std::fs::read(dir.join(SOURCES_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<Sources>(&b).ok())
            .map(|s| s.paths)
            .unwrap_or_default()
            .into_iter()
            .collect();
        if let Ok(log) = std::fs::read_to_string(dir.join(SOURCES_LOG)) {
            for line in log.lines() {
                let Ok(entry) = serde_json::from_str::<String>(line) else {
                    continue; // a line cut by a crash
                };
                if entry == SOURCES_RESTART {
                    // A compacted log: the live set starts here (older lines and the old
                    // file are history).
                    paths.clear();
                } else if let Some(p) = entry.strip_prefix('+') {
                    paths.insert(p.to_string());
                } else if let Some(p) = entry.strip_prefix('-') {
                    paths.remove(p);
                }
            }
        }
        paths.into_iter().collect()
    }

    /// Whether `dir` holds an index (tantivy's `meta.json`).
    pub fn exists(dir: &Path) -> bool {
        has_index(dir)
    }

    /// Open an index for salvage (`kommission check --repair`): read-only, without the
    /// checks of [`Store::open`] (kommission's metadata may be the damaged file).
    pub fn open_for_salvage(dir: &Path) -> Result<Store, IndexError> {
        if !has_index(dir) {
            return Err(IndexError::Missing(dir.to_path_buf()));
        }
        Store::open_dir(dir, true, false)
    }

    /// The existing index at `dir`, as it is.
    fn open_dir(dir: &Path, read_only: bool, remember: bool) -> Result<Store, IndexError> {
        directory::ArchiveDir::open(dir, read_only)
            .and_then(Index::open)
            .map_err(|e| tantivy_err(dir, e))
            .and_then(|index| Store::from_index(dir, index, remember))
    }

    /// [`IndexError::BeingCreated`] when nothing was ever committed and an ingest holds the
    /// writer lock: a search during the very first ingest.
    fn not_being_created(&self) -> Result<(), IndexError> {
        if !self.reader.searcher().segment_readers().is_empty() {
            return Ok(());
        }
        let metas = self.index.load_metas().map_err(|e| self.err(e))?;
        if metas.opstamp == 0
            && metas.segments.is_empty()
            && directory::lock_holder(&self.dir.join(".tantivy-writer.lock")).is_some()
        {
            return Err(IndexError::BeingCreated(self.dir.clone()));
        }
        Ok(())
    }

    /// Remove the files no commit lists: tantivy's garbage collection of the files it
    /// manages, then every segment file of a segment `meta.json` does not list, delete files
    /// of an older delete generation, and temporary files (what a killed run or a failed
    /// merge leaves). Takes the writer lock for the time it runs; returns the names removed.
    pub fn collect_garbage(&self) -> Result<Vec<String>, IndexError> {
        collect_garbage(&self.index, &self.dir)
    }

    fn from_index(dir: &Path, index: Index, remember: bool) -> Result<Store, IndexError> {
        analyzer::register(&index);
        let fields = schema::fields_of(&index.schema()).map_err(|e| tantivy_err(dir, e))?;
        // A damaged fast-field file is named before a reader opens it: see the function. A
        // file checked before and not written since (its line in FAST_CHECKED: size, inode,
        // mtime and ctime, which no write through the file system leaves as they were) is not
        // read again; the memo is kept where the folder can be written.
        use std::os::unix::fs::MetadataExt;
        let memo = std::fs::read_to_string(dir.join(FAST_CHECKED)).unwrap_or_default();
        let mut seen = Vec::new();
        let intact = check::fast_fields_intact(dir, &index, |file| {
            let line = std::fs::metadata(dir.join(file)).ok().map(|m| {
                let times = (m.mtime(), m.mtime_nsec(), m.ctime(), m.ctime_nsec());
                format!("{} {} {} {times:?}", file.display(), m.len(), m.ino())
            });
            let known = line
                .as_deref()
                .is_some_and(|l| memo.lines().any(|m| m == l));
            seen.extend(line);
            known
        });
        if !intact.map_err(|e| tantivy_err(dir, e))? {
            return Err(IndexError::Damaged {
                path: dir.to_path_buf(),
                damage: check::describe_damage(dir),
            });
        }
        if remember && seen.join("\n") != memo {
            let _ = directory::atomic_write(&dir.join(FAST_CHECKED), seen.join("\n").as_bytes());
        }
        // Read before the reader opens the segments: they are of this commit or a later one.
        let meta_seen = std::sync::Mutex::new(read_tantivy_meta(&index));
        // 8 decompressed doc-store blocks per segment, not tantivy's 100 (~1.6 MB a segment):
        // the store is read in runs (a document's pages, the link step's records by id).
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(8)
            .try_into()
            .map_err(|e| tantivy_err(dir, e))?;
        Ok(Store {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            wrote: std::sync::atomic::AtomicBool::new(false),
            meta_seen,
        })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn fields(&self) -> &Fields {
        &self.fields
    }

    /// A searcher on the latest commit (what a writer has not committed is not in it). The
    /// segments are opened again only when the commit changed since the reader opened them
    /// (its segments and their deletes, from `meta.json`): opening every segment costs a
    /// query process as much as the query; and `meta.json` is parsed only when its bytes
    /// changed since that was last known.
    pub fn searcher(&self) -> Result<Searcher, IndexError> {
        let current = self.reader.searcher();
        let bytes = read_tantivy_meta(&self.index);
        let mut seen = self.meta_seen.lock().unwrap_or_else(|p| p.into_inner());
        if !bytes.is_empty() && *seen == bytes {
            return Ok(current);
        }
        let metas = self
            .index
            .searchable_segment_metas()
            .map_err(|e| self.err(e))?;
        let readers = current.segment_readers();
        let same = metas.len() == readers.len()
            && metas
                .iter()
                .zip(readers)
                .all(|(m, r)| m.id() == r.segment_id() && m.delete_opstamp() == r.delete_opstamp());
        if !same {
            self.reader.reload().map_err(|e| self.err(e))?;
        }
        *seen = bytes;
        Ok(if same {
            current
        } else {
            self.reader.searcher()
        })
    }

    pub(crate) fn err(&self, e: tantivy::TantivyError) -> IndexError {
        tantivy_err(&self.dir, e)
    }

    /// Every stored document record, sorted by id (all in memory: prefer
    /// [`Store::record_stream`]).
    pub fn records(&self) -> Result<Vec<DocRecord>, IndexError> {
        self.record_stream()?.collect()
    }

    /// The skeleton a `doc` item holds, and its page count: of a document stored in parts
    /// (whose skeleton holds no page), how many pages its page items hold
    /// ([`writer::PAGES_IN_PARTS`]).
    fn parse_skeleton(&self, doc: &TantivyDocument) -> Result<(DocRecord, usize), IndexError> {
        #[derive(Deserialize)]
        struct InParts {
            #[serde(default)]
            pages_in_parts: u64,
        }
        let json = first_text(doc, self.fields.meta);
        let record: DocRecord = pages::parse_skeleton(json, &self.dir)?;
        let pages = match record.pages.len() {
            0 => pages::parse_skeleton::<InParts>(json, &self.dir)?.pages_in_parts,
            n => n as u64,
        };
        Ok((record, usize::try_from(pages).unwrap_or(usize::MAX)))
    }

    /// Every stored document record, sorted by id, read one at a time: memory holds one
    /// record (and the list of ids), whatever the size of the index. The iterator reads the
    /// commit that was current when it was made.
    pub fn record_stream(&self) -> Result<RecordStream<'_>, IndexError> {
        self.skeletons(&[])?.full()
    }

    /// The records of the `doc` items `keyed` (sorted by id), as skeletons.
    fn stream(
        &self,
        searcher: Searcher,
        keyed: Vec<(String, tantivy::DocAddress)>,
    ) -> RecordStream<'_> {
        RecordStream {
            store: self,
            searcher,
            addresses: keyed.into_iter(),
            full: None,
        }
    }

    /// The skeletons (records without page text: structure, page numbers and sources, see
    /// [`skeleton`]) of the documents that have every one of the given terms besides being
    /// a `doc`, sorted by id, read one at a time, e.g. `&[(fields.has, "actions")]`.
    pub(crate) fn skeletons(
        &self,
        terms: &[(tantivy::schema::Field, &str)],
    ) -> Result<RecordStream<'_>, IndexError> {
        let searcher = self.searcher()?;
        let mut all = vec![(self.fields.kind, KIND_DOC)];
        all.extend_from_slice(terms);
        let addresses = self.find(&searcher, &all)?;
        let keyed = self.keyed_by_id(&searcher, addresses)?;
        Ok(self.stream(searcher, keyed))
    }

    /// The skeletons of the documents that have `what` (a `has` value such as
    /// [`schema::HAS_ACTIONS`]), sorted by id.
    pub fn skeletons_having(&self, what: &str) -> Result<RecordStream<'_>, IndexError> {
        self.skeletons(&[(self.fields.has, what)])
    }

    /// The skeletons of the given documents (those that are stored), sorted by id, read one
    /// at a time (see [`RecordStream::in_parts`] for their text).
    pub fn skeletons_of(&self, ids: &[String]) -> Result<RecordStream<'_>, IndexError> {
        let searcher = self.searcher()?;
        let mut keyed = Vec::new();
        for id in ids {
            for a in self.find(
                &searcher,
                &[(self.fields.kind, KIND_DOC), (self.fields.doc, id)],
            )? {
                keyed.push((id.clone(), a));
            }
        }
        keyed.sort();
        Ok(self.stream(searcher, keyed))
    }

    /// Whether an action with this title key ([`crate::links::title_key`]) is stored.
    pub fn has_title_key(&self, searcher: &Searcher, key: &str) -> Result<bool, IndexError> {
        Ok(!self
            .find(
                searcher,
                &[
                    (self.fields.kind, schema::KIND_ACTION),
                    (self.fields.title_key, key),
                ],
            )?
            .is_empty())
    }

    /// (number, title) of every distinct action title of the index (one per title key).
    pub fn all_titles(&self) -> Result<Vec<(String, String)>, IndexError> {
        let searcher = self.searcher()?;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for a in self.find(&searcher, &[(self.fields.kind, schema::KIND_ACTION)])? {
            let doc: TantivyDocument = searcher.doc(a).map_err(|e| self.err(e))?;
            let text = |field| first_text(&doc, field);
            let key = text(self.fields.title_key);
            if key.is_empty() || !seen.insert(key.to_string()) {
                continue;
            }
            let number = text(self.fields.action);
            let title = text(self.fields.title);
            let title = title
                .strip_prefix(number)
                .and_then(|t| t.strip_prefix(". "))
                .unwrap_or(title);
            out.push((number.to_string(), title.to_string()));
        }
        Ok(out)
    }

    /// Addresses with their document ids (from the fast field), sorted by id: per segment the
    /// ids come from one sorted pass over the `doc` column's dictionary.
    pub(crate) fn keyed_by_id(
        &self,
        searcher: &Searcher,
        addresses: Vec<tantivy::DocAddress>,
    ) -> Result<Vec<(String, tantivy::DocAddress)>, IndexError> {
        let mut keyed = Vec::with_capacity(addresses.len());
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let ids = self.str_column(segment, "doc")?;
            let docs = segment_docs(&addresses, ord);
            let names = self.column_strs(&ids, &docs)?;
            keyed.extend(
                names
                    .into_iter()
                    .zip(docs)
                    .map(|(id, doc)| (id, tantivy::DocAddress::new(ord as u32, doc))),
            );
        }
        keyed.sort();
        Ok(keyed)
    }

    /// A string fast field of a segment (an error when it is missing: [`IndexError::Damaged`]
    /// when the index's files are damaged).
    pub(crate) fn str_column(
        &self,
        segment: &tantivy::SegmentReader,
        name: &str,
    ) -> Result<tantivy::columnar::StrColumn, IndexError> {
        segment
            .fast_fields()
            .str(name)
            .map_err(|e| self.err(e))?
            // A field the schema has is missing only from a damaged file: the one mapping of
            // tantivy's errors names the damaged files when there are any.
            .ok_or_else(|| {
                self.err(tantivy::TantivyError::InternalError(format!(
                    "the fast field '{name}' is missing"
                )))
            })
    }

    /// The first value of a string fast field for each of `docs` (in their order; "" for a
    /// document without one): see [`Store::column_groups`].
    pub(crate) fn column_strs(
        &self,
        column: &tantivy::columnar::StrColumn,
        docs: &[u32],
    ) -> Result<Vec<String>, IndexError> {
        let mut out = vec![String::new(); docs.len()];
        for (name, at) in self.column_groups(column, docs)? {
            for i in at {
                out[i].clone_from(&name);
            }
        }
        Ok(out)
    }

    /// The distinct first values of a string fast field among `docs`, sorted, each with the
    /// positions in `docs` of the documents that have it (a document without one is in none).
    /// The values come from one sorted pass over the column's dictionary: looking up one ord
    /// at a time decompresses a dictionary block per lookup, which made a no-op ingest cost
    /// about 60 µs per stored document; and each value is made once, not once per document.
    pub(crate) fn column_groups(
        &self,
        column: &tantivy::columnar::StrColumn,
        docs: &[u32],
    ) -> Result<Vec<(String, Vec<usize>)>, IndexError> {
        let mut by_ord: Vec<(u64, usize)> = docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| column.term_ords(*d).next().map(|o| (o, i)))
            .collect();
        by_ord.sort_unstable();
        let mut ords: Vec<u64> = by_ord.iter().map(|(o, _)| *o).collect();
        ords.dedup();
        let mut names = Vec::with_capacity(ords.len());
        column
            .dictionary()
            .sorted_ords_to_term_cb(&ords, |bytes| {
                names.push(String::from_utf8_lossy(bytes).into_owned())
            })
            .map_err(|e| self.err(e.into()))?;
        let mut out: Vec<(String, Vec<usize>)> = Vec::with_capacity(ords.len());
        let mut places = by_ord.into_iter().peekable();
        for (o, name) in ords.into_iter().zip(names) {
            let mut at = Vec::new();
            while let Some((_, i)) = places.next_if(|(p, _)| *p == o) {
                at.push(i);
            }
            out.push((name, at));
        }
        Ok(out)
    }

    /// `(id, path, hash, pipeline)` of every stored document, sorted by id, read from the
    /// fast (columnar) fields without touching the stored records: what incremental ingest
    /// compares against.
    pub fn summaries(&self) -> Result<Vec<DocSummary>, IndexError> {
        let searcher = self.searcher()?;
        let addresses = self.find(&searcher, &[(self.fields.kind, KIND_DOC)])?;
        let mut out = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let docs = segment_docs(&addresses, ord);
            if docs.is_empty() {
                continue;
            }
            let ff = segment.fast_fields();
            let ids = self.column_strs(&self.str_column(segment, "doc")?, &docs)?;
            let paths = self.column_strs(&self.str_column(segment, "path")?, &docs)?;
            let hashes = self.column_strs(&self.str_column(segment, "hash")?, &docs)?;
            let pipelines = ff.u64("pipeline").map_err(|e| self.err(e))?;
            let sizes = ff.u64("size").map_err(|e| self.err(e))?;
            let mtimes = ff.u64("mtime").map_err(|e| self.err(e))?;
            for (((doc, id), path), hash) in docs.into_iter().zip(ids).zip(paths).zip(hashes) {
                out.push(DocSummary {
                    id,
                    path,
                    hash,
                    pipeline: pipelines
                        .first(doc)
                        .and_then(|v| u32::try_from(v).ok())
                        .unwrap_or(0),
                    size: sizes.first(doc).unwrap_or(0),
                    mtime: mtimes.first(doc).unwrap_or(0),
                });
            }
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(out)
    }

    /// How many documents the last commit holds.
    pub fn doc_count(&self) -> Result<usize, IndexError> {
        let searcher = self.searcher()?;
        searcher
            .search(
                &links::term(self.fields.kind, KIND_DOC),
                &tantivy::collector::Count,
            )
            .map_err(|e| self.err(e))
    }

    /// Start a write transaction (takes the index lock). Fails with [`IndexError::Locked`]
    /// when another writer holds it longer than [`WRITER_LOCK_GRACE`].
    pub fn writer(&self) -> Result<writer::StoreWriter, IndexError> {
        self.writer_for(false)
    }

    /// [`Store::writer`] for a run that stores a file in parts (`in_parts`: the small writer
    /// of [`writer::StoreWriter::new`]).
    pub fn writer_for(&self, in_parts: bool) -> Result<writer::StoreWriter, IndexError> {
        // What a killed run left would make this run's commit fail ("FileAlreadyExists").
        self.collect_garbage()?;
        self.wrote.store(true, std::sync::atomic::Ordering::Relaxed);
        writer::StoreWriter::new(self, in_parts)
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
    }
}

/// Read `kommission-meta.json`; a missing or unreadable one is [`IndexError::Damaged`].
fn read_meta(dir: &Path) -> Result<Meta, IndexError> {
    let path = dir.join(META_FILE);
    let damaged = |what: String| IndexError::Damaged {
        path: dir.to_path_buf(),
        damage: format!("{} {what}", path.display()),
    };
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice::<Meta>(&bytes)
            .map_err(|e| damaged(format!("cannot be read ({e})"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(damaged("is missing".to_string()))
        }
        Err(e) => Err(dir_err(dir, e)),
    }
}

/// The fast-field files a process has checked against their CRC (see `Store::from_index`).
const FAST_CHECKED: &str = "kommission-fast-checked";

/// The file older versions wrote after each commit with the source files of all documents
/// (read by [`Store::recorded_sources`], no longer written).
pub const SOURCES_FILE: &str = "kommission-sources.json";

/// The journal of source files (for `check --repair` of a damaged index): one JSON string a
/// line, "+path" for a document written, "-path" for one removed, appended after each
/// commit. A commit appends as many lines as it changed documents, whatever the size of the
/// archive. When the log has grown to more than [`SOURCES_COMPACT_FACTOR`] times the size of
/// the live set (plus [`SOURCES_COMPACT_SLACK`] bytes), the commit rewrites it (atomically:
/// a crash leaves the old or the new log) as [`SOURCES_RESTART`] followed by one "+path" a
/// live document.
pub const SOURCES_LOG: &str = "kommission-sources.log";

/// The first line of a compacted [`SOURCES_LOG`]: what was recorded before it (older lines,
/// [`SOURCES_FILE`]) is replaced by the lines after it.
pub const SOURCES_RESTART: &str = "=";

/// See [`SOURCES_LOG`]: a log more than this many times the size of its live set is
/// rewritten.
pub const SOURCES_COMPACT_FACTOR: u64 = 3;

/// See [`SOURCES_LOG`]: bytes a log may have beyond [`SOURCES_COMPACT_FACTOR`] times its
/// live set before it is rewritten (small logs are left alone).
pub const SOURCES_COMPACT_SLACK: u64 = 4096;

/// What [`SOURCES_FILE`] holds.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Sources {
    paths: Vec<String>,
}

/// After a commit: remove what no commit lists ([`Store::collect_garbage`]), and append the
/// source files the commit wrote or removed (`journal`: "+path", "-path") to
/// [`SOURCES_LOG`], so that an index damaged later can still be rebuilt from them. Both are
/// best effort (the commit stands).
pub(crate) fn after_commit(index: &Index, dir: &Path, journal: &[String]) {
    let _ = collect_garbage(index, dir);
    append_journal(index, dir, journal);
}

/// Append the source files a commit wrote and removed to [`SOURCES_LOG`] (compacting it
/// when it has grown well beyond the live set).
pub(crate) fn append_journal(index: &Index, dir: &Path, journal: &[String]) {
    if journal.is_empty() {
        return;
    }
    let mut text = String::new();
    for entry in journal {
        if let Ok(line) = serde_json::to_string(entry) {
            text.push_str(&line);
            text.push('\n');
        }
    }
    let append = || -> std::io::Result<()> {
        use std::io::Write as _;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join(SOURCES_LOG))?;
        f.write_all(text.as_bytes())?;
        f.sync_data()
    };
    let _ = append();
    let _ = compact_sources_log(index, dir, text.len() as u64 / journal.len() as u64);
}

/// Rewrite [`SOURCES_LOG`] from the committed documents when it has grown well beyond them
/// (see [`SOURCES_LOG`]); `line` is the size of one line (the average of the lines just
/// appended). Whether it was rewritten.
fn compact_sources_log(index: &Index, dir: &Path, line: u64) -> Result<bool, IndexError> {
    let log = dir.join(SOURCES_LOG);
    let size = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    if size <= SOURCES_COMPACT_SLACK {
        return Ok(false);
    }
    let reader: IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(|e| tantivy_err(dir, e))?;
    let searcher = reader.searcher();
    let fields = schema::fields_of(&index.schema()).map_err(|e| tantivy_err(dir, e))?;
    let query = links::term(fields.kind, KIND_DOC);
    let live = searcher
        .search(&query, &tantivy::collector::Count)
        .map_err(|e| tantivy_err(dir, e))? as u64;
    if size <= SOURCES_COMPACT_FACTOR * live * line.max(1) + SOURCES_COMPACT_SLACK {
        return Ok(false);
    }
    // The paths of the live documents, from the columnar `path` field.
    let found = searcher
        .search(&query, &DocSetCollector)
        .map_err(|e| tantivy_err(dir, e))?;
    let mut paths: Vec<String> = Vec::with_capacity(found.len());
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Some(column) = segment
            .fast_fields()
            .str("path")
            .map_err(|e| tantivy_err(dir, e))?
        else {
            return Ok(false);
        };
        for a in found.iter().filter(|a| a.segment_ord as usize == ord) {
            let mut p = String::new();
            if let Some(t) = column.term_ords(a.doc_id).next() {
                let _ = column.ord_to_str(t, &mut p);
            }
            if !p.is_empty() {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths.dedup();
    let mut text = serde_json::to_string(SOURCES_RESTART).map_err(std::io::Error::other)?;
    text.push('\n');
    for p in &paths {
        text.push_str(&serde_json::to_string(&format!("+{p}")).map_err(std::io::Error::other)?);
        text.push('\n');
    }
    directory::atomic_write(&log, text.as_bytes())?;
    // The old file's paths are history now (the restart line says so): remove it.
    let _ = std::fs::remove_file(dir.join(SOURCES_FILE));
    Ok(true)
}

/// How long taking the writer lock is retried before [`IndexError::Locked`]. The lock file is
/// flock'ed: a child process forked at that instant (a test's or OCR's `Command`) holds a
/// copy of the descriptor until its exec, so a lock just released can look busy for a moment.
pub const WRITER_LOCK_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// A tantivy writer, retrying a busy lock for [`WRITER_LOCK_GRACE`].
pub(crate) fn open_writer<D: tantivy::Document>(
    index: &Index,
    dir: &Path,
    options: &tantivy::indexer::IndexWriterOptions,
) -> Result<tantivy::IndexWriter<D>, IndexError> {
    use tantivy::directory::error::LockError;
    let start = std::time::Instant::now();
    loop {
        match index.writer_with_options(options.clone()) {
            Err(tantivy::TantivyError::LockFailure(LockError::LockBusy, _))
                if start.elapsed() < WRITER_LOCK_GRACE =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.map_err(|e| tantivy_err(dir, e)),
        }
    }
}

/// The bytes of tantivy's `meta.json` (empty when it cannot be read).
fn read_tantivy_meta(index: &Index) -> Vec<u8> {
    use tantivy::Directory as _;
    index
        .directory()
        .atomic_read(Path::new("meta.json"))
        .unwrap_or_default()
}

/// See [`Store::collect_garbage`].
pub(crate) fn collect_garbage(index: &Index, dir: &Path) -> Result<Vec<String>, IndexError> {
    // The smallest writer tantivy allows: it only holds the lock while we sweep.
    let least = tantivy::indexer::IndexWriterOptions::builder().build();
    let writer = open_writer::<TantivyDocument>(index, dir, &least)?;
    let mut removed: Vec<String> = match writer.garbage_collect_files().wait() {
        Ok(r) => r
            .deleted_files
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        Err(e) => return Err(tantivy_err(dir, e)),
    };
    // Like tantivy's collection, decide under the meta lock: a reader holds it from reading
    // meta.json until it has opened the segments meta.json lists.
    use tantivy::Directory as _;
    let meta_lock = index
        .directory()
        .acquire_lock(&tantivy::directory::META_LOCK)
        .map_err(|e| tantivy_err(dir, tantivy::TantivyError::from(e)))?;
    let metas = index.load_metas().map_err(|e| tantivy_err(dir, e))?;
    let live: std::collections::HashMap<String, PathBuf> = metas
        .segments
        .iter()
        .map(|s| {
            (
                s.id().uuid_string(),
                s.relative_path(tantivy::index::SegmentComponent::Delete),
            )
        })
        .collect();
    let entries = std::fs::read_dir(dir).map_err(|e| dir_err(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = if directory::is_temp_name(&name) {
            true
        } else if let Some((id, rest)) = check::segment_file_name(&name) {
            match live.get(id) {
                None => true,
                Some(del) => {
                    (rest.ends_with(".del") && Path::new(&name) != del.as_path())
                        || rest == "store.temp"
                }
            }
        } else {
            false
        };
        if stale && std::fs::remove_file(entry.path()).is_ok() {
            removed.push(name);
        }
    }
    drop(meta_lock);
    drop(writer);
    removed.sort();
    removed.dedup();
    Ok(removed)
}

/// The records of a [`Store`], one at a time, by id: see [`Store::record_stream`].
pub struct RecordStream<'a> {
    store: &'a Store,
    searcher: Searcher,
    /// The `doc` items.
    addresses: std::vec::IntoIter<(String, tantivy::DocAddress)>,
    /// Completes the skeletons into full records (with their pages' text); none: skeletons.
    full: Option<pages::Completer<'a>>,
}

impl RecordStream<'_> {
    /// The stream of full records (skeletons completed with their pages' text).
    fn full(mut self) -> Result<Self, IndexError> {
        self.full = Some(self.store.completer(&self.searcher, true)?);
        Ok(self)
    }

    /// The next skeleton as stored, with its page count (also of a document whose pages are
    /// stored in parts, see [`Store::parse_skeleton`]): what `docs` and `show doc` read,
    /// never one page of a document stored in parts.
    pub fn next_stored(&mut self) -> Option<Result<(DocRecord, usize), IndexError>> {
        let (_, address) = self.addresses.next()?;
        let doc = self.searcher.doc(address).map_err(|e| self.store.err(e));
        Some(doc.and_then(|doc| self.store.parse_skeleton(&doc)))
    }

    /// How many records are left.
    pub fn remaining(&self) -> usize {
        self.addresses.len()
    }
}

impl Iterator for RecordStream<'_> {
    type Item = Result<DocRecord, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let stored = self.next_stored()?;
        let read = |(mut record, _): (DocRecord, usize)| {
            if let Some(c) = &self.full {
                c.complete(&mut record)?;
            }
            Ok(record)
        };
        Some(stored.and_then(read))
    }
}

impl<'a> RecordStream<'a> {
    /// What title matching reads: the records with their pages' text, a record of more than
    /// `max_pages` pages as several records of at most `max_pages` pages each (its pages in
    /// order, each part read from the index on its own: a document stored in parts is never
    /// held whole), each with the document's id, kind, title and actions (not its mentions
    /// or identifiers). Made from a stream of skeletons ([`Store::skeletons_of`]).
    pub fn in_parts(self, max_pages: usize) -> Result<RecordParts<'a>, IndexError> {
        let completer = self.store.completer(&self.searcher, true)?;
        Ok(RecordParts {
            skeletons: RecordStream { full: None, ..self },
            completer,
            max_pages: max_pages.max(1),
            pending: None,
        })
    }
}

/// See [`RecordStream::in_parts`].
pub struct RecordParts<'a> {
    skeletons: RecordStream<'a>,
    completer: pages::Completer<'a>,
    max_pages: usize,
    /// A large document being read part by part, the index of its next page and how many
    /// pages it has (of a document stored in parts, whose skeleton holds none, they are
    /// numbered 1 to that number and read from the page items).
    pending: Option<(DocRecord, usize, usize)>,
}

impl RecordParts<'_> {
    /// The next part of the pending document: its pages `at..at + max_pages`.
    fn part(&mut self) -> Option<Result<DocRecord, IndexError>> {
        let (skeleton, at, total) = self.pending.as_mut()?;
        let (first, end) = (*at, (*at + self.max_pages).min(*total));
        let pages = skeleton.pages.get(first..end).unwrap_or_default().to_vec();
        *at = end;
        let range = match (pages.first(), pages.last()) {
            (Some(a), Some(b)) => Some((a.number, b.number)),
            // Stored in parts: pages first + 1 to end.
            _ => u32::try_from(first + 1).ok().zip(u32::try_from(end).ok()),
        };
        let mut part = DocRecord {
            id: skeleton.id.clone(),
            path: skeleton.path.clone(),
            kind: skeleton.kind,
            title: skeleton.title.clone(),
            pages,
            structure: crate::model::DocStructure {
                actions: skeleton.structure.actions.clone(),
                ..Default::default()
            },
            ..DocRecord::default()
        };
        if end >= *total {
            self.pending = None;
        }
        let Some((first, last)) = range.filter(|(a, b)| a <= b) else {
            return Some(Ok(part));
        };
        Some(
            self.completer
                .complete_pages(&mut part, first, last)
                .map(|()| part),
        )
    }
}

impl Iterator for RecordParts<'_> {
    type Item = Result<DocRecord, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pending.is_some() {
            return self.part();
        }
        let (mut record, total) = match self.skeletons.next_stored()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        if total > self.max_pages {
            self.pending = Some((record, 0, total));
            return self.part();
        }
        Some(self.completer.complete(&mut record).map(|()| record))
    }
}

/// Whether `dir` holds a tantivy index.
fn has_index(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// A clear error when the index path is an existing file.
fn not_a_file(dir: &Path) -> Result<(), IndexError> {
    if dir.exists() && !dir.is_dir() {
        return Err(IndexError::NotAFolder(dir.to_path_buf()));
    }
    Ok(())
}

/// An I/O error on the index folder, named by what it means for the user.
fn dir_err(dir: &Path, e: std::io::Error) -> IndexError {
    if readonly::is_permission(&e) {
        IndexError::NotWritable {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        }
    } else if readonly::is_no_space(&e) {
        IndexError::NoSpace {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        }
    } else if readonly::is_too_many_files(&e) {
        let mut limit = readonly::open_files_limit()
            .map(|n| format!(" (the limit is {n})"))
            .unwrap_or_default();
        if crate::resources::address_space_limit().is_some() {
            limit.push_str(&format!(
                " while reading an index of {} files under an address-space limit (`ulimit -v`: \
                 each index file is read through a descriptor of its own)",
                readonly::files_in(dir)
            ));
        }
        IndexError::TooManyFiles {
            path: dir.to_path_buf(),
            limit,
        }
    } else {
        IndexError::Tantivy {
            path: dir.to_path_buf(),
            message: e.to_string(),
        }
    }
}

fn tantivy_err(dir: &Path, e: tantivy::TantivyError) -> IndexError {
    use tantivy::directory::error::LockError;
    match e {
        tantivy::TantivyError::LockFailure(LockError::LockBusy, _) => {
            IndexError::Locked(dir.to_path_buf())
        }
        tantivy::TantivyError::LockFailure(LockError::IoError(io), _)
            if io.kind() == std::io::ErrorKind::TimedOut =>
        {
            IndexError::LockWait {
                path: dir.to_path_buf(),
                message: io.to_string(),
            }
        }
        tantivy::TantivyError::LockFailure(LockError::IoError(io), _) => {
            dir_err(dir, std::io::Error::new(io.kind(), io.to_string()))
        }
        tantivy::TantivyError::IoError(io)
            if readonly::is_permission(&io) || readonly::is_no_space(&io) =>
        {
            dir_err(dir, std::io::Error::new(io.kind(), io.to_string()))
        }
        // A file that could not be opened for want of descriptors (read without maps under
        // an address-space limit, every index file holds one).
        other if other.to_string().contains("Too many open files") => {
            dir_err(dir, std::io::Error::other(other.to_string()))
        }
        other => {
            // tantivy's worker threads report a failed write only as "an index writer was
            // killed": find out whether the folder is full or not writable.
            let write_failure = matches!(
                other,
                tantivy::TantivyError::ErrorInThread(_) | tantivy::TantivyError::IoError(_)
            );
            if let Some(io) = write_failure.then(|| readonly::probe_write(dir)).flatten() {
                if readonly::is_permission(&io)
                    || readonly::is_no_space(&io)
                    || readonly::is_too_many_files(&io)
                {
                    return dir_err(dir, io);
                }
            }
            // Reading failed: name the damaged files, when there are any.
            let read_failure = matches!(
                other,
                tantivy::TantivyError::DataCorruption(_)
                    | tantivy::TantivyError::IncompatibleIndex(_)
                    | tantivy::TantivyError::OpenReadError(_)
                    | tantivy::TantivyError::OpenDirectoryError(_)
                    | tantivy::TantivyError::IoError(_)
                    | tantivy::TantivyError::SystemError(_)
                    | tantivy::TantivyError::InternalError(_)
                    | tantivy::TantivyError::SchemaError(_)
            );
            if read_failure {
                let damage = check::describe_damage(dir);
                if !damage.is_empty() {
                    return IndexError::Damaged {
                        path: dir.to_path_buf(),
                        damage,
                    };
                }
            }
            IndexError::Tantivy {
                path: dir.to_path_buf(),
                message: other.to_string(),
            }
        }
    }
}

/// The first text value of `field` of a stored document ("" when it has none).
pub(crate) fn first_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> &str {
    doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("")
}

/// The document ids of `addresses` that lie in segment `ord` (in their order).
pub(crate) fn segment_docs<'a>(
    addresses: impl IntoIterator<Item = &'a tantivy::DocAddress>,
    ord: usize,
) -> Vec<tantivy::DocId> {
    addresses
        .into_iter()
        .filter(|a| a.segment_ord as usize == ord)
        .map(|a| a.doc_id)
        .collect()
}
