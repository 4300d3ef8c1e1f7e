//! The one PDF writer of the tests, benches and examples: every generated test PDF is
//! written by [`PdfBuilder`], in three layers.
//!
//! * **Syntax**: [`PdfBuilder`] holds numbered objects, given as PDF syntax
//!   ([`PdfBuilder::add`], readable in the generator code; for hostile and malformed files) or
//!   as lopdf objects ([`PdfBuilder::object`]; streams inside them become objects of their
//!   own), and writes them with a cross-reference table that is correct, wrong or absent
//!   ([`Xref`]).
//! * **Pages**: [`raw_pdf`] writes pages whose content stream and resources (fonts, images,
//!   forms, annotations) the caller builds; [`PdfBuilder::finish`] does the same after objects
//!   the pages share or that refer to each other (a form that draws itself).
//! * **Text**: [`write_pdf`] writes [`PageSpec`]s: each [`TextRun`] names a standard-14 font
//!   (`Helvetica`, `Times-Roman`, `Times-Bold`, `Times-Italic`, ...), a size, a baseline
//!   position in PDF user space (origin bottom-left) and its text. Fonts are written as
//!   simple fonts with WinAnsiEncoding (so å ä ö Å Ä Ö work) and /Widths from the
//!   standard-14 metrics, or — with [`WriteOptions::type0`] — as Type0 fonts with
//!   Identity-H two-byte codes, a /W array and a ToUnicode CMap. [`text_pdf`] is the
//!   smallest: a page of Helvetica lines per string.
//!
//! [`text_width`] measures text, [`flow`] word-wraps a paragraph at a width (optionally
//! hyphenating a word at the line end), and [`layout_paragraphs`] flows paragraphs into
//! pages of one or more columns, so tests can re-lay out a document in another page size,
//! font or number of columns. Characters outside WinAnsi are written as '?' in simple fonts.

use std::collections::BTreeMap;
use std::io::Write;

use lopdf::{dictionary, Dictionary, Object, StringFormat};

use kommission::pdf::encoding::{standard14_char_width, standard14_name, BaseEncoding};

/// One run of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// A standard-14 font name, e.g. "Helvetica", "Times-Bold".
    pub font: String,
    pub size: f32,
    /// Baseline start, PDF user space (origin bottom-left).
    pub x: f32,
    pub y: f32,
    pub text: String,
}

impl TextRun {
    pub fn new(font: &str, size: f32, x: f32, y: f32, text: &str) -> TextRun {
        TextRun {
            font: font.to_string(),
            size,
            x,
            y,
            text: text.to_string(),
        }
    }
}

/// One page to write.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageSpec {
    pub width: f32,
    pub height: f32,
    pub runs: Vec<TextRun>,
    /// /Rotate of the page (0, 90, 180, 270). The runs are given in unrotated user space.
    pub rotate: i64,
}

/// Options of [`write_pdf`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WriteOptions {
    /// Write Type0 fonts (Identity-H, ToUnicode) instead of simple WinAnsi fonts.
    pub type0: bool,
    /// /Info /Title (written as UTF-16BE).
    pub title: Option<String>,
    /// /PageLabels entries: (first page index, style D/R/r/A/a or "", prefix, start).
    pub page_labels: Vec<(usize, String, String, i64)>,
}

/// A page for [`raw_pdf`]: the caller's content stream and resources (streams in them, such
/// as images, fonts' /ToUnicode or forms, are written as objects of their own).
#[derive(Debug, Clone)]
pub struct RawPage {
    pub width: f32,
    pub height: f32,
    pub content: Vec<u8>,
    pub resources: Dictionary,
    pub rotate: i64,
    /// More entries for the page dictionary (e.g. /Annots); streams in it are hoisted.
    pub extra: Dictionary,
}

impl Default for RawPage {
    /// An empty A4 page.
    fn default() -> Self {
        RawPage {
            width: 595.0,
            height: 842.0,
            content: Vec::new(),
            resources: Dictionary::new(),
            rotate: 0,
            extra: Dictionary::new(),
        }
    }
}

/// Width of a text in a standard-14 font at a size, in points.
pub fn text_width(font: &str, size: f32, text: &str) -> f32 {
    let f = standard14_name(font).unwrap_or("Helvetica");
    text.chars()
        .map(|c| standard14_char_width(f, c).unwrap_or(500.0))
        .sum::<f32>()
        * size
        / 1000.0
}

/// Word-wrap a paragraph into lines no wider than `width`. With `hyphenate`, a word that
/// does not fit is split (at least 3 letters on each side) with a hyphen at the line end
/// when its first part fits.
pub fn flow(text: &str, width: f32, font: &str, size: f32, hyphenate: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let fits = |s: &str| text_width(font, size, s) <= width;
    for word in text.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if fits(&candidate) || cur.is_empty() {
            cur = candidate;
            continue;
        }
        if hyphenate {
            let chars: Vec<char> = word.chars().collect();
            let mut split = None;
            for k in (3..chars.len().saturating_sub(2)).rev() {
                let head: String = chars.iter().take(k).collect();
                // Break inside a word only: letters before, a lower-case letter after.
                if !head.chars().all(char::is_alphabetic)
                    || !chars.get(k).is_some_and(|c| c.is_lowercase())
                {
                    continue;
                }
                if fits(&format!("{cur} {head}-")) {
                    split = Some(k);
                    break;
                }
            }
            if let Some(k) = split {
                let head: String = chars.iter().take(k).collect();
                let tail: String = chars.iter().skip(k).collect();
                lines.push(format!("{cur} {head}-"));
                cur = tail;
                continue;
            }
        }
        lines.push(std::mem::take(&mut cur));
        cur = word.to_string();
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Page geometry and type for [`layout_paragraphs`].
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// Margin on all four sides.
    pub margin: f32,
    pub columns: usize,
    /// White space between columns.
    pub gutter: f32,
    /// A standard-14 font name.
    pub font: String,
    pub size: f32,
    /// Baseline distance.
    pub leading: f32,
    /// Hyphenate words at line ends (see [`flow`]).
    pub hyphenate: bool,
    /// Print the page number (from 1) centred in the bottom margin.
    pub page_numbers: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            width: 595.0,
            height: 842.0,
            margin: 56.0,
            columns: 1,
            gutter: 18.0,
            font: "Times-Roman".to_string(),
            size: 11.0,
            leading: 13.5,
            hyphenate: false,
            page_numbers: false,
        }
    }
}

/// Flow paragraphs into pages of one or more columns (top to bottom, then the next
/// column, then the next page), half a line of space between paragraphs.
pub fn layout_paragraphs(paragraphs: &[&str], l: &Layout) -> Vec<PageSpec> {
    let columns = l.columns.max(1);
    let col_width = (l.width - 2.0 * l.margin - (columns - 1) as f32 * l.gutter) / columns as f32;
    let top = l.height - l.margin - l.size;
    let bottom = l.margin;
    let mut pages: Vec<PageSpec> = Vec::new();
    let mut column = 0usize;
    let mut y = top;
    let new_page = |pages: &mut Vec<PageSpec>| {
        pages.push(PageSpec {
            width: l.width,
            height: l.height,
            runs: Vec::new(),
            rotate: 0,
        })
    };
    new_page(&mut pages);
    for (k, para) in paragraphs.iter().enumerate() {
        if k > 0 && y < top {
            y -= l.leading / 2.0;
        }
        for line in flow(para, col_width.max(l.size), &l.font, l.size, l.hyphenate) {
            if y < bottom {
                column += 1;
                y = top;
                if column == columns {
                    column = 0;
                    new_page(&mut pages);
                }
            }
            let x = l.margin + column as f32 * (col_width + l.gutter);
            if let Some(p) = pages.last_mut() {
                p.runs.push(TextRun::new(&l.font, l.size, x, y, &line));
            }
            y -= l.leading;
        }
    }
    if l.page_numbers {
        for (i, p) in pages.iter_mut().enumerate() {
            let n = (i + 1).to_string();
            let w = text_width(&l.font, l.size, &n);
            p.runs.push(TextRun::new(
                &l.font,
                l.size,
                (l.width - w) / 2.0,
                l.margin / 2.0,
                &n,
            ));
        }
    }
    pages
}

// ---------------------------------------------------------------------------------------
// Syntax

/// How the cross-reference section of a generated PDF looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Xref {
    /// A correct table, trailer and startxref.
    Correct,
    /// A table whose every offset is wrong (shifted) and a startxref that points into the
    /// middle of an object.
    Broken,
    /// No table, no trailer, no startxref: only the objects.
    Missing,
}

/// A PDF under construction: numbered objects (1-based, in order of addition).
#[derive(Debug, Default, Clone)]
pub struct PdfBuilder {
    objects: Vec<Vec<u8>>,
    /// Extra trailer entries, e.g. `/Info 5 0 R`.
    pub trailer_extra: String,
    /// The catalog's number, when not 1.
    catalog: Option<usize>,
}

impl PdfBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// The number the next added object gets.
    pub fn next_id(&self) -> usize {
        self.objects.len() + 1
    }

    /// Reserve an object number to fill later with [`PdfBuilder::set`].
    pub fn reserve(&mut self) -> usize {
        self.objects.push(b"null".to_vec());
        self.objects.len()
    }

    /// Add an object given as PDF syntax; returns its number.
    pub fn add(&mut self, body: impl AsRef<[u8]>) -> usize {
        self.objects.push(body.as_ref().to_vec());
        self.objects.len()
    }

    /// Replace the body of object `id`.
    pub fn set(&mut self, id: usize, body: impl AsRef<[u8]>) {
        self.objects[id - 1] = body.as_ref().to_vec();
    }

    /// Fill the reserved `catalog` and `root` objects: a catalog whose page tree `root` has
    /// the page objects `kids` (numbers), in order.
    pub fn set_page_tree(&mut self, catalog: usize, root: usize, kids: &[usize]) {
        let refs: Vec<String> = kids.iter().map(|k| format!("{k} 0 R")).collect();
        self.set(catalog, format!("<< /Type /Catalog /Pages {root} 0 R >>"));
        self.set(
            root,
            format!(
                "<< /Type /Pages /Kids [{}] /Count {} >>",
                refs.join(" "),
                kids.len()
            ),
        );
    }

    /// Add a stream object with the given extra dictionary entries (without /Length).
    pub fn add_stream(&mut self, dict_extra: &str, data: &[u8]) -> usize {
        self.add(stream(dict_extra, data))
    }

    /// Add a lopdf object, written as PDF syntax: streams inside it (in its dictionaries and
    /// arrays, in a stream's dictionary) become objects of their own. Returns a reference to
    /// it, to put in other objects.
    pub fn object(&mut self, o: impl Into<Object>) -> Object {
        let id = self.reserve();
        self.set_object(id, o);
        reference(id)
    }

    /// Set object `id` (from [`PdfBuilder::reserve`]) to a lopdf object, as
    /// [`PdfBuilder::object`] writes it: objects that refer to each other are reserved first.
    pub fn set_object(&mut self, id: usize, o: impl Into<Object>) {
        let o = match o.into() {
            Object::Stream(mut s) => {
                s.dict = self.hoist_dict(std::mem::take(&mut s.dict));
                Object::Stream(s)
            }
            o => self.hoist(o),
        };
        let mut syntax = Vec::new();
        write_object(&o, &mut syntax);
        self.set(id, syntax);
    }

    /// `o` with every stream in it written as an object of its own and referred to.
    fn hoist(&mut self, o: Object) -> Object {
        match o {
            Object::Stream(_) => self.object(o),
            Object::Dictionary(d) => Object::Dictionary(self.hoist_dict(d)),
            Object::Array(a) => Object::Array(a.into_iter().map(|x| self.hoist(x)).collect()),
            o => o,
        }
    }

    fn hoist_dict(&mut self, d: Dictionary) -> Dictionary {
        let mut out = Dictionary::new();
        for (k, v) in d {
            out.set(k, self.hoist(v));
        }
        out
    }

    /// Finish the document with `pages` (after the objects added so far), a catalog with the
    /// entries `catalog_extra`, /Info /Title `title` (UTF-16BE), and a correct
    /// cross-reference table.
    pub fn finish(
        mut self,
        pages: Vec<RawPage>,
        title: Option<&str>,
        catalog_extra: Dictionary,
    ) -> Vec<u8> {
        let catalog = self.reserve();
        let root = self.reserve();
        let mut kids = Vec::new();
        for p in pages {
            let content = self.add_stream("", &p.content);
            let mut page = dictionary! {
                "Type" => "Page",
                "Parent" => reference(root),
                "MediaBox" => vec![0.into(), 0.into(), p.width.into(), p.height.into()],
                "Contents" => reference(content),
                "Resources" => p.resources,
            };
            if p.rotate != 0 {
                page.set("Rotate", p.rotate);
            }
            page.extend(&p.extra);
            kids.push(self.object(page));
        }
        let count = kids.len() as i64;
        self.set_object(
            root,
            dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count },
        );
        let mut catalog_dict = dictionary! { "Type" => "Catalog", "Pages" => reference(root) };
        catalog_dict.extend(&catalog_extra);
        self.set_object(catalog, catalog_dict);
        self.catalog = Some(catalog);
        if let Some(t) = title {
            let info = self.object(
                dictionary! { "Title" => text_string(t), "Producer" => "kommission test writer" },
            );
            let Object::Reference((info, _)) = info else {
                unreachable!("object() returns a reference")
            };
            self.trailer_extra.push_str(&format!(" /Info {info} 0 R"));
        }
        self.build(Xref::Correct)
    }

    /// Serialise; object 1 is the catalog (unless [`PdfBuilder::finish`] wrote it).
    pub fn build(&self, xref: Xref) -> Vec<u8> {
        let mut out: Vec<u8> = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in self.objects.iter().enumerate() {
            offsets.push(out.len());
            writeln!(out, "{} 0 obj", i + 1).unwrap();
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        if xref == Xref::Missing {
            return out;
        }
        let xref_at = out.len();
        let shift = if xref == Xref::Broken { 7 } else { 0 };
        write!(
            out,
            "xref\n0 {}\n0000000000 65535 f \n",
            self.objects.len() + 1
        )
        .unwrap();
        for off in &offsets {
            writeln!(out, "{:010} 00000 n ", off + shift).unwrap();
        }
        write!(
            out,
            "trailer\n<< /Size {} /Root {} 0 R {} >>\nstartxref\n{}\n%%EOF\n",
            self.objects.len() + 1,
            self.catalog.unwrap_or(1),
            self.trailer_extra,
            if xref == Xref::Broken {
                xref_at / 2
            } else {
                xref_at
            }
        )
        .unwrap();
        out
    }
}

/// A stream object body: `<< /Length n extra >> stream ... endstream`.
pub fn stream(dict_extra: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} {} >>\nstream\n", data.len(), dict_extra).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// Escape text for a PDF literal string `( ... )` (ASCII / WinAnsi bytes).
pub fn pdf_string(text: &str) -> String {
    let mut s = String::from("(");
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                s.push('\\');
                s.push(c);
            }
            _ => s.push(c),
        }
    }
    s.push(')');
    s
}

/// A content stream that shows each line of `text` with Helvetica 12 (font resource /F1).
pub fn text_content(text: &str) -> Vec<u8> {
    let mut c = String::from("BT /F1 12 Tf 14 TL 72 720 Td\n");
    for line in text.lines() {
        c.push_str(&format!("{} Tj T*\n", pdf_string(line)));
    }
    c.push_str("ET\n");
    c.into_bytes()
}

/// A document with one page per entry of `pages`, each page showing its text in Helvetica.
/// Objects: 1 catalog, 2 pages, 3 font, then page and content per page.
pub fn text_pdf_builder(pages: &[&str]) -> PdfBuilder {
    let mut b = PdfBuilder::new();
    let catalog = b.reserve();
    let root = b.reserve();
    let font =
        b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    let mut kids = Vec::new();
    for text in pages {
        let content = b.add_stream("", &text_content(text));
        let page = b.add(format!(
            "<< /Type /Page /Parent {root} 0 R /MediaBox [0 0 595 842] \
             /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"
        ));
        kids.push(page);
    }
    b.set_page_tree(catalog, root, &kids);
    b
}

/// A correct PDF with one page per entry of `pages`.
pub fn text_pdf(pages: &[&str]) -> Vec<u8> {
    text_pdf_builder(pages).build(Xref::Correct)
}

/// A reference to object `id` of a [`PdfBuilder`].
pub fn reference(id: usize) -> Object {
    Object::Reference((id as u32, 0))
}

/// Write a lopdf object as PDF syntax (a stream's /Length from its content).
fn write_object(o: &Object, out: &mut Vec<u8>) {
    match o {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => write!(out, "{b}").unwrap(),
        Object::Integer(i) => write!(out, "{i}").unwrap(),
        Object::Real(r) => write!(out, "{r}").unwrap(),
        Object::Name(n) => write_name(n, out),
        Object::String(s, StringFormat::Literal) => out.extend_from_slice(&escape_literal(s)),
        Object::String(s, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for b in s {
                write!(out, "{b:02X}").unwrap();
            }
            out.push(b'>');
        }
        Object::Array(a) => {
            out.push(b'[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                write_object(x, out);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => {
            out.extend_from_slice(b"<<");
            write_entries(d, out);
            out.extend_from_slice(b" >>");
        }
        Object::Stream(s) => {
            let mut dict = s.dict.clone();
            dict.remove(b"Length");
            write!(out, "<< /Length {}", s.content.len()).unwrap();
            write_entries(&dict, out);
            out.extend_from_slice(b" >>\nstream\n");
            out.extend_from_slice(&s.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => write!(out, "{id} {generation} R").unwrap(),
    }
}

fn write_entries(d: &Dictionary, out: &mut Vec<u8>) {
    for (k, v) in d.iter() {
        out.push(b' ');
        write_name(k, out);
        out.push(b' ');
        write_object(v, out);
    }
}

/// A name, its delimiters, white space and bytes outside printable ASCII as `#xx`.
fn write_name(name: &[u8], out: &mut Vec<u8>) {
    out.push(b'/');
    for &b in name {
        if (b'!'..=b'~').contains(&b) && !b"#()<>[]{}/%".contains(&b) {
            out.push(b);
        } else {
            write!(out, "#{b:02X}").unwrap();
        }
    }
}

fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Write pages whose content and resources the caller builds.
pub fn raw_pdf(pages: Vec<RawPage>, title: Option<&str>, catalog_extra: Dictionary) -> Vec<u8> {
    PdfBuilder::new().finish(pages, title, catalog_extra)
}

// ---------------------------------------------------------------------------------------
// Pages of text

/// A simple WinAnsi font dictionary for a standard-14 font, with /Widths.
pub fn winansi_font(base: &str) -> Dictionary {
    let f = standard14_name(base).unwrap_or("Helvetica");
    let widths: Vec<Object> = (32u8..=255)
        .map(|c| {
            BaseEncoding::WinAnsi
                .decode(c)
                .and_then(|ch| standard14_char_width(f, ch))
                .unwrap_or(0.0)
        })
        .map(|w| Object::Integer(w as i64))
        .collect();
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => Object::Name(base.as_bytes().to_vec()),
        "Encoding" => "WinAnsiEncoding",
        "FirstChar" => 32,
        "LastChar" => 255,
        "Widths" => widths,
    }
}

/// A ToUnicode CMap for two-byte codes (code → char).
pub fn tounicode_cmap(map: &BTreeMap<u16, char>) -> Vec<u8> {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &char)> = map.iter().collect();
    for chunk in entries.chunks(100) {
        s.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (code, c) in chunk {
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            s.push_str(&format!("<{code:04X}> <{hex}>\n"));
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s.into_bytes()
}

fn escape_literal(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![b'('];
    for &b in bytes {
        match b {
            b'(' | b')' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        }
    }
    out.push(b')');
    out
}

/// Write pages of text runs.
pub fn write_pdf(pages: &[PageSpec], options: &WriteOptions) -> Vec<u8> {
    // Fonts used, in order: name -> resource name.
    let mut font_names: Vec<String> = Vec::new();
    for p in pages {
        for r in &p.runs {
            if !font_names.contains(&r.font) {
                font_names.push(r.font.clone());
            }
        }
    }
    // Type0: one code per distinct character, per font.
    let mut codes: Vec<BTreeMap<char, u16>> = vec![BTreeMap::new(); font_names.len()];
    if options.type0 {
        for p in pages {
            for r in &p.runs {
                let fi = font_names.iter().position(|f| *f == r.font).unwrap_or(0);
                for c in r.text.chars() {
                    let next = codes[fi].len() as u16 + 3;
                    codes[fi].entry(c).or_insert(next);
                }
            }
        }
    }
    let mut b = PdfBuilder::new();
    let mut font_dict = Dictionary::new();
    for (i, name) in font_names.iter().enumerate() {
        let res = format!("F{}", i + 1);
        if !options.type0 {
            font_dict.set(res, winansi_font(name));
            continue;
        }
        let f = standard14_name(name).unwrap_or("Helvetica");
        let mut w = Vec::new();
        for (c, code) in &codes[i] {
            let width = standard14_char_width(f, *c).unwrap_or(500.0);
            w.push(Object::Integer(i64::from(*code)));
            w.push(Object::Array(vec![Object::Integer(width as i64)]));
        }
        let base = Object::Name(name.as_bytes().to_vec());
        let descendant = b.object(dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "BaseFont" => base.clone(),
            "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
            "DW" => 1000,
            "W" => w,
        });
        let map: BTreeMap<u16, char> = codes[i].iter().map(|(c, k)| (*k, *c)).collect();
        font_dict.set(
            res,
            dictionary! {
                "Type" => "Font",
                "Subtype" => "Type0",
                "BaseFont" => base,
                "Encoding" => "Identity-H",
                "DescendantFonts" => vec![descendant],
                "ToUnicode" => lopdf::Stream::new(dictionary! {}, tounicode_cmap(&map)),
            },
        );
    }
    let fonts = b.object(font_dict);
    let mut raw = Vec::new();
    for p in pages {
        let mut content: Vec<u8> = Vec::new();
        for r in &p.runs {
            let fi = font_names.iter().position(|f| *f == r.font).unwrap_or(0);
            let bytes: Vec<u8> = if options.type0 {
                let mut v = Vec::new();
                for c in r.text.chars() {
                    let code = codes[fi].get(&c).copied().unwrap_or(0);
                    v.extend_from_slice(&code.to_be_bytes());
                }
                v
            } else {
                r.text
                    .chars()
                    .map(|c| BaseEncoding::WinAnsi.encode(c).unwrap_or(b'?'))
                    .collect()
            };
            content.extend_from_slice(
                format!("BT /F{} {} Tf {} {} Td ", fi + 1, r.size, r.x, r.y).as_bytes(),
            );
            content.extend_from_slice(&escape_literal(&bytes));
            content.extend_from_slice(b" Tj ET\n");
        }
        raw.push(RawPage {
            width: p.width,
            height: p.height,
            content,
            resources: dictionary! { "Font" => fonts.clone() },
            rotate: p.rotate,
            extra: Dictionary::new(),
        });
    }
    let mut catalog = Dictionary::new();
    if !options.page_labels.is_empty() {
        let mut nums = Vec::new();
        for (start, style, prefix, first) in &options.page_labels {
            let mut d = Dictionary::new();
            if !style.is_empty() {
                d.set("S", Object::Name(style.as_bytes().to_vec()));
            }
            if !prefix.is_empty() {
                d.set("P", text_string(prefix));
            }
            if *first != 1 {
                d.set("St", *first);
            }
            nums.push(Object::Integer(*start as i64));
            nums.push(Object::Dictionary(d));
        }
        catalog.set("PageLabels", dictionary! { "Nums" => nums });
    }
    b.finish(raw, options.title.as_deref(), catalog)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_wraps_and_hyphenates() {
        let text = "Kommunstyrelsen beslutade att ställa sig bakom rekommendationen";
        let lines = flow(text, 100.0, "Helvetica", 10.0, false);
        assert!(lines.len() >= 3);
        assert!(lines
            .iter()
            .all(|l| text_width("Helvetica", 10.0, l) <= 100.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), text);
        let hy = flow(text, 100.0, "Helvetica", 10.0, true);
        assert!(hy.iter().any(|l| l.ends_with('-')));
    }

    #[test]
    fn widths_follow_metrics() {
        assert_eq!(text_width("Helvetica", 10.0, "aa"), 11.12);
    }
}
