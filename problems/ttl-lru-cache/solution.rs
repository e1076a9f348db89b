use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

const NIL: usize = usize::MAX;

struct Node {
    key: i64,
    value: i64,
    expiry: i64,
    prev: usize,
    next: usize,
}

/// Nodes live in a Vec, linked by index from `head` (most recently used) to `tail`; a min-heap
/// of (expiry, key) finds what has expired, and entries it holds for since-updated or evicted
/// keys are skipped when they surface.
pub struct TtlLruCache {
    capacity: usize,
    map: HashMap<i64, usize>,
    nodes: Vec<Node>,
    free: Vec<usize>,
    head: usize,
    tail: usize,
    expiries: BinaryHeap<Reverse<(i64, i64)>>,
}

impl TtlLruCache {
    pub fn new(capacity: i64) -> Self {
        TtlLruCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            nodes: Vec::new(),
            free: Vec::new(),
            head: NIL,
            tail: NIL,
            expiries: BinaryHeap::new(),
        }
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.nodes[i].prev, self.nodes[i].next);
        if prev == NIL {
            self.head = next;
        } else {
            self.nodes[prev].next = next;
        }
        if next == NIL {
            self.tail = prev;
        } else {
            self.nodes[next].prev = prev;
        }
    }

    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = NIL;
        self.nodes[i].next = self.head;
        if self.head != NIL {
            self.nodes[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    fn remove(&mut self, i: usize) {
        self.unlink(i);
        self.map.remove(&self.nodes[i].key);
        self.free.push(i);
    }

    fn purge(&mut self, now: i64) {
        while let Some(&Reverse((expiry, key))) = self.expiries.peek() {
            if expiry > now {
                break;
            }
            self.expiries.pop();
            if let Some(&i) = self.map.get(&key) {
                if self.nodes[i].expiry == expiry {
                    self.remove(i);
                }
            }
        }
    }

    pub fn get(&mut self, key: i64, now: i64) -> i64 {
        self.purge(now);
        let Some(&i) = self.map.get(&key) else {
            return -1;
        };
        self.unlink(i);
        self.push_front(i);
        self.nodes[i].value
    }

    pub fn put(&mut self, key: i64, value: i64, ttl: i64, now: i64) {
        self.purge(now);
        let expiry = now + ttl;
        self.expiries.push(Reverse((expiry, key)));
        if let Some(&i) = self.map.get(&key) {
            self.nodes[i].value = value;
            self.nodes[i].expiry = expiry;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        if self.map.len() == self.capacity {
            self.remove(self.tail);
        }
        let node = Node {
            key,
            value,
            expiry,
            prev: NIL,
            next: NIL,
        };
        let i = if let Some(i) = self.free.pop() {
            self.nodes[i] = node;
            i
        } else {
            self.nodes.push(node);
            self.nodes.len() - 1
        };
        self.map.insert(key, i);
        self.push_front(i);
    }

    pub fn size(&mut self, now: i64) -> i64 {
        self.purge(now);
        self.map.len() as i64
    }
}
