//! Catalog tests: a round trip through bytes, and stale or damaged bytes read as "no cache".

use super::*;
use crate::library::SourceFile;

fn library() -> (Library, Vec<Diagnostic>) {
    let topic = |title: &str, tags: &str, related: &str, body: &str| {
        format!(
            "---\ntitle: \"{title}\"\ntags: [{tags}]\nrelated: [{related}]\ndifficulty: medium\nestimated_time: 20min\nlevel: senior\n---\n## Overview\n{body}\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Architecture Diagram\n```\nx\n```\n## Key Points for Interviews\n- x\n"
        )
    };
    let files = vec![
        (
            "database-replication.md",
            topic(
                "Database Replication",
                "replication, quorum",
                "dns",
                "Leaders, followers and quorum reads.",
            ),
        ),
        (
            "dns.md",
            topic("DNS", "dns", "", "Resolvers cache records for their TTL."),
        ),
        ("broken.md", "---\ntitle: x\n".to_owned()),
    ];
    Library::load(
        files
            .into_iter()
            .map(|(name, text)| SourceFile {
                origin: Origin::Bundled {
                    name: name.to_owned(),
                },
                source: SourceKind::Bundled,
                display: format!("content/{name}"),
                group: "content".to_owned(),
                bytes: text.into_bytes(),
            })
            .collect(),
    )
}

#[test]
fn round_trips_through_bytes() {
    let (lib, diags) = library();
    assert_eq!(diags.len(), 1);
    let cat = Catalog::build(&lib, diags);
    assert_eq!(cat.docs[0].related, ["dns"], "the catalog keeps `related`");
    let bytes = cat.to_bytes(42);
    assert_eq!(Catalog::from_bytes(&bytes, 42).as_ref(), Some(&cat));
}

#[test]
fn stale_or_damaged_bytes_are_no_cache() {
    let (lib, diags) = library();
    let bytes = Catalog::build(&lib, diags).to_bytes(42);
    assert!(Catalog::from_bytes(&bytes, 43).is_none());
    assert!(Catalog::from_bytes(&bytes[..bytes.len() - 1], 42).is_none());
    assert!(Catalog::from_bytes(b"garbage", 42).is_none());
    let mut flipped = bytes.clone();
    let at = flipped.len() / 2;
    flipped[at] ^= 0xff;
    // A flipped byte may still decode, but must never panic.
    let _ = Catalog::from_bytes(&flipped, 42);
}

#[test]
fn search_boosts_fuzzy_title_matches() {
    let (lib, diags) = library();
    let cat = Catalog::build(&lib, diags);
    let hits = cat.search("quorum");
    assert_eq!(hits.len(), 1);
    assert_eq!(cat.docs[hits[0].doc as usize].id, "database-replication");
    let hits = cat.search("db repl");
    assert_eq!(cat.docs[hits[0].doc as usize].id, "database-replication");
}
