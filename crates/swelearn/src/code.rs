//! Coding practice, shared by `swelearn code` (the command line) and the practice screen (the
//! terminal UI), which never import each other: the problem catalogue (bundled problems and the
//! user's own), the workspace of solution files, judging a solution with progress as it goes,
//! and the user's progress (status, attempts scheduled with FSRS, hints, the solution). Nothing
//! here prints or draws; callers word their own output.
//!
//! ```text
//! let practice = Practice::load(&loader)?;                  // catalogue, workspace, config
//! let entry = practice.catalog.find("two-sum-unsorted")?;
//! let started = practice.workspace.start(entry, Lang::Python, false)?;  // never overwrites
//! progress::begin(&mut store, &entry.problem.id, Lang::Python, now)?;
//! let judge = practice.judge()?;                            // Arc it to use from a worker
//! let report = judging::run(&judge, entry, lang, started.path(), Mode::Submit, &mut |p| ...)?;
//! let recorded = progress::record_submission(&mut store, &scheduler, &report, now)?;
//! ```

pub mod catalog;
pub mod editor;
pub mod judging;
pub mod listing;
pub mod mock;
pub mod panics;
pub mod progress;
pub mod summary;
pub mod workspace;

use anyhow::Result;
use swelearn_core::problem::Lang;
use swelearn_judge::{Judge, Launcher};

pub use catalog::{Entry, ProblemCatalog, Source};
pub use listing::{Filter, Row};
pub use progress::{Hint, Recorded, Status};
pub use workspace::{Started, Workspace};

use crate::config::{CodeConfig, Config};
use crate::load::Loader;
use crate::paths::Paths;

/// Everything coding practice needs from the user's setup.
#[derive(Debug, Clone)]
pub struct Practice {
    pub catalog: ProblemCatalog,
    pub workspace: Workspace,
    /// `[code] language` in `config.toml`, else Python.
    pub default_lang: Lang,
    pub config: CodeConfig,
    pub paths: Paths,
}

impl Practice {
    /// Reads the catalogue (bundled problems and the loader's content folders) and the `[code]`
    /// configuration.
    pub fn load(loader: &Loader) -> Result<Practice> {
        let config = Config::load(&loader.paths.config_file())?.code;
        Ok(Practice {
            catalog: ProblemCatalog::load(loader),
            workspace: Workspace::new(&loader.paths, &config),
            default_lang: workspace::default_lang(&config)?,
            config,
            paths: loader.paths.clone(),
        })
    }

    /// A judge with this binary as the sandbox launcher.
    pub fn judge(&self) -> Result<Judge> {
        Ok(self.judge_with(judging::launcher()?))
    }

    /// A judge with the given sandbox launcher (tests pass the built binary).
    pub fn judge_with(&self, launcher: Launcher) -> Judge {
        judging::judge(&self.paths, &self.config, launcher)
    }
}
