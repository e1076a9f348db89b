use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

pub struct TrendingTopK {
    count: HashMap<String, i64>,
    /// Every counted item as (Reverse(count), item): iterating it gives the ranking.
    ranked: BTreeSet<(Reverse<i64>, String)>,
}

impl TrendingTopK {
    pub fn new() -> Self {
        TrendingTopK {
            count: HashMap::new(),
            ranked: BTreeSet::new(),
        }
    }

    /// Moves `item` from count `old` to `old + delta` (0 means not ranked).
    fn change(&mut self, item: String, old: i64, delta: i64) {
        let new = old + delta;
        if old > 0 {
            self.ranked.remove(&(Reverse(old), item.clone()));
        }
        if new > 0 {
            self.ranked.insert((Reverse(new), item.clone()));
            self.count.insert(item, new);
        } else {
            self.count.remove(&item);
        }
    }

    pub fn add(&mut self, item: String) {
        let old = self.count.get(&item).copied().unwrap_or(0);
        self.change(item, old, 1);
    }

    pub fn remove(&mut self, item: String) {
        let old = self.count.get(&item).copied().unwrap_or(0);
        if old > 0 {
            self.change(item, old, -1);
        }
    }

    pub fn top_k(&self, k: i64) -> Vec<String> {
        self.ranked
            .iter()
            .take(k as usize)
            .map(|(_, item)| item.clone())
            .collect()
    }
}

impl Default for TrendingTopK {
    fn default() -> Self {
        Self::new()
    }
}
