//! Command-line definitions (clap) and dispatch to the subcommands. Exit codes: 0 success,
//! 1 a fatal error, 2 a usage error, 3 an ingest where some files failed (the others were
//! ingested).

mod commands;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use kommission::export::Format;
use kommission::index::search::KindFilter;

/// Turn commission material (Swedish PDF reports, council protocols, web pages) into
/// searchable, structured, linked data.
///
/// Typical use: `kommission ingest corpus/` once (and again whenever files change), then
/// `kommission search ...`, `kommission actions`, `kommission show action 5`.
#[derive(Debug, Parser)]
#[command(name = "kommission", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// Index directory (created by `ingest`).
    #[arg(long, global = true, env = "KOMMISSION_INDEX", default_value = "index")]
    pub index: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read files and folders (pdf, html, htm, txt, md) into the index, incrementally.
    ///
    /// Unchanged files are skipped, changed files replaced, and documents whose files are gone
    /// from the given folders removed. Exit status 3 when some files failed (the others are
    /// ingested).
    Ingest(IngestArgs),
    /// Print the text of a file page by page, without touching the index.
    Extract(ExtractArgs),
    /// Search the index; page-level hits with highlighted snippets.
    ///
    /// Words are ANDed: every hit has every word, in any Swedish form or as a compound part
    /// (forskningscirkel finds forskningscirklar, screening finds screeningprogram). When fewer
    /// hits than --limit have them all, hits with only some of the words follow, marked
    /// "partial" with the words they matched. A rare compound is also looked for as its parts
    /// near each other (varginventering finds "inventering av varg").
    ///
    /// "a phrase": the words in this order, each in any inflection ("fossila bränslen" finds
    /// "fossilt bränsle"); the exact wording ranks first; stop words inside a phrase count
    /// ("för att").
    ///
    /// a OR b, a AND b, -word or NOT word, ( ... ).
    ///
    /// Identifiers match as wholes, in any spacing: KS 2013/375, Dnr KS-2020-00123, SFS
    /// 1999:175, prop. 2012/13:144, dir. 2014:139, 92/57/EEG, 14 §, 2.2.3.3.
    ///
    /// Filters restrict the hits, never add any: doc:ID, kind:page|action|report|protocol|web|text,
    /// action:N, code:2.2.3.3.
    ///
    /// The words of the command line are the query: `kommission search barn rätt`. Quote a
    /// query with -word, or put it after `--`: `kommission search 'barn -hälsa'`.
    Search(SearchArgs),
    /// The numbered actions of the ingested reports.
    Actions(ActionsArgs),
    /// The commission recommendations cited, with the actions and documents citing them.
    Recommendations(TableArgs),
    /// Protocol paragraphs (Protokollsutdrag): body, date, §, title, diary numbers, decisions.
    Protocols(TableArgs),
    /// The ingested documents and their status.
    Docs(TableArgs),
    /// Everything known about an action, a recommendation or a document, with its links.
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or folders to ingest.
    #[arg(default_value = "corpus")]
    pub paths: Vec<PathBuf>,
    /// Do not run OCR on pages without a text layer.
    #[arg(long)]
    pub no_ocr: bool,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TextFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The file to read (pdf, html, htm, txt, md).
    pub file: PathBuf,
    /// text: pages separated by form feeds (like pdftotext); json: pages with numbers and labels.
    #[arg(long, value_enum, default_value = "text")]
    pub format: TextFormat,
    /// Only these physical pages: N or N-M (1-based).
    #[arg(long)]
    pub pages: Option<String>,
    /// Do not run OCR on pages without a text layer.
    #[arg(long)]
    pub no_ocr: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (all remaining words).
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Most hits to show (1 to 10000).
    #[arg(long, short = 'n', default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub limit: u64,
    /// Hits to skip first (for paging: --offset 10 shows hits 11 to 20).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub offset: u64,
    /// Print only the number of pages and actions that match the whole query.
    #[arg(long)]
    pub count: bool,
    /// Which hits: pages, actions or both.
    #[arg(long, value_enum, default_value = "all")]
    pub kind: KindFilter,
    /// text: a ranked list for people; json: one object per line.
    #[arg(long, value_enum, default_value = "text")]
    pub format: TextFormat,
}

#[derive(Debug, Args, Clone)]
pub struct TableArgs {
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// CSV field delimiter (e.g. ';' for spreadsheet programs in Swedish locales).
    #[arg(long, default_value = ",")]
    pub delimiter: char,
    /// Start CSV output with a UTF-8 byte-order mark (helps Excel recognise UTF-8).
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Only actions of this document.
    #[arg(long)]
    pub doc: Option<String>,
    #[command(flatten)]
    pub table: TableArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(subcommand)]
    pub what: ShowWhat,
    /// text for people, json for programs.
    #[arg(long, value_enum, default_value = "text", global = true)]
    pub format: TextFormat,
}

#[derive(Debug, Subcommand)]
pub enum ShowWhat {
    /// An action by number.
    Action {
        number: u32,
        /// The document the action belongs to (needed when several documents number actions).
        #[arg(long)]
        doc: Option<String>,
    },
    /// A commission recommendation by code (e.g. 2.2.3.3).
    Recommendation { code: String },
    /// A document by id.
    Doc { id: String },
}

/// Exit status for an ingest where some files failed.
pub const EXIT_PARTIAL: u8 = 3;

/// Run the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(&cli) {
        Ok(code) => code,
        Err(e) => {
            // The reader of our output went away (`kommission actions | head`): not an error.
            let closed = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if closed {
                return ExitCode::SUCCESS;
            }
            eprintln!("kommission: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
