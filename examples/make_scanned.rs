//! Makes the scanned test PDFs in `tests/data/scanned/` from the shipped protocol
//! `corpus/protokoll-ks-2020-04-06-p216.pdf`:
//!
//! * each page is rendered at 300 dpi in gray with `pdftoppm` (poppler-utils),
//! * turned by a slight angle (as a sheet lies crooked on a scanner) and given sensor noise
//!   and dust specks, deterministically (fixed seed);
//! * `protokoll-scan-jpeg.pdf`: one gray JPEG (DCTDecode) image per page, no text layer;
//! * `protokoll-scan-g4.pdf`: the pages thresholded to 1 bit and CCITT G4 encoded, stored
//!   turned by 90° on a landscape page with `/Rotate 90` so that they display upright;
//! * `protokoll-mixed.pdf`: page 1 is the original text page, page 2 the scanned JPEG.
//! * `protokoll-skewed-g4.pdf`: 1-bit CCITT G4 pages laid crooked by 3° and −2.5°.
//!
//! Run from the repository root: `cargo run --example make_scanned`
//! (writes into `tests/data/scanned/`, or into the directory given as first argument).
//! For measurements, `--jpeg-dpi N` and `--angles A,B` change the JPEG resolution and the
//! angles the two pages are turned by.

use std::path::{Path, PathBuf};
use std::process::Command;

use kommission::pdf::image::{Gray, Limits, Orientation};
use lopdf::{dictionary, Document, Object, ObjectId, Stream};

const SOURCE: &str = "corpus/protokoll-ks-2020-04-06-p216.pdf";
/// Resolution of the 1-bit scans; the JPEG scans are made at [`JPEG_DPI`], as office
/// scanners do for gray pages.
const DPI: u32 = 300;
const JPEG_DPI: u32 = 200;
/// Degrees each page is turned by (counter-clockwise positive).
const ANGLES: [f32; 2] = [0.7, -0.55];
/// The same for the crooked scan.
const SKEWED: [f32; 2] = [3.0, -2.5];
const JPEG_QUALITY: u8 = 40;

/// xorshift64*: a tiny deterministic generator, enough for noise.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
    /// Roughly normal, mean 0, standard deviation 1 (sum of four uniforms).
    fn normal(&mut self) -> f32 {
        let s: f32 = (0..4).map(|_| self.unit()).sum();
        (s - 2.0) * (3.0f32).sqrt()
    }
}

fn read_pgm(path: &Path) -> Gray {
    let bytes = std::fs::read(path).expect("read PGM");
    Gray::from_pgm(&bytes, &Limits::default()).expect("pdftoppm -gray writes binary PGM")
}

/// Turns the page by `degrees` about its centre (bilinear), paper white outside, then adds
/// noise: gray sensor noise, a faint uneven background and dark dust specks.
fn scan(page: &Gray, degrees: f32, rng: &mut Rng) -> Gray {
    let (w, h) = (page.width as i64, page.height as i64);
    let (s, c) = degrees.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let at = |x: i64, y: i64| -> f32 {
        if x < 0 || y < 0 || x >= w || y >= h {
            255.0
        } else {
            page.data[(y * w + x) as usize] as f32
        }
    };
    let mut data = Vec::with_capacity(page.data.len());
    for y in 0..h {
        for x in 0..w {
            // Inverse mapping: where in the original this output pixel comes from.
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let sx = c * dx - s * dy + cx;
            let sy = s * dx + c * dy + cy;
            let (x0, y0) = (sx.floor() as i64, sy.floor() as i64);
            let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
            let v = at(x0, y0) * (1.0 - fx) * (1.0 - fy)
                + at(x0 + 1, y0) * fx * (1.0 - fy)
                + at(x0, y0 + 1) * (1.0 - fx) * fy
                + at(x0 + 1, y0 + 1) * fx * fy;
            // Paper is never pure white, ink never pure black.
            let v = 18.0 + v * (236.0 - 18.0) / 255.0;
            let shade =
                6.0 * ((x as f32 / w as f32) * 3.0).sin() * ((y as f32 / h as f32) * 2.0).cos();
            let noise = 6.0 * rng.normal();
            data.push((v + shade + noise).round().clamp(0.0, 255.0) as u8);
        }
    }
    // The scanner's optics: a slight [1 2 1] blur, which also softens the noise.
    let data = blur(&data, w as usize, h as usize);
    let mut data = data;
    // Dust: small dark dots, about 1 per 40,000 pixels.
    let specks = (w * h / 40_000) as usize;
    for _ in 0..specks {
        let x = (rng.next() % w as u64) as i64;
        let y = (rng.next() % h as u64) as i64;
        let r = 1 + (rng.next() % 2) as i64;
        for yy in y - r..=y + r {
            for xx in x - r..=x + r {
                if xx >= 0
                    && yy >= 0
                    && xx < w
                    && yy < h
                    && (xx - x).pow(2) + (yy - y).pow(2) <= r * r
                {
                    data[(yy * w + xx) as usize] = 40;
                }
            }
        }
    }
    Gray {
        width: page.width,
        height: page.height,
        data,
    }
}

fn blur(data: &[u8], w: usize, h: usize) -> Vec<u8> {
    let px = |x: usize, y: usize| data[y * w + x] as u32;
    let mut tmp = vec![0u32; w * h];
    for y in 0..h {
        for x in 0..w {
            let l = px(x.saturating_sub(1), y);
            let r = px((x + 1).min(w - 1), y);
            tmp[y * w + x] = l + 2 * px(x, y) + r;
        }
    }
    let mut out = vec![0u8; w * h];
    for y in 0..h {
        for x in 0..w {
            let u = tmp[y.saturating_sub(1) * w + x];
            let d = tmp[(y + 1).min(h - 1) * w + x];
            out[y * w + x] = ((u + 2 * tmp[y * w + x] + d + 8) / 16) as u8;
        }
    }
    out
}

fn jpeg(g: &Gray) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode(&g.data, g.width, g.height, image::ExtendedColorType::L8)
        .expect("JPEG encoding");
    out
}

/// The raster turned by 90° counter-clockwise (so that a page /Rotate 90 shows it upright).
fn turn_ccw(g: &Gray) -> Gray {
    // Output (x', y') = source (w-1-y', x').
    let turn = Orientation {
        swap: true,
        flip_x: false,
        flip_y: true,
    };
    turn.apply(g)
}

/// Thresholds at mid-gray and encodes CCITT Group 4 (K -1, BlackIs1 false).
fn g4(g: &Gray) -> Vec<u8> {
    let mut enc = fax::encoder::Encoder::new(fax::VecWriter::new());
    for row in g.data.chunks(g.width as usize) {
        let pels = row.iter().map(|&v| {
            if v < 128 {
                fax::Color::Black
            } else {
                fax::Color::White
            }
        });
        enc.encode_line(pels, g.width).expect("G4 encoding");
    }
    enc.finish().expect("G4 end").finish()
}

fn image_xobject(doc: &mut Document, g: &Gray, g4_data: Option<Vec<u8>>) -> ObjectId {
    let stream = match g4_data {
        None => Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image",
                "Width" => g.width as i64, "Height" => g.height as i64,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            },
            jpeg(g),
        ),
        Some(data) => Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image",
                "Width" => g.width as i64, "Height" => g.height as i64,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
                "Filter" => "CCITTFaxDecode",
                "DecodeParms" => dictionary! { "K" => -1, "Columns" => g.width as i64, "Rows" => g.height as i64 },
            },
            data,
        ),
    };
    doc.add_object(stream)
}

/// A page showing one image over the whole media box.
fn image_page(
    doc: &mut Document,
    parent: ObjectId,
    image: ObjectId,
    media: (f32, f32),
    rotate: i64,
) -> ObjectId {
    let content = format!("q {} 0 0 {} 0 0 cm /Im0 Do Q", media.0, media.1);
    let content = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let mut page = dictionary! {
        "Type" => "Page",
        "Parent" => parent,
        "MediaBox" => vec![0.into(), 0.into(), media.0.into(), media.1.into()],
        "Contents" => content,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } },
    };
    if rotate != 0 {
        page.set("Rotate", rotate);
    }
    doc.add_object(page)
}

fn save(doc: &mut Document, path: &Path) {
    doc.save(path).expect("write PDF");
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    println!("wrote {} ({} KiB)", path.display(), len / 1024);
}

/// One page of a made document: the image, its G4 encoding (else JPEG is used), the media
/// box size and /Rotate.
type PageSpec = (Gray, Option<Vec<u8>>, (f32, f32), i64);

/// A new document of image pages.
fn image_document(pages: Vec<PageSpec>) -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids: Vec<Object> = Vec::new();
    for (g, g4_data, media, rotate) in &pages {
        let image = image_xobject(&mut doc, g, g4_data.clone());
        kids.push(image_page(&mut doc, pages_id, image, *media, *rotate).into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    doc
}

/// Renders the source's pages at `dpi` and scans them, turned by `angles`.
fn render_scans(dpi: u32, angles: &[f32], rng: &mut Rng) -> Vec<Gray> {
    let tmp = tempfile::tempdir().expect("temp dir");
    let prefix = tmp.path().join("p");
    let status = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray"])
        .arg(SOURCE)
        .arg(&prefix)
        .status()
        .expect("run pdftoppm (install poppler-utils)");
    assert!(status.success(), "pdftoppm failed");
    angles
        .iter()
        .enumerate()
        .map(|(i, &angle)| {
            let page = read_pgm(&tmp.path().join(format!("p-{}.pgm", i + 1)));
            scan(&page, angle, rng)
        })
        .collect()
}

fn main() {
    let mut out_dir = PathBuf::from("tests/data/scanned");
    let mut jpeg_dpi = JPEG_DPI;
    let mut angles = ANGLES.to_vec();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jpeg-dpi" => {
                jpeg_dpi = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--jpeg-dpi N")
            }
            "--angles" => {
                angles = args
                    .next()
                    .map(|v| v.split(',').map(|a| a.parse().expect("angle")).collect())
                    .expect("--angles A,B")
            }
            dir => out_dir = PathBuf::from(dir),
        }
    }
    std::fs::create_dir_all(&out_dir).expect("output directory");
    let mut rng = Rng(0x6b6f_6d6d_6973_7369);
    let jpeg_scans = render_scans(jpeg_dpi, &angles, &mut rng);
    let scans = render_scans(DPI, &angles, &mut rng);
    let pt = |px: u32| px as f32 * 72.0 / DPI as f32;
    let jpeg_pt = |px: u32| px as f32 * 72.0 / jpeg_dpi as f32;

    // 1. JPEG pages.
    let pages = jpeg_scans
        .iter()
        .map(|g| (g.clone(), None, (jpeg_pt(g.width), jpeg_pt(g.height)), 0))
        .collect();
    save(
        &mut image_document(pages),
        &out_dir.join("protokoll-scan-jpeg.pdf"),
    );

    // 2. 1-bit CCITT G4 pages, stored turned, shown upright by /Rotate 90.
    let pages = scans
        .iter()
        .map(|g| {
            let turned = turn_ccw(g);
            let data = g4(&turned);
            let media = (pt(turned.width), pt(turned.height));
            (turned, Some(data), media, 90)
        })
        .collect();
    save(
        &mut image_document(pages),
        &out_dir.join("protokoll-scan-g4.pdf"),
    );

    // 3. Mixed: the original's text page 1, a scanned page 2.
    let mut doc = Document::load(SOURCE).expect("load source PDF");
    let pages = doc.get_pages();
    let page2 = *pages.get(&2).expect("source has a page 2");
    let g = &jpeg_scans[1];
    let image = image_xobject(&mut doc, g, None);
    let content = format!(
        "q {} 0 0 {} 0 0 cm /Im0 Do Q",
        jpeg_pt(g.width),
        jpeg_pt(g.height)
    );
    let content = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let page = doc.get_dictionary_mut(page2).expect("page 2");
    page.set("Contents", content);
    page.set(
        "Resources",
        dictionary! { "XObject" => dictionary! { "Im0" => image } },
    );
    doc.prune_objects();
    doc.compress();
    save(&mut doc, &out_dir.join("protokoll-mixed.pdf"));

    // 4. Crooked 1-bit pages.
    let pages = render_scans(DPI, &SKEWED, &mut rng)
        .into_iter()
        .map(|g| {
            let data = g4(&g);
            let media = (pt(g.width), pt(g.height));
            (g, Some(data), media, 0)
        })
        .collect();
    save(
        &mut image_document(pages),
        &out_dir.join("protokoll-skewed-g4.pdf"),
    );
}
