use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The smaller half in a max-heap, the larger half in a min-heap; `low` holds the extra number
/// when the count is odd.
pub struct RunningMedian {
    low: BinaryHeap<i64>,
    high: BinaryHeap<Reverse<i64>>,
}

impl RunningMedian {
    pub fn new() -> Self {
        RunningMedian {
            low: BinaryHeap::new(),
            high: BinaryHeap::new(),
        }
    }

    pub fn add_num(&mut self, num: i64) {
        self.low.push(num);
        if let Some(top) = self.low.pop() {
            self.high.push(Reverse(top));
        }
        if self.high.len() > self.low.len() {
            if let Some(Reverse(x)) = self.high.pop() {
                self.low.push(x);
            }
        }
    }

    pub fn find_median(&self) -> f64 {
        let lo = *self.low.peek().unwrap_or(&0);
        if self.low.len() > self.high.len() {
            lo as f64
        } else {
            let hi = self.high.peek().map_or(0, |r| r.0);
            (lo as f64 + hi as f64) / 2.0
        }
    }
}
