//! Word documents (.docx, Office Open XML), read natively: the zip package (`zip`) and its
//! XML parts (`roxmltree`), into the model of [`super::office`]:
//!
//! * Headings: paragraph styles "heading N" / "Rubrik N", "Title", or an outline level, also
//!   through the style's `basedOn` chain; other text keeps its own size and bold/italic.
//! * List numbers are counted per list as Word counts them (`numbering.xml`).
//! * Pages follow Word's own breaks (`w:lastRenderedPageBreak`, when they fit the text) and
//!   the explicit ones (`w:br w:type="page"`, "page break before", a new-page section).
//! * Deleted text (tracked changes), field instructions and the fallback copy of drawings are
//!   not text of the page. The title is docProps/core.xml's.

use std::collections::{HashMap, HashSet};

use roxmltree::Node;

use crate::model::ExtractedDoc;

use super::layout::{face_of_font, Geometry, Metrics, Setting, Spacing};
use super::office::{
    attr, bullet_text, cased, child, children, dc_title, descendant, format_number, name, note_run,
    num, read_laid_out, running_line, style_chain, unshown_field, Body, Break, Chars, Counts,
    Package, Pages, Run, RunStyle, BODY_SIZE,
};
use super::FormatError;

/// A paragraph or character style, as far as it matters here.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    heading: Option<u8>,
    num: Option<(String, u8)>,
    page_break_before: Option<bool>,
    /// Bold, italic, size, hidden text (`w:vanish`), capitals (`w:caps`, `w:smallCaps`).
    ch: Chars,
    /// The list level a paragraph gives without a list (`w:numPr` of `w:ilvl` alone): its
    /// style's list at that level.
    num_level: Option<u8>,
    /// What the page layout estimate needs (see [`Styles::metrics`]); of a table style, its
    /// cells' inner margins.
    set: Setting,
    cell_margins: Option<f32>,
}

#[derive(Debug, Default, Clone)]
struct Styles {
    by_id: HashMap<String, Style>,
    default_paragraph: Option<String>,
    default_size: Option<f32>,
    /// The document defaults (`w:docDefaults`): spacing, font.
    defaults: Style,
    /// The theme's body and heading fonts (`minorHAnsi`, `majorHAnsi`).
    minor_font: Option<String>,
    major_font: Option<String>,
}

impl Styles {
    /// The style with its `basedOn` chain resolved (nearest wins).
    fn resolved(&self, id: Option<&str>) -> Style {
        let mut out = Style::default();
        let first = id
            .map(str::to_string)
            .or_else(|| self.default_paragraph.clone());
        for s in style_chain(&self.by_id, first, |s| s.based_on.as_ref()) {
            out.heading = out.heading.or(s.heading);
            out.num = out.num.clone().or_else(|| s.num.clone());
            out.page_break_before = out.page_break_before.or(s.page_break_before);
            out.ch = out.ch.or(s.ch);
            out.cell_margins = out.cell_margins.or(s.cell_margins);
            out.set = out.set.or(&s.set);
        }
        out
    }

    /// How a paragraph of (resolved) `style`, of id `id`, is set, for the page layout estimate.
    fn metrics(&self, style: &Style, heading: bool, id: Option<&str>) -> Metrics {
        let mut set = style.set.or(&self.defaults.set);
        set.font = match set.font.as_deref() {
            Some("minorHAnsi" | "minorAscii") | None => self.minor_font.clone(),
            Some("majorHAnsi" | "majorAscii") => self.major_font.clone(),
            Some(_) => set.font,
        };
        let size =
            (style.ch.size)
                .or(self.default_size)
                .unwrap_or(if heading { 14.0 } else { 10.0 });
        let id = id.or(self.default_paragraph.as_deref()).unwrap_or("");
        set.metrics(size, heading, id)
    }
}

/// A length in twentieths of a point (twips), as Word writes spacing, indents and margins.
fn twips(node: Node, key: &str) -> Option<f32> {
    num::<f32>(node, key).map(|t| t / 20.0)
}

/// The pages of the sections (see [`geometry`]): a header or footer taller than its margin
/// pushes the text (Word sets the body below the header, from the header's distance from
/// the edge plus its height, where that is more than the top margin; a footer alike);
/// `running` is the height of each header and footer part by relationship id, and a section
/// that names no header or footer has the one before it.
fn geometries(sections: &[Node], running: &HashMap<String, f32>) -> Vec<Geometry> {
    let mut heights = [0.0f32; 2];
    let mut out = Vec::new();
    for s in sections {
        for (i, kind) in ["headerReference", "footerReference"]
            .into_iter()
            .enumerate()
        {
            let mut refs = children(*s, kind);
            if let Some(r) = refs.find(|r| attr(*r, "type").is_none_or(|t| t == "default")) {
                heights[i] = attr(r, "id")
                    .and_then(|id| running.get(id))
                    .copied()
                    .unwrap_or(0.0);
            }
        }
        let mar = child(*s, "pgMar");
        let [header, footer] = ["header", "footer"].map(|k| mar.and_then(|m| twips(m, k)));
        let g = geometry(*s);
        let pushed = |margin: f32, from: Option<f32>, h: f32| match from {
            Some(d) if margin >= 0.0 && h > 0.0 => margin.max(d + h),
            _ => margin,
        };
        out.push(Geometry {
            top: pushed(g.top, header, heights[0]),
            bottom: pushed(g.bottom, footer, heights[1]),
            ..g
        });
    }
    out
}

/// The height of a header or footer part (`w:hdr`, `w:ftr`) in points: its paragraphs (a
/// line each, or an inline drawing's height, and their spacing) and table rows (the
/// tallest cell), set as the document's styles say.
fn running_height(part: Node, styles: &Styles) -> f32 {
    (part.children().filter(|c| c.is_element()))
        .map(|b| match name(b) {
            "p" => {
                let ppr = child(b, "pPr");
                let id = ppr.and_then(|pp| val(pp, "pStyle"));
                let mut style = styles.resolved(id);
                if let Some(pp) = ppr {
                    let mut own = Style::default();
                    para_props(pp, &mut own);
                    style.set = own.set.or(&style.set);
                }
                let m = styles.metrics(&style, false, id);
                let drawn = (b.descendants().filter(|d| name(*d) == "inline"))
                    .filter_map(|i| num::<f32>(child(i, "extent")?, "cy"))
                    .fold(0.0, f32::max);
                let lines = 1 + b.descendants().filter(|d| name(*d) == "br").count();
                m.before + (m.line_height() * lines as f32).max(drawn / 12700.0) + m.after
            }
            "tbl" => (children(b, "tr"))
                .map(|tr| {
                    (children(tr, "tc"))
                        .map(|tc| running_height(tc, styles))
                        .fold(0.0, f32::max)
                })
                .sum(),
            "sdt" => child(b, "sdtContent").map_or(0.0, |c| running_height(c, styles)),
            _ => 0.0,
        })
        .sum()
}

/// The page of a section (`w:sectPr`: `w:pgSz`, `w:pgMar`, `w:cols`).
fn geometry(sect: Node) -> Geometry {
    let size = child(sect, "pgSz");
    let mar = child(sect, "pgMar");
    let cols = child(sect, "cols");
    let of = |n: Option<Node>, k: &str| n.and_then(|n| twips(n, k));
    let page = Geometry::default()
        .with([
            of(size, "w"),
            of(size, "h"),
            of(mar, "top"),
            of(mar, "bottom"),
            of(mar, "left").or_else(|| of(mar, "start")),
            of(mar, "right").or_else(|| of(mar, "end")),
        ])
        .in_columns(
            cols.and_then(|c| num(c, "num")),
            of(cols, "space").or(Some(36.0)),
        );
    let grid = child(sect, "docGrid").filter(|g| attr(*g, "type").is_some_and(|t| t != "default"));
    Geometry {
        pitch: of(grid, "linePitch").unwrap_or(0.0),
        ..page
    }
}

/// Left plus right inner margin of a table's cells (`w:tblCellMar` of a `w:tblPr`), a side
/// it leaves out Word's 0.19 cm.
fn cell_margins(tbl_pr: Node) -> Option<f32> {
    let mar = child(tbl_pr, "tblCellMar")?;
    let side = |a, b| -> Option<f32> { twips(child(mar, a).or(child(mar, b))?, "w") };
    Some(side("left", "start").unwrap_or(5.4) + side("right", "end").unwrap_or(5.4))
}

/// The value of a property of `node` (`<w:x w:val="…"/>`).
fn val<'a>(node: Node<'a, '_>, property: &str) -> Option<&'a str> {
    child(node, property).and_then(|c| attr(c, "val"))
}

/// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`).
fn toggle(node: Node) -> bool {
    !matches!(attr(node, "val"), Some("0" | "false" | "off" | "none"))
}

/// Heading level from a style's name or id: "heading 2", "Rubrik2", "Title" (0).
pub(super) fn heading_from_name(s: &str) -> Option<u8> {
    let key: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if key == "title" || key == "rubrik" {
        return Some(0);
    }
    let level = |prefix| key.strip_prefix(prefix)?.parse::<u8>().ok();
    ["heading", "rubrik", "überschrift", "otsikko", "overskrift"]
        .into_iter()
        .find_map(|prefix| level(prefix).filter(|n| (1..=9).contains(n)))
}

/// Run properties (`w:rPr`) into a style.
fn run_props(rpr: Node, style: &mut Style) {
    for p in rpr.children().filter(|c| c.is_element()) {
        match name(p) {
            "b" => style.ch.bold = Some(toggle(p)),
            "i" => style.ch.italic = Some(toggle(p)),
            "vanish" => style.ch.hidden = Some(toggle(p)),
            "caps" | "smallCaps" => style.ch.caps = Some(toggle(p)),
            "sz" => style.ch.size = num::<f32>(p, "val").map(|half| half / 2.0),
            "rFonts" => {
                style.set.font = attr(p, "ascii")
                    .or_else(|| attr(p, "hAnsi"))
                    .or_else(|| attr(p, "asciiTheme"))
                    .map(str::to_string)
            }
            _ => {}
        }
    }
}

/// Paragraph properties (`w:pPr`) into a style.
fn para_props(ppr: Node, style: &mut Style) {
    for p in ppr.children().filter(|c| c.is_element()) {
        match name(p) {
            "outlineLvl" => {
                if let Some(l) = num::<u8>(p, "val") {
                    if l < 9 {
                        style.heading = Some(l + 1);
                    }
                }
            }
            // A list and level, or a level alone (of the style's list).
            "numPr" => {
                let level = child(p, "ilvl").and_then(|n| num(n, "val"));
                match val(p, "numId") {
                    Some(id) => style.num = Some((id.to_string(), level.unwrap_or(0))),
                    None => style.num_level = level,
                }
            }
            "pageBreakBefore" => style.page_break_before = Some(toggle(p)),
            "keepNext" => style.set.keep_next = Some(toggle(p)),
            "contextualSpacing" => style.set.contextual = Some(toggle(p)),
            "spacing" => {
                style.set.before = twips(p, "before").or(style.set.before);
                style.set.after = twips(p, "after").or(style.set.after);
                if let Some(v) = num::<f32>(p, "line") {
                    style.set.line = Some(match attr(p, "lineRule") {
                        Some("exact" | "atLeast") => Spacing::Points(v / 20.0),
                        _ => Spacing::Multiple(v / 240.0),
                    });
                }
            }
            "ind" => {
                let side = |a: &str, b: &str| twips(p, a).or_else(|| twips(p, b)).unwrap_or(0.0);
                style.set.indent = Some(side("left", "start") + side("right", "end"));
            }
            _ => {}
        }
    }
}

fn parse_styles(doc: &roxmltree::Document) -> Styles {
    let mut out = Styles::default();
    for n in doc.descendants().filter(|n| n.is_element()) {
        match name(n) {
            "docDefaults" => {
                let mut s = Style::default();
                if let Some(rpr) = descendant(n, "rPr") {
                    run_props(rpr, &mut s);
                }
                if let Some(ppr) = descendant(n, "pPr") {
                    para_props(ppr, &mut s);
                }
                out.default_size = s.ch.size;
                out.defaults = s;
            }
            "style" => {
                let Some(id) = attr(n, "styleId") else {
                    continue;
                };
                let mut s = Style {
                    heading: val(n, "name")
                        .and_then(heading_from_name)
                        .or_else(|| heading_from_name(id)),
                    based_on: val(n, "basedOn").map(str::to_string),
                    ..Style::default()
                };
                if let Some(ppr) = child(n, "pPr") {
                    para_props(ppr, &mut s);
                }
                if let Some(rpr) = child(n, "rPr") {
                    run_props(rpr, &mut s);
                }
                s.cell_margins = child(n, "tblPr").and_then(cell_margins);
                if attr(n, "type") == Some("paragraph")
                    && matches!(attr(n, "default"), Some("1" | "true"))
                {
                    out.default_paragraph = Some(id.to_string());
                }
                out.by_id.insert(id.to_string(), s);
            }
            _ => {}
        }
    }
    out
}

/// One level of a list definition (also of a .doc's lists, [`super::doc`], and an .odt's).
#[derive(Debug, Clone, Default)]
pub(super) struct Level {
    pub start: i64,
    pub format: String,
    pub text: String,
    pub legal: bool,
    /// After which levels it starts again (`w:lvlRestart`, 1-based; 0: never): by default
    /// after any level above it.
    pub restart: Option<u8>,
    /// The level's indent (left plus right), which its paragraphs take unless they set
    /// their own.
    pub indent: Option<f32>,
}

/// A list (`w:num`): its abstract numbering, start overrides by level, and the levels it
/// redefines (`w:lvlOverride/w:lvl`).
#[derive(Debug, Clone, Default)]
pub(super) struct Num {
    pub abs: String,
    pub starts: HashMap<u8, i64>,
    pub levels: HashMap<u8, Level>,
}

#[derive(Debug, Default, Clone)]
pub(super) struct Numbering {
    pub abstracts: HashMap<String, HashMap<u8, Level>>,
    pub nums: HashMap<String, Num>,
    /// abstractNumId → the list style (`w:numStyleLink`) whose list gives its levels.
    links: HashMap<String, String>,
    /// Counters by abstract list: every numId of one abstractNum counts on the same list,
    /// as Word does; a numId with start overrides restarts it where it is first used (Word's
    /// "restart numbering" on a list's first item, whose next items may keep the style's
    /// numId).
    counters: HashMap<String, Counts>,
    /// The numIds with start overrides already used (their restart is done).
    restarted: HashSet<String>,
}

fn parse_level(lvl: Node) -> Option<(u8, Level)> {
    let ilvl = num::<u8>(lvl, "ilvl")?;
    Some((
        ilvl,
        Level {
            // (Word's starts are 0–32767: a larger one is none, so no count overflows.)
            start: child(lvl, "start")
                .and_then(|c| num::<u16>(c, "val"))
                .map_or(1, i64::from),
            // an empty format is not "none" here (OpenDocument's), but decimal
            format: val(lvl, "numFmt")
                .filter(|v| !v.is_empty())
                .unwrap_or("decimal")
                .to_string(),
            text: val(lvl, "lvlText").unwrap_or("").to_string(),
            legal: child(lvl, "isLgl").is_some_and(toggle),
            restart: child(lvl, "lvlRestart").and_then(|r| num(r, "val")),
            indent: child(lvl, "pPr").and_then(|pp| {
                let mut s = Style::default();
                para_props(pp, &mut s);
                s.set.indent
            }),
        },
    ))
}

fn parse_numbering(doc: &roxmltree::Document) -> Numbering {
    let mut out = Numbering::default();
    for n in doc.root_element().children().filter(|n| n.is_element()) {
        match name(n) {
            "abstractNum" => {
                let Some(id) = attr(n, "abstractNumId") else {
                    continue;
                };
                let levels = children(n, "lvl").filter_map(parse_level).collect();
                out.abstracts.insert(id.to_string(), levels);
                if let Some(link) = val(n, "numStyleLink") {
                    out.links.insert(id.to_string(), link.to_string());
                }
            }
            "num" => {
                let Some(id) = attr(n, "numId") else { continue };
                let Some(abs) = val(n, "abstractNumId") else {
                    continue;
                };
                let (mut starts, mut levels) = (HashMap::new(), HashMap::new());
                for o in children(n, "lvlOverride") {
                    let Some(l) = num::<u8>(o, "ilvl") else {
                        continue;
                    };
                    let level = child(o, "lvl").and_then(parse_level).map(|(_, lv)| lv);
                    let start = child(o, "startOverride")
                        .and_then(|s| num::<u16>(s, "val").map(i64::from))
                        .or(level.as_ref().map(|lv| lv.start));
                    if let Some(start) = start {
                        starts.insert(l, start);
                    }
                    if let Some(level) = level {
                        levels.insert(l, level);
                    }
                }
                let abs = abs.to_string();
                out.nums.insert(
                    id.to_string(),
                    Num {
                        abs,
                        starts,
                        levels,
                    },
                );
            }
            _ => {}
        }
    }
    out
}

impl Numbering {
    /// The label of the next paragraph in list `num_id` at `level` ("3.", "2.1", "•").
    /// The indent of a list level (see [`Level::indent`]).
    fn indent(&self, num_id: &str, level: u8) -> Option<f32> {
        let abs = &self.nums.get(num_id)?.abs;
        self.abstracts.get(abs)?.get(&level)?.indent
    }

    /// A list style's numbering (`w:numStyleLink`) takes the levels of the list its style
    /// names (the abstract numbering that holds `w:styleLink`, through the style's numId).
    fn link_styles(&mut self, styles: &Styles) {
        for (abs, link) in std::mem::take(&mut self.links) {
            let target = styles.by_id.get(&link).and_then(|s| s.num.as_ref());
            let levels = target
                .and_then(|(id, _)| self.nums.get(id))
                .and_then(|n| self.abstracts.get(&n.abs))
                .filter(|l| !l.is_empty())
                .cloned();
            if let Some(levels) = levels {
                self.abstracts.insert(abs, levels);
            }
        }
    }

    pub fn next(&mut self, num_id: &str, level: u8) -> Option<String> {
        let Num {
            abs,
            starts: overrides,
            levels: redefined,
        } = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abs)?;
        let level_of = |l: u8| redefined.get(&l).or_else(|| levels.get(&l));
        let lvl = level_of(level)?;
        if lvl.format == "bullet" {
            return Some(bullet_text(&lvl.text).to_string());
        }
        let start_of = |l: u8| -> i64 {
            overrides
                .get(&l)
                .copied()
                .or_else(|| level_of(l).map(|lv| lv.start))
                .unwrap_or(1)
        };
        let counts = self.counters.entry(abs.clone()).or_default();
        if !overrides.is_empty() && self.restarted.insert(num_id.to_string()) {
            for &l in overrides.keys() {
                if let Some(slot) = counts.0.get_mut(usize::from(l)) {
                    *slot = None;
                }
            }
        }
        let li = usize::from(level.min(8));
        counts.count(li, start_of(li as u8), |l| {
            let restart = level_of(l as u8).and_then(|lv| lv.restart);
            restart.is_some_and(|r| li >= usize::from(r))
        });
        if lvl.text.is_empty() {
            return None;
        }
        let text = counts.label(&lvl.text, li, |l, n| {
            let fmt = match lvl.legal {
                true => "decimal",
                false => level_of(l as u8).map_or("decimal", |lv| lv.format.as_str()),
            };
            format_number(n.unwrap_or_else(|| start_of(l as u8) - 1), fmt)
        });
        Some(text)
    }
}

/// A complex field being read: while `code`, its runs are its instruction (`w:instrText`,
/// and any field nested there, whose result is part of the instruction), not text of the
/// page; after `w:fldChar separate`, its result, which is.
#[derive(Debug, Default)]
struct Field {
    code: bool,
    instruction: String,
    /// A form dropdown's chosen entry: it has no result runs, the page shows the entry.
    entry: Option<String>,
}

impl Field {
    fn begin(fld_char: Node) -> Field {
        let list = child(fld_char, "ffData").and_then(|f| child(f, "ddList"));
        let entry = list.and_then(|l| {
            let chosen = child(l, "result").or_else(|| child(l, "default"));
            let at = chosen.and_then(|c| num::<usize>(c, "val")).unwrap_or(0);
            children(l, "listEntry")
                .nth(at)
                .and_then(|e| attr(e, "val"))
        });
        Field {
            code: true,
            instruction: String::new(),
            entry: entry.map(str::to_string),
        }
    }

    /// What a field that ends without a result shows: a dropdown's entry, a MACROBUTTON's
    /// display text (its instruction after the macro's name).
    fn shown(self) -> Option<String> {
        let mut words = self.instruction.trim_start().splitn(3, char::is_whitespace);
        let macro_text = match (words.next(), words.next(), words.next()) {
            (Some(k), Some(_), Some(rest)) if k.eq_ignore_ascii_case("MACROBUTTON") => {
                Some(rest.trim().to_string())
            }
            _ => None,
        };
        self.entry.or(macro_text).filter(|t| !t.is_empty())
    }
}

/// Everything the body walk needs.
#[derive(Default)]
struct Reader<'a> {
    styles: Styles,
    numbering: Numbering,
    footnotes: HashMap<String, Node<'a, 'a>>,
    endnotes: HashMap<String, Node<'a, 'a>>,
    pages: Pages,
    /// How many `w:lastRenderedPageBreak` the body has (Word laid the document out).
    rendered_breaks: usize,
    /// Each section, in order: whether it goes on on the page before (`w:type` continuous
    /// or nextColumn) and its page; the section being read.
    sections: Vec<(bool, Geometry)>,
    section: usize,
    /// A continuous section has just begun and has no text yet.
    section_start_mark: bool,
    /// What the style of the paragraph being read says of its characters.
    paragraph_chars: Chars,
    /// The complex fields (`w:fldChar`) open where the reader is, innermost last.
    fields: Vec<Field>,
    /// The parts merged in (`w:altChunk`) by relationship id: their lines, or why they are
    /// not read (a subdocument's file is outside the package).
    chunks: HashMap<String, Result<Vec<String>, String>>,
    /// What could not be read.
    warnings: Vec<String>,
    /// How the table style of the table being read sets its paragraphs: under their
    /// paragraph style, over the document's defaults.
    table_set: Setting,
}

impl Reader<'_> {
    /// Inside a field's instruction: nothing read is on the page.
    fn in_code(&self) -> bool {
        self.fields.iter().any(|f| f.code)
    }

    fn block_level(&mut self, n: Node) {
        match name(n) {
            "p" => self.paragraph(n, false),
            "tbl" => self.table(n),
            // The body and wrappers (a text box's content, of the two forms of a drawing the
            // first).
            "body" | "sdt" | "sdtContent" | "customXml" | "ins" | "smartTag" | "Choice"
            | "Fallback" | "txbxContent" => {
                for c in n.children().filter(|c| c.is_element()) {
                    self.block_level(c);
                }
            }
            "AlternateContent" => chosen(n).into_iter().for_each(|c| self.block_level(c)),
            "altChunk" | "relIds" => self.merged(n),
            _ => {}
        }
    }

    /// A part merged in (`w:altChunk`) or a diagram's (`dgm:relIds`, by its data part): its
    /// text, each line a paragraph; a subdocument (`w:subDoc`, a link to another file)
    /// cannot be read: said so.
    fn merged(&mut self, n: Node) {
        let id = attr(n, "id").or(attr(n, "dm")).unwrap_or("");
        match self.chunks.get(id) {
            Some(Ok(lines)) => {
                let plain = RunStyle::paragraph(None, Chars::default(), BODY_SIZE);
                for line in lines {
                    let run = Some(plain.run(line.as_str()));
                    self.pages.paragraph(false, None, plain, false, [run], []);
                }
            }
            Some(Err(why)) => self.warnings.push(why.clone()),
            None => self
                .warnings
                .push(format!("a w:{} names no part of the file", name(n))),
        }
    }

    fn table(&mut self, tbl: Node) {
        let cols = child(tbl, "tblGrid")
            .into_iter()
            .flat_map(|g| children(g, "gridCol"));
        let mut grid: Vec<f32> = cols.map(|c| twips(c, "w").unwrap_or(0.0)).collect();
        // A table as wide as a share of the text (`w:tblW` of type pct, in fiftieths of a
        // per cent, or "100%"): its grid is scaled to that width.
        let tpr = child(tbl, "tblPr");
        let width = tpr.and_then(|p| child(p, "tblW"));
        let share = width
            .filter(|w| attr(*w, "type") == Some("pct"))
            .and_then(|w| {
                let v = attr(w, "w")?;
                let (v, per) = v.strip_suffix('%').map_or((v, 5000.0), |p| (p, 100.0));
                v.trim().parse::<f32>().ok().map(|v| v / per)
            });
        let total: f32 = grid.iter().sum();
        if let Some(share) = share.filter(|s| *s > 0.0) {
            let text = self.pages.text_width();
            grid.iter_mut()
                .for_each(|c| *c *= share * text / total.max(1.0));
        }
        // Rows inside content controls or custom XML are rows; a deleted row is gone.
        let rows = wrapped(tbl, "tr");
        let style = tpr.and_then(|p| val(p, "tblStyle"));
        let style = style.map_or_else(Style::default, |s| self.styles.resolved(Some(s)));
        let outer_set = std::mem::replace(&mut self.table_set, style.set);
        // The cells' inner margins: the table's own (`w:tblCellMar`), else its style's.
        let margins = tpr.and_then(cell_margins).or(style.cell_margins);
        let outer = self.pages.table_grid(grid, margins);
        // The table's first rows, when they are header rows, repeat on every page.
        let mut leading = true;
        for tr in rows {
            let trpr = child(tr, "trPr");
            let on = |k| trpr.and_then(|p| child(p, k)).is_some_and(toggle);
            leading &= on("tblHeader");
            let height = trpr.and_then(|p| child(p, "trHeight"));
            let rule = height.and_then(|h| attr(h, "hRule"));
            let height = height.and_then(|h| twips(h, "val")).unwrap_or(0.0);
            let sign = match rule {
                Some("exact") => -1.0,
                Some("auto") => 0.0,
                _ => 1.0,
            };
            self.pages
                .next_row(leading, on("cantSplit"), sign * height.abs());
            let cells = wrapped(tr, "tc").into_iter().map(|cell| {
                let span = child(cell, "tcPr")
                    .and_then(|p| child(p, "gridSpan"))
                    .and_then(|g| num::<usize>(g, "val"));
                (Some(cell), span.unwrap_or(1))
            });
            self.row(cells);
        }
        self.pages.table_grid(outer.0, outer.1);
        self.table_set = outer_set;
    }

    fn paragraph(&mut self, p: Node, in_cell: bool) {
        let ppr = child(p, "pPr");
        // A paragraph whose mark is a tracked deletion (or moved away) and that keeps no
        // text of its own is gone once the changes are accepted: no list number either.
        let mark_deleted = ppr
            .and_then(|pp| child(pp, "rPr"))
            .is_some_and(|r| child(r, "del").is_some() || child(r, "moveFrom").is_some());
        if mark_deleted && !in_cell && ppr.and_then(|pp| child(pp, "sectPr")).is_none() {
            let kept = p.descendants().any(|d| {
                d.is_element()
                    && matches!(
                        name(d),
                        "t" | "lastRenderedPageBreak" | "br" | "drawing" | "pict"
                    )
                    && !d.ancestors().any(|a| matches!(name(a), "del" | "moveFrom"))
            });
            if !kept {
                return;
            }
            self.pages.join_next = true;
        }
        let style_id = ppr.and_then(|pp| val(pp, "pStyle"));
        let mut style = self.styles.resolved(style_id);
        if let Some(pp) = ppr {
            let mut own = Style::default();
            para_props(pp, &mut own);
            style.heading = own.heading.or(style.heading);
            style.num = own.num.or(style.num);
            if let (Some(l), Some((_, level))) = (own.num_level, style.num.as_mut()) {
                *level = l;
            }
            style.page_break_before = own.page_break_before.or(style.page_break_before);
            style.set = own.set.or(&style.set);
        }
        if in_cell {
            style.set = style.set.or(&self.table_set);
        }
        if ppr.and_then(|pp| child(pp, "ind")).is_none() {
            if let Some((id, level)) = &style.num {
                let indent = self.numbering.indent(id, *level);
                style.set.indent = indent.or(style.set.indent);
            }
        }
        let mut metrics = (self.styles).metrics(&style, style.heading.is_some(), style_id);
        // A size or font set on the runs (direct formatting) rather than in the style sets
        // the paragraph: that of its first run of text.
        let first_run = p.descendants().find(|r| {
            name(*r) == "r"
                && r.children()
                    .any(|t| name(t) == "t" && t.text().is_some_and(|x| !x.trim().is_empty()))
        });
        if let Some(rpr) = first_run.and_then(|r| child(r, "rPr")) {
            if let Some(half) = child(rpr, "sz").and_then(|s| num::<f32>(s, "val")) {
                metrics.size = half / 2.0;
            }
            if let Some(font) =
                child(rpr, "rFonts").and_then(|f| attr(f, "ascii").or(attr(f, "hAnsi")))
            {
                metrics.face = face_of_font(font);
            }
        }
        self.pages.metrics(metrics);
        if style.page_break_before == Some(true) && !in_cell {
            self.pages.page_break(Break::Explicit);
        }
        let heading = style.heading;
        self.paragraph_chars = style.ch;
        let size = self.styles.default_size.unwrap_or(BODY_SIZE);
        let base = RunStyle::paragraph(heading, style.ch, size);
        let label = match &style.num {
            Some((num_id, level)) if num_id != "0" => self.numbering.next(num_id, *level),
            _ => None,
        };
        self.paragraph_text(p, in_cell, label.as_deref(), base, heading.is_some());
        // A field's instruction ends with its paragraph (a result may run on).
        self.fields.retain(|f| !f.code);
        // A paragraph that carries a section break ends a section. How the next section
        // starts is said by that section's own properties, which stand at its end (the next
        // sectPr): on a new page unless "continuous" (or "nextColumn").
        if ppr.and_then(|pp| child(pp, "sectPr")).is_some() && !in_cell {
            self.section += 1;
            let next = self.sections.get(self.section).copied();
            if let Some((_, g)) = next {
                self.pages.geometry(g);
            }
            if next.is_some_and(|s| s.0) {
                // Word marks the start of a continuous section as if a page began there
                // (w:lastRenderedPageBreak before its first text), though none does: its
                // own page count and table of contents leave it out.
                self.section_start_mark = true;
            } else {
                self.pages.page_break(Break::Explicit);
            }
        }
    }

    fn run<'n>(
        &mut self,
        r: Node<'n, 'n>,
        base: RunStyle,
        heading: bool,
        text_boxes: &mut Vec<Node<'n, 'n>>,
    ) {
        // The run's own properties, then its character style's, then its paragraph's.
        let (rpr, mut own) = (child(r, "rPr"), Style::default());
        rpr.inspect(|p| run_props(*p, &mut own));
        let style = rpr.and_then(|p| val(p, "rStyle"));
        let of_style = style.map_or_else(Chars::default, |id| self.styles.resolved(Some(id)).ch);
        let ch = own.ch.or(of_style).or(self.paragraph_chars);
        let st = base.within(ch, heading);
        let (hidden, caps) = (ch.hidden == Some(true), ch.caps == Some(true));
        let push = |pages: &mut Pages, text: &str| pages.push(st.run(text));
        // Hidden text is not on the page; where Word broke the page still counts.
        for c in r.children().filter(|c| c.is_element()) {
            match name(c) {
                "lastRenderedPageBreak" => {
                    self.rendered_breaks += 1;
                    if !std::mem::take(&mut self.section_start_mark) {
                        self.pages.page_break(Break::Rendered)
                    }
                }
                "fldChar" => match attr(c, "fldCharType") {
                    Some("begin") => self.fields.push(Field::begin(c)),
                    Some("separate") => {
                        // (A field whose result is never shown stays code to its end.)
                        if let Some(f) = self.fields.last_mut() {
                            f.code = unshown_field(&f.instruction);
                            f.entry = None;
                        }
                    }
                    Some("end") => {
                        let shown = self.fields.pop().filter(|f| f.code).and_then(Field::shown);
                        if let Some(text) = shown.filter(|_| !hidden && !self.in_code()) {
                            push(&mut self.pages, &text);
                        }
                    }
                    _ => {}
                },
                "instrText" => {
                    if let Some(f) = self.fields.last_mut().filter(|f| f.code) {
                        f.instruction.push_str(c.text().unwrap_or(""));
                    }
                }
                _ if hidden || self.in_code() => {}
                "t" => {
                    let text = c.text().unwrap_or("");
                    if !text.trim().is_empty() {
                        self.section_start_mark = false;
                    }
                    push(&mut self.pages, &cased(text, caps))
                }
                "tab" | "ptab" => push(&mut self.pages, " "),
                "noBreakHyphen" => push(&mut self.pages, "-"),
                "sym" => {
                    let ch = attr(c, "char")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                        .filter(|ch| !('\u{E000}'..='\u{F8FF}').contains(ch));
                    if let Some(ch) = ch {
                        push(&mut self.pages, &ch.to_string());
                    }
                }
                "br" => match attr(c, "type") {
                    Some("page") => self.pages.page_break(Break::Explicit),
                    Some("column") => push(&mut self.pages, " "),
                    _ => self.pages.end_line(),
                },
                "cr" => self.pages.end_line(),
                "footnoteReference" | "endnoteReference" => {
                    if let Some(id) = attr(c, "id") {
                        let endnote = name(c) == "endnoteReference";
                        let notes = if endnote {
                            &self.endnotes
                        } else {
                            &self.footnotes
                        };
                        let runs = note_runs(notes.get(id).copied());
                        let mark = self.pages.note(endnote, None, runs);
                        push(&mut self.pages, &mark);
                    }
                }
                // An inline drawing without text takes its height (one with text, that of
                // its text's lines).
                "drawing" | "pict" | "object" | "AlternateContent" => {
                    let before = text_boxes.len();
                    boxes(c, text_boxes);
                    let extent = descendant(c, "inline").and_then(|i| child(i, "extent"));
                    let extent = extent.filter(|_| text_boxes.len() == before);
                    if let Some(cy) = extent.and_then(|e| num::<f32>(e, "cy")) {
                        self.pages.figure(cy / 12700.0);
                    }
                }
                _ => {}
            }
        }
    }
}

impl Body for Reader<'_> {
    fn pages(&mut self) -> &mut Pages {
        &mut self.pages
    }

    /// The runs of a paragraph (and of hyperlinks, fields, insertions inside it).
    fn inline<'n>(
        &mut self,
        n: Node<'n, 'n>,
        base: RunStyle,
        heading: bool,
        text_boxes: &mut Vec<Node<'n, 'n>>,
    ) {
        for c in n.children().filter(|c| c.is_element()) {
            match name(c) {
                "r" => self.run(c, base, heading, text_boxes),
                "pPr" | "del" | "moveFrom" | "rPr" | "bookmarkStart" | "bookmarkEnd"
                | "proofErr" | "commentRangeStart" | "commentRangeEnd" => {}
                "AlternateContent" => {
                    if let Some(branch) = chosen(c) {
                        self.inline(branch, base, heading, text_boxes);
                    }
                }
                "subDoc" => self.merged(c),
                _ => self.inline(c, base, heading, text_boxes),
            }
        }
    }

    fn text_box(&mut self, b: Node) {
        self.block_level(b);
    }

    fn cell(&mut self, cell: Node) {
        for c in cell.children().filter(|c| c.is_element()) {
            match name(c) {
                "p" => self.paragraph(c, true),
                "tcPr" => {}
                _ => self.block_level(c),
            }
        }
    }
}

/// The rows of a table or the cells of a row (`tag`: `w:tr`, `w:tc`), also those inside
/// content controls (`w:sdt`) or custom XML, without the rows deleted by a tracked change
/// (`w:trPr/w:del`).
fn wrapped<'a, 'i>(n: Node<'a, 'i>, tag: &str) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for c in n.children().filter(|c| c.is_element()) {
        match name(c) {
            t if t == tag && child(c, "trPr").and_then(|p| child(p, "del")).is_none() => {
                out.push(c)
            }
            "sdt" | "sdtContent" | "customXml" => out.extend(wrapped(c, tag)),
            _ => {}
        }
    }
    out
}

/// The properties of each section of the body, in order: each paragraph's `w:sectPr` (a
/// section's properties stand at its end) and then the body's own, last one.
fn section_props<'a, 'i>(body: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    body.descendants()
        .filter(|n| n.is_element() && name(*n) == "sectPr")
        .filter(|n| {
            n.parent()
                .is_some_and(|p| matches!(name(p), "pPr" | "body"))
        })
        .filter(|n| !n.ancestors().any(|a| name(a) == "tbl"))
        .collect()
}

/// The namespaces of Office's own markup: an `mc:Choice` that requires others is for a
/// reader that knows them.
const OFFICE_NAMESPACES: [&str; 3] = [
    "http://schemas.microsoft.com/office/",
    "http://schemas.openxmlformats.org/",
    "http://purl.oclc.org/ooxml/",
];

/// The branch of an `mc:AlternateContent` a reader takes: the first `mc:Choice` whose
/// required namespaces (`Requires`, prefixes) are all Office's, else the `mc:Fallback`.
fn chosen<'a, 'i>(ac: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    let known = |c: Node, prefix: &str| {
        c.lookup_namespace_uri(Some(prefix))
            .is_some_and(|u| OFFICE_NAMESPACES.iter().any(|k| u.starts_with(k)))
    };
    ac.children().find(|c| match name(*c) {
        "Choice" => attr(*c, "Requires")
            .unwrap_or("")
            .split_whitespace()
            .all(|p| known(*c, p)),
        "Fallback" => c.is_element(),
        _ => false,
    })
}

/// The text boxes (`w:txbxContent`) and diagrams (`dgm:relIds`) of a drawing, each once:
/// of an `mc:AlternateContent` the branch a reader takes, not the other copy.
fn boxes<'a, 'i>(n: Node<'a, 'i>, out: &mut Vec<Node<'a, 'i>>) {
    match name(n) {
        "txbxContent" | "relIds" => out.push(n),
        "AlternateContent" => chosen(n).into_iter().for_each(|b| boxes(b, out)),
        _ => n
            .children()
            .filter(|c| c.is_element())
            .for_each(|c| boxes(c, out)),
    }
}

/// The text of a diagram (SmartArt) whose data part is `data`, a line per paragraph of its
/// nodes (`dgm:pt` of no other type), in the order they are written.
fn diagram_lines(data: &str) -> Vec<String> {
    let Ok(d) = roxmltree::Document::parse(data) else {
        return Vec::new();
    };
    let nodes = d
        .descendants()
        .filter(|n| n.is_element() && name(*n) == "pt");
    let nodes = nodes.filter(|n| attr(*n, "type").is_none_or(|t| t == "node"));
    let paragraphs = nodes
        .filter_map(|n| child(n, "t"))
        .flat_map(|t| children(t, "p"));
    paragraphs
        .map(|p| pieces(p).collect::<String>())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// The notes of a notes part (footnotes.xml, endnotes.xml) by id, without the separators.
fn notes<'a>(doc: &'a roxmltree::Document<'a>) -> HashMap<String, Node<'a, 'a>> {
    doc.root_element()
        .children()
        .filter(|n| n.is_element() && matches!(name(*n), "footnote" | "endnote"))
        .filter(|n| attr(*n, "type").is_none_or(|t| t == "normal"))
        .filter_map(|n| attr(n, "id").map(|id| (id.to_string(), n)))
        .collect()
}

/// Every relationship of `type_suffix` in a .rels part, in order, as (id, target): the
/// target resolved against `dir` (the folder of the part the relationships belong to), an
/// external one (`TargetMode="External"`) as written.
fn rel_ids(
    rels: Option<&roxmltree::Document>,
    type_suffix: &str,
    dir: &str,
) -> Vec<(String, String)> {
    let Some(rels) = rels else {
        return Vec::new();
    };
    rels.descendants()
        .filter(|n| n.is_element() && name(*n) == "Relationship")
        .filter(|n| attr(*n, "Type").is_some_and(|t| t.ends_with(type_suffix)))
        .filter_map(|n| {
            let target = attr(n, "Target")?;
            let target = match target.strip_prefix('/') {
                _ if attr(n, "TargetMode") == Some("External") => target.to_string(),
                Some(abs) => abs.to_string(),
                None if dir.is_empty() => target.to_string(),
                None => format!("{dir}/{target}"),
            };
            Some((attr(n, "Id").unwrap_or("").to_string(), target))
        })
        .collect()
}

/// The text of a part merged into the document (`w:altChunk`): a Word document, an RTF,
/// HTML or plain text file, line by line; `depth` bounds documents merged into merged ones.
fn chunk_lines(bytes: &[u8], depth: u8) -> Result<Vec<String>, FormatError> {
    let doc = if bytes.starts_with(b"PK") {
        if depth > 2 {
            return Err(FormatError::package(".docx", "merged parts nest too deep"));
        }
        extract_at(bytes, depth + 1)?
    } else if super::rtf::is_rtf(bytes) {
        super::rtf::extract(bytes)?
    } else if String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).contains('<') {
        super::html::extract(bytes)?
    } else {
        super::text::extract_reader(bytes)?
    };
    Ok(doc
        .pages
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| l.text.clone())
        .collect())
}

/// The text of paragraph `p` piece by piece (`w:t`, a tab as a space), without deleted,
/// moved-away or hidden (`w:vanish` on the run) text.
fn pieces<'a>(p: Node<'a, '_>) -> impl Iterator<Item = &'a str> {
    let hidden = |t: Node| {
        t.parent()
            .and_then(|r| child(r, "rPr"))
            .and_then(|p| child(p, "vanish"))
            .is_some_and(toggle)
    };
    p.descendants().filter_map(move |t| match name(t) {
        "t" if t.is_element()
            && !hidden(t)
            && !t.ancestors().any(|a| matches!(name(a), "del" | "moveFrom")) =>
        {
            Some(t.text().unwrap_or(""))
        }
        "tab" if t.is_element() => Some(" "),
        _ => None,
    })
}

/// The paragraphs of `n` (a note, a header or footer part, a table cell's paragraphs too).
fn paragraphs<'a, 'i>(n: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    n.descendants()
        .filter(|n| n.is_element() && name(*n) == "p")
}

/// A note's text as one line of runs.
fn note_runs(note: Option<Node>) -> Vec<Run> {
    note.into_iter()
        .flat_map(paragraphs)
        .flat_map(|p| pieces(p).chain([" "]))
        .map(note_run)
        .collect()
}

/// Extract a .docx file.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    extract_at(bytes, 0)
}

/// Extract a .docx file merged `depth` deep into others.
fn extract_at(bytes: &[u8], depth: u8) -> Result<ExtractedDoc, FormatError> {
    let mut pkg = Package::open(bytes, ".docx")?;
    let root_rels = pkg.text("_rels/.rels")?;
    let root_rels = pkg.parse_opt("_rels/.rels", &root_rels)?;
    let main = rel_ids(root_rels.as_ref(), "/officeDocument", "")
        .into_iter()
        .next()
        .map_or_else(|| "word/document.xml".to_string(), |(_, t)| t);
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main.as_str()));
    let rels_name = match dir {
        "" => format!("_rels/{file}.rels"),
        dir => format!("{dir}/_rels/{file}.rels"),
    };
    let rels_xml = pkg.text(&rels_name)?;
    let rels = pkg.parse_opt(&rels_name, &rels_xml)?;
    let document_xml = pkg.required(&main)?;
    // A part the document relates to (else where Word puts it): its name and text.
    let mut part = |suffix: &str, default: &str| -> Result<_, FormatError> {
        let first = rel_ids(rels.as_ref(), suffix, dir).into_iter().next();
        let name = first.map_or_else(|| format!("{dir}/{default}"), |(_, t)| t);
        Ok((pkg.text(&name)?, name))
    };
    let (styles_xml, styles_name) = part("/styles", "styles.xml")?;
    let (numbering_xml, numbering_name) = part("/numbering", "numbering.xml")?;
    let (footnotes_xml, footnotes_name) = part("/footnotes", "footnotes.xml")?;
    let (endnotes_xml, endnotes_name) = part("/endnotes", "endnotes.xml")?;
    let (theme_xml, _) = part("/theme", "theme/theme1.xml")?;
    let core_xml = pkg.text("docProps/core.xml")?;
    let app_xml = pkg.text("docProps/app.xml")?;

    let document = pkg.parse(&main, &document_xml)?;
    let mut styles = pkg
        .parse_opt(&styles_name, &styles_xml)?
        .map(|d| parse_styles(&d))
        .unwrap_or_default();
    // The theme only tells the layout estimate which fonts "minor" and "major" are; a
    // theme that cannot be read leaves them unknown.
    if let Some(theme) = theme_xml
        .as_deref()
        .and_then(|x| roxmltree::Document::parse(x).ok())
    {
        let font = |kind: &str| {
            descendant(theme.root(), kind)
                .and_then(|n| child(n, "latin"))
                .and_then(|l| attr(l, "typeface"))
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        styles.minor_font = font("minorFont");
        styles.major_font = font("majorFont");
    }
    let mut numbering = pkg
        .parse_opt(&numbering_name, &numbering_xml)?
        .map(|d| parse_numbering(&d))
        .unwrap_or_default();
    numbering.link_styles(&styles);
    let footnotes_doc = pkg.parse_opt(&footnotes_name, &footnotes_xml)?;
    let endnotes_doc = pkg.parse_opt(&endnotes_name, &endnotes_xml)?;
    let title = pkg
        .parse_opt("docProps/core.xml", &core_xml)?
        .and_then(|d| dc_title(&d));

    let body = child(document.root_element(), "body")
        .ok_or_else(|| FormatError::package(".docx", format!("{main} has no body")))?;
    let sections = section_props(body);
    let mut running_heights = HashMap::new();
    for (id, target) in [
        rel_ids(rels.as_ref(), "/header", dir),
        rel_ids(rels.as_ref(), "/footer", dir),
    ]
    .concat()
    {
        if let Ok(Some(xml)) = pkg.text(&target) {
            if let Ok(d) = roxmltree::Document::parse(&xml) {
                running_heights.insert(id, running_height(d.root_element(), &styles));
            }
        }
    }
    let pages = geometries(&sections, &running_heights);
    let footnotes = footnotes_doc.as_ref().map(notes).unwrap_or_default();
    let endnotes = endnotes_doc.as_ref().map(notes).unwrap_or_default();
    let mut chunks = HashMap::new();
    for (id, target) in rel_ids(rels.as_ref(), "/aFChunk", dir) {
        let lines = match pkg.bytes(&target) {
            Ok(Some(b)) => chunk_lines(&b, depth).map_err(|e| e.to_string()),
            Ok(None) => Err("is missing".to_string()),
            Err(e) => Err(e.to_string()),
        };
        let why = |e| format!("the merged part {target} (w:altChunk) is not read: {e}");
        chunks.insert(id, lines.map_err(why));
    }
    for (id, target) in rel_ids(rels.as_ref(), "/diagramData", dir) {
        let lines = pkg.text(&target).ok().flatten().map(|d| diagram_lines(&d));
        chunks.insert(id, Ok(lines.unwrap_or_default()));
    }
    for (id, target) in rel_ids(rels.as_ref(), "/subDocument", dir) {
        let why = format!("the subdocument {target} (w:subDoc) is another file: not read");
        chunks.insert(id, Err(why));
    }
    let new_reader = || Reader {
        styles: styles.clone(),
        numbering: numbering.clone(),
        footnotes: footnotes.clone(),
        endnotes: endnotes.clone(),
        sections: (sections.iter().zip(&pages))
            .map(|(s, g)| {
                let goes_on = matches!(val(*s, "type"), Some("continuous" | "nextColumn"));
                (goes_on, *g)
            })
            .collect(),
        chunks: chunks.clone(),
        ..Reader::default()
    };
    let first = pages.first().copied().unwrap_or_default();
    let rendered = document_xml.contains("lastRenderedPageBreak");
    let reader = read_laid_out(rendered, first, new_reader, |r| r.block_level(body));
    // Word's own page count (docProps/app.xml) is a check on the breaks read when Word laid
    // the document out (other writers put a template's value there); it can be stale
    // (written before the last edit), so it is only reported.
    let counted = match &app_xml {
        Some(x) if reader.rendered_breaks > 0 => {
            descendant(pkg.parse("docProps/app.xml", x)?.root(), "Pages")
                .and_then(|n| n.text())
                .and_then(|t| t.trim().parse::<usize>().ok())
        }
        _ => None,
    };
    // Headers and footers are no text of the page, but running text: the first page keeps
    // their lines (each once) apart, as a PDF page keeps its running headers. A part that
    // cannot be read is left out; the document's text does not depend on it.
    // A header or footer part gives a line per paragraph, without page numbers (a PAGE
    // field's value).
    let mut running = Vec::new();
    let parts = [
        rel_ids(rels.as_ref(), "/header", dir),
        rel_ids(rels.as_ref(), "/footer", dir),
    ];
    for (_, target) in parts.concat() {
        if let Ok(Some(xml)) = pkg.text(&target) {
            if let Ok(d) = roxmltree::Document::parse(&xml) {
                for p in paragraphs(d.root()) {
                    running_line(&mut running, &pieces(p).collect::<String>());
                }
            }
        }
    }
    let mut doc = reader.pages.into_doc(title, counted, running);
    for w in reader.warnings {
        if !doc.warnings.contains(&w) {
            doc.warnings.push(w);
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_labels_count_like_word() {
        let xml = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="2">
              <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
          </w:numbering>"#;
        let doc = roxmltree::Document::parse(xml).unwrap();
        let mut n = parse_numbering(&doc);
        assert_eq!(n.next("1", 0).as_deref(), Some("1."));
        assert_eq!(n.next("1", 1).as_deref(), Some("1.a)"));
        assert_eq!(n.next("1", 1).as_deref(), Some("1.b)"));
        assert_eq!(n.next("1", 0).as_deref(), Some("2."));
        assert_eq!(n.next("1", 1).as_deref(), Some("2.a)"));
        assert_eq!(n.next("2", 0).as_deref(), Some("10."));
        assert_eq!(n.next("2", 0).as_deref(), Some("11."));
        // the list instance without an override goes on from the restarted count, and the
        // restart is done once
        assert_eq!(n.next("1", 0).as_deref(), Some("12."));
        assert_eq!(n.next("2", 0).as_deref(), Some("13."));
        assert_eq!(n.next("3", 0).as_deref(), Some("•"));
        assert_eq!(n.next("9", 0), None);
    }

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// A .docx package with `body` as its document body and the given other parts.
    fn docx_with(body: &str, parts: &[(&str, String)]) -> Vec<u8> {
        use std::io::Write;
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
        );
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        for (name, data) in parts {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(data.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    fn docx(body: &str) -> Vec<u8> {
        docx_with(body, &[])
    }

    #[test]
    fn footnotes_at_the_foot_of_their_page_endnotes_at_the_end() {
        let note = |kind: &str, id: u32, text: &str| {
            format!(r#"<w:{kind} w:id="{id}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}>"#)
        };
        let footnotes = format!(
            r#"<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{}</w:footnotes>"#,
            note("footnote", 7, "Se beslutet.")
        );
        let endnotes = format!(
            r#"<w:endnotes xmlns:w="{W}">{}{}</w:endnotes>"#,
            note("endnote", 2, "Källa ett."),
            note("endnote", 3, "Källa två.")
        );
        let body = [
            p(&format!(
                r#"{}<w:r><w:footnoteReference w:id="7"/></w:r>"#,
                t("Första sidan.")
            )),
            p(&format!(
                r#"{}<w:r><w:endnoteReference w:id="2"/></w:r>"#,
                t("Mer.")
            )),
            p(r#"<w:r><w:br w:type="page"/></w:r>"#),
            p(&format!(
                r#"{}<w:r><w:endnoteReference w:id="3"/></w:r>"#,
                t("Andra sidan.")
            )),
        ]
        .concat();
        let bytes = docx_with(
            &body,
            &[
                ("word/footnotes.xml", footnotes),
                ("word/endnotes.xml", endnotes),
            ],
        );
        let doc = extract(&bytes).unwrap();
        assert_eq!(
            doc.pages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>(),
            [
                "Första sidan.[1]\n\nMer.[i]\n\n[1] Se beslutet.",
                "Andra sidan.[ii]\n\n[i] Källa ett.\n\n[ii] Källa två."
            ]
        );
        let foot = doc.pages[0].lines.last().unwrap();
        assert!(foot.size < doc.pages[0].lines[0].size);
    }

    fn p(inner: &str) -> String {
        format!("<w:p>{inner}</w:p>")
    }

    fn t(text: &str) -> String {
        format!("<w:r><w:t>{text}</w:t></w:r>")
    }

    fn page_texts(bytes: &[u8]) -> Vec<String> {
        extract(bytes)
            .unwrap()
            .pages
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn sections_start_pages_by_their_own_type() {
        // The section properties stand at a section's end: the second section here is
        // continuous (no new page, and Word's rendered-break mark at its start is not a
        // page), the third starts on a new page.
        let lrpb = "<w:r><w:lastRenderedPageBreak/></w:r>";
        let sect = |kind: &str| {
            format!(r#"<w:p><w:pPr><w:sectPr><w:type w:val="{kind}"/></w:sectPr></w:pPr></w:p>"#)
        };
        let body = [
            p(&t("Omslag")),
            sect("continuous"),
            p(&format!("{lrpb}{}", t("Innehåll"))),
            p(&format!(
                "{}{}",
                t("Första"),
                "<w:r><w:lastRenderedPageBreak/><w:t> andra sidan</w:t></w:r>"
            )),
            sect("continuous"),
            p(&format!("{lrpb}{}", t("Bilaga"))),
            r#"<w:sectPr><w:type w:val="nextPage"/></w:sectPr>"#.to_string(),
        ]
        .concat();
        assert_eq!(
            page_texts(&docx(&body)),
            ["Omslag\n\nInnehåll\n\nFörsta", "andra sidan", "Bilaga"]
        );
    }

    #[test]
    fn a_rendered_break_right_after_an_explicit_one_is_the_same_page() {
        let body = [
            p(&t("Ett")),
            p(r#"<w:r><w:br w:type="page"/></w:r>"#),
            p(&format!(
                "<w:r><w:lastRenderedPageBreak/></w:r>{}",
                t("Två")
            )),
            p(r#"<w:r><w:br w:type="page"/></w:r>"#),
            p(r#"<w:r><w:br w:type="page"/></w:r>"#),
            p(&t("Fyra")),
        ]
        .concat();
        // Two explicit breaks in a row leave an empty page, as Word shows it.
        assert_eq!(page_texts(&docx(&body)), ["Ett", "Två", "", "Fyra"]);
    }

    #[test]
    fn heading_style_names() {
        assert_eq!(heading_from_name("heading 2"), Some(2));
        assert_eq!(heading_from_name("Rubrik1"), Some(1));
        assert_eq!(heading_from_name("Title"), Some(0));
        assert_eq!(heading_from_name("Normal"), None);
        assert_eq!(heading_from_name("heading 10"), None);
    }

    #[test]
    fn a_deleted_list_paragraph_takes_no_number() {
        let numbering = format!(
            r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        );
        let item = |inner: &str, deleted: bool| {
            let mark = if deleted {
                r#"<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>"#
            } else {
                ""
            };
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>{mark}</w:pPr>{inner}</w:p>"#
            )
        };
        let body = [
            item(&t("Första."), false),
            item(
                r#"<w:del w:id="8" w:author="A"><w:r><w:delText>Struken.</w:delText></w:r></w:del>"#,
                true,
            ),
            item(&t("Andra."), false),
        ]
        .concat();
        let bytes = docx_with(&body, &[("word/numbering.xml", numbering)]);
        assert_eq!(page_texts(&bytes), vec!["1. Första.\n\n2. Andra."]);
    }
}
