//! The parser against fixture files: the seed example must keep parsing exactly as written, and
//! every diagnostic has a fixture with its exact expected message.

use std::path::Path;

use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};
use swelearn_core::parse::parse_topic;
use swelearn_core::{Category, Difficulty, SectionKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn messages(name: &str, bytes: &[u8]) -> Vec<String> {
    let stem = name
        .rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".md");
    parse_topic(bytes, name, stem)
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_seed_example_parses_exactly_as_written() {
    let parsed = parse_topic(
        &fixture("database-replication-seed.md"),
        "seed.md",
        "database-replication",
    );
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let t = parsed.topic.expect("the seed parses");
    assert_eq!(t.id, "database-replication");
    assert_eq!(t.title, "Database Replication");
    assert_eq!(
        t.tags,
        [
            "replication",
            "leader-follower",
            "multi-leader",
            "leaderless",
            "quorum",
            "consistency",
            "high-availability"
        ]
    );
    assert_eq!(t.difficulty, Difficulty::Medium);
    assert_eq!(t.minutes, 20);
    assert_eq!(t.category, Category::SystemDesign);
    let kinds: Vec<SectionKind> = t.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, SectionKind::REQUIRED);
    let diagram = &t
        .section(SectionKind::ArchitectureDiagram)
        .expect("diagram")
        .body;
    assert!(
        diagram.contains(
            "  [Writes] --> [Leader]\n                  |\n          WAL/binlog stream\n"
        ),
        "diagram kept to the column"
    );
    let key_points = &t.section(SectionKind::KeyPoints).expect("key points").body;
    assert_eq!(
        key_points.lines().filter(|l| l.starts_with("- ")).count(),
        6
    );
    assert_eq!(t.sections[0].line, 8);
}

#[test]
fn every_diagnostic_has_an_exact_message() {
    let cases: &[(&str, &[&str])] = &[
        (
            "bad/bad-yaml.md",
            &[
                "bad/bad-yaml.md:2:8: error: the front matter is not valid YAML (unexpected end of stream while scanning a quoted scalar); check quoting, brackets and indentation",
            ],
        ),
        (
            "bad/missing-title.md",
            &[
                "bad/missing-title.md:2:1: error: missing required key `title`: add a line such as `title: \"Database Replication\"`",
            ],
        ),
        (
            "bad/unknown-key.md",
            &[
                "bad/unknown-key.md:6:1: warning: unknown front matter key `dificulty` is ignored; did you mean `difficulty`?",
            ],
        ),
        (
            "bad/bad-difficulty.md",
            &[
                "bad/bad-difficulty.md:4:13: error: difficulty must be easy, medium or hard (found \"mediun\")",
            ],
        ),
        (
            "bad/bad-time.md",
            &[
                "bad/bad-time.md:5:17: error: estimated_time must look like 20min, 1h or 1h30min, between 1min and 10h (found \"20 minutes\")",
            ],
        ),
        (
            "bad/bad-category.md",
            &[
                "bad/bad-category.md:6:11: error: category must be fundamentals, system-design, design-problem, dsa or behavioral (found \"databases\")",
            ],
        ),
        (
            "bad/newer-schema.md",
            &[
                "bad/newer-schema.md:6:17: error: this topic is written for schema_version 99, but this swelearn reads up to version 1: upgrade swelearn to read it",
            ],
        ),
        (
            "bad/no-front-matter.md",
            &[
                "bad/no-front-matter.md:1:1: error: a topic must start with YAML front matter: put a line `---` first, then title, tags, difficulty and estimated_time, then `---`",
            ],
        ),
        (
            "bad/unclosed-front-matter.md",
            &[
                "bad/unclosed-front-matter.md:1:1: error: the front matter is not closed: add a line `---` after its last key",
            ],
        ),
        (
            "bad/missing-section.md",
            &[
                "bad/missing-section.md:16:4: warning: section `## Key Points` looks like `## Key Points for Interviews`; spell it exactly so swelearn recognises it",
                "bad/missing-section.md:1:1: error: missing section `## Trade-offs & Gotchas` (every topic needs it): add it (see docs/FORMAT.md)",
                "bad/missing-section.md:1:1: error: missing section `## Architecture Diagram` (every topic needs it): add it (see docs/FORMAT.md)",
                "bad/missing-section.md:1:1: error: missing section `## Key Points for Interviews` (every topic needs it): add it (see docs/FORMAT.md)",
            ],
        ),
        (
            "bad/controls-and-wide-diagram.md",
            &[
                "bad/controls-and-wide-diagram.md:10:4: warning: control characters (such as ESC) were removed: topics may not drive the terminal",
                "bad/controls-and-wide-diagram.md:23:81: warning: this code line is 90 columns wide; keep diagrams within 80 columns so they fit a terminal",
            ],
        ),
        (
            "bad/bad-study-items.md",
            &[
                "bad/bad-study-items.md:31:3: error: this card has a question but no answer: add an indented line `  A: ...` under it",
                "bad/bad-study-items.md:32:3: error: a cloze card needs at least one deletion in double braces, e.g. `{{Merkle trees}}`",
                "bad/bad-study-items.md:36:1: error: no option is marked right: mark the right one(s) `- [x]`",
            ],
        ),
    ];
    for (name, want) in cases {
        assert_eq!(messages(name, &fixture(name)), *want, "{name}");
    }
}

#[test]
fn non_utf8_and_oversized_files_are_refused() {
    let mut bytes = fixture("database-replication-seed.md");
    bytes.splice(4..4, [b'x', 0xff, 0xfe]);
    assert_eq!(
        messages("bin.md", &bytes),
        ["bin.md:2:2: error: the file is not valid UTF-8 (byte 0xff): save it as UTF-8"]
    );
    let big = vec![b'a'; 1024 * 1024 + 1];
    assert_eq!(
        messages("big.md", &big),
        [
            "big.md:1:1: error: the file is 1025 KiB; topics must be at most 1024 KiB: split it into smaller topics"
        ]
    );
}

/// A valid topic with `front` added to its front matter and `body` to its overview.
fn topic_with(front: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"T\"\ntags: [a]\ndifficulty: easy\nestimated_time: 5min\n{front}---\n## Overview\n{body}\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Architecture Diagram\n```\nx\n```\n## Key Points for Interviews\n- x\n"
    )
}

#[test]
fn decoded_control_characters_are_removed_or_reported() {
    // YAML escapes decode to control characters after the raw file was cleaned.
    let text = topic_with("", "")
        .replacen("title: \"T\"", "title: \"Evil \\e]0;owned\\a \\x9b31m\"", 1)
        .replacen("tags: [a]", "tags: [\"a\\eb\"]", 1);
    let parsed = parse_topic(text.as_bytes(), "t.md", "t");
    let topic = parsed
        .topic
        .clone()
        .unwrap_or_else(|| panic!("{:?}", parsed.diagnostics));
    assert_eq!(topic.title, "Evil ]0;owned 31m");
    assert_eq!(topic.tags, ["ab"]);
    // Nothing left once they are gone: a title is still required; an empty tag is dropped.
    let empty = topic_with("", "")
        .replacen("title: \"T\"", "title: \" \\e \\a \"", 1)
        .replacen("tags: [a]", "tags: [a, \"\\e\"]", 1);
    let refused = parse_topic(empty.as_bytes(), "t.md", "t");
    assert!(refused.topic.is_none());
    assert!(
        refused.diagnostics.iter().any(|d| d.to_string()
            == "t.md:2:8: error: `title` must be the topic's title as text, e.g. \"Database Replication\" (found only control characters)"),
        "{:?}",
        refused.diagnostics
    );
    let no_tag = topic_with("", "").replacen("tags: [a]", "tags: [a, \"\\e\"]", 1);
    let tagged = parse_topic(no_tag.as_bytes(), "t.md", "t").topic;
    assert_eq!(tagged.map(|t| t.meta.tags), Some(vec!["a".to_owned()]));
    let msgs: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        msgs,
        [
            "t.md:2:8: warning: control characters (such as ESC) in `title` were removed: topics may not drive the terminal",
            "t.md:3:7: warning: control characters (such as ESC) in `tags` were removed: topics may not drive the terminal",
        ]
    );
    // Character references decode when Markdown is read: section titles are cleaned, and the
    // author is told where.
    let text = topic_with("", "Clear &#27;[2J now.\n## More &#x9b;31m\ny");
    let parsed = parse_topic(text.as_bytes(), "t.md", "t");
    let topic = parsed.topic.expect("loads");
    assert_eq!(topic.sections[1].title, "More ?31m");
    let msgs: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        msgs,
        [
            "t.md:8:1: warning: a character reference here (such as `&#27;`) stands for a control character, which is shown as `?`: remove it"
        ]
    );
}

#[test]
fn a_file_name_that_is_not_an_id_needs_an_explicit_one() {
    let text = topic_with("", "");
    let parsed = parse_topic(text.as_bytes(), "dir/x\u{1b}[2J.md", "x\u{1b}[2J");
    assert!(parsed.topic.is_none());
    assert_eq!(
        parsed.diagnostics[0].message,
        "the file name \"x\\u{1b}[2J\" cannot be the topic's id, which must be lowercase letters, digits and `-`: rename the file or add a line such as `id: my-topic` to the front matter"
    );
    assert!(
        parse_topic(text.as_bytes(), "My Topic.md", "My Topic")
            .topic
            .is_none()
    );
    let named = topic_with("id: my-topic\n", "");
    let topic = parse_topic(named.as_bytes(), "My Topic.md", "My Topic").topic;
    assert_eq!(topic.map(|t| t.meta.id).as_deref(), Some("my-topic"));
}

#[test]
fn files_with_errors_are_skipped_and_warnings_are_not() {
    let (fatal, ok) = (
        fixture("bad/bad-difficulty.md"),
        fixture("bad/unknown-key.md"),
    );
    assert!(parse_topic(&fatal, "a.md", "a").topic.is_none());
    assert!(parse_topic(&ok, "b.md", "b").topic.is_some());
}

#[test]
fn library_reports_dangling_links_and_duplicate_ids_but_loads_the_rest() {
    let file = |name: &str| SourceFile {
        origin: Origin::Bundled {
            name: name.to_owned(),
        },
        source: SourceKind::Flag,
        display: format!("bad/{name}"),
        group: "bad".to_owned(),
        bytes: fixture(&format!("bad/{name}")),
    };
    let (lib, diags) = Library::load(vec![
        file("dangling-links.md"),
        file("twin-a.md"),
        file("twin-b.md"),
        file("bad-time.md"),
    ]);
    let msgs: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(
        msgs,
        [
            "bad/bad-time.md:5:17: error: estimated_time must look like 20min, 1h or 1h30min, between 1min and 10h (found \"20 minutes\")",
            "bad/dangling-links.md:6:11: error: `related` names `no-such-topic`, but no topic has that id",
            "bad/dangling-links.md:7:16: error: `labs` names `warp-drive`, but no lab has that id; labs are quorum, read-repair, merkle, hash-ring, estimate, availability, bloom, rate-limit",
            "bad/twin-b.md:1:1: error: duplicate id `twin`: bad/twin-a.md has it too; rename one file or give it another `id:`",
        ]
    );
    let ids: Vec<&str> = lib.entries().iter().map(|e| e.topic.id.as_str()).collect();
    assert_eq!(ids, ["dangling-links", "twin"]);
    assert_eq!(
        lib.get("dangling-links").map(|e| e.topic.labs.clone()),
        Some(vec!["quorum".to_owned()])
    );
}
