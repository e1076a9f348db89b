use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn kth_largest(nums: Vec<i64>, k: i64) -> i64 {
    let k = k as usize;
    // A min-heap of the k largest values seen so far; its top is the k-th largest.
    let mut heap: BinaryHeap<Reverse<i64>> = BinaryHeap::with_capacity(k + 1);
    for x in nums {
        if heap.len() < k {
            heap.push(Reverse(x));
        } else if let Some(mut top) = heap.peek_mut() {
            if x > top.0 {
                *top = Reverse(x);
            }
        }
    }
    heap.peek().map_or(0, |r| r.0)
}
