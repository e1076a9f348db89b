//! The store's errors, each worded to say what happened to which file and what to do.

use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: this file is not a swelearn database; it was left unchanged (move it away, or point --data-dir elsewhere)", path = .path.display())]
    NotOurs { path: PathBuf },
    #[error("{path}: this database was written by a newer swelearn (schema {found}; this one reads up to {supported}); it was left unchanged: upgrade swelearn", path = .path.display())]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path}: the database is damaged ({detail}); it was left unchanged: restore a backup (*.bak-*) or move it away", path = .path.display())]
    Corrupt { path: PathBuf, detail: String },
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
    /// Classifies a SQLite error: a file that is not a database or is damaged gets its own kind.
    pub fn from_sqlite(path: &Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotOurs {
                path: path.to_path_buf(),
            },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: e.to_string(),
            },
            _ => StoreError::Sqlite {
                path: path.to_path_buf(),
                source: e,
            },
        }
    }
}
