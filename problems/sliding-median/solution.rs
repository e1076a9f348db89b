use std::collections::BTreeSet;

pub fn window_medians(nums: Vec<i64>, k: i64) -> Vec<f64> {
    let k = k as usize;
    // The window split into a lower and an upper half, as ordered sets of (value, index) so
    // equal values stay distinct and any entry can be removed. `low` holds the extra one.
    let mut low: BTreeSet<(i64, usize)> = BTreeSet::new();
    let mut high: BTreeSet<(i64, usize)> = BTreeSet::new();
    let mut out = Vec::with_capacity(nums.len().saturating_sub(k) + 1);
    for (i, &x) in nums.iter().enumerate() {
        if i >= k {
            let old = (nums[i - k], i - k);
            if !low.remove(&old) {
                high.remove(&old);
            }
        }
        // Pass the new value through `low` so every entry of `low` stays <= every one of `high`.
        low.insert((x, i));
        if let Some(top) = low.pop_last() {
            high.insert(top);
        }
        while high.len() > low.len() {
            if let Some(m) = high.pop_first() {
                low.insert(m);
            }
        }
        while low.len() > high.len() + 1 {
            if let Some(m) = low.pop_last() {
                high.insert(m);
            }
        }
        if i + 1 >= k {
            let (Some(&(a, _)), first) = (low.last(), high.first()) else {
                continue;
            };
            out.push(match first {
                Some(&(b, _)) if k % 2 == 0 => (a as f64 + b as f64) / 2.0,
                _ => a as f64,
            });
        }
    }
    out
}
