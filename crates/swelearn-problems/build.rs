//! Embeds the bundled problem set from `problems/`: every file of every problem folder becomes a
//! static byte slice, and each folder with a `builtin.rs` gets a module that compiles its Rust
//! reference (`solution.rs`, the very file users are shown) with its binding, large-case
//! generator and optional checker.

use std::fmt::Write as _;
use std::path::Path;

/// Files of a problem folder that are embedded (anything else is ignored).
const EMBEDDED: &[&str] = &[
    "problem.md",
    "tests.jsonl",
    "solution.py",
    "solution.rs",
    "solution.cpp",
    "Solution.java",
    "solution.js",
    "solution.go",
    "naive.py",
    "naive.rs",
];

fn main() {
    // Read when the script runs, not when it was compiled: a build folder copied from another
    // checkout keeps its compiled script, which must not look in the old checkout.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../problems");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.retain(|p| p.join("problem.md").is_file());
    dirs.sort();
    let mut modules = String::new();
    let mut table = String::from(
        "/// The bundled problems, by folder name.\npub static BUNDLED: &[Bundled] = &[\n",
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for dir in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let abs = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        let mut files = String::new();
        for file in EMBEDDED {
            let path = abs.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            if let Ok(bytes) = std::fs::read(&path) {
                for b in name
                    .bytes()
                    .chain(file.bytes())
                    .chain(bytes.iter().copied())
                {
                    hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
                }
                let _ = write!(
                    files,
                    "({file:?}, include_bytes!({:?})), ",
                    path.display().to_string()
                );
            }
        }
        let builtin_rs = abs.join("builtin.rs");
        println!("cargo:rerun-if-changed={}", builtin_rs.display());
        let builtin = if builtin_rs.is_file() && abs.join("solution.rs").is_file() {
            let module = format!("p_{}", name.replace('-', "_"));
            let text = std::fs::read_to_string(&builtin_rs).unwrap_or_default();
            let check = if text.contains("pub fn check(") {
                format!("Some({module}::builtin::check)")
            } else {
                "None".to_owned()
            };
            let _ = writeln!(
                modules,
                "pub mod {module} {{\n    #[path = {:?}]\n    #[allow(clippy::all, clippy::pedantic, dead_code, unused_mut)]\n    pub mod solution;\n    #[path = {:?}]\n    #[allow(clippy::wildcard_imports)]\n    pub mod builtin;\n}}",
                abs.join("solution.rs").display().to_string(),
                builtin_rs.display().to_string(),
            );
            format!(
                "Some(Builtin {{ run: {module}::builtin::run, large: {module}::builtin::large, check: {check} }})"
            )
        } else {
            "None".to_owned()
        };
        let _ = writeln!(
            table,
            "    Bundled {{ folder: {name:?}, files: &[{files}], builtin: {builtin} }},"
        );
    }
    table.push_str("];\n");
    let _ = writeln!(
        table,
        "/// A hash of every bundled problem file, for cache keys.\n#[allow(clippy::unreadable_literal)]\npub const BUNDLED_HASH: u64 = 0x{hash:016x};"
    );
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("bundled.rs");
    std::fs::write(out, format!("{modules}\n{table}"))
        .unwrap_or_else(|e| panic!("cannot write bundled.rs: {e}"));
}
