//! Where a word processor would break the pages of a document that does not say where its
//! pages end (a .doc, a .docx written by a program rather than by Word, an .odt without
//! LibreOffice's soft page breaks): the text is laid out as a word processor lays it out,
//! from the file's own properties — page size and margins of each section, and per
//! paragraph its font size, average character width (from the font's family), line
//! spacing, spacing before and after, and indent — so that a long document gets pages of
//! about the size its reader sees, and page numbers near the reader's.
//!
//! The estimate is line by line: a paragraph is wrapped word by word at the text width, a
//! page ends when the next line does not fit, and a paragraph that does not fit is split at
//! the line where the page ends; as word processors do by default, a heading stays with the
//! lines after it, a paragraph leaves no single line behind or ahead (widow and orphan
//! control), a table row breaks where the page ends unless the file keeps it together, a
//! section of N columns holds N column-wide lines in the height of one, and footnotes take
//! their room at the foot of the page.

use crate::model::Line;

/// One inch in points.
const INCH: f32 = 72.0;

/// A page that a layout estimate finds fuller than this share of its text area did not end
/// where the file says (see `office::Pages::breaks_fit`) …
pub const OVERFULL: f32 = 1.3;
/// … nor did a page ended by a rendered break that is less full than this. The estimate
/// itself is off by up to a quarter (a real Word file's pages measure 1.0–1.32), so it takes
/// two pages so and more than a quarter of them, or one page fuller than `FAR_OVERFULL`
/// (real Word files' pages measure 0.66–1.05 with their own breaks).
pub const UNDERFULL: f32 = 0.5;
pub const FAR_OVERFULL: f32 = 1.4;

/// Word's page when a file gives none (width, height, top, bottom, left, right): Letter
/// with 1" top and bottom and 1.25" side margins.
pub const WORD_PAGE: [f32; 6] = [612.0, 792.0, 72.0, 72.0, 90.0, 90.0];

/// The page of a section, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
    /// Columns of text (1: one) and the gap between them: a page of N columns holds N
    /// times the lines of a column, each the column's width.
    pub columns: u8,
    pub gap: f32,
    /// The pitch of the section's line grid in points (0: none): each line takes a whole
    /// number of grid lines (Word's `w:docGrid` of a type but "default", LibreOffice's
    /// `style:layout-grid-mode` "line" or "both").
    pub pitch: f32,
}

impl Default for Geometry {
    /// A4 with 2.5 cm margins, when a file says nothing.
    fn default() -> Self {
        let cm = INCH / 2.54;
        Geometry {
            width: 21.0 * cm,
            height: 29.7 * cm,
            top: 2.5 * cm,
            bottom: 2.5 * cm,
            left: 2.5 * cm,
            right: 2.5 * cm,
            columns: 1,
            gap: 0.0,
            pitch: 0.0,
        }
    }
}

impl Geometry {
    /// Height of the text area (at least an inch, whatever the file says).
    pub fn body_height(&self) -> f32 {
        (self.height - self.top.abs() - self.bottom.abs()).max(INCH)
    }

    /// Width of the text area, of one column of it (at least an inch).
    pub fn body_width(&self) -> f32 {
        let n = f32::from(self.columns.max(1));
        ((self.width - self.left - self.right - (n - 1.0) * self.gap) / n).max(INCH)
    }

    /// The share of the page's height a line of a column takes up: the page holds the
    /// lines of all its columns.
    pub fn share(&self) -> f32 {
        1.0 / f32::from(self.columns.max(1))
    }

    /// This geometry set in `columns` columns `gap` apart (a count the file does not give,
    /// or gives as 0, is one column).
    pub fn in_columns(self, columns: Option<u32>, gap: Option<f32>) -> Geometry {
        Geometry {
            columns: columns.unwrap_or(1).clamp(1, 12) as u8,
            gap: gap.unwrap_or(self.gap).max(0.0),
            ..self
        }
    }

    /// This geometry with the values a file gives (`None`: keep).
    pub fn with(self, given: [Option<f32>; 6]) -> Geometry {
        let [width, height, top, bottom, left, right] = given;
        Geometry {
            width: width.unwrap_or(self.width),
            height: height.unwrap_or(self.height),
            top: top.unwrap_or(self.top),
            bottom: bottom.unwrap_or(self.bottom),
            left: left.unwrap_or(self.left),
            right: right.unwrap_or(self.right),
            ..self
        }
    }
}

/// A length as OpenDocument and CSS write it ("2cm", "0.5in", "12pt", "4mm", "1pc") in
/// points; `None` for other units (percentages) and for what is not a length.
pub fn length(v: &str) -> Option<f32> {
    let v = v.trim();
    let split = v
        .find(|c: char| c.is_ascii_alphabetic() || c == '%')
        .unwrap_or(v.len());
    let n: f32 = v[..split].trim().parse().ok()?;
    let factor = match &v[split..] {
        "pt" => 1.0,
        "cm" => INCH / 2.54,
        "mm" => INCH / 25.4,
        "in" | "inch" => INCH,
        "pc" => 12.0,
        "px" => 0.75,
        _ => return None,
    };
    Some(n * factor)
}

/// How a paragraph is set, as far as its height depends on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Font size in points (the paragraph's own, not the size a heading is given in the
    /// extracted lines).
    pub size: f32,
    /// The font's widths and line height (see [`face_of_font`]).
    pub face: Face,
    /// Space before and after the paragraph, in points.
    pub before: f32,
    pub after: f32,
    /// Line spacing as a multiple of single spacing, or an exact line height in points.
    pub line: Spacing,
    /// Left plus right indent, in points.
    pub indent: f32,
    /// A heading: kept on the page of the lines after it.
    pub keep_with_next: bool,
    /// Contextual spacing: the key of the paragraph's style ([`style_key`]) when no space is
    /// added between it and a paragraph of the same style (`w:contextualSpacing`,
    /// `style:contextual-spacing`, `\contextualspace`).
    pub contextual: Option<u32>,
}

/// A paragraph style's name as the key [`Metrics::contextual`] compares.
pub fn style_key(name: &str) -> u32 {
    name.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// What a style says about how its paragraphs are set, each `None` where it says nothing
/// (so that a style inherits it): spacing before and after, line spacing, indents (left
/// plus right), font family, "keep with next", contextual spacing.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Setting {
    pub before: Option<f32>,
    pub after: Option<f32>,
    pub line: Option<Spacing>,
    pub indent: Option<f32>,
    pub font: Option<String>,
    pub keep_next: Option<bool>,
    pub contextual: Option<bool>,
}

impl Setting {
    /// This setting, with what it leaves open taken from `other` (a parent style, the
    /// document's defaults).
    pub fn or(&self, other: &Setting) -> Setting {
        Setting {
            before: self.before.or(other.before),
            after: self.after.or(other.after),
            line: self.line.or(other.line),
            indent: self.indent.or(other.indent),
            font: self.font.clone().or_else(|| other.font.clone()),
            keep_next: self.keep_next.or(other.keep_next),
            contextual: self.contextual.or(other.contextual),
        }
    }

    /// The metrics of a paragraph of this setting in `size` points (a heading is kept with
    /// the next paragraph unless its setting says otherwise), of the paragraph style named
    /// `style` (for contextual spacing).
    pub fn metrics(&self, size: f32, heading: bool, style: &str) -> Metrics {
        Metrics {
            size,
            face: self.font.as_deref().map_or(DEFAULT_FACE, face_of_font),
            before: self.before.unwrap_or(0.0),
            after: self.after.unwrap_or(0.0),
            line: self.line.unwrap_or(Spacing::Multiple(1.0)),
            indent: self.indent.unwrap_or(0.0),
            keep_with_next: self.keep_next.unwrap_or(heading),
            contextual: (self.contextual == Some(true)).then(|| style_key(style)),
        }
    }
}

/// Line spacing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Spacing {
    /// A multiple of the font's single line height (1.0 single, 1.5, 2.0 double).
    Multiple(f32),
    /// A line height in points (exactly, or at least when the font is smaller).
    Points(f32),
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            size: super::office::BODY_SIZE,
            face: DEFAULT_FACE,
            before: 0.0,
            after: 0.0,
            line: Spacing::Multiple(1.0),
            indent: 0.0,
            keep_with_next: false,
            contextual: None,
        }
    }
}

/// What the layout needs of a font, in ems: the average width of a letter of running
/// Swedish text (spaces apart), the width of a space, and the single line height (ascent +
/// descent + line gap, as Word sets single spacing). Measured on the metric twins that set a
/// document in the same room as the fonts it names (Liberation Serif for Times New Roman,
/// Liberation Sans for Arial, Carlito for Calibri, Caladea for Cambria) with the generator
/// text of tests/data/word/blind (tests/data/word/font_metrics.py).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Face {
    pub em: f32,
    pub space: f32,
    pub single: f32,
}

/// A font the file does not name or this table does not know.
pub const DEFAULT_FACE: Face = Face {
    em: 0.48,
    space: 0.26,
    single: 1.16,
};

/// The face of a font family by its name: Times and its twins, Cambria, Calibri, Arial and
/// its twins, the wide sans faces (Verdana, DejaVu), monospaced faces, other serif faces.
pub fn face_of_font(family: &str) -> Face {
    let f = family.to_lowercase();
    let face = |em, space, single| Face { em, space, single };
    // Names (parts of a family's name) of each kind, a word that rules the kind out, its
    // face; the first kind that matches.
    let kinds = [
        ("mono|courier|consol|menlo", "", face(0.6, 0.6, 1.13)),
        ("calibri|carlito|aptos|candara|corbel", "", face(0.444, 0.226, 1.22)),
        ("cambria|caladea", "", face(0.449, 0.22, 1.17)),
        ("verdana|tahoma|dejavu|segoe|bitstream vera", "", face(0.55, 0.32, 1.164)),
        ("times|liberation serif|nimbus roman|tinos", "", face(0.433, 0.25, 1.15)),
        (
            "serif|roman|georgia|garamond|palatino|book antiqua|constantia|minion|baskerville|charter",
            "sans",
            face(0.45, 0.25, 1.15),
        ),
        ("arial|helvetica|sans|gill|frutiger|univers|arimo", "", face(0.475, 0.278, 1.15)),
    ];
    kinds
        .into_iter()
        .find(|(names, not, _)| {
            names.split('|').any(|n| f.contains(n)) && (not.is_empty() || !f.contains(not))
        })
        .map_or(DEFAULT_FACE, |k| k.2)
}

impl Metrics {
    /// The height of one line.
    pub fn line_height(&self) -> f32 {
        let single = self.size * self.face.single;
        match self.line {
            Spacing::Multiple(m) => single * m.clamp(0.5, 5.0),
            Spacing::Points(p) => p.max(1.0),
        }
    }

    /// The height of `text` wrapped at `width` points (see [`Metrics::wrap`]).
    pub fn height(&self, text: &str, width: f32) -> f32 {
        self.wrap(text, width).len() as f32 * self.line_height()
    }

    /// Byte offsets where each line of `text` starts when it is wrapped word by word at
    /// `width` points (at least one line; a word longer than a line is a line of its own).
    pub fn wrap(&self, text: &str, width: f32) -> Vec<usize> {
        let width = (width - self.indent).max(self.size * 4.0);
        let letter = self.face.em * self.size;
        let space = self.face.space * self.size;
        let mut starts = vec![0];
        let mut x = 0.0f32;
        let mut at = 0usize;
        for word in text.split(' ') {
            let w = word.chars().count() as f32 * letter;
            if x > 0.0 && x + space + w > width {
                starts.push(at);
                x = w;
            } else if x > 0.0 {
                x += space + w;
            } else {
                x = w;
            }
            at += word.len() + 1;
        }
        starts
    }
}

/// The vertical flow of one page after another: how much of the current page is used.
#[derive(Debug, Clone, Default)]
pub struct Flow {
    pub geometry: Geometry,
    /// Height used on the current page by the text, and by its footnotes.
    pub used: f32,
    pub notes: f32,
    /// The metrics of the paragraph being set.
    pub para: Metrics,
    /// The widths of the columns of the table being set, in points, when the file gives
    /// them (empty: equal columns).
    pub grid: Vec<f32>,
    /// Left plus right inner margin of its cells, when the file gives it (`None`: Word's).
    pub margins: Option<f32>,
    /// The height of the header rows of the table being set, which a word processor
    /// repeats at the top of every page the table runs onto (at most half a page).
    pub header: f32,
    /// The paragraph before, when it was the last thing set on this page: its contextual
    /// spacing key and the room used before its space after.
    prev: (Option<u32>, f32),
}

/// Left plus right inner margin of a table cell (Word's 0.19 cm a side).
const CELL_MARGINS: f32 = 10.8;

/// What to do with a line of a paragraph: keep it on this page, or keep its first part
/// (up to a byte offset) and carry the rest to the next page, or start a new page and ask
/// again.
#[derive(Debug, PartialEq)]
pub enum Fit {
    Whole,
    Split(usize),
    NextPage,
}

impl Flow {
    pub fn new(geometry: Geometry) -> Flow {
        Flow {
            geometry,
            ..Flow::default()
        }
    }

    /// The room left on the page.
    pub fn room(&self) -> f32 {
        self.geometry.body_height() - self.used - self.notes
    }

    /// A new page begins.
    pub fn new_page(&mut self) {
        self.used = self.header;
        self.notes = 0.0;
        self.prev = (None, 0.0);
    }

    /// Nothing but a table's repeated header rows is on the page yet.
    pub fn at_top(&self) -> bool {
        self.used <= self.header
    }

    /// Space before a paragraph (none at the top of a page, and none, nor the space after
    /// the paragraph before, between paragraphs of one style with contextual spacing).
    pub fn before(&mut self) {
        let (key, used) = std::mem::take(&mut self.prev);
        if key.is_some() && key == self.para.contextual {
            self.used = used;
        } else if !self.at_top() {
            self.space(self.para.before);
        }
    }

    /// Space after a paragraph.
    pub fn after(&mut self) {
        self.prev = (self.para.contextual, self.used);
        self.space(self.para.after);
    }

    /// Space between paragraphs; on a line grid the next line starts on a grid line.
    fn space(&mut self, points: f32) {
        let (share, pitch) = (self.geometry.share(), self.geometry.pitch);
        self.used += points * share;
        if pitch >= 1.0 {
            self.used = (self.used / (pitch * share) - 0.01).ceil() * pitch * share;
        }
    }

    /// Where the line `text` of the current paragraph goes, set `width` wide; the room it
    /// takes is counted.
    pub fn place(&mut self, text: &str, width: f32) -> Fit {
        let m = self.para;
        let lh = m.line_height() * self.geometry.share();
        let starts = m.wrap(text, width);
        let n = starts.len();
        // A heading needs room for itself and two lines of what follows.
        let need = if m.keep_with_next {
            n as f32 * lh + 2.0 * Metrics::default().line_height() * self.geometry.share()
        } else {
            n as f32 * lh
        };
        if need <= self.room() || (self.at_top() && n == 1) {
            self.used += n as f32 * lh;
            return Fit::Whole;
        }
        if m.keep_with_next && !self.at_top() {
            return Fit::NextPage;
        }
        let mut fit = (self.room() / lh).floor().max(0.0) as usize;
        // No orphan (one line left alone at the foot) and no widow (one carried over).
        if fit + 1 == n && fit > 1 {
            fit -= 1;
        }
        if fit >= n {
            self.used += n as f32 * lh;
            return Fit::Whole;
        }
        if fit < 2.min(n) {
            if !self.at_top() {
                return Fit::NextPage;
            }
            // A page too short for two lines: one line a page.
            fit = 1;
        }
        self.used += fit as f32 * lh;
        Fit::Split(starts[fit])
    }

    /// Count the room of the line `text` of the current paragraph, `width` wide, wherever
    /// it falls (measuring a page whose end the file gives).
    pub fn add(&mut self, text: &str, width: f32) {
        self.used += self.para.height(text, width) * self.geometry.share();
    }

    /// How full the current page is, as a share of its text area.
    pub fn fill(&self) -> f32 {
        (self.used + self.notes) / self.geometry.body_height()
    }

    /// A footnote at the foot of this page.
    pub fn note(&mut self, text: &str) {
        let m = Metrics {
            size: super::office::NOTE_SIZE,
            ..Metrics::default()
        };
        self.notes += m.height(text, self.geometry.body_width()) * self.geometry.share();
    }

    /// The text width of each column of a row whose cells hold `cells` (column, text,
    /// metrics of each of their lines): from the table's grid where the file gives it (a
    /// cell spans the grid's columns up to the next cell's), else equal columns; less the
    /// cells' inner margins.
    pub fn cell_widths(&self, cells: &[(usize, String, Metrics)]) -> Vec<f32> {
        let columns = cells.iter().map(|c| c.0 + 1).max().unwrap_or(1);
        let margins = self.margins.unwrap_or(CELL_MARGINS);
        if self.grid.len() < columns {
            let w = self.geometry.body_width() / columns as f32 - margins;
            return vec![w; columns];
        }
        (0..columns)
            .map(|c| {
                let end = cells
                    .iter()
                    .map(|l| l.0)
                    .filter(|&n| n > c)
                    .min()
                    .unwrap_or(self.grid.len());
                (self.grid[c..end].iter().sum::<f32>() - margins).max(self.para.size * 2.0)
            })
            .collect()
    }

    /// The height of a table row whose cells hold `cells` (see [`Flow::cell_widths`]); with
    /// `head`, of the first two lines of each cell alone (see [`Flow::row`]).
    pub fn row_height(&self, cells: &[(usize, String, Metrics)], head: bool) -> f32 {
        let widths = self.cell_widths(cells);
        let mut heights = vec![0.0f32; widths.len()];
        for (col, text, m) in cells {
            let Some(slot) = heights.get_mut(*col) else {
                continue;
            };
            if !head {
                *slot += m.height(text, widths[*col]) + m.after;
            } else if *slot == 0.0 && !text.trim().is_empty() {
                *slot = m.wrap(text, widths[*col]).len().min(2) as f32 * m.line_height();
            }
        }
        (heights.into_iter().fold(0.0, f32::max) + 4.0) * self.geometry.share()
    }

    /// Where a table row of `height` goes: on this page; or, as word processors break a row
    /// that may break (`head` the height of its first two lines in each cell; `None`, a row
    /// kept whole), split where the page ends when its head fits here (so every cell starts
    /// on this page: the structure stage reads a row by its first lines,
    /// tests/it/structure_plan_producers.rs); else whole on the next page, or split there
    /// if it is taller than a page.
    pub fn row(&mut self, height: f32, head: Option<f32>) -> Row {
        self.prev = (None, 0.0);
        if height <= self.room() || (self.at_top() && height <= self.geometry.body_height()) {
            self.used += height;
            Row::Here
        } else if height > self.geometry.body_height() || head.is_some_and(|h| h <= self.room()) {
            Row::Split
        } else {
            Row::NextPage
        }
    }

    /// How many of the `lines` wrapped lines of a cell's line in `m` fit in `room` more
    /// points of a row's cell (all of them, or a part that leaves two behind).
    pub fn lines_fitting(&self, m: &Metrics, lines: usize, room: f32) -> usize {
        let lh = m.line_height() * self.geometry.share();
        let fit = (room / lh).floor().max(0.0) as usize;
        if fit >= lines {
            lines
        } else {
            fit.min(lines.saturating_sub(1))
        }
    }
}

/// Where a table row goes (see [`Flow::row`]).
#[derive(Debug, PartialEq)]
pub enum Row {
    Here,
    NextPage,
    Split,
}

/// A line split at byte `at`: the first part stays, the second (returned) goes on.
pub fn split_line(line: &mut Line, at: usize) -> Line {
    let at = at.min(line.text.len());
    let rest = line.text[at..].trim_start().to_string();
    line.text.truncate(at);
    let keep = line.text.trim_end().len();
    line.text.truncate(keep);
    Line {
        text: rest,
        ..line.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_the_text_width_and_keeps_long_words_whole() {
        let m = Metrics {
            size: 10.0,
            face: Face {
                em: 0.5,
                space: 0.26,
                single: 1.16,
            },
            ..Metrics::default()
        };
        // 5 pt a letter, 2.6 pt a space: "aaaa bbbb" is 42.6 pt.
        assert_eq!(m.wrap("aaaa bbbb cccc", 45.0), vec![0, 10]);
        assert_eq!(m.wrap("aaaaaaaaaaaaaaaaaaaa b", 45.0), vec![0, 21]);
        assert_eq!(m.wrap("", 45.0), vec![0]);
    }

    #[test]
    fn a_paragraph_is_split_where_the_page_ends_without_widows_or_orphans() {
        let g = Geometry {
            height: 100.0,
            top: 0.0,
            bottom: 0.0,
            ..Geometry::default()
        };
        let mut f = Flow::new(g);
        f.para = Metrics {
            size: 10.0,
            line: Spacing::Points(20.0),
            ..Metrics::default()
        };
        // 5 lines of 20 pt fill the page.
        let word = "ord ".repeat(200);
        let line = word.trim();
        f.used = 30.0;
        let w = g.body_width();
        match f.place(line, w) {
            Fit::Split(at) => assert!(at > 0 && at < line.len()),
            other => panic!("{other:?}"),
        }
        assert!(f.used <= 100.0);
        // One line of room: the paragraph goes to the next page (no orphan), which it fills.
        f.used = 75.0;
        assert_eq!(f.place(line, w), Fit::NextPage);
        f.new_page();
        assert_eq!(
            f.place(line, w),
            Fit::Split(f.para.wrap(line, g.body_width())[5])
        );
    }

    #[test]
    fn a_page_of_two_columns_holds_twice_the_lines_of_one_column_width() {
        let one = Geometry::default();
        let two = one.in_columns(Some(2), Some(36.0));
        assert_eq!(two.body_width(), (one.body_width() - 36.0) / 2.0);
        let line = "ord ".repeat(2000);
        let mut pages = [one, two].map(|g| {
            let mut f = Flow::new(g);
            let Fit::Split(at) = f.place(line.trim(), g.body_width()) else {
                panic!("a page cannot hold it")
            };
            f.para.wrap(&line[..at], g.body_width()).len()
        });
        pages[0] *= 2;
        assert!(pages[0].abs_diff(pages[1]) <= 2, "{pages:?}");
    }

    #[test]
    fn lengths_in_their_units() {
        assert_eq!(length("12pt"), Some(12.0));
        assert_eq!(length("1in"), Some(72.0));
        assert!((length("2.54cm").unwrap() - 72.0).abs() < 0.01);
        assert_eq!(length("115%"), None);
        assert_eq!(length("cm"), None);
    }

    #[test]
    fn serif_faces_are_narrower_than_sans_faces() {
        let em = |f: &str| face_of_font(f).em;
        assert!(em("Times New Roman") < em("Arial"));
        assert!(em("Liberation Serif") < em("Liberation Sans"));
        assert!(em("DejaVu Serif") > em("Arial"));
        assert_eq!(em("Courier New"), 0.6);
        assert_eq!(face_of_font("Okänd"), DEFAULT_FACE);
        // Calibri's lines are taller than Times's.
        assert!(face_of_font("Calibri").single > face_of_font("Times New Roman").single);
    }
}
