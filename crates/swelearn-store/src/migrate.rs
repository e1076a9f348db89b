//! Ordered schema migrations. The schema version lives in `PRAGMA user_version`; before a
//! migration changes an existing database, a copy of it is written beside it. A migration that
//! has shipped is frozen: its text is pinned by a test, and a change to the schema is a new
//! migration, never an edit of an old one.

use std::path::Path;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{APPLICATION_ID, StoreError};

/// One migration: a Rust step (for what SQL cannot say conditionally), then SQL, in the same
/// transaction.
struct Migration {
    before: Option<fn(&Transaction) -> rusqlite::Result<()>>,
    sql: &'static str,
}

/// Each migration, in order; migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[Migration] = &[
    Migration {
        before: None,
        sql: include_str!("migrations/001_topic_state.sql"),
    },
    Migration {
        before: None,
        sql: include_str!("migrations/002_study.sql"),
    },
    Migration {
        before: None,
        sql: include_str!("migrations/003_practice.sql"),
    },
    Migration {
        before: Some(add_reviewed_column),
        sql: include_str!("migrations/004_reviewed.sql"),
    },
    Migration {
        before: None,
        sql: include_str!("migrations/005_code.sql"),
    },
    Migration {
        before: None,
        sql: include_str!("migrations/006_mock_abandoned.sql"),
    },
];

/// The schema version this release writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Schema 2 was released both without `card.reviewed` and (edited in place) with it, so whether
/// a database of schema 2 or 3 has the column depends on the release that created it.
fn add_reviewed_column(tx: &Transaction) -> rusqlite::Result<()> {
    let has: bool = tx.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info('card') WHERE name = 'reviewed'",
        [],
        |r| r.get(0),
    )?;
    if !has {
        tx.execute_batch("ALTER TABLE card ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0")?;
    }
    Ok(())
}

/// What `check` found: whether the database needs migrating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    Migration { from: i64 },
}

/// Refuses a file that is not ours or was written by a newer swelearn; says whether it needs
/// migrating. Reads only.
pub fn check(conn: &Connection, path: &Path) -> Result<Needs, StoreError> {
    let sql = |e| StoreError::from_sqlite(path, e);
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(sql)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql)?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(sql)?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0 || version != 0) {
        return Err(StoreError::NotOurs {
            path: path.to_path_buf(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(if version == SCHEMA_VERSION {
        Needs::Nothing
    } else {
        Needs::Migration { from: version }
    })
}

/// Brings the database to the current schema (after `check`).
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let Needs::Migration { from: version } = check(conn, path)? else {
        return Ok(());
    };
    let sql = |e| StoreError::from_sqlite(path, e);
    if version > 0 && path.as_os_str() != ":memory:" {
        backup(conn, path, version)?;
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(sql)?;
    // Another process may have migrated it while this one made the backup.
    let Needs::Migration { from: version } = check(&tx, path)? else {
        return tx.commit().map_err(sql);
    };
    for (i, step) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        if let Some(before) = step.before {
            before(&tx).map_err(sql)?;
        }
        tx.execute_batch(step.sql).map_err(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)
            .map_err(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(sql)?;
    tx.commit().map_err(sql)
}

/// Copies the database to `<file>.bak-v<version>` (a consistent copy, even in WAL mode),
/// readable by the user only, like the database.
fn backup(conn: &Connection, path: &Path, version: i64) -> Result<(), StoreError> {
    let mut target = path.as_os_str().to_owned();
    target.push(format!(".bak-v{version}"));
    let target = std::path::PathBuf::from(target);
    let io = |e| StoreError::Io {
        path: target.clone(),
        source: e,
    };
    if target.exists() {
        std::fs::remove_file(&target).map_err(io)?;
    }
    crate::files::create_private(&target).map_err(io)?;
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])
        .map_err(|e| StoreError::from_sqlite(path, e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use sha2::{Digest, Sha256};

    use super::MIGRATIONS;

    /// SHA-256 of every released migration. A shipped migration must never change: databases
    /// out there were made by it. Change the schema with a new migration and pin it here.
    const SHIPPED: &[&str] = &[
        "e9b24216c4efdc75b4c63ee0afd487cde6ef881d502de8f5037c8b6e573da9ea",
        "3b7406d7f893a8b3868e2f5997e64e3b95cebe465544efe37dcffc08259f59b8",
        "a04004ba8f7003e0445ed85765dcb589d0c27bf043c14432f00ea8fdd4f28bd6",
        "c513f8bc801c421977c0ad3aa21df2a5180149f1d67a8dcc2c9d238fed8c8e9d",
        "928917028be7e81e76a01398ecbdf2c6e8d25b39c4d05cc628e6bd204fbe3f09",
        "377cd5339feda734331a51f8a0e6eab1b5f42c12a24beb640cafe13fbb0bfda2",
    ];

    #[test]
    fn shipped_migrations_are_frozen() {
        assert_eq!(
            MIGRATIONS.len(),
            SHIPPED.len(),
            "a new migration needs its hash pinned here"
        );
        for (i, (m, pinned)) in MIGRATIONS.iter().zip(SHIPPED).enumerate() {
            let hash = Sha256::digest(m.sql.as_bytes())
                .iter()
                .fold(String::new(), |mut hex, b| {
                    let _ = write!(hex, "{b:02x}");
                    hex
                });
            assert_eq!(
                &hash,
                pinned,
                "migration {} was edited after it shipped; add a new migration instead",
                i + 1
            );
        }
    }
}
