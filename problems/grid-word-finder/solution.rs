/// A trie walked alongside the board: children by letter (0 = none, the root is never a
/// child), the word ending at each node, and how many words below each node are still unfound.
struct Search {
    next: Vec<[usize; 26]>,
    word: Vec<Option<usize>>,
    left: Vec<usize>,
    found: Vec<usize>,
}

impl Search {
    /// Extends the path into cell (r, c) from trie node `parent`; returns how many words it found.
    fn dfs(&mut self, grid: &mut [Vec<u8>], r: usize, c: usize, parent: usize) -> usize {
        let ch = grid[r][c];
        if ch == b'#' {
            return 0; // already on the path
        }
        let node = self.next[parent][usize::from(ch - b'a')];
        if node == 0 || self.left[node] == 0 {
            return 0; // no unfound word continues this path
        }
        let mut got = 0;
        if let Some(w) = self.word[node].take() {
            self.found.push(w);
            got += 1;
        }
        grid[r][c] = b'#';
        if r > 0 {
            got += self.dfs(grid, r - 1, c, node);
        }
        if r + 1 < grid.len() {
            got += self.dfs(grid, r + 1, c, node);
        }
        if c > 0 {
            got += self.dfs(grid, r, c - 1, node);
        }
        if c + 1 < grid[r].len() {
            got += self.dfs(grid, r, c + 1, node);
        }
        grid[r][c] = ch;
        self.left[node] -= got;
        got
    }
}

pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
    let mut s = Search {
        next: vec![[0; 26]],
        word: vec![None],
        left: vec![0],
        found: Vec::new(),
    };
    for (i, w) in words.iter().enumerate() {
        let mut at = 0;
        for b in w.bytes() {
            let k = usize::from(b - b'a');
            if s.next[at][k] == 0 {
                s.next[at][k] = s.next.len();
                s.next.push([0; 26]);
                s.word.push(None);
                s.left.push(0);
            }
            at = s.next[at][k];
            s.left[at] += 1;
        }
        s.word[at] = Some(i);
    }
    let mut grid: Vec<Vec<u8>> = board
        .iter()
        .map(|row| row.iter().map(|&ch| ch as u8).collect())
        .collect();
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            s.dfs(&mut grid, r, c, 0);
        }
    }
    let mut out: Vec<String> = s.found.iter().map(|&i| words[i].clone()).collect();
    out.sort_unstable();
    out
}
