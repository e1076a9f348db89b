//! The library screen: topics grouped by category, filtered by category, difficulty and tag,
//! sorted by title, difficulty or time, with a selection that skips the group headings.

use swelearn_core::catalog::DocMeta;
use swelearn_core::{Category, Difficulty};

use super::action::Action;

/// How topics are ordered inside each category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Title,
    Difficulty,
    Time,
}

impl Sort {
    pub fn name(self) -> &'static str {
        match self {
            Sort::Title => "title",
            Sort::Difficulty => "difficulty",
            Sort::Time => "time",
        }
    }

    fn next(self) -> Sort {
        match self {
            Sort::Title => Sort::Difficulty,
            Sort::Difficulty => Sort::Time,
            Sort::Time => Sort::Title,
        }
    }
}

/// Topics shown by what you did with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    Bookmarked,
    Unread,
    /// Topics with cards a review offers now.
    Due,
}

impl Only {
    pub fn name(self) -> &'static str {
        match self {
            Only::Bookmarked => "bookmarked",
            Only::Unread => "unread",
            Only::Due => "cards to review",
        }
    }

    /// The next in the cycle all -> bookmarked -> unread -> due -> all.
    pub fn next(only: Option<Only>) -> Option<Only> {
        match only {
            None => Some(Only::Bookmarked),
            Some(Only::Bookmarked) => Some(Only::Unread),
            Some(Only::Unread) => Some(Only::Due),
            Some(Only::Due) => None,
        }
    }
}

/// A line of the list: a category heading or a topic (index into the catalog).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Group(Category),
    Topic(usize),
}

#[derive(Debug, Clone, Default)]
pub struct Home {
    pub category: Option<Category>,
    pub difficulty: Option<Difficulty>,
    pub tag: Option<String>,
    /// Only bookmarked, unread or due topics, and the catalog indexes that are (set with it).
    pub only: Option<Only>,
    pub keep: Option<std::collections::HashSet<usize>>,
    pub sort: Sort,
    pub rows: Vec<Row>,
    /// Index into `rows` of the selected topic (if any topic is shown).
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

impl Home {
    pub fn new(docs: &[DocMeta]) -> Home {
        let mut home = Home::default();
        home.rebuild(docs, usize::MAX);
        home
    }

    /// Recomputes the rows after a filter or sort change, keeping the selected topic if it is
    /// still shown.
    pub fn rebuild(&mut self, docs: &[DocMeta], height: usize) {
        let keep = self.selected_doc();
        let mut rows = Vec::new();
        for &cat in Category::ALL {
            let mut topics: Vec<usize> = (0..docs.len())
                .filter(|&i| {
                    let d = &docs[i];
                    d.category == cat
                        && self.category.is_none_or(|c| c == cat)
                        && self.difficulty.is_none_or(|x| x == d.difficulty)
                        && self.tag.as_ref().is_none_or(|t| d.tags.contains(t))
                        && self.keep.as_ref().is_none_or(|k| k.contains(&i))
                })
                .collect();
            if topics.is_empty() {
                continue;
            }
            let title = |i: &usize| docs[*i].title.to_lowercase();
            match self.sort {
                Sort::Title => topics.sort_by_key(title),
                Sort::Difficulty => topics.sort_by_key(|i| (docs[*i].difficulty, title(i))),
                Sort::Time => topics.sort_by_key(|i| (docs[*i].minutes, title(i))),
            }
            rows.push(Row::Group(cat));
            rows.extend(topics.into_iter().map(Row::Topic));
        }
        self.rows = rows;
        self.selected = keep
            .and_then(|d| self.rows.iter().position(|r| *r == Row::Topic(d)))
            .or_else(|| self.rows.iter().position(|r| matches!(r, Row::Topic(_))))
            .unwrap_or(0);
        self.offset = 0;
        self.fit(height);
    }

    /// The selected topic's catalog index.
    pub fn selected_doc(&self) -> Option<usize> {
        match self.rows.get(self.selected) {
            Some(Row::Topic(i)) => Some(*i),
            _ => None,
        }
    }

    /// Scrolls so the selection (and its group heading, at the top) is visible.
    pub fn fit(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset + 1 {
            self.offset = self.selected.saturating_sub(1);
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }

    fn topic_rows(&self) -> Vec<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::Topic(_)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Moves the selection by `delta` topics (clamped).
    fn step(&mut self, delta: isize) {
        let topics = self.topic_rows();
        let Some(pos) = topics.iter().position(|&r| r == self.selected) else {
            return;
        };
        let target = pos
            .saturating_add_signed(delta)
            .min(topics.len().saturating_sub(1));
        self.selected = topics[target];
    }

    pub fn set_tag(&mut self, tag: Option<String>, docs: &[DocMeta], height: usize) {
        self.tag = tag;
        self.rebuild(docs, height);
    }

    /// Navigation, filter and sort actions.
    pub fn update(&mut self, action: &Action, docs: &[DocMeta], height: usize) {
        let page = height.saturating_sub(2).max(1).cast_signed();
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::Scroll(n) => self.step(*n as isize),
            Action::PageDown => self.step(page),
            Action::PageUp => self.step(-page),
            Action::Top => self.step(isize::MIN / 2),
            Action::Bottom => self.step(isize::MAX / 2),
            Action::CycleCategory => {
                let all = Category::ALL;
                let present: Vec<Category> = all
                    .iter()
                    .copied()
                    .filter(|c| docs.iter().any(|d| d.category == *c))
                    .collect();
                self.category = match self.category {
                    None => present.first().copied(),
                    Some(c) => present
                        .iter()
                        .position(|x| *x == c)
                        .and_then(|i| present.get(i + 1).copied()),
                };
                self.rebuild(docs, height);
            }
            Action::CycleDifficulty => {
                self.difficulty = match self.difficulty {
                    None => Some(Difficulty::Easy),
                    Some(Difficulty::Easy) => Some(Difficulty::Medium),
                    Some(Difficulty::Medium) => Some(Difficulty::Hard),
                    Some(Difficulty::Hard) => None,
                };
                self.rebuild(docs, height);
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.rebuild(docs, height);
            }
            Action::ClearFilters => {
                self.category = None;
                self.difficulty = None;
                self.tag = None;
                self.only = None;
                self.keep = None;
                self.rebuild(docs, height);
            }
            _ => return,
        }
        self.fit(height);
    }

    /// The active filters and a sort other than by title, short, for the line above the list.
    pub fn chips(&self) -> Vec<String> {
        let mut chips = Vec::new();
        chips.extend(self.category.map(|c| c.as_str().to_owned()));
        chips.extend(self.difficulty.map(|d| d.as_str().to_owned()));
        chips.extend(self.tag.as_ref().map(|t| format!("#{t}")));
        chips.extend(self.only.map(|o| o.name().to_owned()));
        if self.sort != Sort::Title {
            chips.push(format!("sorted by {}", self.sort.name()));
        }
        chips
    }
}
