//! The command line, declared with clap derive: the `///` comments are the help text, and the
//! same definitions generate shell completions and the man page.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod code;

/// A mistake in how a command was called that only the command can see (an unknown setting, a
/// value out of range): reported like clap's own usage errors, with exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// A usage error as an `anyhow` error, for `?`.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    UsageError(message.into()).into()
}

/// Checks a date argument (YYYY-MM-DD, a real day) and keeps its text.
fn date_arg(s: &str) -> Result<String, String> {
    swelearn_core::date::Date::parse(s)
        .map(|_| s.to_owned())
        .ok_or_else(|| "write a real date as YYYY-MM-DD, e.g. 2027-03-01".to_owned())
}

/// Offline terminal-based prep tool for software engineering interviews.
///
/// Run with no command on a terminal to open the terminal UI. Topics come from the bundled
/// library and from your own folders (see `--content` and `SWELEARN_CONTENT`).
#[derive(Debug, Parser)]
#[command(name = "swelearn", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// Also read topics from DIR (repeatable); a topic with the id of a bundled one replaces it.
    #[arg(long = "content", value_name = "DIR", global = true)]
    pub content: Vec<PathBuf>,

    /// Keep user data (user topics, progress) in DIR instead of the XDG data directory.
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Colours of the terminal UI (default: from config.toml, else auto).
    #[arg(long, value_enum, global = true)]
    pub theme: Option<crate::config::ThemeChoice>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List topics as a table, or as JSON.
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a topic, by id or by a fuzzy title ("db repl").
    Show(ShowArgs),
    /// Full-text search over titles, tags and bodies.
    Search(SearchArgs),
    /// List every tag with the number of topics that carry it.
    Tags(JsonArg),
    /// Show a random topic to study (optionally filtered).
    Random(RandomArgs),
    /// Lint topic files or folders; exits 1 if any has an error.
    Check(CheckArgs),
    /// Review due flashcards, scheduled with FSRS (line mode; reads stdin when piped).
    Review(ReviewArgs),
    /// Multiple-choice questions from the topics' quizzes, scored and explained.
    Quiz(QuizArgs),
    /// Study statistics: due cards, forecast, history, retention and mastery.
    Stats(JsonArg),
    /// Fit the FSRS parameters to your own review history.
    Optimize,
    /// Show or change study settings (no KEY: list them).
    Config {
        /// The setting (desired-retention, new-per-day, reviews-per-day, streak).
        key: Option<String>,
        /// Its new value.
        value: Option<String>,
    },
    /// Write your reviews, read marks, bookmarks and notes to a file (JSON Lines), or your cards
    /// as an Anki import file.
    Export(ExportArgs),
    /// Merge a file written by `export` (importing twice changes nothing).
    Import {
        /// The file to read.
        file: PathBuf,
    },
    /// A timed mock interview in line mode, or `--history` of past ones.
    Mock(MockArgs),
    /// Your STAR stories: `stories add` (reads them from stdin), `stories` lists them and the
    /// signal areas no story covers yet.
    Stories {
        /// `add` to add a story.
        action: Option<String>,
    },
    /// A day-by-day study plan to the interview date.
    Plan(PlanArgs),
    /// Today's part of the plan: what to read, cards due, ahead or behind.
    Today,
    /// Readiness per category and topic, from read marks, recall, quizzes and mocks.
    Readiness(JsonArg),
    /// Coding practice: list problems, start, test and submit solutions judged offline.
    Code(code::CodeArgs),
    /// Run an interactive lab's simulation (no NAME: list the labs).
    Lab {
        /// The lab: quorum, read-repair, merkle, hash-ring, estimate, availability, bloom, rate-limit.
        name: Option<String>,
        /// The lab's parameters as --KEY VALUE (see `swelearn lab NAME --help-params`), and
        /// --seed S, --step N, --json.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `swelearn man > swelearn.1`.
    Man,
    /// The coding judge's sandbox launcher (internal): runs a program under limits.
    #[command(name = "__sandbox", hide = true)]
    Sandbox {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
}

/// Filters shared by `list` and `random`.
#[derive(Debug, Args, Default)]
pub struct Filters {
    /// Only topics with this tag.
    #[arg(long)]
    pub tag: Option<String>,
    /// Only topics of this difficulty.
    #[arg(long, value_enum)]
    pub difficulty: Option<DifficultyArg>,
    /// Only topics of this category.
    #[arg(long, value_enum)]
    pub category: Option<CategoryArg>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The topic: its id, its title, or part of the title.
    pub topic: String,
    /// Print plain text without colours or box drawing (the default when piped).
    #[arg(long)]
    pub plain: bool,
    /// Print the parsed topic as JSON.
    #[arg(long, conflicts_with = "plain")]
    pub json: bool,
    /// Show only this section (e.g. "key points", "diagram").
    #[arg(long, value_name = "NAME")]
    pub section: Option<String>,
    /// Print straight to the terminal: a topic longer than the screen is otherwise shown
    /// through `$PAGER` (default `less -R`; an empty PAGER or `cat` never pages).
    #[arg(long)]
    pub no_pager: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to search for.
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Print results as JSON.
    #[arg(long)]
    pub json: bool,
    /// Show at most N results (0 shows all).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct JsonArg {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RandomArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Print plain text without colours or box drawing.
    #[arg(long)]
    pub plain: bool,
    /// Print the topic as JSON.
    #[arg(long, conflicts_with = "plain")]
    pub json: bool,
    /// Seed the choice, to repeat it.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Print straight to the terminal instead of through `$PAGER`.
    #[arg(long)]
    pub no_pager: bool,
}

/// Which cards or questions a study command covers.
#[derive(Debug, Args, Default)]
pub struct StudyScope {
    /// Only this topic (id or title).
    #[arg(long)]
    pub topic: Option<String>,
    /// Only topics with this tag.
    #[arg(long)]
    pub tag: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub scope: StudyScope,
    /// Review at most N cards (0: no limit, as with no --limit).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct QuizArgs {
    #[command(flatten)]
    pub scope: StudyScope,
    /// Ask N questions (1 to 1000).
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub count: u16,
    /// Seed the choice and order of questions and options, to repeat a quiz.
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct MockArgs {
    /// What to practise.
    #[arg(long, value_parser = ["system-design", "behavioral", "coding"], default_value = "system-design")]
    pub kind: String,
    /// Length in minutes, 1 to 600 (default 45, or 30 for behavioral).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=600))]
    pub minutes: Option<u32>,
    /// The problem to practise (id or title); default: the one practised least recently.
    #[arg(long)]
    pub topic: Option<String>,
    /// List past mock interviews and the trend of their scores.
    #[arg(long)]
    pub history: bool,
    /// Seed the choices, to repeat a mock.
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The interview date, YYYY-MM-DD (remembered for `swelearn today`).
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub interview: Option<String>,
    /// Minutes you can study a day (1 to 1440).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1440))]
    pub minutes_per_day: Option<u32>,
    /// Only these categories, comma-separated (system-design, design-problem, dsa, behavioral, fundamentals).
    #[arg(long, value_delimiter = ',')]
    pub focus: Vec<CategoryArg>,
    /// Print the plan as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The file to write.
    pub file: PathBuf,
    /// Write the cards as a tab-separated file for Anki's File > Import (Basic and Cloze).
    #[arg(long)]
    pub anki: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders of topics to lint (default: the whole library).
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DifficultyArg {
    Easy,
    Medium,
    Hard,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CategoryArg {
    SystemDesign,
    DesignProblem,
    Dsa,
    Behavioral,
    Fundamentals,
}

impl DifficultyArg {
    pub fn to_core(self) -> swelearn_core::Difficulty {
        use swelearn_core::Difficulty as D;
        match self {
            DifficultyArg::Easy => D::Easy,
            DifficultyArg::Medium => D::Medium,
            DifficultyArg::Hard => D::Hard,
        }
    }
}

impl CategoryArg {
    pub fn to_core(self) -> swelearn_core::Category {
        use swelearn_core::Category as C;
        match self {
            CategoryArg::SystemDesign => C::SystemDesign,
            CategoryArg::DesignProblem => C::DesignProblem,
            CategoryArg::Dsa => C::Dsa,
            CategoryArg::Behavioral => C::Behavioral,
            CategoryArg::Fundamentals => C::Fundamentals,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
