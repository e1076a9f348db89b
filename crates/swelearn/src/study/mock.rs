//! Mock interviews as the command line and the mock screen both run them: an interrupted session
//! recovered with its scratchpad.

use std::io::Write;

use anyhow::Result;
use swelearn_store::Store;

/// A session left unfinished (a crash, a closed terminal) is closed with its scratchpad.
pub fn recover(store: &Store, pads: &std::path::Path, out: &mut impl Write) -> Result<()> {
    let Some(mut s) = store.unfinished_mock()? else {
        return Ok(());
    };
    let notes = std::fs::read_to_string(pads.join(format!("{}.md", s.id))).unwrap_or_default();
    writeln!(
        out,
        "Recovered an interrupted {} mock on {} with {} line(s) of notes; it is kept unscored.",
        s.kind,
        s.problem,
        notes.lines().count()
    )?;
    s.notes = notes;
    s.ended_at = Some(s.started_at);
    store.save_mock(&s)?;
    Ok(())
}
