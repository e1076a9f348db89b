//! Colours of the terminal UI: a dark and a light theme, and a colourless one for `NO_COLOR`
//! (which keeps bold, reverse and underline so the layout still reads).

use ratatui::style::{Color, Modifier, Style};
use swelearn_core::Difficulty;
use swelearn_core::doc::Style as DocStyle;

use crate::config::{ThemeChoice, ThemeKind};

/// Every style the UI draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: &'static str,
    pub base: Style,
    pub header: Style,
    pub footer: Style,
    pub key: Style,
    pub selected: Style,
    pub dim: Style,
    pub accent: Style,
    pub group: Style,
    pub h1: Style,
    pub h2: Style,
    pub h3: Style,
    pub code: Style,
    pub math: Style,
    pub link: Style,
    pub mark: Style,
    pub current_mark: Style,
    pub quote: Style,
    pub border: Style,
    pub warn: Style,
    pub easy: Style,
    pub medium: Style,
    pub hard: Style,
}

impl Theme {
    pub fn dark() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            name: "dark",
            base: Style::new(),
            header: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            footer: Style::new().fg(Color::Gray).bg(Color::Indexed(236)),
            key: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Indexed(236))
                .add_modifier(Modifier::BOLD),
            selected: Style::new()
                .bg(Color::Indexed(238))
                .add_modifier(Modifier::BOLD),
            dim: fg(Color::DarkGray),
            accent: fg(Color::Cyan),
            group: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            h1: fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
            h2: fg(Color::LightCyan).add_modifier(Modifier::BOLD),
            h3: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            code: fg(Color::Yellow),
            math: fg(Color::Green),
            link: fg(Color::LightBlue).add_modifier(Modifier::UNDERLINED),
            mark: Style::new().fg(Color::Black).bg(Color::Yellow),
            current_mark: Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            quote: fg(Color::Gray).add_modifier(Modifier::ITALIC),
            border: fg(Color::DarkGray),
            warn: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            easy: fg(Color::Green),
            medium: fg(Color::Yellow),
            hard: fg(Color::LightRed),
        }
    }

    pub fn light() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            name: "light",
            header: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            footer: Style::new().fg(Color::Black).bg(Color::Indexed(252)),
            key: Style::new()
                .fg(Color::Blue)
                .bg(Color::Indexed(252))
                .add_modifier(Modifier::BOLD),
            selected: Style::new()
                .bg(Color::Indexed(153))
                .add_modifier(Modifier::BOLD),
            dim: fg(Color::Indexed(243)),
            accent: fg(Color::Blue),
            group: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            h1: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            h2: fg(Color::Blue).add_modifier(Modifier::BOLD),
            h3: fg(Color::Indexed(24)).add_modifier(Modifier::BOLD),
            code: fg(Color::Indexed(130)),
            math: fg(Color::Indexed(28)),
            link: fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            mark: Style::new().fg(Color::Black).bg(Color::Indexed(229)),
            current_mark: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            quote: fg(Color::Indexed(240)).add_modifier(Modifier::ITALIC),
            border: fg(Color::Indexed(248)),
            warn: fg(Color::Red).add_modifier(Modifier::BOLD),
            easy: fg(Color::Indexed(28)),
            medium: fg(Color::Indexed(130)),
            hard: fg(Color::Red),
            ..Theme::dark()
        }
    }

    /// No colours at all: emphasis by modifiers only.
    pub fn no_color() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        let rev = plain.add_modifier(Modifier::REVERSED);
        Theme {
            name: "no-color",
            base: plain,
            header: rev.add_modifier(Modifier::BOLD),
            footer: rev,
            key: rev.add_modifier(Modifier::BOLD),
            selected: rev,
            dim: plain,
            accent: bold,
            group: bold.add_modifier(Modifier::UNDERLINED),
            h1: bold.add_modifier(Modifier::UNDERLINED),
            h2: bold,
            h3: bold,
            code: plain,
            math: plain.add_modifier(Modifier::ITALIC),
            link: plain.add_modifier(Modifier::UNDERLINED),
            mark: rev,
            current_mark: rev.add_modifier(Modifier::BOLD),
            quote: plain.add_modifier(Modifier::ITALIC),
            border: plain,
            warn: bold,
            easy: plain,
            medium: plain,
            hard: bold,
        }
    }

    /// The theme of a kind.
    pub fn of(kind: ThemeKind) -> Theme {
        match kind {
            ThemeKind::Dark => Theme::dark(),
            ThemeKind::Light => Theme::light(),
            ThemeKind::NoColor => Theme::no_color(),
        }
    }

    /// The theme for a choice (see [`ThemeChoice::resolve`]).
    pub fn pick(choice: ThemeChoice, no_color: bool, colorfgbg: Option<&str>) -> Theme {
        Theme::of(choice.resolve(no_color, colorfgbg))
    }

    /// The style of a piece of rendered Markdown.
    pub fn doc(&self, s: DocStyle) -> Style {
        let mut out = match s.heading {
            0 if s.code && s.color.is_some() && self.name != "no-color" => {
                let [r, g, b] = s.color.unwrap_or_default();
                Style::new().fg(Color::Rgb(r, g, b))
            }
            1 => self.h1,
            2 => self.h2,
            3.. => self.h3,
            0 if s.code => self.code,
            0 if s.math => self.math,
            0 if s.link => self.link,
            0 if s.dim => self.dim,
            0 if s.quote => self.quote,
            _ => self.base,
        };
        if s.bold {
            out = out.add_modifier(Modifier::BOLD);
        }
        if s.italic {
            out = out.add_modifier(Modifier::ITALIC);
        }
        if s.strike {
            out = out.add_modifier(Modifier::CROSSED_OUT);
        }
        if s.mark {
            out = self.mark;
        }
        out
    }

    pub fn difficulty(&self, d: Difficulty) -> Style {
        match d {
            Difficulty::Easy => self.easy,
            Difficulty::Medium => self.medium,
            Difficulty::Hard => self.hard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_by_flag_no_color_and_background() {
        assert_eq!(Theme::pick(ThemeChoice::Dark, true, None).name, "no-color");
        assert_eq!(Theme::pick(ThemeChoice::Light, false, None).name, "light");
        assert_eq!(
            Theme::pick(ThemeChoice::Auto, false, Some("0;15")).name,
            "light"
        );
        assert_eq!(
            Theme::pick(ThemeChoice::Auto, false, Some("15;0")).name,
            "dark"
        );
        assert_eq!(Theme::pick(ThemeChoice::Auto, false, None).name, "dark");
    }
}
