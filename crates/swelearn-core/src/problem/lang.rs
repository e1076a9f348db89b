//! The languages a solution can be written in, with the names, file names and speed factors the
//! judge and the starter code use.

use serde::Serialize;

/// A solution language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Python,
    Rust,
    Cpp,
    Java,
    JavaScript,
    Go,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[
        Lang::Python,
        Lang::Rust,
        Lang::Cpp,
        Lang::Java,
        Lang::JavaScript,
        Lang::Go,
    ];

    /// The name used on the command line and in files.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Rust => "rust",
            Lang::Cpp => "cpp",
            Lang::Java => "java",
            Lang::JavaScript => "javascript",
            Lang::Go => "go",
        }
    }

    /// The name people know it by.
    pub fn title(self) -> &'static str {
        match self {
            Lang::Python => "Python 3",
            Lang::Rust => "Rust",
            Lang::Cpp => "C++",
            Lang::Java => "Java",
            Lang::JavaScript => "JavaScript (Node)",
            Lang::Go => "Go",
        }
    }

    /// Parses a name or a common alias (`py`, `rs`, `c++`, `js`, `golang`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        Some(match s.as_str() {
            "python" | "python3" | "py" => Lang::Python,
            "rust" | "rs" => Lang::Rust,
            "cpp" | "c++" | "cxx" | "cc" => Lang::Cpp,
            "java" => Lang::Java,
            "javascript" | "js" | "node" => Lang::JavaScript,
            "go" | "golang" => Lang::Go,
            _ => return None,
        })
    }

    /// The accepted names, for messages.
    pub fn choices() -> String {
        crate::text::or_list(&Lang::ALL.iter().map(|l| l.name()).collect::<Vec<_>>())
    }

    /// The user's solution file in a problem's workspace folder.
    pub fn solution_file(self) -> &'static str {
        match self {
            Lang::Python => "solution.py",
            Lang::Rust => "solution.rs",
            Lang::Cpp => "solution.cpp",
            Lang::Java => "Solution.java",
            Lang::JavaScript => "solution.js",
            Lang::Go => "solution.go",
        }
    }

    /// How a line comment starts.
    pub fn comment(self) -> &'static str {
        match self {
            Lang::Python => "#",
            _ => "//",
        }
    }

    /// How many times slower than the built-in Rust reference a correct solution in this
    /// language may be on the same case, before the problem's own factor. These are generous
    /// medians of what interpreted and managed runtimes cost on interview-style code.
    pub fn speed_factor(self) -> f64 {
        match self {
            Lang::Rust | Lang::Cpp => 1.5,
            Lang::Go => 2.0,
            Lang::Java => 3.0,
            Lang::JavaScript => 4.0,
            Lang::Python => 40.0,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases_round_trip() {
        for &l in Lang::ALL {
            assert_eq!(Lang::parse(l.name()), Some(l));
        }
        assert_eq!(Lang::parse("C++"), Some(Lang::Cpp));
        assert_eq!(Lang::parse("py"), Some(Lang::Python));
        assert_eq!(Lang::parse("cobol"), None);
        assert_eq!(Lang::choices(), "python, rust, cpp, java, javascript or go");
    }
}
