//! Embeds the bundled library: every `content/*.md` becomes a static byte slice, and a hash of
//! them all keys the on-disk caches so a new build never reads an old cache. The hash is FNV-1a
//! from the `fnv` crate, as `swelearn_core::hash` computes it: depending on the core here would
//! compile it and all its dependencies a second time, for the build script.

use std::fmt::Write as _;
use std::hash::Hasher as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build folder copied from another
    // checkout keeps its compiled script, which must not look in the old checkout.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest).join("../../content");
    println!("cargo:rerun-if-changed={}", content.display());
    let mut files: Vec<_> = std::fs::read_dir(&content)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "md"));
    files.sort();
    let mut hash = fnv::FnvHasher::default();
    let mut out = String::from(
        "/// The bundled topics: (file name, bytes).\npub static BUNDLED: &[(&str, &[u8])] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let bytes = std::fs::read(path).unwrap_or_default();
        hash.write(name.as_bytes());
        hash.write(&bytes);
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            out,
            "    ({name:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "/// A hash of every bundled file, for cache keys.\n#[allow(clippy::unreadable_literal)]\npub const BUNDLED_HASH: u64 = 0x{:016x};",
        hash.finish()
    );
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("bundled.rs");
    std::fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write bundled.rs: {e}"));
}
