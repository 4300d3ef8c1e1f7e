//! kommission: turns a city's social-sustainability commission material (Swedish PDF reports,
//! council protocols, web pages) into searchable, structured, linked data.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! * [`extract`] reads a file into pages ([`model::ExtractedDoc`]), dispatching to
//!   [`pdf`] (our content-stream interpreter on lopdf), [`ocr`] (scanned pages) and
//!   [`formats`] (HTML, plain text, Word .docx and OpenDocument .odt);
//! * [`structure`] finds actions, recommendation references and protocol fields in the pages;
//! * [`links`] resolves mentions across documents into [`model::Link`]s;
//! * [`index`] stores every document and its structure in a tantivy index with Swedish
//!   analysis, and searches it;
//! * [`export`] writes records as table, CSV, JSON or JSONL, and the whole index as page
//!   records, a SQLite database or OpenSearch bulk lines;
//! * [`ingest`] drives the whole path over folders, in parallel and incrementally.
//!
//! [`resources`] keeps a run within the process's limits (address space, out of memory).

pub mod export;
pub mod extract;
pub mod formats;
pub mod ident;
pub mod index;
pub mod ingest;
pub mod links;
pub mod model;
pub mod ocr;
pub mod pdf;
pub mod query;
pub mod resources;
pub mod structure;
pub mod text;
