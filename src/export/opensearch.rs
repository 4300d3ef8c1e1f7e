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

use std::io::Write;

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::index::analyzer::for_each_word;
use crate::index::Store;
use crate::model::{Action, DocRecord, Link, Page, Protocol};

use super::pages::{
    for_each_doc_parallel, identifier_value, DocContext, PageRow, Parse, PathResolver,
};
use super::{json_error, ExportError};

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

/// One action line and one source line, each ending in a newline.
fn write_pair<W: Write, S: Serialize>(
    out: &mut W,
    index: &str,
    id: &str,
    source: &S,
) -> Result<(), ExportError> {
    serde_json::to_writer(
        &mut *out,
        &ActionLine {
            index: IndexTarget { index, id },
        },
    )
    .map_err(json_error)?;
    out.write_all(b"\n")?;
    serde_json::to_writer(&mut *out, source).map_err(json_error)?;
    out.write_all(b"\n")?;
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
    // written in document order.
    let render =
        |record: DocRecord, links: Vec<Link>| -> Result<(Vec<u8>, BulkSummary), ExportError> {
            let cx = DocContext::new(&record, &links, resolver);
            let mut buf =
                Vec::with_capacity(record.pages.iter().map(|p| 3 * p.text.len() + 1024).sum());
            let mut n = BulkSummary::default();
            let mut id = String::new();
            for page in &record.pages {
                id.clear();
                let _ = std::fmt::Write::write_fmt(
                    &mut id,
                    format_args!("page/{}/{}", record.id, page.number),
                );
                write_pair(&mut buf, index, &id, &page_source(&cx, page))?;
                n.pages += 1;
            }
            for action in &record.structure.actions {
                let (id, source) = action_source(&cx, action)?;
                write_pair(&mut buf, index, &id, &source)?;
                n.actions += 1;
            }
            for (i, p) in record.structure.protocols.iter().enumerate() {
                let (id, source) = protocol_source(&cx, i, p);
                write_pair(&mut buf, index, &id, &source)?;
                n.protocols += 1;
            }
            Ok((buf, n))
        };
    for_each_doc_parallel(store, only, Parse::Full, render, |(buf, n)| {
        out.write_all(&buf)?;
        s.pages += n.pages;
        s.actions += n.actions;
        s.protocols += n.protocols;
        Ok(())
    })?;
    out.flush()?;
    Ok(s)
}

/// The source of a page: its `export pages` record with `type`, `identifiers` and `tokens`.
#[derive(Serialize)]
struct PageSource<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    row: PageRow<'a>,
    identifiers: Vec<String>,
    tokens: String,
}

fn page_source<'a>(cx: &'a DocContext<'a>, page: &'a Page) -> PageSource<'a> {
    let mut identifiers: Vec<String> = Vec::new();
    for i in cx.identifiers(page.number) {
        let v = identifier_value(i);
        if !identifiers.contains(&v) {
            identifiers.push(v);
        }
    }
    PageSource {
        kind: "page",
        row: PageRow::new(cx, page),
        identifiers,
        tokens: tokens(&page.text),
    }
}

/// `_id` and source of an action.
fn action_source(cx: &DocContext<'_>, action: &Action) -> Result<(String, Value), ExportError> {
    let record = cx.record;
    let number = action.number.clone();
    let first = action.pages.first().copied();
    let text = if action.body.is_empty() {
        action.title.clone()
    } else {
        format!("{}\n{}", action.title, action.body)
    };
    let codes: Vec<&str> = action
        .recommendations
        .iter()
        .map(|r| r.code.as_str())
        .collect();
    let source = json!({
        "type": "action",
        "doc": record.id,
        "path": cx.path,
        "uri": first.map_or_else(|| cx.uri.clone(), |p| cx.page_uri(p)),
        "page": first,
        "pages": action.pages,
        "title": action.title,
        "kind": record.kind.map(|k| k.as_str()),
        "doc_title": record.title,
        "number": action.number,
        "section": action.section,
        "section_page": action.section_page,
        "measure_type": action.measure_type,
        "responsible": action.responsible,
        "report_back": action.report_back,
        "recommendations": codes,
        "identifiers": codes,
        "text": text,
        "tokens": tokens(&text),
    });
    Ok((format!("action/{}/{number}", record.id), source))
}

/// `_id` and source of a protocol paragraph (the `n`-th of its document, from 0).
fn protocol_source(cx: &DocContext<'_>, n: usize, p: &Protocol) -> (String, Value) {
    let record = cx.record;
    let mut text = p.title.clone().unwrap_or_default();
    for part in p.decisions.iter().chain(&p.basis) {
        text.push('\n');
        text.push_str(part);
    }
    let mut ids: Vec<String> = p.diary_number.iter().cloned().collect();
    ids.extend(p.referenced_diary_numbers.iter().cloned());
    if let Some(n) = p.paragraph {
        ids.push(format!("§{n}"));
    }
    let source = json!({
        "type": "protocol",
        "doc": record.id,
        "path": cx.path,
        "uri": p.page.map_or_else(|| cx.uri.clone(), |page| cx.page_uri(page)),
        "page": p.page,
        "title": p.title,
        "kind": record.kind.map(|k| k.as_str()),
        "doc_title": record.title,
        "body": p.body,
        "date": p.date,
        "time": p.time,
        "place": p.place,
        "paragraph": p.paragraph,
        "diary_number": p.diary_number,
        "diary_numbers": p.referenced_diary_numbers,
        "chair": p.chair,
        "secretary": p.secretary,
        "adjuster": p.adjuster,
        "decisions": p.decisions,
        "basis": p.basis,
        "identifiers": ids,
        "text": text,
        "tokens": tokens(&text),
    });
    (format!("protocol/{}/{}", record.id, n + 1), source)
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
