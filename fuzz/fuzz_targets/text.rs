//! Arbitrary bytes through the non-PDF readers by the path ingest takes
//! (`extract::extract_bytes` with the file's extension): the HTML and plain-text/Markdown
//! readers with their charset decoding (byte-order mark, UTF-8, a guess, or an HTML meta
//! charset); the RTF and .doc readers; and the .docx and .odt readers with the bytes as the
//! main XML part of a package. Errors (binary data, broken files) are fine; panics are not.
#![no_main]

use kommission::extract::{extract_bytes, ExtractOptions};
use libfuzzer_sys::fuzz_target;
use std::io::Write;

/// A zip package whose one member `name` holds `data` (stored, so the XML reader sees the
/// fuzzer's bytes as they are).
fn package(name: &str, data: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let _ = zip.start_file(name, stored).and_then(|()| Ok(zip.write_all(data)?));
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

fuzz_target!(|data: &[u8]| {
    let options = ExtractOptions::default();
    let _ = extract_bytes(data, "html", &options);
    let _ = extract_bytes(data, "txt", &options);
    let _ = extract_bytes(data, "rtf", &options);
    let _ = extract_bytes(data, "doc", &options);
    for (ext, part) in [("docx", "word/document.xml"), ("odt", "content.xml")] {
        let _ = extract_bytes(&package(part, data), ext, &options);
    }
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
