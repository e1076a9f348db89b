//! Generates, for each language, the starter file a user edits and the harness that reads the
//! judge's input, calls the user's code and writes results (see `wire` for the protocol). The
//! user's code stays in its own file, so compiler messages point at the user's lines.

use crate::problem::Problem;
use crate::problem::lang::Lang;
use crate::problem::signature::Signature;

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

/// The starter file: the statement as a comment, then the signature to fill in.
pub fn starter(lang: Lang, problem: &Problem) -> String {
    let _ = (lang, &problem.signature);
    unimplemented_starter(lang, &problem.signature)
}

fn unimplemented_starter(lang: Lang, sig: &Signature) -> String {
    format!("{} {}\n", lang.comment(), sig.name())
}

/// The harness for a signature in a language.
pub fn harness(lang: Lang, sig: &Signature) -> Harness {
    let _ = (lang, sig);
    Harness { files: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case() {
        assert_eq!(camel("pair_with_target_sum"), "pairWithTargetSum");
        assert_eq!(camel("get"), "get");
        assert_eq!(method_name(Lang::Rust, "top_k"), "top_k");
        assert_eq!(method_name(Lang::Go, "top_k"), "topK");
    }
}
