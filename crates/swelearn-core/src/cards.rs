//! The flashcards of a topic: its `## Flashcards` (question/answer and cloze, one card per
//! deletion) and, unless the topic opts out, its Key Points for Interviews (the bold lead phrase
//! as the prompt and the whole point as the answer, or a cloze on a bold term). A card's id is a
//! hash of its topic and content, so editing one card makes a new card and leaves the others'
//! histories alone.

use serde::Serialize;

use crate::study_items::Flashcard;
use crate::topic::{SectionKind, Topic};

/// Where a card came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardKind {
    Basic,
    Cloze,
    KeyPoint,
}

/// One card to study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    /// 16 hex digits, stable while the card's text is unchanged.
    pub id: String,
    pub topic: String,
    pub kind: CardKind,
    /// What is shown first (Markdown).
    pub prompt: String,
    /// What is revealed (Markdown).
    pub answer: String,
}

/// Every card of a topic, in file order.
pub fn cards(topic: &Topic) -> Vec<Card> {
    let mut out = Vec::new();
    for fc in &topic.flashcards {
        match fc {
            Flashcard::Basic {
                question, answer, ..
            } => out.push(card(topic, CardKind::Basic, question, answer, "")),
            Flashcard::Cloze {
                text, deletions, ..
            } => {
                for (i, _) in deletions.iter().enumerate() {
                    let (prompt, answer) = cloze_sides(text, i);
                    out.push(card(
                        topic,
                        CardKind::Cloze,
                        &prompt,
                        &answer,
                        &format!("{text}#{i}"),
                    ));
                }
            }
        }
    }
    if topic.key_point_cards
        && let Some(section) = topic.section(SectionKind::KeyPoints)
    {
        for point in crate::text::list_items(&section.body) {
            if let Some((prompt, answer)) = key_point_card(&topic.title, &point) {
                out.push(card(topic, CardKind::KeyPoint, &prompt, &answer, &point));
            }
        }
    }
    out
}

fn card(topic: &Topic, kind: CardKind, prompt: &str, answer: &str, key: &str) -> Card {
    let content = if key.is_empty() {
        format!("{prompt}\u{0}{answer}")
    } else {
        key.to_owned()
    };
    Card {
        id: card_id(&topic.id, kind, &content),
        topic: topic.id.clone(),
        kind,
        prompt: prompt.to_owned(),
        answer: answer.to_owned(),
    }
}

/// The id of a card: 64-bit FNV-1a of its topic, kind and content, as hex.
pub fn card_id(topic: &str, kind: CardKind, content: &str) -> String {
    let kind = match kind {
        CardKind::Basic => "b",
        CardKind::Cloze => "c",
        CardKind::KeyPoint => "k",
    };
    let h = crate::hash::Fnv1a::new()
        .field(topic.as_bytes())
        .field(kind.as_bytes())
        .field(content.as_bytes())
        .finish();
    format!("{h:016x}")
}

/// The cloze text with deletion `n` hidden as `[...]` and the others shown; and the full text
/// with deletion `n` in bold as the answer.
pub fn cloze_sides(text: &str, n: usize) -> (String, String) {
    let mut prompt = String::new();
    let mut answer = String::new();
    let mut rest = text;
    let mut i = 0;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else {
            break;
        };
        let inner = &rest[open + 2..open + close];
        prompt.push_str(&rest[..open]);
        answer.push_str(&rest[..open]);
        if i == n {
            prompt.push_str("**[…]**");
            answer.push_str("**");
            answer.push_str(inner);
            answer.push_str("**");
        } else {
            prompt.push_str(inner);
            answer.push_str(inner);
        }
        rest = &rest[open + close + 2..];
        i += 1;
    }
    prompt.push_str(rest);
    answer.push_str(rest);
    (prompt, answer)
}

/// A key point as a card: `**Lead**: rest` gives the lead as prompt and the point as answer; a
/// bold term elsewhere gives a cloze on it; a point with no bold term gives no card.
fn key_point_card(title: &str, point: &str) -> Option<(String, String)> {
    let open = point.find("**")?;
    let close = open + 2 + point[open + 2..].find("**")?;
    let term = point[open + 2..close].trim();
    if term.is_empty() {
        return None;
    }
    if open == 0 {
        let rest = point[close + 2..]
            .trim_start_matches([':', ' ', '.', '-', '—'])
            .trim();
        if rest.is_empty() {
            return None;
        }
        return Some((
            format!("{title}: **{term}**: what is the key point?"),
            point.to_owned(),
        ));
    }
    let prompt = format!("{}**[…]**{}", &point[..open], &point[close + 2..]);
    Some((prompt, point.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_topic;

    const TOPIC: &str = "---\ntitle: \"Quorums\"\ntags: [quorum]\ndifficulty: easy\nestimated_time: 5min\n---\n## Overview\nx\n## When to Use\nx\n## Trade-offs & Gotchas\nx\n## Architecture Diagram\n```\nx\n```\n## Key Points for Interviews\n- **Overlap**: R + W > N means reads meet writes.\n- Always name a **real system** when you can.\n- A point with no bold term.\n## Flashcards\n- Q: What is N?\n  A: The replication factor.\n- C: Reads wait for {{R}} replicas and writes for {{W}}.\n";

    fn topic(text: &str) -> Topic {
        parse_topic(text.as_bytes(), "q.md", "q")
            .topic
            .expect("parses")
    }

    /// Card ids are stored in users' databases: the same card keeps its id in every release.
    #[test]
    fn card_ids_never_change() {
        assert_eq!(
            card_id("dns", CardKind::Basic, "What does a TTL bound?"),
            "6c30c5b31a031518"
        );
    }

    #[test]
    fn extracts_flashcards_clozes_and_key_points() {
        let cards = cards(&topic(TOPIC));
        let kinds: Vec<CardKind> = cards.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                CardKind::Basic,
                CardKind::Cloze,
                CardKind::Cloze,
                CardKind::KeyPoint,
                CardKind::KeyPoint
            ]
        );
        assert_eq!(
            cards[1].prompt,
            "Reads wait for **[…]** replicas and writes for W."
        );
        assert_eq!(
            cards[1].answer,
            "Reads wait for **R** replicas and writes for W."
        );
        assert_eq!(
            cards[2].prompt,
            "Reads wait for R replicas and writes for **[…]**."
        );
        assert_eq!(
            cards[3].prompt,
            "Quorums: **Overlap**: what is the key point?"
        );
        assert_eq!(
            cards[3].answer,
            "**Overlap**: R + W > N means reads meet writes."
        );
        assert_eq!(cards[4].prompt, "Always name a **[…]** when you can.");
        let ids: std::collections::HashSet<&str> = cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), cards.len(), "ids are unique");
    }

    #[test]
    fn editing_one_card_changes_only_its_id() {
        let before = cards(&topic(TOPIC));
        let edited = TOPIC.replace("The replication factor.", "The number of replicas.");
        let after = cards(&topic(&edited));
        assert_ne!(before[0].id, after[0].id);
        for (a, b) in before.iter().zip(&after).skip(1) {
            assert_eq!(a.id, b.id, "{}", a.prompt);
        }
        let reordered = TOPIC.replace(
            "- **Overlap**: R + W > N means reads meet writes.\n- Always name a **real system** when you can.\n",
            "- Always name a **real system** when you can.\n- **Overlap**: R + W > N means reads meet writes.\n",
        );
        let mut a: Vec<String> = before.iter().map(|c| c.id.clone()).collect();
        let mut b: Vec<String> = cards(&topic(&reordered))
            .iter()
            .map(|c| c.id.clone())
            .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "moving cards keeps their ids");
    }

    #[test]
    fn topics_can_opt_out_of_key_point_cards() {
        let text = TOPIC.replace(
            "estimated_time: 5min\n",
            "estimated_time: 5min\nkey_point_cards: false\n",
        );
        assert!(
            cards(&topic(&text))
                .iter()
                .all(|c| c.kind != CardKind::KeyPoint)
        );
    }
}
