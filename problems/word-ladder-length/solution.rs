use std::collections::VecDeque;

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
    // Every (pattern, word index) pair, sorted so that the words of a pattern are adjacent.
    let mut pairs: Vec<(u64, usize)> = words
        .iter()
        .enumerate()
        .flat_map(|(j, w)| patterns(w).map(move |p| (p, j)))
        .collect();
    pairs.sort_unstable();
    // used[i]: the group of pairs starting at i has been walked.
    let mut used = vec![false; pairs.len()];
    // Word indices, with begin as index words.len() (it may not be in the dictionary).
    let mut dist = vec![0i64; words.len() + 1];
    dist[words.len()] = 1;
    let mut queue = VecDeque::from([words.len()]);
    while let Some(u) = queue.pop_front() {
        let w = if u == words.len() { &begin } else { &words[u] };
        for p in patterns(w) {
            let start = pairs.partition_point(|&(q, _)| q < p);
            // Every word of a pattern is reached now or earlier: walk each group once.
            if start == pairs.len() || pairs[start].0 != p || used[start] {
                continue;
            }
            used[start] = true;
            for &(_, v) in pairs[start..].iter().take_while(|&&(q, _)| q == p) {
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
