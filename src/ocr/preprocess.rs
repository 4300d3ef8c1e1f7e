//! Image clean-up before OCR: skew estimation by projection profile and rotation (a page laid
//! crooked on the scanner), and upscaling of low-resolution scans. Tesseract's single-column
//! segmentation loses whole lines on pages skewed by a few degrees, and reads 100 dpi faxes
//! far better at twice the size (see the measurements in the module documentation of `ocr`).

use crate::pdf::image::Gray;

/// Largest skew looked for, in degrees.
const MAX_SKEW: f32 = 8.0;
/// Skews below this are left to Tesseract (rotating costs sharpness).
pub const MIN_SKEW: f32 = 0.3;
/// Pixels the estimate works on at most (the image is reduced by an integer factor).
const ESTIMATE_WIDTH: u32 = 1200;

/// The Otsu threshold of the raster's histogram: gray levels up to it are ink.
pub fn otsu(data: &[u8]) -> u8 {
    let mut hist = [0u64; 256];
    for &v in data {
        hist[v as usize] += 1;
    }
    let total = data.len() as f64;
    let sum_all: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, &n)| i as f64 * n as f64)
        .sum();
    let (mut w0, mut sum0, mut best, mut best_t) = (0f64, 0f64, -1f64, 128u8);
    for (t, &n) in hist.iter().enumerate() {
        w0 += n as f64;
        sum0 += t as f64 * n as f64;
        let w1 = total - w0;
        if w0 == 0.0 || w1 == 0.0 {
            continue;
        }
        let m0 = sum0 / w0;
        let m1 = (sum_all - sum0) / w1;
        let between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            best_t = t as u8;
        }
    }
    best_t
}

/// The angle (degrees, counter-clockwise as seen) by which the text lines rise, found by
/// maximising the sharpness (sum of squares) of the horizontal projection profile of the
/// ink. None when there is too little ink or no clear answer.
pub fn estimate_skew(g: &Gray) -> Option<f32> {
    let factor = g.width.div_ceil(ESTIMATE_WIDTH).max(1);
    let (w, h) = (g.width / factor, g.height / factor);
    if w < 100 || h < 100 {
        return None;
    }
    let threshold = otsu(&g.data);
    // Ink points of the reduced image: a cell is ink if its darkest pixel is.
    let mut points: Vec<(f32, f32)> = Vec::new();
    for cy in 0..h {
        for cx in 0..w {
            let mut dark = false;
            'cell: for y in cy * factor..(cy + 1) * factor {
                let row = y as usize * g.width as usize;
                for x in cx * factor..(cx + 1) * factor {
                    if g.data
                        .get(row + x as usize)
                        .is_some_and(|&v| v <= threshold)
                    {
                        dark = true;
                        break 'cell;
                    }
                }
            }
            if dark {
                points.push((cx as f32 - w as f32 / 2.0, cy as f32 - h as f32 / 2.0));
            }
        }
    }
    // Too little ink to tell, or a page that is mostly ink (a photo).
    if points.len() < 500 || points.len() > (w as usize * h as usize) / 3 {
        return None;
    }
    let span = (w as f32).hypot(h as f32) as usize + 2;
    let mut bins = vec![0u32; span];
    let mut score = |deg: f32| -> f64 {
        let (s, c) = deg.to_radians().sin_cos();
        bins.iter_mut().for_each(|b| *b = 0);
        for &(x, y) in &points {
            let r = (y * c + x * s + span as f32 / 2.0) as usize;
            if let Some(b) = bins.get_mut(r) {
                *b += 1;
            }
        }
        bins.iter().map(|&n| (n as f64) * (n as f64)).sum()
    };
    let flat = score(0.0);
    let mut best = (0.0f32, flat);
    let mut step = 0.25f32;
    let (mut lo, mut hi) = (-MAX_SKEW, MAX_SKEW);
    while step >= 0.02 {
        let mut a = lo;
        while a <= hi + 1e-4 {
            let sc = score(a);
            if sc > best.1 {
                best = (a, sc);
            }
            a += step;
        }
        lo = best.0 - step;
        hi = best.0 + step;
        step /= 5.0;
    }
    Some(best.0)
}

/// The mean length of the horizontal runs of ink (levels up to `threshold`) inside the
/// boxes (left, top, width, height): a measure of stroke width. None with fewer than 20 runs.
pub fn stroke_width(g: &Gray, boxes: &[(u32, u32, u32, u32)], threshold: u8) -> Option<f32> {
    let mut runs: Vec<u32> = Vec::new();
    for &(left, top, width, height) in boxes {
        let right = left.saturating_add(width).min(g.width);
        let bottom = top.saturating_add(height).min(g.height);
        for y in top..bottom {
            let row = y as usize * g.width as usize;
            let mut run = 0u32;
            for x in left..=right {
                let ink = x < right
                    && g.data
                        .get(row + x as usize)
                        .is_some_and(|&v| v <= threshold);
                if ink {
                    run += 1;
                } else if run > 0 {
                    runs.push(run);
                    run = 0;
                }
            }
        }
    }
    if runs.len() < 20 {
        return None;
    }
    Some(runs.iter().sum::<u32>() as f32 / runs.len() as f32)
}

/// The value at (`sx`, `sy`) between pixel centres, bilinear; `at` reads a pixel.
fn bilinear(at: impl Fn(i64, i64) -> f32, sx: f32, sy: f32) -> u8 {
    let (x0, y0) = (sx.floor() as i64, sy.floor() as i64);
    let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
    let v = at(x0, y0) * (1.0 - fx) * (1.0 - fy)
        + at(x0 + 1, y0) * fx * (1.0 - fy)
        + at(x0, y0 + 1) * (1.0 - fx) * fy
        + at(x0 + 1, y0 + 1) * fx * fy;
    v.round().clamp(0.0, 255.0) as u8
}

/// The raster turned clockwise by `deg` about its centre (bilinear, white outside), so that
/// lines rising by `deg` become level. Same size as the input.
pub fn rotate(g: &Gray, deg: f32) -> Gray {
    let at = |x: i64, y: i64| g.pixel(x, y).unwrap_or(255) as f32;
    let size = (g.width, g.height);
    Gray::from_fn(size.0, size.1, |x, y| {
        // Where this output pixel comes from.
        let (sx, sy) = unrotate_point(x as f32, y as f32, size, deg);
        bilinear(at, sx, sy)
    })
}

/// Maps a point of the raster made by [`rotate`] back to the raster it was made from.
pub fn unrotate_point(x: f32, y: f32, size: (u32, u32), deg: f32) -> (f32, f32) {
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (size.0 as f32 / 2.0, size.1 as f32 / 2.0);
    let (dx, dy) = (x - cx, y - cy);
    (c * dx + s * dy + cx, -s * dx + c * dy + cy)
}

/// The raster at `factor` times its size (bilinear).
pub fn upscale(g: &Gray, factor: u32) -> Gray {
    let f = factor.max(1);
    let (w, h) = (g.width as i64, g.height as i64);
    let at = |x: i64, y: i64| g.pixel(x.clamp(0, w - 1), y.clamp(0, h - 1)).unwrap_or(255) as f32;
    let source = |i: u32| (i as f32 + 0.5) / f as f32 - 0.5;
    Gray::from_fn(g.width * f, g.height * f, |x, y| {
        bilinear(at, source(x), source(y))
    })
}

/// The glyph-like marks of ink on a raster (see [`ink_marks`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// How many there are: an estimate of the characters a reader should find.
    pub count: usize,
    /// The median height of the marks in pixels (about the x-height of the text), 0 when
    /// there are none.
    pub median_height: u32,
}

/// The glyph-like marks of ink the raster holds: 8-connected components of pixels at or
/// below `threshold` that are larger than dust (at least 4 pixels and 3 pixels high) and
/// smaller than a rule, frame or picture (under a twelfth of the page's height and an eighth
/// of its width). A letter is one component (two or three for i, j, å, ä, ö), so their count
/// estimates how many characters a reader should find on the page, and their median height
/// how large the text is in pixels.
pub fn ink_marks(g: &Gray, threshold: u8) -> Marks {
    let (w, h) = (g.width as usize, g.height as usize);
    if w == 0 || h == 0 || g.data.len() < w * h {
        return Marks::default();
    }
    let (max_h, max_w) = ((h / 12).max(3), (w / 8).max(3));
    let mut seen = vec![false; w * h];
    let mut stack: Vec<usize> = Vec::new();
    let mut heights: Vec<u32> = Vec::new();
    for start in 0..w * h {
        if seen[start] || g.data[start] > threshold {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let (mut x0, mut y0, mut x1, mut y1) = (start % w, start / w, start % w, start / w);
        let mut area = 0usize;
        while let Some(i) = stack.pop() {
            area += 1;
            let (x, y) = (i % w, i / w);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            for ny in y.saturating_sub(1)..=(y + 1).min(h - 1) {
                for nx in x.saturating_sub(1)..=(x + 1).min(w - 1) {
                    let j = ny * w + nx;
                    if !seen[j] && g.data[j] <= threshold {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        let (cw, ch) = (x1 - x0 + 1, y1 - y0 + 1);
        if area >= 4 && ch >= 3 && ch <= max_h && cw <= max_w {
            heights.push(ch as u32);
        }
    }
    let count = heights.len();
    let median_height = if count == 0 {
        0
    } else {
        *heights.select_nth_unstable(count / 2).1
    };
    Marks {
        count,
        median_height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten "text lines" of dashes on a white page.
    fn lines_page() -> Gray {
        let (w, h) = (800u32, 600u32);
        let mut data = vec![255u8; (w * h) as usize];
        for line in 0..10 {
            let y0 = 60 + line * 50;
            for y in y0..y0 + 12 {
                for x in 100..700 {
                    if (x / 20) % 3 != 2 {
                        data[(y * w + x) as usize] = 0;
                    }
                }
            }
        }
        Gray {
            width: w,
            height: h,
            data,
        }
    }

    #[test]
    fn skew_is_found_and_undone() {
        let page = lines_page();
        assert_eq!(estimate_skew(&page), Some(0.0));
        // Turn counter-clockwise by 2.5° (a clockwise turn by -2.5°): lines rise by 2.5°.
        let skewed = rotate(&page, -2.5);
        let found = estimate_skew(&skewed).unwrap();
        assert!((found - 2.5).abs() < 0.1, "{found}");
        let level = rotate(&skewed, found);
        assert!(estimate_skew(&level).unwrap().abs() < 0.1);
        // A point maps back to where it was.
        let (x, y) = unrotate_point(400.0, 300.0, (800, 600), found);
        assert!((x - 400.0).abs() < 0.01 && (y - 300.0).abs() < 0.01);
    }

    #[test]
    fn blank_and_tiny_images_have_no_skew() {
        let blank = Gray {
            width: 800,
            height: 600,
            data: vec![255; 480_000],
        };
        assert_eq!(estimate_skew(&blank), None);
        let tiny = Gray {
            width: 3,
            height: 2,
            data: vec![0, 255, 0, 255, 0, 255],
        };
        assert_eq!(estimate_skew(&tiny), None);
    }

    #[test]
    fn upscale_doubles() {
        let g = Gray {
            width: 2,
            height: 1,
            data: vec![0, 255],
        };
        let u = upscale(&g, 2);
        assert_eq!((u.width, u.height), (4, 2));
        assert_eq!(u.data[0], 0);
        assert_eq!(u.data[3], 255);
        assert!(u.data[1] > 0 && u.data[1] < 128);
    }

    #[test]
    fn ink_marks_count_marks_not_dust_or_rules() {
        // 100×120 white (marks up to 10 high, 12 wide count); three 4×6 marks, one 1×1 speck, one rule 90 pixels long.
        let (w, h) = (100usize, 120usize);
        let mut data = vec![255u8; w * h];
        let mut paint = |x0: usize, y0: usize, bw: usize, bh: usize| {
            for y in y0..y0 + bh {
                for x in x0..x0 + bw {
                    data[y * w + x] = 0;
                }
            }
        };
        paint(10, 10, 4, 6);
        paint(20, 10, 4, 6);
        paint(30, 10, 4, 6);
        paint(50, 12, 1, 1);
        paint(5, 40, 90, 2);
        let g = Gray {
            width: w as u32,
            height: h as u32,
            data,
        };
        assert_eq!(
            ink_marks(&g, 128),
            Marks {
                count: 3,
                median_height: 6
            }
        );
        let blank = Gray {
            width: 10,
            height: 10,
            data: vec![255; 100],
        };
        assert_eq!(ink_marks(&blank, 128), Marks::default());
    }
}
