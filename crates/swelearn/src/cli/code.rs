//! The arguments of `swelearn code`: listing problems, and the subcommands that start, test,
//! submit and watch a solution, reveal hints and the solution, and check the toolchains.

use clap::{Args, Subcommand};

use crate::cli::DifficultyArg;
use crate::code::Status;

/// `swelearn code`: with no subcommand, the problem list.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CodeArgs {
    #[command(subcommand)]
    pub action: Option<CodeCommand>,
    #[command(flatten)]
    pub list: CodeListArgs,
}

/// Filters of the problem list.
#[derive(Debug, Args, Default, Clone)]
pub struct CodeListArgs {
    /// Only problems with this tag (`class-design`, `mechanism`, ...).
    #[arg(long)]
    pub tag: Option<String>,
    /// Only problems of this difficulty.
    #[arg(long, value_enum)]
    pub difficulty: Option<DifficultyArg>,
    /// Only problems that practise this pattern (a topic id, e.g. `two-pointers`).
    #[arg(long)]
    pub pattern: Option<String>,
    /// Only problems with this status.
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only problems due for practice now.
    #[arg(long)]
    pub due: bool,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Which problem and language: the ID may be left out inside a problem's workspace folder.
#[derive(Debug, Args, Clone, Default)]
pub struct Target {
    /// The problem's id (or title); default: the problem whose workspace folder you are in.
    pub id: Option<String>,
    /// The language (python, rust, cpp, java, javascript, go); default: the folder's, else the
    /// solution saved last, else `[code] language` in config.toml, else python.
    #[arg(long, short)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CodeCommand {
    /// List problems with difficulty, patterns, languages and your status (as with no subcommand).
    #[command(visible_alias = "ls")]
    List(CodeListArgs),
    /// Show a problem's statement, examples and constraints.
    Show {
        /// The problem's id (or title).
        id: String,
    },
    /// Write the starter file (the statement as a comment) and print its path; an existing
    /// solution is kept unless you agree to replace it.
    Start {
        #[command(flatten)]
        target: Target,
        /// Open it in $VISUAL or $EDITOR.
        #[arg(long)]
        edit: bool,
    },
    /// Run the examples and your own cases (tests.jsonl beside the solution).
    Test {
        #[command(flatten)]
        target: Target,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Judge against every test (examples, hidden, large) and record the attempt; exits 0 only
    /// when Accepted.
    Submit {
        #[command(flatten)]
        target: Target,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Rerun the examples each time the solution file is saved (Ctrl-C stops).
    Watch {
        #[command(flatten)]
        target: Target,
        /// Stop after this many runs (for scripts).
        #[arg(long, hide = true)]
        runs: Option<usize>,
    },
    /// Reveal the next hint (recorded: an accepted solution with hints counts as harder).
    Hint {
        /// The problem's id (or title); default: the problem whose folder you are in.
        id: Option<String>,
    },
    /// Show the reference solution and the explanation (asks first if you have not solved it;
    /// piped, prints the reference code alone).
    Solution {
        #[command(flatten)]
        target: Target,
        /// Do not ask.
        #[arg(long, short)]
        yes: bool,
    },
    /// Which toolchains are found, their versions, and how to install the missing ones.
    Doctor {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}
