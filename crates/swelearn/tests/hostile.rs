//! Hostile content against every output: a topic that reaches the terminal by each route (raw
//! bytes, YAML escapes in the front matter, character references that Markdown decodes, a bare
//! CR in a diagram, a file name with ESC in it) must leave no control character in what any
//! command prints or writes, plain, styled, JSON or exported. Long titles and URLs too: `list`
//! stays bounded and `show` never cuts a URL.

mod util;

use std::path::Path;

use util::{Swelearn, fixture};

/// A content folder with the hostile topic, and a copy of it under a file name holding ESC.
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let topic = std::fs::read(Path::new(&fixture("hostile")).join("hostile.md")).expect("fixture");
    std::fs::write(dir.path().join("hostile.md"), &topic).expect("write");
    std::fs::write(dir.path().join("esc\u{1b}[2J\u{9b}1m.md"), &topic).expect("write");
    dir
}

/// The first control character in `out` that did not come from swelearn's own styles (with
/// `styled`, an SGR sequence `ESC [ digits ; m` is swelearn's).
fn stray_control(out: &[u8], styled: bool) -> Option<String> {
    let text = String::from_utf8_lossy(out);
    for (i, c) in text.char_indices() {
        if c == '\n' || !c.is_control() {
            continue;
        }
        if styled && c == '\u{1b}' {
            let rest = &text[i + 1..];
            let params = rest.strip_prefix('[').map(|r| {
                r.bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b';')
                    .count()
            });
            if let Some(n) = params
                && rest.as_bytes().get(n + 1) == Some(&b'm')
            {
                continue;
            }
        }
        let before: String = text[..i].chars().rev().take(20).collect();
        let after: String = text[i..].chars().take(20).collect();
        let before: String = before.chars().rev().collect();
        return Some(format!("{c:?} at byte {i}: {before:?} {after:?}"));
    }
    None
}

#[track_caller]
fn assert_clean(what: &str, out: &[u8], styled: bool) {
    if let Some(found) = stray_control(out, styled) {
        panic!("{what}: a control character reached the output: {found}");
    }
}

#[test]
fn the_checker_itself_catches_every_route() {
    for bad in [
        "a\u{1b}]0;x",
        "\u{9b}31m",
        "bell\u{7}",
        "cr\rx",
        "del\u{7f}",
        "nel\u{85}",
    ] {
        assert!(stray_control(bad.as_bytes(), true).is_some(), "{bad:?}");
    }
    assert!(stray_control(b"\x1b[1;31mred\x1b[0m\n", true).is_none());
    assert!(stray_control(b"\x1b[1;31mred\x1b[0m\n", false).is_some());
}

#[test]
fn no_output_of_any_command_carries_a_control_character() {
    let s = Swelearn::new();
    let dir = hostile_folder();
    let content = dir.path().display().to_string();
    let cases: &[(&[&str], bool)] = &[
        (&["show", "hostile"], false),
        (&["show", "hostile", "--plain"], false),
        (&["show", "hostile"], true),
        (&["show", "hostile", "--json"], false),
        (&["show", "hostile", "--section", "overview"], false),
        (&["list"], false),
        (&["list", "--json"], false),
        (&["search", "clipboard"], false),
        (&["search", "clipboard"], true),
        (&["search", "clipboard", "--json"], false),
        (&["random", "--tag", "security"], false),
        (&["random", "--tag", "security", "--json"], false),
        (&["tags", "--json"], false),
        (&["check", &content], false),
    ];
    for (args, styled) in cases {
        let mut full = vec!["--content", content.as_str()];
        full.extend(args.iter().copied());
        let mut cmd = s.cmd(&full);
        if *styled {
            cmd.env("CLICOLOR_FORCE", "1");
        }
        let out = cmd.output().expect("runs");
        let what = format!("{args:?} styled={styled}");
        assert_clean(&what, &out.stdout, *styled);
        assert_clean(&format!("{what} (stderr)"), &out.stderr, false);
        assert!(!out.stdout.is_empty(), "{what}: printed nothing");
    }
    // Not vacuous: the hostile text is shown, with each control character made visible.
    let (code, plain, err) = s.run(&["--content", &content, "show", "hostile"]);
    assert_eq!(code, 0, "{err}");
    assert!(plain.starts_with("Hostile ]0;PWNED 31m Title\n"), "{plain}");
    assert!(
        plain.contains("clear ?[2J screen, CSI ?31m red, bell ?"),
        "{plain}"
    );
    assert!(plain.contains("Notes ?]0;HEADING?"), "{plain}");
    assert!(plain.contains("safe commandrm -rf /"), "{plain}");
    // The file whose name holds ESC is reported, cleanly, and skipped.
    assert!(
        err.contains("esc?[2J?1m.md:1:1: error: the file name \"esc\\u{1b}[2J\\u{9b}1m\" cannot be the topic's id"),
        "{err}"
    );
    let (_, json, _) = s.run(&["--content", &content, "show", "hostile", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["title"], "Hostile ]0;PWNED 31m Title");
}

#[test]
fn json_escapes_c1_controls_instead_of_printing_them() {
    // A path with U+009B in it survives into `list --json`: it must be written as \u009b.
    let s = Swelearn::new();
    let parent = tempfile::tempdir().expect("dir");
    let dir = parent.path().join("csi\u{9b}31m");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::copy(
        Path::new(&fixture("hostile")).join("hostile.md"),
        dir.join("hostile.md"),
    )
    .expect("copy");
    let content = dir.display().to_string();
    let out = s
        .cmd(&["--content", &content, "list", "--json"])
        .output()
        .expect("runs");
    assert_clean("list --json", &out.stdout, false);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(r"csi\u009b31m"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let mine = v
        .as_array()
        .expect("array")
        .iter()
        .find(|t| t["id"] == "hostile")
        .expect("listed");
    assert!(
        mine["path"]
            .as_str()
            .is_some_and(|p| p.contains("csi\u{9b}31m")),
        "{mine}"
    );
}

#[test]
fn review_quiz_and_the_anki_export_print_no_control_character() {
    let s = Swelearn::new();
    let dir = hostile_folder();
    let content = dir.path().display().to_string();
    let (code, out, err) = s.run_at(
        &["--content", &content, "review", "--topic", "hostile"],
        "1700000000",
        "\n3\n\n3\n\n3\n\n3\nq\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_clean("review", out.as_bytes(), false);
    assert_clean("review (stderr)", err.as_bytes(), false);
    assert!(out.contains("Q: What does ?[2J do?"), "{out}");
    let (code, out, err) = s.run_at(
        &[
            "--content",
            &content,
            "quiz",
            "--topic",
            "hostile",
            "--seed",
            "1",
        ],
        "1700000000",
        "a\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_clean("quiz", out.as_bytes(), false);
    assert!(out.contains("Hostile ]0;PWNED 31m Title"), "{out}");
    let anki = s.home.path().join("cards.txt");
    let anki_arg = anki.display().to_string();
    let (code, _, err) = s.run(&["--content", &content, "export", "--anki", &anki_arg]);
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read(&anki).expect("written");
    // Tabs separate Anki's fields.
    let text = String::from_utf8_lossy(&written).replace('\t', " ");
    assert_clean("export --anki", text.as_bytes(), false);
    assert!(text.contains("Hostile ]0;PWNED 31m Title"), "{text}");
}

#[test]
fn list_caps_its_columns_whatever_the_title() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    let topic = std::fs::read_to_string(Path::new(&fixture("hostile")).join("hostile.md"))
        .expect("fixture");
    let long = "Long ".repeat(200_000);
    let topic = topic.replacen(
        "title: \"Hostile \\e]0;PWNED\\a \\x9b31m Title\"",
        &format!("title: \"{long}\""),
        1,
    );
    assert!(topic.len() < 1024 * 1024 && topic.contains("Long Long"));
    std::fs::write(dir.path().join("long.md"), topic).expect("write");
    let content = dir.path().display().to_string();
    let out = s
        .cmd(&["--content", &content, "list"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let rows = text.lines().count();
    assert!(rows > 100, "every topic is listed");
    assert!(
        text.len() < rows * 400,
        "{} bytes for {rows} rows",
        text.len()
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("long "))
        .expect("the long topic's row");
    assert!(
        row.contains("Long Long Long") && row.contains("…  medium"),
        "{row}"
    );
    // On a terminal (or with COLUMNS), the terminal's width.
    let out = s
        .cmd(&["--content", &content, "list"])
        .env("COLUMNS", "70")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().all(|l| l.chars().count() <= 70), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("long ") && l.contains('…'))
    );
}

#[test]
fn show_plain_never_cuts_a_url_or_a_long_word() {
    let s = Swelearn::new();
    let dir = hostile_folder();
    let content = dir.path().display().to_string();
    let url = "https://example.org/a/very/long/url/that/must/never/be/split/across/lines/when/printed/plainly.";
    for plain in [true, false] {
        let mut args = vec!["--content", content.as_str(), "show", "hostile"];
        if plain {
            args.push("--plain");
        }
        let out = s
            .cmd(&args)
            .env("COLUMNS", "40")
            .env("NO_COLOR", "1")
            .env("CLICOLOR_FORCE", if plain { "0" } else { "1" })
            .output()
            .expect("runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.lines().any(|l| l.trim_start() == url),
            "plain={plain}: the URL is on a line of its own, whole:\n{text}"
        );
        // Everything else still wraps to the width.
        for line in text.lines().filter(|l| l.trim_start() != url) {
            assert!(line.chars().count() <= 40, "plain={plain}: {line:?}");
        }
    }
}
