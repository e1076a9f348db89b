//! Properly Nested Brackets: the reference's binding and the large cases.

use crate::support::*;

function!(is_balanced(s: String) -> bool);

const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('{', '}')];

/// `depth` random opening brackets followed by their closing brackets in reverse order.
fn nested(rng: &mut Rng, depth: usize) -> Vec<char> {
    let opens: Vec<usize> = (0..depth).map(|_| rng.usize(..3)).collect();
    let mut s: Vec<char> = opens.iter().map(|&k| PAIRS[k].0).collect();
    s.extend(opens.iter().rev().map(|&k| PAIRS[k].1));
    s
}

/// A balanced string of `n` (even) brackets from a walk that leans towards opening, so it nests
/// tens of thousands deep.
fn deep_walk(rng: &mut Rng, n: usize) -> String {
    let mut out = String::with_capacity(n);
    let mut stack: Vec<usize> = Vec::new();
    while out.len() < n {
        let left = n - out.len();
        let open = stack.is_empty() || (left > stack.len() && rng.u8(..100) < 55);
        if open {
            let k = rng.usize(..3);
            stack.push(k);
            out.push(PAIRS[k].0);
        } else if let Some(k) = stack.pop() {
            out.push(PAIRS[k].1);
        }
    }
    out
}

/// Strings of a million brackets. Deleting adjacent pairs over and over needs one pass over the
/// string per level of nesting: half a million levels that all match, the same with the
/// outermost pair mismatched, and a random walk tens of thousands of levels deep.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1_000_000;
    let good: String = nested(rng, n / 2).into_iter().collect();
    let mut bad = nested(rng, n / 2);
    let last = bad[n - 1];
    bad[n - 1] = if last == ')' { ']' } else { ')' };
    let bad: String = bad.into_iter().collect();
    vec![args![good], args![bad], args![deep_walk(rng, n)]]
}
