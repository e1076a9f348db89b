//! Files that are not what they seem: a FIFO named `x.md` (opening it would block), a link to
//! `/dev/zero` (reading it never ends), a topic over the size limit, a dangling link, and a
//! catalog cache that is itself a link to `/dev/zero` or points a topic there. Every command
//! must still work, finish quickly and say which file it skipped and why.

#![cfg(unix)]

mod util;

use std::path::Path;
use std::time::Duration;

use swelearn::load::Loader;
use swelearn::paths::Paths;
use swelearn_core::Origin;
use util::{Swelearn, fixture};

/// Long enough for any command on a slow machine; a blocked read would never end.
const LIMIT: Duration = Duration::from_secs(60);

/// A content folder with one good topic and every kind of bad file.
fn tricky_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    std::fs::copy(
        Path::new(&fixture("mine")).join("zeta-gossip.md"),
        d.join("zeta-gossip.md"),
    )
    .expect("copy");
    let made = std::process::Command::new("mkfifo")
        .arg(d.join("pipe.md"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.md")).expect("symlink");
    std::os::unix::fs::symlink(d.join("nowhere"), d.join("dangling.md")).expect("symlink");
    std::fs::write(d.join("big.md"), vec![b'a'; 1024 * 1024 + 1]).expect("write");
    dir
}

fn run(s: &Swelearn, args: &[&str]) -> (i32, String, String) {
    let out = s
        .cmd(args)
        .env("SWELEARN_NOW", "1700000000")
        .write_stdin("")
        .timeout(LIMIT)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_command_skips_special_files_and_says_why() {
    let s = Swelearn::new();
    let dir = tricky_folder();
    let content = dir.path().display().to_string();
    let at = |name: &str| format!("{content}/{name}:1:1:");
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "zeta-gossip"],
        vec!["search", "gossip"],
        vec!["tags"],
        vec!["random"],
        vec!["review"],
        vec!["quiz"],
        vec!["stats"],
    ] {
        let mut full = vec!["--content", content.as_str()];
        full.extend(args.iter().copied());
        let (code, out, err) = run(&s, &full);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!out.is_empty(), "{args:?}");
        assert!(
            err.contains(&format!(
                "{} error: the file is 1025 KiB; topics must be at most 1024 KiB: split it into smaller topics",
                at("big.md")
            )),
            "{args:?}: {err}"
        );
        assert!(
            err.contains(&format!(
                "{} error: cannot read this file: No such file",
                at("dangling.md")
            )),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("2 warning(s) in topic files; run `swelearn check` to see them"),
            "{args:?}: {err}"
        );
    }
    let (code, out, _) = run(&s, &["check", &content]);
    assert_eq!(code, 1, "the oversized and dangling files are errors");
    for line in [
        format!(
            "{} warning: this is a named pipe (FIFO), not a regular file: skipped",
            at("pipe.md")
        ),
        format!(
            "{} warning: this is a character device, not a regular file: skipped",
            at("zero.md")
        ),
        format!(
            "{} error: the file is 1025 KiB; topics must be at most 1024 KiB: split it into smaller topics",
            at("big.md")
        ),
    ] {
        assert!(out.contains(&line), "{line}\n{out}");
    }
    // Named directly, too.
    let (code, out, _) = run(&s, &["check", &format!("{content}/pipe.md")]);
    assert_eq!(code, 0);
    assert!(out.contains("not a regular file: skipped"), "{out}");
}

#[test]
fn a_planted_catalog_cache_is_bounded_and_checked() {
    let s = Swelearn::new();
    let dir = tricky_folder();
    let content = dir.path().display().to_string();
    let cache = s.home.path().join("cache/catalog.bin");
    std::fs::create_dir_all(cache.parent().expect("dir")).expect("mkdir");
    // The cache file is a link to an endless device.
    std::os::unix::fs::symlink("/dev/zero", &cache).expect("symlink");
    let (code, out, err) = run(&s, &["--content", &content, "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("zeta-gossip"), "{out}");
    assert!(
        std::fs::symlink_metadata(&cache)
            .expect("cache")
            .file_type()
            .is_file(),
        "replaced by a real cache"
    );
    // A cache that matches the files but says a topic lives in /dev/zero.
    let home = s.home.path();
    let paths = Paths {
        data: home.join("data"),
        cache: home.join("cache"),
        config: home.join("config"),
    };
    let loader = Loader::new(paths, &[dir.path().to_path_buf()]);
    let mut catalog = loader.catalog();
    let doc = catalog
        .docs
        .iter_mut()
        .find(|d| d.id == "zeta-gossip")
        .expect("listed");
    doc.origin = Origin::File {
        path: "/dev/zero".into(),
    };
    let planted = catalog.to_bytes(loader.fingerprint()).expect("encodes");
    std::fs::write(&cache, planted).expect("plant");
    let (code, _, err) = run(&s, &["--content", &content, "show", "zeta-gossip"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "this topic file can no longer be read: this is a character device, not a regular file"
        ),
        "{err}"
    );
}
