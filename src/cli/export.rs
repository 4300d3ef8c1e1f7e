//! `kommission export`: the index for other systems — pages (JSONL/JSON/CSV), one SQLite
//! database, OpenSearch `_bulk` NDJSON and its index template.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use kommission::export::opensearch::{self, DEFAULT_INDEX};
use kommission::export::pages::{self, PagesFormat, PathResolver};
use kommission::export::sqlite;
use kommission::index::Store;

use super::Cli;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
    /// Folder the stored relative paths are relative to (where `ingest` ran) [default: the
    /// current folder when the files are there, else the folder holding the index].
    #[arg(long, global = true)]
    pub base: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// One record per page: doc, path, uri (file://…#page=N), page, label, title, kind, text,
    /// source, ocr, ocr_confidence, actions, recommendations, diary_numbers, links.
    Pages {
        /// Only the pages of this document.
        #[arg(long)]
        doc: Option<String>,
        #[arg(long, value_parser = super::choices(&PagesFormat::ALL), default_value = "jsonl")]
        format: PagesFormat,
    },
    /// One SQLite database (tables docs, pages, pages_fts, actions, recommendations,
    /// action_recommendations, protocols, identifiers, links); FILE is replaced atomically.
    Sqlite {
        /// The database file to write.
        file: PathBuf,
    },
    /// OpenSearch/Elasticsearch `_bulk` NDJSON (one action line and one source line per page,
    /// action and protocol paragraph, with stable ids), or its index template.
    Opensearch {
        /// The index the bulk lines name (and the template's index pattern).
        #[arg(long, default_value = DEFAULT_INDEX)]
        index_name: String,
        /// Print the index template (`PUT _index_template/NAME`) instead of the bulk lines.
        #[arg(long, conflicts_with = "query")]
        template: bool,
        /// Print the `_search` body that asks OpenSearch what `kommission search QUERY` asks.
        #[arg(long)]
        query: Option<String>,
        /// Only the records of this document.
        #[arg(long)]
        doc: Option<String>,
    },
}

pub fn run(cli: &Cli, a: &ExportArgs) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    // Template and query need no index.
    if let ExportWhat::Opensearch {
        index_name,
        template,
        query,
        ..
    } = &a.what
    {
        let json = match query {
            _ if *template => Some(opensearch::template(index_name)),
            Some(q) => Some(opensearch::query_body(q, 10)),
            None => None,
        };
        if let Some(json) = json {
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
    }
    let store = Store::open(&cli.index)?;
    let resolver = PathResolver::new(&cli.index, a.base.as_deref());
    let start = std::time::Instant::now();
    match &a.what {
        ExportWhat::Pages { doc, format } => {
            let n = pages::write_pages(&store, doc.as_deref(), *format, &resolver, &mut out)?;
            out.flush()?;
            eprintln!(
                "export pages: {n} pages in {:.2} s",
                start.elapsed().as_secs_f64()
            );
        }
        ExportWhat::Sqlite { file } => {
            let s = sqlite::export_sqlite(&store, file, &resolver)
                .with_context(|| format!("export sqlite {}", file.display()))?;
            eprintln!(
                "export sqlite: {} docs, {} pages, {} actions, {} recommendations, {} protocols, \
                 {} identifiers, {} links in {:.2} s -> {}",
                s.docs,
                s.pages,
                s.actions,
                s.recommendations,
                s.protocols,
                s.identifiers,
                s.links,
                start.elapsed().as_secs_f64(),
                file.display()
            );
        }
        ExportWhat::Opensearch {
            index_name, doc, ..
        } => {
            let s =
                opensearch::write_bulk(&store, doc.as_deref(), index_name, &resolver, &mut out)?;
            out.flush()?;
            eprintln!(
                "export opensearch: {} pages, {} actions, {} protocols in {:.2} s",
                s.pages,
                s.actions,
                s.protocols,
                start.elapsed().as_secs_f64()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
