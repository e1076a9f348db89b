use std::collections::HashMap;

/// Each key's versions in the order they were set, so their times are increasing.
pub struct VersionedStore {
    history: HashMap<String, Vec<(i64, String)>>,
}

impl VersionedStore {
    pub fn new() -> Self {
        VersionedStore {
            history: HashMap::new(),
        }
    }

    pub fn set(&mut self, key: String, value: String, t: i64) {
        self.history.entry(key).or_default().push((t, value));
    }

    pub fn get(&self, key: String, t: i64) -> String {
        let Some(versions) = self.history.get(&key) else {
            return String::new();
        };
        // Number of versions written at or before t; the last of them is the answer.
        let i = versions.partition_point(|&(time, _)| time <= t);
        if i == 0 {
            String::new()
        } else {
            versions[i - 1].1.clone()
        }
    }
}
