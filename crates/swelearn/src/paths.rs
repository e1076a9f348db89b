//! Where swelearn keeps user data, caches and configuration: the XDG directories, or all under
//! `SWELEARN_HOME` when it is set (tests set it so they never touch a real home directory).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The directories swelearn uses.
#[derive(Debug, Clone)]
pub struct Paths {
    pub data: PathBuf,
    pub cache: PathBuf,
    pub config: PathBuf,
}

impl Paths {
    /// Resolves the directories from `SWELEARN_HOME`, the XDG variables and `--data-dir`.
    pub fn resolve(data_dir: Option<&Path>) -> Result<Paths> {
        let mut paths =
            if let Some(home) = std::env::var_os("SWELEARN_HOME").filter(|h| !h.is_empty()) {
                let home = PathBuf::from(home);
                Paths {
                    data: home.join("data"),
                    cache: home.join("cache"),
                    config: home.join("config"),
                }
            } else {
                let dirs = directories::ProjectDirs::from("", "", "swelearn").context(
                "cannot find a home directory for swelearn's data: set SWELEARN_HOME to a folder",
            )?;
                Paths {
                    data: dirs.data_dir().to_path_buf(),
                    cache: dirs.cache_dir().to_path_buf(),
                    config: dirs.config_dir().to_path_buf(),
                }
            };
        if let Some(dir) = data_dir {
            paths.data = dir.to_path_buf();
        }
        Ok(paths)
    }

    /// The user's database (progress, bookmarks, notes).
    pub fn database(&self) -> PathBuf {
        self.data.join("swelearn.db")
    }

    /// The configuration file.
    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }

    /// The folder of the user's own topics.
    pub fn user_topics(&self) -> PathBuf {
        self.data.join("topics")
    }
}
