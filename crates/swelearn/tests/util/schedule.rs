//! An independent check of stored schedules: every card's state and due date recomputed from its
//! review log with the fsrs crate itself, by the scheduling rules swelearn documents: Again
//! brings a card back in ten minutes; other ratings wait FSRS's interval rounded to whole days
//! (1 to 36,500), kept Hard < Good < Easy, spread by at most 5% either way (at least a day) from
//! three days up; FSRS counts whole days between reviews; a card's first review is `new`, one on
//! the same day as the previous `same day`, any later one `review`; and a card with a schedule is
//! never offered as new.

use std::path::Path;

use fsrs::{FSRS, MemoryState};
use swelearn_store::{Review, ReviewKind, Store};

const DAY: i64 = 86_400;

/// What a check found.
#[derive(Debug, Default)]
pub struct Check {
    pub cards: usize,
    pub reviews: usize,
    /// One line per card whose stored schedule differs from the recomputed one.
    pub mismatches: Vec<String>,
}

/// Checks every card in the database at `db`.
pub fn check_store(db: &Path) -> Check {
    let store = Store::open_for_reading(db).expect("the database opens");
    let fsrs = FSRS::new(&[]).expect("default parameters");
    let mut check = Check::default();
    let cards = store.all_cards().expect("cards");
    let offered_as_new: std::collections::HashSet<String> = store
        .new_cards(usize::MAX)
        .expect("new cards")
        .into_iter()
        .map(|c| c.id)
        .collect();
    for card in cards {
        if card.state.is_some() && offered_as_new.contains(&card.id) {
            check.mismatches.push(format!(
                "card {}: has a schedule but is offered as new",
                card.id
            ));
        }
        let log = store.reviews_of(&card.id).expect("log");
        check.reviews += log.len();
        if log.is_empty() && card.state.is_none() {
            continue;
        }
        check.cards += 1;
        if let Err(why) = check_card(&fsrs, &card.id, card.state.as_ref(), &log) {
            check.mismatches.push(format!("card {}: {why}", card.id));
        }
    }
    check
}

fn check_card(
    fsrs: &FSRS,
    id: &str,
    stored: Option<&swelearn_core::schedule::CardState>,
    log: &[Review],
) -> Result<(), String> {
    let stored = stored.ok_or("reviewed but has no schedule")?;
    let mut memory: Option<MemoryState> = None;
    let mut last: Option<i64> = None;
    let mut lapses = 0;
    let mut due_window = (0, 0);
    for (n, r) in log.iter().enumerate() {
        let elapsed = last.map_or(0, |l| (r.at - l).max(0) / DAY);
        let kind = match last {
            None => ReviewKind::New,
            Some(_) if elapsed == 0 => ReviewKind::SameDay,
            Some(_) => ReviewKind::Review,
        };
        if r.kind != kind {
            return Err(format!(
                "review {n} is logged as {:?}, not {kind:?}",
                r.kind
            ));
        }
        let next = fsrs
            .next_states(memory, 0.9, u32::try_from(elapsed).expect("days"))
            .map_err(|e| format!("fsrs: {e:?}"))?;
        let days = |i: f32| (i.round() as i64).clamp(1, 36_500);
        let hard = days(next.hard.interval);
        let good = days(next.good.interval).max(hard + 1);
        let easy = days(next.easy.interval).max(good + 1);
        let (state, wait) = match r.rating {
            1 => (next.again, None),
            2 => (next.hard, Some(hard)),
            3 => (next.good, Some(good)),
            4 => (next.easy, Some(easy)),
            other => return Err(format!("rating {other}")),
        };
        if r.rating == 1 && memory.is_some() {
            lapses += 1;
        }
        due_window = match wait {
            None => (r.at + 600, r.at + 600),
            Some(d) if d < 3 => (r.at + d * DAY, r.at + d * DAY),
            Some(d) => {
                let spread = ((d as f64 * 0.05).round() as i64).max(1);
                (r.at + (d - spread).max(1) * DAY, r.at + (d + spread) * DAY)
            }
        };
        memory = Some(state.memory);
        last = Some(r.at);
    }
    let memory = memory.ok_or("a schedule but no reviews")?;
    let last = last.unwrap_or_default();
    let want = (
        memory.stability,
        memory.difficulty,
        last,
        log.len() as u32,
        lapses,
    );
    let got = (
        stored.stability,
        stored.difficulty,
        stored.last_review,
        stored.reps,
        stored.lapses,
    );
    if want != got {
        return Err(format!(
            "stored (stability, difficulty, last review, reps, lapses) {got:?}, fsrs from the log gives {want:?}"
        ));
    }
    let (early, late) = due_window;
    if stored.due < early || stored.due > late {
        return Err(format!(
            "due {} is outside {early}..={late} that the log gives ({id})",
            stored.due
        ));
    }
    Ok(())
}
