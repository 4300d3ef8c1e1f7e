//! A small PDF writer for tests (and a corpus scaler): pages with positioned text runs in
//! the standard-14 fonts, written with lopdf.
//!
//! * [`write_pdf`] writes [`PageSpec`]s: each [`TextRun`] names a standard-14 font
//!   (`Helvetica`, `Times-Roman`, `Times-Bold`, `Times-Italic`, ...), a size, a baseline
//!   position in PDF user space (origin bottom-left) and its text. Fonts are written as
//!   simple fonts with WinAnsiEncoding (so å ä ö Å Ä Ö work) and /Widths from the
//!   standard-14 metrics, or — with [`WriteOptions::type0`] — as Type0 fonts with
//!   Identity-H two-byte codes, a /W array and a ToUnicode CMap.
//! * [`raw_pdf`] writes pages whose content stream and resources the caller builds, for
//!   tests of particular font and content features.
//! * [`text_width`] measures text, [`flow`] word-wraps a paragraph at a width (optionally
//!   hyphenating a word at the line end), and [`layout_paragraphs`] flows paragraphs into
//!   pages of one or more columns, so tests can re-lay out a document in another page size,
//!   font or number of columns.
//!
//! Characters outside WinAnsi are written as '?' in simple fonts.

use std::collections::BTreeMap;

use lopdf::{dictionary, Dictionary, Document, Object, Stream, StringFormat};

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

/// A page for [`raw_pdf`]: the caller's content stream and resources.
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

fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Move streams that stand directly inside dictionaries or arrays (which PDF does not
/// allow) into indirect objects.
fn hoist_streams(doc: &mut Document, o: Object) -> Object {
    match o {
        Object::Stream(mut s) => {
            let dict = std::mem::take(&mut s.dict);
            s.dict = hoist_dict(doc, dict);
            Object::Reference(doc.add_object(s))
        }
        Object::Dictionary(d) => Object::Dictionary(hoist_dict(doc, d)),
        Object::Array(a) => Object::Array(a.into_iter().map(|x| hoist_streams(doc, x)).collect()),
        other => other,
    }
}

fn hoist_dict(doc: &mut Document, d: Dictionary) -> Dictionary {
    let mut out = Dictionary::new();
    for (k, v) in d {
        out.set(k, hoist_streams(doc, v));
    }
    out
}

/// Write pages whose content and resources the caller builds. Streams placed directly in
/// the resources (e.g. a font's /ToUnicode) are written as indirect objects.
pub fn raw_pdf(pages: Vec<RawPage>, title: Option<&str>, catalog_extra: Dictionary) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for p in pages {
        let content_id = doc.add_object(Stream::new(dictionary! {}, p.content));
        let resources = hoist_dict(&mut doc, p.resources);
        let resources_id = doc.add_object(resources);
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), p.width.into(), p.height.into()],
            "Contents" => content_id,
            "Resources" => resources_id,
        };
        if p.rotate != 0 {
            page.set("Rotate", p.rotate);
        }
        let extra = hoist_dict(&mut doc, p.extra);
        page.extend(&extra);
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    catalog.extend(&catalog_extra);
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", catalog_id);
    if let Some(t) = title {
        let info = doc.add_object(
            dictionary! { "Title" => text_string(t), "Producer" => "kommission test writer" },
        );
        doc.trailer.set("Info", info);
    }
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = doc.save_to(&mut out);
    out
}

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
    let mut font_dict = Dictionary::new();
    let mut extra_objects: Vec<(String, Dictionary, Vec<u8>)> = Vec::new();
    for (i, name) in font_names.iter().enumerate() {
        let res = format!("F{}", i + 1);
        if options.type0 {
            let f = standard14_name(name).unwrap_or("Helvetica");
            let mut w = Vec::new();
            for (c, code) in &codes[i] {
                let width = standard14_char_width(f, *c).unwrap_or(500.0);
                w.push(Object::Integer(i64::from(*code)));
                w.push(Object::Array(vec![Object::Integer(width as i64)]));
            }
            let descendant = dictionary! {
                "Type" => "Font",
                "Subtype" => "CIDFontType2",
                "BaseFont" => Object::Name(name.as_bytes().to_vec()),
                "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
                "DW" => 1000,
                "W" => w,
            };
            let map: BTreeMap<u16, char> = codes[i].iter().map(|(c, k)| (*k, *c)).collect();
            extra_objects.push((res, descendant, tounicode_cmap(&map)));
        } else {
            font_dict.set(res, Object::Dictionary(winansi_font(name)));
        }
    }
    let mut doc = Document::with_version("1.5");
    for (res, descendant, cmap) in extra_objects {
        let base = descendant
            .get(b"BaseFont")
            .cloned()
            .unwrap_or(Object::Name(b"Helvetica".to_vec()));
        let d_id = doc.add_object(descendant);
        let tu = doc.add_object(Stream::new(dictionary! {}, cmap));
        font_dict.set(
            res,
            Object::Dictionary(dictionary! {
                "Type" => "Font",
                "Subtype" => "Type0",
                "BaseFont" => base,
                "Encoding" => "Identity-H",
                "DescendantFonts" => vec![Object::Reference(d_id)],
                "ToUnicode" => tu,
            }),
        );
    }
    let fonts_id = doc.add_object(font_dict);
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
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
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), p.width.into(), p.height.into()],
            "Contents" => content_id,
            "Resources" => dictionary! { "Font" => fonts_id },
        };
        if p.rotate != 0 {
            page.set("Rotate", p.rotate);
        }
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
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
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", catalog_id);
    if let Some(t) = &options.title {
        let info = doc.add_object(
            dictionary! { "Title" => text_string(t), "Producer" => "kommission test writer" },
        );
        doc.trailer.set("Info", info);
    }
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
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
