//! Coding practice in a real terminal: the built binary runs in a pseudo-terminal with `EDITOR`
//! set to a small script that writes a solution into the file it is given, the way a person
//! would save one; the test opens the practice screen, a problem, the editor, runs the examples,
//! submits, and reads the verdict off the screen; the attempt is then in the store.

use std::path::Path;

use portable_pty::CommandBuilder;

#[path = "support/pty_session.rs"]
mod pty_session;

use pty_session::Session;

const RIGHT: &str = "from collections import Counter\n\n\ndef can_build_note(note: str, magazine: str) -> bool:\n    have = Counter(magazine)\n    return all(have[c] >= k for c, k in Counter(note).items())\n";
const WRONG: &str = "def can_build_note(note: str, magazine: str) -> bool:\n    return set(note) <= set(magazine)\n";

/// An editor that writes `solution` into the file it is given.
fn scripted_editor(dir: &Path, solution: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let text = dir.join("solution.txt");
    std::fs::write(&text, solution).expect("solution");
    let script = dir.join("editor.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncat '{}' > \"$1\"\n", text.display()),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    script
}

/// The app with the scripted editor, at the ransom-note problem's view, its solution written.
fn at_problem_with(solution: &str) -> (Session, tempfile::TempDir) {
    let tools = tempfile::tempdir().expect("tools");
    let editor = scripted_editor(tools.path(), solution);
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn"));
    cmd.env("EDITOR", &editor);
    cmd.env_remove("VISUAL");
    let mut s = Session::spawn(cmd, tempfile::tempdir().expect("home"), 100, 30);
    s.wait_for("topics read");
    s.keys("C");
    s.wait_for("Coding practice");
    s.keys("/");
    s.keys("ransom");
    s.wait_for("problems · \"ransom\"");
    s.keys("\r");
    s.keys("\r");
    s.wait_for("Note From Magazine Letters · easy · Python 3 · new");
    s.keys("e");
    s.wait_for("r runs the examples");
    (s, tools)
}

#[test]
fn solve_a_problem_in_the_editor_run_the_examples_and_submit() {
    let (mut s, _tools) = at_problem_with(RIGHT);
    let file = s
        .home
        .path()
        .join("data/code/ransom-note/python/solution.py");
    assert_eq!(std::fs::read_to_string(&file).expect("written"), RIGHT);
    s.keys("r");
    s.wait_for("Examples in Python 3: Accepted");
    s.wait_for("example 1");
    s.keys("s");
    s.wait_for("Submission in Python 3: Accepted");
    s.wait_for("Recorded: Accepted");
    s.keys("\u{1b}");
    s.wait_for("Coding practice");
    s.wait_for("1 solved");
    s.keys("q");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_swelearn"))
        .args(["code", "--json"])
        .env("SWELEARN_HOME", s.home.path())
        .output()
        .expect("runs");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let row = rows
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["id"] == "ransom-note")
        .expect("listed");
    assert_eq!(row["status"], "solved", "{row}");
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    let attempts = store.attempts_of("ransom-note").expect("attempts");
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].verdict.as_deref(), Some("accepted"));
    assert_eq!(attempts[0].rating, 3, "Good: no hints, no solution");
}

#[test]
fn a_wrong_solution_shows_wrong_answer_with_the_difference() {
    let (mut s, _tools) = at_problem_with(WRONG);
    s.keys("s");
    s.wait_for("Submission in Python 3: Wrong Answer");
    s.wait_for("expected:");
    s.wait_for("yours:");
    s.wait_for("Recorded: Wrong Answer");
    s.keys("q");
    s.wait_for("Coding practice");
    s.wait_for("attempted");
    s.keys("q");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    let attempts = store.attempts_of("ransom-note").expect("attempts");
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].verdict.as_deref(), Some("wrong_answer"));
    assert_eq!(attempts[0].rating, 1, "Again");
}

#[test]
fn a_coding_mock_runs_the_examples_submits_at_the_end_and_is_stored_with_its_score() {
    let tools = tempfile::tempdir().expect("tools");
    // The editor adds a comment: the starter stays a solution that answers nothing.
    let editor = tools.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\necho '# my approach' >> \"$1\"\n").expect("script");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn"));
    cmd.env("EDITOR", &editor);
    cmd.env_remove("VISUAL");
    let mut s = Session::spawn(cmd, tempfile::tempdir().expect("home"), 120, 36);
    s.wait_for("topics read");
    s.keys("I");
    s.wait_for("Coding (your editor, judged)");
    s.keys("\u{1b}[B");
    s.keys("\r");
    s.wait_for("Mock · coding");
    s.wait_for("Ctrl-O edit");
    s.keys("two passes");
    s.keys("\u{f}"); // Ctrl-O
    s.wait_for("r runs the examples");
    s.keys("\u{12}"); // Ctrl-R
    s.wait_for("Examples in Python 3:");
    s.keys("\u{1b}");
    s.wait_for("End the interview?");
    s.keys("\r");
    s.wait_for("Rubric");
    s.wait_for("Your submission");
    s.wait_for("tests passed");
    s.keys(" ");
    s.keys("\r");
    s.wait_for("Mock saved with a score of");
    s.wait_for("topics read");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    let mocks = store.mocks().expect("mocks");
    assert_eq!(mocks.len(), 1);
    let m = &mocks[0];
    assert_eq!(m.kind, "coding");
    assert!(m.notes.contains("two passes"), "{}", m.notes);
    assert!(m.score.is_some() && !m.abandoned);
    let attempts = store.attempts_of(&m.problem).expect("attempts");
    assert_eq!(attempts.len(), 1, "the submission is recorded");
    let solution = std::fs::read_dir(s.home.path().join("data/code").join(&m.problem))
        .expect("the problem's folder")
        .count();
    assert_eq!(solution, 1, "one language started");
}

#[test]
fn a_pattern_topic_opens_its_linked_problem_and_esc_returns_to_the_topic() {
    let mut s = Session::spawn(
        CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn")),
        tempfile::tempdir().expect("home"),
        100,
        30,
    );
    s.wait_for("topics read");
    s.keys("/");
    s.keys("Two Pointers");
    s.wait_for("Two Pointers");
    s.keys("\r");
    s.wait_for("related:");
    // At the top no link is in view: Enter offers the topic's problems, easiest first.
    s.keys("\r");
    s.wait_for("Practise a problem");
    s.wait_for("Compact a Sorted Tag Log");
    s.keys("\r");
    s.wait_for("Compact a Sorted Tag Log · easy");
    s.keys("\u{1b}");
    s.wait_for("related:");
    assert!(
        s.screen()
            .lines()
            .next()
            .unwrap_or("")
            .contains("Two Pointers"),
        "{}",
        s.screen()
    );
    s.keys("q");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
}
