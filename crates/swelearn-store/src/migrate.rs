//! Ordered schema migrations. The schema version lives in `PRAGMA user_version`; before a
//! migration changes an existing database, a copy of it is written beside it.

use std::path::Path;

use rusqlite::Connection;

use crate::{APPLICATION_ID, StoreError};

/// Each migration, in order; migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_topic_state.sql"),
    include_str!("migrations/002_study.sql"),
    include_str!("migrations/003_practice.sql"),
];

/// The schema version this release writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
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
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if version > 0 && path.as_os_str() != ":memory:" {
        backup(conn, path, version)?;
    }
    let tx = conn.transaction().map_err(sql)?;
    for (i, step) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        tx.execute_batch(step).map_err(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)
            .map_err(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(sql)?;
    tx.commit().map_err(sql)
}

/// Copies the database to `<file>.bak-v<version>` (a consistent copy, even in WAL mode).
fn backup(conn: &Connection, path: &Path, version: i64) -> Result<(), StoreError> {
    let mut target = path.as_os_str().to_owned();
    target.push(format!(".bak-v{version}"));
    let target = std::path::PathBuf::from(target);
    if target.exists() {
        std::fs::remove_file(&target).map_err(|e| StoreError::Io {
            path: target.clone(),
            source: e,
        })?;
    }
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])
        .map_err(|e| StoreError::from_sqlite(path, e))?;
    Ok(())
}
