//! The labs from the command line: every lab's JSON, the quorum report's promised fields and
//! closed forms, seed determinism, errors for bad parameters, the estimation drill through
//! stdin, and series/parallel systems.

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

#[test]
fn bad_parameters_say_what_to_fix() {
    let s = Swelearn::new();
    let (code, _, err) = s.run(&["lab", "quorum", "--n", "20"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("--n must be between 1 and 15 (found 20)"),
        "{err}"
    );
    let (_, _, err) = s.run(&["lab", "quorum", "--r", "4"]);
    assert!(err.contains("R and W must be between 1 and N = 3"), "{err}");
    let (_, _, err) = s.run(&["lab", "quorum", "--profile", "floppy"]);
    assert!(
        err.contains("--profile must be one of lnkd-ssd, lnkd-disk, ymmr, wan, exp"),
        "{err}"
    );
    let (_, _, err) = s.run(&["lab", "warp"]);
    assert!(err.contains("no lab is called \"warp\""), "{err}");
    let (code, out, _) = s.run(&["lab", "quorum", "--help-params"]);
    assert_eq!(code, 0);
    assert!(out.contains("--w-rate"), "{out}");
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
