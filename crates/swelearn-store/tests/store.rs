//! The store on real files: created and reopened, a foreign or damaged file and a newer
//! database refused and left byte-for-byte unchanged, and a migration leaving a backup.

use swelearn_store::{Store, StoreError, TopicState};

#[test]
fn creates_and_reopens() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("nested/swelearn.db");
    let state = TopicState {
        read_at: Some(1),
        bookmarked: true,
        scroll: 3,
        note: "n".into(),
    };
    Store::open(&path)
        .expect("creates")
        .save_topic_state("cdn", &state, 1)
        .expect("saves");
    assert_eq!(
        Store::open(&path)
            .expect("reopens")
            .topic_state("cdn")
            .expect("reads"),
        state
    );
}

#[test]
fn foreign_files_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let text = dir.path().join("notes.db");
    std::fs::write(&text, b"these are not the bytes of a database, just some text here....................................................................................").expect("write");
    let before = std::fs::read(&text).expect("read");
    let err = Store::open(&text).expect_err("refused");
    assert!(matches!(err, StoreError::NotOurs { .. }), "{err}");
    assert!(err.to_string().contains("not a swelearn database"), "{err}");
    assert!(
        std::fs::read(&text).expect("read") == before,
        "the foreign file was changed"
    );

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .expect("open")
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .expect("create");
    let before = std::fs::read(&other).expect("read");
    assert!(matches!(
        Store::open(&other),
        Err(StoreError::NotOurs { .. })
    ));
    assert!(
        std::fs::read(&other).expect("read") == before,
        "the foreign database was changed"
    );
}

#[test]
fn newer_databases_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    drop(Store::open(&path).expect("creates"));
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.pragma_update(None, "user_version", 99).expect("bump");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("leave wal");
    }
    let before = std::fs::read(&path).expect("read");
    let err = Store::open(&path).expect_err("refused");
    assert!(matches!(err, StoreError::Newer { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("newer swelearn"), "{err}");
    assert!(
        std::fs::read(&path).expect("read") == before,
        "the newer database was changed"
    );
}

#[test]
fn damaged_databases_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    {
        let store = Store::open(&path).expect("creates");
        for i in 0..200 {
            store
                .save_topic_state(
                    &format!("t{i}"),
                    &TopicState {
                        note: "x".repeat(500),
                        ..TopicState::default()
                    },
                    0,
                )
                .expect("saves");
        }
    }
    rusqlite::Connection::open(&path)
        .expect("open")
        .pragma_update(None, "journal_mode", "DELETE")
        .expect("checkpoint");
    let mut bytes = std::fs::read(&path).expect("read");
    // Keep the header, wreck the pages after it.
    for b in &mut bytes[4096..] {
        *b = 0x5a;
    }
    std::fs::write(&path, &bytes).expect("write");
    let result = Store::open(&path).and_then(|s| s.topic_states().map(|_| ()));
    let err = result.expect_err("refused");
    assert!(
        matches!(err, StoreError::Corrupt { .. } | StoreError::NotOurs { .. }),
        "{err}"
    );
    assert!(
        std::fs::read(&path).expect("read") == bytes,
        "the damaged file was changed"
    );
}

#[test]
fn migrating_an_older_database_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    {
        // An empty database of a hypothetical version 0 that is already marked as ours.
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.pragma_update(None, "application_id", swelearn_store::APPLICATION_ID)
            .expect("mark");
    }
    Store::open(&path).expect("migrates from empty");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains(".bak-")),
        "no backup of an empty database: {names:?}"
    );
}

/// The schema of every released version, in order.
const SCHEMAS: &[&str] = &[
    include_str!("../src/migrations/001_topic_state.sql"),
    include_str!("../src/migrations/002_study.sql"),
    include_str!("../src/migrations/003_practice.sql"),
];

#[test]
fn migrating_from_every_earlier_schema_keeps_data_and_a_backup() {
    assert_eq!(
        SCHEMAS.len() as i64,
        swelearn_store::SCHEMA_VERSION,
        "a new migration needs a line here"
    );
    for version in 1..SCHEMAS.len() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("swelearn.db");
        {
            // A database as that version wrote it, with a topic's state in it.
            let conn = rusqlite::Connection::open(&path).expect("open");
            for sql in &SCHEMAS[..version] {
                conn.execute_batch(sql).expect("old schema");
            }
            conn.pragma_update(None, "user_version", version as i64)
                .expect("version");
            conn.pragma_update(None, "application_id", swelearn_store::APPLICATION_ID)
                .expect("mark");
            conn.execute("INSERT INTO topic_state (topic_id, read_at, bookmarked, scroll, note, updated_at) VALUES ('dns', 5, 1, 7, 'ttl', 9)", []).expect("row");
        }
        let store = Store::open(&path).expect("migrates");
        assert_eq!(
            store.topic_state("dns").expect("read"),
            TopicState {
                read_at: Some(5),
                bookmarked: true,
                scroll: 7,
                note: "ttl".into()
            },
            "from version {version}"
        );
        assert!(store.mocks().expect("the newest tables exist").is_empty());
        let backup = dir.path().join(format!("swelearn.db.bak-v{version}"));
        let old = rusqlite::Connection::open(&backup).expect("backup opens");
        let kept: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(kept, version as i64, "the backup is the database as it was");
        drop(store);
        assert_eq!(
            Store::open(&path)
                .expect("reopens")
                .topic_state("dns")
                .expect("read")
                .note,
            "ttl"
        );
    }
}
