//! Scheduling against the FSRS crate's own expectations, for a fixed history and a fixed `now`.

use super::*;

const T0: i64 = 1_700_000_000;

#[test]
fn a_new_card_gets_the_crates_first_states() {
    let s = Scheduler::new(&[], 0.9).expect("defaults");
    let out = s.preview("card", None, T0).expect("schedules");
    // The crate documents these first states for the default parameters at 90% retention.
    let expected = [
        (0.212, 6.4133),
        (1.2931, 5.112_170_7),
        (2.3065, 2.118_104),
        (8.2956, 1.0),
    ];
    for (o, (stability, difficulty)) in out.iter().zip(expected) {
        assert!((o.state.stability - stability).abs() < 1e-3, "{o:?}");
        assert!((o.state.difficulty - difficulty).abs() < 1e-3, "{o:?}");
    }
    assert_eq!(out[0].interval, AGAIN_DELAY);
    assert_eq!(out[1].interval, DAY, "Hard: 1.29 days rounds to 1");
    assert_eq!(out[2].interval, 2 * DAY, "Good: 2.31 days rounds to 2");
    assert!(
        (out[3].interval / DAY - 8).abs() <= 1,
        "Easy: 8.3 days, spread by at most a day"
    );
}

#[test]
fn replaying_matches_the_crates_memory_state() {
    let s = Scheduler::new(&[], 0.9).expect("defaults");
    let history = [
        PastReview {
            at: T0,
            rating: Rating::Good,
        },
        PastReview {
            at: T0 + 2 * DAY,
            rating: Rating::Good,
        },
        PastReview {
            at: T0 + 7 * DAY,
            rating: Rating::Again,
        },
        PastReview {
            at: T0 + 8 * DAY,
            rating: Rating::Good,
        },
    ];
    let state = s.replay("card", &history).expect("replays").expect("state");
    let item = FSRSItem {
        reviews: vec![
            FSRSReview {
                rating: 3,
                delta_t: 0,
            },
            FSRSReview {
                rating: 3,
                delta_t: 2,
            },
            FSRSReview {
                rating: 1,
                delta_t: 5,
            },
            FSRSReview {
                rating: 3,
                delta_t: 1,
            },
        ],
    };
    let expected = FSRS::default().memory_state(item, None).expect("memory");
    assert!(
        (state.stability - expected.stability).abs() < 1e-4,
        "{state:?} vs {expected:?}"
    );
    assert!((state.difficulty - expected.difficulty).abs() < 1e-4);
    assert_eq!(
        (state.reps, state.lapses, state.last_review),
        (4, 1, T0 + 8 * DAY)
    );
    let r = s.retrievability(
        &state,
        state.last_review + (state.stability * DAY as f32) as i64,
    );
    assert!(
        (r - 0.9).abs() < 0.01,
        "at t = S, retrievability is 90% ({r})"
    );
}

#[test]
fn buttons_are_ordered_and_siblings_spread() {
    let s = Scheduler::new(&[], 0.9).expect("defaults");
    let state = CardState {
        stability: 30.0,
        difficulty: 5.0,
        due: T0,
        last_review: T0 - 30 * DAY,
        reps: 3,
        lapses: 0,
    };
    let out = s.preview("a", Some(&state), T0).expect("schedules");
    assert!(
        out[0].interval < out[1].interval
            && out[1].interval < out[2].interval
            && out[2].interval < out[3].interval
    );
    let dues: std::collections::HashSet<i64> = (0..10)
        .map(|i| {
            s.preview(&format!("sibling-{i}"), Some(&state), T0)
                .expect("schedules")[2]
                .state
                .due
        })
        .collect();
    assert!(dues.len() > 1, "ten siblings do not all land on one day");
    let spread = dues.iter().max().unwrap_or(&0) - dues.iter().min().unwrap_or(&0);
    assert!(spread <= 2 * ((out[2].interval / DAY) as f64 * 0.05).round().max(1.0) as i64 * DAY);
}

#[test]
fn rejects_bad_retention_and_parameters() {
    assert_eq!(
        Scheduler::new(&[], 1.5).err(),
        Some(ScheduleError::Retention { found: 1.5 })
    );
    let short = Scheduler::new(&[1.0, 2.0], 0.9)
        .err()
        .expect("two parameters are too few");
    assert!(
        matches!(short, ScheduleError::Parameters { .. }),
        "{short:?}"
    );
    assert!(
        short
            .to_string()
            .ends_with("fit new ones to your reviews (`swelearn optimize`)"),
        "{short}"
    );
}

#[test]
fn training_items_follow_the_history() {
    let history = [
        PastReview {
            at: T0,
            rating: Rating::Good,
        },
        PastReview {
            at: T0 + 3 * DAY + 5,
            rating: Rating::Hard,
        },
        PastReview {
            at: T0 + 3 * DAY + 600,
            rating: Rating::Good,
        },
    ];
    let items = training_items(&history);
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[1]
            .reviews
            .iter()
            .map(|r| (r.rating, r.delta_t))
            .collect::<Vec<_>>(),
        [(3, 0), (2, 3), (3, 0)]
    );
    assert_eq!(long_term_items(&items), 1);
}

#[test]
fn a_state_fsrs_cannot_use_is_an_error_not_a_made_up_schedule() {
    let s = Scheduler::new(&[], 0.9).expect("defaults");
    let broken = CardState {
        stability: f32::NAN,
        difficulty: 5.0,
        due: T0,
        last_review: T0 - DAY,
        reps: 2,
        lapses: 0,
    };
    let err = s.preview("card", Some(&broken), T0).expect_err("refused");
    assert!(
        err.to_string()
            .contains("card card: FSRS cannot schedule it"),
        "{err}"
    );
    let history = [PastReview {
        at: T0,
        rating: Rating::Good,
    }];
    assert!(s.replay("card", &history).is_ok());
}

#[test]
fn extreme_times_and_stabilities_saturate_instead_of_overflowing() {
    let s = Scheduler::new(&[], 0.9).expect("defaults");
    for (last_review, now) in [
        (i64::MIN, i64::MAX),
        (i64::MAX, i64::MIN),
        (0, i64::MAX),
        (i64::MAX, i64::MAX),
    ] {
        let state = CardState {
            stability: 10.0,
            difficulty: 5.0,
            due: now,
            last_review,
            reps: u32::MAX,
            lapses: u32::MAX,
        };
        let out = s.preview("card", Some(&state), now).expect("schedules");
        for o in out {
            assert!(o.state.due >= now, "{o:?}");
            assert_eq!(o.state.reps, u32::MAX);
        }
        let r = s.retrievability(&state, now);
        assert!((0.0..=1.0).contains(&r), "{r}");
    }
    let huge = CardState {
        stability: 1e30,
        difficulty: 5.0,
        due: T0,
        last_review: T0 - 400 * DAY,
        reps: 9,
        lapses: 0,
    };
    let out = s.preview("card", Some(&huge), T0).expect("schedules");
    assert!(
        out[3].interval <= (MAX_INTERVAL_DAYS + MAX_INTERVAL_DAYS / 20 + 2) * DAY,
        "capped near a hundred years: {out:?}"
    );
}
