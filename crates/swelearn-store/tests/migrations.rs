//! Every released database schema, as a dump with user data in it (`fixtures/schemas`, made by
//! `make.sh` there from the migrations as each release shipped them), migrates to exactly the
//! schema a new database gets, keeps every row, marks exactly the cards that have a schedule
//! as reviewed, and leaves a backup of itself.

use std::collections::BTreeMap;

use rusqlite::Connection;
use rusqlite::types::Value;
use swelearn_store::{Review, ReviewKind, SCHEMA_VERSION, Store};

/// (name, schema version, dump) of every released schema.
const RELEASED: &[(&str, i64, &str)] = &[
    ("v1", 1, include_str!("fixtures/schemas/v1.sql")),
    ("v2-first", 2, include_str!("fixtures/schemas/v2-first.sql")),
    (
        "v2-edited",
        2,
        include_str!("fixtures/schemas/v2-edited.sql"),
    ),
    ("v3", 3, include_str!("fixtures/schemas/v3.sql")),
    (
        "v3-upgraded",
        3,
        include_str!("fixtures/schemas/v3-upgraded.sql"),
    ),
    ("v4", 4, include_str!("fixtures/schemas/v4.sql")),
];

/// Active cards in the fixtures that have no schedule: the new cards.
const NEW_IN_FIXTURES: &[&str] = &["f3eb4fb708772b4f", "80f50eb3a2303cf1", "72d140fa13619bd4"];

/// SQL with comments dropped and whitespace made canonical, so that a column added by
/// `ALTER TABLE` compares equal to the same column written in `CREATE TABLE`.
fn normalise(sql: &str) -> String {
    let text: Vec<&str> = sql
        .lines()
        .map(|l| l.split_once("--").map_or(l, |(code, _)| code))
        .collect();
    let words = text.join(" ");
    let words: Vec<&str> = words.split_whitespace().collect();
    let mut out = words.join(" ");
    for p in ["(", ")", ","] {
        out = out
            .replace(&format!(" {p}"), p)
            .replace(&format!("{p} "), p);
    }
    out
}

/// Every schema object: (type, name) -> normalised SQL.
fn schema(conn: &Connection) -> BTreeMap<(String, String), String> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL")
        .expect("schema");
    stmt.query_map([], |r| {
        Ok((
            (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
            normalise(&r.get::<_, String>(2)?),
        ))
    })
    .expect("rows")
    .map(|r| r.expect("row"))
    .collect()
}

/// Every table's columns and rows (in rowid order).
fn data(conn: &Connection) -> BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect();
    tables
        .into_iter()
        .map(|t| {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .expect("columns")
                .query_map([], |r| r.get(0))
                .expect("rows")
                .map(|r| r.expect("row"))
                .collect();
            let rows = select(conn, &t, &columns);
            (t, (columns, rows))
        })
        .collect()
}

fn select(conn: &Connection, table: &str, columns: &[String]) -> Vec<Vec<Value>> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {} FROM {table} ORDER BY rowid",
            columns.join(", ")
        ))
        .expect("select");
    stmt.query_map([], |r| {
        (0..columns.len())
            .map(|i| r.get::<_, Value>(i))
            .collect::<Result<Vec<_>, _>>()
    })
    .expect("rows")
    .map(|r| r.expect("row"))
    .collect()
}

fn version(conn: &Connection) -> i64 {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version")
}

#[test]
fn every_released_schema_migrates_to_the_schema_of_a_new_database_and_keeps_its_data() {
    let dir = tempfile::tempdir().expect("dir");
    let fresh_path = dir.path().join("fresh.db");
    drop(Store::open(&fresh_path).expect("a new database"));
    let fresh = schema(&Connection::open(&fresh_path).expect("open"));
    assert!(
        fresh.contains_key(&("index".into(), "card_new".into())),
        "{fresh:?}"
    );
    for &(name, released, dump) in RELEASED {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("swelearn.db");
        let before = {
            let conn = Connection::open(&path).expect("open");
            conn.execute_batch(dump).expect("the dump loads");
            assert_eq!(version(&conn), released, "{name}");
            data(&conn)
        };
        drop(Store::open(&path).unwrap_or_else(|e| panic!("{name} migrates: {e}")));
        let conn = Connection::open(&path).expect("open");
        assert_eq!(version(&conn), SCHEMA_VERSION, "{name}");
        assert_eq!(
            schema(&conn),
            fresh,
            "{name} migrates to exactly the schema of a new database"
        );
        for (table, (columns, rows)) in &before {
            // `card.reviewed` is recomputed (checked below); every other value stays.
            let kept: Vec<usize> = (0..columns.len())
                .filter(|&i| !(table == "card" && columns[i] == "reviewed"))
                .collect();
            let pick = |rows: &[Vec<Value>]| -> Vec<Vec<Value>> {
                rows.iter()
                    .map(|r| kept.iter().map(|&i| r[i].clone()).collect())
                    .collect()
            };
            assert_eq!(
                pick(&select(&conn, table, columns)),
                pick(rows),
                "{name}: table {table} kept its rows"
            );
        }
        if before.contains_key("card") {
            let (scheduled, wrong): (i64, i64) = conn
                .query_row(
                    "SELECT SUM(reviewed), SUM(reviewed != (id IN (SELECT card_id FROM card_state))) FROM card",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .expect("reviewed");
            assert_eq!(
                (scheduled, wrong),
                (5, 0),
                "{name}: exactly the cards with a schedule are marked reviewed"
            );
            let store = Store::open(&path).expect("reopens");
            let mut new: Vec<String> = store
                .new_cards(100)
                .expect("new cards")
                .into_iter()
                .map(|c| c.id)
                .collect();
            new.sort();
            let mut expected: Vec<String> =
                NEW_IN_FIXTURES.iter().map(|s| (*s).to_owned()).collect();
            expected.sort();
            assert_eq!(
                new, expected,
                "{name}: the new cards are those never reviewed"
            );
        }
        let backup = Connection::open(dir.path().join(format!("swelearn.db.bak-v{released}")))
            .expect("a backup");
        assert_eq!(
            version(&backup),
            released,
            "{name}: the backup is the old database"
        );
        assert_eq!(
            data(&backup),
            before,
            "{name}: the backup holds the old data"
        );
    }
}

#[test]
fn a_schema_4_database_gains_coding_practice_and_records_attempts() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    Connection::open(&path)
        .expect("open")
        .execute_batch(include_str!("fixtures/schemas/v4.sql"))
        .expect("v4 loads");
    let mut store = Store::open(&path).expect("migrates");
    assert!(store.problem_records().expect("records").is_empty());
    let work = store
        .begin_work("two-sum-unsorted", "python", 1_800_000_000)
        .expect("begins");
    assert_eq!(work.started_at, 1_800_000_000);
    let tx = store.code_tx("two-sum-unsorted").expect("tx");
    tx.log(&swelearn_store::Attempt {
        id: "a1".into(),
        problem_id: "two-sum-unsorted".into(),
        lang: "python".into(),
        verdict: Some("accepted".into()),
        passed: 30,
        total: 30,
        started_at: work.started_at,
        finished_at: 1_800_000_900,
        hints_used: 0,
        solution_seen: false,
        rating: 3,
    })
    .expect("logs");
    tx.end_work().expect("ends");
    tx.commit().expect("commits");
    drop(store);
    let store = Store::open(&path).expect("reopens");
    let records = store.problem_records().expect("records");
    let r = &records["two-sum-unsorted"];
    assert!(r.solved && r.work.is_none() && r.attempts == 1, "{r:?}");
    assert_eq!(
        store.attempts().expect("attempts")[0].finished_at,
        1_800_000_900
    );
    assert_eq!(
        store.review_count().expect("reviews"),
        6,
        "the card reviews are still there"
    );
}

#[test]
fn a_schedule_written_or_removed_keeps_the_reviewed_mark_true() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    Connection::open(&path)
        .expect("open")
        .execute_batch(RELEASED[2].2)
        .expect("v2 as edited, where nothing set `reviewed`");
    let mut store = Store::open(&path).expect("migrates");
    let review = Review {
        id: "r1".into(),
        card_id: "f3eb4fb708772b4f".into(),
        topic_id: "database-replication".into(),
        at: 1_800_000_000,
        rating: 3,
        elapsed_ms: 5000,
        kind: ReviewKind::New,
    };
    let state = store
        .card_state("d239db073e9f2a21")
        .expect("reads")
        .expect("a scheduled card");
    store.record_review(&review, &state).expect("records");
    let new = |s: &Store| -> Vec<String> {
        s.new_cards(100)
            .expect("new")
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    assert!(
        !new(&store).contains(&review.card_id),
        "a card with a schedule is no longer new"
    );
    let tx = store.card_tx(&review.card_id).expect("tx");
    assert!(tx.remove("r1").expect("removes"));
    tx.set_state(None).expect("unschedules");
    tx.commit().expect("commits");
    assert!(
        new(&store).contains(&review.card_id),
        "a card whose only answer was undone is new again"
    );
    // A schedule that arrives before the library offers the card (an import).
    store
        .set_states(&[("feedfacecafebeef".into(), Some(state))])
        .expect("sets");
    store
        .sync_cards(&[("feedfacecafebeef".into(), "dns".into())], 1_800_000_000)
        .expect("syncs");
    assert!(!new(&store).contains(&"feedfacecafebeef".to_owned()));
}

#[test]
fn mock_sessions_of_every_release_read_as_never_abandoned_and_keep_their_scores() {
    for &(name, released, dump) in RELEASED.iter().filter(|r| r.1 >= 3) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("swelearn.db");
        Connection::open(&path)
            .expect("open")
            .execute_batch(dump)
            .expect("the dump loads");
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{name} (v{released}): {e}"));
        let mocks = store.mocks().expect("mocks");
        let scores: Vec<(Option<i64>, bool)> =
            mocks.iter().map(|m| (m.score, m.abandoned)).collect();
        assert_eq!(scores, [(Some(72), false), (None, false)], "{name}");
        let mut quit = mocks[1].clone();
        quit.ended_at = Some(quit.started_at + 240);
        quit.abandoned = true;
        store.save_mock(&quit).expect("saves");
        let again = store.mocks().expect("mocks");
        assert_eq!(
            again[1], quit,
            "{name}: an abandoned session reads back as saved"
        );
    }
}
