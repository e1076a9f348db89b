//! The Markdown dialect of topic bodies, shared by the parser (which checks a topic) and the
//! layout (which draws it), so the two read a body alike and neither depends on the other: the
//! extensions topics may use, and `\[ ... \]` display math rewritten for the Markdown parser.

/// The Markdown extensions topics may use.
pub fn options() -> pulldown_cmark::Options {
    use pulldown_cmark::Options;
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_MATH
}

/// Rewrites `\[ ... \]` display math as `$$ ... $$` (outside code fences) so the Markdown
/// parser sees it as math rather than escaped brackets.
pub fn display_math_to_dollars(md: &str) -> String {
    if !md.contains("\\[") {
        return md.to_owned();
    }
    let mut out = String::with_capacity(md.len());
    let mut in_fence = false;
    for line in md.split_inclusive('\n') {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        }
        if in_fence {
            out.push_str(line);
        } else {
            out.push_str(&replace_pairs(line));
        }
    }
    out
}

fn replace_pairs(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find("\\[") {
        let Some(close) = rest[open + 2..].find("\\]") else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str("$$");
        out.push_str(&rest[open + 2..open + 2 + close]);
        out.push_str("$$");
        rest = &rest[open + 2 + close + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Whether source text names `crate::<module>`, directly or in a `crate::{...}` group.
    fn names(text: &str, module: &str) -> bool {
        let word = |s: &str| {
            s.strip_prefix(module)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        };
        let direct = text
            .match_indices("crate::")
            .any(|(at, _)| word(&text[at + 7..]));
        let grouped = text.match_indices("crate::{").any(|(at, _)| {
            let group = &text[at + 8..];
            let group = &group[..group.find('}').unwrap_or(group.len())];
            group.split([',', ' ', '\n']).any(|item| word(item.trim()))
        });
        direct || grouped
    }

    #[test]
    fn the_parser_and_the_layout_do_not_depend_on_each_other() {
        assert!(names("use crate::doc::Line;", "doc"));
        assert!(names("use crate::{doc, sanitize};", "doc"));
        assert!(!names("use crate::docs;", "doc"));
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        assert!(
            !names(&read(&src.join("parse.rs")), "doc"),
            "parse.rs uses doc"
        );
        let mut doc = vec![src.join("doc.rs")];
        doc.extend(
            std::fs::read_dir(src.join("doc"))
                .expect("src/doc/")
                .map(|e| e.expect("entry").path()),
        );
        for path in doc {
            assert!(!names(&read(&path), "parse"), "{path:?} uses parse");
        }
    }

    #[test]
    fn display_math_becomes_dollars_outside_code() {
        assert_eq!(
            super::display_math_to_dollars("a \\[x^2\\] b\n```\n\\[y\\]\n```\n"),
            "a $$x^2$$ b\n```\n\\[y\\]\n```\n"
        );
    }
}
