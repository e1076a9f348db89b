//! Turns laid-out lines into text for a terminal: ANSI colours when colour is on, nothing but
//! the text when it is off. This is the only place the command line writes escape codes, and the
//! text between them is cleaned of control characters first.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Effects, Style as Ansi};
use swelearn_core::doc::{Line, Style};
use swelearn_core::sanitize::clean_cow;

/// How output is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    pub unicode: bool,
    pub width: usize,
}

/// Text made by [`paint`]: its only escape codes are the styles written there.
#[derive(Debug, Clone, Default)]
pub struct Painted(String);

impl Painted {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Writes lines, coloured or plain, each ending in a newline.
pub fn paint(lines: &[Line], look: Look, out: &mut Painted) {
    let out = &mut out.0;
    for line in lines {
        for span in &line.spans {
            let text = clean_cow(&span.text);
            if look.color {
                let a = ansi(span.style);
                let _ = write!(out, "{}{text}{}", a.render(), a.render_reset());
            } else {
                out.push_str(&text);
            }
        }
        out.push('\n');
    }
}

/// The ANSI style of a span style.
pub fn ansi(s: Style) -> Ansi {
    let mut a = Ansi::new();
    let mut fx = Effects::new();
    if s.heading == 1 {
        a = a.fg_color(Some(AnsiColor::BrightMagenta.into()));
    } else if s.heading == 2 {
        a = a.fg_color(Some(AnsiColor::BrightCyan.into()));
    } else if s.heading > 2 {
        a = a.fg_color(Some(AnsiColor::Cyan.into()));
    } else if let (true, Some([r, g, b])) = (s.code, s.color) {
        a = a.fg_color(Some(anstyle::RgbColor(r, g, b).into()));
    } else if s.code {
        a = a.fg_color(Some(AnsiColor::Yellow.into()));
    } else if s.math {
        a = a.fg_color(Some(AnsiColor::Green.into()));
    } else if s.link {
        a = a.fg_color(Some(AnsiColor::Blue.into()));
        fx |= Effects::UNDERLINE;
    } else if s.dim {
        a = a.fg_color(Some(AnsiColor::BrightBlack.into()));
    }
    if s.bold || s.heading > 0 {
        fx |= Effects::BOLD;
    }
    if s.italic || s.quote {
        fx |= Effects::ITALIC;
    }
    if s.strike {
        fx |= Effects::STRIKETHROUGH;
    }
    if s.mark {
        a = a
            .fg_color(Some(AnsiColor::Black.into()))
            .bg_color(Some(AnsiColor::Yellow.into()));
        fx |= Effects::BOLD;
    }
    a.effects(fx)
}
