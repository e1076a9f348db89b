//! The topic model: what a parsed topic file holds, with every field documented.

use serde::{Deserialize, Serialize};

use crate::study_items::{Flashcard, QuizQuestion};

/// How hard a topic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// Which part of the interview a topic prepares for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Fundamentals,
    SystemDesign,
    DesignProblem,
    Dsa,
    Behavioral,
}

/// The seniority a topic aims at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Junior,
    Mid,
    Senior,
    Staff,
}

macro_rules! named_enum {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The name used in topic files and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }

            /// Parses the name used in topic files.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($name => Some($ty::$variant),)+ _ => None }
            }

            /// The accepted names, as "a, b or c" for messages.
            pub fn choices() -> String {
                crate::text::or_list(&[$($name),+])
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum!(Difficulty { Easy = "easy", Medium = "medium", Hard = "hard" });
named_enum!(Category {
    Fundamentals = "fundamentals",
    SystemDesign = "system-design",
    DesignProblem = "design-problem",
    Dsa = "dsa",
    Behavioral = "behavioral",
});
named_enum!(Level { Junior = "junior", Mid = "mid", Senior = "senior", Staff = "staff" });

/// The sections the format gives a meaning to; anything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    Overview,
    WhenToUse,
    TradeOffs,
    ArchitectureDiagram,
    KeyPoints,
    StaffTakeaway,
    Flashcards,
    Quiz,
    Practice,
    Rubric,
    FollowUps,
    Requirements,
    Estimates,
    Api,
    DataModel,
    DeepDives,
    Other,
}

impl SectionKind {
    /// Known sections and their exact headings.
    pub const KNOWN: &'static [(SectionKind, &'static str)] = &[
        (SectionKind::Overview, "Overview"),
        (SectionKind::WhenToUse, "When to Use"),
        (SectionKind::TradeOffs, "Trade-offs & Gotchas"),
        (SectionKind::ArchitectureDiagram, "Architecture Diagram"),
        (SectionKind::KeyPoints, "Key Points for Interviews"),
        (SectionKind::StaffTakeaway, "Staff Takeaway"),
        (SectionKind::Flashcards, "Flashcards"),
        (SectionKind::Quiz, "Quiz"),
        (SectionKind::Practice, "Practice"),
        (SectionKind::Rubric, "Rubric"),
        (SectionKind::FollowUps, "Follow-ups"),
        (SectionKind::Requirements, "Requirements"),
        (SectionKind::Estimates, "Estimates"),
        (SectionKind::Api, "API"),
        (SectionKind::DataModel, "Data Model"),
        (SectionKind::DeepDives, "Deep Dives"),
    ];

    /// Sections every topic must have.
    pub const REQUIRED: &'static [SectionKind] = &[
        SectionKind::Overview,
        SectionKind::WhenToUse,
        SectionKind::TradeOffs,
        SectionKind::ArchitectureDiagram,
        SectionKind::KeyPoints,
    ];

    /// Sections a design problem must have besides the required ones.
    pub const REQUIRED_FOR_DESIGN_PROBLEM: &'static [SectionKind] = &[
        SectionKind::Requirements,
        SectionKind::Estimates,
        SectionKind::Api,
        SectionKind::DataModel,
        SectionKind::DeepDives,
    ];

    /// The kind of a heading, matched without regard to case or surrounding space.
    pub fn from_heading(heading: &str) -> SectionKind {
        let heading = heading.trim();
        Self::KNOWN
            .iter()
            .find(|(_, name)| name.eq_ignore_ascii_case(heading))
            .map_or(SectionKind::Other, |(kind, _)| *kind)
    }

    /// The exact heading of a known section.
    pub fn heading(self) -> &'static str {
        Self::KNOWN
            .iter()
            .find(|(kind, _)| *kind == self)
            .map_or("", |(_, name)| name)
    }
}

/// One `##` section of a topic, its body kept as Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The heading as written.
    pub title: String,
    pub kind: SectionKind,
    /// The Markdown between this heading and the next.
    pub body: String,
    /// 1-based line of the heading in the file.
    pub line: usize,
}

/// What a topic is known by everywhere: the metadata its front matter declares. A parsed
/// [`Topic`], the catalog's entry for it and the study planner all hold this one struct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicMeta {
    /// Unique id: the front matter `id`, or the file name's stem.
    pub id: String,
    pub title: String,
    pub tags: Vec<String>,
    pub difficulty: Difficulty,
    /// Estimated reading time in minutes.
    pub minutes: u16,
    pub category: Category,
    pub level: Option<Level>,
    /// Ids of related topics.
    pub related: Vec<String>,
    /// Ids of labs this topic offers.
    pub labs: Vec<String>,
}

/// Implements `Deref` to [`TopicMeta`] for a type that embeds it as `meta`, so `x.title` reads
/// the same whichever of them `x` is.
macro_rules! deref_to_meta {
    ($ty:ty) => {
        impl std::ops::Deref for $ty {
            type Target = $crate::topic::TopicMeta;
            fn deref(&self) -> &Self::Target {
                &self.meta
            }
        }

        impl std::ops::DerefMut for $ty {
            fn deref_mut(&mut self) -> &mut Self::Target {
                &mut self.meta
            }
        }
    };
}
pub(crate) use deref_to_meta;

/// A parsed topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// Its metadata (serialized inline, as the topic's own fields).
    #[serde(flatten)]
    pub meta: TopicMeta,
    /// Whether Key Points for Interviews become flashcards.
    pub key_point_cards: bool,
    pub schema_version: u32,
    /// The sections in file order.
    pub sections: Vec<Section>,
    /// Cards from the `## Flashcards` section.
    pub flashcards: Vec<Flashcard>,
    /// Questions from the `## Quiz` section.
    pub quiz: Vec<QuizQuestion>,
}

deref_to_meta!(Topic);

impl Topic {
    /// The first section of a kind.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Finds a section by a name the user typed: exact (any case), then prefix, then substring.
    pub fn find_section(&self, name: &str) -> Option<&Section> {
        let want = crate::text::normalize_name(name);
        let norm: Vec<String> = self
            .sections
            .iter()
            .map(|s| crate::text::normalize_name(&s.title))
            .collect();
        let pick = |f: &dyn Fn(&str) -> bool| norm.iter().position(|n| f(n));
        pick(&|n| n == want)
            .or_else(|| pick(&|n| n.starts_with(&want)))
            .or_else(|| pick(&|n| n.contains(&want)))
            .map(|i| &self.sections[i])
    }
}
