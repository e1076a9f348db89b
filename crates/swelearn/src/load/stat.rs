//! Reads the metadata of many files, on several threads when there are many: checking that a
//! cached catalog is current costs one `stat` per file, and that dominates a warm start. Every
//! result stays at its file's position: should one call panic, that file gets an error and every
//! other file keeps its own metadata.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// A call that panicked instead of returning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panicked;

/// Below this many files one thread is quicker than starting several.
const PARALLEL_FROM: usize = 512;

/// The threads to use for `n` files.
pub fn threads_for(n: usize) -> usize {
    if n < PARALLEL_FROM {
        return 1;
    }
    std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8)
}

/// `stat` of every file, in order, on up to `threads` threads.
pub fn stat_all<T: Send>(
    files: &[PathBuf],
    threads: usize,
    stat: impl Fn(&Path) -> T + Sync,
) -> Vec<Result<T, Panicked>> {
    let one = |p: &PathBuf| catch_unwind(AssertUnwindSafe(|| stat(p))).map_err(|_| Panicked);
    if threads < 2 || files.len() < 2 {
        return files.iter().map(one).collect();
    }
    let one = &one;
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                (
                    part.len(),
                    scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()),
                )
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(n, h)| {
                // A thread that died anyway still answers for each of its files.
                h.join()
                    .unwrap_or_else(|_| (0..n).map(|_| Err(Panicked)).collect())
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_costs_one_file_and_shifts_none() {
        let files: Vec<PathBuf> = (0..2000)
            .map(|i| PathBuf::from(format!("{i}.md")))
            .collect();
        for threads in [1, 4] {
            let out = stat_all(&files, threads, |p| {
                assert!(p != Path::new("700.md"), "a deliberate panic");
                p.to_path_buf()
            });
            assert_eq!(out.len(), files.len());
            for (i, (r, f)) in out.iter().zip(&files).enumerate() {
                if i == 700 {
                    assert_eq!(*r, Err(Panicked));
                } else {
                    assert_eq!(r.as_ref(), Ok(f), "file {i}");
                }
            }
        }
    }
}
