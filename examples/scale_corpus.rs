//! Benchmark corpus scaler: writes N distinct variants of every file of a corpus folder, so
//! that ingest and search can be measured at 10× and 100× the shipped corpus.
//!
//! Usage: `cargo run --release --example scale_corpus -- N [SRC] [OUT]`
//! (defaults: SRC = `corpus`, OUT = `bench/out/corpus-Nx`; OUT is emptied first).
//!
//! Every variant is a different file (different bytes, hash, document id and text):
//!
//! * PDF (rewritten with lopdf): a new `/ID` and `/Info` (title, dates); the pages in a new
//!   order (each `/Pages` node's `/Kids` shuffled); changed words: in every text-showing
//!   operation (`Tj`, `TJ`) of a simple font the string is split into words at the font's
//!   space code, the words of the line are permuted and some are replaced by other words shown
//!   in the SAME font elsewhere in the document, so every glyph exists in the embedded subset
//!   and the ToUnicode map still decodes it.
//! * HTML: the `<p>` paragraphs are permuted and some words are replaced by other words of
//!   the same page.
//! * Anything else is copied under a new name.
//!
//! Variants are deterministic: variant k of a file always has the same bytes.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};
use rayon::prelude::*;
use regex::Regex;

/// Share of words replaced by another word of the same font / page.
const SUBSTITUTE: f64 = 0.2;
/// Share of lines whose words are permuted.
const PERMUTE_LINE: f64 = 0.5;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(factor) = args.first().and_then(|a| a.parse::<usize>().ok()) else {
        bail!("usage: scale_corpus N [SRC] [OUT]   (N >= 1, e.g. 10 or 100)");
    };
    if factor == 0 {
        bail!("N must be at least 1");
    }
    let src = PathBuf::from(args.get(1).map_or("corpus", String::as_str));
    let out = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("bench/out/corpus-{factor}x")));
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("emptying {}", out.display()))?;
    }
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;

    let mut files: Vec<PathBuf> = std::fs::read_dir(&src)
        .with_context(|| format!("reading {}", src.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();

    let start = std::time::Instant::now();
    let mut written = 0usize;
    let mut bytes = 0u64;
    for file in &files {
        let data = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let ext = file
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "doc".into());
        let pdf = if ext == "pdf" {
            Some(Document::load_mem(&data).with_context(|| format!("parsing {}", file.display()))?)
        } else {
            None
        };
        let html = if ext == "html" || ext == "htm" {
            Some(String::from_utf8_lossy(&data).into_owned())
        } else {
            None
        };
        let results: Vec<Result<u64>> = (1..=factor)
            .into_par_iter()
            .map(|k| {
                let seed = seed_for(&stem, k);
                let target = out.join(format!("{stem}-v{k:04}.{ext}"));
                let content = if let Some(doc) = &pdf {
                    vary_pdf(doc.clone(), seed, k)
                        .with_context(|| format!("variant {k} of {stem}"))?
                } else if let Some(html) = &html {
                    vary_html(html, seed).into_bytes()
                } else {
                    data.clone()
                };
                std::fs::write(&target, &content)
                    .with_context(|| format!("writing {}", target.display()))?;
                Ok(content.len() as u64)
            })
            .collect();
        for r in results {
            bytes += r?;
            written += 1;
        }
    }
    println!(
        "scale_corpus: {} files ({:.1} MB) from {} source files in {} -> {} in {:.1} s",
        written,
        bytes as f64 / 1e6,
        files.len(),
        src.display(),
        out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A stable seed per (file, variant).
fn seed_for(stem: &str, k: usize) -> u64 {
    let h = blake3::hash(format!("{stem}#{k}").as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(b)
}

/// What we know about a simple (one-byte) font: the code of its space glyph.
#[derive(Clone)]
struct FontInfo {
    /// Stable key for the font program (its /BaseFont; subset names are unique).
    key: Vec<u8>,
    space: u8,
}

/// The simple fonts of a page with a known space code, by resource name.
fn page_fonts(doc: &Document, page: ObjectId) -> HashMap<Vec<u8>, FontInfo> {
    let mut out = HashMap::new();
    let Ok(fonts) = doc.get_page_fonts(page) else {
        return out;
    };
    for (name, dict) in fonts {
        if dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0".as_slice()) {
            continue; // two-byte codes: left alone
        }
        let Ok(enc) = dict.get_font_encoding(doc) else {
            continue;
        };
        let space = (0u8..=255).find(|c| enc.bytes_to_string(&[*c]).ok().as_deref() == Some(" "));
        if let Some(space) = space {
            let key = dict
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .map(<[u8]>::to_vec)
                .unwrap_or_else(|_| name.clone());
            out.insert(name, FontInfo { key, space });
        }
    }
    out
}

/// The bytes shown by a `Tj` or `TJ` operation (kerning numbers dropped), if it is one.
fn shown_bytes(op: &Operation) -> Option<Vec<u8>> {
    match (op.operator.as_str(), op.operands.as_slice()) {
        ("Tj", [Object::String(s, _)]) => Some(s.clone()),
        ("TJ", [Object::Array(items)]) => {
            let mut out = Vec::new();
            for item in items {
                if let Object::String(s, _) = item {
                    out.extend_from_slice(s);
                }
            }
            Some(out)
        }
        _ => None,
    }
}

fn split_words(bytes: &[u8], space: u8) -> Vec<Vec<u8>> {
    bytes
        .split(|b| *b == space)
        .filter(|w| !w.is_empty())
        .map(<[u8]>::to_vec)
        .collect()
}

/// Walk a page's operations, calling `f(font, op_index, shown bytes)` for every text-showing
/// operation in a known simple font.
fn for_each_show(
    ops: &[Operation],
    fonts: &HashMap<Vec<u8>, FontInfo>,
    mut f: impl FnMut(&FontInfo, usize, Vec<u8>),
) {
    let mut current: Option<&FontInfo> = None;
    for (i, op) in ops.iter().enumerate() {
        if op.operator == "Tf" {
            current = op
                .operands
                .first()
                .and_then(|o| o.as_name().ok())
                .and_then(|n| fonts.get(n));
        } else if let (Some(font), Some(bytes)) = (current, shown_bytes(op)) {
            f(font, i, bytes);
        }
    }
}

fn vary_pdf(mut doc: Document, seed: u64, k: usize) -> Result<Vec<u8>> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();

    // Pass 1: the words shown in each font, anywhere in the document.
    let mut vocab: HashMap<Vec<u8>, Vec<Vec<u8>>> = HashMap::new();
    let mut decoded = Vec::new();
    for &page in &pages {
        let fonts = page_fonts(&doc, page);
        let single_stream = doc.get_page_contents(page).len() == 1;
        let content = if single_stream {
            doc.get_and_decode_page_content(page).ok()
        } else {
            None
        };
        if let Some(content) = &content {
            for_each_show(&content.operations, &fonts, |font, _, bytes| {
                let words = vocab.entry(font.key.clone()).or_default();
                words.extend(split_words(&bytes, font.space));
            });
        }
        decoded.push((page, fonts, content));
    }

    // Pass 2: permute and substitute words line by line.
    for (page, fonts, content) in decoded {
        let Some(mut content) = content else { continue };
        let mut edits = Vec::new();
        for_each_show(&content.operations, &fonts, |font, i, bytes| {
            let mut words = split_words(&bytes, font.space);
            if words.len() < 2 {
                return;
            }
            if rng.f64() < PERMUTE_LINE {
                rng.shuffle(&mut words);
            }
            if let Some(pool) = vocab.get(&font.key) {
                for w in &mut words {
                    if !pool.is_empty() && rng.f64() < SUBSTITUTE {
                        if let Some(other) = pool.get(rng.usize(..pool.len())) {
                            w.clone_from(other);
                        }
                    }
                }
            }
            let joined = words.join(&[font.space][..]);
            edits.push((i, joined));
        });
        for (i, joined) in edits {
            if let Some(op) = content.operations.get_mut(i) {
                *op = Operation::new(
                    "TJ",
                    vec![Object::Array(vec![Object::String(
                        joined,
                        StringFormat::Hexadecimal,
                    )])],
                );
            }
        }
        let bytes = Content::encode(&content)?;
        doc.change_page_content(page, bytes)?;
    }

    // Page order: shuffle the Kids of every /Pages node.
    let page_nodes: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict()
                .ok()
                .and_then(|d| d.get(b"Type").ok())
                .and_then(|t| t.as_name().ok())
                == Some(b"Pages".as_slice())
        })
        .map(|(id, _)| *id)
        .collect();
    for id in page_nodes {
        if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(id) {
            if let Ok(Object::Array(kids)) = dict.get_mut(b"Kids") {
                rng.shuffle(kids);
            }
        }
    }

    // New document identity: /ID and /Info.
    let id: Vec<u8> = (0..16).map(|_| rng.u8(..)).collect();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    let day = 1 + (k % 28);
    let month = 1 + (k / 28) % 12;
    let date = format!("D:2025{month:02}{day:02}120000Z");
    let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    let old_title = info_id
        .and_then(|id| doc.get_dictionary(id).ok())
        .and_then(|d| d.get(b"Title").ok())
        .and_then(|t| lopdf::decode_text_string(t).ok());
    let title = match old_title {
        Some(t) if !t.is_empty() => format!("{t} (variant {k})"),
        _ => format!("Variant {k}"),
    };
    let mut info = Dictionary::new();
    info.set("Title", lopdf::text_string(&title));
    info.set("CreationDate", Object::string_literal(date.clone()));
    info.set("ModDate", Object::string_literal(date));
    info.set(
        "Producer",
        Object::string_literal("kommission scale_corpus"),
    );
    match info_id {
        Some(id) => {
            if let Ok(d) = doc.get_dictionary_mut(id) {
                for (key, value) in info.into_iter() {
                    d.set(key, value);
                }
            }
        }
        None => {
            let id = doc.add_object(info);
            doc.trailer.set("Info", id);
        }
    }

    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}

/// Permute the `<p>` paragraphs of a page and replace some words of its text by other words
/// of the page.
fn vary_html(html: &str, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let para = Regex::new(r"(?s)<p>(.*?)</p>").expect("static regex");
    let text = Regex::new(r">([^<]+)<").expect("static regex");

    // Paragraphs: the same slots, their contents permuted.
    let spans: Vec<(usize, usize)> = para
        .captures_iter(html)
        .filter_map(|c| c.get(1).map(|m| (m.start(), m.end())))
        .collect();
    let mut contents: Vec<&str> = spans.iter().filter_map(|&(a, b)| html.get(a..b)).collect();
    rng.shuffle(&mut contents);
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (&(a, b), c) in spans.iter().zip(&contents) {
        out.push_str(html.get(last..a).unwrap_or(""));
        out.push_str(c);
        last = b;
    }
    out.push_str(html.get(last..).unwrap_or(""));

    // Words: the body's text nodes, some words swapped for others of the page.
    let body_start = out.find("<body").unwrap_or(0);
    let vocab: Vec<String> = text
        .captures_iter(&out[body_start..])
        .filter_map(|c| c.get(1))
        .flat_map(|m| m.as_str().split_whitespace().map(str::to_string))
        .filter(|w| w.chars().count() > 2)
        .collect();
    if vocab.is_empty() {
        return out;
    }
    let (head, body) = out.split_at(body_start);
    let body = text.replace_all(body, |c: &regex::Captures| {
        let node = c.get(1).map_or("", |m| m.as_str());
        let mut s = String::from(">");
        for (i, piece) in node.split(' ').enumerate() {
            if i > 0 {
                s.push(' ');
            }
            if piece.chars().count() > 2 && !piece.contains('\n') && rng.f64() < SUBSTITUTE {
                s.push_str(
                    vocab
                        .get(rng.usize(..vocab.len()))
                        .map_or(piece, String::as_str),
                );
            } else {
                s.push_str(piece);
            }
        }
        s.push('<');
        s
    });
    format!("{head}{body}")
}
