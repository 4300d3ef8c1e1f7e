//! Decodes a PDF image (XObject or inline image) that the content-stream walk ([`super::interp`])
//! found on a page: the JPEG bytes as they are when nothing needs changing, else an 8-bit gray
//! raster (written as PGM for Tesseract). OCR reads scanned pages through this.
//!
//! Why our own decoder: `hayro-interpret` decodes images too, but only inside its own parse of
//! the file (hayro-syntax objects); using it would parse every scanned PDF a second time next to
//! lopdf, which is the second PDF layer issue 13 removed. The codecs are the well-kept crates:
//! hayro-ccitt, hayro-jbig2, the `image` crate's JPEG decoder; lopdf's filters for the rest.
//!
//! Handles the generic filters through lopdf (Flate, LZW, RunLength, ASCII85/Hex with
//! predictors), CCITTFax (hayro-ccitt), JBIG2 (hayro-jbig2), DCT (the `image` crate's JPEG
//! decoder when the image must be changed), 1/2/4/8/16 bits per component, /Decode, the
//! colour spaces met in scans (DeviceGray/RGB/CMYK, Cal*, ICCBased by N, Indexed,
//! Separation/DeviceN, Lab) and /ImageMask. Every size is bounded before memory is taken.

use lopdf::{Dictionary, Document, Object, Stream};

use super::objects::deref;

/// Why an image could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("unsupported image: {0}")]
    Unsupported(String),
    #[error("bad image: {0}")]
    Bad(String),
    #[error("image too large: {0}")]
    TooLarge(String),
}

/// Limits on the work one image may cause.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest width or height in pixels.
    pub max_side: u32,
    /// Largest number of pixels.
    pub max_pixels: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_side: 20_000,
            max_pixels: 80_000_000,
        }
    }
}

/// An 8-bit gray raster, row-major, 0 = black.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
}

impl Gray {
    /// The PGM (P5) encoding of the raster.
    pub fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.data);
        out
    }

    /// A binary PGM (P5, 8 bits: what `pdftoppm -gray` writes) as a raster; None when the
    /// data is no such file (a colour or 16-bit one neither), is cut short, or exceeds the
    /// limits.
    pub fn from_pgm(data: &[u8], limits: &Limits) -> Option<Gray> {
        let img = decode(data, image::ImageFormat::Pnm, limits).ok()?;
        let pixels = u64::from(img.width()) * u64::from(img.height());
        (img.color() == image::ColorType::L8 && pixels <= limits.max_pixels)
            .then(|| gray_of_image(&img))
    }

    /// The pixel at (`x`, `y`), None outside the raster.
    pub fn pixel(&self, x: i64, y: i64) -> Option<u8> {
        if x < 0 || y < 0 || x >= self.width as i64 || y >= self.height as i64 {
            return None;
        }
        self.data.get((y * self.width as i64 + x) as usize).copied()
    }

    /// A raster `width` × `height` whose every pixel is `value(x, y)`.
    pub fn from_fn(width: u32, height: u32, value: impl Fn(u32, u32) -> u8) -> Gray {
        let mut data = Vec::with_capacity(width as usize * height as usize);
        for y in 0..height {
            data.extend((0..width).map(|x| value(x, y)));
        }
        Gray {
            width,
            height,
            data,
        }
    }
}

/// How the image's pixel axes lie on the displayed page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Orientation {
    /// Image columns run vertically on the page (the image is turned by 90° or 270°).
    pub swap: bool,
    /// Output columns read source positions from the far end.
    pub flip_x: bool,
    /// Output rows read source positions from the far end.
    pub flip_y: bool,
}

impl Orientation {
    pub fn is_identity(&self) -> bool {
        *self == Orientation::default()
    }

    /// From the display-space directions of increasing column (`ex`) and increasing row
    /// (`ey`), each snapped to the nearest axis.
    pub fn from_axes(ex: (f32, f32), ey: (f32, f32)) -> Orientation {
        let swap = ex.1.abs() > ex.0.abs();
        if !swap {
            Orientation {
                swap,
                flip_x: ex.0 < 0.0,
                flip_y: ey.1 < 0.0,
            }
        } else {
            // Output x follows source rows, output y follows source columns.
            Orientation {
                swap,
                flip_x: ey.0 < 0.0,
                flip_y: ex.1 < 0.0,
            }
        }
    }

    /// The raster turned so that it reads upright on the displayed page.
    pub fn apply(&self, src: &Gray) -> Gray {
        if self.is_identity() {
            return src.clone();
        }
        let (w, h) = if self.swap {
            (src.height, src.width)
        } else {
            (src.width, src.height)
        };
        Gray::from_fn(w, h, |x, y| {
            let ox = if self.flip_x { w - 1 - x } else { x };
            let oy = if self.flip_y { h - 1 - y } else { y };
            let (sx, sy) = if self.swap { (oy, ox) } else { (ox, oy) };
            src.pixel(sx as i64, sy as i64).unwrap_or(255)
        })
    }
}

/// What is handed to Tesseract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prepared {
    /// A JPEG stream as found in the file.
    Jpeg {
        data: Vec<u8>,
        width: u32,
        height: u32,
    },
    /// A decoded raster, already turned upright.
    Gray(Gray),
}

impl Prepared {
    pub fn size(&self) -> (u32, u32) {
        match self {
            Prepared::Jpeg { width, height, .. } => (*width, *height),
            Prepared::Gray(g) => (g.width, g.height),
        }
    }

    /// The raster in gray: its own, or the JPEG decoded (None when that fails or gives
    /// another size than the image's).
    pub fn gray(&self, limits: &Limits) -> Option<std::borrow::Cow<'_, Gray>> {
        match self {
            Prepared::Gray(g) => Some(std::borrow::Cow::Borrowed(g)),
            Prepared::Jpeg { data, .. } => decode_jpeg(data, limits)
                .ok()
                .filter(|g| (g.width, g.height) == self.size())
                .map(std::borrow::Cow::Owned),
        }
    }

    /// The bytes of the file Tesseract reads, and its extension.
    pub fn file_bytes(&self) -> (Vec<u8>, &'static str) {
        match self {
            Prepared::Jpeg { data, .. } => (data.clone(), "jpg"),
            Prepared::Gray(g) => (g.to_pgm(), "pgm"),
        }
    }
}

/// Inline images may abbreviate keys and names.
fn get<'a>(dict: &'a Dictionary, key: &[u8], abbr: &[u8]) -> Option<&'a Object> {
    dict.get(key).or_else(|_| dict.get(abbr)).ok()
}

fn expand_filter(name: &[u8]) -> &[u8] {
    match name {
        b"AHx" => b"ASCIIHexDecode",
        b"A85" => b"ASCII85Decode",
        b"LZW" => b"LZWDecode",
        b"Fl" => b"FlateDecode",
        b"RL" => b"RunLengthDecode",
        b"CCF" => b"CCITTFaxDecode",
        b"DCT" => b"DCTDecode",
        other => other,
    }
}

/// Looks a named resource up in a category (`ColorSpace`, ...) of the resources in force.
fn lookup<'a>(
    doc: &'a Document,
    resources: &[&'a Dictionary],
    category: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    resources.iter().find_map(|res| {
        let cat = deref(doc, res.get(category).ok()?).as_dict().ok()?;
        Some(deref(doc, cat.get(name).ok()?))
    })
}

fn int(doc: &Document, o: Option<&Object>) -> Option<i64> {
    o.and_then(|o| deref(doc, o).as_i64().ok())
}

/// A colour space reduced to what gray conversion needs.
#[derive(Debug, Clone, PartialEq)]
enum Space {
    Gray,
    Rgb,
    Cmyk,
    Lab,
    /// Separation or DeviceN with this many tints (1 = full ink).
    Tint(usize),
    /// Base space and its palette (hival+1 entries of the base's components, as bytes).
    Indexed(Box<Space>, Vec<u8>),
}

impl Space {
    fn components(&self) -> usize {
        match self {
            Space::Gray => 1,
            Space::Rgb | Space::Lab => 3,
            Space::Cmyk => 4,
            Space::Tint(n) => *n,
            Space::Indexed(..) => 1,
        }
    }

    /// Gray level 0..=1 of component values in the space's own ranges.
    fn to_gray(&self, c: &[f32]) -> f32 {
        let at = |i: usize| c.get(i).copied().unwrap_or(0.0);
        let v = match self {
            Space::Gray => at(0),
            Space::Rgb => 0.299 * at(0) + 0.587 * at(1) + 0.114 * at(2),
            Space::Cmyk => {
                let k = at(3);
                let (r, g, b) = (
                    (1.0 - at(0)) * (1.0 - k),
                    (1.0 - at(1)) * (1.0 - k),
                    (1.0 - at(2)) * (1.0 - k),
                );
                0.299 * r + 0.587 * g + 0.114 * b
            }
            Space::Lab => at(0) / 100.0,
            Space::Tint(n) => {
                let sum: f32 = c.iter().take(*n).sum();
                1.0 - sum / (*n).max(1) as f32
            }
            Space::Indexed(base, palette) => {
                let n = base.components();
                let idx = at(0).max(0.0) as usize;
                let mut comps = [0f32; 4];
                for (k, slot) in comps.iter_mut().enumerate().take(n) {
                    let byte = palette.get(idx * n + k).copied().unwrap_or(0);
                    *slot = match **base {
                        Space::Lab if k == 0 => byte as f32 / 255.0 * 100.0,
                        _ => byte as f32 / 255.0,
                    };
                }
                base.to_gray(&comps[..n.min(4)])
            }
        };
        v.clamp(0.0, 1.0)
    }

    /// The default /Decode range for component values of `bpc` bits.
    fn default_decode(&self, bpc: u32) -> Vec<f32> {
        match self {
            Space::Indexed(..) => vec![0.0, ((1u32 << bpc) - 1) as f32],
            Space::Lab => vec![0.0, 100.0, -128.0, 127.0, -128.0, 127.0],
            other => [0.0, 1.0].repeat(other.components()),
        }
    }
}

fn parse_space(
    doc: &Document,
    o: &Object,
    resources: &[&Dictionary],
    depth: usize,
) -> Result<Space, ImageError> {
    if depth > 8 {
        return Err(ImageError::Bad("colour space nests too deeply".into()));
    }
    let o = deref(doc, o);
    let unsupported = |what: &[u8]| {
        ImageError::Unsupported(format!("colour space {}", String::from_utf8_lossy(what)))
    };
    // A name is a family without parameters; a name the family list does not know is looked
    // up in the resources' /ColorSpace dictionary.
    let (family, a): (&[u8], &[Object]) = match o {
        Object::Name(n) => (n, &[]),
        Object::Array(a) => (
            a.first()
                .map(|f| deref(doc, f))
                .and_then(|f| f.as_name().ok())
                .unwrap_or(b""),
            a,
        ),
        _ => {
            return Err(ImageError::Bad(
                "colour space is neither name nor array".into(),
            ))
        }
    };
    match family {
        b"DeviceGray" | b"G" | b"CalGray" => Ok(Space::Gray),
        b"DeviceRGB" | b"RGB" | b"CalRGB" => Ok(Space::Rgb),
        b"DeviceCMYK" | b"CMYK" => Ok(Space::Cmyk),
        b"Lab" => Ok(Space::Lab),
        b"ICCBased" => {
            let stream = a
                .get(1)
                .map(|s| deref(doc, s))
                .and_then(|s| s.as_stream().ok());
            let n = stream.and_then(|s| int(doc, s.dict.get(b"N").ok()));
            match n {
                Some(1) => Ok(Space::Gray),
                Some(3) => Ok(Space::Rgb),
                Some(4) => Ok(Space::Cmyk),
                _ => match stream.and_then(|s| s.dict.get(b"Alternate").ok()) {
                    Some(alt) => parse_space(doc, alt, resources, depth + 1),
                    None => Err(ImageError::Bad("ICCBased colour space without N".into())),
                },
            }
        }
        b"Separation" => Ok(Space::Tint(1)),
        b"DeviceN" => {
            let n = a
                .get(1)
                .map(|x| deref(doc, x))
                .and_then(|x| x.as_array().ok())
                .map(|x| x.len())
                .filter(|n| (1..=32).contains(n))
                .ok_or_else(|| ImageError::Bad("DeviceN without colorants".into()))?;
            Ok(Space::Tint(n))
        }
        b"Indexed" | b"I" => {
            let base = a
                .get(1)
                .ok_or_else(|| ImageError::Bad("Indexed without base".into()))?;
            let base = parse_space(doc, base, resources, depth + 1)?;
            if matches!(base, Space::Indexed(..)) {
                return Err(ImageError::Bad("Indexed over Indexed".into()));
            }
            let hival = int(doc, a.get(2)).unwrap_or(255).clamp(0, 255) as usize;
            let lookup = a.get(3).map(|l| deref(doc, l));
            let mut palette = match lookup {
                Some(Object::String(s, _)) => s.clone(),
                Some(Object::Stream(s)) => s
                    .decompressed_content_with_limit(1 << 16)
                    .map_err(|e| ImageError::Bad(format!("Indexed lookup: {e}")))?,
                _ => return Err(ImageError::Bad("Indexed without lookup".into())),
            };
            palette.resize((hival + 1) * base.components(), 0);
            Ok(Space::Indexed(Box::new(base), palette))
        }
        other => match lookup(doc, resources, b"ColorSpace", other) {
            Some(cs) if a.is_empty() => parse_space(doc, cs, resources, depth + 1),
            _ => Err(unsupported(other)),
        },
    }
}

/// Everything needed to decode the image's samples.
struct Header {
    width: u32,
    height: u32,
    bpc: u32,
    mask: bool,
    space: Space,
    decode: Vec<f32>,
}

/// Decodes one image into what Tesseract reads, turned by `orient` for display.
pub fn prepare(
    doc: &Document,
    stream: &Stream,
    resources: &[&Dictionary],
    orient: Orientation,
    limits: &Limits,
) -> Result<Prepared, ImageError> {
    let dict = &stream.dict;
    let width = int(doc, get(dict, b"Width", b"W")).unwrap_or(0);
    let height = int(doc, get(dict, b"Height", b"H")).unwrap_or(0);
    if width <= 0 || height <= 0 {
        return Err(ImageError::Bad(format!("bad image size {width}×{height}")));
    }
    if width > limits.max_side as i64
        || height > limits.max_side as i64
        || (width as u64) * (height as u64) > limits.max_pixels
    {
        return Err(ImageError::TooLarge(format!(
            "image of {width}×{height} pixels"
        )));
    }
    let (width, height) = (width as u32, height as u32);
    let mask = get(dict, b"ImageMask", b"IM")
        .and_then(|o| deref(doc, o).as_bool().ok())
        .unwrap_or(false);

    // Filters, in decoding order, with their parameters.
    let filters: Vec<Vec<u8>> = match get(dict, b"Filter", b"F").map(|f| deref(doc, f)) {
        None => Vec::new(),
        Some(Object::Name(n)) => vec![expand_filter(n).to_vec()],
        Some(Object::Array(a)) => a
            .iter()
            .filter_map(|f| deref(doc, f).as_name().ok())
            .map(|n| expand_filter(n).to_vec())
            .collect(),
        Some(_) => return Err(ImageError::Bad("bad /Filter".into())),
    };
    let parms_of = |i: usize| -> Option<Dictionary> {
        match get(dict, b"DecodeParms", b"DP").map(|p| deref(doc, p)) {
            Some(Object::Dictionary(d)) => Some(d.clone()),
            Some(Object::Array(a)) => a
                .get(i)
                .map(|p| deref(doc, p))
                .and_then(|p| p.as_dict().ok())
                .cloned(),
            _ => None,
        }
    };
    let codec = match filters.last().map(Vec::as_slice) {
        Some(b"DCTDecode")
        | Some(b"CCITTFaxDecode")
        | Some(b"JBIG2Decode")
        | Some(b"JPXDecode") => filters.last().cloned(),
        _ => None,
    };
    let generic = &filters[..filters.len() - usize::from(codec.is_some())];
    for f in generic {
        if !matches!(
            f.as_slice(),
            b"FlateDecode"
                | b"LZWDecode"
                | b"RunLengthDecode"
                | b"ASCII85Decode"
                | b"ASCIIHexDecode"
        ) {
            return Err(ImageError::Unsupported(format!(
                "filter {}",
                String::from_utf8_lossy(f)
            )));
        }
    }
    let space = if mask {
        Space::Gray
    } else {
        match get(dict, b"ColorSpace", b"CS") {
            Some(cs) => parse_space(doc, cs, resources, 0)?,
            // JPEG and JPEG 2000 carry their own colour space; bilevel codecs are gray.
            None => Space::Gray,
        }
    };
    let bpc = if mask {
        1
    } else {
        int(doc, get(dict, b"BitsPerComponent", b"BPC")).unwrap_or(8) as u32
    };
    // The decoded samples' size, with room for padding; codec input is smaller than that.
    let raw_size =
        (width as usize * space.components() * bpc.min(16) as usize).div_ceil(8) * height as usize;
    let byte_limit = raw_size.max(1 << 20) + (1 << 16);
    let data: Vec<u8> = if generic.is_empty() {
        if stream.content.len() > byte_limit {
            return Err(ImageError::TooLarge("image data".into()));
        }
        stream.content.clone()
    } else {
        let mut d = Dictionary::new();
        d.set(
            "Filter",
            Object::Array(generic.iter().map(|f| Object::Name(f.clone())).collect()),
        );
        d.set(
            "DecodeParms",
            Object::Array(
                (0..generic.len())
                    .map(|i| parms_of(i).map(Object::Dictionary).unwrap_or(Object::Null))
                    .collect(),
            ),
        );
        let tmp = Stream::new(d, stream.content.clone());
        tmp.decompressed_content_with_limit(byte_limit)
            .map_err(|e| ImageError::Bad(format!("image data: {e}")))?
    };

    let decode_arr: Option<Vec<f32>> = get(dict, b"Decode", b"D")
        .map(|d| deref(doc, d))
        .and_then(|d| d.as_array().ok())
        .map(|a| {
            a.iter()
                .filter_map(|v| deref(doc, v).as_float().ok())
                .collect()
        });

    let codec_parms = parms_of(filters.len().saturating_sub(1));
    match codec.as_deref() {
        Some(b"JPXDecode") => Err(ImageError::Unsupported(
            "filter JPXDecode (JPEG 2000)".into(),
        )),
        Some(b"DCTDecode") => {
            let passthrough = orient.is_identity()
                && decode_arr.is_none()
                && !mask
                && matches!(space, Space::Gray | Space::Rgb);
            if passthrough {
                // Tesseract sees the JPEG's own size, which wins over the dictionary's.
                let (width, height) = image::ImageReader::with_format(
                    std::io::Cursor::new(&data),
                    image::ImageFormat::Jpeg,
                )
                .into_dimensions()
                .unwrap_or((width, height));
                return Ok(Prepared::Jpeg {
                    data,
                    width,
                    height,
                });
            }
            let gray = decode_jpeg(&data, limits)?;
            let gray = if is_inverting(decode_arr.as_deref()) {
                invert(gray)
            } else {
                gray
            };
            Ok(Prepared::Gray(orient.apply(&gray)))
        }
        codec => {
            // The bilevel codecs give 1-bit gray samples.
            let parms = codec_parms.as_ref();
            let (bits, bpc, space) = match codec {
                Some(b"CCITTFaxDecode") => (
                    decode_ccitt(&data, parms, doc, width, height)?,
                    1,
                    Space::Gray,
                ),
                Some(b"JBIG2Decode") => (
                    decode_jbig2(&data, parms, doc, width, height)?,
                    1,
                    Space::Gray,
                ),
                _ => (data, bpc, space),
            };
            let header = header(width, height, bpc, mask, space, decode_arr)?;
            Ok(Prepared::Gray(
                orient.apply(&samples_to_gray(&bits, &header)),
            ))
        }
    }
}

fn header(
    width: u32,
    height: u32,
    bpc: u32,
    mask: bool,
    space: Space,
    decode: Option<Vec<f32>>,
) -> Result<Header, ImageError> {
    if !matches!(bpc, 1 | 2 | 4 | 8 | 16) {
        return Err(ImageError::Bad(format!("{bpc} bits per component")));
    }
    let default = if mask {
        vec![0.0, 1.0]
    } else {
        space.default_decode(bpc)
    };
    let decode = match decode {
        Some(d) if d.len() >= default.len() => d,
        _ => default,
    };
    Ok(Header {
        width,
        height,
        bpc,
        mask,
        space,
        decode,
    })
}

fn is_inverting(decode: Option<&[f32]>) -> bool {
    decode
        .and_then(|d| d.first().zip(d.get(1)))
        .is_some_and(|(a, b)| a > b)
}

fn invert(mut g: Gray) -> Gray {
    for v in &mut g.data {
        *v = 255 - *v;
    }
    g
}

/// Unpacks samples and converts every pixel to gray. Missing data reads as white.
fn samples_to_gray(data: &[u8], h: &Header) -> Gray {
    let n = h.space.components();
    let bpc = h.bpc as usize;
    let row_bytes = (h.width as usize * n * bpc).div_ceil(8);
    let max = ((1u32 << bpc) - 1) as f32;
    let npix = h.width as usize * h.height as usize;
    let mut out = Vec::with_capacity(npix);

    // One component of at most 8 bits: a table from sample to gray.
    let lut: Option<Vec<u8>> = (n == 1 && bpc <= 8).then(|| {
        (0..=(max as u32))
            .map(|s| gray_of(h, &[s as f32]))
            .collect()
    });

    let mut comps = vec![0f32; n];
    for y in 0..h.height as usize {
        let row = data.get(y * row_bytes..(y + 1) * row_bytes);
        let Some(row) = row else {
            out.resize(npix, 255);
            break;
        };
        for x in 0..h.width as usize {
            for (k, slot) in comps.iter_mut().enumerate() {
                *slot = sample(row, (x * n + k) * bpc, bpc) as f32;
            }
            let g = match &lut {
                Some(t) => t
                    .get(comps.first().copied().unwrap_or(0.0) as usize)
                    .copied()
                    .unwrap_or(255),
                None => gray_of(h, &comps),
            };
            out.push(g);
        }
    }
    Gray {
        width: h.width,
        height: h.height,
        data: out,
    }
}

/// One sample of `bpc` bits starting at bit `bit` of the row (big-endian bit order).
fn sample(row: &[u8], bit: usize, bpc: usize) -> u32 {
    match bpc {
        8 => row.get(bit / 8).copied().unwrap_or(0) as u32,
        16 => {
            let i = bit / 8;
            ((row.get(i).copied().unwrap_or(0) as u32) << 8)
                | row.get(i + 1).copied().unwrap_or(0) as u32
        }
        _ => {
            let byte = row.get(bit / 8).copied().unwrap_or(0) as u32;
            let shift = 8 - bpc - (bit % 8);
            (byte >> shift) & ((1 << bpc) - 1)
        }
    }
}

/// Gray (0–255) of raw sample values after /Decode.
fn gray_of(h: &Header, raw: &[f32]) -> u8 {
    let max = ((1u32 << h.bpc) - 1) as f32;
    let mut c = [0f32; 32];
    for (k, v) in raw.iter().enumerate().take(32) {
        let dmin = h.decode.get(2 * k).copied().unwrap_or(0.0);
        let dmax = h.decode.get(2 * k + 1).copied().unwrap_or(1.0);
        c[k] = dmin + v * (dmax - dmin) / max;
        if matches!(h.space, Space::Indexed(..)) {
            c[k] = c[k].round();
        }
    }
    let level = if h.mask {
        // A stencil mask: 0 paints (black), 1 leaves the page white.
        if c[0] < 0.5 {
            0.0
        } else {
            1.0
        }
    } else {
        h.space.to_gray(&c[..raw.len().min(32)])
    };
    (level * 255.0).round().clamp(0.0, 255.0) as u8
}

pub fn decode_jpeg(data: &[u8], limits: &Limits) -> Result<Gray, ImageError> {
    let img = decode(data, image::ImageFormat::Jpeg, limits)
        .map_err(|e| ImageError::Bad(format!("JPEG: {e}")))?;
    Ok(gray_of_image(&img))
}

/// An image file decoded by the `image` crate within the limits.
fn decode(
    data: &[u8],
    format: image::ImageFormat,
    limits: &Limits,
) -> image::ImageResult<image::DynamicImage> {
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(data), format);
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_pixels.saturating_mul(4));
    reader.limits(l);
    reader.decode()
}

fn gray_of_image(img: &image::DynamicImage) -> Gray {
    let g = img.to_luma8();
    Gray {
        width: g.width(),
        height: g.height(),
        data: g.into_raw(),
    }
}

/// Packs decoded bilevel rows into 1-bit samples in PDF's sense (0 = black unless BlackIs1).
struct BitSink {
    width: u32,
    row_bytes: usize,
    rows: u32,
    max_rows: u32,
    /// The bit value written for a black pixel.
    black: bool,
    data: Vec<u8>,
    /// JBIG2 pixel cursor within the current row.
    x: u32,
    /// Whether the current JBIG2 row is within the image.
    row_ok: bool,
}

impl BitSink {
    fn new(width: u32, height: u32, black: bool) -> BitSink {
        let row_bytes = (width as usize).div_ceil(8);
        BitSink {
            width,
            row_bytes,
            rows: 0,
            max_rows: height,
            black,
            data: Vec::with_capacity(row_bytes * height as usize),
            x: 0,
            row_ok: false,
        }
    }

    fn start_row(&mut self) -> bool {
        if self.rows >= self.max_rows {
            return false;
        }
        let fill = if self.black { 0x00 } else { 0xFF };
        self.data.resize(self.data.len() + self.row_bytes, fill);
        self.rows += 1;
        true
    }

    /// Marks pixel `x` of the current row black.
    fn set_black(&mut self, x: u32) {
        if x >= self.width {
            return;
        }
        let base = (self.rows as usize - 1) * self.row_bytes;
        if let Some(byte) = self.data.get_mut(base + x as usize / 8) {
            let bit = 0x80u8 >> (x % 8);
            if self.black {
                *byte |= bit;
            } else {
                *byte &= !bit;
            }
        }
    }
}

impl hayro_ccitt::Decoder for BitSink {
    fn push_row(&mut self, changes: &[u32]) {
        if !self.start_row() {
            return;
        }
        for pair in changes.chunks(2) {
            let start = pair.first().copied().unwrap_or(self.width);
            let end = pair.get(1).copied().unwrap_or(self.width).min(self.width);
            for x in start..end {
                self.set_black(x);
            }
        }
    }
}

impl hayro_jbig2::Decoder for BitSink {
    fn push_pixel(&mut self, black: bool) {
        if self.x == 0 {
            self.row_ok = self.start_row();
        }
        if black && self.row_ok {
            self.set_black(self.x);
        }
        self.x = self.x.saturating_add(1);
    }

    fn push_pixel_chunk(&mut self, black: bool, chunk_count: u32) {
        for _ in 0..chunk_count.saturating_mul(8) {
            self.push_pixel(black);
        }
    }

    fn next_line(&mut self) {
        if self.x == 0 {
            // An empty row still counts.
            self.row_ok = self.start_row();
        }
        self.x = 0;
    }
}

fn decode_ccitt(
    data: &[u8],
    parms: Option<&Dictionary>,
    doc: &Document,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ImageError> {
    let p = |k: &[u8]| parms.and_then(|d| d.get(k).ok()).map(|o| deref(doc, o));
    let k = p(b"K").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let columns = p(b"Columns").and_then(|o| o.as_i64().ok()).unwrap_or(1728);
    let rows = p(b"Rows")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(height as i64);
    let flag = |key: &[u8], default: bool| p(key).and_then(|o| o.as_bool().ok()).unwrap_or(default);
    if columns != width as i64 {
        return Err(ImageError::Bad(format!(
            "CCITT /Columns {columns} differs from the image width {width}"
        )));
    }
    let settings = hayro_ccitt::DecodeSettings {
        columns: width,
        rows: rows.clamp(0, height as i64) as u32,
        end_of_block: flag(b"EndOfBlock", true),
        end_of_line: flag(b"EndOfLine", false),
        rows_are_byte_aligned: flag(b"EncodedByteAlign", false),
        encoding: match k {
            k if k < 0 => hayro_ccitt::EncodingMode::Group4,
            0 => hayro_ccitt::EncodingMode::Group3_1D,
            _ => hayro_ccitt::EncodingMode::Group3_2D,
        },
        strict: false,
    };
    let black_is_1 = flag(b"BlackIs1", false);
    let mut sink = BitSink::new(width, height, black_is_1);
    let mut ctx = hayro_ccitt::DecoderContext::new(settings);
    let result = hayro_ccitt::decode(data, &mut sink, &mut ctx);
    if result.is_err() && sink.rows == 0 {
        return Err(ImageError::Bad("CCITT data could not be decoded".into()));
    }
    Ok(sink.data)
}

fn decode_jbig2(
    data: &[u8],
    parms: Option<&Dictionary>,
    doc: &Document,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ImageError> {
    let settings = hayro_jbig2::DecodeSettings::default();
    let globals_data = parms
        .and_then(|d| d.get(b"JBIG2Globals").ok())
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_stream().ok())
        .map(|s| s.decompressed_content_with_limit(16 << 20))
        .transpose()
        .map_err(|e| ImageError::Bad(format!("JBIG2 globals: {e}")))?;
    let globals = globals_data
        .as_deref()
        .map(|g| hayro_jbig2::Globals::new(g, &settings))
        .transpose()
        .map_err(|e| ImageError::Bad(format!("JBIG2 globals: {e}")))?;
    let page = hayro_jbig2::Page::new_embedded(data, globals.as_ref(), &settings)
        .map_err(|e| ImageError::Bad(format!("JBIG2: {e}")))?;
    if page.width() != width || page.height() != height {
        return Err(ImageError::Bad(format!(
            "JBIG2 page is {}×{}, image says {width}×{height}",
            page.width(),
            page.height()
        )));
    }
    // JBIG2 marks black with 1; the filter's output has 0 for black.
    let mut sink = BitSink::new(width, height, false);
    page.decode(&mut sink)
        .map_err(|e| ImageError::Bad(format!("JBIG2: {e}")))?;
    Ok(sink.data)
}
