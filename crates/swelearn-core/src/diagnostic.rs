//! Problems found in topic files, each tied to a file, line and column, worded to say what to fix.

use std::fmt;

/// How bad a problem is: an error skips the file (or the broken link), a warning only informs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem in one file: `path:line:col: severity: message`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &str, line: usize, col: usize, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            line,
            col,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(path: &str, line: usize, col: usize, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(path, line, col, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path,
            self.line,
            self.col,
            self.severity.as_str(),
            self.message
        )
    }
}

/// Collects the diagnostics of one file, shifting lines by the offset of the part being parsed.
#[derive(Debug)]
pub struct Sink<'a> {
    pub path: &'a str,
    pub out: Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    pub fn new(path: &'a str) -> Self {
        Self {
            path,
            out: Vec::new(),
        }
    }

    pub fn error(&mut self, line: usize, col: usize, message: impl Into<String>) {
        self.out
            .push(Diagnostic::error(self.path, line, col, message));
    }

    pub fn warning(&mut self, line: usize, col: usize, message: impl Into<String>) {
        self.out
            .push(Diagnostic::warning(self.path, line, col, message));
    }

    pub fn has_errors(&self) -> bool {
        self.out.iter().any(Diagnostic::is_error)
    }
}
