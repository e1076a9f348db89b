use std::collections::HashMap;

const NIL: usize = usize::MAX;

struct Node {
    key: i64,
    value: i64,
    prev: usize,
    next: usize,
}

/// Nodes live in a Vec and link to each other by index: `head` is the most recently used.
pub struct LruCache {
    capacity: usize,
    map: HashMap<i64, usize>,
    nodes: Vec<Node>,
    head: usize,
    tail: usize,
}

impl LruCache {
    pub fn new(capacity: i64) -> Self {
        LruCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            nodes: Vec::new(),
            head: NIL,
            tail: NIL,
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

    pub fn get(&mut self, key: i64) -> i64 {
        let Some(&i) = self.map.get(&key) else {
            return -1;
        };
        self.unlink(i);
        self.push_front(i);
        self.nodes[i].value
    }

    pub fn put(&mut self, key: i64, value: i64) {
        if let Some(&i) = self.map.get(&key) {
            self.nodes[i].value = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.map.len() == self.capacity {
            // Reuse the least recently used node's slot.
            let old = self.tail;
            self.unlink(old);
            self.map.remove(&self.nodes[old].key);
            self.nodes[old].key = key;
            self.nodes[old].value = value;
            old
        } else {
            self.nodes.push(Node {
                key,
                value,
                prev: NIL,
                next: NIL,
            });
            self.nodes.len() - 1
        };
        self.map.insert(key, i);
        self.push_front(i);
    }
}
