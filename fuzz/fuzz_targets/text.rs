//! Arbitrary bytes through the non-PDF readers by the path ingest takes
//! (`extract::extract_bytes` with the file's extension): the HTML and plain-text/Markdown
//! readers with their charset decoding (byte-order mark, UTF-8, a guess, or an HTML meta
//! charset). Errors (binary data) are fine; panics are not.
#![no_main]

use kommission::extract::{extract_bytes, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ExtractOptions::default();
    let _ = extract_bytes(data, "html", &options);
    let _ = extract_bytes(data, "txt", &options);
    // A declared charset taken from the first line of the input, as an HTML meta charset:
    // lets the fuzzer reach the declared branch with arbitrary labels.
    if let Some(nl) = data.iter().position(|&b| b == b'\n') {
        let mut page = b"<meta charset=\"".to_vec();
        page.extend_from_slice(&data[..nl.min(40)]);
        page.extend_from_slice(b"\">");
        page.extend_from_slice(&data[nl + 1..]);
        let _ = extract_bytes(&page, "html", &options);
    }
});
