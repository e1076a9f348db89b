//! The bar for the bundled library, enforced so it cannot silently slip: every topic passes the
//! checker with no warnings, the counts and per-topic minimums hold, tags come from the shared
//! vocabulary in docs/FORMAT.md, the `related` graph is connected enough, and topics whose
//! subject has a lab name it.

use std::collections::BTreeSet;
use std::path::PathBuf;

use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};
use swelearn_core::study_items::Flashcard;
use swelearn_core::{Category, SectionKind};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load() -> (Library, Vec<String>) {
    let dir = root().join("content");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("content/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let sources = files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            SourceFile {
                origin: Origin::Bundled { name: name.clone() },
                source: SourceKind::Bundled,
                display: format!("content/{name}"),
                group: "content".to_owned(),
                bytes: std::fs::read(&p).expect("readable"),
            }
        })
        .collect();
    let (lib, diags) = Library::load(sources);
    (lib, diags.iter().map(ToString::to_string).collect())
}

fn vocabulary() -> BTreeSet<String> {
    let doc = std::fs::read_to_string(root().join("docs/FORMAT.md")).expect("FORMAT.md");
    let start = doc.find("<!-- tags:begin -->").expect("begin marker");
    let end = doc.find("<!-- tags:end -->").expect("end marker");
    doc[start..end]
        .lines()
        .skip(1)
        .map(|l| {
            l.split_once(':')
                .filter(|_| l.starts_with("- "))
                .map_or(l, |(_, rest)| rest)
        })
        .flat_map(|l| {
            l.split(',')
                .map(|t| t.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn every_bundled_topic_passes_check_with_no_warnings() {
    let (_, diags) = load();
    assert!(diags.is_empty(), "{}", diags.join("\n"));
}

#[test]
fn the_library_has_the_promised_size() {
    let (lib, _) = load();
    let count =
        |f: &dyn Fn(Category) -> bool| lib.entries().iter().filter(|e| f(e.topic.category)).count();
    let concepts = count(&|c| matches!(c, Category::SystemDesign | Category::Fundamentals));
    let problems = count(&|c| c == Category::DesignProblem);
    assert!(
        concepts >= 45,
        "{concepts} concept topics, want at least 45"
    );
    assert!(
        problems >= 30,
        "{problems} design problems, want at least 30"
    );
}

#[test]
fn every_topic_meets_the_minimums() {
    let (lib, _) = load();
    let vocab = vocabulary();
    let mut problems = Vec::new();
    for e in lib.entries() {
        let t = &e.topic;
        let cards: usize = t
            .flashcards
            .iter()
            .map(|c| match c {
                Flashcard::Basic { .. } => 1,
                Flashcard::Cloze { deletions, .. } => deletions.len(),
            })
            .sum();
        if t.flashcards.len() < 6 {
            problems.push(format!(
                "{}: {} flashcards ({cards} cards), want at least 6",
                t.id,
                t.flashcards.len()
            ));
        }
        if t.quiz.len() < 3 {
            problems.push(format!(
                "{}: {} quiz questions, want at least 3",
                t.id,
                t.quiz.len()
            ));
        }
        if t.quiz
            .iter()
            .any(|q| q.explanation.is_empty() || q.options.len() < 3)
        {
            problems.push(format!(
                "{}: every quiz question needs 3+ options and an explanation",
                t.id
            ));
        }
        if t.section(SectionKind::StaffTakeaway)
            .is_none_or(|s| s.body.trim().len() < 200)
        {
            problems.push(format!("{}: needs a substantial ## Staff Takeaway", t.id));
        }
        if t.related.len() < 2 {
            problems.push(format!(
                "{}: {} related topics, want at least 2",
                t.id,
                t.related.len()
            ));
        }
        if t.related.iter().any(|r| r == &t.id) {
            problems.push(format!("{}: relates to itself", t.id));
        }
        for tag in &t.tags {
            if !vocab.contains(tag) {
                problems.push(format!(
                    "{}: tag `{tag}` is not in the vocabulary of docs/FORMAT.md",
                    t.id
                ));
            }
        }
        let overview = t
            .section(SectionKind::Overview)
            .map_or(0, |s| s.body.split_whitespace().count());
        // Concepts teach in the Overview; design problems state the problem there and teach in
        // their later sections.
        let min_overview = if t.category == Category::DesignProblem {
            150
        } else {
            250
        };
        if overview < min_overview {
            problems.push(format!(
                "{}: Overview has {overview} words, want at least {min_overview}",
                t.id
            ));
        }
        if t.category == Category::DesignProblem {
            // The mock interview asks two follow-ups (the text before each item's first ": ")
            // and scores from the rubric's checklist.
            for (kind, want) in [(SectionKind::Rubric, 8), (SectionKind::FollowUps, 2)] {
                let items = t
                    .section(kind)
                    .map(|s| swelearn_core::text::list_items(&s.body))
                    .unwrap_or_default();
                if items.len() < want {
                    problems.push(format!(
                        "{}: design problems need ## {} with at least {want} items, it has {}",
                        t.id,
                        kind.heading(),
                        items.len()
                    ));
                }
                if kind == SectionKind::FollowUps {
                    for item in &items {
                        let asked = item.split_once(": ").map_or(item.as_str(), |(q, _)| q);
                        let balanced = asked.matches('(').count() == asked.matches(')').count()
                            && asked.matches('"').count() % 2 == 0;
                        if asked.trim().len() < 8 || !balanced {
                            problems.push(format!(
                                "{}: the mock would ask the follow-up {asked:?}; put the \
                                 question before the first \": \"",
                                t.id
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn topics_whose_subject_has_a_lab_name_it() {
    let (lib, _) = load();
    let expected: &[(&str, &[&str])] = &[
        ("database-replication", &["quorum", "read-repair", "merkle"]),
        ("consistent-hashing", &["hash-ring"]),
        ("back-of-the-envelope-estimation", &["estimate"]),
        ("availability-and-slos", &["availability"]),
        ("bloom-filters-and-sketches", &["bloom"]),
        ("rate-limiting", &["rate-limit"]),
    ];
    for (id, labs) in expected {
        let topic = &lib.get(id).unwrap_or_else(|| panic!("{id} exists")).topic;
        for lab in *labs {
            assert!(
                topic.labs.iter().any(|l| l == lab),
                "{id} should offer the {lab} lab"
            );
        }
    }
}

#[test]
fn the_canonical_subjects_are_covered() {
    let (lib, _) = load();
    let ids = [
        "scalability",
        "latency-vs-throughput",
        "back-of-the-envelope-estimation",
        "availability-and-slos",
        "cap-and-pacelc",
        "consistency-models",
        "acid-vs-base",
        "dns",
        "cdn",
        "load-balancing",
        "reverse-proxy-and-api-gateway",
        "api-styles",
        "realtime-communication",
        "sql-vs-nosql",
        "database-indexes",
        "btree-vs-lsm-tree",
        "normalization-vs-denormalization",
        "database-replication",
        "partitioning-and-sharding",
        "consistent-hashing",
        "transactions-and-isolation-levels",
        "distributed-transactions",
        "consensus-and-leader-election",
        "clocks-and-ordering",
        "crdts",
        "schema-evolution-and-encoding",
        "object-storage",
        "batch-processing",
        "stream-processing",
        "search-and-inverted-indexes",
        "caching-layers",
        "cache-write-strategies",
        "cache-eviction",
        "cache-stampede-and-hot-keys",
        "message-queues-and-logs",
        "delivery-guarantees",
        "back-pressure",
        "event-driven-architecture",
        "event-sourcing-and-cqrs",
        "idempotency",
        "rate-limiting",
        "circuit-breakers",
        "retries-and-backoff",
        "bulkheads",
        "failover-and-disaster-recovery",
        "observability",
        "unique-id-generation",
        "geospatial-indexing",
        "bloom-filters-and-sketches",
        "microservices-and-service-discovery",
        "security-fundamentals",
        "design-url-shortener",
        "design-rate-limiter",
        "design-key-value-store",
        "design-unique-id-generator",
        "design-web-crawler",
        "design-notification-system",
        "design-news-feed",
        "design-chat-system",
        "design-search-autocomplete",
        "design-video-streaming",
        "design-file-sync",
        "design-ride-hailing",
        "design-proximity-service",
        "design-nearby-friends",
        "design-maps-navigation",
        "design-distributed-message-queue",
        "design-metrics-monitoring",
        "design-ad-click-aggregation",
        "design-ticket-booking",
        "design-email-service",
        "design-object-store",
        "design-leaderboard",
        "design-payment-system",
        "design-digital-wallet",
        "design-stock-exchange",
        "design-collaborative-editor",
        "design-job-scheduler",
        "design-distributed-cache",
        "design-top-k-trending",
        "design-online-judge",
    ];
    let missing: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| lib.get(id).is_none())
        .collect();
    assert!(missing.is_empty(), "missing topics: {missing:?}");
}

#[test]
fn coding_behavioral_and_reference_topics_meet_their_bar() {
    let (lib, _) = load();
    let by = |c: Category| {
        lib.entries()
            .iter()
            .filter(move |e| e.topic.category == c)
            .map(|e| &e.topic)
    };
    assert!(
        by(Category::Dsa).count() >= 24,
        "{} coding patterns, want at least 24",
        by(Category::Dsa).count()
    );
    assert!(
        by(Category::Behavioral).count() >= 10,
        "{} behavioral topics, want at least 10",
        by(Category::Behavioral).count()
    );
    let mut problems = Vec::new();
    let section = |t: &swelearn_core::Topic, name: &str| {
        t.sections
            .iter()
            .find(|s| s.title == name)
            .map(|s| s.body.clone())
    };
    for t in by(Category::Dsa) {
        let templates = section(t, "Templates").unwrap_or_default();
        if !templates.contains("```python") || !templates.contains("```rust") {
            problems.push(format!(
                "{}: ## Templates needs a ```python and a ```rust block",
                t.id
            ));
        }
        for name in ["Worked Example", "Complexity"] {
            if section(t, name).is_none() {
                problems.push(format!("{}: coding patterns need ## {name}", t.id));
            }
        }
        // Four bundled problems linked by id, and then no bare names of problems swelearn does
        // not have; until a pattern has four, at least six exercises in all.
        let (practice, linked) = t.section(SectionKind::Practice).map_or((0, 0), |s| {
            let items: Vec<&str> = s.body.lines().filter(|l| l.starts_with("- ")).collect();
            let linked = items
                .iter()
                .filter(|l| l.starts_with("- [") && l.contains("](problem:"))
                .count();
            (items.len(), linked)
        });
        if linked >= 4 && practice > linked {
            problems.push(format!(
                "{}: {linked} bundled problems linked, so the {} exercises named without a link go",
                t.id,
                practice - linked
            ));
        } else if linked < 4 && practice < 6 {
            problems.push(format!(
                "{}: {practice} practice problems ({linked} linked), want four linked or six in all",
                t.id
            ));
        }
    }
    for t in by(Category::Behavioral) {
        if t.section(SectionKind::Rubric).is_none() || section(t, "Example Answer").is_none() {
            problems.push(format!(
                "{}: behavioral topics need ## Rubric and ## Example Answer",
                t.id
            ));
        }
    }
    for id in [
        "big-o-cheat-sheet",
        "sorting-algorithms",
        "latency-numbers-and-powers-of-two",
        "complexity-from-constraints",
    ] {
        match lib.get(id) {
            Some(e) if e.topic.category == Category::Fundamentals => {}
            _ => problems.push(format!(
                "the reference sheet {id} is missing or not in fundamentals"
            )),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
