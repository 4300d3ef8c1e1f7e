//! Output of records for people and programs: aligned tables, CSV (RFC 4180, UTF-8, optional
//! `;` delimiter and BOM for spreadsheet programs), JSON and JSONL, with a stable field order.
//!
//! This is the one renderer of the read commands. Every list row type implements [`Tabular`]
//! (column names, cell texts, and `Serialize` for JSON) and every list is written by
//! [`write_rows`] as its rows are read; every `show` view implements [`View`] (`Serialize`
//! for JSON, text for people) and is written by [`write_view`]. Conventions:
//!
//! * **Field order** is the order of [`Tabular::headers`], which is also the field order of the
//!   JSON objects (struct order), and never changes between runs.
//! * **Actions** ([`ActionRow`]) are exactly `doc, number, title, section, section_page, pages,
//!   measure_type, responsible, report_back, recommendations, timeline, cost, status,
//!   follow_up, fields`; `number` is a string ("5", "1.1"); an action's `toc_page` and
//!   `body` are left out of the export (they are in `kommission show action N`).
//! * **Lists in CSV and tables** are joined with [`LIST_SEPARATOR`] (" | "); a recommendation
//!   reference is written `code (s. page)`, once per code. In JSON and JSONL lists stay arrays and
//!   references stay objects `{code, page, text}`.
//! * **Missing values** are empty cells in CSV and tables and `null` in JSON.
//! * **CSV** follows RFC 4180 (quotes only where needed, CRLF line ends) with a header row;
//!   [`CsvOptions`] chooses the delimiter and a UTF-8 byte-order mark for spreadsheet
//!   programs.
//! * **Tables** align columns by display width; cells wider than [`MAX_CELL`] columns are cut
//!   with "…", line breaks inside a cell become spaces, control characters are shown escaped
//!   ([`for_terminal`]). [`write_rows`] can fit a table into a terminal's width (the widest
//!   columns give way first) and leave out columns a person rarely needs
//!   ([`Tabular::hidden_in_table`], e.g. the content hash of `docs`).
//!
//! An action as a CSV row (and the same rows as a table, JSON or JSONL with another [`Format`]):
//!
//! ```
//! use std::borrow::Cow;
//! use kommission::export::{write_rows, ActionRow, CsvOptions, ExportError, Format, TableOptions};
//! use kommission::ident::RecommendationCode;
//! use kommission::model::{Action, RecRef};
//!
//! let action = Action {
//!     doc: "plan".into(),
//!     number: "1".into(),
//!     title: "Läxhjälp, på alla bibliotek".into(),
//!     pages: vec![4, 5],
//!     recommendations: vec![RecRef {
//!         code: RecommendationCode::parse("2.2.3.3").unwrap(),
//!         page: Some(114),
//!         text: "Utveckla läxhjälpen".into(),
//!     }],
//!     ..Action::default()
//! };
//! let rows = [Ok::<_, ExportError>(ActionRow(Cow::Borrowed(&action)))];
//! let mut out = Vec::new();
//! write_rows(&mut out, rows, Format::Csv, &CsvOptions::default(), &TableOptions::default())?;
//! let csv = String::from_utf8(out)?;
//! let mut lines = csv.lines();
//! assert!(lines.next().unwrap().starts_with("doc,number,title,section,section_page,pages,"));
//! assert_eq!(
//!     lines.next().unwrap(),
//!     r#"plan,1,"Läxhjälp, på alla bibliotek",,,4 | 5,,,,2.2.3.3 (s. 114),,,,,"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Exports of the whole index for other systems (`kommission export`), each streaming one
//! stored document at a time:
//!
//! * [`pages`]: one record per page (JSONL, JSON, CSV) with its path, URI, text and links;
//! * [`sqlite`]: one SQLite database with keys and a full-text table, for SQL and Datasette;
//! * [`opensearch`]: `_bulk` NDJSON and an index template for OpenSearch/Elasticsearch.

pub mod opensearch;
pub mod pages;
pub mod sqlite;

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::ident::DiaryNumber;
use crate::model::{Action, DocKind, DocRecord, Protocol, RecRef, TextSource};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
}

impl Format {
    /// Every format, with its name ([`std::str::FromStr`]) and what it is.
    pub const ALL: [(Format, &'static str, &'static str); 4] = [
        (Format::Table, "table", "Aligned columns for people"),
        (Format::Csv, "csv", "RFC 4180 CSV with a header row"),
        (Format::Json, "json", "One JSON array"),
        (Format::Jsonl, "jsonl", "One JSON object per line"),
    ];
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        choose(&Format::ALL, s)
    }
}

/// The value of `name` among `all` (value, name, help), or an error naming the choices.
pub fn choose<T: Copy>(all: &[(T, &str, &str)], name: &str) -> Result<T, String> {
    all.iter()
        .find(|(_, n, _)| *n == name)
        .map(|e| e.0)
        .ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|e| e.1).collect();
            format!("'{name}' is none of {}", names.join(", "))
        })
}

/// CSV settings.
#[derive(Debug, Clone)]
pub struct CsvOptions {
    pub delimiter: u8,
    /// Start with a UTF-8 byte-order mark.
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            delimiter: b',',
            bom: false,
        }
    }
}

/// Errors while writing output.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
    #[error("no document '{0}' in the index (see `kommission docs`)")]
    NoDoc(String),
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{path}: {message}")]
    File {
        path: std::path::PathBuf,
        message: String,
    },
}

/// A JSON error as an export error: a failed write stays an I/O error (so that a closed pipe
/// is recognised as one).
pub(crate) fn json_error(e: serde_json::Error) -> ExportError {
    match e.io_error_kind() {
        Some(kind) => ExportError::Io(std::io::Error::new(kind, e.to_string())),
        None => ExportError::Json(e),
    }
}

/// A record that can be written as a table row.
pub trait Tabular: Serialize {
    /// Column names, in order.
    fn headers() -> Vec<&'static str>;
    /// Cell texts, in the order of [`Tabular::headers`].
    fn cells(&self) -> Vec<String>;
    /// Columns left out of a table unless every column is asked for (CSV and JSON keep them).
    fn hidden_in_table() -> &'static [&'static str] {
        &[]
    }
}

/// A field as a CSV or table cell: a missing value is empty, a list's items are joined with
/// [`LIST_SEPARATOR`], a recommendation reference is `code (s. page)` (once per code), a
/// map's entries are `key: value`.
pub trait Cell {
    fn cell(&self) -> String;
}

macro_rules! display_cell {
    ($($t:ty),*) => {
        $(impl Cell for $t {
            fn cell(&self) -> String {
                self.to_string()
            }
        })*
    };
}
display_cell!(String, &str, u32, usize, f32, bool, DiaryNumber);

impl Cell for DocKind {
    fn cell(&self) -> String {
        self.as_str().to_string()
    }
}

impl Cell for TextSource {
    fn cell(&self) -> String {
        pages::source_name(*self).to_string()
    }
}

impl<T: Cell> Cell for [T] {
    fn cell(&self) -> String {
        let cells: Vec<String> = self.iter().map(Cell::cell).collect();
        cells.join(LIST_SEPARATOR)
    }
}

impl<T: Cell> Cell for Option<T> {
    fn cell(&self) -> String {
        self.as_ref().map(Cell::cell).unwrap_or_default()
    }
}

impl Cell for Vec<RecRef> {
    fn cell(&self) -> String {
        let mut refs: Vec<String> = Vec::new();
        for r in self {
            let cell = match r.page {
                Some(p) => format!("{} (s. {p})", r.code),
                None => r.code.to_string(),
            };
            crate::index::writer::push_unique(&mut refs, cell);
        }
        refs.join(LIST_SEPARATOR)
    }
}

impl Cell for std::collections::BTreeMap<String, String> {
    fn cell(&self) -> String {
        let cells: Vec<String> = self.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        cells.join(LIST_SEPARATOR)
    }
}

/// [`Tabular`] for a row type: its columns are the named fields of `$inner` (the row itself,
/// or the record it holds), each written as a [`Cell`].
macro_rules! tabular {
    ($row:ty, $this:ident => $inner:expr, [$($field:ident),* $(,)?] $(, hidden: $hidden:expr)?) => {
        impl $crate::export::Tabular for $row {
            fn headers() -> Vec<&'static str> {
                vec![$(stringify!($field)),*]
            }
            fn cells(&self) -> Vec<String> {
                use $crate::export::Cell;
                let $this = self;
                let v = $inner;
                vec![$(v.$field.cell()),*]
            }
            $(fn hidden_in_table() -> &'static [&'static str] {
                $hidden
            })?
        }
    };
}
pub(crate) use tabular;

/// How a table is laid out (see [`write_rows`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    /// Fit every line into this many display columns (a terminal's width), cutting the widest
    /// cells first; `None`: cells are only cut at [`MAX_CELL`].
    pub width: Option<usize>,
    /// Every column, each cell in full (no cutting at all).
    pub wide: bool,
}

/// A string from a file, made safe to print on a terminal: control characters (ESC, BEL, C1
/// controls, DEL, …) and the bidirectional overrides are shown as `\x1B`, `\u{202E}`, so that
/// a file name or a document's text can never move the cursor, set the window title or
/// reorder what is shown. Line breaks and tabs are kept when `keep_lines` (for multi-line
/// text blocks) and escaped otherwise. JSON output does not use this: it stays exact.
pub fn for_terminal(s: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        if keep_lines && (c == '\n' || c == '\t') {
            return false;
        }
        c.is_control()
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
    };
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !unsafe_char(c) {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02X}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// Output format of a view (`kommission show`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewFormat {
    /// Fields one per line for people.
    Text,
    /// One pretty-printed JSON object.
    Json,
}

impl ViewFormat {
    /// Every format, with its name and what it is ([`choose`]).
    pub const ALL: [(ViewFormat, &'static str, &'static str); 2] = [
        (ViewFormat::Text, "text", ""),
        (ViewFormat::Json, "json", ""),
    ];
}

/// A view of one thing (an action, a recommendation, a document, a diary number): JSON is
/// its `Serialize` form; text is [`text`] of it unless the view says otherwise.
pub trait View: Serialize {
    /// The text for people (not yet escaped for the terminal: [`write_view`] does that).
    fn text(&self) -> String {
        text(self)
    }
}

/// Write a view: pretty JSON, or its text with control characters escaped.
pub fn write_view<W: Write, V: View>(
    out: &mut W,
    view: &V,
    format: ViewFormat,
) -> Result<(), ExportError> {
    match format {
        ViewFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, view).map_err(json_error)?;
            writeln!(out)?;
        }
        ViewFormat::Text => write!(out, "{}", for_terminal(&view.text(), true))?,
    }
    Ok(())
}

/// The text of a view for people: its fields one per line in their order (long texts
/// shortened, lists indented, objects in lists numbered), then its `links` (objects with
/// `doc`, `page`, `kind`, `target`, `direction`) grouped: one line per document and
/// target with its pages and the number of mentions, incoming ("Points here") first; and
/// for each `links_left_out` entry (`direction`, `documents`, `links`) how many more.
pub fn text<V: Serialize + ?Sized>(view: &V) -> String {
    let value = match serde_json::to_value(view) {
        Ok(v) => v,
        Err(e) => return format!("({e})\n"),
    };
    let mut out = String::new();
    let Some(obj) = value.as_object() else {
        return format!("{value}\n");
    };
    for (k, v) in obj {
        if k != "links" && k != "links_left_out" {
            text_field(&mut out, k, v, 0);
        }
    }
    let list = |k: &str| {
        obj.get(k)
            .and_then(|v| v.as_array())
            .map_or(&[][..], Vec::as_slice)
    };
    let (links, left_out) = (list("links"), list("links_left_out"));
    for (dir, head) in [("in", "Points here"), ("out", "Points to")] {
        let these = links.iter().filter(|l| l["direction"] == dir);
        let more = left_out.iter().find(|l| l["direction"] == dir);
        text_links(&mut out, head, these, more);
    }
    out
}

/// One direction's links, one line per document and target, in the order of their first
/// link: `doc p. 3, 7  kind  target` (and "(N mentions)" when more than one).
fn text_links<'a>(
    out: &mut String,
    head: &str,
    links: impl Iterator<Item = &'a serde_json::Value>,
    more: Option<&serde_json::Value>,
) {
    let str_of = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    // (doc, target) → (pages, kinds, mentions), in the order first seen.
    type Group = ((String, String), (Vec<String>, Vec<String>, usize));
    let mut groups: Vec<Group> = Vec::new();
    for l in links {
        let key = (str_of(&l["doc"]), str_of(&l["target"]));
        let at = match groups.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                groups.push((key, Default::default()));
                groups.len() - 1
            }
        };
        let (pages, kinds, n) = &mut groups[at].1;
        let (page, kind) = (l["page"].to_string(), str_of(&l["kind"]));
        crate::index::writer::push_unique(pages, page);
        crate::index::writer::push_unique(kinds, kind);
        *n += 1;
    }
    if groups.is_empty() && more.is_none() {
        return;
    }
    out.push_str(&format!("{head}:\n"));
    for ((doc, target), (pages, kinds, n)) in &groups {
        let count = if *n > 1 {
            format!(" ({n} mentions)")
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {doc} p. {}{count}  {}  {target}\n",
            pages.join(", "),
            kinds.join(", ")
        ));
    }
    if let Some(m) = more {
        out.push_str(&format!(
            "  ... and {} more documents ({} links; --all to list them)\n",
            m["documents"], m["links"]
        ));
    }
}

fn text_scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => {
            if s.chars().count() > 300 {
                let mut t: String = s.chars().take(299).collect();
                t.push('…');
                t
            } else {
                s.clone()
            }
        }
        serde_json::Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

fn text_field(out: &mut String, k: &str, v: &serde_json::Value, depth: usize) {
    use serde_json::Value;
    let pad = "  ".repeat(depth);
    match v {
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let s: Vec<String> = items.iter().map(text_scalar).collect();
            out.push_str(&format!("{pad}{k}: {}\n", s.join(", ")));
        }
        Value::Array(items) => {
            out.push_str(&format!("{pad}{k}:\n"));
            for (i, item) in items.iter().enumerate() {
                match item.as_object() {
                    Some(o) => {
                        out.push_str(&format!("{pad}  - [{}]\n", i + 1));
                        for (k2, v2) in o {
                            text_field(out, k2, v2, depth + 2);
                        }
                    }
                    None => out.push_str(&format!("{pad}  - {}\n", text_scalar(item))),
                }
            }
        }
        Value::Object(o) => {
            out.push_str(&format!("{pad}{k}:\n"));
            for (k2, v2) in o {
                text_field(out, k2, v2, depth + 1);
            }
        }
        other => out.push_str(&format!("{pad}{k}: {}\n", text_scalar(other))),
    }
}

/// One row of `kommission docs`.
#[derive(Debug, Clone, Serialize)]
pub struct DocRow {
    pub id: String,
    pub path: String,
    pub kind: Option<DocKind>,
    pub title: Option<String>,
    pub pages: usize,
    pub hash: String,
    pub status: String,
    /// Pages read by OCR.
    pub ocr_pages: Vec<u32>,
    /// Mean OCR confidence (0–100) over the OCR'd pages.
    pub ocr_confidence: Option<f32>,
    /// Scanned pages with no text (OCR off or unavailable).
    pub no_text_pages: Vec<u32>,
}

impl From<&DocRecord> for DocRow {
    fn from(r: &DocRecord) -> Self {
        DocRow {
            id: r.id.clone(),
            path: r.path.clone(),
            kind: r.kind,
            title: r.title.clone(),
            pages: r.pages.len(),
            hash: r.hash.clone(),
            status: r.status(),
            ocr_pages: pages_from(r, TextSource::Ocr),
            ocr_confidence: {
                let c: Vec<f32> = r.pages.iter().filter_map(|p| p.ocr_confidence).collect();
                (!c.is_empty())
                    .then(|| (c.iter().sum::<f32>() / c.len() as f32 * 10.0).round() / 10.0)
            },
            no_text_pages: pages_from(r, TextSource::None),
        }
    }
}

fn pages_from(r: &DocRecord, source: TextSource) -> Vec<u32> {
    r.pages
        .iter()
        .filter(|p| p.source == source)
        .map(|p| p.number)
        .collect()
}

tabular!(
    DocRow,
    row => row,
    [id, path, kind, title, pages, hash, status, ocr_pages, ocr_confidence, no_text_pages],
    hidden: &["hash"]
);

/// Rows a table reads ahead to find its column widths (and, on a terminal, its empty
/// columns); the rows after them are written as they come, cut to those widths.
pub const TABLE_LOOKAHEAD: usize = 1000;

/// Write rows in a format as they are read: the one writer of every list (memory holds one
/// row, or a table's first [`TABLE_LOOKAHEAD`] rows, however long the list). A table is laid
/// out as `table` says: fitted to `table.width` and without the columns of
/// [`Tabular::hidden_in_table`] when a width is given (a terminal), every column when not (a
/// pipe or a file keeps the full output) or when `table.wide`. Returns the columns left out
/// on the terminal — empty in every row read ahead, or not fitting even at their narrowest
/// (the last ones) — for a note to the reader. The first error of `rows` ends the output.
pub fn write_rows<W, T, E>(
    out: &mut W,
    rows: impl IntoIterator<Item = Result<T, E>>,
    format: Format,
    csv_options: &CsvOptions,
    table: &TableOptions,
) -> Result<Vec<&'static str>, E>
where
    W: Write,
    T: Tabular,
    E: From<ExportError>,
{
    let io = |e: std::io::Error| E::from(ExportError::Io(e));
    let json = |e: serde_json::Error| E::from(json_error(e));
    let mut rows = rows.into_iter();
    match format {
        Format::Json => {
            // serde_json's pretty array, one element at a time.
            use serde::ser::{SerializeSeq as _, Serializer as _};
            let mut array = serde_json::Serializer::pretty(&mut *out);
            let mut seq = array.serialize_seq(None).map_err(json)?;
            for r in rows {
                seq.serialize_element(&r?).map_err(json)?;
            }
            seq.end().map_err(json)?;
            writeln!(out).map_err(io)?;
        }
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, &r?).map_err(json)?;
                writeln!(out).map_err(io)?;
            }
        }
        Format::Csv => {
            if csv_options.bom {
                out.write_all("\u{feff}".as_bytes()).map_err(io)?;
            }
            let csv = |e: csv::Error| E::from(ExportError::Csv(e));
            let mut w = csv_writer(&mut *out, csv_options.delimiter);
            w.write_record(T::headers()).map_err(csv)?;
            for r in rows {
                w.write_record(r?.cells()).map_err(csv)?;
            }
            w.flush().map_err(io)?;
        }
        Format::Table => {
            let mut ahead = Vec::new();
            for r in rows.by_ref().take(TABLE_LOOKAHEAD) {
                ahead.push(r?.cells());
            }
            let layout = TableLayout::new::<T>(&ahead, table);
            layout.header(out).map_err(io)?;
            for cells in ahead {
                layout.row(out, cells).map_err(io)?;
            }
            for r in rows {
                layout.row(out, r?.cells()).map_err(io)?;
            }
            return Ok(layout.dropped);
        }
    }
    Ok(Vec::new())
}

/// A CSV writer: RFC 4180 with CRLF line ends (quoting depends on the cell alone, so rows
/// render apart).
pub(crate) fn csv_writer<T: Write>(to: T, delimiter: u8) -> csv::Writer<T> {
    let mut builder = csv::WriterBuilder::new();
    builder
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF);
    builder.from_writer(to)
}

/// Widest table cell, in display columns.
pub const MAX_CELL: usize = 60;

/// How list fields are joined in CSV cells and table cells.
pub const LIST_SEPARATOR: &str = " | ";

/// A cell on one line with control characters escaped.
fn clean_cell(s: &str) -> String {
    for_terminal(&s.replace(['\n', '\r', '\t'], " "), false).into_owned()
}

/// Cut a cell to `max` display columns, ending in "…" when cut.
fn cut_cell(s: &str, max: usize) -> String {
    if UnicodeWidthStr::width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if width + w > max.saturating_sub(1) {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Narrowest a column is made to fit a terminal (a header is cut too when it must).
const MIN_COLUMN: usize = 10;

/// Column widths that fit `total` display columns (two spaces between columns): the widest
/// columns give way first, none below [`MIN_COLUMN`] (or its natural width when smaller);
/// the first column (the key: id, doc, code) keeps its width up to a third of the line.
/// When even that does not fit, columns are left out from the right: the result may be
/// shorter than `natural`.
fn fit_widths(natural: &[usize], total: usize) -> Vec<usize> {
    for keep in (1..=natural.len()).rev() {
        let mut widths = natural[..keep].to_vec();
        let least: Vec<usize> = widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                (*w).min(if i == 0 {
                    (total / 3).max(MIN_COLUMN)
                } else {
                    MIN_COLUMN
                })
            })
            .collect();
        let gaps = 2 * (keep - 1);
        let sum = |w: &[usize]| w.iter().sum::<usize>() + gaps;
        while sum(&widths) > total {
            let Some((i, &w)) = widths
                .iter()
                .enumerate()
                .filter(|(i, w)| **w > least[*i])
                .max_by_key(|(i, w)| (**w, std::cmp::Reverse(*i)))
            else {
                break;
            };
            // The next widest column that can still give way.
            let second = widths
                .iter()
                .enumerate()
                .filter(|(j, w)| *j != i && **w > least[*j])
                .map(|(_, w)| *w)
                .max()
                .unwrap_or(0);
            let over = sum(&widths) - total;
            // Down to the next widest column at once, or just enough.
            let cut = over.min(w.saturating_sub(second.max(least[i]))).max(1);
            widths[i] = w - cut;
        }
        if sum(&widths) <= total || keep == 1 {
            return widths;
        }
    }
    Vec::new()
}

/// The columns of a table and their widths, found from the rows read ahead.
struct TableLayout {
    /// Which of the row's cells are shown.
    keep: Vec<bool>,
    headers: Vec<&'static str>,
    widths: Vec<usize>,
    /// Longest a cell is before fitting (`usize::MAX`: `--wide`).
    max_cell: usize,
    /// Columns left out on a terminal.
    dropped: Vec<&'static str>,
}

impl TableLayout {
    fn new<T: Tabular>(ahead: &[Vec<String>], options: &TableOptions) -> TableLayout {
        let fitting = options.width.is_some() && !options.wide;
        let hidden = if fitting { T::hidden_in_table() } else { &[] };
        let all = T::headers();
        // On a terminal, columns without a single value are left out too.
        let empty = |i: usize| {
            fitting
                && !ahead.is_empty()
                && ahead.iter().all(|r| r.get(i).is_none_or(|c| c.is_empty()))
        };
        let keep: Vec<bool> = all
            .iter()
            .enumerate()
            .map(|(i, h)| !hidden.contains(h) && !empty(i))
            .collect();
        let (shown, left): (Vec<_>, Vec<_>) = all.iter().zip(&keep).partition(|(_, k)| **k);
        let headers: Vec<&'static str> = shown.into_iter().map(|(h, _)| *h).collect();
        let left = left.into_iter().map(|(h, _)| *h);
        let mut dropped: Vec<&'static str> = left.filter(|h| !hidden.contains(h)).collect();
        let mut layout = TableLayout {
            keep,
            widths: headers.iter().map(|h| UnicodeWidthStr::width(*h)).collect(),
            headers,
            max_cell: if options.wide { usize::MAX } else { MAX_CELL },
            dropped: Vec::new(),
        };
        for r in ahead {
            let cells = layout.pick(r.clone());
            for (w, c) in layout.widths.iter_mut().zip(cells) {
                *w = (*w).max(UnicodeWidthStr::width(c.as_str()));
            }
        }
        if let (Some(total), false) = (options.width, options.wide) {
            layout.widths = fit_widths(&layout.widths, total);
        }
        dropped.extend(
            layout
                .headers
                .get(layout.widths.len()..)
                .unwrap_or_default(),
        );
        layout.dropped = dropped;
        layout
    }

    /// The shown cells of a row, each on one line, escaped and cut at the longest cell.
    fn pick(&self, cells: Vec<String>) -> Vec<String> {
        cells
            .into_iter()
            .zip(&self.keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| cut_cell(&clean_cell(&c), self.max_cell))
            .collect()
    }

    fn header<W: Write>(&self, out: &mut W) -> std::io::Result<()> {
        let cells = self.headers.iter().map(|h| h.to_string()).collect();
        self.line(out, cells)
    }

    fn row<W: Write>(&self, out: &mut W, cells: Vec<String>) -> std::io::Result<()> {
        self.line(out, self.pick(cells))
    }

    /// One line: cells padded to their column's width (the last one not padded) and cut to
    /// it (a cell of a row after the look-ahead may be wider).
    fn line<W: Write>(&self, out: &mut W, cells: Vec<String>) -> std::io::Result<()> {
        let mut s = String::new();
        let n = cells.len().min(self.widths.len());
        for (i, (c, w)) in cells.iter().zip(&self.widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            let c = if self.max_cell == usize::MAX {
                c.clone()
            } else {
                cut_cell(c, *w)
            };
            s.push_str(&c);
            if i + 1 < n {
                s.extend(std::iter::repeat_n(
                    ' ',
                    w.saturating_sub(UnicodeWidthStr::width(c.as_str())),
                ));
            }
        }
        writeln!(out, "{s}")
    }
}

/// One action as every output shows it, built once: the row of `kommission actions` (its
/// JSON and columns are exactly the fields of the command-line contract, see [`Tabular`]
/// below), of the SQLite `actions` table and of the OpenSearch action source. It borrows the
/// stored action, or owns it when a list reads it.
#[derive(Debug, Clone)]
pub struct ActionRow<'a>(pub Cow<'a, Action>);

impl ActionRow<'_> {
    /// `<doc>#<number>`, the key links name (`action:<doc>#<number>`).
    pub fn id(&self) -> String {
        format!("{}#{}", self.0.doc, self.0.number)
    }

    /// The first page of the action's own text.
    pub fn first_page(&self) -> Option<u32> {
        self.0.pages.first().copied()
    }

    /// The codes of the recommendations it cites, in order.
    pub fn codes(&self) -> Vec<&str> {
        self.0
            .recommendations
            .iter()
            .map(|r| r.code.as_str())
            .collect()
    }

    /// Title and body, a line apart: the text a full-text engine searches.
    pub fn text(&self) -> Cow<'_, str> {
        let a = &*self.0;
        if a.body.is_empty() {
            Cow::Borrowed(&a.title)
        } else {
            Cow::Owned(format!("{}\n{}", a.title, a.body))
        }
    }
}

/// A row type that holds a stored record (`$row(Cow<$inner>)`): made from the record or a
/// reference to it; its `FIELDS` (its JSON object's fields and its columns, in order), its
/// `Serialize` (those fields of the record, each under its own name) and its columns.
macro_rules! row_fields {
    ($row:ident, $inner:ty, [$($field:ident),* $(,)?]) => {
        impl<'a> From<&'a $inner> for $row<'a> {
            fn from(r: &'a $inner) -> Self {
                $row(Cow::Borrowed(r))
            }
        }

        impl From<$inner> for $row<'static> {
            fn from(r: $inner) -> Self {
                $row(Cow::Owned(r))
            }
        }

        impl $row<'_> {
            /// The row's fields, in order: its JSON object's and its columns.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl Serialize for $row<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let v = &*self.0;
                let mut s = serializer.serialize_struct(stringify!($row), Self::FIELDS.len())?;
                $(s.serialize_field(stringify!($field), &v.$field)?;)*
                s.end()
            }
        }

        tabular!($row<'_>, row => &*row.0, [$($field),*]);
    };
}

row_fields!(
    ActionRow,
    Action,
    [
        doc,
        number,
        title,
        section,
        section_page,
        pages,
        measure_type,
        responsible,
        report_back,
        recommendations,
        timeline,
        cost,
        status,
        follow_up,
        fields,
    ]
);

/// One protocol paragraph as every output shows it, built once: the row of `kommission
/// protocols` (the fields of [`Tabular`] below, in that order), of the SQLite `protocols`
/// table and of the OpenSearch protocol source.
#[derive(Debug, Clone)]
pub struct ProtocolRow<'a>(pub Cow<'a, Protocol>);

impl ProtocolRow<'_> {
    /// `<doc>/<n>`, the key of the `n`-th paragraph of its document (from 1).
    pub fn id(&self, n: usize) -> String {
        format!("{}/{n}", self.0.doc)
    }

    /// Its diary number, the numbers it refers to and its `§N`.
    pub fn identifiers(&self) -> Vec<String> {
        let p = &*self.0;
        let numbers = p.diary_number.iter().chain(&p.referenced_diary_numbers);
        let mut identifiers: Vec<String> = numbers.map(ToString::to_string).collect();
        if let Some(n) = p.paragraph {
            identifiers.push(format!("§{n}"));
        }
        identifiers
    }

    /// Title, decisions and basis, one per line: the text a full-text engine searches.
    pub fn text(&self) -> String {
        let p = &*self.0;
        let mut text = p.title.clone().unwrap_or_default();
        for part in p.decisions.iter().chain(&p.basis) {
            text.push('\n');
            text.push_str(part);
        }
        text
    }
}

row_fields!(
    ProtocolRow,
    Protocol,
    [
        doc,
        body,
        date,
        paragraph,
        title,
        diary_number,
        referenced_diary_numbers,
        decisions,
        time,
        place,
        chair,
        secretary,
        adjuster,
        basis,
        label,
        adjusters,
        attendees,
        reservations,
    ]
);

/// One row of `kommission identifiers` and `kommission show diary`: an identifier cited on a
/// page ([`crate::ident`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdentifierRow {
    /// "diary", "paragraph", "law-section", "recommendation", "sfs", …
    pub kind: String,
    /// The normalised form, equal for every spelling ("KS 2013/375").
    pub id: String,
    /// As written on the page ("Dnr. KS2013/375").
    pub written: String,
    pub doc: String,
    pub page: u32,
}

impl IdentifierRow {
    pub fn new(doc: &str, i: &crate::model::Identifier) -> Self {
        IdentifierRow {
            kind: i.kind.as_str().to_string(),
            id: i.id.clone(),
            written: i.written.clone(),
            doc: doc.to_string(),
            page: i.page,
        }
    }
}

tabular!(IdentifierRow, row => row, [kind, id, written, doc, page]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_control_characters_and_keeps_letters() {
        assert_eq!(
            for_terminal("a\u{1b}]0;pwned\u{7}b", false),
            "a\\x1B]0;pwned\\x07b"
        );
        assert_eq!(for_terminal("rad 1\nrad 2\tå", true), "rad 1\nrad 2\tå");
        assert_eq!(for_terminal("rad 1\nrad 2", false), "rad 1\\x0Arad 2");
        assert_eq!(for_terminal("x\u{202E}y\u{9b}", true), "x\\u{202E}y\\x9B");
        assert!(matches!(for_terminal("Malmö stad", true), Cow::Borrowed(_)));
    }

    #[derive(Serialize)]
    struct Row(String, String);

    impl Tabular for Row {
        fn headers() -> Vec<&'static str> {
            vec!["id", "text"]
        }
        fn cells(&self) -> Vec<String> {
            vec![self.0.clone(), self.1.clone()]
        }
    }

    /// A table finds its widths in the rows read ahead and writes the rest as they come, cut
    /// to those widths on a terminal (every line as wide as the look-ahead's); one error in
    /// the rows ends the output with that error.
    #[test]
    fn tables_stream_after_a_bounded_look_ahead() {
        let rows = (0..TABLE_LOOKAHEAD + 5).map(|i| {
            let text = if i == TABLE_LOOKAHEAD + 2 {
                "x".repeat(50)
            } else {
                "kort".into()
            };
            Ok::<_, ExportError>(Row(format!("r{i:04}"), text))
        });
        let mut out = Vec::new();
        let opts = TableOptions {
            width: Some(100),
            wide: false,
        };
        write_rows(&mut out, rows, Format::Table, &CsvOptions::default(), &opts).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), TABLE_LOOKAHEAD + 6);
        assert_eq!(lines[TABLE_LOOKAHEAD + 3], "r1002  xxx…");
        assert_eq!(lines[TABLE_LOOKAHEAD + 4], "r1003  kort");
        // Not on a terminal: nothing is lost beyond the longest cell.
        let rows = (0..TABLE_LOOKAHEAD + 1).map(|i| {
            let text = if i == TABLE_LOOKAHEAD {
                "y".repeat(50)
            } else {
                "kort".into()
            };
            Ok::<_, ExportError>(Row(format!("r{i:04}"), text))
        });
        let mut out = Vec::new();
        write_rows(
            &mut out,
            rows,
            Format::Table,
            &CsvOptions::default(),
            &TableOptions {
                width: None,
                wide: true,
            },
        )
        .unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .ends_with(&format!("r1000  {}\n", "y".repeat(50))));
        let rows = vec![
            Ok(Row("a".into(), "b".into())),
            Err(ExportError::NoDoc("x".into())),
        ];
        let mut out = Vec::new();
        let r = write_rows(&mut out, rows, Format::Csv, &CsvOptions::default(), &opts);
        assert!(matches!(r, Err(ExportError::NoDoc(_))));
    }

    #[test]
    fn widths_fit_the_total_widest_first() {
        assert_eq!(fit_widths(&[10, 20], 100), vec![10, 20]);
        let w = fit_widths(&[10, 60, 40, 8], 80);
        assert_eq!(w.iter().sum::<usize>() + 6, 80, "{w:?}");
        assert_eq!(w[0], 10);
        assert_eq!(w[3], 8);
        // The key column keeps its width up to a third of the line.
        assert_eq!(fit_widths(&[15, 60, 60], 60), vec![15, 20, 21]);
        // Nothing below the minimum: columns that cannot fit are left out from the right.
        assert_eq!(fit_widths(&[30, 30, 30], 30), vec![14, 14]);
        assert_eq!(fit_widths(&[3, 30], 15), vec![3, MIN_COLUMN]);
        assert_eq!(fit_widths(&[40, 30], 12), vec![12]);
    }
}
