//! A whole topic as laid-out lines: a header, then each section under its heading, with the line
//! where each section starts so viewers can jump to it.

use std::fmt::Write as _;

use crate::doc::{self, Line, LineKind, Options, Span, Style};
use crate::duration::format_minutes;
use crate::study_items::Flashcard;
use crate::topic::{Section, SectionKind, Topic};

/// A rendered topic.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub lines: Vec<Line>,
    /// Each section's title and the index of its heading line in `lines`.
    pub sections: Vec<(String, usize)>,
    /// With quiz answers hidden, the index of each quiz question's first line in `lines`.
    pub questions: Vec<usize>,
}

/// Renders a topic, or only the given section of it.
pub fn render_topic(topic: &Topic, opts: Options, only: Option<&Section>) -> Rendered {
    render_topic_with(topic, opts, only, None)
}

/// Renders a topic as `render_topic` does, but with `revealed` (one flag per quiz question) the
/// quiz shows no answer: every option unticked and no explanation, except for the questions
/// revealed, which show their right options ticked and why.
pub fn render_topic_with(
    topic: &Topic,
    opts: Options,
    only: Option<&Section>,
    revealed: Option<&[bool]>,
) -> Rendered {
    let mut questions = Vec::new();
    let mut lines = Vec::new();
    let mut sections = Vec::new();
    if only.is_none() {
        header(topic, opts, &mut lines);
    }
    for section in &topic.sections {
        if only.is_some_and(|s| s.line != section.line) {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::blank());
        }
        sections.push((section.title.clone(), lines.len()));
        let hidden =
            revealed.filter(|_| section.kind == SectionKind::Quiz && !topic.quiz.is_empty());
        let body = match hidden {
            Some(revealed) => quiz_markdown(topic, revealed),
            None => section_markdown(topic, section),
        };
        let md = format!("## {}\n\n{body}", escape(&section.title));
        let start = lines.len();
        lines.extend(doc::layout(&md, opts));
        if hidden.is_some() {
            let mut at = start;
            for n in 1..=topic.quiz.len() {
                let head = format!("{n}. ");
                match (at..lines.len()).find(|&i| lines[i].text().starts_with(&head)) {
                    Some(i) => {
                        questions.push(i);
                        at = i + 1;
                    }
                    None => break,
                }
            }
        }
    }
    Rendered {
        lines,
        sections,
        questions,
    }
}

/// The quiz with answers hidden except where revealed: each question numbered, its options
/// unticked (or ticked as written, once revealed) and, once revealed, its explanation.
fn quiz_markdown(topic: &Topic, revealed: &[bool]) -> String {
    let mut md = String::new();
    for (i, q) in topic.quiz.iter().enumerate() {
        let shown = revealed.get(i).copied().unwrap_or(false);
        let many = q.options.iter().filter(|o| o.correct).count() > 1;
        let _ = writeln!(
            md,
            "**{}\\.** {}{}\n",
            i + 1,
            q.question,
            if many {
                " *(choose all that apply)*"
            } else {
                ""
            }
        );
        for o in &q.options {
            let tick = if shown && o.correct { "x" } else { " " };
            let _ = writeln!(md, "- [{tick}] {}", o.text);
        }
        if shown {
            let _ = writeln!(md, "\n> {}\n", q.explanation);
        } else {
            md.push('\n');
        }
    }
    md
}

/// The user's note, laid out as Markdown under "Your note", put between a topic's header and
/// its first section and listed first among the sections, so it is read, found and jumped to
/// like the rest. An empty note adds nothing.
pub fn insert_note(rendered: &mut Rendered, note: &str, opts: Options) {
    if note.trim().is_empty() {
        return;
    }
    let at = rendered
        .sections
        .first()
        .map_or(rendered.lines.len(), |s| s.1);
    let mut lines = doc::layout(&format!("## Your note\n\n{note}\n"), opts);
    lines.push(Line::blank());
    let added = lines.len();
    rendered.lines.splice(at..at, lines);
    for section in &mut rendered.sections {
        section.1 += added;
    }
    for question in &mut rendered.questions {
        *question += added;
    }
    rendered.sections.insert(0, ("Your note".to_owned(), at));
}

fn header(topic: &Topic, opts: Options, lines: &mut Vec<Line>) {
    lines.extend(doc::layout(&format!("# {}\n", escape(&topic.title)), opts));
    let sep = if opts.unicode { " · " } else { " | " };
    let mut meta = vec![
        topic.difficulty.to_string(),
        format_minutes(topic.minutes),
        topic.category.to_string(),
    ];
    if let Some(level) = topic.level {
        meta.push(level.to_string());
    }
    let dim = Style {
        dim: true,
        ..Style::default()
    };
    let mut info = vec![meta.join(sep)];
    if !topic.tags.is_empty() {
        info.push(format!("tags: {}", topic.tags.join(", ")));
    }
    if !topic.related.is_empty() {
        info.push(format!("related: {}", topic.related.join(", ")));
    }
    if !topic.labs.is_empty() {
        info.push(format!("labs: {}", topic.labs.join(", ")));
    }
    for text in info {
        let spans = vec![Span::new(text, dim)];
        for wrapped in doc_wrap(&spans, opts) {
            lines.push(Line {
                spans: wrapped,
                kind: LineKind::Text,
            });
        }
    }
}

fn doc_wrap(spans: &[Span], opts: Options) -> Vec<Vec<Span>> {
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    let style = spans.first().map(|s| s.style).unwrap_or_default();
    let opts = Options {
        keep_words: opts.keep_words,
        ..Options::new(opts.width, false)
    };
    doc::layout(&escape(&text), opts)
        .into_iter()
        .map(|l| vec![Span::new(l.text(), style)])
        .collect()
}

/// Escapes Markdown punctuation so text is shown as written.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|$~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Markdown shown for a section: flashcards as question and answer, everything else as
/// written.
pub fn section_markdown(topic: &Topic, section: &Section) -> String {
    if section.kind != SectionKind::Flashcards || topic.flashcards.is_empty() {
        return section.body.clone();
    }
    let mut md = String::new();
    for card in &topic.flashcards {
        match card {
            Flashcard::Basic {
                question, answer, ..
            } => {
                let _ = writeln!(md, "- **Q:** {question}  \n  **A:** {answer}");
            }
            Flashcard::Cloze { text, .. } => {
                let _ = writeln!(md, "- {}", text.replace("{{", "**").replace("}}", "**"));
            }
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_topic;

    #[test]
    fn renders_header_sections_and_cards() {
        let text = "---\ntitle: \"T\"\ntags: [a]\ndifficulty: easy\nestimated_time: 5min\n---\n## Overview\nHello.\n## When to Use\n- x\n## Trade-offs & Gotchas\n- y\n## Architecture Diagram\n```\n[a]-->[b]\n```\n## Key Points for Interviews\n- z\n## Flashcards\n- Q: q?\n  A: a.\n- C: the {{word}} is hidden\n";
        let topic = parse_topic(text.as_bytes(), "t.md", "t")
            .topic
            .expect("parses");
        let r = render_topic(&topic, Options::new(60, false), None);
        let text: Vec<String> = r.lines.iter().map(Line::text).collect();
        assert_eq!(text[0], "T");
        assert_eq!(text[1], "easy | 5min | system-design");
        assert_eq!(r.sections.len(), 6);
        assert_eq!(text[r.sections[0].1], "Overview");
        let cards = r.sections[5].1;
        assert_eq!(
            text[cards + 2..],
            ["- Q: q?", "  A: a.", "- the word is hidden"]
        );
        assert!(text.contains(&"  [a]-->[b]".to_owned()));
        let overview = r.sections[0].1;
        let mut noted = r.clone();
        insert_note(
            &mut noted,
            "TTL *caching* \u{1b}[2J",
            Options::new(60, false),
        );
        let lines: Vec<String> = noted.lines.iter().map(Line::text).collect();
        assert_eq!(noted.sections[0], ("Your note".to_owned(), overview));
        assert_eq!(lines[overview], "Your note");
        assert!(lines[overview + 2].starts_with("TTL caching"), "{lines:?}");
        assert!(!lines.concat().contains('\u{1b}'), "the note is cleaned");
        assert_eq!(
            lines[noted.sections[1].1], "Overview",
            "later sections move down"
        );
        let mut empty = r.clone();
        insert_note(&mut empty, "  ", Options::new(60, false));
        assert_eq!(empty.lines, r.lines);
    }

    #[test]
    fn quiz_answers_stay_hidden_until_their_question_is_revealed() {
        let text = "---\ntitle: \"T\"\ntags: [a]\ndifficulty: easy\nestimated_time: 5min\n---\n## Overview\nHello.\n## When to Use\n- x\n## Trade-offs & Gotchas\n- y\n## Architecture Diagram\n```\n[a]-->[b]\n```\n## Key Points for Interviews\n- z\n## Quiz\n1. Which R with N = 3, W = 2?\n   - [ ] 1\n   - [x] 2\n   > R + W > N.\n2. Which are quorums?\n   - [x] 2 of 3\n   - [x] 3 of 5\n   - [ ] 1 of 3\n   > A majority.\n";
        let topic = parse_topic(text.as_bytes(), "t.md", "t")
            .topic
            .expect("parses");
        let shown = |revealed: &[bool]| {
            let r = render_topic_with(&topic, Options::new(60, true), None, Some(revealed));
            let lines: Vec<String> = r.lines.iter().map(Line::text).collect();
            (lines, r.questions)
        };
        let (hidden, questions) = shown(&[false, false]);
        let all = hidden.join("\n");
        assert!(
            !all.contains('☑') && !all.contains("R + W") && !all.contains("majority"),
            "{all}"
        );
        assert_eq!(questions.len(), 2);
        assert!(hidden[questions[0]].starts_with("1. Which R"), "{hidden:?}");
        assert!(hidden[questions[1]].starts_with("2. Which are quorums? (choose all"));
        let (first, _) = shown(&[true, false]);
        let all = first.join("\n");
        assert!(all.contains("☑ 2") && all.contains("R + W > N."), "{all}");
        assert!(
            all.contains("☐ 2 of 3") && !all.contains("majority"),
            "{all}"
        );
        // Without flags, the quiz is shown as written (`show`, the line-mode printout).
        let written = render_topic(&topic, Options::new(60, true), None);
        assert!(written.lines.iter().any(|l| l.text().contains("☑")));
        assert!(written.questions.is_empty());
    }
}
