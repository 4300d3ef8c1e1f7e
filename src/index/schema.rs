//! The index schema and its version.
//!
//! One tantivy index holds four kinds of documents, told apart by the `kind` field:
//!
//! * `doc`: one per ingested document, with its full [`crate::model::DocRecord`] as JSON in a
//!   stored-only field, plus id, path, hash and pipeline version for cheap listing;
//! * `page`: one per page, searchable (title, headings, text) with exact identifier fields;
//! * `action`: one per numbered action found by the structure stage;
//! * `links`: a single document holding every cross-document link as JSON.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use super::analyzer::ANALYZER_NAME;

/// Version of the schema and of the analysis; an index made with another version must be
/// rebuilt. Bump it whenever the fields or the analyzer change.
pub const SCHEMA_VERSION: u32 = 6;

/// The file in the index directory that records the schema version.
pub const META_FILE: &str = "kommission-meta.json";

/// Name of the [`Fields::rank`] field.
pub const RANK_FIELD: &str = "rank";

/// Name of the [`Fields::hit_kind`] field.
pub const HIT_KIND_FIELD: &str = "hit_kind";
/// Values of the `hit_kind` field.
pub const HIT_PAGE: u64 = 0;
pub const HIT_ACTION: u64 = 1;

/// Values of the `kind` field.
pub const KIND_DOC: &str = "doc";
pub const KIND_PAGE: &str = "page";
pub const KIND_ACTION: &str = "action";
pub const KIND_LINKS: &str = "links";

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// "doc" | "page" | "action" | "links" (raw).
    pub kind: Field,
    /// Document id (raw).
    pub doc: Field,
    /// Document title on pages, action title on actions (analysed, stored).
    pub title: Field,
    /// Headings of the page (analysed).
    pub heading: Field,
    /// Page text or action body (analysed, stored for snippets).
    pub text: Field,
    /// Running headers and footers of a page (analysed, weighed less than the text).
    pub running: Field,
    /// Area heading of an action (analysed, stored).
    pub section: Field,
    /// Document kind: report | protocol | web | text (raw).
    pub doc_kind: Field,
    /// Physical page number.
    pub page: Field,
    /// Printed page label (stored only).
    pub label: Field,
    /// Page text came from OCR (0/1, stored).
    pub ocr: Field,
    /// Mean OCR word confidence of the page, 0–100 (stored; OCR'd pages only).
    pub ocr_confidence: Field,
    /// Action numbers as printed, "5", "1.1" (of the action, or of the actions standing on
    /// a page); raw strings.
    pub action: Field,
    /// Exact identifiers, lowercased: recommendation codes, diary numbers, "§216", doc id.
    pub ids: Field,
    /// Recommendation codes only (for `code:`).
    pub code: Field,
    /// The document title, stored on action documents for display.
    pub doc_title: Field,
    /// Full record JSON (stored only, on `doc` documents).
    pub record: Field,
    /// Path, hash and pipeline version of a `doc` document: stored and fast (columnar), so
    /// that [`super::Store::summaries`] reads them without touching the stored records.
    pub path: Field,
    pub hash: Field,
    pub pipeline: Field,
    /// Links JSON (stored only, on the `links` document).
    pub links: Field,
    /// A fixed number of each page and action document, from its kind, document id and
    /// page or action number (fast): hits with equal scores are ordered by it, so that a
    /// search gives the same hits in the same order after every ingest of the same files.
    pub rank: Field,
    /// [`HIT_PAGE`] or [`HIT_ACTION`] (fast): search weighs action hits against pages.
    pub hit_kind: Field,
}

/// The `rank` of a page or action document (see [`Fields::rank`]): a stable hash. `number`
/// is a page number's little-endian bytes, or an action's [`action_rank_bytes`].
pub fn rank_of(kind: &str, doc: &str, number: &[u8]) -> u64 {
    let mut h = blake3::Hasher::new();
    h.update(kind.as_bytes());
    h.update(&[0]);
    h.update(doc.as_bytes());
    h.update(&[0]);
    h.update(number);
    let bytes = h.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(bytes.as_bytes().get(..8).unwrap_or(&[0; 8]));
    u64::from_le_bytes(first)
}

/// The bytes of an action number for [`rank_of`]: a plain number as before numbers became
/// strings (little-endian u32, so ranks are unchanged), else the text.
pub fn action_rank_bytes(number: &str) -> Vec<u8> {
    match number.parse::<u32>() {
        Ok(n) => n.to_le_bytes().to_vec(),
        Err(_) => number.as_bytes().to_vec(),
    }
}

/// Build the schema.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let analysed = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER_NAME)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text_stored = TextOptions::default()
        .set_indexing_options(analysed.clone())
        .set_stored();
    let text_only = TextOptions::default().set_indexing_options(analysed);
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        doc: b.add_text_field("doc", STRING | STORED | FAST),
        title: b.add_text_field("title", text_stored.clone()),
        heading: b.add_text_field("heading", text_only.clone()),
        running: b.add_text_field("running", text_only),
        text: b.add_text_field("text", text_stored.clone()),
        section: b.add_text_field("section", text_stored),
        doc_kind: b.add_text_field("doc_kind", STRING | STORED),
        page: b.add_u64_field("page", INDEXED | STORED),
        label: b.add_text_field("label", STORED),
        ocr: b.add_u64_field("ocr", STORED),
        ocr_confidence: b.add_f64_field("ocr_confidence", STORED),
        action: b.add_text_field("action", STRING | STORED),
        ids: b.add_text_field("ids", STRING),
        code: b.add_text_field("code", STRING | STORED),
        doc_title: b.add_text_field("doc_title", STORED),
        record: b.add_text_field("record", STORED),
        path: b.add_text_field("path", STRING | STORED | FAST),
        hash: b.add_text_field("hash", STRING | STORED | FAST),
        pipeline: b.add_u64_field("pipeline", STORED | FAST),
        links: b.add_text_field("links", STORED),
        rank: b.add_u64_field(RANK_FIELD, FAST),
        hit_kind: b.add_u64_field(HIT_KIND_FIELD, FAST),
    };
    (b.build(), fields)
}

/// Look the fields up in an opened index's schema (which must be this version's).
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        kind: f("kind")?,
        doc: f("doc")?,
        title: f("title")?,
        heading: f("heading")?,
        text: f("text")?,
        section: f("section")?,
        doc_kind: f("doc_kind")?,
        page: f("page")?,
        label: f("label")?,
        ocr: f("ocr")?,
        ocr_confidence: f("ocr_confidence")?,
        action: f("action")?,
        ids: f("ids")?,
        code: f("code")?,
        doc_title: f("doc_title")?,
        record: f("record")?,
        path: f("path")?,
        hash: f("hash")?,
        pipeline: f("pipeline")?,
        links: f("links")?,
        rank: f(RANK_FIELD)?,
        hit_kind: f(HIT_KIND_FIELD)?,
        running: f("running")?,
    })
}
