use std::collections::BTreeMap;

/// A directory or a file; children are kept sorted by name, so listing needs no sort.
struct Node {
    children: BTreeMap<String, usize>,
    content: Option<String>, // None for a directory
}

/// The tree lives in a Vec of nodes linked by index; node 0 is the root directory.
pub struct FileSystem {
    nodes: Vec<Node>,
}

impl FileSystem {
    pub fn new() -> Self {
        FileSystem {
            nodes: vec![Node {
                children: BTreeMap::new(),
                content: None,
            }],
        }
    }

    /// The node at `path`, creating missing ones as directories.
    fn walk(&mut self, path: &str) -> usize {
        let mut cur = 0;
        for name in path.split('/').filter(|s| !s.is_empty()) {
            cur = match self.nodes[cur].children.get(name) {
                Some(&next) => next,
                None => {
                    let next = self.nodes.len();
                    self.nodes.push(Node {
                        children: BTreeMap::new(),
                        content: None,
                    });
                    self.nodes[cur].children.insert(name.to_string(), next);
                    next
                }
            };
        }
        cur
    }

    pub fn ls(&mut self, path: String) -> Vec<String> {
        let node = self.walk(&path);
        if self.nodes[node].content.is_some() {
            let name = path.rsplit('/').next().unwrap_or_default();
            return vec![name.to_string()];
        }
        self.nodes[node].children.keys().cloned().collect()
    }

    pub fn mkdir(&mut self, path: String) {
        self.walk(&path);
    }

    pub fn add_content(&mut self, path: String, content: String) {
        let node = self.walk(&path);
        self.nodes[node]
            .content
            .get_or_insert_with(String::new)
            .push_str(&content);
    }

    pub fn read_content(&mut self, path: String) -> String {
        let node = self.walk(&path);
        self.nodes[node].content.clone().unwrap_or_default()
    }
}
