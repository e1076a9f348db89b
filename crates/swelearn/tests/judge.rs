//! The judge end to end, with the `swelearn` binary as its sandbox launcher and the real
//! toolchains: every verdict in every language (accepted, wrong, crashing, looping, sleeping,
//! memory-hungry, non-compiling, flooding, recursing without end), class and function problems,
//! the sample problems' references and naive solutions, every signature type through every
//! harness, every starter compiling, and the compile cache. A language whose toolchain is
//! missing is skipped with the reason printed.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, PoisonError, RwLock};

use swelearn_core::problem::parse::{File, parse_problem};
use swelearn_core::problem::{Case, CaseKind, Lang, Problem, harness};
use swelearn_judge::{Config, Judge, Launcher, Mode, Progress, Report, Submission, Verdict};
use swelearn_problems::{BUNDLED, Builtin};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/judge");

/// Verdicts depend on the time a solution gets: the whole problem set (four judging threads)
/// never runs beside the tests whose solutions must reach a limit first, so that on two cores a
/// memory-hungry solution is not starved into a time limit. Those tests share the lane; the
/// problem set takes it alone.
static LANE: RwLock<()> = RwLock::new(());

fn config(cache: &Path) -> Config {
    let mut c = Config::new(cache, Launcher::swelearn(env!("CARGO_BIN_EXE_swelearn")));
    // A flood is caught sooner with a smaller budget; the verdict is the same.
    c.budgets.stdout_bytes = 8 << 20;
    c
}

/// One judge for the whole file, its cache under the target folder (kept between runs).
fn judge() -> &'static Judge {
    static JUDGE: OnceLock<Judge> = OnceLock::new();
    JUDGE.get_or_init(|| {
        Judge::new(config(
            &Path::new(env!("CARGO_TARGET_TMPDIR")).join("judge-cache"),
        ))
    })
}

/// Whether `lang` can be tested here; prints why not.
fn available(lang: Lang) -> bool {
    match judge().toolchain(lang) {
        Ok(_) => true,
        Err(e) => {
            // Straight to stderr, past the test harness's capture: a skip is never silent.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: the {} judge tests: {e}",
                lang.title()
            );
            false
        }
    }
}

fn ext(lang: Lang) -> &'static str {
    match lang {
        Lang::Python => "py",
        Lang::Rust => "rs",
        Lang::Cpp => "cpp",
        Lang::Java => "java",
        Lang::JavaScript => "js",
        Lang::Go => "go",
    }
}

fn parse(md: &[u8], tests: Option<&[u8]>, folder: &str) -> Problem {
    let parsed = parse_problem(
        File {
            path: "problem.md",
            bytes: md,
        },
        tests.map(|bytes| File {
            path: "tests.jsonl",
            bytes,
        }),
        folder,
    );
    let errors: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{folder}: {}", errors.join("\n"));
    parsed.problem.expect("parses")
}

fn bundled(folder: &str) -> (Problem, Option<Builtin>) {
    let b = BUNDLED
        .iter()
        .find(|b| b.folder == folder)
        .expect("bundled problem");
    (
        parse(b.file("problem.md").unwrap(), b.file("tests.jsonl"), folder),
        b.builtin,
    )
}

fn fixture_problem(folder: &str) -> Problem {
    let dir = Path::new(FIXTURES).join("problems").join(folder);
    let md = std::fs::read(dir.join("problem.md")).unwrap();
    let tests = std::fs::read(dir.join("tests.jsonl")).unwrap();
    parse(&md, Some(&tests), folder)
}

fn fixture(dir: &str, name: &str, lang: Lang) -> PathBuf {
    Path::new(FIXTURES)
        .join(dir)
        .join(format!("{name}.{}", ext(lang)))
}

/// A one-line summary of every test, for assertion messages.
fn summary(r: &Report) -> String {
    let mut s = format!("overall {:?}", r.verdict);
    if let Some(m) = &r.compile.message {
        let _ = write!(s, "\ncompile: {m}");
    }
    for t in &r.tests {
        let _ = write!(
            s,
            "\n  {} {:?} {:?} ms / {} ms: {} {}",
            t.label(),
            t.verdict,
            t.time_ms,
            t.limit_ms,
            t.message,
            t.stderr
        );
    }
    s
}

fn submission<'a>(
    problem: &'a Problem,
    builtin: Option<&'a Builtin>,
    lang: Lang,
    source: &'a Path,
    mode: Mode,
    extra: &'a [Case],
) -> Submission<'a> {
    Submission {
        problem,
        builtin,
        lang,
        source,
        mode,
        extra,
    }
}

fn judge_file(
    problem: &Problem,
    builtin: Option<&Builtin>,
    lang: Lang,
    path: &Path,
    mode: Mode,
) -> Report {
    judge()
        .run(
            &submission(problem, builtin, lang, path, mode, &[]),
            &mut |_| {},
        )
        .unwrap_or_else(|e| panic!("{lang} {}: {e}", path.display()))
}

/// Judges a fixture solution of a bundled problem and checks the overall verdict.
#[track_caller]
fn expect(folder: &str, dir: &str, name: &str, lang: Lang, mode: Mode, want: Verdict) -> Report {
    let (problem, builtin) = bundled(folder);
    let path = fixture(dir, name, lang);
    let r = judge_file(&problem, builtin.as_ref(), lang, &path, mode);
    assert_eq!(r.verdict, want, "{lang} {name}: {}", summary(&r));
    r
}

/// The compile error's line in each fixture, as each compiler writes a file and line.
fn compile_error_place(lang: Lang, path: &Path) -> String {
    let p = path.display();
    match lang {
        Lang::Python => format!("\"{p}\", line 3"),
        Lang::Rust | Lang::Java | Lang::JavaScript => format!("{p}:3"),
        Lang::Cpp => format!("{p}:7:"),
        Lang::Go => format!("{p}:4:"),
    }
}

fn verdicts(lang: Lang) {
    if !available(lang) {
        return;
    }
    let _lane = LANE.read().unwrap_or_else(PoisonError::into_inner);
    let pair = "pair-with-target-sum";

    // Accepted on every test, the large ones included; what it printed is kept with each test.
    let r = expect(
        pair,
        "pair",
        "accepted",
        lang,
        Mode::Submit,
        Verdict::Accepted,
    );
    assert!(r.tests.iter().all(|t| t.verdict == Verdict::Accepted));
    assert_eq!(
        r.tests.iter().filter(|t| t.kind == CaseKind::Large).count(),
        2
    );
    let first = &r.tests[0];
    assert!(
        first.printed.contains("debug: searching 5"),
        "{lang}: {first:?}"
    );
    assert!(first.time_ms.is_some() && first.memory_kb.is_some_and(|kb| kb > 0));
    assert!(
        r.tests
            .iter()
            .all(|t| t.time_ms.unwrap() <= t.limit_ms as f64)
    );

    // Wrong Answer with the input, both outputs and the first difference.
    let r = expect(
        pair,
        "pair",
        "wrong",
        lang,
        Mode::Test,
        Verdict::WrongAnswer,
    );
    let m = r.tests[0].mismatch.as_ref().expect("a mismatch");
    assert_eq!(m.input, "nums = [1,2,3,4,6], target = 6");
    assert_eq!((m.expected.as_str(), m.got.as_str()), ("[1,3]", "[1,4]"));
    assert_eq!(m.difference, "at [1]: expected 3, got 4");
    assert_eq!((m.expected_at, m.got_at), (3, 3));

    // A crash is a Runtime Error with the exit status and the end of stderr; in test mode the
    // judge starts again for the remaining cases, so both examples report it.
    let r = expect(
        pair,
        "pair",
        "crash",
        lang,
        Mode::Test,
        Verdict::RuntimeError,
    );
    assert_eq!(r.tests.len(), 2);
    for t in &r.tests {
        assert_eq!(t.verdict, Verdict::RuntimeError, "{lang}: {}", summary(&r));
        assert!(t.stderr.contains("boom"), "{lang}: {}", summary(&r));
        assert!(
            t.message.starts_with("exited with code") || t.message.starts_with("killed by signal"),
            "{lang}: {}",
            t.message
        );
    }

    // A loop and a sleep are stopped: time is enforced on the wall clock, not only the CPU.
    for name in ["loop", "sleep"] {
        let r = expect(
            pair,
            "pair",
            name,
            lang,
            Mode::Submit,
            Verdict::TimeLimitExceeded,
        );
        let t = &r.tests[0];
        assert!(
            t.message.starts_with("stopped after"),
            "{lang} {name}: {}",
            t.message
        );
        assert!(t.time_ms.unwrap() >= t.limit_ms as f64);
        assert!(r.tests[1..].iter().all(|t| t.verdict == Verdict::Skipped));
    }

    expect(
        pair,
        "pair",
        "memory",
        lang,
        Mode::Submit,
        Verdict::MemoryLimitExceeded,
    );

    // A compile error keeps the compiler's message, pointing at the user's file and line.
    let r = expect(
        pair,
        "pair",
        "compile_error",
        lang,
        Mode::Test,
        Verdict::CompileError,
    );
    let path = fixture("pair", "compile_error", lang);
    let message = r.compile.message.as_deref().unwrap_or_default();
    let place = compile_error_place(lang, &path);
    assert!(
        message.contains(&place),
        "{lang}: `{place}` not in:\n{message}"
    );
    assert!(r.tests.is_empty());

    let r = expect(
        pair,
        "pair",
        "flood",
        lang,
        Mode::Test,
        Verdict::OutputLimitExceeded,
    );
    assert!(r.tests[0].printed.contains("spam"));

    // A recursion without end is a stack overflow. Python takes a second or more to reach its
    // limit of 10^6 frames, so this runs without the built-in reference: the limit then comes
    // from the problem's `time_limit_ms`, long enough on a loaded machine.
    let (problem, _) = bundled(pair);
    let path = fixture("pair", "stack", lang);
    let r = judge_file(&problem, None, lang, &path, Mode::Submit);
    assert_eq!(r.verdict, Verdict::RuntimeError, "{lang}: {}", summary(&r));
    assert!(
        r.tests[0].message.contains("stack overflow"),
        "{lang}: {}",
        summary(&r)
    );

    // Recursion 200,000 calls deep is fine.
    expect(pair, "pair", "deep", lang, Mode::Submit, Verdict::Accepted);

    // A class problem: constructor and methods replayed call by call.
    expect(
        "lru-cache",
        "lru",
        "accepted",
        lang,
        Mode::Submit,
        Verdict::Accepted,
    );
    let r = expect(
        "lru-cache",
        "lru",
        "wrong",
        lang,
        Mode::Test,
        Verdict::WrongAnswer,
    );
    let m = r.tests[0].mismatch.as_ref().unwrap();
    assert_eq!(m.difference, "at [5]: expected -1, got 2");
}

#[test]
fn python_verdicts() {
    verdicts(Lang::Python);
}

#[test]
fn rust_verdicts() {
    verdicts(Lang::Rust);
}

#[test]
fn cpp_verdicts() {
    verdicts(Lang::Cpp);
}

#[test]
fn java_verdicts() {
    verdicts(Lang::Java);
}

#[test]
fn javascript_verdicts() {
    verdicts(Lang::JavaScript);
}

#[test]
fn go_verdicts() {
    verdicts(Lang::Go);
}

#[test]
fn a_result_of_the_wrong_type_is_a_wrong_answer_that_says_so() {
    for (lang, what) in [
        (Lang::Python, "expected int[], found None"),
        (Lang::JavaScript, "expected int[], found undefined"),
    ] {
        if !available(lang) {
            continue;
        }
        let r = expect(
            "pair-with-target-sum",
            "pair",
            "none",
            lang,
            Mode::Test,
            Verdict::WrongAnswer,
        );
        assert!(r.tests[0].message.contains(what), "{}", summary(&r));
    }
}

#[test]
fn every_type_goes_through_every_harness() {
    let zoo = fixture_problem("type-zoo");
    let args = fixture_problem("all-args");
    for &lang in Lang::ALL {
        if !available(lang) {
            continue;
        }
        for (problem, name) in [(&zoo, "type-zoo"), (&args, "all-args")] {
            let path = fixture("zoo", name, lang);
            let r = judge_file(problem, None, lang, &path, Mode::Submit);
            assert_eq!(
                r.verdict,
                Verdict::Accepted,
                "{lang} {name}: {}",
                summary(&r)
            );
            assert_eq!(r.tests.len(), problem.examples.len() + problem.tests.len());
        }
    }
}

#[test]
fn every_starter_compiles_with_its_harness() {
    let _lane = LANE.read().unwrap_or_else(PoisonError::into_inner);
    let problems = [
        bundled("pair-with-target-sum").0,
        bundled("lru-cache").0,
        fixture_problem("type-zoo"),
        fixture_problem("all-args"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for &lang in Lang::ALL {
        if !available(lang) {
            continue;
        }
        for p in &problems {
            let path = dir
                .path()
                .join(format!("{}-{}", p.id, lang.solution_file()));
            std::fs::write(&path, harness::starter(lang, p)).unwrap();
            let r = judge_file(p, None, lang, &path, Mode::Test);
            assert_ne!(
                r.verdict,
                Verdict::CompileError,
                "{lang} {}: {}",
                p.id,
                summary(&r)
            );
            assert!(!r.tests.is_empty(), "{lang} {}", p.id);
        }
    }
}

/// What judging one bundled problem found: problems (empty when all is well) and figures.
#[derive(Default)]
struct SetResult {
    failures: Vec<String>,
    hidden: usize,
    large: usize,
    naive: bool,
    naive_separated: bool,
}

fn judge_bundled(b: &swelearn_problems::Bundled) -> SetResult {
    let folder = b.folder;
    let (problem, builtin) = bundled(folder);
    let mut out = SetResult {
        hidden: problem.tests.len(),
        ..SetResult::default()
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../problems")
        .join(folder);
    for (file, lang) in [("solution.py", Lang::Python), ("solution.rs", Lang::Rust)] {
        if !available(lang) {
            continue;
        }
        let r = judge_file(
            &problem,
            builtin.as_ref(),
            lang,
            &dir.join(file),
            Mode::Submit,
        );
        out.large = r.tests.iter().filter(|t| t.kind == CaseKind::Large).count();
        if r.verdict != Verdict::Accepted || out.large == 0 {
            out.failures
                .push(format!("{folder} {file}: {}", summary(&r)));
        }
    }
    if dir.join("naive.py").is_file() && available(Lang::Python) {
        out.naive = true;
        let r = judge_file(
            &problem,
            builtin.as_ref(),
            Lang::Python,
            &dir.join("naive.py"),
            Mode::Submit,
        );
        // Right on every small case, too slow on the first large one (the rest are skipped).
        let ok = r.verdict == Verdict::TimeLimitExceeded
            && r.tests.iter().all(|t| match t.kind {
                CaseKind::Large if t.number == 1 => t.verdict == Verdict::TimeLimitExceeded,
                CaseKind::Large => t.verdict == Verdict::Skipped,
                _ => t.verdict == Verdict::Accepted,
            });
        out.naive_separated = ok;
        if !ok {
            out.failures
                .push(format!("{folder} naive.py: {}", summary(&r)));
        }
    }
    out
}

/// The whole bundled problem set (or the problems named in `SWELEARN_PROBLEM_SET`): each problem's Python and Rust references are Accepted on
/// every example, hidden and large case, and each naive solution is right on the small cases
/// but exceeds the time limit on the large ones. Problems are judged on four threads: most of
/// the time is spent waiting for a naive solution to reach its limit.
#[test]
fn every_bundled_problem_is_judged_right() {
    let _lane = LANE.write().unwrap_or_else(PoisonError::into_inner);
    let start = std::time::Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    // Authors judge just their own problems with SWELEARN_PROBLEM_SET=id,id.
    let only: Option<Vec<String>> = std::env::var("SWELEARN_PROBLEM_SET")
        .ok()
        .map(|v| v.split(',').map(str::to_owned).collect());
    let only = &only;
    let results: Vec<SetResult> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(b) = BUNDLED.get(i) else { break };
                        if only
                            .as_ref()
                            .is_none_or(|o| o.iter().any(|x| x == b.folder))
                        {
                            mine.push(judge_bundled(b));
                        }
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    let failures: Vec<&String> = results.iter().flat_map(|r| &r.failures).collect();
    let _ = writeln!(
        std::io::stderr(),
        "problem set: {} problems, {} hidden cases, {} large cases, {} naive solutions of which {} \
         are separated by the large cases, judged in {:.0} s",
        results.len(),
        results.iter().map(|r| r.hidden).sum::<usize>(),
        results.iter().map(|r| r.large).sum::<usize>(),
        results.iter().filter(|r| r.naive).count(),
        results.iter().filter(|r| r.naive_separated).count(),
        start.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn progress_reports_each_test_as_it_finishes() {
    if !available(Lang::Python) {
        return;
    }
    let (problem, builtin) = bundled("pair-with-target-sum");
    let mut seen = Vec::new();
    let r = judge()
        .run(
            &submission(
                &problem,
                builtin.as_ref(),
                Lang::Python,
                &fixture("pair", "wrong", Lang::Python),
                Mode::Submit,
                &[],
            ),
            &mut |p| seen.push(p.clone()),
        )
        .unwrap();
    assert!(matches!(seen[0], Progress::Compiling));
    assert!(matches!(seen[1], Progress::Compiled { .. }));
    let planned = seen
        .iter()
        .find_map(|p| match p {
            Progress::Planned(list) => Some(list.len()),
            _ => None,
        })
        .unwrap();
    assert_eq!(planned, r.tests.len());
    let tests: Vec<_> = seen
        .iter()
        .filter_map(|p| match p {
            Progress::Test(t) => Some((**t).clone()),
            _ => None,
        })
        .collect();
    // Every test is reported once, the first failure then every skipped one.
    assert_eq!(tests.len(), r.tests.len());
    assert_eq!(tests[0].verdict, Verdict::WrongAnswer);
    assert!(tests[1..].iter().all(|t| t.verdict == Verdict::Skipped));
}

#[test]
fn own_cases_are_judged_against_the_reference() {
    if !available(Lang::Python) {
        return;
    }
    let (problem, builtin) = bundled("pair-with-target-sum");
    let mut sink = swelearn_core::diagnostic::Sink::new("mine.jsonl");
    let mine = swelearn_core::problem::parse::parse_tests(
        &problem.signature,
        "{\"in\": [[1, 5, 9], 14]}\n{\"in\": [[2, 4], 6], \"out\": [0, 1]}\n",
        CaseKind::Mine,
        &mut sink,
    );
    assert!(sink.out.is_empty());
    let r = judge()
        .run(
            &submission(
                &problem,
                builtin.as_ref(),
                Lang::Python,
                &fixture("pair", "wrong", Lang::Python),
                Mode::Test,
                &mine,
            ),
            &mut |_| {},
        )
        .unwrap();
    let yours: Vec<_> = r
        .tests
        .iter()
        .filter(|t| t.kind == CaseKind::Mine)
        .collect();
    assert_eq!(yours.len(), 2);
    let m = yours[0]
        .mismatch
        .as_ref()
        .expect("judged against the reference");
    assert_eq!((m.expected.as_str(), m.got.as_str()), ("[1,2]", "[1,3]"));

    // Without a reference, a case with no expected output is run and shown, not judged.
    let r = judge()
        .run(
            &submission(
                &problem,
                None,
                Lang::Python,
                &fixture("pair", "wrong", Lang::Python),
                Mode::Test,
                &mine[..1],
            ),
            &mut |_| {},
        )
        .unwrap();
    let t = r.tests.last().unwrap();
    assert_eq!(t.verdict, Verdict::Ran);
    assert_eq!(t.output.as_deref(), Some("[1,3]"));
}

#[test]
fn the_cache_skips_the_compiler_for_the_same_source() {
    if !available(Lang::Rust) {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let fresh = Judge::new(config(cache.path()));
    let (problem, builtin) = bundled("pair-with-target-sum");
    let path = fixture("pair", "accepted", Lang::Rust);
    let run = || {
        fresh
            .run(
                &submission(
                    &problem,
                    builtin.as_ref(),
                    Lang::Rust,
                    &path,
                    Mode::Test,
                    &[],
                ),
                &mut |_| {},
            )
            .unwrap()
    };
    let first = run();
    let second = run();
    assert!(!first.compile.cached && second.compile.cached);
    assert_eq!(second.verdict, Verdict::Accepted);
    // A changed source is a new build.
    let dir = tempfile::tempdir().unwrap();
    let changed = dir.path().join("solution.rs");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&changed, text.replace("debug: searching", "debug: looking")).unwrap();
    let third = fresh
        .run(
            &submission(
                &problem,
                builtin.as_ref(),
                Lang::Rust,
                &changed,
                Mode::Test,
                &[],
            ),
            &mut |_| {},
        )
        .unwrap();
    assert!(!third.compile.cached);
    assert!(third.tests[0].printed.contains("debug: looking"));
}

#[test]
fn a_missing_toolchain_is_an_error_that_names_it() {
    let mut c = config(Path::new(env!("CARGO_TARGET_TMPDIR")));
    c.commands.go = "/nonexistent/bin/go".into();
    let j = Judge::new(c);
    let (problem, builtin) = bundled("pair-with-target-sum");
    let e = j
        .run(
            &submission(
                &problem,
                builtin.as_ref(),
                Lang::Go,
                &fixture("pair", "accepted", Lang::Go),
                Mode::Test,
                &[],
            ),
            &mut |_| {},
        )
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("Go needs `/nonexistent/bin/go`, which cannot be used")
            && e.contains("sudo apt-get install golang-go"),
        "{e}"
    );
    let go = j.doctor().into_iter().find(|s| s.lang == Lang::Go).unwrap();
    assert!(!go.found);
}
