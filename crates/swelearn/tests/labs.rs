//! The labs from the command line: every lab's JSON, the quorum report's promised fields and
//! closed forms, N = 100, seed determinism, usage errors (exit 2) for bad parameters, the
//! read-repair simulation, the estimation drill through stdin, and series/parallel systems.

mod util;

use serde_json::Value;
use util::Swelearn;

fn json(s: &Swelearn, args: &[&str]) -> Value {
    let (code, out, err) = s.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
}

#[test]
fn quorum_json_has_the_promised_fields() {
    let s = Swelearn::new();
    let v = json(
        &s,
        &[
            "lab",
            "quorum",
            "--n",
            "3",
            "--r",
            "1",
            "--w",
            "1",
            "--profile",
            "lnkd-ssd",
            "--trials",
            "20000",
            "--seed",
            "4",
            "--json",
        ],
    );
    for key in [
        "strong",
        "overlap",
        "read_fault_tolerance",
        "write_fault_tolerance",
        "stale_probability",
        "consistent_at_commit",
        "t_consistent_999_ms",
        "read_latency_ms",
        "write_latency_ms",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for p in ["p50", "p99", "p999"] {
        assert!(v["read_latency_ms"][p].is_number() && v["write_latency_ms"][p].is_number());
    }
    assert_eq!(v["strong"], false);
    assert_eq!(
        (
            v["overlap"].as_u64(),
            v["read_fault_tolerance"].as_u64(),
            v["write_fault_tolerance"].as_u64()
        ),
        (Some(0), Some(2), Some(2))
    );
    assert!((v["stale_probability"].as_f64().expect("number") - 2.0 / 3.0).abs() < 1e-12);
    let again = json(
        &s,
        &[
            "lab", "quorum", "--n", "3", "--r", "1", "--w", "1", "--trials", "20000", "--seed",
            "4", "--json",
        ],
    );
    assert_eq!(
        v["consistent_at_commit"], again["consistent_at_commit"],
        "a seed repeats the Monte Carlo"
    );
    let exp = json(
        &s,
        &[
            "lab",
            "quorum",
            "--n",
            "5",
            "--r",
            "3",
            "--w",
            "3",
            "--profile",
            "exp",
            "--w-rate",
            "0.5",
            "--ars-rate",
            "2",
            "--trials",
            "5000",
            "--json",
        ],
    );
    assert_eq!(
        (
            exp["strong"].as_bool(),
            exp["overlap"].as_u64(),
            exp["consistent_at_commit"].as_f64()
        ),
        (Some(true), Some(1), Some(1.0))
    );
}

#[test]
fn every_lab_runs_with_json() {
    let s = Swelearn::new();
    let small: &[(&str, &[&str])] = &[
        ("read-repair", &["--scenario", "lww-skew"]),
        ("merkle", &["--keys", "2048", "--diff", "5"]),
        ("hash-ring", &["--keys", "20000"]),
        ("estimate", &["--dau", "50000000"]),
        ("availability", &["--availability", "99.99"]),
        ("bloom", &["--n", "10000", "--queries", "20000"]),
        ("rate-limit", &["--limit", "5"]),
    ];
    for (lab, extra) in small {
        let mut args = vec!["lab", lab, "--json"];
        args.extend(*extra);
        let v = json(&s, &args);
        assert!(v.is_object(), "{lab}");
    }
    let (code, out, _) = s.run(&["lab"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().filter(|l| l.starts_with("  ")).count(), 8);
    let (_, text, _) = s.run(&["lab", "bloom", "--n", "1000"]);
    assert!(
        text.contains("Topics with this lab: bloom-filters-and-sketches"),
        "{text}"
    );
}

#[track_caller]
fn usage_error(s: &Swelearn, args: &[&str], message: &str) {
    let (code, out, err) = s.run(args);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains(message), "{args:?}: {err}");
    assert!(err.contains("--help-params"), "{err}");
}

#[test]
fn bad_parameters_are_usage_errors_that_say_what_to_fix() {
    let s = Swelearn::new();
    usage_error(
        &s,
        &["lab", "quorum", "--n", "200"],
        "--n must be a whole number between 1 and 100 (found 200)",
    );
    usage_error(
        &s,
        &["lab", "quorum", "--r", "4"],
        "--r must be between 1 and N = 3 (found 4)",
    );
    usage_error(
        &s,
        &["lab", "quorum", "--n", "5", "--w", "6"],
        "--w must be between 1 and N = 5 (found 6)",
    );
    usage_error(
        &s,
        &["lab", "quorum", "--profile", "floppy"],
        "--profile must be one of lnkd-ssd, lnkd-disk, ymmr, wan, exp (found \"floppy\")",
    );
    usage_error(
        &s,
        &["lab", "quorum", "--trials", "lots"],
        "--trials must be a number (found \"lots\")",
    );
    usage_error(&s, &["lab", "quorum", "--k"], "--k needs a value");
    usage_error(
        &s,
        &["lab", "bloom", "--frob", "1"],
        "the bloom lab has no parameter --frob",
    );
    usage_error(
        &s,
        &["lab", "availability", "--availability", "100"],
        "--availability must be between 50 and 99.99999 (found 100)",
    );
    usage_error(
        &s,
        &["lab", "rate-limit", "--base", "100000", "--seconds", "3600"],
        "at most 20,000,000 are simulated",
    );
    usage_error(
        &s,
        &["lab", "availability", "--system", "99.9 >"],
        "--system",
    );
    let (code, _, err) = s.run(&["lab", "warp"]);
    assert_eq!(code, 1, "an unknown lab is a user error: {err}");
    assert!(err.contains("no lab is called \"warp\""), "{err}");
    let (code, out, _) = s.run(&["lab", "quorum", "--help-params"]);
    assert_eq!(code, 0);
    assert!(out.contains("--w-rate"), "{out}");
    assert!(out.contains("[default 3, 1 to 100]"), "{out}");
}

#[test]
fn the_papers_k_staleness_example_runs_with_a_hundred_replicas() {
    let s = Swelearn::new();
    let v = json(
        &s,
        &[
            "lab", "quorum", "--n", "100", "--r", "30", "--w", "30", "--trials", "2000", "--json",
        ],
    );
    let direct: f64 = (0..30)
        .map(|i| f64::from(70 - i) / f64::from(100 - i))
        .product();
    let p = v["stale_probability"].as_f64().expect("number");
    assert!((p - direct).abs() <= 1e-12 * direct, "{p} vs {direct}");
    assert_eq!(v["strong"], false);
    assert_eq!(v["lab"], "quorum");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["params"]["n"], 100.0);
    assert_eq!(v["params"]["profile"], "lnkd-ssd");
    let (_, text, _) = s.run(&[
        "lab", "quorum", "--n", "100", "--r", "30", "--w", "30", "--trials", "2000",
    ]);
    assert!(text.contains("probability 1.88"), "{text}");
    assert!(
        text.contains("WWWWWWWWWW WWWWWWWWWW WWWWWWWWWW .........."),
        "{text}"
    );
}

#[test]
fn the_wan_profile_is_the_papers_experiment() {
    let s = Swelearn::new();
    let v = json(
        &s,
        &[
            "lab",
            "quorum",
            "--profile",
            "wan",
            "--trials",
            "20000",
            "--json",
        ],
    );
    let at_commit = v["consistent_at_commit"].as_f64().expect("number");
    assert!((0.28..0.42).contains(&at_commit), "{at_commit}");
    assert!(
        v["scenario"]
            .as_str()
            .is_some_and(|d| d.contains("each replica in its own datacenter")),
        "{}",
        v["scenario"]
    );
}

#[test]
fn read_repair_is_simulated_with_version_vectors() {
    let s = Swelearn::new();
    let v = json(
        &s,
        &[
            "lab",
            "read-repair",
            "--scenario",
            "version-vectors",
            "--n",
            "3",
            "--w",
            "2",
            "--r",
            "2",
            "--json",
        ],
    );
    let steps = v["steps"].as_array().expect("steps");
    assert_eq!(v["total_steps"], steps.len());
    assert!(
        steps[2]["replicas"]
            .as_array()
            .expect("replicas")
            .iter()
            .any(|r| r == "r2: cart=[book] {r1:2} | cart=[pen] {r1:1, r2:1}"),
        "{}",
        steps[2]
    );
    assert_eq!(v["converged"], false, "r3 never saw A's write or the merge");
    // W = 1 and R = 1: the write reaches one replica and the read misses it.
    let (_, text, _) = s.run(&[
        "lab",
        "read-repair",
        "--scenario",
        "no-handoff",
        "--w",
        "1",
        "--r",
        "1",
    ]);
    assert!(text.contains("r2, r3 miss it"), "{text}");
    assert!(text.contains("The read misses v2"), "{text}");
    let (_, one_step, _) = s.run(&["lab", "read-repair", "--step", "1"]);
    assert!(one_step.contains("step 1 of 5"), "{one_step}");
}

#[test]
fn availability_systems_and_estimation_drills() {
    let s = Swelearn::new();
    let v = json(
        &s,
        &[
            "lab",
            "availability",
            "--system",
            "99.99 > (99.9 | 99.9) > 99.95",
            "--json",
        ],
    );
    let expected = 0.9999 * (1.0 - 0.001f64.powi(2)) * 0.9995 * 100.0;
    assert!((v["availability_percent"].as_f64().expect("number") - expected).abs() < 1e-9);
    let out = s
        .cmd(&["lab", "estimate", "--drill", "--count", "2", "--seed", "3"])
        .write_stdin("lots\n1k\n5\n")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("[1/2]") && text.contains("[2/2]"), "{text}");
    assert!(text.contains("Type a number"), "{text}");
    assert!(text.contains("The answer is about"), "{text}");
    assert!(text.contains("within 25%"), "{text}");
}
