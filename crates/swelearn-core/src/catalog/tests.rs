//! Catalog tests: a round trip through the cache file, and stale, foreign, damaged or planted
//! files refused, each for its reason.

use super::cache::{VERSION, payload, seal};
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
    let bytes = cat.to_bytes(42).expect("encodes");
    assert_eq!(Catalog::from_bytes(&bytes, 42), Ok(cat));
}

#[test]
fn stale_foreign_or_damaged_files_are_refused_for_their_reason() {
    let (lib, diags) = library();
    let cat = Catalog::build(&lib, diags);
    let bytes = cat.to_bytes(42).expect("encodes");
    let read = |b: &[u8]| Catalog::from_bytes(b, 42).map(|_| ());
    assert_eq!(
        Catalog::from_bytes(&bytes, 43).map(|_| ()),
        Err(CacheError::OtherSources)
    );
    assert_eq!(read(b"garbage"), Err(CacheError::NotACache));
    assert_eq!(read(&bytes[..10]), Err(CacheError::NotACache));
    // The hand-written format this one replaced (magic "SWLCAT\0\x05").
    let mut old = b"SWLCAT\0\x05".to_vec();
    old.extend_from_slice(&42u64.to_le_bytes());
    old.extend_from_slice(&[0; 32]);
    assert_eq!(read(&old), Err(CacheError::NotACache));
    let mut newer = bytes.clone();
    newer[8..12].copy_from_slice(&(VERSION + 1).to_le_bytes());
    assert_eq!(
        read(&newer),
        Err(CacheError::OtherVersion { found: VERSION + 1 })
    );
    assert_eq!(read(&bytes[..bytes.len() - 1]), Err(CacheError::Damaged));
    // Any one byte of the payload flipped: the checksum catches it, however it would decode.
    for at in 24..bytes.len() {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x01;
        assert_eq!(read(&flipped), Err(CacheError::Damaged), "byte {at}");
    }
    // Bytes after the catalog, behind a checksum that covers them.
    let mut longer = payload(&cat);
    longer.push(0);
    assert!(matches!(
        read(&seal(&longer, 42)),
        Err(CacheError::Undecodable(_))
    ));
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
        let bytes = cat.to_bytes(7).expect("encodes");
        Catalog::from_bytes(&bytes, 7) == Err(CacheError::Implausible)
    };
    assert!(!refused(&|_| {}));
    assert!(refused(&|c| c.docs[0].title = "Clear \u{1b}[2J".into()));
    assert!(refused(&|c| c.docs[0].title = "CSI \u{9b}31m".into()));
    assert!(refused(&|c| c.docs[1].tags.push("bell\u{7}".into())));
    assert!(refused(&|c| c.docs[1].id = "Not An Id".into()));
    assert!(refused(&|c| c.index.doc_len[0] = f32::NAN));
    assert!(refused(&|c| {
        c.docs.pop();
    }));
}

#[test]
fn counts_in_a_damaged_cache_do_not_size_allocations() {
    // A payload that claims four billion documents, then ends, behind a valid header.
    let claim = seal(&payload(&(u32::MAX, 0u8)), 9);
    assert!(matches!(
        Catalog::from_bytes(&claim, 9),
        Err(CacheError::Undecodable(_))
    ));
    // And one that claims a four-gigabyte title.
    let mut title = payload(&1u32);
    title.extend(payload(&(u32::MAX, 0u8)));
    assert!(matches!(
        Catalog::from_bytes(&seal(&title, 9), 9),
        Err(CacheError::Undecodable(_))
    ));
}
