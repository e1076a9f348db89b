//! Command Prefix Index: the reference's binding and the large cases.

use crate::support::*;

class!(PrefixTree {
    new();
    insert(word: String);
    search(word: String) -> bool;
    starts_with(prefix: String) -> bool;
});

fn call(method: &str, word: String) -> Call {
    Call {
        method: method.into(),
        args: vec![Value::Str(word)],
    }
}

/// 60,000 short words (1 to 6 letters), then 40,000 queries: comparing each prefix with every
/// word is over a billion steps, while the trie walks a few letters per call. The queries of the
/// first case are all `starts_with` and mostly miss (prefixes ending in a letter no word has
/// there), so a scan of the words never stops early; those of the second are a mix of words,
/// their beginnings and near misses.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let words_count = 60_000;
    let mut out = Vec::new();
    for (miss_rate, search_rate) in [(9, 0), (5, 5)] {
        let words: Vec<String> = (0..words_count)
            .map(|_| {
                let len = rng.usize(1..=6);
                string(rng, len, "abcdefghijklmnopqrstuvwxy")
            })
            .collect();
        let mut calls = vec![Call {
            method: "PrefixTree".into(),
            args: vec![],
        }];
        calls.extend(words.iter().map(|w| call("insert", w.clone())));
        for _ in 0..40_000 {
            let w = &words[rng.usize(..words_count)];
            let cut = rng.usize(1..=w.len());
            let mut q = w[..cut].to_string();
            if rng.usize(..10) < miss_rate {
                // No word has a `z`, so this prefix misses.
                q.push('z');
            }
            let method = if rng.usize(..10) < search_rate {
                "search"
            } else {
                "starts_with"
            };
            calls.push(call(method, q));
        }
        out.push(Input::Calls(calls));
    }
    out
}
