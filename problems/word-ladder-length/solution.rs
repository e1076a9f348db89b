use std::collections::{HashMap, VecDeque};

/// A word as a number in base 27, one digit per letter (`a` = 0, ..., `z` = 25); digit 26
/// stands for the wildcard. Ten letters fit easily in 64 bits.
fn code(word: &str) -> u64 {
    word.bytes()
        .rev()
        .fold(0, |acc, b| acc * 27 + u64::from(b - b'a'))
}

/// The patterns of a word: each position in turn replaced by the wildcard.
fn patterns(word: &str) -> impl Iterator<Item = u64> + '_ {
    let c = code(word);
    word.bytes().enumerate().map(move |(i, b)| {
        let place = 27u64.pow(i as u32);
        c - u64::from(b - b'a') * place + 26 * place
    })
}

pub fn ladder_length(begin: String, end: String, words: Vec<String>) -> i64 {
    let Some(goal) = words.iter().position(|w| *w == end) else {
        return 0;
    };
    // Each pattern lists the indices of the words that match it.
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, w) in words.iter().enumerate() {
        for p in patterns(w) {
            buckets.entry(p).or_default().push(j);
        }
    }
    // Word indices, with begin as index words.len() (it may not be in the dictionary).
    let mut dist = vec![0i64; words.len() + 1];
    dist[words.len()] = 1;
    let mut queue = VecDeque::from([words.len()]);
    while let Some(u) = queue.pop_front() {
        let w = if u == words.len() { &begin } else { &words[u] };
        for p in patterns(w) {
            // Every word of a pattern is reached now or earlier: use each list once.
            for v in buckets.remove(&p).unwrap_or_default() {
                if dist[v] == 0 {
                    dist[v] = dist[u] + 1;
                    if v == goal {
                        return dist[v];
                    }
                    queue.push_back(v);
                }
            }
        }
    }
    0
}
