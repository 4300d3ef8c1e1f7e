//! Fonts: turning the bytes of a shown string into glyphs with Unicode text and advance
//! widths. Simple fonts (Type1, MMType1, TrueType, Type3 with its FontMatrix) use their
//! encoding (base encoding + /Differences, glyph names via the Adobe Glyph List) and
//! /Widths (or the standard-14 metrics); Type0 fonts split codes with their CMap
//! (Identity-H/V, embedded CMaps, predefined UCS2/UTF16 CMaps) and take widths from /W and
//! /DW. A ToUnicode CMap, when present, decides the text of every code it maps.

use lopdf::{Dictionary, Document, Object};

use super::cmap::CMap;
use super::encoding::{self, BaseEncoding};
use super::objects::{get, get_array, get_dict, get_name, get_num, nums, stream_bytes};

/// One shown glyph, before positioning.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Unicode text (may be empty when the code has no known meaning, or several
    /// characters for ligatures).
    pub text: String,
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
        /// Text of each code from the encoding (before ToUnicode).
        text: Vec<Option<String>>,
        /// Width of each code, text-space units.
        widths: Vec<f32>,
    },
    Cid {
        encoding: CidEncoding,
        /// (first cid, last cid, width) from /W, in text-space units.
        widths: Vec<(u32, u32, f32)>,
        default_width: f32,
    },
}

/// A loaded font.
#[derive(Debug, Clone)]
pub struct Font {
    /// /BaseFont without the subset prefix ("LinuxLibertineO-Bold").
    pub name: String,
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
    let bold = [
        "bold",
        "black",
        "heavy",
        "semibold",
        "demi",
        "extrabold",
        "ultrabold",
    ]
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
            Some(Object::Stream(s)) => stream_bytes(s, max_stream).ok().map(|d| CMap::parse(&d)),
            _ => None,
        }
        .filter(|c| !c.is_empty());

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
                    let c = stream_bytes(s, max_stream)
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
            let scale = font_matrix.get(3).copied().unwrap_or(0.001).abs() * 1000.0;
            let scale = if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            };
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
            name,
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
        match &self.kind {
            Kind::Simple { text, widths } => {
                let space = (0..256usize)
                    .find(|&c| self.code_text(c as u32, 1, text).as_deref() == Some(" "));
                if let Some(w) = space.and_then(|c| widths.get(c)).filter(|w| **w > 0.0) {
                    return *w;
                }
                let ws: Vec<f32> = widths.iter().copied().filter(|w| *w > 0.0).collect();
                if ws.is_empty() {
                    0.25
                } else {
                    (ws.iter().sum::<f32>() / ws.len() as f32 * 0.45).clamp(0.1, 0.5)
                }
            }
            Kind::Cid {
                widths,
                default_width,
                ..
            } => {
                let ws: Vec<f32> = widths.iter().map(|w| w.2).filter(|w| *w > 0.0).collect();
                if ws.is_empty() {
                    (default_width * 0.3).clamp(0.1, 0.5)
                } else {
                    (ws.iter().sum::<f32>() / ws.len() as f32 * 0.45).clamp(0.1, 0.5)
                }
            }
        }
    }

    fn code_text(&self, code: u32, len: usize, simple: &[Option<String>]) -> Option<String> {
        if let Some(s) = self.to_unicode.as_ref().and_then(|c| c.unicode(code, len)) {
            if !s.is_empty() {
                return Some(s);
            }
        }
        simple.get(code as usize).cloned().flatten()
    }

    /// Split a shown string into glyphs.
    pub fn decode(&self, bytes: &[u8], out: &mut Vec<Glyph>) {
        match &self.kind {
            Kind::Simple { text, widths } => {
                for &b in bytes {
                    let code = u32::from(b);
                    out.push(Glyph {
                        text: self.code_text(code, 1, text).unwrap_or_default(),
                        width: widths.get(usize::from(b)).copied().unwrap_or(0.0),
                        word_space: b == 32,
                    });
                }
            }
            Kind::Cid {
                encoding,
                widths,
                default_width,
            } => {
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
                    let cid = match encoding {
                        CidEncoding::Embedded(c) => c
                            .cid(code, n)
                            .unwrap_or(if c.has_codespace() { code } else { 0 }),
                        _ => code,
                    };
                    let mut text = self
                        .to_unicode
                        .as_ref()
                        .and_then(|c| c.unicode(code, n))
                        .unwrap_or_default();
                    if text.is_empty() {
                        if let CidEncoding::Utf16 = encoding {
                            text = char::from_u32(code).map(String::from).unwrap_or_default();
                        }
                    }
                    let width = widths
                        .iter()
                        .find(|(lo, hi, _)| *lo <= cid && cid <= *hi)
                        .map_or(*default_width, |w| w.2);
                    out.push(Glyph {
                        text,
                        width,
                        word_space: n == 1 && code == 32,
                    });
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
    let (base, differences) = match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => (BaseEncoding::from_name(n).or(default_base), None),
        Some(Object::Dictionary(e)) => (
            get_name(doc, e, b"BaseEncoding")
                .and_then(BaseEncoding::from_name)
                .or(default_base),
            get_array(doc, e, b"Differences"),
        ),
        _ => (default_base, None),
    };
    let mut text: Vec<Option<String>> = (0..=255u8)
        .map(|c| base.and_then(|b| b.decode(c)).map(String::from))
        .collect();
    if let Some(diffs) = differences {
        let mut code: usize = 0;
        for o in diffs {
            match super::objects::deref(doc, o) {
                Object::Integer(i) => code = (*i).clamp(0, 256) as usize,
                Object::Real(r) => code = r.clamp(0.0, 256.0) as usize,
                Object::Name(n) => {
                    if let Some(slot) = text.get_mut(code) {
                        *slot = encoding::glyph_name_to_unicode(&String::from_utf8_lossy(n));
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    text
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
    let mut widths = vec![0.0f32; 256];
    let first = get_num(doc, dict, b"FirstChar")
        .unwrap_or(0.0)
        .clamp(0.0, 255.0) as usize;
    let given = get_array(doc, dict, b"Widths").map(|a| nums(doc, a));
    for (code, w) in widths.iter_mut().enumerate() {
        let from_array = given
            .as_ref()
            .and_then(|g| code.checked_sub(first).and_then(|i| g.get(i)).copied());
        let v = match from_array {
            Some(v) => v,
            None => std_width(code)
                .or(missing)
                .unwrap_or(if given.is_some() || std14.is_some() {
                    0.0
                } else {
                    500.0
                }),
        };
        *w = if v.is_finite() { v * scale } else { 0.0 };
    }
    // A standard-14 font whose /Widths leave a code out still draws it at its real width.
    if std14.is_some() {
        for (code, w) in widths.iter_mut().enumerate() {
            if *w == 0.0 {
                if let Some(v) = std_width(code) {
                    *w = v * scale;
                }
            }
        }
    }
    widths
}
