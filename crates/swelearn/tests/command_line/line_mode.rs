//! Line mode as a user meets it: quiz, review, mock and stories wrap their prose to the
//! terminal's width (`COLUMNS` off a terminal, else 80); piped into a reader that stops early
//! they end quietly with 0; the usage printed off a terminal lists every command.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use crate::util::Swelearn;

/// Every subcommand a user can run.
const COMMANDS: &[&str] = &[
    "list",
    "show",
    "search",
    "tags",
    "random",
    "check",
    "review",
    "quiz",
    "stats",
    "optimize",
    "config",
    "export",
    "import",
    "mock",
    "stories",
    "plan",
    "today",
    "readiness",
    "code",
    "lab",
    "completions",
    "man",
];

/// The lines wider than `width` that are not one unbreakable word.
fn too_wide(out: &str, width: usize) -> Vec<&str> {
    out.lines()
        .filter(|l| l.chars().count() > width && l.trim().contains(' '))
        .collect()
}

#[test]
fn prose_wraps_to_the_terminal_width() {
    let s = Swelearn::new();
    let (code, _, err) = s.run_at(&["stories", "add"], "1800000000", "Cut the p99 latency of checkout in half by moving the fraud check off the request path\nsignals: ownership, impact, collaboration\nThe situation, the task, what I did and the result, told at length so the line runs on.\n");
    assert_eq!(code, 0, "{err}");
    let runs: &[(&[&str], &str)] = &[
        (
            &["quiz", "--tag", "caching", "--count", "3", "--seed", "1"],
            "a\nb\nc\n",
        ),
        (
            &["review", "--tag", "caching", "--limit", "3"],
            "\n3\n\n3\n\n3\n",
        ),
        (&["mock", "--seed", "3"], "my design\n\n\n\n\n\n\n\n\nq\n"),
        (&["stories"], ""),
    ];
    for &(args, input) in runs {
        for (columns, width) in [(Some("44"), 44), (None, 80)] {
            let mut cmd = s.cmd(args);
            cmd.env("SWELEARN_NOW", "1800000000").write_stdin(input);
            if let Some(c) = columns {
                cmd.env("COLUMNS", c);
            }
            let out = cmd.output().expect("runs");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let wide = too_wide(&text, width);
            assert!(wide.is_empty(), "{args:?} at {width}: {wide:#?}\n{text}");
            if columns.is_some() {
                // Something did need wrapping: a line of prose is continued on the next.
                assert!(
                    text.lines().filter(|l| l.chars().count() > 30).count() > 1,
                    "{args:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn piped_into_a_reader_that_stops_early_ends_quietly() {
    let s = Swelearn::new();
    let runs: &[(&[&str], &str)] = &[
        (&["review"], "\n3\n"),
        (&["quiz", "--count", "50"], "a\n"),
        (&["mock"], "x\n\n"),
        (&["list"], ""),
        (&["show", "consistent-hashing"], ""),
        (&["search", "cache", "--limit", "0"], ""),
        (&["man"], ""),
    ];
    for &(args, input) in runs {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("swelearn"))
            .args(args)
            .env("SWELEARN_HOME", s.home.path())
            .env("SWELEARN_NOW", "1800000000")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut first)
            .expect("reads");
        // The reader is gone (as `head -1` goes); the command goes on writing.
        let mut stdin = child.stdin.take().expect("stdin");
        for _ in 0..2000 {
            if stdin.write_all(input.as_bytes()).is_err() {
                break;
            }
        }
        drop(stdin);
        let out = child.wait_with_output().expect("ends");
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).as_ref()
            ),
            (Some(0), ""),
            "{args:?}"
        );
    }
}

#[test]
fn the_usage_off_a_terminal_lists_every_command() {
    let s = Swelearn::new();
    for args in [&[][..], &["--help"][..], &["-h"][..]] {
        let (code, out, _) = s.run(args);
        assert_eq!(code, 0);
        for command in COMMANDS {
            assert!(
                out.lines()
                    .any(|l| l.trim_start().starts_with(&format!("{command} "))),
                "{args:?} does not list {command}:\n{out}"
            );
        }
    }
}
