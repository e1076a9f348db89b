//! Key bindings as data: one table maps keys to Actions per context, and the same table feeds
//! the help screen and the footer. Vim keys and arrow keys both work.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use swelearn_core::schedule::Rating;

use super::action::{Action, Edit};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Every screen (unless a text input has focus).
    Global,
    Home,
    Reader,
    Review,
    Stats,
    Lab,
    Mock,
    /// The coding problems, and one problem's view.
    Practice,
    Problem,
    /// The plan and readiness pages.
    Plan,
    Quiz,
    /// A list in a popup (search results, contents, related, tags).
    Picker,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Home => "Library",
            Context::Reader => "Reader",
            Context::Review => "Review",
            Context::Stats => "Statistics",
            Context::Lab => "Labs",
            Context::Mock => "Mock interview",
            Context::Practice => "Coding practice",
            Context::Problem => "Coding problem",
            Context::Plan => "Plan and readiness",
            Context::Quiz => "Quiz",
            Context::Picker => "Search and pickers",
        }
    }
}

/// One binding: the keys, what they do, and how help and the footer describe them.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    /// How the keys are written in help, e.g. "j ↓".
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// Shown in the footer of its context.
    pub footer: bool,
}

/// A key with its required modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const fn k(c: char) -> Key {
    Key(KeyCode::Char(c), KeyModifiers::NONE)
}
const fn ctrl(c: char) -> Key {
    Key(KeyCode::Char(c), KeyModifiers::CONTROL)
}
const fn code(c: KeyCode) -> Key {
    Key(c, KeyModifiers::NONE)
}

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $label:literal, $action:expr, $help:literal, $footer:literal) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], label: $label, action: $action, help: $help, footer: $footer }
    };
}

/// Every binding, in the order help lists them.
static BINDINGS: &[Binding] = {
    use super::practice::PracticeAction as P;
    use Action as A;
    use KeyCode as C;
    &[
        bind!(
            Global,
            [ctrl('c')],
            "Ctrl-C",
            A::Quit,
            "quit at once",
            false
        ),
        bind!(
            Global,
            [ctrl('z')],
            "Ctrl-Z",
            A::Suspend,
            "suspend to the shell (fg resumes)",
            false
        ),
        bind!(
            Global,
            [k('q'), code(C::Esc)],
            "q Esc",
            A::Back,
            "back / close (quit from the library)",
            true
        ),
        bind!(
            Global,
            [k('?'), code(C::F(1))],
            "?",
            A::Help,
            "show every key",
            true
        ),
        bind!(
            Global,
            [k('j'), code(C::Down)],
            "j ↓",
            A::Down,
            "down",
            false
        ),
        bind!(Global, [k('k'), code(C::Up)], "k ↑", A::Up, "up", false),
        bind!(
            Global,
            [ctrl('d'), code(C::PageDown), k(' ')],
            "Ctrl-D PgDn Space",
            A::PageDown,
            "page down",
            false
        ),
        bind!(
            Global,
            [ctrl('u'), code(C::PageUp)],
            "Ctrl-U PgUp",
            A::PageUp,
            "page up",
            false
        ),
        bind!(
            Global,
            [k('g'), code(C::Home)],
            "g Home",
            A::Top,
            "go to the top",
            false
        ),
        bind!(
            Global,
            [k('G'), code(C::End)],
            "G End",
            A::Bottom,
            "go to the bottom",
            false
        ),
        bind!(
            Global,
            [ctrl('p')],
            "Ctrl-P",
            A::Search,
            "search the library",
            true
        ),
        bind!(
            Home,
            [code(C::Enter), k('l'), code(C::Right)],
            "Enter l →",
            A::Open,
            "open the topic",
            true
        ),
        bind!(Home, [k('/')], "/", A::Search, "search", true),
        bind!(
            Home,
            [k('c')],
            "c",
            A::CycleCategory,
            "filter by category (cycles)",
            true
        ),
        bind!(
            Home,
            [k('d')],
            "d",
            A::CycleDifficulty,
            "filter by difficulty (cycles)",
            true
        ),
        bind!(Home, [k('t')], "t", A::PickTag, "filter by tag", true),
        bind!(
            Home,
            [k('s')],
            "s",
            A::CycleSort,
            "sort by title, difficulty or time",
            true
        ),
        bind!(
            Home,
            [k('f')],
            "f",
            A::CycleShow,
            "show only bookmarked, unread or due (cycles)",
            true
        ),
        bind!(Home, [k('x')], "x", A::ClearFilters, "clear filters", false),
        bind!(Home, [k('R')], "R", A::Review, "review due cards", true),
        bind!(Home, [k('S')], "S", A::Stats, "study statistics", true),
        bind!(
            Home,
            [k('C')],
            "C",
            A::Practice(P::Open),
            "coding practice",
            true
        ),
        bind!(
            Home,
            [k('m')],
            "m",
            A::ToggleRead,
            "mark read / unread",
            false
        ),
        bind!(
            Home,
            [k('b')],
            "b",
            A::ToggleBookmark,
            "bookmark / unbookmark",
            false
        ),
        bind!(
            Reader,
            [k('h'), code(C::Left)],
            "h ←",
            A::Left,
            "scroll diagrams left",
            false
        ),
        bind!(
            Reader,
            [k('l'), code(C::Right)],
            "l →",
            A::Right,
            "scroll diagrams right",
            false
        ),
        bind!(
            Reader,
            [k('o')],
            "o",
            A::Contents,
            "table of contents",
            true
        ),
        bind!(
            Reader,
            [k(']'), code(C::Tab)],
            "] Tab",
            A::NextSection,
            "next section",
            false
        ),
        bind!(
            Reader,
            [k('['), Key(C::BackTab, KeyModifiers::SHIFT)],
            "[ S-Tab",
            A::PrevSection,
            "previous section",
            false
        ),
        bind!(Reader, [k('/')], "/", A::Find, "find in this topic", true),
        bind!(Reader, [k('n')], "n", A::NextMatch, "next match", false),
        bind!(Reader, [k('N')], "N", A::PrevMatch, "previous match", false),
        bind!(Reader, [k('r')], "r", A::Related, "related topics", true),
        bind!(
            Reader,
            [k('m')],
            "m",
            A::ToggleRead,
            "mark read / unread",
            true
        ),
        bind!(
            Reader,
            [k('b')],
            "b",
            A::ToggleBookmark,
            "bookmark / unbookmark",
            true
        ),
        bind!(
            Reader,
            [k('e')],
            "e",
            A::EditNote,
            "edit your note ($EDITOR)",
            true
        ),
        bind!(
            Reader,
            [k('R')],
            "R",
            A::Review,
            "review this topic's cards",
            true
        ),
        bind!(
            Review,
            [k(' '), code(C::Enter)],
            "Space Enter",
            A::Reveal,
            "show the answer",
            true
        ),
        bind!(
            Review,
            [k('1')],
            "1",
            A::Rate(Rating::Again),
            "Again: forgot",
            true
        ),
        bind!(
            Review,
            [k('2')],
            "2",
            A::Rate(Rating::Hard),
            "Hard: recalled with effort",
            true
        ),
        bind!(
            Review,
            [k('3')],
            "3",
            A::Rate(Rating::Good),
            "Good: recalled",
            true
        ),
        bind!(
            Review,
            [k('4')],
            "4",
            A::Rate(Rating::Easy),
            "Easy: recalled at once",
            true
        ),
        bind!(Review, [k('u')], "u", A::Undo, "undo the last answer", true),
        bind!(Home, [k('L')], "L", A::OpenLab, "open a lab", true),
        bind!(
            Home,
            [k('I')],
            "I",
            A::StartMock,
            "mock interview (system design or coding)",
            true
        ),
        bind!(Home, [k('P')], "P", A::OpenPlan, "today's plan", true),
        bind!(Home, [k('G')], "G", A::OpenReadiness, "readiness map", true),
        bind!(
            Mock,
            [code(C::Tab)],
            "Tab",
            A::NextSection,
            "next phase",
            true
        ),
        bind!(
            Mock,
            [k(' ')],
            "Space",
            A::Reveal,
            "tick a rubric point",
            false
        ),
        bind!(
            Mock,
            [code(C::Enter)],
            "Enter",
            A::Open,
            "save the session (rubric); confirm a question",
            false
        ),
        bind!(
            Mock,
            [k('a')],
            "a",
            A::Abandon,
            "abandon: keep the session unscored",
            false
        ),
        bind!(
            Reader,
            [k('L')],
            "L",
            A::OpenLab,
            "open this topic's lab",
            true
        ),
        bind!(
            Lab,
            [k('j'), code(C::Down)],
            "j ↓",
            A::Down,
            "next parameter",
            false
        ),
        bind!(
            Lab,
            [k('k'), code(C::Up)],
            "k ↑",
            A::Up,
            "previous parameter",
            false
        ),
        bind!(
            Lab,
            [k('l'), code(C::Right), k('+'), k('=')],
            "→ +",
            A::Right,
            "step the parameter up",
            false
        ),
        bind!(
            Lab,
            [k('h'), code(C::Left), k('-')],
            "← -",
            A::Left,
            "step the parameter down",
            false
        ),
        bind!(
            Lab,
            [code(C::Enter), k('e')],
            "Enter e",
            A::Open,
            "type a value for the parameter",
            false
        ),
        bind!(
            Lab,
            [k(' ')],
            "Space",
            A::Reveal,
            "step (stepped labs; elsewhere page down)",
            true
        ),
        bind!(Lab, [k('r')], "r", A::Reseed, "new seed", false),
        bind!(Home, [k('Q')], "Q", A::Quiz, "quiz (every topic)", true),
        bind!(Reader, [k('Q')], "Q", A::Quiz, "quiz on this topic", true),
        bind!(
            Reader,
            [k('a')],
            "a",
            A::Reveal,
            "show the quiz answer on screen",
            false
        ),
        bind!(
            Reader,
            [k('A')],
            "A",
            A::RevealAll,
            "show / hide every quiz answer",
            false
        ),
        bind!(
            Quiz,
            [k(' ')],
            "Space",
            A::Reveal,
            "tick / untick the option",
            true
        ),
        bind!(
            Quiz,
            [code(C::Enter)],
            "Enter",
            A::Open,
            "answer; then the next question",
            true
        ),
        bind!(
            Plan,
            [code(C::Enter), k('l'), code(C::Right)],
            "Enter l →",
            A::Open,
            "open the topic, review or problem",
            true
        ),
        bind!(
            Plan,
            [k('i')],
            "i",
            A::InterviewDate,
            "set the interview date (plan)",
            true
        ),
        bind!(
            Plan,
            [k('R')],
            "R",
            A::Review,
            "review the topic's cards",
            true
        ),
        bind!(
            Picker,
            [code(C::Enter)],
            "Enter",
            A::Open,
            "open the selection",
            true
        ),
        bind!(
            Picker,
            [code(C::Down), ctrl('n')],
            "↓ Ctrl-N",
            A::Down,
            "next result",
            true
        ),
        bind!(
            Picker,
            [code(C::Up), ctrl('k')],
            "↑ Ctrl-K",
            A::Up,
            "previous result",
            false
        ),
        bind!(Picker, [code(C::Esc)], "Esc", A::Back, "close", true),
        bind!(
            Reader,
            [code(C::Enter)],
            "Enter",
            A::Open,
            "open the coding problem linked here",
            false
        ),
        bind!(
            Practice,
            [code(C::Enter), k('l'), code(C::Right)],
            "Enter l →",
            A::Open,
            "open the problem",
            true
        ),
        bind!(
            Practice,
            [k('/')],
            "/",
            A::Find,
            "search by title or id",
            true
        ),
        bind!(
            Practice,
            [k('d')],
            "d",
            A::CycleDifficulty,
            "filter by difficulty (cycles)",
            true
        ),
        bind!(
            Practice,
            [k('p')],
            "p",
            A::Practice(P::PickPattern),
            "filter by pattern",
            true
        ),
        bind!(Practice, [k('t')], "t", A::PickTag, "filter by tag", true),
        bind!(
            Practice,
            [k('f')],
            "f",
            A::Practice(P::CycleStatus),
            "filter by status: new, attempted, solved, due (cycles)",
            true
        ),
        bind!(
            Practice,
            [k('x')],
            "x",
            A::ClearFilters,
            "clear filters",
            false
        ),
        bind!(
            Problem,
            [k('e')],
            "e",
            A::Practice(P::Edit),
            "edit your solution ($EDITOR)",
            true
        ),
        bind!(
            Problem,
            [k('r')],
            "r",
            A::Practice(P::RunExamples),
            "run the examples",
            true
        ),
        bind!(
            Problem,
            [k('s')],
            "s",
            A::Practice(P::Submit),
            "submit (every test, recorded)",
            true
        ),
        bind!(
            Problem,
            [k('l')],
            "l",
            A::Practice(P::CycleLang),
            "language (cycles)",
            true
        ),
        bind!(
            Problem,
            [k('h')],
            "h",
            A::Practice(P::Hint),
            "next hint",
            true
        ),
        bind!(
            Problem,
            [k('S')],
            "S",
            A::Practice(P::Solution),
            "show the solution",
            true
        ),
        bind!(
            Problem,
            [code(C::Tab), k('v')],
            "Tab v",
            A::Practice(P::TogglePane),
            "statement / results",
            true
        ),
        bind!(
            Problem,
            [code(C::Enter)],
            "Enter",
            A::Open,
            "confirm a question",
            false
        ),
        bind!(
            Mock,
            [ctrl('o')],
            "Ctrl-O",
            A::Practice(P::Edit),
            "coding: edit your solution ($EDITOR)",
            false
        ),
        bind!(
            Mock,
            [ctrl('r')],
            "Ctrl-R",
            A::Practice(P::RunExamples),
            "coding: run the examples",
            false
        ),
        bind!(
            Mock,
            [ctrl('t')],
            "Ctrl-T",
            A::Practice(P::TogglePane),
            "coding: the statement or the last run",
            false
        ),
    ]
};

/// Every binding, in the order help lists them.
pub fn bindings() -> &'static [Binding] {
    BINDINGS
}

/// The action for a key in a context. With `typing`, printable keys become `Input` and only
/// picker keys and Ctrl-C keep their meaning.
pub fn action_for(key: KeyEvent, context: Context, typing: bool) -> Option<Action> {
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    let find = |ctx: Context| {
        bindings().iter().find(|b| {
            b.context == ctx
                && b.keys.iter().any(|k| {
                    k.0 == key.code
                        && (k.1 == mods
                            || (k.1 == KeyModifiers::SHIFT
                                && key.modifiers.contains(KeyModifiers::SHIFT)))
                })
        })
    };
    if typing {
        if key.code == KeyCode::Char('c') && mods == KeyModifiers::CONTROL {
            return Some(Action::Quit);
        }
        if key.code == KeyCode::Char('z') && mods == KeyModifiers::CONTROL {
            return Some(Action::Suspend);
        }
        if context == Context::Mock {
            // The scratchpad: every printable key is text; Enter is a new line.
            return match key.code {
                KeyCode::Enter => Some(Action::Input('\n')),
                KeyCode::Tab => Some(Action::NextSection),
                KeyCode::Esc => Some(Action::Back),
                KeyCode::Backspace if mods.is_empty() => Some(Action::Backspace),
                KeyCode::Char(c) if mods.is_empty() => Some(Action::Input(c)),
                KeyCode::PageUp => Some(Action::PageUp),
                KeyCode::PageDown => Some(Action::PageDown),
                _ => mock_key(key).or_else(|| edit_key(key).map(Action::Edit)),
            };
        }
        if let Some(b) = find(Context::Picker) {
            return Some(b.action.clone());
        }
        return match key.code {
            KeyCode::Char(c) if mods.is_empty() => Some(Action::Input(c)),
            KeyCode::Backspace if mods.is_empty() => Some(Action::Backspace),
            _ => edit_key(key).map(Action::Edit),
        };
    }
    find(context)
        .or_else(|| find(Context::Global))
        .map(|b| b.action.clone())
}

/// The coding mock's keys while the scratchpad has the others (Ctrl-O, Ctrl-R, Ctrl-T).
fn mock_key(key: KeyEvent) -> Option<Action> {
    use super::practice::PracticeAction as P;
    if !key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    bindings()
        .iter()
        .find(|b| {
            b.context == Context::Mock && b.keys.contains(&Key(key.code, KeyModifiers::CONTROL))
        })
        .map(|b| b.action.clone())
        .filter(|a| {
            matches!(
                a,
                Action::Practice(P::Edit | P::RunExamples | P::TogglePane)
            )
        })
}

/// The editing keys every text input understands, as in readline and Emacs.
fn edit_key(key: KeyEvent) -> Option<Edit> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Left if ctrl || alt => Edit::WordLeft,
        KeyCode::Right if ctrl || alt => Edit::WordRight,
        KeyCode::Char('b') if alt => Edit::WordLeft,
        KeyCode::Char('f') if alt => Edit::WordRight,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Up => Edit::Up,
        KeyCode::Down => Edit::Down,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        KeyCode::Char('b') if ctrl => Edit::Left,
        KeyCode::Char('f') if ctrl => Edit::Right,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Char('d') if ctrl => Edit::Delete,
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Backspace if ctrl || alt => Edit::DeleteWord,
        KeyCode::Char('h') if alt => Edit::DeleteWord,
        KeyCode::Char('u') if ctrl => Edit::DeleteToHead,
        KeyCode::Char('k') if ctrl => Edit::DeleteToEnd,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn vim_and_arrow_keys_both_work() {
        for code in [KeyCode::Char('j'), KeyCode::Down] {
            assert_eq!(
                action_for(key(code, KeyModifiers::NONE), Context::Home, false),
                Some(Action::Down)
            );
        }
        assert_eq!(
            action_for(
                key(KeyCode::Char('l'), KeyModifiers::NONE),
                Context::Home,
                false
            ),
            Some(Action::Open)
        );
        assert_eq!(
            action_for(
                key(KeyCode::Char('l'), KeyModifiers::NONE),
                Context::Reader,
                false
            ),
            Some(Action::Right)
        );
    }

    #[test]
    fn typing_turns_letters_into_input_but_ctrl_c_still_quits() {
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for(q, Context::Picker, true),
            Some(Action::Input('q'))
        );
        let cc = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(cc, Context::Picker, true), Some(Action::Quit));
        assert_eq!(action_for(cc, Context::Reader, false), Some(Action::Quit));
        assert_eq!(
            action_for(key(KeyCode::Esc, KeyModifiers::NONE), Context::Picker, true),
            Some(Action::Back)
        );
    }

    #[test]
    fn prompts_and_the_scratchpad_take_readline_editing_keys() {
        let ctrl = KeyModifiers::CONTROL;
        let none = KeyModifiers::NONE;
        for (context, code, mods, want) in [
            (
                Context::Picker,
                KeyCode::Char('u'),
                ctrl,
                Edit::DeleteToHead,
            ),
            (Context::Picker, KeyCode::Char('w'), ctrl, Edit::DeleteWord),
            (Context::Picker, KeyCode::Home, none, Edit::Home),
            (Context::Picker, KeyCode::End, none, Edit::End),
            (Context::Picker, KeyCode::Left, none, Edit::Left),
            (Context::Picker, KeyCode::Char('a'), ctrl, Edit::Home),
            (Context::Mock, KeyCode::Up, none, Edit::Up),
            (Context::Mock, KeyCode::Left, ctrl, Edit::WordLeft),
            (Context::Mock, KeyCode::Char('k'), ctrl, Edit::DeleteToEnd),
        ] {
            assert_eq!(
                action_for(key(code, mods), context, true),
                Some(Action::Edit(want)),
                "{code:?} {mods:?} in {context:?}"
            );
        }
        // In a list, up and down still move the selection.
        assert_eq!(
            action_for(key(KeyCode::Up, none), Context::Picker, true),
            Some(Action::Up)
        );
        for typing in [true, false] {
            assert_eq!(
                action_for(key(KeyCode::Char('z'), ctrl), Context::Home, typing),
                Some(Action::Suspend)
            );
        }
    }

    #[test]
    fn no_two_bindings_of_one_context_share_a_key() {
        let all = bindings();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{:?} bound twice in {:?}",
                            k,
                            a.context
                        );
                    }
                }
            }
        }
    }
}
