//! The content-stream interpreter: runs a page's operators (text state and positioning,
//! graphics state, Form XObjects recursively, marked content) and emits positioned glyphs
//! in display space (top-left origin, y down, after /Rotate and the crop box), plus the
//! images it painted, with where (to recognise scanned pages, and for OCR to decode them:
//! [`PlacedImage`], [`super::image`]).
//!
//! Work is bounded: operators per page, Form XObject depth (and self-reference loops),
//! decompressed stream sizes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use compact_str::CompactString;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::encoding::decode_text_string;
use super::fonts::{Font, Glyph};
use super::lexer::{Lexer, Operand};
use super::objects::{deref, get, get_array, get_dict, get_name, nums, stream_bytes_in};
use super::Limits;

/// An affine matrix [a b c d e f].
pub type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`.
pub fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

pub fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// The bounding box [x0, y0, x1, y1] of the rectangle `[x0, y0, x1, y1]` under `m`.
fn box_under(m: &Matrix, [x0, y0, x1, y1]: [f32; 4]) -> [f32; 4] {
    let pts = [
        apply(m, x0, y0),
        apply(m, x1, y0),
        apply(m, x0, y1),
        apply(m, x1, y1),
    ];
    let xs = pts.iter().map(|p| p.0);
    let ys = pts.iter().map(|p| p.1);
    [
        xs.clone().fold(f32::MAX, f32::min),
        ys.clone().fold(f32::MAX, f32::min),
        xs.fold(f32::MIN, f32::max),
        ys.fold(f32::MIN, f32::max),
    ]
}

/// An inline image's dictionary entry as a lopdf object (whole numbers as integers, as the
/// image's /Width, /Height and /BitsPerComponent are read).
fn operand_object(o: &Operand) -> Object {
    match o {
        Operand::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => Object::Integer(*n as i64),
        Operand::Number(n) => Object::Real(*n),
        Operand::Name(n) => Object::Name(n.clone()),
        Operand::String(s) => Object::String(s.clone(), lopdf::StringFormat::Literal),
        Operand::Array(a) => Object::Array(a.iter().map(operand_object).collect()),
        Operand::Dict(entries) => {
            let mut d = Dictionary::new();
            for (k, v) in entries {
                d.set(k.clone(), operand_object(v));
            }
            Object::Dictionary(d)
        }
        Operand::Bool(b) => Object::Boolean(*b),
        Operand::Null => Object::Null,
    }
}

/// A glyph placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub text: CompactString,
    /// Start of the glyph on its baseline, display space.
    pub x: f32,
    pub y: f32,
    /// Advance along the writing direction, display units.
    pub width: f32,
    /// Effective font size (display units).
    pub size: f32,
    /// Writing direction: 0 left→right, 1 top→bottom, 2 right→left (upside down),
    /// 3 bottom→top.
    pub dir: u8,
    /// How far (whole degrees, clockwise on the page) the baseline is turned off its
    /// direction's axis, when that is more than [`SKEW_MIN_DEGREES`] (a stamp or a watermark
    /// set at an angle, a chart's slanted labels); 0 for text along an axis.
    pub skew: i16,
    pub bold: bool,
    pub italic: bool,
    /// Text rendering mode (3 = invisible, as in OCR text layers).
    pub render: u8,
    /// Inside an /Artifact marked-content sequence.
    pub artifact: bool,
    /// Width of a space in this font and size (display units).
    pub space_width: f32,
    /// Character spacing (Tc) added after the glyph, display units; not part of `width`.
    pub char_spacing: f32,
}

/// An image the page painted (an image XObject or an inline image), and where.
#[derive(Debug, Clone)]
pub struct PlacedImage<'a> {
    /// The image's stream (an inline image is held as a stream too).
    pub stream: Cow<'a, Stream>,
    /// Image space (the unit square) to display space.
    pub ctm: Matrix,
    /// The resources in force where it was painted (for named colour spaces).
    pub resources: Option<&'a Dictionary>,
}

impl PlacedImage<'_> {
    /// Its bounding box on the displayed page: [x0, y0, x1, y1], points from the top-left.
    pub fn bbox(&self) -> [f32; 4] {
        box_under(&self.ctm, [0.0, 0.0, 1.0, 1.0])
    }
}

/// Most images recorded with their stream per page ([`PageContent::placed`]); their boxes
/// are all kept.
const MAX_PLACED: usize = 256;

/// What a page's content drew.
#[derive(Debug, Clone, Default)]
pub struct PageContent<'a> {
    pub glyphs: Vec<PlacedGlyph>,
    /// Bounding boxes [x0, y0, x1, y1] (display space) of drawn images.
    pub images: Vec<[f32; 4]>,
    /// The first [`MAX_PLACED`] images drawn, in painting order, with their streams.
    pub placed: Vec<PlacedImage<'a>>,
    pub width: f32,
    pub height: f32,
    pub warnings: Vec<String>,
    /// Glyphs shown whose code no route maps to Unicode (left out of the text).
    pub unmapped: u32,
    /// The text of the page's annotations, in page order ([`Interp::run_annotations`]).
    pub annotations: Vec<AnnotationText>,
    /// Thin lines and bars the page drew (stroked or filled paths 2 pt thick or less and
    /// 12 pt long or more): their boxes [x0, y0, x1, y1], display space, at most
    /// [`MAX_RULES`].
    pub rules: Vec<[f32; 4]>,
}

/// Most rules recorded per page ([`PageContent::rules`]).
const MAX_RULES: usize = 2048;
/// Most opaque rectangles per page tested for the glyphs they cover.
const MAX_COVERS: usize = 512;

/// The bounding box of the path under construction (display space) and what it is made of.
#[derive(Default)]
struct PathBox {
    bbox: Option<[f32; 4]>,
    rects: u32,
    /// Segments other than rectangles (m, l, c, v, y).
    segments: u32,
}

/// A glyph's box [x0, y0, x1, y1] in display space: from its baseline start along its
/// direction by its advance, and 0.7 of its size up (skewed text is not boxed).
fn glyph_box(g: &PlacedGlyph) -> Option<[f32; 4]> {
    let up = 0.7 * g.size;
    match (g.skew, g.dir) {
        (0, 0) => Some([g.x, g.y - up, g.x + g.width, g.y]),
        (0, 1) => Some([g.x, g.y, g.x + up, g.y + g.width]),
        (0, 2) => Some([g.x - g.width, g.y, g.x, g.y + up]),
        (0, _) => Some([g.x - up, g.y - g.width, g.x, g.y]),
        _ => None,
    }
}

/// The text of one annotation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnnotationText {
    pub text: String,
    /// Its rectangle in display space [x0, y0, x1, y1] (y down).
    pub rect: [f32; 4],
    /// Whether its appearance drew the text as glyphs (then the text is among the page's
    /// glyphs; otherwise it comes from /Contents or the field value and has to be added).
    pub drawn: bool,
    /// A note (/Text): the reader sees an icon, not its text; listed, not page text.
    pub note: bool,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
    render: u8,
    /// The clip's bounding box, display space (None: the whole page).
    clip: Option<[f32; 4]>,
    /// Fills cover what is under them: fill alpha 1, a normal blend, no soft mask, no
    /// pattern (set by `gs`, `cs` and the colour operators).
    fill_alpha: f32,
    blend_normal: bool,
    soft_mask: bool,
    fill_pattern: bool,
    line_width: f32,
    /// Text shown in a clipping mode (Tr 4–7) clips what is painted next: a fill then shows
    /// through the glyphs, it covers nothing.
    text_clip: bool,
}

struct Marked {
    actual_text: Option<String>,
    artifact: bool,
    /// Optional content (a layer) the viewer does not show: its glyphs are dropped.
    hidden: bool,
    start: usize,
}

/// The optional-content groups (layers) a viewer hides when it opens the document: the
/// default configuration's /OFF, or, when its /BaseState is /OFF, every group not in /ON.
fn hidden_layers(doc: &Document) -> Vec<ObjectId> {
    let Some(props) = doc
        .catalog()
        .ok()
        .and_then(|c| get_dict(doc, c, b"OCProperties"))
    else {
        return Vec::new();
    };
    let Some(d) = get_dict(doc, props, b"D") else {
        return Vec::new();
    };
    let refs = |dict: &Dictionary, key: &[u8]| -> Vec<ObjectId> {
        get_array(doc, dict, key)
            .unwrap_or_default()
            .iter()
            .filter_map(|o| o.as_reference().ok())
            .collect()
    };
    if get_name(doc, d, b"BaseState") == Some(b"OFF") {
        let on = refs(d, b"ON");
        refs(props, b"OCGs")
            .into_iter()
            .filter(|id| !on.contains(id))
            .collect()
    } else {
        refs(d, b"OFF")
    }
}

/// Whether the optional content `entry` (a group, or a membership dictionary naming groups,
/// visible when any of them is: its default /AnyOn) is hidden.
fn layer_hidden(doc: &Document, hidden: &[ObjectId], entry: &Object) -> bool {
    let is_hidden = |o: &Object| matches!(o, Object::Reference(id) if hidden.contains(id));
    if hidden.is_empty() || is_hidden(entry) {
        return !hidden.is_empty();
    }
    let Ok(d) = deref(doc, entry).as_dict() else {
        return false;
    };
    match d.get(b"OCGs").map(|o| (o, deref(doc, o))) {
        Ok((_, Object::Array(groups))) => !groups.is_empty() && groups.iter().all(is_hidden),
        Ok((group, _)) => is_hidden(group),
        Err(_) => false,
    }
}

/// Most glyphs kept for one page; a page drawing more is cut short.
const MAX_GLYPHS: usize = 500_000;

/// Fonts loaded so far in a document, by object id.
#[derive(Default)]
pub struct FontCache {
    fonts: HashMap<ObjectId, Rc<Font>>,
}

/// Text turned less than this off an axis is read as set along it (an OCR layer that follows
/// a slightly skewed scan word by word stays one text); more, and it is laid out on its own.
pub const SKEW_MIN_DEGREES: f32 = 8.0;

/// The angle of an advance (`ax`, `ay`, display space, y down) off the axis of its direction
/// `dir`, in whole degrees, or 0 when it is within [`SKEW_MIN_DEGREES`] of the axis.
fn skew_degrees(ax: f32, ay: f32, dir: u8) -> i16 {
    if ax == 0.0 || ay == 0.0 {
        return 0; // along an axis
    }
    let angle = ay.atan2(ax).to_degrees();
    let axis = match dir {
        0 => 0.0,
        1 => 90.0,
        2 => 180.0,
        _ => -90.0,
    };
    let mut off = angle - axis;
    if off > 180.0 {
        off -= 360.0;
    } else if off < -180.0 {
        off += 360.0;
    }
    if !off.is_finite() || off.abs() < SKEW_MIN_DEGREES {
        0
    } else {
        off.round() as i16
    }
}

/// The transform from user space to display space for a page box and rotation;
/// returns (matrix, display width, display height).
pub fn page_transform(b: [f32; 4], rotate: i64) -> (Matrix, f32, f32) {
    let (x0, x1) = (b[0].min(b[2]), b[0].max(b[2]));
    let (y0, y1) = (b[1].min(b[3]), b[1].max(b[3]));
    let (w, h) = (x1 - x0, y1 - y0);
    match rotate.rem_euclid(360) {
        90 => ([0.0, 1.0, 1.0, 0.0, -y0, -x0], h, w),
        180 => ([-1.0, 0.0, 0.0, 1.0, x1, -y0], w, h),
        270 => ([0.0, -1.0, -1.0, 0.0, y1, x1], h, w),
        _ => ([1.0, 0.0, 0.0, -1.0, -x0, y1], w, h),
    }
}

/// The interpreter of one page: `'a` is the document (what the page's content refers to,
/// kept in [`PlacedImage`]s), `'f` the walk's own state (limits, font cache).
pub struct Interp<'a, 'f> {
    doc: &'a Document,
    limits: &'f Limits,
    fonts: &'f mut FontCache,
    page_tf: Matrix,
    gs: GState,
    stack: Vec<GState>,
    tm: Matrix,
    tlm: Matrix,
    ops: usize,
    marked: Vec<Marked>,
    forms: Vec<ObjectId>,
    out: PageContent<'a>,
    stopped: bool,
    scratch: Vec<Glyph>,
    /// Decoded Form XObject content, by object id (a form drawn many times is decoded once).
    form_data: HashMap<ObjectId, Rc<Vec<u8>>>,
    /// The layers the viewer hides ([`hidden_layers`]).
    hidden_layers: Vec<ObjectId>,
    path: PathBox,
    /// The painting operator after the path clips (W, W*).
    clip_next: bool,
    /// Drawing a form field's appearance: its value is the field's data, read whole even
    /// where the field's box clips it.
    in_field: bool,
    /// Opaque filled rectangles and how many glyphs were drawn before each.
    covers: Vec<([f32; 4], usize)>,
}

impl<'a, 'f> Interp<'a, 'f> {
    pub fn new(
        doc: &'a Document,
        limits: &'f Limits,
        fonts: &'f mut FontCache,
        page_tf: Matrix,
        width: f32,
        height: f32,
    ) -> Self {
        Interp {
            doc,
            limits,
            fonts,
            page_tf,
            gs: GState {
                ctm: IDENTITY,
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                hscale: 1.0,
                leading: 0.0,
                rise: 0.0,
                render: 0,
                clip: None,
                fill_alpha: 1.0,
                blend_normal: true,
                soft_mask: false,
                fill_pattern: false,
                line_width: 1.0,
                text_clip: false,
            },
            stack: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            ops: 0,
            marked: Vec::new(),
            forms: Vec::new(),
            out: PageContent {
                width,
                height,
                ..PageContent::default()
            },
            stopped: false,
            scratch: Vec::new(),
            form_data: HashMap::new(),
            hidden_layers: hidden_layers(doc),
            path: PathBox::default(),
            clip_next: false,
            in_field: false,
            covers: Vec::new(),
        }
    }

    pub fn finish(mut self) -> PageContent<'a> {
        // Close marked content left open.
        while !self.marked.is_empty() {
            self.end_marked();
        }
        self.drop_covered();
        self.out
    }

    /// Drop the glyphs an opaque rectangle painted after them hides wholly (text painted
    /// over by a white box, a black masking bar). Invisible text (an OCR layer) stays.
    fn drop_covered(&mut self) {
        if self.covers.is_empty() {
            return;
        }
        let tol = 0.5;
        let covered = |g: &PlacedGlyph, upto: usize, i: usize, covers: &[([f32; 4], usize)]| {
            g.render != 3
                && glyph_box(g).is_some_and(|b| {
                    covers.iter().any(|&(r, n)| {
                        i < n
                            && i < upto
                            && b[0] >= r[0] - tol
                            && b[1] >= r[1] - tol
                            && b[2] <= r[2] + tol
                            && b[3] <= r[3] + tol
                    })
                })
        };
        let upto = self.covers.iter().map(|c| c.1).max().unwrap_or(0);
        let covers = std::mem::take(&mut self.covers);
        let mut i = 0;
        self.out.glyphs.retain(|g| {
            i += 1;
            !covered(g, upto, i - 1, &covers)
        });
    }

    /// A point of the path under construction (user space).
    fn path_point(&mut self, x: f32, y: f32) {
        let (px, py) = apply(&mul(&self.gs.ctm, &self.page_tf), x, y);
        if !px.is_finite() || !py.is_finite() {
            return;
        }
        let b = self.path.bbox.get_or_insert([px, py, px, py]);
        *b = [b[0].min(px), b[1].min(py), b[2].max(px), b[3].max(py)];
    }

    /// Paint (or end) the path: narrow the clip when W came before, record an opaque
    /// filled rectangle as a cover and a thin line or bar as a rule.
    fn paint_path(&mut self, op: &[u8]) {
        let path = std::mem::take(&mut self.path);
        let clips = std::mem::take(&mut self.clip_next);
        let Some(b) = path.bbox else { return };
        if clips && !self.in_field {
            let c = self
                .gs
                .clip
                .unwrap_or([f32::MIN, f32::MIN, f32::MAX, f32::MAX]);
            self.gs.clip = Some([
                b[0].max(c[0]),
                b[1].max(c[1]),
                b[2].min(c[2]),
                b[3].min(c[3]),
            ]);
        }
        if self.marked.iter().any(|m| m.hidden) {
            return;
        }
        let fill = matches!(op, b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*");
        let stroke = matches!(op, b"S" | b"s" | b"B" | b"B*" | b"b" | b"b*");
        let (w, h) = (b[2] - b[0], b[3] - b[1]);
        let opaque = self.gs.fill_alpha >= 1.0
            && self.gs.blend_normal
            && !self.gs.soft_mask
            && !self.gs.fill_pattern
            && !self.gs.text_clip;
        if fill
            && opaque
            && path.rects == 1
            && path.segments == 0
            && w > 0.0
            && h > 0.0
            && self.covers.len() < MAX_COVERS
        {
            self.covers.push((b, self.out.glyphs.len()));
        }
        let m = mul(&self.gs.ctm, &self.page_tf);
        let line = if stroke {
            self.gs.line_width * (m[0] * m[3] - m[1] * m[2]).abs().sqrt()
        } else {
            0.0
        };
        if (fill || stroke)
            && w.min(h) + line <= 2.0
            && w.max(h) >= 12.0
            && self.out.rules.len() < MAX_RULES
        {
            self.out.rules.push(b);
        }
    }

    /// An ExtGState's fill alpha, blend mode and soft mask.
    fn ext_gstate(&mut self, res: Option<&'a Dictionary>, name: &[u8]) {
        let Some(d) = res
            .and_then(|r| get_dict(self.doc, r, b"ExtGState"))
            .and_then(|e| get_dict(self.doc, e, name))
        else {
            return;
        };
        if let Some(ca) = get(self.doc, d, b"ca").and_then(|o| super::objects::num(self.doc, o)) {
            self.gs.fill_alpha = ca;
        }
        match get(self.doc, d, b"BM") {
            Some(Object::Name(n)) => {
                self.gs.blend_normal = matches!(n.as_slice(), b"Normal" | b"Compatible")
            }
            Some(Object::Array(a)) => {
                self.gs.blend_normal = matches!(a.first(), Some(Object::Name(n)) if matches!(n.as_slice(), b"Normal" | b"Compatible"))
            }
            _ => {}
        }
        match get(self.doc, d, b"SMask") {
            Some(Object::Name(n)) => self.gs.soft_mask = n.as_slice() != b"None",
            Some(_) => self.gs.soft_mask = true,
            None => {}
        }
    }

    fn warn(&mut self, w: String) {
        if !self.out.warnings.contains(&w) && self.out.warnings.len() < 20 {
            self.out.warnings.push(w);
        }
    }

    /// Run a content stream with the given resources.
    pub fn run(&mut self, data: &[u8], resources: Option<&'a Dictionary>) {
        let mut lx = Lexer::new(data);
        let mut operands: Vec<Operand> = Vec::new();
        while let Some(op) = lx.next_op(&mut operands) {
            if self.stopped {
                return;
            }
            self.ops += 1;
            if self.ops > self.limits.max_ops_per_page {
                self.stopped = true;
                self.warn(format!(
                    "page has more than {} operators; the rest was skipped",
                    self.limits.max_ops_per_page
                ));
                return;
            }
            self.op(op, &operands, resources);
        }
    }

    fn op(&mut self, op: &[u8], a: &[Operand], res: Option<&'a Dictionary>) {
        let n = |i: usize| a.get(i).and_then(Operand::as_f32).unwrap_or(0.0);
        let matrix6 = || -> Option<Matrix> {
            if a.len() < 6 {
                return None;
            }
            let m: Vec<f32> = a
                .iter()
                .rev()
                .take(6)
                .rev()
                .map(|o| o.as_f32().unwrap_or(0.0))
                .collect();
            Some([m[0], m[1], m[2], m[3], m[4], m[5]])
        };
        match op {
            b"q" if self.stack.len() < 256 => self.stack.push(self.gs.clone()),
            b"Q" => {
                if let Some(g) = self.stack.pop() {
                    self.gs = g;
                }
            }
            b"cm" => {
                if let Some(m) = matrix6() {
                    self.gs.ctm = mul(&m, &self.gs.ctm);
                }
            }
            b"BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            b"ET" => {}
            b"Tf" => {
                self.gs.size = n(1);
                if let Some(name) = a.first().and_then(Operand::as_name) {
                    self.gs.font = self.font(res, name);
                }
            }
            b"Tc" => self.gs.char_spacing = n(0),
            b"Tw" => self.gs.word_spacing = n(0),
            b"Tz" => self.gs.hscale = n(0) / 100.0,
            b"TL" => self.gs.leading = n(0),
            b"Ts" => self.gs.rise = n(0),
            b"Tr" => self.gs.render = n(0).clamp(0.0, 7.0) as u8,
            b"Td" => self.move_line(n(0), n(1)),
            b"TD" => {
                self.gs.leading = -n(1);
                self.move_line(n(0), n(1));
            }
            b"Tm" => {
                if let Some(m) = matrix6() {
                    self.tm = m;
                    self.tlm = m;
                }
            }
            b"T*" => self.move_line(0.0, -self.gs.leading),
            // Tj; ' and " move to the next line first (" sets the spacings too).
            b"Tj" | b"'" | b"\"" => {
                if op == b"\"" {
                    self.gs.word_spacing = n(0);
                    self.gs.char_spacing = n(1);
                }
                if op != b"Tj" {
                    self.move_line(0.0, -self.gs.leading);
                }
                if let Some(Operand::String(s)) = a.last() {
                    self.show(s);
                }
            }
            b"TJ" => {
                if let Some(Operand::Array(items)) = a.last() {
                    for it in items {
                        match it {
                            Operand::String(s) => self.show(s),
                            Operand::Number(adj) if adj.is_finite() => {
                                let tx = -adj / 1000.0 * self.gs.size * self.gs.hscale;
                                self.advance(tx);
                            }
                            _ => {}
                        }
                    }
                }
            }
            b"BMC" => self.marked.push(Marked {
                actual_text: None,
                artifact: a.first().and_then(Operand::as_name) == Some(b"Artifact"),
                hidden: false,
                start: self.out.glyphs.len(),
            }),
            b"BDC" => {
                let tag = a.first().and_then(Operand::as_name);
                let actual = match a.get(1) {
                    Some(d @ Operand::Dict(_)) => match d.dict_get(b"ActualText") {
                        Some(Operand::String(s)) => Some(decode_text_string(s)),
                        _ => None,
                    },
                    Some(Operand::Name(p)) => self.property_actual_text(res, p),
                    _ => None,
                };
                let hidden = match (tag, a.get(1)) {
                    (Some(b"OC"), Some(Operand::Name(p))) => res
                        .and_then(|r| get_dict(self.doc, r, b"Properties"))
                        .and_then(|props| props.get(p).ok())
                        .is_some_and(|e| layer_hidden(self.doc, &self.hidden_layers, e)),
                    _ => false,
                };
                // Only the outermost ActualText replaces glyphs.
                let inside_actual = self.marked.iter().any(|m| m.actual_text.is_some());
                self.marked.push(Marked {
                    actual_text: if inside_actual { None } else { actual },
                    artifact: tag == Some(b"Artifact"),
                    hidden,
                    start: self.out.glyphs.len(),
                });
            }
            b"EMC" => self.end_marked(),
            b"m" | b"l" => {
                self.path.segments += 1;
                self.path_point(n(0), n(1));
            }
            b"c" | b"v" | b"y" => {
                self.path.segments += 1;
                for k in (0..a.len().min(6)).step_by(2) {
                    self.path_point(n(k), n(k + 1));
                }
            }
            b"re" => {
                let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                for (px, py) in [(x, y), (x + w, y), (x, y + h), (x + w, y + h)] {
                    self.path_point(px, py);
                }
                self.path.rects += 1;
            }
            b"W" | b"W*" => self.clip_next = true,
            b"n" | b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" => {
                self.paint_path(op)
            }
            b"w" => self.gs.line_width = n(0),
            b"gs" => {
                if let Some(name) = a.first().and_then(Operand::as_name) {
                    self.ext_gstate(res, name);
                }
            }
            b"cs" => {
                self.gs.fill_pattern = a.first().and_then(Operand::as_name) == Some(b"Pattern")
            }
            b"scn" => self.gs.fill_pattern = matches!(a.last(), Some(Operand::Name(_))),
            b"g" | b"rg" | b"k" => self.gs.fill_pattern = false,
            b"Do" => {
                if let Some(name) = a.first().and_then(Operand::as_name) {
                    self.do_xobject(res, name);
                }
            }
            b"BI" => {
                let stream = match a {
                    [dict @ Operand::Dict(_), Operand::String(data), ..] => {
                        match operand_object(dict) {
                            Object::Dictionary(d) => {
                                Some(Stream::new(d, data.clone()).with_compression(false))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                self.paint_image(stream.map(Cow::Owned), res);
            }
            _ => {}
        }
    }

    fn property_actual_text(&self, res: Option<&'a Dictionary>, name: &[u8]) -> Option<String> {
        let props = get_dict(self.doc, res?, b"Properties")?;
        let d = get_dict(self.doc, props, name)?;
        match get(self.doc, d, b"ActualText")? {
            Object::String(s, _) => Some(decode_text_string(s)),
            _ => None,
        }
    }

    fn end_marked(&mut self) {
        let Some(m) = self.marked.pop() else { return };
        if m.hidden {
            self.out.glyphs.truncate(m.start);
            return;
        }
        let Some(actual) = m.actual_text else { return };
        let start = m.start.min(self.out.glyphs.len());
        let span: Vec<PlacedGlyph> = self.out.glyphs.drain(start..).collect();
        let Some(first) = span.first() else { return };
        let mut g = first.clone();
        // Extent along the writing direction.
        let (lo, hi) = span.iter().fold((f32::MAX, f32::MIN), |(lo, hi), s| {
            let a = [s.x, s.y, -s.x, -s.y][usize::from(s.dir.min(3))];
            (lo.min(a), hi.max(a + s.width))
        });
        g.width = (hi - lo).max(0.0);
        g.size = span.iter().map(|s| s.size).fold(0.0, f32::max);
        // A hyphen shown but marked as no text (LaTeX's accsupp, InDesign) is a
        // discretionary one: a soft hyphen, which joins a word broken at a line's end.
        let hyphen = matches!(span.as_slice(), [h] if matches!(h.text.as_str(), "-" | "\u{2010}"));
        g.text = if actual.is_empty() && hyphen {
            "\u{ad}".into()
        } else {
            actual.into()
        };
        self.out.glyphs.push(g);
    }

    fn move_line(&mut self, tx: f32, ty: f32) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }

    fn advance(&mut self, tx: f32) {
        self.tm[4] += tx * self.tm[0];
        self.tm[5] += tx * self.tm[1];
    }

    fn advance_v(&mut self, ty: f32) {
        self.tm[4] += ty * self.tm[2];
        self.tm[5] += ty * self.tm[3];
    }

    /// Record an image painted now: its box always, its stream for the first few.
    fn paint_image(&mut self, stream: Option<Cow<'a, Stream>>, res: Option<&'a Dictionary>) {
        let ctm = mul(&self.gs.ctm, &self.page_tf);
        self.out.images.push(box_under(&ctm, [0.0, 0.0, 1.0, 1.0]));
        if let Some(stream) = stream {
            if self.out.placed.len() < MAX_PLACED {
                self.out.placed.push(PlacedImage {
                    stream,
                    ctm,
                    resources: res,
                });
            }
        }
    }

    fn font(&mut self, res: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = get_dict(self.doc, res?, b"Font")?;
        let entry = fonts.get(name).ok()?;
        let id = match entry {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(f) = id.and_then(|id| self.fonts.fonts.get(&id)) {
            return Some(f.clone());
        }
        let dict = deref(self.doc, entry).as_dict().ok()?;
        let font = Rc::new(Font::load(self.doc, dict, self.limits.max_stream_bytes));
        if let Some(id) = id {
            self.fonts.fonts.insert(id, font.clone());
        }
        Some(font)
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.gs.font.clone() else {
            self.warn("text shown without a font".to_string());
            return;
        };
        let mut glyphs = std::mem::take(&mut self.scratch);
        glyphs.clear();
        font.decode(bytes, &mut glyphs);
        self.gs.text_clip |= self.gs.render >= 4;
        let gs = &self.gs;
        let (size, tc, tw, th) = (gs.size, gs.char_spacing, gs.word_spacing, gs.hscale);
        for g in glyphs.drain(..) {
            // A glyph mapped to nothing, or only to control characters (a ToUnicode that
            // maps every code to U+0000–U+001F), has no route to Unicode.
            if !g.word_space && g.text.chars().all(|c| c.is_control() && !c.is_whitespace()) {
                self.out.unmapped += 1;
            }
            let spacing = tc + if g.word_space { tw } else { 0.0 };
            if font.vertical {
                // Vertical writing: advance down by the glyph's vertical extent (1 em).
                self.emit(&font, &g, size, 0.0, true);
                self.advance_v(-(size + spacing));
            } else {
                let adv = (g.width * size + spacing) * th;
                // The glyph's own width: character spacing (Tc) is space after it, which
                // producers also use to set words apart (as poppler reads it).
                let extent = g.width * size * th;
                self.emit(&font, &g, size, extent, false);
                self.advance(adv);
            }
        }
        self.scratch = glyphs;
    }

    fn emit(&mut self, font: &Font, g: &Glyph, size: f32, extent: f32, vertical: bool) {
        let m = mul(&mul(&self.tm, &self.gs.ctm), &self.page_tf);
        let (x, y) = apply(&m, 0.0, self.gs.rise);
        // The advance from the matrix itself, not as a difference of two points: text at 45
        // degrees would otherwise fall to one direction or the other glyph by glyph.
        let (ax, ay) = if vertical {
            (-size * m[2], -size * m[3])
        } else {
            (extent * m[0], extent * m[1])
        };
        // Size: length of the text-space "up" vector.
        let (ux, uy) = (m[2] * size, m[3] * size);
        let scale = font.size_scale;
        let eff = (ux * ux + uy * uy).sqrt() * scale;
        let width = (ax * ax + ay * ay).sqrt();
        if !x.is_finite() || !y.is_finite() || !width.is_finite() || !eff.is_finite() {
            return;
        }
        let dir = if vertical {
            1
        } else if ax.abs() >= ay.abs() {
            if ax >= 0.0 {
                0
            } else {
                2
            }
        } else if ay >= 0.0 {
            1
        } else {
            3
        };
        if self.out.glyphs.len() >= MAX_GLYPHS {
            self.stopped = true;
            self.warn(format!(
                "page draws more than {MAX_GLYPHS} glyphs; the rest was skipped"
            ));
            return;
        }
        let skew = if vertical {
            0
        } else {
            skew_degrees(ax, ay, dir)
        };
        let hs = (m[0] * m[0] + m[1] * m[1]).sqrt();
        let artifact = self.marked.iter().any(|mk| mk.artifact);
        let glyph = PlacedGlyph {
            text: g.text.clone(),
            x,
            y,
            width,
            size: eff,
            dir,
            skew,
            bold: font.bold,
            italic: font.italic,
            render: self.gs.render,
            artifact,
            space_width: font.space_width * size * self.gs.hscale * hs,
            char_spacing: self.gs.char_spacing * self.gs.hscale * hs,
        };
        // A glyph wholly outside the clip is not shown (a line set past its frame's edge).
        if let (Some(c), Some(b)) = (self.gs.clip, glyph_box(&glyph)) {
            let tol = 1.0;
            if b[2] < c[0] - tol || b[0] > c[2] + tol || b[3] < c[1] - tol || b[1] > c[3] + tol {
                return;
            }
        }
        self.out.glyphs.push(glyph);
    }

    fn do_xobject(&mut self, res: Option<&'a Dictionary>, name: &[u8]) {
        let Some(xobjects) = res.and_then(|r| get_dict(self.doc, r, b"XObject")) else {
            return;
        };
        let Ok(entry) = xobjects.get(name) else {
            return;
        };
        let id = match entry {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        let Ok(stream) = deref(self.doc, entry).as_stream() else {
            return;
        };
        if let Ok(oc) = stream.dict.get(b"OC") {
            if layer_hidden(self.doc, &self.hidden_layers, oc) {
                return;
            }
        }
        let subtype = get_name(self.doc, &stream.dict, b"Subtype");
        match subtype {
            Some(b"Image") => self.paint_image(Some(Cow::Borrowed(stream)), res),
            Some(b"Form") => self.run_form(id, stream, res),
            _ => {}
        }
    }

    /// The form's /Matrix.
    fn form_matrix(&self, stream: &Stream) -> Matrix {
        match get_array(self.doc, &stream.dict, b"Matrix")
            .map(|a| nums(self.doc, a))
            .as_deref()
        {
            Some([a, b, c, d, e, f]) => [*a, *b, *c, *d, *e, *f],
            _ => IDENTITY,
        }
    }

    /// Run a Form XObject (loop-safe, depth-bounded, decoded once).
    fn run_form(&mut self, id: Option<ObjectId>, stream: &'a Stream, res: Option<&'a Dictionary>) {
        if let Some(id) = id {
            if self.forms.contains(&id) {
                self.warn("a Form XObject draws itself; the loop was cut".to_string());
                return;
            }
        }
        if self.forms.len() >= self.limits.max_form_depth {
            self.warn(format!(
                "Form XObjects nested deeper than {}; the deeper ones were skipped",
                self.limits.max_form_depth
            ));
            return;
        }
        let cached = id.and_then(|id| self.form_data.get(&id)).cloned();
        let data = match cached {
            Some(d) => d,
            None => match stream_bytes_in(self.doc, stream, self.limits.max_stream_bytes) {
                Ok(d) => {
                    let d = Rc::new(d);
                    if let Some(id) = id {
                        self.form_data.insert(id, d.clone());
                    }
                    d
                }
                Err(e) => {
                    self.warn(e);
                    return;
                }
            },
        };
        let saved = self.gs.clone();
        let saved_depth = self.stack.len();
        let (saved_tm, saved_tlm) = (self.tm, self.tlm);
        self.gs.ctm = mul(&self.form_matrix(stream), &self.gs.ctm);
        let form_res = get_dict(self.doc, &stream.dict, b"Resources").or(res);
        self.forms.push(id.unwrap_or((0, 0)));
        self.run(&data, form_res);
        self.forms.pop();
        self.stack.truncate(saved_depth);
        self.gs = saved;
        self.tm = saved_tm;
        self.tlm = saved_tlm;
    }

    /// Draw the normal appearances of a page's form fields (Widget annotations), free-text
    /// annotations and stamps, as viewers do (hidden ones are skipped), and collect the text
    /// of every such annotation and of notes: what the appearance drew, else /Contents (for
    /// a form field its value /V).
    pub fn run_annotations(&mut self, page: &'a Dictionary) {
        let Some(annots) = get_array(self.doc, page, b"Annots") else {
            return;
        };
        for a in annots.iter().take(10_000) {
            let Ok(annot) = deref(self.doc, a).as_dict() else {
                continue;
            };
            let subtype = get_name(self.doc, annot, b"Subtype").unwrap_or_default();
            // Form fields, free text, stamps and notes: other annotations (links, popups,
            // highlights whose /Contents often copies the marked text) are not text of the
            // page.
            if !matches!(subtype, b"Widget" | b"FreeText" | b"Stamp" | b"Text") {
                continue;
            }
            let flags = get(self.doc, annot, b"F")
                .and_then(|o| super::objects::num(self.doc, o))
                .unwrap_or(0.0) as i64;
            if flags & (2 | 32) != 0 {
                continue;
            }
            let rect = get_array(self.doc, annot, b"Rect").map(|r| nums(self.doc, r));
            let start = self.out.glyphs.len();
            // Notes are icons: their text is only in /Contents.
            if subtype != b"Text" {
                self.in_field = subtype == b"Widget";
                self.draw_appearance(annot, rect.as_deref());
                self.in_field = false;
            }
            if self.stopped {
                return;
            }
            let display_rect = match rect.as_deref() {
                Some([x0, y0, x1, y1]) => {
                    let (ax, ay) = apply(&self.page_tf, *x0, *y0);
                    let (bx, by) = apply(&self.page_tf, *x1, *y1);
                    [ax.min(bx), ay.min(by), ax.max(bx), ay.max(by)]
                }
                _ => [0.0; 4],
            };
            let drawn = self.out.glyphs.get(start..).unwrap_or_default();
            let drawn_text = if drawn.iter().any(|g| g.render != 3) {
                super::layout::layout(drawn, &[], self.out.width, self.out.height)
                    .iter()
                    .map(|l| l.line.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                String::new()
            };
            let (text, was_drawn) = if drawn_text.trim().is_empty() {
                let key: &[u8] = if subtype == b"Widget" {
                    b"V"
                } else {
                    b"Contents"
                };
                let value = match get(self.doc, annot, key) {
                    Some(Object::String(s, _)) => {
                        crate::text::squash_ws(&super::encoding::decode_text_string(s))
                    }
                    _ => String::new(),
                };
                (value, false)
            } else {
                (drawn_text, true)
            };
            let text = crate::text::nfc(&text);
            if !text.is_empty() && self.out.annotations.len() < 1_000 {
                self.out.annotations.push(AnnotationText {
                    text,
                    rect: display_rect,
                    drawn: was_drawn,
                    note: subtype == b"Text",
                });
            }
        }
    }

    /// Draw an annotation's normal appearance stream into its rectangle.
    fn draw_appearance(&mut self, annot: &'a Dictionary, rect: Option<&[f32]>) {
        let Some(ap) = get_dict(self.doc, annot, b"AP") else {
            return;
        };
        let Ok(normal_entry) = ap.get(b"N") else {
            return;
        };
        // /N is a stream, or a dictionary of appearance states chosen by /AS.
        let (id, stream) = match deref(self.doc, normal_entry) {
            Object::Stream(s) => (normal_entry.as_reference().ok(), s),
            Object::Dictionary(states) => {
                let Some(state) = get_name(self.doc, annot, b"AS") else {
                    return;
                };
                let Ok(e) = states.get(state) else { return };
                match deref(self.doc, e) {
                    Object::Stream(s) => (e.as_reference().ok(), s),
                    _ => return,
                }
            }
            _ => return,
        };
        let bbox = get_array(self.doc, &stream.dict, b"BBox").map(|r| nums(self.doc, r));
        let (Some([rx0, ry0, rx1, ry1]), Some([bx0, by0, bx1, by1])) = (rect, bbox.as_deref())
        else {
            return;
        };
        // Map the transformed BBox onto the annotation rectangle (ISO 32000-1, 12.5.5).
        let [tx0, ty0, tx1, ty1] = box_under(&self.form_matrix(stream), [*bx0, *by0, *bx1, *by1]);
        if tx1 - tx0 <= 0.0 || ty1 - ty0 <= 0.0 {
            return;
        }
        let (ax0, ay0) = (rx0.min(*rx1), ry0.min(*ry1));
        let sx = (rx1 - rx0).abs() / (tx1 - tx0);
        let sy = (ry1 - ry0).abs() / (ty1 - ty0);
        let fit = [sx, 0.0, 0.0, sy, ax0 - tx0 * sx, ay0 - ty0 * sy];
        let saved = self.gs.clone();
        self.gs.ctm = fit;
        self.gs.font = None;
        self.gs.clip = None;
        self.run_form(id, stream, None);
        self.gs = saved;
    }
}
