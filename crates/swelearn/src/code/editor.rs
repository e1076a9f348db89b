//! The user's editor: `$VISUAL`, else `$EDITOR`, else `vi` (an empty variable counts as unset),
//! run through the shell so `EDITOR="code --wait"` works, on a file given as its own argument
//! (never pasted into the command line).

use std::path::Path;

use anyhow::{Context, Result};

/// The editor command to run.
pub fn command() -> String {
    pick(
        std::env::var("VISUAL").ok().as_deref(),
        std::env::var("EDITOR").ok().as_deref(),
    )
}

fn pick(visual: Option<&str>, editor: Option<&str>) -> String {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|e| !e.is_empty())
        .unwrap_or("vi")
        .to_owned()
}

/// Opens `path` in `editor` and waits for it to exit.
pub fn open(editor: &str, path: &Path) -> Result<()> {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::pick;

    #[test]
    fn an_empty_visual_falls_back_to_editor_then_vi() {
        assert_eq!(pick(Some("nano"), Some("ed")), "nano");
        assert_eq!(pick(Some(""), Some("ed")), "ed");
        assert_eq!(pick(Some("  "), None), "vi");
        assert_eq!(pick(None, None), "vi");
    }
}
