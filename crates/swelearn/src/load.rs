//! Finds the topic files (bundled, user folder, `SWELEARN_CONTENT`, `--content`), loads the library,
//! and keeps a catalog cache keyed by the files' sizes and mtimes so listing and searching a large
//! library reads no topic file when nothing changed. What is not a regular file is skipped with a
//! warning, and no file is read past its limit (see `read`).

mod read;
mod stat;

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use anyhow::Result;
use swelearn_core::catalog::Catalog;
use swelearn_core::hash::Fnv1a;
use swelearn_core::library::SourceFile;
use swelearn_core::parse::parse_topic;
use swelearn_core::{Diagnostic, Library, MAX_TOPIC_BYTES, Origin, SourceKind, Topic};

pub use read::{ReadError, read_limited};

use crate::bundled;
use crate::paths::Paths;

/// A catalog cache may hold this much more than its sources' text (the index's share is far less).
const CACHE_SLACK_BYTES: u64 = 16 * 1024 * 1024;

/// One topic file on disk, as found by a scan.
#[derive(Debug, Clone)]
pub struct Found {
    pub source: SourceKind,
    pub path: PathBuf,
    pub size: u64,
    pub mtime_ns: u128,
}

/// Everything a command needs to load topics.
pub struct Loader {
    pub paths: Paths,
    /// Topic files on disk, in source order.
    pub found: Vec<Found>,
    /// Problems with the folders themselves (missing, unreadable).
    pub problems: Vec<Diagnostic>,
    /// The content folders scanned, in source order (coding problems live in their `problems/`).
    pub roots: Vec<PathBuf>,
}

impl Loader {
    /// Scans every source folder.
    pub fn new(paths: Paths, flags: &[PathBuf]) -> Loader {
        let mut roots: Vec<(SourceKind, PathBuf, bool)> =
            vec![(SourceKind::User, paths.user_topics(), false)];
        if let Some(list) = std::env::var_os("SWELEARN_CONTENT") {
            roots.extend(
                std::env::split_paths(&list)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|p| (SourceKind::Env, p, true)),
            );
        }
        roots.extend(flags.iter().map(|p| (SourceKind::Flag, p.clone(), true)));
        let mut loader = Loader {
            paths,
            found: Vec::new(),
            problems: Vec::new(),
            roots: roots.iter().map(|(_, p, _)| p.clone()).collect(),
        };
        for (source, root, must_exist) in roots {
            loader.scan(source, &root, must_exist);
        }
        loader
    }

    /// Adds the topic files under `root` (a folder, searched recursively, or one file).
    pub fn scan(&mut self, source: SourceKind, root: &Path, must_exist: bool) {
        match std::fs::metadata(root) {
            Ok(meta) if !meta.is_dir() => self.consider(source, root.to_path_buf(), Ok(Ok(meta))),
            Ok(_) => {
                let mut files = Vec::new();
                walk(root, true, &mut files, &mut self.problems);
                // Byte order, not `Path`'s component-wise order, which is far slower to compare.
                files.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
                // Following links, deliberately: a link to a topic file is a topic file.
                let metas = stat::stat_all(&files, stat::threads_for(files.len()), |p| {
                    std::fs::metadata(p)
                });
                for (path, meta) in files.into_iter().zip(metas) {
                    self.consider(source, path, meta);
                }
            }
            Err(e) if must_exist || e.kind() != std::io::ErrorKind::NotFound => {
                let what = if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file or folder".to_owned()
                } else {
                    e.to_string()
                };
                self.problems.push(Diagnostic::error(
                    &root.display().to_string(),
                    1,
                    1,
                    format!("cannot read topics here: {what}"),
                ));
            }
            Err(_) => {}
        }
    }

    /// Keeps a file found by a scan if it is a regular file; otherwise says why it is skipped.
    fn consider(
        &mut self,
        source: SourceKind,
        path: PathBuf,
        meta: Result<std::io::Result<std::fs::Metadata>, stat::Panicked>,
    ) {
        let display = path.display().to_string();
        match meta {
            Ok(Ok(meta)) => match read::not_a_file(&meta) {
                None => self.push(source, path, &meta),
                Some(kind) => self.problems.push(Diagnostic::warning(
                    &display,
                    1,
                    1,
                    format!("this is {kind}, not a regular file: skipped"),
                )),
            },
            Ok(Err(e)) => self.problems.push(Diagnostic::error(
                &display,
                1,
                1,
                format!("cannot read this file: {e}"),
            )),
            Err(stat::Panicked) => self.problems.push(Diagnostic::error(
                &display,
                1,
                1,
                "this file could not be checked (an internal error; please report it): skipped",
            )),
        }
    }

    fn push(&mut self, source: SourceKind, path: PathBuf, meta: &std::fs::Metadata) {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        self.found.push(Found {
            source,
            path,
            size: meta.len(),
            mtime_ns,
        });
    }

    /// A hash of everything the library is built from.
    pub fn fingerprint(&self) -> u64 {
        let mut h = Fnv1a::new();
        h.field(env!("CARGO_PKG_VERSION").as_bytes());
        h.field(&bundled::BUNDLED_HASH.to_le_bytes());
        for f in &self.found {
            h.field(&[f.source as u8]);
            h.field(f.path.as_os_str().as_encoded_bytes());
            h.field(&f.size.to_le_bytes());
            h.field(&f.mtime_ns.to_le_bytes());
        }
        // Skipped files are not in `found`: their problems stand for them, so the cached catalog
        // (which keeps the problems) is rebuilt when one of them changes.
        for p in &self.problems {
            h.field(p.to_string().as_bytes());
        }
        h.finish()
    }

    /// Reads every file: the bundled ones first, then the found ones.
    pub fn source_files(&self, bundled_too: bool) -> (Vec<SourceFile>, Vec<Diagnostic>) {
        let mut files = Vec::new();
        let mut problems = self.problems.clone();
        if bundled_too {
            for (name, bytes) in bundled::BUNDLED {
                files.push(SourceFile {
                    origin: Origin::Bundled {
                        name: (*name).to_owned(),
                    },
                    source: SourceKind::Bundled,
                    display: format!("content/{name}"),
                    group: "<bundled>".to_owned(),
                    bytes: bytes.to_vec(),
                });
            }
        }
        for f in &self.found {
            match read_limited(&f.path, MAX_TOPIC_BYTES) {
                Ok(bytes) => files.push(SourceFile {
                    origin: Origin::File {
                        path: f.path.clone(),
                    },
                    source: f.source,
                    display: f.path.display().to_string(),
                    group: f
                        .path
                        .parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    bytes,
                }),
                Err(e) => problems.push(unreadable(&f.path.display().to_string(), &e)),
            }
        }
        (files, problems)
    }

    /// Loads and parses the whole library.
    pub fn library(&self) -> (Library, Vec<Diagnostic>) {
        let (files, mut problems) = self.source_files(true);
        let (library, diags) = Library::load(files);
        problems.extend(diags);
        (library, problems)
    }

    /// The catalog, from the cache when it matches the files, else built and cached.
    pub fn catalog(&self) -> Catalog {
        let fingerprint = self.fingerprint();
        let cache = self.paths.cache.join("catalog.bin");
        if let Ok(bytes) = read_limited(&cache, self.cache_limit())
            && let Ok(catalog) = Catalog::from_bytes(&bytes, fingerprint)
        {
            return catalog;
        }
        let (library, diags) = self.library();
        let catalog = Catalog::build(&library, diags);
        // A cache that cannot be written only costs speed next time.
        if let Ok(bytes) = catalog.to_bytes(fingerprint) {
            let _ = crate::files::write_atomic(&cache, &bytes);
        }
        catalog
    }

    /// The most a catalog cache of these sources can hold: a damaged or planted cache file is
    /// never read past it.
    fn cache_limit(&self) -> u64 {
        let bundled: u64 = bundled::BUNDLED.iter().map(|(_, b)| b.len() as u64).sum();
        let found: u64 = self.found.iter().map(|f| f.size.min(MAX_TOPIC_BYTES)).sum();
        CACHE_SLACK_BYTES.saturating_add((bundled + found).saturating_mul(4))
    }
}

/// The diagnostic for a topic file that could not be read.
fn unreadable(display: &str, e: &ReadError) -> Diagnostic {
    match e {
        ReadError::NotAFile(kind) => Diagnostic::warning(
            display,
            1,
            1,
            format!("this is {kind}, not a regular file: skipped"),
        ),
        ReadError::TooLarge { size, .. } => Diagnostic::error(
            display,
            1,
            1,
            format!(
                "the file is {} KiB; topics must be at most {} KiB: split it into smaller topics",
                size.div_ceil(1024),
                MAX_TOPIC_BYTES / 1024
            ),
        ),
        ReadError::Io(e) => Diagnostic::error(display, 1, 1, format!("cannot read this file: {e}")),
    }
}

/// Parses one topic from where the catalog says it lives.
pub fn load_topic(origin: &Origin, display: &str) -> Result<Topic, Vec<Diagnostic>> {
    let bytes = match origin {
        Origin::Bundled { name } => bundled::get(name).map(<[u8]>::to_vec).ok_or_else(|| {
            Diagnostic::error(display, 1, 1, "this topic file can no longer be read")
        }),
        Origin::File { path } => read_limited(path, MAX_TOPIC_BYTES).map_err(|e| {
            Diagnostic::error(
                display,
                1,
                1,
                format!("this topic file can no longer be read: {e}"),
            )
        }),
    };
    let bytes = bytes.map_err(|d| vec![d])?;
    let stem = display.rsplit(['/', '\\']).next().unwrap_or(display);
    let parsed = parse_topic(&bytes, display, stem.strip_suffix(".md").unwrap_or(stem));
    parsed.topic.ok_or(parsed.diagnostics)
}

/// Collects the `.md` files under `dir`, leaving out coding problems: the `problems/` folder of a
/// content folder (`top`), and any folder holding a `problem.md`, are not topics.
fn walk(dir: &Path, top: bool, out: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            problems.push(Diagnostic::error(
                &dir.display().to_string(),
                1,
                1,
                format!("cannot read this folder: {e}"),
            ));
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => {
                let coding = (top && name == "problems") || path.join("problem.md").is_file();
                if !coding {
                    walk(&path, false, out, problems);
                }
            }
            Ok(_) if path.extension().is_some_and(|e| e == "md") => out.push(path),
            _ => {}
        }
    }
}
