//! Search: query parsing (words, phrases, AND/OR/-, field filters, typo tolerance), BM25
//! ranking with title boosts, page-level hits with highlighted snippets.
//!
//! Query syntax:
//!
//! * `word word` — both words (implicit AND); pages that match only some of the words follow
//!   the pages that match all of them;
//! * `"a phrase"` — the words in this order (stop words count as positions);
//! * `a AND b`, `a OR b`, `-word`, `( … )` — explicit logic (an explicit AND is strict);
//! * `doc:ID`, `kind:page|action|report|protocol|web|text`, `action:N`, `code:2.2.3.3`;
//! * identifiers (`2.2.3.3`, `STK-2019-1535`, `§ 216`, document ids) are matched exactly;
//! * when nothing matches, words of 5+ letters are retried with typo tolerance (edit
//!   distance 1, or 2 for 9+ letters).
//!
//! Every word is analysed with the index's Swedish analyzer ([`super::analyzer`]), so stems,
//! variants and compound parts match; the snippet marks the matched words `**like this**`.

use std::cmp::Reverse;
use std::collections::HashSet;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, RegexPhraseQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::analyzer::{analyze, for_each_word, AnalyzedWord, TokenKind, WordView};
use super::schema::{Fields, KIND_ACTION, KIND_PAGE, RANK_FIELD};
use super::{IndexError, Store};

/// What kind of hits to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindFilter {
    Page,
    Action,
    All,
}

/// A search request.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    /// Most hits to return (1 to [`MAX_LIMIT`]).
    pub limit: usize,
    pub kind: KindFilter,
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
    pub label: Option<String>,
    pub score: f32,
    pub snippet: String,
    /// The page's text was read by OCR (a scanned page): words may be misread.
    pub ocr: bool,
    /// Mean OCR word confidence of the page (0–100), for OCR'd pages.
    pub ocr_confidence: Option<f32>,
}

/// Field boosts: headings and titles weigh more than running text.
const BOOST_TEXT: Score = 1.0;
const BOOST_HEADING: Score = 2.0;
const BOOST_TITLE: Score = 1.5;
const BOOST_SECTION: Score = 0.8;
/// Weight of a compound query word matched through its parts rather than as a whole.
const BOOST_PARTS: Score = 0.6;
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
    let mut out = Vec::new();
    let mut i = 0;
    let is_break = |c: char| c.is_whitespace() || c == '(' || c == ')' || c == '"';
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let pos = i;
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

/// Index terms of `field` within `distance` edits of `term` (closest first, at most 8).
fn expand_fuzzy(searcher: &Searcher, field: Field, term: &str, distance: u8) -> Vec<String> {
    let query = FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
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
                if t != term && !found.iter().any(|f| f == t) {
                    found.push(t.to_string());
                }
            }
        }
    }
    found.sort_by_key(|t| (edit_distance(t, term), t.clone()));
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

impl Compiler<'_> {
    /// The analysed fields with their boosts.
    fn text_fields(&self) -> [(Field, Score); 4] {
        [
            (self.f.text, BOOST_TEXT),
            (self.f.heading, BOOST_HEADING),
            (self.f.title, BOOST_TITLE),
            (self.f.section, BOOST_SECTION),
        ]
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
        let fuzzy: Vec<String> = match (self.mode.fuzzy, fuzzy_distance(&w.lower)) {
            (true, Some(d)) => expand_fuzzy(self.searcher, self.f.text, &w.term, d),
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
            for t in &fuzzy {
                alts.push(boost(term_q(field, t), BOOST_FUZZY));
            }
            per_field.push(boost(should(alts), b));
        }
        should(per_field)
    }

    /// Free text (a query word, which may analyse to several words, or a phrase).
    fn text(&mut self, text: &str) -> Option<Box<dyn Query>> {
        let words = analyze(text);
        match words.as_slice() {
            [] => None,
            [one] => Some(self.word(one)),
            many => {
                let base = many.first().map(|w| w.position).unwrap_or(0);
                for w in many {
                    self.hl.terms.insert(w.term.clone());
                    self.hl.terms.extend(w.variants.iter().cloned());
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
                let text = self.text(w);
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
            Ast::Phrase(p) => Ok(self.text(p)),
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
                Ok(Some(Box::new(BooleanQuery::new(clauses))))
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

/// Run a search.
pub fn search(store: &Store, request: &SearchRequest) -> Result<Vec<Hit>, IndexError> {
    let ast = parse(&request.query)?;
    let limit = request.limit.clamp(1, MAX_LIMIT);
    let searcher = store.searcher()?;
    let f = store.fields();
    let kind_q: Box<dyn Query> = match request.kind {
        KindFilter::Page => term_q(f.kind, KIND_PAGE),
        KindFilter::Action => term_q(f.kind, KIND_ACTION),
        KindFilter::All => should(vec![term_q(f.kind, KIND_PAGE), term_q(f.kind, KIND_ACTION)]),
    };

    let run = |mode: Mode| -> Result<(Vec<(Score, DocAddress)>, Highlight), IndexError> {
        let mut c = Compiler {
            f,
            searcher: &searcher,
            mode,
            hl: Highlight::default(),
        };
        let Some(q) = c.compile(&ast)? else {
            return Ok((Vec::new(), c.hl));
        };
        let full = BooleanQuery::new(vec![(Occur::Must, kind_q.box_clone()), (Occur::Must, q)]);
        // Equal scores are ordered by each document's fixed rank, not by where ingest happened
        // to put it in the index.
        let collector = TopDocs::with_limit(limit).tweak_score(|segment: &SegmentReader| {
            let ranks = segment.fast_fields().u64(RANK_FIELD).ok();
            move |doc: DocId, score: Score| {
                let rank = ranks.as_ref().and_then(|r| r.first(doc)).unwrap_or(0);
                (score, Reverse(rank))
            }
        });
        let top = searcher
            .search(&full, &collector)
            .map_err(|e| store.err(e))?
            .into_iter()
            .map(|((score, _), addr)| (score, addr))
            .collect();
        Ok((top, c.hl))
    };

    let strict = Mode {
        fuzzy: false,
        relaxed: false,
    };
    let (mut top, mut hl) = run(strict)?;
    if top.is_empty() {
        (top, hl) = run(Mode {
            fuzzy: true,
            relaxed: false,
        })?;
    }
    if top.len() < limit && has_implicit_and(&ast) {
        // Fill up with pages that match only some of the words, after the full matches.
        let fuzzy = top.is_empty();
        let (more, more_hl) = run(Mode {
            fuzzy,
            relaxed: true,
        })?;
        let seen: HashSet<DocAddress> = top.iter().map(|(_, a)| *a).collect();
        let floor = top.last().map(|(s, _)| *s).unwrap_or(Score::MAX);
        for (score, addr) in more {
            if top.len() >= limit {
                break;
            }
            if !seen.contains(&addr) {
                // Keep partial matches below every full match.
                top.push((score.min(floor * 0.999), addr));
            }
        }
        hl.terms.extend(more_hl.terms);
        hl.groups.extend(more_hl.groups);
    }

    let mut hits = Vec::with_capacity(top.len());
    for (score, addr) in top {
        let doc: TantivyDocument = searcher.doc(addr).map_err(|e| store.err(e))?;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let kind = text(f.kind).unwrap_or_default();
        let mut body = text(f.text).unwrap_or_default();
        if body.trim().is_empty() {
            // An action known only from a table of contents has no body: show its title.
            body = text(f.title).unwrap_or_default();
        }
        hits.push(Hit {
            doc: text(f.doc).unwrap_or_default(),
            title: text(f.title),
            number: (kind == "action").then(|| text(f.action)).flatten(),
            page: doc
                .get_first(f.page)
                .and_then(|v| v.as_u64())
                .and_then(|v| u32::try_from(v).ok()),
            label: text(f.label),
            score,
            snippet: snippet(&body, &hl),
            kind,
            ocr: doc.get_first(f.ocr).and_then(|v| v.as_u64()) == Some(1),
            ocr_confidence: doc
                .get_first(f.ocr_confidence)
                .and_then(|v| v.as_f64())
                .map(|c| c as f32),
        });
    }
    Ok(hits)
}

// ---------------------------------------------------------------- snippets

/// Levenshtein distance (for ordering typo candidates).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

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

/// The best window of `text` with the matched words marked `**like this**`.
fn snippet(text: &str, hl: &Highlight) -> String {
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
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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
        );
        assert!(s.contains("**forskningscirklar**"), "{s}");
        assert!(s.contains("**forskningscirkelmetodik**"), "{s}");
        // A word that has only one of the parts is not marked.
        let s = snippet("Forskning om cirklar och forskningscirklar.", &hl);
        assert_eq!(s, "Forskning om cirklar och **forskningscirklar**.");
    }
}
