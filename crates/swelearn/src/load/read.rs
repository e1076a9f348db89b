//! Reads files that the user's folders and the cache name, without trusting them: the type and
//! size are checked before a file is opened (opening a FIFO blocks until a writer comes, a device
//! such as `/dev/zero` never ends), checked again on the opened file, and no more than the limit
//! is read even if the file grows meanwhile. Symbolic links are followed deliberately: a link to
//! a topic file is a topic file.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: what it is, in words.
    NotAFile(&'static str),
    /// More bytes than the limit (`size` is what was seen: the size, or the limit plus one).
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(std::io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotAFile(kind) => write!(f, "this is {kind}, not a regular file"),
            ReadError::TooLarge { size, limit } => write!(
                f,
                "the file is {} KiB, more than the {} KiB allowed",
                size.div_ceil(1024),
                limit / 1024
            ),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// What a file is, in words, when it is not a regular file (`None` when it is one).
pub fn not_a_file(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
    }
    Some("not a regular file")
}

/// Reads a whole regular file of at most `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    check(&std::fs::metadata(path)?, limit)?;
    let file = open(path)?;
    // The file may have been swapped since the check: what counts is the one now open.
    let meta = file.metadata()?;
    check(&meta, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    let size = bytes.len() as u64;
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    Ok(bytes)
}

fn check(meta: &Metadata, limit: u64) -> Result<(), ReadError> {
    if let Some(kind) = not_a_file(meta) {
        return Err(ReadError::NotAFile(kind));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    Ok(())
}

/// Opens for reading without blocking: should a FIFO have taken the file's place since it was
/// checked, the open returns at once and the check on the open file refuses it.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_up_to_the_limit() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.md");
        std::fs::write(&path, b"0123456789").expect("write");
        assert_eq!(read_limited(&path, 10).expect("fits"), b"0123456789");
        let err = read_limited(&path, 9).expect_err("too large");
        assert!(
            matches!(err, ReadError::TooLarge { size: 10, limit: 9 }),
            "{err:?}"
        );
    }

    #[test]
    fn refuses_fifos_and_devices_without_blocking_or_reading_them() {
        let dir = tempfile::tempdir().expect("dir");
        let fifo = dir.path().join("pipe.md");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let err = read_limited(&fifo, 1024).expect_err("a FIFO");
        assert_eq!(
            err.to_string(),
            "this is a named pipe (FIFO), not a regular file"
        );
        let zero = dir.path().join("zero.md");
        std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
        let err = read_limited(&zero, 1024).expect_err("a device");
        assert_eq!(
            err.to_string(),
            "this is a character device, not a regular file"
        );
        let err = read_limited(dir.path(), 1024).expect_err("a folder");
        assert_eq!(err.to_string(), "this is a folder, not a regular file");
    }
}
