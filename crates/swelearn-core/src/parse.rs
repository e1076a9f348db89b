//! Turns the bytes of one topic file into a [`Topic`], reporting every problem as a diagnostic.
//! A file with an error is not returned; the caller goes on with the rest of the library.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::diagnostic::{Diagnostic, Sink};
use crate::front_matter::{self, FrontMatter, is_valid_id};
use crate::markdown::{display_math_to_dollars, options as markdown_options};
use crate::study_items::{parse_flashcards, parse_quiz};
use crate::text::{LineIndex, edit_distance, normalize_name, width};
use crate::topic::{Category, Section, SectionKind, Topic, TopicMeta};
use crate::{MAX_TOPIC_BYTES, SCHEMA_VERSION, sanitize};

/// Widest line allowed inside a fenced block before a warning.
pub const MAX_FENCE_COLUMNS: usize = 80;

/// What parsing one file produced: the topic (when it had no errors), its unresolved links and
/// every diagnostic.
#[derive(Debug)]
pub struct Parsed {
    pub topic: Option<Topic>,
    /// `related` entries with their positions, checked against the library later.
    pub related_at: Vec<(String, usize, usize)>,
    /// `labs` entries with their positions, checked against the lab list later.
    pub labs_at: Vec<(String, usize, usize)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a topic file. `path` names it in diagnostics; `stem` is the default id.
pub fn parse_topic(bytes: &[u8], path: &str, stem: &str) -> Parsed {
    let mut sink = Sink::new(path);
    let mut parsed = Parsed {
        topic: None,
        related_at: Vec::new(),
        labs_at: Vec::new(),
        diagnostics: Vec::new(),
    };
    if bytes.len() as u64 > MAX_TOPIC_BYTES {
        sink.error(
            1,
            1,
            format!(
                "the file is {} KiB; topics must be at most 1024 KiB: split it into smaller topics",
                bytes.len().div_ceil(1024)
            ),
        );
        parsed.diagnostics = sink.out;
        return parsed;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = String::from_utf8_lossy(good).matches('\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            sink.error(
                line,
                col,
                format!(
                    "the file is not valid UTF-8 (byte 0x{:02x}): save it as UTF-8",
                    bytes[e.valid_up_to()]
                ),
            );
            parsed.diagnostics = sink.out;
            return parsed;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (clean, removed) = sanitize::strip_controls(text);
    if let Some((line, col)) = removed {
        sink.warning(
            line,
            col,
            "control characters (such as ESC) were removed: topics may not drive the terminal",
        );
    }
    let Some((fm, split)) = front_matter::parse(&clean, &mut sink) else {
        parsed.diagnostics = sink.out;
        return parsed;
    };
    let body = &clean[split.body_start..];
    let sections = sections(body, split.body_line, &mut sink);
    lint_math(body, split.body_line, &mut sink);
    let category = fm.category.unwrap_or(Category::SystemDesign);
    check_sections(&sections, category, &mut sink);
    let mut flashcards = Vec::new();
    let mut quiz = Vec::new();
    for s in &sections {
        match s.kind {
            SectionKind::Flashcards => {
                flashcards.extend(parse_flashcards(&s.body, s.line + 1, &mut sink));
            }
            SectionKind::Quiz => quiz.extend(parse_quiz(&s.body, s.line + 1, &mut sink)),
            _ => {}
        }
    }
    if fm.id.is_none() && !is_valid_id(stem) {
        sink.error(
            1,
            1,
            format!(
                "the file name {stem:?} cannot be the topic's id, which must be lowercase letters, digits and `-`: rename the file or add a line such as `id: my-topic` to the front matter"
            ),
        );
    }
    parsed.related_at.clone_from(&fm.related);
    parsed.labs_at.clone_from(&fm.labs);
    if !sink.has_errors() {
        parsed.topic = build(fm, stem, sections, flashcards, quiz);
    }
    parsed.diagnostics = sink.out;
    parsed
}

fn build(
    fm: FrontMatter,
    stem: &str,
    sections: Vec<Section>,
    flashcards: Vec<crate::study_items::Flashcard>,
    quiz: Vec<crate::study_items::QuizQuestion>,
) -> Option<Topic> {
    Some(Topic {
        meta: TopicMeta {
            id: fm.id.unwrap_or_else(|| stem.to_owned()),
            title: fm.title?,
            tags: fm.tags,
            difficulty: fm.difficulty?,
            minutes: fm.minutes?,
            category: fm.category.unwrap_or(Category::SystemDesign),
            level: fm.level,
            related: fm.related.into_iter().map(|(id, _, _)| id).collect(),
            labs: fm.labs.into_iter().map(|(id, _, _)| id).collect(),
        },
        key_point_cards: fm.key_point_cards.unwrap_or(true),
        schema_version: fm.schema_version.unwrap_or(SCHEMA_VERSION),
        sections,
        flashcards,
        quiz,
    })
}

/// Splits the body at its `##` headings (ignoring any inside code), and warns about wide fences.
fn sections(body: &str, body_line: usize, sink: &mut Sink) -> Vec<Section> {
    let lines = LineIndex::new(body);
    let mut heads: Vec<(usize, usize, String)> = Vec::new(); // (heading start, body start, title)
    let mut in_h2: Option<(usize, String)> = None;
    let mut decoded_control = false;
    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        if !decoded_control && decodes_to_control(&event) {
            decoded_control = true;
            sink.warning(
                body_line + lines.line(range.start) - 1,
                1,
                "a character reference here (such as `&#27;`) stands for a control character, which is shown as `?`: remove it",
            );
        }
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                in_h2 = Some((range.start, String::new()));
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                if let Some((start, title)) = in_h2.take() {
                    let end = body[range.end..]
                        .find('\n')
                        .map_or(body.len(), |i| range.end + i + 1);
                    let end = if body[range.start..range.end].ends_with('\n') {
                        range.end
                    } else {
                        end
                    };
                    let title = sanitize::clean(title.trim());
                    heads.push((start, end.min(body.len()), title));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => {
                if let Some((_, title)) = in_h2.as_mut() {
                    title.push_str(&t);
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                let block = &body[range.clone()];
                for (i, l) in block.lines().enumerate().skip(1) {
                    if width(l) > MAX_FENCE_COLUMNS && !l.trim_start().starts_with("```") {
                        let line = body_line + lines.line(range.start) - 1 + i;
                        sink.warning(
                            line,
                            MAX_FENCE_COLUMNS + 1,
                            format!(
                                "this code line is {} columns wide; keep diagrams within {MAX_FENCE_COLUMNS} columns so they fit a terminal",
                                width(l)
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
    }
    let first = heads.first().map_or(body.len(), |h| h.0);
    if !body[..first].trim().is_empty() {
        let offset = body.len() - body.trim_start().len();
        sink.warning(
            body_line + lines.line(offset) - 1,
            1,
            "text before the first `##` section is not shown: move it under `## Overview`",
        );
    }
    let mut out = Vec::with_capacity(heads.len());
    for (i, (start, body_start, title)) in heads.iter().enumerate() {
        let end = heads.get(i + 1).map_or(body.len(), |h| h.0);
        out.push(Section {
            kind: SectionKind::from_heading(title),
            title: title.clone(),
            body: body[(*body_start).min(end)..end]
                .trim_matches('\n')
                .to_owned()
                + "\n",
            line: body_line + lines.line(*start) - 1,
        });
    }
    out
}

/// Whether Markdown decoded a character reference in this event's text to a control character
/// (the raw file has none left by now).
fn decodes_to_control(event: &Event) -> bool {
    match event {
        Event::Text(t)
        | Event::Code(t)
        | Event::InlineMath(t)
        | Event::DisplayMath(t)
        | Event::Html(t)
        | Event::InlineHtml(t)
        | Event::FootnoteReference(t)
        | Event::Start(
            Tag::Link { dest_url: t, .. }
            | Tag::Image { dest_url: t, .. }
            | Tag::CodeBlock(CodeBlockKind::Fenced(t)),
        ) => sanitize::has_controls(t),
        _ => false,
    }
}

fn check_sections(sections: &[Section], category: Category, sink: &mut Sink) {
    let mut seen = Vec::new();
    for s in sections {
        if s.kind == SectionKind::Other {
            if let Some(known) = near_miss(&s.title) {
                sink.warning(
                    s.line,
                    4,
                    format!("section `## {}` looks like `## {known}`; spell it exactly so swelearn recognises it", s.title),
                );
            }
        } else if seen.contains(&s.kind) {
            sink.warning(
                s.line,
                4,
                format!("section `## {}` appears twice: merge the two", s.title),
            );
        } else {
            seen.push(s.kind);
        }
    }
    let extra = if category == Category::DesignProblem {
        SectionKind::REQUIRED_FOR_DESIGN_PROBLEM
    } else {
        &[]
    };
    for kind in SectionKind::REQUIRED.iter().chain(extra) {
        if !seen.contains(kind) {
            let why = if SectionKind::REQUIRED.contains(kind) {
                "every topic needs it"
            } else {
                "design problems need it"
            };
            sink.error(
                1,
                1,
                format!(
                    "missing section `## {}` ({why}): add it (see docs/FORMAT.md)",
                    kind.heading()
                ),
            );
        }
    }
}

fn near_miss(title: &str) -> Option<&'static str> {
    let norm = normalize_name(title);
    if norm.len() < 3 {
        return None;
    }
    SectionKind::KNOWN
        .iter()
        .map(|(_, name)| *name)
        .find(|name| {
            let known = normalize_name(name);
            (known.starts_with(&norm) && norm.len() >= 4) || edit_distance(&norm, &known, 2) <= 2
        })
}

/// Math is shown as plain text, so a LaTeX command such as `\frac` would reach the reader as
/// written: warn about each one.
fn lint_math(body: &str, body_line: usize, sink: &mut Sink) {
    if !body.contains('$') && !body.contains("\\[") {
        return;
    }
    let source = display_math_to_dollars(body);
    let lines = LineIndex::new(&source);
    for (event, range) in Parser::new_ext(&source, markdown_options()).into_offset_iter() {
        let (Event::InlineMath(math) | Event::DisplayMath(math)) = event else {
            continue;
        };
        let mut chars = math.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' || !chars.peek().is_some_and(|(_, n)| n.is_ascii_alphabetic()) {
                continue;
            }
            let name: String = math[i + 1..]
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            sink.warning(
                body_line + lines.line(range.start) - 1,
                1,
                format!("math is shown as plain text, so `\\{name}` would appear as written: use a symbol or words instead (e.g. × for \\times, ≤ for \\le, a/b for \\frac)"),
            );
            return;
        }
    }
}
