//! The library: every topic from the bundled content and the user's folders, later sources
//! replacing earlier ones by id, with cross-references (`related`, `labs`) checked. A bad file
//! is reported and skipped; the rest loads.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::labs;
use crate::parse::parse_topic;
use crate::topic::Topic;

/// Where a topic came from, in the order sources are read (later replaces earlier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Built into the binary.
    Bundled,
    /// The `topics/` folder of the user's data directory.
    User,
    /// A directory listed in `SWELEARN_CONTENT`.
    Env,
    /// A `--content DIR` flag.
    Flag,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Bundled => "bundled",
            SourceKind::User => "user",
            SourceKind::Env => "SWELEARN_CONTENT",
            SourceKind::Flag => "--content",
        }
    }
}

/// How to find a topic's file again.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// A bundled file, by its name in `content/`.
    Bundled { name: String },
    /// A file on disk.
    File { path: PathBuf },
}

/// One file handed to the library: its bytes and where they came from.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub origin: Origin,
    pub source: SourceKind,
    /// The path shown in diagnostics.
    pub display: String,
    /// The folder it was found in: two files with one id in the same folder are an error.
    pub group: String,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// The file name without `.md`: the default id.
    pub fn stem(&self) -> String {
        let name = self
            .display
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.display);
        name.strip_suffix(".md").unwrap_or(name).to_owned()
    }
}

/// A loaded topic and where it came from.
#[derive(Debug, Clone)]
pub struct Entry {
    pub topic: Topic,
    pub origin: Origin,
    pub source: SourceKind,
    /// The path shown to the user.
    pub display: String,
}

/// The loaded library, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
}

impl Library {
    /// Loads topics from files in source order; returns the library and every diagnostic,
    /// sorted by file and line.
    pub fn load(files: Vec<SourceFile>) -> (Library, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut chosen: HashMap<String, (Entry, String)> = HashMap::new();
        let mut links = Vec::new();
        for file in files {
            let parsed = parse_topic(&file.bytes, &file.display, &file.stem());
            diags.extend(parsed.diagnostics);
            let Some(topic) = parsed.topic else { continue };
            if let Some((previous, group)) = chosen.get(&topic.id)
                && *group == file.group
            {
                diags.push(Diagnostic::error(
                    &file.display,
                    1,
                    1,
                    format!(
                        "duplicate id `{}`: {} has it too; rename one file or give it another `id:`",
                        topic.id, previous.display
                    ),
                ));
                continue;
            }
            links.push((
                topic.id.clone(),
                file.display.clone(),
                parsed.related_at,
                parsed.labs_at,
            ));
            let entry = Entry {
                topic,
                origin: file.origin,
                source: file.source,
                display: file.display,
            };
            chosen.insert(entry.topic.id.clone(), (entry, file.group));
        }
        for (id, display, related, labs_at) in links {
            let still_there = chosen.get(&id).is_some_and(|(e, _)| e.display == display);
            if !still_there {
                continue;
            }
            let mut bad_related = Vec::new();
            for (rel, line, col) in related {
                if !chosen.contains_key(&rel) {
                    let hint = closest(&rel, chosen.keys().map(String::as_str))
                        .map(|c| format!("; did you mean `{c}`?"))
                        .unwrap_or_default();
                    diags.push(Diagnostic::error(
                        &display,
                        line,
                        col,
                        format!("`related` names `{rel}`, but no topic has that id{hint}"),
                    ));
                    bad_related.push(rel);
                }
            }
            let mut bad_labs = Vec::new();
            for (lab, line, col) in labs_at {
                if !labs::exists(&lab) {
                    let names: Vec<&str> = labs::ALL.iter().map(|l| l.id).collect();
                    diags.push(Diagnostic::error(
                        &display,
                        line,
                        col,
                        format!(
                            "`labs` names `{lab}`, but no lab has that id; labs are {}",
                            names.join(", ")
                        ),
                    ));
                    bad_labs.push(lab);
                }
            }
            if let Some((entry, _)) = chosen.get_mut(&id) {
                entry.topic.related.retain(|r| !bad_related.contains(r));
                entry.topic.labs.retain(|l| !bad_labs.contains(l));
            }
        }
        let mut entries: Vec<Entry> = chosen.into_values().map(|(e, _)| e).collect();
        entries.sort_by(|a, b| a.topic.id.cmp(&b.topic.id));
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.topic.id.clone(), i))
            .collect();
        diags.sort();
        diags.dedup();
        (Library { entries, by_id }, diags)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The candidate nearest to `word` by edit distance, if it is close.
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (crate::text::edit_distance(word, c, 3), c))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, group: &str, source: SourceKind, text: &str) -> SourceFile {
        SourceFile {
            origin: Origin::Bundled {
                name: name.to_owned(),
            },
            source,
            display: format!("{group}/{name}"),
            group: group.to_owned(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn topic(title: &str, extra: &str) -> String {
        format!(
            "---\ntitle: \"{title}\"\ntags: [a]\ndifficulty: easy\nestimated_time: 5min\n{extra}---\n## Overview\nx\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Architecture Diagram\n```\nx\n```\n## Key Points for Interviews\n- x\n"
        )
    }

    #[test]
    fn later_sources_replace_earlier_ones_by_id() {
        let (lib, diags) = Library::load(vec![
            file(
                "a.md",
                "content",
                SourceKind::Bundled,
                &topic("Bundled A", ""),
            ),
            file(
                "b.md",
                "content",
                SourceKind::Bundled,
                &topic("Bundled B", "related: [a]\n"),
            ),
            file("a.md", "mine", SourceKind::Flag, &topic("My A", "")),
        ]);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(lib.len(), 2);
        assert_eq!(lib.get("a").map(|e| e.topic.title.as_str()), Some("My A"));
        assert_eq!(lib.get("a").map(|e| e.source), Some(SourceKind::Flag));
    }

    #[test]
    fn reports_duplicates_in_one_folder_and_dangling_links() {
        let (lib, diags) = Library::load(vec![
            file(
                "a.md",
                "content",
                SourceKind::Bundled,
                &topic("A", "related: [b, nope]\nlabs: [quorum, warp]\n"),
            ),
            file(
                "a2.md",
                "content",
                SourceKind::Bundled,
                &topic("A again", "id: a\n"),
            ),
            file("b.md", "content", SourceKind::Bundled, &topic("B", "")),
        ]);
        let msgs: Vec<String> = diags.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            vec![
                "content/a.md:6:14: error: `related` names `nope`, but no topic has that id",
                "content/a.md:7:16: error: `labs` names `warp`, but no lab has that id; labs are quorum, read-repair, merkle, hash-ring, estimate, availability, bloom, rate-limit",
                "content/a2.md:1:1: error: duplicate id `a`: content/a.md has it too; rename one file or give it another `id:`",
            ]
        );
        let a = lib.get("a").expect("a loads");
        assert_eq!(a.topic.related, vec!["b"]);
        assert_eq!(a.topic.labs, vec!["quorum"]);
    }
}
