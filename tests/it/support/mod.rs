//! Shared test helpers for the reliability tests: generators of hostile files ([`hostile`],
//! built on the small PDF writer [`pdf`]) and child-process control with time and memory
//! measurement ([`proc`]). Each test file uses what it needs, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod hostile;
/// The syntax-level PDF writer lives in the testkit with the other one.
pub use kommission_testkit::pdf_syntax as pdf;
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

/// Finish `doc` as a PDF of one page of `width` × `height` points that draws `content` with
/// the image XObjects `xobjects`; `pages_id` is the reserved id of its page tree. Returns the
/// file's bytes.
pub fn one_page_pdf(
    mut doc: lopdf::Document,
    pages_id: lopdf::ObjectId,
    (width, height): (f32, f32),
    content: lopdf::ObjectId,
    xobjects: lopdf::Dictionary,
) -> Vec<u8> {
    use lopdf::{dictionary, Object};
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), width.into(), height.into()],
        "Contents" => content,
        "Resources" => dictionary! { "XObject" => xobjects },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("the test PDF is written");
    bytes
}

/// A lopdf document as the production path reads it: written out and parsed by
/// [`kommission::pdf::Pdf::load`].
pub fn pdf_of(doc: &lopdf::Document) -> kommission::pdf::Pdf {
    let mut bytes = Vec::new();
    doc.clone()
        .save_to(&mut bytes)
        .expect("the test PDF is written");
    kommission::pdf::Pdf::load(&bytes, &kommission::pdf::Limits::default())
        .expect("the test PDF is read")
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
