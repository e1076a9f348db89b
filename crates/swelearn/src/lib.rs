//! The swelearn application: the command line (one module per subcommand) and the terminal UI.
//! `main.rs` only parses arguments and maps results to exit codes; tests and benchmarks reach the
//! pieces through this library.

pub mod bundled;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod code;
pub mod config;
pub mod files;
pub mod highlight;
pub mod invariants;
pub mod load;
pub mod out;
pub mod paths;
pub mod start;
pub mod study;
pub mod style;
pub mod tui;
