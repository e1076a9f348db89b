//! Study over simulated weeks through the binary, the way a person studies: several sessions on
//! some days, none on others, every session a new process (a restart), answers of every rating
//! and an undo now and then, the clock set with `SWELEARN_NOW`. After each study day every card's
//! stored schedule is checked against the fsrs crate run independently over the card's review
//! log (`util::schedule`); the figures are printed so they can be quoted.

mod util;

use std::fmt::Write as _;

use util::Swelearn;

const DAY: i64 = 86_400;
/// 2027-01-15 00:00 UTC.
const FIRST_DAY: i64 = 1_799_971_200;
const DAYS: i64 = 63;

/// A small deterministic generator (the answers must be the same on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }

    /// A rating the way people answer: mostly Good, some Again, Hard and Easy.
    fn rating(&mut self) -> u8 {
        match self.next(100) {
            0..12 => 1,
            12..27 => 2,
            27..87 => 3,
            _ => 4,
        }
    }
}

#[test]
fn weeks_of_study_keep_every_schedule_equal_to_fsrs_over_the_log() {
    let s = Swelearn::new();
    let db = s.home.path().join("data/swelearn.db");
    assert_eq!(
        s.run_at(&["config", "new-per-day", "6"], "1799971200", "")
            .0,
        0
    );
    let mut rng = Lcg(20_270_115);
    let (mut studied_days, mut skipped, mut sessions, mut answers) = (0, 0, 0, 0);
    let mut mismatches = Vec::new();
    let mut last = util::schedule::Check::default();
    for day in 0..DAYS {
        // Skipped days: some every week, and a long weekend away.
        if day % 7 == 5 || (20..24).contains(&day) || rng.next(10) == 0 {
            skipped += 1;
            continue;
        }
        studied_days += 1;
        let count = 1 + rng.next(3);
        for k in 0..count {
            // Morning, afternoon, late evening (local = UTC here).
            let at = FIRST_DAY + day * DAY + [8, 14, 22][k as usize] * 3600 + rng.next(3000) as i64;
            let mut input = String::new();
            for n in 0..30 {
                let _ = write!(input, "\n{}\n", rng.rating());
                if n % 9 == 4 && rng.next(3) == 0 {
                    let _ = write!(input, "u\n\n{}\n", rng.rating());
                }
            }
            let (code, out, err) = s.run_at(&["review", "--limit", "15"], &at.to_string(), &input);
            assert_eq!(code, 0, "day {day} session {k}: {err}");
            answers += out.matches("(saved)").count();
            sessions += 1;
        }
        last = util::schedule::check_store(&db);
        mismatches.extend(last.mismatches.iter().map(|m| format!("day {day}: {m}")));
    }
    println!(
        "time travel: {} simulated days ({studied_days} studied, {skipped} skipped), {sessions} sessions (each a new process), {answers} answers; {} reviews of {} cards in the log; schedule mismatches: {}",
        DAYS,
        last.reviews,
        last.cards,
        mismatches.len()
    );
    assert!(
        last.cards > 60 && last.reviews > 300,
        "enough study to mean something"
    );
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}
