//! The user's configuration file (`config.toml` in the XDG config directory, or
//! `$SWELEARN_HOME/config/`): settings that outlive one run, such as the theme.

use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

/// Which colours the terminal UI uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Pick from the terminal's background (COLORFGBG), else dark.
    #[default]
    Auto,
    Dark,
    Light,
}

impl ThemeChoice {
    /// The colours this choice comes to: `NO_COLOR` wins; `auto` reads the terminal's
    /// background from `COLORFGBG` ("15;0" is light text on black) and falls back to dark.
    pub fn resolve(self, no_color: bool, colorfgbg: Option<&str>) -> ThemeKind {
        if no_color {
            return ThemeKind::NoColor;
        }
        match self {
            ThemeChoice::Dark => ThemeKind::Dark,
            ThemeChoice::Light => ThemeKind::Light,
            ThemeChoice::Auto => {
                let bg = colorfgbg
                    .and_then(|v| v.rsplit(';').next())
                    .and_then(|b| b.parse::<u8>().ok());
                match bg {
                    Some(b) if b == 7 || b >= 9 => ThemeKind::Light,
                    _ => ThemeKind::Dark,
                }
            }
        }
    }
}

/// The colours in use: what the terminal UI draws with and what styled output highlights code
/// with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    Dark,
    Light,
    NoColor,
}

impl ThemeKind {
    /// The theme's name: "dark", "light" or "no-color".
    pub fn name(self) -> &'static str {
        match self {
            ThemeKind::Dark => "dark",
            ThemeKind::Light => "light",
            ThemeKind::NoColor => "no-color",
        }
    }
}

/// The colours for a run: the flag, else the config file, else the terminal's background
/// (`COLORFGBG`), with `NO_COLOR` winning over all.
pub fn theme(config_file: &Path, flag: Option<ThemeChoice>) -> Result<ThemeKind> {
    let config = Config::load(config_file)?;
    let colorfgbg = std::env::var("COLORFGBG").ok();
    Ok(flag
        .unwrap_or(config.theme)
        .resolve(crate::out::no_color(), colorfgbg.as_deref()))
}

/// Settings read from `config.toml`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `theme = "auto" | "dark" | "light"`.
    #[serde(default)]
    pub theme: ThemeChoice,
    /// The `[code]` table: coding practice.
    #[serde(default)]
    pub code: CodeConfig,
}

/// `[code]` in `config.toml`: the default language, the workspace folder and the toolchain
/// commands (`[code.commands]`: `python`, `rustc`, `cxx`, `javac`, `java`, `node`, `go`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeConfig {
    /// `language = "python"`: the language `swelearn code start` uses without `--lang`.
    #[serde(default)]
    pub language: Option<String>,
    /// `workspace = "~/code/swelearn"`: where solution files go (default: `code/` in the data
    /// folder); a leading `~/` is the home folder.
    #[serde(default)]
    pub workspace: Option<std::path::PathBuf>,
    #[serde(default)]
    pub commands: swelearn_judge::Commands,
}

impl Config {
    /// Reads the file; a missing file is the default configuration, a bad one an error that
    /// names the file and what is wrong.
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text)
                .with_context(|| format!("{}: not a valid swelearn configuration", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_theme_and_rejects_unknown_keys() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        assert_eq!(
            Config::load(&path).expect("missing is default"),
            Config::default()
        );
        std::fs::write(&path, "theme = \"light\"\n").expect("write");
        assert_eq!(
            Config::load(&path).expect("reads").theme,
            ThemeChoice::Light
        );
        std::fs::write(&path, "colour = 1\n").expect("write");
        let err = format!("{:#}", Config::load(&path).expect_err("unknown key"));
        assert!(
            err.contains("config.toml: not a valid swelearn configuration")
                && err.contains("colour"),
            "{err}"
        );
    }
}
