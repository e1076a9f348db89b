//! The statement, examples and constraints as a comment at the top of a starter file, wrapped at
//! 100 columns. Problem text is untrusted: control characters are removed, and nothing in it can
//! end the comment early (a Java `\u000a` escape, a C++ line ending in a backslash) or change how
//! the file is read (a Python encoding declaration on the first two lines).

use crate::problem::Problem;
use crate::problem::lang::Lang;
use crate::sanitize;

/// The widest a comment line may be, counting its `#` or `//`.
pub const WIDTH: usize = 100;

/// The comment block for a problem, ending with a newline.
pub fn statement(problem: &Problem, lang: Lang) -> String {
    let (text, _) = sanitize::strip_controls(&format!(
        "{}\n\n{}",
        problem.title,
        problem.statement_markdown()
    ));
    let c = lang.comment();
    // The first line holds only the id and difficulty (slugs), so a title cannot be read as a
    // Python encoding declaration.
    let mut out = format!("{c} Problem {} ({})\n{c}\n", problem.id, problem.difficulty);
    for line in plain_lines(&text, WIDTH - c.len() - 1) {
        let line = if lang == Lang::Java {
            // Java reads `\uXXXX` escapes before comments, even inside them.
            line.replace("\\u", "\\ u")
        } else {
            line
        };
        if line.is_empty() {
            out.push_str(c);
        } else {
            out.push_str(c);
            out.push(' ');
            out.push_str(&line);
        }
        out.push('\n');
    }
    // A last empty comment line: a C++ line ending in `\` would splice the next line into the
    // comment, and here the next line is another comment.
    out.push_str(c);
    out.push('\n');
    out
}

fn list_marker(line: &str) -> Option<usize> {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") {
        return Some(2);
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && t[digits..].starts_with(". ")).then_some(digits + 2)
}

/// Markdown reflowed into plain lines of at most `width` columns (code blocks kept verbatim,
/// indented by four spaces; list items with a hanging indent).
pub fn plain_lines(markdown: &str, width: usize) -> Vec<String> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let blank = |out: &mut Vec<String>| {
        if out.last().is_some_and(|l| !l.is_empty()) {
            out.push(String::new());
        }
    };
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        let t = line.trim_start();
        if t.is_empty() {
            blank(&mut out);
            i += 1;
        } else if t.starts_with("```") {
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                let code = lines[i].trim_end();
                out.push(if code.is_empty() {
                    String::new()
                } else {
                    format!("    {code}")
                });
                i += 1;
            }
            i += 1;
        } else if t.starts_with('#') {
            blank(&mut out);
            out.push(t.trim_start_matches('#').trim().to_owned());
            out.push(String::new());
            i += 1;
        } else if let Some(marker) = list_marker(line) {
            let mut item = t.to_owned();
            i += 1;
            while i < lines.len() {
                let next = lines[i];
                if next.trim().is_empty()
                    || !next.starts_with(' ')
                    || list_marker(next).is_some()
                    || next.trim_start().starts_with("```")
                {
                    break;
                }
                item.push(' ');
                item.push_str(next.trim());
                i += 1;
            }
            wrap_into(&mut out, &item, width, marker);
        } else {
            let mut para = t.to_owned();
            i += 1;
            while i < lines.len() {
                let next = lines[i].trim();
                if next.is_empty()
                    || next.starts_with("```")
                    || next.starts_with('#')
                    || list_marker(lines[i]).is_some()
                {
                    break;
                }
                para.push(' ');
                para.push_str(next);
                i += 1;
            }
            wrap_into(&mut out, &para, width, 0);
        }
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

fn wrap_into(out: &mut Vec<String>, text: &str, width: usize, hang: usize) {
    let indent = " ".repeat(hang);
    let options = textwrap::Options::new(width)
        .subsequent_indent(&indent)
        .break_words(false);
    out.extend(
        textwrap::wrap(text, options)
            .into_iter()
            .map(|l| l.trim_end().to_owned()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_reflow_and_code_stays() {
        let md = "## Problem\n\nA long\nsentence that was wrapped.\n\n- an item\n  that continues\n- another\n\n```example\nnums = [1, 2]\n-> [0, 1]\n```\n";
        assert_eq!(
            plain_lines(md, 20),
            [
                "Problem",
                "",
                "A long sentence that",
                "was wrapped.",
                "",
                "- an item that",
                "  continues",
                "- another",
                "",
                "    nums = [1, 2]",
                "    -> [0, 1]",
            ]
        );
    }

    #[test]
    fn numbered_items_hang_under_their_text() {
        let lines = plain_lines("1. first words here\n10. x", 12);
        assert_eq!(lines, ["1. first", "   words", "   here", "10. x"]);
    }
}
