//! Builds a study-scale fixture for `scripts/bench-study.sh`: a library of TOPICS topics with
//! ten flashcards each (100,000 cards at the default size) and a progress database holding a
//! generated history of ten reviews per card (1,000,000 reviews), schedules rebuilt by replaying
//! it. Then it measures how long opening the database takes, with the full damage check and
//! without it (a file as swelearn left it), and how long a durable answer takes.
//!
//! usage: `study_fixture LIBRARY_DIR SWELEARN_HOME [TOPICS]`

use std::fmt::Write as _;
use std::time::Instant;

use swelearn::study::new_id;
use swelearn_core::cards::cards;
use swelearn_core::parse::parse_topic;
use swelearn_core::schedule::{DAY, PastReview, Rating, Scheduler};
use swelearn_store::{Review, ReviewKind, Store};

const NOW: i64 = 1_800_000_000;

fn topic(i: usize) -> String {
    let mut t = format!(
        "---\ntitle: \"Study topic {i}\"\ntags: [bench]\ndifficulty: medium\nestimated_time: 10min\nkey_point_cards: false\n---\n\
         ## Overview\nTopic {i} exists to measure study at scale.\n## When to Use\n- Benchmarks.\n## Trade-offs & Gotchas\n- None.\n\
         ## Architecture Diagram\n```\n[a] --> [b]\n```\n## Key Points for Interviews\n- **Scale**: it scales.\n## Flashcards\n"
    );
    for c in 0..10 {
        let _ = writeln!(
            t,
            "- Q: Question {c} of topic {i}?\n  A: Answer {c} of topic {i}."
        );
    }
    t
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dir, home) = (
        std::path::PathBuf::from(&args[1]),
        std::path::PathBuf::from(&args[2]),
    );
    let topics: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    std::fs::create_dir_all(&dir).expect("library dir");
    let started = Instant::now();
    let scheduler = Scheduler::new(&[], 0.9).expect("scheduler");
    let mut rng = fastrand::Rng::with_seed(42);
    let mut reviews = Vec::with_capacity(topics * 100);
    let mut states = Vec::with_capacity(topics * 10);
    for i in 0..topics {
        let text = topic(i);
        let name = format!("study-{i:05}.md");
        std::fs::write(dir.join(&name), &text).expect("write topic");
        let parsed = parse_topic(text.as_bytes(), &name, name.trim_end_matches(".md"))
            .topic
            .expect("topic parses");
        for card in cards(&parsed) {
            let mut at = NOW - 730 * DAY + rng.i64(0..300 * DAY);
            let mut history = Vec::new();
            for n in 0..10 {
                let rating = match rng.u8(0..100) {
                    0..10 => Rating::Again,
                    10..20 => Rating::Hard,
                    20..90 => Rating::Good,
                    _ => Rating::Easy,
                };
                let kind = if n == 0 {
                    ReviewKind::New
                } else {
                    ReviewKind::Review
                };
                reviews.push(Review {
                    id: new_id(),
                    card_id: card.id.clone(),
                    topic_id: card.topic.clone(),
                    at,
                    rating: rating as u8,
                    elapsed_ms: rng.i64(2_000..20_000),
                    kind,
                });
                history.push(PastReview { at, rating });
                at += rng.i64(1..40) * DAY + rng.i64(0..DAY);
            }
            states.push((
                card.id.clone(),
                scheduler.replay(&card.id, &history).expect("replays"),
            ));
        }
    }
    eprintln!(
        "generated {} topics, {} cards, {} reviews in {:.1}s",
        topics,
        states.len(),
        reviews.len(),
        started.elapsed().as_secs_f64()
    );
    let mut store = Store::open(&home.join("data/swelearn.db")).expect("store");
    let offered: Vec<(String, String)> = reviews
        .iter()
        .filter(|r| r.kind == ReviewKind::New)
        .map(|r| (r.card_id.clone(), r.topic_id.clone()))
        .collect();
    store.sync_cards(&offered, NOW - 800 * DAY).expect("cards");
    store.import_reviews(&reviews).expect("reviews");
    store.set_states(&states).expect("states");
    eprintln!(
        "database written in {:.1}s",
        started.elapsed().as_secs_f64()
    );

    // An open checks the whole file for damage (`PRAGMA quick_check`) unless the file is as
    // swelearn last closed it: time both.
    drop(store);
    let db = home.join("data/swelearn.db");
    let mut record = db.as_os_str().to_owned();
    record.push(".checked");
    let time_open = |full: bool| {
        let mut times = Vec::new();
        for _ in 0..7 {
            if full {
                let _ = std::fs::remove_file(&record);
            }
            let t = Instant::now();
            let store = Store::open(&db).expect("reopens");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(store.checked_fully(), full);
        }
        times.sort_by(f64::total_cmp);
        (times[3], times[6])
    };
    let (full, full_max) = time_open(true);
    let (skip, skip_max) = time_open(false);
    println!(
        "open with the full damage check: median {full:.0} ms (slowest {full_max:.0}); open of a file as swelearn left it: median {skip:.1} ms (slowest {skip_max:.1}); {} MB database",
        std::fs::metadata(&db).map_or(0, |m| m.len() >> 20)
    );
    let mut store = Store::open(&db).expect("reopens");

    // An answer is durable when record_review returns: time it on the full database.
    let mut times = Vec::new();
    for (k, (card, _)) in states.iter().take(200).enumerate() {
        let review = Review {
            id: new_id(),
            card_id: card.clone(),
            topic_id: "study-00000".into(),
            at: NOW + k as i64,
            rating: 3,
            elapsed_ms: 1000,
            kind: ReviewKind::Review,
        };
        let state = scheduler.preview(card, None, NOW).expect("schedules")[2].state;
        let t = Instant::now();
        store.record_review(&review, &state).expect("recorded");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "durable answer: median {:.2} ms, p95 {:.2} ms (200 answers, synchronous WAL commits)",
        times[100], times[190]
    );
}
