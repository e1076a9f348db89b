//! The command line as a demanding user meets it: search ranking and snippets, exit codes for
//! every kind of mistake, line mode at the terminal's width and into a closed pipe, and paging.

mod util;

#[path = "command_line/search.rs"]
mod search;

#[path = "command_line/exit_codes.rs"]
mod exit_codes;

#[path = "command_line/line_mode.rs"]
mod line_mode;
