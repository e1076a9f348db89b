//! Real-terminal tests: the built binary runs in a pseudo-terminal, keys are typed into it, the
//! screen is read back through a terminal emulator (vt100), and the terminal must be restored
//! when the app ends, by `q`, by a signal or by a panic.

use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize};

#[path = "support/pty_session.rs"]
mod pty_session;

use pty_session::Session;

#[test]
fn open_a_topic_by_search_bookmark_it_and_quit() {
    let mut s = Session::start(100, 30);
    s.wait_for("topics read");
    s.keys("/");
    s.keys("replication");
    s.wait_for("Database Replication");
    s.keys("\r");
    s.wait_for("related:");
    assert!(
        s.screen()
            .lines()
            .next()
            .unwrap_or("")
            .contains("Database Replication"),
        "{}",
        s.screen()
    );
    s.keys("b");
    s.wait_for("Bookmarked");
    s.keys("?");
    s.wait_for("Keys (Esc to close)");
    s.keys("\u{1b}");
    s.keys("q");
    s.wait_for("1 bookmarked");
    s.keys("q");
    assert!(s.wait_exit(), "exit status");
    s.assert_restored();
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    assert!(
        store
            .topic_state("database-replication")
            .expect("state")
            .bookmarked,
        "the bookmark was saved"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(80, 24);
    s.wait_for("topics read");
    s.keys("j\r");
    s.wait_for("Overview");
    let pid = s.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    assert!(s.wait_exit(), "a signal ends the app cleanly");
    s.assert_restored();
}

/// Takes the terminal over as the UI does, draws, then panics. It runs only as the child process
/// of `a_panic_restores_the_terminal`, inside a pseudo-terminal; alone it would leave the test
/// runner's terminal in raw mode.
#[test]
#[ignore = "the child process of a_panic_restores_the_terminal"]
fn panicking_ui() {
    let mut term = swelearn::tui::terminal::init().expect("terminal");
    term.draw(|f| {
        f.render_widget(
            ratatui::widgets::Paragraph::new("drawn-before-the-panic"),
            f.area(),
        );
    })
    .expect("draw");
    panic!("a deliberate panic");
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut cmd = CommandBuilder::new(std::env::current_exe().expect("test binary"));
    cmd.args(["--exact", "panicking_ui", "--ignored", "--nocapture"]);
    let mut s = Session::spawn(cmd, tempfile::tempdir().expect("home"), 80, 24);
    assert!(!s.wait_exit(), "the panic fails the process");
    s.assert_restored();
    let out = String::from_utf8_lossy(&s.output.lock().expect("lock")).into_owned();
    let drawn = out.find("drawn-before-the-panic").expect("the UI drew");
    let left = out
        .rfind("\u{1b}[?1049l")
        .expect("left the alternate screen");
    let message = out.rfind("a deliberate panic").expect("the panic message");
    assert!(
        drawn < left && left < message,
        "the terminal is given back before the message prints"
    );
}

#[test]
fn resizes_and_tiny_sizes_keep_it_running() {
    let mut s = Session::start(80, 24);
    s.wait_for("topics read");
    for (cols, rows) in [(20, 5), (1, 1), (200, 60), (35, 9), (120, 40)] {
        s.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        std::thread::sleep(Duration::from_millis(100));
    }
    s.master
        .resize(PtySize {
            rows: 10,
            cols: 20,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("resize");
    s.wait_for("Terminal too small");
    s.master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("resize");
    s.wait_for("topics read");
    s.keys("\u{3}"); // Ctrl-C
    assert!(s.wait_exit());
    s.assert_restored();
}

#[test]
fn a_damaged_database_is_reported_and_left_alone() {
    let home = tempfile::tempdir().expect("home");
    let db = home.path().join("data/swelearn.db");
    std::fs::create_dir_all(db.parent().expect("dir")).expect("mkdir");
    std::fs::write(
        &db,
        b"not a database at all, but it is a file the user cares about",
    )
    .expect("write");
    let mut s = Session::start_in(home, 120, 30);
    s.wait_for("not being saved");
    s.keys("q");
    assert!(s.wait_exit());
    assert_eq!(
        std::fs::read(&db).expect("read"),
        b"not a database at all, but it is a file the user cares about"
    );
}

#[test]
fn review_a_card_open_a_lab_and_run_a_mock_in_the_real_terminal() {
    let mut s = Session::start(120, 36);
    s.wait_for("topics read");
    s.keys("R");
    s.wait_for("Space shows the answer");
    s.keys(" ");
    s.wait_for("1 Again");
    s.keys("3");
    s.wait_for("(saved)");
    s.keys("q");
    s.wait_for("topics read");
    s.keys("L");
    s.wait_for("Labs");
    s.keys("\r");
    s.wait_for("Quorums: N, R, W");
    s.keys("l");
    s.wait_for("N = 4");
    s.keys("q");
    s.keys("I");
    s.wait_for("System design");
    s.keys("\r");
    s.wait_for("Scratchpad");
    // Arrow keys move the cursor and typing goes there.
    s.keys("sharded by user");
    s.keys("\u{1b}[D\u{1b}[D\u{1b}[D\u{1b}[D");
    s.keys("id ");
    s.wait_for("sharded by id user");
    s.keys("\t");
    s.wait_for("Estimates");
    s.keys("\u{1b}");
    s.wait_for("End the interview?");
    s.keys("\r");
    s.wait_for("Rubric");
    s.keys(" ");
    s.keys("\r");
    s.wait_for("topics read");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    let mocks = store.mocks().expect("mocks");
    assert_eq!(mocks.len(), 1);
    assert!(
        mocks[0].notes.contains("sharded by id user"),
        "{}",
        mocks[0].notes
    );
    assert!(mocks[0].score.is_some());
}

#[test]
fn a_lab_takes_keys_while_ten_million_trials_compute() {
    let mut s = Session::start(100, 30);
    s.wait_for("topics read");
    s.keys("L");
    s.wait_for("Labs");
    s.keys("\r");
    s.wait_for("EVENTUAL");
    // Type ten million trials for the last parameter.
    s.keys("jjjjjjj");
    s.keys("\r");
    s.wait_for("trials (1,000 to 10,000,000):");
    s.keys("10000000\r");
    s.wait_for("Computing…");
    // Back to N and up three: the screen follows every key while the computation runs.
    s.keys("kkkkkkk");
    s.keys("lll");
    s.wait_for("6  replication factor");
    assert!(s.screen().contains("Computing…"), "{}", s.screen());
    s.keys("q");
    s.wait_for("topics read");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
}

#[test]
fn hostile_content_drives_nothing_in_the_real_terminal() {
    let home = tempfile::tempdir().expect("home");
    let content = home.path().join("hostile");
    std::fs::create_dir(&content).expect("mkdir");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/hostile.md");
    std::fs::copy(&fixture, content.join("hostile.md")).expect("copy");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn"));
    cmd.arg("--content");
    cmd.arg(&content);
    let mut s = Session::spawn(cmd, home, 120, 40);
    s.wait_for("topics read");
    s.keys("/");
    s.keys("hostile");
    s.wait_for("Hostile ]0;PWNED 31m Title");
    s.keys("\r");
    s.wait_for("clear ?[2J screen, CSI ?31m red");
    s.keys("G");
    s.wait_for("Which byte starts ?[ sequences?");
    s.keys("q");
    s.keys("q");
    assert!(s.wait_exit());
    s.assert_restored();
    let out = s.output.lock().expect("lock").clone();
    // The UI's own codes are CSI sequences; the topic's OSC, BEL and C1 codes must not appear.
    let text = String::from_utf8_lossy(&out);
    assert!(
        !text.contains("\u{1b}]"),
        "an OSC sequence reached the terminal"
    );
    assert!(!out.contains(&0x07), "a BEL reached the terminal");
    assert!(
        !out.windows(2)
            .any(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1])),
        "a C1 control reached the terminal"
    );
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_the_ui_returns() {
    let mut s = Session::start(80, 24);
    s.wait_for("topics read");
    let before = s.output.lock().expect("lock").len();
    s.keys("\u{1a}");
    // Under a shell the process stops until `fg`; here (a new session, no job control) the
    // stop is not delivered, or a SIGCONT resumes it: either way the UI must come back whole.
    let pid = s.child.process_id().expect("pid");
    std::thread::sleep(Duration::from_millis(300));
    let _ = std::process::Command::new("kill")
        .args(["-CONT", &pid.to_string()])
        .status();
    let start = Instant::now();
    loop {
        let out = s.output.lock().expect("lock")[before..].to_vec();
        let text = String::from_utf8_lossy(&out);
        if let (Some(left), Some(back)) = (text.find("\u{1b}[?1049l"), text.rfind("\u{1b}[?1049h"))
        {
            assert!(
                back > left,
                "the alternate screen was left, then entered again"
            );
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no suspend and resume seen: {text:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    s.keys("j\r");
    s.wait_for("Overview");
    s.keys("qq");
    assert!(s.wait_exit());
    s.assert_restored();
}

/// `show` on a terminal pages a topic longer than the screen through `$PAGER` (here a script that
/// records what it was given and its `LESS`); `--no-pager`, an empty `PAGER`, a short topic and
/// a pipe print directly; a pager that cannot start falls back to printing.
#[test]
fn show_pages_long_topics_on_a_terminal_only() {
    let dir = tempfile::tempdir().expect("dir");
    let paged = dir.path().join("paged.txt");
    let script = dir.path().join("pager.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"LESS=$LESS\" > '{0}'\ncat >> '{0}'\n",
            paged.display()
        ),
    )
    .expect("script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let pager = script.display().to_string();
    let show = |args: &[&str], pager: &str, rows: u16| {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn"));
        cmd.args(args);
        cmd.env("PAGER", pager);
        cmd.env_remove("LESS");
        let mut s = Session::spawn(cmd, tempfile::tempdir().expect("home"), 80, rows);
        assert!(s.wait_exit(), "{}", s.screen());
        s
    };
    show(&["show", "consistent-hashing"], &pager, 24);
    let got = std::fs::read_to_string(&paged).expect("the pager ran");
    assert!(got.starts_with("LESS=FRX\n"), "{got}");
    assert!(got.contains("Consistent Hashing"), "{got}");
    assert!(got.contains("\u{1b}["), "styled for less -R");
    std::fs::remove_file(&paged).expect("rm");

    for args in [
        &["show", "consistent-hashing", "--no-pager"][..],
        &["show", "consistent-hashing", "--section", "when to use"][..],
    ] {
        let s = show(args, &pager, if args.len() == 3 { 24 } else { 60 });
        assert!(!paged.exists(), "{args:?} was paged");
        let out = String::from_utf8_lossy(&s.output.lock().expect("lock")).into_owned();
        assert!(out.contains("Distributed caches"), "{out}");
    }
    for direct in ["", "cat"] {
        let s = show(&["show", "consistent-hashing"], direct, 24);
        let out = String::from_utf8_lossy(&s.output.lock().expect("lock")).into_owned();
        assert!(out.contains("Key Points"), "PAGER={direct:?}: {out}");
    }
    let s = show(&["show", "consistent-hashing"], "/nonexistent/pager", 24);
    let out = String::from_utf8_lossy(&s.output.lock().expect("lock")).into_owned();
    assert!(out.contains("Key Points"), "{out}");

    let piped = std::process::Command::new(env!("CARGO_BIN_EXE_swelearn"))
        .args(["show", "consistent-hashing"])
        .env("PAGER", &pager)
        .env("SWELEARN_HOME", dir.path().join("home"))
        .output()
        .expect("runs");
    assert!(piped.status.success());
    assert!(!paged.exists(), "piped output was paged");
    assert!(String::from_utf8_lossy(&piped.stdout).contains("Consistent Hashing"));
}

#[test]
fn a_quiz_in_the_real_terminal_is_answered_scored_and_stored() {
    let mut s = Session::start(100, 30);
    s.wait_for("topics read");
    s.keys("/");
    s.keys("replication");
    s.wait_for("Database Replication");
    s.keys("\r");
    s.wait_for("related:");
    s.keys("Q");
    s.wait_for("Quiz: Database Replication");
    s.wait_for("1 of ");
    // Enter with nothing ticked answers with the option under the cursor.
    s.keys("\r");
    s.wait_for("Enter: next question");
    let screen = s.screen();
    let right = screen.contains("✓ Right.");
    assert!(right || screen.contains("✗ Not quite."), "{screen}");
    s.wait_for("Answer saved");
    s.keys("q");
    s.wait_for("related:");
    s.wait_for(if right {
        "Quiz: 1/1 right"
    } else {
        "Quiz: 0/1 right"
    });
    s.keys("q");
    s.keys("q");
    assert!(s.wait_exit(), "exit status");
    s.assert_restored();
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    assert_eq!(
        store.quiz_accuracy().expect("reads"),
        vec![("database-replication".to_owned(), 1, u32::from(right))],
        "stored as `swelearn quiz` stores an answer"
    );
}
