//! The index schema and its version.
//!
//! One tantivy index holds five kinds of documents, told apart by the `kind` field; every one
//! carries the id of the document it belongs to in `doc`, so that deleting that term removes
//! a document with everything derived from it (its pages, actions and outgoing links):
//!
//! * `doc`: one per ingested document: id, path, hash, pipeline version, file size and mtime
//!   (fast fields, for incremental ingest), what it has (`has`: actions, protocols,
//!   identifiers, failed, scanned, pending-ocr) and its diary numbers (`keys`), and its
//!   skeleton as JSON in `meta`: the record without page text and headings (structure, page
//!   numbers, labels, sources, running headers), which every list and `show` reads;
//! * `page`: one per page, searchable (title, headings, text) with exact identifier fields;
//!   it stores the page's text and headings, the only copy of them: a full
//!   [`crate::model::DocRecord`] is its skeleton with the text and headings of its page items
//!   (schema 9 dropped the `record` item, a second copy of every page's text as JSON);
//! * `action`: one per numbered action found by the structure stage, with the codes it
//!   cites (`cites`) and the key of its title (`title_key`);
//! * `link` / `tlink`: one per link found in a document (`doc`, `page`, `link_kind`,
//!   `target`, `target_kind`); `tlink` are the title mentions, which an ingest recomputes
//!   when titles appear. A target is either concrete ("action:D#N",
//!   "recommendation:C", "diary:N") or a key resolved at read time ("title:K", "number:N",
//!   "bare:C"; see [`crate::index::links`]).

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use super::analyzer::{ANALYZER_NAME, COMPOUND_ANALYZER_NAME};

/// Version of the schema and of the analysis; an index made with another version must be
/// rebuilt. Bump it whenever the fields or the analyzer change (10: nouns in -else and
/// -het keep their own stem: "styrelsen" is no longer "styr" as "styra" is, "myndigheten"
/// no longer "myndig"; 11: series numbers in every form and agency statute books, "dir
/// 2014 158", "NFS-2007-10", "prop. 1999/2000:17", are identifiers; 12: court case numbers
/// are identifiers, "T 3592-13", and definite forms in "-n" after a vowel meet their bare
/// form, "arbetsmiljön" / "arbetsmiljö"; 13: "fukt- och mögelskador" holds fuktskador,
/// "rollatorn" meets "rollator", a document's own numbers are marked in `ids`; 14: link
/// items carry their document's number, `doc_number`).
pub const SCHEMA_VERSION: u32 = 14;

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
pub const KIND_LINK: &str = "link";
pub const KIND_TITLE_LINK: &str = "tlink";

/// Values of the `has` field of `doc` documents.
pub const HAS_ACTIONS: &str = "actions";
pub const HAS_PROTOCOLS: &str = "protocols";
pub const HAS_IDENTIFIERS: &str = "identifiers";
pub const HAS_FAILED: &str = "failed";
/// Pages not read from a text layer (OCR'd or without text).
pub const HAS_SCANNED: &str = "scanned";
/// Pages that have no text because OCR was not run (read again when OCR is there).
pub const HAS_PENDING_OCR: &str = "pending-ocr";

/// `Fields` (the fields of the schema, each with its doc comment) and `fields_of`, which looks
/// them up by name in an opened index's schema (which must be this version's).
macro_rules! schema_fields {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The fields of the schema.
        #[derive(Debug, Clone, Copy)]
        pub struct Fields {
            $($(#[$doc])* pub $name: Field,)*
        }

        /// Look the fields up in an opened index's schema (which must be this version's).
        pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
            Ok(Fields {
                $($name: schema.get_field(stringify!($name))?,)*
            })
        }
    };
}

schema_fields! {
    /// "doc" | "page" | "action" | "link" | "tlink" (raw).
    kind,
    /// Document id (raw).
    doc,
    /// Document title on pages, action title on actions (analysed, stored).
    title,
    /// Headings of the page, one a line (analysed, stored: the record's only copy).
    heading,
    /// Page text or action body (analysed, stored: for snippets, and the record's only copy
    /// of a page's text).
    text,
    /// Running headers and footers of a page (analysed, weighed less than the text).
    running,
    /// The text of a page, or the title and body of an action, with every compound's parts
    /// at the compound's position (the other analysed fields hold whole words only): a word
    /// found only as a part of a compound weighs less than the word itself.
    compound,
    /// Area heading of an action (analysed, stored).
    section,
    /// Document kind: report | protocol | web | text (raw).
    doc_kind,
    /// Physical page number.
    page,
    /// Printed page label (stored only).
    label,
    /// Page text came from OCR (0/1, stored).
    ocr,
    /// Mean OCR word confidence of the page, 0–100 (stored; OCR'd pages only).
    ocr_confidence,
    /// Action numbers as printed, "5", "1.1" (of the action, or of the actions standing on
    /// a page); raw strings.
    action,
    /// Exact identifiers, lowercased: recommendation codes, diary numbers, "§216", doc id.
    ids,
    /// Recommendation codes only (for `code:`).
    code,
    /// The document title, stored on action documents for display.
    doc_title,
    /// The record without page text and headings ([`super::writer::skeleton`]), JSON
    /// (stored only, on `doc` documents; on the page items of a document stored in parts,
    /// the page's skeleton: [`super::writer::PAGES_IN_PARTS`]).
    meta,
    /// What a `doc` document has: [`HAS_ACTIONS`], … (raw).
    has,
    /// Diary numbers a `doc` document cites, lowercased (raw).
    keys,
    /// File size and modification time (ns since the epoch) of a `doc` document (fast).
    size,
    mtime,
    /// Recommendation codes an action cites (raw, on `action` documents).
    cites,
    /// The key of an action's title (raw, on `action` documents; see `links::title_key`).
    title_key,
    /// Kind of a link ("mentions-title", …; raw, stored).
    link_kind,
    /// Target (or target key) of a link (raw, stored, fast).
    target,
    /// What the target is: action, title, number, bare, recommendation, diary (raw).
    target_kind,
    /// Path, hash and pipeline version of a `doc` document: stored and fast (columnar), so
    /// that [`super::Store::summaries`] reads them without touching the stored records.
    path,
    hash,
    pipeline,
    /// A fixed number of each page and action document, from its kind, document id and
    /// page or action number (fast): hits with equal scores are ordered by it, so that a
    /// search gives the same hits in the same order after every ingest of the same files.
    rank,
    /// [`HIT_PAGE`] or [`HIT_ACTION`] (fast): search weighs action hits against pages.
    hit_kind,
    /// The anchor keys of a page's words ([`crate::links::page_anchors`], raw, on `page`
    /// documents): the pages that may mention a new action title are found with them.
    anchors,
    /// [`doc_number`] of the document a link item stands in (fast): the documents that link
    /// to a target are told apart across segments without reading the `doc` dictionaries.
    doc_number,
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

/// The number of document `doc` on its link items ([`Fields::doc_number`]): a stable 64-bit
/// hash of its id (two of 10⁶ documents share one with a chance of about 3·10⁻⁸).
pub fn doc_number(doc: &str) -> u64 {
    rank_of(KIND_DOC, doc, &[])
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
    let compound = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(COMPOUND_ANALYZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        doc: b.add_text_field("doc", STRING | STORED | FAST),
        title: b.add_text_field("title", text_stored.clone()),
        heading: b.add_text_field("heading", text_stored.clone()),
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
        meta: b.add_text_field("meta", STORED),
        has: b.add_text_field("has", STRING),
        keys: b.add_text_field("keys", STRING),
        size: b.add_u64_field("size", FAST),
        mtime: b.add_u64_field("mtime", FAST),
        cites: b.add_text_field("cites", STRING),
        title_key: b.add_text_field("title_key", STRING | STORED),
        link_kind: b.add_text_field("link_kind", STRING | STORED),
        target: b.add_text_field("target", STRING | STORED | FAST),
        target_kind: b.add_text_field("target_kind", STRING),
        path: b.add_text_field("path", STRING | STORED | FAST),
        hash: b.add_text_field("hash", STRING | STORED | FAST),
        pipeline: b.add_u64_field("pipeline", STORED | FAST),
        rank: b.add_u64_field(RANK_FIELD, FAST),
        hit_kind: b.add_u64_field(HIT_KIND_FIELD, FAST),
        compound: b.add_text_field("compound", compound),
        anchors: b.add_text_field("anchors", STRING),
        doc_number: b.add_u64_field("doc_number", FAST),
    };
    (b.build(), fields)
}
