/// Each entry holds its value and the minimum of it and everything below it.
#[derive(Default)]
pub struct MinStack {
    items: Vec<(i64, i64)>,
}

impl MinStack {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, value: i64) {
        let low = self.items.last().map_or(value, |&(_, low)| low.min(value));
        self.items.push((value, low));
    }

    pub fn pop(&mut self) {
        self.items.pop();
    }

    pub fn top(&self) -> i64 {
        self.items.last().expect("top of an empty stack").0
    }

    pub fn get_min(&self) -> i64 {
        self.items.last().expect("minimum of an empty stack").1
    }
}
