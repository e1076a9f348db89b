//! Crossword Word List: the reference's binding and the large cases.

use crate::support::*;

class!(WildcardDictionary {
    new();
    add_word(word: String);
    search(pattern: String) -> bool;
});

fn call(method: &str, word: String) -> Call {
    Call {
        method: method.into(),
        args: vec![Value::Str(word)],
    }
}

/// 60,000 words of 1 to 8 letters, then 40,000 searches, half of them with a dot: comparing each
/// pattern with every word is billions of steps. The searches of the first case mostly miss (a
/// letter no word has, so a scan of the words never stops early); those of the second hit half
/// the time.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let words_count = 60_000;
    let mut out = Vec::new();
    for miss_rate in [9, 5] {
        let words: Vec<String> = (0..words_count)
            .map(|_| {
                let len = rng.usize(1..=8);
                string(rng, len, "abcdefghijklmnopqrstuvwxy")
            })
            .collect();
        let mut calls = vec![Call {
            method: "WildcardDictionary".into(),
            args: vec![],
        }];
        calls.extend(words.iter().map(|w| call("add_word", w.clone())));
        for _ in 0..40_000 {
            let mut q: Vec<u8> = words[rng.usize(..words_count)].bytes().collect();
            if rng.bool() {
                let at = rng.usize(..q.len());
                q[at] = b'.';
            }
            if rng.usize(..10) < miss_rate {
                // No word has a `z`.
                let at = rng.usize(..q.len());
                q[at] = b'z';
            }
            calls.push(call("search", String::from_utf8(q).unwrap_or_default()));
        }
        out.push(Input::Calls(calls));
    }
    out
}
