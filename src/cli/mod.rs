//! Command-line definitions (clap) and dispatch to the subcommands. Exit codes: 0 success
//! (also when the reader of stdout goes away early, as with `| head`), 1 a fatal error, 2 a
//! usage error (every value is checked by clap's parsers), 3 an ingest where some files
//! failed (the others were ingested), 130/143 an ingest stopped by SIGINT/SIGTERM (what was
//! read is committed). Strings from files are shown through `output::for_terminal` in every
//! human-readable output; JSON stays exact.

mod check;
mod commands;
mod export;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use kommission::export::{Format, ViewFormat};
use kommission::index::search::KindFilter;

/// A clap value parser for a library type's choices `(value, name, help)` (the library does
/// not depend on clap: its types list their names and parse them with `FromStr`).
pub(crate) fn choices<T: Copy + Send + Sync + 'static>(
    all: &'static [(T, &'static str, &'static str)],
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(all.iter().map(|&(_, name, help)| {
        let value = PossibleValue::new(name);
        if help.is_empty() {
            value
        } else {
            value.help(help)
        }
    }))
    .try_map(move |name: String| kommission::export::choose(all, &name))
}

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
    /// Read files and folders (pdf, html, htm, txt, md, docx, odt) into the index, incrementally.
    ///
    /// Unchanged files are skipped, changed files replaced, and documents whose files are gone
    /// from the given folders removed. A document is its file: the same file reached by
    /// another path (relative, absolute, through a symlink, from another folder) is the same
    /// document. Files of other types and entries that cannot be read (dangling links, loops,
    /// FIFOs, unreadable folders) are listed as skipped; hidden files and folders (.name) are
    /// passed over. Ctrl-C (or SIGTERM) stops taking new files and commits what is done
    /// (exit status 130, or 143); the next run continues. Exit status 3 when some files
    /// failed (the others are ingested).
    Ingest(IngestArgs),
    /// Print the text of a file page by page, without touching the index.
    Extract(ExtractArgs),
    /// Search the index; page-level hits with highlighted snippets.
    ///
    /// Words are ANDed: every hit has every word, in any Swedish form or as a compound part
    /// (forskningscirkel finds forskningscirklar, screening finds screeningprogram); a page
    /// with the word itself ranks above one that has it only inside compounds. Nouns in -else
    /// and -het are words of their own: styrelsen does not find styra or styrande, myndighet
    /// does not find myndig; rollatorn finds rollator; "fukt- och mögelskador" holds
    /// fuktskador. Of four or more
    /// words typed without AND/OR, a hit may miss a quarter, of its lightest words (3 of 4,
    /// 4 of 5: "Högsta domstolen fastställer hovrättens domslut" finds "hovrättens domslut
    /// står fast"; a page without the rarest word is only a partial match; a compound no page
    /// has counts there as its parts found together; the word after "hur" only ranks: "hur ofta
    /// ska uppföljning ske" finds "uppföljning ska ske varje år"). Pages
    /// where the words stand near each other rank above pages with the same words apart. When fewer
    /// hits than --limit have them all, hits with only some of the words follow, marked
    /// "partial" with the words they matched, those that miss the fewest words first. A rare
    /// compound is also looked for as its parts
    /// near each other (varginventering finds "inventering av varg"; a definite form too:
    /// arbetsmiljöansvaret finds "ansvaret för arbetsmiljöuppgifter"), then anywhere on the
    /// page, also in derived forms (biljettkontroll finds "kontrollera biljetterna"), and as
    /// the first part of longer compounds, also after a linking letter (vindkraft finds
    /// vindkraftverk, ombyggnadslån finds ombyggnadslåneförordningen); its first part also
    /// inside other compounds (arkivgallring finds "gallring ... enligt arkivförordningen"),
    /// also when it stands nowhere else (ädelmetallhandel finds "handel med
    /// ädelmetallarbeten"); a plural head also in its bare form (fondregler finds
    /// fondregelverket); a word that stands nowhere else, at the end of compounds (lysrör
    /// finds kompaktlysrör). A rare compound is cut where its parts stand together on most
    /// pages (hästavel: häst + avel, not hästa + vel); two words typed apart that one word of
    /// the index joins find it too ("fond regelverk" finds fondregelverket); a rare word also
    /// finds its derived forms (undervisa finds undervisning), and any verb in -era its noun in
    /// -ation (informera finds information); a loan word or an abbreviation
    /// also finds its Swedish forms (email finds e-post, FN "Förenta nationerna"). A word typed alone that fewer hits than --limit have is followed
    /// by pages with its parts near each other, a hyphenated word (e-biljett) by pages with
    /// its words apart, marked "partial".
    ///
    /// "a phrase": the words in this order, each in any inflection ("fossila bränslen" finds
    /// "fossilt bränsle"); the exact wording ranks first; stop words inside a phrase count
    /// ("för att"). When fewer hits than --limit have the phrase, pages with its words apart
    /// follow, marked "partial".
    ///
    /// a OR b, a AND b, -word or NOT word, ( ... ).
    ///
    /// Identifiers match as wholes, in any spacing: KS 2013/375, Dnr KS-2020-00123, SFS
    /// 1999:175, prop. 2012/13:144, dir. 2014:139, NFS 2007:10, 92/57/EEG, 14 §, 2.2.3.3. A
    /// series number may be typed with a space, a hyphen or a slash for the colon, as file
    /// names write it ("dir 2014 158", "nfs-2007-10", "AMSFS 2007/2", "prop-2012-13-187"); a
    /// document whose file name carries its number is found on every page, and the document
    /// whose own number it is (its file name's, its running header's) ranks above the pages
    /// that cite it. A court case
    /// number (T 3592-13, mål nr B 1234-05, Ö 123-20, UM 1234-21) is one identifier too,
    /// typed glued (T11891-11), in lower case or with "mål nr" before it.
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
    /// Verify the index (checksums of every file, metadata, records against the source files);
    /// --repair rebuilds what cannot be trusted.
    ///
    /// Exit status 0 when the index is sound and current (or was repaired), 1 when it is
    /// damaged, 3 when source files changed or are gone since they were ingested.
    Check(check::CheckArgs),
    /// Official identifiers cited in the documents: diary numbers ("KS 2013/375"), paragraph
    /// references ("KS § 110/2013"), statutes ("SFS 1999:175", "3 kap. 14 §"), bills,
    /// directives, EU acts and cited recommendation codes; one row per document and page.
    Identifiers(IdentifiersArgs),
    /// The index for other systems: pages (JSONL/JSON/CSV), a SQLite database, OpenSearch bulk.
    Export(export::ExportArgs),
}

#[derive(Debug, Args)]
pub struct IdentifiersArgs {
    /// Only identifiers of this kind: diary, paragraph, law-section, recommendation, sfs,
    /// proposition, directive, ds, sou, afs, regulation (an agency's statute book: NFS 2007:10),
    /// eu-act, case-number (a court's: T 3592-13).
    #[arg(long)]
    pub kind: Option<String>,
    /// Only identifiers of this document.
    #[arg(long)]
    pub doc: Option<String>,
    #[command(flatten)]
    pub table: TableArgs,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or folders to ingest.
    #[arg(default_value = "corpus")]
    pub paths: Vec<PathBuf>,
    /// Do not run OCR on pages without a text layer (they are OCR'd by a later ingest
    /// without this flag).
    #[arg(long)]
    pub no_ocr: bool,
    /// Read every file under the given paths again, even when it has not changed.
    #[arg(long)]
    pub force: bool,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The file to read (pdf, html, htm, txt, md, docx, odt).
    pub file: PathBuf,
    /// text: pages separated by form feeds (like pdftotext); json: pages with numbers and labels.
    #[arg(long, value_parser = choices(&ViewFormat::ALL), default_value = "text")]
    pub format: ViewFormat,
    /// Only these physical pages: N or N-M (1-based).
    #[arg(long, value_parser = page_range)]
    pub pages: Option<PageRange>,
    /// Do not run OCR on pages without a text layer.
    #[arg(long)]
    pub no_ocr: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (all remaining words).
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Most hits to show (0 shows none: with --count, only the number).
    #[arg(long, short = 'n', default_value_t = 10, allow_negative_numbers = true, value_parser = hit_count)]
    pub limit: usize,
    /// Hits to skip first (for paging: --offset 10 shows hits 11 to 20).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub offset: u64,
    /// Print only the number of pages and actions that match the whole query.
    #[arg(long)]
    pub count: bool,
    /// Which hits: pages, actions or both.
    #[arg(long, value_parser = choices(&KindFilter::ALL), default_value = "all")]
    pub kind: KindFilter,
    /// text: a ranked list for people; json: one object per line.
    #[arg(long, value_parser = choices(&ViewFormat::ALL), default_value = "text")]
    pub format: ViewFormat,
}

#[derive(Debug, Args, Clone)]
pub struct TableArgs {
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, value_parser = choices(&Format::ALL))]
    pub format: Option<Format>,
    /// CSV field delimiter, one ASCII character (e.g. ';' for spreadsheet programs in
    /// Swedish locales).
    #[arg(long, default_value = ",", value_parser = ascii_char)]
    pub delimiter: char,
    /// Start CSV output with a UTF-8 byte-order mark (helps Excel recognise UTF-8).
    #[arg(long)]
    pub bom: bool,
    /// Tables: every column (e.g. the hash of `docs`) and every cell in full, not fitted to
    /// the terminal's width.
    #[arg(long)]
    pub wide: bool,
}

/// Physical pages N to M (1-based, inclusive), from `--pages N` or `--pages N-M`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRange {
    pub first: u32,
    pub last: u32,
}

impl PageRange {
    pub fn contains(&self, page: u32) -> bool {
        page >= self.first && page <= self.last
    }
}

impl std::fmt::Display for PageRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}-{}", self.first, self.last)
        }
    }
}

/// Parse "N" or "N-M" (1-based, N <= M); a usage error (exit status 2) otherwise.
fn page_range(spec: &str) -> Result<PageRange, String> {
    let bad = || format!("expected N or N-M with 1 <= N <= M, e.g. 3 or 16-21, not '{spec}'");
    let (a, b) = match spec.split_once('-') {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (spec.trim(), spec.trim()),
    };
    let first: u32 = a.parse().map_err(|_| bad())?;
    let last: u32 = b.parse().map_err(|_| bad())?;
    if first == 0 || last < first {
        return Err(bad());
    }
    Ok(PageRange { first, last })
}

/// A number of hits: 0 or more.
fn hit_count(s: &str) -> Result<usize, String> {
    s.trim()
        .parse::<usize>()
        .map_err(|_| format!("expected a number of hits, 0 or more (e.g. --limit 20), not '{s}'"))
}

/// One ASCII character (CSV delimiters are single bytes).
fn ascii_char(s: &str) -> Result<char, String> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() && c != '"' && c != '\n' && c != '\r' => Ok(c),
        _ => Err(format!(
            "expected one ASCII character such as ',' or ';' (not a quote or a line break), not '{s}'"
        )),
    }
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
    #[arg(long, value_parser = choices(&ViewFormat::ALL), default_value = "text", global = true)]
    pub format: ViewFormat,
    /// Every link: without it, the links of the first 20 documents of each direction are
    /// listed, and how many more there are.
    #[arg(long, global = true)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum ShowWhat {
    /// An action by number.
    Action {
        /// The number as printed: 5, 1.1, A.3.
        #[arg(value_parser = action_number)]
        number: String,
        /// The document the action belongs to (needed when several documents number actions).
        #[arg(long)]
        doc: Option<String>,
    },
    /// A commission recommendation by code (e.g. 2.2.3.3).
    Recommendation { code: String },
    /// A document by id.
    Doc { id: String },
    /// Every document and page that cites a diary number, in any spelling ("KS 2013/375",
    /// "KS2013/375", "Dnr. KS 2013/375" are one number).
    Diary { number: String },
}

/// Exit status for an ingest where some files failed.
pub const EXIT_PARTIAL: u8 = 3;

/// Exit status of an ingest stopped by SIGINT (128 + the signal's number).
pub const EXIT_SIGINT: u8 = 130;
/// Exit status of an ingest stopped by SIGTERM.
pub const EXIT_SIGTERM: u8 = 143;

/// Run the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // A damaged index file can make tantivy panic while it reads (a slice past the file's
    // end, from scribbled bytes): such a panic is the damage it is, reported as such (the file
    // named, the way out), not as a crash. Any other panic stays one.
    // A panic inside tantivy's crates (tantivy-*, ownedbytes) is told after it unwound (the
    // index verified then); every other panic is printed where it happens, as before (a PDF's
    // panic caught per file).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let file = info.location().map(|l| l.file()).unwrap_or("");
        if !(file.contains("/tantivy") || file.contains("/ownedbytes-")) {
            hook(info)
        }
    }));
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| commands::run(&cli)));
    let ran = ran.unwrap_or_else(|panic| {
        let damage = kommission::index::check::describe_damage(&cli.index);
        if damage.is_empty() {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            eprintln!("kommission: internal error in the index library: {what}");
            std::panic::resume_unwind(panic)
        }
        Err(kommission::index::IndexError::Damaged {
            path: cli.index.clone(),
            damage,
        }
        .into())
    });
    match ran {
        // The reader of our output went away (`kommission actions | head`): not an error.
        _ if output::reader_gone() => ExitCode::SUCCESS,
        Ok(code) => code,
        Err(e) => {
            let closed = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if closed {
                return ExitCode::SUCCESS;
            }
            // Messages name files and quote their contents: never raw control characters.
            eprintln!(
                "kommission: error: {}",
                output::for_terminal(&format!("{e:#}"), true)
            );
            ExitCode::from(1)
        }
    }
}

/// An action number as printed: digits and letters in dotted parts, at least one digit.
fn action_number(s: &str) -> Result<String, String> {
    let n = s.trim().trim_end_matches('.');
    let ok = n.chars().any(|c| c.is_ascii_digit())
        && n.split('.')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric));
    if ok {
        Ok(n.to_string())
    } else {
        Err(format!("'{s}' is not an action number (e.g. 5, 1.1, A.3)"))
    }
}
