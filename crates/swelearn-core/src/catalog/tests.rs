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

#[test]
fn a_cache_the_parser_could_not_have_written_is_refused() {
    let (lib, diags) = library();
    let good = Catalog::build(&lib, diags);
    let refused = |f: &dyn Fn(&mut Catalog)| {
        let mut cat = good.clone();
        f(&mut cat);
        Catalog::from_bytes(&cat.to_bytes(7), 7).is_none()
    };
    assert!(!refused(&|_| {}));
    assert!(refused(&|c| c.docs[0].title = "Clear \u{1b}[2J".into()));
    assert!(refused(&|c| c.docs[0].title = "CSI \u{9b}31m".into()));
    assert!(refused(&|c| c.docs[1].tags.push("bell\u{7}".into())));
    assert!(refused(&|c| c.docs[1].id = "Not An Id".into()));
    assert!(refused(&|c| c.index.doc_len[0] = f32::NAN));
}

#[test]
fn counts_in_a_damaged_cache_do_not_size_allocations() {
    // A header that claims four billion documents, then ends.
    let (lib, diags) = library();
    let bytes = Catalog::build(&lib, diags).to_bytes(9);
    let mut claim = bytes[..16].to_vec();
    claim.extend_from_slice(&u32::MAX.to_le_bytes());
    claim.extend_from_slice(&[0; 64]);
    assert!(Catalog::from_bytes(&claim, 9).is_none());
    assert_eq!(
        codec::room_for(&claim, 16, usize::MAX, 8),
        (claim.len() - 16) / 8
    );
}
