//! The fuzz targets' corpora (`fuzz/corpus/<target>/`), each file run once through the check its
//! target runs (`swelearn::invariants`), on stable and in every test run: an input the fuzzer
//! once found to break a property stays fixed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use swelearn::invariants::{self, Imported};

/// Every file of a target's corpus, by name.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).expect("read"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

/// Runs `check` on each file; fails naming every file whose check panicked.
fn each<T>(target: &str, check: impl Fn(&[u8]) -> T) -> Vec<T> {
    let mut failed = Vec::new();
    let mut out = Vec::new();
    for (name, bytes) in corpus(target) {
        match catch_unwind(AssertUnwindSafe(|| check(&bytes))) {
            Ok(v) => out.push(v),
            Err(_) => failed.push(name),
        }
    }
    assert!(failed.is_empty(), "{target}: the check fails on {failed:?}");
    out
}

#[test]
fn topic_corpus() {
    each("topic", invariants::topic);
}

#[test]
fn catalog_corpus() {
    let results = each("catalog", invariants::catalog);
    // Not vacuous: the corpus holds a whole cache file and a bare payload that decode.
    assert!(results.iter().any(|r| r.as_file), "{results:?}");
    assert!(results.iter().any(|r| r.as_payload), "{results:?}");
}

#[test]
fn import_corpus() {
    let results = each("import", invariants::import);
    // Not vacuous: the corpus holds a real export, which goes all the way round, and files
    // that are refused.
    assert!(results.contains(&Imported::RoundTripped), "{results:?}");
    assert!(results.contains(&Imported::Refused), "{results:?}");
}
