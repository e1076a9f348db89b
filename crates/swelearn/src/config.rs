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

/// Settings read from `config.toml`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `theme = "auto" | "dark" | "light"`.
    #[serde(default)]
    pub theme: ThemeChoice,
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
