//! Black-box tests of the command line: list, show, search, tags, random and check on fixture
//! content, their JSON shapes, exit codes, and plain versus styled output.

mod util;

use serde_json::Value;
use util::{Swelearn, fixture};

#[test]
fn version_and_usage() {
    let s = Swelearn::new();
    assert_eq!(
        s.run(&["--version"]),
        (0, "swelearn 0.1.0\n".into(), String::new())
    );
    let (code, out, _) = s.run(&[]);
    assert_eq!(code, 0);
    assert!(out.contains("\nUsage: swelearn"), "{out}");
    let (code, _, err) = s.run(&["list", "--difficulty", "impossible"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'impossible'"), "{err}");
    assert_eq!(s.run(&["frobnicate"]).0, 2);
}

#[test]
fn list_shows_the_bundled_library_as_a_table_and_json() {
    let s = Swelearn::new();
    let (code, out, err) = s.run(&["list"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let header = out.lines().next().expect("header");
    assert!(
        header.starts_with("ID") && header.contains("TITLE") && header.contains("TAGS"),
        "{header}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("database-replication ") && l.contains("Database Replication"))
    );
    let (_, json, _) = s.run(&["list", "--json"]);
    let v: Value = serde_json::from_str(&json).expect("json");
    let arr = v.as_array().expect("array");
    assert_eq!(arr.len(), out.lines().count() - 1);
    let dr = arr
        .iter()
        .find(|t| t["id"] == "database-replication")
        .expect("present");
    for key in [
        "title",
        "difficulty",
        "estimated_time",
        "minutes",
        "category",
        "tags",
        "source",
    ] {
        assert!(!dr[key].is_null(), "missing {key}");
    }
    assert_eq!(dr["source"], "bundled");
}

#[test]
fn list_filters_and_fits_the_width() {
    let s = Swelearn::new();
    let (_, json, _) = s.run(&["list", "--category", "design-problem", "--json"]);
    let v: Value = serde_json::from_str(&json).expect("json");
    assert!(
        v.as_array()
            .expect("array")
            .iter()
            .all(|t| t["category"] == "design-problem")
    );
    let (_, json, _) = s.run(&[
        "list",
        "--tag",
        "replication",
        "--difficulty",
        "medium",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&json).expect("json");
    assert!(!v.as_array().expect("array").is_empty());
    for t in v.as_array().expect("array") {
        assert_eq!(t["difficulty"], "medium");
        assert!(
            t["tags"]
                .as_array()
                .expect("tags")
                .iter()
                .any(|x| x == "replication")
        );
    }
    let (code, out, err) = s.run(&["list", "--tag", "no-such-tag"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("no topics match"), "{err}");
    let out = s
        .cmd(&["list"])
        .env("COLUMNS", "60")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
}

#[test]
fn user_topics_replace_bundled_ones_and_list_their_source() {
    let s = Swelearn::new();
    let mine = fixture("mine");
    let (code, out, _) = s.run(&["--content", &mine, "list", "--json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("json");
    let dr = v
        .as_array()
        .expect("array")
        .iter()
        .find(|t| t["id"] == "database-replication")
        .expect("present");
    assert_eq!(dr["title"], "My Replication Notes");
    assert_eq!(dr["source"], "--content");
    let (_, table, _) = s.run(&["--content", &mine, "list"]);
    assert!(table.lines().next().expect("header").contains("SOURCE"));
    // The same through SWELEARN_CONTENT and through the data directory.
    let out = s
        .cmd(&["show", "zeta-gossip", "--json"])
        .env("SWELEARN_CONTENT", &mine)
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["source"], "SWELEARN_CONTENT");
    let topics = s.home.path().join("data/topics");
    std::fs::create_dir_all(&topics).expect("mkdir");
    std::fs::copy(
        format!("{mine}/zeta-gossip.md"),
        topics.join("zeta-gossip.md"),
    )
    .expect("copy");
    let (_, out, _) = s.run(&["show", "zeta gossip", "--json"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["source"], "user");
}

#[test]
fn show_resolves_ids_and_fuzzy_titles() {
    let s = Swelearn::new();
    let (code, by_id, _) = s.run(&["show", "database-replication"]);
    assert_eq!(code, 0);
    let (_, fuzzy, _) = s.run(&["show", "db repl"]);
    assert_eq!(by_id, fuzzy);
    assert!(
        by_id.starts_with("Database Replication\n"),
        "{}",
        &by_id[..80]
    );
    let (code, out, err) = s.run(&["show", "database"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("matches several topics")
            && err.contains("database-replication")
            && err.contains("database-indexes"),
        "{err}"
    );
    let (code, _, err) = s.run(&["show", "qqqqzzzz"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("no topic matches \"qqqqzzzz\""), "{err}");
}

#[test]
fn show_sections_and_json() {
    let s = Swelearn::new();
    let (code, out, _) = s.run(&["show", "database-replication", "--section", "key points"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Key Points for Interviews\n"), "{out}");
    assert!(!out.contains("## Overview") && !out.contains("\nOverview\n"));
    let (code, _, err) = s.run(&["show", "database-replication", "--section", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("has no section \"nope\""), "{err}");
    let (_, out, _) = s.run(&["show", "database-replication", "--json"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["id"], "database-replication");
    let sections = v["sections"].as_array().expect("sections");
    assert!(sections.iter().any(|s| s["kind"] == "architecture-diagram"));
    assert!(v["flashcards"].as_array().expect("cards").len() >= 6);
    let q = &v["quiz"][0];
    assert!(q["question"].is_string() && q["options"].is_array() && q["explanation"].is_string());
}

#[test]
fn piped_output_is_plain_and_styled_output_is_not() {
    let s = Swelearn::new();
    let (_, plain, _) = s.run(&["show", "database-replication"]);
    assert!(!plain.contains('\u{1b}') && !plain.contains('┌'));
    let forced = s
        .cmd(&["show", "database-replication"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("runs");
    let styled = String::from_utf8_lossy(&forced.stdout);
    assert!(
        styled.contains("\u{1b}[") && styled.contains('┌'),
        "styled output has colour and boxes"
    );
    let no_color = s
        .cmd(&["show", "database-replication"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    let boxed = String::from_utf8_lossy(&no_color.stdout);
    assert!(
        !boxed.contains('\u{1b}') && boxed.contains('┌'),
        "NO_COLOR keeps layout, drops colour"
    );
    let flag = s
        .cmd(&["show", "database-replication", "--plain"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&flag.stdout), plain);
}

#[test]
fn diagrams_are_never_wrapped_and_prose_is() {
    let s = Swelearn::new();
    let out = s
        .cmd(&["--content", &fixture("mine"), "show", "zeta-gossip"])
        .env("COLUMNS", "30")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("    [node-a] <--gossip--> [node-b]\n"),
        "{text}"
    );
    for line in text.lines().filter(|l| !l.contains("node")) {
        assert!(line.chars().count() <= 30, "{line:?}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let s = Swelearn::new();
    let mine = fixture("mine");
    for args in [
        vec!["show", "evil"],
        vec!["show", "evil", "--json"],
        vec!["search", "bell"],
    ] {
        let mut full = vec!["--content", mine.as_str()];
        full.extend(args.iter().copied());
        let out = s.cmd(&full).output().expect("runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {text:?}"
        );
    }
    let (code, out, _) = s.run(&["check", &format!("{mine}/evil.md")]);
    assert_eq!(code, 0);
    assert!(
        out.contains("evil.md:10:6: warning: control characters (such as ESC) were removed"),
        "{out}"
    );
}

#[test]
fn search_ranks_and_explains_hits() {
    let s = Swelearn::new();
    let (code, out, _) = s.run(&["search", "quorum", "--limit", "3"]);
    assert_eq!(code, 0);
    let top: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(' '))
        .filter(|l| !l.starts_with("    "))
        .collect();
    assert!(
        top.iter().any(|l| l.ends_with("  database-replication")),
        "{out}"
    );
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with(' ')
                && l.trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit()))
            .count(),
        3
    );
    let (_, json, _) = s.run(&["search", "quorum", "--json", "--limit", "5"]);
    let v: Value = serde_json::from_str(&json).expect("json");
    let hits = v.as_array().expect("array");
    assert_eq!(hits.len(), 5);
    assert!(
        hits.windows(2)
            .all(|w| w[0]["score"].as_f64() >= w[1]["score"].as_f64())
    );
    assert!(
        hits[0]["snippet"]
            .as_str()
            .expect("snippet")
            .to_lowercase()
            .contains("quorum")
    );
    assert!(hits[0]["section"].is_string());
    // Typos and stems.
    let (_, typo, _) = s.run(&["search", "qourum", "--json", "--limit", "1"]);
    assert_eq!(
        serde_json::from_str::<Value>(&typo).expect("json")[0]["id"],
        hits[0]["id"]
    );
    let (_, stem, _) = s.run(&["search", "replicas", "--json", "--limit", "3"]);
    let stem: Value = serde_json::from_str(&stem).expect("json");
    assert!(
        stem.as_array()
            .expect("array")
            .iter()
            .any(|h| h["id"] == "database-replication")
    );
    let (code, _, err) = s.run(&["search", "zyzzyva"]);
    assert_eq!(code, 1);
    assert!(err.contains("no topics match \"zyzzyva\""));
    let (_, out, _) = s.run(&["--content", &fixture("mine"), "search", "zyzzyva", "--json"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v.as_array().expect("array").len(), 1);
    assert_eq!(v[0]["id"], "zeta-gossip");
}

#[test]
fn the_search_cache_follows_file_changes() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("zeta-gossip.md");
    std::fs::copy(format!("{}/zeta-gossip.md", fixture("mine")), &path).expect("copy");
    let content = dir.path().display().to_string();
    assert_eq!(s.run(&["--content", &content, "search", "zyzzyva"]).0, 0);
    assert!(s.home.path().join("cache/catalog.bin").exists());
    let text = std::fs::read_to_string(&path)
        .expect("read")
        .replace("zyzzyva", "quokka and more");
    std::fs::write(&path, text).expect("write");
    assert_eq!(s.run(&["--content", &content, "search", "zyzzyva"]).0, 1);
    assert_eq!(s.run(&["--content", &content, "search", "quokka"]).0, 0);
}

/// A cache file damaged on disk, or written by another format, is rebuilt from the topic files,
/// never believed: a changed letter in a cached title must not reach `list`.
#[test]
fn a_damaged_or_foreign_catalog_cache_is_rebuilt() {
    let s = Swelearn::new();
    let content = fixture("mine");
    let list = || s.run(&["--content", &content, "list"]);
    let (code, good, warned) = list();
    assert_eq!(code, 0);
    assert!(good.contains("Zeta Gossip Protocols"), "{good}");
    let path = s.home.path().join("cache/catalog.bin");
    let cache = std::fs::read(&path).expect("cache written");
    let at = cache
        .windows(4)
        .position(|w| w == b"Zeta")
        .expect("the title in the cache");
    let mut damaged = cache.clone();
    damaged[at] = b'Y';
    let mut foreign = cache.clone();
    foreign[8] = foreign[8].wrapping_add(1); // another format version
    for bad in [damaged, foreign, b"SWLCAT\0\x05".repeat(8)] {
        std::fs::write(&path, &bad).expect("plant");
        let (code, out, err) = list();
        assert_eq!((code, &err), (0, &warned));
        assert_eq!(out, good, "listed from a bad cache");
        assert_eq!(std::fs::read(&path).expect("cache"), cache, "rebuilt");
    }
}

#[test]
fn tags_and_random() {
    let s = Swelearn::new();
    let (_, json, _) = s.run(&["tags", "--json"]);
    let v: Value = serde_json::from_str(&json).expect("json");
    let tags = v.as_array().expect("array");
    assert!(
        tags.windows(2)
            .all(|w| w[0]["topics"].as_u64() >= w[1]["topics"].as_u64())
    );
    assert!(tags.iter().any(|t| t["tag"] == "replication"));
    let (code, a, _) = s.run(&["random", "--seed", "7", "--json"]);
    assert_eq!(code, 0);
    let (_, b, _) = s.run(&["random", "--seed", "7", "--json"]);
    assert_eq!(a, b, "a seed repeats the choice");
    let (_, hard, _) = s.run(&["random", "--difficulty", "hard", "--json"]);
    assert_eq!(
        serde_json::from_str::<Value>(&hard).expect("json")["difficulty"],
        "hard"
    );
}

#[test]
fn check_reports_every_problem_and_skips_only_bad_files() {
    let s = Swelearn::new();
    let broken = fixture("broken");
    let (code, out, err) = s.run(&["check", &broken]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{broken}/broken.md:4:13: error: difficulty must be easy, medium or hard (found \"mediun\")\n"
        )
    );
    assert!(
        err.contains("checked 2 file(s): 1 error(s), 0 warning(s)"),
        "{err}"
    );
    let (code, out, err) = s.run(&["--content", &broken, "list"]);
    assert_eq!(code, 0, "a broken file does not stop the rest");
    assert!(out.contains("fine"));
    assert!(err.contains("broken.md:4:13: error"), "{err}");
    let (code, _, err) = s.run(&["check", "/no/such/dir"]);
    assert_eq!(code, 1);
    assert!(err.contains("checked 0 file(s): 1 error(s)"), "{err}");
    let (code, _, _) = s.run(&["check", &fixture("mine")]);
    assert_eq!(code, 0, "warnings alone pass");
}

#[test]
fn completions_and_man_page() {
    let s = Swelearn::new();
    let (code, out, _) = s.run(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(out.contains("_swelearn()") && out.contains("search"));
    let (code, out, _) = s.run(&["man"]);
    assert_eq!(code, 0);
    assert!(out.contains(".TH swelearn") && out.contains("search"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let s = Swelearn::new();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("swelearn"))
        .env("SWELEARN_HOME", s.home.path())
        .args(["show", "database-replication"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let status = child.wait().expect("wait");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read");
    assert!(status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn names_that_match_nothing_well_say_so_with_the_closest_ids() {
    let s = Swelearn::new();
    for (query, closest) in [
        ("hello", "availability-and-slos, cdn, crdts"),
        (
            "asdf",
            "senior-and-staff-signals, shortest-paths, leadership-and-influence",
        ),
        ("xyz", "complexity-from-constraints, cdn, dns"),
    ] {
        assert_eq!(
            s.run(&["show", query]),
            (
                1,
                String::new(),
                format!(
                    "no topic matches \"{query}\"; the closest ids: {closest}; try `swelearn search {query}` or `swelearn list`\n"
                )
            )
        );
    }
    let (code, out, err) = s.run(&["show", "cap", "--plain"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.starts_with("CAP and PACELC\n"), "{out}");
    let (code, out, err) = s.run(&["review", "--topic", "nope"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("error: no topic matches \"nope\"; the closest ids: "),
        "{err}"
    );
}

#[test]
fn show_puts_your_note_after_the_header() {
    let s = Swelearn::new();
    let (_, before, _) = s.run(&["show", "database-replication", "--plain"]);
    assert!(!before.contains("Your note"), "no note, no heading");
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    store
        .change_topic_state(
            "database-replication",
            &swelearn_store::TopicChange::Note("Ask about *quorum* sizes".into()),
            1_800_000_000,
        )
        .expect("saves");
    drop(store);
    let (code, out, _) = s.run(&["show", "database-replication", "--plain"]);
    assert_eq!(code, 0);
    let note = out.find("Your note").expect("the note's heading");
    let overview = out.find("Overview").expect("the first section");
    assert!(note < overview, "{out}");
    assert!(out.contains("Ask about quorum sizes"), "{out}");
}
