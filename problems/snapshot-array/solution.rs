/// Per slot, `(snapshot id, value)` for each snapshot period in which it was set (the last set
/// of a period wins), so ids increase along each list.
pub struct SnapshotArray {
    history: Vec<Vec<(i64, i64)>>,
    current: i64, // the id the next snap will return
}

impl SnapshotArray {
    pub fn new(length: i64) -> Self {
        SnapshotArray {
            history: vec![Vec::new(); length as usize],
            current: 0,
        }
    }

    pub fn set(&mut self, index: i64, value: i64) {
        let slot = &mut self.history[index as usize];
        match slot.last_mut() {
            Some(last) if last.0 == self.current => last.1 = value,
            _ => slot.push((self.current, value)),
        }
    }

    pub fn snap(&mut self) -> i64 {
        self.current += 1;
        self.current - 1
    }

    pub fn get(&self, index: i64, snap_id: i64) -> i64 {
        // The last change made before snapshot snap_id was taken.
        let slot = &self.history[index as usize];
        let i = slot.partition_point(|&(id, _)| id <= snap_id);
        if i == 0 { 0 } else { slot[i - 1].1 }
    }
}
