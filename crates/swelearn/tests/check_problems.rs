//! `swelearn check` on coding problems and on topics' links to them: broken problem folders are
//! reported with path:line:col, a link to a problem that does not exist is an error, and the
//! topic walker leaves `problems/` alone.

mod util;

use std::path::Path;

use util::{Swelearn, fixture};

const PROBLEM: &str = "---\ntitle: \"Add Two\"\ndifficulty: easy\npatterns: [two-pointers]\ntags: [math]\nsignature: \"add(a: int, b: int) -> int\"\n---\n## Statement\nAdd them.\n## Examples\n```example\na = 1\nb = 2\n-> 3\n```\n## Constraints\n- small\n## Hints\n1. Use plus.\n## Solution\nReturn a + b. O(1).\n";

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A content folder with a fine topic linking problems, a fine problem and broken ones.
fn content(dir: &Path) {
    let fine =
        std::fs::read_to_string(Path::new(&fixture("broken")).join("fine.md")).expect("fixture");
    write(
        &dir.join("linking.md"),
        &fine.replace(
            "A fine topic about caching.",
            "A fine topic.\n\n- [Add Two](problem:add-two)\n- [Pairs](problem:pair-with-target-sum)\n- [Gone](problem:no-such-problem)",
        ),
    );
    write(&dir.join("problems/add-two/problem.md"), PROBLEM);
    write(
        &dir.join("problems/add-two/tests.jsonl"),
        "{\"in\": [2, 3], \"out\": 5}\n",
    );
    write(
        &dir.join("problems/misspelt/problem.md"),
        &PROBLEM
            .replace("difficulty: easy", "difficulty: mediun")
            .replace("[two-pointers]", "[two-pointers, no-such-topic]"),
    );
    write(&dir.join("problems/bad-tests/problem.md"), PROBLEM);
    write(
        &dir.join("problems/bad-tests/tests.jsonl"),
        "{\"in\": [2, 3], \"out\": 5}\n{\"in\": [2], \"out\": 5}\n",
    );
}

#[test]
fn check_lints_problem_folders_and_problem_links() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    let root = dir.path().display().to_string();
    content(dir.path());
    let (code, out, err) = s.run(&["check", &root]);
    assert_eq!(code, 1, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines.contains(&format!("{root}/linking.md:14:3: error: links problem `no-such-problem`, but no problem has that id (`swelearn code` lists them)").as_str()),
        "{out}"
    );
    assert!(
        lines.contains(&format!("{root}/problems/misspelt/problem.md:3:13: error: `difficulty` must be easy, medium or hard").as_str()),
        "{out}"
    );
    assert!(
        lines.contains(&format!("{root}/problems/misspelt/problem.md:4:26: error: `patterns` names `no-such-topic`, but no topic has that id").as_str()),
        "{out}"
    );
    assert!(
        lines.iter().any(
            |l| l.starts_with(&format!("{root}/problems/bad-tests/tests.jsonl:2:"))
                && l.contains("add takes 2 argument(s)")
        ),
        "{out}"
    );
    assert_eq!(
        lines.len(),
        4,
        "only these, and nothing about add-two: {out}"
    );
    assert!(
        err.contains("checked 6 file(s): 4 error(s), 0 warning(s)"),
        "one topic, three statements, two tests files: {err}"
    );

    // One problem folder, or its statement, alone.
    for path in [
        format!("{root}/problems/add-two"),
        format!("{root}/problems/add-two/problem.md"),
    ] {
        let (code, out, err) = s.run(&["check", &path]);
        assert_eq!((code, out.as_str()), (0, ""), "{path}: {err}");
        assert!(err.contains("checked 2 file(s): 0 error(s)"), "{err}");
    }
    // The folder of problems itself.
    let (code, out, _) = s.run(&["check", &format!("{root}/problems")]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn the_topic_walker_skips_problems_and_check_covers_the_users_problems() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    content(dir.path());
    let root = dir.path().display().to_string();
    let (code, out, err) = s.run(&["--content", &root, "list", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains("problem.md"),
        "problems are not topics: {err}"
    );
    assert!(!out.contains("Add Two"), "{out}");
    assert!(out.contains("Fine Topic"), "{out}");

    // With no path: the bundled library and problems are clean...
    let (code, out, err) = s.run(&["check"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    // ...and the user's own problems are checked too.
    let user = s
        .home
        .path()
        .join("data/topics/problems/misspelt/problem.md");
    write(
        &user,
        &PROBLEM.replace("difficulty: easy", "difficulty: mediun"),
    );
    let (code, out, _) = s.run(&["check"]);
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!(
            "{}:3:13: error: `difficulty` must be",
            user.display()
        )),
        "{out}"
    );
}
