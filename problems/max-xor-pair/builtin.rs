//! Farthest Peers by XOR Distance: the reference's binding and the large cases.

use crate::support::*;

function!(max_xor_pair(ids: Vec<i64>) -> i64);

/// 200,000 ids, where trying every pair is 2 * 10^10 XORs: ids spread over the whole 31-bit
/// range, and ids that all share their top 11 bits (the answer lies in the low 20 bits and the
/// trie's upper levels are a single path).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let spread = ints(rng, n, 0, (1 << 31) - 1);
    let prefix = 0b101_1010_0110_i64 << 20;
    let clustered: Vec<i64> = (0..n).map(|_| prefix | rng.i64(0..1 << 20)).collect();
    vec![args![spread], args![clustered]]
}
