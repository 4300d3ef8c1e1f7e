//! Arbitrary bytes through the non-PDF decoders: charset decoding (with and without a
//! declared charset), and the HTML and plain-text/Markdown readers by the path ingest takes
//! (`extract::extract_bytes` with the file's extension). Errors (binary data) are fine;
//! panics are not.
#![no_main]

use kommission::extract::{extract_bytes, ExtractOptions};
use kommission::formats;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = formats::decode(data, None);
    // A declared charset taken from the first line of the input, as an HTML meta charset
    // would be: lets the fuzzer reach the `declared` branch with arbitrary labels.
    if let Some(nl) = data.iter().position(|&b| b == b'\n') {
        let label = String::from_utf8_lossy(&data[..nl.min(40)]);
        let _ = formats::decode(&data[nl + 1..], Some(&label));
    }
    let options = ExtractOptions::default();
    let _ = extract_bytes(data, "html", &options);
    let _ = extract_bytes(data, "txt", &options);
});
