//! Criterion benchmarks of the core: parsing a topic, rendering it, a fuzzy title query over
//! 10,000 titles, and a full-text query over a 10,000-document index.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use swelearn_core::doc::Options;
use swelearn_core::parse::parse_topic;
use swelearn_core::render::render_topic;
use swelearn_core::search::IndexBuilder;

const TOPIC: &[u8] = include_bytes!("../../../content/database-replication.md");

const WORDS: &[&str] = &[
    "replication",
    "leader",
    "follower",
    "partition",
    "shard",
    "cache",
    "index",
    "queue",
    "stream",
    "log",
    "consensus",
    "raft",
    "paxos",
    "latency",
    "throughput",
    "availability",
    "durability",
    "consistency",
    "isolation",
    "snapshot",
    "transaction",
    "commit",
    "rollback",
    "write",
    "read",
];

fn titles(n: usize) -> Vec<String> {
    let mut rng = fastrand_like(7);
    (0..n)
        .map(|i| {
            format!(
                "Topic {i} {} {}",
                WORDS[rng() % WORDS.len()],
                WORDS[rng() % WORDS.len()]
            )
        })
        .collect()
}

/// A tiny deterministic generator, so the benchmark needs no extra crate.
fn fastrand_like(seed: u64) -> impl FnMut() -> usize {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 33) as usize
    }
}

fn bench(c: &mut Criterion) {
    c.bench_function("parse database-replication", |b| {
        b.iter(|| {
            parse_topic(
                black_box(TOPIC),
                "database-replication.md",
                "database-replication",
            )
        });
    });

    let topic = parse_topic(TOPIC, "t.md", "t")
        .topic
        .expect("bundled topic parses");
    c.bench_function("render database-replication at 100 columns", |b| {
        b.iter(|| render_topic(black_box(&topic), Options::new(100, true), None));
    });

    let titles = titles(10_000);
    c.bench_function("fuzzy query over 10,000 titles", |b| {
        b.iter(|| {
            swelearn_core::fuzzy::rank(
                black_box("repl lead"),
                titles.iter().map(String::as_str).enumerate(),
            )
        });
    });

    let mut builder = IndexBuilder::default();
    let mut rng = fastrand_like(11);
    for t in &titles {
        let body: Vec<&str> = (0..600).map(|_| WORDS[rng() % WORDS.len()]).collect();
        builder.add(&[(t, 5), (&body.join(" "), 1)]);
    }
    let index = builder.finish();
    c.bench_function("full-text query over 10,000 documents", |b| {
        b.iter(|| index.search(black_box("quorum replication")));
    });
}

fn labs(c: &mut Criterion) {
    let lab = swelearn_core::labs::find("quorum").expect("quorum lab");
    let mut values = lab.defaults();
    let trials = lab
        .params
        .iter()
        .position(|p| p.key == "trials")
        .expect("trials");
    values[trials] = 1_000_000.0;
    let mut group = c.benchmark_group("quorum lab");
    group.sample_size(10);
    group.bench_function("1,000,000 WARS trials, N=3 R=1 W=1, LNKD-SSD", |b| {
        b.iter(|| lab.run(black_box(&values), 1, 0).expect("runs"));
    });
    group.finish();
}

criterion_group!(benches, bench, labs);
criterion_main!(benches);
