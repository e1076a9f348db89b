//! The store's errors, each worded to say what happened to which file and what to do.

use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: this file is not a swelearn database; it was left unchanged (move it away, or point --data-dir elsewhere)", path = .path.display())]
    NotOurs { path: PathBuf },
    #[error("{path}: the file is empty (0 bytes), so it holds no progress; it was left unchanged: restore a backup (*.bak-*) over it, or delete it to start afresh", path = .path.display())]
    Empty { path: PathBuf },
    #[error("{path}: this database was written by a newer swelearn (schema {found}; this one reads up to {supported}); it was left unchanged: upgrade swelearn", path = .path.display())]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path}: the database is damaged ({detail}); it was left unchanged: restore a backup (*.bak-*) or move it away", path = .path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("{path}: cannot write here (the file or its folder is read-only); make it writable, or point --data-dir at a writable copy", path = .path.display())]
    ReadOnly { path: PathBuf },
    #[error("{path}: the database must be upgraded to this swelearn's schema {to} (it has {from}), which needs write access; make its folder writable and run swelearn once", path = .path.display())]
    UpgradeNeedsWrite { path: PathBuf, from: i64, to: i64 },
    #[error("{path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: database error: {source}", path = .path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// Classifies a SQLite error: a file that is not a database, is damaged, or cannot be
    /// written gets its own kind.
    pub fn from_sqlite(path: &Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path = path.to_path_buf();
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotOurs { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path,
                detail: e.to_string(),
            },
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            _ => StoreError::Sqlite { path, source: e },
        }
    }

    /// Whether the error only means the database cannot be written (a read-only folder or
    /// file), so reading it read-only may still work.
    pub fn is_read_only(&self) -> bool {
        match self {
            StoreError::ReadOnly { .. } => true,
            StoreError::Io { source, .. } => crate::files::is_read_only(source),
            StoreError::Sqlite { source, .. } => {
                source.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen)
            }
            _ => false,
        }
    }

    /// Whether the disk (or the user's quota) is full.
    pub fn is_disk_full(&self) -> bool {
        match self {
            StoreError::Io { source, .. } => {
                source.kind() == std::io::ErrorKind::StorageFull
                    || source.kind() == std::io::ErrorKind::QuotaExceeded
            }
            StoreError::Sqlite { source, .. } => {
                source.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
            }
            _ => false,
        }
    }
}
