//! The hostile-file generators themselves: each makes the file it claims to make (checked
//! with lopdf and flate2, independently of kommission). Set `KOMMISSION_WRITE_HOSTILE=DIR`
//! to also write every case into DIR (used to seed the fuzzer and to inspect the files).

use crate::support;

use std::io::Read;

use kommission_testkit::zlib::{zlib_run, zlib_run_len};
use support::hostile::{self, all_cases, BOMB_BYTES, MANY_PAGES};

fn inflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn zlib_run_inflates_to_prefix_and_spaces() {
    for (prefix, n) in [
        (&b""[..], 1u64),
        (&b"BT (a) Tj ET\n"[..], 259),
        (&b"x"[..], 258 * 1000 + 1),
        (&vec![b'y'; 70_000][..], 5000),
    ] {
        let z = zlib_run(prefix, n);
        let out = inflate(&z);
        assert_eq!(out.len() as u64, zlib_run_len(prefix, n));
        assert_eq!(&out[..prefix.len()], prefix);
        assert!(out[prefix.len()..].iter().all(|&b| b == b' '));
    }
}

#[test]
fn bomb_is_small_and_inflates_to_400_mb() {
    let z = zlib_run(b"BT ET ", BOMB_BYTES);
    assert!(z.len() < 1 << 20, "bomb stream is {} bytes", z.len());
    // Inflate it streaming, counting (checks the Adler-32 trailer too).
    let mut dec = flate2::read::ZlibDecoder::new(&z[..]);
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = dec.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        total += n as u64;
    }
    assert!(total > 399 << 20, "inflated to {total}");
    let pdf = hostile::bomb_pdf();
    assert!(pdf.len() < 1 << 20, "bomb PDF is {} bytes", pdf.len());
    assert!(hostile::double_bomb_pdf().len() < 64 << 10);
}

#[test]
fn well_formed_generators_load_in_lopdf() {
    let doc = lopdf::Document::load_mem(&hostile::good_pdf()).unwrap();
    assert_eq!(doc.get_pages().len(), 6);
    let doc = lopdf::Document::load_mem(&hostile::many_pages_pdf()).unwrap();
    assert_eq!(doc.get_pages().len(), MANY_PAGES);
    let doc = lopdf::Document::load_mem(&hostile::scanned_pdf()).unwrap();
    assert_eq!(doc.get_pages().len(), 1);
}

#[test]
fn encrypted_generators_are_encrypted() {
    let doc = lopdf::Document::load_mem(&hostile::encrypted_password_pdf()).unwrap();
    assert!(doc.is_encrypted());
    assert!(doc.trailer.get(b"Encrypt").is_ok());
    let mut doc = lopdf::Document::load_mem(&hostile::encrypted_password_pdf()).unwrap();
    assert!(doc.decrypt("hemligt").is_ok());
    let raw = hostile::encrypted_empty_password_pdf();
    assert!(!String::from_utf8_lossy(&raw).contains("Hemlig text"));
}

#[test]
fn broken_generators_are_broken() {
    let good = hostile::good_pdf();
    let truncated = hostile::truncated_pdf();
    assert!(truncated.len() < good.len());
    assert!(!String::from_utf8_lossy(&truncated).contains("startxref"));
    let missing = String::from_utf8_lossy(&hostile::missing_xref_pdf()).into_owned();
    assert!(!missing.contains("xref") && !missing.contains("trailer"));
    let deep = hostile::deep_nesting_pdf();
    assert!(deep.len() > 2 * hostile::DEEP);
    for c in all_cases() {
        assert!(!c.name.is_empty());
    }
}

#[test]
fn write_cases_when_asked() {
    let Ok(dir) = std::env::var("KOMMISSION_WRITE_HOSTILE") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for c in all_cases() {
        std::fs::write(dir.join(c.file_name()), c.bytes()).unwrap();
    }
    std::fs::write(dir.join("good.pdf"), hostile::good_pdf()).unwrap();
    std::fs::write(dir.join("scanned.pdf"), hostile::scanned_pdf()).unwrap();
    eprintln!("wrote hostile cases to {}", dir.display());
}
