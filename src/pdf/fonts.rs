//! Fonts: turning the bytes of a shown string into glyphs with Unicode text and advance
//! widths. Simple fonts (Type1, MMType1, TrueType, Type3 with its FontMatrix) use their
//! encoding (base encoding + /Differences, glyph names via the Adobe Glyph List; names
//! that only number a TrueType glyph, "G42", in the standard Macintosh glyph order when the
//! widths confirm it) and /Widths (or the standard-14 metrics); Type0 fonts split codes with their CMap
//! (Identity-H/V, embedded CMaps, predefined UCS2/UTF16 CMaps) and take widths from /W and
//! /DW. A ToUnicode CMap, when present, decides the text of every code it maps.

use std::cell::RefCell;

use compact_str::CompactString;
use lopdf::{Dictionary, Document, Object};
use rustc_hash::FxHashMap;

use super::cmap::CMap;
use super::encoding::{self, BaseEncoding};
use super::objects::{get, get_array, get_dict, get_name, get_num, nums, stream_bytes_in};

/// One shown glyph, before positioning.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Unicode text (may be empty when the code has no known meaning, or several
    /// characters for ligatures).
    pub text: CompactString,
    /// Horizontal advance in text-space units for a font size of 1.
    pub width: f32,
    /// A single-byte code 32, to which word spacing (Tw) applies.
    pub word_space: bool,
}

#[derive(Debug, Clone)]
enum CidEncoding {
    /// Identity-H / Identity-V: two-byte codes, CID = code.
    Identity,
    /// Predefined Unicode CMaps (Uni*-UCS2-*, Uni*-UTF16-*): the code is UTF-16.
    Utf16,
    /// An embedded CMap (possibly using a predefined one).
    Embedded(CMap),
}

#[derive(Debug, Clone)]
enum Kind {
    Simple {
        /// Text of each code: the ToUnicode CMap's where it maps the code to text, else the
        /// encoding's (empty: no known meaning).
        text: Vec<CompactString>,
        /// Width of each code, text-space units.
        widths: Vec<f32>,
    },
    Cid {
        encoding: CidEncoding,
        /// The glyph of each (code, byte length) shown so far: a code is decoded once.
        memo: RefCell<FxHashMap<(u32, usize), Glyph>>,
        /// CID → text from the embedded TrueType program, when there is no ToUnicode.
        cid_text: Option<std::collections::HashMap<u32, CompactString>>,
        /// (first cid, last cid, width) from /W, in text-space units.
        widths: Vec<(u32, u32, f32)>,
        default_width: f32,
    },
}

/// Most glyphs a CID font keeps decoded ([`Kind::Cid`]'s memo).
const MAX_MEMO: usize = 1 << 16;

/// A loaded font.
#[derive(Debug, Clone)]
pub struct Font {
    pub bold: bool,
    pub italic: bool,
    /// Vertical writing mode (Identity-V or WMode 1).
    pub vertical: bool,
    /// Multiplier from the font size to the glyphs' real size (Type3 FontMatrix).
    pub size_scale: f32,
    /// Width of a space in text-space units (size 1), measured or estimated.
    pub space_width: f32,
    to_unicode: Option<CMap>,
    kind: Kind,
}

fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((prefix, rest))
            if prefix.len() == 6 && prefix.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            rest
        }
        _ => name,
    }
}

/// Whether a font name says bold / italic.
fn style_from_name(name: &str) -> (bool, bool) {
    let n = name.to_ascii_lowercase();
    let bold = ["bold", "black", "heavy", "demi"]
        .iter()
        .any(|k| n.contains(k))
        || n.ends_with(",b")
        || n.ends_with("-b");
    let italic = ["italic", "oblique", "slanted", "kursiv"]
        .iter()
        .any(|k| n.contains(k))
        || n.ends_with(",i")
        || n.ends_with("-it");
    (bold, italic)
}

impl Font {
    /// Load a font from its dictionary. Never fails; what cannot be read is left out.
    pub fn load(doc: &Document, dict: &Dictionary, max_stream: usize) -> Font {
        let subtype = get_name(doc, dict, b"Subtype").unwrap_or(b"Type1");
        let base = get_name(doc, dict, b"BaseFont")
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let name = strip_subset(&base).to_string();
        let to_unicode = match get(doc, dict, b"ToUnicode") {
            Some(Object::Stream(s)) => stream_bytes_in(doc, s, max_stream)
                .ok()
                .map(|d| CMap::parse(&d)),
            _ => None,
        }
        .filter(|c| !c.is_empty());
        // "/ToUnicode /Identity-H": the codes are Unicode (UTF-16).
        let unicode_codes = matches!(get(doc, dict, b"ToUnicode"), Some(Object::Name(n)) if n.starts_with(b"Identity"));

        let (descriptor, kind, vertical, size_scale) = if subtype == b"Type0" {
            let descendant = get_array(doc, dict, b"DescendantFonts")
                .and_then(|a| a.first())
                .map(|o| super::objects::deref(doc, o))
                .and_then(|o| o.as_dict().ok());
            let (encoding, vertical) = match get(doc, dict, b"Encoding") {
                Some(Object::Name(n)) => {
                    let n = String::from_utf8_lossy(n);
                    let vertical = n.ends_with("-V");
                    if n.contains("UCS2") || n.contains("UTF16") {
                        (CidEncoding::Utf16, vertical)
                    } else {
                        (CidEncoding::Identity, vertical)
                    }
                }
                Some(Object::Stream(s)) => {
                    let c = stream_bytes_in(doc, s, max_stream)
                        .map(|d| CMap::parse(&d))
                        .unwrap_or_default();
                    let vertical = c.wmode == 1
                        || get_num(doc, &s.dict, b"WMode") == Some(1.0)
                        || c.usecmap.as_deref().is_some_and(|u| u.ends_with("-V"));
                    let utf16 = c.is_empty()
                        && c.usecmap
                            .as_deref()
                            .is_some_and(|u| u.contains("UCS2") || u.contains("UTF16"));
                    if utf16 {
                        (CidEncoding::Utf16, vertical)
                    } else if c.is_empty() {
                        (CidEncoding::Identity, vertical)
                    } else {
                        (CidEncoding::Embedded(c), vertical)
                    }
                }
                _ => (CidEncoding::Identity, false),
            };
            let encoding = match encoding {
                CidEncoding::Identity if unicode_codes => CidEncoding::Utf16,
                other => other,
            };
            let cid_text = if to_unicode.is_none() && !unicode_codes {
                descendant.and_then(|d| truetype_cid_unicode(doc, d))
            } else {
                None
            };
            let (widths, default_width, descriptor) = match descendant {
                Some(d) => (
                    cid_widths(doc, d),
                    get_num(doc, d, b"DW").unwrap_or(1000.0) / 1000.0,
                    get_dict(doc, d, b"FontDescriptor"),
                ),
                None => (Vec::new(), 1.0, None),
            };
            (
                descriptor,
                Kind::Cid {
                    encoding,
                    memo: RefCell::default(),
                    cid_text,
                    widths,
                    default_width,
                },
                vertical,
                1.0,
            )
        } else {
            let descriptor = get_dict(doc, dict, b"FontDescriptor");
            let is_type3 = subtype == b"Type3";
            let font_matrix = if is_type3 {
                get_array(doc, dict, b"FontMatrix")
                    .map(|a| nums(doc, a))
                    .filter(|m| m.len() == 6)
                    .unwrap_or_else(|| vec![0.001, 0.0, 0.0, 0.001, 0.0, 0.0])
            } else {
                vec![0.001, 0.0, 0.0, 0.001, 0.0, 0.0]
            };
            let text = simple_encoding(doc, dict, descriptor, &name, subtype);
            let widths = simple_widths(doc, dict, descriptor, &name, &text, &font_matrix);
            // Type3 glyphs are as tall as the FontBBox (in glyph space); others 1 em.
            let bbox_height = if is_type3 {
                get_array(doc, dict, b"FontBBox")
                    .map(|a| nums(doc, a))
                    .and_then(|b| match b.as_slice() {
                        [_, y0, _, y1] => Some((y1 - y0).abs()),
                        _ => None,
                    })
                    .filter(|h| *h > 0.0)
            } else {
                None
            };
            let scale = match bbox_height {
                Some(h) => (font_matrix.get(3).copied().unwrap_or(0.001).abs() * h).clamp(0.2, 5.0),
                None => 1.0,
            };
            let scale = if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            };
            let text = (0..256u32)
                .zip(text)
                .map(|(c, t)| {
                    (to_unicode.as_ref().and_then(|m| m.unicode(c, 1)))
                        .filter(|s| !s.is_empty())
                        .or_else(|| t.map(CompactString::from))
                        .unwrap_or_default()
                })
                .collect();
            (descriptor, Kind::Simple { text, widths }, false, scale)
        };

        let (mut bold, mut italic) = style_from_name(&name);
        if let Some(fd) = descriptor {
            let flags = get_num(doc, fd, b"Flags").unwrap_or(0.0) as i64;
            if flags & (1 << 18) != 0 {
                bold = true;
            }
            if flags & (1 << 6) != 0 {
                italic = true;
            }
            if get_num(doc, fd, b"FontWeight").is_some_and(|w| w >= 600.0) {
                bold = true;
            }
            if get_num(doc, fd, b"ItalicAngle").is_some_and(|a| a.abs() > 3.0) {
                italic = true;
            }
        }
        let mut font = Font {
            bold,
            italic,
            vertical,
            size_scale,
            space_width: 0.0,
            to_unicode,
            kind,
        };
        font.space_width = font.measure_space();
        font
    }

    /// Width of a space: the width of the glyph mapped to U+0020, else a quarter of the
    /// average width of the font's glyphs, else 0.25 em.
    fn measure_space(&self) -> f32 {
        let (ws, none): (Vec<f32>, f32) = match &self.kind {
            Kind::Simple { text, widths } => {
                let space = text.iter().position(|t| t == " ");
                if let Some(w) = space.and_then(|c| widths.get(c)).filter(|w| **w > 0.0) {
                    return *w;
                }
                (widths.clone(), 0.25)
            }
            Kind::Cid {
                widths,
                default_width,
                ..
            } => (
                widths.iter().map(|w| w.2).collect(),
                (default_width * 0.3).clamp(0.1, 0.5),
            ),
        };
        let ws: Vec<f32> = ws.into_iter().filter(|w| *w > 0.0).collect();
        if ws.is_empty() {
            none
        } else {
            (ws.iter().sum::<f32>() / ws.len() as f32 * 0.45).clamp(0.1, 0.5)
        }
    }

    /// Split a shown string into glyphs.
    pub fn decode(&self, bytes: &[u8], out: &mut Vec<Glyph>) {
        match &self.kind {
            Kind::Simple { text, widths } => {
                for &b in bytes {
                    out.push(Glyph {
                        text: text.get(usize::from(b)).cloned().unwrap_or_default(),
                        width: widths.get(usize::from(b)).copied().unwrap_or(0.0),
                        word_space: b == 32,
                    });
                }
            }
            Kind::Cid {
                encoding,
                memo,
                cid_text,
                widths,
                default_width,
            } => {
                let glyph = |code: u32, n: usize| {
                    let cid = match encoding {
                        CidEncoding::Embedded(c) => c
                            .cid(code, n)
                            .unwrap_or(if c.has_codespace() { code } else { 0 }),
                        _ => code,
                    };
                    let mut text = (self.to_unicode.as_ref())
                        .and_then(|c| c.unicode(code, n))
                        .unwrap_or_default();
                    if text.is_empty() {
                        if let CidEncoding::Utf16 = encoding {
                            text = char::from_u32(code)
                                .map(|c| CompactString::from(&*c.encode_utf8(&mut [0; 4])))
                                .unwrap_or_default();
                        } else if let Some(t) = cid_text.as_ref().and_then(|m| m.get(&cid)) {
                            text = t.clone();
                        }
                    }
                    let idx = widths.partition_point(|w| w.0 <= cid);
                    let width = idx
                        .checked_sub(1)
                        .and_then(|i| widths.get(i))
                        .filter(|w| cid <= w.1)
                        .map_or(*default_width, |w| w.2);
                    Glyph {
                        text,
                        width,
                        word_space: n == 1 && code == 32,
                    }
                };
                let mut memo = memo.borrow_mut();
                let mut rest = bytes;
                while !rest.is_empty() {
                    let (code, n) = match encoding {
                        CidEncoding::Embedded(c) => c.next_code(rest, 2),
                        _ => {
                            let n = rest.len().min(2);
                            let code = rest
                                .iter()
                                .take(n)
                                .fold(0u32, |a, &b| (a << 8) | u32::from(b));
                            (code, n)
                        }
                    };
                    rest = rest.get(n..).unwrap_or_default();
                    if memo.len() >= MAX_MEMO {
                        memo.clear();
                    }
                    out.push(
                        memo.entry((code, n))
                            .or_insert_with(|| glyph(code, n))
                            .clone(),
                    );
                }
            }
        }
    }
}

/// The /W array of a CIDFont.
fn cid_widths(doc: &Document, d: &Dictionary) -> Vec<(u32, u32, f32)> {
    let mut out = Vec::new();
    let Some(w) = get_array(doc, d, b"W") else {
        return out;
    };
    let mut i = 0;
    while i < w.len() {
        let first = w.get(i).and_then(|o| super::objects::num(doc, o));
        let next = w.get(i + 1).map(|o| super::objects::deref(doc, o));
        match (first, next) {
            (Some(first), Some(Object::Array(ws))) => {
                for (k, wv) in nums(doc, ws).into_iter().enumerate() {
                    let c = first.max(0.0) as u32 + k as u32;
                    out.push((c, c, wv / 1000.0));
                }
                i += 2;
            }
            (Some(first), Some(_)) => {
                let last = w.get(i + 1).and_then(|o| super::objects::num(doc, o));
                let width = w.get(i + 2).and_then(|o| super::objects::num(doc, o));
                if let (Some(last), Some(width)) = (last, width) {
                    out.push((first.max(0.0) as u32, last.max(0.0) as u32, width / 1000.0));
                }
                i += 3;
            }
            _ => break,
        }
        if out.len() > 1_000_000 {
            break;
        }
    }
    out.sort_by_key(|w| w.0);
    out
}

/// The text of each code of a simple font from its encoding.
fn simple_encoding(
    doc: &Document,
    dict: &Dictionary,
    descriptor: Option<&Dictionary>,
    name: &str,
    subtype: &[u8],
) -> Vec<Option<String>> {
    let std14 = encoding::standard14_name(name);
    let symbolic = descriptor
        .and_then(|fd| get_num(doc, fd, b"Flags"))
        .is_some_and(|f| (f as i64) & 4 != 0);
    let default_base = match std14 {
        Some("Symbol") => Some(BaseEncoding::Symbol),
        Some("ZapfDingbats") => None,
        Some(_) => Some(BaseEncoding::Standard),
        None if subtype == b"TrueType" && !symbolic => Some(BaseEncoding::WinAnsi),
        None => Some(BaseEncoding::Standard),
    };
    let (named, differences) = match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => (BaseEncoding::from_name(n), None),
        Some(Object::Dictionary(e)) => (
            get_name(doc, e, b"BaseEncoding").and_then(BaseEncoding::from_name),
            get_array(doc, e, b"Differences"),
        ),
        _ => (None, None),
    };
    let base = named.or(default_base);
    let mut text: Vec<Option<String>> = (0..=255u8)
        .map(|c| base.and_then(|b| b.decode(c)).map(String::from))
        .collect();
    // The glyph names given by the font program and the Differences, per code.
    let mut names: Vec<Option<String>> = vec![None; 256];
    // Without a named encoding, an embedded font's own encoding is the base (TrueType:
    // only for symbolic fonts, whose codes go through the font's (3,0) or (1,0) cmap).
    if named.is_none() {
        let builtin = descriptor.and_then(|fd| {
            type1_builtin_encoding(doc, fd)
                .or_else(|| cff_builtin_encoding(doc, fd))
                .or_else(|| {
                    if symbolic {
                        truetype_symbol_encoding(doc, fd)
                    } else {
                        None
                    }
                })
        });
        if let Some(builtin) = builtin {
            for ((slot, raw), name) in text.iter_mut().zip(names.iter_mut()).zip(builtin) {
                if let Some(n) = name {
                    *slot = encoding::glyph_name_to_unicode(&n);
                    *raw = Some(n);
                }
            }
        }
    }
    if let Some(diffs) = differences {
        let mut code: usize = 0;
        for o in diffs {
            match super::objects::deref(doc, o) {
                Object::Integer(i) => code = (*i).clamp(0, 256) as usize,
                Object::Real(r) => code = r.clamp(0.0, 256.0) as usize,
                Object::Name(n) => {
                    if let Some(slot) = text.get_mut(code) {
                        let name = String::from_utf8_lossy(n);
                        *slot = encoding::glyph_name_to_unicode(&name)
                            .or_else(|| encoding::numeric_glyph_name(&name, code));
                        if let Some(raw) = names.get_mut(code) {
                            *raw = Some(name.into_owned());
                        }
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    // PostScript's ISOLatin1Encoding names the ASCII hyphen-minus /minus (its /hyphen is at
    // 0xAD), so a file re-encoded that way (ps2pdf of groff, enscript, a2ps output) draws every
    // hyphen the author typed as /minus at 0x2D: that code is the hyphen-minus it was typed as.
    if let (Some(Some("minus")), Some(slot)) =
        (names.get(0x2D).map(Option::as_deref), text.get_mut(0x2D))
    {
        *slot = Some("-".to_string());
    }
    if subtype != b"Type3" {
        glyph_index_names(doc, dict, name, &names, &mut text);
    }
    text
}

/// Glyph names that number the glyphs of a font converted from TrueType ("G42", "G124",
/// with the code often equal to the number) are read as glyph indices in the standard
/// Macintosh order ("G" and "ö"), not as the code's Latin letter ("*" and "|"), when the
/// font's widths say so: they agree with the standard metrics of its family for most of the
/// numbered glyphs read as indices, and more often than read as codes (a symbol font's own
/// glyph order does not pass). Without known metrics nothing is guessed. Names the glyph
/// list knows are kept.
fn glyph_index_names(
    doc: &Document,
    dict: &Dictionary,
    name: &str,
    names: &[Option<String>],
    text: &mut [Option<String>],
) {
    let indexed: Vec<(usize, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(code, n)| {
            let n = n.as_deref()?;
            if encoding::glyph_name_to_unicode(n).is_some() {
                return None;
            }
            Some((code, encoding::glyph_index_name(n)?))
        })
        .collect();
    if indexed.len() < 3 {
        return;
    }
    let mac = match encoding::standard14_name(name) {
        Some(font) => {
            let first = get_num(doc, dict, b"FirstChar")
                .unwrap_or(0.0)
                .clamp(0.0, 255.0) as usize;
            let widths = get_array(doc, dict, b"Widths").map(|a| nums(doc, a));
            let width = |code: usize| -> Option<f32> {
                widths.as_ref()?.get(code.checked_sub(first)?).copied()
            };
            let agrees = |code: usize, t: Option<String>| -> bool {
                let (Some(w), Some(c)) = (width(code), t.and_then(|t| t.chars().next())) else {
                    return false;
                };
                encoding::standard14_char_width(font, c)
                    .is_some_and(|s| (w - s).abs() <= 0.1 * s.max(100.0))
            };
            // Only the glyphs the font carries (a width) count.
            let carried: Vec<(usize, usize)> = indexed
                .iter()
                .copied()
                .filter(|&(code, _)| width(code).is_some_and(|w| w > 0.0))
                .collect();
            let as_index = carried
                .iter()
                .filter(|&&(code, n)| agrees(code, encoding::mac_glyph_text(n)))
                .count();
            let as_code = carried
                .iter()
                .filter(|&&(code, n)| {
                    agrees(code, encoding::numeric_glyph_name(&format!("g{n}"), code))
                })
                .count();
            as_index >= 3 && as_index > as_code && 2 * as_index > carried.len()
        }
        None => false,
    };
    if mac {
        for &(code, n) in &indexed {
            if let Some(slot) = text.get_mut(code) {
                *slot = encoding::mac_glyph_text(n);
            }
        }
    }
}

/// The decoded bytes of an embedded font program.
fn font_file(doc: &Document, fd: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    match get(doc, fd, key)? {
        Object::Stream(s) => stream_bytes_in(doc, s, 16 << 20).ok(),
        _ => None,
    }
}

/// The built-in encoding of an embedded CFF font (/FontFile3, Type1C): code → glyph
/// name through the font's encoding and charset.
fn cff_builtin_encoding(doc: &Document, fd: &Dictionary) -> Option<Vec<Option<String>>> {
    let data = font_file(doc, fd, b"FontFile3")?;
    let table = ttf_parser::cff::Table::parse(&data)?;
    let out: Vec<Option<String>> = (0..=255u8)
        .map(|code| {
            let gid = table.glyph_index(code).filter(|g| g.0 != 0)?;
            table.glyph_name(gid).map(str::to_string)
        })
        .collect();
    out.iter().any(Option::is_some).then_some(out)
}

/// The encoding of a symbolic embedded TrueType font (/FontFile2): codes through its
/// (3,0) cmap (at 0xF000 + code, or code) or (1,0) cmap, glyph names from its post table.
fn truetype_symbol_encoding(doc: &Document, fd: &Dictionary) -> Option<Vec<Option<String>>> {
    let data = font_file(doc, fd, b"FontFile2")?;
    let face = ttf_parser::Face::parse(&data, 0).ok()?;
    let cmap = face.tables().cmap?;
    let out: Vec<Option<String>> = (0..=255u32)
        .map(|code| {
            let gid = cmap.subtables.into_iter().find_map(|st| {
                let id = (st.platform_id, st.encoding_id);
                match id {
                    (ttf_parser::PlatformId::Windows, 0) => st
                        .glyph_index(0xF000 + code)
                        .or_else(|| st.glyph_index(code)),
                    (ttf_parser::PlatformId::Macintosh, 0) => st.glyph_index(code),
                    _ => None,
                }
            })?;
            face.glyph_name(gid).map(str::to_string)
        })
        .collect();
    out.iter().any(Option::is_some).then_some(out)
}

/// Unicode of the glyphs of an embedded TrueType CIDFont without ToUnicode: CID → glyph
/// (Identity or /CIDToGIDMap) → Unicode through the font's Unicode cmap (reversed) or its
/// post-table glyph names.
fn truetype_cid_unicode(
    doc: &Document,
    descendant: &Dictionary,
) -> Option<std::collections::HashMap<u32, CompactString>> {
    let fd = get_dict(doc, descendant, b"FontDescriptor")?;
    let data = font_file(doc, fd, b"FontFile2")?;
    let face = ttf_parser::Face::parse(&data, 0).ok()?;
    let mut by_gid: std::collections::HashMap<u16, char> = std::collections::HashMap::new();
    if let Some(cmap) = face.tables().cmap {
        for st in cmap.subtables {
            if !st.is_unicode() {
                continue;
            }
            st.codepoints(|cp| {
                if let (Some(g), Some(c)) = (st.glyph_index(cp), char::from_u32(cp)) {
                    let e = by_gid.entry(g.0).or_insert(c);
                    // Prefer the lower code point (basic letters over compatibility forms).
                    if c < *e {
                        *e = c;
                    }
                }
            });
        }
    }
    let cid_to_gid: Option<Vec<u8>> = match get(doc, descendant, b"CIDToGIDMap") {
        Some(Object::Stream(s)) => stream_bytes_in(doc, s, 1 << 20).ok(),
        _ => None,
    };
    let mut out = std::collections::HashMap::new();
    let glyphs = face.number_of_glyphs();
    let cids: u32 = match &cid_to_gid {
        Some(m) => (m.len() / 2) as u32,
        None => u32::from(glyphs),
    };
    for cid in 0..cids.min(65_536) {
        let gid = match &cid_to_gid {
            Some(m) => {
                let i = cid as usize * 2;
                match (m.get(i), m.get(i + 1)) {
                    (Some(a), Some(b)) => u16::from_be_bytes([*a, *b]),
                    _ => continue,
                }
            }
            None => cid as u16,
        };
        if gid == 0 {
            continue;
        }
        let text = by_gid.get(&gid).map(|c| c.to_string()).or_else(|| {
            face.glyph_name(ttf_parser::GlyphId(gid))
                .and_then(encoding::glyph_name_to_unicode)
        });
        if let Some(t) = text {
            out.insert(cid, CompactString::from(t));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The built-in encoding of an embedded Type1 font program (/FontFile): the
/// `dup <code> /<glyph> put` entries of its clear-text part. None when the font uses
/// StandardEncoding or has no readable program.
fn type1_builtin_encoding(doc: &Document, fd: &Dictionary) -> Option<Vec<Option<String>>> {
    static DUP: std::sync::OnceLock<Option<regex::bytes::Regex>> = std::sync::OnceLock::new();
    let re = DUP
        .get_or_init(|| {
            regex::bytes::Regex::new(r"dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>]+)\s+put").ok()
        })
        .as_ref()?;
    let Some(Object::Stream(s)) = get(doc, fd, b"FontFile") else {
        return None;
    };
    let data = stream_bytes_in(doc, s, 4 << 20).ok()?;
    let clear_len = get_num(doc, &s.dict, b"Length1").map_or(data.len(), |l| l.max(0.0) as usize);
    let clear = data.get(..clear_len.min(data.len()))?;
    let clear = match clear.windows(6).position(|w| w == b"eexec") {
        Some(p) => clear.get(..p)?,
        None => clear,
    };
    let enc_at = clear.windows(9).position(|w| w == b"/Encoding")?;
    let rest = clear.get(enc_at..)?;
    if rest
        .get(9..40)
        .is_some_and(|r| r.windows(16).any(|w| w == b"StandardEncoding"))
    {
        return None;
    }
    let mut out: Vec<Option<String>> = vec![None; 256];
    let mut any = false;
    for c in re.captures_iter(rest) {
        let code: usize = std::str::from_utf8(c.get(1)?.as_bytes())
            .ok()?
            .parse()
            .ok()?;
        if let Some(slot) = out.get_mut(code) {
            *slot = Some(String::from_utf8_lossy(c.get(2)?.as_bytes()).into_owned());
            any = true;
        }
    }
    any.then_some(out)
}

/// The width of each code of a simple font, in text-space units.
fn simple_widths(
    doc: &Document,
    dict: &Dictionary,
    descriptor: Option<&Dictionary>,
    name: &str,
    text: &[Option<String>],
    font_matrix: &[f32],
) -> Vec<f32> {
    let scale = font_matrix.first().copied().unwrap_or(0.001);
    let missing = descriptor.and_then(|fd| get_num(doc, fd, b"MissingWidth"));
    let std14 = encoding::standard14_name(name);
    let std_width = |code: usize| -> Option<f32> {
        let font = std14?;
        let t = text.get(code)?.as_ref()?;
        let c = t.chars().next()?;
        encoding::standard14_char_width(font, c)
    };
    let first = get_num(doc, dict, b"FirstChar")
        .unwrap_or(0.0)
        .clamp(0.0, 255.0) as usize;
    let given = get_array(doc, dict, b"Widths").map(|a| nums(doc, a));
    let default = if given.is_some() || std14.is_some() {
        0.0
    } else {
        500.0
    };
    (0..256usize)
        .map(|code| {
            let from_array = given
                .as_ref()
                .and_then(|g| code.checked_sub(first).and_then(|i| g.get(i)).copied());
            let v = from_array.or_else(|| std_width(code)).or(missing);
            let w = v.unwrap_or(default);
            let w = if w.is_finite() { w * scale } else { 0.0 };
            // A standard-14 font whose /Widths leave a code out still draws it at its real
            // width.
            match std_width(code) {
                Some(real) if w == 0.0 => real * scale,
                _ => w,
            }
        })
        .collect()
}
