//! `swelearn search`: ranked full-text results, each with the section it matched in and a
//! snippet with the matches highlighted.

use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::doc::{Line, LineKind, Span, Style};
use swelearn_core::sanitize::clean;
use swelearn_core::search::snippet;

use crate::cli::SearchArgs;
use crate::load::{Loader, load_topic};

/// Words in a snippet.
const SNIPPET_WORDS: usize = 24;

pub fn run(loader: &Loader, args: &SearchArgs) -> Result<ExitCode> {
    let query = args.query.join(" ");
    let catalog = super::catalog(loader);
    let mut hits = catalog.search(&query);
    if args.limit > 0 {
        hits.truncate(args.limit);
    }
    if hits.is_empty() {
        eprintln!(
            "no topics match \"{}\"; try other words, or `swelearn list` to browse",
            clean(&query)
        );
        return Ok(ExitCode::from(1));
    }
    let look = crate::out::look(false);
    let mut text = crate::style::Painted::default();
    let mut json = Vec::new();
    for (rank, hit) in hits.iter().enumerate() {
        let doc = &catalog.docs[hit.doc as usize];
        let snip = load_topic(&doc.origin, &doc.display)
            .ok()
            .and_then(|t| snippet(&t, &query, SNIPPET_WORDS));
        if args.json {
            let mut v = super::list::to_json(doc);
            v["score"] = serde_json::json!((f64::from(hit.score) * 1000.0).round() / 1000.0);
            v["section"] = serde_json::json!(snip.as_ref().map(|s| s.section.clone()));
            v["snippet"] =
                serde_json::json!(snip.as_ref().map(swelearn_core::search::Snippet::text));
            json.push(v);
            continue;
        }
        let bold = Style {
            bold: true,
            ..Style::default()
        };
        let dim = Style {
            dim: true,
            ..Style::default()
        };
        let mut lines = vec![Line {
            spans: vec![
                Span::new(format!("{:>2}. ", rank + 1), dim),
                Span::new(doc.title.clone(), bold),
                Span::new(format!("  {}", doc.id), dim),
            ],
            kind: LineKind::Text,
        }];
        if let Some(s) = snip {
            let mut spans = vec![Span::new(format!("    {}: ", s.section), dim)];
            spans.extend(s.spans);
            let wrapped = swelearn_core::doc::layout(
                "",
                swelearn_core::doc::Options::new(look.width, look.unicode),
            );
            debug_assert!(wrapped.is_empty());
            lines.extend(wrap_indented(&spans, look.width, 4));
        }
        crate::style::paint(&lines, look, &mut text);
    }
    if args.json {
        crate::out::print(&crate::out::json(&json)?)?;
    } else {
        crate::out::print_painted(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Wraps spans to `width`, indenting continuation lines.
fn wrap_indented(spans: &[Span], width: usize, indent: usize) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut cur: Vec<Span> = Vec::new();
    let mut col = 0;
    for span in spans {
        for (i, word) in span.text.split(' ').enumerate() {
            let piece = if i == 0 {
                word.to_owned()
            } else {
                format!(" {word}")
            };
            let w = swelearn_core::text::width(&piece);
            if col + w > width && col > indent {
                out.push(Line {
                    spans: std::mem::take(&mut cur),
                    kind: LineKind::Text,
                });
                cur.push(Span::plain(" ".repeat(indent)));
                col = indent;
                let trimmed = piece.trim_start().to_owned();
                col += swelearn_core::text::width(&trimmed);
                cur.push(Span::new(trimmed, span.style));
                continue;
            }
            col += w;
            cur.push(Span::new(piece, span.style));
        }
    }
    if !cur.is_empty() {
        out.push(Line {
            spans: cur,
            kind: LineKind::Text,
        });
    }
    out
}
