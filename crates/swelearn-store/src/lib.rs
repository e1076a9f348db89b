//! Persistence of the user's own data (read marks, bookmarks, notes, scroll positions, study
//! history) in one SQLite file, with ordered migrations. A file that is not ours, is empty, is
//! damaged, or was written by a newer swelearn is refused with a message before anything is
//! written to it, and never changed. No UI here.
//!
//! The damage check (`PRAGMA quick_check`) reads the whole file, which costs most of a second at
//! a million reviews, so it runs only when the file may have changed outside swelearn: a store
//! that closes cleanly, with nothing but its own transactions having touched the file, records
//! the file's identity (size, times, inode) beside it (`<db>.checked`); the next open that finds
//! the file as recorded skips the full check. Anything else (another program's write, a copy or
//! restore, a crash, a checkpoint of a busy log) means a full check at the next open.

mod code;
mod error;
mod files;
mod migrate;
mod practice;
mod study;
mod topic_state;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, MAIN_DB, OpenFlags};

pub use code::{Attempt, CodeTx, ProblemRecord, Work};
pub use error::StoreError;
pub use practice::{MockSession, Story};
pub use study::{CardRow, CardTx, Review, ReviewKind};
pub use topic_state::{TopicChange, TopicState};

pub use migrate::SCHEMA_VERSION;

/// Marks a SQLite file as a swelearn database (`PRAGMA application_id`): "SWLN".
pub const APPLICATION_ID: i32 = 0x5357_4c4e;

/// The user's data.
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    writable: bool,
    /// The file as this store left it after opening, when it may vouch for it on closing.
    opened_as: Option<files::Stamp>,
    /// Whether opening ran the full damage check.
    checked_fully: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("writable", &self.writable)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed, readable by the user only) the database at `path` for reading
    /// and writing, checks it, and migrates it to the current schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let io = |p: &Path| {
            let p = p.to_path_buf();
            move |e| StoreError::Io { path: p, source: e }
        };
        let trusted = files::vouched_for(path);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() && meta.len() == 0 => {
                return Err(StoreError::Empty {
                    path: path.to_path_buf(),
                });
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    files::create_private_dir(dir).map_err(io(dir))?;
                }
                match files::create_private(path) {
                    Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                        return Err(io(path)(e));
                    }
                    _ => {}
                }
            }
            Err(e) => return Err(io(path)(e)),
        }
        // No CREATE flag: the file exists by now, and SQLite must not make one with its own
        // permissions.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        if conn
            .is_readonly(MAIN_DB)
            .map_err(|e| StoreError::from_sqlite(path, e))?
        {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        let mut store = Store::checked(conn, path, true, trusted)?;
        migrate::migrate(&mut store.conn, path)?;
        store.use_wal()?;
        store
            .conn
            .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        store.opened_as = files::Stamp::of(path);
        Ok(store)
    }

    /// Opens the database for commands that only read: like `open`, except that when the file
    /// or its folder cannot be written (a read-only disk, a backup mounted read-only), it is
    /// opened read-only, so statistics and exports still work. Such a store refuses writes
    /// (`writable()` is false).
    pub fn open_for_reading(path: &Path) -> Result<Store, StoreError> {
        match Store::open(path) {
            Err(e) if e.is_read_only() && path.is_file() => Store::open_read_only(path),
            other => other,
        }
    }

    fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let sql = |e| StoreError::from_sqlite(path, e);
        let trusted = files::vouched_for(path);
        let mut conn =
            Connection::open_with_flags(files::uri(path, "mode=ro"), flags).map_err(sql)?;
        if let Err(e) = conn.query_row("PRAGMA user_version", [], |_| Ok(())) {
            // A database in WAL mode needs its shared-memory file, which a read-only folder
            // cannot hold. With no write-ahead log left behind, the file alone is the whole
            // database and can be read as immutable.
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            let pending = std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0);
            if pending || e.sqlite_error_code() != Some(rusqlite::ErrorCode::CannotOpen) {
                return Err(StoreError::ReadOnly {
                    path: path.to_path_buf(),
                });
            }
            conn = Connection::open_with_flags(files::uri(path, "mode=ro&immutable=1"), flags)
                .map_err(sql)?;
        }
        let store = Store::checked(conn, path, false, trusted)?;
        if let migrate::Needs::Migration { from } = migrate::check(&store.conn, path)? {
            return Err(StoreError::UpgradeNeedsWrite {
                path: path.to_path_buf(),
                from,
                to: SCHEMA_VERSION,
            });
        }
        Ok(store)
    }

    /// A store over an open connection, once the database passed the damage check (skipped
    /// when `trusted`: the file is as a clean close of swelearn left it).
    fn checked(
        conn: Connection,
        path: &Path,
        writable: bool,
        trusted: bool,
    ) -> Result<Store, StoreError> {
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            writable,
            opened_as: None,
            checked_fully: !trusted,
        };
        if !trusted {
            store.check_damage()?;
        }
        Ok(store)
    }

    /// Opens a private in-memory database (for tests and previews).
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let mut conn =
            Connection::open_in_memory().map_err(|e| StoreError::from_sqlite(&path, e))?;
        migrate::migrate(&mut conn, &path)?;
        Ok(Store {
            conn,
            path,
            writable: true,
            opened_as: None,
            checked_fully: false,
        })
    }

    /// Refuses a damaged database before anything writes to it: `PRAGMA quick_check`, which
    /// reads every page and checks each b-tree page's structure and the records in it, but skips
    /// the costly cross-check of every index against its table (`integrity_check`).
    fn check_damage(&self) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA quick_check(5)")
            .map_err(|e| self.err(e))?;
        let problems: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(|e| self.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))?;
        if problems.len() == 1 && problems[0] == "ok" {
            return Ok(());
        }
        Err(StoreError::Corrupt {
            path: self.path.clone(),
            detail: problems.join("; "),
        })
    }

    /// Switches to write-ahead logging (durable, and readers never block the writer).
    fn use_wal(&self) -> Result<(), StoreError> {
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(err)?;
        if mode.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(err)
    }

    /// Where the database lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this store can be written (false when it was opened read-only for reading).
    pub fn writable(&self) -> bool {
        self.writable
    }

    /// Whether opening ran the full damage check (false when the file was as swelearn last
    /// left it).
    pub fn checked_fully(&self) -> bool {
        self.checked_fully
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }
}

impl Drop for Store {
    /// Closes the database and, when nothing but this store's own transactions touched the
    /// file since it opened, records the file as it is now so the next open can skip the full
    /// damage check.
    fn drop(&mut self) {
        let Some(opened_as) = self.opened_as.take() else {
            return;
        };
        if files::Stamp::of(&self.path).as_ref() != Some(&opened_as) {
            // Someone else wrote to the file (or a checkpoint did): vouch for nothing.
            files::forget(&self.path);
            return;
        }
        let Ok(placeholder) = Connection::open_in_memory() else {
            return;
        };
        let conn = std::mem::replace(&mut self.conn, placeholder);
        if conn.close().is_ok() {
            files::vouch(&self.path);
        }
    }
}
