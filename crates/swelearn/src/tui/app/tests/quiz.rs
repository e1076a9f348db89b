//! Quizzes through `update`: answers hidden in the reader until revealed, and the quiz screen
//! asking, scoring and handing each answer to the runtime, which stores it as the CLI does.

use super::*;
use crate::tui::quiz::QuizScreen;

const QUIZ: &str = "## Quiz\n1. With N = 3 and W = 2, which R makes reads strong?\n   - [ ] 1\n   - [x] 2\n   - [ ] 0\n   > R + W > N needs R above 1.\n2. Which are majorities?\n   - [x] 2 of 3\n   - [x] 3 of 5\n   - [ ] 1 of 3\n   > A majority is more than half.\n";

/// An app over one topic with a two-question quiz.
pub(crate) fn quiz_app() -> App {
    let text = topic(
        "Quorums",
        "medium",
        "system-design",
        "quorum",
        "",
        "Overlap.",
    ) + QUIZ;
    let source = SourceFile {
        origin: Origin::Bundled {
            name: "quorum.md".to_owned(),
        },
        source: SourceKind::Bundled,
        display: "content/quorum.md".into(),
        group: "content".into(),
        bytes: text.as_bytes().to_vec(),
    };
    let (lib, diags) = Library::load(vec![source]);
    assert!(diags.is_empty(), "{diags:?}");
    let catalog = Catalog::build(&lib, diags);
    let memory = MemorySource([("quorum.md".to_owned(), text.into_bytes())].into());
    App::new(
        catalog,
        HashMap::new(),
        Box::new(memory),
        Theme::dark(),
        (80, 24),
    )
}

fn reader_text(app: &App) -> String {
    let r = app.reader().expect("reader");
    r.rendered
        .lines
        .iter()
        .map(swelearn_core::doc::Line::text)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn quiz_answers_in_the_reader_are_hidden_until_revealed() {
    let mut app = quiz_app();
    app.update(Action::Open);
    let hidden = reader_text(&app);
    assert!(hidden.contains("1. With N = 3"), "{hidden}");
    assert!(
        !hidden.contains('☑') && !hidden.contains("R + W > N") && !hidden.contains("majority is"),
        "nothing is given away:\n{hidden}"
    );
    // `a` reveals the first hidden question on screen: none at the top of the topic.
    app.update(Action::Reveal);
    assert!(!reader_text(&app).contains('☑'));
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("No hidden quiz question"))
    );
    app.update(Action::Bottom);
    app.update(Action::Reveal);
    let one = reader_text(&app);
    assert!(
        one.contains("☑ 2") && one.contains("R + W > N needs R above 1."),
        "{one}"
    );
    assert!(
        !one.contains("majority is") && one.contains("☐ 2 of 3"),
        "{one}"
    );
    app.update(Action::Reveal);
    let both = reader_text(&app);
    assert!(
        both.contains("☑ 2 of 3") && both.contains("majority is"),
        "{both}"
    );
    // A shows or hides them all.
    app.update(Action::RevealAll);
    assert!(!reader_text(&app).contains('☑'), "A hides them all again");
    app.update(Action::RevealAll);
    assert!(reader_text(&app).contains("☑ 3 of 5"));
}

/// The option (in the order shown) that is right, or a wrong one.
fn option(q: &QuizScreen, right: bool) -> usize {
    let item = q.current().expect("a question");
    item.order
        .iter()
        .position(|&o| item.asked.question.options[o].correct == right)
        .expect("an option")
}

fn quiz(app: &App) -> &QuizScreen {
    match app.stack.last() {
        Some(Screen::Quiz(q)) => q,
        _ => panic!("the quiz screen"),
    }
}

#[test]
fn a_quiz_answered_in_the_tui_is_scored_and_stored_as_the_cli_stores_it() {
    let mut app = quiz_app();
    app.update(Action::Open);
    assert_eq!(
        app.update(Action::Quiz),
        vec![Effect::StartQuiz {
            topic: Some("quorum".into())
        }]
    );
    // What the runtime does with that effect, seeded as `swelearn quiz --seed 3` would be.
    crate::tui::quiz::start(&mut app, Some("quorum"), &mut fastrand::Rng::with_seed(3));
    assert_eq!(app.context().0, crate::tui::keymap::Context::Quiz);
    assert_eq!(quiz(&app).items.len(), 2, "the topic's questions");
    let mut store = swelearn_store::Store::in_memory().expect("store");
    let offered: Vec<(String, String)> = app
        .catalog
        .docs
        .iter()
        .flat_map(|d| d.card_ids.iter().map(|c| (c.clone(), d.id.clone())))
        .collect();
    store.sync_cards(&offered, 0).expect("sync");
    let mut stored = Vec::new();
    for right in [true, false] {
        let first = quiz(&app).items[quiz(&app).index]
            .asked
            .question
            .question
            .clone();
        let many = quiz(&app)
            .current()
            .expect("q")
            .asked
            .question
            .options
            .iter()
            .filter(|o| o.correct)
            .count()
            > 1;
        // A right answer ticks exactly the right options; a wrong one ticks a wrong option.
        if right && many {
            let item = quiz(&app).current().expect("q");
            let rights: Vec<usize> = (0..item.order.len())
                .filter(|&k| item.asked.question.options[item.order[k]].correct)
                .collect();
            for k in rights {
                while quiz(&app).cursor < k {
                    app.update(Action::Down);
                }
                app.update(Action::Reveal);
            }
        } else {
            let k = option(quiz(&app), right);
            for _ in 0..k {
                app.update(Action::Down);
            }
            app.update(Action::Reveal);
        }
        let effects = app.update(Action::Open);
        let [
            Effect::RecordQuiz {
                topic_id,
                question,
                correct,
            },
        ] = effects.as_slice()
        else {
            panic!("{effects:?}")
        };
        assert_eq!(
            (topic_id.as_str(), question.as_str(), *correct),
            ("quorum", first.as_str(), right)
        );
        assert_eq!(quiz(&app).answered, Some(right));
        // What the runtime does: the same service `swelearn quiz` stores through.
        crate::study::quiz::record(&store, topic_id, question, *correct, 1_800_000_000)
            .expect("stored");
        stored.push(*correct);
        app.update(Action::Open); // the next question
    }
    assert!(quiz(&app).finished());
    assert_eq!((quiz(&app).asked, quiz(&app).right), (2, 1));
    assert_eq!(
        store.quiz_accuracy().expect("reads"),
        vec![("quorum".to_owned(), 2, 1)]
    );
    assert_eq!(app.update(Action::Back), vec![Effect::RefreshDue]);
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Quiz: 1/2 right (50%)"))
    );
    assert!(app.reader().is_some(), "back in the topic");
}

#[test]
fn the_same_seed_asks_the_same_questions_in_the_same_order_as_the_cli() {
    let mut app = quiz_app();
    let pool = crate::study::quiz::pool(
        &app.catalog,
        None::<&std::collections::HashSet<String>>,
        |d| app.source.load(d).ok(),
    );
    let mut rng = fastrand::Rng::with_seed(5);
    let drawn = crate::study::quiz::draw(pool, &mut rng, crate::tui::quiz::COUNT);
    let mut order = Vec::new();
    for a in &drawn {
        let mut o: Vec<usize> = (0..a.question.options.len()).collect();
        rng.shuffle(&mut o);
        order.push((a.question.question.clone(), o));
    }
    crate::tui::quiz::start(&mut app, None, &mut fastrand::Rng::with_seed(5));
    let shown: Vec<_> = quiz(&app)
        .items
        .iter()
        .map(|i| (i.asked.question.question.clone(), i.order.clone()))
        .collect();
    assert_eq!(shown, order);
}
