use std::collections::VecDeque;

pub struct MovingAverage {
    size: usize,
    window: VecDeque<i64>,
    total: i64,
}

impl MovingAverage {
    pub fn new(size: i64) -> Self {
        MovingAverage {
            size: size as usize,
            window: VecDeque::new(),
            total: 0,
        }
    }

    pub fn next(&mut self, val: i64) -> f64 {
        self.window.push_back(val);
        self.total += val;
        if self.window.len() > self.size {
            self.total -= self.window.pop_front().unwrap_or(0);
        }
        self.total as f64 / self.window.len() as f64
    }
}
