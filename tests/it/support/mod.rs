//! Shared test helpers for the reliability tests: generators of hostile files ([`hostile`],
//! built on the testkit's PDF writer, `kommission_testkit::pdf`) and child-process control
//! with time and memory measurement ([`proc`]). Each test file uses what it needs, hence
//! `dead_code` is allowed.
#![allow(dead_code)]

pub mod hostile;
pub mod proc;

/// Tesseract with the Swedish model. A test that needs it FAILS when it is missing (CI
/// installs it in .ci/run): a test that passes by skipping cannot fail.
pub fn require_tesseract() {
    assert!(
        kommission::ocr::available(),
        "this test needs Tesseract with the Swedish model: \
         apt-get install tesseract-ocr tesseract-ocr-swe (.ci/run installs it)"
    );
}

/// A program from a Debian package; the test FAILS when it is missing (see
/// [`require_tesseract`]).
pub fn require_program(program: &str, package: &str) {
    let found = std::process::Command::new(program)
        .arg("-v")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok();
    assert!(
        found,
        "this test needs {program}: apt-get install {package} (.ci/run installs it)"
    );
}

/// The reference material in ../shared, for tests marked `#[ignore = "needs ../shared"]`
/// (run with `cargo test -- --ignored`): they fail, not pass, when it is absent.
pub fn shared(rel: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    assert!(
        dir.exists(),
        "{} is absent: this ignored test needs the reference material in ../shared",
        dir.display()
    );
    dir
}

/// Whether the production scan rule ([`kommission::pdf::PageInfo::needs_ocr`]) takes physical
/// page `number` of `pdf` for a scan, were its text layer `text_chars` characters long.
pub fn needs_ocr(pdf: &kommission::pdf::Pdf, number: u32, text_chars: usize) -> bool {
    let extraction = pdf.extract().expect("the test PDF is extracted");
    let info = extraction
        .pages
        .iter()
        .find(|p| p.number == number)
        .expect("the page exists");
    kommission::pdf::PageInfo {
        text_chars,
        ..info.clone()
    }
    .needs_ocr()
}
