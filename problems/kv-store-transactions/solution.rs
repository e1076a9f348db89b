use std::collections::HashMap;

pub struct TxnStore {
    /// The current view, open transactions' writes included.
    data: HashMap<String, i64>,
    /// One undo map per open transaction, innermost last: key -> value before the transaction
    /// first wrote it (`None` if the key was absent then).
    undo: Vec<HashMap<String, Option<i64>>>,
}

impl TxnStore {
    pub fn new() -> Self {
        TxnStore {
            data: HashMap::new(),
            undo: Vec::new(),
        }
    }

    fn remember(&mut self, key: &str) {
        if let Some(top) = self.undo.last_mut()
            && !top.contains_key(key)
        {
            top.insert(key.to_owned(), self.data.get(key).copied());
        }
    }

    pub fn set(&mut self, key: String, value: i64) {
        self.remember(&key);
        self.data.insert(key, value);
    }

    pub fn get(&self, key: String) -> i64 {
        self.data.get(&key).copied().unwrap_or(-1)
    }

    pub fn unset(&mut self, key: String) {
        self.remember(&key);
        self.data.remove(&key);
    }

    pub fn begin(&mut self) {
        self.undo.push(HashMap::new());
    }

    pub fn commit(&mut self) -> bool {
        let Some(mut child) = self.undo.pop() else {
            return false;
        };
        if let Some(parent) = self.undo.last_mut() {
            // The parent now owns the child's writes; for a key both wrote, the parent's older
            // value is the one to restore. Merge the smaller map into the larger.
            if child.len() > parent.len() {
                std::mem::swap(&mut child, parent);
                for (key, old) in child {
                    parent.insert(key, old);
                }
            } else {
                for (key, old) in child {
                    parent.entry(key).or_insert(old);
                }
            }
        }
        true
    }

    pub fn rollback(&mut self) -> bool {
        let Some(changes) = self.undo.pop() else {
            return false;
        };
        for (key, old) in changes {
            match old {
                Some(v) => self.data.insert(key, v),
                None => self.data.remove(&key),
            };
        }
        true
    }
}

impl Default for TxnStore {
    fn default() -> Self {
        Self::new()
    }
}
