//! Decoding of page images for OCR, on tiny PDFs built here: every sample format, filter and
//! placement the OCR path handles, with the exact gray pixels expected. No Tesseract needed.

use std::io::Write;

use kommission::ocr::{self, ImageError, Limits, OcrError};
use kommission::pdf::image::{Gray, Prepared};
use kommission::pdf::Pdf;
use kommission::pdf::SCAN_TEXT_CHARS;
use kommission_testkit::pdf::{raw_pdf, RawPage};
use lopdf::{dictionary, Dictionary, Object, Stream};

/// A page of `media` points, turned by `rotate`, painted by `content`.
fn doc_with(media: (f32, f32), rotate: i64, content: &str) -> RawPage {
    RawPage {
        width: media.0,
        height: media.1,
        content: content.as_bytes().to_vec(),
        rotate,
        ..RawPage::default()
    }
}

/// A page that shows `image` over all of its `media` box.
fn image_page(image: Stream, media: (f32, f32), rotate: i64) -> RawPage {
    let mut page = doc_with(media, rotate, "");
    let cm = format!("q {} 0 0 {} 0 0 cm /Im0 Do Q", media.0, media.1);
    set_page(&mut page, &image, &cm);
    page
}

/// Let `page` draw `content` with the XObject `image` as /Im0.
fn set_page(page: &mut RawPage, image: &Stream, content: &str) {
    page.content = content.as_bytes().to_vec();
    page.resources = dictionary! { "XObject" => dictionary! { "Im0" => image.clone() } };
}

fn image(width: i64, height: i64, extra: Dictionary, data: Vec<u8>) -> Stream {
    let mut dict = dictionary! {
        "Type" => "XObject", "Subtype" => "Image",
        "Width" => width, "Height" => height,
    };
    for (k, v) in extra.into_iter() {
        dict.set(k, v);
    }
    Stream::new(dict, data)
}

fn flate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// The page as the production path reads it: written and parsed by [`Pdf::load`].
fn pdf_of(page: &RawPage) -> Pdf {
    let bytes = raw_pdf(vec![page.clone()], None, Dictionary::new());
    Pdf::load(&bytes, &kommission::pdf::Limits::default()).expect("the test PDF is read")
}

/// The images of the page, as OCR gets them from the PDF layer.
fn images(page: &RawPage) -> Result<Vec<ocr::PageImage>, OcrError> {
    let pdf = pdf_of(page);
    let scan = pdf.scan_page(1).expect("the page is read");
    ocr::page_images(&scan, &Limits::default())
}

/// The production scan rule on the page.
fn needs_ocr(page: &RawPage, text_chars: usize) -> bool {
    crate::support::needs_ocr(&pdf_of(page), 1, text_chars)
}

fn gray_of(page: &RawPage) -> Gray {
    let mut imgs = images(page).unwrap();
    assert_eq!(imgs.len(), 1);
    match imgs.remove(0).image {
        Prepared::Gray(g) => g,
        other => panic!("expected a raster, got {other:?}"),
    }
}

fn rows(g: &Gray) -> Vec<Vec<u8>> {
    g.data
        .chunks(g.width as usize)
        .map(|r| r.to_vec())
        .collect()
}

#[test]
fn gray_8bit_flate() {
    let data = [0u8, 128, 255, 10, 20, 30];
    let img = image(
        3,
        2,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode" },
        flate(&data),
    );
    let page = image_page(img, (30.0, 20.0), 0);
    let g = gray_of(&page);
    assert_eq!((g.width, g.height), (3, 2));
    assert_eq!(g.data, data);
    let imgs = images(&page).unwrap();
    assert_eq!(imgs[0].bbox, (0.0, 0.0, 30.0, 20.0));
    assert!(needs_ocr(&page, 0));
    assert!(needs_ocr(&page, SCAN_TEXT_CHARS - 1));
    assert!(!needs_ocr(&page, SCAN_TEXT_CHARS));
}

#[test]
fn one_bit_with_inverting_decode() {
    // 10 pixels a row: two bytes, the last 6 bits padding.
    let data = vec![0b1010_0000, 0b0100_0000, 0xFF, 0xC0];
    let img = image(
        10,
        2,
        dictionary! {
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
            "Decode" => vec![1.into(), 0.into()],
        },
        data,
    );
    let page = image_page(img, (10.0, 2.0), 0);
    let g = gray_of(&page);
    assert_eq!(
        rows(&g),
        vec![
            vec![0, 255, 0, 255, 255, 255, 255, 255, 255, 0],
            vec![0; 10]
        ]
    );
}

#[test]
fn rgb_and_cmyk_become_luma() {
    let img = image(
        3,
        1,
        dictionary! { "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8 },
        vec![255, 0, 0, 0, 255, 0, 0, 0, 255],
    );
    let page = image_page(img, (30.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![76, 150, 29]);

    let img = image(
        3,
        1,
        dictionary! { "ColorSpace" => "DeviceCMYK", "BitsPerComponent" => 8 },
        vec![0, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 0],
    );
    let page = image_page(img, (30.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 0, 179]);

    // ICCBased takes its meaning from /N.
    let mut dp = doc_with((10.0, 10.0), 0, "");
    let icc = Stream::new(dictionary! { "N" => 3 }, vec![]);
    let img = image(
        1,
        1,
        dictionary! {
            "ColorSpace" => vec![Object::Name(b"ICCBased".to_vec()), icc.into()],
            "BitsPerComponent" => 8,
        },
        vec![0, 0, 255],
    );
    set_page(&mut dp, &img, "q 10 0 0 10 0 0 cm /Im0 Do Q");
    assert_eq!(gray_of(&dp).data, vec![29]);
}

#[test]
fn indexed_palettes() {
    let space = || {
        vec![
            Object::Name(b"Indexed".to_vec()),
            Object::Name(b"DeviceRGB".to_vec()),
            Object::Integer(2),
            Object::string_literal(vec![255u8, 255, 255, 0, 0, 0, 255, 0, 0]),
        ]
    };
    let img = image(
        4,
        1,
        dictionary! { "ColorSpace" => space(), "BitsPerComponent" => 8 },
        vec![0, 1, 2, 0],
    );
    let page = image_page(img, (40.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 0, 76, 255]);

    // Two bits per index, and an index beyond hival reads as the palette's end (black).
    let img = image(
        4,
        1,
        dictionary! { "ColorSpace" => space(), "BitsPerComponent" => 2 },
        vec![0b00_01_10_11],
    );
    let page = image_page(img, (40.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 0, 76, 0]);
}

#[test]
fn sixteen_bit_separation_and_mask() {
    let img = image(
        2,
        1,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 16 },
        vec![0xFF, 0xFF, 0x00, 0x00],
    );
    let page = image_page(img, (20.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 0]);

    // Separation: a tint of 1 is full ink.
    let sep = vec![
        Object::Name(b"Separation".to_vec()),
        Object::Name(b"Black".to_vec()),
        Object::Name(b"DeviceGray".to_vec()),
        Object::Null,
    ];
    let img = image(
        2,
        1,
        dictionary! { "ColorSpace" => sep, "BitsPerComponent" => 8 },
        vec![0, 255],
    );
    let page = image_page(img, (20.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 0]);

    // A stencil mask paints where the sample is 0 (or 1 with /Decode [1 0]).
    let img = image(8, 1, dictionary! { "ImageMask" => true }, vec![0b0000_1111]);
    let page = image_page(img, (80.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![0, 0, 0, 0, 255, 255, 255, 255]);
    let img = image(
        8,
        1,
        dictionary! { "ImageMask" => true, "Decode" => vec![1.into(), 0.into()] },
        vec![0b0000_1111],
    );
    let page = image_page(img, (80.0, 10.0), 0);
    assert_eq!(gray_of(&page).data, vec![255, 255, 255, 255, 0, 0, 0, 0]);
}

fn gray_3x2() -> Stream {
    image(
        3,
        2,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![1, 2, 3, 4, 5, 6],
    )
}

#[test]
fn page_rotation_turns_the_image_upright() {
    // Shown turned clockwise by 90°: the left column comes to the top, read right to left.
    let page = image_page(gray_3x2(), (30.0, 20.0), 90);
    let g = gray_of(&page);
    assert_eq!((g.width, g.height), (2, 3));
    assert_eq!(rows(&g), vec![vec![4, 1], vec![5, 2], vec![6, 3]]);
    let imgs = images(&page).unwrap();
    assert_eq!(imgs[0].bbox, (0.0, 0.0, 20.0, 30.0));

    let page = image_page(gray_3x2(), (30.0, 20.0), 270);
    assert_eq!(
        rows(&gray_of(&page)),
        vec![vec![3, 6], vec![2, 5], vec![1, 4]]
    );
    let page = image_page(gray_3x2(), (30.0, 20.0), 180);
    assert_eq!(rows(&gray_of(&page)), vec![vec![6, 5, 4], vec![3, 2, 1]]);
}

#[test]
fn placement_matrix_turns_and_mirrors() {
    // cm rotates the unit square by -90°: the same picture as /Rotate 90 above.
    let mut dp = doc_with((20.0, 30.0), 0, "");
    let id = gray_3x2();
    set_page(&mut dp, &id, "q 0 -30 20 0 0 30 cm /Im0 Do Q");
    let g = gray_of(&dp);
    assert_eq!(rows(&g), vec![vec![4, 1], vec![5, 2], vec![6, 3]]);

    // A negative x scale mirrors.
    let mut dp = doc_with((30.0, 20.0), 0, "");
    let id = gray_3x2();
    set_page(&mut dp, &id, "q -30 0 0 20 30 0 cm /Im0 Do Q");
    assert_eq!(rows(&gray_of(&dp)), vec![vec![3, 2, 1], vec![6, 5, 4]]);
}

fn jpeg_16x8() -> Vec<u8> {
    // Left half black, right half white.
    let pixels: Vec<u8> = (0..8)
        .flat_map(|_| (0..16).map(|x| if x < 8 { 0 } else { 255 }))
        .collect();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
        .encode(&pixels, 16, 8, image::ExtendedColorType::L8)
        .unwrap();
    out
}

#[test]
fn jpeg_passes_through_or_is_decoded_when_turned() {
    let jpeg = jpeg_16x8();
    let img = || {
        image(
            16,
            8,
            dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode" },
            jpeg.clone(),
        )
    };
    let page = image_page(img(), (16.0, 8.0), 0);
    let imgs = images(&page).unwrap();
    assert_eq!(
        imgs[0].image,
        Prepared::Jpeg {
            data: jpeg.clone(),
            width: 16,
            height: 8
        }
    );

    // On a page turned by 90° the JPEG is decoded and turned: its left half comes to the top.
    let page = image_page(img(), (16.0, 8.0), 90);
    let g = gray_of(&page);
    assert_eq!((g.width, g.height), (8, 16));
    let at = |x: usize, y: usize| g.data[y * 8 + x];
    assert!(at(4, 2) < 40 && at(4, 13) > 215, "{:?}", rows(&g));
}

fn g4(rows: &[&[u8]], width: u32) -> Vec<u8> {
    let mut enc = fax::encoder::Encoder::new(fax::VecWriter::new());
    for row in rows {
        let pels = row.iter().map(|&v| {
            if v == 0 {
                fax::Color::Black
            } else {
                fax::Color::White
            }
        });
        enc.encode_line(pels, width).unwrap();
    }
    enc.finish().unwrap().finish()
}

#[test]
fn ccitt_group4() {
    let picture: [&[u8]; 3] = [
        &[0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0],
        &[255; 12],
        &[0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255],
    ];
    let data = g4(&picture, 12);
    let parms = dictionary! { "K" => -1, "Columns" => 12, "Rows" => 3 };
    let img = image(
        12,
        3,
        dictionary! {
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
            "Filter" => "CCITTFaxDecode", "DecodeParms" => parms.clone(),
        },
        data.clone(),
    );
    let page = image_page(img, (12.0, 3.0), 0);
    let g = gray_of(&page);
    let expect: Vec<Vec<u8>> = picture.iter().map(|r| r.to_vec()).collect();
    assert_eq!(rows(&g), expect);

    // BlackIs1 with an inverting /Decode shows the same picture.
    let mut parms = parms;
    parms.set("BlackIs1", true);
    let img = image(
        12,
        3,
        dictionary! {
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1,
            "Filter" => "CCITTFaxDecode", "DecodeParms" => parms,
            "Decode" => vec![1.into(), 0.into()],
        },
        data,
    );
    let page = image_page(img, (12.0, 3.0), 0);
    assert_eq!(rows(&gray_of(&page)), expect);
}

#[test]
fn inline_image_and_form_xobject() {
    let page = doc_with(
        (20.0, 10.0),
        0,
        "q 20 0 0 10 0 0 cm BI /W 2 /H 1 /CS /G /BPC 8 ID \u{0}\u{7f} EI Q",
    );
    assert_eq!(gray_of(&page).data, vec![0, 127]);

    // An image inside a form that scales it to the page.
    let mut dp = doc_with((30.0, 20.0), 0, "");
    let img = gray_3x2();
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 1.into(), 1.into()],
            "Matrix" => vec![30.into(), 0.into(), 0.into(), 20.into(), 0.into(), 0.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => img } },
        },
        b"/Im1 Do".to_vec(),
    );
    set_page(&mut dp, &form, "/Im0 Do");
    let imgs = images(&dp).unwrap();
    assert_eq!(imgs.len(), 1);
    assert_eq!(imgs[0].bbox, (0.0, 0.0, 30.0, 20.0));
    assert!(needs_ocr(&dp, 0));
}

#[test]
fn small_images_are_not_ocr_material() {
    // A logo of 3×2 points on an A4 page.
    let mut dp = doc_with((595.0, 842.0), 0, "");
    let id = gray_3x2();
    set_page(&mut dp, &id, "q 3 0 0 2 50 800 cm /Im0 Do Q");
    assert!(!needs_ocr(&dp, 0));
    assert!(matches!(images(&dp), Err(OcrError::NoImage)));
    // A scan cropped to the text block (40 % of the page): a scan when the page has no text
    // at all, not when it has a few characters (a logo beside a short caption).
    let mut dp = doc_with((595.0, 842.0), 0, "");
    let id = gray_3x2();
    set_page(&mut dp, &id, "q 360 0 0 557 100 150 cm /Im0 Do Q");
    assert!(needs_ocr(&dp, 0));
    assert!(!needs_ocr(&dp, 1));
    // Under 30 % of the page, never.
    set_page(&mut dp, &id, "q 300 0 0 400 100 150 cm /Im0 Do Q");
    assert!(!needs_ocr(&dp, 0));
    // A page without any image.
    let page = doc_with((595.0, 842.0), 0, "BT ET");
    assert!(!needs_ocr(&page, 0));
    assert!(matches!(images(&page), Err(OcrError::NoImage)));
}

#[test]
fn unsupported_filters_are_clean_errors() {
    for filter in ["JPXDecode", "FooDecode"] {
        let img = image(
            4,
            4,
            dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => filter },
            vec![0; 16],
        );
        let page = image_page(img, (40.0, 40.0), 0);
        match images(&page) {
            Err(OcrError::Image(ImageError::Unsupported(msg))) => {
                assert!(msg.contains(filter), "{msg}")
            }
            other => panic!("{filter}: {other:?}"),
        }
    }
    // JBIG2 data that is not JBIG2.
    let img = image(
        4,
        4,
        dictionary! { "BitsPerComponent" => 1, "ColorSpace" => "DeviceGray", "Filter" => "JBIG2Decode" },
        b"not jbig2 at all".to_vec(),
    );
    let page = image_page(img, (40.0, 40.0), 0);
    assert!(matches!(
        images(&page),
        Err(OcrError::Image(ImageError::Bad(_)))
    ));
}

#[test]
fn broken_and_oversized_images_are_bounded() {
    // Short data: the missing row is white.
    let img = image(
        3,
        2,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![1, 2, 3],
    );
    let page = image_page(img, (30.0, 20.0), 0);
    assert_eq!(gray_of(&page).data, vec![1, 2, 3, 255, 255, 255]);

    // Claimed size beyond the limits: refused before any work.
    let img = image(
        100_000,
        100_000,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![0; 10],
    );
    let page = image_page(img, (30.0, 20.0), 0);
    assert!(matches!(
        images(&page),
        Err(OcrError::Image(ImageError::TooLarge(_)))
    ));

    // A small image whose Flate data inflates far beyond its size: refused.
    let bomb = flate(&vec![0u8; 8 << 20]);
    let img = image(
        10,
        10,
        dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode" },
        bomb,
    );
    let page = image_page(img, (30.0, 20.0), 0);
    assert!(matches!(
        images(&page),
        Err(OcrError::Image(ImageError::Bad(_)))
    ));

    // Nonsense sizes and bits.
    for (w, h, bpc) in [(0, 5, 8), (-3, 5, 8), (5, 5, 3)] {
        let img = image(
            w,
            h,
            dictionary! { "ColorSpace" => "DeviceGray", "BitsPerComponent" => bpc },
            vec![0; 25],
        );
        let page = image_page(img, (30.0, 20.0), 0);
        assert!(
            matches!(images(&page), Err(OcrError::Image(ImageError::Bad(_)))),
            "{w}×{h}×{bpc}"
        );
    }
}
