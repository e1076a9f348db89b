use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub fn top_k_frequent(nums: Vec<i64>, k: i64) -> Vec<i64> {
    let k = k as usize;
    let mut counts: HashMap<i64, i64> = HashMap::new();
    for x in nums {
        *counts.entry(x).or_insert(0) += 1;
    }
    // A heap of the k best (count, Reverse(value)) so far; its top is the worst of them.
    let mut heap: BinaryHeap<Reverse<(i64, Reverse<i64>)>> = BinaryHeap::with_capacity(k + 1);
    for (value, count) in counts {
        heap.push(Reverse((count, Reverse(value))));
        if heap.len() > k {
            heap.pop();
        }
    }
    let mut best: Vec<(i64, Reverse<i64>)> = heap.into_iter().map(|Reverse(e)| e).collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    best.into_iter().map(|(_, Reverse(v))| v).collect()
}
