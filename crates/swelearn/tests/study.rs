//! Study from the command line, driven through stdin: review with reveal, rate and undo; the quiz
//! with a wrong answer that brings cards forward; stats; optimize; export and import (idempotent
//! and commutative); the Anki file's shape; a kill at random moments that loses no acknowledged
//! answer; and two processes studying at once.

mod util;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use util::Swelearn;

const NOW: &str = "1800000000";

fn reviews(s: &Swelearn) -> i64 {
    let (_, out, _) = s.run_now(&["stats", "--json"], NOW);
    serde_json::from_str::<Value>(&out).expect("json")["total_reviews"]
        .as_i64()
        .expect("count")
}

impl Swelearn {
    fn run_now(&self, args: &[&str], now: &str) -> (i32, String, String) {
        self.run_at(args, now, "")
    }

    fn feed(&self, args: &[&str], now: &str, stdin: &str) -> (i32, String, String) {
        self.run_at(args, now, stdin)
    }
}

#[test]
fn review_reveals_rates_undoes_and_ends_cleanly_at_end_of_input() {
    let s = Swelearn::new();
    let (code, out, err) = s.feed(
        &["review", "--topic", "database-replication", "--limit", "3"],
        NOW,
        "\n3\n\n4\nu\n\n2\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("(saved)").count(), 3, "{out}");
    assert!(
        out.contains("1 Again (10m) · 2 Hard (1d) · 3 Good (2d) · 4 Easy ("),
        "{out}"
    );
    assert!(out.contains("↶ Undone"), "{out}");
    assert!(out.contains("Session over: 2 answered"), "{out}");
    assert_eq!(reviews(&s), 2, "the undone answer left the log");
    // Tomorrow nothing is due yet except... the Hard card (1 day).
    let (_, out, _) = s.feed(
        &["review", "--topic", "database-replication", "--limit", "1"],
        "1800090000",
        "\n3\n",
    );
    assert!(
        out.contains("· review"),
        "a card comes back for review: {out}"
    );
    // Invalid input is explained, not fatal; q ends the session.
    let (code, out, _) = s.feed(&["review", "--limit", "2"], NOW, "7\nq\n");
    assert_eq!(code, 0);
    assert!(out.contains("Type 1 (Again)"), "{out}");
}

#[test]
fn new_cards_respect_the_daily_limit_and_spread_over_topics() {
    let s = Swelearn::new();
    assert_eq!(s.run_now(&["config", "new-per-day", "4"], NOW).0, 0);
    let (_, out, _) = s.feed(&["review"], NOW, &"\n3\n".repeat(10));
    assert_eq!(out.matches("(saved)").count(), 4, "{out}");
    let topics: std::collections::HashSet<&str> = out
        .lines()
        .filter(|l| l.starts_with('['))
        .map(|l| l.split("] ").nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        topics.len(),
        4,
        "one new card per topic per day: {topics:?}"
    );
    let (_, out, _) = s.feed(&["review"], NOW, "\n3\n");
    assert!(out.contains("Nothing to review now"), "{out}");
}

#[test]
fn quiz_scores_explains_and_brings_cards_forward() {
    let s = Swelearn::new();
    // Learn some cards first, so they have a future due date.
    s.feed(
        &["review", "--topic", "dns", "--limit", "5"],
        NOW,
        &"\n4\n".repeat(5),
    );
    let (_, before, _) = s.run_now(&["stats", "--json"], NOW);
    assert_eq!(
        serde_json::from_str::<Value>(&before).expect("json")["due_today"],
        0
    );
    // Answer every question with every letter: wrong whenever there is a single right option.
    let (code, out, _) = s.feed(
        &["quiz", "--topic", "dns", "--count", "2", "--seed", "1"],
        NOW,
        "a,b,c,d\nz\nb\n",
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("[1/2] DNS") && out.contains("a) ") && out.contains("d) "),
        "{out}"
    );
    assert!(
        out.contains("Answer with the letter(s)"),
        "bad input is explained: {out}"
    );
    assert!(out.contains("Score: "), "{out}");
    assert!(out.contains("✗ Not quite"), "{out}");
    assert!(out.contains("card(s) of \"DNS\" are now due"), "{out}");
    let (_, after, _) = s.run_now(&["stats", "--json"], NOW);
    assert!(serde_json::from_str::<Value>(&after).expect("json")["due_today"].as_u64() > Some(0));
    let (a, _, _) = s.feed(
        &["quiz", "--topic", "dns", "--count", "3", "--seed", "9"],
        NOW,
        "",
    );
    let (b, one, _) = s.feed(
        &["quiz", "--topic", "dns", "--count", "3", "--seed", "9"],
        NOW,
        "",
    );
    let (_, two, _) = s.feed(
        &["quiz", "--topic", "dns", "--count", "3", "--seed", "9"],
        NOW,
        "",
    );
    assert_eq!((a, b), (0, 0), "end of input ends the quiz cleanly");
    assert_eq!(one, two, "a seed repeats the quiz");
}

#[test]
fn stats_json_has_every_figure() {
    let s = Swelearn::new();
    s.feed(&["review", "--limit", "3"], NOW, &"\n3\n".repeat(3));
    let (_, out, _) = s.run_now(&["stats", "--json"], NOW);
    let v: Value = serde_json::from_str(&out).expect("json");
    for key in [
        "due_today",
        "new_available",
        "forecast",
        "reviews_per_day",
        "true_retention",
        "total_reviews",
        "minutes_studied",
        "categories",
        "topics",
        "streak",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["forecast"].as_array().expect("forecast").len(), 30);
    assert_eq!(v["reviews_per_day"].as_array().expect("history").len(), 112);
    assert_eq!(v["reviews_per_day"][111], 3);
    assert!(v["streak"].is_null(), "no streak unless turned on");
    s.run_now(&["config", "streak", "on"], NOW);
    let (_, out, _) = s.run_now(&["stats"], NOW);
    assert!(
        out.contains("Streak: 1 day(s)") && out.contains("Mastery by category"),
        "{out}"
    );
}

#[test]
fn optimize_says_how_much_more_history_it_needs() {
    let s = Swelearn::new();
    let (code, out, _) = s.run_now(&["optimize"], NOW);
    assert_eq!(code, 0);
    assert!(out.contains("fitting needs 64, so 64 more"), "{out}");
}

/// Stored settings that cannot schedule (parameters from elsewhere, out of range) are refused
/// with what to do about them, never replaced by guesses.
#[test]
fn settings_that_cannot_schedule_say_what_to_fix() {
    let s = Swelearn::new();
    s.feed(&["review", "--limit", "1"], NOW, "\n3\n");
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("store");
    store
        .set_setting("fsrs-parameters", Some("1.0,2.0"))
        .expect("plant");
    drop(store);
    let (code, _, err) = s.run_now(&["stats"], NOW);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: your study settings cannot schedule cards: the FSRS parameters are not valid ("
        ) && err
            .trim_end()
            .ends_with("fit new ones to your reviews (`swelearn optimize`)"),
        "{err}"
    );
}

#[test]
fn export_import_round_trips_idempotently_and_merges_both_ways() {
    let (a, b) = (Swelearn::new(), Swelearn::new());
    a.feed(&["review", "--limit", "4"], NOW, &"\n3\n".repeat(4));
    b.feed(
        &["review", "--limit", "3"],
        "1800050000",
        &"\n2\n".repeat(3),
    );
    let dir = tempfile::tempdir().expect("dir");
    let (fa, fb) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    assert_eq!(a.run_now(&["export", fa.to_str().expect("path")], NOW).0, 0);
    assert_eq!(b.run_now(&["export", fb.to_str().expect("path")], NOW).0, 0);
    let text = std::fs::read_to_string(&fa).expect("export");
    let first: Value = serde_json::from_str(text.lines().next().expect("header")).expect("json");
    assert_eq!(
        (first["type"].as_str(), first["version"].as_u64()),
        (Some("header"), Some(1))
    );
    assert_eq!(
        text.lines()
            .filter(|l| l.contains("\"type\":\"review\""))
            .count(),
        4
    );
    // a <- b and b <- a give the same history; importing again changes nothing.
    assert_eq!(a.run_now(&["import", fb.to_str().expect("path")], NOW).0, 0);
    assert_eq!(b.run_now(&["import", fa.to_str().expect("path")], NOW).0, 0);
    a.run_now(&["import", fb.to_str().expect("path")], NOW);
    assert_eq!((reviews(&a), reviews(&b)), (7, 7));
    let (_, sa, _) = a.run_now(&["stats", "--json"], "1800100000");
    let (_, sb, _) = b.run_now(&["stats", "--json"], "1800100000");
    let (va, vb): (Value, Value) = (
        serde_json::from_str(&sa).expect("json"),
        serde_json::from_str(&sb).expect("json"),
    );
    assert_eq!(
        va["forecast"], vb["forecast"],
        "replaying the merged log gives the same schedule"
    );
    // A newer export is refused, a broken line names its place.
    let newer = dir.path().join("newer.jsonl");
    std::fs::write(
        &newer,
        "{\"type\":\"header\",\"format\":\"swelearn-export\",\"version\":9,\"exported_at\":0}\n",
    )
    .expect("write");
    let (code, _, err) = a.run_now(&["import", newer.to_str().expect("path")], NOW);
    assert_eq!(code, 1);
    assert!(err.contains("written by a newer swelearn"), "{err}");
    let broken = dir.path().join("broken.jsonl");
    std::fs::write(
        &broken,
        format!("{}\nnot json\n", text.lines().next().expect("header")),
    )
    .expect("write");
    let (code, _, err) = a.run_now(&["import", broken.to_str().expect("path")], NOW);
    assert_eq!(code, 1);
    assert!(
        err.contains("broken.jsonl:2: not a swelearn export line"),
        "{err}"
    );
}

#[test]
fn anki_export_has_the_import_file_shape() {
    let s = Swelearn::new();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("cards.txt");
    assert_eq!(
        s.run(&["export", "--anki", path.to_str().expect("path")]).0,
        0
    );
    let text = std::fs::read_to_string(&path).expect("file");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        &lines[..5],
        [
            "#separator:tab",
            "#html:true",
            "#notetype column:1",
            "#deck column:2",
            "#tags column:5"
        ]
    );
    for line in &lines[5..] {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        assert!(matches!(fields[0], "Basic" | "Cloze"), "{line}");
        assert!(fields[1].starts_with("swelearn::"), "{line}");
        if fields[0] == "Cloze" {
            assert!(fields[2].contains("{{c1::"), "{line}");
        }
    }
    assert!(
        lines.iter().any(|l| l.starts_with("Cloze\t"))
            && lines.iter().any(|l| l.starts_with("Basic\t"))
    );
}

#[test]
fn a_kill_at_any_moment_loses_no_acknowledged_answer() {
    let s = Swelearn::new();
    let mut acked = 0;
    let mut rng = 12345u64;
    for round in 0..12 {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("swelearn"))
            .env("SWELEARN_HOME", s.home.path())
            .env(
                "SWELEARN_NOW",
                (1_800_000_000 + round * 200_000).to_string(),
            )
            .args(["review", "--limit", "40"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let mut stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter(|l| l.ends_with("(saved)"))
                .count()
        });
        let writer = std::thread::spawn(move || {
            for _ in 0..40 {
                if stdin.write_all(b"\n3\n").is_err() {
                    break;
                }
                let _ = stdin.flush();
                std::thread::sleep(Duration::from_millis(3));
            }
        });
        rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        std::thread::sleep(Duration::from_millis(20 + (rng >> 33) % 150));
        let _ = child.kill();
        let _ = child.wait();
        let _ = writer.join();
        acked += reader.join().expect("reader") as i64;
        let logged = reviews(&s);
        assert!(
            logged >= acked,
            "round {round}: {acked} answers were acknowledged but only {logged} are in the log"
        );
    }
    assert!(acked > 0, "some answers were acknowledged");
    let store =
        swelearn_store::Store::open(&s.home.path().join("data/swelearn.db")).expect("opens");
    assert_eq!(store.integrity_check().expect("check"), "ok");
}

#[test]
fn two_processes_can_study_at_once() {
    let s = Swelearn::new();
    s.run_now(&["config", "new-per-day", "200"], NOW);
    let spawn = |tag: &str| {
        s.cmd(&["review", "--tag", tag, "--limit", "15"])
            .env("SWELEARN_NOW", NOW)
            .write_stdin("\n3\n".repeat(15))
            .output()
    };
    let (a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(|| spawn("caching"));
        let b = scope.spawn(|| spawn("replication"));
        (a.join().expect("a"), b.join().expect("b"))
    });
    let (a, b) = (a.expect("a runs"), b.expect("b runs"));
    let (ea, eb) = (
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr),
    );
    assert!(a.status.success() && b.status.success(), "{ea}{eb}");
    assert!(!ea.contains("locked") && !eb.contains("locked"));
    let saved = String::from_utf8_lossy(&a.stdout)
        .matches("(saved)")
        .count()
        + String::from_utf8_lossy(&b.stdout)
            .matches("(saved)")
            .count();
    assert_eq!(reviews(&s), saved as i64);
}

#[test]
fn two_sessions_answering_the_same_cards_keep_log_and_schedule_in_step() {
    let s = Swelearn::new();
    s.run_now(&["config", "new-per-day", "200"], NOW);
    // Both sessions start together on the same topic, so both queue the same new cards; each
    // answers every card (Again once in a while, so cards come round again).
    let answers: String = (0..40)
        .map(|i| if i % 7 == 3 { "\n1\n" } else { "\n3\n" })
        .collect();
    for round in 0..3 {
        let now = (1_800_000_000 + round * 86_400).to_string();
        let spawn = || {
            s.cmd(&["review", "--topic", "database-replication", "--limit", "12"])
                .env("SWELEARN_NOW", &now)
                .write_stdin(answers.clone())
                .output()
        };
        let outputs = std::thread::scope(|scope| {
            let a = scope.spawn(spawn);
            let b = scope.spawn(spawn);
            [a.join().expect("a"), b.join().expect("b")]
        });
        for out in outputs {
            let out = out.expect("runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let db = s.home.path().join("data/swelearn.db");
    let store = swelearn_store::Store::open(&db).expect("opens");
    let mut cards = 0;
    for card in store.all_cards().expect("cards") {
        let log = store.reviews_of(&card.id).expect("log");
        if log.is_empty() {
            continue;
        }
        cards += 1;
        let state = card.state.expect("a reviewed card has a schedule");
        let firsts = log
            .iter()
            .filter(|r| r.kind == swelearn_store::ReviewKind::New)
            .count();
        assert_eq!(
            (state.reps as usize, firsts),
            (log.len(), 1),
            "card {}: reps and log rows agree, and it was introduced once",
            card.id
        );
    }
    assert!(
        cards >= 12,
        "both sessions reviewed the topic's cards ({cards})"
    );
    let check = util::schedule::check_store(&db);
    assert!(check.mismatches.is_empty(), "{:#?}", check.mismatches);
}

#[test]
fn cards_rated_today_are_not_new_tomorrow() {
    // The reported case: three cards of database-replication rated Good, then `review` a day
    // later showed the same three questions as new cards.
    let s = Swelearn::new();
    let (code, today, err) = s.feed(
        &["review", "--topic", "database-replication", "--limit", "3"],
        NOW,
        &"\n3\n".repeat(3),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(today.matches("(saved)").count(), 3, "{today}");
    let questions = |out: &str| -> Vec<String> {
        out.lines()
            .filter_map(|l| l.strip_prefix("Q: "))
            .map(str::to_owned)
            .collect()
    };
    let learned = questions(&today);
    assert_eq!(learned.len(), 3);
    let (code, tomorrow, err) = s.feed(
        &["review", "--topic", "database-replication", "--limit", "3"],
        "1800086400",
        &"\n3\n".repeat(3),
    );
    assert_eq!(code, 0, "{err}");
    for q in questions(&tomorrow) {
        assert!(
            !learned.contains(&q),
            "a card learned yesterday came back as new: {q}\n{tomorrow}"
        );
    }
    assert_eq!(
        tomorrow.matches("· new card").count(),
        3,
        "the topic's next cards are introduced: {tomorrow}"
    );
    // Two days on, the three learned cards (Good: 2 days) are due, as reviews.
    let (_, later, _) = s.feed(
        &["review", "--topic", "database-replication", "--limit", "3"],
        "1800172800",
        &"\n3\n".repeat(3),
    );
    let again = questions(&later);
    assert_eq!(again.len(), 3, "{later}");
    assert!(again.iter().all(|q| learned.contains(q)), "{later}");
    assert_eq!(later.matches("· review").count(), 3, "{later}");
}

#[test]
fn study_days_begin_at_local_midnight() {
    // India is UTC+5:30: 18:00 UTC is 23:30 there, 19:00 UTC is half past midnight, a new day
    // with new cards, although in UTC it is the same day.
    let s = Swelearn::new();
    s.run_now(&["config", "new-per-day", "2"], NOW);
    let evening = 1_799_971_200 + 18 * 3600;
    let run = |at: i64, tz: &str| {
        let out = s
            .cmd(&["review"])
            .env("SWELEARN_NOW", at.to_string())
            .env("TZ", tz)
            .write_stdin("\n3\n".repeat(4))
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout)
            .matches("(saved)")
            .count()
    };
    assert_eq!(
        run(evening, "IST-5:30"),
        2,
        "two new cards on the first day"
    );
    assert_eq!(
        run(evening + 1740, "IST-5:30"),
        0,
        "23:59 there: the day's cards are done"
    );
    assert_eq!(run(evening + 3600, "IST-5:30"), 2, "00:30 there: a new day");
    assert_eq!(
        run(evening + 3600, "UTC"),
        0,
        "in UTC it is still the same day"
    );
    let (_, stats, _) = s.run_now(&["stats", "--json"], &(evening + 3600).to_string());
    let per_day = serde_json::from_str::<Value>(&stats).expect("json")["reviews_per_day"].clone();
    assert_eq!(
        (per_day[110].as_u64(), per_day[111].as_u64()),
        (Some(0), Some(4)),
        "in UTC all four fell on one day"
    );
    let out = s
        .cmd(&["stats", "--json"])
        .env("SWELEARN_NOW", (evening + 3600).to_string())
        .env("TZ", "IST-5:30")
        .output()
        .expect("runs");
    let per_day =
        serde_json::from_slice::<Value>(&out.stdout).expect("json")["reviews_per_day"].clone();
    assert_eq!(
        (per_day[110].as_u64(), per_day[111].as_u64()),
        (Some(2), Some(2)),
        "in India they fell on two days"
    );
}

#[test]
fn next_day_starts_at_a_chosen_hour() {
    let s = Swelearn::new();
    s.run_now(&["config", "new-per-day", "2"], NOW);
    let (code, out, err) = s.run_now(&["config", "next-day-starts-at", "4"], NOW);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "next-day-starts-at = 4\n");
    let (code, _, err) = s.run_now(&["config", "next-day-starts-at", "24"], NOW);
    assert_eq!(code, 2, "a bad setting value is a usage error");
    assert!(err.contains("0 to 23"), "{err}");
    let (_, out, _) = s.run_now(&["config"], NOW);
    assert!(out.contains("next-day-starts-at 4"), "{out}");
    let late = 1_799_971_200 + 22 * 3600; // 22:00
    let saved = |at: i64| {
        s.feed(&["review"], &at.to_string(), &"\n3\n".repeat(4))
            .1
            .matches("(saved)")
            .count()
    };
    assert_eq!(saved(late), 2);
    assert_eq!(saved(late + 5 * 3600), 0, "03:00: still the same study day");
    assert_eq!(saved(late + 6 * 3600), 2, "04:00: a new one");
}
