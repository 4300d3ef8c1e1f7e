//! Test and bench scaffolding for kommission, kept out of the product: a dev-dependency of
//! the tests and examples only. Uses kommission's public API.
//!
//! * [`links`]: every link between records held in memory, resolved at once;
//! * [`pdf`]: the one PDF writer of the tests: objects as PDF syntax with a correct, broken or
//!   missing cross-reference table (hostile and malformed files), pages of the caller's
//!   content and resources (fonts, images, forms), pages of text runs in the standard-14
//!   fonts, word-wrapping and re-layout;
//! * [`truth`]: `*.truth.json` ground-truth files and HTML pages as `DocRecord`s;
//! * [`zlib`]: zlib streams of long runs (decompression bombs) written by hand.

pub mod links;
pub mod pdf;
pub mod truth;
pub mod zlib;
