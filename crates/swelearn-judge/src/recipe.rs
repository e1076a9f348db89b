//! How each language is compiled and run: the commands, their flags and environment, and the
//! limits its runtime needs. Native code and Python get an address-space limit; the JVM, Node
//! and Go reserve large ranges they never touch, so they get their own heap flags instead and
//! are held to their resident memory (plus their runtime's own footprint).

use std::path::Path;

use swelearn_core::problem::Lang;

use crate::toolchain::Toolchain;

/// One command to run in the build folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub program: String,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

fn step(program: &str, args: &[&str]) -> Step {
    Step {
        program: program.to_owned(),
        args: args.iter().map(|&a| a.to_owned()).collect(),
        env: Vec::new(),
    }
}

const MIB: u64 = 1 << 20;

/// Go's own caches, under the judge's cache folder, and a build that needs no module or network.
fn go_env(cache: &Path) -> Vec<(String, String)> {
    let at = |p: &str| cache.join(p).display().to_string();
    [
        ("GO111MODULE", "off".to_owned()),
        ("GOCACHE", at("go/build")),
        ("GOPATH", at("go/path")),
        ("GOFLAGS", String::new()),
        ("GOENV", "off".to_owned()),
        ("GOTOOLCHAIN", "local".to_owned()),
        ("GOTELEMETRY", "off".to_owned()),
        ("CGO_ENABLED", "0".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// The newest Rust edition the compiler knows: 2024 from rustc 1.85 on, else 2021, so a user's
/// modern Rust (let chains, ...) compiles on a current toolchain and older ones still work.
pub fn rust_edition(version: &str) -> &'static str {
    let minor = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse::<u32>().ok());
    match minor {
        Some(m) if m >= 85 => "2024",
        _ => "2021",
    }
}

/// The commands that check or compile a build folder holding the harness and `solution.*`.
/// Compiler messages name the files relative to that folder, so they name the user's file.
pub fn compile(tool: &Toolchain, cache: &Path) -> Vec<Step> {
    let p = |i: usize| tool.programs[i].as_str();
    match tool.lang {
        Lang::Python => vec![step(p(0), &["-m", "py_compile", "solution.py"])],
        Lang::Rust => vec![step(
            p(0),
            &[
                "--edition",
                rust_edition(&tool.version),
                "-C",
                "opt-level=2",
                "-C",
                "debuginfo=0",
                "-A",
                "warnings",
                "--crate-name",
                "solution_main",
                "-o",
                "main",
                "main.rs",
            ],
        )],
        Lang::Cpp => vec![step(
            p(0),
            &[
                "-std=c++17",
                "-O2",
                "-pipe",
                "-fdiagnostics-color=never",
                "-o",
                "main",
                "main.cpp",
            ],
        )],
        Lang::Java => vec![step(
            p(0),
            &[
                "-J-XX:+UseSerialGC",
                "-J-XX:TieredStopAtLevel=1",
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-d",
                ".",
                "Solution.java",
                "Main.java",
            ],
        )],
        Lang::JavaScript => vec![
            step(p(0), &["--check", "solution.js"]),
            step(p(0), &["--check", "main.js"]),
        ],
        Lang::Go => vec![Step {
            env: go_env(cache),
            ..step(p(0), &["build", "-o", "main", "main.go", "solution.go"])
        }],
    }
}

/// The memory a language's runtime uses on its own, allowed on top of the problem's limit
/// where the limit is enforced on resident memory.
pub fn runtime_allowance(lang: Lang) -> u64 {
    match lang {
        Lang::Java | Lang::JavaScript => 64 * MIB,
        Lang::Go => 16 * MIB,
        Lang::Python | Lang::Rust | Lang::Cpp => 0,
    }
}

/// The limits a run gets for a memory limit of `memory` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    /// `RLIMIT_AS`, or none for runtimes that reserve more than they use.
    pub address_space: Option<u64>,
    /// `RLIMIT_STACK`: the memory limit, so deep recursion works in every language.
    pub stack: u64,
    /// Peak resident memory at or above this is Memory Limit Exceeded.
    pub verdict_at: u64,
    /// The launcher kills the run when its resident memory passes this. For native code and
    /// Python it is above the verdict line: their stack may grow to the whole limit, and a
    /// recursion that runs out of it should end as a stack overflow, not a kill. The JVM, Node
    /// and Go keep their solution's stack well inside the limit, so they are killed at it.
    pub kill_at: u64,
}

pub fn memory(lang: Lang, memory: u64) -> Memory {
    let allowance = runtime_allowance(lang);
    let address_space = match lang {
        Lang::Python | Lang::Rust | Lang::Cpp => Some(2 * memory + 256 * MIB),
        Lang::Java | Lang::JavaScript | Lang::Go => None,
    };
    Memory {
        address_space,
        stack: memory,
        verdict_at: memory + allowance,
        kill_at: if address_space.is_some() {
            memory + allowance + 64 * MIB
        } else {
            memory + allowance
        },
    }
}

/// The command (and environment) that runs a built solution in `dir`.
pub fn run(tool: &Toolchain, dir: &Path, limits: &Memory) -> Step {
    let p = |i: usize| tool.programs[i].as_str();
    let heap_mb = (limits.verdict_at - runtime_allowance(tool.lang)) / MIB;
    let exe = dir.join("main").display().to_string();
    match tool.lang {
        Lang::Python => step(p(0), &["-E", "-s", "main.py"]),
        Lang::Rust | Lang::Cpp => step(&exe, &[]),
        Lang::Go => Step {
            env: vec![("GOMEMLIMIT".to_owned(), format!("{heap_mb}MiB"))],
            ..step(&exe, &[])
        },
        Lang::Java => step(
            p(1),
            &[
                &format!("-Xmx{heap_mb}m"),
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:-UsePerfData",
                "-Xshare:auto",
                // The solution's thread: a JVM that overflows its stack peaks near three times
                // the stack in resident memory, so a quarter of the limit (over a million plain
                // frames) ends a runaway recursion as StackOverflowError, inside the limit.
                &format!("-Dswelearn.stack={}", limits.stack / 4),
                "-cp",
                ".",
                "Main",
            ],
        ),
        Lang::JavaScript => step(
            p(0),
            &[
                &format!("--max-old-space-size={heap_mb}"),
                // V8 must stop short of the real stack (RLIMIT_STACK) or it crashes instead of
                // throwing RangeError.
                &format!("--stack-size={}", limits.stack / 1024 * 3 / 4),
                "main.js",
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rust_edition_follows_the_compiler() {
        assert_eq!(
            super::rust_edition("rustc 1.95.0 (59807616e 2026-04-14)"),
            "2024"
        );
        assert_eq!(
            super::rust_edition("rustc 1.84.1 (e71f9a9a9 2025-01-27)"),
            "2021"
        );
        assert_eq!(super::rust_edition("something else"), "2021");
    }
}
