use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_sorted_lists(lists: Vec<Vec<i64>>) -> Vec<i64> {
    // One entry per log that still has values: (its front value, log, position).
    let mut heap: BinaryHeap<Reverse<(i64, usize, usize)>> = lists
        .iter()
        .enumerate()
        .filter(|(_, log)| !log.is_empty())
        .map(|(i, log)| Reverse((log[0], i, 0)))
        .collect();
    let mut out = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    while let Some(Reverse((value, i, j))) = heap.pop() {
        out.push(value);
        if let Some(&next) = lists[i].get(j + 1) {
            heap.push(Reverse((next, i, j + 1)));
        }
    }
    out
}
