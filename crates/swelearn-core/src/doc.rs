//! Lays Markdown out as styled lines for a given width: the one rendering model that the plain
//! and coloured command-line output and the terminal UI all draw. Prose wraps to the width; code
//! and diagram blocks never wrap. Nothing here knows about terminals or escape codes.

mod inline;
mod table;
mod wrap;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::markdown::{display_math_to_dollars, options as markdown_options};
use crate::sanitize;
use crate::text::width;

/// How a piece of text looks. Output layers map this to colours or to nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    pub link: bool,
    pub math: bool,
    /// 0 for body text, else the heading level.
    pub heading: u8,
    pub quote: bool,
    /// Secondary text: list markers, frames, URLs.
    pub dim: bool,
    /// A search match.
    pub mark: bool,
    /// A colour from syntax highlighting (red, green, blue).
    pub color: Option<[u8; 3]>,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style) -> Self {
        Self {
            text: text.into(),
            style,
        }
    }

    pub fn plain(text: impl Into<String>) -> Self {
        Self::new(text, Style::default())
    }
}

/// What a line is, so a viewer can treat code differently (e.g. scroll it sideways).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading(u8),
    /// A line of a code or diagram block, never wrapped.
    Code,
    Blank,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
    pub kind: LineKind,
}

impl Line {
    pub fn blank() -> Self {
        Self {
            spans: Vec::new(),
            kind: LineKind::Blank,
        }
    }

    /// The line's text without styles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// The line's width in columns.
    pub fn width(&self) -> usize {
        self.spans.iter().map(|s| width(&s.text)).sum()
    }
}

/// Highlighted code: per line, runs of (text, colour).
pub type Colored = Vec<Vec<(String, [u8; 3])>>;

/// Colours code: given a fence's language and the code, the coloured lines, or `None` for a
/// language it does not know.
pub type Highlighter = fn(&str, &str) -> Option<Colored>;

/// Layout choices.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Columns available for prose.
    pub width: usize,
    /// Unicode bullets and box-drawing frames (styled output) or ASCII (plain text).
    pub unicode: bool,
    /// Syntax highlighting for fenced code with a language (none: plain code).
    pub highlight: Option<Highlighter>,
    /// A word wider than the line (a URL, a long identifier) stays whole on a line of its own and
    /// overflows it, instead of being cut into pieces: for text printed to a terminal or a pipe,
    /// where a cut URL no longer works and the terminal wraps long lines itself. A viewer that
    /// clips long lines (the terminal UI) leaves this off.
    pub keep_words: bool,
}

impl Options {
    /// Plain or Unicode layout at a width, without highlighting.
    pub fn new(width: usize, unicode: bool) -> Options {
        Options {
            width,
            unicode,
            highlight: None,
            keep_words: false,
        }
    }
}

/// Markdown to lines.
pub fn layout(markdown: &str, opts: Options) -> Vec<Line> {
    let source = display_math_to_dollars(markdown);
    let mut b = Builder::new(opts);
    for event in Parser::new_ext(&source, markdown_options()) {
        b.event(visible(event));
    }
    b.finish()
}

/// The event with its decoded text cleaned: Markdown turns character references such as `&#27;`
/// into the characters themselves, so this is where they must become visible (`?`) before any
/// output sees them.
fn visible(event: Event<'_>) -> Event<'_> {
    fn c(text: CowStr<'_>) -> CowStr<'_> {
        if sanitize::has_controls(&text) {
            CowStr::from(sanitize::clean(&text))
        } else {
            text
        }
    }
    match event {
        Event::Text(t) => Event::Text(c(t)),
        Event::Code(t) => Event::Code(c(t)),
        Event::InlineMath(t) => Event::InlineMath(c(t)),
        Event::DisplayMath(t) => Event::DisplayMath(c(t)),
        Event::Html(t) => Event::Html(c(t)),
        Event::InlineHtml(t) => Event::InlineHtml(c(t)),
        Event::FootnoteReference(t) => Event::FootnoteReference(c(t)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: c(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: c(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) => {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(c(lang))))
        }
        other => other,
    }
}

/// A list being laid out: its next number (None for bullets).
struct List {
    next: Option<u64>,
}

/// Walks Markdown events and emits lines.
struct Builder {
    opts: Options,
    out: Vec<Line>,
    inline: inline::Inline,
    lists: Vec<List>,
    quote_depth: usize,
    /// The marker of the list item whose first paragraph is not out yet.
    pending_marker: Option<String>,
    heading: Option<u8>,
    code: Option<(Option<String>, String)>,
    table: Option<table::Table>,
    need_blank: bool,
}

impl Builder {
    fn new(opts: Options) -> Self {
        Self {
            opts: Options {
                width: opts.width.max(1),
                ..opts
            },
            out: Vec::new(),
            inline: inline::Inline::default(),
            lists: Vec::new(),
            quote_depth: 0,
            pending_marker: None,
            heading: None,
            code: None,
            table: None,
            need_blank: false,
        }
    }

    fn event(&mut self, event: Event) {
        if let Some(t) = self.table.as_mut() {
            match event {
                Event::End(TagEnd::Table) => {
                    let t = self.table.take().unwrap_or_default();
                    self.start_block();
                    let prefix = self.prefix(false);
                    let avail = self.opts.width.saturating_sub(width(&prefix)).max(1);
                    for mut line in t.layout(avail, self.opts.unicode) {
                        line.spans.insert(0, Span::new(prefix.clone(), dim()));
                        self.out.push(line);
                    }
                    self.need_blank = true;
                }
                other => t.event(other),
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if let Some((_, code)) = self.code.as_mut() {
                    code.push_str(&t);
                } else {
                    self.inline.text(&t);
                }
            }
            Event::Code(t) => self.inline.push(&t, |s| s.code = true),
            Event::InlineMath(t) => self.inline.push(t.trim(), |s| s.math = true),
            Event::DisplayMath(t) => {
                self.flush_paragraph();
                self.start_block();
                let prefix = self.prefix(false);
                self.out.push(Line {
                    spans: vec![
                        Span::new(format!("{prefix}    "), Style::default()),
                        Span::new(
                            t.trim(),
                            Style {
                                math: true,
                                ..Style::default()
                            },
                        ),
                    ],
                    kind: LineKind::Text,
                });
                self.need_blank = true;
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                if !t.trim_start().starts_with("<!--") {
                    self.inline.text(&t);
                }
            }
            Event::SoftBreak => self.inline.text(" "),
            Event::HardBreak => self.inline.hard_break(),
            Event::Rule => {
                self.flush_paragraph();
                self.start_block();
                let rule = if self.opts.unicode { "─" } else { "-" };
                let n = self.opts.width.min(40);
                self.out.push(Line {
                    spans: vec![Span::new(rule.repeat(n), dim())],
                    kind: LineKind::Text,
                });
                self.need_blank = true;
            }
            Event::TaskListMarker(done) => {
                let mark = match (self.opts.unicode, done) {
                    (true, true) => "☑ ",
                    (true, false) => "☐ ",
                    (false, true) => "[x] ",
                    (false, false) => "[ ] ",
                };
                if let Some(m) = self.pending_marker.as_mut() {
                    *m = format!(
                        "{}{mark}",
                        m.trim_end_matches(['•', '◦', '▪', '-', '*', ' '])
                    );
                    if m.trim().is_empty() {
                        *m = format!("{}{mark}", " ".repeat(m.len()));
                    }
                } else {
                    self.inline.text(mark);
                }
            }
            Event::FootnoteReference(t) => self.inline.text(&format!("[{t}]")),
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush_paragraph();
                self.heading = Some(heading_level(level));
            }
            Tag::BlockQuote(_) => {
                self.flush_paragraph();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(kind) => {
                self.flush_paragraph();
                let lang = match kind {
                    CodeBlockKind::Fenced(lang) if !lang.trim().is_empty() => {
                        Some(lang.split_whitespace().next().unwrap_or("").to_owned())
                    }
                    _ => None,
                };
                self.code = Some((lang, String::new()));
            }
            Tag::List(start) => {
                self.flush_paragraph();
                if self.lists.is_empty() {
                    self.start_block();
                }
                self.lists.push(List { next: start });
            }
            Tag::Item => {
                self.flush_paragraph();
                let depth = self.lists.len();
                let marker = if let Some(n) = self.lists.last_mut().and_then(|l| l.next.as_mut()) {
                    let m = format!("{n}. ");
                    *n += 1;
                    m
                } else {
                    let bullets: &[&str] = if self.opts.unicode {
                        &["•", "◦", "▪"]
                    } else {
                        &["-", "*", "+"]
                    };
                    format!("{} ", bullets[(depth.max(1) - 1) % 3])
                };
                self.pending_marker = Some(marker);
            }
            Tag::Table(aligns) => {
                self.flush_paragraph();
                self.table = Some(table::Table::new(aligns));
            }
            Tag::Emphasis => self.inline.open(|s| s.italic = true),
            Tag::Strong => self.inline.open(|s| s.bold = true),
            Tag::Strikethrough => self.inline.open(|s| s.strike = true),
            Tag::Link { dest_url, .. } => self.inline.open_link(&dest_url),
            Tag::Image { dest_url, .. } => {
                self.inline.text("[image: ");
                self.inline.open_link(&dest_url);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                let level = self.heading.take().unwrap_or(2);
                let spans = self.inline.take();
                self.start_block();
                let style = Style {
                    heading: level,
                    bold: true,
                    ..Style::default()
                };
                let spans: Vec<Span> = spans
                    .into_iter()
                    .map(|s| {
                        Span::new(
                            s.text,
                            Style {
                                heading: level,
                                bold: true,
                                ..s.style
                            },
                        )
                    })
                    .collect();
                let prefix = self.prefix(false);
                for mut line in wrap::wrap(
                    &spans,
                    self.opts.width.saturating_sub(width(&prefix)).max(1),
                    self.opts.keep_words,
                ) {
                    line.insert(0, Span::new(prefix.clone(), style));
                    self.out.push(Line {
                        spans: line,
                        kind: LineKind::Heading(level),
                    });
                }
                self.need_blank = true;
            }
            TagEnd::Paragraph => {
                self.flush_paragraph();
                if self.lists.is_empty() {
                    self.need_blank = true;
                }
            }
            TagEnd::BlockQuote(_) => {
                self.flush_paragraph();
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.need_blank = true;
            }
            TagEnd::CodeBlock => {
                if let Some((lang, code)) = self.code.take() {
                    self.code_block(lang.as_deref(), &code);
                }
            }
            TagEnd::Item => self.flush_paragraph(),
            TagEnd::List(_) => {
                self.flush_paragraph();
                self.lists.pop();
                if self.lists.is_empty() {
                    self.need_blank = true;
                }
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => self.inline.close(),
            TagEnd::Link => self.inline.close_link(),
            TagEnd::Image => {
                self.inline.close_link();
                self.inline.text("]");
            }
            _ => {}
        }
    }

    /// Emits a blank line if the previous block asked for one.
    fn start_block(&mut self) {
        if self.need_blank && !self.out.is_empty() {
            self.out.push(Line::blank());
        }
        self.need_blank = false;
    }

    /// The left margin: quote bars, then list indentation (with the item marker on an item's
    /// first line when `first` is set).
    fn prefix(&mut self, first: bool) -> String {
        let bar = if self.opts.unicode { "│ " } else { "> " };
        let mut p = bar.repeat(self.quote_depth);
        let depth = self.lists.len();
        if depth > 0 {
            p.push_str(&"  ".repeat(depth - 1));
            match (&self.pending_marker, first) {
                (Some(m), true) => p.push_str(m),
                (Some(m), false) => p.push_str(&" ".repeat(width(m))),
                (None, _) => p.push_str("  "),
            }
        }
        p
    }

    fn flush_paragraph(&mut self) {
        let spans = self.inline.take();
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        if self.lists.is_empty() {
            self.start_block();
        }
        let first = self.prefix(true);
        let rest = " ".repeat(width(&first));
        let rest = if self.quote_depth > 0 {
            let bar = if self.opts.unicode { "│ " } else { "> " };
            bar.repeat(self.quote_depth) + &rest[self.quote_depth * 2..]
        } else {
            rest
        };
        let quote = self.quote_depth > 0;
        let avail = self.opts.width.saturating_sub(width(&first)).max(1);
        for (i, mut line) in wrap::wrap(&spans, avail, self.opts.keep_words)
            .into_iter()
            .enumerate()
        {
            let margin = if i == 0 { first.clone() } else { rest.clone() };
            if quote {
                for s in &mut line {
                    s.style.quote = true;
                }
            }
            line.insert(0, Span::new(margin, dim()));
            self.out.push(Line {
                spans: line,
                kind: LineKind::Text,
            });
        }
        // Later paragraphs of the same item line up under its text.
        if let Some(m) = self.pending_marker.as_mut() {
            *m = " ".repeat(width(m));
        }
    }

    fn code_block(&mut self, lang: Option<&str>, code: &str) {
        if self.lists.is_empty() {
            self.start_block();
        }
        let prefix = self.prefix(false);
        let text = code.trim_end_matches('\n').replace('\t', "    ");
        let code_style = Style {
            code: true,
            ..Style::default()
        };
        let colored = lang.zip(self.opts.highlight).and_then(|(l, h)| h(l, &text));
        let lines: Vec<Vec<Span>> = match colored {
            Some(lines) => lines
                .into_iter()
                .map(|runs| {
                    runs.into_iter()
                        .map(|(t, rgb)| {
                            Span::new(
                                t,
                                Style {
                                    color: Some(rgb),
                                    ..code_style
                                },
                            )
                        })
                        .collect()
                })
                .collect(),
            None => text
                .split('\n')
                .map(|l| vec![Span::new(l, code_style)])
                .collect(),
        };
        let width_of = |spans: &[Span]| spans.iter().map(|s| width(&s.text)).sum::<usize>();
        if self.opts.unicode {
            let inner = lines
                .iter()
                .map(|l| width_of(l))
                .max()
                .unwrap_or(0)
                .max(lang.map_or(0, |l| width(l) + 2));
            let label = lang.map(|l| format!(" {l} ")).unwrap_or_default();
            let top = format!("┌{label}{}┐", "─".repeat(inner + 2 - width(&label)));
            self.out.push(frame_line(&prefix, &top));
            for l in lines {
                let pad = " ".repeat(inner - width_of(&l));
                let mut spans = vec![Span::new(format!("{prefix}│ "), dim())];
                spans.extend(l);
                spans.push(Span::new(pad, code_style));
                spans.push(Span::new(" │", dim()));
                self.out.push(Line {
                    spans,
                    kind: LineKind::Code,
                });
            }
            self.out
                .push(frame_line(&prefix, &format!("└{}┘", "─".repeat(inner + 2))));
        } else {
            for l in lines {
                let mut spans = vec![Span::new(format!("{prefix}  "), Style::default())];
                spans.extend(l);
                self.out.push(Line {
                    spans,
                    kind: LineKind::Code,
                });
            }
        }
        self.need_blank = true;
    }

    fn finish(mut self) -> Vec<Line> {
        self.flush_paragraph();
        while self.out.last().is_some_and(|l| l.kind == LineKind::Blank) {
            self.out.pop();
        }
        for line in &mut self.out {
            if let Some(last) = line.spans.last_mut()
                && line.kind != LineKind::Code
            {
                let trimmed = last.text.trim_end().len();
                last.text.truncate(trimmed);
            }
            line.spans.retain(|s| !s.text.is_empty());
        }
        self.out
    }
}

fn frame_line(prefix: &str, frame: &str) -> Line {
    Line {
        spans: vec![Span::new(format!("{prefix}{frame}"), dim())],
        kind: LineKind::Code,
    }
}

fn dim() -> Style {
    Style {
        dim: true,
        ..Style::default()
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests;
