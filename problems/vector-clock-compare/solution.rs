use std::collections::HashMap;

pub struct VectorClock {
    node: i64,
    /// Node to counter, only counters above zero.
    counts: HashMap<i64, i64>,
}

impl VectorClock {
    pub fn new(node: i64) -> Self {
        VectorClock {
            node,
            counts: HashMap::new(),
        }
    }

    pub fn tick(&mut self) {
        *self.counts.entry(self.node).or_insert(0) += 1;
    }

    pub fn merge(&mut self, other: Vec<Vec<i64>>) {
        for pair in &other {
            let (node, count) = (pair[0], pair[1]);
            if count > 0 {
                let mine = self.counts.entry(node).or_insert(0);
                *mine = (*mine).max(count);
            }
        }
        self.tick();
    }

    pub fn compare(&self, other: Vec<Vec<i64>>) -> String {
        let theirs: HashMap<i64, i64> = other
            .iter()
            .filter(|p| p[1] > 0)
            .map(|p| (p[0], p[1]))
            .collect();
        let (mut less, mut more) = (false, false);
        for (node, &a) in &self.counts {
            let b = theirs.get(node).copied().unwrap_or(0);
            less |= a < b;
            more |= a > b;
        }
        // Nodes only they have counted make them ahead of us there.
        less |= theirs.keys().any(|node| !self.counts.contains_key(node));
        match (less, more) {
            (true, true) => "concurrent",
            (true, false) => "before",
            (false, true) => "after",
            (false, false) => "equal",
        }
        .to_string()
    }

    pub fn entries(&self) -> Vec<Vec<i64>> {
        let mut out: Vec<Vec<i64>> = self.counts.iter().map(|(&n, &c)| vec![n, c]).collect();
        out.sort_unstable();
        out
    }
}
