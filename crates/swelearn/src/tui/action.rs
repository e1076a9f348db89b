//! Everything the user (or a finished effect) can ask of the app. Keys become Actions through
//! the keymap; `App::update` is the only thing that changes state in response.

/// A request to the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Close the top screen or overlay (or quit from home).
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Scroll diagrams and code left or right in the reader.
    Left,
    Right,
    /// Open what is selected.
    Open,
    /// The search palette.
    Search,
    Help,
    CycleCategory,
    CycleDifficulty,
    CycleSort,
    /// Show only bookmarked, unread or due topics (cycles).
    CycleShow,
    /// Pick a tag to filter by.
    PickTag,
    ClearFilters,
    ToggleRead,
    ToggleBookmark,
    /// Edit the topic's personal note in `$EDITOR`.
    EditNote,
    /// The table of contents of the open topic.
    Contents,
    /// The related topics of the open topic.
    Related,
    /// Jump to the next or previous section.
    NextSection,
    PrevSection,
    /// Search inside the open topic.
    Find,
    NextMatch,
    PrevMatch,
    /// Typing into the focused input.
    Input(char),
    Backspace,
    /// An editing key in the focused input (cursor movement, deleting by word or line).
    Edit(Edit),
    /// Text pasted into the focused input.
    Paste(String),
    /// In a question: leave without keeping a score (an abandoned mock).
    Abandon,
    /// Stop the program for the shell (Ctrl-Z); it resumes where it was with `fg`.
    Suspend,
    /// Mouse wheel, in lines.
    Scroll(i32),
    /// The terminal changed size.
    Resize(u16, u16),
    /// Review due cards (from the library) or the open topic's cards (from the reader).
    Review,
    /// Show the answer of the card being reviewed (in the reader: of the quiz question on
    /// screen).
    Reveal,
    /// Show (or hide again) every quiz answer of the open topic.
    RevealAll,
    /// Rate the card being reviewed.
    Rate(swelearn_core::schedule::Rating),
    Undo,
    /// The study statistics screen.
    Stats,
    /// Open a lab: the topic's (from the reader) or pick one (from the library).
    OpenLab,
    /// A new seed for the lab's simulation.
    Reseed,
    /// A lab computation got this far (in thousandths).
    LabProgress {
        generation: u64,
        permille: u16,
    },
    /// A lab computation finished.
    LabDone(super::lab::worker::Done),
    /// Start a system-design mock interview.
    StartMock,
    /// The plan for today and the days to the interview.
    OpenPlan,
    /// The readiness map.
    OpenReadiness,
    /// Type the interview date (on the plan).
    InterviewDate,
    /// A quiz: of the whole library, or of the open topic.
    Quiz,
    /// Time passed (the runtime sends this a few times a second).
    Tick,
    /// The runtime finished an effect: a message for the user (an acknowledgement or an error).
    Done(String),
    /// The note editor returned this text for this topic.
    NoteEdited {
        id: String,
        text: String,
    },
    /// Coding practice: the practice screen's and the problem view's keys, and what the runtime
    /// and the judge report to them.
    Practice(super::practice::PracticeAction),
}

/// What an editing key does to the text being typed, as a readline or Emacs user expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    /// Up and down a line (multi-line inputs only).
    Up,
    Down,
    WordLeft,
    WordRight,
    /// The start and the end of the line.
    Home,
    End,
    /// The character under the cursor.
    Delete,
    /// The word before the cursor (Ctrl-W).
    DeleteWord,
    /// From the start of the line to the cursor (Ctrl-U).
    DeleteToHead,
    /// From the cursor to the end of the line (Ctrl-K).
    DeleteToEnd,
    /// A line break (multi-line inputs only).
    Newline,
}
