//! Character encodings of simple fonts and PDF text strings: the base encodings
//! (Standard, WinAnsi, MacRoman, PDFDoc, Symbol, MacExpert), glyph names to Unicode via the
//! Adobe Glyph List (plus `uniXXXX`/`uXXXX[XX]` names and suffixes like `.sc`), the
//! standard-14 font metrics, and decoding of text strings (PDFDocEncoding or UTF-16BE).

use std::collections::HashMap;
use std::sync::OnceLock;

/// A base encoding of a simple font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    MacExpert,
    PdfDoc,
    Symbol,
}

impl BaseEncoding {
    /// The encoding named by a font's /Encoding (or /BaseEncoding) name.
    pub fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"StandardEncoding" => Some(BaseEncoding::Standard),
            b"WinAnsiEncoding" => Some(BaseEncoding::WinAnsi),
            b"MacRomanEncoding" => Some(BaseEncoding::MacRoman),
            b"MacExpertEncoding" => Some(BaseEncoding::MacExpert),
            b"PDFDocEncoding" => Some(BaseEncoding::PdfDoc),
            _ => None,
        }
    }

    /// The encoding's table (data/base_encodings.txt): code → UTF-16 code unit, 0 where
    /// the code is undefined.
    fn table(self) -> &'static [u16; 256] {
        static TABLES: OnceLock<[[u16; 256]; 6]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            let mut t = [[0u16; 256]; 6];
            let units = include_str!("data/base_encodings.txt")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(str::split_whitespace)
                .map(|h| u16::from_str_radix(h, 16).unwrap_or(0));
            for (slot, u) in t.iter_mut().flatten().zip(units) {
                *slot = u;
            }
            t
        });
        &tables[self as usize]
    }

    /// The character a code stands for in this encoding.
    pub fn decode(self, code: u8) -> Option<char> {
        let u = *self.table().get(usize::from(code))?;
        if u == 0 {
            None
        } else {
            char::from_u32(u32::from(u))
        }
    }

    /// The code of a character in this encoding (used by the writer).
    pub fn encode(self, c: char) -> Option<u8> {
        let t = self.table();
        (0u8..=255).find(|&i| {
            t.get(usize::from(i))
                .is_some_and(|&u| u != 0 && char::from_u32(u32::from(u)) == Some(c))
        })
    }
}

/// The glyph list by name, for a binary search (no table to hash at start-up).
fn glyph_list() -> &'static [(&'static str, char)] {
    static LIST: OnceLock<Vec<(&'static str, char)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<(&str, char)> = include_str!("data/glyphlist.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, hex) = l.split_once(';')?;
                let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                Some((name, c))
            })
            .collect();
        list.sort_unstable_by_key(|e| e.0); // the file is sorted: one pass
        list
    })
}

fn glyph_char(name: &str) -> Option<char> {
    let list = glyph_list();
    let i = list.binary_search_by_key(&name, |e| e.0).ok()?;
    list.get(i).map(|e| e.1)
}

/// Reverse of the glyph list: character → a glyph name.
fn glyph_names_by_char() -> &'static HashMap<char, &'static str> {
    static MAP: OnceLock<HashMap<char, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: HashMap<char, &'static str> = HashMap::new();
        for (name, c) in glyph_list() {
            // Prefer the shortest (canonical) name, e.g. "a" over "amonospace".
            let e = m.entry(*c).or_insert(name);
            if name.len() < e.len() || (name.len() == e.len() && *name < *e) {
                *e = name;
            }
        }
        m
    })
}

fn parse_hex_units(hex: &str) -> Option<String> {
    if hex.is_empty() || !hex.len().is_multiple_of(4) || !hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    let units: Vec<u16> = (0..hex.len() / 4)
        .filter_map(|i| hex.get(i * 4..i * 4 + 4))
        .filter_map(|h| u16::from_str_radix(h, 16).ok())
        .collect();
    let s = String::from_utf16(&units).ok()?;
    (!s.is_empty()).then_some(s)
}

/// The Unicode text of a glyph name: Adobe Glyph List names, `uniXXXX[XXXX...]`,
/// `uXXXX[XX]`, ligatures written with underscores (`f_i`), suffixes (`a.sc`).
pub fn glyph_name_to_unicode(name: &str) -> Option<String> {
    if let Some(c) = glyph_char(name) {
        return Some(c.to_string());
    }
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let parts: Option<Vec<String>> = base.split('_').map(glyph_name_to_unicode).collect();
        return parts.map(|p| p.concat());
    }
    if let Some(c) = glyph_char(base) {
        return Some(c.to_string());
    }
    if let Some(hex) = base.strip_prefix("uni") {
        return parse_hex_units(hex);
    }
    if let Some(hex) = base.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let v = u32::from_str_radix(hex, 16).ok()?;
            return char::from_u32(v).map(|c| c.to_string());
        }
    }
    None
}

/// A glyph name that only numbers its code ("a65", "g246", "c27": TeX's bitmap fonts, some
/// converters): when the number is the code itself, the code read as Latin text (WinAnsi,
/// which TeX's T1 encoding shares for the Swedish letters; 27–31 are T1's ligatures ff, fi,
/// fl, ffi, ffl). Numbers that are not the code (glyph indices) mean nothing.
pub fn numeric_glyph_name(name: &str, code: usize) -> Option<String> {
    let digits = name.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let prefix = name.len() - digits.len();
    if !(1..=2).contains(&prefix)
        || digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    if digits.parse::<usize>().ok()? != code {
        return None;
    }
    let lig = ["ff", "fi", "fl", "ffi", "ffl"];
    match code {
        27..=31 => lig.get(code - 27).map(|s| s.to_string()),
        32..=255 => BaseEncoding::WinAnsi
            .decode(u8::try_from(code).ok()?)
            .map(String::from),
        _ => None,
    }
}

/// The 258 glyph names of the standard Macintosh order (TrueType `post` format 1), which the
/// first glyphs of most TrueType fonts follow ("space" is glyph 3, "A" 36, "odieresis" 124).
const MAC_GLYPH_ORDER: &str =
    ".notdef .null nonmarkingreturn space exclam quotedbl numbersign dollar percent \
    ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash \
    zero one two three four five six seven eight nine colon semicolon less equal \
    greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft \
    backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p \
    q r s t u v w x y z braceleft bar braceright asciitilde Adieresis Aring Ccedilla \
    Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde aring \
    ccedilla eacute egrave ecircumflex edieresis iacute igrave icircumflex idieresis \
    ntilde oacute ograve ocircumflex odieresis otilde uacute ugrave ucircumflex \
    udieresis dagger degree cent sterling section bullet paragraph germandbls \
    registered copyright trademark acute dieresis notequal AE Oslash infinity plusminus \
    lessequal greaterequal yen mu partialdiff summation product pi integral ordfeminine \
    ordmasculine Omega ae oslash questiondown exclamdown logicalnot radical florin \
    approxequal Delta guillemotleft guillemotright ellipsis nonbreakingspace Agrave \
    Atilde Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright \
    divide lozenge ydieresis Ydieresis fraction currency guilsinglleft guilsinglright \
    fi fl daggerdbl periodcentered quotesinglbase quotedblbase perthousand Acircumflex \
    Ecircumflex Aacute Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute \
    Ocircumflex apple Ograve Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron \
    breve dotaccent ring cedilla hungarumlaut ogonek caron Lslash lslash Scaron scaron \
    Zcaron zcaron brokenbar Eth eth Yacute yacute Thorn thorn minus multiply \
    onesuperior twosuperior threesuperior onehalf onequarter threequarters franc Gbreve \
    gbreve Idotaccent Scedilla scedilla Cacute cacute Ccaron ccaron dcroat";

/// The glyph index a glyph name stands for when it only numbers a glyph ("G42", "g124",
/// "glyph36": fonts converted from TrueType that name each glyph by its index).
pub fn glyph_index_name(name: &str) -> Option<usize> {
    let digits = name
        .strip_prefix("glyph")
        .or_else(|| name.strip_prefix('G'))
        .or_else(|| name.strip_prefix('g'))?;
    if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The text of glyph `index` of a TrueType font in the standard Macintosh order.
pub fn mac_glyph_text(index: usize) -> Option<String> {
    let name = MAC_GLYPH_ORDER.split_whitespace().nth(index)?;
    if name == "nonbreakingspace" {
        return Some("\u{a0}".to_string());
    }
    glyph_name_to_unicode(name)
}

/// A glyph name for a character (for width lookup in the standard-14 metrics).
pub fn char_to_glyph_name(c: char) -> Option<&'static str> {
    glyph_names_by_char().get(&c).copied()
}

type Metrics = HashMap<&'static str, HashMap<&'static str, u16>>;

fn std14() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| {
        let mut all: Metrics = HashMap::new();
        let mut current: Option<&'static str> = None;
        for line in include_str!("data/std14.txt").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('@') {
                current = Some(name);
                continue;
            }
            let Some(font) = current else { continue };
            let widths = all.entry(font).or_default();
            for item in line.split_whitespace() {
                if let Some((g, w)) = item.split_once('=') {
                    if let Ok(w) = w.parse() {
                        widths.insert(g, w);
                    }
                }
            }
        }
        all
    })
}

/// The standard-14 font a base font name stands for (with the usual aliases such as
/// Arial → Helvetica, TimesNewRoman → Times-Roman), if any.
pub fn standard14_name(base_font: &str) -> Option<&'static str> {
    let n: String = base_font
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | ','))
        .collect::<String>()
        .to_ascii_lowercase();
    if n.starts_with("symbol") {
        return Some("Symbol");
    }
    if n.starts_with("zapfdingbats") {
        return Some("ZapfDingbats");
    }
    // Helvetica (Arial), Times, Courier: plain, bold, slanted, bold and slanted.
    let family = (["helvetica", "arial", "times", "courier"].iter())
        .position(|f| n.starts_with(f))?
        .saturating_sub(1);
    let style = usize::from(n.contains("bold"))
        + 2 * usize::from(n.contains("italic") || n.contains("oblique"));
    "Helvetica Helvetica-Bold Helvetica-Oblique Helvetica-BoldOblique Times-Roman Times-Bold \
     Times-Italic Times-BoldItalic Courier Courier-Bold Courier-Oblique Courier-BoldOblique"
        .split_whitespace()
        .nth(4 * family + style)
}

/// Width (1/1000 em) of a glyph name in a standard-14 font.
pub fn standard14_width(font: &str, glyph: &str) -> Option<f32> {
    std14().get(font)?.get(glyph).map(|&w| f32::from(w))
}

/// Width (1/1000 em) of a character in a standard-14 font.
pub fn standard14_char_width(font: &str, c: char) -> Option<f32> {
    if c == ' ' {
        return standard14_width(font, "space");
    }
    standard14_width(font, char_to_glyph_name(c)?)
}

/// Decode a PDF text string (/Title, ActualText, page label prefixes): UTF-16BE with BOM,
/// UTF-8 with BOM, else PDFDocEncoding.
pub fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| {
                u16::from_be_bytes([
                    c.first().copied().unwrap_or(0),
                    c.get(1).copied().unwrap_or(0),
                ])
            })
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes
        .iter()
        .map(|&b| match BaseEncoding::PdfDoc.decode(b) {
            Some(c) => c,
            None if b < 0x20 => ' ',
            None => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_encodings_place_swedish_letters() {
        assert_eq!(BaseEncoding::WinAnsi.decode(0xe5), Some('å'));
        assert_eq!(BaseEncoding::WinAnsi.decode(0xd6), Some('Ö'));
        assert_eq!(BaseEncoding::MacRoman.decode(0x8c), Some('å'));
        assert_eq!(BaseEncoding::MacRoman.decode(0x9a), Some('ö'));
        assert_eq!(BaseEncoding::Standard.decode(0x27), Some('\u{2019}'));
        assert_eq!(BaseEncoding::Standard.decode(0xae), Some('\u{fb01}'));
        assert_eq!(BaseEncoding::WinAnsi.decode(0x96), Some('–'));
        assert_eq!(BaseEncoding::WinAnsi.encode('ä'), Some(0xe4));
    }

    #[test]
    fn numeric_glyph_names() {
        assert_eq!(numeric_glyph_name("a65", 65).as_deref(), Some("A"));
        assert_eq!(numeric_glyph_name("a228", 228).as_deref(), Some("ä"));
        assert_eq!(numeric_glyph_name("a28", 28).as_deref(), Some("fi"));
        assert_eq!(numeric_glyph_name("g77", 1), None);
        assert_eq!(numeric_glyph_name("a", 1), None);
        assert_eq!(numeric_glyph_name("uni00E5", 1), None);
    }

    #[test]
    fn glyph_index_names_in_the_macintosh_order() {
        assert_eq!(glyph_index_name("G42"), Some(42));
        assert_eq!(glyph_index_name("glyph3"), Some(3));
        assert_eq!(glyph_index_name("Gbreve"), None);
        assert_eq!(glyph_index_name("g"), None);
        assert_eq!(mac_glyph_text(3).as_deref(), Some(" "));
        assert_eq!(mac_glyph_text(42).as_deref(), Some("G"));
        assert_eq!(mac_glyph_text(124).as_deref(), Some("ö"));
        assert_eq!(mac_glyph_text(99).as_deref(), Some("Å"));
        assert_eq!(mac_glyph_text(257).as_deref(), Some("đ"));
        assert_eq!(mac_glyph_text(258), None);
    }

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_name_to_unicode("adieresis").as_deref(), Some("ä"));
        assert_eq!(glyph_name_to_unicode("uni00E5").as_deref(), Some("å"));
        assert_eq!(glyph_name_to_unicode("uni00660069").as_deref(), Some("fi"));
        assert_eq!(glyph_name_to_unicode("u1F600").as_deref(), Some("😀"));
        assert_eq!(glyph_name_to_unicode("f_f_i").as_deref(), Some("\u{fb03}"));
        assert_eq!(glyph_name_to_unicode("T_h").as_deref(), Some("Th"));
        assert_eq!(glyph_name_to_unicode("a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_name_to_unicode("g123"), None);
    }

    #[test]
    fn metrics() {
        assert_eq!(standard14_name("Arial,Bold"), Some("Helvetica-Bold"));
        assert_eq!(
            standard14_name("TimesNewRomanPS-ItalicMT"),
            Some("Times-Italic")
        );
        assert_eq!(standard14_char_width("Helvetica", 'a'), Some(556.0));
        assert_eq!(standard14_char_width("Times-Roman", 'ö'), Some(500.0));
        assert_eq!(standard14_char_width("Courier", ' '), Some(600.0));
    }

    #[test]
    fn text_strings() {
        assert_eq!(decode_text_string(b"\xfe\xff\x00M\x00\xe5"), "Må");
        assert_eq!(decode_text_string(b"Malm\xf6"), "Malmö");
    }
}
