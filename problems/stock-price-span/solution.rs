/// (price, span) pairs: each stands for its day and the days it swallowed; prices strictly
/// decrease from bottom to top.
#[derive(Default)]
pub struct SpanTracker {
    stack: Vec<(i64, i64)>,
}

impl SpanTracker {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&mut self, price: i64) -> i64 {
        let mut span = 1;
        while let Some(&(top, days)) = self.stack.last() {
            if top > price {
                break;
            }
            span += days;
            self.stack.pop();
        }
        self.stack.push((price, span));
        span
    }
}
