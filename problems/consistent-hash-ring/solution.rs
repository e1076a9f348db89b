use std::collections::{BTreeSet, HashSet};

fn fnv1a_64(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in text.as_bytes() {
        h = (h ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// FNV-1a 64, then MurmurHash3's 64-bit finaliser to spread similar strings apart.
fn position(text: &str) -> u64 {
    let mut h = fnv1a_64(text);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub struct HashRing {
    vnodes: i64,
    nodes: HashSet<String>,
    ring: BTreeSet<(u64, String)>, // (position, node)
}

impl HashRing {
    pub fn new(vnodes: i64) -> Self {
        HashRing {
            vnodes,
            nodes: HashSet::new(),
            ring: BTreeSet::new(),
        }
    }

    pub fn add_node(&mut self, name: String) {
        if !self.nodes.insert(name.clone()) {
            return;
        }
        for i in 0..self.vnodes {
            self.ring
                .insert((position(&format!("{name}#{i}")), name.clone()));
        }
    }

    pub fn remove_node(&mut self, name: String) {
        if !self.nodes.remove(&name) {
            return;
        }
        for i in 0..self.vnodes {
            self.ring
                .remove(&(position(&format!("{name}#{i}")), name.clone()));
        }
    }

    pub fn owner(&self, key: String) -> String {
        // The first point at or after the key's position; "" sorts before any name there.
        let from = (position(&key), String::new());
        self.ring
            .range(from..)
            .next()
            .or_else(|| self.ring.first())
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }
}
