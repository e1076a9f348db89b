//! The practice screens' effects, performed by the UI's runtime: the problem catalogue and the
//! workspace loaded once, statuses read from the store, solution files started, runs handed to
//! the judge worker, and attempts, hints and the solution recorded through the coding service
//! exactly as `swelearn code` records them. Results come back to the app as actions.

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use swelearn_core::problem::Lang;
use swelearn_judge::{Judge, Mode, Verdict};
use swelearn_store::Store;

use super::worker::{Event, Job, Worker};
use super::{PracticeAction, PracticeEffect, PracticeScreen, ProblemView};
use crate::code::{Entry, Practice, Status, listing, progress};
use crate::load::Loader;
use crate::study::{Settings, human_interval};
use crate::tui::action::Action;
use crate::tui::app::App;

/// What the practice screens keep between effects.
#[derive(Default)]
pub struct Runtime {
    practice: Option<Rc<Practice>>,
    catalog: Option<Rc<crate::code::ProblemCatalog>>,
    judge: Option<Arc<Judge>>,
    pub worker: Worker,
}

impl Runtime {
    /// The catalogue, the workspace and the `[code]` settings, read once.
    pub fn practice(&mut self, loader: &Loader) -> Result<Rc<Practice>> {
        if let Some(p) = &self.practice {
            return Ok(Rc::clone(p));
        }
        let p = Rc::new(Practice::load(loader)?);
        self.catalog = Some(Rc::new(p.catalog.clone()));
        self.practice = Some(Rc::clone(&p));
        Ok(p)
    }

    fn judge(&mut self, practice: &Practice) -> Result<Arc<Judge>> {
        if let Some(j) = &self.judge {
            return Ok(Arc::clone(j));
        }
        let j = Arc::new(practice.judge()?);
        self.judge = Some(Arc::clone(&j));
        Ok(j)
    }

    /// Every problem's row at `now` (all new without a store).
    fn rows(
        &mut self,
        loader: &Loader,
        store: Option<&Store>,
        now: i64,
    ) -> Result<Vec<listing::Row>> {
        let practice = self.practice(loader)?;
        let records = match store {
            Some(s) => progress::records(s)?,
            None => std::collections::HashMap::new(),
        };
        Ok(listing::rows(
            &practice.catalog,
            &records,
            &listing::Filter::default(),
            now,
        ))
    }

    /// Performs one effect (the editor aside: see [`Runtime::start_solution`]); returns a message
    /// for the user, if any.
    pub fn perform(
        &mut self,
        effect: PracticeEffect,
        app: &mut App,
        mut store: Option<&mut Store>,
        loader: &Loader,
        now: i64,
    ) -> Result<Option<String>> {
        match effect {
            PracticeEffect::OpenList => {
                let rows = self.rows(loader, store.as_deref(), now)?;
                let catalog = self
                    .catalog
                    .clone()
                    .context("the problems are not loaded")?;
                app.open_practice(PracticeScreen::new(catalog, rows));
            }
            PracticeEffect::RefreshList => {
                let rows = self.rows(loader, store.as_deref(), now)?;
                app.practice_rows(&rows);
            }
            PracticeEffect::OpenProblem { id } => {
                let view = self.view(&id, store.as_deref(), loader, now)?;
                app.open_problem(view);
            }
            PracticeEffect::Edit { .. } => {}
            PracticeEffect::Judge {
                id,
                lang,
                mode,
                run,
            } => {
                let practice = self.practice(loader)?;
                let entry = find(&practice, &id)?.clone();
                let judge = self.judge(&practice)?;
                let source = practice.workspace.solution(&id, lang);
                self.worker.start(Job {
                    run,
                    judge,
                    entry,
                    lang,
                    source,
                    mode,
                });
            }
            PracticeEffect::Cancel { run } => self.worker.cancel(run),
            PracticeEffect::StartCodingMock => {
                let store = store.context(NO_STORE)?;
                let screen = self.start_coding_mock(store, loader, now)?;
                app.open_mock(screen);
            }
            PracticeEffect::Hint { id, lang } => {
                let practice = self.practice(loader)?;
                let entry = find(&practice, &id)?;
                let store = store.as_deref_mut().context(NO_STORE)?;
                return Ok(match progress::next_hint(store, entry, lang, now)? {
                    Some(h) => {
                        app.update(Action::Practice(PracticeAction::HintShown(h)));
                        None
                    }
                    None => Some("This problem has no hints".to_owned()),
                });
            }
            PracticeEffect::Solution { id, lang } => {
                let practice = self.practice(loader)?;
                let entry = find(&practice, &id)?;
                let store = store.context(NO_STORE)?;
                let scheduler = Settings::load(store)?.scheduler()?;
                let recorded = progress::reveal_solution(store, &scheduler, entry, lang, now)?;
                let code = entry.reference(lang);
                app.update(Action::Practice(PracticeAction::SolutionShown {
                    lang,
                    code,
                }));
                return Ok(recorded.map(|r| {
                    format!(
                        "Solution shown: recorded as seen (rated {}; again in {})",
                        r.rating.name(),
                        human_interval(r.outcome.interval)
                    )
                }));
            }
        }
        Ok(None)
    }

    /// The view of a problem: in the language last used for it (else the configured one), with
    /// its status, the hints revealed in this round of work, and its solution file's path.
    pub fn view(
        &mut self,
        id: &str,
        store: Option<&Store>,
        loader: &Loader,
        now: i64,
    ) -> Result<ProblemView> {
        let practice = self.practice(loader)?;
        let entry = find(&practice, id)?;
        let langs = &entry.problem.languages;
        let mut lang = practice
            .workspace
            .pick_lang(id, None, None, practice.default_lang);
        if !langs.contains(&lang) {
            lang = langs.first().copied().unwrap_or(Lang::Python);
        }
        let records = match store {
            Some(s) => progress::records(s)?,
            None => std::collections::HashMap::new(),
        };
        let status = Status::of(records.get(id), now);
        let mut view = ProblemView::new(
            entry.clone(),
            lang,
            status,
            practice.workspace.solution(id, lang),
        );
        if let Some(s) = store {
            view.hints = progress::hints_shown(s, entry)?;
            view.solution_asks = progress::solution_needs_asking(s, id)?;
            view.layout();
        }
        Ok(view)
    }

    /// A coding mock begun as `mock --kind coding` begins one: the problem practised least
    /// recently, its starter written in the configured language, a round of work begun and the
    /// session stored before the clock runs.
    fn start_coding_mock(
        &mut self,
        store: &mut Store,
        loader: &Loader,
        now: i64,
    ) -> Result<crate::tui::mock::MockScreen> {
        use swelearn_core::mock::{Kind, phases};
        let practice = self.practice(loader)?;
        let entry = crate::code::mock::pick(&practice.catalog, store, fastrand::u64(..))?
            .context("no coding problems to practise")?;
        let id = entry.problem.id.clone();
        let mut lang = practice.default_lang;
        if !entry.problem.languages.contains(&lang) {
            lang = entry
                .problem
                .languages
                .first()
                .copied()
                .unwrap_or(Lang::Python);
        }
        let started = practice.workspace.start(entry, lang, false)?;
        progress::begin(store, &id, lang, now)?;
        let kind = Kind::Coding;
        let session = swelearn_store::MockSession {
            id: crate::study::new_id(),
            kind: kind.name().to_owned(),
            problem: id.clone(),
            started_at: now,
            minutes: i64::from(kind.default_minutes()),
            ended_at: None,
            timings: String::new(),
            notes: String::new(),
            score: None,
            abandoned: false,
        };
        store.save_mock(&session)?;
        let status = Status::of(progress::records(store)?.get(&id), now);
        let mut screen = crate::tui::mock::MockScreen::new(
            session.id,
            kind.name(),
            entry.problem.title.clone(),
            now,
        );
        screen.phases = phases(kind, kind.default_minutes());
        let first = screen.phases.first().map(|p| p.name).unwrap_or_default();
        screen.set_scratchpad(&format!("# {}\n\n## {first}\n", entry.problem.title));
        screen.rubric = crate::code::mock::RUBRIC
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        screen.coding = Some(Box::new(ProblemView::new(
            entry.clone(),
            lang,
            status,
            started.path().to_path_buf(),
        )));
        Ok(screen)
    }

    /// Starts the solution file of a problem in a language unless it exists (never
    /// overwriting), begins a round of work, and returns the file for the editor.
    pub fn start_solution(
        &mut self,
        id: &str,
        lang: Lang,
        store: Option<&mut Store>,
        loader: &Loader,
        now: i64,
    ) -> Result<PathBuf> {
        let practice = self.practice(loader)?;
        let entry = find(&practice, id)?;
        let started = practice.workspace.start(entry, lang, false)?;
        if let Some(store) = store {
            progress::begin(store, id, lang, now)?;
        }
        Ok(started.path().to_path_buf())
    }

    /// What the judge worker reported, as actions; a finished submission is recorded first (an
    /// attempt rescheduling the problem), a finished test run begins a round of work, as on the
    /// command line.
    pub fn poll(&mut self, store: Option<&mut Store>, now: i64) -> Vec<Action> {
        let events = self.worker.poll();
        let mut store = store;
        let mut out = Vec::new();
        for event in events {
            let record = match &event {
                Event::Finished {
                    run,
                    mode,
                    outcome: Ok(report),
                } => Some((*run, *mode, Arc::clone(report))),
                _ => None,
            };
            out.push(Action::Practice(PracticeAction::Judged(event)));
            let Some((run, mode, report)) = record else {
                continue;
            };
            let message = match store.as_deref_mut() {
                None => Some((format!("Not recorded: {NO_STORE}"), Status::New)),
                Some(s) => match record_run(s, mode, &report, now) {
                    Ok(m) => m,
                    Err(e) => Some((format!("Not recorded: {e:#}"), Status::Attempted)),
                },
            };
            if let Some((message, status)) = message {
                out.push(Action::Practice(PracticeAction::Recorded {
                    run,
                    message,
                    status,
                }));
            }
        }
        out
    }
}

const NO_STORE: &str = "your progress database could not be opened";

fn find<'a>(practice: &'a Practice, id: &str) -> Result<&'a Entry> {
    practice
        .catalog
        .get(id)
        .with_context(|| format!("no problem {}", swelearn_core::sanitize::clean(id)))
}

/// Records a submission as `swelearn code submit` does (or begins the round of work for a test
/// run); what to tell the user, and the problem's status after it.
fn record_run(
    store: &mut Store,
    mode: Mode,
    report: &swelearn_judge::Report,
    now: i64,
) -> Result<Option<(String, Status)>> {
    if mode == Mode::Test {
        progress::begin(store, &report.problem, report.lang, now)?;
        return Ok(None);
    }
    let scheduler = Settings::load(store)?.scheduler()?;
    let r = progress::record_submission(store, &scheduler, report, now)?;
    let status = Status::of(progress::records(store)?.get(&report.problem), now);
    let minutes = r.time_to_solve() / 60;
    let extra = match (r.attempt.hints_used, r.attempt.solution_seen) {
        (_, true) => ", the solution seen".to_owned(),
        (0, false) => String::new(),
        (n, false) => format!(", {n} hint(s)"),
    };
    let verdict = if report.verdict == Verdict::Accepted {
        "Accepted"
    } else {
        report.verdict.title()
    };
    Ok(Some((
        format!(
            "Recorded: {verdict} after {minutes} min{extra}; practise it again in {}.",
            human_interval(r.outcome.interval)
        ),
        status,
    )))
}
