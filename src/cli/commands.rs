//! The subcommands: each parses nothing itself (clap did), calls the library and prints.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use kommission::export::{self, CsvOptions, Format, TableOptions, ViewFormat};
use kommission::extract::{self, ExtractOptions};
use kommission::ident::IdentKind;
use kommission::index::search::{self, SearchRequest};
use kommission::index::Store;
use kommission::ingest::{self, IngestOptions, IngestSummary, SkipKind};
use kommission::query::{self, Target};

use super::output::{self, for_terminal, highlight, stdout_is_terminal};
use super::{
    Cli, Command, IdentifiersArgs, ShowWhat, TableArgs, EXIT_PARTIAL, EXIT_SIGINT, EXIT_SIGTERM,
};

pub fn run(cli: &Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Ingest(a) => ingest(cli, a),
        Command::Extract(a) => extract(a),
        Command::Search(a) => search(cli, a),
        Command::Actions(a) => {
            let store = Store::open(&cli.index)?;
            let rows = query::actions_stream(&store, a.doc.as_deref())?;
            list(&a.table, rows)
        }
        Command::Recommendations(t) => {
            let store = Store::open(&cli.index)?;
            let rows = query::recommendations_in(&store)?;
            list(t, rows)
        }
        Command::Protocols(t) => {
            let store = Store::open(&cli.index)?;
            let rows = query::protocols_stream(&store)?;
            list(t, rows)
        }
        Command::Docs(t) => {
            let store = Store::open(&cli.index)?;
            let rows = query::docs_stream(&store)?;
            if format(t) != Format::Table {
                return list(t, rows);
            }
            // People read paths relative to where they are; programs get them absolute.
            let cwd = ingest::working_dir();
            list(
                t,
                rows.map(|r| {
                    r.map(|mut r| {
                        r.path = ingest::shown_path(&r.path, cwd.as_deref());
                        r
                    })
                }),
            )
        }
        Command::Show(a) => show(cli, a),
        Command::Check(a) => super::check::run(cli, a),
        Command::Identifiers(a) => identifiers(cli, a),
        Command::Export(a) => super::export::run(cli, a),
    }
}

/// The output format: as asked, else a table on a terminal and JSON otherwise.
fn format(args: &TableArgs) -> Format {
    args.format.unwrap_or(if stdout_is_terminal() {
        Format::Table
    } else {
        Format::Json
    })
}

/// A list written as its rows are read ([`export::write_rows`]: memory holds one
/// document's rows, or a table's look-ahead, however long the list).
fn list<T: export::Tabular>(
    args: &TableArgs,
    rows: impl Iterator<Item = Result<T, query::QueryError>>,
) -> Result<ExitCode> {
    let opts = CsvOptions {
        delimiter: csv_delimiter(args)?,
        bom: args.bom,
    };
    let layout = TableOptions {
        width: output::table_width(),
        wide: args.wide,
    };
    let mut out = output::stdout();
    let rows = rows.map(|r| r.map_err(anyhow::Error::from));
    let dropped = export::write_rows(&mut out, rows, format(args), &opts, &layout)?;
    out.flush()?;
    if !dropped.is_empty() {
        eprintln!(
            "(not shown on this terminal, empty or no room: {}; --wide or --format csv shows every column)",
            dropped.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The CSV delimiter asked for.
fn csv_delimiter(args: &TableArgs) -> Result<u8> {
    u8::try_from(u32::from(args.delimiter))
        .ok()
        .filter(u8::is_ascii)
        .context("--delimiter must be one ASCII character, such as ',' or ';'")
}

/// Set by SIGINT or SIGTERM during an ingest: stop taking new files (the number says which).
fn stop_on_signals() -> Result<(Arc<AtomicBool>, Arc<AtomicUsize>)> {
    let stop = Arc::new(AtomicBool::new(false));
    let which = Arc::new(AtomicUsize::new(0));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // A second signal ends the process at once (the first one is being honoured).
        signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&stop))
            .context("cannot install the signal handler")?;
        signal_hook::flag::register_usize(sig, Arc::clone(&which), sig as usize)
            .context("cannot install the signal handler")?;
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .context("cannot install the signal handler")?;
    }
    Ok((stop, which))
}

/// Lines of a list in text output: the first few, then how many more.
const LIST_LINES: usize = 10;

fn ingest(cli: &Cli, a: &super::IngestArgs) -> Result<ExitCode> {
    // Before the index folder is made: a mistyped path leaves nothing behind.
    ingest::check_roots(&a.paths)?;
    let (stop, which) = stop_on_signals()?;
    let store = Store::open_or_create(&cli.index)?;
    let options = IngestOptions {
        roots: a.paths.clone(),
        extract: ExtractOptions {
            ocr: !a.no_ocr,
            ocr_cache: Some(cli.index.join("ocr-cache")),
            ..ExtractOptions::default()
        },
        progress: !a.quiet,
        force: a.force,
        stop: Some(Arc::clone(&stop)),
    };
    let mut s = ingest::run(&store, &options)?;
    // A signal during the commit: everything was read, and the exit status still says so.
    s.interrupted |= stop.load(Ordering::SeqCst);
    let signal = if which.load(Ordering::SeqCst) == signal_hook::consts::SIGTERM as usize {
        "SIGTERM"
    } else {
        "SIGINT"
    };
    print_ingest_summary(cli, a, &s, signal);
    if a.json {
        let mut out = output::stdout();
        writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
        out.flush()?;
    }
    // A signal that came at any time during the run, even after the commit.
    if stop.load(Ordering::SeqCst) {
        let sig = which.load(Ordering::SeqCst) as i32;
        return Ok(ExitCode::from(if sig == signal_hook::consts::SIGTERM {
            EXIT_SIGTERM
        } else {
            EXIT_SIGINT
        }));
    }
    Ok(if s.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_PARTIAL)
    })
}

fn print_ingest_summary(cli: &Cli, a: &super::IngestArgs, s: &IngestSummary, signal: &str) {
    let cwd = ingest::working_dir();
    let shown = |p: &str| for_terminal(&ingest::shown_path(p, cwd.as_deref()), false).into_owned();
    let ocr_hint = if a.no_ocr {
        " (OCR is off: scanned pages are read by the next ingest without --no-ocr)"
    } else if !kommission::ocr::available() {
        " (scanned pages need OCR: apt-get install tesseract-ocr tesseract-ocr-swe, then ingest again)"
    } else {
        ""
    };
    if s.interrupted {
        eprintln!(
            "ingest: interrupted by {signal}: stopped taking files, committed what was read (below); {} files not read (the next `kommission ingest` reads them)",
            s.not_done.len()
        );
        for p in s.not_done.iter().take(LIST_LINES) {
            eprintln!("  not read: {}", shown(p));
        }
        if s.not_done.len() > LIST_LINES {
            eprintln!(
                "  not read: … and {} more (--json lists them)",
                s.not_done.len() - LIST_LINES
            );
        }
    }
    eprintln!(
        "ingest: {} ingested ({} pages), {} unchanged, {} removed, {} failed in {:.2} s -> index {}",
        s.ingested.len(),
        s.pages,
        s.unchanged,
        s.removed.len(),
        s.failed.len(),
        s.seconds,
        for_terminal(&cli.index.display().to_string(), false)
    );
    if s.unmapped_glyphs > 0 {
        eprintln!(
            "  {} glyphs without a Unicode mapping were left out of the text",
            s.unmapped_glyphs
        );
    }
    let unsupported: Vec<_> = s
        .skipped
        .iter()
        .filter(|k| k.kind == SkipKind::Unsupported)
        .collect();
    if !unsupported.is_empty() {
        let mut by_ext: BTreeMap<String, usize> = BTreeMap::new();
        for k in &unsupported {
            let ext = match k.extension.as_deref() {
                Some("") | None => "no extension".to_string(),
                Some(e) => format!(".{e}"),
            };
            *by_ext.entry(ext).or_default() += 1;
        }
        let mut counts: Vec<(String, usize)> = by_ext.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let counts: Vec<String> = counts
            .iter()
            .map(|(e, n)| format!("{} {n}", for_terminal(e, false)))
            .collect();
        eprintln!(
            "  skipped: {} {} not read ({}); --json lists them",
            unsupported.len(),
            if unsupported.len() == 1 {
                "file"
            } else {
                "files"
            },
            counts.join(", ")
        );
    }
    for k in s.skipped.iter().filter(|k| k.kind == SkipKind::Unreadable) {
        eprintln!(
            "  skipped: {}: {}",
            shown(&k.path),
            for_terminal(&k.reason, false)
        );
    }
    for id in &s.removed {
        eprintln!("  removed: {}", for_terminal(id, false));
    }
    for f in &s.failed {
        eprintln!(
            "  failed: {}: {}",
            shown(&f.path),
            for_terminal(&f.reason, false)
        );
    }
    for sc in &s.scanned {
        let pages = sc
            .pages
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if sc.ocr {
            // Scans, and pages rendered because their glyphs cannot be read (`PageInfo::needs_ocr`).
            eprintln!(
                "  read by OCR (scanned or unreadable glyphs): {} pages {pages}",
                shown(&sc.path)
            );
        } else {
            eprintln!(
                "  no text layer: {} pages {pages}{}",
                shown(&sc.path),
                ocr_hint
            );
        }
    }
}

fn extract(a: &super::ExtractArgs) -> Result<ExitCode> {
    let range = a.pages;
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
        .filter(|p| range.is_none_or(|r| r.contains(p.number)))
        .collect();
    if let Some(r) = range {
        if pages.is_empty() {
            bail!(
                "{}: has {} pages, none in --pages {r}",
                a.file.display(),
                doc.pages.len(),
            );
        }
    }
    let file = for_terminal(&a.file.display().to_string(), false).into_owned();
    for w in &doc.warnings {
        eprintln!("{file}: warning: {}", for_terminal(w, false));
    }
    for p in &pages {
        if let Some(e) = &p.error {
            eprintln!("{file}: page {}: {}", p.number, for_terminal(e, false));
        }
    }
    let mut out = output::stdout();
    match a.format {
        ViewFormat::Text => {
            // The text as it is for a pipe or a file (like pdftotext); on a terminal, the
            // control characters a document may hold are shown escaped.
            let terminal = stdout_is_terminal();
            for p in &pages {
                if terminal {
                    writeln!(out, "{}", for_terminal(&p.text, true))?;
                } else {
                    writeln!(out, "{}", p.text)?;
                }
                write!(out, "\x0c")?;
            }
        }
        ViewFormat::Json => {
            let pages: Vec<serde_json::Value> = pages
                .iter()
                .map(|p| {
                    // The page as the model writes it (what is empty left out), without the
                    // index's running headers and headings; the source only when not the text
                    // layer; the layout lines (text, x, y, width, size, bold, italic, block) last.
                    let mut v = serde_json::to_value(p)?;
                    if let Some(o) = v.as_object_mut() {
                        o.shift_remove("running");
                        o.shift_remove("headings");
                        if p.source == kommission::model::TextSource::Text {
                            o.shift_remove("source");
                        }
                        let lines = o.shift_remove("lines").unwrap_or_default();
                        o.insert("lines".into(), lines);
                    }
                    Ok(v)
                })
                .collect::<Result<_>>()?;
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
            limit: a.limit,
            offset: usize::try_from(a.offset).unwrap_or(search::MAX_LIMIT),
            kind: a.kind,
            count: a.count,
        },
    )?;
    let hits = &results.hits;
    let mut out = output::stdout();
    if a.count {
        match a.format {
            ViewFormat::Json => writeln!(out, "{{\"total\":{}}}", results.total)?,
            ViewFormat::Text => writeln!(out, "{}", results.total)?,
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    match a.format {
        ViewFormat::Json => {
            for h in hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
        }
        ViewFormat::Text => {
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
                let kind = match &h.number {
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
                    for_terminal(&h.doc, false),
                    for_terminal(&page, false),
                    kind,
                    h.score
                )?;
                if let Some(t) = &h.title {
                    writeln!(out, "    {}", for_terminal(t, false))?;
                }
                writeln!(out, "    {}", highlight(&for_terminal(&h.snippet, false)))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn identifiers(cli: &Cli, a: &IdentifiersArgs) -> Result<ExitCode> {
    let kind: Option<IdentKind> = match &a.kind {
        Some(k) => Some(k.parse().map_err(|_| {
            anyhow::anyhow!(
                "--kind {k}: the kind is one of {}",
                IdentKind::ALL.map(IdentKind::as_str).join(", ")
            )
        })?),
        None => None,
    };
    let store = Store::open(&cli.index)?;
    let rows = query::identifiers_stream(&store, kind, a.doc.as_deref())?;
    list(&a.table, rows)
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

fn show(cli: &Cli, a: &super::ShowArgs) -> Result<ExitCode> {
    let store = Store::open(&cli.index)?;
    let format = a.format;
    let target = match &a.what {
        ShowWhat::Action { number, doc } => Target::Action {
            number: number.trim_end_matches('.'),
            doc: doc.as_deref(),
        },
        ShowWhat::Recommendation { code } => Target::Recommendation(code),
        ShowWhat::Doc { id } => Target::Doc(id),
        ShowWhat::Diary { number } => {
            let view = query::diary(&store, number)?;
            if view.cited.is_empty() {
                bail!("no document cites the diary number {}", view.diary_number);
            }
            return print_view(&view, format);
        }
    };
    let limit = (!a.all).then_some(query::SHOWN_DOCUMENTS);
    print_view(&query::show_in(&store, target, limit)?, format)
}

fn print_view<V: export::View>(view: &V, format: ViewFormat) -> Result<ExitCode> {
    let mut out = output::stdout();
    export::write_view(&mut out, view, format)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
