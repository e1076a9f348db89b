/// Whether `word[i..]` can be traced from tile `(r, c)`, which is known to hold `word[i]`.
fn trace(grid: &mut [Vec<char>], word: &[char], r: usize, c: usize, i: usize) -> bool {
    if i + 1 == word.len() {
        return true;
    }
    let saved = grid[r][c];
    grid[r][c] = '#'; // mark the tile as used on this path
    let (rows, cols) = (grid.len(), grid[0].len());
    let next = [
        (r + 1 < rows).then(|| (r + 1, c)),
        r.checked_sub(1).map(|up| (up, c)),
        (c + 1 < cols).then(|| (r, c + 1)),
        c.checked_sub(1).map(|left| (r, left)),
    ];
    let found = next
        .into_iter()
        .flatten()
        .any(|(nr, nc)| grid[nr][nc] == word[i + 1] && trace(grid, word, nr, nc, i + 1));
    grid[r][c] = saved; // unmark on the way back
    found
}

pub fn word_in_grid(mut grid: Vec<Vec<char>>, word: String) -> bool {
    let mut word: Vec<char> = word.chars().collect();
    // Cheap rejection: the grid must hold every letter of the word as many times.
    let mut have = [0usize; 128];
    for &ch in grid.iter().flatten() {
        have[ch as usize] += 1;
    }
    let mut need = [0usize; 128];
    for &ch in &word {
        need[ch as usize] += 1;
    }
    if need.iter().zip(&have).any(|(n, h)| n > h) {
        return false;
    }
    // Searching from the rarer end prunes sooner; a path read backwards is still a path.
    if have[word[word.len() - 1] as usize] < have[word[0] as usize] {
        word.reverse();
    }
    let (rows, cols) = (grid.len(), grid[0].len());
    (0..rows).any(|r| (0..cols).any(|c| grid[r][c] == word[0] && trace(&mut grid, &word, r, c, 0)))
}
