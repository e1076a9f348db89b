//! Creating the files and folders that hold the user's data so that only the user can read them
//! (0600 files, 0700 folders on Unix), and the record of a database file as swelearn last left
//! it (`<db>.checked`), which lets an open skip the full damage check.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// Creates `dir` and its missing parents, each new one readable by the user only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates an empty file readable and writable by the user only; fails if it exists.
pub fn create_private(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}

/// Whether an I/O error means the place cannot be written (a read-only folder or disk).
pub fn is_read_only(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied
    )
}

/// Percent-encodes a path for a SQLite `file:` URI.
pub fn uri(path: &Path, query: &str) -> String {
    let mut out = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out.push('?');
    out.push_str(query);
    out
}

/// A file's identity and last change: size, modification and status-change times, inode. Any
/// write changes the times; a copy or restore changes the inode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp(String);

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Stamp(format!(
                "{} {}.{} {}.{} {} {}",
                meta.len(),
                meta.mtime(),
                meta.mtime_nsec(),
                meta.ctime(),
                meta.ctime_nsec(),
                meta.ino(),
                meta.dev()
            )))
        }
        #[cfg(not(unix))]
        {
            let modified = meta.modified().ok()?;
            Some(Stamp(format!("{} {modified:?}", meta.len())))
        }
    }
}

fn record_path(db: &Path) -> std::path::PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".checked");
    std::path::PathBuf::from(p)
}

const RECORD_HEADER: &str = "swelearn: this database was checked or written only by swelearn as";

/// Whether the database file is exactly as a clean close of swelearn recorded it.
pub fn vouched_for(db: &Path) -> bool {
    let (Ok(record), Some(now)) = (std::fs::read_to_string(record_path(db)), Stamp::of(db)) else {
        return false;
    };
    record
        .strip_prefix(RECORD_HEADER)
        .is_some_and(|r| r.trim() == now.0)
}

/// Records the database file as it is now (best effort: without the record, the next open
/// checks the whole file).
pub fn vouch(db: &Path) {
    let Some(now) = Stamp::of(db) else {
        return;
    };
    let record = record_path(db);
    let tmp = {
        let mut p = record.as_os_str().to_owned();
        p.push(".tmp");
        std::path::PathBuf::from(p)
    };
    let _ = std::fs::remove_file(&tmp);
    let written = create_private(&tmp)
        .and_then(|()| std::fs::write(&tmp, format!("{RECORD_HEADER} {}\n", now.0)))
        .and_then(|()| std::fs::rename(&tmp, &record));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
        forget(db);
    }
}

/// Drops the record, so the next open checks the whole file.
pub fn forget(db: &Path) {
    let _ = std::fs::remove_file(record_path(db));
}
