/// A trie in two parallel vectors: node 0 is the root, and `children[node][letter]` is the index
/// of the child for that letter, or 0 for none (the root is never anyone's child).
pub struct WildcardDictionary {
    children: Vec<[u32; 26]>,
    is_word: Vec<bool>,
}

impl WildcardDictionary {
    pub fn new() -> Self {
        WildcardDictionary {
            children: vec![[0; 26]],
            is_word: vec![false],
        }
    }

    pub fn add_word(&mut self, word: String) {
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

    /// Whether a word below `node` fits `rest` of the pattern.
    fn fits(&self, mut node: usize, rest: &[u8]) -> bool {
        for (i, &b) in rest.iter().enumerate() {
            if b == b'.' {
                return self.children[node]
                    .iter()
                    .any(|&child| child != 0 && self.fits(child as usize, &rest[i + 1..]));
            }
            match self.children[node][usize::from(b - b'a')] {
                0 => return false,
                next => node = next as usize,
            }
        }
        self.is_word[node]
    }

    pub fn search(&self, pattern: String) -> bool {
        self.fits(0, pattern.as_bytes())
    }
}
