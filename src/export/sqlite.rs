//! `kommission export sqlite FILE`: the index as one SQLite database, for SQL and Datasette.
//!
//! Tables (see [`SCHEMA`] for the exact columns and keys):
//!
//! * `docs` — one row per ingested file (`id`, stored and absolute path, `uri`, kind, title,
//!   page count, hash, status, OCR facts);
//! * `pages` — one row per page, key `(doc, page)`, with `uri` (`file://…#page=N`), text, and
//!   the page's `annotations` and `running` headers/footers (JSON arrays, NULL when none);
//! * `pages_fts` — an FTS5 table over `pages.text` (external content, tokenizer
//!   `unicode61 remove_diacritics 0`: å, ä and ö stay letters, `hälsa` is not `halsa`);
//! * `actions` — key `id` = `<doc>#<number>`, unique `(doc, number)`, `pages` as a JSON array;
//! * `recommendations` — key `code`, the page in the commission's report, the quoted texts
//!   (JSON array), a label for overarching recommendations;
//! * `action_recommendations` — which action cites which recommendation, in order;
//! * `protocols` — key `id` = `<doc>/<n>` (n-th paragraph of the document);
//! * `identifiers` — the exact identifiers on each page as the structure stage found them at
//!   ingest: `code` (2.2.3.3, where the page cites it as a recommendation), `diary`
//!   (STK-2019-1535), `paragraph` (§216), `sfs`, `proposition`, `law-section`, …;
//! * `links` — every cross-document link, key `(doc, page, kind, target)`, with the target
//!   split into `action`, `recommendation`, `diary_number` or `target_doc` for joins.
//!
//! Foreign keys are declared and all checked before the file is published: the keys inside a
//! document as its rows are made, the others in the file once they are in. The database is
//! written with prepared statements into a temporary file in the target's folder, then
//! renamed over the target: a re-export replaces the file atomically and a failed one leaves
//! the old file as it was.
//! The FTS5 index is built beside the load, on a thread and in a temporary file of its own
//! (the pages' rowids and texts in order, as FTS5's `rebuild` reads them), and its tables are
//! copied in at the end: the same database, with less of its work on one thread.
//!
//! The rows of pages, actions and protocols are the export rows every format shares
//! ([`PageRow`], [`ActionRow`], [`ProtocolRow`]); docs are [`DocRow`].

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension, Statement, Transaction};
use serde::Serialize;

use crate::index::writer::push_unique;
use crate::index::Store;
use crate::model::{DocRecord, Link};
use crate::structure::references::overarching_label;

use super::pages::{
    identifier_kind, identifier_value, source_name, split_target, write_docs_parallel, DocContext,
    PageRow, Parse, PathResolver,
};
use super::{ActionRow, DocRow, ExportError, ProtocolRow};

/// The full-text table, in [`SCHEMA`] and alone in the file where its index is built.
macro_rules! fts_table {
    () => {
        r#"CREATE VIRTUAL TABLE pages_fts USING fts5(
  text, content=[pages], tokenize='unicode61 remove_diacritics 0'
);
"#
    };
}

/// The full-text table (in [`SCHEMA`]; alone in the file where its index is built).
pub const FTS_TABLE: &str = fts_table!();

/// The settings of both files: 16 KB pages (4 KB ones took a fifth more CPU: more system
/// calls writing them, more overflow pages for page texts); no journal, no other process.
const PRAGMAS: &str = "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; \
    PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;";

/// The database schema (tables; indexes come after the load, see [`INDEXES`]).
pub const SCHEMA: &str = concat!(
    r#"
CREATE TABLE docs (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  abs_path TEXT NOT NULL,
  uri TEXT NOT NULL,
  kind TEXT,
  title TEXT,
  pages INTEGER NOT NULL,
  hash TEXT NOT NULL,
  status TEXT NOT NULL,
  ocr_pages TEXT,
  ocr_confidence REAL,
  no_text_pages TEXT
);
CREATE TABLE pages (
  doc TEXT NOT NULL REFERENCES docs(id),
  page INTEGER NOT NULL,
  label TEXT,
  uri TEXT NOT NULL,
  source TEXT NOT NULL,
  ocr INTEGER NOT NULL,
  ocr_confidence REAL,
  text TEXT NOT NULL,
  annotations TEXT,
  running TEXT,
  PRIMARY KEY (doc, page)
);
"#,
    fts_table!(),
    r#"CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES docs(id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  section TEXT,
  section_page INTEGER,
  first_page INTEGER,
  pages TEXT NOT NULL,
  measure_type TEXT,
  responsible TEXT,
  report_back TEXT,
  toc_page INTEGER,
  body TEXT,
  UNIQUE (doc, number),
  FOREIGN KEY (doc, first_page) REFERENCES pages(doc, page)
);
CREATE TABLE recommendations (
  code TEXT PRIMARY KEY,
  page INTEGER,
  texts TEXT NOT NULL,
  label TEXT
);
CREATE TABLE action_recommendations (
  action TEXT NOT NULL REFERENCES actions(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL REFERENCES recommendations(code),
  page INTEGER,
  text TEXT,
  PRIMARY KEY (action, position)
);
CREATE TABLE protocols (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES docs(id),
  page INTEGER,
  body TEXT,
  date TEXT,
  time TEXT,
  place TEXT,
  paragraph INTEGER,
  title TEXT,
  diary_number TEXT,
  referenced_diary_numbers TEXT NOT NULL,
  chair TEXT,
  secretary TEXT,
  adjuster TEXT,
  decisions TEXT NOT NULL,
  basis TEXT NOT NULL,
  FOREIGN KEY (doc, page) REFERENCES pages(doc, page)
);
CREATE TABLE identifiers (
  doc TEXT NOT NULL,
  page INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (doc, page, kind, value),
  FOREIGN KEY (doc, page) REFERENCES pages(doc, page)
) WITHOUT ROWID;
CREATE TABLE links (
  doc TEXT NOT NULL,
  page INTEGER NOT NULL,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  action TEXT REFERENCES actions(id),
  recommendation TEXT REFERENCES recommendations(code),
  diary_number TEXT,
  target_doc TEXT REFERENCES docs(id),
  PRIMARY KEY (doc, page, kind, target),
  FOREIGN KEY (doc, page) REFERENCES pages(doc, page)
) WITHOUT ROWID;
"#
);

/// Secondary indexes, made after the rows are in (faster than keeping them up to date).
/// Each of `links`' target columns is set on some rows only: its index holds those rows
/// (SQLite uses a partial index for `x = ?`, a join on `x` and `x IS NOT NULL`).
pub const INDEXES: &str = r#"
CREATE INDEX actions_doc ON actions(doc);
CREATE INDEX action_recommendations_code ON action_recommendations(code);
CREATE INDEX protocols_doc ON protocols(doc);
CREATE INDEX protocols_diary_number ON protocols(diary_number);
CREATE INDEX identifiers_value ON identifiers(kind, value);
CREATE INDEX links_action ON links(action) WHERE action IS NOT NULL;
CREATE INDEX links_recommendation ON links(recommendation) WHERE recommendation IS NOT NULL;
CREATE INDEX links_diary_number ON links(diary_number) WHERE diary_number IS NOT NULL;
CREATE INDEX links_target_doc ON links(target_doc) WHERE target_doc IS NOT NULL;
"#;

/// What an export wrote.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SqliteSummary {
    pub docs: u64,
    pub pages: u64,
    pub actions: u64,
    pub recommendations: u64,
    pub protocols: u64,
    pub identifiers: u64,
    pub links: u64,
}

/// Write the index at `store` into a new SQLite database at `file` (replacing it atomically).
pub fn export_sqlite(
    store: &Store,
    file: &Path,
    resolver: &PathResolver,
) -> Result<SqliteSummary, ExportError> {
    let file_err = |message: String| ExportError::File {
        path: file.to_path_buf(),
        message,
    };
    if file.is_dir() {
        return Err(file_err("is a folder: give a file name".to_string()));
    }
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    // A temporary file in the target's folder, readable as the process umask allows, like
    // any file the user writes (a temporary file's default, 0600, would hide the database
    // from colleagues sharing the folder).
    let temporary = |prefix: &str| {
        let mut builder = tempfile::Builder::new();
        builder.prefix(prefix).suffix(".sqlite.tmp");
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        builder
            .tempfile_in(&folder)
            .map_err(|e| file_err(format!("cannot create a file in {}: {e}", folder.display())))
    };
    let tmp = temporary(".kommission-export-")?;
    let summary = {
        let mut conn = Connection::open(tmp.path())?;
        // The temporary file is renamed only when complete: no journal needed. The page
        // cache is bounded (32 MB; dirty pages spill to the file), and the sorts of the index
        // builds go to temporary files, not memory: memory does not grow with the archive.
        conn.execute_batch(PRAGMAS)?;
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -32768; PRAGMA temp_store = FILE;",
        )?;
        let fts = temporary(".kommission-export-fts-")?;
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA)?;
        // The full-text index is built while the rows are loaded and indexed, on a thread of
        // its own (with FTS5's default buffer of terms, 1 MB: a 64 MB buffer ('hashsize') made
        // the index a fifth cheaper at 2*10^4 pages, but the whole export was not cheaper at
        // 10^5 pages and its peak memory grew by 60-110 MB).
        let summary = load(&tx, store, resolver, fts.path())?;
        tx.commit()?;
        copy_fts(&mut conn, fts.path())?;
        drop(fts);
        conn.execute_batch("PRAGMA optimize;")?;
        conn.close().map_err(|(_, e)| e)?;
        summary
    };
    tmp.persist(file)
        .map_err(|e| file_err(format!("cannot replace the file: {}", e.error)))?;
    Ok(summary)
}

/// A row of `table` names a `parent` row that is not there.
fn missing(table: &str, parent: &str) -> ExportError {
    ExportError::File {
        path: std::path::PathBuf::from(table),
        message: format!(
            "a row of {table} names a missing {parent} row (the index is inconsistent: ingest again)"
        ),
    }
}

/// Make the [`INDEXES`], then fail when a row names a key that is not there: the keys inside
/// one document were proven as its rows were made ([`OwnKeys`]); every other foreign key of
/// [`SCHEMA`] (a link's action, recommendation or target document, a citation's action and
/// recommendation) is checked here, one search of the parent's key per distinct value, read
/// in order from the child's index (`PRAGMA foreign_key_check` searched once per row and
/// key: 0.23 G instructions at 10⁴ pages, nearly all of them for `(doc, page)`).
fn index_and_check(tx: &Transaction<'_>) -> Result<(), ExportError> {
    // An index build sorts in memory up to the cache size before it spills to a file: 8 MB,
    // not the load's 32 MB (anonymous memory grew 99 -> 137 MB from 2*10^4 to 10^5 pages
    // with the load's).
    tx.execute_batch("PRAGMA cache_size = -8192;")?;
    tx.execute_batch(INDEXES)?;
    let keys: Vec<(String, String, String, String)> = tx
        .prepare(
            "SELECT m.name, f.\"from\", f.\"table\", f.\"to\" FROM sqlite_schema m, \
             pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.id NOT IN \
             (SELECT id FROM pragma_foreign_key_list(m.name) WHERE \"from\" = 'doc')",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (table, from, parent, to) in keys {
        let sql = format!(
            "SELECT 1 FROM (SELECT DISTINCT \"{from}\" AS k FROM \"{table}\" WHERE \"{from}\" \
             IS NOT NULL) WHERE NOT EXISTS (SELECT 1 FROM \"{parent}\" WHERE \"{to}\" = k)"
        );
        if tx.query_row(&sql, [], |_| Ok(())).optional()?.is_some() {
            return Err(missing(&table, &parent));
        }
    }
    Ok(())
}

/// The keys a document's rows name inside the document, proven as the rows are made: every
/// row names the document (`doc` → `docs`), and the page an action begins on, a paragraph's
/// and a link's page are pages of it (`(doc, page)` → `pages`). The loader inserts the
/// document's row and all its pages with the rest of its rows (a failed insert fails the
/// export), so a row that passes has its parent in the file. The identifiers are made from
/// the pages themselves, the citations from the document's own actions.
struct OwnKeys<'a> {
    doc: &'a str,
    /// The numbers of the document's pages, sorted.
    pages: Vec<u32>,
}

impl<'a> OwnKeys<'a> {
    fn of(record: &'a DocRecord) -> OwnKeys<'a> {
        let mut pages: Vec<u32> = record.pages.iter().map(|p| p.number).collect();
        pages.sort_unstable();
        OwnKeys {
            doc: &record.id,
            pages,
        }
    }

    /// A row of `table` naming `doc` and (when set) its page `page`.
    fn check(&self, table: &str, doc: &str, page: Option<u32>) -> Result<(), ExportError> {
        if doc != self.doc {
            return Err(missing(table, "docs"));
        }
        match page {
            Some(p) if self.pages.binary_search(&p).is_err() => Err(missing(table, "pages")),
            _ => Ok(()),
        }
    }
}

/// A statement inserting whole rows (`into`: "INTO docs", "OR IGNORE INTO links"), their `n`
/// columns in the order of [`SCHEMA`].
fn prepare<'t>(tx: &'t Transaction<'_>, into: &str, n: usize) -> rusqlite::Result<Statement<'t>> {
    tx.prepare(&format!(
        "INSERT {into} VALUES ({})",
        vec!["?"; n].join(", ")
    ))
}

/// Insert `rows` with `stmt`: how many were (a row that `OR IGNORE` skipped is not counted).
fn insert_rows<'r>(
    stmt: &mut Statement<'_>,
    rows: impl IntoIterator<Item = &'r Vec<SqlValue>>,
) -> Result<u64, ExportError> {
    let mut n = 0;
    for row in rows {
        n += stmt.execute(rusqlite::params_from_iter(row))? as u64;
    }
    Ok(n)
}

/// Where the text is in a row of `pages`.
const PAGE_TEXT: usize = 7;

/// Recommendations met so far: page in the report and the distinct quoted texts.
type RecommendationMap = BTreeMap<String, (Option<u32>, Vec<String>)>;

/// One document's rows, made by a rayon worker ([`doc_rows`]) and inserted by the loading
/// thread in document order.
struct DocRows {
    doc: Vec<SqlValue>,
    pages: Vec<Vec<SqlValue>>,
    identifiers: Vec<Vec<SqlValue>>,
    actions: Vec<Vec<SqlValue>>,
    /// Action id, position, code, page in the report, quoted text.
    cites: Vec<(String, i64, String, Option<u32>, String)>,
    protocols: Vec<Vec<SqlValue>>,
    /// The link's columns, and the recommendation it names.
    links: Vec<(Vec<SqlValue>, Option<String>)>,
}

/// A row: each value converted to SQLite's (`Option` as NULL, `bool` as 0 or 1, `f32` as a
/// real, integers as integers).
macro_rules! row {
    ($($v:expr),* $(,)?) => { vec![$(SqlValue::from($v)),*] };
}

/// A list as a JSON array (`[]` when empty).
fn json_array<T: Serialize>(v: &[T]) -> Result<SqlValue, ExportError> {
    Ok(SqlValue::Text(serde_json::to_string(v)?))
}

/// A list of strings as a JSON array, NULL when empty.
fn json_list(v: &[String]) -> Result<Option<String>, ExportError> {
    Ok((!v.is_empty())
        .then(|| serde_json::to_string(v))
        .transpose()?)
}

/// The rows of one document: its `docs` row ([`DocRow`]), its pages ([`PageRow`]),
/// identifiers, actions ([`ActionRow`]) with the recommendations they cite, protocols
/// ([`ProtocolRow`]), links.
fn doc_rows(
    record: &DocRecord,
    links: &[Link],
    resolver: &PathResolver,
) -> Result<DocRows, ExportError> {
    let cx = DocContext::new(record, links, resolver);
    let own = OwnKeys::of(record);
    let d = DocRow::from(record);
    let doc = row![
        d.id,
        d.path,
        cx.path.clone(),
        cx.uri.clone(),
        d.kind.map(|k| k.as_str().to_string()),
        d.title.clone(),
        d.pages as i64,
        d.hash,
        d.status,
        json_array(&d.ocr_pages)?,
        d.ocr_confidence,
        json_array(&d.no_text_pages)?,
    ];

    let (mut pages, mut identifiers) = (Vec::with_capacity(record.pages.len()), Vec::new());
    for page in &record.pages {
        let r = PageRow::new(&cx, page);
        own.check("pages", r.doc, None)?;
        pages.push(row![
            r.doc.to_string(),
            r.page,
            r.label.map(str::to_string),
            r.uri,
            source_name(r.source).to_string(),
            r.ocr,
            r.ocr_confidence,
            r.text.to_string(),
            json_list(r.annotations)?,
            json_list(r.running)?,
        ]);
        // The identifiers the structure stage found on the page (ingest did the work).
        for i in cx.identifiers(page.number) {
            identifiers.push(row![
                record.id.clone(),
                page.number,
                identifier_kind(i.kind).to_string(),
                identifier_value(i),
            ]);
        }
    }

    let (mut actions, mut cites) = (Vec::new(), Vec::new());
    for a in &record.structure.actions {
        let row = ActionRow::from(a);
        own.check("actions", &a.doc, row.first_page())?;
        let id = row.id();
        for (i, r) in a.recommendations.iter().enumerate() {
            cites.push((
                id.clone(),
                i as i64 + 1,
                r.code.to_string(),
                r.page,
                r.text.clone(),
            ));
        }
        actions.push(row![
            id,
            a.doc.clone(),
            a.number.clone(),
            a.title.clone(),
            a.section.clone(),
            a.section_page,
            row.first_page(),
            json_array(&a.pages)?,
            a.measure_type.clone(),
            a.responsible.clone(),
            a.report_back.clone(),
            a.toc_page,
            a.body.clone(),
        ]);
    }

    let mut protocols = Vec::new();
    for (i, p) in record.structure.protocols.iter().enumerate() {
        own.check("protocols", &p.doc, p.page)?;
        protocols.push(row![
            ProtocolRow::from(p).id(i + 1),
            p.doc.clone(),
            p.page,
            p.body.clone(),
            p.date.clone(),
            p.time.clone(),
            p.place.clone(),
            p.paragraph,
            p.title.clone(),
            p.diary_number.as_ref().map(ToString::to_string),
            json_array(&p.referenced_diary_numbers)?,
            p.chair.clone(),
            p.secretary.clone(),
            p.adjuster.clone(),
            json_array(&p.decisions)?,
            json_array(&p.basis)?,
        ]);
    }

    let mut link_rows = Vec::with_capacity(links.len());
    for l in links {
        own.check("links", &l.doc, Some(l.page))?;
        let (what, id) = split_target(&l.target);
        let pick = |kind: &str| (what == kind).then(|| id.to_string());
        let columns = row![
            l.doc.clone(),
            l.page,
            l.kind.to_string(),
            l.target.clone(),
            pick("action"),
            pick("recommendation"),
            pick("diary"),
            pick("doc"),
        ];
        link_rows.push((columns, pick("recommendation")));
    }
    Ok(DocRows {
        doc,
        pages,
        identifiers,
        actions,
        cites,
        protocols,
        links: link_rows,
    })
}

/// Most pages in one message from the reading thread to the loading thread (with at most one
/// message waiting, memory holds a few of them besides the reader's batch).
const MESSAGE_PAGES: usize = 1024;

/// An error of a thread that stopped (`how`: "stopped", because another one did, or
/// "panicked").
fn thread_error(what: &str, how: &str) -> ExportError {
    ExportError::File {
        path: std::path::PathBuf::from("sqlite"),
        message: format!("the {what} thread {how}"),
    }
}

/// Load every row, make the indexes and check the keys ([`index_and_check`]). Three threads
/// overlap: one makes the rows (records read and turned into rows by rayon's workers), this
/// one inserts them, then indexes them, and one builds the full-text index of the pages in a
/// file of its own, `fts` ([`build_fts`]; it is copied in by [`copy_fts`]), until it is done.
fn load(
    tx: &Transaction<'_>,
    store: &Store,
    resolver: &PathResolver,
    fts: &Path,
) -> Result<SqliteSummary, ExportError> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<DocRows>>(1);
    let (send_text, receive_text) = std::sync::mpsc::sync_channel::<Vec<(i64, String)>>(1);
    std::thread::scope(|scope| {
        // Started first: when it cannot be, nothing else has begun. Named, so that a profile
        // or `bench/timeline` tells the full-text index's CPU apart.
        let indexing = std::thread::Builder::new()
            .name("sqlite-fts5".into())
            .spawn_scoped(scope, move || build_fts(fts, receive_text))?;
        let reading = scope.spawn(move || {
            let mut message: Vec<DocRows> = Vec::new();
            let mut pages = 0;
            let render = |_: &mut _, done: &mut Vec<_>, record: DocRecord, links: Vec<Link>| {
                doc_rows(&record, &links, resolver).map(|rows| done.push(rows))
            };
            let send = |m| send.send(m).map_err(|_| thread_error("loading", "stopped"));
            write_docs_parallel(store, None, Parse::Full, render, |_, done| {
                for rows in done {
                    pages += rows.pages.len();
                    message.push(rows);
                    if pages >= MESSAGE_PAGES {
                        pages = 0;
                        send(std::mem::take(&mut message))?;
                    }
                }
                Ok(())
            })?;
            if !message.is_empty() {
                send(message)?;
            }
            Ok::<(), ExportError>(())
        });
        let loaded = insert_all(tx, receive, send_text);
        let panicked = |what| Err(thread_error(what, "panicked"));
        let read = reading.join().unwrap_or_else(|_| panicked("reading"));
        // The loader's error first: when it stops, the others fail only because of it. The
        // indexes are made while the full-text index is finished on its thread.
        let done = loaded.and_then(|s| read.and_then(|()| index_and_check(tx)).map(|()| s));
        let indexed = indexing.join().unwrap_or_else(|_| panicked("indexing"));
        done.and_then(|s| indexed.map(|()| s))
    })
}

/// Build the full-text index of the pages that arrive on `receive` (rowid and text, in rowid
/// order) in a new database at `path`, with the table of [`SCHEMA`] alone. Inserting the
/// pages in order in one transaction makes the index FTS5's `rebuild` makes. Each time FTS5's
/// buffer of terms is full it is written as a segment; segments are merged only when 64 wait,
/// not level by level as they come, nor into one at the end (an 'optimize' was 15 % of the
/// export's instructions; queries answer the same over the segments left, at most ~74 at 10⁶
/// pages: docs/performance.md, "export"). The settings are then removed: FTS5's defaults stay.
fn build_fts(
    path: &Path,
    receive: std::sync::mpsc::Receiver<Vec<(i64, String)>>,
) -> Result<(), ExportError> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(PRAGMAS)?;
    let tx = conn.transaction()?;
    tx.execute_batch(FTS_TABLE)?;
    tx.execute_batch(
        "INSERT INTO pages_fts (pages_fts, rank) VALUES ('automerge', 0);
         INSERT INTO pages_fts (pages_fts, rank) VALUES ('crisismerge', 64);",
    )?;
    {
        let mut insert = tx.prepare("INSERT INTO pages_fts (rowid, text) VALUES (?, ?)")?;
        for pages in receive {
            for (rowid, text) in pages {
                insert.execute(params![rowid, text])?;
            }
        }
    }
    tx.execute_batch("DELETE FROM pages_fts_config WHERE k IN ('automerge', 'crisismerge');")?;
    tx.commit()?;
    conn.close().map_err(|(_, e)| e)?;
    Ok(())
}

/// The tables where FTS5 keeps the index of `pages_fts`.
const FTS_TABLES: [&str; 4] = [
    "pages_fts_data",
    "pages_fts_idx",
    "pages_fts_docsize",
    "pages_fts_config",
];

/// Put the full-text index built by [`build_fts`] in the file `fts` in place of the (empty)
/// one of `conn`: FTS5 keeps it in plain tables, copied whole (`INSERT … SELECT *` between
/// tables of one shape copies the stored records as they are, without decoding them).
fn copy_fts(conn: &mut Connection, fts: &Path) -> Result<(), ExportError> {
    // The file's name as its bytes: SQLite reads a blob as the name, whatever its encoding.
    #[cfg(unix)]
    let name = SqlValue::Blob(std::os::unix::ffi::OsStrExt::as_bytes(fts.as_os_str()).to_vec());
    #[cfg(not(unix))]
    let name = SqlValue::Text(fts.to_string_lossy().into_owned());
    conn.execute("ATTACH ?1 AS fts", [name])?;
    let tx = conn.transaction()?;
    for table in FTS_TABLES {
        tx.execute_batch(&format!(
            "DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM fts.{table};"
        ))?;
    }
    tx.commit()?;
    conn.execute_batch("DETACH fts;")?;
    Ok(())
}

/// Insert the rows that arrive on `receive`, in order, then the recommendations; hand each
/// page's rowid and text on to `fts`.
fn insert_all(
    tx: &Transaction<'_>,
    receive: std::sync::mpsc::Receiver<Vec<DocRows>>,
    fts: std::sync::mpsc::SyncSender<Vec<(i64, String)>>,
) -> Result<SqliteSummary, ExportError> {
    let mut s = SqliteSummary::default();
    let mut doc_stmt = prepare(tx, "INTO docs", 12)?;
    let mut page_stmt = prepare(tx, "INTO pages", 10)?;
    let mut ident_stmt = prepare(tx, "OR IGNORE INTO identifiers", 4)?;
    let mut action_stmt = prepare(tx, "INTO actions", 13)?;
    let mut cite_stmt = prepare(tx, "INTO action_recommendations", 5)?;
    let mut protocol_stmt = prepare(tx, "INTO protocols", 16)?;
    let mut link_stmt = prepare(tx, "OR IGNORE INTO links", 8)?;
    let mut recs: RecommendationMap = BTreeMap::new();

    for message in receive {
        let mut texts = Vec::with_capacity(MESSAGE_PAGES);
        for rows in message {
            s.docs += insert_rows(&mut doc_stmt, [&rows.doc])?;
            for mut page in rows.pages {
                page_stmt.execute(rusqlite::params_from_iter(&page))?;
                s.pages += 1;
                if let Some(SqlValue::Text(text)) = page.get_mut(PAGE_TEXT) {
                    texts.push((tx.last_insert_rowid(), std::mem::take(text)));
                }
            }
            s.identifiers += insert_rows(&mut ident_stmt, &rows.identifiers)?;
            s.actions += insert_rows(&mut action_stmt, &rows.actions)?;
            for (id, position, code, page, text) in rows.cites {
                cite_stmt.execute(params![id, position, code, page, text])?;
                let e = recs.entry(code).or_default();
                if e.0.is_none() {
                    e.0 = page;
                }
                if !text.is_empty() {
                    push_unique(&mut e.1, text);
                }
            }
            s.protocols += insert_rows(&mut protocol_stmt, &rows.protocols)?;
            for (l, code) in rows.links {
                if let Some(code) = code {
                    recs.entry(code).or_default();
                }
                s.links += link_stmt.execute(rusqlite::params_from_iter(&l))? as u64;
            }
        }
        fts.send(texts)
            .map_err(|_| thread_error("indexing", "stopped"))?;
    }
    drop(fts);

    let mut rec_stmt = prepare(tx, "INTO recommendations", 4)?;
    for (code, (page, texts)) in &recs {
        rec_stmt.execute(params![
            code,
            page,
            serde_json::to_string(texts)?,
            overarching_label(code),
        ])?;
    }
    s.recommendations = recs.len() as u64;
    Ok(s)
}
