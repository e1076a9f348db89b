//! Authoring aid: prints a bundled problem's large cases as `tests.jsonl` lines (with the
//! reference's output), and on stderr the reference's fastest time on each and the Python time
//! limit it implies, so a problem's author can size the cases and check the Python reference.
//!
//! `cargo run -q -p swelearn-problems --example dump_large -- PROBLEM [> large.jsonl]`

use std::io::Write as _;

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: dump_large PROBLEM");
        std::process::exit(2);
    };
    let Some(b) = swelearn_problems::get(&folder) else {
        eprintln!("no bundled problem `{folder}`");
        std::process::exit(1);
    };
    let Some(builtin) = b.builtin else {
        eprintln!("`{folder}` has no builtin.rs");
        std::process::exit(1);
    };
    let text = String::from_utf8_lossy(b.file("problem.md").unwrap_or_default()).into_owned();
    let factor = text
        .lines()
        .find_map(|l| l.strip_prefix("time_factor:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or(swelearn_core::problem::DEFAULT_TIME_FACTOR);
    let handle = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut out = std::io::stdout().lock();
            for (i, input) in swelearn_problems::large_cases(&builtin).iter().enumerate() {
                let mut best = f64::MAX;
                let mut result = None;
                for _ in 0..3 {
                    let r = (builtin.run)(input);
                    if let Ok(ran) = &r {
                        best = best.min(ran.elapsed.as_secs_f64());
                    }
                    result = Some(r);
                }
                let result = result
                    .and_then(Result::ok)
                    .map_or(swelearn_core::problem::Value::Null, |r| r.value);
                let python =
                    (best * factor * swelearn_core::problem::Lang::Python.speed_factor()).max(2.0);
                eprintln!(
                    "large {}: reference {:.2} ms; limits: Rust/C++ {:.2} s, Python {:.2} s",
                    i + 1,
                    best * 1000.0,
                    (best * factor * 1.5).max(1.0),
                    python
                );
                let line = serde_line(&input.to_value(), &result);
                let _ = writeln!(out, "{line}");
            }
        })
        .expect("thread");
    let _ = handle.join();
}

fn serde_line(
    input: &swelearn_core::problem::Value,
    out: &swelearn_core::problem::Value,
) -> String {
    format!("{{\"in\": {input}, \"out\": {out}, \"note\": \"large\"}}")
}
