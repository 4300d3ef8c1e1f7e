//! Where a page's images are painted: the page geometry (crop box, /Rotate) and a small walk
//! over the page's content stream (and the Form XObjects it paints) that tracks the current
//! transformation matrix and records every image XObject and inline image with the matrix it
//! is painted with.

use std::borrow::Cow;
use std::collections::HashSet;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::OcrError;

/// Most bytes of decoded content (page or form) read while looking for images.
const MAX_CONTENT_BYTES: usize = 64 << 20;
/// How deep Form XObjects may nest.
const MAX_FORM_DEPTH: usize = 8;
/// Most `q` levels tracked; deeper saves are ignored (their `Q` pops nothing).
const MAX_STATE_DEPTH: usize = 256;
/// Most images recorded per page.
const MAX_IMAGES: usize = 256;

/// A 2-D affine matrix `[a b c d e f]` as in PDF: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`.
pub(crate) type Matrix = [f32; 6];

pub(crate) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n` (PDF's `m × n`).
pub(crate) fn concat(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

pub(crate) fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// The visible page: its box in user space and how it is turned for display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PageGeom {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    /// Clockwise rotation for display: 0, 90, 180 or 270.
    pub rotate: u32,
}

impl PageGeom {
    /// Reads the crop box (else the media box, else US Letter) and /Rotate, both inheritable.
    pub fn of(doc: &Document, page_id: ObjectId) -> PageGeom {
        let boxed = inherited(doc, page_id, b"CropBox")
            .and_then(|o| rect(doc, o))
            .or_else(|| inherited(doc, page_id, b"MediaBox").and_then(|o| rect(doc, o)))
            .unwrap_or([0.0, 0.0, 612.0, 792.0]);
        let rotate = inherited(doc, page_id, b"Rotate")
            .and_then(|o| deref(doc, o).as_i64().ok())
            .map(|r| r.rem_euclid(360))
            .map(|r| ((r + 45) / 90 * 90 % 360) as u32)
            .unwrap_or(0);
        PageGeom {
            x0: boxed[0],
            y0: boxed[1],
            x1: boxed[2],
            y1: boxed[3],
            rotate,
        }
    }

    fn unrotated_size(&self) -> (f32, f32) {
        (self.x1 - self.x0, self.y1 - self.y0)
    }

    /// Width and height of the page as displayed (after /Rotate).
    pub fn display_size(&self) -> (f32, f32) {
        let (w, h) = self.unrotated_size();
        if self.rotate % 180 == 90 {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// A user-space point in display coordinates: points from the top-left corner of the page
    /// as shown, y growing downwards.
    pub fn display_point(&self, x: f32, y: f32) -> (f32, f32) {
        let (w, h) = self.unrotated_size();
        let (u, v) = (x - self.x0, self.y1 - y);
        match self.rotate {
            90 => (h - v, u),
            180 => (w - u, h - v),
            270 => (v, w - u),
            _ => (u, v),
        }
    }
}

fn rect(doc: &Document, o: &Object) -> Option<[f32; 4]> {
    let arr = deref(doc, o).as_array().ok()?;
    let mut v = [0f32; 4];
    if arr.len() != 4 {
        return None;
    }
    for (slot, item) in v.iter_mut().zip(arr) {
        *slot = deref(doc, item).as_float().ok()?;
        if !slot.is_finite() {
            return None;
        }
    }
    let r = [
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ];
    (r[2] - r[0] >= 1.0 && r[3] - r[1] >= 1.0).then_some(r)
}

pub(crate) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

/// An inheritable page attribute (ISO 32000-1, 7.7.3.4).
fn inherited<'a>(doc: &'a Document, page_id: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = doc.get_dictionary(page_id).ok()?;
    for _ in 0..64 {
        if let Ok(v) = node.get(key) {
            return Some(v);
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// One image painted on the page.
#[derive(Debug, Clone)]
pub(crate) struct Placement<'a> {
    /// The image's stream (an inline image is held as a stream too).
    pub stream: Cow<'a, Stream>,
    /// Image space (unit square) to user space.
    pub ctm: Matrix,
    /// The resource dictionaries in force where it was painted (for named colour spaces).
    pub resources: Vec<&'a Dictionary>,
}

impl Placement<'_> {
    /// The image's bounding box on the displayed page: (left, top, right, bottom) in points.
    pub fn display_bbox(&self, geom: &PageGeom) -> (f32, f32, f32, f32) {
        let mut b = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (ux, uy) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] {
            let (x, y) = apply(&self.ctm, ux, uy);
            let (dx, dy) = geom.display_point(x, y);
            b = (b.0.min(dx), b.1.min(dy), b.2.max(dx), b.3.max(dy));
        }
        b
    }
}

/// The resource dictionaries of a page, nearest first.
pub(crate) fn page_resources(doc: &Document, page_id: ObjectId) -> Vec<&Dictionary> {
    let mut out = Vec::new();
    if let Ok((dict, ids)) = doc.get_page_resources(page_id) {
        out.extend(dict);
        out.extend(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    }
    out
}

/// Looks a named resource up in a category (`XObject`, `ColorSpace`, ...).
pub(crate) fn lookup<'a>(
    doc: &'a Document,
    resources: &[&'a Dictionary],
    category: &[u8],
    name: &[u8],
) -> Option<(Option<ObjectId>, &'a Object)> {
    resources.iter().find_map(|res| {
        let cat = deref(doc, res.get(category).ok()?).as_dict().ok()?;
        let entry = cat.get(name).ok()?;
        match entry {
            Object::Reference(id) => doc.get_object(*id).ok().map(|o| (Some(*id), o)),
            other => Some((None, other)),
        }
    })
}

/// Every image painted on the page, in painting order.
pub(crate) fn page_images(
    doc: &Document,
    page_id: ObjectId,
) -> Result<Vec<Placement<'_>>, OcrError> {
    let content = doc
        .get_page_content_with_limit(page_id, MAX_CONTENT_BYTES)
        .map_err(|e| OcrError::Pdf(format!("page content: {e}")))?;
    let resources = page_resources(doc, page_id);
    let mut walker = Walker {
        doc,
        out: Vec::new(),
        visiting: HashSet::new(),
    };
    walker.run(&content, &resources, IDENTITY, 0)?;
    Ok(walker.out)
}

struct Walker<'a> {
    doc: &'a Document,
    out: Vec<Placement<'a>>,
    visiting: HashSet<ObjectId>,
}

fn numbers(ops: &[Object]) -> Option<Matrix> {
    let mut m = [0f32; 6];
    if ops.len() != 6 {
        return None;
    }
    for (slot, o) in m.iter_mut().zip(ops) {
        *slot = o.as_float().ok().filter(|v| v.is_finite())?;
    }
    Some(m)
}

impl<'a> Walker<'a> {
    fn run(
        &mut self,
        content: &[u8],
        resources: &[&'a Dictionary],
        base: Matrix,
        depth: usize,
    ) -> Result<(), OcrError> {
        let content =
            Content::decode(content).map_err(|e| OcrError::Pdf(format!("content stream: {e}")))?;
        let mut ctm = base;
        let mut stack: Vec<Matrix> = Vec::new();
        let mut ignored_saves = 0usize;
        for op in &content.operations {
            match op.operator.as_str() {
                "q" => {
                    if stack.len() < MAX_STATE_DEPTH {
                        stack.push(ctm);
                    } else {
                        ignored_saves += 1;
                    }
                }
                "Q" => {
                    if ignored_saves > 0 {
                        ignored_saves -= 1;
                    } else if let Some(m) = stack.pop() {
                        ctm = m;
                    }
                }
                "cm" => {
                    if let Some(m) = numbers(&op.operands) {
                        ctm = concat(&m, &ctm);
                    }
                }
                "Do" => {
                    let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) else {
                        continue;
                    };
                    self.paint(name, resources, ctm, depth)?;
                }
                "BI" => {
                    if let Some(Object::Stream(s)) = op.operands.first() {
                        self.push(Placement {
                            stream: Cow::Owned(s.clone()),
                            ctm,
                            resources: resources.to_vec(),
                        });
                    }
                }
                _ => {}
            }
            if self.out.len() >= MAX_IMAGES {
                break;
            }
        }
        Ok(())
    }

    fn push(&mut self, p: Placement<'a>) {
        if self.out.len() < MAX_IMAGES {
            self.out.push(p);
        }
    }

    fn paint(
        &mut self,
        name: &[u8],
        resources: &[&'a Dictionary],
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), OcrError> {
        let doc = self.doc;
        let Some((id, obj)) = lookup(doc, resources, b"XObject", name) else {
            return Ok(());
        };
        let Ok(stream) = obj.as_stream() else {
            return Ok(());
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => {
                self.push(Placement {
                    stream: Cow::Borrowed(stream),
                    ctm,
                    resources: resources.to_vec(),
                });
            }
            Ok(b"Form") => {
                if depth >= MAX_FORM_DEPTH {
                    return Ok(());
                }
                if let Some(id) = id {
                    if !self.visiting.insert(id) {
                        return Ok(());
                    }
                }
                let matrix = stream
                    .dict
                    .get(b"Matrix")
                    .ok()
                    .map(|m| deref(doc, m))
                    .and_then(|m| m.as_array().ok())
                    .and_then(|a| numbers(a))
                    .unwrap_or(IDENTITY);
                let mut form_res: Vec<&'a Dictionary> = Vec::new();
                if let Some(r) = stream
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| deref(doc, r).as_dict().ok())
                {
                    form_res.push(r);
                }
                form_res.extend_from_slice(resources);
                let result = match stream.decompressed_content_with_limit(MAX_CONTENT_BYTES) {
                    Ok(data) => self.run(&data, &form_res, concat(&matrix, &ctm), depth + 1),
                    Err(_) => Ok(()),
                };
                if let Some(id) = id {
                    self.visiting.remove(&id);
                }
                result?;
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_maps_corners() {
        let g = PageGeom {
            x0: 0.0,
            y0: 0.0,
            x1: 100.0,
            y1: 200.0,
            rotate: 90,
        };
        assert_eq!(g.display_size(), (200.0, 100.0));
        // The bottom-left corner of the unrotated page is shown at the top-left.
        assert_eq!(g.display_point(0.0, 0.0), (0.0, 0.0));
        assert_eq!(g.display_point(0.0, 200.0), (200.0, 0.0));
        let g = PageGeom { rotate: 0, ..g };
        assert_eq!(g.display_point(0.0, 200.0), (0.0, 0.0));
        let g = PageGeom { rotate: 270, ..g };
        assert_eq!(g.display_point(100.0, 200.0), (0.0, 0.0));
    }

    #[test]
    fn concat_scales_then_translates() {
        let scale = [2.0, 0.0, 0.0, 3.0, 0.0, 0.0];
        let shift = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        let m = concat(&scale, &shift);
        assert_eq!(apply(&m, 1.0, 1.0), (12.0, 23.0));
    }
}
