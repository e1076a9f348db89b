//! The bundled coding problems. Each problem folder under `problems/` is embedded file by file;
//! where it has a `builtin.rs`, its Rust reference is compiled in here, so the judge can compute
//! the expected output of generated large cases and time the reference on this machine to
//! calibrate limits. Pure: nothing here spawns a process or touches a file.

pub mod prelude;
pub mod support;

use swelearn_core::problem::{Input, Value};

/// A checker: whether `got` is a right answer for `input` (`expected` is the reference's).
pub type Checker = fn(&Input, &Value, &Value) -> Result<(), String>;

/// What the reference returned, and the time its own calls took (not counting the conversion of
/// test values to and from Rust types), which calibrates the limits.
#[derive(Debug, Clone, PartialEq)]
pub struct Ran {
    pub value: Value,
    pub elapsed: std::time::Duration,
}

/// The Rust reference of a problem, compiled in, with the cases it generates.
#[derive(Clone, Copy)]
pub struct Builtin {
    /// Runs the reference on an input.
    pub run: fn(&Input) -> Result<Ran, String>,
    /// The large cases, generated from the given random source.
    pub large: fn(&mut fastrand::Rng) -> Vec<Input>,
    /// For problems with several right answers: whether `got` is right for `input` (`expected`
    /// is the reference's answer).
    pub check: Option<Checker>,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builtin")
            .field("check", &self.check.is_some())
            .finish_non_exhaustive()
    }
}

/// One bundled problem folder.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The folder's name (the problem's default id).
    pub folder: &'static str,
    /// Its files: (name, bytes).
    pub files: &'static [(&'static str, &'static [u8])],
    pub builtin: Option<Builtin>,
}

impl Bundled {
    /// A file of the folder by name.
    pub fn file(&self, name: &str) -> Option<&'static [u8]> {
        self.files.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
    }
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The seed of a problem's large cases: fixed, so a verdict can be reproduced.
pub const LARGE_SEED: u64 = 0x5357_4c4e;

/// A bundled problem folder by name.
pub fn get(folder: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.folder == folder)
}

/// The large cases of a built-in problem, always the same for a problem.
pub fn large_cases(builtin: &Builtin) -> Vec<Input> {
    let mut rng = fastrand::Rng::with_seed(LARGE_SEED);
    (builtin.large)(&mut rng)
}
