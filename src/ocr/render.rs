//! Renders one page of a PDF with poppler's `pdftoppm`, for the pages OCR must read as they
//! look rather than from their images: pages whose glyphs have no route to Unicode
//! ([`crate::pdf::PageInfo::glyphs_unreadable`]; fonts rewritten by pdf2ps keep neither a
//! ToUnicode map, an /Encoding nor glyph names). The renderer is a program, as Tesseract is,
//! for the same reasons: nothing to link, and a crash or runaway on a hostile file is a child
//! to kill, bounded by the same CPU-time limit.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::{tesseract, OcrError};
use crate::pdf::image::{Gray, Limits};

/// The program that renders pages.
pub const PROGRAM: &str = "pdftoppm";

/// The resolution pages are rendered at: Tesseract reads 8 pt text well at 300 dpi.
pub const RENDER_DPI: u32 = 300;

/// The resolution a `width` × `height` pt page is rendered at: [`RENDER_DPI`], lowered so
/// that the rendering stays within the pixel limit (a poster-sized page), never below 72.
pub fn render_dpi(width: f32, height: f32, limits: &Limits) -> u32 {
    let square_inches = (width / 72.0).max(0.01) as f64 * (height / 72.0).max(0.01) as f64;
    let most = (limits.max_pixels as f64 / square_inches).sqrt().floor();
    (most.min(RENDER_DPI as f64) as u32).max(72)
}

/// Page `number` (1-based) of the PDF `pdf`, rendered in gray at `dpi` as the page is shown
/// (its crop box, turned by /Rotate).
pub fn render_page(
    pdf: &[u8],
    number: u32,
    dpi: u32,
    limits: &Limits,
    timeout: Duration,
) -> Result<Gray, OcrError> {
    let dir = super::temp_dir()?;
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, pdf)?;
    let base = dir.path().join("page");
    let mut cmd = Command::new(PROGRAM);
    cmd.args(["-f", &number.to_string(), "-l", &number.to_string()])
        .args(["-r", &dpi.to_string()])
        .args(["-gray", "-singlefile"])
        .arg(&input)
        .arg(&base);
    tesseract::run_bounded(cmd, dir.path(), timeout, PROGRAM).map_err(|e| match e {
        OcrError::Unavailable => OcrError::Failed(format!(
            "{PROGRAM} is not installed (install poppler-utils): the page cannot be rendered"
        )),
        other => other,
    })?;
    read_pgm(&base.with_extension("pgm"), limits)
}

fn read_pgm(path: &Path, limits: &Limits) -> Result<Gray, OcrError> {
    let data = std::fs::read(path)?;
    Gray::from_pgm(&data, limits).ok_or_else(|| {
        OcrError::Failed(format!(
            "{PROGRAM} wrote no gray image of the page within the pixel limit"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgm_round_trip_and_refusals() {
        let limits = Limits::default();
        let g = Gray {
            width: 3,
            height: 2,
            data: vec![0, 10, 20, 30, 40, 255],
        };
        assert_eq!(Gray::from_pgm(&g.to_pgm(), &limits), Some(g.clone()));
        // A comment in the header, as some writers put one.
        let mut with_comment = b"P5\n# pdftoppm\n3 2\n255\n".to_vec();
        with_comment.extend_from_slice(&g.data);
        assert_eq!(Gray::from_pgm(&with_comment, &limits), Some(g.clone()));
        // Cut short, another format, 16 bits, over the pixel limit: none.
        let pgm = g.to_pgm();
        assert_eq!(Gray::from_pgm(&pgm[..pgm.len() - 1], &limits), None);
        assert_eq!(Gray::from_pgm(b"P6\n3 2\n255\n", &limits), None);
        assert_eq!(Gray::from_pgm(b"P5\n3 2\n65535\n", &limits), None);
        let tiny = Limits {
            max_pixels: 5,
            ..Limits::default()
        };
        assert_eq!(Gray::from_pgm(&pgm, &tiny), None);
        assert_eq!(Gray::from_pgm(b"", &limits), None);
    }

    #[test]
    fn large_pages_are_rendered_coarser() {
        let limits = Limits::default();
        // A4 at 300 dpi is 8.7 million pixels: within the limit.
        assert_eq!(render_dpi(595.0, 842.0, &limits), RENDER_DPI);
        // A0 (2384 × 3370 pt) at 300 dpi would be 139 million: lower.
        let a0 = render_dpi(2384.0, 3370.0, &limits);
        assert!((200..RENDER_DPI).contains(&a0), "{a0}");
        // A page of absurd size never goes below 72 dpi (the pixel limit refuses it later).
        assert_eq!(render_dpi(1.0e6, 1.0e6, &limits), 72);
    }
}
