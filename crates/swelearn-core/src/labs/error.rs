//! What can go wrong running a lab, worded for the person who typed the parameters: which
//! parameter, what it must be, and what was found.

/// An error from a lab.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("--{key} must be a number (found \"{found}\")")]
    NotANumber { key: &'static str, found: String },
    #[error("--{key} must be one of {choices} (found \"{found}\")")]
    NotAChoice {
        key: &'static str,
        choices: String,
        found: String,
    },
    #[error("--{key} must be {}between {min} and {max} (found {found})", if *whole { "a whole number " } else { "" })]
    OutOfRange {
        key: &'static str,
        min: String,
        max: String,
        /// Whether only whole numbers are allowed.
        whole: bool,
        found: String,
    },
    /// A parameter above the one that bounds it (R or W above N).
    #[error("--{key} must be between {min} and {bound} = {limit} (found {found})")]
    AboveBound {
        key: &'static str,
        min: String,
        /// The bounding parameter's label, e.g. "N".
        bound: String,
        limit: String,
        found: String,
    },
    #[error("no lab is called \"{0}\"")]
    NoSuchLab(String),
    /// A system for the availability lab that cannot be read.
    #[error("--system: {0}")]
    System(#[from] super::availability::SystemError),
    /// A combination of parameters the lab cannot simulate.
    #[error("{0}")]
    Invalid(String),
    /// The work asked for is more than the lab simulates.
    #[error("{what}: at most {limit} are simulated; {fix}")]
    TooLarge {
        what: String,
        limit: String,
        fix: &'static str,
    },
    /// The caller asked the computation to stop (a newer request superseded it).
    #[error("the computation was stopped")]
    Cancelled,
}
