//! Mock interviews, the story bank, the plan and readiness from the command line: plans for
//! fixed dates and `now`, mocks stored and listed, the scratchpad surviving a kill, behavioral
//! timing, and story gaps.

mod util;

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;
use util::Swelearn;

const NOW: &str = "1796083200"; // 2026-12-01 00:00 UTC

fn run(s: &Swelearn, args: &[&str], stdin: &str) -> (i32, String, String) {
    s.run_at(args, NOW, stdin)
}

#[test]
fn plans_are_deterministic_and_today_follows_them() {
    let s = Swelearn::new();
    let (code, a, err) = run(
        &s,
        &[
            "plan",
            "--interview",
            "2027-01-10",
            "--minutes-per-day",
            "60",
            "--json",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let (_, b, _) = run(
        &s,
        &[
            "plan",
            "--interview",
            "2027-01-10",
            "--minutes-per-day",
            "60",
            "--json",
        ],
        "",
    );
    assert_eq!(a, b, "the same inputs give the same plan");
    let plan: Value = serde_json::from_str(&a).expect("json");
    let days = plan["days"].as_array().expect("days");
    assert_eq!(days.len(), 40);
    assert_eq!(days[0]["date"], "2026-12-01");
    assert!(
        days.iter()
            .all(|d| d["minutes_planned"].as_u64() <= Some(60))
    );
    assert!(
        days.iter().rev().take(3).any(|d| !d["mock"].is_null()),
        "mocks towards the end"
    );
    assert!(
        !plan["not_fitting"].as_array().expect("list").is_empty(),
        "the whole library does not fit in 40 hours"
    );
    let first: Vec<&str> = days[0]["read"]
        .as_array()
        .expect("read")
        .iter()
        .map(|r| r[0].as_str().unwrap_or(""))
        .collect();
    assert!(!first.is_empty());
    let (_, text, _) = run(&s, &["plan"], "");
    assert!(
        text.contains("Does not fit"),
        "the plan says what does not fit: {text}"
    );
    let (_, today, _) = run(&s, &["today"], "");
    assert!(
        today.starts_with("Today, 2026-12-01 (40 days to the interview):"),
        "{today}"
    );
    assert!(
        today.contains("cards due for review") && today.contains("- read "),
        "{today}"
    );
    let left = plan["not_fitting"].as_array().expect("list").len();
    assert!(
        today.contains(&format!(
            "You are behind: {left} of the {} topics left do not fit before the interview at 60 minutes a day",
            plan["topics_left"]
        )),
        "today agrees with what does not fit: {today}"
    );
    assert!(!today.contains("on track"), "{today}");
    let (code, _, err) = run(&s, &["plan", "--interview", "2020-01-01"], "");
    assert_eq!(code, 1);
    assert!(err.contains("must be after today"), "{err}");
    // Not a date: a usage error, exit 2.
    let (code, _, err) = run(&s, &["plan", "--interview", "next week"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "invalid value 'next week' for '--interview <DATE>': write a real date as YYYY-MM-DD"
        ),
        "{err}"
    );
}

#[test]
fn the_plan_fills_every_day_to_its_budget_and_splits_long_topics() {
    for minutes in [60_u64, 5] {
        let s = Swelearn::new();
        let m = minutes.to_string();
        let (code, out, err) = run(
            &s,
            &[
                "plan",
                "--interview",
                "2027-01-10",
                "--minutes-per-day",
                &m,
                "--json",
            ],
            "",
        );
        assert_eq!(code, 0, "{err}");
        let plan: Value = serde_json::from_str(&out).expect("json");
        let days = plan["days"].as_array().expect("days");
        assert!(!plan["not_fitting"].as_array().expect("list").is_empty());
        for d in days {
            let planned = d["minutes_planned"].as_u64().expect("minutes");
            let read: u64 = d["read"]
                .as_array()
                .expect("read")
                .iter()
                .map(|r| r[1].as_u64().expect("minutes"))
                .sum();
            let mock = match d["mock"].as_str() {
                None => 0,
                Some("behavioral") => 30,
                Some(_) => 45,
            };
            assert_eq!(
                planned, minutes,
                "a day is filled to the budget while topics are left: {d}"
            );
            assert_eq!(
                planned,
                read + mock + d["review_minutes"].as_u64().expect("review"),
                "what a day plans adds up: {d}"
            );
        }
        if minutes == 5 {
            assert!(
                days.iter().all(|d| d["mock"].is_null()),
                "no 45-minute mock in a 5-minute day"
            );
        } else {
            let planned: Vec<&str> = days
                .iter()
                .flat_map(|d| d["read"].as_array().expect("read"))
                .map(|r| r[0].as_str().expect("id"))
                .collect();
            assert!(
                planned.iter().any(|id| id.starts_with("design-"))
                    && planned.contains(&"star-method"),
                "design problems and behavioral topics are planned, not all left out: {planned:?}"
            );
        }
        let (_, text, _) = run(&s, &["plan"], "");
        assert!(
            text.contains("(part 1 of "),
            "long topics are split over days: {text}"
        );
    }
}

#[test]
fn a_design_mock_is_stored_scored_and_listed() {
    let s = Swelearn::new();
    let (code, out, err) = run(
        &s,
        &["mock", "--seed", "1"],
        "clarify scope\n:next\n100M users\n:time\n:next\n:next\n:next\n:next\n:next\ny\ny\nn\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("== 1 of 6: Requirements (5 min) =="), "{out}");
    assert!(
        out.contains("Interviewer: "),
        "follow-ups are injected: {out}"
    );
    assert!(
        out.contains("of 4 min used in this phase"),
        ":time during the estimates: {out}"
    );
    assert!(out.contains("Score: 2/"), "{out}");
    assert!(
        out.contains("Your notes:")
            && out.contains("clarify scope")
            && out.contains("Reference design"),
        "{out}"
    );
    let (_, second, _) = run(&s, &["mock", "--seed", "1"], ":end\n");
    let problem = |text: &str| text.lines().next().unwrap_or("").to_owned();
    assert_ne!(
        problem(&out),
        problem(&second),
        "the next mock picks another problem"
    );
    let (_, history, _) = run(&s, &["mock", "--history"], "");
    assert_eq!(
        history
            .lines()
            .filter(|l| l.starts_with("2026-12-01"))
            .count(),
        2,
        "{history}"
    );
    assert!(
        history.contains("system-design") && history.contains('%'),
        "{history}"
    );
    // The second mock's input ended before its assessment: abandoned, with the time spent (none,
    // the clock stood still), never a 0% score nor a "slipping" trend.
    assert!(second.contains("kept as abandoned"), "{second}");
    // Both started at the same instant, so either may be listed first.
    let lines: Vec<&str> = history.lines().take(2).collect();
    assert!(
        lines.iter().any(|l| l.ends_with("0 of  45 min  18%"))
            && lines.iter().any(|l| l.ends_with("0 of  45 min  abandoned")),
        "{history}"
    );
    assert!(
        !history.contains("Trend"),
        "one scored session has no trend: {history}"
    );
}

#[test]
fn the_scratchpad_survives_a_kill_and_is_recovered() {
    let s = Swelearn::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("swelearn"))
        .env("SWELEARN_HOME", s.home.path())
        .env("SWELEARN_NOW", NOW)
        .args(["mock", "--seed", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(b"first idea\nsecond idea\n")
        .expect("write");
    stdin.flush().expect("flush");
    let pads = s.home.path().join("data/mocks");
    let typed = || {
        std::fs::read_dir(&pads)
            .ok()
            .and_then(|mut d| d.next())
            .and_then(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .is_some_and(|t| t.contains("second idea"))
    };
    let start = std::time::Instant::now();
    while !typed() && start.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().expect("kill");
    child.wait().expect("wait");
    let pad = std::fs::read_dir(&pads)
        .expect("mocks dir")
        .find_map(Result::ok)
        .expect("a scratchpad")
        .path();
    let saved = std::fs::read_to_string(&pad).expect("read");
    assert!(
        saved.contains("first idea") && saved.contains("second idea"),
        "typed lines were on disk before the kill: {saved}"
    );
    let (_, out, _) = run(&s, &["mock", "--seed", "3"], ":end\n");
    assert!(
        out.starts_with("Recovered an interrupted system-design mock"),
        "{out}"
    );
    assert!(out.contains("line(s) of notes"), "{out}");
    let (_, history, _) = run(&s, &["mock", "--history"], "");
    assert!(history.contains("unscored"), "{history}");
}

#[test]
fn behavioral_mocks_time_each_answer() {
    let s = Swelearn::new();
    let (code, out, err) = run(
        &s,
        &[
            "mock",
            "--kind",
            "behavioral",
            "--minutes",
            "14",
            "--seed",
            "5",
        ],
        "my notes\n\ny\ny\ny\ny\nn\nn\nn\nn\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Behavioral mock: 2 question(s)"), "{out}");
    assert!(out.contains("short: aim for two to three minutes"), "{out}");
    assert!(out.contains("Score: 4/8 (50%)"), "{out}");
}

#[test]
fn stories_are_tagged_and_gaps_pointed_out() {
    let s = Swelearn::new();
    let (_, out, _) = run(&s, &["stories"], "");
    assert!(
        out.contains("No stories yet") && out.contains("No story yet shows: ownership"),
        "{out}"
    );
    let (code, _, _) = run(
        &s,
        &["stories", "add"],
        "Migrated billing\nWe had two weeks...\nsignals: ownership, impact\n",
    );
    assert_eq!(code, 0);
    let (_, out, _) = run(&s, &["stories"], "");
    assert!(
        out.contains("- Migrated billing [ownership, impact]"),
        "{out}"
    );
    assert!(
        !out.contains("shows: ownership") && out.contains("conflict"),
        "{out}"
    );
    let (code, _, err) = run(&s, &["stories", "add"], "Untagged\nbody\n");
    assert_eq!(code, 1);
    assert!(err.contains("tag the story"), "{err}");
    let (_, _, err) = run(&s, &["stories", "add"], "Bad\nsignals: heroics\n");
    assert!(err.contains("unknown signal \"heroics\""), "{err}");
}

#[test]
fn readiness_blends_the_signals() {
    let s = Swelearn::new();
    let (_, before, _) = run(&s, &["readiness", "--json"], "");
    let v: Value = serde_json::from_str(&before).expect("json");
    assert!(v["categories"].as_array().is_some_and(|c| !c.is_empty()));
    let dns = |v: &Value| {
        v["topics"]
            .as_array()
            .expect("topics")
            .iter()
            .find(|t| t["id"] == "dns")
            .expect("dns")["readiness"]
            .as_f64()
            .expect("number")
    };
    assert_eq!(dns(&v), 0.0);
    run(
        &s,
        &["review", "--topic", "dns", "--limit", "8"],
        &"\n4\n".repeat(8),
    );
    let (_, after, _) = run(&s, &["readiness", "--json"], "");
    assert!(
        dns(&serde_json::from_str(&after).expect("json")) > 0.0,
        "recall raises readiness"
    );
    let (_, text, _) = run(&s, &["readiness"], "");
    assert!(
        text.contains("system-design") && text.contains('·'),
        "{text}"
    );
}
