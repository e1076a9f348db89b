//! Layout tests: each Markdown construct topics use, at a fixed width.

use super::*;

fn plain(md: &str, width: usize) -> Vec<String> {
    layout(md, Options::new(width, false))
        .iter()
        .map(Line::text)
        .collect()
}

fn fancy(md: &str, width: usize) -> Vec<String> {
    layout(md, Options::new(width, true))
        .iter()
        .map(Line::text)
        .collect()
}

#[test]
fn wraps_prose_to_the_width() {
    let lines = plain("one two three four five six seven eight nine ten", 15);
    assert_eq!(
        lines,
        vec!["one two three", "four five six", "seven eight", "nine ten"]
    );
    assert!(lines.iter().all(|l| l.len() <= 15));
}

#[test]
fn splits_words_wider_than_the_line() {
    assert_eq!(plain("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
}

#[test]
fn keeps_diagrams_unwrapped_and_to_the_column() {
    let md =
        "```\n  [A] --> [B]\n      |\n  [a very long line that is wider than the width]\n```\n";
    assert_eq!(
        plain(md, 10),
        vec![
            "    [A] --> [B]",
            "        |",
            "    [a very long line that is wider than the width]"
        ]
    );
    let boxed = fancy("```text\nab\n```\n", 40);
    assert_eq!(boxed, vec!["┌ text ──┐", "│ ab     │", "└────────┘"]);
}

#[test]
fn renders_nested_and_numbered_lists() {
    let md = "- one\n  - inner item that wraps\n- two\n\n1. first\n2. second\n";
    assert_eq!(
        plain(md, 20),
        vec![
            "- one",
            "  * inner item that",
            "    wraps",
            "- two",
            "",
            "1. first",
            "2. second"
        ]
    );
}

#[test]
fn renders_emphasis_links_and_code_styles() {
    let lines = layout(
        "**bold** *it* `code` [site](https://example.org)",
        Options::new(80, true),
    );
    let spans = &lines[0].spans;
    assert!(spans.iter().any(|s| s.text == "bold" && s.style.bold));
    assert!(spans.iter().any(|s| s.text == "it" && s.style.italic));
    assert!(spans.iter().any(|s| s.text == "code" && s.style.code));
    assert!(spans.iter().any(|s| s.text == "site" && s.style.link));
    assert_eq!(lines[0].text(), "bold it code site (https://example.org)");
}

#[test]
fn problem_links_name_the_problem() {
    let lines = plain("Try [Pair Sum](problem:pair-with-target-sum).", 80);
    assert_eq!(lines[0], "Try Pair Sum (problem: pair-with-target-sum).");
}

#[test]
fn shows_math_without_delimiters() {
    let md = "If $R + W > N$ then:\n\n\\[R + W > N\\]\n\nand $$x = 1$$ too.\n";
    let lines = plain(md, 60);
    assert_eq!(lines[0], "If R + W > N then:");
    assert_eq!(lines[2], "    R + W > N");
    assert!(
        lines.iter().all(|l| !l.contains('$') && !l.contains("\\[")),
        "{lines:?}"
    );
}

#[test]
fn renders_tables_that_fit() {
    let md =
        "| Nines | Downtime per year |\n|---|--:|\n| 99.9% | 8.76 h |\n| 99.99% | 52.6 min |\n";
    assert_eq!(
        plain(md, 80),
        vec![
            "| Nines  | Downtime per year |",
            "|--------+-------------------|",
            "| 99.9%  |            8.76 h |",
            "| 99.99% |          52.6 min |",
        ]
    );
    for l in plain(md, 20) {
        assert!(l.len() <= 24, "{l}");
    }
}

#[test]
fn renders_block_quotes_and_headings() {
    assert_eq!(
        plain("### Deep\n\n> quoted text here\n", 40),
        vec!["Deep", "", "> quoted text here"]
    );
    assert_eq!(fancy("> q\n", 40), vec!["│ q"]);
}

#[test]
fn task_lists_show_their_marks() {
    assert_eq!(
        plain("- [x] right\n- [ ] wrong\n", 40),
        vec!["[x] right", "[ ] wrong"]
    );
}

#[test]
fn never_panics_on_tiny_widths() {
    let md = "# T\n\n- a **b** c\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nxx\n```\n> q\n";
    for w in 0..6 {
        let _ = layout(md, Options::new(w, true));
        let _ = layout(md, Options::new(w, false));
    }
}

#[test]
fn keeps_urls_and_long_words_whole_when_asked() {
    let md = "See [the paper](https://example.org/a/very/long/path/to/a/paper.pdf) and \
              supercalifragilisticexpialidocious words.";
    let opts = Options {
        keep_words: true,
        ..Options::new(20, false)
    };
    let lines: Vec<String> = layout(md, opts).iter().map(Line::text).collect();
    assert_eq!(
        lines,
        vec![
            "See the paper",
            "(https://example.org/a/very/long/path/to/a/paper.pdf)",
            "and",
            "supercalifragilisticexpialidocious",
            "words.",
        ]
    );
}

#[test]
fn decoded_character_references_never_leave_a_control_character() {
    let md = "# T &#27;]0;x&#7;\n\nA &#27;[2J b &#x9b;31m c&#13;d `&#27;` \
              [l](http://x/&#27;[2J) &#x85;\n\n| h |\n|---|\n| &#27;c |\n";
    for opts in [Options::new(30, false), Options::new(30, true)] {
        let lines = layout(md, opts);
        let text: String = lines.iter().map(|l| l.text() + "\n").collect();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("?[2J b ?31m c?d"), "{text:?}");
    }
}
