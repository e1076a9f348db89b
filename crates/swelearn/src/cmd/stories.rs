//! `swelearn stories`: the STAR story bank. `stories add` reads a story from stdin (a title
//! line, the story, then a line `signals: a, b`), `stories` lists them with their signals and
//! the signal areas no story covers yet.

use std::fmt::Write as _;
use std::io::Read;
use std::process::ExitCode;

use anyhow::{Result, bail};
use swelearn_core::mock::{SIGNALS, uncovered};
use swelearn_store::Story;

use crate::load::Loader;
use crate::study::{new_id, open_store};

pub fn run(loader: &Loader, action: Option<&str>) -> Result<ExitCode> {
    let store = open_store(loader)?;
    match action {
        Some("add") => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                eprintln!(
                    "Type the title on the first line, then the story (Situation, Task, Action, Result),"
                );
                eprintln!(
                    "then a line `signals: ownership, conflict`; end with Ctrl-D. Signals: {}",
                    SIGNALS.join(", ")
                );
            }
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            let mut lines = text.lines();
            let title = lines.next().map(str::trim).filter(|t| !t.is_empty());
            let Some(title) = title else {
                bail!("a story needs a title on its first line")
            };
            let mut body = Vec::new();
            let mut signals = Vec::new();
            for line in lines {
                if let Some(s) = line.trim().strip_prefix("signals:") {
                    for sig in s
                        .split(',')
                        .map(|x| x.trim().to_lowercase())
                        .filter(|x| !x.is_empty())
                    {
                        if !SIGNALS.contains(&sig.as_str()) {
                            bail!(
                                "unknown signal \"{sig}\"; signals are {}",
                                SIGNALS.join(", ")
                            );
                        }
                        signals.push(sig);
                    }
                } else {
                    body.push(line);
                }
            }
            if signals.is_empty() {
                bail!(
                    "tag the story with the signals it shows: a line `signals: ownership, impact` (signals are {})",
                    SIGNALS.join(", ")
                );
            }
            store.add_story(&Story {
                id: new_id(),
                title: title.to_owned(),
                body: body.join("\n").trim().to_owned(),
                signals,
                created_at: super::now(),
            })?;
            crate::out::print(&format!("Saved \"{title}\".\n"))?;
        }
        Some(other) => {
            return Err(crate::cli::usage(format!(
                "`stories {}`: write `swelearn stories` to list them or `swelearn stories add` to add one",
                swelearn_core::sanitize::clean(other)
            )));
        }
        None => {
            let stories = store.stories()?;
            let mut out = String::new();
            for s in &stories {
                let _ = writeln!(out, "- {} [{}]", s.title, s.signals.join(", "));
            }
            if stories.is_empty() {
                out.push_str("No stories yet: add one with `swelearn stories add`.\n");
            }
            let gaps = uncovered(
                stories
                    .iter()
                    .flat_map(|s| s.signals.iter().map(String::as_str)),
            );
            if gaps.is_empty() {
                out.push_str("Every signal area has a story.\n");
            } else {
                let _ = writeln!(out, "No story yet shows: {}.", gaps.join(", "));
            }
            crate::out::print(&crate::out::wrap_text(&out, crate::out::width()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
