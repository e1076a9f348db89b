//! The store on real files: created and reopened, a foreign or damaged file and a newer
//! database refused and left byte-for-byte unchanged. Migrations are tested in `migrations.rs`.

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

#[test]
fn an_empty_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    std::fs::write(&path, b"").expect("write");
    let err = Store::open(&path).expect_err("refused");
    assert!(matches!(err, StoreError::Empty { .. }), "{err}");
    assert!(
        err.to_string().contains("the file is empty (0 bytes)")
            && err.to_string().contains("restore a backup"),
        "{err}"
    );
    assert_eq!(
        std::fs::metadata(&path).expect("stat").len(),
        0,
        "still empty"
    );
    assert!(
        Store::open_for_reading(&path).is_err(),
        "not for reading either"
    );
}

/// A database with history, left in WAL mode as swelearn leaves it.
fn database_with_history(path: &std::path::Path) {
    let mut store = Store::open(path).expect("creates");
    let reviews: Vec<swelearn_store::Review> = (0..3000)
        .map(|i| swelearn_store::Review {
            id: format!("{i:032x}"),
            card_id: format!("{:016x}", i % 300),
            topic_id: format!("topic-{}", i % 30),
            at: 1_800_000_000 + i,
            rating: 3,
            elapsed_ms: 4000,
            kind: swelearn_store::ReviewKind::Review,
        })
        .collect();
    store.import_reviews(&reviews).expect("imports");
}

#[test]
fn a_damaged_database_in_wal_mode_is_refused_before_any_write() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    database_with_history(&path);
    let (page_size, root): (i64, i64) = {
        let conn = rusqlite::Connection::open(&path).expect("open");
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("mode");
        assert_eq!(mode, "wal");
        (
            conn.query_row("PRAGMA page_size", [], |r| r.get(0))
                .expect("page size"),
            conn.query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'review_log_time'",
                [],
                |r| r.get(0),
            )
            .expect("index root"),
        )
    };
    // Overwrite one page of an index, as a bad sector or a stray write would.
    let mut bytes = std::fs::read(&path).expect("read");
    let at = usize::try_from((root - 1) * page_size).expect("offset");
    let page_size = usize::try_from(page_size).expect("size");
    for (i, b) in bytes[at..at + page_size].iter_mut().enumerate() {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(&path, &bytes).expect("write");
    for open in [Store::open, Store::open_for_reading] {
        let err = open(&path).expect_err("refused");
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("restore a backup"), "{err}");
    }
    assert!(
        std::fs::read(&path).expect("read") == bytes,
        "the damaged file was changed"
    );
}

#[cfg(unix)]
#[test]
fn the_database_its_backups_and_its_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data/swelearn");
    let path = data.join("swelearn.db");
    let store = Store::open(&path).expect("creates");
    store
        .save_topic_state("dns", &TopicState::default(), 1)
        .expect("writes");
    assert_eq!(mode(&path), 0o600, "the database");
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    assert_eq!(
        mode(std::path::Path::new(&wal)),
        0o600,
        "its write-ahead log"
    );
    assert_eq!(mode(&data), 0o700, "its folder");
    assert_eq!(
        mode(&dir.path().join("data")),
        0o700,
        "a folder made for it"
    );
    drop(store);
    // A migration's backup holds the same data.
    let old = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&old).expect("open");
        conn.execute_batch(include_str!("fixtures/schemas/v1.sql"))
            .expect("v1");
    }
    Store::open(&old).expect("migrates");
    assert_eq!(mode(&dir.path().join("old.db.bak-v1")), 0o600, "the backup");
}

#[test]
fn the_whole_file_is_checked_only_when_it_may_have_changed_outside_swelearn() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("swelearn.db");
    let state = |note: &str| TopicState {
        note: note.into(),
        ..TopicState::default()
    };
    let store = Store::open(&path).expect("creates");
    assert!(store.checked_fully(), "nothing vouches for a new file");
    store
        .save_topic_state("dns", &state("a"), 1)
        .expect("saves");
    drop(store);
    let store = Store::open(&path).expect("reopens");
    assert!(!store.checked_fully(), "as swelearn left it: no full check");
    // Two stores at once, both writing: each vouches only for its own transactions.
    let other = Store::open(&path).expect("opens twice");
    store
        .save_topic_state("cdn", &state("b"), 2)
        .expect("saves");
    other
        .save_topic_state("dns", &state("c"), 3)
        .expect("saves");
    drop(store);
    drop(other);
    assert!(!Store::open(&path).expect("reopens").checked_fully());
    // Another program's write.
    rusqlite::Connection::open(&path)
        .expect("open")
        .execute(
            "UPDATE topic_state SET note = 'd' WHERE topic_id = 'dns'",
            [],
        )
        .expect("writes");
    assert!(Store::open(&path).expect("reopens").checked_fully());
    // A write to the file while a store has it open is not vouched for by that store.
    let store = Store::open(&path).expect("reopens");
    assert!(!store.checked_fully());
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes).expect("the same bytes, written again");
    drop(store);
    assert!(Store::open(&path).expect("reopens").checked_fully());
    // A restored copy.
    let copy = dir.path().join("copy.db");
    std::fs::copy(&path, &copy).expect("copy");
    std::fs::rename(&copy, &path).expect("restore");
    let store = Store::open(&path).expect("reopens");
    assert!(store.checked_fully());
    assert_eq!(store.topic_state("cdn").expect("reads").note, "b");
}
