//! Arbitrary bytes as a PDF through the whole extraction path (text layer, fonts, images'
//! scan detection). OCR is off, so Tesseract is never started. Errors are fine; panics,
//! timeouts and runaway memory are not.
#![no_main]

use kommission::extract::{extract_bytes, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ExtractOptions {
        ocr: false,
        ocr_cache: None,
        ..ExtractOptions::default()
    };
    let _ = extract_bytes(data, "pdf", &options);
});
