//! Persistence of the user's own data (read marks, bookmarks, notes, scroll positions) in one
//! SQLite file, with ordered migrations. A file that is not ours, is damaged, or was written by a
//! newer swelearn is refused with a message and never changed. No UI here.

mod error;
mod migrate;
mod practice;
mod study;
mod topic_state;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use error::StoreError;
pub use practice::{MockSession, Story};
pub use study::{CardRow, Review, ReviewKind};
pub use topic_state::TopicState;

pub use migrate::SCHEMA_VERSION;

/// Marks a SQLite file as a swelearn database (`PRAGMA application_id`): "SWLN".
pub const APPLICATION_ID: i32 = 0x5357_4c4e;

/// The user's data.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrating it to the current schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
                path: dir.to_path_buf(),
                source: e,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(path, e))?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        migrate::migrate(&mut store.conn, path)?;
        store.use_wal()?;
        store
            .conn
            .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        Ok(store)
    }

    /// Opens a private in-memory database (for tests and previews).
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let mut conn =
            Connection::open_in_memory().map_err(|e| StoreError::from_sqlite(&path, e))?;
        migrate::migrate(&mut conn, &path)?;
        Ok(Store { conn, path })
    }

    /// Switches to write-ahead logging (durable, and readers never block the writer). Changing
    /// the journal mode rewrites the header, so a database not yet in WAL mode is checked first:
    /// a damaged file must be refused, not touched.
    fn use_wal(&self) -> Result<(), StoreError> {
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(err)?;
        if mode.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        let check: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(err)?;
        if check != "ok" {
            return Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: check,
            });
        }
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(err)
    }

    /// Where the database lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }
}
