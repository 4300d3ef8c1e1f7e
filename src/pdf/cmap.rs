//! CMaps: the code-space ranges that split a string into character codes, the code → CID
//! mappings of Type0 font encodings, and the code → Unicode mappings of ToUnicode CMaps
//! (`bfchar`, `bfrange` with a start value or an array, multi-byte codes, `usecmap`).

use compact_str::CompactString;

use super::lexer::{Lexer, Operand};

/// What a range of codes maps to.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    /// A CID; the range maps lo..=hi to cid..
    Cid(u32),
    /// UTF-16BE text; within a range the last unit is incremented.
    Utf16(Vec<u16>),
    /// One text per code (bfrange array form).
    List(Vec<CompactString>),
}

#[derive(Debug, Clone, PartialEq)]
struct Range {
    len: u8,
    lo: u32,
    hi: u32,
    order: u32,
    target: Target,
}

/// A parsed CMap (encoding CMap or ToUnicode CMap).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CMap {
    /// /CMapName, if given.
    pub name: Option<String>,
    /// The predefined CMap named by `usecmap`, if any.
    pub usecmap: Option<String>,
    /// Writing mode: 1 for vertical.
    pub wmode: u8,
    codespace: Vec<(u8, u32, u32)>,
    /// Sorted by (code length, first code, order).
    ranges: Vec<Range>,
    /// For each range, the highest last code of it and the ranges before it with the same code
    /// length: a lookup stops going back once no earlier range can reach the code.
    max_hi: Vec<u32>,
}

fn code_of(bytes: &[u8]) -> Option<(u8, u32)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    let v = bytes.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
    Some((bytes.len() as u8, v))
}

/// The UTF-16BE units of a ToUnicode destination. A destination of two units or more whose
/// every unit is a printable ASCII byte followed by a zero byte (`<66006900>`) was written
/// little-endian (a ligature's "fi" re-distilled as 昀椀): read so, as the characters it names.
/// A real text of several such units would be a run of unrelated ideographs and syllables
/// (U+2000-U+7E00 in steps of 256), which no glyph stands for.
fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| match c {
            [a, b] => u16::from_be_bytes([*a, *b]),
            [a] => u16::from(*a),
            _ => 0,
        })
        .collect();
    let little_endian_ascii = |u: &u16| u & 0xff == 0 && (0x20..0x7f).contains(&(u >> 8));
    if units.len() >= 2 && units.iter().all(little_endian_ascii) {
        units.into_iter().map(u16::swap_bytes).collect()
    } else {
        units
    }
}

/// Text of UTF-16 units, dropping unpaired surrogates and NULs.
fn units_to_string(units: impl IntoIterator<Item = u16>) -> CompactString {
    char::decode_utf16(units)
        .filter_map(Result::ok)
        .filter(|&c| c != '\0')
        .collect()
}

impl CMap {
    /// Parse the bytes of a CMap stream. Never fails: what cannot be read is skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lx = Lexer::new(data);
        let mut ops = Vec::new();
        let mut order = 0u32;
        while let Some(op) = lx.next_op(&mut ops) {
            match op {
                b"endcodespacerange" => {
                    for pair in ops.chunks(2) {
                        if let [Operand::String(lo), Operand::String(hi)] = pair {
                            if let (Some((len, lo)), Some((_, hi))) = (code_of(lo), code_of(hi)) {
                                cmap.codespace.push((len, lo, hi));
                            }
                        }
                    }
                }
                // A bfchar/cidchar entry is a range of one code.
                b"endbfchar" | b"endcidchar" | b"endbfrange" | b"endcidrange" => {
                    let range = op.ends_with(b"range");
                    for entry in ops.chunks(if range { 3 } else { 2 }) {
                        let (lo, hi, dst) = match entry {
                            [Operand::String(lo), Operand::String(hi), dst] if range => {
                                (lo, hi, dst)
                            }
                            [Operand::String(lo), dst] if !range => (lo, lo, dst),
                            _ => continue,
                        };
                        let (Some((len, lo)), Some((_, hi))) = (code_of(lo), code_of(hi)) else {
                            continue;
                        };
                        if hi < lo {
                            continue;
                        }
                        let target = match dst {
                            Operand::String(s) => Target::Utf16(utf16_units(s)),
                            Operand::Number(n) => Target::Cid(n.max(0.0) as u32),
                            Operand::Name(n) if !range => {
                                match super::encoding::glyph_name_to_unicode(
                                    &String::from_utf8_lossy(n),
                                ) {
                                    Some(s) => Target::List(vec![s.into()]),
                                    None => continue,
                                }
                            }
                            Operand::Array(items) if range => Target::List(
                                items
                                    .iter()
                                    .map(|i| match i {
                                        Operand::String(s) => units_to_string(utf16_units(s)),
                                        _ => CompactString::default(),
                                    })
                                    .collect(),
                            ),
                            _ => continue,
                        };
                        order += 1;
                        cmap.ranges.push(Range {
                            len,
                            lo,
                            hi,
                            order,
                            target,
                        });
                    }
                }
                b"usecmap" => {
                    if let Some(Operand::Name(n)) = ops.last() {
                        cmap.usecmap = Some(String::from_utf8_lossy(n).into_owned());
                    }
                }
                b"def" => {
                    if let [Operand::Name(k), v] = ops.as_slice() {
                        match (k.as_slice(), v) {
                            (b"CMapName", Operand::Name(n)) => {
                                cmap.name = Some(String::from_utf8_lossy(n).into_owned())
                            }
                            (b"WMode", Operand::Number(n)) => cmap.wmode = (*n == 1.0) as u8,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        cmap.ranges.sort_by_key(|r| (r.len, r.lo, r.order));
        let mut prev: Option<(u8, u32)> = None;
        cmap.max_hi = cmap
            .ranges
            .iter()
            .map(|r| {
                let m = match prev {
                    Some((len, m)) if len == r.len => m.max(r.hi),
                    _ => r.hi,
                };
                prev = Some((r.len, m));
                m
            })
            .collect();
        cmap
    }

    /// Whether the CMap defines any code-space range.
    pub fn has_codespace(&self) -> bool {
        !self.codespace.is_empty()
    }

    /// Split the next character code off `bytes`: (code, byte length). Uses the code-space
    /// ranges; without a matching range, the shortest code length (or `default_len`).
    pub fn next_code(&self, bytes: &[u8], default_len: usize) -> (u32, usize) {
        for n in 1..=4usize {
            let Some(prefix) = bytes.get(..n) else { break };
            let Some((len, code)) = code_of(prefix) else {
                break;
            };
            if self
                .codespace
                .iter()
                .any(|&(l, lo, hi)| l == len && lo <= code && code <= hi)
            {
                return (code, n);
            }
        }
        let n = self
            .codespace
            .iter()
            .map(|&(l, _, _)| usize::from(l))
            .min()
            .unwrap_or(default_len)
            .clamp(1, 4)
            .min(bytes.len().max(1));
        let code = code_of(bytes.get(..n).unwrap_or(bytes)).map_or(0, |(_, c)| c);
        (code, n)
    }

    fn find(&self, code: u32, len: u8) -> Option<(&Range, u32)> {
        let idx = self
            .ranges
            .partition_point(|r| (r.len, r.lo) <= (len, code));
        let mut best: Option<&Range> = None;
        let before = self.ranges.get(..idx).unwrap_or_default();
        let reach = self.max_hi.get(..idx).unwrap_or_default();
        for (r, &m) in before.iter().zip(reach).rev().take(256) {
            if r.len != len || m < code {
                break;
            }
            if r.lo <= code && code <= r.hi && best.is_none_or(|b| r.order > b.order) {
                best = Some(r);
            }
        }
        best.map(|r| (r, code - r.lo))
    }

    /// The CID of a code (encoding CMaps).
    pub fn cid(&self, code: u32, len: usize) -> Option<u32> {
        match self.find(code, len as u8)? {
            (
                Range {
                    target: Target::Cid(start),
                    ..
                },
                off,
            ) => start.checked_add(off),
            _ => None,
        }
    }

    /// The Unicode text of a code (ToUnicode CMaps).
    pub fn unicode(&self, code: u32, len: usize) -> Option<CompactString> {
        let (range, off) = self.find(code, len as u8)?;
        match &range.target {
            Target::Utf16(units) => {
                // Within a range the last unit is incremented by the code's offset.
                let n = units.len();
                Some(units_to_string(units.iter().enumerate().map(|(i, &u)| {
                    if i + 1 == n {
                        u.wrapping_add(off as u16)
                    } else {
                        u
                    }
                })))
            }
            Target::List(items) => items.get(off as usize).cloned(),
            Target::Cid(_) => None,
        }
    }

    /// Whether any code maps to something.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOUNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <00E5>
<0012> <00660069>
endbfchar
2 beginbfrange
<0020> <0022> <0041>
<0030> <0032> [<00E4> <00F6> <D83DDE00>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn tounicode_bfchar_and_bfrange() {
        let c = CMap::parse(TOUNICODE);
        assert_eq!(c.name.as_deref(), Some("Adobe-Identity-UCS"));
        assert_eq!(c.unicode(0x11, 2).as_deref(), Some("å"));
        assert_eq!(c.unicode(0x12, 2).as_deref(), Some("fi"));
        assert_eq!(c.unicode(0x21, 2).as_deref(), Some("B"));
        assert_eq!(c.unicode(0x31, 2).as_deref(), Some("ö"));
        assert_eq!(c.unicode(0x32, 2).as_deref(), Some("😀"));
        assert_eq!(c.unicode(0x33, 2), None);
        assert_eq!(c.next_code(&[0, 0x11, 5], 1), (0x11, 2));
    }

    #[test]
    fn little_endian_ligatures_read_as_written() {
        // Ghostscript re-distilling a PDF writes a ligature's "fi" as <66006900>.
        let c = CMap::parse(
            b"1 begincodespacerange <00> <ff> endcodespacerange
             3 beginbfrange <3a> <3a> <66006900> <42> <42> <66006600> <43> <43> <6600>
             endbfrange 1 beginbfchar <44> <4E2D6587> endbfchar",
        );
        assert_eq!(c.unicode(0x3a, 1).as_deref(), Some("fi"));
        assert_eq!(c.unicode(0x42, 1).as_deref(), Some("ff"));
        // One unit, or units that are not all of that shape, stay as written.
        assert_eq!(c.unicode(0x43, 1).as_deref(), Some("\u{6600}"));
        assert_eq!(c.unicode(0x44, 1).as_deref(), Some("中文"));
    }

    #[test]
    fn mixed_code_lengths() {
        let c = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
             1 begincidrange <8140> <817E> 633 endcidrange 1 begincidchar <41> 34 endcidchar",
        );
        assert_eq!(c.next_code(b"A\x81\x41", 1), (0x41, 1));
        assert_eq!(c.next_code(b"\x81\x41", 1), (0x8141, 2));
        assert_eq!(c.cid(0x8141, 2), Some(634));
        assert_eq!(c.cid(0x41, 1), Some(34));
    }
}
