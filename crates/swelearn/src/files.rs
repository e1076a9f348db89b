//! Writing the user's files (exports, scratchpads, notes): whole or not at all (a temporary file
//! beside the target, flushed and fsynced, then renamed over it and the folder fsynced), readable
//! by the user only (0600, folders 0700), and a full disk said plainly. A failed write leaves
//! the previous file as it was.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; it replaces the target only on `commit`. Dropped without it, the
/// temporary file is removed and the target is untouched.
pub struct AtomicFile {
    out: BufWriter<tempfile::NamedTempFile>,
    target: PathBuf,
}

impl AtomicFile {
    /// Starts writing `target` (its folder is created if missing, private).
    pub fn create(target: &Path) -> io::Result<AtomicFile> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        private_dir(dir)?;
        let name = target
            .file_name()
            .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
        // tempfile creates it 0600 on Unix.
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)?;
        Ok(AtomicFile {
            out: BufWriter::new(tmp),
            target: target.to_path_buf(),
        })
    }

    /// Flushes, fsyncs and renames over the target, then fsyncs the folder, so that after a
    /// crash the target is either the old file or the whole new one.
    pub fn commit(self) -> io::Result<()> {
        let tmp = self
            .out
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.target).map_err(|e| e.error)?;
        sync_dir(&self.target)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes a whole file atomically and durably, readable by the user only.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Creates a folder and its missing parents, each new one readable by the user only.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(unix)]
fn sync_dir(target: &Path) -> io::Result<()> {
    match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => std::fs::File::open(d)?.sync_all(),
        _ => std::fs::File::open(".")?.sync_all(),
    }
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}

/// Whether an error means the disk (or the user's quota) is full.
pub fn is_disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// "cannot write PATH: ..." for a failed write, saying plainly when the disk is full.
pub fn write_error(path: &Path, e: &io::Error) -> anyhow::Error {
    if is_disk_full(e) {
        anyhow::anyhow!(
            "cannot write {}: the disk is full; nothing was written and any earlier file there is unchanged: free some space and try again",
            path.display()
        )
    } else {
        anyhow::anyhow!("cannot write {}: {e}", path.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_file_leaves_the_old_one_and_no_temporary() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("export.jsonl");
        write_atomic(&path, b"old\n").expect("writes");
        {
            let mut f = AtomicFile::create(&path).expect("starts");
            f.write_all(b"half of the new").expect("writes");
        }
        assert_eq!(std::fs::read(&path).expect("read"), b"old\n");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
        write_atomic(&path, b"new\n").expect("writes");
        assert_eq!(std::fs::read(&path).expect("read"), b"new\n");
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a/b/pad.md");
        write_atomic(&path, b"x").expect("writes");
        let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
    }

    #[test]
    fn a_full_disk_is_named() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let msg = write_error(Path::new("/x/out.jsonl"), &full).to_string();
        assert!(
            msg.starts_with("cannot write /x/out.jsonl: the disk is full"),
            "{msg}"
        );
        let other = io::Error::from(io::ErrorKind::PermissionDenied);
        assert!(
            !write_error(Path::new("x"), &other)
                .to_string()
                .contains("disk is full")
        );
    }
}
