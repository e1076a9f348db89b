//! Syntax highlighting of fenced code (syntect, as bat uses), with the language from the fence.
//! The syntax definitions load once, on the first highlighted block, so commands that show no
//! code with a language pay nothing.

use std::sync::OnceLock;

use swelearn_core::doc::{Colored, Highlighter};
use syntect::easy::HighlightLines;
use syntect::highlighting::{Theme, ThemeSet};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

fn theme(name: &str) -> Option<&'static Theme> {
    static SET: OnceLock<ThemeSet> = OnceLock::new();
    SET.get_or_init(ThemeSet::load_defaults).themes.get(name)
}

fn highlight(lang: &str, code: &str, theme_name: &str) -> Option<Colored> {
    let set = syntaxes();
    let syntax = set.find_syntax_by_token(lang)?;
    let mut lines = HighlightLines::new(syntax, theme(theme_name)?);
    let mut out = Vec::new();
    for line in LinesWithEndings::from(code) {
        let runs = lines.highlight_line(line, set).ok()?;
        out.push(
            runs.into_iter()
                .map(|(style, text)| {
                    (
                        text.trim_end_matches('\n').to_owned(),
                        [style.foreground.r, style.foreground.g, style.foreground.b],
                    )
                })
                .filter(|(text, _)| !text.is_empty())
                .collect(),
        );
    }
    Some(out)
}

fn dark(lang: &str, code: &str) -> Option<Colored> {
    highlight(lang, code, "base16-ocean.dark")
}

fn light(lang: &str, code: &str) -> Option<Colored> {
    highlight(lang, code, "InspiredGitHub")
}

/// The highlighter for a theme ("dark" or "light"); none when colour is off.
pub fn for_theme(name: &str) -> Option<Highlighter> {
    match name {
        "dark" => Some(dark),
        "light" => Some(light),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_known_languages_and_keeps_the_text() {
        let code = "def f(x):\n    return x + 1";
        let lines = dark("python", code).expect("python is known");
        assert_eq!(lines.len(), 2);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect();
        assert_eq!(text, ["def f(x):", "    return x + 1"]);
        let colours: std::collections::HashSet<[u8; 3]> =
            lines.iter().flatten().map(|(_, c)| *c).collect();
        assert!(colours.len() > 1, "tokens get different colours");
        assert!(light("rust", "fn main() {}").is_some());
        assert!(dark("no-such-language", "x").is_none());
        assert!(for_theme("no-color").is_none());
    }
}
