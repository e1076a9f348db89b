//! `swelearn code` through the real binary, with a private home and a fixed clock: the list and
//! its JSON, starting a solution (never overwriting, the path alone when piped), test and submit
//! with accepted, wrong and non-compiling Python solutions and one Rust solution (exit codes and
//! JSON verdicts), your own cases, hints and the solution, the status moving from new to
//! attempted, solved and due over simulated days, watch, and a user's own problem judged.

mod util;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;

use serde_json::Value;
use util::Swelearn;

const T0: i64 = 1_800_000_000;
const DAY: i64 = 86_400;
const ID: &str = "two-sum-unsorted";
const ACCEPTED: &str = include_str!("../../../problems/two-sum-unsorted/solution.py");
const RUST_ACCEPTED: &str = include_str!("../../../problems/two-sum-unsorted/solution.rs");
const WRONG: &str = "def pair_indices(nums, target):\n    return [0, 1]\n";
const BROKEN: &str = "def pair_indices(nums, target)\n    return []\n";

fn at(t: i64) -> String {
    t.to_string()
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("JSON: {e}\n{s}"))
}

/// Starts `id` in Python at `t` and returns the solution's path.
fn start(sw: &Swelearn, id: &str, t: i64) -> PathBuf {
    let (code, out, err) = sw.run_at(&["code", "start", id], &at(t), "");
    assert_eq!(code, 0, "{err}");
    PathBuf::from(out.trim_end())
}

fn status(sw: &Swelearn, id: &str, t: i64) -> String {
    let (code, out, err) = sw.run_at(&["code", "--json"], &at(t), "");
    assert_eq!(code, 0, "{err}");
    json(&out)
        .as_array()
        .expect("array")
        .iter()
        .find(|p| p["id"] == id)
        .expect("listed")["status"]
        .as_str()
        .expect("status")
        .to_owned()
}

#[test]
fn the_list_has_every_problem_with_its_fields_and_filters() {
    let sw = Swelearn::new();
    let (code, out, _) = sw.run(&["code", "--json"]);
    assert_eq!(code, 0);
    let all = json(&out);
    let all = all.as_array().expect("array");
    assert!(all.len() >= 30);
    for p in all {
        for key in [
            "id",
            "title",
            "difficulty",
            "patterns",
            "tags",
            "status",
            "languages",
        ] {
            assert!(!p[key].is_null(), "{key} in {p}");
        }
        assert_eq!(p["status"], "new");
    }
    let (_, out, _) = sw.run(&["code", "--tag", "class-design", "--json"]);
    let class = json(&out);
    let class = class.as_array().expect("array");
    assert!(class.len() >= 4 && class.len() < all.len());
    assert!(class.iter().all(|p| {
        p["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .any(|t| t == "class-design")
    }));
    let (_, out, _) = sw.run(&[
        "code",
        "--difficulty",
        "hard",
        "--pattern",
        "sliding-window",
        "--json",
    ]);
    assert!(
        json(&out)
            .as_array()
            .expect("array")
            .iter()
            .all(|p| p["difficulty"] == "hard")
    );
    let (code, out, _) = sw.run(&["code", "list"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("ID ") && out.contains(ID), "{out}");
    let (code, _, err) = sw.run(&["code", "--status", "solved"]);
    assert_eq!(code, 1, "nothing solved yet");
    assert!(err.contains("no problems match"), "{err}");
}

#[test]
fn start_writes_the_starter_once_and_prints_the_path_alone_when_piped() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    assert!(
        path.ends_with(format!("data/code/{ID}/python/solution.py")),
        "{}",
        path.display()
    );
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(
        text.starts_with("# ") && text.contains("def pair_indices("),
        "{text}"
    );
    std::fs::write(&path, "mine\n").expect("edit");
    assert_eq!(start(&sw, ID, T0 + 1), path);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "mine\n",
        "never overwritten"
    );
    let (code, out, _) = sw.run_at(&["code", "start", ID, "--lang", "rust"], &at(T0), "");
    assert_eq!(code, 0);
    assert!(out.trim_end().ends_with("rust/solution.rs"), "{out}");
    let (code, _, err) = sw.run(&["code", "start", ID, "--lang", "cobol"]);
    assert_eq!(code, 2, "a usage error");
    assert!(err.contains("unknown language \"cobol\""), "{err}");
    let (code, _, err) = sw.run(&["code", "start", "no-such-problem-at-all"]);
    assert_eq!(code, 1);
    assert!(err.contains("no problem matches"), "{err}");
}

#[test]
fn submit_gives_each_verdict_its_exit_code_and_json() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    let submit = |t: i64| sw.run_at(&["code", "submit", ID, "--json"], &at(t), "");

    std::fs::write(&path, WRONG).expect("write");
    let (code, out, err) = submit(T0 + 60);
    assert_eq!(code, 1, "{err}");
    let r = json(&out);
    assert_eq!(r["verdict"], "wrong_answer");
    let first = &r["tests"][0];
    assert_eq!(first["verdict"], "wrong_answer", "{first}");
    assert!(first["time_ms"].is_number() && first["limit_ms"].is_number());
    assert_eq!(r["attempt"]["rating"], "again");

    std::fs::write(&path, BROKEN).expect("write");
    let (code, out, _) = submit(T0 + 120);
    assert_eq!(code, 1);
    assert_eq!(json(&out)["verdict"], "compile_error");
    let (code, out, _) = sw.run_at(&["code", "submit", ID], &at(T0 + 121), "");
    assert_eq!(code, 1);
    assert!(
        out.contains("Compile Error") && out.contains("solution.py\", line 1"),
        "{out}"
    );

    std::fs::write(&path, ACCEPTED).expect("write");
    let (code, out, err) = submit(T0 + 900);
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    assert_eq!(r["verdict"], "accepted");
    assert_eq!(r["passed"], r["total"]);
    assert!(
        r["tests"]
            .as_array()
            .expect("tests")
            .iter()
            .any(|t| t["kind"] == "large")
    );
    assert_eq!(
        r["attempt"]["time_to_solve_secs"], 900,
        "from `start` to the verdict"
    );

    // The wrong answer in words: input, expected, yours, and the difference marked.
    std::fs::write(&path, WRONG).expect("write");
    let (code, out, _) = sw.run_at(&["code", "test", ID], &at(T0 + 1000), "");
    assert_eq!(code, 1);
    assert!(
        out.contains("Wrong Answer") && out.contains("  input:") && out.contains("  expected:"),
        "{out}"
    );
    let lines: Vec<&str> = out.lines().collect();
    let yours = lines
        .iter()
        .position(|l| l.starts_with("  yours:"))
        .expect("yours");
    assert!(lines[yours + 1].trim_start().starts_with('^'), "{out}");

    // Without an id outside the workspace: a usage error; inside, the folder's problem.
    let (code, _, err) = sw.run(&["code", "submit"]);
    assert_eq!(code, 2, "{err}");
    let out = sw
        .cmd(&["code", "test", "--json"])
        .env("SWELEARN_NOW", at(T0 + 1100))
        .current_dir(path.parent().expect("folder"))
        .output()
        .expect("runs");
    assert_eq!(json(&String::from_utf8_lossy(&out.stdout))["problem"], ID);
}

#[test]
fn a_rust_solution_is_judged_too() {
    let sw = Swelearn::new();
    let (code, out, _) = sw.run_at(&["code", "start", ID, "--lang", "rust"], &at(T0), "");
    assert_eq!(code, 0);
    std::fs::write(out.trim_end(), RUST_ACCEPTED).expect("write");
    let (code, out, err) = sw.run_at(
        &["code", "submit", ID, "--lang", "rust", "--json"],
        &at(T0 + 60),
        "",
    );
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(json(&out)["verdict"], "accepted");
    assert_eq!(json(&out)["lang"], "rust");
}

#[test]
fn your_own_cases_run_with_the_examples_and_a_bad_one_is_located() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    std::fs::write(&path, ACCEPTED).expect("write");
    let mine = path.with_file_name("tests.jsonl");
    std::fs::write(&mine, "# mine\n{\"in\": [[1, 2], 3], \"out\": [0, 1], \"note\": \"two\"}\n{\"in\": [[5, 1, 4], 5]}\n").expect("write");
    let (code, out, err) = sw.run_at(&["code", "test", ID, "--json"], &at(T0), "");
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    let kinds: Vec<&str> = r["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .map(|t| t["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "mine").count(),
        2,
        "{kinds:?}"
    );
    assert!(kinds.contains(&"example") && !kinds.contains(&"hidden"));
    std::fs::write(
        &mine,
        "{\"in\": [[1, 2], 3], \"out\": [0, 1]}\n{\"in\": [[1, 2]]}\n",
    )
    .expect("write");
    let (code, _, err) = sw.run_at(&["code", "test", ID], &at(T0), "");
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("{}:2:1: error:", mine.display())),
        "{err}"
    );
}

#[test]
fn status_moves_from_new_to_attempted_solved_and_due_across_days() {
    let sw = Swelearn::new();
    assert_eq!(status(&sw, ID, T0), "new");
    let path = start(&sw, ID, T0);
    assert_eq!(status(&sw, ID, T0), "attempted");
    std::fs::write(&path, WRONG).expect("write");
    assert_eq!(sw.run_at(&["code", "submit", ID], &at(T0 + 60), "").0, 1);
    assert_eq!(status(&sw, ID, T0 + 61), "attempted");
    std::fs::write(&path, ACCEPTED).expect("write");
    let (code, out, _) = sw.run_at(&["code", "submit", ID, "--json"], &at(T0 + 600), "");
    assert_eq!(code, 0);
    let due = json(&out)["attempt"]["due"].as_i64().expect("due");
    assert!(due >= T0 + DAY, "solved today, due on a later day");
    // A restart changes nothing: every command is a new process.
    assert_eq!(status(&sw, ID, T0 + 700), "solved");
    assert_eq!(status(&sw, ID, due - 1), "solved");
    assert_eq!(status(&sw, ID, due), "due");
    let (_, out, _) = sw.run_at(&["code", "--due", "--json"], &at(due), "");
    let listed: Vec<String> = json(&out)
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(listed, vec![ID.to_owned()]);
    // Failing the review: due again soon, sooner than a success would have made it.
    std::fs::write(&path, WRONG).expect("write");
    let (code, out, _) = sw.run_at(&["code", "submit", ID, "--json"], &at(due + 60), "");
    assert_eq!(code, 1);
    let again = json(&out)["attempt"]["due"].as_i64().expect("due");
    assert!(
        again <= due + 60 + 3600,
        "a lapse comes back within the hour"
    );
    assert_eq!(status(&sw, ID, again), "due");
}

#[test]
fn hints_are_recorded_and_make_the_solve_hard_and_the_solution_pipes_as_code() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    let (code, out, _) = sw.run_at(&["code", "hint", ID], &at(T0 + 10), "");
    assert_eq!(code, 0);
    assert!(out.starts_with("Hint 1 of "), "{out}");
    let (_, out, _) = sw.run_at(&["code", "hint", ID], &at(T0 + 20), "");
    assert!(out.starts_with("Hint 2 of "), "{out}");
    std::fs::write(&path, ACCEPTED).expect("write");
    let (code, out, _) = sw.run_at(&["code", "submit", ID, "--json"], &at(T0 + 600), "");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["attempt"]["rating"], "hard");
    assert_eq!(json(&out)["attempt"]["hints_used"], 2);

    let other = "balanced-brackets";
    let (code, out, err) = sw.run_at(&["code", "solution", other], &at(T0), "n\n");
    assert_eq!(code, 1, "declined");
    assert!(
        out.is_empty() && err.contains("You have not solved"),
        "{err}"
    );
    assert_eq!(status(&sw, other, T0), "new", "declining records nothing");
    let (code, out, _) = sw.run_at(&["code", "solution", other], &at(T0), "y\n");
    assert_eq!(code, 0);
    assert_eq!(
        out,
        include_str!("../../../problems/balanced-brackets/solution.py"),
        "the code alone"
    );
    assert_eq!(
        status(&sw, other, T0),
        "attempted",
        "seen before solving: a failed attempt"
    );
    let (code, out, _) = sw.run_at(
        &["code", "solution", ID, "--lang", "rust"],
        &at(T0 + 700),
        "",
    );
    assert_eq!(code, 0, "solved: no question");
    assert_eq!(out, RUST_ACCEPTED);
}

#[test]
fn watch_reruns_the_examples_when_the_file_is_saved() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    std::fs::write(&path, WRONG).expect("write");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_swelearn"))
        .args(["code", "watch", ID, "--runs", "2"])
        .env("SWELEARN_HOME", sw.home.path())
        .env("SWELEARN_NOW", at(T0))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut seen = String::new();
    for line in lines.by_ref() {
        let line = line.expect("line");
        seen.push_str(&line);
        seen.push('\n');
        if line.starts_with("Watching ") {
            break;
        }
    }
    assert!(seen.contains("Wrong Answer"), "{seen}");
    std::fs::write(&path, ACCEPTED).expect("save");
    let rest: Vec<String> = lines.map(|l| l.expect("line")).collect();
    assert!(child.wait().expect("exits").success());
    let rest = rest.join("\n");
    assert!(rest.contains(": Accepted ("), "rerun on save: {rest}");
}

#[test]
fn a_users_problem_in_a_content_folder_is_listed_and_judged() {
    let sw = Swelearn::new();
    let content = tempfile::tempdir().expect("dir");
    let dir = content.path().join("problems/add-two");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("problem.md"), "---\ntitle: \"Add Two Numbers Plainly\"\ndifficulty: easy\npatterns: [two-pointers]\ntags: [math]\nsignature: \"add(a: int, b: int) -> int\"\n---\n## Statement\nReturn a + b.\n## Examples\n```example\na = 1\nb = 2\n-> 3\n```\n## Constraints\n- |a|, |b| <= 10^9\n## Hints\n1. Add.\n## Solution\nAdd them: O(1).\n").expect("write");
    std::fs::write(
        dir.join("tests.jsonl"),
        "{\"in\": [-5, 5], \"out\": 0}\n{\"in\": [1000000000, 1000000000], \"out\": 2000000000}\n",
    )
    .expect("write");
    std::fs::create_dir_all(content.path().join("problems/broken")).expect("mkdir");
    std::fs::write(
        content.path().join("problems/broken/problem.md"),
        "---\ntitle: x\n---\n",
    )
    .expect("write");
    let c = content.path().to_str().expect("utf-8");
    let (code, out, err) = sw.run(&["--content", c, "code", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        json(&out)
            .as_array()
            .expect("array")
            .iter()
            .any(|p| p["id"] == "add-two")
    );
    assert!(
        err.contains("problems/broken/problem.md:"),
        "broken ones are reported: {err}"
    );
    let (code, out, _) = sw.run_at(&["--content", c, "code", "start", "add-two"], &at(T0), "");
    assert_eq!(code, 0);
    std::fs::write(out.trim_end(), "def add(a, b):\n    return a + b\n").expect("write");
    let (code, out, err) = sw.run_at(
        &["--content", c, "code", "submit", "add-two", "--json"],
        &at(T0 + 60),
        "",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(json(&out)["passed"], 3);
}

#[test]
fn due_problems_appear_in_today_plan_readiness_and_stats() {
    let sw = Swelearn::new();
    let (_, out, _) = sw.run_at(&["readiness", "--json"], &at(T0), "");
    assert!(
        !out.contains("\"coding\""),
        "no coding category before any practice"
    );
    let path = start(&sw, ID, T0);
    std::fs::write(&path, ACCEPTED).expect("write");
    let (code, out, _) = sw.run_at(&["code", "submit", ID, "--json"], &at(T0 + 600), "");
    assert_eq!(code, 0);
    let due = json(&out)["attempt"]["due"].as_i64().expect("due");
    let (_, out, _) = sw.run_at(&["today"], &at(due - 60), "");
    assert!(!out.contains("coding problem"), "not due yet: {out}");
    let (_, out, _) = sw.run_at(&["today"], &at(due), "");
    assert!(
        out.contains(&format!("- 1 coding problem(s) due: {ID}")),
        "{out}"
    );
    let (code, out, err) = sw.run_at(&["plan", "--interview", "2027-06-01"], &at(due), "");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("coding problem(s) due: {ID}")),
        "{out}"
    );
    let (_, out, _) = sw.run_at(&["today"], &at(due), "");
    assert!(
        out.contains(&format!("- 1 coding problem(s) due: {ID}")),
        "with a plan too: {out}"
    );
    let (_, out, _) = sw.run_at(&["stats", "--json"], &at(due), "");
    let s = json(&out);
    assert_eq!(s["coding"]["due"], serde_json::json!([ID]));
    assert_eq!(s["coding"]["solved"], 1);
    let (_, out, _) = sw.run_at(&["stats"], &at(due), "");
    assert!(out.contains("Coding: 1 problems due · 1 solved"), "{out}");
    let (_, out, _) = sw.run_at(&["readiness", "--json"], &at(due), "");
    let r = json(&out);
    let coding = r["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c[0] == "coding")
        .expect("a coding category");
    assert!(coding[1].as_f64().expect("share") > 0.0);
}

#[test]
fn the_coding_mock_runs_the_examples_submits_and_scores_tests_and_rubric() {
    let sw = Swelearn::new();
    let path = start(&sw, ID, T0);
    std::fs::write(&path, ACCEPTED).expect("write");
    let (code, out, err) = sw.run_at(
        &["mock", "--kind", "coding", "--topic", ID],
        &at(T0 + 60),
        "brute force is O(n^2)\n:run\n:end\ny\ny\ny\nn\nn\nn\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(": Accepted ("),
        "the examples ran and the submission passed: {out}"
    );
    assert!(out.contains("Score: 75% (tests "), "{out}");
    let (_, out, _) = sw.run_at(&["mock", "--history"], &at(T0 + 120), "");
    assert!(
        out.contains("coding") && out.contains(ID) && out.contains("75%"),
        "{out}"
    );
    assert_eq!(
        status(&sw, ID, T0 + 120),
        "solved",
        "the submission is an attempt"
    );
}
