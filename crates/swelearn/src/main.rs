//! The `swelearn` binary: parses the command line and runs one subcommand. Errors go to stderr
//! and become exit codes: 0 success, 1 a user error (bad topic, nothing found), 2 a usage error.

use std::process::ExitCode;

use clap::Parser;
use swelearn::{cli, start};

fn main() -> ExitCode {
    // The judge's sandbox launcher starts before anything else is loaded, so it stays small.
    let mut args = std::env::args_os().skip(1);
    if args
        .next()
        .is_some_and(|a| a == swelearn_judge::sandbox::SUBCOMMAND)
    {
        return swelearn_judge::sandbox_main(args);
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match start::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "error: {}",
                swelearn_core::sanitize::clean(&format!("{e:#}"))
            );
            ExitCode::from(1)
        }
    }
}
