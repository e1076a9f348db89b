//! Mock interviews as the command line and the mock screen both run them: where scratchpads
//! live, an interrupted session recovered with its scratchpad, and a new session started (the
//! problem practised least recently, its phases, the follow-ups and when they come, the session
//! stored before the clock starts). Each side words its own prompts and draws its own screen.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use swelearn_core::catalog::{Catalog, DocMeta};
use swelearn_core::mock::{Kind, Phase, follow_up_times, phases, pick_problem};
use swelearn_core::{Category, SectionKind, Topic};
use swelearn_store::{MockSession, Store};

use crate::load::Loader;

/// The folder of scratchpads.
pub fn folder(loader: &Loader) -> PathBuf {
    loader.paths.data.join("mocks")
}

/// The folder of scratchpads, created (readable by the user only) if need be.
pub fn pads(loader: &Loader) -> Result<PathBuf> {
    let pads = folder(loader);
    crate::files::private_dir(&pads)
        .with_context(|| format!("cannot create {}", pads.display()))?;
    Ok(pads)
}

/// A session's scratchpad in the folder of scratchpads.
pub fn pad(pads: &Path, session_id: &str) -> PathBuf {
    pads.join(format!("{session_id}.md"))
}

/// A session left unfinished (a crash, a closed terminal) is closed with its scratchpad, kept
/// unscored; returns what to tell the user, if there was one.
pub fn recover(store: &Store, pads: &Path) -> Result<Option<String>> {
    let Some(mut s) = store.unfinished_mock()? else {
        return Ok(None);
    };
    let notes = std::fs::read_to_string(pad(pads, &s.id)).unwrap_or_default();
    let message = format!(
        "Recovered an interrupted {} mock on {} with {} line(s) of notes; it is kept unscored.",
        s.kind,
        s.problem,
        notes.lines().count()
    );
    s.notes = notes;
    s.ended_at = Some(s.started_at);
    store.save_mock(&s)?;
    Ok(Some(message))
}

/// The category a kind of mock practises.
pub fn category(kind: Kind) -> Category {
    match kind {
        Kind::SystemDesign => Category::DesignProblem,
        Kind::Coding => Category::Dsa,
        Kind::Behavioral => Category::Behavioral,
    }
}

/// The ids of every topic a kind of mock can practise.
pub fn candidates(catalog: &Catalog, kind: Kind) -> Vec<String> {
    let category = category(kind);
    catalog
        .docs
        .iter()
        .filter(|d| d.category == category)
        .map(|d| d.id.clone())
        .collect()
}

/// What a new mock is to be.
pub struct Setup<'a> {
    pub kind: Kind,
    pub minutes: u32,
    /// Picks among equally due problems and places the follow-ups.
    pub seed: u64,
    /// The topics it may practise (ids).
    pub candidates: &'a [String],
}

/// A mock begun: its session stored (unfinished, so a crash leaves it to recover), the topic it
/// practises, the phases with their time boxes, and the follow-ups still to come.
pub struct Started {
    pub session: MockSession,
    pub topic: Topic,
    /// None for a behavioral mock, which is timed per question.
    pub phases: Vec<Phase>,
    /// (minute from the start, follow-up question), in order.
    pub follow_ups: Vec<(f64, String)>,
}

/// Starts a mock on the candidate practised least recently (`None`: there is no candidate).
/// `load` reads the chosen topic's full text.
pub fn start(
    store: &Store,
    catalog: &Catalog,
    setup: &Setup,
    now: i64,
    load: impl FnOnce(&DocMeta) -> Result<Topic>,
) -> Result<Option<Started>> {
    let past: Vec<(String, i64)> = store
        .mocks()?
        .into_iter()
        .map(|m| (m.problem, m.started_at))
        .collect();
    let Some(problem) = pick_problem(setup.candidates, &past, setup.seed) else {
        return Ok(None);
    };
    let doc = &catalog.docs[catalog
        .position(problem)
        .context("the problem left the library")?];
    let topic = load(doc)?;
    let session = MockSession {
        id: super::new_id(),
        kind: setup.kind.name().into(),
        problem: topic.id.clone(),
        started_at: now,
        minutes: i64::from(setup.minutes),
        ended_at: None,
        timings: String::new(),
        notes: String::new(),
        score: None,
        abandoned: false,
    };
    store.save_mock(&session)?;
    let phases = phases(setup.kind, setup.minutes);
    let questions: Vec<String> = list(&topic, SectionKind::FollowUps)
        .into_iter()
        .map(|f| {
            f.split_once(": ")
                .map_or(f.clone(), |(q, _)| q.trim().to_owned())
        })
        .collect();
    let follow_ups = follow_up_times(&phases, questions.len().min(2), setup.seed)
        .into_iter()
        .zip(questions)
        .collect();
    Ok(Some(Started {
        session,
        topic,
        phases,
        follow_ups,
    }))
}

/// The items of a list section of a topic (its rubric, practice questions, follow-ups).
pub fn list(topic: &Topic, kind: SectionKind) -> Vec<String> {
    topic
        .section(kind)
        .map(|s| swelearn_core::text::list_items(&s.body))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};

    use super::*;

    fn design(title: &str) -> String {
        format!(
            "---\ntitle: \"{title}\"\ntags: [feeds]\ndifficulty: hard\nestimated_time: 45min\ncategory: design-problem\n---\n## Overview\nx\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Requirements\nx\n## Estimates\nx\n## API\nx\n## Data Model\nx\n## Architecture Diagram\n```\n[client] --> [api]\n```\n## Deep Dives\nx\n## Key Points for Interviews\n- x\n## Follow-ups\n- What if a region fails: fail over.\n- How do you shard: by user.\n- And a third: unused.\n## Rubric\n- Stated the read/write ratio\n"
        )
    }

    fn catalog() -> Catalog {
        let files = ["feed", "chat"]
            .iter()
            .map(|id| SourceFile {
                origin: Origin::Bundled {
                    name: format!("{id}.md"),
                },
                source: SourceKind::Bundled,
                display: format!("content/{id}.md"),
                group: "content".into(),
                bytes: design(&format!("Design {id}")).into_bytes(),
            })
            .collect();
        let (library, diagnostics) = Library::load(files);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        Catalog::build(&library, diagnostics)
    }

    fn load(doc: &DocMeta) -> Result<Topic> {
        let Origin::Bundled { name } = &doc.origin else {
            anyhow::bail!("not bundled");
        };
        let stem = name.trim_end_matches(".md");
        let text = design(&format!("Design {stem}"));
        swelearn_core::parse::parse_topic(text.as_bytes(), name, stem)
            .topic
            .context("parses")
    }

    /// One start for the command line and the mock screen: the session is stored before the
    /// clock runs (so a crash leaves it to recover), follow-ups come in order inside the
    /// interview, the next mock takes the problem practised least recently, and an interrupted
    /// one is closed with its scratchpad once.
    #[test]
    fn a_mock_starts_stored_and_an_interrupted_one_is_recovered_once() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("swelearn.db")).expect("store");
        let catalog = catalog();
        let kind = Kind::SystemDesign;
        let candidates = candidates(&catalog, kind);
        assert_eq!(candidates, ["chat", "feed"]);
        let setup = Setup {
            kind,
            minutes: 45,
            seed: 7,
            candidates: &candidates,
        };
        let first = start(&store, &catalog, &setup, 1_000, load)
            .expect("starts")
            .expect("a problem");
        let unfinished = store.unfinished_mock().expect("reads").expect("stored");
        assert_eq!(unfinished.id, first.session.id);
        assert_eq!(unfinished.problem, first.topic.id);
        assert_eq!(
            (unfinished.kind.as_str(), unfinished.minutes),
            ("system-design", 45)
        );
        let total: f64 = first.phases.iter().map(|p| p.minutes).sum();
        assert!((total - 45.0).abs() < 1e-9, "{total}");
        let questions: Vec<&str> = first.follow_ups.iter().map(|(_, q)| q.as_str()).collect();
        assert_eq!(
            questions,
            ["What if a region fails", "How do you shard"],
            "two, each without its answer"
        );
        let times: Vec<f64> = first.follow_ups.iter().map(|(t, _)| *t).collect();
        assert!(times.windows(2).all(|w| w[0] <= w[1]) && times.iter().all(|t| *t < total));

        let pads = dir.path().join("mocks");
        std::fs::create_dir_all(&pads).expect("pads");
        std::fs::write(pad(&pads, &first.session.id), "# notes\nsharded by user\n").expect("pad");
        let message = recover(&store, &pads)
            .expect("recovers")
            .expect("a session");
        assert_eq!(
            message,
            format!(
                "Recovered an interrupted system-design mock on {} with 2 line(s) of notes; it is kept unscored.",
                first.topic.id
            )
        );
        assert!(store.unfinished_mock().expect("reads").is_none());
        assert_eq!(recover(&store, &pads).expect("nothing"), None);

        let second = start(&store, &catalog, &setup, 2_000, load)
            .expect("starts")
            .expect("a problem");
        assert_ne!(second.topic.id, first.topic.id, "the other problem next");
        let none = Setup {
            candidates: &[],
            ..setup
        };
        assert!(
            start(&store, &catalog, &none, 3_000, load)
                .expect("no error")
                .is_none()
        );
    }
}
