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
//!
//! **Archive mode**: `scale_corpus --archive PAGES [OUT] [--plan-copies N] [--pdf-every K]`
//! writes a city's archive from scratch (default OUT: `bench/out/archive-PAGES`): three action
//! plans of 40 actions (cover, table of contents "N. Title" under area headings, one page per
//! action with its quoted proposals "(code, s. N)", measure type, responsible office and
//! report-back), two recommendation lists, and then council protocols ("§ N" paragraphs with
//! diary numbers, decisions and basis documents) and follow-up reports ("Åtgärd N: Title",
//! status) until PAGES pages are written. Protocols and follow-ups mention the plans' actions
//! by number ("åtgärd 12"), by title, by recommendation code and by the plans' diary numbers.
//! Running text is sentences of the corpus (`--src`, default `corpus/`, read with kommission's
//! own extraction) recombined at random, so every page's text is distinct. Files are text
//! (pages separated by form feeds); every K-th protocol (default 20) is a PDF written by
//! `kommission_testkit::pdf`. `--plan-copies N` adds N copies of the first plan (each with one
//! changed line: a distinct file with the same 40 actions), the many-to-many case of linking.
//! `manifest.json` in OUT names the counts, the file the benchmark changes and the queries.

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
    if args.iter().any(|a| a == "--archive") {
        return archive_main(&args);
    }
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

// ---------------------------------------------------------------------------------------------
// The archive generator (`--archive PAGES`): a city's archive of action plans, recommendation
// lists, council protocols and follow-up reports, written from scratch.

/// What the archive generator writes, and what the benchmark asks of it: `manifest.json`.
#[derive(serde::Serialize)]
struct Manifest {
    pages: usize,
    files: usize,
    pdf_files: usize,
    text_bytes: u64,
    plans: usize,
    plan_copies: usize,
    actions_per_plan: usize,
    /// The file the benchmark changes for its re-ingest (a protocol, text).
    change_file: String,
    /// Queries with known answers: a common word, a phrase, a filtered query, a rare term.
    word: String,
    phrase: String,
    filter: String,
    rare: String,
    /// An action number of the first plan and that plan's document id (for `show action N
    /// --doc ID`).
    action: u32,
    action_doc: String,
}

/// Actions of one plan.
const ACTIONS_PER_PLAN: usize = 40;
/// Number of action plans (distinct); the adversarial copies come on top.
const PLANS: usize = 3;
/// Number of recommendation lists.
const REC_LISTS: usize = 2;
/// A rare term: on about one page in RARE_EVERY.
const RARE_TERM: &str = "Rönnbärsgården";
const RARE_EVERY: u64 = 20_000;

const AREAS: &[&str] = &[
    "Ledarskap och arbetsmetoder",
    "Lärande och utbildning",
    "Arbete och försörjning",
    "Boende och stadsmiljö",
    "Hälsa och omsorg",
];
const VERBS: &[&str] = &[
    "Utred förutsättningarna för",
    "Utveckla formerna för",
    "Ta fram en strategi för",
    "Gör en översyn av",
    "Säkerställ långsiktig finansiering av",
    "Fortsätt satsningen på",
    "Inrätta en samordnande funktion för",
    "Kartlägg behoven av",
    "Följ upp resultaten av",
    "Stärk samarbetet kring",
    "Skala upp arbetet med",
];
const OBJECTS: &[&str] = &[
    "brukarinflytande i äldreomsorgen",
    "samverkan med civilsamhället",
    "språkutveckling i förskolan",
    "studiehandledning på modersmål",
    "feriearbeten för ungdomar",
    "hälsofrämjande skolmiljöer",
    "trygghetsvandringar i bostadsområden",
    "kollegiala granskningar i skolan",
    "socialt hållbar stadsplanering",
    "ekonomiskt utsatta barnfamiljer",
    "uppsökande verksamhet för nyanlända",
    "mötesplatser för äldre",
    "kommunens arbetsmarknadsinsatser",
    "elevhälsans förebyggande arbete",
    "tillgängliga grönområden",
    "kunskapsallianser med universitetet",
    "hemlöshet bland unga vuxna",
    "fritidshemmens pedagogiska uppdrag",
];
const QUALIFIERS: &[&str] = &[
    "i alla stadsområden",
    "för barn och unga",
    "inom förskola och grundskola",
    "med fokus på jämlik hälsa",
    "i samverkan med region och stat",
    "utifrån ett barnrättsperspektiv",
    "i de mest utsatta områdena",
];
const RESPONSIBLE: &[&str] = &[
    "Stadskontoret",
    "Grundskolenämnden",
    "Förskolenämnden",
    "Arbetsmarknads- och socialnämnden",
    "Stadsbyggnadsnämnden",
    "Miljönämnden",
];
const MEASURES: &[&str] = &["Utredningsuppdrag", "Utvecklingsområde", "Pågående arbete"];
const SEASONS: &[&str] = &["våren", "hösten"];
const PEOPLE: &[&str] = &[
    "Anna Lindqvist",
    "Erik Johansson",
    "Fatima Hassan",
    "Karin Ström",
    "Mehmet Yilmaz",
    "Åsa Öberg",
    "Lars Ängström",
    "Sara Nilsson",
];
const PLACES: &[&str] = &["Stadshuset", "Rådhuset", "Kommunhuset", "Medborgarhuset"];
const BODIES: &[&str] = &[
    "Kommunstyrelsen",
    "Kommunfullmäktige",
    "Grundskolenämnden",
    "Arbetsmarknads- och socialnämnden",
    "Stadsbyggnadsnämnden",
];

/// The title of action `n` (from 1) of plan `plan`: distinct within a plan and across plans.
fn action_title(plan: usize, n: usize) -> String {
    let k = plan * ACTIONS_PER_PLAN + n - 1;
    let verb = VERBS[k % VERBS.len()];
    let object = OBJECTS[(k / VERBS.len() + k) % OBJECTS.len()];
    let qualifier = QUALIFIERS[(k / 3) % QUALIFIERS.len()];
    format!("{verb} {object} {qualifier}")
}

/// The recommendation codes action `n` of a plan cites (one or two).
fn action_codes(plan: usize, n: usize) -> Vec<String> {
    let k = plan * ACTIONS_PER_PLAN + n;
    let code = |k: usize| {
        format!(
            "{}.{}.{}.{}",
            1 + k % 3,
            1 + (k / 3) % 3,
            1 + (k / 9) % 5,
            1 + (k / 45) % 5
        )
    };
    if n.is_multiple_of(3) {
        vec![code(k), code(k + 17)]
    } else {
        vec![code(k)]
    }
}

/// Diary number of plan `plan`.
fn plan_diary(plan: usize) -> String {
    format!("KS 2014/{}", 300 + 17 * plan)
}

/// Sentences of the corpus (every file's text through kommission's own extraction), for
/// recombining into running text.
fn corpus_sentences(src: &std::path::Path) -> Result<Vec<String>> {
    let options = kommission::extract::ExtractOptions {
        ocr: false,
        ..kommission::extract::ExtractOptions::default()
    };
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(src)
        .with_context(|| format!("reading {}", src.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let number = Regex::new(r"^\d+\.|\d\. \p{Lu}|§|\(\d|Dnr|STK-|\bs \d").expect("static regex");
    for f in files {
        let Ok(doc) = kommission::extract::extract_file(&f, &options) else {
            continue;
        };
        for page in doc.pages {
            let flat = page.text.split_whitespace().collect::<Vec<_>>().join(" ");
            for s in flat.split_inclusive(". ") {
                let s = s.trim();
                let words = s.split(' ').count();
                // Whole sentences of running text; no numbered items, paragraphs or codes,
                // which would make structure the generator did not mean.
                if (6..=40).contains(&words)
                    && s.ends_with('.')
                    && s.starts_with(char::is_uppercase)
                    && !number.is_match(s)
                {
                    out.push(s.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    if out.len() < 50 {
        bail!("too few sentences in {} ({})", src.display(), out.len());
    }
    Ok(out)
}

/// Running text: `n` sentences drawn from the corpus, in paragraphs of three to six.
fn prose(rng: &mut fastrand::Rng, sentences: &[String], n: usize) -> Vec<String> {
    let mut paras = Vec::new();
    let mut left = n;
    while left > 0 {
        let k = rng.usize(3..=6).min(left);
        let p: Vec<&str> = (0..k)
            .map(|_| sentences[rng.usize(..sentences.len())].as_str())
            .collect();
        paras.push(p.join(" "));
        left -= k;
    }
    paras
}

/// A paragraph set as a heading (bold, larger) in a PDF: its text starts with this mark.
const HEADING: char = '\u{1}';
/// A paragraph set small (responsible office, report-back) in a PDF.
const SMALL: char = '\u{2}';

/// One document of the archive: its file name and its pages, each a list of paragraphs
/// (a paragraph may start with [`HEADING`] or [`SMALL`]: its style in a PDF).
struct GenDoc {
    name: String,
    pages: Vec<Vec<String>>,
    pdf: bool,
}

/// An action plan: cover, table of contents, one page per action.
fn gen_plan(plan: usize, copy: usize, rng: &mut fastrand::Rng, sentences: &[String]) -> GenDoc {
    let year = 2014 + plan;
    let mut pages = Vec::new();
    let mut cover = vec![
        format!("{HEADING}Handlingsplan för ett socialt hållbart Malmö {year}"),
        format!("Dnr {}", plan_diary(plan)),
    ];
    if copy > 0 {
        cover.push(format!(
            "Kopia {copy} av handlingsplanen, utskriven för förvaltning {copy}."
        ));
    }
    cover.extend(prose(rng, sentences, 8));
    pages.push(cover);
    // Table of contents: areas with their first page, entries "N. Title".
    let per_area = ACTIONS_PER_PLAN.div_ceil(AREAS.len());
    let mut toc = vec![format!("{HEADING}Innehåll")];
    for (a, area) in AREAS.iter().enumerate() {
        toc.push(format!("s {} {area}", 4 + a * per_area));
        for n in a * per_area + 1..=((a + 1) * per_area).min(ACTIONS_PER_PLAN) {
            toc.push(format!("{n}. {}", action_title(plan, n)));
        }
    }
    pages.push(toc);
    pages.push({
        let mut p = vec![format!("{HEADING}Inledning")];
        p.extend(prose(rng, sentences, 18));
        p
    });
    for n in 1..=ACTIONS_PER_PLAN {
        let mut p = Vec::new();
        if (n - 1) % per_area == 0 {
            p.push(format!("{HEADING}{}", AREAS[(n - 1) / per_area]));
        }
        p.push(format!("{HEADING}{n}. {}", action_title(plan, n)));
        let cites: Vec<String> = action_codes(plan, n)
            .iter()
            .map(|c| {
                let quote = sentences[rng.usize(..sentences.len())].trim_end_matches('.');
                format!("”{quote}” ({c}, s. {})", 40 + rng.usize(..160))
            })
            .collect();
        p.push(cites.join(" samt "));
        p.extend(prose(rng, sentences, 6));
        p.push(format!(
            "{}: {}",
            MEASURES[n % MEASURES.len()],
            sentences[rng.usize(..sentences.len())]
        ));
        p.push(format!(
            "{SMALL}{}",
            RESPONSIBLE[(n + plan) % RESPONSIBLE.len()]
        ));
        p.push(format!(
            "{SMALL}Kommunstyrelsen {} {}",
            SEASONS[n % 2],
            year + 1 + n % 2
        ));
        pages.push(p);
    }
    let name = if copy == 0 {
        format!("handlingsplan-{year}.pdf")
    } else {
        format!("kopior/handlingsplan-{year}-kopia-{copy:05}.pdf")
    };
    GenDoc {
        name,
        pages,
        pdf: true,
    }
}

/// A list of the commission's recommendations, by code.
fn gen_recommendations(list: usize, rng: &mut fastrand::Rng, sentences: &[String]) -> GenDoc {
    let mut pages = Vec::new();
    let mut codes: Vec<String> = (0..PLANS)
        .flat_map(|p| (1..=ACTIONS_PER_PLAN).flat_map(move |n| action_codes(p, n)))
        .collect();
    codes.sort();
    codes.dedup();
    let chunk = codes.len().div_ceil(REC_LISTS);
    let mine: Vec<&String> = codes.iter().skip(list * chunk).take(chunk).collect();
    for part in mine.chunks(8) {
        let mut p = vec![format!("Kommissionens rekommendationer, del {}", list + 1)];
        for code in part {
            p.push(format!(
                "Rekommendation {code}: {}",
                sentences[rng.usize(..sentences.len())]
            ));
        }
        pages.push(p);
    }
    GenDoc {
        name: format!("rekommendationer-{}.txt", list + 1),
        pages,
        pdf: false,
    }
}

/// A random diary number of a paragraph.
fn diary(rng: &mut fastrand::Rng) -> String {
    if rng.bool() {
        format!("KS {}/{}", rng.u32(2013..=2024), rng.u32(1..2000))
    } else {
        format!("STK-{}-{}", rng.u32(2013..=2024), rng.u32(1..3000))
    }
}

/// A sentence that mentions an action of a plan: by number, by title, by code or by the
/// plan's diary number.
fn mention(rng: &mut fastrand::Rng) -> String {
    let plan = rng.usize(..PLANS);
    let n = rng.usize(1..=ACTIONS_PER_PLAN);
    match rng.u8(..4) {
        0 => format!(
            "Ärendet avser åtgärd {n} i handlingsplanen ({}).",
            plan_diary(plan)
        ),
        1 => format!(
            "Förvaltningen redovisar arbetet med {}.",
            action_title(plan, n).to_lowercase()
        ),
        2 => {
            let codes = action_codes(plan, n);
            format!(
                "Arbetet svarar mot kommissionens rekommendation {}.",
                codes[0]
            )
        }
        _ => format!("Beslutet följer handlingsplanen, dnr {}.", plan_diary(plan)),
    }
}

/// A council protocol: a header page and paragraphs "§ N".
fn gen_protocol(
    i: usize,
    pages_wanted: usize,
    rng: &mut fastrand::Rng,
    sentences: &[String],
    pdf: bool,
) -> GenDoc {
    let body = BODIES[i % BODIES.len()];
    let year = 2014 + i % 11;
    let date = format!("{year}-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
    let who = rng.usize(..PEOPLE.len());
    let chair = PEOPLE[who];
    let secretary = PEOPLE[(who + 3) % PEOPLE.len()];
    let adjuster = PEOPLE[(who + 5) % PEOPLE.len()];
    let first = 1 + (i * 7) % 300;
    let last = first + pages_wanted.saturating_sub(2);
    let mut pages = vec![vec![
        format!("{HEADING}Protokoll"),
        body.to_string(),
        format!("Sammanträdestid {date} kl. 13:00-16:30"),
        format!("Plats {}", PLACES[i % PLACES.len()]),
        format!("Beslutande ledamöter {chair} (Ordförande) {adjuster}"),
        format!("Utses att justera {adjuster}"),
        format!("Protokollet omfattar §§ {first}-{last}"),
        format!("Underskrifter Sekreterare {secretary} Ordförande {chair} Justerande {adjuster}"),
    ]];
    for (k, par) in (first..=last).enumerate() {
        let own = diary(rng);
        let mut p = vec![format!(
            "{HEADING}§ {par} {} {}",
            sentences[rng.usize(..sentences.len())]
                .split(' ')
                .take(7)
                .collect::<Vec<_>>()
                .join(" ")
                .trim_end_matches(['.', ','])
                .to_string(),
            own
        )];
        p.push(format!("{HEADING}Sammanfattning"));
        let mut text = prose(rng, sentences, 12);
        for _ in 0..rng.usize(1..=3) {
            let at = rng.usize(..text.len());
            text[at].push(' ');
            text[at].push_str(&mention(rng));
        }
        if rng.u64(..RARE_EVERY) == 0 {
            text[0].push_str(&format!(
                " Ärendet gäller fastigheten {RARE_TERM} {}:{}.",
                k, par
            ));
        }
        if rng.u8(..3) == 0 {
            text.push(format!(
                "Ärendet har tidigare behandlats, dnr {}.",
                diary(rng)
            ));
        }
        p.extend(text);
        p.push(format!("{HEADING}Beslut"));
        p.push(format!(
            "{body} beslutar att godkänna förvaltningens förslag och lägga redovisningen till handlingarna."
        ));
        p.push(format!("{HEADING}Beslutsunderlag"));
        p.push(format!("- Tjänsteskrivelse {}", own));
        pages.push(p);
    }
    GenDoc {
        name: format!(
            "protokoll/{}/{}-{:06}.{}",
            year,
            body.to_lowercase().replace([' ', '-'], ""),
            i,
            if pdf { "pdf" } else { "txt" }
        ),
        pages,
        pdf,
    }
}

/// A follow-up report: the state of actions of a plan, by number and title.
fn gen_followup(
    i: usize,
    pages_wanted: usize,
    rng: &mut fastrand::Rng,
    sentences: &[String],
) -> GenDoc {
    let plan = i % PLANS;
    let year = 2015 + i % 10;
    let mut pages = vec![vec![
        format!("Uppföljning av handlingsplanen {year}"),
        format!(
            "Redovisning till kommunstyrelsen av handlingsplanen, dnr {}.",
            plan_diary(plan)
        ),
    ]];
    pages[0].extend(prose(rng, sentences, 10));
    for _ in 1..pages_wanted {
        let n = rng.usize(1..=ACTIONS_PER_PLAN);
        let mut p = vec![format!("Åtgärd {n}: {}", action_title(plan, n))];
        p.push(format!(
            "Status: {}.",
            ["påbörjad", "genomförd", "försenad", "ej påbörjad"][rng.usize(..4)]
        ));
        let mut text = prose(rng, sentences, 12);
        let at = rng.usize(..text.len());
        text[at].push(' ');
        text[at].push_str(&mention(rng));
        p.extend(text);
        pages.push(p);
    }
    GenDoc {
        name: format!("uppfoljning/uppfoljning-{year}-{i:05}.txt"),
        pages,
        pdf: false,
    }
}

/// The bytes of a document: text with a form feed between pages, or a PDF written by
/// kommission's test PDF writer (headings bold, office and report-back small; a page whose
/// paragraphs do not fit goes on over more PDF pages). Returns the bytes and the page count.
fn render(doc: &GenDoc) -> (Vec<u8>, usize) {
    let plain = |p: &str| p.trim_start_matches([HEADING, SMALL]).to_string();
    if !doc.pdf {
        let text: Vec<String> = doc
            .pages
            .iter()
            .map(|p| p.iter().map(|s| plain(s)).collect::<Vec<_>>().join("\n\n"))
            .collect();
        return (text.join("\n\x0c").into_bytes(), doc.pages.len());
    }
    use kommission_testkit::pdf::{flow, write_pdf, PageSpec, TextRun, WriteOptions};
    let (width, height, margin) = (595.0f32, 842.0f32, 56.0f32);
    let mut specs: Vec<PageSpec> = Vec::new();
    for page in &doc.pages {
        let mut spec = PageSpec {
            width,
            height,
            ..PageSpec::default()
        };
        let mut y = height - margin;
        for para in page {
            let (font, size) = match para.chars().next() {
                Some(HEADING) => ("Times-Bold", 13.0),
                Some(SMALL) => ("Times-Roman", 8.0),
                _ => ("Times-Roman", 10.0),
            };
            for line in flow(&plain(para), width - 2.0 * margin, font, size, false) {
                if y < margin {
                    specs.push(std::mem::replace(
                        &mut spec,
                        PageSpec {
                            width,
                            height,
                            ..PageSpec::default()
                        },
                    ));
                    y = height - margin;
                }
                y -= size * 1.25;
                spec.runs.push(TextRun::new(font, size, margin, y, &line));
            }
            y -= size * 0.8;
        }
        specs.push(spec);
    }
    let n = specs.len();
    let title = doc.pages.first().and_then(|p| p.first()).map(|t| plain(t));
    (
        write_pdf(
            &specs,
            &WriteOptions {
                title,
                ..WriteOptions::default()
            },
        ),
        n,
    )
}

/// `scale_corpus --archive PAGES [OUT] [--plan-copies N] [--pdf-every K] [--src DIR]`.
fn archive_main(args: &[String]) -> Result<()> {
    let mut pages_target: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut plan_copies = 0usize;
    let mut pdf_every = 20usize;
    let mut src = PathBuf::from("corpus");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .with_context(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--archive" => pages_target = Some(value("--archive")?.parse()?),
            "--plan-copies" => plan_copies = value("--plan-copies")?.parse()?,
            "--pdf-every" => pdf_every = value("--pdf-every")?.parse()?,
            "--src" => src = PathBuf::from(value("--src")?),
            other if out.is_none() && !other.starts_with("--") => out = Some(PathBuf::from(other)),
            other => bail!("unknown argument {other}"),
        }
    }
    let pages_target = pages_target.context("--archive PAGES")?;
    let out = out.unwrap_or_else(|| PathBuf::from(format!("bench/out/archive-{pages_target}")));
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("emptying {}", out.display()))?;
    }
    std::fs::create_dir_all(&out)?;
    let start = std::time::Instant::now();
    let sentences = corpus_sentences(&src)?;

    // The documents, in order: plans, recommendation lists, then protocols and follow-ups
    // (one follow-up for every nine protocols) until the pages are reached. A document is
    // planned by (kind, index, pages) and made on a worker from its own seed.
    #[derive(Clone, Copy)]
    enum Kind {
        Plan(usize, usize),
        Recs(usize),
        Protocol(usize, usize, bool),
        Followup(usize, usize),
    }
    let mut plan: Vec<Kind> = Vec::new();
    let plan_pages = 3 + ACTIONS_PER_PLAN;
    let mut total = 0usize;
    for p in 0..PLANS {
        plan.push(Kind::Plan(p, 0));
        total += plan_pages;
    }
    for c in 1..=plan_copies {
        plan.push(Kind::Plan(0, c));
        total += plan_pages;
    }
    for r in 0..REC_LISTS {
        plan.push(Kind::Recs(r));
        total += 4;
    }
    let mut sizer = fastrand::Rng::with_seed(7);
    let (mut i, mut protocols) = (0usize, 0usize);
    while total < pages_target {
        let left = pages_target - total;
        if i % 10 == 9 {
            let n = sizer.usize(8..=30).min(left.max(2));
            plan.push(Kind::Followup(i, n));
            total += n;
        } else {
            let n = sizer.usize(3..=14).min(left.max(2));
            protocols += 1;
            let pdf = pdf_every > 0 && protocols % pdf_every == 0;
            plan.push(Kind::Protocol(i, n, pdf));
            total += n;
        }
        i += 1;
    }

    let made: Vec<Result<(String, bool, usize, u64)>> = plan
        .par_iter()
        .enumerate()
        .map(|(k, kind)| {
            let mut rng = fastrand::Rng::with_seed(0x5eed_0000 + k as u64);
            let doc = match *kind {
                Kind::Plan(p, c) => gen_plan(p, c, &mut rng, &sentences),
                Kind::Recs(r) => gen_recommendations(r, &mut rng, &sentences),
                Kind::Protocol(i, n, pdf) => gen_protocol(i, n, &mut rng, &sentences, pdf),
                Kind::Followup(i, n) => gen_followup(i, n, &mut rng, &sentences),
            };
            let text_bytes: u64 = doc
                .pages
                .iter()
                .flat_map(|p| p.iter().map(|s| s.len() as u64 + 2))
                .sum();
            let (bytes, pages) = render(&doc);
            let target = out.join(&doc.name);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, bytes)
                .with_context(|| format!("writing {}", target.display()))?;
            Ok((doc.name, doc.pdf, pages, text_bytes))
        })
        .collect();
    let mut manifest = Manifest {
        pages: 0,
        files: 0,
        pdf_files: 0,
        text_bytes: 0,
        plans: PLANS,
        plan_copies,
        actions_per_plan: ACTIONS_PER_PLAN,
        change_file: String::new(),
        word: "förvaltningen".into(),
        phrase: "\"lägga redovisningen till handlingarna\"".into(),
        filter: "kind:protocol handlingsplanen".into(),
        rare: RARE_TERM.to_lowercase(),
        action: 12,
        action_doc: "handlingsplan-2014".into(),
    };
    for m in made {
        let (name, pdf, pages, text_bytes) = m?;
        manifest.files += 1;
        manifest.pages += pages;
        manifest.text_bytes += text_bytes;
        manifest.pdf_files += usize::from(pdf);
        if manifest.change_file.is_empty() && name.starts_with("protokoll/") && !pdf {
            manifest.change_file = name;
        }
    }
    std::fs::write(
        out.join("manifest.json"),
        serde_json::to_string_pretty(&manifest)?,
    )?;
    println!(
        "scale_corpus: archive of {} files ({} PDF), {} pages, {:.1} MB of text -> {} in {:.1} s",
        manifest.files,
        manifest.pdf_files,
        manifest.pages,
        manifest.text_bytes as f64 / 1e6,
        out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
