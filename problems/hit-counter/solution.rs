use std::collections::VecDeque;

#[derive(Default)]
pub struct HitCounter {
    /// (second, views), oldest first.
    seconds: VecDeque<(i64, i64)>,
    total: i64,
}

impl HitCounter {
    pub fn new() -> Self {
        Self::default()
    }

    fn expire(&mut self, timestamp: i64) {
        while let Some(&(second, views)) = self.seconds.front() {
            if second > timestamp - 300 {
                break;
            }
            self.total -= views;
            self.seconds.pop_front();
        }
    }

    pub fn hit(&mut self, timestamp: i64) {
        self.expire(timestamp);
        match self.seconds.back_mut() {
            Some((second, views)) if *second == timestamp => *views += 1,
            _ => self.seconds.push_back((timestamp, 1)),
        }
        self.total += 1;
    }

    pub fn get_hits(&mut self, timestamp: i64) -> i64 {
        self.expire(timestamp);
        self.total
    }
}
