//! Turns laid-out lines into text for a terminal: ANSI colours when colour is on, nothing but
//! the text when it is off. This is the only place the command line writes escape codes.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Effects, Style as Ansi};
use swelearn_core::doc::{Line, Style};

/// How output is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    pub unicode: bool,
    pub width: usize,
}

/// Writes lines, coloured or plain, each ending in a newline.
pub fn paint(lines: &[Line], look: Look, out: &mut String) {
    for line in lines {
        for span in &line.spans {
            if look.color {
                let a = ansi(span.style);
                let _ = write!(out, "{}{}{}", a.render(), span.text, a.render_reset());
            } else {
                out.push_str(&span.text);
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
