//! The problem links of the topic open in the reader (`[Title](problem:<id>)`), and which of them
//! are on screen, so Enter in the reader opens the one in view (or offers those in view, or all
//! of them, to pick from).

use swelearn_core::problem::links::problem_links;

use crate::tui::reader::Reader;

/// (title, id) of every problem link in the topic, in order, each once.
pub fn all(reader: &Reader) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for section in &reader.topic.sections {
        for link in problem_links(&section.body) {
            if !out.iter().any(|(_, id)| *id == link.id) {
                out.push((link.title, link.id));
            }
        }
    }
    out
}

/// The links shown on the lines in view (the reader shows a link as "Title (problem: id)").
pub fn in_view(reader: &Reader) -> Vec<(String, String)> {
    let visible: Vec<String> = reader
        .rendered
        .lines
        .iter()
        .skip(reader.scroll)
        .take(reader.height)
        .map(swelearn_core::doc::Line::text)
        .collect();
    all(reader)
        .into_iter()
        .filter(|(_, id)| {
            visible
                .iter()
                .any(|l| l.contains(&format!("problem: {id}")) || l.contains(&format!("{id})")))
        })
        .collect()
}
