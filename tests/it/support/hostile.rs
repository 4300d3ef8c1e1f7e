//! Generators for hostile input files: every case of docs/reliability.md is made here from
//! readable code (no binary blobs), with the outcome the tests expect of it.

use kommission_testkit::pdf::{stream, text_content, text_pdf, text_pdf_builder, PdfBuilder, Xref};
use kommission_testkit::zlib;

/// What a hostile file must give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// Extraction succeeds and the text of the whole document contains every one of these.
    Text(Vec<&'static str>),
    /// Extraction fails and the message contains one of these (lower case).
    Error(Vec<&'static str>),
    /// Partial: text containing every one of the first list, or a clean refusal naming
    /// one of the second list (lower case) — either as the document's error, or as the error
    /// of a page (the other pages go on). Used where recovering is good but refusing
    /// cleanly is acceptable.
    TextOrError(Vec<&'static str>, Vec<&'static str>),
}

/// One hostile file.
#[derive(Debug, Clone)]
pub struct Case {
    /// Short name, used in the file name and in docs/reliability.md.
    pub name: &'static str,
    /// File extension (decides the reader).
    pub ext: &'static str,
    /// Makes the file's bytes (called when needed: some cases are large).
    pub make: fn() -> Vec<u8>,
    pub expect: Expect,
    /// At most this many pages may come out (a claimed page count must not be believed).
    pub max_pages: Option<usize>,
}

impl Case {
    pub fn file_name(&self) -> String {
        format!("{}.{}", self.name, self.ext)
    }

    pub fn bytes(&self) -> Vec<u8> {
        (self.make)()
    }
}

/// Uncompressed size of the decompression bomb's content stream.
pub const BOMB_BYTES: u64 = 400 << 20;

/// Words the test pages carry, so that recovered text can be checked.
const PAGE_WORDS: [&str; 6] = [
    "Alfa sida ett",
    "Beta sida tva",
    "Gamma sida tre",
    "Delta sida fyra",
    "Epsilon sida fem",
    "Zeta sida sex",
];

/// A well-formed six-page PDF.
pub fn good_pdf() -> Vec<u8> {
    text_pdf(&PAGE_WORDS)
}

/// A PDF cut off after 60 % of its bytes: no xref, and the last pages' objects are missing.
pub fn truncated_pdf() -> Vec<u8> {
    let full = good_pdf();
    full[..full.len() * 6 / 10].to_vec()
}

/// A PDF whose xref offsets are all wrong and whose startxref points into an object.
pub fn broken_xref_pdf() -> Vec<u8> {
    text_pdf_builder(&PAGE_WORDS).build(Xref::Broken)
}

/// A PDF with no xref, no trailer and no startxref at all.
pub fn missing_xref_pdf() -> Vec<u8> {
    text_pdf_builder(&PAGE_WORDS).build(Xref::Missing)
}

fn encrypted(user_password: &str) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(&text_pdf(&["Hemlig text om Malmo"])).unwrap();
    let id = lopdf::Object::String(
        b"0123456789abcdef".to_vec(),
        lopdf::StringFormat::Hexadecimal,
    );
    doc.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    let version = lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "agare",
        user_password,
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    };
    let state = lopdf::EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// RC4-128 encrypted with an empty user password (opens without asking, like most
/// "protected" PDFs on the web).
pub fn encrypted_empty_password_pdf() -> Vec<u8> {
    encrypted("")
}

/// RC4-128 encrypted with a user password we do not know.
pub fn encrypted_password_pdf() -> Vec<u8> {
    encrypted("hemligt")
}

/// One page whose content stream starts with text and then inflates to [`BOMB_BYTES`] of
/// spaces (a ~0.8 MB file; 400 MB once inflated).
pub fn bomb_pdf() -> Vec<u8> {
    let prefix = text_content("Bomben borjar har");
    let data = zlib::zlib_run(&prefix, BOMB_BYTES);
    single_page_with_content(&data, "/Filter /FlateDecode")
}

/// The same bomb compressed twice (/Filter [/FlateDecode /FlateDecode]): a few KB that
/// inflate to 400 MB.
pub fn double_bomb_pdf() -> Vec<u8> {
    let prefix = text_content("Dubbelbomben borjar har");
    let data = zlib::zlib(&zlib::zlib_run(&prefix, BOMB_BYTES));
    single_page_with_content(&data, "/Filter [/FlateDecode /FlateDecode]")
}

/// A bomb inside an object stream (decoded while loading, before any page is read), next
/// to a normal page.
pub fn objstm_bomb_pdf() -> Vec<u8> {
    let mut b = text_pdf_builder(&["Objektstrom sida"]);
    let header = b"99 0 ";
    let data = zlib::zlib_run(header, BOMB_BYTES);
    b.add_stream(
        &format!(
            "/Type /ObjStm /N 1 /First {} /Filter /FlateDecode",
            header.len()
        ),
        &data,
    );
    b.build(Xref::Correct)
}

fn single_page_with_content(content: &[u8], filter: &str) -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    b.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    );
    b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    b.add(stream(filter, content));
    b.build(Xref::Correct)
}

/// A pages tree that loops: the root's second kid is a Pages node whose kids are the root
/// itself and a real page.
pub fn pages_cycle_pdf() -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>");
    b.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    );
    b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    b.add(stream("", &text_content("Cirkelsidan")));
    b.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R 3 0 R] /Count 2 >>");
    b.build(Xref::Correct)
}

/// A page drawing Form XObject /X1, which draws itself.
pub fn form_self_pdf() -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    b.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
    );
    b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    b.add(stream(
        "",
        b"BT /F1 12 Tf 72 760 Td (Sidans egen text) Tj ET /X1 Do",
    ));
    b.add(stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td (Formen ritar sig sjalv) Tj ET /X1 Do /X1 Do",
    ));
    b.build(Xref::Correct)
}

/// Two Form XObjects drawing each other, each twice (without a guard: 2^depth draws).
pub fn form_mutual_pdf() -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    b.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> /XObject << /A 6 0 R >> >> /Contents 5 0 R >>",
    );
    b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    b.add(stream(
        "",
        b"BT /F1 12 Tf 72 760 Td (Sidans egen text) Tj ET /A Do",
    ));
    let res = "/Resources << /Font << /F1 4 0 R >> /XObject << /A 6 0 R /B 7 0 R >> >>";
    b.add(stream(
        &format!("/Type /XObject /Subtype /Form /BBox [0 0 595 842] {res}"),
        b"BT /F1 12 Tf 72 700 Td (Form A) Tj ET /B Do /B Do",
    ));
    b.add(stream(
        &format!("/Type /XObject /Subtype /Form /BBox [0 0 595 842] {res}"),
        b"BT /F1 12 Tf 72 650 Td (Form B) Tj ET /A Do /A Do",
    ));
    b.build(Xref::Correct)
}

/// Nesting depth of the deep-nesting cases.
pub const DEEP: usize = 100_000;

/// A page dictionary with an entry nested [`DEEP`] arrays deep, and a second entry nested
/// as deep in dictionaries.
pub fn deep_nesting_pdf() -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    let arrays = format!("{}1{}", "[".repeat(DEEP), "]".repeat(DEEP));
    let dicts = format!("{}1{}", "<< /A ".repeat(DEEP), " >>".repeat(DEEP));
    b.add(format!(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R \
         /Djup {arrays} /Djupare {dicts} >>"
    ));
    b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    b.add(stream("", &text_content("Djupt nastlad sida")));
    b.build(Xref::Correct)
}

/// A content stream with an operand nested [`DEEP`] arrays deep, [`DEEP`] unbalanced `q`
/// and an inline dictionary nested deep, after a line of normal text.
pub fn deep_content_pdf() -> Vec<u8> {
    let mut c = text_content("Innehall fore djupet");
    c.extend_from_slice("q ".repeat(DEEP).as_bytes());
    c.extend_from_slice(
        format!(
            "BT /F1 12 Tf {}(x){} TJ ET\n",
            "[".repeat(DEEP),
            "]".repeat(DEEP)
        )
        .as_bytes(),
    );
    c.extend_from_slice(
        format!(
            "/Tag {}1{} BDC EMC\n",
            "<< /A ".repeat(DEEP),
            " >>".repeat(DEEP)
        )
        .as_bytes(),
    );
    single_page_with_content(&c, "")
}

/// A pages tree that claims 10^9 pages but has one.
pub fn huge_count_pdf() -> Vec<u8> {
    let mut b = text_pdf_builder(&["Ensam sida bland en miljard"]);
    b.set(2, "<< /Type /Pages /Kids [5 0 R] /Count 1000000000 >>");
    b.build(Xref::Correct)
}

/// Number of real pages of [`many_pages_pdf`].
pub const MANY_PAGES: usize = 100_000;

/// [`MANY_PAGES`] real, tiny pages in a balanced pages tree (100 nodes of 1000 pages). Each
/// page draws a shared content stream and one of its own ("Kvarter N"), so that the text
/// differs from page to page.
pub fn many_pages_pdf() -> Vec<u8> {
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    let root = b.reserve();
    let font =
        b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    let shared = b.add(stream("", b"BT /F1 10 Tf 20 180 Td (Liten sida) Tj ET\n"));
    let mut nodes = Vec::new();
    let mut n = 0;
    for _ in 0..MANY_PAGES / 1000 {
        let node = b.reserve();
        let mut kids = Vec::new();
        for _ in 0..1000 {
            n += 1;
            let own = b.add(stream(
                "",
                format!("BT /F1 10 Tf 20 100 Td (Kvarter {n} i staden) Tj ET").as_bytes(),
            ));
            let page = b.add(format!(
                "<< /Type /Page /Parent {node} 0 R /MediaBox [0 0 200 200] \
                 /Resources << /Font << /F1 {font} 0 R >> >> /Contents [{shared} 0 R {own} 0 R] >>"
            ));
            kids.push(format!("{page} 0 R"));
        }
        b.set(
            node,
            format!(
                "<< /Type /Pages /Parent {root} 0 R /Kids [{}] /Count 1000 >>",
                kids.join(" ")
            ),
        );
        nodes.push(format!("{node} 0 R"));
    }
    b.set(
        root,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {MANY_PAGES} >>",
            nodes.join(" ")
        ),
    );
    b.build(Xref::Correct)
}

/// One page that only paints an image (a scanned page without a text layer).
pub fn scanned_pdf() -> Vec<u8> {
    let (w, h) = (64usize, 64usize);
    let mut pixels = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            pixels.push(if (x / 8 + y / 8) % 2 == 0 { 0u8 } else { 255 });
        }
    }
    let mut b = PdfBuilder::new();
    b.add("<< /Type /Catalog /Pages 2 0 R >>");
    b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    b.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
    );
    b.add(stream("", b"q 500 0 0 700 47 71 cm /Im0 Do Q"));
    b.add(stream(
        &format!(
            "/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray \
             /BitsPerComponent 8 /Filter /FlateDecode"
        ),
        &zlib::zlib(&pixels),
    ));
    b.build(Xref::Correct)
}

/// A PNG signature and header bytes in a file named .pdf.
pub fn png_named_pdf() -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    v.extend_from_slice(&[0u8, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0]);
    v
}

/// An HTML page saved under a .pdf name (a typical failed download).
pub fn html_named_pdf() -> Vec<u8> {
    b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>\
      <body><h1>Sidan finns inte</h1></body></html>"
        .to_vec()
}

/// HTML whose body has invalid UTF-8 sequences between valid text.
pub fn invalid_utf8_html() -> Vec<u8> {
    let mut v =
        "<html><head><meta charset=\"utf-8\"><title>Trasig</title></head><body><p>Välfärd i Malmö "
            .as_bytes()
            .to_vec();
    v.extend_from_slice(b"\xff\xfe\xc3\x28 \xe2\x82 \xf0\x9f\x92");
    v.extend_from_slice(" och jämlik hälsa</p></body></html>".as_bytes());
    v
}

/// HTML in Latin-1 without any declaration.
pub fn latin1_html() -> Vec<u8> {
    let text = "<html><head><title>Hälsa</title></head><body><p>Jämlik hälsa i Malmö för \
                barn och äldre, år 2014.</p></body></html>";
    text.chars().map(|c| c as u32 as u8).collect()
}

/// Plain text in UTF-16LE without a byte-order mark.
pub fn utf16_no_bom_txt() -> Vec<u8> {
    "Socialt hållbart Malmö: åtgärder för jämlik hälsa.\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// Text with NUL bytes in the middle.
pub fn nul_bytes_txt() -> Vec<u8> {
    let mut v = "Rad ett om Malmö\n".as_bytes().to_vec();
    v.extend_from_slice(b"\x00\x00\x00binary\x00junk\n");
    v.extend_from_slice("Rad två om hälsa\n".as_bytes());
    v
}

/// Every hostile case.
pub fn all_cases() -> Vec<Case> {
    let parse_err = vec![
        "pdf", "parse", "truncat", "xref", "trailer", "damaged", "broken",
    ];
    vec![
        Case {
            name: "truncated",
            ext: "pdf",
            make: truncated_pdf,
            expect: Expect::TextOrError(vec!["Alfa sida ett"], parse_err),
            max_pages: Some(6),
        },
        Case {
            name: "broken-xref",
            ext: "pdf",
            make: broken_xref_pdf,
            expect: Expect::Text(PAGE_WORDS.to_vec()),
            max_pages: Some(6),
        },
        Case {
            name: "missing-xref",
            ext: "pdf",
            make: missing_xref_pdf,
            expect: Expect::Text(PAGE_WORDS.to_vec()),
            max_pages: Some(6),
        },
        Case {
            name: "encrypted-empty-password",
            ext: "pdf",
            make: encrypted_empty_password_pdf,
            expect: Expect::Text(vec!["Hemlig text om Malmo"]),
            max_pages: Some(1),
        },
        Case {
            name: "encrypted-password",
            ext: "pdf",
            make: encrypted_password_pdf,
            expect: Expect::Error(vec!["encrypted"]),
            max_pages: Some(1),
        },
        Case {
            name: "bomb",
            ext: "pdf",
            make: bomb_pdf,
            expect: Expect::TextOrError(
                vec!["Bomben borjar har"],
                vec!["limit", "too large", "decompress", "bomb", "exceed"],
            ),
            max_pages: Some(1),
        },
        Case {
            name: "double-bomb",
            ext: "pdf",
            make: double_bomb_pdf,
            expect: Expect::TextOrError(
                vec!["Dubbelbomben borjar har"],
                vec!["limit", "too large", "decompress", "bomb", "exceed"],
            ),
            max_pages: Some(1),
        },
        Case {
            name: "objstm-bomb",
            ext: "pdf",
            make: objstm_bomb_pdf,
            expect: Expect::TextOrError(
                vec!["Objektstrom sida"],
                vec!["limit", "too large", "decompress", "bomb", "exceed"],
            ),
            max_pages: Some(1),
        },
        Case {
            name: "pages-cycle",
            ext: "pdf",
            make: pages_cycle_pdf,
            expect: Expect::Text(vec!["Cirkelsidan"]),
            max_pages: Some(3),
        },
        Case {
            name: "form-draws-itself",
            ext: "pdf",
            make: form_self_pdf,
            expect: Expect::Text(vec!["Sidans egen text", "Formen ritar sig sjalv"]),
            max_pages: Some(1),
        },
        Case {
            name: "forms-draw-each-other",
            ext: "pdf",
            make: form_mutual_pdf,
            expect: Expect::Text(vec!["Sidans egen text", "Form A", "Form B"]),
            max_pages: Some(1),
        },
        Case {
            name: "deep-nesting-objects",
            ext: "pdf",
            make: deep_nesting_pdf,
            expect: Expect::TextOrError(
                vec!["Djupt nastlad sida"],
                vec!["pdf", "parse", "missing", "nest", "deep"],
            ),
            max_pages: Some(1),
        },
        Case {
            name: "deep-nesting-content",
            ext: "pdf",
            make: deep_content_pdf,
            expect: Expect::Text(vec!["Innehall fore djupet"]),
            max_pages: Some(1),
        },
        Case {
            name: "huge-page-count",
            ext: "pdf",
            make: huge_count_pdf,
            expect: Expect::Text(vec!["Ensam sida bland en miljard"]),
            max_pages: Some(1),
        },
        Case {
            name: "many-pages",
            ext: "pdf",
            make: many_pages_pdf,
            expect: Expect::Text(vec!["Kvarter 1 i staden", "Kvarter 100000 i staden"]),
            max_pages: Some(MANY_PAGES),
        },
        Case {
            name: "zero-bytes",
            ext: "pdf",
            make: Vec::new,
            expect: Expect::Error(vec!["empty", "not a pdf", "%pdf"]),
            max_pages: Some(0),
        },
        Case {
            name: "png-named-pdf",
            ext: "pdf",
            make: png_named_pdf,
            expect: Expect::Error(vec!["not a pdf", "%pdf"]),
            max_pages: Some(0),
        },
        Case {
            name: "html-named-pdf",
            ext: "pdf",
            make: html_named_pdf,
            expect: Expect::Error(vec!["not a pdf", "%pdf"]),
            max_pages: Some(0),
        },
        Case {
            name: "invalid-utf8",
            ext: "html",
            make: invalid_utf8_html,
            expect: Expect::Text(vec!["Välfärd i Malmö", "och jämlik hälsa"]),
            max_pages: Some(1),
        },
        Case {
            name: "latin1-undeclared",
            ext: "html",
            make: latin1_html,
            expect: Expect::Text(vec!["Jämlik hälsa i Malmö för barn och äldre, år 2014."]),
            max_pages: Some(1),
        },
        Case {
            name: "utf16-no-bom",
            ext: "txt",
            make: utf16_no_bom_txt,
            expect: Expect::TextOrError(
                vec!["Socialt hållbart Malmö: åtgärder för jämlik hälsa."],
                vec!["binary", "nul"],
            ),
            max_pages: Some(1),
        },
        Case {
            name: "nul-bytes",
            ext: "txt",
            make: nul_bytes_txt,
            expect: Expect::TextOrError(
                vec!["Rad ett om Malmö", "Rad två om hälsa"],
                vec!["binary", "nul"],
            ),
            max_pages: Some(1),
        },
    ]
}

/// A case by name (panics when unknown: test code).
pub fn case(name: &str) -> Case {
    all_cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no hostile case {name}"))
}
