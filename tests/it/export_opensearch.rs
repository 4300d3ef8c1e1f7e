//! `kommission export opensearch` through the real binary on an index made by `kommission
//! ingest corpus`: bulk lines parse and alternate, ids are unique and stable, every source
//! field is mapped, and the template names only analyzers and types OpenSearch documents.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use super::export_pages::{corpus_index, ok, repo, run_in};

fn bulk(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["export", "opensearch"];
    all.extend_from_slice(args);
    ok(&run_in(&repo(), corpus_index(), &all))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn bulk_lines_alternate_with_unique_stable_ids() {
    let lines = bulk(&[]);
    assert_eq!(lines.len() % 2, 0);
    let mut ids = HashSet::new();
    let mut types = std::collections::BTreeMap::<String, usize>::new();
    for pair in lines.chunks(2) {
        let (action, source) = (&pair[0], &pair[1]);
        let meta = action["index"].as_object().expect("an index action line");
        assert_eq!(action.as_object().unwrap().len(), 1);
        assert_eq!(meta["_index"], "kommission");
        let id = meta["_id"].as_str().unwrap();
        assert!(ids.insert(id.to_string()), "duplicate _id {id}");
        assert!(source.get("index").is_none(), "a source line: {source}");
        let ty = source["type"].as_str().unwrap();
        assert!(id.starts_with(&format!("{ty}/")), "{id} is a {ty}");
        *types.entry(ty.to_string()).or_default() += 1;
    }
    assert_eq!(types["page"], 26);
    assert_eq!(types["action"], 69);
    assert_eq!(types["protocol"], 1);
    // The same ids, in the same order, on the next export; --index-name only renames.
    let again = bulk(&["--index-name", "malmo-2024"]);
    assert_eq!(again.len(), lines.len());
    for (a, b) in lines.iter().zip(&again).step_by(2) {
        assert_eq!(a["index"]["_id"], b["index"]["_id"]);
        assert_eq!(b["index"]["_index"], "malmo-2024");
    }
    for (a, b) in lines.iter().zip(&again).skip(1).step_by(2) {
        assert_eq!(a, b, "the same sources");
    }
}

#[test]
fn sources_carry_text_identifiers_and_compound_tokens() {
    let lines = bulk(&[]);
    let source = |id: &str| -> &Value {
        let i = lines
            .iter()
            .position(|l| l["index"]["_id"] == id)
            .unwrap_or_else(|| panic!("no {id}"));
        &lines[i + 1]
    };
    let p5 = source("page/inriktning-2014/5");
    assert!(p5["text"].as_str().unwrap().contains("screeningprogram"));
    let tokens: Vec<&str> = p5["tokens"].as_str().unwrap().split(' ').collect();
    // kommission's compound parts: "screening" is a token of the page, which OpenSearch's
    // own swedish analyzer would not make of "screeningprogram".
    assert!(tokens.contains(&"screening"), "{tokens:?}");
    assert!(!tokens.contains(&"och"), "stop words are left out");
    let a5 = source("action/inriktning-2014/5");
    assert_eq!(a5["number"], 5);
    assert_eq!(a5["page"], 19);
    assert!(a5["uri"].as_str().unwrap().ends_with(".pdf#page=19"));
    assert!(a5["identifiers"]
        .as_array()
        .unwrap()
        .contains(&Value::from("3.1.1.3")));
    let protocol = source("protocol/protokoll-ks-2020-04-06-p216/1");
    assert_eq!(protocol["diary_number"], "STK-2019-1535");
    assert_eq!(protocol["date"], "2020-04-06");
    for id in ["STK-2019-1535", "STK-2016-1242", "§216"] {
        assert!(
            protocol["identifiers"]
                .as_array()
                .unwrap()
                .contains(&Value::from(id)),
            "{id}"
        );
    }
    // A web page mentions no action: empty lists, present.
    let web = source("page/malmo-se-utvecklingsarbetet/1");
    assert_eq!(web["kind"], "web");
    assert!(web["diary_numbers"].as_array().unwrap().is_empty());
}

/// Field types of OpenSearch's mapping documentation ("Supported field types").
const DOCUMENTED_TYPES: &[&str] = &[
    "binary",
    "boolean",
    "byte",
    "date",
    "date_nanos",
    "double",
    "float",
    "half_float",
    "integer",
    "ip",
    "keyword",
    "long",
    "match_only_text",
    "nested",
    "object",
    "scaled_float",
    "short",
    "text",
    "unsigned_long",
    "wildcard",
];

/// Built-in analyzers of OpenSearch's documentation (the language analyzers include
/// `swedish`).
const DOCUMENTED_ANALYZERS: &[&str] = &[
    "standard",
    "simple",
    "whitespace",
    "stop",
    "keyword",
    "pattern",
    "fingerprint",
    "swedish",
];

fn visit<'a>(props: &'a serde_json::Map<String, Value>, out: &mut Vec<(String, &'a Value)>) {
    for (name, mapping) in props {
        out.push((name.clone(), mapping));
        if let Some(sub) = mapping.get("properties").and_then(Value::as_object) {
            visit(sub, out);
        }
    }
}

#[test]
fn the_template_maps_every_field_with_documented_names() {
    let text = ok(&run_in(
        &repo(),
        corpus_index(),
        &[
            "export",
            "opensearch",
            "--template",
            "--index-name",
            "malmo",
        ],
    ));
    let t: Value = serde_json::from_str(&text).expect("the template is JSON");
    assert_eq!(t["index_patterns"][0], "malmo");
    let mappings = &t["template"]["mappings"];
    assert_eq!(mappings["dynamic"], "strict");
    let props = mappings["properties"].as_object().unwrap();
    let mut all = Vec::new();
    visit(props, &mut all);
    for (name, m) in &all {
        let ty = m["type"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: no type"));
        assert!(DOCUMENTED_TYPES.contains(&ty), "{name}: type {ty}");
        if let Some(a) = m.get("analyzer") {
            let a = a.as_str().unwrap();
            assert!(DOCUMENTED_ANALYZERS.contains(&a), "{name}: analyzer {a}");
            assert_eq!(ty, "text", "{name}: an analyzer on a text field only");
        }
    }
    assert_eq!(props["text"]["analyzer"], "swedish");
    assert_eq!(props["identifiers"]["type"], "keyword");
    assert_eq!(props["tokens"]["analyzer"], "whitespace");
    // Every field of every source line is mapped (the mapping is strict).
    let mapped: BTreeSet<&str> = props.keys().map(String::as_str).collect();
    let lines = bulk(&[]);
    for source in lines.iter().skip(1).step_by(2) {
        for (k, v) in source.as_object().unwrap() {
            assert!(mapped.contains(k.as_str()), "{k} is not mapped");
            if k == "links" {
                for l in v.as_array().unwrap() {
                    for sub in l.as_object().unwrap().keys() {
                        assert!(
                            props["links"]["properties"].get(sub).is_some(),
                            "links.{sub}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_query_body_uses_kommissions_analysis() {
    let text = ok(&run_in(
        &repo(),
        corpus_index(),
        &["export", "opensearch", "--query", "forskningscirkel"],
    ));
    let q: Value = serde_json::from_str(&text).unwrap();
    let must = &q["query"]["bool"]["must"][0]["match"]["tokens"]["query"];
    // The query word's stem is the page's: the same token as "forskningscirklar" gives.
    let lines = bulk(&[]);
    let i = lines
        .iter()
        .position(|l| l["index"]["_id"] == "page/inriktning-2014/19")
        .unwrap();
    let page_tokens: Vec<&str> = lines[i + 1]["tokens"]
        .as_str()
        .unwrap()
        .split(' ')
        .collect();
    for t in must.as_str().unwrap().split(' ') {
        assert!(page_tokens.contains(&t), "{t} not among the page's tokens");
    }
}
