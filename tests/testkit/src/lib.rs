//! Test and bench scaffolding for kommission, kept out of the product: a dev-dependency of
//! the tests and examples only. Uses kommission's public API.
//!
//! * [`links`]: every link between records held in memory, resolved at once;
//! * [`pdf`]: a small PDF writer (standard-14 text pages, raw pages, word-wrapping and
//!   re-layout) for generated test documents;
//! * [`pdf_syntax`]: PDF written as plain syntax with a correct, broken or missing
//!   cross-reference table, and zlib streams of long runs (decompression bombs), for hostile
//!   and malformed test files;
//! * [`truth`]: `*.truth.json` ground-truth files and HTML pages as `DocRecord`s.

pub mod links;
pub mod pdf;
pub mod pdf_syntax;
pub mod truth;
