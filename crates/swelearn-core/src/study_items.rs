//! The study material inside a topic: `## Flashcards` cards and `## Quiz` questions, parsed from
//! the line-based syntax in docs/FORMAT.md with a diagnostic for every malformed item.

use serde::Serialize;

use crate::diagnostic::Sink;

/// One flashcard as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Flashcard {
    /// A question and its answer.
    Basic {
        question: String,
        answer: String,
        line: usize,
    },
    /// A sentence with one or more `{{deletions}}`; each deletion is its own card.
    Cloze {
        text: String,
        deletions: Vec<String>,
        line: usize,
    },
}

/// A multiple-choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizQuestion {
    pub question: String,
    pub options: Vec<QuizOption>,
    pub explanation: String,
    pub line: usize,
}

/// One option of a quiz question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizOption {
    pub text: String,
    pub correct: bool,
}

/// A top-level list item: its first line (without the marker), the dedented continuation lines
/// with their line numbers, and the item's own line number.
struct Item {
    line: usize,
    first: String,
    rest: Vec<(usize, String)>,
}

/// Splits a section body into top-level list items. Lines before the first item and lines not
/// inside any item are reported.
fn items(
    body: &str,
    first_line: usize,
    numbered: bool,
    sink: &mut Sink,
    section: &str,
) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for (i, raw) in body.lines().enumerate() {
        let line = first_line + i;
        if raw.trim().is_empty() {
            continue;
        }
        if let Some(text) = item_start(raw, numbered) {
            out.push(Item {
                line,
                first: text.trim().to_owned(),
                rest: Vec::new(),
            });
        } else if raw.starts_with([' ', '\t']) && !out.is_empty() {
            // Keep deeper nesting visible (one leading space) for the quiz parser, where the
            // continuation of an option sits deeper than the options themselves.
            let indent = raw.len() - raw.trim_start().len();
            let text = if indent >= 6 {
                format!(" {}", raw.trim_start())
            } else {
                raw.trim_start().to_owned()
            };
            if let Some(last) = out.last_mut() {
                last.rest.push((line, text));
            }
        } else {
            let expected = if numbered {
                "start each question with `1.`, `2.`, ... at the start of the line"
            } else {
                "start each card with `- Q:` or `- C:` at the start of the line"
            };
            sink.error(
                line,
                1,
                format!("unexpected text in ## {section}: {expected}"),
            );
        }
    }
    out
}

fn item_start(raw: &str, numbered: bool) -> Option<&str> {
    if numbered {
        let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let rest = &raw[digits..];
        rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))
    } else {
        raw.strip_prefix("- ").or_else(|| raw.strip_prefix("* "))
    }
}

/// Parses the body of a `## Flashcards` section that starts on `first_line`.
pub fn parse_flashcards(body: &str, first_line: usize, sink: &mut Sink) -> Vec<Flashcard> {
    let mut cards = Vec::new();
    for item in items(body, first_line, false, sink, "Flashcards") {
        if let Some(q) = strip_label(&item.first, "Q:") {
            let mut question = vec![q.to_owned()];
            let mut answer: Option<Vec<String>> = None;
            for (_, text) in &item.rest {
                let text = text.trim();
                if let Some(a) = answer.as_mut() {
                    a.push(text.to_owned());
                } else if let Some(a) = strip_label(text, "A:") {
                    answer = Some(vec![a.to_owned()]);
                } else {
                    question.push(text.to_owned());
                }
            }
            let question = join(&question);
            let Some(answer) = answer.map(|a| join(&a)) else {
                sink.error(item.line, 3, "this card has a question but no answer: add an indented line `  A: ...` under it");
                continue;
            };
            if question.is_empty() || answer.is_empty() {
                sink.error(
                    item.line,
                    3,
                    "a card's question and answer must both have text",
                );
                continue;
            }
            cards.push(Flashcard::Basic {
                question,
                answer,
                line: item.line,
            });
        } else if let Some(c) = strip_label(&item.first, "C:") {
            let mut text = vec![c.to_owned()];
            text.extend(item.rest.iter().map(|(_, t)| t.trim().to_owned()));
            let text = join(&text);
            match cloze_deletions(&text) {
                Ok(deletions) if !deletions.is_empty() => {
                    cards.push(Flashcard::Cloze { text, deletions, line: item.line });
                }
                Ok(_) => sink.error(item.line, 3, "a cloze card needs at least one deletion in double braces, e.g. `{{Merkle trees}}`"),
                Err(msg) => sink.error(item.line, 3, msg),
            }
        } else {
            sink.error(
                item.line,
                3,
                "a flashcard must start with `Q:` (question and answer) or `C:` (cloze)",
            );
        }
    }
    cards
}

fn strip_label<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    text.strip_prefix(label).map(str::trim)
}

fn join(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `{{...}}` deletions of a cloze text, or a message when the braces do not pair up.
pub fn cloze_deletions(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            return Err(
                "a `{{` in this cloze card is never closed: add `}}` after the hidden words"
                    .to_owned(),
            );
        };
        let inner = after[..close].trim();
        if inner.is_empty() || inner.contains("{{") {
            return Err(
                "a cloze deletion must hold some words and cannot nest: write `{{words}}`"
                    .to_owned(),
            );
        }
        out.push(inner.to_owned());
        rest = &after[close + 2..];
    }
    if rest.contains("}}") {
        return Err("a `}}` in this cloze card has no `{{` before it".to_owned());
    }
    Ok(out)
}

/// Parses the body of a `## Quiz` section that starts on `first_line`.
pub fn parse_quiz(body: &str, first_line: usize, sink: &mut Sink) -> Vec<QuizQuestion> {
    let mut out = Vec::new();
    for item in items(body, first_line, true, sink, "Quiz") {
        let mut question = vec![item.first.clone()];
        let mut options: Vec<QuizOption> = Vec::new();
        let mut explanation: Vec<String> = Vec::new();
        let mut bad = false;
        for (line, text) in &item.rest {
            let nested = text.starts_with(' ');
            let text = text.trim();
            if let Some((correct, opt)) = option(text) {
                options.push(QuizOption {
                    text: opt.to_owned(),
                    correct,
                });
            } else if let Some(why) = text.strip_prefix('>') {
                explanation.push(why.trim().to_owned());
            } else if !explanation.is_empty() {
                explanation.push(text.to_owned());
            } else if options.is_empty() {
                question.push(text.to_owned());
            } else if nested {
                if let Some(last) = options.last_mut() {
                    last.text.push(' ');
                    last.text.push_str(text);
                }
            } else {
                sink.error(*line, 1, "unexpected line after the options: write options as `- [ ] text` or `- [x] text`, then the explanation as `> text`");
                bad = true;
            }
        }
        let question = join(&question);
        let explanation = join(&explanation);
        if options.len() < 2 {
            sink.error(item.line, 1, "a quiz question needs at least two options, written `- [ ] text` (wrong) or `- [x] text` (right)");
        } else if !options.iter().any(|o| o.correct) {
            sink.error(
                item.line,
                1,
                "no option is marked right: mark the right one(s) `- [x]`",
            );
        } else if explanation.is_empty() {
            sink.error(item.line, 1, "a quiz question needs a one-line explanation after its options: `> why the right answer is right`");
        } else if !bad {
            out.push(QuizQuestion {
                question,
                options,
                explanation,
                line: item.line,
            });
        }
    }
    out
}

fn option(text: &str) -> Option<(bool, &str)> {
    let rest = text
        .strip_prefix("- [")
        .or_else(|| text.strip_prefix("* ["))?;
    let (mark, opt) = rest.split_at_checked(2)?;
    let correct = match mark {
        "x]" | "X]" => true,
        " ]" => false,
        _ => return None,
    };
    Some((correct, opt.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_question_and_cloze_cards() {
        let body = "\n- Q: What is R?\n  A: The read quorum,\n  the replicas a read waits for.\n- C: Anti-entropy compares {{Merkle trees}} of {{key ranges}}.\n";
        let mut sink = Sink::new("t.md");
        let cards = parse_flashcards(body, 10, &mut sink);
        assert!(sink.out.is_empty(), "{:?}", sink.out);
        assert_eq!(
            cards,
            vec![
                Flashcard::Basic {
                    question: "What is R?".into(),
                    answer: "The read quorum, the replicas a read waits for.".into(),
                    line: 11
                },
                Flashcard::Cloze {
                    text: "Anti-entropy compares {{Merkle trees}} of {{key ranges}}.".into(),
                    deletions: vec!["Merkle trees".into(), "key ranges".into()],
                    line: 14
                },
            ]
        );
    }

    #[test]
    fn reports_bad_cards() {
        let body = "- Q: no answer\n- C: no deletion\n- C: open {{brace\n- plain item\n";
        let mut sink = Sink::new("t.md");
        let cards = parse_flashcards(body, 1, &mut sink);
        assert!(cards.is_empty());
        let msgs: Vec<String> = sink.out.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            vec![
                "t.md:1:3: error: this card has a question but no answer: add an indented line `  A: ...` under it",
                "t.md:2:3: error: a cloze card needs at least one deletion in double braces, e.g. `{{Merkle trees}}`",
                "t.md:3:3: error: a `{{` in this cloze card is never closed: add `}}` after the hidden words",
                "t.md:4:3: error: a flashcard must start with `Q:` (question and answer) or `C:` (cloze)",
            ]
        );
    }

    #[test]
    fn parses_quiz_questions() {
        let body = "1. With N = 5 and W = 3, which R?\n   - [ ] 1\n   - [ ] 2\n   - [x] 3\n   > R + W > N needs R > 2.\n2. Pick all\n   - [x] a\n   - [X] b\n   > both\n";
        let mut sink = Sink::new("t.md");
        let quiz = parse_quiz(body, 1, &mut sink);
        assert!(sink.out.is_empty(), "{:?}", sink.out);
        assert_eq!(quiz.len(), 2);
        assert_eq!(quiz[0].question, "With N = 5 and W = 3, which R?");
        assert_eq!(quiz[0].options.iter().filter(|o| o.correct).count(), 1);
        assert_eq!(quiz[0].options[2].text, "3");
        assert_eq!(quiz[0].explanation, "R + W > N needs R > 2.");
        assert!(quiz[1].options.iter().all(|o| o.correct));
    }

    #[test]
    fn reports_bad_quiz_questions() {
        let body = "1. one option\n   - [x] a\n   > why\n2. none right\n   - [ ] a\n   - [ ] b\n   > why\n3. no why\n   - [x] a\n   - [ ] b\n";
        let mut sink = Sink::new("t.md");
        assert!(parse_quiz(body, 1, &mut sink).is_empty());
        let msgs: Vec<String> = sink.out.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            vec![
                "t.md:1:1: error: a quiz question needs at least two options, written `- [ ] text` (wrong) or `- [x] text` (right)",
                "t.md:4:1: error: no option is marked right: mark the right one(s) `- [x]`",
                "t.md:8:1: error: a quiz question needs a one-line explanation after its options: `> why the right answer is right`",
            ]
        );
    }
}
