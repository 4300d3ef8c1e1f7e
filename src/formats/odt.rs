//! OpenDocument text (.odt), read natively: the zip package (`zip`) and its XML parts
//! (`roxmltree`), into the model of [`super::office`]:
//!
//! * headings: `text:h` with its outline level, the "Title" style; other text keeps its
//!   paragraph and span styles (automatic styles in content.xml, named ones in styles.xml);
//! * list numbers are counted as LibreOffice counts them (format, prefix, suffix, start
//!   value, displayed levels, `text:continue-numbering`, `text:start-value`);
//! * pages break at LibreOffice's `text:soft-page-break` (when they fit the text) and where
//!   the author asked (`fo:break-before`/`-after` "page", a master page);
//! * tracked deletions and comments are not text; the title is meta.xml's.

use std::collections::HashMap;

use roxmltree::Node;

use crate::model::ExtractedDoc;

use super::docx::Level;
use super::layout::{length, Geometry, Metrics, Setting, Spacing};
use super::office::{
    attr, bullet_text, cased, child, children, dc_title, descendant, format_number, name, note_run,
    num, read_laid_out, style_chain, Body, Break, Chars, Counts, Package, Pages, RunStyle,
    BODY_SIZE,
};
use super::FormatError;

#[derive(Debug, Default, Clone)]
struct Style {
    /// Its name, and whether it is an automatic style (of one document's paragraphs,
    /// under a named one).
    name: String,
    automatic: bool,
    parent: Option<String>,
    /// Bold, italic, size, hidden text (`text:display="none"`), capitals
    /// (`fo:text-transform="uppercase"`, `fo:font-variant="small-caps"`).
    ch: Chars,
    break_before: Option<bool>,
    break_after: Option<bool>,
    list_style: Option<String>,
    outline: Option<u8>,
    title: bool,
    /// The master page a paragraph or table of this (automatic) style starts: a new page,
    /// in that master's page layout.
    master: Option<String>,
    /// What the page layout estimate needs: a size relative to the parent style's, spacing
    /// before and after, line spacing, indents, font, "keep with next".
    size_percent: Option<f32>,
    set: Setting,
    /// A table's or table column's width, a column's relative width (`style:rel-column-width`,
    /// all a pandoc or a headless LibreOffice save may give); a section's columns and gap.
    column_width: Option<f32>,
    rel_width: Option<f32>,
    columns: Option<(Option<u32>, Option<f32>)>,
    /// A table row that may not break across pages (`fo:keep-together="always"`), and its
    /// height as [`Pages::next_row`] takes it (`style:min-row-height`, `style:row-height`).
    whole_row: bool,
    row_height: f32,
}

/// The height of a line of a header or footer (9 to 10 points of text).
const RUNNING_LINE: f32 = 13.0;

#[derive(Debug, Default, Clone)]
struct Styles {
    by_name: HashMap<String, Style>,
    /// The levels of each list style, as Word's (a bullet's format "bullet", its text the
    /// character; a number's text the template of the levels it shows, "%1.%2)").
    lists: HashMap<String, HashMap<usize, Level>>,
    /// The default paragraph style (`style:default-style`), under every chain.
    default: Style,
    /// The page of each page layout (`style:page-layout`), the layout of each master page,
    /// and the first master page.
    layouts: HashMap<String, (Geometry, [(f32, f32); 2])>,
    masters: HashMap<String, (String, [Option<f32>; 2])>,
    first_master: Option<String>,
}

impl Styles {
    fn add(&mut self, container: Node) {
        for s in container.children().filter(|c| c.is_element()) {
            match name(s) {
                "style" => {
                    let Some(n) = attr(s, "name") else { continue };
                    let mut st = Style {
                        name: n.to_string(),
                        automatic: name(container) == "automatic-styles",
                        parent: attr(s, "parent-style-name").map(str::to_string),
                        list_style: attr(s, "list-style-name").map(str::to_string),
                        outline: num(s, "default-outline-level"),
                        title: n == "Title" || attr(s, "display-name") == Some("Title"),
                        master: attr(s, "master-page-name")
                            .filter(|m| !m.is_empty())
                            .map(str::to_string),
                        ..Style::default()
                    };
                    style_props(s, &mut st);
                    self.by_name.insert(n.to_string(), st);
                }
                "default-style" if attr(s, "family") == Some("paragraph") => {
                    self.default = Style::default();
                    style_props(s, &mut self.default);
                }
                "page-layout" => {
                    let Some(n) = attr(s, "name") else { continue };
                    self.layouts.insert(n.to_string(), page_layout(s));
                }
                "master-page" => {
                    let (Some(n), Some(l)) = (attr(s, "name"), attr(s, "page-layout-name")) else {
                        continue;
                    };
                    self.first_master.get_or_insert_with(|| n.to_string());
                    // The height of its header and footer: of their lines (a table's rows,
                    // paragraphs outside tables), each as tall as the tallest drawing in it
                    // (`svg:height`) if that is more than a line; `None`: it has none.
                    let lines = |k| {
                        let lines = child(s, k)?.descendants().filter(|p| {
                            name(*p) == "table-row"
                                || name(*p) == "p" && !p.ancestors().any(|a| name(a) == "table")
                        });
                        let drawn = |l: Node| {
                            let tall = l.descendants().filter_map(|d| attr(d, "height"));
                            tall.filter_map(length).fold(RUNNING_LINE, f32::max)
                        };
                        Some(lines.map(drawn).sum::<f32>())
                    };
                    let running = [lines("header"), lines("footer")];
                    self.masters.insert(n.to_string(), (l.to_string(), running));
                }
                "list-style" => {
                    let Some(n) = attr(s, "name") else { continue };
                    let mut levels = HashMap::new();
                    for l in s.children().filter(|c| c.is_element()) {
                        let Some(level) = num::<usize>(l, "level") else {
                            continue;
                        };
                        let first =
                            level.saturating_sub(num(l, "display-levels").unwrap_or(1).max(1));
                        let shown: Vec<String> =
                            (first + 1..=level).map(|l| format!("%{l}")).collect();
                        let [prefix, suffix] =
                            ["num-prefix", "num-suffix"].map(|a| attr(l, a).unwrap_or(""));
                        let bullet = (name(l) == "list-level-style-bullet")
                            .then(|| attr(l, "bullet-char").unwrap_or("•").to_string());
                        let lv = Level {
                            format: bullet
                                .as_ref()
                                .map_or(attr(l, "num-format").unwrap_or(""), |_| "bullet")
                                .into(),
                            text: bullet
                                .unwrap_or_else(|| format!("{prefix}{}{suffix}", shown.join("."))),
                            start: num::<u16>(l, "start-value").map_or(1, i64::from),
                            indent: Some(list_indent(l)),
                            ..Level::default()
                        };
                        levels.insert(level, lv);
                    }
                    self.lists.insert(n.to_string(), levels);
                }
                _ => {}
            }
        }
    }

    /// A style with its parents resolved (nearest wins).
    fn resolved(&self, name: Option<&str>) -> Style {
        let mut out = Style::default();
        for s in style_chain(&self.by_name, name.map(str::to_string), |s| {
            s.parent.as_ref()
        }) {
            out.ch = out.ch.or(s.ch);
            // Breaks belong to the style that sets them, not to its children's children…
            // but LibreOffice inherits them like any paragraph property.
            out.break_before = out.break_before.or(s.break_before);
            out.break_after = out.break_after.or(s.break_after);
            out.list_style = out.list_style.clone().or_else(|| s.list_style.clone());
            out.outline = out.outline.or(s.outline);
            out.title |= s.title;
            out.set = out.set.or(&s.set);
            out.column_width = out.column_width.or(s.column_width);
            out.rel_width = out.rel_width.or(s.rel_width);
            out.columns = out.columns.or(s.columns);
        }
        out
    }

    /// How a paragraph of style `name` is set, for the page layout estimate: its size is
    /// the nearest size in points in its chain times the percentages nearer to it.
    fn metrics(&self, name: Option<&str>, heading: bool) -> Metrics {
        let chain = style_chain(&self.by_name, name.map(str::to_string), |s| {
            s.parent.as_ref()
        });
        let mut factor = 1.0;
        let mut size = None;
        for s in chain.iter().copied().chain(std::iter::once(&self.default)) {
            if let Some(pt) = s.ch.size {
                size = Some(pt * factor);
                break;
            }
            factor *= s.size_percent.unwrap_or(1.0);
        }
        let set = self.resolved(name).set.or(&self.default.set);
        // Contextual spacing compares the paragraphs' named styles, not their automatic ones.
        let named = chain.iter().find(|s| !s.automatic).map_or("", |s| &s.name);
        set.metrics(size.unwrap_or(12.0 * factor), heading, named)
    }

    /// The page of a master page's layout (`None`: the first master page's).
    fn geometry(&self, master: Option<&str>) -> Option<Geometry> {
        let master = master.or(self.first_master.as_deref())?;
        let (layout, running) = self.masters.get(master)?;
        let (g, room) = self.layouts.get(layout)?;
        // A header or footer the master page has takes the room of its lines, at least
        // its layout's minimum height, and the spacing from the text.
        let [top, bottom] = [0, 1].map(|i| match running[i] {
            Some(height) => height.max(room[i].0) + room[i].1,
            None => 0.0,
        });
        Some(Geometry {
            top: g.top + top,
            bottom: g.bottom + bottom,
            ..*g
        })
    }

    /// The master page that the element of (automatic) style `name` starts.
    fn master(&self, name: Option<&str>) -> Option<String> {
        self.by_name.get(name?)?.master.clone()
    }
}

/// The properties of a `style:style` or `style:default-style`.
fn style_props(s: Node, st: &mut Style) {
    for p in s.children().filter(|c| c.is_element()) {
        match name(p) {
            "text-properties" => text_props(p, st),
            "paragraph-properties" | "table-properties" => {
                st.break_before = attr(p, "break-before").map(|b| b == "page");
                st.break_after = attr(p, "break-after").map(|b| b == "page");
                st.column_width = attr(p, "width").and_then(length);
                paragraph_layout(p, st);
            }
            "table-column-properties" => {
                st.column_width = attr(p, "column-width").and_then(length);
                let rel = attr(p, "rel-column-width").map(|w| w.trim_end_matches('*').parse());
                st.rel_width = rel
                    .and_then(Result::ok)
                    .filter(|w: &f32| w.is_finite() && *w > 0.0);
            }
            "section-properties" => st.columns = child(p, "columns").map(columns),
            "table-row-properties" => {
                st.whole_row = attr(p, "keep-together") == Some("always");
                let len = |k| attr(p, k).and_then(length);
                st.row_height = (len("row-height").map(|h| -h))
                    .or(len("min-row-height"))
                    .unwrap_or(0.0);
            }
            _ => {}
        }
    }
}

/// Weight, style, size and font of `style:text-properties`.
fn text_props(p: Node, st: &mut Style) {
    if let Some(w) = attr(p, "font-weight") {
        st.ch.bold = Some(w == "bold" || w.parse::<u32>().is_ok_and(|w| w >= 600));
    }
    if let Some(f) = attr(p, "font-style") {
        st.ch.italic = Some(f == "italic" || f == "oblique");
    }
    st.ch.size = attr(p, "font-size").and_then(length);
    st.size_percent = attr(p, "font-size").and_then(share);
    st.set.font = attr(p, "font-name").map(str::to_string);
    if let Some(d) = attr(p, "display") {
        st.ch.hidden = Some(d == "none");
    }
    let transform = attr(p, "text-transform").map(|t| t == "uppercase");
    let variant = attr(p, "font-variant").map(|v| v == "small-caps");
    st.ch.caps = match (transform, variant) {
        (None, None) => None,
        (t, v) => Some(t == Some(true) || v == Some(true)),
    };
}

/// Spacing, line height, indents and "keep with next" of `style:paragraph-properties`.
fn paragraph_layout(p: Node, st: &mut Style) {
    st.set.before = attr(p, "margin-top").and_then(length).or(st.set.before);
    st.set.after = attr(p, "margin-bottom").and_then(length).or(st.set.after);
    // A line height in per cent or points, or at least some points.
    if let Some(v) = attr(p, "line-height") {
        st.set.line = share(v)
            .map(Spacing::Multiple)
            .or(length(v).map(Spacing::Points));
    }
    if let Some(v) = attr(p, "line-height-at-least").and_then(length) {
        st.set.line = Some(Spacing::Points(v));
    }
    let side = |k: &str| attr(p, k).and_then(length);
    if side("margin-left").is_some() || side("margin-right").is_some() {
        st.set.indent =
            Some(side("margin-left").unwrap_or(0.0) + side("margin-right").unwrap_or(0.0));
    }
    if let Some(k) = attr(p, "keep-with-next") {
        st.set.keep_next = Some(k == "always");
    }
    if let Some(c) = attr(p, "contextual-spacing") {
        st.set.contextual = Some(c == "true");
    }
}

/// A percentage ("115%") as a share (1.15).
fn share(v: &str) -> Option<f32> {
    v.strip_suffix('%')?
        .trim()
        .parse::<f32>()
        .ok()
        .map(|p| p / 100.0)
}

/// The indent of a list level's paragraphs (see [`Level::indent`]).
fn list_indent(level: Node) -> f32 {
    let Some(p) = child(level, "list-level-properties") else {
        return 0.0;
    };
    let v = |n: Node, k: &str| attr(n, k).and_then(length).unwrap_or(0.0);
    match child(p, "list-level-label-alignment") {
        Some(a) => v(a, "margin-left"),
        None => v(p, "space-before") + v(p, "min-label-width"),
    }
}

/// The column count and gap of `style:columns`.
fn columns(c: Node) -> (Option<u32>, Option<f32>) {
    (
        num(c, "column-count"),
        attr(c, "column-gap").and_then(length),
    )
}

/// The page of a `style:page-layout`, and the (minimum) height and spacing from the text of
/// its header and footer.
fn page_layout(l: Node) -> (Geometry, [(f32, f32); 2]) {
    let (mut g, mut room) = (Geometry::default(), [(0.0, 0.0); 2]);
    for c in l.children().filter(|c| c.is_element()) {
        match name(c) {
            "page-layout-properties" => {
                let v = |k: &str| attr(c, k).and_then(length);
                g = g.with([
                    v("page-width"),
                    v("page-height"),
                    v("margin-top"),
                    v("margin-bottom"),
                    v("margin-left"),
                    v("margin-right"),
                ]);
                if let Some((n, gap)) = child(c, "columns").map(columns) {
                    g = g.in_columns(n, gap);
                }
                if matches!(attr(c, "layout-grid-mode"), Some("line" | "both")) {
                    g.pitch = v("layout-grid-base-height").unwrap_or(0.0)
                        + v("layout-grid-ruby-height").unwrap_or(0.0);
                }
            }
            "header-style" | "footer-style" => {
                if let Some(p) = child(c, "header-footer-properties") {
                    let v = |k: &str| attr(p, k).and_then(length).unwrap_or(0.0);
                    room[usize::from(name(c) == "footer-style")] = (
                        v("min-height").max(v("height")),
                        v("margin-bottom") + v("margin-top"),
                    );
                }
            }
            _ => {}
        }
    }
    (g, room)
}

#[derive(Default)]
struct Reader {
    styles: Styles,
    pages: Pages,
    /// Counters of the last list of each list style (for `text:continue-numbering`), and
    /// of each list by "#" and its `xml:id` (for `text:continue-list`).
    last_counters: HashMap<String, Counts>,
    /// The text being read is set in capitals.
    caps: bool,
    /// A paragraph of the body has been read (a master page starts a new page after it).
    started: bool,
    /// The indent of the list level being read.
    list_indent: f32,
}

/// The list being read: its style, `xml:id` and counters.
struct ListCtx {
    style: Option<String>,
    id: Option<String>,
    counters: Counts,
}

impl Reader {
    fn blocks(&mut self, parent: Node, list: &mut Option<ListCtx>, level: usize, cell: bool) {
        for n in parent.children().filter(|c| c.is_element()) {
            self.block(n, list, level, cell, &mut None);
        }
    }

    /// One block-level element. `label` is the list label waiting for the first paragraph
    /// of a list item.
    fn block(
        &mut self,
        n: Node,
        list: &mut Option<ListCtx>,
        level: usize,
        cell: bool,
        label: &mut Option<String>,
    ) {
        match name(n) {
            "p" | "h" => self.paragraph(n, cell, label.take()),
            "list" => self.list(n, list, level),
            "table" => self.table(n),
            "soft-page-break" if !cell => self.pages.page_break(Break::Rendered),
            // A hidden section (`text:display="none"`) is not on the page.
            "section" if attr(n, "display") != Some("none") => {
                let cols = self.styles.resolved(attr(n, "style-name")).columns;
                let outer = cols.map(|(n, gap)| self.pages.columns(n, gap));
                self.blocks(n, list, level, cell);
                if let Some(outer) = outer {
                    self.pages.columns(Some(u32::from(outer.0)), Some(outer.1));
                }
            }
            // A frame anchored to the page (at the body's level): its text.
            "frame" => {
                for b in children(n, "text-box") {
                    self.text_box(b);
                }
            }
            "table-rows" | "table-header-rows" | "table-row-group" | "index-body"
            | "index-title" | "table-of-content" | "alphabetical-index" | "illustration-index"
            | "bibliography" | "user-index" => self.blocks(n, list, level, cell),
            _ => {}
        }
    }

    fn list(&mut self, n: Node, outer: &mut Option<ListCtx>, level: usize) {
        let style = attr(n, "style-name").map(str::to_string);
        let mut own = None;
        let ctx: &mut Option<ListCtx> = if outer.is_some() && level > 0 {
            if let (Some(o), Some(s)) = (outer.as_mut(), style.as_ref()) {
                if o.style.is_none() {
                    o.style = Some(s.clone());
                }
            }
            outer
        } else {
            // A list continues the list it names, or the last of its style.
            let named = attr(n, "continue-list").map(|id| format!("#{id}"));
            let continues = attr(n, "continue-numbering") == Some("true") || named.is_some();
            let counters = match (named.and_then(|id| self.last_counters.get(&id)), &style) {
                (Some(c), _) => *c,
                (None, Some(s)) if continues => {
                    self.last_counters.get(s).copied().unwrap_or_default()
                }
                _ => Counts::default(),
            };
            own = Some(ListCtx {
                style: style.clone(),
                id: attr(n, "id").map(|id| format!("#{id}")),
                counters,
            });
            &mut own
        };
        // A nested list with a style of its own is labelled by that style (as LibreOffice
        // shows it: bullets under numbers), counted with the outer list.
        let label_style = style.or_else(|| ctx.as_ref().and_then(|c| c.style.clone()));
        let levels = label_style.and_then(|s| self.styles.lists.get(&s).cloned());
        let level_of = |l: usize| levels.as_ref().and_then(|ls| ls.get(&(l + 1)));
        let lvl = level.min(9);
        let indent = level_of(lvl).and_then(|d| d.indent).unwrap_or(0.0);
        let outer_indent = std::mem::replace(&mut self.list_indent, indent);
        for item in n.children().filter(|c| c.is_element()) {
            let header = match name(item) {
                "list-item" => false,
                "list-header" => true,
                "soft-page-break" => {
                    self.pages.page_break(Break::Rendered);
                    continue;
                }
                _ => continue,
            };
            let mut label = None;
            if !header {
                if let Some(c) = ctx.as_mut() {
                    let def = level_of(lvl).cloned().unwrap_or(Level {
                        format: "1".into(),
                        text: format!("%{}.", lvl + 1),
                        start: 1,
                        ..Level::default()
                    });
                    // (A start past 65535 is none, so no count overflows.)
                    let start_override = num::<u16>(item, "start-value").map(i64::from);
                    if start_override.is_some() {
                        c.counters.0[lvl] = None;
                    }
                    c.counters
                        .count(lvl, start_override.unwrap_or(def.start), |_| false);
                    label = Some(match def.format.as_str() {
                        "bullet" => bullet_text(&def.text).to_string(),
                        "" => String::new(),
                        _ => c.counters.label(&def.text, lvl, |l, n| {
                            let fmt = level_of(l).map_or("1", |d| d.format.as_str());
                            format_number(n.unwrap_or(1).max(1), fmt)
                        }),
                    })
                    .filter(|l| !l.is_empty());
                }
            }
            for c in item.children().filter(|c| c.is_element()) {
                match name(c) {
                    "list" => self.list(c, ctx, level + 1),
                    _ => self.block(c, ctx, level, false, &mut label),
                }
            }
        }
        self.list_indent = outer_indent;
        if let Some(c) = own {
            for key in [c.style, c.id].into_iter().flatten() {
                self.last_counters.insert(key, c.counters);
            }
        }
    }

    /// A page break before a paragraph or table (of style `name`, resolved `style`) that
    /// asks for one or that starts a master page after the first text; a master page's
    /// layout is the page from there on.
    fn break_before(&mut self, name: Option<&str>, style: &Style) {
        let master = self.styles.master(name);
        if style.break_before == Some(true) || (master.is_some() && self.started) {
            self.pages.page_break(Break::Explicit);
        }
        if let Some(g) = master.and_then(|m| self.styles.geometry(Some(&m))) {
            self.pages.geometry(g);
        }
        self.started = true;
    }

    fn table(&mut self, t: Node) {
        let style = self.styles.resolved(attr(t, "style-name"));
        self.break_before(attr(t, "style-name"), &style);
        // The widths of its columns (a column element may stand for several), else their
        // shares of the table's width (else of the text's).
        let columns: Vec<(Option<f32>, Option<f32>)> = t
            .children()
            .filter(|c| c.is_element() && name(*c).ends_with("columns"))
            .flat_map(|g| g.children())
            .chain(t.children())
            .filter(|c| c.is_element() && name(*c) == "table-column")
            .flat_map(|c| {
                let s = self.styles.resolved(attr(c, "style-name"));
                let n = num(c, "number-columns-repeated");
                std::iter::repeat_n((s.column_width, s.rel_width), n.unwrap_or(1usize).min(1024))
            })
            .collect();
        let width = style.column_width.unwrap_or(self.pages.text_width());
        let sum: f32 = columns.iter().filter_map(|c| c.1).sum();
        let grid = (columns.iter())
            .map(|(w, rel)| w.or(rel.map(|r| r / sum * width)))
            .collect::<Option<Vec<f32>>>()
            .unwrap_or_default();
        let outer = self.pages.table_grid(grid, None);
        // The rows of this table (not of a table nested in a cell), and the page breaks
        // LibreOffice's layout made between them.
        let rows: Vec<Node> = t
            .descendants()
            .filter(|d| {
                d.is_element()
                    && (name(*d) == "table-row"
                        || (name(*d) == "soft-page-break"
                            && d.parent().is_some_and(|p| name(p).starts_with("table"))))
            })
            .filter(|r| {
                r.ancestors()
                    .skip(1)
                    .find(|a| a.is_element() && name(*a) == "table")
                    .is_some_and(|a| a == t)
            })
            .collect();
        for row in rows {
            if name(row) == "soft-page-break" {
                self.pages.page_break(Break::Rendered);
                continue;
            }
            let style = attr(row, "style-name").and_then(|n| self.styles.by_name.get(n));
            self.pages.next_row(
                row.parent().is_some_and(|p| name(p) == "table-header-rows"),
                style.is_some_and(|s| s.whole_row),
                style.map_or(0.0, |s| s.row_height),
            );
            let cells = row
                .children()
                .filter(|c| c.is_element())
                .filter_map(|cell| {
                    let span = num::<usize>(cell, "number-columns-spanned").unwrap_or(1);
                    match name(cell) {
                        "table-cell" => Some((Some(cell), span)),
                        "covered-table-cell" => Some((None, span)),
                        _ => None,
                    }
                });
            self.row(cells);
        }
        self.pages.table_grid(outer.0, outer.1);
        if style.break_after == Some(true) {
            self.pages.page_break(Break::Explicit);
        }
    }

    fn paragraph(&mut self, p: Node, cell: bool, label: Option<String>) {
        let style = self.styles.resolved(attr(p, "style-name"));
        // A paragraph whose style hides its characters is not on the page.
        if style.ch.hidden == Some(true) {
            return;
        }
        let heading = if name(p) == "h" {
            Some(num::<u8>(p, "outline-level").or(style.outline).unwrap_or(1))
        } else if style.title {
            Some(0)
        } else {
            None
        };
        if !cell {
            self.break_before(attr(p, "style-name"), &style);
        }
        let mut metrics = self
            .styles
            .metrics(attr(p, "style-name"), heading.is_some());
        metrics.indent = metrics.indent.max(self.list_indent);
        self.pages.metrics(metrics);
        let base = RunStyle::paragraph(heading, style.ch, BODY_SIZE);
        self.caps = style.ch.caps == Some(true);
        self.paragraph_text(p, cell, label.as_deref(), base, heading.is_some());
        if style.break_after == Some(true) && !cell {
            self.pages.page_break(Break::Explicit);
        }
    }

    fn note(&mut self, note: Node, st: RunStyle) {
        let citation = child(note, "note-citation")
            .and_then(|c| c.text())
            .unwrap_or("*")
            .trim();
        let mut runs = Vec::new();
        if let Some(body) = child(note, "note-body") {
            for d in body.descendants() {
                let text = if d.is_text() {
                    d.text().unwrap_or("").replace(['\n', '\r', '\t'], " ")
                } else if d.is_element() && matches!(name(d), "s" | "tab" | "p" | "h") {
                    " ".to_string()
                } else {
                    continue;
                };
                runs.push(note_run(text));
            }
        }
        let endnote = attr(note, "note-class") == Some("endnote");
        let mark = self.pages.note(endnote, Some(citation), runs);
        self.pages.push(st.run(mark));
    }
}

/// Whether an element not read by name inside a paragraph shows its text: one of the text
/// namespaces (OpenDocument's `text:` or an office suite's extension such as LibreOffice's
/// `loext:content-control`), not hidden text, not `text:display="none"`.
fn shown_text_element(n: Node) -> bool {
    let ns = n.tag_name().namespace().unwrap_or("");
    let text_ns = ns == "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        || ns.contains(":xmlns:loext:")
        || ns.contains(":xmlns:field:");
    text_ns
        && !matches!(
            name(n),
            "hidden-text" | "hidden-paragraph" | "tracked-changes"
        )
        && attr(n, "display") != Some("none")
}

impl Body for Reader {
    fn pages(&mut self) -> &mut Pages {
        &mut self.pages
    }

    fn inline<'a>(
        &mut self,
        n: Node<'a, 'a>,
        st: RunStyle,
        heading: bool,
        boxes: &mut Vec<Node<'a, 'a>>,
    ) {
        for c in n.children() {
            if c.is_text() {
                // XML whitespace inside paragraphs is collapsed by ODF; text:s carries
                // real spaces.
                let t = c.text().unwrap_or("").replace(['\n', '\r', '\t'], " ");
                self.pages.push(st.run(cased(&t, self.caps)));
                continue;
            }
            if !c.is_element() {
                continue;
            }
            if attr(c, "anchor-type") == Some("as-char") {
                let height = attr(c, "height").and_then(length);
                self.pages.figure(height.unwrap_or(0.0));
            }
            match name(c) {
                "s" => {
                    let count = num::<usize>(c, "c").unwrap_or(1);
                    self.pages.push(st.run(" ".repeat(count.min(64))));
                }
                "tab" => self.pages.push(st.run(" ")),
                "line-break" => self.pages.end_line(),
                "soft-page-break" => self.pages.page_break(Break::Rendered),
                "note" => self.note(c, st),
                "frame" => boxes.extend(
                    c.children()
                        .filter(|d| d.is_element() && name(*d) == "text-box"),
                ),
                // A drawing shape with text (LibreOffice's form of a Word text box): its
                // paragraphs, like a frame's text box.
                "custom-shape" | "rect" | "ellipse" | "polygon" => boxes.push(c),
                // A group of shapes (a Word group of text boxes): the text of its shapes.
                "g" => self.inline(c, st, heading, boxes),
                // Any other text element with content (a span, a link, a content control, a
                // form field's text, a variable or document field): its text is on the page,
                // unless it is hidden or a comment (office:annotation), a drawing or a table.
                _ if shown_text_element(c) => {
                    let s = self.styles.resolved(attr(c, "style-name"));
                    if s.ch.hidden != Some(true) {
                        let inner = st.within(s.ch, heading);
                        let outer = self.caps;
                        self.caps = s.ch.caps.unwrap_or(outer);
                        self.inline(c, inner, heading, boxes);
                        self.caps = outer;
                    }
                }
                _ => {}
            }
        }
    }

    fn text_box(&mut self, b: Node) {
        self.blocks(b, &mut None, 0, false);
    }

    fn cell(&mut self, cell: Node) {
        self.blocks(cell, &mut None, 0, true);
    }
}

/// Extract an .odt file.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let mut pkg = Package::open(bytes, ".odt")?;
    let content_xml = pkg.required("content.xml")?;
    let styles_xml = pkg.text("styles.xml")?;
    let meta_xml = pkg.text("meta.xml")?;
    let content = pkg.parse("content.xml", &content_xml)?;
    let mut styles = Styles::default();
    if let Some(x) = &styles_xml {
        let doc = pkg.parse("styles.xml", x)?;
        for c in doc.root_element().children().filter(|c| {
            c.is_element() && matches!(name(*c), "styles" | "automatic-styles" | "master-styles")
        }) {
            styles.add(c);
        }
    }
    for c in children(content.root_element(), "automatic-styles") {
        styles.add(c);
    }
    let meta = pkg.parse_opt("meta.xml", &meta_xml)?;
    let title = meta.as_ref().and_then(dc_title);
    // The page count LibreOffice wrote when it saved the file (meta:document-statistic).
    let counted = meta.as_ref().and_then(|m| {
        descendant(m.root(), "document-statistic").and_then(|n| num::<usize>(n, "page-count"))
    });
    let text = content
        .descendants()
        .find(|n| {
            n.is_element() && name(*n) == "text" && n.parent().is_some_and(|p| name(p) == "body")
        })
        .ok_or_else(|| {
            FormatError::package(".odt", "content.xml has no text body (not a text document)")
        })?;
    let geometry = styles.geometry(None).unwrap_or_default();
    let new_reader = || Reader {
        styles: styles.clone(),
        ..Reader::default()
    };
    // (`text:use-soft-page-breaks` on the body is no break.)
    let rendered = content_xml.contains(":soft-page-break");
    let read = |r: &mut Reader| r.blocks(text, &mut None, 0, false);
    let mut reader = read_laid_out(rendered, geometry, new_reader, read);
    reader.pages.endnotes_apart = true;
    Ok(reader.pages.into_doc(title, counted, Vec::new()))
}
