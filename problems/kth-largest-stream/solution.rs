use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A min-heap of the `k` largest values seen: its top is the k-th largest.
pub struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i64>>,
}

impl KthLargest {
    pub fn new(k: i64, nums: Vec<i64>) -> Self {
        let mut this = KthLargest {
            k: k as usize,
            heap: BinaryHeap::with_capacity(k as usize + 1),
        };
        for x in nums {
            this.push(x);
        }
        this
    }

    fn push(&mut self, val: i64) {
        if self.heap.len() < self.k {
            self.heap.push(Reverse(val));
        } else if let Some(mut top) = self.heap.peek_mut() {
            if val > top.0 {
                *top = Reverse(val);
            }
        }
    }

    pub fn add(&mut self, val: i64) -> i64 {
        self.push(val);
        self.heap.peek().map_or(i64::MIN, |r| r.0)
    }
}
