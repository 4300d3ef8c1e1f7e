//! Layout: positioned glyphs → words → lines → blocks in reading order.
//!
//! * Glyphs are grouped by writing direction and put into a reading frame where text runs
//!   left to right and lines go down; fake-bold duplicates (the same glyph drawn twice at
//!   almost the same place) are dropped and ligatures expanded.
//! * Glyphs on one baseline form *chunks*, broken where the gap exceeds about one em
//!   (possible column or table gutters). Spaces between words inside a chunk are decided
//!   from geometry: the gap against the font's space width and size; explicit space glyphs
//!   count too, unless negative Tc/Tw eat them (a kern). Character spacing (Tc) is space
//!   inside a word unless it is as wide as a space on a run of glyphs with no other word
//!   gaps (how Ghostscript sets single-letter words apart); a Tc set for one glyph alone is
//!   its width (Word's accented capitals). On a letter-spaced line (every gap between
//!   neighbouring glyphs wider than a word gap) only gaps that stand out from the line's
//!   spacing separate words.
//! * Column gutters narrower than an em (two justified columns set about an em apart, a
//!   hyphen or comma hanging into the gutter) are found where the rows' gaps of 0.6 em or more
//!   line up, with 6 em of text either side, in three rows or more and three in five of those
//!   reaching across ([`narrow_gutters`]); rows are split there too, and such a gap is a
//!   gutter for the cut. Columns whose lines share no row are cut at a white band of 0.6 em
//!   from top to bottom with five lines of running text or more either side.
//! * Reading order comes from a recursive XY-cut over the chunks: a region is cut at
//!   horizontal white bands (paragraph or table-row gaps) or at vertical white gutters
//!   (columns, label/value tables). Columns are cut first unless the two sides of the
//!   gutter are rows of a table (each row of the sparser side on the baseline of a row of
//!   the other side, and white bands separating the rows; or the cells' first lines side
//!   by side where cells hold several lines); then rows are read one by one, each from one
//!   cell start to the next. Two columns of running text whose lines share one grid
//!   (balanced columns of one style) look like such rows; they are columns when both sides
//!   carry lines of 8 em or more and their paragraphs start at different heights, and a
//!   short white band across both columns (two paragraphs ending at one height) does not
//!   end them. A narrow column of labels (no running text) beside values of which one has
//!   several lines between two labels is read row by row, each label with its value, also
//!   where the rows have no padding and a value is empty ([`label_rows`]). A borderless
//!   table whose rows have neither white bands nor padding (cells at the line pitch: tbl,
//!   booktabs, LibreOffice without borders) is read row by row too when its columns carry no
//!   running text, its rows share baselines, and it has three columns or a column of figures
//!   ([`shared_rows`]); a row on one baseline is one line.
//! * The regions that cannot be cut further are blocks (paragraphs); their chunks are
//!   merged into lines by baseline. A run drawn over another on the same baseline (a table
//!   cell's text running on over the next cell) is split off its row first, so that the two
//!   are not interleaved letter by letter.
//! * Tables the cut left inside a block (rows without white bands, a paragraph right on top)
//!   are found by their cells: lines of three chunks or more whose chunks start where other
//!   lines' chunks start. Each row (from a line with a cell in the first column) is read cell
//!   by cell, every cell a line of its own with its own x (the structure stage maps cells to
//!   columns by x), so a word hyphenated in a cell joins. Most of a table's cells hold words
//!   or figures; a matrix in a formula, whose entries are single symbols, is no table.
//! * Rows cluster glyphs whose baselines are within 0.3 em of the larger size, or of the
//!   smaller one when it is less than 40 % of the larger; a row of smaller glyphs (40 % of
//!   the size or more) near a line's baseline is its sub- or superscript, and smaller text
//!   under a display word is a line of its own (a raised row of one to three marker
//!   characters joins the line below it even in nearly its size). A footnote marker (raised
//!   and smaller, after a word of four letters or more, an acronym or punctuation, or before
//!   the first word of a note) is set apart from its word.
//! * Table header cells keep their own broken words: a header band (at most four lines of
//!   narrow cells side by side) with a word broken over a cell's lines is read cell by cell,
//!   and a one-chunk block right under a one-chunk block ending in a broken word is read
//!   right after it ("Flaza-" + "sulfuron"), so that the line-end hyphen joins in the cell.

use super::interp::PlacedGlyph;
use crate::model::Line;
use compact_str::CompactString;

/// A glyph in the reading frame.
#[derive(Debug, Clone)]
struct G {
    text: CompactString,
    x: f32,
    /// Baseline.
    y: f32,
    w: f32,
    size: f32,
    bold: bool,
    italic: bool,
    space: bool,
    space_w: f32,
    /// Character spacing (Tc) after the glyph.
    tc: f32,
    artifact: bool,
    /// A superscript joined to a line of larger text ([`merge_scripts`]).
    sup: bool,
    /// Index of the glyph in drawing order (tie-breaker).
    seq: usize,
}

/// A run of glyphs on one baseline without wide gaps.
#[derive(Debug, Clone)]
struct Chunk {
    glyphs: Vec<G>,
    x0: f32,
    x1: f32,
    top: f32,
    bottom: f32,
    base: f32,
    size: f32,
    /// The chunk starts a table cell on a row of cells ([`column_starts`]).
    cell_start: bool,
}

impl Chunk {
    fn new(glyphs: Vec<G>) -> Chunk {
        let (x0, x1) = glyph_extent(&glyphs);
        let size = dominant_size(&glyphs);
        let base = glyphs.iter().map(|g| g.y).sum::<f32>() / glyphs.len().max(1) as f32;
        let (top, bottom) = glyphs.iter().fold((f32::MAX, f32::MIN), |e, g| {
            (e.0.min(g.y - 0.75 * g.size), e.1.max(g.y + 0.22 * g.size))
        });
        Chunk {
            glyphs,
            x0,
            x1,
            top,
            bottom,
            base,
            size,
            cell_start: false,
        }
    }
}

/// The left and right ends of some glyphs.
fn glyph_extent<'g>(gs: impl IntoIterator<Item = &'g G>) -> (f32, f32) {
    gs.into_iter().fold((f32::MAX, f32::MIN), |e, g| {
        (e.0.min(g.x), e.1.max(g.x + g.w))
    })
}

/// `items` in runs, in order: an item joins the run before it when `joins(run, item)`.
fn runs<T>(items: impl IntoIterator<Item = T>, joins: impl Fn(&[T], &T) -> bool) -> Vec<Vec<T>> {
    let mut out: Vec<Vec<T>> = Vec::new();
    for it in items {
        match out.last_mut() {
            Some(r) if joins(r, &it) => r.push(it),
            _ => out.push(vec![it]),
        }
    }
    out
}

fn dominant_size(glyphs: &[G]) -> f32 {
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    for g in glyphs.iter().filter(|g| !g.space) {
        let s = (g.size * 2.0).round() / 2.0;
        match sizes.iter_mut().find(|(v, _)| (*v - s).abs() < 0.01) {
            Some(e) => e.1 += g.text.chars().count().max(1),
            None => sizes.push((s, 1)),
        }
    }
    sizes
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.total_cmp(&b.0)))
        .map(|s| s.0)
        .or_else(|| glyphs.first().map(|g| g.size))
        .unwrap_or(0.0)
}

/// A laid-out line (reading-frame coordinates), before header/footer removal.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidLine {
    pub line: Line,
    /// Baseline in the reading frame.
    pub base: f32,
    /// Bottom of the line.
    pub bottom: f32,
    /// Most of the line was marked as an /Artifact (pagination furniture in tagged PDFs).
    pub artifact: bool,
}

/// Expand the Latin ligature characters.
pub fn expand_ligatures(s: &str) -> CompactString {
    let ligature = |c: char| ('\u{fb00}'..='\u{fb06}').contains(&c);
    if !s.chars().any(ligature) {
        return CompactString::from(s);
    }
    let mut out = CompactString::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Unicode decomposes U+FB05 to the long s ("ſt").
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c if ligature(c) => {
                unicode_normalization::char::decompose_compatible(c, |d| out.push(d))
            }
            c => out.push(c),
        }
    }
    out
}

/// A spacing diacritic drawn over a letter, as its combining form.
fn combining_of(s: &str) -> Option<char> {
    let mut it = s.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(match c {
        '\u{a8}' | '\u{308}' => '\u{308}',
        '\u{2da}' | '\u{30a}' => '\u{30a}',
        '\u{b4}' | '\u{301}' => '\u{301}',
        '`' | '\u{300}' => '\u{300}',
        '\u{2c6}' | '^' | '\u{302}' => '\u{302}',
        '\u{2dc}' | '\u{303}' => '\u{303}',
        '\u{b8}' | '\u{327}' => '\u{327}',
        '\u{2c7}' | '\u{30c}' => '\u{30c}',
        _ => return None,
    })
}

/// Lay out the glyphs of a page. `width`/`height` are the display size.
///
/// Each writing direction is laid out in its own reading frame, then text set at an angle
/// (a stamp, a watermark, a chart's slanted labels: [`PlacedGlyph::skew`]) in a frame turned
/// to its angle, so such text forms lines of its own after the page's text instead of being
/// interleaved with the rows it crosses.
pub fn layout(
    glyphs: &[PlacedGlyph],
    rules: &[[f32; 4]],
    width: f32,
    height: f32,
) -> Vec<LaidLine> {
    let mut out = Vec::new();
    // `turned`: the frame's angle (cos, sin) and shift, to put the lines' positions back
    // into display space (the start of each line's baseline; the line keeps its height).
    let add = |frame: Vec<G>,
               rules: &[[f32; 4]],
               turned: Option<(f32, f32, f32, f32)>,
               out: &mut Vec<LaidLine>| {
        if frame.is_empty() {
            return;
        }
        let block_base = out
            .iter()
            .map(|l: &LaidLine| l.line.block + 1)
            .max()
            .unwrap_or(0);
        let mut lines = layout_frame(frame, rules);
        for l in &mut lines {
            l.line.block += block_base;
            if let Some((cos, sin, dx, dy)) = turned {
                let (fx, fb) = (l.line.x + dx, l.base + dy);
                let (x, base) = (fx * cos - fb * sin, fx * sin + fb * cos);
                let shift = base - l.base;
                l.line.x = x;
                l.line.y += shift;
                l.bottom += shift;
                l.base = base;
            }
        }
        out.extend(lines);
    };
    for dir in 0..4u8 {
        let frame: Vec<G> = glyphs
            .iter()
            .enumerate()
            .filter(|(_, g)| g.dir == dir && g.skew == 0)
            .filter_map(|(i, g)| to_frame(g, i, width, height))
            .collect();
        // The page's drawn rules are in the upright frame's space.
        add(frame, if dir == 0 { rules } else { &[] }, None, &mut out);
    }
    // Text at an angle, grouped by its angle to the nearest 5 degrees (the glyphs of one
    // stamp share one), each group in a frame turned by that angle. Angled glyphs three times
    // the size of the page's upright text are a watermark ("UTKAST" across the page): no text.
    // (The median is taken only on a page that has angled text: most pages have none.)
    let upright = || {
        glyphs
            .iter()
            .filter(|g| g.skew == 0)
            .map(|g| g.size)
            .collect()
    };
    let watermark = match glyphs
        .iter()
        .any(|g| g.skew != 0)
        .then(|| median(upright()))
    {
        Some(body) if body > 0.0 => 3.0 * body,
        _ => f32::INFINITY,
    };
    let mut angles: Vec<(u8, i16)> = glyphs
        .iter()
        .filter(|g| g.skew != 0 && g.size < watermark)
        .map(|g| (g.dir, skew_bucket(g.skew)))
        .collect();
    angles.sort_unstable();
    angles.dedup();
    for (dir, bucket) in angles {
        let axis = f32::from(dir) * 90.0;
        let (sin, cos) = (axis + f32::from(bucket)).to_radians().sin_cos();
        let mut frame: Vec<G> = glyphs
            .iter()
            .enumerate()
            .filter(|(_, g)| g.dir == dir && g.skew != 0 && skew_bucket(g.skew) == bucket)
            .filter(|(_, g)| g.size < watermark)
            .filter_map(|(i, g)| {
                let mut f = to_frame(g, i, width, height)?;
                // Back from the direction's frame to display space, then into the frame
                // turned by the angle (x along the baseline, y down across it).
                let (x, y) = (g.x, g.y);
                f.x = x * cos + y * sin;
                f.y = -x * sin + y * cos;
                Some(f)
            })
            .collect();
        let min_x = frame.iter().map(|g| g.x).fold(f32::INFINITY, f32::min);
        let min_y = frame.iter().map(|g| g.y).fold(f32::INFINITY, f32::min);
        for g in &mut frame {
            g.x -= min_x;
            g.y -= min_y;
        }
        add(frame, &[], Some((cos, sin, min_x, min_y)), &mut out);
    }
    out
}

/// A skew to the nearest 5 degrees.
fn skew_bucket(skew: i16) -> i16 {
    (f32::from(skew) / 5.0).round() as i16 * 5
}

/// Put a glyph into the reading frame of its direction, dropping glyphs off the page.
fn to_frame(g: &PlacedGlyph, seq: usize, width: f32, height: f32) -> Option<G> {
    let margin = 2.0;
    if g.x < -margin - g.width
        || g.x > width + margin
        || g.y < -margin
        || g.y > height + margin + g.size
        || g.size <= 0.05
    {
        return None;
    }
    let (x, y) = match g.dir {
        0 => (g.x, g.y),
        1 => (g.y, width - g.x),
        2 => (width - g.x, height - g.y),
        _ => (height - g.y, g.x),
    };
    let mut text = expand_ligatures(&g.text);
    // Control characters (a symbol font's bullet mapped to U+0007) are no text: the glyph
    // leaves its gap, not a character glued to the next word.
    text.retain(|c| !c.is_control() || c.is_whitespace());
    if text.is_empty() {
        return None;
    }
    let space = text.chars().all(char::is_whitespace);
    Some(G {
        text: if space {
            CompactString::const_new(" ")
        } else {
            text
        },
        x,
        y,
        w: g.width,
        size: g.size,
        bold: g.bold,
        italic: g.italic,
        space,
        space_w: if g.space_width > 0.0 {
            g.space_width
        } else {
            0.25 * g.size
        },
        tc: g.char_spacing,
        artifact: g.artifact,
        sup: false,
        seq,
    })
}

/// How far apart (`k` em) two baselines of glyphs or chunks of sizes `a` and `b` may be on
/// one line: `k` of the larger size when the smaller is a script's size (40 % of the larger
/// or more: a footnote marker beside its word), else `k` of the smaller (a line of 9 pt
/// text under a 78 pt display word, a 1 pt glyph in a line of 12 pt, are lines of their
/// own).
fn baseline_tolerance(k: f32, a: f32, b: f32) -> f32 {
    let (lo, hi) = (a.min(b).max(1.0), a.max(b).max(1.0));
    if lo >= 0.4 * hi {
        k * hi
    } else {
        k * lo
    }
}

/// Drop the second of two identical glyphs drawn at (almost) the same place.
fn drop_duplicates(mut gs: Vec<G>) -> Vec<G> {
    // Glyphs of the same text side by side, by position: each distinct text gets a number and
    // the glyphs are sorted by (number, y, x, index), which within one text is the order of a
    // stable sort by position (the pairing below only looks at glyphs of the same text).
    // A key is one number (`place`: an f32's rank in `total_cmp`'s order), compared at once.
    let place =
        |v: f32| u128::from(v.to_bits() ^ (((v.to_bits() >> 31) * 0x7fff_ffff) | (1 << 31)));
    let mut keys: Vec<u128> = {
        let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        gs.iter()
            .enumerate()
            .map(|(i, g)| {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                let id = *ids.entry(g.text.as_str()).or_insert(next);
                let i = u128::from(u32::try_from(i).unwrap_or(u32::MAX));
                (u128::from(id) << 96) | (place(g.y) << 64) | (place(g.x) << 32) | i
            })
            .collect()
    };
    keys.sort_unstable();
    let mut dup = vec![false; gs.len()];
    // A copy drawn a little lower (a drop shadow) sorts after the other glyphs of its text on
    // the first copy's baseline: each glyph is paired with the next ones of its text up to
    // the baseline tolerance (a bounded look-ahead), not only with its neighbour.
    for (k, &ka) in keys.iter().enumerate() {
        let ia = ka as u32 as usize;
        let Some(a) = gs.get(ia).filter(|a| !a.space) else {
            continue;
        };
        for &kb in keys.iter().skip(k + 1).take(64) {
            let ib = kb as u32 as usize;
            let Some(b) = gs.get(ib) else { break };
            if ka >> 96 != kb >> 96 || (a.y - b.y).abs() >= 0.2 * a.size.max(1.0) {
                break;
            }
            if (a.x - b.x).abs() < (0.6 * a.w).max(0.05 * a.size) {
                let later = if a.seq > b.seq { ia } else { ib };
                if let Some(d) = dup.get_mut(later) {
                    *d = true;
                }
            }
        }
    }
    let mut dup = dup.into_iter();
    gs.retain(|_| !dup.next().unwrap_or(false));
    gs
}

/// Attach spacing diacritics drawn over a letter to that letter (as combining marks).
fn attach_diacritics(row: &mut Vec<G>) {
    let mut i = 0;
    while i < row.len() {
        let Some(mark) = combining_of(&row[i].text) else {
            i += 1;
            continue;
        };
        let (cx, w) = (row[i].x + row[i].w / 2.0, row[i].w);
        let base = row.iter().enumerate().position(|(j, g)| {
            j != i
                && !g.space
                && combining_of(&g.text).is_none()
                && g.x - 0.1 * w <= cx
                && cx <= g.x + g.w + 0.1 * w
        });
        // An accent as wide as its letter, or a wider one centred on it: TeX's `\accent`
        // centres the accent's box over the letter (OT1 has no "å": its ring is 0.75 em
        // wide over an "a" of 0.5 em).
        let fits = |j: usize| {
            let g = &row[j];
            row[i].w < g.w * 1.2 + 0.5
                || (row[i].w < g.w * 2.0 && (cx - (g.x + g.w / 2.0)).abs() <= 0.1 * g.w + 0.2)
        };
        match base {
            Some(j) if fits(j) => {
                row[j].text.push(mark);
                row.remove(i);
            }
            _ => i += 1,
        }
    }
}

/// Sub- and superscripts: a row of smaller glyphs whose baseline is within 0.6 em of the
/// baseline of a row of larger glyphs (at least 15 % larger, at most 2.5 times), and which touches that row
/// horizontally (within half an em), joins it; rows split apart by [`split_interleaved`]
/// (`origin`: the row they came from) do not join each other.
fn merge_scripts(mut rows: Vec<Vec<G>>, origin: &[Option<usize>]) -> Vec<Vec<G>> {
    let info: Vec<(f32, f32, f32, f32)> = rows
        .iter()
        .map(|r| {
            let base = r.iter().map(|g| g.y).sum::<f32>() / r.len().max(1) as f32;
            let (x0, x1) = glyph_extent(r);
            (base, dominant_size(r), x0, x1)
        })
        .collect();
    let mut target: Vec<Option<usize>> = vec![None; rows.len()];
    for (i, &(bi, si, _, _)) in info.iter().enumerate() {
        let Some(row) = rows.get(i) else { continue };
        let mut best: Option<(usize, f32)> = None;
        for (j, &(bj, sj, _, _)) in info.iter().enumerate() {
            // A script is at least 40 % of its line's size: smaller text near a display
            // word is a line of its own. A raised footnote marker may be set almost in the
            // line's size (9 pt on 9.5 pt, 0.4 em up: a row of its own all the same).
            let raised_marker = si <= sj
                && bi < bj - 0.15 * sj
                && rows.get(j).is_some_and(|big| big.len() > row.len())
                && is_marker_row(row);
            if j == i
                || (sj < 1.15 * si && !raised_marker)
                || si < 0.4 * sj
                || (bi - bj).abs() > 0.6 * sj
            {
                continue;
            }
            let split_apart =
                origin.get(i).copied().flatten().is_some() && origin.get(i) == origin.get(j);
            if split_apart {
                continue;
            }
            let Some(big) = rows.get(j) else { continue };
            let touches = row.iter().all(|g| {
                big.iter()
                    .any(|b| g.x <= b.x + b.w + 0.5 * sj && b.x <= g.x + g.w + 0.5 * sj)
            });
            let d = (bi - bj).abs();
            if touches && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((j, d));
            }
        }
        if let Some(t) = target.get_mut(i) {
            *t = best.map(|b| b.0);
        }
    }
    // Follow chains (a script of a script) to the row that stays.
    for i in 0..rows.len() {
        let mut t = target.get(i).copied().flatten();
        let mut steps = 0;
        while let Some(next) = t.and_then(|t| target.get(t).copied().flatten()) {
            t = Some(next);
            steps += 1;
            if steps > rows.len() {
                t = None;
                break;
            }
        }
        if let (Some(t), Some(slot)) = (t, target.get_mut(i)) {
            *slot = Some(t);
        }
    }
    for i in 0..rows.len() {
        if let Some(t) = target.get(i).copied().flatten() {
            if t != i {
                let mut moved = rows.get_mut(i).map(std::mem::take).unwrap_or_default();
                // Raised above the line's baseline (y grows downwards): a superscript.
                if let (Some(&(bi, ..)), Some(&(bt, st, ..))) = (info.get(i), info.get(t)) {
                    if bi < bt - 0.15 * st {
                        for g in &mut moved {
                            g.sup = true;
                        }
                    }
                }
                // Pieces of the row far apart are judged one by one: a piece set over the
                // glyphs of the line (labels over braces, a stamp over a heading) stays a row
                // of its own rather than being interleaved with the line.
                let (stay, go): (Vec<Vec<G>>, Vec<Vec<G>>) = {
                    let big = rows.get(t).map(Vec::as_slice).unwrap_or_default();
                    split_at_gaps(moved)
                        .into_iter()
                        .partition(|piece| interleaved(piece, big))
                };
                let stay: Vec<G> = stay
                    .into_iter()
                    .flatten()
                    .map(|mut g| {
                        g.sup = false;
                        g
                    })
                    .collect();
                if let Some(r) = rows.get_mut(i) {
                    *r = stay;
                }
                if let Some(r) = rows.get_mut(t) {
                    r.extend(go.into_iter().flatten());
                }
            }
        }
    }
    rows.retain(|r| !r.is_empty());
    rows
}

/// Whether a row is a footnote marker: one to three glyphs, digits or `*`, `†`, `‡`.
fn is_marker_row(row: &[G]) -> bool {
    let mut vis = row.iter().filter(|g| !g.space);
    (1..=3).contains(&vis.clone().take(4).count())
        && vis.all(|g| g.text.chars().all(is_marker_char))
}

/// The characters of footnote markers.
fn is_marker_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '*' | '†' | '‡')
}

/// Whether `a` and `b` are interleaved: of the set with fewer visible glyphs, at least two
/// and at least half overlap a glyph of the other horizontally by more than half the
/// narrower one. Spacing accents are left out (they stand over their letter), and so is a
/// lone lowered or raised letter (the E of the TeX logo) or a subscript tucked under its base.
fn interleaved(a: &[G], b: &[G]) -> bool {
    let visible = |g: &&G| !g.space && g.w > 0.0 && combining_of(&g.text).is_none();
    let (na, nb) = (
        a.iter().filter(visible).count(),
        b.iter().filter(visible).count(),
    );
    let (small, big, n) = if na <= nb { (a, b, na) } else { (b, a, nb) };
    if n < 2 {
        return false;
    }
    let overlapping = small
        .iter()
        .filter(visible)
        .filter(|g| {
            big.iter().filter(visible).any(|h| {
                let ov = (g.x + g.w).min(h.x + h.w) - g.x.max(h.x);
                ov > 0.5 * g.w.min(h.w)
            })
        })
        .count();
    overlapping >= 2 && overlapping * 2 >= n
}

/// The index of the group with the most visible glyphs: the line the others are set over.
fn main_group(groups: &[Vec<G>]) -> usize {
    let visible = |c: &Vec<G>| c.iter().filter(|g| !g.space).count();
    let most = groups.iter().enumerate().max_by_key(|(_, c)| visible(c));
    most.map_or(0, |(i, _)| i)
}

/// Split a row at horizontal gaps wider than one em (of the larger glyph either side).
fn split_at_gaps(mut row: Vec<G>) -> Vec<Vec<G>> {
    row.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.seq.cmp(&b.seq)));
    let mut out: Vec<Vec<G>> = Vec::new();
    let mut end = f32::MIN;
    let mut size = 0.0f32;
    for g in row {
        if out.is_empty() || g.x - end > size.max(g.size) {
            out.push(Vec::new());
            end = g.x + g.w;
            size = g.size;
        }
        end = end.max(g.x + g.w);
        size = size.max(g.size);
        if let Some(last) = out.last_mut() {
            last.push(g);
        }
    }
    out
}

/// Split a row whose glyphs stand on two or more distinct baselines that overlap
/// horizontally (two text runs set close together: a stamp over a line, a date beside a
/// heading in another size): read as one row they would interleave character by character.
/// The glyphs are clustered by baseline (within 0.1 em); clusters that share no horizontal
/// extent with a glyph of another cluster are merged back (a baseline that wobbles, a word
/// raised a little).
fn split_interleaved(row: Vec<G>) -> Vec<Vec<G>> {
    if row.len() < 4 {
        return vec![row];
    }
    let mut by_base: Vec<&G> = row.iter().collect();
    by_base.sort_by(|a, b| a.y.total_cmp(&b.y));
    let distinct = by_base
        .windows(2)
        .any(|w| w[1].y - w[0].y > 0.1 * w[0].size.max(w[1].size));
    if !distinct {
        return vec![row];
    }
    // Clusters of baselines.
    let mut sorted = row;
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut clusters = runs(sorted, |c, g| {
        c.last()
            .is_some_and(|l| g.y - l.y <= 0.1 * l.size.max(g.size))
    });
    // The cluster with the most glyphs is the line; pieces of the others (split at wide
    // gaps) set over its glyphs are runs of their own, the rest belong to the line.
    let main_idx = main_group(&clusters);
    let mut main = std::mem::take(&mut clusters[main_idx]);
    let mut others: Vec<Vec<G>> = Vec::new();
    for (k, c) in clusters.into_iter().enumerate() {
        if k == main_idx {
            continue;
        }
        let mut own = Vec::new();
        for piece in split_at_gaps(c) {
            if interleaved(&piece, &main) {
                own.extend(piece);
            } else {
                main.extend(piece);
            }
        }
        if !own.is_empty() {
            others.push(own);
        }
    }
    let mut out = vec![main];
    out.extend(others);
    out
}

/// Split a row where a text run is drawn over another on the same baseline (a table cell's
/// text that runs on into the next cell: "Kommunledningskontoret" drawn over "2026"): read
/// by x the two would interleave character by character. The runs are the row's glyphs in
/// drawing order, broken where the pen goes back to the left; a run set over the glyphs of
/// the run with the most glyphs ([`interleaved`]; pieces of a run between gaps wider than an
/// em one by one) becomes a row of its own, or is dropped when it repeats the line's glyphs a
/// little aside (bold faked by drawing twice). Rows drawn left
/// to right (the glyphs' drawing order is their order by x, but for a few text objects drawn
/// out of order) are left alone without looking further.
fn split_overdrawn(row: Vec<G>) -> Vec<Vec<G>> {
    if row.len() < 4 {
        return vec![row];
    }
    let mut by_x: Vec<(f32, usize)> = row.iter().map(|g| (g.x, g.seq)).collect();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let descents = by_x.windows(2).filter(|w| w[1].1 < w[0].1).count();
    if descents < 4 {
        return vec![row];
    }
    let mut sorted = row;
    sorted.sort_by_key(|g| g.seq);
    let mut drawn = runs(sorted, |r, g| {
        r.last()
            .is_some_and(|p| g.x >= p.x - 0.3 * p.size.max(g.size))
    });
    if drawn.len() < 2 {
        return drawn;
    }
    let main_idx = main_group(&drawn);
    let main = std::mem::take(&mut drawn[main_idx]);
    // A run goes on to the cells after the one it is drawn over ("2026  50 tkr"): its pieces
    // between wide gaps are judged one by one.
    let (own, rest): (Vec<Vec<G>>, Vec<Vec<G>>) = drawn
        .into_iter()
        .filter(|r| !r.is_empty())
        .flat_map(split_at_gaps)
        .partition(|r| interleaved(r, &main));
    // A run that repeats the glyphs of the line a little aside (bold faked by drawing twice)
    // is dropped.
    let repeats = |r: &Vec<G>| {
        let vis: Vec<&G> = r.iter().filter(|g| !g.space).collect();
        let same = vis
            .iter()
            .filter(|g| {
                main.iter()
                    .any(|m| m.text == g.text && (m.x - g.x).abs() < g.w.max(0.3 * g.size))
            })
            .count();
        same * 5 >= vis.len() * 4
    };
    let own: Vec<Vec<G>> = own.into_iter().filter(|r| !repeats(r)).collect();
    let mut line = main;
    line.extend(rest.into_iter().flatten());
    let mut out = vec![line];
    out.extend(own);
    out
}

fn layout_frame(glyphs: Vec<G>, rules: &[[f32; 4]]) -> Vec<LaidLine> {
    let glyphs = drop_duplicates(glyphs);
    // Rows: glyphs sorted by baseline, clustered with a tolerance relative to size
    // ([`baseline_tolerance`]: a line of small text under a display word is no part of its
    // row).
    let mut sorted = glyphs;
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let rows = runs(sorted, |r, g| {
        r.first()
            .is_some_and(|f| (g.y - f.y).abs() <= baseline_tolerance(0.3, g.size, f.size))
    });
    // Rows split apart as interleaved runs keep the number of the row they came from: they
    // are not each other's sub- or superscripts.
    let mut split_rows: Vec<Vec<G>> = Vec::with_capacity(rows.len());
    let mut origin: Vec<Option<usize>> = Vec::with_capacity(rows.len());
    for (k, row) in rows.into_iter().enumerate() {
        let parts = split_interleaved(row);
        let from = (parts.len() > 1).then_some(k);
        for p in parts {
            split_rows.push(p);
            origin.push(from);
        }
    }
    let rows = merge_scripts(split_rows, &origin);
    let rows: Vec<Vec<G>> = rows
        .into_iter()
        .flat_map(split_overdrawn)
        .map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.seq.cmp(&b.seq)));
            attach_diacritics(&mut row);
            row
        })
        .collect();
    let mut gutters = narrow_gutters(&rows);
    let ruled = ruled_gutters(&rows, rules);
    gutters.extend(ruled.iter().copied());
    let cell_cuts = column_starts(&rows);
    let marks = raised_numbers(&rows);
    // Chunks: split rows at wide gaps, at narrower gaps across a column gutter, and where a
    // table cell starts ([`column_starts`]).
    let mut chunks: Vec<Chunk> = Vec::new();
    for (row, cuts) in rows.into_iter().zip(&cell_cuts) {
        let justified = justified_gaps(&row);
        let (x0, x1) = glyph_extent(&row);
        let mut cur: Vec<G> = Vec::new();
        let mut cur_cell = false;
        let mut end = f32::MIN;
        // The chunk holds a glyph spread from the next by a Tc wider than an em (Word's
        // distributed last line; spaces alone so spread fill an empty cell): its gaps are
        // measured less the Tc after the glyph before.
        let mut spread = false;
        for g in row {
            let tc = cur.last().filter(|c: &&G| spread && c.tc > c.size);
            let gap = g.x - end - tc.map_or(0.0, |c| c.tc);
            let size = g.size.max(cur.last().map_or(0.0, |c: &G| c.size));
            // A word gap of a justified line is none of these, whatever lines up with it.
            let word_gap = justified.is_some_and(|(lo, hi)| lo <= gap && gap <= hi);
            let across = !word_gap
                && gap >= GUTTER_GAP * size
                && gutters.iter().any(|&(a, b)| end < b && g.x > a);
            let cell = !g.space && cuts.contains(&g.x);
            // A gap wider than an em; between lines of 6 em or more either side, an em of the
            // smaller type (a column of smaller type set close beside a paragraph).
            let small = g.size.min(cur.last().map_or(g.size, |c: &G| c.size));
            let beside = end - x0 >= 6.0 * size && x1 - g.x >= 6.0 * size;
            let wide = !word_gap && (gap > 1.0 * size || (beside && gap > small));
            if !cur.is_empty() && (wide || across || cell) {
                let mut c = Chunk::new(std::mem::take(&mut cur));
                c.cell_start = cur_cell;
                chunks.push(c);
                spread = false;
            }
            spread |= !g.space && g.tc > g.size;
            if cur.is_empty() {
                cur_cell = cell;
                end = g.x + g.w;
            }
            end = end.max(g.x + g.w);
            cur.push(g);
        }
        if !cur.is_empty() {
            let mut c = Chunk::new(cur);
            c.cell_start = cur_cell;
            chunks.push(c);
        }
    }
    // Chunks made only of spaces carry nothing.
    chunks.retain(|c| c.glyphs.iter().any(|g| !g.space));
    let order = join_broken_cells(&chunks, xy_cut(&chunks, &gutters, &ruled));
    let mut out = Vec::new();
    for (block, leaf) in order.iter().enumerate() {
        let mut members: Vec<&Chunk> = members(&chunks, leaf).collect();
        members.sort_by(|a, b| a.base.total_cmp(&b.base).then(a.x0.total_cmp(&b.x0)));
        let lines = runs(members, |l, c| {
            l.first()
                .is_some_and(|f| (c.base - f.base).abs() <= baseline_tolerance(0.4, f.size, c.size))
                && !l.iter().any(|o| interleaves(o, c))
        });
        let mut rows: Vec<Vec<G>> = read_cell_bands(read_table_cells(lines))
            .into_iter()
            .flat_map(split_cells)
            .map(|l| {
                let mut gs: Vec<G> = l.iter().flat_map(|c| c.glyphs.iter().cloned()).collect();
                gs.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.seq.cmp(&b.seq)));
                gs
            })
            .collect();
        drop_caps(&mut rows);
        out.extend(
            rows.iter()
                .filter_map(|gs| make_line(gs, block as u32, &marks)),
        );
    }
    out
}

/// A drop cap: a paragraph's first letter set large (1.8 times the text or more) on the
/// baseline of a lower line of the paragraph, the lines beside it starting alike just past
/// it and the line under it starting where it starts (or its top level with the first
/// line's capitals). It is the first letter of the
/// topmost line beside it: moved there at that line's size, reaching to that line's first
/// glyph when the word goes on in lower case ("R" + "egionstyrelsen"), else a word of its
/// own. `rows` are a block's lines in reading order, each sorted along x.
fn drop_caps(rows: &mut [Vec<G>]) {
    let lead = |row: &[G]| row.iter().find(|g| !g.space).cloned();
    for r in 1..rows.len() {
        let Some(ci) = rows[r].iter().position(|g| !g.space) else {
            continue;
        };
        let cap = rows[r][ci].clone();
        let mut chars = cap.text.chars();
        if !(chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()) {
            continue;
        }
        let Some(next) = rows[r][ci + 1..].iter().find(|g| !g.space) else {
            continue;
        };
        let (body, indent) = (next.size, next.x);
        let gap = indent - (cap.x + cap.w);
        if cap.size < 1.8 * body || gap > 0.5 * cap.size || gap < -0.1 * body {
            continue;
        }
        let beside = |g: &G| {
            g.y >= cap.y - 0.8 * cap.size
                && (g.x - indent).abs() <= 0.3 * body
                && (g.size - body).abs() <= 0.2 * body
        };
        let mut first = r;
        while first > 0 && lead(&rows[first - 1]).is_some_and(|g| beside(&g)) {
            first -= 1;
        }
        let Some(top) = lead(&rows[first]) else {
            continue;
        };
        // The line under it starts where it starts, or (a paragraph of as many lines as
        // it drops) its top is the top line's capital height.
        let under = rows
            .get(r + 1)
            .and_then(|row| lead(row))
            .is_some_and(|g| (g.x - cap.x).abs() <= 0.3 * body && g.y - cap.y <= 2.5 * body);
        let level = ((cap.y - 0.7 * cap.size) - (top.y - 0.7 * top.size)).abs() <= 0.5 * body;
        if first == r || !(under || level) {
            continue;
        }
        let mut moved = rows[r].remove(ci);
        let lower = top.text.chars().next().is_some_and(char::is_lowercase);
        moved.y = top.y;
        moved.size = top.size;
        moved.space_w = top.space_w;
        moved.w = (top.x - moved.x - if lower { 0.0 } else { top.space_w }).max(0.0);
        let at = rows[first].partition_point(|g| g.x < moved.x);
        rows[first].insert(at, moved);
    }
}

/// The gaps of a justified line stretched past an em (a narrow measure, letter-spaced type):
/// four gaps or more wider than a quarter em, alike within 0.05 em and at most 3 em, with a
/// letter in every word between them. They are word gaps, not the gaps between columns or
/// cells (which vary with the cells' text; a table's header row, each label its column's
/// widest cell, has its column gaps alike: three of them in a four-column table). Returns
/// the range of those gaps.
fn justified_gaps(row: &[G]) -> Option<(f32, f32)> {
    let size = row.iter().map(|g| g.size).fold(0.0f32, f32::max);
    let mut gaps: Vec<f32> = Vec::new();
    let mut end = f32::MIN;
    let mut lettered = true;
    for g in row {
        let gap = g.x - end;
        if end > f32::MIN && gap > 0.25 * size {
            if !lettered {
                return None;
            }
            gaps.push(gap);
            lettered = false;
        }
        lettered |= g.text.chars().any(char::is_alphabetic);
        end = end.max(g.x + g.w);
    }
    let lo = gaps.iter().copied().fold(f32::MAX, f32::min);
    let hi = gaps.iter().copied().fold(0.0f32, f32::max);
    (gaps.len() >= 4 && lettered && hi - lo <= 0.05 * size && hi <= 3.0 * size)
        .then_some((lo - 0.01 * size, hi + 0.01 * size))
}

/// A line of table cells on one baseline ([`column_starts`]) as one line per cell, each with
/// its own x, so that the structure stage finds each cell under its column.
fn split_cells(mut line: Vec<&Chunk>) -> Vec<Vec<&Chunk>> {
    if line.len() < 2 || !line.iter().any(|c| c.cell_start) {
        return vec![line];
    }
    line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    runs(line, |_, c| !c.cell_start)
}

/// The narrowest gap (in ems of the larger glyph either side) that may be a column gutter.
const GUTTER_GAP: f32 = 0.6;

/// Where table cells start on rows whose gaps between cells may be narrower than an em (a
/// cell filled to its edge: "Äldreförvaltningen Pågår" with 0.7 em between the columns),
/// per row, the x of each glyph that starts a cell. A column is an x where words start in
/// three rows or more of one run of consecutive rows that are all *open* there (no glyph and
/// no word of the row crosses the x: the row starts a word there, has white there, or does
/// not reach it), and in half of them (two at least) the gap before the word is wider than
/// the row's usual word gaps (1.5 times their lower quartile, and a quarter em): the gaps
/// of a justified or ragged line are alike, and words of running text do not start at one x
/// down a run of lines that are all open there. Right-aligned columns (figures) are found
/// the same way by the words' ends (the last words of justified lines end at one x, but
/// after gaps like the line's others; only figures: the last words of a justified narrow
/// cell end at one x after stretched gaps), and in one row of the run the word is set apart
/// by more than an em (a cell by itself). A row's cuts are kept only where it has two such
/// column starts or more (three cells), not counting a start right after a list marker or
/// dot leaders: a list's number before its hanging text, a contents entry, is no table.
/// A row whose words start (or end) at two columns found on the page, each more than an em
/// after the word before it, is cut there too (a table's header, set apart from its body).
fn column_starts(rows: &[Vec<G>]) -> Vec<Vec<f32>> {
    let mut cuts: Vec<Vec<f32>> = vec![Vec::new(); rows.len()];
    if rows.len() < 3 {
        return cuts;
    }
    let visible: Vec<Vec<&G>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .filter(|g| !g.space && !g.text.trim().is_empty())
                .collect()
        })
        .collect();
    // Per row, its words after a word gap that hold a letter or digit (dot leaders and
    // rules are no cells): start, end, size, row, and whether the gap is wide.
    let mut words: Vec<Word> = Vec::new();
    let mut markers: Vec<Vec<f32>> = vec![Vec::new(); rows.len()];
    for (k, vis) in visible.iter().enumerate() {
        // (word, gap before it, holds a letter or digit, its characters, its last character)
        let mut row: Vec<(Word, Option<f32>, bool, usize, char)> = Vec::new();
        for g in vis {
            let alnum = g.text.chars().any(char::is_alphanumeric);
            let digit = g.text.chars().any(|c| c.is_ascii_digit());
            let (n, end_char) = (g.text.chars().count(), g.text.chars().last());
            match row.last_mut() {
                Some((w, _, a, chars, last)) if g.x - w.end < word_gap_threshold(g) => {
                    w.end = w.end.max(g.x + g.w);
                    w.figure |= digit;
                    *a |= alnum;
                    *chars += n;
                    *last = end_char.unwrap_or(*last);
                }
                last => {
                    let gap = last.map(|(w, ..)| g.x - w.end);
                    row.push((
                        Word {
                            start: g.x,
                            end: g.x + g.w,
                            size: g.size,
                            row: k,
                            wide: false,
                            apart: false,
                            figure: digit,
                        },
                        gap,
                        alnum,
                        n,
                        end_char.unwrap_or(' '),
                    ));
                }
            }
        }
        // A word after a list marker (a short token that starts the row, or stands more than
        // an em after the word before it and is one character or ends in ".", ")", "]":
        // "[1]", "1.1", "6.", a bullet) or after dot leaders starts the marker's text or the
        // entry's page number, not a table cell ("2025" before a figure column is a cell).
        for i in 1..row.len() {
            let apart = row[i - 1].1.is_some_and(|g| g > row[i - 1].0.size);
            let (chars, last) = (row[i - 1].3, row[i - 1].4);
            let marker = chars <= 4
                && (i == 1 || (apart && (chars == 1 || matches!(last, '.' | ')' | ']'))));
            if !row[i - 1].2 || marker {
                markers[k].push(row[i].0.start);
            }
        }
        // The gaps between words of text, and each word's gap against the others'.
        let gaps: Vec<f32> = row
            .windows(2)
            .filter(|p| p[0].2 && p[1].2)
            .filter_map(|p| p[1].1)
            .collect();
        for (i, (mut w, gap, alnum, ..)) in row.into_iter().enumerate() {
            let (Some(gap), true, true) = (gap, alnum, i > 0) else {
                continue;
            };
            w.apart = gap > w.size;
            if gaps.len() >= 2 {
                let mut others = gaps.clone();
                if let Some(p) = others.iter().position(|&o| o == gap) {
                    others.remove(p);
                }
                others.sort_by(f32::total_cmp);
                let usual = others.get(others.len() / 4).copied().unwrap_or(gap);
                w.wide = gap >= 1.5 * usual && gap >= 0.25 * w.size;
            }
            words.push(w);
        }
    }
    if words.len() < 3 {
        return cuts;
    }
    let tol = |size: f32| (0.05 * size).clamp(0.3, 1.0);
    // Rows top to bottom.
    let mut order: Vec<usize> = (0..rows.len())
        .filter(|&k| !visible[k].is_empty())
        .collect();
    let base = |k: usize| visible[k].iter().map(|g| g.y).sum::<f32>() / visible[k].len() as f32;
    order.sort_by(|&a, &b| base(a).total_cmp(&base(b)));
    // Whether row `k` is open at `x`.
    let open = |k: usize, x: f32, t: f32| {
        let mut before: Option<f32> = None;
        let mut after: Option<(f32, f32)> = None;
        for g in &visible[k] {
            if g.x < x - t && g.x + g.w > x + t {
                return false;
            }
            if g.x + g.w <= x + t {
                before = Some(before.map_or(g.x + g.w, |b: f32| b.max(g.x + g.w)));
            } else if after.is_none_or(|(a, _)| g.x < a) {
                after = Some((g.x, word_gap_threshold(g)));
            }
        }
        match (before, after) {
            (Some(b), Some((a, wg))) => a - b >= wg,
            _ => true,
        }
    };
    let mut accepted: Vec<Vec<f32>> = vec![Vec::new(); rows.len()];
    // Columns found, by the key (left edge; right edge: right-aligned figures) and where.
    let mut columns: Vec<(bool, f32, f32)> = Vec::new();
    for by_end in [false, true] {
        let key = |w: &Word| if by_end { w.end } else { w.start };
        let mut pool: Vec<Word> = words
            .iter()
            .filter(|w| !by_end || w.figure)
            .cloned()
            .collect();
        pool.sort_by(|a, b| key(a).total_cmp(&key(b)));
        let mut i = 0;
        while i < pool.len() {
            let t = tol(pool[i].size);
            let mut j = i + 1;
            while j < pool.len() && key(&pool[j]) - key(&pool[i]) <= 2.0 * t {
                j += 1;
            }
            let cluster = &pool[i..j];
            i = j;
            if cluster.len() < 3 || cluster.iter().filter(|w| w.wide).count() < 2 {
                continue;
            }
            let x = cluster.iter().map(key).sum::<f32>() / cluster.len() as f32;
            // Runs of consecutive rows open at the column (at the aligned word's start).
            let mut found = false;
            let mut run: Vec<&Word> = Vec::new();
            let mut flush = |run: &mut Vec<&Word>| {
                let wide = run.iter().filter(|w| w.wide).count();
                let apart = run.iter().filter(|w| w.apart).count();
                if run.len() >= 3 && wide >= 2 && 2 * wide >= run.len() && apart >= 1 {
                    for w in run.iter() {
                        if !accepted[w.row].contains(&w.start) {
                            accepted[w.row].push(w.start);
                        }
                    }
                    found = true;
                }
                run.clear();
            };
            for &k in &order {
                match cluster.iter().find(|w| w.row == k) {
                    Some(w) => run.push(w),
                    None if open(k, x, t) => {}
                    None => flush(&mut run),
                }
            }
            flush(&mut run);
            if found {
                columns.push((by_end, x, t));
            }
        }
    }
    // A row whose words start (or end) at two columns found elsewhere on the page, each set
    // apart by more than an em, is a row of the same table (its header, set apart from the
    // body by a row across the columns).
    for (k, acc) in accepted.iter_mut().enumerate() {
        let at: Vec<f32> = words
            .iter()
            .filter(|w| {
                w.row == k
                    && w.apart
                    && columns.iter().any(|&(by_end, x, t)| {
                        (if by_end { w.end } else { w.start } - x).abs() <= t
                    })
            })
            .map(|w| w.start)
            .filter(|x| !acc.contains(x))
            .collect();
        if acc.len() + at.len() >= 2 {
            acc.extend(at);
        }
    }
    for (k, mut xs) in accepted.into_iter().enumerate() {
        xs.retain(|x| !markers[k].contains(x));
        if xs.len() >= 2 {
            cuts[k] = xs;
        }
    }
    cuts
}

/// A word after a word gap on a row ([`column_starts`]): its start and end, size, row, and
/// whether its gap is wider than the row's other word gaps.
#[derive(Clone)]
struct Word {
    start: f32,
    end: f32,
    size: f32,
    row: usize,
    wide: bool,
    /// The gap before it is wider than an em (a cell apart by itself).
    apart: bool,
    /// It holds a digit (a figure: right-aligned columns are found only of figures).
    figure: bool,
}

/// Column gutters narrower than the em that splits a row by itself: two justified columns set
/// close (a gutter of about an em), whose lines' last and first glyphs hang into the gutter
/// (margin kerning: a hyphen, a comma or a quote set partly outside the measure), leave gaps
/// of less than an em. A gutter is where the rows' gaps of [`GUTTER_GAP`] or more line up:
/// the x positions that lie in such a gap with 6 em of text or more either side (lines of
/// two columns, not a list's markers or a table's cells) in three rows or more, and in three
/// in five of the rows that reach across them (a heading over both columns reaches across
/// without a gap).
/// Word gaps in one column do not line up so (rivers run over a few lines, not most of a
/// page): where five rows or fewer have the gap, four in five of the rows across must have
/// it or the words after the gaps must start at one x, within 0.1 em (a river of four
/// justified lines beside a table's short rows is no gutter; two short balanced columns over
/// footnotes that run across are).
/// Returns the x ranges, left to right.
fn narrow_gutters(rows: &[Vec<G>]) -> Vec<(f32, f32)> {
    let (x0, x1) = glyph_extent(rows.iter().flatten());
    if rows.len() < 3 || x1 <= x0 {
        return Vec::new();
    }
    // One bin per point, at most 4096 bins.
    let scale = ((x1 - x0) / 4096.0).max(1.0);
    let nbins = ((x1 - x0) / scale).ceil() as usize + 1;
    let bin = |x: f32| (((x - x0) / scale).max(0.0) as usize).min(nbins - 1);
    let mut gaps = vec![0u32; nbins];
    let mut spans = vec![0u32; nbins];
    // where the words after the gaps start (least, greatest) and the em they are set in
    let mut starts = vec![(f32::MAX, f32::MIN, 0.0f32); nbins];
    for row in rows {
        let (Some(first), Some(_)) = (row.first(), row.last()) else {
            continue;
        };
        let mut end = first.x + first.w;
        let row_end = row.iter().map(|g| g.x + g.w).fold(f32::MIN, f32::max);
        for g in row.iter().skip(1) {
            let size = g.size.max(1.0);
            // Lines of text either side (6 em or more), not a list marker or a table cell.
            let lines_beside = end - first.x >= 6.0 * size && row_end - g.x >= 6.0 * size;
            if g.x - end >= GUTTER_GAP * size && lines_beside {
                // the bins wholly inside the gap
                for k in bin(end) + 1..bin(g.x) {
                    gaps[k] += 1;
                    let (lo, hi, em) = starts[k];
                    starts[k] = (lo.min(g.x), hi.max(g.x), em.max(size));
                }
            }
            end = end.max(g.x + g.w);
        }
        for c in spans.iter_mut().take(bin(end)).skip(bin(first.x) + 1) {
            *c += 1;
        }
    }
    let mut out: Vec<(f32, f32)> = Vec::new();
    let mut open: Option<usize> = None;
    for k in 0..=nbins {
        // a short run of gaps (five rows or fewer) is a gutter only where nearly every row
        // across it has the gap or the words after the gaps start at one x (a column's edge):
        // justified lines' word gaps line up so for a few rows, at words a little apart
        let gutter = k < nbins
            && gaps[k] >= 3
            && gaps[k] * 5 >= spans[k] * 3
            && (gaps[k] >= 6
                || gaps[k] * 5 >= spans[k] * 4
                || starts[k].1 - starts[k].0 <= 0.1 * starts[k].2);
        match (gutter, open) {
            (true, None) => open = Some(k),
            (false, Some(a)) => {
                out.push((x0 + a as f32 * scale, x0 + k as f32 * scale));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Vertical rules drawn between columns: a line or bar 2 pt wide or less, ten body sizes long
/// or more, that no glyph of the rows beside it crosses and that has text on both sides on
/// three of those rows or more (a newspaper's rule in a gutter of a few points). Returns their
/// x ranges, to be cut at as the gutters [`narrow_gutters`] finds.
fn ruled_gutters(rows: &[Vec<G>], rules: &[[f32; 4]]) -> Vec<(f32, f32)> {
    if rules.is_empty() || rows.len() < 3 {
        return Vec::new();
    }
    let body = median(rows.iter().flatten().map(|g| g.size).collect());
    rules
        .iter()
        .filter(|r| r[2] - r[0] <= 2.0 && r[3] - r[1] >= 10.0 * body)
        .filter(|r| {
            let beside = rows.iter().filter(|row| {
                row.first()
                    .is_some_and(|g| g.y >= r[1] && g.y - 0.7 * g.size <= r[3])
            });
            let mut both = 0;
            for row in beside {
                let ink = row.iter().filter(|g| !g.space);
                if ink.clone().any(|g| g.x < r[2] && g.x + g.w > r[0]) {
                    return false;
                }
                let left = ink.clone().any(|g| g.x + g.w <= r[0]);
                if left && ink.clone().any(|g| g.x >= r[2]) {
                    both += 1;
                }
            }
            both >= 3
        })
        .map(|r| (r[0], r[2]))
        .collect()
}

/// Whether a chunk starts with a lower-case letter (the rest of a broken word).
fn starts_lower(c: &Chunk) -> bool {
    c.glyphs
        .iter()
        .find(|g| !g.space)
        .and_then(|g| g.text.chars().next())
        .is_some_and(char::is_lowercase)
}

/// Whether a chunk ends a word broken at a hyphen: a letter, then `-` (or a soft hyphen).
fn ends_in_word_hyphen(c: &Chunk) -> bool {
    let vis: Vec<&G> = c.glyphs.iter().filter(|g| !g.space).collect();
    let text: String = vis
        .iter()
        .rev()
        .take(2)
        .rev()
        .map(|g| g.text.as_str())
        .collect();
    let mut cs = text.chars().rev();
    matches!(cs.next(), Some('-' | '\u{ad}')) && cs.next().is_some_and(char::is_alphabetic)
}

/// A word broken at a hyphen goes on in the text right below it. When the cut put the
/// halves in blocks of their own with other blocks between them (the cells of a table
/// header, each cell cut from its neighbours: "Flaza-" "Flora-" … over "sulfuron" "sulam"
/// …), the one-chunk block that starts right under the broken word (overlapping it, less
/// than a line below, with a lower-case letter) is joined to the one-chunk block that ends
/// in it, so that the word is read whole.
fn join_broken_cells(chunks: &[Chunk], mut order: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    const LOOKAHEAD: usize = 48;
    let mut k = 0;
    while k < order.len() {
        let last = members(chunks, &order[k]).max_by(|a, b| a.base.total_cmp(&b.base));
        let Some(last) = last.filter(|c| order[k].len() == 1 && ends_in_word_hyphen(c)) else {
            k += 1;
            continue;
        };
        let below = |leaf: &Vec<usize>| {
            let first = members(chunks, leaf).min_by(|a, b| a.base.total_cmp(&b.base));
            leaf.len() == 1
                && first.is_some_and(|b| {
                    b.x0 < last.x1
                        && last.x0 < b.x1
                        && b.base > last.base
                        && b.top - last.bottom < 0.8 * last.size.max(b.size)
                        && starts_lower(b)
                })
        };
        let next = (k + 1..order.len().min(k + 1 + LOOKAHEAD)).find(|&m| below(&order[m]));
        match next {
            Some(m) => {
                let leaf = order.remove(m);
                order[k].extend(leaf);
            }
            None => k += 1,
        }
    }
    order
}

/// Tables inside a block read cell by cell. A block's lines are merged from chunks by
/// baseline, so a table that the cut left whole (rows without white bands between them, a
/// heading or paragraph right above or below it) comes out with each row's cells run into
/// one line ("1 Ta fram en plan Samhällsbyggna 2025 200 tkr"). Its lines are found by their
/// cells: a *tabular* line has three chunks or more (cells apart by more than an em), and
/// each of its chunks after the first starts (or ends: right-aligned figures) where a chunk
/// of another line of several chunks starts (or ends). The starts of the tabular lines' chunks are the
/// table's columns; the lines next to tabular lines whose chunks all stay inside one column
/// each (the further lines of cells: "för  d" under "Ta fram en plan  Samhällsbyggna")
/// belong to the table (and so does a run split off a row: [`split_overdrawn`]), a line
/// across a column start (a paragraph, a heading) ends it. The table's
/// rows start at the lines with a cell in the first column and another; each row is read column by column
/// and each chunk is a line of its own (with its own x), so the lines of a cell follow each
/// other (a word hyphenated in the cell joins) and the structure stage finds each cell under
/// its column. A run of lines with fewer than three tabular lines, or whose every line starts
/// a row (columns of prose side by side, loose justified lines, rows of one line), is left
/// as it is.
fn read_table_cells(lines: Vec<Vec<&Chunk>>) -> Vec<Vec<&Chunk>> {
    const MIN_CELLS: usize = 3;
    if lines.iter().filter(|l| l.len() >= MIN_CELLS).count() < 2 {
        return lines;
    }
    let tol = |c: &Chunk| (0.2 * c.size).max(1.0);
    // Whether a chunk starts (or, with `ends`, starts or ends) where a chunk of another line
    // of several chunks does.
    let matched = |k: usize, c: &Chunk, ends: bool| {
        lines.iter().enumerate().any(|(m, l)| {
            m != k
                && l.len() >= 2
                && l.iter().any(|o| {
                    (o.x0 - c.x0).abs() <= tol(c).max(tol(o))
                        || (ends && (o.x1 - c.x1).abs() <= tol(c).max(tol(o)))
                })
        })
    };
    // Two cells after the first start where other lines' cells start (a justified line's
    // last word ends at the margin like every other line's).
    let tabular: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            l.len() >= MIN_CELLS
                && l.iter().skip(1).all(|c| matched(k, c, true))
                && l.iter().skip(1).filter(|c| matched(k, c, false)).count() >= 2
        })
        .collect();
    if tabular.iter().filter(|t| **t).count() < 3 {
        return lines;
    }
    // Column starts: the starts of the tabular lines' chunks, clustered; but not a start
    // that no other line's chunk starts at and that lies inside a chunk of another tabular
    // line (a word set apart in a justified cell: "2.1.1      Erbjud" where the next row's
    // cell reads "2.1.2 Gör hembe-").
    let crossed = |k: usize, c: &Chunk| {
        lines.iter().zip(&tabular).enumerate().any(|(m, (l, t))| {
            m != k
                && *t
                && l.iter()
                    .any(|o| o.x0 + tol(o) < c.x0 && c.x0 < o.x1 - tol(o))
        })
    };
    let mut xs: Vec<(f32, f32)> = lines
        .iter()
        .zip(&tabular)
        .enumerate()
        .filter(|(_, (_, t))| **t)
        .flat_map(|(k, (l, _))| {
            l.iter()
                .filter(move |c| matched(k, c, false) || !crossed(k, c))
                .map(|c| (c.x0, tol(c)))
        })
        .collect();
    xs.sort_by(|a, b| a.0.total_cmp(&b.0));
    // A start within the tolerance of the one kept before it is that column's.
    xs.dedup_by(|(x, t), (s, st)| *x - *s <= st.max(*t));
    let starts = xs;
    let column = |c: &Chunk| {
        starts
            .iter()
            .rposition(|&(s, t)| s <= c.x0 + t)
            .unwrap_or(0)
    };
    // A chunk inside one column: no column start inside it.
    let inside = |c: &Chunk| starts.iter().all(|&(s, t)| s <= c.x0 + t || s >= c.x1 - t);
    // A line on the baseline of a tabular line is a run split off its row (a cell's text
    // drawn over the next cell: [`split_overdrawn`]).
    let on_row = |l: &Vec<&Chunk>| {
        l.iter().all(|c| {
            lines.iter().zip(&tabular).any(|(o, t)| {
                *t && o
                    .first()
                    .is_some_and(|f| (f.base - c.base).abs() <= 0.1 * f.size.max(c.size))
            })
        })
    };
    let member: Vec<bool> = lines
        .iter()
        .zip(&tabular)
        .map(|(l, t)| *t || l.iter().all(|c| inside(c)) || on_row(l))
        .collect();
    let mut out: Vec<Vec<&Chunk>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // A run of member lines with a tabular line in it.
        let mut j = i;
        while j < lines.len() && member[j] {
            j += 1;
        }
        if j == i {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        // Rows: from a line with a chunk in the first column and another cell to the next
        // (a line with a cell in the first column alone goes on with that cell: "Tiaben-"
        // over "dazol").
        let mut rows: Vec<Vec<&Chunk>> = Vec::new();
        for line in &lines[i..j] {
            let starts_row = line.len() > 1 && line.iter().any(|c| column(c) == 0);
            match rows.last_mut() {
                Some(r) if !starts_row => r.extend(line.iter().copied()),
                _ => rows.push(line.clone()),
            }
        }
        // A table has three tabular lines, and a row of several lines: lines that each start
        // in the first column are columns of prose side by side (or rows of one line each),
        // read line by line as before. Its cells hold words or figures: most cells of its
        // tabular lines have two letters or digits in a row, where the entries of a matrix
        // in a formula ("∂x", "(p)", "∂u") are single symbols, read line by line.
        let cells: Vec<&Chunk> = (i..j)
            .filter(|&k| tabular[k])
            .flat_map(|k| lines[k].iter().copied())
            .collect();
        let worded = cells.iter().filter(|c| holds_word(c)).count();
        if (i..j).filter(|&k| tabular[k]).count() < 3
            || rows.len() == j - i
            || 2 * worded < cells.len()
        {
            out.extend(lines[i..j].iter().cloned());
            i = j;
            continue;
        }
        for mut row in rows {
            row.sort_by(|a, b| {
                column(a)
                    .cmp(&column(b))
                    .then(a.base.total_cmp(&b.base))
                    .then(a.x0.total_cmp(&b.x0))
            });
            // Each line of a cell is a line of its own (the chunks of one column on one
            // baseline: words set apart in a justified cell stay one line).
            out.extend(runs(row, |l, c| {
                !c.cell_start
                    && l.last().is_some_and(|p| {
                        column(p) == column(c)
                            && (p.base - c.base).abs() <= 0.1 * p.size.max(c.size)
                    })
            }));
        }
        i = j;
    }
    out
}

/// Whether a chunk holds a word or a figure: two letters or digits in a row.
fn holds_word(c: &Chunk) -> bool {
    let mut run = 0;
    for ch in c.glyphs.iter().flat_map(|g| g.text.chars()) {
        run = if ch.is_alphanumeric() { run + 1 } else { 0 };
        if run >= 2 {
            return true;
        }
    }
    false
}

/// Table header bands read cell by cell. A block's lines are merged from chunks by
/// baseline; where consecutive lines are cells side by side (each line several chunks, or
/// a chunk that sits under one chunk of the line above) and a cell's word is broken over
/// its own lines ("Acibenso-" over "lar-S-metyl" beside "Aldi-" over "karb"), reading the
/// band line by line would put the other cells between the halves of the word. Such a band
/// is read column by column (the columns: chunks that overlap horizontally), so that each
/// cell's lines follow each other and the line-end hyphen joins inside the cell. Bands
/// without a broken word keep row order (a table's data rows are read row by row), and so
/// do bands that are not a header (at most four lines of cells at most 8 em wide: a term
/// beside its definition stays row by row).
fn read_cell_bands(lines: Vec<Vec<&Chunk>>) -> Vec<Vec<&Chunk>> {
    const MAX_HEADER_LINES: usize = 4;
    if lines.len() < 2 || lines.iter().all(|l| l.len() < 2) {
        return lines;
    }
    let overlaps = |a: &Chunk, b: &Chunk| a.x0 < b.x1 && b.x0 < a.x1;
    let mut out: Vec<Vec<&Chunk>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // A band: a line of several chunks, then lines each of whose chunks sits under
        // exactly one chunk of the line above.
        let mut j = i + 1;
        if lines[i].len() > 1 {
            while j < lines.len() {
                let above = &lines[j - 1];
                let fits = lines[j].iter().all(|c| {
                    above.iter().filter(|a| overlaps(a, c)).count() <= 1
                        && (lines[j].len() > 1 || above.iter().any(|a| overlaps(a, c)))
                });
                if !fits {
                    break;
                }
                j += 1;
            }
        }
        let band = &lines[i..j];
        let broken = band.windows(2).any(|w| {
            w[0].len() > 1
                && w[0].iter().any(|a| {
                    ends_in_word_hyphen(a) && w[1].iter().any(|b| overlaps(a, b) && starts_lower(b))
                })
        });
        if j - i < 2 || !broken {
            out.extend(band.iter().cloned());
            i = j;
            continue;
        }
        // Columns: the band's chunks grouped by horizontal overlap, left to right.
        let mut cells: Vec<&Chunk> = band.iter().flatten().copied().collect();
        cells.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut columns: Vec<(f32, Vec<&Chunk>)> = Vec::new();
        for c in cells {
            match columns.last_mut() {
                Some((x1, col)) if c.x0 < *x1 => {
                    *x1 = x1.max(c.x1);
                    col.push(c);
                }
                _ => columns.push((c.x1, vec![c])),
            }
        }
        // A header band is a few lines deep and its cells are narrow (a word or two).
        // Other bands (a term beside its definition, row by row) keep row order.
        let header = j - i <= MAX_HEADER_LINES
            && band
                .iter()
                .flatten()
                .all(|c| c.x1 - c.x0 <= 8.0 * c.size.max(1.0));
        if !header {
            out.extend(band.iter().cloned());
            i = j;
            continue;
        }
        for (_, mut col) in columns {
            col.sort_by(|a, b| a.base.total_cmp(&b.base).then(a.x0.total_cmp(&b.x0)));
            out.extend(col.into_iter().map(|c| vec![c]));
        }
        i = j;
    }
    out
}

/// Whether two chunks on (nearly) the same baseline are set over each other
/// ([`interleaved`]): two text runs, not parts of one line. Chunks of one row never overlap;
/// runs split apart by [`split_interleaved`] or [`split_overdrawn`] may.
fn interleaves(a: &Chunk, b: &Chunk) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && interleaved(&a.glyphs, &b.glyphs)
}

/// Whether `g` starts a superscript footnote marker (digits, `*`, `†`, `‡`) right after a
/// word: the marker is set apart from the word ("obligationsräntor.1" → "obligationsräntor.
/// 1", "föreskriver1" → "föreskriver 1", "79/700/EEG2" → "79/700/EEG 2") so that the word is
/// found. A superscript is a glyph joined from a raised row of smaller glyphs
/// ([`merge_scripts`]), or one on the line's own row that is smaller than the glyph before it
/// and raised above its baseline (a rise too small to make a row of its own: 9 pt on a 14 pt
/// line, 3 pt up). Powers and indices after short words and symbols ("m2", "R2", "km2",
/// "cos2") stay, unless the word has two letters or more and the number is a step of the
/// frame's run of marks ([`in_mark_run`]: "och3" between marks 2 and 4 is "och 3"; "∆1",
/// "S1" stay), and so does a digit set in the word's own size
/// and baseline ("CO2", "2a").
fn footnote_marker_starts(gs: &[G], g: &G, text: &str, marks: &[u32]) -> bool {
    if text.ends_with(' ') {
        return false;
    }
    if !g.text.chars().all(is_marker_char) {
        return false;
    }
    // The glyph before it in the line must not be part of the marker.
    let before = gs
        .iter()
        .filter(|o| !o.space && o.x + 0.5 * o.w <= g.x + 0.01)
        .max_by(|a, b| a.x.total_cmp(&b.x));
    let Some(before) = before else {
        return false;
    };
    let raised_here = g.size <= 0.85 * before.size && g.y < before.y - 0.12 * before.size;
    if before.sup || !(g.sup || raised_here) {
        return false;
    }
    // After punctuation ("räntor.1") or a word; not after a short word or symbol ("R2",
    // "km2", "kWh/m2": powers and indices).
    if text.ends_with(['.', ',', ';', ':', '”', '"', '’']) {
        return true;
    }
    // The word's letters, over its hyphens ("CAS-nr17" → "CAS-nr 17"): four or more, or an
    // acronym of three ("EEG2"); not a function's name or a short symbol ("cos2", "idR2").
    let letters: Vec<char> = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.len() >= 4
        || (letters.len() == 3 && letters.iter().all(|c| c.is_uppercase()))
        || (letters.len() >= 2
            && g.sup
            && in_mark_run(marks, raised_number(gs.iter().filter(|o| o.x >= g.x))))
}

/// The number of the raised digits that `gs` starts with (None past 9999 or without one).
fn raised_number<'a>(gs: impl Iterator<Item = &'a G>) -> Option<u32> {
    let digits: String = gs
        .take_while(|o| o.sup && o.text.chars().all(|c| c.is_ascii_digit()))
        .flat_map(|o| o.text.chars())
        .take(5)
        .collect();
    digits.parse().ok().filter(|&v| v < 10_000)
}

/// The numbers of a frame's superscripts (runs of raised digits joined to a line): the
/// evidence that a raised number is a footnote mark rather than a power ([`in_mark_run`]).
fn raised_numbers(rows: &[Vec<G>]) -> Vec<u32> {
    let mut out = Vec::new();
    for row in rows {
        for (k, g) in row.iter().enumerate() {
            let starts = g.sup && (k == 0 || row.get(k - 1).is_some_and(|p| !p.sup));
            if let Some(v) = starts.then(|| raised_number(row.iter().skip(k))).flatten() {
                out.push(v);
            }
        }
    }
    out
}

/// Whether `v` is a footnote mark by the frame's marks: it stands once among them, and with
/// the numbers next to it forms a run of three (2 between 1 and 3, or 1 before 2 and 3):
/// marks count up through a page, a power ("m2") repeats.
fn in_mark_run(marks: &[u32], v: Option<u32>) -> bool {
    let Some(v) = v else { return false };
    let has = |n: u32| marks.contains(&n);
    let below = |d: u32| v.checked_sub(d).is_some_and(has);
    let once = marks.iter().filter(|&&m| m == v).count() == 1;
    once && ((below(1) && has(v + 1)) || (below(1) && below(2)) || (has(v + 1) && has(v + 2)))
}

/// Whether the word read so far (`word`) is a superscript footnote marker before the word
/// that `g` starts ("¹Se rapporten" at the head of a note → "1 Se rapporten"): digits or
/// marker symbols all on one raised baseline (raised from a row of their own, or smaller and
/// above `g`'s baseline), and `g` a letter in the line's size on its baseline. A power after a figure
/// ("10⁶") is no marker word: the figure stands on the baseline.
fn footnote_marker_ends(word: &[&G], g: &G, line: (f32, f32)) -> bool {
    let Some(last) = word.last() else {
        return false;
    };
    // `g` in the line's own size, on its baseline: not the denominator of a fraction in a
    // formula ("¹/r").
    let (size, base) = line;
    if g.size < 0.9 * size || (g.y - base).abs() > 0.15 * size {
        return false;
    }
    let raised =
        (last.sup && !g.sup) || (last.size <= 0.85 * g.size && last.y < g.y - 0.12 * g.size);
    raised
        && !g.sup
        && g.text.chars().next().is_some_and(char::is_alphabetic)
        && word
            .iter()
            .all(|m| m.text.chars().all(is_marker_char) && (m.y - last.y).abs() <= 0.1 * last.size)
}

/// Letter-spaced text: runs of three or more visible glyphs drawn with the same positive
/// character spacing (space glyphs drawn with it continue the run) where the spacing is less
/// than three quarters of a space, or the run's words are set apart otherwise (a space glyph
/// in the run, or a gap clearly wider than the spacing), or more than an em (a word spread
/// over the measure): inside them the spacing is not a word gap. A Tc as wide as a space on a run without other word gaps is how some producers,
/// Ghostscript among them, set single-letter words ("t i a", "s 7 s 8").
fn letter_spaced_runs(gs: &[G]) -> Vec<bool> {
    let mut letter_spaced = vec![false; gs.len()];
    let mut i = 0;
    while i < gs.len() {
        let tc = gs[i].tc;
        let mut j = i + 1;
        while j < gs.len() && tc > 0.0 && (gs[j].tc - tc).abs() < 1e-3 {
            j += 1;
        }
        let run = gs.get(i..j).unwrap_or_default();
        let visible: Vec<&G> = if tc > 0.0 {
            run.iter().filter(|g| !g.space).collect()
        } else {
            Vec::new() // (no run of spacing: nothing to collect)
        };
        if tc > 0.0 && visible.len() == 1 {
            // A spacing set for one glyph alone is that glyph's width adjustment (Word widens
            // an accented capital: "4.512 Tc (\304) Tj 0.287 Tc (rendet) Tj" is "Ärendet"),
            // never a word gap: a producer that sets words apart with Tc sets it over a run.
            for f in letter_spaced.get_mut(i..j).unwrap_or_default() {
                *f = true;
            }
        } else if tc > 0.0 && visible.len() >= 3 {
            let space_w = visible.iter().map(|g| g.space_w).fold(0.0f32, f32::max);
            let spaced = run.iter().any(|g| g.space)
                || visible
                    .windows(2)
                    .any(|w| w[1].x - (w[0].x + w[0].w) > tc + 0.5 * space_w);
            if tc < 0.8 * space_w || spaced || tc > visible.first().map_or(f32::MAX, |g| g.size) {
                for f in letter_spaced.get_mut(i..j).unwrap_or_default() {
                    *f = true;
                }
            }
        }
        i = j;
    }
    letter_spaced
}

/// Whether the space glyph `gs[k]` is eaten by negative character and word spacing: the
/// next glyph starts less than a third of the space's width after it and touches the glyph
/// before it (`end`; no visible gap): Ghostscript kerns "Te x"
/// with Tc −0.7 and Tw −1.25 this way. Such a space is a kern, not a word gap.
fn eaten_space(gs: &[G], k: usize, end: f32) -> bool {
    let Some(sp) = gs.get(k) else { return false };
    if sp.w <= 0.0 {
        return false;
    }
    gs.get(k + 1..)
        .unwrap_or_default()
        .iter()
        .find(|n| !n.space)
        .is_some_and(|n| n.x - sp.x < 0.35 * sp.w && n.x - end <= 0.05 * sp.w)
}

/// The smallest gap between two glyphs that is a word gap at the glyph's font metrics: half
/// a space, kept within 0.08–0.3 em.
fn word_gap_threshold(g: &G) -> f32 {
    (0.5 * g.space_w).clamp(0.08 * g.size, 0.3 * g.size)
}

/// The spacing of a letter-spaced line: when the gaps between neighbouring glyphs (not
/// across a space glyph or a gutter wider than an em) are wider than a word gap, all but a
/// few kerned pairs ("Åt", "av": at most one gap in eight), the line's letters are set apart
/// uniformly (Tc, tracking or per-glyph positioning: "H e l l o" for "Hello") and only a gap
/// that stands out from that spacing separates words. `None` for ordinary lines, where the
/// letters of a word touch.
fn uniform_spacing(gs: &[G]) -> Option<f32> {
    let mut gaps = Vec::new();
    let mut touching = 0usize;
    let mut prev: Option<&G> = None;
    for g in gs {
        if g.space {
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            let gap = g.x - (p.x + p.w);
            if gap <= g.size.max(p.size) {
                if gap <= word_gap_threshold(g).max(word_gap_threshold(p)) {
                    touching += 1;
                    // More than one gap in eight of the whole line touches: an ordinary line
                    // (decided at its first words, as fast as before kerned pairs were allowed).
                    if touching * 8 > gs.len() {
                        return None;
                    }
                } else {
                    gaps.push(gap);
                }
            }
        }
        prev = Some(g);
    }
    (gaps.len() >= 3 && touching * 8 <= gaps.len() + touching).then(|| median(gaps))
}

/// Small capitals drawn as capitals of a smaller size (LibreOffice, Word, groff: "I" at 14 pt
/// then "NLEDNING" at 11.2 pt, one font): from a capital at 0.6–0.9 of the size of the capital
/// it touches, on its baseline and in its style, the capitals in that size (in the words after
/// it too) stand for lower-case letters, until a glyph of another size. Per glyph of `gs`.
fn small_caps(gs: &[G]) -> Vec<bool> {
    let cap = |g: &G| !g.text.is_empty() && g.text.chars().all(char::is_uppercase);
    let (mut small, mut prev): (Option<f32>, Option<&G>) = (None, None);
    let mut out = Vec::with_capacity(gs.len());
    for g in gs {
        if small.is_some_and(|s| !g.space && (g.size - s).abs() > 0.02 * s) {
            small = None;
        }
        let starts = prev.is_some_and(|p| {
            cap(p)
                && (0.6..=0.9).contains(&(g.size / p.size.max(0.01)))
                && (g.y - p.y).abs() <= 0.05 * p.size
                && (p.bold, p.italic) == (g.bold, g.italic)
                && g.x - (p.x + p.w) < 0.1 * p.size
        });
        if small.is_none() && starts && cap(g) {
            small = Some(g.size);
        }
        prev = (!g.space).then_some(g);
        out.push(small.is_some() && cap(g));
    }
    out
}

/// Words and spaces of a line from its glyphs (sorted by x).
fn make_line(gs: &[G], block: u32, marks: &[u32]) -> Option<LaidLine> {
    let letter_spaced = letter_spaced_runs(gs);
    let lower = small_caps(gs);
    let spacing = uniform_spacing(gs);
    let mut prev_tc = 0.0f32;
    let mut text = String::new();
    let mut end = f32::MIN;
    let mut pending_space = false;
    let mut bold = 0usize;
    let mut italic = 0usize;
    let mut count = 0usize;
    let mut artifact = 0usize;
    // The visible glyphs of the word being read; the line's size and baseline.
    let mut word: Vec<&G> = Vec::new();
    let line = {
        let size = dominant_size(gs);
        let base = median(
            gs.iter()
                .filter(|g| !g.space && (g.size - size).abs() <= 0.05 * size)
                .map(|g| g.y)
                .collect(),
        );
        (size, base)
    };
    for (k, g) in gs.iter().enumerate() {
        if g.space {
            // A space of another text run drawn over a glyph of its own size already placed
            // (its middle inside that glyph, on a baseline of its own: a stray space on the
            // row, as Word's tagged footers leave them) is no gap between words. A space on
            // the glyph's own baseline is the run's own (kerned: [`eaten_space`]).
            let mid = g.x + 0.5 * g.w;
            let covered = gs
                .get(..k)
                .unwrap_or_default()
                .iter()
                .rev()
                .take(8)
                .any(|o| {
                    !o.space
                        && o.x < mid
                        && mid < o.x + o.w
                        && (o.size - g.size).abs() <= 0.25 * o.size.max(g.size)
                        && (o.y - g.y).abs() > 0.01 * o.size.max(g.size)
                });
            pending_space |= !text.is_empty() && !covered && !eaten_space(gs, k, end);
            continue;
        }
        if !text.is_empty() {
            let thr = word_gap_threshold(g);
            let word_gap = match spacing {
                Some(s) => g.x - end > s + thr,
                None => g.x - end - prev_tc > thr,
            };
            if pending_space
                || word_gap
                || footnote_marker_starts(gs, g, &text, marks)
                || footnote_marker_ends(&word, g, line)
            {
                text.push(' ');
                word.clear();
            }
        }
        word.push(g);
        pending_space = false;
        // Character spacing is space inside the word (letter-spacing, the width adjustments
        // of accented capitals some Word versions make) unless it is as wide as a space and
        // not letter-spacing ([`letter_spaced_runs`]): then it is how the producer set word
        // gaps (Ghostscript: "(oK) Tj", "(tia) Tj" with Tc for "Roko Kursar", "t i a"), and
        // the gap is read as drawn (a kern that cancels the Tc joins the glyphs again).
        let word_gap = g.tc >= 0.8 * g.space_w && !letter_spaced.get(k).copied().unwrap_or(false);
        prev_tc = if word_gap { 0.0 } else { g.tc.max(0.0) };
        if lower.get(k).copied().unwrap_or(false) {
            text.push_str(&g.text.to_lowercase());
        } else {
            text.push_str(&g.text);
        }
        end = if end == f32::MIN {
            g.x + g.w
        } else {
            end.max(g.x + g.w)
        };
        let n = g.text.chars().count();
        count += n;
        if g.bold {
            bold += n;
        }
        if g.italic {
            italic += n;
        }
        if g.artifact {
            artifact += n;
        }
    }
    let text = crate::text::nfc(&crate::text::soft_hyphens(text.trim()));
    if text.is_empty() {
        return None;
    }
    let visible: Vec<G> = gs.iter().filter(|g| !g.space).cloned().collect();
    let c = Chunk::new(visible);
    Some(LaidLine {
        line: Line {
            text,
            x: c.x0,
            y: c.top,
            width: (c.x1 - c.x0).max(0.0),
            size: c.size,
            bold: bold * 2 > count,
            italic: italic * 2 > count,
            block,
        },
        base: c.base,
        bottom: c.bottom,
        artifact: artifact * 2 > count,
    })
}

fn median(mut v: Vec<f32>) -> f32 {
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// The chunks of a region (its indices into `chunks`).
fn members<'c>(chunks: &'c [Chunk], items: &'c [usize]) -> impl Iterator<Item = &'c Chunk> + Clone {
    items.iter().filter_map(|&i| chunks.get(i))
}

/// The median size of a region's chunks.
fn median_size(chunks: &[Chunk], items: &[usize]) -> f32 {
    median(members(chunks, items).map(|c| c.size).collect())
}

/// The left and right ends of some chunks.
fn x_extent<'c>(cs: impl Iterator<Item = &'c Chunk>) -> (f32, f32) {
    cs.fold((f32::MAX, f32::MIN), |e, c| (e.0.min(c.x0), e.1.max(c.x1)))
}

/// The left and right ends, and the top and bottom, of a region's chunks.
fn region_x(chunks: &[Chunk], items: &[usize]) -> (f32, f32) {
    x_extent(members(chunks, items))
}
fn region_y(chunks: &[Chunk], items: &[usize]) -> (f32, f32) {
    members(chunks, items).fold((f32::MAX, f32::MIN), |e, c| {
        (e.0.min(c.top), e.1.max(c.bottom))
    })
}

/// The white gaps between consecutive rows of a region, top to bottom.
fn row_gaps(chunks: &[Chunk], items: &[usize]) -> Vec<f32> {
    let rows = horizontal_groups(chunks, items, f32::MIN_POSITIVE);
    rows.windows(2)
        .map(|w| region_y(chunks, &w[1]).0 - region_y(chunks, &w[0]).1)
        .collect()
}

/// The groups of items between white gaps of at least `min_gap` along one axis, in
/// order; `span` gives an item's (start, end) on that axis.
fn groups_along(
    chunks: &[Chunk],
    items: &[usize],
    min_gap: f32,
    span: fn(&Chunk) -> (f32, f32),
    also_cut: &dyn Fn(f32, f32) -> bool,
) -> Vec<Vec<usize>> {
    let mut sorted: Vec<(usize, f32, f32)> = items
        .iter()
        .filter_map(|&i| chunks.get(i).map(|c| (i, span(c).0, span(c).1)))
        .collect();
    sorted.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut end = f32::MIN;
    for (i, s, e) in sorted {
        let cut = !groups.is_empty() && (s - end >= min_gap || also_cut(end, s));
        if groups.is_empty() || cut {
            groups.push(Vec::new());
        }
        if let Some(g) = groups.last_mut() {
            g.push(i);
        }
        end = if cut { e } else { end.max(e) };
    }
    groups
}

/// Horizontal white bands of a region: the groups of items between them, top to bottom.
fn horizontal_groups(chunks: &[Chunk], items: &[usize], min_gap: f32) -> Vec<Vec<usize>> {
    groups_along(chunks, items, min_gap, |c| (c.top, c.bottom), &|_, _| false)
}

/// Vertical white gutters of a region: the groups between them, left to right. A gap of
/// [`GUTTER_GAP`] of `min_gap` or more over one of the page's `narrow` gutters
/// ([`narrow_gutters`]) is a gutter too.
fn vertical_groups(
    chunks: &[Chunk],
    items: &[usize],
    min_gap: f32,
    narrow: &Gutters,
) -> Vec<Vec<usize>> {
    let over_narrow = |end: f32, start: f32| {
        start - end >= GUTTER_GAP * min_gap && narrow.iter().any(|&(a, b)| end < b && start > a)
    };
    groups_along(chunks, items, min_gap, |c| (c.x0, c.x1), &over_narrow)
}

/// Distinct baselines of a group (rows).
fn baselines(chunks: &[Chunk], items: &[usize]) -> Vec<(f32, f32)> {
    distinct_baselines(members(chunks, items).map(|c| (c.base, c.size)).collect())
}

/// Whether two (baseline, size) pairs are one row: within 0.3 em of the larger size.
fn same_row((y, s): (f32, f32), (oy, os): (f32, f32)) -> bool {
    (oy - y).abs() <= 0.3 * s.max(os)
}

/// Whether the baseline `b` is one of the rows `rows`.
fn on_a_row(rows: &[(f32, f32)], b: (f32, f32)) -> bool {
    rows.iter().any(|&r| same_row(b, r))
}

/// The chunks of a region on the baseline `b`, and the leftmost of them.
fn on_baseline<'c>(
    chunks: &'c [Chunk],
    items: &'c [usize],
    b: (f32, f32),
) -> impl Iterator<Item = &'c Chunk> + Clone {
    members(chunks, items).filter(move |c| same_row(b, (c.base, c.size)))
}

fn leftmost_on<'c>(chunks: &'c [Chunk], items: &'c [usize], b: (f32, f32)) -> Option<&'c Chunk> {
    on_baseline(chunks, items, b).min_by(|a, c| a.x0.total_cmp(&c.x0))
}

/// (baseline, size) pairs sorted top to bottom, those within 0.3 em of the one before
/// dropped.
fn distinct_baselines(mut b: Vec<(f32, f32)>) -> Vec<(f32, f32)> {
    b.sort_by(|a, c| a.0.total_cmp(&c.0));
    b.dedup_by(|c, p| same_row(*p, *c));
    b
}

/// The distinct baselines of each group, top to bottom, with the smallest step between two
/// consecutive baselines of one group in ems of the lower line (the line pitch inside a
/// cell or paragraph, whatever the size of its text).
fn group_baselines(chunks: &[Chunk], groups: &[Vec<usize>]) -> (Vec<Vec<(f32, f32)>>, f32) {
    let rows: Vec<Vec<(f32, f32)>> = groups.iter().map(|g| baselines(chunks, g)).collect();
    let pitch = rows
        .iter()
        .flat_map(|r| r.windows(2).map(|w| step(w[0], w[1])))
        .filter(|d| *d > 0.0)
        .fold(f32::MAX, f32::min);
    (rows, pitch)
}

/// The step from one baseline to the next in ems of the lower line (its leading: a heading
/// above a smaller line does not make the pitch small).
fn step(a: (f32, f32), b: (f32, f32)) -> f32 {
    (b.0 - a.0) / b.1.max(1.0)
}

/// The baselines of each group where a cell starts: the first line, and every line further
/// below the line above it than the line pitch (a cell's lines follow each other at the
/// pitch; the next cell is set apart by the cell padding). Lines on one grid throughout
/// (two text columns, cells of one line each) have no starts but their first.
fn cell_starts(rows: &[Vec<(f32, f32)>], pitch: f32) -> Vec<Vec<(f32, f32)>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .filter(|&(k, &b)| {
                    k == 0 || r.get(k - 1).is_some_and(|&p| step(p, b) > 1.15 * pitch)
                })
                .map(|(_, &b)| b)
                .collect()
        })
        .collect()
}

/// Whether the groups either side of a gutter are the columns of a table whose cells hold
/// several lines: the cell starts ([`cell_starts`]) stand side by side (the label beside the
/// first line of its value): every one of the group with the fewest (three or more) on a
/// cell start of another group, and at least two in five of the group with the most.
/// Paragraphs of two text columns start where they start, not side by side.
fn cells_aligned(chunks: &[Chunk], groups: &[Vec<usize>]) -> bool {
    let (rows, pitch) = group_baselines(chunks, groups);
    if pitch == f32::MAX {
        return false;
    }
    let starts = cell_starts(&rows, pitch);
    let aligned = |n: usize| {
        starts.get(n).map_or(0, |own| {
            own.iter()
                .filter(|&&b| {
                    starts
                        .iter()
                        .enumerate()
                        .any(|(m, o)| m != n && on_a_row(o, b))
                })
                .count()
        })
    };
    let by_count =
        |a: &(usize, &Vec<(f32, f32)>), b: &(usize, &Vec<(f32, f32)>)| a.1.len().cmp(&b.1.len());
    let (Some((few, fewest)), Some((most, most_starts))) = (
        starts.iter().enumerate().min_by(by_count),
        starts.iter().enumerate().max_by(by_count),
    ) else {
        return false;
    };
    fewest.len() >= 3
        && aligned(few) * 10 >= fewest.len() * 9
        && aligned(most) * 5 >= most_starts.len() * 2
}

/// The rows of a table region, top to bottom: each row runs from a cell start of any column
/// ([`cell_starts`]; starts on one baseline are one) to the next, so a label is read with the
/// lines of its value cell before the next label.
fn table_row_slices(chunks: &[Chunk], groups: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let (rows, pitch) = group_baselines(chunks, groups);
    if pitch == f32::MAX {
        return Vec::new();
    }
    let merged = distinct_baselines(cell_starts(&rows, pitch).into_iter().flatten().collect());
    rows_from(chunks, groups, &merged)
}

/// A column of labels beside their values, in a table without cell padding or borders (rows
/// at the line pitch, so no cell starts stand out, [`cells_aligned`]; a value cell may be
/// empty, so not every label has a value beside it, [`table_like`]): two groups, the left one
/// narrower and without running text ([`carries_text`]), of two lines or more, two in three of
/// which (and at least two) stand on a baseline of the right one, and a value of several
/// lines stands between two labels (lines one beside the other throughout may as well be a
/// short column beside a text column, and are read as columns). Returns the rows, top to
/// bottom: each runs from one label to the next, so that every label is read with its value's
/// lines. A label line that starts in lower case right under the line before it (at the
/// group's line pitch) goes on with that label ("Beslutande" over "ledamöter").
fn label_rows(chunks: &[Chunk], groups: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let [left, right] = groups else {
        return Vec::new();
    };
    let ((l0, l1), (r0, r1)) = (region_x(chunks, left), region_x(chunks, right));
    let labels = baselines(chunks, left);
    let values = baselines(chunks, right);
    if labels.len() < 2
        || values.len() < labels.len()
        || l1 - l0 >= r1 - r0
        || carries_text(chunks, left)
    {
        return Vec::new();
    }
    let aligned = labels.iter().filter(|&&b| on_a_row(&values, b)).count();
    if aligned < 2 || aligned * 3 < labels.len() * 2 {
        return Vec::new();
    }
    let (_, pitch) = group_baselines(chunks, groups);
    // A value of several lines between two labels: a short column of lines beside the top of
    // a text column has its lines one under the other, at the pitch.
    let value_between = |a: (f32, f32), b: (f32, f32)| {
        step(a, b) > 1.15 * pitch
            && values
                .iter()
                .any(|&(y, s)| y > a.0 + 0.3 * s && y < b.0 - 0.3 * s)
    };
    if !labels.windows(2).any(|w| value_between(w[0], w[1])) {
        return Vec::new();
    }
    let starts_lower_at = |b| leftmost_on(chunks, left, b).is_some_and(starts_lower);
    let starts: Vec<(f32, f32)> = labels
        .iter()
        .enumerate()
        .filter(|&(k, &(y, s))| {
            let under = k
                .checked_sub(1)
                .and_then(|p| labels.get(p))
                .is_some_and(|&p| step(p, (y, s)) <= 1.15 * pitch);
            !(under && starts_lower_at((y, s)))
        })
        .map(|(_, &b)| b)
        .collect();
    rows_from(chunks, groups, &starts)
}

/// The rows of a table without rules or padding between its rows (cells at the line pitch:
/// no white band and no cell start stands out, [`cells_aligned`]), whose columns the cut
/// found by their gutters: columns that carry no running text ([`carries_text`]: cells,
/// not columns of prose, whose lines may share one grid too), whose rows stand on shared
/// baselines ([`table_like`]), three columns or more or a column of figures (two columns of
/// short lines side by side, a colophon's, may as well be read one after the other). A row starts at a line of the first column that has a cell
/// of another column beside it (a header over an empty first cell starts one too), and runs
/// to the next (a row on one baseline is one line, its cells in order: "1 Inledning  3", "Malmö
/// 362 133 +4,1 17,9"; a row of several lines is cut into its cells): the lines of a cell broken over several lines ("Helsing-" over "borg") stay
/// in its row, and so do lines that go on with the cell above (a lower-case start, a broken
/// word above). Three rows at least, and most cells words or figures: a table is read row
/// by row, never column by column.
fn shared_rows(chunks: &[Chunk], groups: &[Vec<usize>]) -> Vec<Vec<usize>> {
    // A column of figures: two in three of its chunks hold a digit and no letter.
    let figures = |g: &[usize]| {
        let n = members(chunks, g)
            .filter(|c| {
                let mut cs = c.glyphs.iter().flat_map(|g| g.text.chars());
                cs.clone().any(|ch| ch.is_ascii_digit()) && !cs.any(char::is_alphabetic)
            })
            .count();
        3 * n >= 2 * g.len()
    };
    // Its cells hold words or figures, not single symbols (a plot's axis labels, a matrix).
    let cells = groups.iter().flatten().filter_map(|&i| chunks.get(i));
    let worded = cells.clone().filter(|c| holds_word(c)).count();
    if groups.len() < 2
        || (groups.len() == 2 && !groups.iter().any(|g| figures(g)))
        || 2 * worded < cells.count()
        || groups.iter().any(|g| carries_text(chunks, g))
        || !table_like(chunks, groups)
    {
        return Vec::new();
    }
    let lines: Vec<Vec<(f32, f32)>> = groups.iter().map(|g| baselines(chunks, g)).collect();
    let Some((first, others)) = lines.split_first() else {
        return Vec::new();
    };
    // The first column's chunk on a baseline (its leftmost).
    let first_chunk = |b| leftmost_on(chunks, &groups[0], b);
    // A line that goes on with the cell above: it starts in lower case, or the line above
    // ends in a broken word.
    let goes_on = |k: usize| {
        first_chunk(first[k]).is_some_and(starts_lower)
            || k.checked_sub(1)
                .and_then(|p| first_chunk(first[p]))
                .is_some_and(ends_in_word_hyphen)
    };
    let mut starts: Vec<(f32, f32)> = (0..first.len())
        .filter(|&k| others.iter().any(|o| on_a_row(o, first[k])) && !goes_on(k))
        .map(|k| first[k])
        .collect();
    let top = distinct_baselines(lines.iter().flatten().copied().collect());
    if let (Some(&t), Some(&s)) = (top.first(), starts.first()) {
        if t.0 < s.0 - 0.3 * s.1.max(t.1) {
            starts.insert(0, t);
        }
    }
    if starts.len() < 3 {
        return Vec::new();
    }
    // A line of the first column that runs across the gap between two cells of the row
    // above it is in no cell (a source line under the table): it is a row of its own.
    let spans_cells = |b: (f32, f32)| {
        let Some(&row) = starts.iter().rev().find(|s| s.0 < b.0) else {
            return false;
        };
        let mut parts: Vec<&Chunk> = groups
            .iter()
            .flat_map(|g| on_baseline(chunks, g, row))
            .collect();
        parts.sort_by(|a, c| a.x0.total_cmp(&c.x0));
        // A cell is the row's chunks up to a gutter of 2 em or more ("1.1  Kartlägg", a list
        // number a quad from its title, is one cell; "Landskrona ... 47 089" are two).
        let mut cells: Vec<(f32, f32)> = Vec::new();
        for c in parts {
            match cells.last_mut() {
                Some(last) if c.x0 - last.1 < 2.0 * row.1.max(1.0) => last.1 = last.1.max(c.x1),
                _ => cells.push((c.x0, c.x1)),
            }
        }
        on_baseline(chunks, &groups[0], b)
            .any(|c| cells.windows(2).any(|w| c.x0 <= w[0].1 && c.x1 >= w[1].0))
    };
    let spanning: Vec<(f32, f32)> = first
        .iter()
        .copied()
        .filter(|&b| !on_a_row(&starts, b) && spans_cells(b))
        .collect();
    starts = distinct_baselines(starts.into_iter().chain(spanning).collect());
    rows_from(chunks, groups, &starts)
}

/// Headings set in a margin column beside the paragraphs they head (boxed callouts in a right
/// margin, a grid's headings in a left one): the narrower of two groups, all of it bold (the
/// other not), whose headings (a line more than 1.5 em under the one above starts one; three
/// lines at most), more than 3 em apart, each start beside one line of the other group no
/// larger than the page's text (a bold number beside a title, a bold cell of a table row, a
/// table's column is none). The parts to read: the other group's lines above the first
/// heading, then each heading and the other group's lines from its baseline to the next's.
fn margin_heads(
    chunks: &[Chunk],
    groups: &[Vec<usize>],
    page_size: f32,
) -> Option<Vec<Vec<usize>>> {
    let [a, b] = groups else { return None };
    let width = |g: &[usize]| region_x(chunks, g).1 - region_x(chunks, g).0;
    let (side, body) = if width(a) < width(b) { (a, b) } else { (b, a) };
    let lines = baselines(chunks, side);
    let heads = runs(lines.iter().copied(), |h, &l| {
        h.last().is_some_and(|&p| step(p, l) <= 1.5)
    });
    let beside = |h: &Vec<(f32, f32)>| {
        h.len() <= 3
            && h.first().is_some_and(|&b| {
                let row: Vec<&Chunk> = on_baseline(chunks, body, b).collect();
                matches!(row[..], [c] if c.size <= page_size + 0.5)
            })
    };
    let bold = |g: &[usize]| members(chunks, g).all(|c| c.glyphs.iter().all(|g| g.space || g.bold));
    // Headings spread down the page (more than 3 em apart), not the rows of a table's column.
    let table = lines
        .windows(2)
        .any(|w| (1.5..=3.0).contains(&step(w[0], w[1])));
    if !bold(side) || bold(body) || table || !heads.iter().all(beside) {
        return None;
    }
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); 2 * heads.len() + 1];
    for (g, after) in [(side, 1), (body, 2)] {
        for (i, c) in g.iter().filter_map(|&i| chunks.get(i).map(|c| (i, c))) {
            let row = heads
                .iter()
                .rposition(|h| h.first().is_some_and(|&(y, s)| c.base >= y - 0.3 * s));
            if let Some(p) = parts.get_mut(row.map_or(0, |r| 2 * r + after)) {
                p.push(i);
            }
        }
    }
    parts.retain(|p| !p.is_empty());
    (parts.len() > 1).then_some(parts)
}

/// The chunks of `groups` in rows, top to bottom: each row from one of the baselines
/// `starts` (sorted top to bottom) to the next; chunks above the first go to the first.
fn rows_from(chunks: &[Chunk], groups: &[Vec<usize>], starts: &[(f32, f32)]) -> Vec<Vec<usize>> {
    let mut slices: Vec<Vec<usize>> = vec![Vec::new(); starts.len()];
    for &i in groups.iter().flatten() {
        let Some(c) = chunks.get(i) else { continue };
        let row = starts
            .iter()
            .rposition(|&(y, s)| c.base >= y - 0.3 * s)
            .unwrap_or(0);
        if let Some(slice) = slices.get_mut(row) {
            slice.push(i);
        }
    }
    slices.retain(|s| !s.is_empty());
    slices
}

/// Whether the groups either side of a gutter are the cells of table rows: every row of
/// the side with fewer rows stands on the baseline of a row of the other side.
fn table_like(chunks: &[Chunk], groups: &[Vec<usize>]) -> bool {
    if groups.len() < 2 {
        return false;
    }
    if cells_aligned(chunks, groups) {
        return true;
    }
    let rows: Vec<Vec<(f32, f32)>> = groups.iter().map(|g| baselines(chunks, g)).collect();
    let Some(fewest) = rows.iter().min_by_key(|r| r.len()) else {
        return false;
    };
    let others: Vec<&Vec<(f32, f32)>> = rows.iter().filter(|r| !std::ptr::eq(*r, fewest)).collect();
    let aligned = fewest
        .iter()
        .filter(|&&b| others.iter().any(|o| on_a_row(o, b)))
        .count();
    aligned * 10 >= fewest.len() * 9
}

/// Whether a region is a short column beside a long one rather than the rows of a table: its
/// white bands hold text on both sides of the gutter at the top only, and below the shorter
/// column's end at least as many bands hold text on one side only (the rest of the long
/// column). Table rows have cells on both sides down to the last row.
fn short_column_beside_long(
    chunks: &[Chunk],
    hgroups: &[Vec<usize>],
    vgroups: &[Vec<usize>],
) -> bool {
    // Columns of text have lines and width: a lone page number, a column of page numbers or
    // the labels of a form beside the text are not.
    if !wide_columns(chunks, vgroups) {
        return false;
    }
    // Which vertical group each chunk is in, looked up by chunk index.
    let mut group_of: Vec<Option<usize>> = vec![None; chunks.len()];
    for (n, g) in vgroups.iter().enumerate() {
        for &i in g {
            if let Some(slot) = group_of.get_mut(i) {
                *slot = Some(n);
            }
        }
    }
    let side = |i: usize| group_of.get(i).copied().flatten();
    let sides: Vec<Option<usize>> = hgroups
        .iter()
        .map(|band| {
            let first = band.first().and_then(|&i| side(i));
            if band.iter().all(|&i| side(i) == first) {
                first
            } else {
                None
            }
        })
        .collect();
    let Some(last_two_sided) = sides.iter().rposition(Option::is_none) else {
        return false;
    };
    let tail = sides.get(last_two_sided + 1..).unwrap_or_default();
    let same_side = tail.first().is_some_and(|f| tail.iter().all(|s| s == f));
    same_side && tail.len() >= 2 && tail.len() > last_two_sided
}

/// x ranges of white gutters.
type Gutters = Vec<(f32, f32)>;

/// The gutters (x ranges) between vertical groups.
fn gutters(chunks: &[Chunk], groups: &[Vec<usize>]) -> Gutters {
    groups
        .windows(2)
        .map(|w| (region_x(chunks, &w[0]).1, region_x(chunks, &w[1]).0))
        .collect()
}

/// Cutting parameters of a region: its dominant size, the minimum height of a white band
/// that separates paragraphs or table rows, and the minimum width of a gutter.
fn cut_gaps(chunks: &[Chunk], items: &[usize]) -> (f32, f32) {
    let size = median_size(chunks, items).max(1.0);
    // Paragraph and table-row gaps are clearly wider than the gap between the lines of a
    // paragraph (the smallest gap between rows).
    let line_gap = row_gaps(chunks, items)
        .into_iter()
        .filter(|g| *g >= 0.1 * size)
        .fold(f32::MAX, f32::min);
    let line_gap = if line_gap == f32::MAX { 0.0 } else { line_gap };
    let nrows = baselines(chunks, items).len();
    // A gutter inside a single row must be wide, or wide word spaces would split lines.
    let vmin = if nrows >= 2 { 1.0 * size } else { 2.5 * size };
    // A band of 1.5 em is a cut however wide the lines are spaced.
    ((0.6 * size).max(1.6 * line_gap).min(1.5 * size), vmin)
}

/// Text columns: a gutter with at least three rows on each side.
/// The band's gutters as such columns, and as wide columns of two rows or more
/// ([`wide_columns`]), from one vertical grouping.
fn band_columns(
    chunks: &[Chunk],
    items: &[usize],
    narrow: &Gutters,
) -> (Option<Gutters>, Option<Gutters>) {
    let (_, vmin) = cut_gaps(chunks, items);
    let groups = vertical_groups(chunks, items, vmin, narrow);
    let cols = (groups.len() > 1 && groups.iter().all(|g| baselines(chunks, g).len() >= 3))
        .then(|| gutters(chunks, &groups));
    let text = wide_columns(chunks, &groups).then(|| gutters(chunks, &groups));
    (cols, text)
}

/// Merge consecutive bands that are both split into columns by the same gutter: a white
/// band across two columns at the same height is a coincidence, not the end of the columns.
///
/// A band below two columns whose text stays clear of their gutter (the rest of the longer
/// column after the shorter one ended) belongs to them too; a band that crosses the gutter
/// (a full-width paragraph, a centred page number) ends them.
fn merge_column_bands(
    chunks: &[Chunk],
    bands: Vec<Vec<usize>>,
    narrow: &Gutters,
) -> Vec<Vec<usize>> {
    // (band, its columns, the gutters of its wide text columns)
    let mut out: Vec<(Vec<usize>, Option<Gutters>, Option<Gutters>)> = Vec::new();
    for (b, (cols, band_text)) in crossing_runs(chunks, bands, narrow) {
        if let Some((prev, prev_cols, text)) = out.last_mut() {
            let overlaps = |pg: &Gutters, g: &Gutters| {
                pg.iter().any(|a| g.iter().any(|b| a.0 < b.1 && b.0 < a.1))
            };
            let shared = cols.as_ref().is_some_and(|g| {
                prev_cols.as_ref().is_some_and(|pg| overlaps(pg, g))
                    || text.as_ref().is_some_and(|t| overlaps(t, g))
            });
            let rest = cols.is_none()
                && text.as_ref().is_some_and(|t| {
                    clear_of(chunks, &b, t)
                        && close_below(chunks, &side_above(chunks, prev, &b, t), &b)
                });
            // A short band with text on both sides of the columns' gutter and none across it:
            // the columns go on (two paragraphs that happen to end at one height).
            let through = cols.is_none()
                && prev_cols
                    .as_ref()
                    .is_some_and(|g| on_both_sides(chunks, &b, g) && close_below(chunks, prev, &b));
            if shared || rest || through {
                prev.extend(b);
                continue;
            }
        }
        out.push((b, cols, band_text));
    }
    out.into_iter().map(|(b, _, _)| b).collect()
}

/// The items of `region` on the side of `gutters` where `band` stands ([`clear_of`]): the
/// column a band below may be the rest of. All of them when either reaches across a gutter.
fn side_above(chunks: &[Chunk], region: &[usize], band: &[usize], gutters: &Gutters) -> Vec<usize> {
    let (Some(above), Some(below)) = (
        sides_of(chunks, region, gutters),
        sides_of(chunks, band, gutters),
    ) else {
        return region.to_vec();
    };
    below
        .iter()
        .position(|s| !s.is_empty())
        .and_then(|k| above.get(k).cloned())
        .unwrap_or_else(|| region.to_vec())
}

/// A band with its columns and the gutters of its wide text columns ([`band_columns`]).
type Band = (Vec<usize>, (Option<Gutters>, Option<Gutters>));

/// Runs of consecutive bands split into two columns at one gutter ([`band_columns`]) whose
/// paragraphs cross from one column to the other ([`paragraphs_cross`]) as one band: balanced
/// text columns whose paragraphs happen to end at one height here and there are read column
/// after column, not band by band. Every band comes with its columns and text columns.
fn crossing_runs(chunks: &[Chunk], bands: Vec<Vec<usize>>, narrow: &Gutters) -> Vec<Band> {
    let mut out: Vec<Band> = Vec::new();
    // The runs: (first band in `out`, the run's gutters)
    let mut run: Option<(usize, Gutters)> = None;
    let close_run = |out: &mut Vec<Band>, run: Option<(usize, Gutters)>| {
        let Some((start, gutters)) = run else { return };
        if out.len() - start < 2 || gutters.len() != 1 {
            return;
        }
        let items: Vec<usize> = out[start..].iter().flat_map(|b| b.0.clone()).collect();
        let Some(sides) = sides_of(chunks, &items, &gutters) else {
            return;
        };
        let (hmin, _) = cut_gaps(chunks, &items);
        if sides
            .windows(2)
            .any(|w| paragraphs_cross(chunks, &w[0], &w[1], hmin))
        {
            // Balanced columns end together: no band below is the rest of one of them.
            let (cols, _) = band_columns(chunks, &items, narrow);
            out.truncate(start);
            out.push((items, (cols, None)));
        }
    };
    for b in bands {
        let columns = band_columns(chunks, &b, narrow);
        let g = columns.0.clone().or_else(|| columns.1.clone());
        // A band of one row each side (two labels side by side) goes on with the run too.
        let goes_on = match (&run, &g) {
            (Some((_, rg)), Some(g)) => {
                rg.len() == g.len() && rg.iter().zip(g).all(|(a, b)| a.0 < b.1 && b.0 < a.1)
            }
            (Some((_, rg)), None) => on_both_sides(chunks, &b, rg),
            _ => false,
        };
        if !goes_on {
            close_run(&mut out, run.take());
            run = g.map(|g| (out.len(), g));
        }
        out.push((b, columns));
    }
    close_run(&mut out, run);
    out
}

/// The items of a region by the side of the gutters they stand on (left to right), or None
/// when one reaches across a gutter's middle.
fn sides_of(chunks: &[Chunk], items: &[usize], gutters: &Gutters) -> Option<Vec<Vec<usize>>> {
    let mids: Vec<f32> = gutters.iter().map(|&(l, r)| (l + r) / 2.0).collect();
    let mut sides = vec![Vec::new(); mids.len() + 1];
    for &i in items {
        let c = chunks.get(i)?;
        if mids.iter().any(|&m| c.x0 < m && c.x1 > m) {
            return None;
        }
        sides[mids.iter().filter(|&&m| c.x0 >= m).count()].push(i);
    }
    Some(sides)
}

/// Whether a paragraph of one side runs on across the height where a paragraph of the other
/// side starts (a start below its first line and above its last): columns of text, each in
/// its own rhythm. The cells of a table's row start together and end before the next row
/// starts, so no cell runs across another column's start (a column of labels under a heading
/// may seem to, and so may rows a little apart: the paragraph must hold two lines of 8 em or
/// more, each at the line pitch below the one before). Paragraphs are the groups between
/// white bands of `min_gap` ([`horizontal_groups`]); both sides must carry running text
/// ([`carries_text`]).
fn paragraphs_cross(chunks: &[Chunk], a: &[usize], b: &[usize], min_gap: f32) -> bool {
    if !carries_text(chunks, a) || !carries_text(chunks, b) {
        return false;
    }
    // The line pitch of both sides; each paragraph's baselines, and whether it is running
    // text: two of its lines 8 em wide or more, all at the pitch (not cells a row apart).
    let (_, pitch) = group_baselines(chunks, &[a.to_vec(), b.to_vec()]);
    let paragraphs = |items: &[usize]| -> Vec<(Vec<(f32, f32)>, bool)> {
        horizontal_groups(chunks, items, min_gap)
            .iter()
            .map(|g| {
                let rows = baselines(chunks, g);
                let text = wide_lines(chunks, g).0 >= 2
                    && rows.windows(2).all(|w| step(w[0], w[1]) <= 1.15 * pitch);
                (rows, text)
            })
            .collect()
    };
    let (pa, pb) = (paragraphs(a), paragraphs(b));
    // A paragraph of running text (two wide lines: not a column of labels beside their
    // values under a heading) across a start of the other side.
    let across = |ps: &[(Vec<(f32, f32)>, bool)], others: &[(Vec<(f32, f32)>, bool)]| {
        ps.iter().any(|(p, text)| {
            let (true, Some(&(y0, _)), Some(&(y1, _))) = (*text, p.first(), p.last()) else {
                return false;
            };
            others
                .iter()
                .filter_map(|o| o.0.first())
                .any(|&(y, s)| y > y0 + 0.3 * s && y < y1 - 0.3 * s)
        })
    };
    across(&pa, &pb) || across(&pb, &pa)
}

/// Whether vertical groups are columns of text: two or more, each with two lines or more
/// and at least a quarter of their total width (a list of page numbers, the labels of a form
/// or the symbols of a glossary are narrow, and are not columns of text). Such columns at the
/// top of a band may continue below it after the shorter one ends (see
/// [`merge_column_bands`]).
fn wide_columns(chunks: &[Chunk], groups: &[Vec<usize>]) -> bool {
    let extent = |g: &Vec<usize>| region_x(chunks, g);
    let (x0, _) = groups.first().map(extent).unwrap_or((0.0, 0.0));
    let (_, x1) = groups.last().map(extent).unwrap_or((0.0, 0.0));
    groups.len() > 1
        && groups.iter().all(|g| {
            let (a, b) = extent(g);
            baselines(chunks, g).len() >= 2 && (b - a) * 4.0 >= x1 - x0
        })
}

/// Whether a band starts within a paragraph gap (three lines) of the region above it: a page
/// number or a note far below the columns is not the rest of a column.
fn close_below(chunks: &[Chunk], above: &[usize], band: &[usize]) -> bool {
    region_y(chunks, band).0 - region_y(chunks, above).1 <= 3.0 * median_size(chunks, above)
}

/// Whether a band stands in one column only: every chunk on the same side of each gutter's
/// middle (a table row or a full-width line below the columns has chunks on both sides or
/// across). Measured on the top band only, the gutter may be wider than the columns' widest
/// lines below: staying off its middle is what counts ([`sides_of`]).
fn clear_of(chunks: &[Chunk], items: &[usize], gutters: &Gutters) -> bool {
    sides_of(chunks, items, gutters)
        .is_some_and(|s| s.iter().filter(|x| !x.is_empty()).count() == 1)
}

/// Where the paragraphs of a region start (the top of each group of [`horizontal_groups`]
/// after the first) and the size of their text.
fn paragraph_starts(chunks: &[Chunk], items: &[usize], min_gap: f32) -> Vec<(f32, f32)> {
    horizontal_groups(chunks, items, min_gap)
        .iter()
        .skip(1)
        .filter_map(|g| {
            members(chunks, g)
                .min_by(|a, b| a.top.total_cmp(&b.top))
                .map(|c| (c.top, c.size))
        })
        .collect()
}

/// Whether a side carries running text: at least three of its lines, and a third of them,
/// are wide lines of text ([`wide_lines`]). A column of list numbers or of a form's labels
/// does not, nor do a table's rows; a column of text does, whatever headings or short lines
/// it also holds.
fn carries_text(chunks: &[Chunk], items: &[usize]) -> bool {
    let (wide, rows) = wide_lines(chunks, items);
    wide >= 3 && wide * 3 >= rows
}

/// How many of a region's lines are 8 em wide or more (from the first chunk's start to the
/// last chunk's end on one baseline) and mostly ink (their chunks cover 60 % of that: a
/// row of table cells, "Malmö   362 133   +4,1", is mostly the white between its cells), and
/// how many lines it has.
fn wide_lines(chunks: &[Chunk], items: &[usize]) -> (usize, usize) {
    let rows = baselines(chunks, items);
    let wide = rows
        .iter()
        .filter(|&&b| {
            let (x0, x1) = x_extent(on_baseline(chunks, items, b));
            let ink: f32 = on_baseline(chunks, items, b).map(|c| c.x1 - c.x0).sum();
            x1 - x0 >= 8.0 * b.1.max(1.0) && ink >= 0.6 * (x1 - x0)
        })
        .count();
    (wide, rows.len())
}

/// Where two columns of running text stand side by side though their lines share one grid
/// (balanced columns of one style, whose baselines line up as a table's cells do): the split
/// of the vertical groups into a left and a right side such that both sides carry text
/// ([`carries_text`]) and their paragraphs start at different heights. A table's rows start
/// together, so every paragraph start of its side with the fewest (a cell's first line)
/// stands beside one of the other side; of two text columns at most half of them do. Sides
/// whose paragraphs cross ([`paragraphs_cross`]) are text columns even where most starts
/// stand side by side and the cells seem aligned (`cells`: [`cells_aligned`]), when they are
/// two groups (a table of several columns holds wide rows on either side of any split).
/// Returns the number of groups on the left.
fn text_columns_on_one_grid(
    chunks: &[Chunk],
    groups: &[Vec<usize>],
    min_gap: f32,
    cells: bool,
) -> Option<usize> {
    (1..groups.len()).find(|&k| {
        let left: Vec<usize> = groups[..k].iter().flatten().copied().collect();
        let right: Vec<usize> = groups[k..].iter().flatten().copied().collect();
        let text = groups.len() == 2 || groups.iter().all(|g| carries_text(chunks, g));
        if text && paragraphs_cross(chunks, &groups[k - 1], &groups[k], min_gap) {
            return true;
        }
        if cells || !carries_text(chunks, &left) || !carries_text(chunks, &right) {
            return false;
        }
        let (a, b) = (
            paragraph_starts(chunks, &left, min_gap),
            paragraph_starts(chunks, &right, min_gap),
        );
        let (few, many) = if a.len() <= b.len() {
            (&a, &b)
        } else {
            (&b, &a)
        };
        let beside = few.iter().filter(|&&b| on_a_row(many, b)).count();
        few.len() >= 2 && beside * 2 <= few.len()
    })
}

/// Whether a band holds text on both sides of each gutter and none across one (every chunk
/// off the gutters' middles, [`sides_of`]).
fn on_both_sides(chunks: &[Chunk], items: &[usize], gutters: &Gutters) -> bool {
    !gutters.is_empty()
        && sides_of(chunks, items, gutters).is_some_and(|s| {
            s.first().is_some_and(|x| !x.is_empty()) && s.last().is_some_and(|x| !x.is_empty())
        })
}

/// Columns of running text set closer than the em that makes a gutter by itself (a gutter
/// of about an em, narrowed by the glyphs that hang into it), whose lines do not share
/// baselines, so that no row holds both ([`narrow_gutters`] finds none): a white band of
/// [`GUTTER_GAP`] of `vmin` or more from top to bottom of the region, with five lines or more
/// of running text ([`carries_text`]) on every side. A river of word gaps does not run so far.
fn close_columns(chunks: &[Chunk], items: &[usize], vmin: f32) -> Option<Vec<Vec<usize>>> {
    let groups = vertical_groups(chunks, items, GUTTER_GAP * vmin, &Vec::new());
    (groups.len() > 1
        && groups
            .iter()
            .all(|g| baselines(chunks, g).len() >= 5 && carries_text(chunks, g)))
    .then_some(groups)
}

/// Recursive XY-cut; returns the leaves (blocks) in reading order. `narrow`: the page's
/// column gutters narrower than an em ([`narrow_gutters`]) and `ruled`, those with a rule
/// drawn down them ([`ruled_gutters`]): the groups either side of a rule are columns.
fn xy_cut(chunks: &[Chunk], narrow: &Gutters, ruled: &Gutters) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let all: Vec<usize> = (0..chunks.len()).collect();
    if all.is_empty() {
        return out;
    }
    // Too many chunks for recursive cutting: plain top-to-bottom order.
    if chunks.len() > 5_000 {
        return horizontal_groups(chunks, &all, 0.0);
    }
    // The page's text size (median glyph size), for the margin headings' test.
    let page_size = median(
        chunks
            .iter()
            .flat_map(|c| c.glyphs.iter().map(|g| g.size))
            .collect(),
    );
    // Regions to cut, with whether the region is a block as it is (a row of a borderless
    // table on one baseline: its cells are one line, not cut apart).
    let mut stack: Vec<(Vec<usize>, bool)> = vec![(all, false)];
    while let Some((items, leaf)) = stack.pop() {
        if leaf || items.len() <= 1 {
            out.push(items);
            continue;
        }
        let (hmin, vmin) = cut_gaps(chunks, &items);
        let hgroups = horizontal_groups(chunks, &items, hmin);
        let vgroups = vertical_groups(chunks, &items, vmin, narrow);
        let vgroups = if vgroups.len() == 1 {
            close_columns(chunks, &items, vmin).unwrap_or(vgroups)
        } else {
            vgroups
        };
        // Rows of a label/value table: cells on shared baselines, white bands between
        // short rows. Otherwise a gutter means columns.
        let cells = vgroups.len() > 1 && cells_aligned(chunks, &vgroups);
        // Two columns of running text whose lines share one grid are columns, not rows; so
        // are two groups with a rule drawn between them, whatever rows they share.
        let rule_between = || {
            (1..vgroups.len()).find(|&k| {
                let (l, r) = (
                    region_x(chunks, &vgroups[k - 1]).1,
                    region_x(chunks, &vgroups[k]).0,
                );
                ruled.iter().any(|&(a, b)| l <= a + 0.5 && r >= b - 0.5)
            })
        };
        if let Some(k) =
            rule_between().or_else(|| text_columns_on_one_grid(chunks, &vgroups, hmin, cells))
        {
            let right: Vec<usize> = vgroups[k..].iter().flatten().copied().collect();
            let left: Vec<usize> = vgroups[..k].iter().flatten().copied().collect();
            stack.push((right, false));
            stack.push((left, false));
            continue;
        }
        let table_rows = (cells || hgroups.len() > 1)
            && table_like(chunks, &vgroups)
            && {
                let rows: usize = hgroups.iter().map(|g| baselines(chunks, g).len()).sum();
                cells || rows <= 4 * hgroups.len()
            }
            && !short_column_beside_long(chunks, &hgroups, &vgroups);
        let (rows, shared) = if table_rows {
            (table_row_slices(chunks, &vgroups), false)
        } else {
            let labels = if vgroups.len() == 2 {
                label_rows(chunks, &vgroups)
            } else {
                Vec::new()
            };
            if labels.len() > 1 {
                (labels, false)
            } else {
                (shared_rows(chunks, &vgroups), true)
            }
        };
        let shared_rows_cut = shared && rows.len() > 1;
        let parts = if vgroups.len() > 1 && !table_rows && rows.len() <= 1 {
            margin_heads(chunks, &vgroups, page_size).unwrap_or(vgroups)
        } else if rows.len() > 1 {
            rows
        } else if hgroups.len() > 1 {
            let merged = merge_column_bands(chunks, hgroups, narrow);
            if merged.len() == 1 {
                // The bands were all one set of columns: cut at the gutters.
                vgroups
            } else {
                merged
            }
        } else {
            out.push(items);
            continue;
        };
        if parts.len() <= 1 {
            out.push(items);
            continue;
        }
        for p in parts.into_iter().rev() {
            let leaf = shared_rows_cut && baselines(chunks, &p).len() == 1;
            stack.push((p, leaf));
        }
    }
    out
}
