//! The user's data through the binary: a damaged or empty database refused by every command
//! before anything is written to it; a read-only data folder still read by `stats` and
//! `export`; exports written whole or not at all, with "disk full" said plainly; files created
//! readable by the user only; and imports checked field by field, while odd values already
//! stored never make a later command fail. The read-only folder and the full disk are real
//! mounts in a private mount namespace (`unshare`), as the test runs without privileges.

mod util;

use std::path::{Path, PathBuf};

use util::Swelearn;

const NOW: &str = "1800000000";

impl Swelearn {
    fn db(&self) -> PathBuf {
        self.home.path().join("data/swelearn.db")
    }

    /// Some history: a few answered cards.
    fn studied(&self) -> &Self {
        let (code, _, err) = self.run_at(&["review", "--limit", "5"], NOW, &"\n3\n".repeat(5));
        assert_eq!(code, 0, "{err}");
        self
    }
}

/// Runs `script` with `sh` in a private user and mount namespace, where it may mount; `$BIN`
/// is the swelearn binary and `$HOME_DIR` the test's `SWELEARN_HOME`. Returns (code, stdout,
/// stderr).
fn in_namespace(s: &Swelearn, script: &str) -> (i32, String, String) {
    let out = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("BIN", assert_cmd::cargo::cargo_bin("swelearn"))
        .env("HOME_DIR", s.home.path())
        .env("SWELEARN_HOME", s.home.path())
        .env("SWELEARN_NOW", NOW)
        .env("TZ", "UTC")
        .env_remove("SWELEARN_CONTENT")
        .output()
        .expect("this test needs `unshare` (util-linux) and user namespaces");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_damaged_database_is_refused_by_every_command_and_left_alone() {
    let s = Swelearn::new();
    s.studied();
    // Enough history for the review log's index to span several pages.
    let dir = tempfile::tempdir().expect("dir");
    let export = dir.path().join("history.jsonl");
    let mut lines = vec![
        r#"{"type":"header","format":"swelearn-export","version":1,"exported_at":1800000000}"#
            .to_owned(),
    ];
    for i in 0..3000 {
        lines.push(format!(
            r#"{{"type":"review","id":"{i:032x}","card":"{:016x}","topic":"dns","at":{},"rating":3,"elapsed_ms":4000,"kind":2}}"#,
            i % 200,
            1_790_000_000 + i
        ));
    }
    std::fs::write(&export, lines.join("\n")).expect("write");
    assert_eq!(
        s.run_at(&["import", export.to_str().expect("path")], NOW, "")
            .0,
        0
    );
    let (page, root): (i64, i64) = {
        let conn = rusqlite::Connection::open(s.db()).expect("open");
        (
            conn.query_row("PRAGMA page_size", [], |r| r.get(0))
                .expect("page"),
            conn.query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'review_log_time'",
                [],
                |r| r.get(0),
            )
            .expect("root"),
        )
    };
    let mut bytes = std::fs::read(s.db()).expect("read");
    let at = usize::try_from((root - 1) * page).expect("offset");
    for b in &mut bytes[at + 100..at + usize::try_from(page).expect("page")] {
        *b = 0xa5;
    }
    std::fs::write(s.db(), &bytes).expect("write");
    let out = dir.path().join("out.jsonl");
    for args in [
        vec!["stats"],
        vec!["review"],
        vec!["import", export.to_str().expect("path")],
        vec!["export", out.to_str().expect("path")],
        vec!["config", "new-per-day", "5"],
    ] {
        let (code, _, err) = s.run_at(&args, NOW, "\n3\n");
        assert_eq!(code, 1, "{args:?} refused: {err}");
        assert!(
            err.contains("the database is damaged") && err.contains("left unchanged"),
            "{args:?}: {err}"
        );
        assert!(
            std::fs::read(s.db()).expect("read") == bytes,
            "{args:?} wrote to it"
        );
    }
    assert!(!out.exists(), "no export from a damaged database");
}

#[test]
fn an_empty_database_file_is_refused_not_started_afresh() {
    let s = Swelearn::new();
    std::fs::create_dir_all(s.db().parent().expect("dir")).expect("mkdir");
    std::fs::write(s.db(), b"").expect("write");
    for args in [["review"], ["stats"]] {
        let (code, _, err) = s.run_at(&args, NOW, "");
        assert_eq!(code, 1, "{err}");
        assert!(
            err.contains("swelearn.db: the file is empty (0 bytes)")
                && err.contains("restore a backup"),
            "{err}"
        );
    }
    assert_eq!(std::fs::metadata(s.db()).expect("stat").len(), 0);
}

#[test]
fn stats_and_export_work_on_a_read_only_data_folder() {
    let s = Swelearn::new();
    s.studied();
    let before = std::fs::read(s.db()).expect("read");
    let out = tempfile::tempdir().expect("dir");
    let script = format!(
        r#"set -e
mount --bind "$HOME_DIR/data" "$HOME_DIR/data"
mount -o remount,bind,ro "$HOME_DIR/data"
touch "$HOME_DIR/data/probe" 2>/dev/null && {{ echo "the folder is writable" >&2; exit 9; }}
"$BIN" stats --json
"$BIN" export "{out}/history.jsonl"
"$BIN" review </dev/null && exit 8 || echo "review refused: $?" >&2
"#,
        out = out.path().display()
    );
    let (code, stdout, err) = in_namespace(&s, &script);
    assert_eq!(code, 0, "{err}");
    let stats: serde_json::Value = serde_json::from_str(&stdout).expect("stats as JSON");
    assert_eq!(stats["total_reviews"], 5, "{stdout}");
    let export = std::fs::read_to_string(out.path().join("history.jsonl")).expect("exported");
    assert_eq!(export.matches("\"type\":\"review\"").count(), 5);
    assert!(
        err.contains("cannot write here (the file or its folder is read-only)")
            && err.contains("review refused: 1"),
        "review says why it cannot save: {err}"
    );
    assert!(std::fs::read(s.db()).expect("read") == before);
}

#[test]
fn an_export_on_a_full_disk_says_so_and_keeps_the_previous_one() {
    let s = Swelearn::new();
    s.studied();
    let disk = tempfile::tempdir().expect("dir");
    // A previous export to keep, then a disk that fills up before the new one is written.
    let script = format!(
        r#"set -e
mount -t tmpfs -o size=64k tmpfs "{disk}"
"$BIN" export "{disk}/history.jsonl"
cp "{disk}/history.jsonl" "{disk}/good.jsonl.keep"
head -c 1000000 /dev/zero > "{disk}/filler" 2>/dev/null || true
if "$BIN" export "{disk}/history.jsonl"; then exit 7; fi
cmp "{disk}/history.jsonl" "{disk}/good.jsonl.keep"
ls -A "{disk}"
"#,
        disk = disk.path().display()
    );
    let (code, stdout, err) = in_namespace(&s, &script);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("history.jsonl: the disk is full; nothing was written"),
        "{err}"
    );
    let mut names: Vec<&str> = stdout.lines().collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["filler", "good.jsonl.keep", "history.jsonl"],
        "no temporary file left behind"
    );
}

#[cfg(unix)]
#[test]
fn the_users_files_are_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    let s = Swelearn::new();
    s.studied();
    let dir = tempfile::tempdir().expect("dir");
    let export = dir.path().join("history.jsonl");
    let anki = dir.path().join("cards.txt");
    assert_eq!(
        s.run_at(&["export", export.to_str().expect("path")], NOW, "")
            .0,
        0
    );
    assert_eq!(
        s.run_at(&["export", "--anki", anki.to_str().expect("path")], NOW, "")
            .0,
        0
    );
    let (code, _, err) = s.run_at(
        &[
            "mock",
            "--kind",
            "system-design",
            "--seed",
            "1",
            "--minutes",
            "1",
        ],
        NOW,
        "my notes\n",
    );
    assert_eq!(code, 0, "{err}");
    let pads: Vec<PathBuf> = std::fs::read_dir(s.home.path().join("data/mocks"))
        .expect("mocks")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(pads.len(), 1);
    for (what, path, want) in [
        ("database", s.db(), 0o600),
        ("data folder", s.home.path().join("data"), 0o700),
        ("export", export, 0o600),
        ("Anki export", anki, 0o600),
        ("scratchpad", pads[0].clone(), 0o600),
        ("scratchpad folder", s.home.path().join("data/mocks"), 0o700),
    ] {
        assert_eq!(mode(&path), want, "{what}: {}", path.display());
    }
}

/// An export file with a header and `lines` after it.
fn export_file(dir: &Path, name: &str, lines: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from(
        "{\"type\":\"header\",\"format\":\"swelearn-export\",\"version\":1,\"exported_at\":1800000000}\n",
    );
    for l in lines {
        text.push_str(l);
        text.push('\n');
    }
    std::fs::write(&path, text).expect("write");
    path
}

const GOOD: &str = r#"{"type":"review","id":"0123456789abcdef0123456789abcdef","card":"d239db073e9f2a21","topic":"database-replication","at":1799990000,"rating":3,"elapsed_ms":5000,"kind":0}"#;

#[test]
fn imports_check_every_field_and_name_the_line() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    let bad = |field: &str, value: &str| GOOD.replace(field, value);
    let cases: Vec<(String, &str)> = vec![
        (bad("\"at\":1799990000", "\"at\":253402300799"), "at must be a Unix time from 2000-01-01 to 2027-01-16 (found 253402300799, 9999-12-31)"),
        (bad("\"at\":1799990000", "\"at\":9223372036854775807"), "at must be a Unix time from 2000-01-01"),
        (bad("\"at\":1799990000", "\"at\":-9223372036854775808"), "at must be a Unix time from 2000-01-01"),
        (bad("\"elapsed_ms\":5000", "\"elapsed_ms\":-5"), "elapsed_ms must be 0 to 3600000 (an hour) (found -5)"),
        (bad("\"elapsed_ms\":5000", "\"elapsed_ms\":9223372036854775807"), "elapsed_ms must be 0 to 3600000"),
        (bad("\"kind\":0", "\"kind\":7"), "kind must be 0 (new), 1 (same day) or 2 (review) (found 7)"),
        (bad("\"rating\":3", "\"rating\":0"), "rating must be 1 to 4 (found 0)"),
        (bad("\"topic\":\"database-replication\"", "\"topic\":\"Bad Topic\""), "topic must be a topic id"),
        (bad("\"card\":\"d239db073e9f2a21\"", "\"card\":\"\""), "card must be 1 to 64 letters"),
        (bad("\"id\":\"0123456789abcdef0123456789abcdef\"", "\"id\":\"a\\u001b[2Jb\""), "id must be 1 to 64 letters, digits, `-` or `_` (found \"a"),
        (
            r#"{"type":"topic","topic":"dns","read_at":99999999999,"bookmarked":true,"scroll":0,"note":"","updated_at":1800000000}"#.to_owned(),
            "read_at must be a Unix time",
        ),
        (
            r#"{"type":"topic","topic":"dns","read_at":null,"bookmarked":true,"scroll":0,"note":"","updated_at":-1}"#.to_owned(),
            "updated_at must be a Unix time",
        ),
    ];
    for (i, (line, message)) in cases.iter().enumerate() {
        let path = export_file(dir.path(), &format!("bad{i}.jsonl"), &[GOOD, line]);
        let (code, _, err) = s.run_at(&["import", path.to_str().expect("path")], NOW, "");
        assert_eq!(code, 1, "{line}: {err}");
        let want = format!("bad{i}.jsonl:3: {message}");
        assert!(err.contains(&want), "{line}\nwanted {want}\ngot {err}");
        assert!(
            !err.contains('\u{1b}'),
            "no raw escape in the message: {err:?}"
        );
    }
    let path = export_file(dir.path(), "twice.jsonl", &[GOOD, GOOD]);
    let (code, _, err) = s.run_at(&["import", path.to_str().expect("path")], NOW, "");
    assert_eq!(code, 1);
    assert!(
        err.contains("twice.jsonl:3: review id 0123456789abcdef0123456789abcdef appears twice in this file (first on line 2)"),
        "{err}"
    );
    let (_, stats, _) = s.run_at(&["stats", "--json"], NOW, "");
    let stats: serde_json::Value = serde_json::from_str(&stats).expect("json");
    assert_eq!(
        stats["total_reviews"], 0,
        "nothing from a rejected file was imported"
    );
    // A byte-order mark, as some editors save, is fine.
    let path = dir.path().join("bom.jsonl");
    let text =
        std::fs::read_to_string(export_file(dir.path(), "plain.jsonl", &[GOOD])).expect("read");
    std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
    let (code, _, err) = s.run_at(&["import", path.to_str().expect("path")], NOW, "");
    assert_eq!(code, 0, "{err}");
    let (_, stats, _) = s.run_at(&["stats", "--json"], NOW, "");
    let stats: serde_json::Value = serde_json::from_str(&stats).expect("json");
    assert_eq!(stats["total_reviews"], 1);
}

#[test]
fn odd_values_already_stored_never_make_a_command_fail() {
    // Values an older swelearn let in (through import) or another tool wrote: a huge duration,
    // times at the ends of the range, a schedule due at the end of time.
    let s = Swelearn::new();
    s.studied();
    {
        let conn = rusqlite::Connection::open(s.db()).expect("open");
        conn.execute_batch(
            "INSERT INTO review_log VALUES ('huge', 'd239db073e9f2a21', 'database-replication', 1799990000, 3, 9223372036854775807, 0);
             INSERT INTO review_log VALUES ('also-huge', 'd239db073e9f2a21', 'database-replication', 1799990001, 3, 9223372036854775807, 1);
             INSERT INTO review_log VALUES ('late', '9c56fa8965b95368', 'database-replication', 9223372036854775807, 3, 1000, 2);
             INSERT INTO review_log VALUES ('early', '9c56fa8965b95368', 'database-replication', -9223372036854775808, 1, -9223372036854775808, 2);
             INSERT INTO card (id, topic_id, active, first_seen) VALUES ('feedfacecafebeef', 'dns', 1, 0);
             INSERT INTO card_state VALUES ('feedfacecafebeef', 1e30, 5.0, 9223372036854775807, -9223372036854775808, 4294967295, 4294967295);",
        )
        .expect("writes");
    }
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("out.jsonl");
    for args in [
        vec!["stats"],
        vec!["stats", "--json"],
        vec!["plan", "--interview", "2027-03-01"],
        vec!["today"],
        vec!["readiness"],
        vec!["export", out.to_str().expect("path")],
        vec!["review", "--limit", "3"],
    ] {
        let (code, _, err) = s.run_at(&args, NOW, &"\n3\n".repeat(3));
        assert_eq!(code, 0, "{args:?}: {err}");
    }
}
