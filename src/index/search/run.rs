//! Running a query: strict first, then typo-tolerant, then partial matches to fill up;
//! the exact wording of a phrase first; hits with their page, path and snippet.

use std::collections::{HashMap, HashSet};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, EnableScoring, Occur, Query, TermQuery, Weight};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, Score, Searcher, TantivyDocument, Term};

use super::compile::{is_hyphenated, should, term_q, Compiler, Highlight, Mode};
use super::parse::{has_implicit_and, label, parse, phrases, words_of, Ast};
use super::snippet::{snippet, Snippet};
use super::top::{better, constant_score, most_added, plan, Bounded, Ranked, TopHits};
use super::{
    Hit, KindFilter, SearchRequest, SearchResults, ACTION_WEIGHT, BOOST_TITLE, EXACT_PHRASE_WEIGHT,
    MAX_LIMIT,
};
use crate::index::schema::{HIT_ACTION, HIT_PAGE, KIND_ACTION, KIND_DOC, KIND_PAGE};
use crate::index::{IndexError, Store};

/// Run a search: the hits only.
pub fn search(store: &Store, request: &SearchRequest) -> Result<Vec<Hit>, IndexError> {
    Ok(run(store, request)?.hits)
}

/// Lowercase, one space between words: for comparing exact wordings.
pub(super) fn plain(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '§')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

/// Percent-encode a path for a `file://` URI.
pub(super) fn uri_path(path: &str) -> String {
    const KEEP: &AsciiSet = &NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'.');
    const URI: &AsciiSet = &KEEP.remove(b'_').remove(b'~');
    utf8_percent_encode(path, URI).to_string()
}

/// A stored path as an absolute path (paths stored relative to where ingest ran are taken
/// relative to the working directory).
pub(super) fn absolute(path: &str) -> String {
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

    type Compiled = (Option<Box<dyn Query>>, Highlight);
    let compile = |ast: &Ast, mode: Mode| -> Result<Compiled, IndexError> {
        let mut c = Compiler {
            f,
            searcher: &searcher,
            mode,
            hl: Highlight::default(),
        };
        let q = c.compile(ast)?;
        Ok((q, c.hl))
    };
    // Pages and actions are collected apart, each as its own top `n`: a page's query is
    // then often a flat union of terms, whose top hits tantivy finds by block-max WAND
    // without scoring every match (see `top`). Scores are those of the query with its kind
    // filter: the filter's term adds the same score to every hit of its kind, and an
    // action's score is weighed by ACTION_WEIGHT (actions weigh less than pages). Equal
    // scores are ordered by each hit's fixed rank, not by where ingest put it in the index.
    // With the hits, their number when every match was seen (neither top `n` was filled).
    let collect = |q: Box<dyn Query>,
                   n: usize,
                   hl: &Highlight|
     -> Result<(Vec<Ranked>, Option<usize>), IndexError> {
        let n = n.max(1);
        let mut out: Vec<Ranked> = Vec::new();
        let mut all_seen = true;
        let mut searches: Vec<(Box<dyn Query>, TopHits, Score, Score)> = Vec::new();
        let filter = term_q(f.kind, KIND_PAGE);
        let added = constant_score(&searcher, filter.as_ref()).map_err(|e| store.err(e))?;
        if request.kind != KindFilter::Action {
            let pages = plan(q.as_ref(), KIND_PAGE);
            let scoring = EnableScoring::enabled_from_searcher(&searcher);
            let filters = pages
                .filters
                .iter()
                .map(|f| f.weight(scoring))
                .collect::<tantivy::Result<Vec<_>>>()
                .map_err(|e| store.err(e))?;
            let most_added = most_added(&searcher, &pages.filters).map_err(|e| store.err(e))?;
            let bound = |leaves: &Option<Vec<_>>| match leaves {
                Some(leaves) => Bounded::new(&searcher, leaves).map_err(|e| store.err(e)),
                None => Ok(None),
            };
            let (bounded, optional) = (bound(&pages.leaves)?, bound(&pages.optional)?);
            // Leaves that cannot be bounded: the whole query as it is.
            let query = if pages.optional.is_some() && optional.is_none() {
                q.box_clone()
            } else {
                pages.query
            };
            let top = TopHits {
                k: n,
                kind: HIT_PAGE,
                filters,
                most_added,
                bounded,
                optional,
            };
            searches.push((query, top, added, 1.0));
        }
        let mut on_pages = None;
        if request.kind != KindFilter::Page {
            // Actions are weighed against the pages they stand on (see `fair`).
            on_pages = Some(q.box_clone());
            let full = BooleanQuery::new(vec![
                (Occur::Must, term_q(f.kind, KIND_ACTION)),
                (Occur::Must, q),
            ]);
            let top = TopHits {
                k: n,
                kind: HIT_ACTION,
                filters: Vec::new(),
                most_added: 0.0,
                bounded: None,
                optional: None,
            };
            searches.push((Box::new(full), top, 0.0, ACTION_WEIGHT));
        }
        // Each kind's hits with their scores: a page's with its kind filter's score added,
        // an action's weighed.
        for (query, top, add, times) in searches {
            let kind = top.kind;
            let found = searcher.search(query.as_ref(), &top);
            let found = found.map_err(|e| store.err(e))?;
            all_seen &= found.len() < n;
            let mut found: Vec<Ranked> = found
                .into_iter()
                .map(|(s, r, a)| ((s + add) * times, r, a))
                .collect();
            if let (HIT_ACTION, Some(w)) = (kind, &on_pages) {
                // (Only the actions that can enter the top `n` with the pages found.)
                out.sort_by(better);
                let floor = out.get(n - 1).map_or(Score::MIN, |h| h.0);
                fair(store, &searcher, hl, (w.as_ref(), added, floor), &mut found)?;
            }
            out.extend(found);
        }
        let seen = all_seen.then_some(out.len());
        out.sort_by(better);
        out.truncate(n);
        Ok((out, seen))
    };
    // The number of pages and actions that match the whole query, every one counted.
    let count = |q: Box<dyn Query>| -> Result<usize, IndexError> {
        let full = BooleanQuery::new(vec![(Occur::Must, kind_q.box_clone()), (Occur::Must, q)]);
        searcher.search(&full, &Count).map_err(|e| store.err(e))
    };

    let strict = Mode::default();
    let (q, mut hl) = compile(&ast, strict)?;
    let mut counted = q.as_ref().map(|q| q.box_clone());
    let (mut top, mut seen) = (Vec::new(), Some(0));
    if let Some(q) = q {
        (top, seen) = collect(q, fetch, &hl)?;
    }
    let mut fuzzy = false;
    if top.is_empty() {
        fuzzy = true;
        let (q, fuzzy_hl) = compile(&ast, Mode { fuzzy, ..strict })?;
        if let Some(q) = q {
            counted = Some(q.box_clone());
            (top, seen) = collect(q, fetch, &fuzzy_hl)?;
            hl = fuzzy_hl;
        }
    }
    // Counting every match costs as much as scoring them: only when asked, or when the
    // collection saw them all anyway.
    let (total, total_exact) = match (seen, counted) {
        (Some(n), _) => (n, true),
        (None, Some(q)) if request.count => (count(q)?, true),
        (None, _) => (top.len(), false),
    };
    if !exact.is_empty() && !top.is_empty() {
        // The exact wording of a phrase first: the phrase matched every inflection.
        for hit in &mut top {
            let doc: TantivyDocument = searcher.doc(hit.2).map_err(|e| store.err(e))?;
            let text = stored(&doc, f.text).map_or_else(String::new, |t| plain(&t));
            if exact.iter().any(|p| text.contains(p.as_str())) {
                hit.0 *= EXACT_PHRASE_WEIGHT;
            }
        }
        top.sort_by(better);
    }
    top.truncate(want);
    let partial_from = top.len();
    // A word typed alone fills up with its parts near each other, a hyphenated word with its
    // words apart.
    let fills = has_implicit_and(&ast)
        || !exact.is_empty()
        || matches!(&ast, Ast::Word(w) if is_hyphenated(w) || w.chars().all(char::is_alphabetic));
    if top.len() < want && fills {
        // Fill up with pages that match only some of the words (or a phrase's words apart),
        // after the full matches.
        let split = matches!(ast, Ast::Word(_));
        let (q, more_hl) = compile(
            &ast,
            Mode {
                fuzzy,
                relaxed: true,
                split,
                ..strict
            },
        )?;
        if let Some(q) = q {
            let (more, _) = collect(q, want, &more_hl)?;
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
            // (A word's parts, filling up after it, would move the full hits' snippets.)
            if !matches!(&ast, Ast::Word(_)) {
                hl.terms.extend(more_hl.terms);
                hl.groups.extend(more_hl.groups);
            }
        }
    }
    // The items of the query a partial hit is checked against: the words of an implicit
    // AND; of a phrase alone, its words (the pages that fill up after it have them apart).
    let items: Vec<Ast> = match &ast {
        Ast::And(items, false) => items.clone(),
        Ast::Phrase(p) => words_of(p),
        _ => Vec::new(),
    };
    let mut checks: Vec<(String, Box<dyn Query>)> = Vec::new();
    for item in items.iter().filter(|_| top.len() > partial_from) {
        if !matches!(item, Ast::Not(_) | Ast::Field(..)) {
            if let (Some(q), _) = compile(item, Mode { fuzzy, ..strict })? {
                checks.push((label(item), q));
            }
        }
    }

    let skip = request.offset.min(top.len());
    let mut paths: HashMap<String, String> = HashMap::new();
    let mut hits = Vec::with_capacity(top.len() - skip);
    for (i, (score, _, addr)) in top.into_iter().enumerate().skip(skip) {
        let mut hit = make_hit(store, &searcher, &hl, addr, score, &mut paths)?;
        if i >= partial_from {
            hit.partial = true;
            for (l, q) in &checks {
                if matches_item(store, &searcher, &hit, q.box_clone())? {
                    hit.matched.push(l.clone());
                }
            }
        }
        hits.push(hit);
    }
    Ok(SearchResults {
        hits,
        total,
        total_exact,
    })
}

/// The index documents of page `n`.
fn page_q(field: Field, n: u32) -> Box<dyn Query> {
    let term = Term::from_field_u64(field, u64::from(n));
    Box::new(TermQuery::new(term, IndexRecordOption::Basic))
}

/// Whether the page or action of a hit matches a query (the words of a partial hit).
pub(super) fn matches_item(
    store: &Store,
    searcher: &Searcher,
    hit: &Hit,
    q: Box<dyn Query>,
) -> Result<bool, IndexError> {
    let f = store.fields();
    let mut clauses = vec![
        (Occur::Must, q),
        (Occur::Must, term_q(f.kind, &hit.kind)),
        (Occur::Must, term_q(f.doc, &hit.doc)),
    ];
    match (&hit.number, hit.page) {
        (Some(n), _) => clauses.push((Occur::Must, term_q(f.action, n))),
        (None, Some(p)) => clauses.push((Occur::Must, page_q(f.page, p))),
        (None, None) => {}
    }
    let n = searcher
        .search(&BooleanQuery::new(clauses), &Count)
        .map_err(|e| store.err(e))?;
    Ok(n > 0)
}

/// The stored path of a document, read from its fast column (the stored `doc` document
/// also holds the whole record, which can be megabytes).
pub(super) fn doc_path(store: &Store, searcher: &Searcher, id: &str) -> Result<String, IndexError> {
    let f = store.fields();
    let terms = vec![term_q(f.kind, KIND_DOC), term_q(f.doc, id)];
    let Some(addr) = first_match(store, searcher, terms)? else {
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
pub(super) fn stored(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

/// The address of the one index document matching every term query given, if any.
fn first_match(
    store: &Store,
    searcher: &Searcher,
    terms: Vec<Box<dyn Query>>,
) -> Result<Option<DocAddress>, IndexError> {
    let q = BooleanQuery::new(terms.into_iter().map(|t| (Occur::Must, t)).collect());
    let top = searcher
        .search(&q, &TopDocs::with_limit(1).order_by_score())
        .map_err(|e| store.err(e))?;
    Ok(top.first().map(|(_, addr)| *addr))
}

pub(super) fn make_hit(
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
    let first = doc.get_first(f.page).and_then(|v| v.as_u64());
    let mut page = first.and_then(|p| u32::try_from(p).ok());
    let mut label = stored(&doc, f.label);
    let number = stored(&doc, f.action).filter(|_| kind == KIND_ACTION);
    let snip = if number.is_some() {
        let at = place(store, searcher, hl, &doc)?;
        if at.page.is_some() {
            (page, label) = (at.page, at.label);
        }
        at.snippet
    } else {
        snippet(&stored(&doc, f.text).unwrap_or_default(), hl)
    };
    if !paths.contains_key(&id) {
        paths.insert(id.clone(), absolute(&doc_path(store, searcher, &id)?));
    }
    let path = paths[&id].clone();
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

/// Where an action hit stands: its snippet, from its own title and body (a page of its span
/// also holds other actions' text), and the page of its span (its pages, else its table of
/// contents' page) that holds the snippet's first marked words, with the page's label and
/// address (the first page of the span when none does); and the share of the snippet's
/// query terms that its own title holds, its number left out (none for an action without
/// a body: a line of its page).
struct Place {
    snippet: Snippet,
    title_share: Score,
    page: Option<u32>,
    label: Option<String>,
    at: Option<DocAddress>,
}

fn place(
    store: &Store,
    searcher: &Searcher,
    hl: &Highlight,
    doc: &TantivyDocument,
) -> Result<Place, IndexError> {
    let f = store.fields();
    let (id, number) = (stored(doc, f.doc), stored(doc, f.action));
    let title = stored(doc, f.title).unwrap_or_default();
    let own = number.and_then(|n| title.strip_prefix(&format!("{n}. ")));
    let titled = snippet(own.unwrap_or(&title), hl).distinct;
    // The body's best window; the title's when it holds more (an action known only from a
    // table of contents has no body).
    let body = snippet(&stored(doc, f.text).unwrap_or_default(), hl);
    let blank = body.text.trim().is_empty();
    let share = titled as Score / body.distinct.max(titled).max(1) as Score;
    let title_share = if blank { 0.0 } else { share };
    let snip = (blank || titled > body.distinct).then(|| snippet(&title, hl));
    let snip = snip.unwrap_or(body);
    // The snippet's words from its first marked one on, and that word alone, as a page has
    // them.
    let from = snip.text.find("**").unwrap_or(0);
    let words: Vec<&str> = snip.text[from..].split_whitespace().collect();
    let probes = [4, 1].map(|n| plain(&words[..words.len().min(n)].join(" ")));
    let mut pages = Vec::new();
    for p in doc
        .get_all(f.page)
        .filter_map(|v| u32::try_from(v.as_u64()?).ok())
    {
        let id = term_q(f.doc, id.as_deref().unwrap_or(""));
        let terms = vec![term_q(f.kind, KIND_PAGE), id, page_q(f.page, p)];
        if let Some(at) = first_match(store, searcher, terms)? {
            let page_doc: TantivyDocument = searcher.doc(at).map_err(|e| store.err(e))?;
            let text = plain(&stored(&page_doc, f.text).unwrap_or_default());
            pages.push((p, stored(&page_doc, f.label), at, text));
        }
    }
    let holds = |probe: &String| pages.iter().find(|p| p.3.contains(probe.as_str()));
    let found = probes.iter().find_map(holds).or(pages.first());
    Ok(Place {
        snippet: snip,
        title_share,
        page: found.map(|p| p.0),
        label: found.and_then(|p| p.1.clone()),
        at: found.map(|p| p.2),
    })
}

/// Action hits on the scale of the pages: an action is a short text, which BM25 favours over
/// a page with the same words, so an action scores at most as its own page does (the page
/// of its span that holds its snippet, see [`place`]): just below it when only its body or
/// its number matched, or when it has no body (a line of its page: a list's item, an
/// agenda's line), up to [`BOOST_TITLE`] times it when its title (its number left out)
/// holds the terms its snippet holds. `on_pages` scores the query on a page, `added` is what
/// the kind filter adds to a page's score; hits below `floor` are left as they are.
fn fair(
    store: &Store,
    searcher: &Searcher,
    hl: &Highlight,
    (on_pages, added, floor): (&dyn Query, Score, Score),
    hits: &mut [Ranked],
) -> Result<(), IndexError> {
    let mut weight: Option<Box<dyn Weight>> = None;
    for hit in hits.iter_mut().filter(|h| h.0 >= floor) {
        let doc: TantivyDocument = searcher.doc(hit.2).map_err(|e| store.err(e))?;
        let place = place(store, searcher, hl, &doc)?;
        let Some(at) = place.at else {
            continue;
        };
        let reader = searcher.segment_reader(at.segment_ord);
        if weight.is_none() {
            let scoring = EnableScoring::enabled_from_searcher(searcher);
            weight = Some(on_pages.weight(scoring).map_err(|e| store.err(e))?);
        }
        let Some(w) = &weight else { continue };
        let mut s = w.scorer(reader, 1.0).map_err(|e| store.err(e))?;
        if s.doc() > at.doc_id || (s.doc() < at.doc_id && s.seek(at.doc_id) != at.doc_id) {
            continue;
        }
        let times = 0.999 + (BOOST_TITLE - 0.999) * place.title_share;
        hit.0 = hit.0.min((s.score() + added) * times);
    }
    Ok(())
}
