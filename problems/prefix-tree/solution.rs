/// A trie in two parallel vectors: node 0 is the root (the empty prefix), and
/// `children[node][letter]` is the index of the child for that letter, or 0 for none (the root is
/// never anyone's child).
pub struct PrefixTree {
    children: Vec<[u32; 26]>,
    is_word: Vec<bool>,
}

impl PrefixTree {
    pub fn new() -> Self {
        PrefixTree {
            children: vec![[0; 26]],
            is_word: vec![false],
        }
    }

    pub fn insert(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let letter = usize::from(b - b'a');
            if self.children[node][letter] == 0 {
                self.children.push([0; 26]);
                self.is_word.push(false);
                self.children[node][letter] = (self.children.len() - 1) as u32;
            }
            node = self.children[node][letter] as usize;
        }
        self.is_word[node] = true;
    }

    /// The node spelled by `s`, if some inserted word begins with `s`.
    fn walk(&self, s: &str) -> Option<usize> {
        let mut node = 0;
        for b in s.bytes() {
            match self.children[node][usize::from(b - b'a')] {
                0 => return None,
                next => node = next as usize,
            }
        }
        Some(node)
    }

    pub fn search(&self, word: String) -> bool {
        self.walk(&word).is_some_and(|node| self.is_word[node])
    }

    pub fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}
