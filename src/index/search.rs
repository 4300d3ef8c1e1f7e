//! Search: query parsing (words, phrases, AND/OR/-, field filters, typo tolerance), BM25
//! ranking with title boosts, page-level hits with highlighted snippets.
//!
//! Query syntax:
//!
//! * `word word` — every word (AND); when fewer pages than asked for match them all, pages
//!   that match only some of the words follow, marked partial with the words they matched;
//! * `"a phrase"` — the words in this order, each in any inflection ("fossila bränslen"
//!   finds "fossilt bränsle"); the exact wording ranks first; stop words inside a phrase
//!   count ("för att");
//! * `a AND b`, `a OR b`, `-word` or `NOT word`, `( … )` — explicit logic;
//! * `doc:ID`, `kind:page|action|report|protocol|web|text`, `action:N`, `code:2.2.3.3` —
//!   filters: they restrict the hits, never add any;
//! * identifiers are matched as wholes, in any spacing: diary numbers (`KS 2013/375`,
//!   `Dnr KS-2020-00123`, `STK-2019-1535`), series numbers (`SFS 1999:175`,
//!   `prop. 2012/13:144`, `dir. 2014:139`), EU acts (`92/57/EEG`), paragraphs (`14 §`,
//!   `§ 216`), recommendation codes (`2.2.3.3`) and document ids;
//! * a compound word that is rare or absent in the index is also tried as its parts near
//!   each other, in either order (`varginventering` finds "inventering av varg");
//! * when nothing matches, words of 5+ letters are retried with typo tolerance (edit
//!   distance 1, or 2 for 9+ letters; never in the first letter).
//!
//! Every word is analysed with the index's Swedish analyzer ([`super::analyzer`]), so stems,
//! variants and compound parts match; the snippet marks the matched words `**like this**`.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RegexPhraseQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::analyzer::{analyze, for_each_word, AnalyzedWord, TokenKind, WordView};
use super::schema::{
    Fields, HIT_ACTION, HIT_KIND_FIELD, HIT_PAGE, KIND_ACTION, KIND_DOC, KIND_PAGE, RANK_FIELD,
};
use super::{IndexError, Store};

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
}

/// The hits of one search and how many hits match every word.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    /// Pages and actions that match the whole query (partial hits not counted).
    pub total: usize,
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
const BOOST_SECTION: Score = 0.8;
/// Running headers and footers: searchable, but not what the page is about.
const BOOST_RUNNING: Score = 0.3;
/// Action hits against page hits: an action is a short text (a title and a body), which
/// BM25 favours; this weight puts an action that matches in its title and body level with
/// a page that is about the same thing.
const ACTION_WEIGHT: Score = 0.6;
/// Weight of a series number found without its series ("(1999:175)" for "SFS 1999:175").
const BOOST_CITED: Score = 0.5;
/// Weight of the pages that contain a quoted phrase in the exact wording.
const EXACT_PHRASE_WEIGHT: Score = 1.5;
/// A compound query word whose term stands on at most this many pages or actions is also
/// tried as two parts found in the index.
const RARE_DOCS: u64 = 2;
/// Most positions between the two parts of a split compound ("inventering av varg").
const PARTS_SLOP: u32 = 3;
/// Weight of a compound query word matched through its parts rather than as a whole.
const BOOST_PARTS: Score = 0.6;
/// Weight of a rare compound query word found as its parts near each other (in two words).
const BOOST_NEAR: Score = 0.3;
/// Weight of a typo-tolerant match.
const BOOST_FUZZY: Score = 0.5;
/// Most hits one search returns, whatever the request asks.
pub const MAX_LIMIT: usize = 10_000;
/// Snippet length, in characters.
const SNIPPET_CHARS: usize = 220;

// ---------------------------------------------------------------- parsing

#[derive(Debug, Clone, PartialEq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    /// An identifier: its key and its words as written.
    Ident(String, String),
    Field(String, String),
    And,
    Or,
    Not,
    Open,
    Close,
}

#[derive(Debug, Clone, PartialEq)]
struct Lex {
    lexeme: Lexeme,
    /// Character position in the query (0-based).
    pos: usize,
}

const FIELDS: &[&str] = &["doc", "kind", "action", "code"];

fn syntax(msg: String) -> IndexError {
    IndexError::Syntax(msg)
}

fn lex(query: &str) -> Result<Vec<Lex>, IndexError> {
    let chars: Vec<char> = query.chars().collect();
    // Identifiers (which may hold spaces and punctuation), by the character they start at.
    let char_at: std::collections::HashMap<usize, usize> = query
        .char_indices()
        .enumerate()
        .map(|(ci, (bi, _))| (bi, ci))
        .chain(std::iter::once((query.len(), chars.len())))
        .collect();
    let idents: std::collections::HashMap<usize, (usize, String, String)> =
        super::analyzer::identifiers(query, true)
            .into_iter()
            .filter_map(|id| {
                let from = *char_at.get(&id.from)?;
                let to = *char_at.get(&id.to)?;
                let surface = query.get(id.from..id.to)?.to_string();
                Some((from, (to, id.key, surface)))
            })
            .collect();
    let mut out = Vec::new();
    let mut i = 0;
    let is_break = |c: char| c.is_whitespace() || c == '(' || c == ')' || c == '"';
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let pos = i;
        if let Some((to, key, surface)) = idents.get(&i) {
            out.push(Lex {
                lexeme: Lexeme::Ident(key.clone(), surface.clone()),
                pos,
            });
            i = *to;
            continue;
        }
        match c {
            '(' => {
                out.push(Lex {
                    lexeme: Lexeme::Open,
                    pos,
                });
                i += 1;
            }
            ')' => {
                out.push(Lex {
                    lexeme: Lexeme::Close,
                    pos,
                });
                i += 1;
            }
            '"' => {
                let (text, next) = read_phrase(&chars, i)?;
                out.push(Lex {
                    lexeme: Lexeme::Phrase(text),
                    pos,
                });
                i = next;
            }
            '§' => {
                // "§ 216" / "§216": a paragraph number.
                let mut j = i + 1;
                while chars.get(j).is_some_and(|c| *c == ' ') {
                    j += 1;
                }
                let digits_start = j;
                while chars.get(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                let digits: String = chars.get(digits_start..j).unwrap_or(&[]).iter().collect();
                if digits.is_empty() {
                    i += 1; // a lone '§' is punctuation
                } else {
                    out.push(Lex {
                        lexeme: Lexeme::Field("paragraph".into(), digits),
                        pos,
                    });
                    i = j;
                }
            }
            '-' => {
                if chars
                    .get(i + 1)
                    .is_some_and(|&n| !n.is_whitespace() && n != ')')
                {
                    out.push(Lex {
                        lexeme: Lexeme::Not,
                        pos,
                    });
                }
                // A lone '-' (as in "hälso - och") is punctuation.
                i += 1;
            }
            _ => {
                let start = i;
                while chars.get(i).is_some_and(|&c| !is_break(c)) {
                    i += 1;
                }
                let word: String = chars.get(start..i).unwrap_or(&[]).iter().collect();
                let lexeme = match word.as_str() {
                    "AND" | "&&" => Lexeme::And,
                    "OR" | "||" => Lexeme::Or,
                    "NOT" => Lexeme::Not,
                    _ => match word.split_once(':') {
                        Some((name, value)) if FIELDS.contains(&name.to_lowercase().as_str()) => {
                            let name = name.to_lowercase();
                            if value.is_empty() {
                                if chars.get(i) == Some(&'"') {
                                    let (text, next) = read_phrase(&chars, i)?;
                                    i = next;
                                    Lexeme::Field(name, text)
                                } else {
                                    return Err(syntax(format!(
                                        "'{name}:' at position {pos} needs a value, e.g. {name}:{}",
                                        field_example(&name)
                                    )));
                                }
                            } else {
                                Lexeme::Field(name, value.to_string())
                            }
                        }
                        _ => Lexeme::Word(word),
                    },
                };
                out.push(Lex { lexeme, pos });
            }
        }
    }
    Ok(out)
}

fn field_example(name: &str) -> &'static str {
    match name {
        "doc" => "inriktning-2014",
        "kind" => "action",
        "action" => "5",
        _ => "2.2.3.3",
    }
}

/// Read a quoted phrase starting at the quote at `start`; returns the text and the index
/// after the closing quote.
fn read_phrase(chars: &[char], start: usize) -> Result<(String, usize), IndexError> {
    let mut j = start + 1;
    while let Some(&c) = chars.get(j) {
        if c == '"' {
            let text: String = chars.get(start + 1..j).unwrap_or(&[]).iter().collect();
            return Ok((text, j + 1));
        }
        j += 1;
    }
    Err(syntax(format!(
        "unclosed quote: the phrase starting at position {start} has no closing '\"'"
    )))
}

/// The parsed query.
#[derive(Debug, Clone, PartialEq)]
enum Ast {
    Word(String),
    Phrase(String),
    /// An identifier: its key and its words as written.
    Ident(String, String),
    Field(String, String, usize),
    Not(Box<Ast>),
    /// `explicit` when written with AND.
    And(Vec<Ast>, bool),
    Or(Vec<Ast>),
}

struct Parser {
    lexes: Vec<Lex>,
    i: usize,
    /// Nesting of parentheses and exclusions (bounded, so no query can exhaust the stack).
    depth: usize,
}

/// Deepest nesting of parentheses and '-' a query may have.
const MAX_DEPTH: usize = 32;

impl Parser {
    fn peek(&self) -> Option<&Lex> {
        self.lexes.get(self.i)
    }

    fn or_expr(&mut self) -> Result<Ast, IndexError> {
        let mut items = vec![self.and_expr()?];
        while let Some(Lex {
            lexeme: Lexeme::Or,
            pos,
        }) = self.peek().cloned()
        {
            self.i += 1;
            if self.at_end_of_group() {
                return Err(syntax(format!(
                    "'OR' at position {pos} needs a term after it"
                )));
            }
            items.push(self.and_expr()?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Ast::Or(Vec::new()))
        } else {
            Ast::Or(items)
        })
    }

    fn at_end_of_group(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(Lex {
                lexeme: Lexeme::Close,
                ..
            })
        )
    }

    fn and_expr(&mut self) -> Result<Ast, IndexError> {
        let mut items = vec![self.unary()?];
        let mut explicit = false;
        loop {
            match self.peek().cloned() {
                None
                | Some(Lex {
                    lexeme: Lexeme::Or | Lexeme::Close,
                    ..
                }) => break,
                Some(Lex {
                    lexeme: Lexeme::And,
                    pos,
                }) => {
                    self.i += 1;
                    explicit = true;
                    if self.at_end_of_group()
                        || matches!(
                            self.peek(),
                            Some(Lex {
                                lexeme: Lexeme::Or | Lexeme::And,
                                ..
                            })
                        )
                    {
                        return Err(syntax(format!(
                            "'AND' at position {pos} needs a term after it"
                        )));
                    }
                    items.push(self.unary()?);
                }
                Some(_) => items.push(self.unary()?),
            }
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Ast::And(Vec::new(), false))
        } else {
            Ast::And(items, explicit)
        })
    }

    fn unary(&mut self) -> Result<Ast, IndexError> {
        let Some(lex) = self.peek().cloned() else {
            return Err(syntax("the query ends where a term was expected".into()));
        };
        self.i += 1;
        let nests = matches!(lex.lexeme, Lexeme::Not | Lexeme::Open);
        if nests {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(syntax(format!(
                    "the query nests too deeply at position {} (at most {MAX_DEPTH} levels)",
                    lex.pos
                )));
            }
        }
        let result = self.unary_inner(lex);
        if nests {
            self.depth = self.depth.saturating_sub(1);
        }
        result
    }

    fn unary_inner(&mut self, lex: Lex) -> Result<Ast, IndexError> {
        match lex.lexeme {
            Lexeme::Not => Ok(Ast::Not(Box::new(self.unary()?))),
            Lexeme::Word(w) => Ok(Ast::Word(w)),
            Lexeme::Phrase(p) => Ok(Ast::Phrase(p)),
            Lexeme::Ident(k, s) => Ok(Ast::Ident(k, s)),
            Lexeme::Field(n, v) => Ok(Ast::Field(n, v, lex.pos)),
            Lexeme::Open => {
                if self.at_end_of_group() {
                    return Err(syntax(format!("empty parentheses at position {}", lex.pos)));
                }
                let inner = self.or_expr()?;
                match self.peek() {
                    Some(Lex {
                        lexeme: Lexeme::Close,
                        ..
                    }) => {
                        self.i += 1;
                        Ok(inner)
                    }
                    _ => Err(syntax(format!(
                        "'(' at position {} is never closed",
                        lex.pos
                    ))),
                }
            }
            Lexeme::Close => Err(syntax(format!(
                "')' at position {} has no matching '('",
                lex.pos
            ))),
            Lexeme::And | Lexeme::Or => Err(syntax(format!(
                "'{}' at position {} needs a term before it",
                if lex.lexeme == Lexeme::And {
                    "AND"
                } else {
                    "OR"
                },
                lex.pos
            ))),
        }
    }
}

fn parse(query: &str) -> Result<Ast, IndexError> {
    if query.trim().is_empty() {
        return Err(IndexError::EmptyQuery);
    }
    let lexes = lex(query)?;
    if lexes.is_empty() {
        return Err(IndexError::EmptyQuery);
    }
    let mut p = Parser {
        lexes,
        i: 0,
        depth: 0,
    };
    let ast = p.or_expr()?;
    if let Some(lex) = p.peek() {
        return Err(syntax(format!(
            "')' at position {} has no matching '('",
            lex.pos
        )));
    }
    Ok(ast)
}

// ---------------------------------------------------------------- compiling

/// How to turn the parsed query into a tantivy query.
#[derive(Debug, Clone, Copy)]
struct Mode {
    /// Add typo-tolerant alternatives for long words.
    fuzzy: bool,
    /// Turn implicit ANDs into ORs (to fill up after the strict results).
    relaxed: bool,
}

/// The terms a query can match, for highlighting.
#[derive(Default)]
struct Highlight {
    terms: rustc_hash::FxHashSet<String>,
    /// Parts of compound query words: a word with all parts of a group matches.
    groups: Vec<Vec<String>>,
}

struct Compiler<'a> {
    f: &'a Fields,
    searcher: &'a Searcher,
    mode: Mode,
    hl: Highlight,
}

/// Index terms of `field` within `distance` edits of `term` (closest first, at most 8). A
/// typo is never taken in the first letter: "corona" must not become "oron".
fn expand_fuzzy(searcher: &Searcher, field: Field, term: &str, distance: u8) -> Vec<String> {
    let query = FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
    let first = term.chars().next();
    let mut found: Vec<String> = Vec::new();
    for segment in searcher.segment_readers() {
        let (Ok(automaton), Ok(inverted)) = (query.automaton(), segment.inverted_index(field))
        else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().search(automaton).into_stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(t) = std::str::from_utf8(stream.key()) {
                if t != term && t.chars().next() == first && !found.iter().any(|f| f == t) {
                    found.push(t.to_string());
                }
            }
        }
    }
    found.sort_by_key(|t| (strsim::levenshtein(t, term), t.clone()));
    found.truncate(8);
    found
}

fn term_q(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boost(q: Box<dyn Query>, b: Score) -> Box<dyn Query> {
    if (b - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(BoostQuery::new(q, b))
    }
}

fn should(qs: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        qs.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

fn fuzzy_distance(word: &str) -> Option<u8> {
    match word.chars().count() {
        n if n >= 9 => Some(2),
        n if n >= 5 => Some(1),
        _ => None,
    }
}

/// Linking letters a compound's first part may end in ("forsknings", "hälso", "skade").
const LINKERS: &[(&str, &str)] = &[("", ""), ("s", ""), ("o", "a"), ("e", "a"), ("u", "a")];

impl Compiler<'_> {
    /// The analysed fields with their boosts.
    fn text_fields(&self) -> [(Field, Score); 5] {
        [
            (self.f.text, BOOST_TEXT),
            (self.f.heading, BOOST_HEADING),
            (self.f.title, BOOST_TITLE),
            (self.f.section, BOOST_SECTION),
            (self.f.running, BOOST_RUNNING),
        ]
    }

    /// On how many pages and actions a term stands (in the text).
    fn doc_freq(&self, term: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(self.f.text, term))
            .unwrap_or(0)
    }

    /// Whether a word stands on at most [`RARE_DOCS`] pages and actions (in any form).
    fn is_rare(&self, w: &AnalyzedWord) -> bool {
        let df: u64 = std::iter::once(&w.term)
            .chain(&w.variants)
            .map(|t| self.doc_freq(t))
            .sum();
        df <= RARE_DOCS
    }

    /// A compound word's two parts as index terms, both found in the index: the split
    /// whose rarer part is most common.
    fn split_by_index(&self, w: &AnalyzedWord) -> Option<(String, String)> {
        let chars: Vec<char> = w.lower.chars().collect();
        if chars.len() < 8 || !chars.iter().all(|c| c.is_alphabetic()) {
            return None;
        }
        let mut best: Option<(u64, String, String)> = None;
        for i in 3..=chars.len().saturating_sub(4) {
            let left: String = chars.iter().take(i).collect();
            let right: String = chars.iter().skip(i).collect();
            let (right_term, _) = super::analyzer::word_terms(&right);
            let right_df = self.doc_freq(&right_term);
            if right_df == 0 || super::analyzer::is_stop_word(&right) {
                continue;
            }
            for (linker, ending) in LINKERS {
                let Some(base) = left.strip_suffix(linker) else {
                    continue;
                };
                let base = format!("{base}{ending}");
                if base.chars().count() < 3 || super::analyzer::is_stop_word(&base) {
                    continue;
                }
                let (left_term, _) = super::analyzer::word_terms(&base);
                let left_df = self.doc_freq(&left_term);
                let rarer = left_df.min(right_df);
                if rarer > 0 && best.as_ref().is_none_or(|b| rarer > b.0) {
                    best = Some((rarer, left_term, right_term.clone()));
                }
            }
        }
        best.map(|(_, l, r)| (l, r))
    }

    /// One analysed word, over all analysed fields.
    fn word(&mut self, w: &AnalyzedWord) -> Box<dyn Query> {
        let mut per_field: Vec<Box<dyn Query>> = Vec::new();
        if w.kind != TokenKind::Word {
            // Identifiers: the exact field first, the running text as well.
            self.hl.terms.insert(w.term.clone());
            per_field.push(boost(term_q(self.f.ids, &w.term), 2.0));
            for (field, b) in self.text_fields() {
                per_field.push(boost(term_q(field, &w.term), b));
            }
            return should(per_field);
        }
        let whole_terms: Vec<&String> = std::iter::once(&w.term).chain(&w.variants).collect();
        for t in &whole_terms {
            self.hl.terms.insert((*t).clone());
        }
        let mut parts: Vec<String> = Vec::new();
        for p in &w.parts {
            if !parts.contains(p) {
                parts.push(p.clone());
            }
        }
        if parts.len() >= 2 {
            self.hl.groups.push(parts.clone());
        }
        // A rare compound is also looked for as its parts near each other.
        let split: Option<Vec<String>> = if !self.is_rare(w) {
            None
        } else if parts.len() >= 2 {
            Some(parts.clone())
        } else {
            self.split_by_index(w).map(|(l, r)| vec![l, r])
        };
        if let Some(split) = &split {
            self.hl.terms.extend(split.iter().cloned());
        }
        let fuzzy: Vec<String> = match (self.mode.fuzzy, fuzzy_distance(&w.lower)) {
            (true, Some(d)) if split.is_none() => {
                expand_fuzzy(self.searcher, self.f.text, &w.term, d)
            }
            _ => Vec::new(),
        };
        self.hl.terms.extend(fuzzy.iter().cloned());
        for (field, b) in self.text_fields() {
            let mut alts: Vec<Box<dyn Query>> =
                whole_terms.iter().map(|t| term_q(field, t)).collect();
            if parts.len() >= 2 {
                // Every part of the query word at one position: another compound with the
                // same parts (forskningscirkel in forskningscirkelmetodiken).
                let same_word: Vec<(usize, Term)> = parts
                    .iter()
                    .map(|p| (0, Term::from_field_text(field, p)))
                    .collect();
                alts.push(boost(
                    Box::new(PhraseQuery::new_with_offset(same_word)),
                    BOOST_PARTS,
                ));
            }
            if let Some(split) = &split {
                // In this order or the other ("inventering av varg" for varginventering).
                for reverse in [false, true] {
                    let mut terms: Vec<&String> = split.iter().collect();
                    if reverse {
                        terms.reverse();
                    }
                    let near = PhraseQuery::new_with_offset_and_slop(
                        terms
                            .iter()
                            .enumerate()
                            .map(|(i, t)| (i, Term::from_field_text(field, t)))
                            .collect(),
                        PARTS_SLOP * (split.len() as u32 - 1),
                    );
                    alts.push(boost(Box::new(near), BOOST_NEAR));
                }
            }
            for t in &fuzzy {
                alts.push(boost(term_q(field, t), BOOST_FUZZY));
            }
            per_field.push(boost(should(alts), b));
        }
        should(per_field)
    }

    /// Free text: a query word (which may analyse to several words) or a phrase. Stop words
    /// count only in phrases (and in a word that is nothing else, such as "och" alone,
    /// they find nothing).
    fn text(&mut self, text: &str, phrase: bool) -> Option<Box<dyn Query>> {
        let mut words = analyze(text);
        if !phrase || (words.len() == 1 && words.iter().all(|w| w.kind == TokenKind::Stop)) {
            words.retain(|w| w.kind != TokenKind::Stop);
        }
        // Stop words at either end of a phrase add nothing but cost.
        if words.iter().any(|w| w.kind != TokenKind::Stop) {
            while words.first().is_some_and(|w| w.kind == TokenKind::Stop) {
                words.remove(0);
            }
            while words.last().is_some_and(|w| w.kind == TokenKind::Stop) {
                words.pop();
            }
        }
        match words.as_slice() {
            [] => None,
            [one] => Some(self.word(one)),
            many => {
                let base = many.first().map(|w| w.position).unwrap_or(0);
                // Stop words are marked in snippets only when the phrase is nothing else.
                let only_stop = many.iter().all(|w| w.kind == TokenKind::Stop);
                for w in many {
                    if w.kind != TokenKind::Stop || only_stop {
                        self.hl.terms.insert(w.term.clone());
                        self.hl.terms.extend(w.variants.iter().cloned());
                    }
                }
                let with_variants = many.iter().any(|w| !w.variants.is_empty());
                let mut per_field: Vec<Box<dyn Query>> = Vec::new();
                for (field, b) in self.text_fields() {
                    let q: Box<dyn Query> = if with_variants {
                        // Any form of each word: "hälsan i Malmö" also finds "hälsa i Malmö".
                        let terms: Vec<(usize, String)> = many
                            .iter()
                            .map(|w| {
                                let alts: Vec<String> = std::iter::once(&w.term)
                                    .chain(&w.variants)
                                    .map(|t| regex::escape(t))
                                    .collect();
                                (w.position - base, format!("(?:{})", alts.join("|")))
                            })
                            .collect();
                        Box::new(RegexPhraseQuery::new_with_offset(field, terms))
                    } else {
                        let terms: Vec<(usize, Term)> = many
                            .iter()
                            .map(|w| (w.position - base, Term::from_field_text(field, &w.term)))
                            .collect();
                        Box::new(PhraseQuery::new_with_offset(terms))
                    };
                    per_field.push(boost(q, b));
                }
                Some(should(per_field))
            }
        }
    }

    /// An identifier: its key in the `ids` field, or its words in this order.
    fn ident(&mut self, key: &str, surface: &str) -> Box<dyn Query> {
        self.hl.terms.insert(key.to_string());
        let exact = boost(term_q(self.f.ids, key), 3.0);
        let words = analyze(surface)
            .into_iter()
            .filter(|w| w.kind != TokenKind::Stop)
            .count();
        if words < 2 {
            return exact;
        }
        let mut alts = vec![exact];
        // The words of the identifier in order ("KS 2013/375" written in a table cell).
        if let Some(q) = self.text(surface, true) {
            alts.push(q);
        }
        // A series number cited without its series: "förordningen (1999:175)".
        if key.contains(':') {
            if let Some(n) = analyze(surface)
                .into_iter()
                .rev()
                .find(|w| w.kind == TokenKind::Number && w.term.contains(':'))
            {
                alts.push(boost(term_q(self.f.text, &n.term), BOOST_CITED));
            }
        }
        should(alts)
    }

    fn field(&mut self, name: &str, value: &str, pos: usize) -> Result<Box<dyn Query>, IndexError> {
        let f = self.f;
        match name {
            "doc" => Ok(term_q(f.doc, value)),
            "kind" => {
                let v = value.to_lowercase();
                match v.as_str() {
                    "page" | "action" => Ok(term_q(f.kind, &v)),
                    "report" | "protocol" | "web" | "text" => Ok(term_q(f.doc_kind, &v)),
                    _ => Err(syntax(format!(
                        "kind:{value} at position {pos}: the kind is page, action, report, protocol, web or text"
                    ))),
                }
            }
            "action" => {
                let n = value.trim_start_matches('#').trim_end_matches('.');
                if n.is_empty() || !n.chars().any(|c| c.is_ascii_digit()) {
                    return Err(syntax(format!(
                        "action:{value} at position {pos}: the action is a number, e.g. action:5 or action:1.1"
                    )));
                }
                Ok(Box::new(TermQuery::new(
                    Term::from_field_text(f.action, n),
                    IndexRecordOption::Basic,
                )))
            }
            "paragraph" => {
                self.hl.terms.insert(value.to_string());
                Ok(should(vec![
                    boost(term_q(f.ids, &format!("§{value}")), 2.0),
                    term_q(f.text, value),
                ]))
            }
            _ => {
                let v = value.to_lowercase();
                self.hl.terms.insert(v.clone());
                Ok(term_q(f.ids, &v))
            }
        }
    }

    fn compile(&mut self, ast: &Ast) -> Result<Option<Box<dyn Query>>, IndexError> {
        match ast {
            Ast::Word(w) => {
                let text = self.text(w, false);
                // A word with inner punctuation may be an identifier as a whole (a document
                // id such as "protokoll-ks-2020-04-06-p216"): try it in the exact field too.
                let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
                let inner_punct = trimmed.chars().any(|c| matches!(c, '-' | '_' | '.' | '/'));
                if !inner_punct {
                    return Ok(text);
                }
                let exact = boost(term_q(self.f.ids, &trimmed.to_lowercase()), 2.0);
                Ok(Some(match text {
                    Some(t) => should(vec![t, exact]),
                    None => exact,
                }))
            }
            Ast::Phrase(p) => Ok(self.text(p, true)),
            Ast::Ident(k, s) => Ok(Some(self.ident(k, s))),
            Ast::Field(n, v, pos) => self.field(n, v, *pos).map(Some),
            Ast::Not(_) => Err(syntax(
                "the query only excludes terms: add a term to find".into(),
            )),
            Ast::Or(items) => {
                let mut qs = Vec::new();
                for item in items {
                    if let Ast::Not(_) = item {
                        return Err(syntax(
                            "an excluded term (-word) cannot be an alternative of OR".into(),
                        ));
                    }
                    if let Some(q) = self.compile(item)? {
                        qs.push(q);
                    }
                }
                Ok(if qs.is_empty() {
                    None
                } else {
                    Some(should(qs))
                })
            }
            Ast::And(items, explicit) => {
                let relaxed = self.mode.relaxed && !*explicit;
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                let mut positive = 0;
                for item in items {
                    match item {
                        Ast::Not(inner) => {
                            // Excluded terms are never fuzzy.
                            let saved = self.mode;
                            self.mode.fuzzy = false;
                            let q = self.compile(inner);
                            self.mode = saved;
                            if let Some(q) = q? {
                                clauses.push((Occur::MustNot, q));
                            }
                        }
                        Ast::Field(..) => {
                            if let Some(q) = self.compile(item)? {
                                clauses.push((Occur::Must, q));
                                positive += 1;
                            }
                        }
                        _ => {
                            if let Some(q) = self.compile(item)? {
                                let occur = if relaxed { Occur::Should } else { Occur::Must };
                                clauses.push((occur, q));
                                positive += 1;
                            }
                        }
                    }
                }
                if positive == 0 {
                    if clauses.is_empty() {
                        return Ok(None);
                    }
                    return Err(syntax(
                        "the query only excludes terms: add a term to find".into(),
                    ));
                }
                // Relaxed, at least one word must match: filters restrict, never add.
                let min = usize::from(relaxed);
                Ok(Some(Box::new(BooleanQuery::with_minimum_required_clauses(
                    clauses, min,
                ))))
            }
        }
    }
}

/// Whether the query has an implicit AND somewhere (so that relaxing it changes something).
fn has_implicit_and(ast: &Ast) -> bool {
    match ast {
        Ast::And(items, explicit) => {
            (!explicit && items.iter().filter(|i| !matches!(i, Ast::Not(_))).count() > 1)
                || items.iter().any(has_implicit_and)
        }
        Ast::Or(items) => items.iter().any(has_implicit_and),
        Ast::Not(inner) => has_implicit_and(inner),
        _ => false,
    }
}

// ---------------------------------------------------------------- running

/// Run a search: the hits only.
pub fn search(store: &Store, request: &SearchRequest) -> Result<Vec<Hit>, IndexError> {
    Ok(run(store, request)?.hits)
}

/// A collected hit: score, fixed rank, address.
type Ranked = (Score, u64, DocAddress);

/// The phrases of a query that are not excluded.
fn phrases(ast: &Ast, out: &mut Vec<String>) {
    match ast {
        Ast::Phrase(p) => out.push(p.clone()),
        Ast::And(items, _) | Ast::Or(items) => items.iter().for_each(|i| phrases(i, out)),
        _ => {}
    }
}

/// Lowercase, one space between words: for comparing exact wordings.
fn plain(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '§')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

/// How a query item is shown among a partial hit's matched words.
fn label(ast: &Ast) -> String {
    match ast {
        Ast::Word(w) => w.clone(),
        Ast::Phrase(p) => format!("\"{p}\""),
        Ast::Ident(_, s) => s.clone(),
        Ast::Field(n, v, _) => format!("{n}:{v}"),
        Ast::Not(inner) => format!("-{}", label(inner)),
        Ast::And(items, _) => items.iter().map(label).collect::<Vec<_>>().join(" "),
        Ast::Or(items) => format!(
            "({})",
            items.iter().map(label).collect::<Vec<_>>().join(" OR ")
        ),
    }
}

/// Percent-encode a path for a `file://` URI.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A stored path as an absolute path (paths stored relative to where ingest ran are taken
/// relative to the working directory).
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() || path.is_empty() {
        return path.to_string();
    }
    std::path::absolute(p)
        .map(|a| a.display().to_string())
        .unwrap_or_else(|_| path.to_string())
}

/// Run a search: the hits from `offset` on, and how many pages and actions match in all.
pub fn run(store: &Store, request: &SearchRequest) -> Result<SearchResults, IndexError> {
    let ast = parse(&request.query)?;
    let limit = request.limit.min(MAX_LIMIT);
    let want = limit + request.offset.min(MAX_LIMIT);
    let searcher = store.searcher()?;
    let f = store.fields();
    let kind_q: Box<dyn Query> = match request.kind {
        KindFilter::Page => term_q(f.kind, KIND_PAGE),
        KindFilter::Action => term_q(f.kind, KIND_ACTION),
        KindFilter::All => should(vec![term_q(f.kind, KIND_PAGE), term_q(f.kind, KIND_ACTION)]),
    };
    let mut exact: Vec<String> = Vec::new();
    phrases(&ast, &mut exact);
    let exact: Vec<String> = exact.iter().map(|p| plain(p)).collect();
    // With phrases, more candidates are collected so that the exact wording can move up.
    let fetch = if exact.is_empty() {
        want
    } else {
        (want * 2).max(want + 20)
    };

    let compile = |mode: Mode| -> Result<(Option<Box<dyn Query>>, Highlight), IndexError> {
        let mut c = Compiler {
            f,
            searcher: &searcher,
            mode,
            hl: Highlight::default(),
        };
        let q = c.compile(&ast)?;
        Ok((q, c.hl))
    };
    let collect = |q: Box<dyn Query>, n: usize| -> Result<(Vec<Ranked>, usize), IndexError> {
        let full = BooleanQuery::new(vec![(Occur::Must, kind_q.box_clone()), (Occur::Must, q)]);
        // Actions weigh less than pages (see ACTION_WEIGHT); equal scores are ordered by
        // each document's fixed rank, not by where ingest happened to put it in the index.
        let top = TopDocs::with_limit(n.max(1)).tweak_score(|segment: &SegmentReader| {
            let ranks = segment.fast_fields().u64(RANK_FIELD).ok();
            let kinds = segment.fast_fields().u64(HIT_KIND_FIELD).ok();
            move |doc: DocId, score: Score| {
                let rank = ranks.as_ref().and_then(|r| r.first(doc)).unwrap_or(0);
                let kind = kinds
                    .as_ref()
                    .and_then(|k| k.first(doc))
                    .unwrap_or(HIT_PAGE);
                let weight = if kind == HIT_ACTION {
                    ACTION_WEIGHT
                } else {
                    1.0
                };
                (score * weight, Reverse(rank))
            }
        });
        let (top, count) = searcher
            .search(&full, &(top, Count))
            .map_err(|e| store.err(e))?;
        let ranked = top
            .into_iter()
            .map(|((score, Reverse(rank)), addr)| (score, rank, addr))
            .collect();
        Ok((ranked, count))
    };

    let strict = Mode {
        fuzzy: false,
        relaxed: false,
    };
    let (q, mut hl) = compile(strict)?;
    let (mut top, mut total) = match q {
        Some(q) => collect(q, fetch)?,
        None => (Vec::new(), 0),
    };
    let mut fuzzy = false;
    if top.is_empty() {
        fuzzy = true;
        let (q, fuzzy_hl) = compile(Mode {
            fuzzy: true,
            relaxed: false,
        })?;
        if let Some(q) = q {
            (top, total) = collect(q, fetch)?;
            hl = fuzzy_hl;
        }
    }
    if !exact.is_empty() && !top.is_empty() {
        // The exact wording of a phrase first: the phrase matched every inflection.
        for hit in &mut top {
            let doc: TantivyDocument = searcher.doc(hit.2).map_err(|e| store.err(e))?;
            let text = doc
                .get_first(f.text)
                .and_then(|v| v.as_str())
                .map(plain)
                .unwrap_or_default();
            if exact.iter().any(|p| text.contains(p.as_str())) {
                hit.0 *= EXACT_PHRASE_WEIGHT;
            }
        }
        top.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    }
    top.truncate(want);
    let partial_from = top.len();
    if top.len() < want && has_implicit_and(&ast) {
        // Fill up with pages that match only some of the words, after the full matches.
        let (q, more_hl) = compile(Mode {
            fuzzy,
            relaxed: true,
        })?;
        if let Some(q) = q {
            let (more, _) = collect(q, want)?;
            let seen: HashSet<DocAddress> = top.iter().map(|h| h.2).collect();
            let floor = top.last().map(|h| h.0).unwrap_or(Score::MAX);
            for (score, rank, addr) in more {
                if top.len() >= want {
                    break;
                }
                if !seen.contains(&addr) {
                    // Keep partial matches below every full match.
                    top.push((score.min(floor * 0.999), rank, addr));
                }
            }
            hl.terms.extend(more_hl.terms);
            hl.groups.extend(more_hl.groups);
        }
    }
    // The items of the query a partial hit is checked against.
    let items: Vec<(String, Box<dyn Query>)> = match &ast {
        Ast::And(items, false) if top.len() > partial_from => {
            let mut out = Vec::new();
            for item in items {
                if matches!(item, Ast::Not(_) | Ast::Field(..)) {
                    continue;
                }
                let mut c = Compiler {
                    f,
                    searcher: &searcher,
                    mode: Mode {
                        fuzzy,
                        relaxed: false,
                    },
                    hl: Highlight::default(),
                };
                if let Some(q) = c.compile(item)? {
                    out.push((label(item), q));
                }
            }
            out
        }
        _ => Vec::new(),
    };

    let skip = request.offset.min(top.len());
    let mut paths: HashMap<String, String> = HashMap::new();
    let mut hits = Vec::with_capacity(top.len() - skip);
    for (i, (score, _, addr)) in top.into_iter().enumerate().skip(skip) {
        let mut hit = make_hit(store, &searcher, &hl, addr, score, &mut paths)?;
        if i >= partial_from {
            hit.partial = true;
            for (l, q) in &items {
                if matches_item(store, &searcher, &hit, q.box_clone())? {
                    hit.matched.push(l.clone());
                }
            }
        }
        hits.push(hit);
    }
    Ok(SearchResults { hits, total })
}

/// Whether the page or action of a hit matches a query (the words of a partial hit).
fn matches_item(
    store: &Store,
    searcher: &Searcher,
    hit: &Hit,
    q: Box<dyn Query>,
) -> Result<bool, IndexError> {
    let f = store.fields();
    let number = |field: Field, n: u32| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_u64(field, u64::from(n)),
            IndexRecordOption::Basic,
        ))
    };
    let mut clauses = vec![
        (Occur::Must, q),
        (Occur::Must, term_q(f.kind, &hit.kind)),
        (Occur::Must, term_q(f.doc, &hit.doc)),
    ];
    match (&hit.number, hit.page) {
        (Some(n), _) => clauses.push((Occur::Must, term_q(f.action, n))),
        (None, Some(p)) => clauses.push((Occur::Must, number(f.page, p))),
        (None, None) => {}
    }
    let n = searcher
        .search(&BooleanQuery::new(clauses), &Count)
        .map_err(|e| store.err(e))?;
    Ok(n > 0)
}

/// The stored path of a document, read from its fast column (the stored `doc` document
/// also holds the whole record, which can be megabytes).
fn doc_path(store: &Store, searcher: &Searcher, id: &str) -> Result<String, IndexError> {
    let f = store.fields();
    let q = BooleanQuery::new(vec![
        (Occur::Must, term_q(f.kind, KIND_DOC)),
        (Occur::Must, term_q(f.doc, id)),
    ]);
    let top = searcher
        .search(&q, &TopDocs::with_limit(1).order_by_score())
        .map_err(|e| store.err(e))?;
    let Some((_, addr)) = top.first() else {
        return Ok(String::new());
    };
    let segment = searcher.segment_reader(addr.segment_ord);
    let Ok(Some(column)) = segment.fast_fields().str("path") else {
        return Ok(String::new());
    };
    let mut path = String::new();
    if let Some(ord) = column.term_ords(addr.doc_id).next() {
        let _ = column.ord_to_str(ord, &mut path);
    }
    Ok(path)
}

/// The stored text of a document's field.
fn stored(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

/// The one index document matching every term query given, if any.
fn find_one(
    store: &Store,
    searcher: &Searcher,
    terms: Vec<Box<dyn Query>>,
) -> Result<Option<TantivyDocument>, IndexError> {
    let q = BooleanQuery::new(terms.into_iter().map(|t| (Occur::Must, t)).collect());
    let top = searcher
        .search(&q, &TopDocs::with_limit(1).order_by_score())
        .map_err(|e| store.err(e))?;
    match top.first() {
        Some((_, addr)) => Ok(Some(searcher.doc(*addr).map_err(|e| store.err(e))?)),
        None => Ok(None),
    }
}

fn make_hit(
    store: &Store,
    searcher: &Searcher,
    hl: &Highlight,
    addr: DocAddress,
    score: Score,
    paths: &mut HashMap<String, String>,
) -> Result<Hit, IndexError> {
    let f = store.fields();
    let doc: TantivyDocument = searcher.doc(addr).map_err(|e| store.err(e))?;
    let kind = stored(&doc, f.kind).unwrap_or_default();
    let id = stored(&doc, f.doc).unwrap_or_default();
    let pages: Vec<u32> = doc
        .get_all(f.page)
        .filter_map(|v| v.as_u64())
        .filter_map(|v| u32::try_from(v).ok())
        .collect();
    let mut page = pages.first().copied();
    let mut label = stored(&doc, f.label);
    let mut body = stored(&doc, f.text).unwrap_or_default();
    let number = doc
        .get_first(f.action)
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .filter(|_| kind == KIND_ACTION);
    let mut snip = snippet(&body, hl);
    if kind == KIND_ACTION {
        // The snippet and the page come from the same place: the action's page whose text
        // matches best.
        let mut best: Option<(usize, usize, u32, Snippet, Option<String>)> = None;
        for p in &pages {
            let page_doc = find_one(
                store,
                searcher,
                vec![
                    term_q(f.kind, KIND_PAGE),
                    term_q(f.doc, &id),
                    Box::new(TermQuery::new(
                        Term::from_field_u64(f.page, u64::from(*p)),
                        IndexRecordOption::Basic,
                    )),
                ],
            )?;
            let Some(page_doc) = page_doc else { continue };
            let text = stored(&page_doc, f.text).unwrap_or_default();
            let s = snippet(&text, hl);
            if s.distinct > 0
                && best
                    .as_ref()
                    .is_none_or(|b| (s.distinct, s.count) > (b.0, b.1))
            {
                best = Some((s.distinct, s.count, *p, s, stored(&page_doc, f.label)));
            }
        }
        if let Some((distinct, count, p, s, l)) = best {
            if (distinct, count) >= (snip.distinct, snip.count) || snip.distinct == 0 {
                page = Some(p);
                label = l;
                snip = s;
            }
        }
        if snip.text.trim().is_empty() {
            // An action known only from a table of contents has no body: show its title.
            body = stored(&doc, f.title).unwrap_or_default();
            snip = snippet(&body, hl);
        }
    }
    let path = match paths.get(&id) {
        Some(p) => p.clone(),
        None => {
            let p = absolute(&doc_path(store, searcher, &id)?);
            paths.insert(id.clone(), p.clone());
            p
        }
    };
    let uri = match page {
        Some(n) if !path.is_empty() => format!("file://{}#page={n}", uri_path(&path)),
        _ if !path.is_empty() => format!("file://{}", uri_path(&path)),
        _ => String::new(),
    };
    Ok(Hit {
        doc: id,
        title: stored(&doc, f.title),
        kind,
        number,
        page,
        path,
        uri,
        label,
        score,
        snippet: snip.text,
        ocr: doc.get_first(f.ocr).and_then(|v| v.as_u64()) == Some(1),
        ocr_confidence: doc
            .get_first(f.ocr_confidence)
            .and_then(|v| v.as_f64())
            .map(|c| c as f32),
        partial: false,
        matched: Vec::new(),
    })
}

// ---------------------------------------------------------------- snippets

/// Which term of the query a word matches, if any.
fn matched_key(w: &WordView<'_>, hl: &Highlight) -> Option<String> {
    let all = || {
        std::iter::once(w.term)
            .chain(w.variants.iter().map(String::as_str))
            .chain(w.parts.iter().map(String::as_str))
    };
    if let Some(t) = all().find(|t| hl.terms.contains(*t)) {
        return Some(t.to_string());
    }
    hl.groups
        .iter()
        .find(|g| g.iter().all(|p| all().any(|t| t == p)))
        .map(|g| g.join("+"))
}

/// A word's byte range in a text.
struct Span {
    from: usize,
    to: usize,
}

/// A snippet and how well its window matches.
struct Snippet {
    text: String,
    /// Distinct query terms in the window.
    distinct: usize,
    /// Matched words in the window.
    count: usize,
}

/// The best window of `text` with the matched words marked `**like this**`.
fn snippet(text: &str, hl: &Highlight) -> Snippet {
    // Byte ranges of the words, and the matched ones with the query term they match.
    let mut words: Vec<Span> = Vec::new();
    let mut matches: Vec<(usize, usize, String)> = Vec::new();
    for_each_word(text, |w| {
        words.push(Span {
            from: w.from,
            to: w.to,
        });
        if let Some(k) = matched_key(w, hl) {
            matches.push((w.from, w.to, k));
        }
    });
    // Pick the window (starting at a match) with the most distinct matched terms.
    let mut best: Option<(usize, usize, usize)> = None; // (distinct, count, start index)
    for (i, (from, _, _)) in matches.iter().enumerate() {
        let mut keys = HashSet::new();
        let mut count = 0;
        for (f2, t2, k) in matches.iter().skip(i) {
            if char_len(text, *from, *t2) > SNIPPET_CHARS {
                break;
            }
            let _ = f2;
            keys.insert(k.as_str());
            count += 1;
        }
        let cand = (keys.len(), count, i);
        let better = match best {
            None => true,
            Some(b) => (cand.0, cand.1) > (b.0, b.1),
        };
        if better {
            best = Some(cand);
        }
    }
    let (mut start, focus_end) = match best.and_then(|b| matches.get(b.2)) {
        Some((from, to, _)) => (*from, *to),
        None => (0, 0),
    };
    // Some context before the first match: back up to a word start ~40 chars earlier.
    if start > 0 {
        let target = back_chars(text, start, 40);
        start = words
            .iter()
            .map(|w| w.from)
            .filter(|&f| f >= target && f <= start)
            .min()
            .unwrap_or(start);
        if start > 0 {
            // Start at a sentence start when there is one close by.
            if let Some(p) = text.get(target..start).and_then(|s| s.rfind(". ")) {
                start = target + p + 2;
            }
        }
    }
    let end_target = forward_chars(text, start, SNIPPET_CHARS).max(focus_end);
    let end = if end_target >= text.len() {
        text.len()
    } else {
        words
            .iter()
            .map(|w| w.to)
            .filter(|&t| t <= end_target)
            .max()
            .unwrap_or(end_target)
            .max(focus_end)
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = start;
    for (from, to, _) in matches.iter().filter(|(f, t, _)| *f >= start && *t <= end) {
        if *from < cursor {
            continue;
        }
        out.push_str(text.get(cursor..*from).unwrap_or(""));
        out.push_str("**");
        out.push_str(text.get(*from..*to).unwrap_or(""));
        out.push_str("**");
        cursor = *to;
    }
    out.push_str(text.get(cursor..end).unwrap_or(""));
    if words.iter().any(|w| w.from >= end) {
        out.push('…');
    }
    Snippet {
        text: out.split_whitespace().collect::<Vec<_>>().join(" "),
        distinct: best.map_or(0, |b| b.0),
        count: best.map_or(0, |b| b.1),
    }
}

fn char_len(text: &str, from: usize, to: usize) -> usize {
    text.get(from..to).map(|s| s.chars().count()).unwrap_or(0)
}

/// Byte index `n` characters before `at` (or 0).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    text.get(..at)
        .and_then(|s| {
            s.char_indices()
                .rev()
                .nth(n.saturating_sub(1))
                .map(|(i, _)| i)
        })
        .unwrap_or(0)
}

/// Byte index `n` characters after `at` (or the end).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.char_indices().nth(n).map(|(i, _)| at + i))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_logic() {
        let ast = parse("a OR b c -d").unwrap();
        assert_eq!(
            ast,
            Ast::Or(vec![
                Ast::Word("a".into()),
                Ast::And(
                    vec![
                        Ast::Word("b".into()),
                        Ast::Word("c".into()),
                        Ast::Not(Box::new(Ast::Word("d".into())))
                    ],
                    false
                )
            ])
        );
        assert_eq!(
            parse("\"hälso- och sjukvård\" doc:x").unwrap(),
            Ast::And(
                vec![
                    Ast::Phrase("hälso- och sjukvård".into()),
                    Ast::Field("doc".into(), "x".into(), 22)
                ],
                false
            )
        );
        // A hyphenated word is one word; a lone dash is punctuation.
        assert_eq!(
            parse("hälso- och").unwrap(),
            Ast::And(
                vec![Ast::Word("hälso-".into()), Ast::Word("och".into())],
                false
            )
        );
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        let msg = |q: &str| match parse(q) {
            Err(IndexError::Syntax(m)) => m,
            other => panic!("{q}: {other:?}"),
        };
        assert!(msg("\"hälso och").contains("position 0"));
        assert!(msg("screening OR").contains("'OR' at position 10"));
        assert!(msg("AND screening").contains("'AND' at position 0"));
        assert!(msg("(a b").contains("'(' at position 0"));
        assert!(msg("a b)").contains("')' at position 3"));
        assert!(msg("doc: x").contains("'doc:' at position 0"));
        assert!(matches!(parse("   "), Err(IndexError::EmptyQuery)));
        assert!(msg(&"(".repeat(100_000)).contains("nests too deeply"));
        assert!(msg(&format!("a {}b", "-".repeat(100_000))).contains("nests too deeply"));
        assert!(parse(&format!("{}a{}", "(".repeat(10), ")".repeat(10))).is_ok());
        // Depth is nesting, not count: many groups side by side are fine.
        assert!(parse(&"(a) -b ".repeat(200)).is_ok());
    }

    #[test]
    fn snippet_marks_stems_and_compounds() {
        let mut hl = Highlight::default();
        let w = &analyze("forskningscirkel")[0];
        hl.terms.insert(w.term.clone());
        hl.groups.push(w.parts.clone());
        let s = snippet(
            "Även forskningscirklar är ett värdefullt verktyg. En forskningscirkelmetodik krävs.",
            &hl,
        )
        .text;
        assert!(s.contains("**forskningscirklar**"), "{s}");
        assert!(s.contains("**forskningscirkelmetodik**"), "{s}");
        // A word that has only one of the parts is not marked.
        let s = snippet("Forskning om cirklar och forskningscirklar.", &hl).text;
        assert_eq!(s, "Forskning om cirklar och **forskningscirklar**.");
    }
}
