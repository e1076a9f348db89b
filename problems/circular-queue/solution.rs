pub struct RingBuffer {
    slots: Vec<i64>,
    /// Index of the front value.
    head: usize,
    size: usize,
}

impl RingBuffer {
    pub fn new(capacity: i64) -> Self {
        RingBuffer {
            slots: vec![0; capacity as usize],
            head: 0,
            size: 0,
        }
    }

    pub fn enqueue(&mut self, value: i64) -> bool {
        if self.is_full() {
            return false;
        }
        let back = (self.head + self.size) % self.slots.len();
        self.slots[back] = value;
        self.size += 1;
        true
    }

    pub fn dequeue(&mut self) -> bool {
        if self.is_empty() {
            return false;
        }
        self.head = (self.head + 1) % self.slots.len();
        self.size -= 1;
        true
    }

    pub fn front(&self) -> i64 {
        if self.is_empty() {
            return -1;
        }
        self.slots[self.head]
    }

    pub fn rear(&self) -> i64 {
        if self.is_empty() {
            return -1;
        }
        self.slots[(self.head + self.size - 1) % self.slots.len()]
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn is_full(&self) -> bool {
        self.size == self.slots.len()
    }
}
