use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn smallest_pair_sums(first: Vec<i64>, second: Vec<i64>, k: i64) -> Vec<Vec<i64>> {
    let k = k as usize;
    // One entry per row: the row's first bundle not yet output, keyed by (cost, i, j).
    let mut heap: BinaryHeap<Reverse<(i64, usize, usize)>> = (0..first.len().min(k))
        .map(|i| Reverse((first[i] + second[0], i, 0)))
        .collect();
    let mut out = Vec::with_capacity(k.min(first.len() * second.len()));
    while out.len() < k {
        let Some(Reverse((_, i, j))) = heap.pop() else {
            break;
        };
        out.push(vec![i as i64, j as i64]);
        if j + 1 < second.len() {
            heap.push(Reverse((first[i] + second[j + 1], i, j + 1)));
        }
    }
    out
}
