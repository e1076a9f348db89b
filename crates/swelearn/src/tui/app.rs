//! The app's state and `update`, the one place state changes. Screens sit on a stack (the
//! library at the bottom, readers above it; study and lab screens join the same stack later), with
//! at most one overlay (help, search palette, pickers, the find prompt) on top. Effects that touch
//! the outside world (saving to the store, opening the editor) are returned, not performed.

use std::collections::HashMap;
use std::rc::Rc;

use swelearn_core::catalog::Catalog;
use swelearn_store::{TopicChange, TopicState};

use super::action::Action;
use super::home::Home;
use super::keymap::Context;
use super::overlay::{Overlay, Picker, PickerKind};
use super::palette::Palette;
use super::reader::Reader;
use super::review::ReviewScreen;
use super::source::TopicSource;
use super::theme::Theme;

/// Something `update` asks the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Start a review session (of one topic, or of everything due).
    StartReview {
        topic: Option<String>,
    },
    /// Record a rating of the card at the front of the review screen's session.
    Answer {
        rating: swelearn_core::schedule::Rating,
        elapsed_ms: i64,
    },
    /// Undo the last answer of the review screen's session.
    UndoAnswer,
    /// Compute statistics and open the stats screen.
    OpenStats,
    /// Recount the cards a review offers, per topic.
    RefreshDue,
    /// Start a mock interview.
    StartMock,
    /// Write the mock's scratchpad to disk.
    SaveScratchpad {
        id: String,
        text: String,
    },
    /// Store the finished mock: its score from the rubric, or none when it was abandoned, and
    /// when the interview itself ended.
    FinishMock {
        id: String,
        notes: String,
        timings: String,
        score: Option<u32>,
        ended_at: i64,
    },
    /// Open the plan or the readiness map.
    OpenPlan,
    OpenReadiness,
    /// Persist one change to a topic's state (only that field is written).
    Save {
        id: String,
        change: TopicChange,
    },
    /// Open the editor on a topic's note; the runtime answers with `Action::NoteEdited`.
    EditNote {
        id: String,
        text: String,
    },
    /// Give the terminal back and stop until the shell resumes the program.
    Suspend,
    /// Compute a lab off the UI thread; the runtime answers with `Action::LabProgress` and
    /// `Action::LabDone`.
    ComputeLab(super::lab::worker::Request),
    /// Coding practice: load problems, open the editor, judge, hints, the solution.
    Practice(super::practice::PracticeEffect),
    /// Store the interview date as `plan --interview` does and show the plan made again.
    SetInterview(swelearn_core::date::Date),
    /// Open the topic a coding problem practises.
    OpenProblem(String),
    /// Draw a quiz (of one topic, or of the whole library) and open the quiz screen.
    StartQuiz {
        topic: Option<String>,
    },
    /// Store a quiz answer as `swelearn quiz` does.
    RecordQuiz {
        topic_id: String,
        question: String,
        correct: bool,
    },
}

/// A full screen.
pub enum Screen {
    Reader(Box<Reader>),
    Review(Box<ReviewScreen>),
    Stats(Box<super::stats::StatsScreen>),
    Lab(Box<super::lab::LabScreen>),
    Mock(Box<super::mock::MockScreen>),
    /// The coding problems, and one problem's view.
    Practice(Box<super::practice::PracticeScreen>),
    Problem(Box<super::practice::ProblemView>),
    /// A page of rows with a cursor: the plan, the readiness map.
    Page(Box<super::page::Page>),
    Quiz(Box<super::quiz::QuizScreen>),
}

pub struct App {
    pub catalog: Catalog,
    pub states: HashMap<String, TopicState>,
    pub source: Box<dyn TopicSource>,
    /// The library, always at the bottom.
    pub home: Home,
    /// Screens opened over the library, the last on top.
    pub stack: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub theme: Theme,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// A one-line message for the footer, cleared by the next key or after `STATUS_SECONDS`.
    pub status: Option<String>,
    /// The status being shown and since when (set by the first tick that sees it).
    status_shown: Option<(String, i64)>,
    /// A lasting warning (e.g. the store could not be opened), shown in the header.
    pub warning: Option<String>,
    pub quit: bool,
    /// The current time (Unix seconds), set by the runtime, for read marks.
    pub now: i64,
    /// Cards a review offers now (due, then today's new ones), per topic, and how many of them
    /// are new (filled by the runtime when it can read the store).
    pub due: HashMap<String, usize>,
    pub new_cards: usize,
}

/// How long a status message stays when no key is pressed.
pub const STATUS_SECONDS: i64 = 5;

/// The smallest terminal the UI lays out in; below it a message says so.
pub const MIN_SIZE: (u16, u16) = (30, 8);

impl App {
    pub fn new(
        catalog: Catalog,
        states: HashMap<String, TopicState>,
        source: Box<dyn TopicSource>,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        let home = Home::new(&catalog.docs);
        let mut app = App {
            catalog,
            states,
            source,
            home,
            stack: Vec::new(),
            overlay: None,
            theme,
            size,
            status: None,
            status_shown: None,
            warning: None,
            quit: false,
            now: 0,
            due: HashMap::new(),
            new_cards: 0,
        };
        app.resize(size);
        app
    }

    /// Rows available to the body (between header and footer).
    pub fn body_height(&self) -> usize {
        usize::from(self.size.1.saturating_sub(2)).max(1)
    }

    /// The key context of what has focus, and whether a text input has it.
    pub fn context(&self) -> (Context, bool) {
        match &self.overlay {
            Some(Overlay::Palette(_) | Overlay::Find(_)) => (Context::Picker, true),
            Some(Overlay::Picker(p)) => (Context::Picker, p.kind == PickerKind::Tags),
            Some(Overlay::Help { .. }) => (Context::Global, false),
            None => match self.stack.last() {
                Some(Screen::Reader(_)) => (Context::Reader, false),
                Some(Screen::Review(_)) => (Context::Review, false),
                Some(Screen::Stats(_)) => (Context::Stats, false),
                Some(Screen::Page(p)) => (Context::Plan, p.prompt.is_some()),
                Some(Screen::Quiz(_)) => (Context::Quiz, false),
                Some(Screen::Lab(l)) => (Context::Lab, l.prompt.is_some()),
                Some(Screen::Mock(m)) => {
                    (Context::Mock, m.assessing.is_none() && m.confirm.is_none())
                }
                Some(Screen::Practice(p)) if p.searching => (Context::Picker, true),
                Some(Screen::Practice(_)) => (Context::Practice, false),
                Some(Screen::Problem(_)) => (Context::Problem, false),
                _ => (Context::Home, false),
            },
        }
    }

    pub fn reader(&self) -> Option<&Reader> {
        match self.stack.last() {
            Some(Screen::Reader(r)) => Some(r),
            _ => None,
        }
    }

    fn reader_mut(&mut self) -> Option<&mut Reader> {
        match self.stack.last_mut() {
            Some(Screen::Reader(r)) => Some(r),
            _ => None,
        }
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    /// The state of a topic (default when untouched).
    pub fn state(&self, id: &str) -> TopicState {
        self.states.get(id).cloned().unwrap_or_default()
    }

    /// Handles one action; returns the effects to run (with a lab computation when the lab
    /// on top changed).
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let mut effects = self.dispatch(action);
        if let Some(Screen::Lab(l)) = self.stack.last_mut() {
            effects.extend(l.take_request().map(Effect::ComputeLab));
        }
        effects
    }

    fn dispatch(&mut self, action: Action) -> Vec<Effect> {
        if let Action::LabProgress { .. } | Action::LabDone(_) = action {
            for screen in &mut self.stack {
                if let Screen::Lab(l) = screen {
                    l.receive(&action);
                }
            }
            return Vec::new();
        }
        if let Action::Practice(p) = &action
            && p.is_report()
        {
            self.practice_report(p);
            return Vec::new();
        }
        match action {
            Action::Tick => self.expire_status(),
            Action::Resize(..) | Action::Done(_) => {}
            _ => self.status = None,
        }
        match action {
            Action::Quit => {
                self.quit = true;
                return self.leave_reader_effects();
            }
            Action::Resize(w, h) => {
                self.resize((w, h));
                return Vec::new();
            }
            Action::Help => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help { .. }) => None,
                    _ => Some(Overlay::Help { scroll: 0 }),
                };
                return Vec::new();
            }
            Action::NoteEdited { id, text } => return self.set_note(&id, text),
            Action::Suspend => return vec![Effect::Suspend],
            Action::Done(message) => {
                if let Some(Screen::Review(r)) = self.stack.last_mut() {
                    r.message = Some(message);
                } else {
                    self.status = Some(message);
                }
                return Vec::new();
            }
            _ => {}
        }
        if self.overlay.is_some() {
            return self.update_overlay(action);
        }
        if matches!(action, Action::Search) {
            let notes = self
                .catalog
                .docs
                .iter()
                .enumerate()
                .filter_map(|(i, d)| {
                    let note = &self.states.get(&d.id)?.note;
                    (!note.trim().is_empty()).then(|| (i, note.clone()))
                })
                .collect();
            self.overlay = Some(Overlay::Palette(Palette {
                notes,
                ..Palette::default()
            }));
            return Vec::new();
        }
        match self.stack.last_mut() {
            Some(Screen::Reader(_)) => self.update_reader(action),
            Some(Screen::Review(r)) => match action {
                Action::Back => {
                    self.stack.pop();
                    vec![Effect::RefreshDue]
                }
                Action::Reveal => {
                    r.revealed = true;
                    Vec::new()
                }
                // As in Anki, a rating before the answer shows it first: nobody rates a card
                // they have not checked.
                Action::Rate(_) if !r.finished() && !r.revealed => {
                    r.revealed = true;
                    Vec::new()
                }
                Action::Rate(rating) if !r.finished() => vec![Effect::Answer {
                    rating,
                    elapsed_ms: r.elapsed_ms(),
                }],
                Action::Undo => vec![Effect::UndoAnswer],
                _ => Vec::new(),
            },
            Some(Screen::Stats(s)) => {
                if action == Action::Back {
                    self.stack.pop();
                } else {
                    s.update(&action, usize::from(self.size.1.saturating_sub(2)));
                }
                Vec::new()
            }
            Some(Screen::Mock(m)) => {
                let now = self.now;
                if let Some((effects, message)) = super::practice::mock::intercept(m, &action) {
                    self.status = message.or(self.status.take());
                    return effects;
                }
                if action == Action::Tick {
                    m.tick(now);
                    if m.due_for_save(now) {
                        m.dirty = false;
                        m.saved_at = now;
                        return vec![Effect::SaveScratchpad {
                            id: m.session_id.clone(),
                            text: m.scratchpad(),
                        }];
                    }
                    return Vec::new();
                }
                match m.update(&action, now, self.size) {
                    super::mock::Outcome::Nothing => super::practice::mock::after_update(m),
                    super::mock::Outcome::Finish { scored } => {
                        let effect = Effect::FinishMock {
                            id: m.session_id.clone(),
                            notes: m.scratchpad(),
                            timings: m.timings_text(),
                            score: scored.then(|| m.score()),
                            ended_at: m.ended_at.unwrap_or(now),
                        };
                        self.status = Some(if scored {
                            format!("Mock saved with a score of {}%", m.score())
                        } else {
                            "Mock abandoned: kept with its notes, unscored".to_owned()
                        });
                        self.stack.pop();
                        vec![effect]
                    }
                }
            }
            Some(Screen::Quiz(_)) => self.update_quiz(&action),
            Some(Screen::Page(p)) => {
                let height = usize::from(self.size.1.saturating_sub(2));
                match p.update(&action, height) {
                    super::page::Outcome::Nothing => Vec::new(),
                    super::page::Outcome::Back => {
                        self.stack.pop();
                        Vec::new()
                    }
                    super::page::Outcome::SetInterview(date) => vec![Effect::SetInterview(date)],
                    super::page::Outcome::Open(target) => self.open_target(target),
                }
            }
            Some(Screen::Practice(_) | Screen::Problem(_)) => self.update_practice(action),
            Some(Screen::Lab(l)) => {
                if action == Action::Back && l.prompt.is_none() {
                    self.stack.pop();
                } else {
                    l.update(&action);
                }
                Vec::new()
            }
            _ => self.update_home(action),
        }
    }

    /// Clears the status once it has been shown for `STATUS_SECONDS` (ticks keep time, so a
    /// message that reports a failure is not gone before it can be read).
    fn expire_status(&mut self) {
        let Some(status) = &self.status else {
            self.status_shown = None;
            return;
        };
        match &self.status_shown {
            Some((shown, since)) if shown == status => {
                if self.now.saturating_sub(*since) >= STATUS_SECONDS {
                    self.status = None;
                    self.status_shown = None;
                }
            }
            _ => self.status_shown = Some((status.clone(), self.now)),
        }
    }

    /// Opens the review screen on a session the runtime started.
    pub fn open_review(&mut self, screen: ReviewScreen) {
        if screen.finished() {
            self.status = Some(
                "Nothing to review now: no cards are due and today's new cards are done".to_owned(),
            );
            return;
        }
        self.overlay = None;
        self.stack.push(Screen::Review(Box::new(screen)));
    }

    /// Opens a lab directly when there is one choice, else offers a picker.
    fn pick_lab(&mut self, labs: &[&'static str]) {
        if let [only] = labs {
            self.open_lab(only);
            return;
        }
        let items = labs
            .iter()
            .filter_map(|id| swelearn_core::labs::find(id))
            .map(|l| (l.title.to_owned(), l.id.to_owned()))
            .collect();
        self.overlay = Some(Overlay::Picker(Picker::new(
            PickerKind::Labs,
            "Labs",
            items,
        )));
    }

    /// Opens a lab's screen.
    pub fn open_lab(&mut self, id: &str) {
        let Some(lab) = swelearn_core::labs::find(id) else {
            return;
        };
        let topics = self
            .catalog
            .docs
            .iter()
            .filter(|d| d.labs.iter().any(|l| l == id))
            .map(|d| d.id.clone())
            .collect();
        self.stack
            .push(Screen::Lab(Box::new(super::lab::LabScreen::new(
                lab, topics, self.size,
            ))));
    }

    /// Opens a page (the plan, readiness); an open page of the same kind is replaced, keeping
    /// its cursor, so a plan made again shows at once where the user was.
    pub fn open_page(&mut self, page: super::page::Page) {
        if let Some(Screen::Page(open)) = self.stack.last_mut()
            && open.kind == page.kind
        {
            open.replace(page.rows);
            return;
        }
        self.stack.push(Screen::Page(Box::new(page)));
    }

    /// Opens what a page's row stands for: a topic over the page (Esc comes back to it), or a
    /// review or a problem through the runtime.
    fn open_target(&mut self, target: super::page::Target) -> Vec<Effect> {
        use super::page::Target;
        match target {
            Target::Topic(id) => {
                self.open_topic(&id);
                Vec::new()
            }
            Target::Review(topic) => vec![Effect::StartReview { topic }],
            Target::Problem(id) => vec![Effect::OpenProblem(id)],
        }
    }

    /// Opens a topic by id in a new reader, or says it is not in the library.
    pub fn open_topic(&mut self, id: &str) {
        match self.catalog.position(id) {
            Some(doc) => self.open(doc, None),
            None => self.status = Some(format!("No topic {id} in the library")),
        }
    }

    /// Opens a mock interview the runtime prepared.
    pub fn open_mock(&mut self, mock: super::mock::MockScreen) {
        self.stack.push(Screen::Mock(Box::new(mock)));
    }

    /// Opens the statistics screen.
    pub fn open_stats(&mut self, stats: crate::study::stats::Stats) {
        self.stack
            .push(Screen::Stats(Box::new(super::stats::StatsScreen::new(
                stats,
            ))));
    }

    /// The review screen on top, if any.
    pub fn review_mut(&mut self) -> Option<&mut ReviewScreen> {
        match self.stack.last_mut() {
            Some(Screen::Review(r)) => Some(r),
            _ => None,
        }
    }

    /// Counts what a review offers now (as `study::offered` picked it), per topic.
    pub fn set_offered(&mut self, cards: &[swelearn_store::CardRow]) {
        self.due.clear();
        self.new_cards = 0;
        for c in cards {
            self.new_cards += usize::from(c.state.is_none());
            *self.due.entry(c.topic_id.clone()).or_default() += 1;
        }
    }

    /// Cards a review offers now, in all.
    pub fn due_total(&self) -> usize {
        self.due.values().sum()
    }

    fn resize(&mut self, size: (u16, u16)) {
        self.size = size;
        let width = usize::from(size.0);
        let height = self.body_height();
        let list = self.home_height();
        self.home.fit(list);
        for screen in &mut self.stack {
            match screen {
                Screen::Reader(r) => r.relayout(width, height),
                Screen::Lab(l) => l.resize(size),
                Screen::Problem(v) => v.resize(width, height),
                Screen::Practice(p) => p.fit(height.saturating_sub(1)),
                Screen::Review(_)
                | Screen::Stats(_)
                | Screen::Mock(_)
                | Screen::Page(_)
                | Screen::Quiz(_) => {}
            }
        }
    }

    /// Rows of the library's list: the body less the line of active filters.
    pub fn home_height(&self) -> usize {
        self.body_height()
            .saturating_sub(usize::from(!self.home.chips().is_empty()))
            .max(1)
    }

    /// Which topics the "show only" filter keeps, from the topics' states and the cards due.
    fn show_only(&mut self, only: Option<super::home::Only>) {
        use super::home::Only;
        self.home.only = only;
        self.home.keep = only.map(|o| {
            self.catalog
                .docs
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    let state = self.states.get(&d.id);
                    match o {
                        Only::Bookmarked => state.is_some_and(|s| s.bookmarked),
                        Only::Unread => state.is_none_or(|s| s.read_at.is_none()),
                        Only::Due => self.due.get(&d.id).is_some_and(|n| *n > 0),
                    }
                })
                .map(|(i, _)| i)
                .collect()
        });
        let docs = &self.catalog.docs;
        self.home.rebuild(docs, usize::MAX);
    }

    fn update_home(&mut self, action: Action) -> Vec<Effect> {
        let effects = self.update_home_list(action);
        let height = self.home_height();
        self.home.fit(height);
        effects
    }

    fn update_home_list(&mut self, action: Action) -> Vec<Effect> {
        let height = self.home_height();
        match action {
            Action::Back => self.quit = true,
            Action::Review => return vec![Effect::StartReview { topic: None }],
            Action::Stats => return vec![Effect::OpenStats],
            Action::StartMock => {
                self.overlay = Some(Overlay::Picker(Picker::new(
                    PickerKind::MockKind,
                    "Mock interview",
                    vec![
                        ("System design".to_owned(), "system-design".to_owned()),
                        (
                            "Coding (your editor, judged)".to_owned(),
                            "coding".to_owned(),
                        ),
                    ],
                )));
            }
            Action::OpenPlan => return vec![Effect::OpenPlan],
            Action::OpenReadiness => return vec![Effect::OpenReadiness],
            Action::Practice(super::practice::PracticeAction::Open) => {
                return vec![Effect::Practice(super::practice::PracticeEffect::OpenList)];
            }
            Action::Quiz => return vec![Effect::StartQuiz { topic: None }],
            Action::OpenLab => {
                self.pick_lab(
                    &swelearn_core::labs::ALL
                        .iter()
                        .map(|l| l.id)
                        .collect::<Vec<_>>(),
                );
            }
            Action::Open => {
                if let Some(doc) = self.home().selected_doc() {
                    self.open(doc, None);
                }
            }
            Action::CycleShow => self.show_only(super::home::Only::next(self.home.only)),
            Action::PickTag => {
                let mut tags: Vec<String> = self
                    .catalog
                    .docs
                    .iter()
                    .flat_map(|d| d.tags.clone())
                    .collect();
                tags.sort();
                tags.dedup();
                self.overlay = Some(Overlay::Picker(Picker::new(
                    PickerKind::Tags,
                    "Filter by tag",
                    tags.into_iter().map(|t| (t.clone(), t)).collect(),
                )));
            }
            Action::ToggleRead | Action::ToggleBookmark => {
                if let Some(doc) = self.home().selected_doc() {
                    let id = self.catalog.docs[doc].id.clone();
                    return self.toggle(&id, action == Action::ToggleRead);
                }
            }
            other => {
                self.home.update(&other, &self.catalog.docs, height);
            }
        }
        Vec::new()
    }

    fn update_reader(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Back => return self.close_reader(),
            Action::ToggleRead | Action::ToggleBookmark => {
                if let Some(id) = self.reader().map(|r| r.topic.id.clone()) {
                    return self.toggle(&id, action == Action::ToggleRead);
                }
            }
            Action::EditNote => {
                if let Some(id) = self.reader().map(|r| r.topic.id.clone()) {
                    let text = self.state(&id).note;
                    return vec![Effect::EditNote { id, text }];
                }
            }
            Action::Contents => {
                if let Some(r) = self.reader() {
                    let items = r
                        .rendered
                        .sections
                        .iter()
                        .map(|(title, line)| (title.clone(), line.to_string()))
                        .collect();
                    self.overlay = Some(Overlay::Picker(Picker::new(
                        PickerKind::Contents,
                        "Contents",
                        items,
                    )));
                }
            }
            Action::Related => {
                if let Some(r) = self.reader() {
                    let items: Vec<(String, String)> = r
                        .topic
                        .related
                        .iter()
                        .filter_map(|id| {
                            self.catalog
                                .position(id)
                                .map(|i| (self.catalog.docs[i].title.clone(), id.clone()))
                        })
                        .collect();
                    if items.is_empty() {
                        self.status = Some("This topic lists no related topics".to_owned());
                    } else {
                        self.overlay = Some(Overlay::Picker(Picker::new(
                            PickerKind::Related,
                            "Related topics",
                            items,
                        )));
                    }
                }
            }
            Action::Find => self.overlay = Some(Overlay::Find(super::edit::Prompt::default())),
            Action::Open => return self.follow_problem_link(),
            Action::Reveal | Action::RevealAll => self.reveal_quiz(action == Action::RevealAll),
            Action::OpenLab => {
                let labs: Vec<&'static str> = self
                    .reader()
                    .map(|r| {
                        r.topic
                            .labs
                            .iter()
                            .filter_map(|l| swelearn_core::labs::find(l).map(|x| x.id))
                            .collect()
                    })
                    .unwrap_or_default();
                if labs.is_empty() {
                    self.status = Some(
                        "This topic offers no lab; L in the library lists them all".to_owned(),
                    );
                } else {
                    self.pick_lab(&labs);
                }
            }
            Action::Review => {
                if let Some(id) = self.reader().map(|r| r.topic.id.clone()) {
                    return vec![Effect::StartReview { topic: Some(id) }];
                }
            }
            Action::Quiz => {
                if let Some(id) = self.reader().map(|r| r.topic.id.clone()) {
                    return vec![Effect::StartQuiz { topic: Some(id) }];
                }
            }
            other => {
                if let Some(r) = self.reader_mut() {
                    r.update(&other);
                }
            }
        }
        Vec::new()
    }

    fn update_overlay(&mut self, action: Action) -> Vec<Effect> {
        let Some(overlay) = self.overlay.as_mut() else {
            return Vec::new();
        };
        if action == Action::Back {
            self.overlay = None;
            return Vec::new();
        }
        match overlay {
            Overlay::Help { scroll } => match action {
                Action::Down => *scroll += 1,
                Action::Up => *scroll = scroll.saturating_sub(1),
                Action::PageDown => *scroll += 10,
                Action::PageUp => *scroll = scroll.saturating_sub(10),
                Action::Top => *scroll = 0,
                _ => {}
            },
            Overlay::Find(query) => match action {
                Action::Open => {
                    let q = query.text().to_owned();
                    self.overlay = None;
                    if let Some(r) = self.reader_mut() {
                        let found = r.find(&q);
                        self.status = Some(if q.is_empty() {
                            "Search cleared".to_owned()
                        } else if found == 0 {
                            format!("No match for \"{q}\"")
                        } else {
                            format!("{found} matches for \"{q}\" (n / N to move)")
                        });
                    }
                }
                other => {
                    query.apply(&other);
                }
            },
            Overlay::Palette(p) => match action {
                Action::Open => {
                    if let Some((doc, section)) = p.chosen() {
                        self.overlay = None;
                        self.open(doc, section.as_deref());
                    }
                }
                other => p.update(&other, &self.catalog, self.source.as_ref()),
            },
            Overlay::Picker(p) => match action {
                Action::Open => {
                    let Some(value) = p.chosen() else {
                        return Vec::new();
                    };
                    let kind = p.kind;
                    self.overlay = None;
                    match kind {
                        PickerKind::Contents => {
                            if let (Some(r), Ok(line)) = (self.reader_mut(), value.parse::<usize>())
                            {
                                r.jump(line);
                            }
                        }
                        PickerKind::Related => {
                            if let Some(doc) = self.catalog.position(&value) {
                                self.open(doc, None);
                            }
                        }
                        PickerKind::Labs => self.open_lab(&value),
                        PickerKind::ProblemPattern | PickerKind::ProblemTag => {
                            self.practice_filter(kind == PickerKind::ProblemPattern, value);
                        }
                        PickerKind::MockKind if value == "coding" => {
                            return vec![Effect::Practice(
                                super::practice::PracticeEffect::StartCodingMock,
                            )];
                        }
                        PickerKind::MockKind => return vec![Effect::StartMock],
                        PickerKind::Problems => {
                            return vec![Effect::Practice(
                                super::practice::PracticeEffect::OpenProblem { id: value },
                            )];
                        }
                        PickerKind::Tags => {
                            let docs = &self.catalog.docs;
                            self.home.set_tag(Some(value), docs, usize::MAX);
                            let height = self.home_height();
                            self.home.fit(height);
                        }
                    }
                }
                other => p.update(&other),
            },
        }
        Vec::new()
    }

    /// Opens a topic in a new reader, at a section when given, else where the user left it.
    pub fn open(&mut self, doc: usize, section: Option<&str>) {
        let Some(meta) = self.catalog.docs.get(doc) else {
            return;
        };
        match self.source.load(meta) {
            Ok(topic) => {
                let scroll = self.state(&topic.id).scroll as usize;
                let mut reader = Reader::new(
                    Rc::new(topic),
                    usize::from(self.size.0),
                    self.body_height(),
                    crate::highlight::for_theme(self.theme.name),
                );
                let note = self.state(&reader.topic.id).note;
                reader.set_note(&note);
                reader.scroll_to(scroll);
                if let Some(name) = section {
                    reader.jump_to_section(name);
                }
                self.stack.push(Screen::Reader(Box::new(reader)));
            }
            Err(e) => self.status = Some(format!("Cannot open {}: {e}", meta.id)),
        }
    }

    fn close_reader(&mut self) -> Vec<Effect> {
        let effects = self.leave_reader_effects();
        self.stack.pop();
        effects
    }

    /// Saves the scroll position of the reader on top, if it moved.
    fn leave_reader_effects(&mut self) -> Vec<Effect> {
        let Some(r) = self.reader() else {
            return Vec::new();
        };
        let id = r.topic.id.clone();
        let scroll = u32::try_from(r.scroll).unwrap_or(u32::MAX);
        let mut state = self.state(&id);
        if state.scroll == scroll {
            return Vec::new();
        }
        let change = TopicChange::Scroll(scroll);
        change.apply(&mut state);
        self.states.insert(id.clone(), state);
        vec![Effect::Save { id, change }]
    }

    fn toggle(&mut self, id: &str, read: bool) -> Vec<Effect> {
        let mut state = self.state(id);
        let change = if read {
            TopicChange::Read(if state.read_at.is_some() {
                None
            } else {
                Some(self.now)
            })
        } else {
            TopicChange::Bookmarked(!state.bookmarked)
        };
        change.apply(&mut state);
        if read {
            self.status = Some(
                if state.read_at.is_some() {
                    "Marked as read"
                } else {
                    "Marked as unread"
                }
                .to_owned(),
            );
        } else {
            self.status = Some(
                if state.bookmarked {
                    "Bookmarked"
                } else {
                    "Bookmark removed"
                }
                .to_owned(),
            );
        }
        self.states.insert(id.to_owned(), state);
        vec![Effect::Save {
            id: id.to_owned(),
            change,
        }]
    }

    fn set_note(&mut self, id: &str, text: String) -> Vec<Effect> {
        let mut state = self.state(id);
        if state.note == text {
            self.status = Some("Note unchanged".to_owned());
            return Vec::new();
        }
        for screen in &mut self.stack {
            if let Screen::Reader(r) = screen
                && r.topic.id == id
            {
                r.set_note(&text);
            }
        }
        let change = TopicChange::Note(text);
        change.apply(&mut state);
        self.status = Some("Note saved".to_owned());
        self.states.insert(id.to_owned(), state);
        vec![Effect::Save {
            id: id.to_owned(),
            change,
        }]
    }

    /// "14/63 topics read · 3 bookmarked · 12 cards to review (5 new)".
    pub fn progress(&self) -> String {
        let read = self
            .catalog
            .docs
            .iter()
            .filter(|d| self.states.get(&d.id).is_some_and(|s| s.read_at.is_some()))
            .count();
        let marked = self
            .catalog
            .docs
            .iter()
            .filter(|d| self.states.get(&d.id).is_some_and(|s| s.bookmarked))
            .count();
        let cards = match (self.due_total(), self.new_cards) {
            (0, _) => "nothing to review".to_owned(),
            (n, 0) => format!("{n} cards to review"),
            (n, new) => format!("{n} cards to review ({new} new)"),
        };
        format!(
            "{read}/{} topics read · {marked} bookmarked · {cards}",
            self.catalog.docs.len(),
        )
    }
}

mod quiz;

#[cfg(test)]
pub(crate) mod tests;
