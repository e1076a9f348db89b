//! Creating the files and folders that hold the user's data so that only the user can read them
//! (0600 files, 0700 folders on Unix), and the checks made on a database file before SQLite
//! touches it.

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
