//! Rich Text Format (.rtf), read natively by a tokenizer of its own (RTF is a flat stream
//! of groups, control words and text; [RTF 1.9.1]), into the model of [`super::office`]:
//!
//! * Text: 8-bit bytes and `\'hh` in the document's code page (`\ansicpg`, or the font's
//!   `\fcharset`), `\uN` with its `\ucN` fallback characters skipped; `\~` a space, `\_` a
//!   hyphen, `\-` (an optional hyphen) nothing; the named characters (`\emdash`, `\bullet`,
//!   quotes) as themselves.
//! * Headings: a style named "heading N", or `\outlinelevelN`.
//! * Tables: `\cell` ends a cell, `\row` a row; a nested table's cells (`\nestcell`) are
//!   lines of the outer cell (the `\nonesttables` fallback is not read twice).
//! * Pages: `\page`, `\pagebb` and a section break (`\sect`) whose next section starts on a
//!   new page (not `\sbknone` or `\sbkcol`); the rest are estimated.
//! * Not text: deleted revisions (`\deleted`), hidden text (`\v`), comments, field codes
//!   (`\fldinst`; the result is text), pictures, a shape's fallback (`\shprslt`: its text box
//!   `\shptxt` is read), and every `\*` destination this reader does not know.
//! * Footnotes: `\footnote`, endnotes `\footnote\ftnalt`. The title is `\info`'s `\title`.
//! * Nothing in a file can make this reader panic: groups nested deeper than
//!   [`MAX_DEPTH`] are a clean error, an unbalanced file ends where its bytes end.

use std::collections::HashMap;

use crate::model::ExtractedDoc;

use super::layout::{face_of_font, Geometry, Metrics, Spacing, DEFAULT_FACE, WORD_PAGE};
use super::office::{
    cased, note_run, page_number_field, running_line, unshown_field, Break, Chars, Pages, Run,
    RunStyle,
};
use super::FormatError;

/// Groups nested deeper than this are refused (Word nests a few dozen at most).
const MAX_DEPTH: usize = 1024;

fn bad(reason: impl Into<String>) -> FormatError {
    FormatError::package(".rtf", reason)
}

/// Destinations that are no text of the page: skipped with their group.
const SKIPPED: &str = "colortbl pict object objdata listtable listoverridetable revtbl rsidtbl \
    generator xmlnstbl themedata colorschememapping latentstyles datastore pgdsctbl filetbl \
    nonshppict shppict sp nonesttables annotation atnid atnauthor atndate atnref atrfstart \
    atrfend atnparent atnicn bkmkstart bkmkend docvar template userprops mmathPr ftnsep ftnsepc \
    aftnsep aftnsepc ftncn aftncn listpicture fchars lchars pnseclvl pn wgrffmtfilter \
    passwordhash tc tcn xe txe category comment doccomm hlinkbase keywords operator subject \
    author company manager creatim revtim printim buptim nesttableprops oldcprops oldpprops \
    oldtprops oldsprops protusertbl blipuid";

/// The control words of the document's page (`\paperw` …) and of a section's (`\pgwsxn` …).
const PAGE_WORDS: [&str; 12] = [
    "paperw", "paperh", "margt", "margb", "margl", "margr", "pgwsxn", "pghsxn", "margtsxn",
    "margbsxn", "marglsxn", "margrsxn",
];

/// Where the text of the current group goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Dest {
    /// The document body (or a table cell in it).
    #[default]
    Body,
    /// Not text: skipped.
    Skip,
    /// A footnote or endnote.
    Note,
    /// A text box of a shape.
    TextBox,
    /// A header or footer.
    Running,
    /// The `\title` of `\info`.
    Title,
    /// A font table entry (its name is not text).
    Font,
    /// A style sheet entry: its name.
    StyleName,
    /// A field's code.
    FieldCode,
}

/// The state a group keeps (restored at its end).
#[derive(Debug, Clone, Copy, Default)]
struct State {
    dest: Dest,
    /// Fallback characters to skip after `\uN`.
    uc: u32,
    /// Bold, italic, size (`\fsN` half-points), hidden (`\v`), capitals (`\caps`, `\scaps`).
    ch: Chars,
    deleted: bool,
    /// The code page of the font in use (`\fN` with a `\fcharset`), if not the document's.
    codepage: Option<u32>,
    /// The font in use (`\fN`; `None`: the document's default, `\deffN`).
    font: Option<i32>,
    /// In a field result of a page-number field (left out of running text).
    page_field: bool,
    /// Inside the `\fonttbl` / `\stylesheet` group (its entries are read there).
    table: Table,
    /// Inside `\info` (only its `\title` is read) or a shape (only its `\shptxt`).
    info: bool,
    shape: bool,
    /// Inside a paragraph's list number (`\listtext`, `\pntext`): a `\pard` there does
    /// not reset the paragraph (LibreOffice writes `{\listtext\pard\plain 1.\tab}`).
    list_text: bool,
    /// How many fields are open around this group.
    fields: usize,
}

/// The size of text that gives none (`\fs24`, the specification's default; Word's 11
/// points are a .docx's).
const SIZE: f32 = 12.0;

impl State {
    /// The character style of the text.
    fn style(&self) -> RunStyle {
        RunStyle::paragraph(None, self.ch, SIZE)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Table {
    #[default]
    None,
    Fonts,
    Styles,
}

/// Paragraph properties (`\pard` resets them).
#[derive(Debug, Clone, Copy, Default)]
struct Para {
    style: i32,
    outline: Option<u8>,
    in_table: bool,
    /// Nesting depth of the table (`\itapN`); 1 for an outer table.
    depth: i32,
    page_break_before: bool,
    before: f32,
    after: f32,
    line: Option<Spacing>,
    indent_left: f32,
    indent_right: f32,
    /// No space between it and a paragraph of the same style (`\contextualspace`).
    contextual: bool,
}

/// A paragraph style of the style sheet: its heading level (from its name or its outline
/// level), its spacing and size.
#[derive(Debug, Clone, Default)]
struct StyleDef {
    heading: Option<u8>,
    name: String,
}

/// The reader.
#[derive(Default)]
struct Reader {
    state: State,
    stack: Vec<State>,
    para: Para,
    /// Paragraph properties at the start of the style-sheet entry being read.
    style_entry: (i32, Option<u8>),
    styles: HashMap<i32, StyleDef>,
    /// Font number → code page (from `\fcharset` / `\cpg`), and → its name; the default
    /// font (`\deffN`); the font of the paragraph's first text (for the layout estimate).
    fonts: HashMap<i32, u32>,
    font_names: HashMap<i32, String>,
    font_entry: Option<i32>,
    default_font: i32,
    para_font: Option<i32>,
    codepage: u32,
    /// Bytes of `\'hh` escapes waiting to be decoded together (a multi-byte code page).
    bytes: Vec<u8>,
    /// Fallback characters still to skip after `\uN`.
    skip: u32,
    /// The first half of a surrogate pair of `\uN`.
    high_surrogate: Option<u32>,
    pages: Pages,
    /// The paragraph being read: its runs and line breaks (`None`).
    items: Vec<Option<Run>>,
    /// The row's left edge and its cells' right edges (`\trleft`, `\cellx`), in points.
    row_edges: Vec<f32>,
    /// A section break was read; whether the next section starts a new page is known from
    /// its properties (`\sbknone`, …), read before its first text.
    section_pending: bool,
    section_new_page: bool,
    /// The document's page, and the current section's (see [`PAGE_WORDS`]).
    page: [[Option<f32>; 6]; 2],
    /// The section's columns (`\cols`) and the gap between them (`\colsx`).
    section_columns: (Option<u32>, Option<f32>),
    /// A note being read: its runs and whether it is an endnote.
    note: Option<(Vec<Run>, bool)>,
    /// Text boxes read in the paragraph being read (set after it), and the one being read.
    boxes: Vec<Vec<String>>,
    textbox: Option<Vec<String>>,
    /// Header and footer lines; the line being read.
    running: Vec<String>,
    running_line: String,
    title: String,
    field_code: String,
    /// Stack of the fields being read: whether each is a page-number field, and whether
    /// its result is never shown (`office::unshown_field`).
    fields: Vec<(bool, bool)>,
    /// The body paragraph's properties while a note, text box or header is read (their
    /// own `\pard` must not reset them).
    saved_para: Option<Para>,
    /// The paragraph's properties where its list number began (restored at its end).
    list_para: Option<Para>,
    /// A body paragraph with text has been read (a section break before it starts no page).
    body_started: bool,
}

/// The code page of an RTF `\fcharset`.
fn charset_codepage(charset: i32) -> Option<u32> {
    Some(match charset {
        0 | 1 => return None,
        2 => 42, // symbol
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    })
}

/// Decode `bytes` in Windows code page `cp` (Windows-1252 for one not known).
pub(super) fn decode(bytes: &[u8], cp: u32) -> String {
    let enc = u16::try_from(cp)
        .ok()
        .and_then(codepage::to_encoding_no_replacement);
    let enc = enc.unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

fn twips(n: i32) -> f32 {
    n as f32 / 20.0
}

impl Reader {
    fn run(&mut self, data: &[u8]) -> Result<(), FormatError> {
        let mut at = 0usize;
        while at < data.len() {
            let b = data[at];
            match b {
                b'{' => {
                    self.flush_bytes();
                    if self.stack.len() >= MAX_DEPTH {
                        return Err(bad(format!("groups nested deeper than {MAX_DEPTH}")));
                    }
                    self.stack.push(self.state);
                    self.skip = 0;
                    at += 1;
                }
                b'}' => {
                    self.flush_bytes();
                    self.end_group();
                    self.skip = 0;
                    at += 1;
                }
                b'\\' => {
                    at = self.control(data, at + 1);
                }
                b'\r' | b'\n' => at += 1,
                b'\t' => {
                    self.flush_bytes();
                    self.text(" ");
                    at += 1;
                }
                _ => {
                    // A run of plain bytes (in the code page).
                    let start = at;
                    while at < data.len()
                        && !matches!(data[at], b'{' | b'}' | b'\\' | b'\r' | b'\n' | b'\t')
                    {
                        at += 1;
                    }
                    let mut chunk = &data[start..at];
                    if self.skip > 0 {
                        let n = (self.skip as usize).min(chunk.len());
                        self.skip -= n as u32;
                        chunk = &chunk[n..];
                    }
                    if !matches!(self.state.dest, Dest::Skip | Dest::Font) {
                        self.bytes.extend_from_slice(chunk);
                    }
                }
            }
        }
        self.flush_bytes();
        Ok(())
    }

    /// A control word or symbol after a backslash at `at`; returns where the text goes on.
    fn control(&mut self, data: &[u8], at: usize) -> usize {
        let Some(&c) = data.get(at) else {
            return at;
        };
        if !c.is_ascii_alphabetic() {
            // A control symbol.
            let next = at + 1;
            if c == b'\'' {
                let hex = data
                    .get(next..next + 2)
                    .and_then(|h| std::str::from_utf8(h).ok());
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    if self.skip > 0 {
                        self.skip -= 1;
                    } else {
                        self.bytes.push(v);
                    }
                    return next + 2;
                }
                return next;
            }
            self.flush_bytes();
            if self.skip > 0 {
                self.skip -= 1;
                return next;
            }
            match c {
                b'~' => self.text("\u{A0}"),
                b'_' => self.text("-"),
                b'-' | b':' | b'|' => {}
                b'*' => {
                    // An ignorable destination: skipped unless its control word (next) is
                    // one this reader reads.
                    let rest = data.get(next..).unwrap_or(&[]);
                    let rest = &rest[rest.iter().take_while(|c| c.is_ascii_whitespace()).count()..];
                    let word: String = rest
                        .strip_prefix(b"\\")
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .map(|&c| c as char)
                        .collect();
                    let read = "footnote shpinst shptxt fldinst do dptxbxtext";
                    if !read.split(' ').any(|w| w == word) {
                        self.state.dest = Dest::Skip;
                    }
                }
                b'\r' | b'\n' => self.word("par", None),
                b'\\' | b'{' | b'}' => self.text(&(c as char).to_string()),
                _ => {}
            }
            return next;
        }
        let mut end = at;
        while end < data.len() && data[end].is_ascii_alphabetic() && end - at < 32 {
            end += 1;
        }
        let word = std::str::from_utf8(&data[at..end])
            .unwrap_or("")
            .to_string();
        let mut num_end = end;
        if data.get(num_end) == Some(&b'-') {
            num_end += 1;
        }
        while num_end < data.len() && data[num_end].is_ascii_digit() && num_end - end < 11 {
            num_end += 1;
        }
        let param = std::str::from_utf8(&data[end..num_end])
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
            .map(|v| v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
        let mut next = num_end;
        if data.get(next) == Some(&b' ') {
            next += 1;
        }
        if word == "bin" {
            // Binary data: its length is the parameter.
            let n = param.unwrap_or(0).max(0) as usize;
            return next.saturating_add(n).min(data.len());
        }
        if word == "u" {
            if let Some(v) = param {
                self.flush_bytes();
                let v = if v < 0 { v + 65536 } else { v } as u32;
                // A character past U+FFFF comes as two: a high surrogate, then a low one.
                let v = match (self.high_surrogate.take(), v) {
                    (_, 0xD800..=0xDBFF) => {
                        self.high_surrogate = Some(v);
                        None
                    }
                    (Some(h), 0xDC00..=0xDFFF) => {
                        Some(0x10000 + ((h - 0xD800) << 10) + (v - 0xDC00))
                    }
                    _ => Some(v),
                };
                if let Some(ch) = v.and_then(char::from_u32) {
                    if self.skip == 0 {
                        self.text(&ch.to_string());
                    }
                }
                self.skip = self.state.uc;
            }
            return next;
        }
        self.flush_bytes();
        if self.skip > 0 {
            self.skip -= 1;
            return next;
        }
        self.word(&word, param);
        next
    }

    /// Decode the `\'hh` bytes and plain bytes read so far.
    fn flush_bytes(&mut self) {
        if self.bytes.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.bytes);
        let cp = self.state.codepage.unwrap_or(self.codepage);
        let s = if cp == 42 {
            // A symbol font: its characters are pictures, not letters.
            String::new()
        } else {
            decode(&bytes, cp)
        };
        self.text(&s);
    }

    fn end_group(&mut self) {
        let ended = self.state;
        let Some(outer) = self.stack.pop() else {
            return;
        };
        self.state = outer;
        self.fields.truncate(outer.fields);
        let left = |d: Dest| ended.dest == d && outer.dest != d;
        if left(Dest::Note) {
            self.restore_para();
            self.end_note();
        } else if left(Dest::TextBox) {
            self.restore_para();
            self.end_box_paragraph();
            if let Some(b) = self.textbox.take() {
                let b: Vec<String> = b.into_iter().filter(|l| !l.trim().is_empty()).collect();
                if !b.is_empty() {
                    self.boxes.push(b);
                }
            }
        } else if left(Dest::Running) {
            self.restore_para();
            self.end_running_line();
        } else if left(Dest::StyleName) {
            let id = self.style_entry.0;
            if let Some(def) = self.styles.get_mut(&id) {
                if def.heading.is_none() {
                    def.heading =
                        super::docx::heading_from_name(def.name.trim().trim_end_matches(';'));
                }
            }
        } else if left(Dest::FieldCode) {
            let code = std::mem::take(&mut self.field_code);
            if let Some(f) = self.fields.last_mut() {
                *f = (page_number_field(&code), unshown_field(&code));
            }
        }
        if ended.list_text && !outer.list_text {
            if let Some(p) = self.list_para.take() {
                self.para = p;
            }
        }
        if ended.dest == Dest::Font {
            self.font_entry = None;
        }
    }

    /// Into a group of text apart from the body (`dest`) if `ok` (the body paragraph's
    /// properties are kept until it ends), else into one that is skipped; returns `ok`.
    fn enter(&mut self, ok: bool, dest: Dest) -> bool {
        if ok && self.saved_para.is_none() {
            self.saved_para = Some(self.para);
        }
        self.state.dest = if ok { dest } else { Dest::Skip };
        ok
    }

    fn restore_para(&mut self) {
        if let Some(p) = self.saved_para.take() {
            self.para = p;
        }
    }

    /// Text in the current destination.
    fn text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        let st = self.state;
        if st.ch.hidden == Some(true) || st.deleted {
            return;
        }
        let s = &*cased(s, st.ch.caps == Some(true));
        match st.dest {
            Dest::Font => {
                if let Some(f) = self.font_entry {
                    self.font_names.entry(f).or_default().push_str(s);
                }
            }
            Dest::Skip => {}
            Dest::StyleName => {
                if let Some(def) = self.styles.get_mut(&self.style_entry.0) {
                    def.name.push_str(s);
                }
            }
            Dest::FieldCode => self.field_code.push_str(s),
            Dest::Title => self.title.push_str(s),
            Dest::Running => {
                if !st.page_field {
                    self.running_line.push_str(s);
                }
            }
            Dest::Note => {
                if let Some((runs, _)) = self.note.as_mut() {
                    runs.push(note_run(s));
                }
            }
            Dest::TextBox => {
                if let Some(b) = self.textbox.as_mut() {
                    match b.last_mut() {
                        Some(l) => l.push_str(s),
                        None => b.push(s.to_string()),
                    }
                }
            }
            Dest::Body => {
                if self.section_pending && !s.trim().is_empty() {
                    self.start_section();
                }
                if self.para_font.is_none() && !st.list_text && !s.trim().is_empty() {
                    self.para_font = Some(st.font.unwrap_or(self.default_font));
                }
                self.items.push(Some(st.style().run(s)));
            }
        }
    }

    /// A control word.
    fn word(&mut self, word: &str, param: Option<i32>) {
        let p = param.unwrap_or(0);
        let on = param != Some(0);
        let dest = self.state.dest;
        match word {
            // Destinations.
            "fonttbl" => {
                self.state.dest = Dest::Font;
                self.state.table = Table::Fonts;
            }
            "stylesheet" => {
                self.state.dest = Dest::Skip;
                self.state.table = Table::Styles;
            }
            "info" => {
                self.state.dest = Dest::Skip;
                self.state.info = true;
            }
            "title" if self.state.info => self.state.dest = Dest::Title,
            "header" | "headerl" | "headerr" | "headerf" | "footer" | "footerl" | "footerr"
            | "footerf" => {
                let body = dest == Dest::Body;
                if self.enter(body, Dest::Running) {
                    self.end_running_line();
                }
            }
            "footnote" => {
                let first = dest == Dest::Body && self.note.is_none();
                if self.enter(first, Dest::Note) {
                    self.note = Some((Vec::new(), false));
                }
            }
            "ftnalt" => {
                if let Some((_, endnote)) = self.note.as_mut() {
                    *endnote = true;
                }
            }
            // A shape, or a Word 95 drawing object: only its text box (`\shptxt`,
            // `\dptxbxtext`) is read, not a shape's fallback drawing (`\shprslt`).
            "shpinst" | "shp" | "do" | "shprslt" => {
                self.state.shape = word != "shprslt" && (self.state.shape || dest == Dest::Body);
                self.state.dest = Dest::Skip;
            }
            "shptxt" | "dptxbxtext" => {
                let body = self.state.shape || dest == Dest::Body;
                if self.enter(body && self.textbox.is_none(), Dest::TextBox) {
                    self.textbox = Some(Vec::new());
                }
            }
            "field" => {
                self.fields.push((false, false));
                self.state.fields = self.fields.len();
            }
            "fldinst" => {
                if dest != Dest::Skip {
                    self.field_code.clear();
                    self.state.dest = Dest::FieldCode;
                } else {
                    self.state.dest = Dest::Skip;
                }
            }
            // The result of a page-number field (left out of running text), or of a field
            // whose result is never shown.
            "fldrslt" => {
                let (page, unshown) = self.fields.last().copied().unwrap_or_default();
                self.state.page_field |= page;
                if unshown {
                    self.state.ch.hidden = Some(true);
                }
            }
            "listtext" | "pntext" if !self.state.list_text => {
                self.list_para = Some(self.para);
                self.state.list_text = true;
            }
            // Document properties.
            "ansicpg" => self.codepage = p.max(0) as u32,
            "mac" => self.codepage = 10000,
            "pc" | "pca" => self.codepage = 437,
            "uc" => self.state.uc = p.clamp(0, 16) as u32,
            "f" => {
                if self.state.table == Table::Fonts {
                    self.font_entry = Some(p);
                } else {
                    self.state.codepage = self.fonts.get(&p).copied();
                    self.state.font = Some(p);
                }
            }
            "fcharset" => {
                if let (Some(f), Some(cp)) = (self.font_entry, charset_codepage(p)) {
                    self.fonts.insert(f, cp);
                }
            }
            "cpg" => {
                if let Some(f) = self.font_entry {
                    self.fonts.insert(f, p.max(0) as u32);
                }
            }
            "trowd" => self.row_edges = vec![0.0],
            "trleft" => {
                if let Some(left) = self.row_edges.first_mut() {
                    *left = twips(p);
                }
            }
            "cellx" => self.row_edges.push(twips(p)),
            "trhdr" | "trkeep" => self.pages.next_row(word == "trhdr", word == "trkeep", 0.0),
            "trrh" => self.pages.next_row(false, false, twips(p)),
            // The document's page, then a section's, in the order of `Geometry::with`.
            w if PAGE_WORDS.contains(&w) => {
                let i = PAGE_WORDS.iter().position(|k| *k == w).unwrap_or(0);
                self.page[i / 6][i % 6] = Some(twips(p));
            }
            // Sections.
            "sectd" => {
                self.section_new_page = true;
                self.page[1] = [None; 6];
                self.section_columns = (None, None);
            }
            "cols" => self.section_columns.0 = u32::try_from(p).ok(),
            "colsx" => self.section_columns.1 = Some(twips(p)),
            "sbknone" | "sbkcol" => self.section_new_page = false,
            "sbkpage" | "sbkeven" | "sbkodd" => self.section_new_page = true,
            "sect" if dest == Dest::Body => {
                self.end_paragraph(false);
                self.end_row();
                self.section_pending = true;
            }
            "page" if dest == Dest::Body => {
                self.end_paragraph(false);
                self.end_row();
                self.pages.page_break(Break::Explicit);
            }
            // Paragraphs.
            "pard" => self.para = Para::default(),
            "s" => {
                if self.state.table == Table::Styles {
                    self.style_entry = (p, None);
                    self.styles.entry(p).or_default();
                    self.state.dest = Dest::StyleName;
                } else {
                    self.para.style = p;
                }
            }
            // Character, section and table styles are no paragraph styles.
            "cs" | "ds" | "ts" if self.state.table == Table::Styles => {
                self.state.dest = Dest::Skip;
            }
            "outlinelevel" => {
                let level = (0..9).contains(&p).then_some(p as u8 + 1);
                if self.state.table == Table::Styles {
                    if let Some(def) = self.styles.get_mut(&self.style_entry.0) {
                        def.heading = level;
                    }
                } else {
                    self.para.outline = level;
                }
            }
            "intbl" => self.para.in_table = true,
            "itap" => self.para.depth = p,
            "pagebb" => self.para.page_break_before = on,
            "sb" => self.para.before = twips(p),
            "sa" => self.para.after = twips(p),
            "sl" => {
                self.para.line = (p != 0).then_some(Spacing::Points(twips(p.abs())));
            }
            "slmult" => {
                if let (true, Some(Spacing::Points(pt))) = (on, self.para.line) {
                    self.para.line = Some(Spacing::Multiple(pt / 12.0));
                }
            }
            "li" => self.para.indent_left = twips(p).max(0.0),
            "ri" => self.para.indent_right = twips(p).max(0.0),
            "par" => match dest {
                Dest::Body => self.end_paragraph(false),
                Dest::Note => {
                    if let Some((runs, _)) = self.note.as_mut() {
                        runs.push(note_run(" "));
                    }
                }
                Dest::TextBox => self.end_box_paragraph(),
                Dest::Running => self.end_running_line(),
                _ => {}
            },
            "line" => match dest {
                Dest::Body => self.items.push(None),
                _ => self.text(" "),
            },
            "cell" if dest == Dest::Body => self.end_cell(),
            "nestcell" if dest == Dest::Body => self.end_paragraph(true),
            "row" if dest == Dest::Body => {
                if !self.items.is_empty() {
                    self.end_paragraph(true);
                }
                self.end_row();
            }
            // Characters.
            "plain" => {
                (self.state.ch, self.state.deleted) = (Chars::default(), false);
                self.state.font = None;
            }
            "deff" => self.default_font = p,
            "contextualspace" => self.para.contextual = on,
            "b" => self.state.ch.bold = Some(on),
            "i" => self.state.ch.italic = Some(on),
            "fs" => self.state.ch.size = (p > 0).then_some(p as f32 / 2.0),
            "v" => self.state.ch.hidden = Some(on),
            "caps" | "scaps" => self.state.ch.caps = Some(on),
            "deleted" => self.state.deleted = on,
            "emdash" => self.text("\u{2014}"),
            "endash" => self.text("\u{2013}"),
            "bullet" => self.text("\u{2022}"),
            "lquote" => self.text("\u{2018}"),
            "rquote" => self.text("\u{2019}"),
            "ldblquote" => self.text("\u{201C}"),
            "rdblquote" => self.text("\u{201D}"),
            "tab" | "emspace" | "enspace" | "qmspace" => self.text(" "),
            w if SKIPPED.split(' ').any(|d| d == w) => self.state.dest = Dest::Skip,
            _ => {}
        }
    }

    /// A new section's first text: a page break unless it is continuous, and its page.
    fn start_section(&mut self) {
        self.section_pending = false;
        if self.section_new_page && self.body_started {
            self.end_row();
            self.pages.page_break(Break::Explicit);
        }
        let page = self.page_geometry();
        self.pages.geometry(page);
    }

    fn page_geometry(&self) -> Geometry {
        let (columns, gap) = self.section_columns;
        Geometry::default()
            .with(WORD_PAGE.map(Some))
            .with(self.page[0])
            .with(self.page[1])
            .in_columns(columns, gap.or(Some(36.0)))
    }

    /// End the paragraph read so far; `nested` when it ended at a nested table's cell mark
    /// (a line of the outer cell).
    fn end_paragraph(&mut self, nested: bool) {
        let first = self
            .items
            .iter()
            .flatten()
            .find(|r| !r.text.trim().is_empty());
        let (text, size) = (first.is_some(), first.map_or(SIZE, |r| r.size));
        if self.section_pending && text {
            self.start_section();
        }
        self.body_started |= text;
        let items = std::mem::take(&mut self.items);
        let para = self.para;
        let in_table = para.in_table || nested;
        if para.page_break_before && !in_table && !items.is_empty() {
            self.end_row();
            self.pages.page_break(Break::Explicit);
        }
        self.pages.enter_marked(in_table);
        let heading = para
            .outline
            .or_else(|| self.styles.get(&para.style).and_then(|s| s.heading));
        let style = RunStyle::paragraph(heading, Chars::default(), size);
        let font = self.para_font.take().and_then(|f| self.font_names.get(&f));
        self.pages.metrics(Metrics {
            size,
            face: font.map_or(DEFAULT_FACE, |f| {
                face_of_font(f.trim_end_matches(';').trim())
            }),
            before: para.before,
            after: para.after,
            line: para.line.unwrap_or(Spacing::Multiple(1.0)),
            indent: para.indent_left + para.indent_right,
            keep_with_next: heading.is_some(),
            contextual: para.contextual.then_some(para.style as u32),
        });
        let runs = items.into_iter().map(|i| match i {
            Some(r) if heading.is_some() => Some(style.run(r.text)),
            i => i,
        });
        // Text boxes anchored in the paragraph: their lines after it.
        let boxes = std::mem::take(&mut self.boxes).into_iter().flatten();
        self.pages
            .paragraph(in_table, None, style, heading.is_some(), runs, boxes);
    }

    /// A cell mark: the end of the cell's last paragraph, the next cell's column.
    fn end_cell(&mut self) {
        let para = self.para;
        self.para.in_table = true;
        self.end_paragraph(true);
        self.para = para;
        self.pages.next_marked_cell();
    }

    fn end_row(&mut self) {
        let grid = self.row_edges.windows(2).map(|e| e[1] - e[0]).collect();
        self.pages.row_grid(grid);
        self.pages.end_marked_row();
    }

    fn end_note(&mut self) {
        let Some((runs, endnote)) = self.note.take() else {
            return;
        };
        let mark = self.pages.note(endnote, None, runs);
        self.items.push(Some(self.state.style().run(mark)));
    }

    fn end_box_paragraph(&mut self) {
        if let Some(b) = self.textbox.as_mut() {
            if b.last().is_some_and(|l| !l.trim().is_empty()) || b.is_empty() {
                b.push(String::new());
            }
        }
    }

    fn end_running_line(&mut self) {
        running_line(&mut self.running, &std::mem::take(&mut self.running_line));
    }
}

/// Where an RTF file's text starts (after leading white space and a UTF-8 byte-order mark).
fn rtf_start(bytes: &[u8]) -> usize {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    bom + bytes[bom..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

/// Whether `bytes` are an RTF file (`{\rtf` at their start).
pub fn is_rtf(bytes: &[u8]) -> bool {
    bytes[rtf_start(bytes)..].starts_with(b"{\\rtf")
}

/// Extract an .rtf file.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let start = rtf_start(bytes);
    if !is_rtf(bytes) {
        return Err(bad("not an RTF file: it does not start with {\\rtf"));
    }
    let mut r = Reader {
        state: State {
            uc: 1,
            ..State::default()
        },
        codepage: 1252,
        // The document's page is known only once its header has been read: the first
        // text sets it (see `start_section`), so the estimate begins with the default page.
        section_pending: true,
        ..Reader::default()
    };
    r.pages.estimate_pages(r.page_geometry());
    r.run(&bytes[start..])?;
    if r.items.iter().any(Option::is_some) {
        r.end_paragraph(false);
    }
    r.end_row();
    Ok(r.pages.into_doc(Some(r.title), None, r.running))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rtf: &str) -> Vec<String> {
        extract(rtf.as_bytes())
            .expect("rtf")
            .pages
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn text_code_pages_and_unicode() {
        let t = texts(
            r"{\rtf1\ansi\ansicpg1252\uc1 {\fonttbl{\f0 Times;}}\pard Malm\'f6 stad \u229\'e5r 2024\par}",
        );
        assert_eq!(t, vec!["Malmö stad år 2024"]);
    }

    #[test]
    fn deleted_hidden_comments_and_field_codes_are_not_text() {
        let t = texts(concat!(
            r"{\rtf1\ansi\pard Beslut {\deleted gammal text }{\revised ny text}",
            r"{\v dold }{\*\annotation kommentar}",
            r"{\field{\*\fldinst PAGEREF x}{\fldrslt 3}}\par}"
        ));
        assert_eq!(t, vec!["Beslut ny text3"]);
    }

    #[test]
    fn pages_follow_page_and_section_breaks() {
        let t = texts(
            r"{\rtf1\ansi\pard ett\par\page tv\'e5\par\sect\sectd\sbknone tre\par\sect\sectd fyra\par}",
        );
        assert_eq!(t, vec!["ett", "två\n\ntre", "fyra"]);
    }

    #[test]
    fn a_list_number_keeps_its_paragraphs_page_break() {
        // LibreOffice writes `{\listtext\pard\plain 1.\tab}` after the paragraph's
        // properties: that `\pard` resets nothing of the paragraph.
        let t = texts(
            r"{\rtf1\ansi\pard ett\par\pard\pagebb{\listtext\pard\plain 1.\tab}tv\'e5\par\pard tre\par}",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(t[1].starts_with("1.") && t[1].contains("två"), "{t:?}");
        assert!(!t[0].contains("två"), "{t:?}");
    }

    #[test]
    fn broken_and_deep_files_are_clean_errors() {
        assert!(extract(b"hello").is_err());
        let deep = format!("{{\\rtf1 {}", "{".repeat(5000));
        assert!(extract(deep.as_bytes()).is_err());
        // Unbalanced or cut short: read as far as it goes.
        assert_eq!(texts(r"{\rtf1\ansi\pard text}}}"), vec!["text"]);
        assert_eq!(texts(r"{\rtf1\ansi\pard text\'"), vec!["text"]);
    }

    #[test]
    fn headings_come_from_the_style_sheet_and_outline_levels() {
        let doc = extract(
            concat!(
                r"{\rtf1\ansi{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}",
                r"{\s7 Rubrik 2;}{\*\cs10 heading 1 Char;}}",
                r"\pard\s1 Beslut\par\pard\s7 Bakgrund\par\pard\outlinelevel2 Tre\par",
                r"\pard\s0 Text\par}"
            )
            .as_bytes(),
        )
        .expect("rtf");
        let lines = &doc.pages[0].lines;
        let bold: Vec<(&str, bool)> = lines.iter().map(|l| (l.text.as_str(), l.bold)).collect();
        assert_eq!(
            bold,
            vec![
                ("Beslut", true),
                ("Bakgrund", true),
                ("Tre", true),
                ("Text", false)
            ]
        );
        assert_eq!(doc.title.as_deref(), Some("Beslut"));
    }

    #[test]
    fn cut_and_damaged_files_never_panic() {
        let good: &[u8] = include_bytes!("../../tests/data/word/blind2/arende-lo.rtf");
        let mut seed = 0x2545_F491_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for cut in (0..good.len()).step_by(997) {
            let _ = extract(&good[..cut]);
        }
        for _ in 0..40 {
            let mut bad = good.to_vec();
            for _ in 0..64 {
                let at = (next() as usize) % bad.len();
                bad[at] = b"{}\\'0u-9 x"[(next() as usize) % 10];
            }
            let _ = extract(&bad);
        }
    }
}
