//! Properties that hold for any input bytes, however hostile: a topic file, an export file to
//! import, a catalog cache. Each function panics when its property fails. The fuzz targets in
//! `fuzz/` call them on generated inputs, and the test suite calls them on every committed corpus
//! file, so a case the fuzzer once found stays fixed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use clap::Parser as _;
use swelearn_core::cards::cards;
use swelearn_core::catalog::{Catalog, cache};
use swelearn_core::doc::{self, Line, Options};
use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};
use swelearn_core::parse::parse_topic;
use swelearn_core::render::render_topic;
use swelearn_core::sanitize::{has_controls, is_forbidden};

use crate::style::{Look, Painted, paint};

/// Any bytes as a topic file: parsing never panics; what loads holds no control character in its
/// decoded fields; its layout at any width, its printed form (plain or styled), its JSON, its
/// cards' prompts and answers carry none to the terminal; and its catalog survives the cache.
pub fn topic(bytes: &[u8]) {
    let parsed = parse_topic(bytes, "fuzz.md", "fuzz");
    let Some(topic) = parsed.topic else {
        return;
    };
    let decoded = [&topic.id, &topic.title]
        .into_iter()
        .chain(&topic.tags)
        .chain(topic.sections.iter().map(|s| &s.title));
    for text in decoded {
        assert!(!has_controls(text), "a control character in {text:?}");
    }
    for (width, unicode, keep_words) in [(80, false, false), (72, true, true), (1, true, false)] {
        let opts = Options {
            keep_words,
            ..Options::new(width, unicode)
        };
        let rendered = render_topic(&topic, opts, None);
        assert_model_clean(&rendered.lines);
        for color in [false, true] {
            let mut out = Painted::default();
            paint(
                &rendered.lines,
                Look {
                    color,
                    unicode,
                    width,
                },
                &mut out,
            );
            assert_terminal_safe(out.as_str(), color);
        }
    }
    for card in cards(&topic) {
        for md in [&card.prompt, &card.answer] {
            assert_model_clean(&doc::layout(md, Options::new(40, false)));
        }
    }
    let json = crate::out::json(&topic).expect("a topic serializes");
    assert_terminal_safe(&json, false);
    let (library, diagnostics) = Library::load(vec![SourceFile {
        origin: Origin::Bundled {
            name: "fuzz.md".to_owned(),
        },
        source: SourceKind::Bundled,
        display: "fuzz.md".to_owned(),
        group: "fuzz".to_owned(),
        bytes: bytes.to_vec(),
    }]);
    let built = Catalog::build(&library, diagnostics);
    let bytes = built
        .to_bytes(7)
        .expect("a catalog from the parser encodes");
    assert!(
        Catalog::from_bytes(&bytes, 7).as_ref() == Ok(&built),
        "the catalog of a topic that loads does not survive its cache"
    );
    let _ = built.search(&topic.title);
}

/// Any bytes as a catalog cache file, twice: as a whole file (with the fingerprint its header
/// names), and as the payload behind a valid header (so the decoder is reached, as a checksum
/// would seldom let mutated bytes through). Decoding never panics nor allocates by a count it
/// read; a catalog it accepts encodes back to itself and can be searched, every hit naming one of
/// its documents.
pub fn catalog(bytes: &[u8]) -> CatalogRead {
    let check = |file: &[u8], fingerprint: u64| {
        Catalog::from_bytes(file, fingerprint)
            .map(|catalog| accepted(&catalog, fingerprint))
            .is_ok()
    };
    CatalogRead {
        as_file: check(bytes, cache::fingerprint_of(bytes).unwrap_or(0)),
        as_payload: check(&cache::seal(bytes, 7), 7),
    }
}

/// Which readings of the bytes [`catalog`] accepted as a catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogRead {
    /// As a whole cache file.
    pub as_file: bool,
    /// As the payload behind a valid header.
    pub as_payload: bool,
}

/// A catalog the decoder accepted encodes back to itself and searches within its documents.
fn accepted(catalog: &Catalog, fingerprint: u64) {
    let bytes = catalog
        .to_bytes(fingerprint)
        .expect("an accepted catalog encodes");
    assert!(
        Catalog::from_bytes(&bytes, fingerprint).as_ref() == Ok(catalog),
        "an accepted catalog does not encode back to itself"
    );
    let mut queries: Vec<&str> = vec!["a", "the", "quorum"];
    queries.extend(catalog.docs.iter().take(3).map(|d| d.title.as_str()));
    queries.extend(catalog.index.terms.iter().take(3).map(String::as_str));
    for query in queries {
        for hit in catalog.search(query) {
            assert!(
                (hit.doc as usize) < catalog.docs.len(),
                "a hit past the end"
            );
        }
    }
}

/// What [`import`] did with the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// Refused, with an error message.
    Refused,
    /// Imported; exported again and that export re-imported.
    RoundTripped,
}

/// Any bytes as a file for `swelearn import`, into a fresh store: the command never panics; when
/// it accepts the file, what it stored can be exported, and that export imported again.
pub fn import(bytes: &[u8]) -> Imported {
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "swelearn-import-check-{}-{}",
        std::process::id(),
        CALLS.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let file = dir.join("in.jsonl");
    std::fs::write(&file, bytes).expect("the input file");
    let out = dir.join("out.jsonl");
    let result = if swelearn(&dir, &["import", &arg(&file)]) {
        assert!(
            swelearn(&dir, &["export", &arg(&out)]),
            "an accepted import cannot be exported"
        );
        assert!(
            swelearn(&dir, &["import", &arg(&out)]),
            "an export of an accepted import is refused"
        );
        Imported::RoundTripped
    } else {
        Imported::Refused
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Runs one command on the data folder `dir`; whether it succeeded.
fn swelearn(dir: &Path, args: &[&str]) -> bool {
    let mut full = vec!["swelearn".to_owned(), "--data-dir".to_owned(), arg(dir)];
    full.extend(args.iter().map(|a| (*a).to_owned()));
    let cli = crate::cli::Cli::try_parse_from(full).expect("a valid command line");
    crate::cmd::run(cli).is_ok_and(|code| code == std::process::ExitCode::SUCCESS)
}

fn arg(path: &Path) -> String {
    PathBuf::from(path).display().to_string()
}

/// Laid-out lines never hold a control character but tab.
fn assert_model_clean(lines: &[Line]) {
    for line in lines {
        for span in &line.spans {
            assert!(
                !span.text.chars().any(|c| is_forbidden(c) || c == '\n'),
                "a control character in a laid-out line: {:?}",
                span.text
            );
        }
    }
}

/// Output holds no control character but newline and tab, and with `styled`, ESC only as the
/// start of an SGR sequence (`ESC [ digits ; m`).
fn assert_terminal_safe(out: &str, styled: bool) {
    for (i, c) in out.char_indices() {
        if !is_forbidden(c) {
            continue;
        }
        if styled && c == '\u{1b}' {
            let rest = &out.as_bytes()[i + 1..];
            if rest.first() == Some(&b'[') {
                let n = rest[1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || **b == b';')
                    .count();
                if rest.get(n + 1) == Some(&b'm') {
                    continue;
                }
            }
        }
        panic!("{c:?} reached the output at byte {i}");
    }
}
