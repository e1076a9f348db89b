use std::collections::HashMap;

const NIL: usize = usize::MAX;

struct Node {
    key: i64,
    value: i64,
    uses: u64,
    prev: usize,
    next: usize,
}

/// Nodes live in a Vec and link by index. Each use count has its own doubly linked list of
/// nodes, most recently used at the head; `min_uses` is the smallest count in the cache.
pub struct LfuCache {
    capacity: usize,
    map: HashMap<i64, usize>,
    nodes: Vec<Node>,
    // uses -> (head, tail) of that count's list
    lists: HashMap<u64, (usize, usize)>,
    min_uses: u64,
}

impl LfuCache {
    pub fn new(capacity: i64) -> Self {
        LfuCache {
            capacity: capacity as usize,
            map: HashMap::new(),
            nodes: Vec::new(),
            lists: HashMap::new(),
            min_uses: 0,
        }
    }

    /// Takes node `i` out of its count's list, dropping the list when it empties.
    fn unlink(&mut self, i: usize) {
        let (uses, prev, next) = (self.nodes[i].uses, self.nodes[i].prev, self.nodes[i].next);
        if prev != NIL {
            self.nodes[prev].next = next;
        }
        if next != NIL {
            self.nodes[next].prev = prev;
        }
        let ends = self.lists.get_mut(&uses).expect("a node's list exists");
        if ends.0 == i {
            ends.0 = next;
        }
        if ends.1 == i {
            ends.1 = prev;
        }
        if ends.0 == NIL {
            self.lists.remove(&uses);
        }
    }

    /// Puts node `i` at the head of its count's list.
    fn push_front(&mut self, i: usize) {
        let uses = self.nodes[i].uses;
        let ends = self.lists.entry(uses).or_insert((NIL, NIL));
        let old_head = ends.0;
        ends.0 = i;
        if ends.1 == NIL {
            ends.1 = i;
        }
        self.nodes[i].prev = NIL;
        self.nodes[i].next = old_head;
        if old_head != NIL {
            self.nodes[old_head].prev = i;
        }
    }

    /// Counts one more use of node `i`.
    fn touch(&mut self, i: usize) {
        let uses = self.nodes[i].uses;
        self.unlink(i);
        if self.min_uses == uses && !self.lists.contains_key(&uses) {
            self.min_uses = uses + 1;
        }
        self.nodes[i].uses = uses + 1;
        self.push_front(i);
    }

    pub fn get(&mut self, key: i64) -> i64 {
        let Some(&i) = self.map.get(&key) else {
            return -1;
        };
        self.touch(i);
        self.nodes[i].value
    }

    pub fn put(&mut self, key: i64, value: i64) {
        if let Some(&i) = self.map.get(&key) {
            self.nodes[i].value = value;
            self.touch(i);
            return;
        }
        let i = if self.map.len() == self.capacity {
            // Evict the least recently used node of the smallest count and reuse its slot.
            let victim = self.lists[&self.min_uses].1;
            self.unlink(victim);
            self.map.remove(&self.nodes[victim].key);
            victim
        } else {
            self.nodes.push(Node {
                key,
                value,
                uses: 1,
                prev: NIL,
                next: NIL,
            });
            self.nodes.len() - 1
        };
        self.nodes[i].key = key;
        self.nodes[i].value = value;
        self.nodes[i].uses = 1;
        self.map.insert(key, i);
        self.push_front(i);
        self.min_uses = 1;
    }
}
