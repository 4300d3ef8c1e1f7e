//! Old Word documents (.doc, Word 97–2003 binary), read natively: the compound-file
//! container (`cfb`), then the File Information Block of the `WordDocument` stream, the piece
//! table (CLX) of the table stream (`0Table`/`1Table`) and the paragraph properties (PAPX
//! pages) of the text's paragraphs ([MS-DOC]), into the model of [`super::office`]:
//!
//! * Headings: Word's built-in "heading 1–9" and "Title" styles, or an outline level.
//! * Tables: a cell ends at a cell mark (0x07), a row at its row mark (`sprmPFTtp`).
//! * Fields (0x13 code 0x14 result 0x15): the result is text, the code is not.
//! * Deleted revisions (`sprmCFRMarkDel`) and hidden text (`sprmCFVanish`, directly or by a
//!   character style) are not text; insertions are (the changes accepted).
//! * Text boxes: the text-box story, matched to the shapes anchored in the main text.
//! * Pages: a .doc keeps no record of where Word's layout broke them, so they follow the
//!   explicit breaks (0x0C, a new-page section) and the estimate.
//! * The title is the summary information's. Word 6/95 files, encrypted files and damaged
//!   ones are refused with a clean error; nothing read from the file can make this reader
//!   panic or allocate more than the streams it reads.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use crate::model::ExtractedDoc;

use super::docx::{Level, Num, Numbering};
use super::layout::{face_of_font, Geometry, Metrics, Spacing, DEFAULT_FACE, WORD_PAGE};
use super::office::{
    note_run, page_number_field, read_limited, running_line, unshown_field, Break, Chars, Pages,
    RunStyle, BODY_SIZE,
};
use super::FormatError;

/// A clean error for this file type.
fn bad(reason: impl Into<String>) -> FormatError {
    FormatError::package(".doc", reason)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at.checked_add(2)?)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
}

/// Little-endian UTF-16 code units.
fn units(b: &[u8]) -> Vec<u16> {
    b.chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect()
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(4)?)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// The `len` bytes of `b` from `at`, fewer where `b` ends (none past its end).
fn bytes_at(b: &[u8], at: usize, len: usize) -> &[u8] {
    let rest = b.get(at..).unwrap_or_default();
    &rest[..len.min(rest.len())]
}

/// The bytes of a block that begins with its length (two bytes) at `at` (see [`bytes_at`]).
fn counted(b: &[u8], at: usize) -> &[u8] {
    bytes_at(b, at + 2, usize::from(u16_at(b, at).unwrap_or(0)))
}

/// The part of the FIB this reader uses.
#[derive(Debug, Default)]
struct Fib {
    table_1: bool,
    /// Characters in each story: main text, footnotes, headers, comments, endnotes.
    ccp_text: u32,
    ccp_ftn: u32,
    ccp_hdd: u32,
    ccp_atn: u32,
    ccp_edn: u32,
    /// (offset, length) pairs of FibRgFcLcb97 by index.
    fc_lcb: Vec<(u32, u32)>,
}

/// Indices into FibRgFcLcb97 ([MS-DOC] 2.5.6).
const STSHF: usize = 1;
const PLCF_FND_REF: usize = 2;
const PLCF_FND_TXT: usize = 3;
const PLCF_SED: usize = 6;
const PLCF_BTE_CHPX: usize = 12;
const PLCF_BTE_PAPX: usize = 13;
const STTBF_FFN: usize = 15;
const PLC_SPA_MOM: usize = 40;
const PLCF_TXBX_TXT: usize = 56;
const CLX: usize = 33;
const PLF_LST: usize = 73;
const PLF_LFO: usize = 74;
const PLCF_END_REF: usize = 46;
const PLCF_END_TXT: usize = 47;

impl Fib {
    fn parse(w: &[u8]) -> Result<Fib, FormatError> {
        let short = || bad("the WordDocument stream is too short for its header (FIB)");
        let ident = u16_at(w, 0).ok_or_else(short)?;
        if ident != 0xA5EC {
            return Err(bad(format!(
                "the WordDocument stream does not start with Word's mark (0x{ident:04X})"
            )));
        }
        let nfib = u16_at(w, 2).ok_or_else(short)?;
        if nfib < 0x00C0 {
            return Err(bad(format!(
                "a Word 6/95 file (format version 0x{nfib:04X}): only Word 97 and later are read, save it as .docx"
            )));
        }
        let flags = u16_at(w, 0x0A).ok_or_else(short)?;
        if flags & 0x0100 != 0 {
            return Err(bad(
                "encrypted or obfuscated (a password is needed to open it)",
            ));
        }
        let csw = usize::from(u16_at(w, 32).ok_or_else(short)?);
        let lw = 34 + csw * 2;
        let cslw = usize::from(u16_at(w, lw).ok_or_else(short)?);
        let rg_lw = lw + 2;
        let lw_at = |i: usize| -> Result<u32, FormatError> {
            if i >= cslw {
                return Ok(0);
            }
            u32_at(w, rg_lw + 4 * i).ok_or_else(short)
        };
        let fc_at = rg_lw + cslw * 4;
        let count = usize::from(u16_at(w, fc_at).ok_or_else(short)?);
        let fc_lcb = (0..count)
            .map_while(|i| {
                let at = fc_at + 2 + 8 * i;
                Some((u32_at(w, at)?, u32_at(w, at + 4)?))
            })
            .collect::<Vec<_>>();
        if fc_lcb.len() <= CLX {
            return Err(short());
        }
        Ok(Fib {
            table_1: flags & 0x0200 != 0,
            ccp_text: lw_at(3)?,
            ccp_ftn: lw_at(4)?,
            ccp_hdd: lw_at(5)?,
            ccp_atn: lw_at(7)?,
            ccp_edn: lw_at(8)?,
            fc_lcb,
        })
    }

    /// A structure of the table stream by its FibRgFcLcb97 index (empty when absent).
    fn table<'t>(&self, table: &'t [u8], index: usize) -> &'t [u8] {
        let (fc, lcb) = self.fc_lcb.get(index).copied().unwrap_or_default();
        let start = fc as usize;
        table
            .get(start..start.saturating_add(lcb as usize))
            .unwrap_or(&[])
    }
}

/// A PLC: `n + 1` character positions followed by `n` entries of `size` bytes.
fn plc(data: &[u8], size: usize) -> (Vec<u32>, Vec<&[u8]>) {
    if data.len() < 4 {
        return (Vec::new(), Vec::new());
    }
    let n = (data.len() - 4) / (4 + size);
    let cps = (0..=n).filter_map(|i| u32_at(data, 4 * i)).collect();
    let base = 4 * (n + 1);
    let entries = (0..n)
        .filter_map(|i| data.get(base + i * size..base + (i + 1) * size))
        .collect();
    (cps, entries)
}

/// The document's characters by character position (CP), with the stream offset (FC) of
/// each, decoded from the pieces of the piece table: 8-bit windows-1252 pieces and UTF-16
/// pieces.
#[derive(Default)]
struct Text {
    chars: Vec<char>,
    fcs: Vec<u32>,
    /// Characters that are no text of the page: deleted revisions and hidden text.
    gone: Vec<bool>,
}

/// The character runs (stream ranges, FC) the CHPX pages (FKPs) of the PlcBteChpx say
/// something of here: whether they are no text of the page (a deleted revision,
/// `sprmCFRMarkDel`, or hidden text: a hidden character style, `sprmCIstd`, unless
/// `sprmCFVanish` says otherwise), their font
/// size (`sprmCHps`, half-points), font (`sprmCRgFtc0`, an index of the font table) and
/// whether it is set in capitals (`sprmCFCaps`, `sprmCFSmallCaps`).
fn char_runs(word: &[u8], table: &[u8], fib: &Fib, styles: &[Para]) -> Runs<CharRun> {
    let mut runs = Vec::new();
    for (page, offset, start, end) in fkp_runs(word, fib.table(table, PLCF_BTE_CHPX), 1) {
        if offset == 0 {
            continue;
        }
        let cb = usize::from(page.get(offset).copied().unwrap_or(0));
        let (mut deleted, mut size, mut font, mut caps) = (false, None, None, false);
        let (mut vanish, mut style_hidden) = (None, false);
        for (sprm, op) in sprms(bytes_at(page, offset + 1, cb)) {
            match sprm {
                0x0800 => deleted = matches!(op.first(), Some(1 | 0x81)),
                0x083C => vanish = op.first().copied(),
                0x4A30 => {
                    let style = u16_at(op, 0).and_then(|istd| styles.get(usize::from(istd)));
                    style_hidden = style.is_some_and(|s| s.hidden);
                    caps |= style.is_some_and(|s| s.caps);
                }
                0x4A43 => size = u16_at(op, 0).map(|h| f32::from(h) / 2.0),
                0x4A4F => font = u16_at(op, 0),
                0x083A | 0x083B => caps |= matches!(op.first(), Some(1 | 0x81)),
                _ => {}
            }
        }
        // Hidden by the character style unless the run says otherwise (0, or 0x81: the
        // opposite of the style's).
        let hidden = match vanish {
            Some(0x81) => !style_hidden,
            Some(v) => v == 1,
            None => style_hidden,
        };
        runs.push((start, end, (deleted || hidden, size, font, caps)));
    }
    runs.sort_by_key(|r| r.0);
    runs
}

/// What a character run says: no text of the page, its size, its font, capitals.
type CharRun = (bool, Option<f32>, Option<u16>, bool);

/// The font names of the font table (SttbfFfn: FFNs of a size byte, 39 bytes of
/// properties and a zero-terminated UTF-16 name), by index.
fn font_names(table: &[u8], fib: &Fib) -> Vec<String> {
    let sttb = fib.table(table, STTBF_FFN);
    let (mut at, mut out) = (4, Vec::new());
    while let Some(&cb) = sttb
        .get(at)
        .filter(|_| out.len() < usize::from(u16_at(sttb, 0).unwrap_or(0)))
    {
        let ffn = bytes_at(sttb, at + 1, usize::from(cb));
        let name = units(ffn.get(39..).unwrap_or_default());
        let name: Vec<u16> = name.into_iter().take_while(|&u| u != 0).collect();
        out.push(String::from_utf16_lossy(&name));
        at += 1 + usize::from(cb);
    }
    out
}

/// Properties of stream ranges (FC), sorted: `(fc_start, fc_end, what)`.
type Runs<T> = Vec<(u32, u32, T)>;

/// What the run that holds stream offset `fc` says, if a run holds it.
fn run_at<T>(runs: &[(u32, u32, T)], fc: u32) -> Option<&T> {
    let i = runs.partition_point(|r| r.0 <= fc).checked_sub(1)?;
    runs.get(i).filter(|r| fc < r.1).map(|r| &r.2)
}

/// The runs of the FKP pages that a bin table (PlcBteChpx or PlcBtePapx) points to: each
/// run's page (512 bytes of character or paragraph properties), where its properties stand
/// on the page (0: none; the first byte of its entry of `entry` bytes, in words) and its
/// stream range (FC).
fn fkp_runs<'w>(word: &'w [u8], bins: &[u8], entry: usize) -> Vec<(&'w [u8], usize, u32, u32)> {
    let (_, pns) = plc(bins, 4);
    let mut out = Vec::new();
    for pn in pns {
        let pn = u32_at(pn, 0).unwrap_or(0) & 0x003F_FFFF;
        let Some(page) = word.get(pn as usize * 512..(pn as usize + 1) * 512) else {
            continue;
        };
        let count = usize::from(page[511]);
        for index in 0..count {
            let (Some(start), Some(end)) = (u32_at(page, 4 * index), u32_at(page, 4 * (index + 1)))
            else {
                break;
            };
            let at = page.get(4 * (count + 1) + entry * index).copied();
            out.push((page, usize::from(at.unwrap_or(0)) * 2, start, end));
        }
    }
    out
}

fn read_text(word: &[u8], table: &[u8], fib: &Fib) -> Result<Text, FormatError> {
    let clx = fib.table(table, CLX);
    if clx.is_empty() {
        return Err(bad("the piece table (CLX) is missing"));
    }
    // Skip the property records (Prc: 0x01, size, sprms) to the piece table (Pcdt: 0x02).
    let mut at = 0usize;
    let plc_pcd = loop {
        match clx.get(at) {
            Some(1) => {
                let size = u16_at(clx, at + 1).ok_or_else(|| bad("a broken piece table"))?;
                at += 3 + usize::from(size);
            }
            Some(2) => {
                let lcb = u32_at(clx, at + 1).ok_or_else(|| bad("a broken piece table"))?;
                let start = at + 5;
                break clx
                    .get(start..start.saturating_add(lcb as usize))
                    .ok_or_else(|| bad("the piece table runs past its stream"))?;
            }
            _ => return Err(bad("the piece table (CLX) is not where the header says")),
        }
    };
    let (cps, pcds) = plc(plc_pcd, 8);
    let mut text = Text::default();
    for (i, pcd) in pcds.iter().enumerate() {
        let (start, end) = (cps[i], cps[i + 1]);
        if start as usize != text.chars.len() || end < start {
            return Err(bad("the piece table's pieces are out of order"));
        }
        let n = (end - start) as usize;
        let fc_raw = u32_at(pcd, 2).unwrap_or(0);
        let compressed = fc_raw & 0x4000_0000 != 0;
        let fc = fc_raw & 0x3FFF_FFFF;
        let outside = || bad("a piece of text lies outside the WordDocument stream");
        if compressed {
            let from = (fc / 2) as usize;
            let bytes = word.get(from..from.checked_add(n).ok_or_else(outside)?);
            let bytes = bytes.ok_or_else(outside)?;
            // windows-1252: one character for each byte.
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text.chars.extend(s.chars());
            text.fcs.extend((from..from + n).map(|fc| fc as u32));
        } else {
            let from = fc as usize;
            let bytes = word.get(from..from.checked_add(2 * n).ok_or_else(outside)?);
            let bytes = bytes.ok_or_else(outside)?;
            let units = units(bytes);
            // One char per code unit keeps CPs aligned; a surrogate pair's second half
            // becomes a character that is dropped as text.
            let mut k = 0usize;
            for c in char::decode_utf16(units.iter().copied()) {
                let c = c.unwrap_or('\u{FFFD}');
                let width = c.len_utf16();
                text.chars.push(c);
                text.fcs.push((from + 2 * k) as u32);
                for extra in 1..width {
                    text.chars.push('\u{0}');
                    text.fcs.push((from + 2 * (k + extra)) as u32);
                }
                k += width;
            }
        }
    }
    Ok(text)
}

/// What a paragraph's properties say about it, as far as it matters here.
#[derive(Debug, Default, Clone, Copy)]
struct Para {
    in_table: bool,
    /// The paragraph that ends a table row (its mark is the row's, not a cell's), and whether
    /// that row is kept whole on a page (`sprmTFCantSplit`), or repeated at the top of every
    /// page the table runs onto (`sprmTTableHeader`).
    row_end: bool,
    keep_row: bool,
    header_row: bool,
    /// The row's height (`sprmTDyaRowHeight`, as [`Pages::next_row`] takes it).
    row_height: f32,
    /// Heading level (0 = title) from the style or an outline level.
    heading: Option<u8>,
    /// "Page break before" (`sprmPFPageBreakBefore`).
    page_break_before: bool,
    /// The list (1-based LFO index, 0 for none) and level of a list paragraph.
    ilfo: u16,
    ilvl: u8,
    /// What the page layout estimate needs: spacing before and after, line spacing,
    /// indents (points), and the font size of the paragraph's style.
    before: f32,
    after: f32,
    line: Option<Spacing>,
    indent_left: f32,
    indent_right: f32,
    size: Option<f32>,
    /// The font (an index of the font table) of the style's character properties.
    font: Option<u16>,
    /// Hidden text (a character style, or a paragraph style's character properties).
    hidden: bool,
    /// Capitals (`sprmCFCaps`, `sprmCFSmallCaps`) of a character style.
    caps: bool,
}

/// The paragraph properties of the text, by stream offset, from the PAPX pages (FKPs)
/// that the PlcBtePapx points to, with the cell widths (points) of a row's end
/// (`sprmTDefTable`). `data`: the Data stream, where a PAPX too large for its page stands
/// (`sprmPHugePapx`: a table row of many cells).
fn paras(
    word: &[u8],
    table: &[u8],
    data: &[u8],
    fib: &Fib,
    styles: &[Para],
) -> Runs<(Para, Vec<f32>)> {
    let mut runs = Vec::new();
    for (page, offset, start, end) in fkp_runs(word, fib.table(table, PLCF_BTE_PAPX), 13) {
        let para = if offset == 0 {
            (styles.first().copied().unwrap_or_default(), Vec::new())
        } else {
            papx(page, offset, styles, data)
        };
        runs.push((start, end, para));
    }
    runs.sort_by_key(|r| r.0);
    runs
}

/// A PapxInFkp at `offset` of an FKP page: the style index and the sprms that matter.
fn papx(page: &[u8], offset: usize, styles: &[Para], data: &[u8]) -> (Para, Vec<f32>) {
    let Some(&cb) = page.get(offset) else {
        return Default::default();
    };
    let (start, len) = if cb != 0 {
        (offset + 1, 2 * usize::from(cb) - 1)
    } else {
        let cb2 = page.get(offset + 1).copied().unwrap_or(0);
        (offset + 2, 2 * usize::from(cb2))
    };
    let Some(grp) = page.get(start..(start + len).min(page.len())) else {
        return Default::default();
    };
    let istd = u16_at(grp, 0).unwrap_or(0);
    let mut para = styles.get(usize::from(istd)).copied().unwrap_or_default();
    para.in_table = false;
    para.row_end = false;
    let mut grp = grp.get(2..).unwrap_or(&[]);
    // sprmPHugePapx: the sprms are a PrcData (a 2-byte count, then the sprms) in Data.
    if let Some((_, op)) = sprms(grp).into_iter().find(|s| s.0 == 0x6646) {
        let at = u32_at(op, 0).map_or(usize::MAX, |a| a as usize);
        let n = at
            .checked_add(2)
            .and_then(|from| Some((from, usize::from(u16_at(data, at)?))));
        grp = n
            .and_then(|(from, n)| data.get(from..from.checked_add(n)?))
            .unwrap_or(&[]);
    }
    apply_sprms(&mut para, grp);
    // sprmTDefTable: the cell count, then the cells' edges (twips).
    let widths = match sprms(grp).into_iter().find(|s| s.0 == 0xD608) {
        Some((_, op)) => (0..=op.get(2).map_or(0, |&n| usize::from(n)))
            .filter_map(|i| Some(f32::from(u16_at(op, 3 + 2 * i)? as i16) / 20.0))
            .collect::<Vec<f32>>()
            .windows(2)
            .map(|e| (e[1] - e[0]).max(0.0))
            .collect(),
        None => Vec::new(),
    };
    (para, widths)
}

/// The paragraph sprms this reader uses, applied to `para`.
fn apply_sprms(para: &mut Para, grpprl: &[u8]) {
    for (sprm, operand) in sprms(grpprl) {
        let flag = operand.first().copied().unwrap_or(0);
        match sprm {
            // sprmCFVanish in a style's character properties: its text is hidden.
            0x083C => para.hidden = matches!(flag, 1 | 0x81),
            0x083A | 0x083B => para.caps |= matches!(flag, 1 | 0x81),
            // sprmPFInTable, sprmPFTtp, sprmTFCantSplit and sprmTFCantSplit90, sprmTTableHeader
            0x2416 => para.in_table = flag != 0,
            0x2417 => para.row_end = flag != 0,
            0x3403 | 0x3466 => para.keep_row = flag != 0,
            0x3404 => para.header_row = flag != 0,
            0x9407 => para.row_height = twips(operand),
            // sprmPFPageBreakBefore, sprmPIlvl, sprmPIlfo
            0x2407 => para.page_break_before = flag != 0,
            0x260A => para.ilvl = flag.min(8),
            0x460B => para.ilfo = u16_at(operand, 0).unwrap_or(0),
            // sprmPOutLvl: 0–8 are heading levels, 9 is body text.
            0x2640 => para.heading = (flag < 9).then_some(flag + 1),
            // sprmPDyaBefore, sprmPDyaAfter (twips)
            0xA413 => para.before = twips(operand),
            0xA414 => para.after = twips(operand),
            // sprmPDyaLine: a height (twips, exact or at least) or a multiple of 240
            0x6412 => {
                let dya = u16_at(operand, 0).unwrap_or(240) as i16;
                para.line = Some(match u16_at(operand, 2) {
                    Some(1) => Spacing::Multiple(f32::from(dya) / 240.0),
                    _ => Spacing::Points(f32::from(dya).abs() / 20.0),
                });
            }
            // sprmPDxaLeft/Right and their newer forms
            0x840F | 0x845E => para.indent_left = twips(operand),
            0x840E | 0x845D => para.indent_right = twips(operand),
            // sprmCHps: the font size (half-points), in a style's character properties
            0x4A43 => para.size = u16_at(operand, 0).map(|h| f32::from(h) / 2.0),
            0x4A4F => para.font = u16_at(operand, 0),
            _ => {}
        }
    }
}

/// A signed length in twips, in points.
fn twips(operand: &[u8]) -> f32 {
    f32::from(u16_at(operand, 0).unwrap_or(0) as i16) / 20.0
}

/// The sprms (property modifiers) of a grpprl, each with its operand; stops at the first
/// one that runs past the end.
fn sprms(grp: &[u8]) -> Vec<(u16, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0usize;
    while let Some(sprm) = u16_at(grp, at) {
        at += 2;
        let size = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // Variable: a size byte, except the table definition's two-byte size.
            _ if matches!(sprm, 0xD608 | 0xD606) => match u16_at(grp, at) {
                Some(cb) => usize::from(cb) + 1,
                None => break,
            },
            _ => match grp.get(at) {
                Some(&cb) => {
                    at += 1;
                    usize::from(cb)
                }
                None => break,
            },
        };
        let Some(operand) = grp.get(at..at + size) else {
            break;
        };
        out.push((sprm, operand));
        at += size;
    }
    out
}

/// The paragraph properties each style gives (by its index, istd), from the style sheet:
/// the heading level of Word's built-in "heading 1–9" (sti 1–9) and "Title" (sti 62), and
/// the sprms of the style's paragraph properties over those of the style it is based on.
fn paragraph_styles(table: &[u8], fib: &Fib) -> Vec<Para> {
    let stsh = fib.table(table, STSHF);
    let Some(cb_stshi) = u16_at(stsh, 0) else {
        return Vec::new();
    };
    let count = usize::from(u16_at(stsh, 2).unwrap_or(0));
    let base_size = usize::from(u16_at(stsh, 4).unwrap_or(10));
    // Each style: its sti, the style it is based on, its paragraph and character sprms.
    let mut raw: Vec<StyleSprms> = Vec::with_capacity(count);
    let mut at = 2 + usize::from(cb_stshi);
    for _ in 0..count {
        let Some(cb) = u16_at(stsh, at) else { break };
        let std = counted(stsh, at);
        at += 2 + usize::from(cb);
        if std.len() < base_size {
            raw.push((0x0FFE, 0x0FFF, &[], &[]));
            continue;
        }
        let sti = u16_at(std, 0).unwrap_or(0) & 0x0FFF;
        let kind = u16_at(std, 2).unwrap_or(0) & 0x000F;
        let base = u16_at(std, 2).unwrap_or(0) >> 4;
        // The name (a length, UTF-16 characters, a terminating zero), then the UPXs: for a
        // paragraph style the first is its paragraph properties (istd, sprms).
        let name_len = usize::from(u16_at(std, base_size).unwrap_or(0));
        let upx = base_size + 2 + 2 * name_len + 2;
        let sprms = match (kind, u16_at(std, upx)) {
            (1, Some(cb_upx)) if cb_upx >= 2 => bytes_at(std, upx + 4, usize::from(cb_upx) - 2),
            _ => &[],
        };
        // The second UPX of a paragraph style: its character properties (sprms), after
        // the first padded to an even length.
        let chars = match (kind, u16_at(std, upx)) {
            (1, Some(cb_upx)) => {
                counted(std, upx + 2 + usize::from(cb_upx) + usize::from(cb_upx % 2))
            }
            // A character style has one UPX: its character properties.
            (2, Some(_)) => counted(std, upx),
            _ => &[],
        };
        raw.push((sti, base, sprms, chars));
    }
    let mut out: Vec<Option<Para>> = vec![None; raw.len()];
    for i in 0..raw.len() {
        resolve_style(&raw, &mut out, i, 0);
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// A style's sti, the style it is based on, its paragraph and its character sprms.
type StyleSprms<'a> = (u16, u16, &'a [u8], &'a [u8]);

/// The paragraph properties of style `i`, its base's first (at most 16 deep).
fn resolve_style(raw: &[StyleSprms], out: &mut [Option<Para>], i: usize, depth: u8) -> Para {
    if let Some(p) = out[i] {
        return p;
    }
    let (sti, base, sprms, chars) = raw[i];
    let mut para = match usize::from(base) {
        b if b < raw.len() && b != i && depth < 16 => resolve_style(raw, out, b, depth + 1),
        _ => Para::default(),
    };
    para.heading = match sti {
        n @ 1..=9 => Some(n as u8),
        62 => Some(0),
        _ => para.heading.filter(|_| sti != 0),
    };
    apply_sprms(&mut para, sprms);
    apply_sprms(&mut para, chars);
    out[i] = Some(para);
    para
}

/// The lists of the document (PlfLst, PlfLfo) as a .docx's lists ([`Numbering`]), counted
/// as Word counts them: each LSTF an abstract list of its levels (start, number format,
/// number text, in which characters 0–8 stand for the numbers of those levels), each LFO
/// (`ilfo`, 1-based) a list of one of them.
fn read_lists(table: &[u8], fib: &Fib) -> Numbering {
    let mut out = Numbering::default();
    // The levels (LVL) follow the PlfLst in the table stream, outside its length.
    let lst = match fib.fc_lcb.get(PLF_LST) {
        Some(&(fc, lcb)) if lcb > 0 => table.get(fc as usize..).unwrap_or(&[]),
        _ => &[],
    };
    let count = usize::from(u16_at(lst, 0).unwrap_or(0));
    let mut at = 2 + 28 * count;
    for i in 0..count {
        let Some(lstf) = lst.get(2 + 28 * i..2 + 28 * (i + 1)) else {
            break;
        };
        let simple = lstf[26] & 1 != 0;
        let mut levels = HashMap::new();
        for l in 0..if simple { 1 } else { 9 } {
            let Some(lvlf) = lst.get(at..at + 28) else {
                break;
            };
            let (chpx, papx) = (usize::from(lvlf[24]), usize::from(lvlf[25]));
            let xst = at + 28 + chpx + papx;
            let len = usize::from(u16_at(lst, xst).unwrap_or(0));
            let text = (0..len).map_while(|k| u16_at(lst, xst + 2 + 2 * k));
            let text = text.map(|u| match u {
                0..=8 => format!("%{}", u + 1),
                u => String::from_utf16_lossy(&[u]),
            });
            let level = Level {
                start: i64::from(u32_at(lvlf, 0).unwrap_or(1) as i32),
                format: nfc_name(lvlf[4]).to_string(),
                text: text.collect::<String>().trim().to_string(),
                ..Level::default()
            };
            levels.insert(l, level);
            at = xst + 2 + 2 * len;
        }
        out.abstracts
            .insert(u32_at(lstf, 0).unwrap_or(0).to_string(), levels);
    }
    let lfo = fib.table(table, PLF_LFO);
    let count = u32_at(lfo, 0).unwrap_or(0) as usize;
    for i in 0..count.min(lfo.len() / 16) {
        if let Some(lsid) = u32_at(lfo, 4 + 16 * i) {
            out.nums.insert(
                (i + 1).to_string(),
                Num {
                    abs: lsid.to_string(),
                    ..Num::default()
                },
            );
        }
    }
    out
}

/// A number format code (`nfc`) by the names [`super::office::format_number`] knows.
fn nfc_name(nfc: u8) -> &'static str {
    match nfc {
        1 => "upperRoman",
        2 => "lowerRoman",
        3 => "upperLetter",
        4 => "lowerLetter",
        22 => "decimalZero",
        23 => "bullet",
        255 => "none",
        _ => "decimal",
    }
}

/// Break type of each section (`sprmSBkc`: 0 continuous, 1 new column, 2 new page, 3 even
/// page, 4 odd page; Word's default is a new page), with the CP where each section ends and
/// its page (`sprmSXaPage`, `sprmSYaPage` and the margins; Word's defaults: Letter with
/// 1.25" side margins and 1" top and bottom).
fn sections(word: &[u8], table: &[u8], fib: &Fib) -> Vec<(u32, u8, Geometry)> {
    let (cps, seds) = plc(fib.table(table, PLCF_SED), 12);
    let mut out = Vec::new();
    for (i, sed) in seds.iter().enumerate() {
        let (mut bkc, mut grid, mut pitch) = (2u8, 0, 0.0);
        let mut page = WORD_PAGE.map(Some);
        let grp = u32_at(sed, 2)
            .filter(|&fc| fc != u32::MAX)
            .map_or(&[][..], |fc| counted(word, fc as usize));
        for (sprm, operand) in sprms(grp) {
            let slot = match sprm {
                0x3009 => {
                    bkc = operand.first().copied().unwrap_or(2);
                    continue;
                }
                // sprmSClm: a line grid unless 0 (1 lines and characters, 2 lines, 3 characters
                // snapped) of sprmSDyaLinePitch
                0x5032 => {
                    grid = u8::from(u16_at(operand, 0).is_some_and(|g| g > 0));
                    continue;
                }
                0x9031 => {
                    pitch = twips(operand).abs();
                    continue;
                }
                0xB01F => 0,
                0xB020 => 1,
                0x9023 => 2,
                0x9024 => 3,
                0xB021 => 4,
                0xB022 => 5,
                _ => continue,
            };
            let v = if slot < 2 {
                f32::from(u16_at(operand, 0).unwrap_or(0)) / 20.0
            } else {
                twips(operand).abs()
            };
            page[slot] = Some(v).filter(|v| *v > 0.0 || slot >= 2);
        }
        let (g, pitch) = (Geometry::default().with(page), pitch * f32::from(grid));
        out.push((cps[i + 1], bkc, Geometry { pitch, ..g }));
    }
    out
}

/// A range of a story that starts at CP `story`, as absolute CPs.
fn in_story(story: u32, from: u32, to: u32) -> (u32, u32) {
    (
        story.saturating_add(from),
        story.saturating_add(to.max(from)),
    )
}

/// Notes of one kind: the CPs of their references in the main text and their text ranges
/// in the notes' story (absolute CPs).
struct Notes {
    refs: Vec<u32>,
    texts: Vec<(u32, u32)>,
}

impl Notes {
    fn read(table: &[u8], fib: &Fib, refs: usize, texts: usize, story: u32) -> Notes {
        let (refs, _) = plc(fib.table(table, refs), 2);
        let (texts, _) = plc(fib.table(table, texts), 0);
        Notes {
            refs: refs[..refs.len().saturating_sub(1)].to_vec(),
            texts: (texts.windows(2))
                .map(|w| in_story(story, w[0], w[1]))
                .collect(),
        }
    }

    /// The index of the note referred to at `cp`, if any.
    fn at(&self, cp: u32) -> Option<usize> {
        self.refs.binary_search(&cp).ok()
    }
}

/// What a character of a story is, once fields are taken care of.
enum Piece {
    Char(char),
    /// A line break (0x0B) or column break (0x0E).
    Line,
    /// End of a paragraph (0x0D), or of a table cell or row (0x07).
    Paragraph,
    /// A page or section break (0x0C).
    Page,
    /// A footnote or endnote reference (0x02).
    NoteRef,
}

/// Walks a range of characters: drops field codes (and, for running text, page-number
/// fields' results) and the control characters that are no text. `fields`: the fields
/// being read, each with whether its code (before the separator) is still going on, and
/// the code so far.
#[derive(Default)]
struct Walker {
    fields: Vec<(bool, String)>,
    running: bool,
}

impl Walker {
    fn step(&mut self, c: char) -> Option<Piece> {
        match c {
            '\u{13}' => self.fields.push((true, String::new())),
            '\u{14}' => self.fields.last_mut().into_iter().for_each(|f| f.0 = false),
            '\u{15}' => drop(self.fields.pop()),
            _ => match self.fields.iter_mut().rev().find(|f| f.0) {
                Some(f) => f.1.push(c),
                None => return self.piece(c),
            },
        }
        None
    }

    fn piece(&self, c: char) -> Option<Piece> {
        let unshown =
            |f: &(bool, String)| unshown_field(&f.1) || (self.running && page_number_field(&f.1));
        if self.fields.iter().any(unshown) {
            return None;
        }
        match c {
            '\r' | '\u{7}' => Some(Piece::Paragraph),
            '\u{0B}' | '\u{0E}' => Some(Piece::Line),
            '\u{0C}' => Some(Piece::Page),
            '\u{02}' => Some(Piece::NoteRef),
            '\t' => Some(Piece::Char(' ')),
            // Non-breaking hyphen; the optional hyphen is no text.
            '\u{1E}' => Some(Piece::Char('-')),
            c if (c as u32) < 0x20 || c == '\u{FFFD}' => None,
            c => Some(Piece::Char(c)),
        }
    }
}

/// The text of a range of characters, deleted and hidden text left out, a line break ('\n')
/// where a line, paragraph or page ends; `running`: page numbers left out.
fn lines_of(text: &Text, from: u32, to: u32, running: bool) -> String {
    let mut w = Walker {
        running,
        ..Walker::default()
    };
    let mut out = String::new();
    for (&c, _) in range(&text.chars, from, to)
        .iter()
        .zip(range(&text.gone, from, to))
        .filter(|(_, &gone)| !gone)
    {
        match w.step(c) {
            Some(Piece::Char(c)) => out.push(c),
            Some(Piece::Line | Piece::Paragraph | Piece::Page) => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// The plain text of a range of characters: paragraphs and lines joined by spaces.
fn plain(text: &Text, from: u32, to: u32) -> String {
    crate::text::squash_ws(&lines_of(text, from, to, false))
}

fn range<T>(v: &[T], from: u32, to: u32) -> &[T] {
    let to = (to as usize).min(v.len());
    let from = (from as usize).min(to);
    &v[from..to]
}

/// The lines of the header story, one per paragraph or cell, each once, without page
/// numbers: running text.
fn running_lines(text: &Text, from: u32, to: u32) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines_of(text, from, to, true).split('\n') {
        running_line(&mut out, line);
    }
    out
}

/// Lays the main text out into pages: paragraphs, table rows and cells, notes, breaks.
struct Layout<'a> {
    text: &'a Text,
    paras: &'a Runs<(Para, Vec<f32>)>,
    chars: &'a Runs<CharRun>,
    /// The font size and font of the paragraph's first character (its run's), once one is
    /// read; the font names, and the document's default font (the style sheet's `ftcAsci`).
    first: Option<(Option<f32>, Option<u16>)>,
    fonts: Vec<String>,
    default_font: Option<u16>,
    footnotes: &'a Notes,
    endnotes: &'a Notes,
    sections: &'a [(u32, u8, Geometry)],
    lists: Numbering,
    pages: Pages,
    /// The paragraph being read: its text runs and line breaks.
    items: Vec<Option<String>>,
    /// Text boxes: the CPs of shape anchors in the main text with each shape's id, and each
    /// text box's shape id and range in the text-box story; those anchored in the paragraph
    /// being read.
    anchors: Vec<(u32, u32)>,
    text_boxes: TextBoxes,
    boxes: Vec<String>,
}

/// Each text box's range in the text-box story, by the id of the shape that holds it.
type TextBoxes = HashMap<u32, (u32, u32)>;

/// The shapes anchored in the main text (PlcSpaMom: CP and FSPA, whose first field is the
/// shape id) and the text boxes of the text-box story (PlcftxbxTxt: ranges and FTXBXS, whose
/// `lid` is the id of the shape that holds it), as absolute CPs from `story`.
fn text_boxes(table: &[u8], fib: &Fib, story: u32) -> (Vec<(u32, u32)>, TextBoxes) {
    let (cps, spas) = plc(fib.table(table, PLC_SPA_MOM), 26);
    let anchors = cps
        .iter()
        .zip(&spas)
        .filter_map(|(&cp, spa)| Some((cp, u32_at(spa, 0)?)))
        .collect();
    let (cps, boxes) = plc(fib.table(table, PLCF_TXBX_TXT), 22);
    let mut by_shape = HashMap::new();
    for (i, b) in boxes.iter().enumerate() {
        let (Some(lid), Some(&from), Some(&to)) = (u32_at(b, 14), cps.get(i), cps.get(i + 1))
        else {
            continue;
        };
        by_shape.insert(lid, in_story(story, from, to));
    }
    (anchors, by_shape)
}

impl Layout<'_> {
    fn run(&mut self, ccp_text: u32) {
        let mut w = Walker::default();
        let end = ccp_text.min(self.text.chars.len() as u32);
        for cp in 0..end {
            let c = self.text.chars[cp as usize];
            // Deleted and hidden text is skipped; a cell mark keeps the table's shape.
            if self.text.gone.get(cp as usize) == Some(&true) && c != '\u{7}' {
                continue;
            }
            if c == '\u{8}' {
                self.anchor(cp);
            }
            let fc = self.text.fcs[cp as usize];
            match w.step(c) {
                Some(Piece::Char(c)) => {
                    if !c.is_whitespace() && self.first.is_none() {
                        self.first =
                            Some(run_at(self.chars, fc).map_or((None, None), |r| (r.1, r.2)));
                    }
                    self.push_char(c)
                }
                Some(Piece::Line) => self.items.push(None),
                Some(Piece::NoteRef) => self.note_ref(cp),
                Some(Piece::Paragraph) => {
                    let (para, widths) = run_at(self.paras, fc).cloned().unwrap_or_default();
                    if para.row_end && !widths.is_empty() {
                        self.pages.row_grid(widths);
                    }
                    self.paragraph(para, c == '\u{7}');
                }
                Some(Piece::Page) => {
                    // A page break ends the paragraph before it; a section break starts a
                    // new page unless the next section is continuous or a new column.
                    let para = run_at(self.paras, fc).map(|p| Para {
                        row_end: false,
                        ..p.0
                    });
                    self.paragraph(para.unwrap_or_default(), false);
                    let next_section = self.sections.iter().position(|s| s.0 > cp + 1);
                    let section_end = self.sections.iter().position(|s| s.0 == cp + 1);
                    let new_page = match (section_end, next_section) {
                        (Some(_), Some(next)) => self.sections[next].1 >= 2,
                        _ => true,
                    };
                    if new_page {
                        self.pages.end_marked_row();
                        self.pages.page_break(Break::Explicit);
                    }
                    if let Some(next) = section_end.and_then(|i| self.sections.get(i + 1)) {
                        self.pages.geometry(next.2);
                    }
                }
                None => {}
            }
        }
        if self.items.iter().any(Option::is_some) {
            self.paragraph(Para::default(), false);
        }
        self.pages.end_marked_row();
    }

    /// A drawn object's anchor: the text of its text box, if it has one, after the
    /// paragraph.
    fn anchor(&mut self, cp: u32) {
        let Ok(i) = self.anchors.binary_search_by_key(&cp, |a| a.0) else {
            return;
        };
        let spid = self.anchors[i].1;
        if let Some(&(from, to)) = self.text_boxes.get(&spid) {
            let t = plain(self.text, from, to);
            if !t.is_empty() {
                self.boxes.push(t);
            }
        }
    }

    fn push_char(&mut self, c: char) {
        match self.items.last_mut() {
            Some(Some(s)) => s.push(c),
            _ => self.items.push(Some(c.to_string())),
        }
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push_char(c);
        }
    }

    /// A footnote or endnote reference: its mark in the text, its text at the page's foot
    /// (a footnote) or the document's end (an endnote).
    fn note_ref(&mut self, cp: u32) {
        let (endnote, i) = match (self.footnotes.at(cp), self.endnotes.at(cp)) {
            (Some(i), _) => (false, i),
            (None, Some(i)) => (true, i),
            (None, None) => return,
        };
        let notes = if endnote {
            self.endnotes
        } else {
            self.footnotes
        };
        let runs = notes
            .texts
            .get(i)
            .map(|&(from, to)| note_run(plain(self.text, from, to)));
        let mark = self.pages.note(endnote, None, runs.into_iter().collect());
        self.push_str(&mark);
    }

    /// End the paragraph read so far, with its properties; `cell_mark` when it ended at a
    /// cell or row mark (0x07).
    fn paragraph(&mut self, para: Para, cell_mark: bool) {
        let items = std::mem::take(&mut self.items);
        let (size, font) = self.first.take().unwrap_or_default();
        let font = font.or(para.font).or(self.default_font);
        let face = font.and_then(|f| self.fonts.get(usize::from(f)));
        let face = face.map_or(DEFAULT_FACE, |f| face_of_font(f));
        let in_table = para.in_table || cell_mark;
        if in_table && para.row_end {
            (self.pages).next_row(para.header_row, para.keep_row, para.row_height);
            self.pages.end_marked_row();
            return;
        }
        if para.page_break_before && !in_table {
            self.pages.end_marked_row();
            self.pages.page_break(Break::Explicit);
        }
        self.pages.enter_marked(in_table);
        let style = RunStyle::paragraph(para.heading, Chars::default(), BODY_SIZE);
        let heading = para.heading.is_some();
        self.pages.metrics(Metrics {
            size: size
                .or(para.size)
                .unwrap_or(if heading { 14.0 } else { 10.0 }),
            face,
            before: para.before,
            after: para.after,
            line: para.line.unwrap_or(Spacing::Multiple(1.0)),
            indent: para.indent_left + para.indent_right,
            keep_with_next: heading,
            contextual: None,
        });
        let label = match para.ilfo {
            0 => None,
            ilfo => self.lists.next(&ilfo.to_string(), para.ilvl),
        };
        self.pages.paragraph(
            in_table,
            label.as_deref(),
            style,
            heading,
            items.into_iter().map(|i| i.map(|s| style.run(s))),
            std::mem::take(&mut self.boxes),
        );
        if cell_mark {
            self.pages.next_marked_cell();
        }
    }
}

/// Read a whole stream of the container, at most [`MAX_MEMBER_BYTES`].
fn stream<F: Read + std::io::Seek>(
    cfb: &mut cfb::CompoundFile<F>,
    name: &str,
) -> Result<Option<Vec<u8>>, FormatError> {
    if !cfb.is_stream(name) {
        return Ok(None);
    }
    let s = cfb
        .open_stream(name)
        .map_err(|e| bad(format!("cannot open the {name} stream ({e})")))?;
    read_limited(s, &format!("the {name} stream"), bad).map(Some)
}

/// The title of the summary information property set (PIDSI_TITLE), if any.
fn summary_title(si: &[u8]) -> Option<String> {
    let section = u32_at(si, 44)? as usize;
    let count = u32_at(si, section + 4)? as usize;
    let mut codepage = 1252u32;
    let mut title = None;
    for i in 0..count.min(1024) {
        let pid = u32_at(si, section + 8 + 8 * i)?;
        let at = section + u32_at(si, section + 12 + 8 * i)? as usize;
        let kind = u32_at(si, at)?;
        match (pid, kind) {
            (1, 2) => codepage = u32::from(u16_at(si, at + 4)?),
            (2, 30) => {
                let len = u32_at(si, at + 4)? as usize;
                title = si.get(at + 8..at + 8 + len.min(4096)).map(<[u8]>::to_vec);
            }
            (2, 31) => {
                let len = u32_at(si, at + 4)? as usize;
                let bytes = si.get(at + 8..at + 8 + 2 * len.min(4096))?;
                return Some(String::from_utf16_lossy(&units(bytes)));
            }
            _ => {}
        }
    }
    Some(super::rtf::decode(&title?, codepage))
}

/// Extract a .doc file.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let mut container = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| {
        bad(format!(
            "not a Word 97-2003 file: no compound-file container ({e})"
        ))
    })?;
    let word = stream(&mut container, "WordDocument")?
        .ok_or_else(|| bad("a compound file without a WordDocument stream: not a Word document"))?;
    let fib = Fib::parse(&word)?;
    let table_name = if fib.table_1 { "1Table" } else { "0Table" };
    let table = stream(&mut container, table_name)?
        .ok_or_else(|| bad(format!("the {table_name} stream is missing")))?;
    let title = stream(&mut container, "\u{5}SummaryInformation")
        .ok()
        .flatten()
        .and_then(|si| summary_title(&si));

    let mut text = read_text(&word, &table, &fib)?;
    let styles = paragraph_styles(&table, &fib);
    let chars = char_runs(&word, &table, &fib, &styles);
    text.gone = text
        .fcs
        .iter()
        .map(|&fc| run_at(&chars, fc).is_some_and(|r| r.0))
        .collect();
    // Letters set in capitals read as the page shows them (one letter for one).
    for (c, &fc) in text.chars.iter_mut().zip(&text.fcs) {
        if run_at(&chars, fc).is_some_and(|r| r.3) {
            let mut up = c.to_uppercase();
            if let (Some(u), None) = (up.next(), up.next()) {
                *c = u;
            }
        }
    }
    let data = stream(&mut container, "Data")
        .ok()
        .flatten()
        .unwrap_or_default();
    let paras = paras(&word, &table, &data, &fib, &styles);
    let sections = sections(&word, &table, &fib);
    let ftn_story = fib.ccp_text;
    let hdd_story = ftn_story.saturating_add(fib.ccp_ftn);
    let edn_story = hdd_story
        .saturating_add(fib.ccp_hdd)
        .saturating_add(fib.ccp_atn);
    let txbx_story = edn_story.saturating_add(fib.ccp_edn);
    let (anchors, boxes) = text_boxes(&table, &fib, txbx_story);
    let footnotes = Notes::read(&table, &fib, PLCF_FND_REF, PLCF_FND_TXT, ftn_story);
    let endnotes = Notes::read(&table, &fib, PLCF_END_REF, PLCF_END_TXT, edn_story);

    let mut layout = Layout {
        text: &text,
        paras: &paras,
        chars: &chars,
        first: None,
        fonts: font_names(&table, &fib),
        default_font: u16_at(fib.table(&table, STSHF), 14),
        footnotes: &footnotes,
        endnotes: &endnotes,
        sections: &sections,
        lists: read_lists(&table, &fib),
        pages: Pages::default(),
        items: Vec::new(),
        anchors,
        text_boxes: boxes,
        boxes: Vec::new(),
    };
    // A .doc does not say where its pages end: they are estimated.
    let first = sections.first().map(|s| s.2).unwrap_or_default();
    layout.pages.estimate_pages(first);
    layout.run(fib.ccp_text);
    let running = running_lines(&text, hdd_story, hdd_story.saturating_add(fib.ccp_hdd));
    Ok(layout.pages.into_doc(title, None, running))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sprms_are_read_with_their_operand_sizes() {
        // sprmPFInTable (1 byte), sprmPDxaLeft (2 bytes), a variable one (size 3), sprmPFTtp.
        let grp = [
            0x16, 0x24, 1, 0x0F, 0x84, 0x10, 0x20, 0x0D, 0xC6, 3, 9, 9, 9, 0x17, 0x24, 1,
        ];
        let got: Vec<u16> = sprms(&grp).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [0x2416, 0x840F, 0xC60D, 0x2417]);
        // One that runs past the end stops the list there.
        assert_eq!(sprms(&[0x16, 0x24, 1, 0x0F, 0x84, 0x10]).len(), 1);
    }

    #[test]
    fn fields_keep_their_result_and_drop_their_code() {
        let chars: Vec<char> =
            "Se \u{13} HYPERLINK \"x\" \u{14}domen\u{15} sid \u{13}PAGE\u{14}3\u{15}.\r"
                .chars()
                .collect();
        let text = Text {
            fcs: vec![0; chars.len()],
            gone: vec![false; chars.len()],
            chars,
        };
        assert_eq!(plain(&text, 0, 100), "Se domen sid 3.");
        assert_eq!(running_lines(&text, 0, 100), ["Se domen sid ."]);
    }
}
