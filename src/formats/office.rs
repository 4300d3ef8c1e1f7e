//! What the word-processor readers (.docx, .odt, .doc, .rtf) share. Each turns its format into
//! the same model, laid out here by [`Pages`] the way the HTML reader lays out a page: a
//! paragraph is a block and a line break a new line of it; a heading is bold and sized by its
//! level; a list item has its number as text ("1.", "2.3", "a)", bullets "•"); a table row is
//! a block, its cells' paragraphs lines at the cell's column `x`, all on the row's `y` (as a
//! PDF table's cells stand on one line); a footnote is marked "[1]" in the text and set at
//! the foot of its page, an endnote "[i]" at the end; text boxes follow the paragraph that
//! anchors them; headers and footers are the first page's running text, page numbers left
//! out; the title is the metadata's unless it is junk, else the first heading. Pages break
//! where the file says (explicit breaks, and where the word processor's own layout broke
//! them when it recorded that) and elsewhere where the estimate ([`super::layout`]) puts them.
//! Also here: reading members of a zip package with a size limit, XML helpers that go by
//! local names (strict and transitional namespaces read alike), and the [`Body`] trait by
//! which the XML readers get paragraphs and table rows assembled the same way.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::mem::take;

use roxmltree::Node;

use crate::model::{ExtractedDoc, Line, Page};
use crate::pdf::labels::{letters, roman};
use crate::text::{nfc, squash_ws};

use super::layout::{
    split_line, Fit, Flow, Geometry, Metrics, Row, Spacing, FAR_OVERFULL, OVERFULL, UNDERFULL,
};
use super::{text_page, FormatError};

/// Largest uncompressed member read from a package: far above any real document part, and a
/// bound against zip bombs (a member that claims a small size and inflates without end).
pub const MAX_MEMBER_BYTES: u64 = 256 << 20;

/// All of `r` (a package member or container stream called `what`), at most
/// [`MAX_MEMBER_BYTES`]; `bad` makes the error.
pub fn read_limited(
    r: impl Read,
    what: &str,
    bad: impl Fn(String) -> FormatError,
) -> Result<Vec<u8>, FormatError> {
    let mut buf = Vec::new();
    r.take(MAX_MEMBER_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| bad(format!("cannot read {what} ({e})")))?;
    if buf.len() as u64 > MAX_MEMBER_BYTES {
        return Err(bad(format!(
            "{what} is larger than {MAX_MEMBER_BYTES} bytes"
        )));
    }
    Ok(buf)
}

/// A zip package (.docx, .odt) opened from bytes.
pub struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    kind: &'static str,
}

impl<'a> Package<'a> {
    /// Open a package; `kind` names the file type in errors (".docx").
    pub fn open(bytes: &'a [u8], kind: &'static str) -> Result<Package<'a>, FormatError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| FormatError::package(kind, format!("not a readable zip archive ({e})")))?;
        Ok(Package { zip, kind })
    }

    /// A member's bytes, `None` when the package has no such member.
    pub fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, FormatError> {
        let kind = self.kind;
        let bad = |reason: String| FormatError::package(kind, reason);
        match self.zip.by_name(name) {
            Ok(f) => read_limited(f, name, bad).map(Some),
            Err(zip::result::ZipError::FileNotFound) => Ok(None),
            Err(e) => Err(bad(format!("cannot read {name}: {e}"))),
        }
    }

    /// A member as UTF-8 text, `None` when the package has no such member.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, FormatError> {
        let kind = self.kind;
        self.bytes(name)?
            .map(String::from_utf8)
            .transpose()
            .map_err(|_| FormatError::package(kind, format!("{name} is not UTF-8")))
    }

    /// A member that must be there.
    pub fn required(&mut self, name: &str) -> Result<String, FormatError> {
        let (kind, missing) = (self.kind, format!("{name} is missing"));
        self.text(name)?
            .ok_or_else(|| FormatError::package(kind, missing))
    }

    /// Parse XML, naming the member in the error.
    pub fn parse<'x>(
        &self,
        name: &str,
        xml: &'x str,
    ) -> Result<roxmltree::Document<'x>, FormatError> {
        roxmltree::Document::parse(xml).map_err(|e| {
            FormatError::package(self.kind, format!("{name} is not well-formed XML ({e})"))
        })
    }

    /// Parse a member that may be missing (read with [`Package::text`]).
    pub fn parse_opt<'x>(
        &self,
        name: &str,
        xml: &'x Option<String>,
    ) -> Result<Option<roxmltree::Document<'x>>, FormatError> {
        xml.as_deref().map(|x| self.parse(name, x)).transpose()
    }
}

/// A style and the styles it inherits from, nearest first: `first`, then `parent` of each in
/// turn, as far as they are defined and at most 16 deep (a loop in the chain ends there).
pub fn style_chain<S>(
    by_name: &HashMap<String, S>,
    first: Option<String>,
    parent: impl Fn(&S) -> Option<&String>,
) -> Vec<&S> {
    let mut out = Vec::new();
    let mut next = first;
    while let Some(style) = next.and_then(|n| by_name.get(&n)) {
        if out.len() == 16 {
            break;
        }
        out.push(style);
        next = parent(style).cloned();
    }
    out
}

/// The local name of an element ("p" for `w:p`).
pub fn name<'a>(node: roxmltree::Node<'a, '_>) -> &'a str {
    node.tag_name().name()
}

/// An attribute by its local name, whatever its namespace.
pub fn attr<'a>(node: roxmltree::Node<'a, '_>, local: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == local)
        .map(|a| a.value())
}

/// An attribute by its local name, read as a number (or another `FromStr` value).
pub fn num<T: std::str::FromStr>(node: roxmltree::Node, local: &str) -> Option<T> {
    attr(node, local)?.parse().ok()
}

/// The first child element with this local name.
pub fn child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    local: &str,
) -> Option<roxmltree::Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && name(*c) == local)
}

/// The child elements with this local name.
pub fn children<'a, 'i: 'a>(
    node: roxmltree::Node<'a, 'i>,
    local: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |c| c.is_element() && name(*c) == local)
}

/// The first element with this local name below `node`, at any depth.
pub fn descendant<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    local: &str,
) -> Option<roxmltree::Node<'a, 'i>> {
    node.descendants()
        .find(|c| c.is_element() && name(*c) == local)
}

/// The Dublin Core title of a metadata part (docProps/core.xml, meta.xml).
pub fn dc_title(doc: &roxmltree::Document) -> Option<String> {
    descendant(doc.root(), "title").and_then(|n| Some(n.text()?.to_string()))
}

/// One run of text with its style.
#[derive(Debug, Clone, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub size: f32,
}

/// What a style, span or run says of its characters, each `None` where it says nothing (so
/// that it inherits): bold, italic, size in points, hidden text (not on the page, not
/// extracted), set in capitals (the page shows the letters upper-case).
#[derive(Debug, Default, Clone, Copy)]
pub struct Chars {
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub size: Option<f32>,
    pub hidden: Option<bool>,
    pub caps: Option<bool>,
}

impl Chars {
    /// These, with what they leave open taken from `other` (a parent style's).
    pub fn or(self, other: Chars) -> Chars {
        Chars {
            bold: self.bold.or(other.bold),
            italic: self.italic.or(other.italic),
            size: self.size.or(other.size),
            hidden: self.hidden.or(other.hidden),
            caps: self.caps.or(other.caps),
        }
    }
}

/// The character style in effect: a paragraph's, then a run's or span's within it.
#[derive(Debug, Clone, Copy)]
pub struct RunStyle {
    pub bold: bool,
    pub italic: bool,
    pub size: f32,
}

impl RunStyle {
    /// A paragraph's style of `chars` (its size, else `size`); a heading (`heading`: its
    /// level) is bold and sized by level.
    pub fn paragraph(heading: Option<u8>, chars: Chars, size: f32) -> Self {
        RunStyle {
            bold: heading.is_some() || chars.bold.unwrap_or(false),
            italic: chars.italic.unwrap_or(false),
            size: heading.map(heading_size).or(chars.size).unwrap_or(size),
        }
    }

    /// A run's or span's style of `chars` inside this one; in a heading it stays bold and
    /// its size.
    pub fn within(self, chars: Chars, heading: bool) -> Self {
        RunStyle {
            bold: chars.bold.unwrap_or(self.bold) || heading,
            italic: chars.italic.unwrap_or(self.italic),
            size: if heading {
                self.size
            } else {
                chars.size.unwrap_or(self.size)
            },
        }
    }

    /// A run of `text` in this style.
    pub fn run(self, text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: self.bold,
            italic: self.italic,
            size: self.size,
        }
    }
}

/// A run of footnote or endnote text.
pub fn note_run(text: impl Into<String>) -> Run {
    Run {
        text: text.into(),
        size: NOTE_SIZE,
        ..Run::default()
    }
}

/// How a page break was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    /// Written by the author: a page-break character, "page break before", a new section.
    Explicit,
    /// Where the word processor's own layout broke the page when it last saved the file
    /// (`w:lastRenderedPageBreak`, `text:soft-page-break`). Right after an explicit break
    /// it is the same break and is not counted again.
    Rendered,
}

/// Body text size when the document says none (Word's and LibreOffice's default).
pub const BODY_SIZE: f32 = 11.0;

/// Font size given to a heading level (0 = the document title), as the HTML reader does, so
/// that headings stand out as they do in a PDF.
pub(super) fn heading_size(level: u8) -> f32 {
    match level {
        0 => 26.0,
        1 => 24.0,
        2 => 18.0,
        3 => 15.0,
        _ => 13.0,
    }
}

/// Size of footnote and endnote text.
pub const NOTE_SIZE: f32 = 9.0;

/// Collects paragraphs into pages of lines.
///
/// Coordinates are synthetic, as for HTML: lines follow one another 14 points apart; the
/// cells of a table row start on the row's `y`, each at its column's `x`, as a PDF table's
/// cells stand on one baseline.
#[derive(Default)]
pub struct Pages {
    done: Vec<Vec<Line>>,
    lines: Vec<Line>,
    /// Block index of the current block on this page, and whether it has lines yet.
    block: u32,
    block_used: bool,
    /// Notes (each starting with its mark, "[1]") shown at the foot of the current page;
    /// endnotes ("[i]"), shown at the end; how many of each have been referred to.
    notes: Vec<Vec<Run>>,
    endnotes: Vec<Vec<Run>>,
    note_counts: (u32, u32),
    /// Runs of the line being built.
    runs: Vec<Run>,
    x: f32,
    y: f32,
    /// Lowest `y` reached in the current table row.
    row_bottom: f32,
    /// The current page began with an explicit break and has nothing on it yet.
    fresh_explicit: bool,
    /// The text of the document's first heading (a title when the metadata has none), of
    /// the heading being read, and whether the next run is a note's mark (no text of it).
    first_heading: Option<String>,
    heading_text: Option<String>,
    after_note: bool,
    /// The layout estimate: where the pages end, for a document that does not say.
    flow: Flow,
    /// The layout estimate only measures (the file says where its pages end): how full the
    /// estimate finds each page, and whether a rendered break ended it.
    measuring: bool,
    fills: Vec<(f32, bool)>,
    /// The rendered breaks are not taken (they were found not to be this text's).
    ignore_rendered: bool,
    /// In a table row: the index of its first line on the page, the column of the cell
    /// being read, and each line of its cells (for the row's height).
    row: Option<(usize, usize, Vec<CellLine>)>,
    /// The next row is a table's header row, or one kept whole, and its height (see
    /// [`Pages::next_row`]).
    next_row: (bool, bool, f32),
    /// Endnotes start a page of their own after the text (LibreOffice's layout of them;
    /// Word sets them right after the text).
    pub endnotes_apart: bool,
    /// The table row a reader that sees only paragraph and cell marks (.doc, .rtf) is
    /// filling: the row's top, the current column, and whether that column's cell is started.
    marked_row: Option<(f32, usize, bool)>,
    /// The paragraph being read has lost its mark (a tracked deletion): it and the next
    /// are one paragraph; the next paragraph goes on the line of the one before.
    pub join_next: bool,
    joining: bool,
    /// The paragraph being read is a heading (its lines are given their level's size).
    in_heading: bool,
}

/// A line of a table cell, for the row's height: its column, text and metrics.
type CellLine = (usize, String, Metrics);

/// What a reader of a word-processor body supplies to the assembly the formats share
/// (paragraphs, their text boxes, table rows); the rest is the same for .docx and .odt.
pub trait Body {
    /// The pages being filled.
    fn pages(&mut self) -> &mut Pages;
    /// The inline content of paragraph `p` (runs, breaks, notes) into the pages, in
    /// `style`; the text boxes anchored in it are added to `boxes`.
    fn inline<'n>(
        &mut self,
        p: Node<'n, 'n>,
        style: RunStyle,
        heading: bool,
        boxes: &mut Vec<Node<'n, 'n>>,
    );
    /// The blocks of a text box (set after the paragraph that anchors it).
    fn text_box(&mut self, b: Node);
    /// The content of a table cell.
    fn cell(&mut self, cell: Node);

    /// A paragraph (a block, or a line of a table cell): its list label, its text, then the
    /// text boxes anchored in it.
    fn paragraph_text(
        &mut self,
        p: Node,
        in_cell: bool,
        label: Option<&str>,
        style: RunStyle,
        heading: bool,
    ) {
        self.pages().begin_paragraph(in_cell, label, style, heading);
        let mut boxes = Vec::new();
        self.inline(p, style, heading, &mut boxes);
        self.pages().end_paragraph(in_cell);
        for b in boxes {
            self.text_box(b);
        }
    }

    /// A table row: its cells in order with their column spans, `None` for a cell that a
    /// merge covers (it only takes room).
    fn row<'n>(&mut self, cells: impl IntoIterator<Item = (Option<Node<'n, 'n>>, usize)>) {
        let top = self.pages().start_row();
        let mut column = 0usize;
        for (cell, span) in cells {
            if let Some(cell) = cell {
                self.pages().start_cell(top, column);
                self.cell(cell);
            }
            column += span.max(1);
        }
        self.pages().end_row();
    }
}

/// Read a document that may say where its word processor broke its pages (`rendered`:
/// `w:lastRenderedPageBreak`, `text:soft-page-break`) with readers from `new`, by `read`,
/// on pages of `first`: those breaks are taken if they fit the text; a file that has none
/// (written by another program), or whose breaks are stale, is read again with its pages
/// estimated.
pub fn read_laid_out<R: Body>(
    rendered: bool,
    first: Geometry,
    new: impl Fn() -> R,
    read: impl Fn(&mut R),
) -> R {
    // Where the file gives its breaks, they are taken and the estimate only measures how
    // full each page is (see [`Pages::breaks_fit`]); a second reading takes none of them.
    let mut reader = new();
    reader.pages().estimate_pages(first);
    reader.pages().measuring = rendered;
    read(&mut reader);
    if rendered && !reader.pages().breaks_fit() {
        reader = new();
        reader.pages().estimate_pages(first);
        reader.pages().ignore_rendered = true;
        read(&mut reader);
    }
    reader
}

/// Vertical distance between synthetic lines.
const LEADING: f32 = 14.0;

impl Pages {
    /// Add text to the line being built.
    pub fn push(&mut self, run: Run) {
        if let Some(h) = (self.heading_text.as_mut()).filter(|_| !take(&mut self.after_note)) {
            h.push_str(&run.text);
        }
        if !run.text.is_empty() {
            self.runs.push(run);
        }
    }

    /// End the line being built (a line break inside a paragraph, or its end).
    pub fn end_line(&mut self) {
        let runs = std::mem::take(&mut self.runs);
        let Some(line) = make_line(&runs, self.x) else {
            return;
        };
        match &mut self.row {
            Some((_, column, cells)) => {
                cells.push((*column, line.text.clone(), self.flow.para));
                self.push_line(line)
            }
            None => self.flow_line(line, self.flow.geometry.body_width()),
        }
    }

    /// Place a line by the layout estimate, `width` wide: on this page, or split where the
    /// page ends, or on the next page.
    fn flow_line(&mut self, mut line: Line, width: f32) {
        if self.measuring {
            self.flow.add(&line.text, width);
            self.push_line(line);
            return;
        }
        // A word set a quarter larger than its paragraph's text or more makes its line taller
        // (by the larger size's single line, under the paragraph's spacing when that is a
        // multiple; a heading's lines carry their level's size, not the file's).
        let m = self.flow.para;
        if let (false, Spacing::Multiple(times), true) =
            (self.in_heading, m.line, line.size >= m.size * 1.25)
        {
            let larger = (line.size - m.size) * m.face.single * times.clamp(0.5, 5.0);
            self.flow.used += larger * self.flow.geometry.share();
        }
        loop {
            match self.flow.place(&line.text, width) {
                Fit::Whole => break,
                Fit::NextPage => self.flush_page(),
                Fit::Split(at) => {
                    let rest = split_line(&mut line, at);
                    self.push_line(line);
                    self.flush_page();
                    line = rest;
                }
            }
        }
        self.push_line(line);
    }

    fn push_line(&mut self, mut line: Line) {
        line.block = self.block;
        line.y = self.y;
        self.y += LEADING;
        self.row_bottom = self.row_bottom.max(self.y);
        self.lines.push(line);
        self.block_used = true;
        self.fresh_explicit = false;
    }

    /// Estimate where the pages end (for a document that does not say), on pages of
    /// `geometry` until [`Pages::geometry`] says otherwise.
    pub fn estimate_pages(&mut self, geometry: Geometry) {
        self.flow = Flow::new(geometry);
    }

    /// Whether the rendered breaks of a measured document are where a layout of its text
    /// could have put them. They are a record of the last layout, and go stale when another
    /// program changes the text (a case system filling a Word template, a converter that
    /// saves before its layout is done): such breaks leave pages that the estimate finds
    /// overfull (text that needed another page) or pages ended by a rendered break that
    /// are mostly empty. Two pages so and more than a quarter of them, or one page with
    /// 40 % more than it holds: not this text's breaks (one short page is no evidence: a
    /// table row or picture that did not fit moved on).
    pub fn breaks_fit(&mut self) -> bool {
        self.end_line();
        self.end_block();
        self.fills.push((self.flow.fill(), false));
        let bad = self
            .fills
            .iter()
            .filter(|&&(fill, rendered)| fill > OVERFULL || (rendered && fill < UNDERFULL))
            .count();
        (bad < 2 || bad * 4 <= self.fills.len()) && self.fills.iter().all(|f| f.0 <= FAR_OVERFULL)
    }

    /// The widths of the columns of the table whose rows follow, in points (empty: not
    /// known), and its cells' left plus right inner margin (`None`: Word's); those of the
    /// table before are returned (a table in a cell has its own).
    pub fn table_grid(&mut self, grid: Vec<f32>, margins: Option<f32>) -> (Vec<f32>, Option<f32>) {
        self.flow.header = 0.0;
        let margins = std::mem::replace(&mut self.flow.margins, margins);
        (std::mem::replace(&mut self.flow.grid, grid), margins)
    }

    /// The widths of the columns of the next row of a reader of marks (.doc, .rtf).
    pub fn row_grid(&mut self, grid: Vec<f32>) {
        self.flow.grid = grid;
    }

    /// The width of the text area (of a column of it).
    pub fn text_width(&self) -> f32 {
        self.flow.geometry.body_width()
    }

    /// The page of the section that begins.
    pub fn geometry(&mut self, geometry: Geometry) {
        self.flow.geometry = geometry;
    }

    /// Text in `columns` columns `gap` apart from here on; the columns and gap before are
    /// returned.
    pub fn columns(&mut self, columns: Option<u32>, gap: Option<f32>) -> (u8, f32) {
        let g = &mut self.flow.geometry;
        let before = (g.columns, g.gap);
        *g = g.in_columns(columns, gap);
        before
    }

    /// How the next paragraphs are set: on the section's line grid, a line spaced by a
    /// multiple of its font's height takes the grid lines it needs.
    pub fn metrics(&mut self, mut metrics: Metrics) {
        let pitch = self.flow.geometry.pitch;
        if pitch >= 1.0 && matches!(metrics.line, Spacing::Multiple(_)) {
            metrics.line = Spacing::Points((metrics.line_height() / pitch).ceil() * pitch);
        }
        self.flow.para = metrics;
    }

    /// End the block (a paragraph, a table row): the next line starts a new one.
    pub fn end_block(&mut self) {
        self.end_line();
        if self.block_used {
            self.block += 1;
            self.block_used = false;
        }
    }

    /// Start a paragraph, in a table cell (a line of the cell) or not (a block of its own),
    /// with its list label ("1.", "•") if it has one; the text of the first `heading` (as
    /// it is shown, without its label and note marks) is kept for the title.
    pub fn begin_paragraph(
        &mut self,
        in_cell: bool,
        label: Option<&str>,
        style: RunStyle,
        heading: bool,
    ) {
        if std::mem::take(&mut self.joining) {
            return;
        }
        if in_cell {
            self.end_line();
        } else {
            self.end_block();
            self.flow.before();
        }
        self.heading_text = None;
        if let Some(label) = label.filter(|l| !l.is_empty()) {
            self.push(style.run(format!("{label} ")));
        }
        self.heading_text = (heading && self.first_heading.is_none()).then(String::new);
        self.after_note = false;
        self.in_heading = heading;
    }

    /// A whole paragraph of `runs` (`None`: a line break) with its list label, for a reader
    /// that has it at hand (.doc, .rtf). The lines of the text boxes anchored in it follow,
    /// each a paragraph.
    pub fn paragraph(
        &mut self,
        in_cell: bool,
        label: Option<&str>,
        style: RunStyle,
        heading: bool,
        runs: impl IntoIterator<Item = Option<Run>>,
        boxes: impl IntoIterator<Item = String>,
    ) {
        self.begin_paragraph(in_cell, label, style, heading);
        for run in runs {
            match run {
                Some(r) => self.push(r),
                None => self.end_line(),
            }
        }
        self.end_paragraph(in_cell);
        let plain = RunStyle::paragraph(None, Chars::default(), BODY_SIZE);
        for b in boxes {
            self.begin_paragraph(in_cell, None, plain, false);
            self.push(plain.run(b));
            self.end_paragraph(in_cell);
        }
    }

    /// End a paragraph begun with [`Pages::begin_paragraph`].
    pub fn end_paragraph(&mut self, in_cell: bool) {
        if std::mem::take(&mut self.join_next) {
            self.joining = true;
            return;
        }
        if let Some(text) = self.heading_text.take().map(|t| squash_ws(&t)) {
            self.first_heading = Some(text).filter(|t| !t.is_empty());
        }
        if in_cell {
            self.end_line();
        } else {
            self.end_block();
            self.flow.after();
        }
    }

    /// Start a table row: its cells start on the same `y`, which is returned (the row's top).
    pub fn start_row(&mut self) -> f32 {
        if std::mem::take(&mut self.joining) {
            self.flow.after();
        }
        self.end_block();
        self.row_bottom = self.y;
        self.row = Some((self.lines.len(), 0, Vec::new()));
        self.y
    }

    /// Start a cell of the current row at column `column`.
    pub fn start_cell(&mut self, row_top: f32, column: usize) {
        self.end_line();
        self.y = row_top;
        self.x = column as f32 * 100.0;
        if let Some((_, col, _)) = &mut self.row {
            *col = column;
        }
    }

    /// Before a paragraph of a reader of marks: outside a table the open row ends; inside
    /// one the row is started if none is open, and the current column's cell if it is not.
    /// (A table's header rows stay until then: a reader of marks gives each row its grid.)
    pub fn enter_marked(&mut self, in_table: bool) {
        if !in_table {
            self.end_marked_row();
            self.flow.header = 0.0;
            return;
        }
        let (top, column, started) = match self.marked_row {
            Some(r) => r,
            None => (self.start_row(), 0, false),
        };
        if !started {
            self.start_cell(top, column);
        }
        self.marked_row = Some((top, column, true));
    }

    /// A cell mark: the next paragraph goes in the next column.
    pub fn next_marked_cell(&mut self) {
        if let Some((_, column, started)) = self.marked_row.as_mut() {
            (*column, *started) = (*column + 1, false);
        }
    }

    /// End the open row of a reader of marks, if any.
    pub fn end_marked_row(&mut self) {
        if self.marked_row.take().is_some() {
            self.end_row();
        }
    }

    /// The next table row is a `header` row, which a word processor repeats at the top of
    /// every page the table runs onto (`w:tblHeader`, `table:table-header-rows`: its room is
    /// taken there too, its text read once), or one kept `whole`, which may not break across
    /// pages (`w:cantSplit`, `fo:keep-together`, `\trkeep`); `height` (points), as Word
    /// says it: at least that high, exactly −height when negative (a row that does not
    /// break), 0 as its text needs (`w:trHeight`, `style:min-row-height`, `\trrh`).
    pub fn next_row(&mut self, header: bool, whole: bool, height: f32) {
        let (h, w, old) = self.next_row;
        let height = if height != 0.0 { height } else { old };
        self.next_row = (h | header, w | whole | (height < 0.0), height);
    }

    /// End a table row: back to the left edge, below the row's tallest cell.
    pub fn end_row(&mut self) {
        let (header, whole, given) = std::mem::take(&mut self.next_row);
        self.end_line();
        self.y = self.row_bottom.max(self.y);
        self.x = 0.0;
        if let Some((first, _, cells)) = self.row.take() {
            let flow = &mut self.flow;
            let share = flow.geometry.share();
            let given =
                (given * share).clamp(-flow.geometry.body_height(), flow.geometry.body_height());
            let height = flow.row_height(&cells, false).max(given);
            let height = if given < 0.0 { -given } else { height };
            let widths = flow.cell_widths(&cells);
            let first = first.min(self.lines.len());
            if header {
                flow.header = (flow.header + height).min(flow.geometry.body_height() / 2.0);
            }
            if self.measuring {
                flow.used += height;
            } else {
                let fit = flow.row(height, (!whole).then(|| flow.row_height(&cells, true)));
                if fit != Row::Here {
                    // The row goes on (whole, to the next page; or split where this ends).
                    let moved = self.lines.split_off(first);
                    if fit == Row::NextPage {
                        self.flush_page();
                    }
                    self.split_row(moved.into_iter().zip(cells).collect(), &widths);
                }
            }
        }
        self.end_block();
    }

    /// A table row that breaks where the page ends: each cell keeps on the page the lines
    /// that fit there (a paragraph split at the line where the page ends) and the rest go
    /// on, side by side again, at the top of the next page (and the next).
    fn split_row(&mut self, mut rest: Vec<(Line, CellLine)>, widths: &[f32]) {
        let mut top = rest.iter().map(|l| l.0.y).fold(self.y, f32::min);
        while !rest.is_empty() {
            let flow = &self.flow;
            let (room, fresh) = (flow.room(), flow.at_top());
            let mut used = vec![0.0f32; widths.len()];
            let mut full = vec![false; widths.len()];
            let (mut here, mut next) = (Vec::new(), Vec::new());
            for (mut line, (column, text, m)) in rest {
                let c = column.min(widths.len().saturating_sub(1));
                if full[c] {
                    next.push((line, (column, text, m)));
                    continue;
                }
                let starts = m.wrap(&line.text, widths[c]);
                let mut fit = flow.lines_fitting(&m, starts.len(), room - used[c]);
                if fresh && fit == 0 && used[c] <= 0.0 {
                    fit = 1;
                }
                let lh = m.line_height() * flow.geometry.share();
                used[c] += fit as f32 * lh;
                if fit == starts.len() {
                    used[c] += m.after * flow.geometry.share();
                    here.push(line);
                    continue;
                }
                full[c] = true;
                if fit > 0 {
                    let more = split_line(&mut line, starts[fit]);
                    here.push(line);
                    let text = more.text.clone();
                    next.push((more, (column, text, m)));
                } else {
                    next.push((line, (column, text, m)));
                }
            }
            self.flow.used += used.into_iter().fold(0.0, f32::max);
            let mut below = vec![top; widths.len()];
            for mut line in here {
                let c = ((line.x / 100.0) as usize).min(widths.len().saturating_sub(1));
                line.y = below[c];
                below[c] += LEADING;
                line.block = self.block;
                self.lines.push(line);
                self.block_used = true;
            }
            self.y = below.into_iter().fold(self.y, f32::max);
            rest = next;
            if !rest.is_empty() {
                self.flush_page();
                top = 0.0;
            }
        }
        self.row_bottom = self.y;
    }

    /// An inline picture or drawing `height` points high (.docx `wp:inline`, .odt a frame
    /// or shape anchored as a character): the room of a line of its own, on the next page
    /// when it does not fit on this one (in a table cell, its row's height is its text's;
    /// where the file's own breaks are measured, the text's room alone is their test).
    pub fn figure(&mut self, height: f32) {
        let g = self.flow.geometry;
        let h = (height * g.share()).max(0.0).min(g.body_height());
        if self.row.is_some() || self.measuring {
            return;
        }
        if h > self.flow.room() && !self.flow.at_top() {
            self.flush_page();
        }
        self.flow.used += h;
    }

    /// A footnote's or endnote's reference: its mark (`citation` as the document shows it,
    /// else "[1]" for the next footnote, "[i]" for the next endnote) is returned for the
    /// text; the note, `runs` after its mark, goes to the foot of this page or, an endnote,
    /// to the end of the document.
    pub fn note(&mut self, endnote: bool, citation: Option<&str>, runs: Vec<Run>) -> String {
        let (footnotes, endnotes) = &mut self.note_counts;
        let mark = match citation {
            Some(c) => format!("[{c}]"),
            None if endnote => {
                *endnotes += 1;
                format!("[{}]", roman(i64::from(*endnotes)))
            }
            None => {
                *footnotes += 1;
                format!("[{footnotes}]")
            }
        };
        self.after_note = true;
        let mut all = vec![note_run(format!("{mark} "))];
        all.extend(runs);
        if endnote {
            self.endnotes.push(all);
            return mark;
        }
        let text: String = all.iter().map(|r| r.text.as_str()).collect();
        self.flow.note(&squash_ws(&text));
        self.notes.push(all);
        mark
    }

    /// Break the page.
    pub fn page_break(&mut self, kind: Break) {
        if kind == Break::Rendered && (self.fresh_explicit || self.ignore_rendered) {
            return;
        }
        self.end_line();
        self.end_block();
        if self.measuring {
            let flow = &mut self.flow;
            // A break inside a table row: the row's part so far is on this page.
            if let Some((_, _, cells)) = &mut self.row {
                flow.used += flow.row_height(cells, false);
                cells.clear();
            }
            self.fills.push((flow.fill(), kind == Break::Rendered));
        }
        self.flush_page();
        self.fresh_explicit = kind == Break::Explicit;
    }

    fn flush_page(&mut self) {
        self.end_block();
        // Notes stand at the foot of the page, which the layout estimate has made room for.
        for note in std::mem::take(&mut self.notes) {
            if let Some(line) = make_line(&note, 0.0) {
                self.push_line(line);
                self.block += 1;
                self.block_used = false;
            }
        }
        self.done.push(std::mem::take(&mut self.lines));
        self.block = 0;
        self.block_used = false;
        self.y = 0.0;
        self.row_bottom = 0.0;
        self.flow.new_page();
    }

    /// The document: its pages (the notes of the last page, then the endnotes, at the
    /// end); its title, the metadata's `title` (spaces squashed, NFC, without trailing NULs)
    /// unless that is empty or junk (a template's or file's name), else the first heading, else the first page's largest text; a warning
    /// when the page count the word processor saved (`counted`) is not the pages read. The
    /// header and footer lines (`running`) are the first page's running text.
    pub fn into_doc(
        mut self,
        title: Option<String>,
        counted: Option<usize>,
        running: Vec<String>,
    ) -> ExtractedDoc {
        let first_heading = self.first_heading.take();
        let mut pages = self.finish();
        if let Some(first) = pages.first_mut() {
            first.running = running;
        }
        let title = title
            .map(|t| nfc(&squash_ws(t.trim_end_matches('\0'))))
            .filter(|t| !t.is_empty() && !crate::pdf::junk_title(t))
            .or(first_heading)
            .or_else(|| crate::pdf::title_from_pages(&pages));
        // The count the word processor saved can be stale: it is only reported.
        let n = pages.len();
        let warnings = (counted.filter(|c| *c > 0 && *c != n))
            .map(|c| format!("the document says it has {c} pages; its page breaks give {n}"))
            .into_iter()
            .collect();
        ExtractedDoc {
            title,
            pages,
            warnings,
        }
    }

    fn finish(mut self) -> Vec<Page> {
        self.end_line();
        let endnotes = std::mem::take(&mut self.endnotes);
        let page_used = !self.lines.is_empty() || !self.notes.is_empty();
        if self.endnotes_apart && !endnotes.is_empty() && page_used {
            self.flush_page();
        }
        self.notes.extend(endnotes);
        self.flush_page();
        // A trailing empty page comes only from a break after the last text.
        if self.done.len() > 1 && self.done.last().is_some_and(|l| l.is_empty()) {
            self.done.pop();
        }
        self.done
            .into_iter()
            .enumerate()
            .map(|(i, lines)| text_page(i as u32 + 1, lines))
            .collect()
    }
}

/// A line from runs: text NFC with single spaces, bold/italic when most characters are,
/// size the largest run's. `None` when there is no text.
fn make_line(runs: &[Run], x: f32) -> Option<Line> {
    // A soft hyphen (U+00AD) is no text where it does not break the line, and no line here
    // ends at one; a non-breaking hyphen (U+2011) is the hyphen a search is typed with.
    let joined: String = runs
        .iter()
        .flat_map(|r| r.text.chars())
        .filter(|&c| c != '\u{AD}')
        .map(|c| if c == '\u{2011}' { '-' } else { c })
        .collect();
    let text = nfc(&squash_ws(&joined));
    if text.is_empty() {
        return None;
    }
    let (mut total, mut bold, mut italic) = (0usize, 0usize, 0usize);
    let mut size: f32 = 0.0;
    for r in runs {
        let n = r.text.chars().filter(|c| !c.is_whitespace()).count();
        total += n;
        bold += if r.bold { n } else { 0 };
        italic += if r.italic { n } else { 0 };
        if n > 0 {
            size = size.max(r.size);
        }
    }
    Some(Line {
        text,
        x,
        size: if size > 0.0 { size } else { BODY_SIZE },
        bold: bold * 2 > total,
        italic: italic * 2 > total,
        ..Line::default()
    })
}

/// `n` in a list format named as Word (`w:numFmt`) or OpenDocument (`style:num-format`)
/// names it; formats not read here count in decimal.
pub fn format_number(n: i64, format: &str) -> String {
    match format {
        "lowerLetter" | "a" => letters(n),
        "upperLetter" | "A" => letters(n).to_uppercase(),
        "lowerRoman" | "i" => roman(n),
        "upperRoman" | "I" => roman(n).to_uppercase(),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        "none" | "" | "bullet" => String::new(),
        _ => n.to_string(),
    }
}

/// A list's counts by level (one notion of the .docx, .doc and .odt readers): `None` where a
/// level has not counted since it started again.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts(pub [Option<i64>; 10]);

impl Counts {
    /// Counts an item at `level` (from `start`, else one more); the levels below it start
    /// again unless `keeps(l)`.
    pub fn count(&mut self, level: usize, start: i64, keeps: impl Fn(usize) -> bool) {
        let level = level.min(9);
        self.0[level] = Some(self.0[level].map_or(start, |n| n.saturating_add(1)));
        let below = self.0.iter_mut().enumerate().skip(level + 1);
        below
            .filter(|(l, _)| !keeps(*l))
            .for_each(|(_, n)| *n = None);
    }

    /// `template` ("%1.%2.") with each `%N` up to `level + 1` as `number(N − 1, its count)`.
    pub fn label(
        &self,
        template: &str,
        level: usize,
        number: impl Fn(usize, Option<i64>) -> String,
    ) -> String {
        let levels = (0..=level.min(9)).rev();
        levels.fold(template.into(), |t: String, l| {
            t.replace(&format!("%{}", l + 1), &number(l, self.0[l]))
        })
    }
}

/// `text` as the page shows it: upper-case when it is set in capitals.
pub fn cased(text: &str, caps: bool) -> std::borrow::Cow<'_, str> {
    if caps {
        text.to_uppercase().into()
    } else {
        text.into()
    }
}

/// Bullet characters that mean something as text; any other bullet (a Symbol or Wingdings
/// glyph in the private use area, "o" in Courier) is written "•".
pub fn bullet_text(b: &str) -> &str {
    match b {
        "-" | "–" | "—" | "•" | "*" | "◦" | "▪" | "■" | "►" | "✓" | "→" => b,
        _ => "•",
    }
}

/// A header's or footer's line, spaces squashed, added to the running text `out` unless it
/// is there already or is a page number.
pub fn running_line(out: &mut Vec<String>, line: &str) {
    let line = squash_ws(line);
    if !line
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace())
        && !out.contains(&line)
    {
        out.push(line);
    }
}

/// Whether a field's code is of one of `kinds` (its first word, in any case).
fn field_of(code: &str, kinds: &[&str]) -> bool {
    code.split_whitespace()
        .next()
        .is_some_and(|k| kinds.iter().any(|w| k.eq_ignore_ascii_case(w)))
}

/// Whether a field's code makes a page number (PAGE, NUMPAGES, SECTIONPAGES).
pub fn page_number_field(code: &str) -> bool {
    field_of(code, &["PAGE", "NUMPAGES", "SECTIONPAGES"])
}

/// Whether a field's result is never on the page, whatever the file holds there: ASK and
/// SET keep a value for the fields that refer to it, XE, TC, TA and RD mark entries.
pub fn unshown_field(code: &str) -> bool {
    field_of(code, &["ASK", "SET", "XE", "TC", "TA", "RD"])
}
