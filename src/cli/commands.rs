//! The subcommands: each parses nothing itself (clap did), calls the library and prints.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use kommission::export::{self, CsvOptions, Format};
use kommission::extract::{self, ExtractOptions};
use kommission::index::search::{self, SearchRequest};
use kommission::index::Store;
use kommission::ingest::{self, IngestOptions};
use kommission::links::{self, Target};
use kommission::model::DocRecord;

use super::output::{highlight, stdout_is_terminal};
use super::{Cli, Command, ShowWhat, TableArgs, TextFormat, EXIT_PARTIAL};

pub fn run(cli: &Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Ingest(a) => ingest(cli, a),
        Command::Extract(a) => extract(a),
        Command::Search(a) => search(cli, a),
        Command::Actions(a) => {
            let store = Store::open(&cli.index)?;
            let records = store.records()?;
            if let Some(doc) = &a.doc {
                if !records.iter().any(|r| &r.id == doc) {
                    bail!("no document '{doc}' in the index (see `kommission docs`)");
                }
            }
            let rows: Vec<_> = records
                .iter()
                .filter(|r| a.doc.as_ref().is_none_or(|d| &r.id == d))
                .flat_map(|r| r.structure.actions.iter().map(export::ActionRow::from))
                .collect();
            table(&a.table, &rows)
        }
        Command::Recommendations(t) => {
            let store = Store::open(&cli.index)?;
            let rows = links::recommendations(&store.records()?, &store.links()?);
            table(t, &rows)
        }
        Command::Protocols(t) => {
            let store = Store::open(&cli.index)?;
            let rows: Vec<_> = store
                .records()?
                .iter()
                .flat_map(|r| r.structure.protocols.iter().map(export::ProtocolRow::from))
                .collect();
            table(t, &rows)
        }
        Command::Docs(t) => {
            let store = Store::open(&cli.index)?;
            let rows: Vec<_> = store.records()?.iter().map(export::DocRow::from).collect();
            table(t, &rows)
        }
        Command::Show(a) => show(cli, &a.what, a.format),
    }
}

fn table<T: export::Tabular>(args: &TableArgs, rows: &[T]) -> Result<ExitCode> {
    let format = args.format.unwrap_or(if stdout_is_terminal() {
        Format::Table
    } else {
        Format::Json
    });
    let delimiter = u8::try_from(u32::from(args.delimiter))
        .ok()
        .filter(u8::is_ascii)
        .context("--delimiter must be one ASCII character, such as ',' or ';'")?;
    let opts = CsvOptions {
        delimiter,
        bom: args.bom,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    export::write(&mut out, rows, format, &opts)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn ingest(cli: &Cli, a: &super::IngestArgs) -> Result<ExitCode> {
    let store = Store::open_or_create(&cli.index)?;
    let options = IngestOptions {
        roots: a.paths.clone(),
        extract: ExtractOptions {
            ocr: !a.no_ocr,
            ocr_cache: Some(cli.index.join("ocr-cache")),
            ..ExtractOptions::default()
        },
        progress: !a.quiet,
    };
    let s = ingest::run(&store, &options)?;
    let ocr_hint = if a.no_ocr {
        " (OCR is off: scanned pages are read without --no-ocr)"
    } else if !kommission::ocr::available() {
        " (scanned pages need OCR: apt-get install tesseract-ocr tesseract-ocr-swe)"
    } else {
        ""
    };
    let total_failed = s.failed.len();
    eprintln!(
        "ingest: {} ingested ({} pages), {} unchanged, {} removed, {} failed in {:.2} s -> index {}",
        s.ingested.len(),
        s.pages,
        s.unchanged,
        s.removed.len(),
        total_failed,
        s.seconds,
        cli.index.display()
    );
    for id in &s.removed {
        eprintln!("  removed: {id}");
    }
    for f in &s.failed {
        eprintln!("  failed: {}: {}", f.path, f.reason);
    }
    for sc in &s.scanned {
        let pages = sc
            .pages
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if sc.ocr {
            eprintln!("  scanned, read by OCR: {} pages {pages}", sc.path);
        } else {
            eprintln!("  no text layer: {} pages {pages}{}", sc.path, ocr_hint);
        }
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    }
    Ok(if total_failed > 0 {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// Parse "N" or "N-M" (1-based, inclusive).
fn page_range(spec: &str) -> Result<(u32, u32)> {
    let bad = || format!("--pages '{spec}': expected N or N-M with 1 <= N <= M, e.g. 3 or 16-21");
    let (a, b) = match spec.split_once('-') {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (spec.trim(), spec.trim()),
    };
    let a: u32 = a.parse().with_context(bad)?;
    let b: u32 = b.parse().with_context(bad)?;
    if a == 0 || b < a {
        bail!(bad());
    }
    Ok((a, b))
}

fn extract(a: &super::ExtractArgs) -> Result<ExitCode> {
    let range = a.pages.as_deref().map(page_range).transpose()?;
    if !a.file.exists() {
        bail!("{}: no such file", a.file.display());
    }
    let options = ExtractOptions {
        ocr: !a.no_ocr,
        ..ExtractOptions::default()
    };
    let doc = extract::extract_file(&a.file, &options)
        .with_context(|| format!("{}", a.file.display()))?;
    let pages: Vec<_> = doc
        .pages
        .iter()
        .filter(|p| range.is_none_or(|(lo, hi)| p.number >= lo && p.number <= hi))
        .collect();
    if let Some((lo, _)) = range {
        if pages.is_empty() {
            bail!(
                "{}: has {} pages, none in --pages {}",
                a.file.display(),
                doc.pages.len(),
                a.pages.as_deref().unwrap_or_default()
            );
        }
        let _ = lo;
    }
    for w in &doc.warnings {
        eprintln!("{}: warning: {w}", a.file.display());
    }
    for p in &pages {
        if let Some(e) = &p.error {
            eprintln!("{}: page {}: {e}", a.file.display(), p.number);
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match a.format {
        TextFormat::Text => {
            for p in &pages {
                writeln!(out, "{}", p.text)?;
                write!(out, "\x0c")?;
            }
        }
        TextFormat::Json => {
            let pages: Vec<_> = pages
                .iter()
                .map(|p| {
                    let mut v = serde_json::json!({
                        "number": p.number,
                        "label": p.label,
                        "text": p.text,
                    });
                    if p.source != kommission::model::TextSource::Text {
                        v["source"] = serde_json::to_value(p.source).unwrap_or_default();
                    }
                    if let Some(c) = p.ocr_confidence {
                        v["ocr_confidence"] = serde_json::json!(c);
                    }
                    if let Some(e) = &p.error {
                        v["error"] = serde_json::json!(e);
                    }
                    v
                })
                .collect();
            let v = serde_json::json!({
                "file": a.file.to_string_lossy(),
                "title": doc.title,
                "pages": pages,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn search(cli: &Cli, a: &super::SearchArgs) -> Result<ExitCode> {
    let store = Store::open(&cli.index)?;
    let query = a.query.join(" ");
    let results = search::run(
        &store,
        &SearchRequest {
            query: query.clone(),
            limit: usize::try_from(a.limit).unwrap_or(search::MAX_LIMIT),
            offset: usize::try_from(a.offset).unwrap_or(search::MAX_LIMIT),
            kind: a.kind,
        },
    )?;
    let hits = &results.hits;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if a.count {
        match a.format {
            TextFormat::Json => writeln!(out, "{{\"total\":{}}}", results.total)?,
            TextFormat::Text => writeln!(out, "{}", results.total)?,
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    match a.format {
        TextFormat::Json => {
            for h in hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
        }
        TextFormat::Text => {
            if hits.is_empty() {
                eprintln!("no hits for {}", shorten(&query, 80));
            }
            let mut partial_shown = false;
            for (i, h) in hits.iter().enumerate() {
                if h.partial && !partial_shown {
                    partial_shown = true;
                    writeln!(
                        out,
                        "-- {} of {} hits match every word; these match only some --",
                        results
                            .total
                            .min(i + usize::try_from(a.offset).unwrap_or(0)),
                        results.total
                    )?;
                }
                let page = match (h.page, &h.label) {
                    (Some(p), Some(l)) if l != &p.to_string() => format!("page {p} (printed {l})"),
                    (Some(p), _) => format!("page {p}"),
                    (None, _) => String::new(),
                };
                let ocr = match (h.ocr, h.ocr_confidence) {
                    (true, Some(c)) => format!("  [OCR, confidence {c:.0}]"),
                    (true, None) => "  [OCR]".to_string(),
                    (false, _) => String::new(),
                };
                let kind = match h.number {
                    Some(n) => format!("{} {n}", h.kind),
                    None => h.kind.clone(),
                };
                let matched = if h.partial {
                    format!("  [partial: {}]", h.matched.join(", "))
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{:>2}. {}  {}  [{}]  score {:.2}{ocr}{matched}",
                    i + 1 + usize::try_from(a.offset).unwrap_or(0),
                    h.doc,
                    page,
                    kind,
                    h.score
                )?;
                if let Some(t) = &h.title {
                    writeln!(out, "    {t}")?;
                }
                writeln!(out, "    {}", highlight(&h.snippet))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A text cut to at most `max` characters, with "…" when cut (long queries in messages).
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        format!("{text:?}")
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{cut:?}… ({} characters)", text.chars().count())
    }
}

fn show(cli: &Cli, what: &ShowWhat, format: TextFormat) -> Result<ExitCode> {
    let store = Store::open(&cli.index)?;
    let records: Vec<DocRecord> = store.records()?;
    let all_links = store.links()?;
    let target = match what {
        ShowWhat::Action { number, doc } => Target::Action {
            number: *number,
            doc: doc.as_deref(),
        },
        ShowWhat::Recommendation { code } => Target::Recommendation(code),
        ShowWhat::Doc { id } => Target::Doc(id),
    };
    let value = links::show(&records, &all_links, target)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        TextFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?,
        TextFormat::Text => write!(out, "{}", links::render_text(&value))?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
