//! Links from topics to coding problems, written `[Title](problem:<id>)` (usually in a topic's
//! `## Practice` section): found in Markdown with their positions so `check` can report a link to
//! a problem that does not exist and the reader can open the ones that do. Pure: the caller knows
//! which problems exist.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::markdown::options as markdown_options;
use crate::sanitize;
use crate::text::LineIndex;

/// The URL scheme of a problem link.
pub const SCHEME: &str = "problem:";

/// One `[Title](problem:<id>)` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemLink {
    /// The problem id after `problem:`.
    pub id: String,
    /// The link's text, as shown (control characters removed).
    pub title: String,
    /// 1-based line and column (in characters) of the `[` in the Markdown given.
    pub line: usize,
    pub col: usize,
}

/// The problem id a link target names, if it is a problem link.
pub fn target(url: &str) -> Option<&str> {
    url.strip_prefix(SCHEME).map(str::trim)
}

/// Every problem link in `markdown`, in order. Links inside code are not links.
pub fn problem_links(markdown: &str) -> Vec<ProblemLink> {
    let lines = LineIndex::new(markdown);
    let mut out = Vec::new();
    // (id, title so far, start offset) of the open problem link.
    let mut open: Option<(String, String, usize)> = None;
    for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link {
                link_type: LinkType::Inline | LinkType::Reference | LinkType::Collapsed,
                dest_url,
                ..
            }) => {
                if let Some(id) = target(&dest_url) {
                    open = Some((id.to_owned(), String::new(), range.start));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => {
                if let Some((_, title, _)) = open.as_mut() {
                    title.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some((id, title, start)) = open.take() {
                    let line = lines.line(start);
                    let line_start = markdown[..start].rfind('\n').map_or(0, |i| i + 1);
                    let col = markdown[line_start..start].chars().count() + 1;
                    out.push(ProblemLink {
                        id,
                        title: sanitize::clean(title.trim()),
                        line,
                        col,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_problem_links_with_positions_and_ignores_others() {
        let md = "## Practice\n\n- [Pair With Target Sum](problem:pair-with-target-sum): the template.\n- A [web link](https://example.com) and `[code](problem:not-a-link)`.\n  - see [*Three* Sum](problem:three-sum-zero)\n\n```\n[x](problem:in-a-fence)\n```\n";
        let links = problem_links(md);
        assert_eq!(
            links,
            vec![
                ProblemLink {
                    id: "pair-with-target-sum".into(),
                    title: "Pair With Target Sum".into(),
                    line: 3,
                    col: 3,
                },
                ProblemLink {
                    id: "three-sum-zero".into(),
                    title: "Three Sum".into(),
                    line: 5,
                    col: 9,
                },
            ]
        );
        assert_eq!(target("problem:x"), Some("x"));
        assert_eq!(target("https://x"), None);
    }
}
