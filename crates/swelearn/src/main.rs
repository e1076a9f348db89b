//! The `swelearn` binary: parses the command line and runs one subcommand. Errors go to stderr
//! and become exit codes: 0 success, 1 a user error (bad topic, nothing found), 2 a usage error
//! (clap's, or a `cli::UsageError`); a closed stdout ends quietly with 0.

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
        // The reader went away (`swelearn review | head -1`): nothing more to say, as for a
        // command that printed in one go.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "error: {}",
                swelearn_core::sanitize::clean(&format!("{e:#}"))
            );
            let usage = e.downcast_ref::<cli::UsageError>().is_some();
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

/// Whether an error comes from writing to a closed pipe.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
