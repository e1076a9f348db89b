//! `swelearn show` and `swelearn random`: one topic, styled on a terminal (through the pager
//! when longer than the screen), plain when piped, or as JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;
use swelearn_core::catalog::{Catalog, DocMeta};
use swelearn_core::doc::Options;
use swelearn_core::duration::format_minutes;
use swelearn_core::fuzzy::{Resolution, closest, resolve};
use swelearn_core::render::render_topic;
use swelearn_core::sanitize::clean;
use swelearn_core::{Section, Topic};

use crate::cli::{RandomArgs, ShowArgs};
use crate::config::ThemeChoice;
use crate::load::{Loader, load_topic};
use crate::style::Painted;

pub fn run(loader: &Loader, args: &ShowArgs, theme: Option<ThemeChoice>) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let ids: Vec<&str> = catalog.docs.iter().map(|d| d.id.as_str()).collect();
    let titles: Vec<&str> = catalog.docs.iter().map(|d| d.title.as_str()).collect();
    let doc = match resolve(&args.topic, &ids, &titles) {
        Resolution::One(i) => &catalog.docs[i],
        Resolution::Ambiguous(candidates) => {
            let mut msg = format!(
                "\"{}\" matches several topics; name one by its id:\n",
                clean(&args.topic)
            );
            for i in candidates {
                let _ = writeln!(
                    msg,
                    "  {:<36} {}",
                    catalog.docs[i].id,
                    clean(&catalog.docs[i].title)
                );
            }
            eprint!("{msg}");
            return Ok(ExitCode::from(1));
        }
        Resolution::None => {
            let near: Vec<&str> = closest(&args.topic, &ids, &titles, 3)
                .into_iter()
                .map(|i| ids[i])
                .collect();
            eprintln!(
                "no topic matches \"{}\"; the closest ids: {}; try `swelearn search {}` or `swelearn list`",
                clean(&args.topic),
                near.join(", "),
                clean(&args.topic)
            );
            return Ok(ExitCode::from(1));
        }
    };
    print_topic(
        loader,
        doc,
        args.section.as_deref(),
        (args.plain, args.json, !args.no_pager),
        theme,
    )
}

pub fn random(loader: &Loader, args: &RandomArgs, theme: Option<ThemeChoice>) -> Result<ExitCode> {
    let catalog: Catalog = super::catalog(loader);
    let pool: Vec<&DocMeta> = catalog
        .docs
        .iter()
        .filter(|d| super::matches(d, &args.filters))
        .collect();
    if pool.is_empty() {
        eprintln!("no topics match these filters; `swelearn tags` lists the tags in use");
        return Ok(ExitCode::from(1));
    }
    let mut rng = args
        .seed
        .map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed);
    let doc = pool[rng.usize(..pool.len())];
    print_topic(
        loader,
        doc,
        None,
        (args.plain, args.json, !args.no_pager),
        theme,
    )
}

fn print_topic(
    loader: &Loader,
    doc: &DocMeta,
    section: Option<&str>,
    (plain, as_json, page): (bool, bool, bool),
    theme: Option<ThemeChoice>,
) -> Result<ExitCode> {
    let topic = match load_topic(&doc.origin, &doc.display) {
        Ok(t) => t,
        Err(diags) => {
            super::report(&diags);
            return Ok(ExitCode::from(1));
        }
    };
    let only: Option<&Section> = match section {
        None => None,
        Some(name) => {
            if let Some(s) = topic.find_section(name) {
                Some(s)
            } else {
                let names: Vec<&str> = topic.sections.iter().map(|s| s.title.as_str()).collect();
                eprintln!(
                    "\"{}\" has no section \"{}\"; its sections are: {}",
                    topic.id,
                    clean(name),
                    clean(&names.join(", "))
                );
                return Ok(ExitCode::from(1));
            }
        }
    };
    if as_json {
        crate::out::print(&crate::out::json(&to_json(&topic, doc, only))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let look = crate::out::look(plain);
    let opts = Options {
        highlight: if look.color {
            super::highlighter(loader, theme)
        } else {
            None
        },
        // A URL or a long word is never cut: the terminal wraps what overflows.
        keep_words: true,
        ..Options::new(look.width, look.unicode)
    };
    let mut rendered = render_topic(&topic, opts, only);
    if only.is_none() {
        swelearn_core::render::insert_note(&mut rendered, &note(loader, &topic.id), opts);
    }
    let mut text = Painted::default();
    crate::style::paint(&rendered.lines, look, &mut text);
    crate::out::print_paged(&text, page)?;
    Ok(ExitCode::SUCCESS)
}

/// Your note on a topic, if you wrote one (nothing when there is no progress database yet).
fn note(loader: &Loader, id: &str) -> String {
    if !loader.paths.database().exists() {
        return String::new();
    }
    crate::study::open_store_for_reading(loader)
        .ok()
        .and_then(|store| store.topic_state(id).ok())
        .map(|state| state.note)
        .unwrap_or_default()
}

fn to_json(topic: &Topic, doc: &DocMeta, only: Option<&Section>) -> serde_json::Value {
    let sections: Vec<&Section> = topic
        .sections
        .iter()
        .filter(|s| only.is_none_or(|o| o.line == s.line))
        .collect();
    let mut v = super::list::to_json(doc);
    v["related"] = json!(topic.related);
    v["labs"] = json!(topic.labs);
    v["estimated_time"] = json!(format_minutes(topic.minutes));
    v["sections"] = json!(
        sections
            .iter()
            .map(|s| json!({"title": s.title, "kind": s.kind, "markdown": s.body}))
            .collect::<Vec<_>>()
    );
    v["flashcards"] = json!(topic.flashcards);
    v["quiz"] = json!(topic.quiz);
    v
}
