//! Generates, for each language, the starter file a user edits and the harness that reads the
//! judge's input, calls the user's code and writes results (see `wire` for the protocol). The
//! user's code stays in its own file, so compiler messages point at the user's lines. Pure: the
//! judge writes these files and runs the compilers.
//!
//! Conventions shared by every language:
//! - Python and Rust keep `snake_case`; C++, Java, JavaScript and Go spell functions, methods
//!   and parameters in `lowerCamelCase` ([`camel`]); class names stay as the signature has them.
//! - Each harness reads all of stdin before anything else, decodes every case, loads the user's
//!   code, prints `<nonce> ready`, then times each call with a monotonic clock, encodes the
//!   result by its declared type (or writes a `!` line saying why it is not of that type) and
//!   flushes. The user's exceptions are not caught: the process crashes and the judge reports it.
//! - Lists and trees are built and encoded without recursion, so 10^5-node inputs are safe.

mod comment;
mod cpp;
mod go;
mod java;
mod javascript;
mod python;
mod rust;

use crate::problem::Problem;
use crate::problem::lang::Lang;
use crate::problem::signature::{Method, Param, Signature, Type};

/// The Rust prelude (`ListNode`, `TreeNode`): compiled into swelearn for the built-in references
/// and carried verbatim by every Rust harness.
pub const RUST_PRELUDE: &str = include_str!("harness/rust_prelude.rs");

/// The files a harness needs beside the user's solution file: (file name, contents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Harness {
    pub files: Vec<(String, String)>,
}

/// Spells a `snake_case` name in `lowerCamelCase` (for C++, Java, JavaScript and Go).
pub fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The name of the function or method in a language.
pub fn method_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Python | Lang::Rust => name.to_owned(),
        Lang::Cpp | Lang::Java | Lang::JavaScript | Lang::Go => camel(name),
    }
}

/// The starter file: the statement as a comment, the imports it needs, then the signature with
/// an empty body that compiles and returns a zero value.
pub fn starter(lang: Lang, problem: &Problem) -> String {
    let comment = comment::statement(problem, lang);
    let sig = &problem.signature;
    let code = match lang {
        Lang::Python => python::starter(sig),
        Lang::Rust => rust::starter(sig),
        Lang::Cpp => cpp::starter(sig),
        Lang::Java => java::starter(sig),
        Lang::JavaScript => javascript::starter(sig),
        Lang::Go => go::starter(sig),
    };
    format!("{comment}\n{code}")
}

/// The harness for a signature in a language.
pub fn harness(lang: Lang, sig: &Signature) -> Harness {
    let files = match lang {
        Lang::Python => vec![("main.py", python::harness(sig))],
        Lang::Rust => vec![("main.rs", rust::harness(sig))],
        Lang::Cpp => vec![("main.cpp", cpp::harness(sig))],
        Lang::Java => vec![("Main.java", java::harness(sig))],
        Lang::JavaScript => vec![("main.js", javascript::harness(sig))],
        Lang::Go => vec![("main.go", go::harness(sig))],
    };
    Harness {
        files: files
            .into_iter()
            .map(|(name, text)| (name.to_owned(), text))
            .collect(),
    }
}

/// The methods of a signature with the parameters of the constructor (a function has none).
fn methods(sig: &Signature) -> &[Method] {
    match sig {
        Signature::Function(m) => std::slice::from_ref(m),
        Signature::Class { methods, .. } => methods,
    }
}

/// Parameter names joined with `, ` after mapping each.
fn join_params(params: &[Param], f: impl Fn(&Param) -> String) -> String {
    params.iter().map(f).collect::<Vec<_>>().join(", ")
}

/// Whether anything in the signature is a list or a tree (so the starter mentions them).
fn uses_nodes(sig: &Signature) -> (bool, bool) {
    (sig.uses(&Type::List), sig.uses(&Type::Tree))
}

/// Indents every non-empty line of `text` by `n` spaces.
fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
