//! `kommission export sqlite` through the real binary on an index made by `kommission ingest
//! corpus`, read back with the `sqlite3` command-line tool (needed: the tests fail without it;
//! .ci/run installs it): the README's queries with the corpus' known counts, keys, FTS5 with
//! å/ä/ö as letters, an atomic re-export.

use std::path::Path;
use std::process::Command;

use super::export_pages::{corpus_index, ok, repo, run_in};

/// Run SQL on a database with the sqlite3 tool; rows as `|`-separated lines.
fn sqlite3(db: &Path, sql: &str) -> String {
    let o = Command::new("sqlite3")
        .arg("-bail")
        .arg(db)
        .arg(sql)
        .output()
        .unwrap_or_else(|e| {
            panic!("the sqlite3 command-line tool is needed (apt-get install sqlite3): {e}")
        });
    assert!(
        o.status.success(),
        "sqlite3 failed on {sql}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn export(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("kommission.sqlite");
    let o = run_in(
        &repo(),
        corpus_index(),
        &["export", "sqlite", db.to_str().unwrap()],
    );
    ok(&o);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("26 pages, 69 actions"), "{err}");
    db
}

fn count(db: &Path, sql: &str) -> u64 {
    sqlite3(db, sql).trim().parse().unwrap()
}

#[test]
fn the_corpus_counts_and_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let db = export(tmp.path());
    assert_eq!(count(&db, "SELECT count(*) FROM docs"), 5);
    assert_eq!(count(&db, "SELECT count(*) FROM pages"), 26);
    assert_eq!(count(&db, "SELECT count(*) FROM actions"), 69);
    assert_eq!(count(&db, "SELECT count(*) FROM protocols"), 1);
    assert_eq!(
        sqlite3(&db, "SELECT diary_number, paragraph, date FROM protocols"),
        "STK-2019-1535|216|2020-04-06\n"
    );
    // Action 5 cites 3.1.1.3 twice (two quoted proposals), as `kommission actions` says.
    assert_eq!(
        sqlite3(
            &db,
            "SELECT position, code, page FROM action_recommendations \
             WHERE action = 'inriktning-2014#5' ORDER BY position"
        ),
        "1|3.1.1.3|132\n2|3.1.1.3|132\n"
    );
    // Every cited code is a recommendation row; every key holds.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM action_recommendations ar \
             LEFT JOIN recommendations r USING (code) WHERE r.code IS NULL"
        ),
        0
    );
    assert_eq!(sqlite3(&db, "PRAGMA foreign_key_check"), "");
    assert_eq!(sqlite3(&db, "PRAGMA integrity_check"), "ok\n");
    // The full-text index: consistent with the pages, in one segment, with FTS5's default
    // settings (the load's own are not left behind), in a file of 16 KB pages.
    sqlite3(
        &db,
        "INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)",
    );
    assert_eq!(
        sqlite3(&db, "SELECT count(DISTINCT segid) FROM pages_fts_idx"),
        "1\n"
    );
    assert_eq!(
        sqlite3(&db, "SELECT * FROM pages_fts_config"),
        "version|4\n"
    );
    assert_eq!(sqlite3(&db, "PRAGMA page_size"), "16384\n");
    let fks = sqlite3(
        &db,
        "SELECT m.name || '->' || f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
         WHERE m.type = 'table' ORDER BY 1",
    );
    for fk in [
        "pages->docs",
        "actions->docs",
        "actions->pages",
        "action_recommendations->actions",
        "action_recommendations->recommendations",
        "protocols->docs",
        "identifiers->pages",
        "links->pages",
        "links->actions",
    ] {
        assert!(fks.lines().any(|l| l == fk), "{fk} missing in {fks}");
    }
    // Identifiers: the diary numbers on the protocol's pages, none on the web pages.
    assert!(sqlite3(
        &db,
        "SELECT value FROM identifiers WHERE doc = 'protokoll-ks-2020-04-06-p216' AND kind = 'diary'"
    )
    .lines()
    .any(|l| l == "STK-2019-1535"));
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM identifiers WHERE doc = 'malmo-se-utvecklingsarbetet' AND kind = 'diary'"
        ),
        0
    );
}

/// The three queries of the README, with the answers the corpus gives.
#[test]
fn the_readme_queries() {
    let tmp = tempfile::tempdir().unwrap();
    let db = export(tmp.path());
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    // 1. Actions per responsible office.
    let per_office = sqlite3(&db, QUERY_OFFICES);
    assert!(
        readme.contains(QUERY_OFFICES.trim()),
        "README shows query 1"
    );
    let rows: Vec<(String, u64)> = per_office
        .lines()
        .map(|l| {
            let (o, n) = l.rsplit_once('|').unwrap();
            (o.to_string(), n.parse().unwrap())
        })
        .collect();
    assert_eq!(rows.iter().map(|r| r.1).sum::<u64>(), 69, "{per_office}");
    // The brochure's text pages hold actions 1–8, all with Stadskontoret first; the other
    // 61 are only listed in its table of contents (no responsible office).
    assert!(
        rows.contains(&("Stadskontoret".to_string(), 8)),
        "{per_office}"
    );
    assert!(rows.contains(&("(none)".to_string(), 61)), "{per_office}");
    // 2. Every page that cites a diary number.
    let diary = sqlite3(&db, QUERY_DIARY);
    assert!(readme.contains(QUERY_DIARY.trim()), "README shows query 2");
    assert!(
        diary
            .lines()
            .any(|l| l.starts_with("protokoll-ks-2020-04-06-p216|2|STK-2019-1535|file:///")),
        "{diary}"
    );
    assert!(diary.lines().all(|l| l.contains("|file:///")));
    // 3. A full-text query joined to the actions standing on the matching pages.
    let fts = sqlite3(&db, QUERY_FTS);
    assert!(readme.contains(QUERY_FTS.trim()), "README shows query 3");
    assert!(
        fts.lines().any(|l| l.starts_with("inriktning-2014#5|19|")),
        "{fts}"
    );
}

/// `links`' four target columns are set on some rows only: each index holds only the rows
/// that have its column (partial, `WHERE x IS NOT NULL`), and every lookup of a target, the
/// README's queries and the joins on them still search an index, never scan `links`.
#[test]
fn the_links_indexes_are_partial_and_still_used() {
    let tmp = tempfile::tempdir().unwrap();
    let db = export(tmp.path());
    for column in ["action", "recommendation", "diary_number", "target_doc"] {
        let index = format!("links_{column}");
        let partial = sqlite3(
            &db,
            &format!("SELECT partial FROM pragma_index_list('links') WHERE name = '{index}'"),
        );
        assert_eq!(partial, "1\n", "{index} is partial");
        let plan = sqlite3(
            &db,
            &format!("EXPLAIN QUERY PLAN SELECT * FROM links WHERE {column} = 'x'"),
        );
        assert!(plan.contains(&format!("USING INDEX {index}")), "{plan}");
    }
    // The rows an index holds are those with the column set.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM links INDEXED BY links_action WHERE action IS NOT NULL"
        ),
        count(&db, "SELECT count(*) FROM links WHERE action IS NOT NULL"),
    );
    for (sql, uses) in [
        (QUERY_DIARY, "links_diary_number"),
        (QUERY_FTS, "sqlite_autoindex_actions_1"),
        (
            "SELECT a.id, l.doc, l.page FROM actions a JOIN links l ON l.action = a.id",
            "links_action",
        ),
        (
            "SELECT r.code, count(*) FROM recommendations r \
             JOIN links l ON l.recommendation = r.code GROUP BY r.code",
            "links_recommendation",
        ),
    ] {
        let plan = sqlite3(&db, &format!("EXPLAIN QUERY PLAN {sql}"));
        assert!(plan.contains(uses), "{sql}: {plan}");
        assert!(
            !plan.contains("SCAN l\n") && !plan.contains("SCAN links"),
            "{sql}: {plan}"
        );
    }
}

pub const QUERY_OFFICES: &str = "
SELECT coalesce(substr(responsible, 1, instr(responsible || ' ', ' ') - 1), '(none)') AS office,
       count(*) AS actions
FROM actions GROUP BY office ORDER BY actions DESC, office;
";

pub const QUERY_DIARY: &str = "
SELECT l.doc, l.page, l.diary_number, p.uri
FROM links l JOIN pages p USING (doc, page)
WHERE l.diary_number IS NOT NULL ORDER BY l.doc, l.page, l.diary_number;
";

pub const QUERY_FTS: &str = "
SELECT a.id, p.page, a.title
FROM pages_fts JOIN pages p ON p.rowid = pages_fts.rowid
JOIN links l ON l.doc = p.doc AND l.page = p.page AND l.kind = 'describes'
JOIN actions a ON a.id = l.action
WHERE pages_fts MATCH 'forskningscirklar' ORDER BY rank;
";

#[test]
fn full_text_keeps_swedish_letters() {
    let tmp = tempfile::tempdir().unwrap();
    let db = export(tmp.path());
    let hits = |q: &str| {
        count(
            &db,
            &format!("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH '{q}'"),
        )
    };
    // "hälsa" is on many pages; folded, it is another word, on none.
    assert!(hits("hälsa") > 3, "hälsa");
    assert_eq!(hits("halsa"), 0, "å/ä/ö are not folded");
    assert!(hits("åtgärder") > 3);
    assert_eq!(hits("atgarder"), 0);
    // Case folds for å/ä/ö as for other letters.
    assert_eq!(hits("HÄLSA"), hits("hälsa"));
    // A word that is nowhere.
    assert_eq!(hits("zyxwvutsrq"), 0);
}

#[test]
fn a_re_export_replaces_the_file_atomically() {
    let tmp = tempfile::tempdir().unwrap();
    let db = export(tmp.path());
    sqlite3(&db, "CREATE TABLE stale (x)");
    let db2 = export(tmp.path());
    assert_eq!(db, db2);
    // Created with the process umask, like any file the user writes (not a temporary
    // file's 0600): colleagues the folder allows can open it.
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::PermissionsExt;
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .map(|m| u32::from_str_radix(m.trim(), 8).unwrap())
            .unwrap();
        let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask, "mode {mode:o}, umask {umask:o}");
    }
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM sqlite_master WHERE name = 'stale'"
        ),
        0,
        "the new file replaced the old one"
    );
    // A failing export (no index) leaves the old file and no temporary files.
    let before = std::fs::read(&db).unwrap();
    let o = run_in(
        &repo(),
        &tmp.path().join("no-index"),
        &["export", "sqlite", db.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["kommission.sqlite".to_string()], "{names:?}");
    // A folder is not a file.
    let o = run_in(
        &repo(),
        corpus_index(),
        &["export", "sqlite", tmp.path().to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a folder"));
}

/// A link that names an action no document has, and one that stands on a page its document
/// does not have (an index written inconsistently, here by the library's writer): the export
/// fails with an error naming the table and the missing row, and an earlier export at the
/// same path is left as it was, with no temporary file beside it. Fails when the loader's key
/// checks are removed (the export then exits 0 and replaces the file): the first case when
/// the check of the keys that cross documents is (`index_and_check`), the second when the
/// check of a document's own keys is (`OwnKeys`).
#[test]
fn a_link_to_a_missing_action_fails_and_keeps_the_old_file() {
    use kommission::index::Store;
    use kommission::model::Link;
    for (page, target, parent) in [
        (1, "action:ingen-plan#99", "actions"),
        (99, "diary:KS-2020-1", "pages"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let db = export(tmp.path());
        let before = std::fs::read(&db).unwrap();
        let index = tmp.path().join("index");
        let store = Store::open_or_create(&index).unwrap();
        let mut w = store.writer().unwrap();
        let record = kommission_testkit::truth::load_truth(
            &repo().join("tests/data/protokoll-ks-2020-04-06-p216.truth.json"),
        )
        .unwrap();
        w.upsert(&record).unwrap();
        let link = Link {
            doc: record.id.clone(),
            page,
            kind: kommission::ident::LinkKind::MentionsTitle,
            target: target.into(),
        };
        w.add_links(&[link], false).unwrap();
        w.commit().unwrap();
        drop(store);
        let o = run_in(&repo(), &index, &["export", "sqlite", db.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&format!("a row of links names a missing {parent} row")),
            "{err}"
        );
        assert_eq!(std::fs::read(&db).unwrap(), before, "the old file is kept");
        let mut names: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["index", "kommission.sqlite"], "{names:?}");
    }
}
