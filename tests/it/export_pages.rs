//! `kommission export pages` through the real binary on an index made by `kommission ingest
//! corpus`: one record per page with absolute paths, percent-encoded URIs and the page's
//! links; `--doc`; CSV and JSON; a larger generated index streamed complete and in order.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use kommission::index::Store;
use kommission::model::{DocKind, DocRecord, Page};
use serde_json::Value;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run kommission in `cwd` with the given index.
pub fn run_in(cwd: &Path, index: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kommission"))
        .current_dir(cwd)
        .env("KOMMISSION_INDEX", index)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run kommission")
}

pub fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "kommission failed ({:?}): {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// One index of the shipped corpus for all export tests, made by the CLI's `ingest`.
pub fn corpus_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            ok(&run_in(
                &repo(),
                dir.path(),
                &["ingest", "--quiet", "--no-ocr", "corpus"],
            ));
            dir
        })
        .path()
}

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn every_page_of_the_corpus_with_its_links() {
    let rows = jsonl(&ok(&run_in(&repo(), corpus_index(), &["export", "pages"])));
    assert_eq!(rows.len(), 26, "26 pages in the corpus");
    let fields: Vec<&str> = rows[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for f in [
        "doc",
        "path",
        "uri",
        "page",
        "label",
        "title",
        "kind",
        "text",
        "ocr",
        "ocr_confidence",
        "annotations",
        "running",
        "actions",
        "recommendations",
        "diary_numbers",
        "links",
    ] {
        assert!(fields.contains(&f), "field {f} missing: {fields:?}");
    }
    // Ordered by document id, then page.
    let keys: Vec<(String, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["doc"].as_str().unwrap().to_string(),
                r["page"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for r in &rows {
        let path = Path::new(r["path"].as_str().unwrap());
        assert!(path.is_absolute() && path.is_file(), "{path:?}");
        let uri = r["uri"].as_str().unwrap();
        assert!(uri.starts_with("file:///"), "{uri}");
        let pdf = path.extension().is_some_and(|e| e == "pdf");
        assert_eq!(
            uri.ends_with(&format!("#page={}", r["page"])),
            pdf,
            "a page fragment for PDFs only: {uri}"
        );
        assert_eq!(r["ocr"], false);
        assert!(r["ocr_confidence"].is_null());
    }
    let page = |doc: &str, n: u64| -> &Value {
        rows.iter()
            .find(|r| r["doc"] == doc && r["page"] == n)
            .unwrap_or_else(|| panic!("{doc} p. {n}"))
    };
    // Action 5 stands on page 19 and cites 3.1.1.3 there.
    let p19 = page("inriktning-2014", 19);
    assert!(
        strings(&p19["actions"]).contains(&"inriktning-2014#5"),
        "{p19}"
    );
    assert!(strings(&p19["recommendations"]).contains(&"3.1.1.3"));
    assert!(p19["text"].as_str().unwrap().contains("forskningscirklar"));
    assert_eq!(p19["kind"], "report");
    // The protocol's page 2 names its diary numbers.
    let p2 = page("protokoll-ks-2020-04-06-p216", 2);
    assert!(
        strings(&p2["diary_numbers"]).contains(&"STK-2019-1535"),
        "{p2}"
    );
    assert_eq!(p2["kind"], "protocol");
    // Pages that point at nothing have empty lists, not missing ones.
    let empty = rows
        .iter()
        .filter(|r| r["links"].as_array().unwrap().is_empty())
        .collect::<Vec<_>>();
    assert!(!empty.is_empty(), "some corpus pages link to nothing");
    for r in empty {
        assert!(r["actions"].as_array().unwrap().is_empty());
        assert!(r["diary_numbers"].as_array().unwrap().is_empty());
    }
    // Every link named in a list is in `links`.
    for r in &rows {
        let targets: Vec<&str> = r["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["target"].as_str().unwrap())
            .collect();
        for a in strings(&r["actions"]) {
            assert!(targets.contains(&format!("action:{a}").as_str()), "{a}");
        }
    }
}

#[test]
fn one_document_and_other_formats() {
    let index = corpus_index();
    let one = jsonl(&ok(&run_in(
        &repo(),
        index,
        &["export", "pages", "--doc", "protokoll-ks-2020-04-06-p216"],
    )));
    assert_eq!(one.len(), 2);
    assert!(one
        .iter()
        .all(|r| r["doc"] == "protokoll-ks-2020-04-06-p216"));

    let o = run_in(&repo(), index, &["export", "pages", "--doc", "no-such-doc"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no document 'no-such-doc'"));
    assert!(o.stdout.is_empty());

    let json: Value = serde_json::from_str(&ok(&run_in(
        &repo(),
        index,
        &["export", "pages", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 26);

    let csv_text = ok(&run_in(
        &repo(),
        index,
        &["export", "pages", "--format", "csv"],
    ));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "doc");
    assert_eq!(&headers[2], "uri");
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 26);
    let text_col = headers.iter().position(|h| h == "text").unwrap();
    assert_eq!(
        records[18].get(text_col),
        json[18]["text"].as_str(),
        "CSV keeps the page text whole (line breaks quoted)"
    );
}

#[test]
fn paths_and_uris_outside_the_ingest_folder() {
    // A file whose name needs escaping in a URI, in a folder with å in its name.
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("möten #1");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("protokoll 100% klart.pdf");
    std::fs::copy(
        repo().join("corpus/protokoll-ks-2020-04-06-p216.pdf"),
        &file,
    )
    .unwrap();
    let index = tmp.path().join("index");
    ok(&run_in(
        tmp.path(),
        &index,
        &["ingest", "--quiet", "--no-ocr", "möten #1"],
    ));
    // Exported from another folder: found next to the index.
    let rows = jsonl(&ok(&run_in(&repo(), &index, &["export", "pages"])));
    assert_eq!(rows.len(), 2);
    let canonical = std::fs::canonicalize(&file).unwrap();
    assert_eq!(rows[0]["path"], canonical.to_string_lossy().as_ref());
    let uri = rows[1]["uri"].as_str().unwrap();
    assert!(
        uri.ends_with("/m%C3%B6ten%20%231/protokoll%20100%25%20klart.pdf#page=2"),
        "{uri}"
    );
    // Decoding the URI gives the path back.
    let encoded = uri
        .strip_prefix("file://")
        .unwrap()
        .strip_suffix("#page=2")
        .unwrap();
    let decoded = percent_decode(encoded);
    assert_eq!(decoded, canonical.to_string_lossy());
    // --base names the folder explicitly.
    let rows = jsonl(&ok(&run_in(
        &repo(),
        &index,
        &["export", "pages", "--base", tmp.path().to_str().unwrap()],
    )));
    assert_eq!(rows[0]["path"], canonical.to_string_lossy().as_ref());
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The text of page `n` of generated document `d`: distinct, with å/ä/ö and line breaks.
fn generated_text(d: usize, n: u32) -> String {
    format!(
        "Dokument {d} sida {n}\nÅtgärder för ökad hälsa i område {d}-{n}.\n{}",
        "Lorem ipsum dolor sit amet, socialt hållbart Malmö. ".repeat(20)
    )
}

/// An index of `docs` generated documents of `pages` pages each, written through the store.
pub fn generated_index(docs: usize, pages: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(dir.path()).unwrap();
    let mut w = store.writer().unwrap();
    // Written in reverse order: the export orders by id, not by index order.
    for d in (0..docs).rev() {
        let record = DocRecord {
            id: format!("gen-{d:05}"),
            path: format!("/nowhere/gen-{d:05}.pdf"),
            kind: Some(DocKind::Report),
            title: Some(format!("Genererad {d}")),
            hash: format!("{d:064x}"),
            pages: (1..=pages)
                .map(|n| Page {
                    number: n,
                    label: Some(n.to_string()),
                    text: generated_text(d, n),
                    ..Page::default()
                })
                .collect(),
            ..DocRecord::default()
        };
        w.upsert(&record).unwrap();
    }
    w.commit().unwrap();
    dir
}

#[test]
fn a_larger_index_streams_complete_and_in_order() {
    let (docs, pages) = (400, 15);
    let index = generated_index(docs, pages);
    let out = ok(&run_in(&repo(), index.path(), &["export", "pages"]));
    let mut lines = out.lines();
    for d in 0..docs {
        for n in 1..=pages {
            let line = lines
                .next()
                .unwrap_or_else(|| panic!("ends before doc {d} page {n}"));
            let r: Value = serde_json::from_str(line).unwrap();
            assert_eq!(r["doc"], format!("gen-{d:05}"));
            assert_eq!(r["page"], n);
            assert_eq!(r["text"], generated_text(d, n));
            assert_eq!(r["uri"], format!("file:///nowhere/gen-{d:05}.pdf#page={n}"));
        }
    }
    assert_eq!(lines.next(), None, "nothing after the last page");
}

/// A page's annotations and running headers reach every export: pages JSONL, the SQLite
/// `pages` table and the OpenSearch source; a text file's pages have none (empty lists, NULL).
#[test]
fn annotations_and_running_headers_are_exported() {
    use kommission_testkit::pdf::{raw_pdf, winansi_font, RawPage};
    use lopdf::{dictionary, Dictionary, Object};
    let docs = tempfile::tempdir().unwrap();
    let pages: Vec<RawPage> = (1..=5)
        .map(|n| {
            let mut fonts = Dictionary::new();
            fonts.set("F1", Object::Dictionary(winansi_font("Times-Roman")));
            let content = format!(
                "BT /F1 9 Tf 72 800 Td (Handlingsplan f\\366r trygghet 2024) Tj ET \
                 BT /F1 11 Tf 72 700 Td (Sidan {n} handlar om \\344mne nummer {n} i planen.) Tj ET"
            );
            let extra = if n == 2 {
                dictionary! { "Annots" => vec![Object::Dictionary(dictionary! {
                    "Type" => "Annot", "Subtype" => "FreeText",
                    "Rect" => vec![400.into(), 760.into(), 560.into(), 780.into()],
                    "Contents" => Object::string_literal("Dnr. KS 2013/375"),
                })] }
            } else {
                Dictionary::new()
            };
            RawPage {
                width: 595.0,
                height: 842.0,
                content: content.into_bytes(),
                resources: dictionary! { "Font" => fonts },
                rotate: 0,
                extra,
            }
        })
        .collect();
    std::fs::write(
        docs.path().join("plan.pdf"),
        raw_pdf(pages, None, Dictionary::new()),
    )
    .unwrap();
    std::fs::write(
        docs.path().join("notis.txt"),
        "En notis utan anteckningar.\n",
    )
    .unwrap();
    let index = tempfile::tempdir().unwrap();
    ok(&run_in(
        docs.path(),
        index.path(),
        &["ingest", "--quiet", "--no-ocr", "."],
    ));

    let rows = jsonl(&ok(&run_in(
        docs.path(),
        index.path(),
        &["export", "pages"],
    )));
    let row = |doc: &str, page: u64| -> &Value {
        rows.iter()
            .find(|r| r["doc"] == doc && r["page"] == page)
            .unwrap_or_else(|| panic!("no {doc} p. {page}"))
    };
    assert_eq!(
        strings(&row("plan", 2)["annotations"]),
        ["Dnr. KS 2013/375"]
    );
    assert!(strings(&row("plan", 3)["annotations"]).is_empty());
    for p in 1..=5 {
        let running = strings(&row("plan", p)["running"]).join(" ");
        assert!(
            running.contains("Handlingsplan för trygghet"),
            "p. {p}: {running:?}"
        );
        assert!(!row("plan", p)["text"]
            .as_str()
            .unwrap()
            .contains("Handlingsplan för trygghet"));
    }
    let note = row("notis", 1);
    assert!(strings(&note["annotations"]).is_empty() && strings(&note["running"]).is_empty());

    let bulk = ok(&run_in(
        docs.path(),
        index.path(),
        &["export", "opensearch"],
    ));
    let source: Value = bulk
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|v| v["type"] == "page" && v["doc"] == "plan" && v["page"] == 2)
        .expect("page 2 in the bulk file");
    assert_eq!(strings(&source["annotations"]), ["Dnr. KS 2013/375"]);
    assert!(strings(&source["identifiers"]).contains(&"KS 2013/375"));

    let db = docs.path().join("out.sqlite");
    ok(&run_in(
        docs.path(),
        index.path(),
        &["export", "sqlite", db.to_str().unwrap()],
    ));
    let sql = |q: &str| -> String {
        let o = Command::new("sqlite3")
            .arg(&db)
            .arg(q)
            .output()
            .unwrap_or_else(|e| {
                panic!("the sqlite3 tool is needed (apt-get install sqlite3): {e}")
            });
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(
        sql("SELECT annotations FROM pages WHERE doc = 'plan' AND page = 2"),
        "[\"Dnr. KS 2013/375\"]\n"
    );
    assert_eq!(
        sql("SELECT count(*) FROM pages WHERE doc = 'plan' AND running LIKE '%Handlingsplan för trygghet%'"),
        "5\n"
    );
    assert_eq!(
        sql("SELECT annotations IS NULL AND running IS NULL FROM pages WHERE doc = 'notis'"),
        "1\n"
    );
}

/// A document ingested again after its file changed: the export shows the links of the new
/// text only (the replaced items stay in the old segment, deleted, until a merge), and the
/// unchanged document beside it keeps its own.
#[test]
fn a_changed_file_is_exported_with_its_new_links_only() {
    let files = tempfile::tempdir().unwrap();
    let index = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(files.path().join(name), text).unwrap();
    write("a.txt", "Ärendet STK-2019-1535 behandlades av nämnden.\n");
    write("b.txt", "Beslut i ärende STK-2018-0007 om skolskjuts.\n");
    let ingest = || {
        ok(&run_in(
            files.path(),
            index.path(),
            &["ingest", "--quiet", "."],
        ))
    };
    ingest();
    let diaries = |doc: &str| -> Vec<String> {
        let out = ok(&run_in(
            files.path(),
            index.path(),
            &["export", "pages", "--doc", doc],
        ));
        let rows = jsonl(&out);
        assert_eq!(rows.len(), 1, "{out}");
        strings(&rows[0]["diary_numbers"])
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(diaries("a"), ["STK-2019-1535"]);
    write(
        "a.txt",
        "Ärendet STK-2020-0042 behandlades av kommunstyrelsen.\n",
    );
    ingest();
    assert_eq!(diaries("a"), ["STK-2020-0042"]);
    assert_eq!(diaries("b"), ["STK-2018-0007"]);
    // The whole export agrees with the one-document exports.
    let all = jsonl(&ok(&run_in(
        files.path(),
        index.path(),
        &["export", "pages"],
    )));
    let docs: Vec<&str> = all.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["a", "b"]);
    assert_eq!(strings(&all[0]["diary_numbers"]), ["STK-2020-0042"]);
}
