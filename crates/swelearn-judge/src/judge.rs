//! The judge: plans a run's tests with their limits, compiles, runs the small cases as batches
//! and each large case in its own process, and turns what happened into verdicts, reported one
//! by one as they finish.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use swelearn_core::problem::harness;
use swelearn_core::problem::{Case, CaseKind, Input, Lang, Problem, Value};
use swelearn_problems::Builtin;

use crate::JudgeError;
use crate::check;
use crate::compile::{self, Compiled};
use crate::config::Config;
use crate::limits::{self, Large};
use crate::recipe::{self, Memory};
use crate::run::{self, Flow, Setup, Stopped};
use crate::toolchain::{self, Status, Toolchain};
use crate::verdict::{CompileInfo, Mode, Progress, Report, TestResult, Verdict};

/// The offline judge. Keeps what it found out for the session: toolchains and the large cases'
/// calibration.
pub struct Judge {
    config: Config,
    toolchains: Mutex<HashMap<Lang, Toolchain>>,
    calibrated: Mutex<HashMap<String, Arc<Vec<Large>>>>,
}

/// What to judge.
#[derive(Debug, Clone, Copy)]
pub struct Submission<'a> {
    pub problem: &'a Problem,
    /// The problem's built-in reference (bundled problems): it gives the large cases, their
    /// expected outputs and time limits, and the expected output of your own cases.
    pub builtin: Option<&'a Builtin>,
    pub lang: Lang,
    /// The solution file.
    pub source: &'a Path,
    /// `Mode::Test` runs the examples and `extra`, all of them; `Mode::Submit` runs the
    /// examples, the hidden cases and the large ones, stopping at the first failure.
    pub mode: Mode,
    /// Your own cases (`CaseKind::Mine`), run in `Mode::Test`.
    pub extra: &'a [Case],
}

/// One test to run.
struct Planned<'a> {
    kind: CaseKind,
    number: usize,
    note: &'a str,
    input: &'a Input,
    expected: Option<Value>,
    limit: Duration,
    large: bool,
}

/// What a run builds up.
struct Run<'a, 'p> {
    problem: &'a Problem,
    lang: Lang,
    builtin: Option<&'a Builtin>,
    plan: &'a [Planned<'a>],
    setup: Setup<'a>,
    results: Vec<Option<TestResult>>,
    on_progress: &'p mut dyn FnMut(&Progress),
}

impl Judge {
    pub fn new(config: Config) -> Judge {
        Judge {
            config,
            toolchains: Mutex::new(HashMap::new()),
            calibrated: Mutex::new(HashMap::new()),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Every language's toolchain, found or not, with its version and how to install it.
    pub fn doctor(&self) -> Vec<Status> {
        toolchain::doctor(&self.config.commands)
    }

    /// A language's toolchain, or an error naming the missing command and how to install it.
    pub fn toolchain(&self, lang: Lang) -> Result<Toolchain, JudgeError> {
        let mut known = self
            .toolchains
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(t) = known.get(&lang) {
            return Ok(t.clone());
        }
        let t = toolchain::detect(lang, &self.config.commands).map_err(|m| {
            let install = toolchain::install(lang);
            JudgeError::MissingToolchain {
                lang,
                command: m.command,
                reason: m.reason,
                debian: install.debian,
                macos: install.macos,
            }
        })?;
        known.insert(lang, t.clone());
        Ok(t)
    }

    /// A problem's large cases with their expected outputs and reference times (computed once
    /// per session).
    pub fn large_cases(
        &self,
        problem: &Problem,
        builtin: &Builtin,
    ) -> Result<Arc<Vec<Large>>, JudgeError> {
        let key = problem.id.clone();
        if let Some(l) = self
            .calibrated
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&key)
        {
            return Ok(l.clone());
        }
        let large =
            Arc::new(
                limits::calibrate(*builtin).map_err(|message| JudgeError::Reference {
                    problem: problem.id.clone(),
                    message,
                })?,
            );
        self.calibrated
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key, large.clone());
        Ok(large)
    }

    /// Judges a submission (see [`Submission`]). `on_progress` hears of each step and of each
    /// test as it finishes. A compile error is a report, not an error; errors are what stops
    /// judging altogether (a missing toolchain, an unreadable file).
    pub fn run(
        &self,
        submission: &Submission,
        on_progress: &mut dyn FnMut(&Progress),
    ) -> Result<Report, JudgeError> {
        let Submission {
            problem,
            builtin,
            lang,
            source,
            mode,
            extra,
        } = *submission;
        if !problem.languages.contains(&lang) {
            return Err(JudgeError::Unsupported {
                problem: problem.id.clone(),
                lang,
            });
        }
        let tool = self.toolchain(lang)?;
        let text = std::fs::read(source).map_err(|e| JudgeError::Io {
            path: source.to_owned(),
            message: e.to_string(),
        })?;
        let harness = harness::harness(lang, &problem.signature);
        on_progress(&Progress::Compiling);
        let built = compile::build(&self.config, &tool, &harness, &text, source)?;
        let mut report = Report {
            problem: problem.id.clone(),
            lang,
            mode,
            verdict: Verdict::Accepted,
            compile: CompileInfo {
                cached: false,
                millis: 0,
                message: None,
            },
            tests: Vec::new(),
        };
        let build = match built {
            Compiled::Failed { message, duration } => {
                report.verdict = Verdict::CompileError;
                report.compile.millis = duration.as_millis() as u64;
                report.compile.message = Some(message);
                return Ok(report);
            }
            Compiled::Ok(b) => b,
        };
        report.compile.cached = build.cached;
        report.compile.millis = build.duration.as_millis() as u64;
        on_progress(&Progress::Compiled {
            cached: build.cached,
            millis: report.compile.millis,
        });

        let large = match (mode, builtin) {
            (Mode::Submit, Some(b)) => {
                on_progress(&Progress::Calibrating);
                Some(self.large_cases(problem, b)?)
            }
            _ => None,
        };
        let plan = plan(problem, builtin, lang, mode, extra, large.as_deref());
        on_progress(&Progress::Planned(
            plan.iter().map(|p| (p.kind, p.number)).collect(),
        ));

        let memory = recipe::memory(lang, u64::from(problem.memory_mb) << 20);
        let setup = Setup {
            config: &self.config,
            dir: &build.dir,
            command: recipe::run(&tool, &build.dir, &memory),
            memory,
        };
        let mut run = Run {
            problem,
            lang,
            builtin,
            plan: &plan,
            setup,
            results: vec![None; plan.len()],
            on_progress,
        };
        let stop_early = mode == Mode::Submit;
        let small: Vec<usize> = (0..plan.len()).filter(|&i| !plan[i].large).collect();
        let mut failed = run.group(&small, stop_early, source)?;
        for i in (0..plan.len()).filter(|&i| plan[i].large) {
            if failed && stop_early {
                break;
            }
            failed |= run.group(&[i], stop_early, source)?;
        }
        for i in 0..plan.len() {
            if run.results[i].is_none() {
                let skipped = run.result(i, Verdict::Skipped, String::new());
                (run.on_progress)(&Progress::Test(Box::new(skipped.clone())));
                run.results[i] = Some(skipped);
            }
        }
        report.tests = run.results.into_iter().flatten().collect();
        report.verdict = report
            .first_failure()
            .map_or(Verdict::Accepted, |t| t.verdict);
        Ok(report)
    }
}

/// The tests of a run, in order, with their expected outputs and limits.
fn plan<'a>(
    problem: &'a Problem,
    builtin: Option<&Builtin>,
    lang: Lang,
    mode: Mode,
    extra: &'a [Case],
    large: Option<&'a Vec<Large>>,
) -> Vec<Planned<'a>> {
    let small = limits::small(lang, problem, builtin.is_some());
    let stored = |c: &'a Case| Planned {
        kind: c.kind,
        number: c.number,
        note: &c.note,
        input: &c.input,
        expected: c.expected.clone(),
        limit: small,
        large: false,
    };
    let mut plan: Vec<Planned> = problem.examples.iter().map(stored).collect();
    match mode {
        Mode::Test => {
            plan.extend(extra.iter().map(|c| Planned {
                // Your own case without an expected output is checked against the reference.
                expected: c.expected.clone().or_else(|| {
                    builtin.and_then(|b| limits::reference_output(*b, c.input.clone()))
                }),
                ..stored(c)
            }));
        }
        Mode::Submit => {
            plan.extend(problem.tests.iter().map(stored));
            for (i, l) in large.into_iter().flatten().enumerate() {
                plan.push(Planned {
                    kind: CaseKind::Large,
                    number: i + 1,
                    note: "",
                    input: &l.input,
                    expected: Some(l.expected.clone()),
                    limit: limits::large(lang, problem, l.reference),
                    large: true,
                });
            }
        }
    }
    plan
}

impl Run<'_, '_> {
    fn result(&self, i: usize, verdict: Verdict, message: String) -> TestResult {
        let p = &self.plan[i];
        TestResult {
            kind: p.kind,
            number: p.number,
            verdict,
            time_ms: None,
            limit_ms: p.limit.as_millis() as u64,
            memory_kb: None,
            note: p.note.to_owned(),
            message,
            mismatch: None,
            output: None,
            printed: String::new(),
            stderr: String::new(),
        }
    }

    fn store(&mut self, i: usize, t: TestResult) {
        (self.on_progress)(&Progress::Test(Box::new(t.clone())));
        self.results[i] = Some(t);
    }

    fn memory(&self) -> &Memory {
        &self.setup.memory
    }

    /// Runs the planned tests `indexes` in one process (restarting after a crash unless
    /// `stop_early`); returns whether any failed.
    fn group(
        &mut self,
        indexes: &[usize],
        stop_early: bool,
        source: &Path,
    ) -> Result<bool, JudgeError> {
        let mut pending: Vec<usize> = indexes.to_vec();
        let mut failed = false;
        while !pending.is_empty() {
            let inputs: Vec<&Input> = pending.iter().map(|&i| self.plan[i].input).collect();
            let limits: Vec<Duration> = pending.iter().map(|&i| self.plan[i].limit).collect();
            let mut done: Vec<(usize, TestResult)> = Vec::new();
            let last = pending.len() - 1;
            let end = {
                let problem = self.problem;
                let builtin = self.builtin;
                let plan = self.plan;
                let pending = &pending;
                let on_progress = &mut *self.on_progress;
                let mut on_return = |k: usize, r: run::Returned| -> Flow {
                    let i = pending[k];
                    let p = &plan[i];
                    let j = check::returned(problem, builtin, p.input, p.expected.as_ref(), &r);
                    let time = Duration::from_nanos(r.nanos);
                    let (verdict, message) = if time > p.limit && j.verdict.passed() {
                        (
                            Verdict::TimeLimitExceeded,
                            format!(
                                "took {} ms (the limit is {} ms)",
                                time.as_millis(),
                                p.limit.as_millis()
                            ),
                        )
                    } else {
                        (j.verdict, j.message)
                    };
                    let t = TestResult {
                        kind: p.kind,
                        number: p.number,
                        verdict,
                        time_ms: Some(r.nanos as f64 / 1e6),
                        limit_ms: p.limit.as_millis() as u64,
                        memory_kb: None,
                        note: p.note.to_owned(),
                        message,
                        mismatch: j.mismatch,
                        output: j.output,
                        printed: swelearn_core::sanitize::strip_controls(&r.printed).0,
                        stderr: String::new(),
                    };
                    let passed = t.verdict.passed();
                    // The batch's last test waits for the process to end: a crash on the way
                    // out or a peak over the memory limit still belongs to it.
                    if k != last {
                        on_progress(&Progress::Test(Box::new(t.clone())));
                    }
                    done.push((k, t));
                    if stop_early && !passed {
                        Flow::Stop
                    } else {
                        Flow::Continue
                    }
                };
                run::batch(
                    &self.setup,
                    &self.problem.signature,
                    &inputs,
                    &limits,
                    &mut on_return,
                )?
            };
            let peak = end.outcome.as_ref().map(|o| o.peak_kb);
            let stderr = check::stderr_tail(&compile::remap(
                &end.stderr,
                self.setup.dir,
                self.lang.solution_file(),
                source,
            ));
            for (k, mut t) in done {
                t.memory_kb = peak;
                failed |= !t.verdict.passed();
                if k == last {
                    self.finish_last(&mut t, &end, &stderr);
                    failed |= !t.verdict.passed();
                    self.store(pending[k], t);
                } else {
                    self.results[pending[k]] = Some(t);
                }
            }
            if end.returned >= pending.len() || end.stopped == Some(Stopped::Asked) {
                break;
            }
            // The test in progress when the process ended.
            let i = pending[end.returned];
            let (verdict, message) = check::ended(
                &end,
                self.memory(),
                self.plan[i].limit,
                self.setup.config.budgets.startup,
            );
            let mut t = self.result(i, verdict, message);
            t.time_ms = Some(end.running_for.as_secs_f64() * 1e3);
            t.memory_kb = peak;
            t.printed = swelearn_core::sanitize::strip_controls(&end.printed).0;
            if verdict == Verdict::RuntimeError || verdict == Verdict::MemoryLimitExceeded {
                t.stderr.clone_from(&stderr);
            }
            self.store(i, t);
            failed = true;
            if stop_early {
                break;
            }
            pending.drain(..=end.returned);
        }
        Ok(failed)
    }

    /// A process that returned every result may still have crashed on its way out, or peaked
    /// over the memory limit: that belongs to its last test.
    fn finish_last(&self, t: &mut TestResult, end: &run::End, stderr: &str) {
        if !t.verdict.passed() {
            return;
        }
        let memory = self.memory();
        let Some(outcome) = &end.outcome else {
            if end.stopped == Some(Stopped::Lingered) {
                t.verdict = Verdict::RuntimeError;
                t.message = "the program did not exit after its last test".into();
            }
            return;
        };
        if outcome.killed_for_memory || outcome.peak_kb * 1024 >= memory.verdict_at {
            t.verdict = Verdict::MemoryLimitExceeded;
            t.message = format!(
                "peak memory {} MB passed the limit of {} MB",
                outcome.peak_kb >> 10,
                memory.verdict_at >> 20
            );
        } else if end.stopped == Some(Stopped::Lingered) {
            t.verdict = Verdict::RuntimeError;
            t.message = "the program did not exit after its last test".into();
        } else if outcome.exit_code != Some(0) {
            let (_, why) = check::ended(end, memory, Duration::ZERO, Duration::ZERO);
            t.verdict = Verdict::RuntimeError;
            t.message = format!("after returning, the program {why}");
            stderr.clone_into(&mut t.stderr);
        }
    }
}
