//! `kommission export opensearch`: the index as `_bulk` NDJSON for OpenSearch (or
//! Elasticsearch), and the index template that maps every field.
//!
//! Every page, action and protocol paragraph is one OpenSearch document: an action line
//! `{"index":{"_index":NAME,"_id":ID}}` followed by the source line. The `_id` is made from
//! what the record is, never from a counter — `page/<doc>/<n>`, `action/<doc>/<number>`,
//! `protocol/<doc>/<n>` — so sending the file again replaces the documents instead of adding
//! copies. `type` tells the three apart.
//!
//! OpenSearch's `swedish` analyzer stems but does not split compounds (`screening` does not
//! find *screeningprogram*). The `tokens` field carries kommission's own analysis of the same
//! text ([`crate::index::analyzer`]: normalised stems, identifier terms and compound parts,
//! whitespace-joined) and is mapped with the `whitespace` analyzer, so a query analysed by
//! kommission ([`query_body`]) finds what `kommission search` finds.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Write;

use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::ident::DiaryNumber;
use crate::index::analyzer::for_each_word;
use crate::index::writer::push_unique;
use crate::index::Store;
use crate::model::{DocRecord, Link, Page, Protocol};

use super::pages::{
    identifier_value, write_docs_parallel, DocContext, PageRow, Parse, PathResolver,
};
use super::{json_error, ActionRow, ExportError, ProtocolRow};

/// The default index name.
pub const DEFAULT_INDEX: &str = "kommission";

/// kommission's analysis of a text: every index term (stem, variants, compound parts) of every
/// word, in order, separated by spaces.
pub fn tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for_each_word(text, |w| {
        for t in std::iter::once(w.term).chain(w.variants.iter().map(String::as_str)) {
            push_token(&mut out, t);
        }
        for t in w.parts {
            push_token(&mut out, t);
        }
    });
    out
}

fn push_token(out: &mut String, t: &str) {
    if t.is_empty() || t.contains(char::is_whitespace) {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(t);
}

/// A worker's memory of the pieces of text it has seen (the runs between ASCII spaces, tabs
/// and line ends) and their [`tokens`], JSON-escaped, with a space before them (empty when
/// the piece has none). No word of the analysis crosses such a space (words, numbers and
/// diary numbers hold none), so a text's tokens are its pieces' tokens in order: each
/// distinct piece is analysed, joined and escaped once per worker.
#[derive(Default)]
struct PieceTokens {
    memory: FxHashMap<Box<[u8]>, Box<[u8]>>,
    /// Bytes of pieces and tokens remembered (the memory starts again at [`MOST_BYTES`]).
    bytes: usize,
}

/// Longest piece remembered (a longer one is analysed each time it is met).
const REMEMBERED_PIECE: usize = 64;
/// Most bytes of pieces and tokens remembered per worker.
const MOST_BYTES: usize = 8 << 20;

thread_local! {
    static PIECES: RefCell<PieceTokens> = RefCell::new(PieceTokens::default());
}

/// [`tokens`] of `piece`, JSON-escaped (without quotes), with a space before them; empty
/// when it has none.
fn spaced_tokens(piece: &str) -> Box<[u8]> {
    let tokens = tokens(piece);
    if tokens.is_empty() {
        return Box::default();
    }
    let json = serde_json::to_string(&tokens).unwrap_or_default();
    let escaped = json
        .get(1..json.len().saturating_sub(1))
        .unwrap_or_default();
    format!(" {escaped}").into_bytes().into_boxed_slice()
}

impl PieceTokens {
    /// Append the escaped tokens of `text`'s pieces, separated by spaces.
    fn write(&mut self, out: &mut Vec<u8>, text: &str) {
        // Tokens are separated by a space: the first piece's space goes.
        let start = out.len();
        let push = |out: &mut Vec<u8>, tokens: &[u8]| {
            let skip = usize::from(out.len() == start && !tokens.is_empty());
            out.extend_from_slice(tokens.get(skip..).unwrap_or_default());
        };
        for piece in text
            .split([' ', '\t', '\n', '\r'])
            .filter(|p| !p.is_empty())
        {
            if piece.len() > REMEMBERED_PIECE {
                push(out, &spaced_tokens(piece));
            } else if let Some(tokens) = self.memory.get(piece.as_bytes()) {
                push(out, tokens);
            } else {
                if self.bytes >= MOST_BYTES {
                    self.memory.clear();
                    self.bytes = 0;
                }
                let tokens = spaced_tokens(piece);
                push(out, &tokens);
                self.bytes += piece.len() + tokens.len();
                self.memory.insert(piece.as_bytes().into(), tokens);
            }
        }
    }
}

/// Append [`tokens`] of `text` to `out` as a JSON string, from the worker's memory of pieces
/// ([`PieceTokens`]).
fn write_tokens_json(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    PIECES.with(|memory| memory.borrow_mut().write(out, text));
    out.push(b'"');
}

/// The bulk action line of a document.
#[derive(Serialize)]
struct ActionLine<'a> {
    index: IndexTarget<'a>,
}

#[derive(Serialize)]
struct IndexTarget<'a> {
    #[serde(rename = "_index")]
    index: &'a str,
    #[serde(rename = "_id")]
    id: &'a str,
}

/// One action line and one source line, each ending in a newline. The source line is the
/// object `source` writes with a last field, `tokens`: the [`tokens`] of `text`.
fn write_pair(
    out: &mut Vec<u8>,
    index: &str,
    id: &str,
    text: &str,
    source: impl FnOnce(&mut Vec<u8>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    serde_json::to_writer(
        &mut *out,
        &ActionLine {
            index: IndexTarget { index, id },
        },
    )
    .map_err(json_error)?;
    out.push(b'\n');
    source(out)?;
    // The source is an object with fields: its closing brace makes way for one more.
    if out.pop() != Some(b'}') {
        return Err(not_an_object());
    }
    out.extend_from_slice(b",\"tokens\":");
    write_tokens_json(out, text);
    out.extend_from_slice(b"}\n");
    Ok(())
}

fn to_json(out: &mut Vec<u8>, source: &impl Serialize) -> Result<(), ExportError> {
    serde_json::to_writer(out, source).map_err(json_error)
}

fn not_an_object() -> ExportError {
    json_error(serde::ser::Error::custom("a bulk source is not an object"))
}

/// The source of a page: `{"type":"page"`, the fields of its `export pages` record
/// ([`PageRow`]) and `identifiers` (and `tokens`, [`write_pair`]). Written field by
/// field, as `#[serde(flatten)]` would write it, without serde's map serializer for a
/// flattened struct (which cost a tenth of the export).
fn write_page_source(
    out: &mut Vec<u8>,
    cx: &DocContext<'_>,
    page: &Page,
) -> Result<(), ExportError> {
    out.extend_from_slice(b"{\"type\":\"page\"");
    let at = out.len();
    serde_json::to_writer(&mut *out, &PageRow::new(cx, page)).map_err(json_error)?;
    // The row's own braces go: `{` becomes the comma after `type`, `}` makes way for
    // `identifiers`.
    match (out.get(at), out.last()) {
        (Some(b'{'), Some(b'}')) if out.len() > at + 2 => {
            out[at] = b',';
            out.pop();
        }
        _ => return Err(not_an_object()),
    }
    out.extend_from_slice(b",\"identifiers\":");
    serde_json::to_writer(&mut *out, &page_identifiers(cx, page)).map_err(json_error)?;
    out.push(b'}');
    Ok(())
}

/// Counts of what a bulk export wrote.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct BulkSummary {
    pub pages: u64,
    pub actions: u64,
    pub protocols: u64,
}

/// Write the `_bulk` NDJSON of the whole index (or one document).
pub fn write_bulk<W: Write>(
    store: &Store,
    only: Option<&str>,
    index: &str,
    resolver: &PathResolver,
    out: &mut W,
) -> Result<BulkSummary, ExportError> {
    let mut s = BulkSummary::default();
    // The lines of each document, rendered in parallel (the analysis of `tokens` is the cost),
    // runs of documents into one buffer, written in document order.
    let render = |buf: &mut Vec<u8>,
                  n: &mut BulkSummary,
                  record: DocRecord,
                  links: Vec<Link>|
     -> Result<(), ExportError> {
        let cx = DocContext::new(&record, &links, resolver);
        let mut id = String::new();
        for page in &record.pages {
            id.clear();
            let _ = std::fmt::Write::write_fmt(
                &mut id,
                format_args!("page/{}/{}", record.id, page.number),
            );
            write_pair(buf, index, &id, &page.text, |out| {
                write_page_source(out, &cx, page)
            })?;
            n.pages += 1;
        }
        for action in &record.structure.actions {
            let row = ActionRow::from(action);
            let id = format!("action/{}/{}", record.id, action.number);
            let source = ActionSource::new(&cx, &row);
            write_pair(buf, index, &id, &source.text, |out| to_json(out, &source))?;
            n.actions += 1;
        }
        for (i, p) in record.structure.protocols.iter().enumerate() {
            let id = format!("protocol/{}/{}", record.id, i + 1);
            let source = ProtocolSource::new(&cx, p);
            write_pair(buf, index, &id, &source.text, |out| to_json(out, &source))?;
            n.protocols += 1;
        }
        Ok(())
    };
    write_docs_parallel(store, only, Parse::Full, render, |buf, n| {
        out.write_all(buf)?;
        s.pages += n.pages;
        s.actions += n.actions;
        s.protocols += n.protocols;
        Ok(())
    })?;
    out.flush()?;
    Ok(s)
}

/// The distinct identifiers of a page, in order ([`write_page_source`]).
fn page_identifiers(cx: &DocContext<'_>, page: &Page) -> Vec<String> {
    let mut identifiers = Vec::new();
    for i in cx.identifiers(page.number) {
        push_unique(&mut identifiers, identifier_value(i));
    }
    identifiers
}

/// The source of an action ([`ActionRow`]; `tokens` is added by [`write_pair`]).
#[derive(Serialize)]
struct ActionSource<'a> {
    #[serde(rename = "type")]
    kind_of_record: &'static str,
    doc: &'a str,
    path: &'a str,
    uri: String,
    page: Option<u32>,
    pages: &'a [u32],
    title: &'a str,
    kind: Option<&'static str>,
    doc_title: Option<&'a str>,
    number: &'a str,
    section: Option<&'a str>,
    section_page: Option<u32>,
    measure_type: Option<&'a str>,
    responsible: Option<&'a str>,
    report_back: Option<&'a str>,
    recommendations: Vec<&'a str>,
    identifiers: Vec<&'a str>,
    text: Cow<'a, str>,
}

impl<'a> ActionSource<'a> {
    fn new(cx: &'a DocContext<'a>, row: &'a ActionRow<'a>) -> Self {
        let a = &*row.0;
        // An action's identifiers are the recommendation codes it answers.
        let codes = row.codes();
        ActionSource {
            kind_of_record: "action",
            doc: &cx.record.id,
            path: &cx.path,
            uri: cx.uri_at(row.first_page()),
            page: row.first_page(),
            pages: &a.pages,
            title: &a.title,
            kind: cx.record.kind.map(|k| k.as_str()),
            doc_title: cx.record.title.as_deref(),
            number: &a.number,
            section: a.section.as_deref(),
            section_page: a.section_page,
            measure_type: a.measure_type.as_deref(),
            responsible: a.responsible.as_deref(),
            report_back: a.report_back.as_deref(),
            recommendations: codes.clone(),
            identifiers: codes,
            text: row.text(),
        }
    }
}

/// The source of a protocol paragraph ([`ProtocolRow`]; `tokens` is added by
/// [`write_pair`]).
#[derive(Serialize)]
struct ProtocolSource<'a> {
    #[serde(rename = "type")]
    kind_of_record: &'static str,
    doc: &'a str,
    path: &'a str,
    uri: String,
    page: Option<u32>,
    title: Option<&'a str>,
    kind: Option<&'static str>,
    doc_title: Option<&'a str>,
    body: Option<&'a str>,
    date: Option<&'a str>,
    time: Option<&'a str>,
    place: Option<&'a str>,
    paragraph: Option<u32>,
    diary_number: Option<&'a DiaryNumber>,
    diary_numbers: &'a [DiaryNumber],
    chair: Option<&'a str>,
    secretary: Option<&'a str>,
    adjuster: Option<&'a str>,
    decisions: &'a [String],
    basis: &'a [String],
    identifiers: Vec<String>,
    text: String,
}

impl<'a> ProtocolSource<'a> {
    fn new(cx: &'a DocContext<'a>, p: &'a Protocol) -> Self {
        let row = ProtocolRow::from(p);
        ProtocolSource {
            kind_of_record: "protocol",
            doc: &cx.record.id,
            path: &cx.path,
            uri: cx.uri_at(p.page),
            page: p.page,
            title: p.title.as_deref(),
            kind: cx.record.kind.map(|k| k.as_str()),
            doc_title: cx.record.title.as_deref(),
            body: p.body.as_deref(),
            date: p.date.as_deref(),
            time: p.time.as_deref(),
            place: p.place.as_deref(),
            paragraph: p.paragraph,
            diary_number: p.diary_number.as_ref(),
            diary_numbers: &p.referenced_diary_numbers,
            chair: p.chair.as_deref(),
            secretary: p.secretary.as_deref(),
            adjuster: p.adjuster.as_deref(),
            decisions: &p.decisions,
            basis: &p.basis,
            identifiers: row.identifiers(),
            text: row.text(),
        }
    }
}

/// The field types of the template, by field name (every field any source line has).
pub const FIELDS: &[(&str, &str)] = &[
    ("type", "keyword"),
    ("doc", "keyword"),
    ("path", "keyword"),
    ("uri", "keyword"),
    ("page", "integer"),
    ("pages", "integer"),
    ("label", "keyword"),
    ("title", "text"),
    ("doc_title", "text"),
    ("kind", "keyword"),
    ("text", "text"),
    ("source", "keyword"),
    ("ocr", "boolean"),
    ("ocr_confidence", "float"),
    ("actions", "keyword"),
    ("recommendations", "keyword"),
    ("diary_numbers", "keyword"),
    ("links", "object"),
    ("annotations", "text"),
    ("running", "text"),
    ("identifiers", "keyword"),
    ("tokens", "text"),
    ("number", "keyword"),
    ("section", "text"),
    ("section_page", "integer"),
    ("measure_type", "keyword"),
    ("responsible", "text"),
    ("report_back", "text"),
    ("body", "keyword"),
    ("date", "date"),
    ("time", "keyword"),
    ("place", "text"),
    ("paragraph", "integer"),
    ("diary_number", "keyword"),
    ("chair", "text"),
    ("secretary", "text"),
    ("adjuster", "text"),
    ("decisions", "text"),
    ("basis", "text"),
];

/// The composable index template (`PUT _index_template/<name>`) for indexes named `index`
/// or `index-*`: strict mappings for every field, `swedish` for prose, `keyword` for ids,
/// `whitespace` for kommission's tokens.
pub fn template(index: &str) -> Value {
    let mut props = Map::new();
    for (name, ty) in FIELDS {
        let mapping = match (*name, *ty) {
            ("tokens", _) => json!({"type": "text", "analyzer": "whitespace"}),
            ("links", _) => json!({"type": "object", "properties": {
                "kind": {"type": "keyword"}, "target": {"type": "keyword"}}}),
            ("date", _) => {
                json!({"type": "date", "format": "strict_date", "ignore_malformed": true})
            }
            (_, "text") => json!({"type": "text", "analyzer": "swedish"}),
            (_, ty) => json!({ "type": ty }),
        };
        props.insert((*name).to_string(), mapping);
    }
    json!({
        "index_patterns": [index, format!("{index}-*")],
        "template": {
            "mappings": {"dynamic": "strict", "properties": props}
        }
    })
}

/// The `_search` body that asks OpenSearch what `kommission search QUERY` asks the index:
/// the words analysed by kommission against `tokens` (stems and compound parts, all words
/// required), OpenSearch's own `swedish` match on `text` for ranking, highlighted `text`.
pub fn query_body(query: &str, size: usize) -> Value {
    let analysed = tokens(query);
    let words: Vec<String> = {
        let mut v = Vec::new();
        for_each_word(query, |w| v.push(w.term.to_string()));
        v
    };
    json!({
        "size": size,
        "query": {"bool": {
            "must": [{"match": {"tokens": {"query": words.join(" "), "operator": "and"}}}],
            "should": [
                {"match": {"text": {"query": query}}},
                {"match": {"tokens": {"query": analysed}}}
            ]
        }},
        "_source": {"excludes": ["tokens", "text"]},
        "highlight": {"fields": {"text": {}}}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page source written field by field is what `#[serde(flatten)]` writes.
    #[test]
    fn a_page_source_is_the_flattened_row() {
        #[derive(Serialize)]
        struct Flat<'a> {
            #[serde(rename = "type")]
            kind: &'static str,
            #[serde(flatten)]
            row: PageRow<'a>,
            identifiers: Vec<String>,
        }
        let record = DocRecord {
            id: "plan-2014".into(),
            path: "arkiv/plan \"2014\".pdf".into(),
            title: Some("Handlingsplan för jämlik hälsa".into()),
            pages: vec![
                Page {
                    number: 1,
                    label: Some("i".into()),
                    text: "Åtgärd 3: \"citat\"\n\tmed tab och \u{1}".into(),
                    ..Page::default()
                },
                Page {
                    number: 2,
                    ocr_confidence: Some(87.5),
                    ..Page::default()
                },
            ],
            ..DocRecord::default()
        };
        let links = vec![Link {
            doc: "plan-2014".into(),
            page: 1,
            kind: crate::ident::LinkKind::MentionsNumber,
            target: "action:plan-2014#3".into(),
        }];
        let dir = tempfile::tempdir().unwrap();
        let resolver = PathResolver::new(dir.path(), None);
        let cx = DocContext::new(&record, &links, &resolver);
        for page in &record.pages {
            let mut got = Vec::new();
            write_page_source(&mut got, &cx, page).unwrap();
            let want = serde_json::to_vec(&Flat {
                kind: "page",
                row: PageRow::new(&cx, page),
                identifiers: page_identifiers(&cx, page),
            })
            .unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }

    #[test]
    fn remembered_tokens_are_those_of_the_analysis() {
        let check = |text: &str| {
            let mut got = Vec::new();
            write_tokens_json(&mut got, text);
            // Twice: the second time every word comes from the memory.
            write_tokens_json(&mut got, text);
            let once = serde_json::to_string(&tokens(text)).unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), once.repeat(2), "{text:?}");
        };
        check("Forskningscirklar i Malmö, STK-2019-1535 och 2.2.3.3: \"hälso- och sjukvård\"");
        check(&"barn".repeat(100));
        crate::ident::sample::texts("aZåÄö01239-.,: \n§é\u{301}\"\\\u{1}ⅫX²ß", 2000, 40, check);
    }
}
