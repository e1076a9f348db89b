//! Trace a Word on the Tile Board: the reference's binding and the large cases.

use crate::support::*;

function!(word_in_grid(grid: Vec<Vec<char>>, word: String) -> bool);

/// A random grid of `rows` x `cols` tiles with letters from `alphabet`.
fn board(rng: &mut Rng, rows: usize, cols: usize, alphabet: &str) -> Vec<Vec<char>> {
    (0..rows)
        .map(|_| string(rng, cols, alphabet).chars().collect())
        .collect()
}

/// The letters along a random path of `len` distinct adjacent tiles (retrying when a walk gets
/// stuck).
fn walk(rng: &mut Rng, grid: &[Vec<char>], len: usize) -> String {
    let (rows, cols) = (grid.len(), grid[0].len());
    loop {
        let mut path = vec![(rng.usize(..rows), rng.usize(..cols))];
        while path.len() < len {
            let (r, c) = path[path.len() - 1];
            let next: Vec<(usize, usize)> = [(0, 1), (2, 1), (1, 0), (1, 2)]
                .into_iter()
                .filter_map(|(dr, dc)| {
                    let (nr, nc) = ((r + dr).checked_sub(1)?, (c + dc).checked_sub(1)?);
                    (nr < rows && nc < cols && !path.contains(&(nr, nc))).then_some((nr, nc))
                })
                .collect();
            if next.is_empty() {
                break;
            }
            path.push(next[rng.usize(..next.len())]);
        }
        if path.len() == len {
            return path.into_iter().map(|(r, c)| grid[r][c]).collect();
        }
    }
}

/// 6 x 6 boards and 15-letter words, the largest. First a word read along a path with its
/// middle letter changed, over five letters: listing every path of 15 tiles before comparing
/// letters builds 1.9 million complete paths. Then words that are on the board, over two
/// letters (a search that checks letters as it goes branches the most) and over mixed-case
/// letters.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let five = board(rng, 6, 6, "abcde");
    let mut changed: Vec<char> = walk(rng, &five, 15).chars().collect();
    changed[7] = if changed[7] == 'a' { 'b' } else { 'a' };
    let changed: String = changed.into_iter().collect();
    let two = board(rng, 6, 6, "ab");
    let on_two = walk(rng, &two, 15);
    let mixed = board(rng, 6, 6, "aAbBcCdD");
    let on_mixed = walk(rng, &mixed, 15);
    vec![
        args![five, changed],
        args![two, on_two],
        args![mixed, on_mixed],
    ]
}
