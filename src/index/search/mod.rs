//! Search: query parsing (words, phrases, AND/OR/-, field filters), Swedish analysis of each
//! word, BM25 ranking with field boosts, page and action hits with highlighted snippets.
//!
//! The query syntax, as users see it, is told by `kommission search --help`
//! (`src/cli/mod.rs`); how each rule works is told where it lives:
//!
//! * `parse`: the lexer and parser into an `Ast` (identifiers are recognised
//!   by [`crate::ident`], in any spacing);
//! * `compile`: an `Ast` to a tantivy query: the analysed words over the fields and their
//!   boosts (below), phrases in any inflection, identifiers as wholes, a rare or absent
//!   compound through its parts and derived forms, two words a word of the index joins, the
//!   bonus of words near each other, the coordination of long queries, typo tolerance;
//! * `run`: the passes (strict, typo-tolerant, filling up with partial matches), the exact
//!   wording of a phrase first, the hits with their page, path and snippet;
//! * `top`: the top hits of one kind without scoring every match; `snippet`: the snippet.
//!
//! Every word is analysed with the index's Swedish analyzer ([`super::analyzer`]), so stems,
//! variants and compound parts match; the snippet marks the matched words `**like this**`.

mod compile;
mod parse;
mod run;
mod snippet;
mod top;

use serde::Serialize;
use tantivy::Score;

pub use run::{run, search};

/// What kind of hits to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    Page,
    Action,
    #[default]
    All,
}

impl KindFilter {
    /// Every filter, with its name ([`std::str::FromStr`]) and what it keeps.
    pub const ALL: [(KindFilter, &'static str, &'static str); 3] = [
        (KindFilter::Page, "page", ""),
        (KindFilter::Action, "action", ""),
        (KindFilter::All, "all", ""),
    ];
}

impl std::str::FromStr for KindFilter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        crate::export::choose(&KindFilter::ALL, s)
    }
}

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: String,
    /// Most hits to return (at most [`MAX_LIMIT`]; 0 returns none).
    pub limit: usize,
    /// Hits to skip first (for paging).
    pub offset: usize,
    pub kind: KindFilter,
    /// Count every match ([`SearchResults::total`] exact). Without it, a search that fills
    /// its hits stops early and the total is a lower bound.
    pub count: bool,
}

/// The hits of one search and how many hits match every word.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    /// Pages and actions that match the whole query (partial hits not counted): exact when
    /// `total_exact`, else at least this many (see [`SearchRequest::count`]).
    pub total: usize,
    /// Whether `total` counts every match: when asked to, or when fewer matched than were
    /// collected.
    pub total_exact: bool,
}

/// One ranked hit. Matched words in `snippet` are marked `**like this**`.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub doc: String,
    pub title: Option<String>,
    /// "page" or "action".
    pub kind: String,
    /// The action's number as printed ("5", "1.1"), for action hits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub page: Option<u32>,
    /// The document's file, as an absolute path.
    pub path: String,
    /// `file:///…/x.pdf#page=N`: opens the file at the page.
    pub uri: String,
    pub label: Option<String>,
    pub score: f32,
    pub snippet: String,
    /// The page's text was read by OCR (a scanned page): words may be misread.
    pub ocr: bool,
    /// Mean OCR word confidence of the page (0–100), for OCR'd pages.
    pub ocr_confidence: Option<f32>,
    /// The hit matches only some of the query's words (it follows the full matches).
    pub partial: bool,
    /// For a partial hit: the words of the query it matches.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub matched: Vec<String>,
}

/// Field boosts: headings and titles weigh more than running text.
const BOOST_TEXT: Score = 1.0;
const BOOST_HEADING: Score = 2.0;
const BOOST_TITLE: Score = 1.5;
/// The document's title on each of its pages (see `compile::Compiler::weigh`).
const BOOST_PAGE_TITLE: Score = 0.5;
const BOOST_SECTION: Score = 0.8;
/// Running headers and footers: searchable, but not what the page is about.
const BOOST_RUNNING: Score = 0.3;
/// Action hits against page hits: an action is a short text (a title and a body), which
/// BM25 favours; this weight puts an action that matches in its title and body level with
/// a page that is about the same thing.
const ACTION_WEIGHT: Score = 0.6;
/// Weight of a series number found without its series ("(1999:175)" for "SFS 1999:175").
const BOOST_CITED: Score = 0.5;
/// The score an identifier adds on a page of the document whose own number it is (its file
/// name's or its running header's), a constant: "Ds 1998:10" finds the report's pages before
/// the list of files that names it in its text.
const BOOST_OWN: Score = 10.0;
/// Weight of the pages that contain a quoted phrase in the exact wording.
const EXACT_PHRASE_WEIGHT: Score = 1.5;
/// A compound query word whose term stands on at most this many pages or actions is also
/// tried as two parts found in the index.
const RARE_DOCS: u64 = 2;
/// Most longer compounds a rare query word is also tried as ("vindkraft" → "vindkraftverk").
const MAX_LONGER: usize = 16;
/// Most positions between the two parts of a split compound ("inventering av varg").
const PARTS_SLOP: u32 = 3;
/// Weight of a compound query word matched through its parts rather than as a whole.
const BOOST_PARTS: Score = 0.6;
/// Weight of the `compound` field, where a word also stands as a part of compounds: a page
/// with the word itself scores in the text fields and here, a page with the word only inside
/// compounds scores here alone.
const BOOST_COMPOUND: Score = 0.5;
/// Endings of words derived from a compound's part that Snowball does not stem away: verbs
/// in -era ("kontroll" → "kontrollera", stem "kontroller"), their nouns in -ering, and
/// adjectives in -isk. A rare compound's parts are looked for in these forms too.
const DERIVATIONS: &[&str] = &["er", "ering", "isk"];
/// Endings of verbal nouns (minskning, hantering, gallring): a rare compound's part with one
/// of them is also looked for as its verb's stem, which Snowball gives for every form of the
/// verb (minska, minskar, minskade → "minsk").
const NOMINALIZATIONS: &[&str] = &["ning", "ing"];
/// Endings of nouns of a quality (skyldighet, hållbarhet): a rare compound's part with one
/// of them is also looked for as its adjective (skadeståndsskyldighet finds "skyldig att
/// betala skadestånd"). The analyzer keeps the noun's own stem apart from the adjective's,
/// so a word typed alone does not find its adjective.
const QUALITIES: &[&str] = &["het"];
/// Weight of a rare compound query word found as its parts near each other (in two words).
const BOOST_NEAR: Score = 0.3;
/// Weight of a rare compound query word whose parts both stand on the page, but apart.
const BOOST_APART: Score = 0.15;
/// Weight, against the part itself, of a rare compound's first part found as the first part
/// of another compound of the index ("fond" of fondförvaltning in "fondförvaltare").
const BOOST_LONGER_PART: Score = 0.5;
/// Weight of a quoted phrase's words found apart (the hits that fill up after the phrase's).
const BOOST_PHRASE_WORDS: Score = 0.5;
/// Weight of the bonus for two words of a query standing near each other (see
/// `compile::Compiler::proximity`), per pair and order.
const BOOST_PROXIMITY: Score = 0.5;
/// Most positions between two query words that count as near (a window of about a clause,
/// as the unordered window of 8 of the sequential dependence model).
const PROXIMITY_SLOP: u32 = 6;
/// Most words of a query whose pairs are scored for proximity (the pairs grow as n²).
const PROXIMITY_WORDS: usize = 5;
/// From this many words and phrases on, a query without operators matches pages that have
/// all but a quarter of them (see `compile`, `Ast::And`).
const MOST_WORDS_FROM: usize = 4;
/// The coordination factor of the partial matches that fill up after the full ones: the
/// words of a page that lacks one word more than a full match count this much more (see
/// `compile`, `Ast::And`).
const BOOST_COORDINATION: Score = 1.0;
/// Of a long query that matches pages missing a quarter of its words (see
/// [`MOST_WORDS_FROM`]), the pages with every word count 1 + this much: "utredaren ska
/// analysera sanktionsavgifter" ranks the page with all four above the pages with three.
const BOOST_ALL_WORDS: Score = 1.0;
/// Weight of a loan word's or an abbreviation's Swedish form (`loan_words_sv.txt`).
const BOOST_SYNONYM: Score = 0.5;
/// Weight of a typo-tolerant match.
const BOOST_FUZZY: Score = 0.5;
/// Most hits one search returns, whatever the request asks.
pub const MAX_LIMIT: usize = 10_000;
/// Snippet length, in characters.
const SNIPPET_CHARS: usize = 220;
