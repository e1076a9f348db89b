pub fn paint_bucket(mut image: Vec<Vec<i64>>, row: i64, col: i64, colour: i64) -> Vec<Vec<i64>> {
    let (row, col) = (row as usize, col as usize);
    let old = image[row][col];
    if old == colour {
        return image; // nothing changes (and without this check the fill would never stop)
    }
    let (rows, cols) = (image.len(), image[0].len());
    image[row][col] = colour;
    let mut stack = vec![(row, col)];
    // Depth-first with an explicit stack: recoloured cells are never visited again.
    while let Some((r, c)) = stack.pop() {
        let neighbours = [
            (r.wrapping_sub(1), c),
            (r + 1, c),
            (r, c.wrapping_sub(1)),
            (r, c + 1),
        ];
        for (nr, nc) in neighbours {
            if nr < rows && nc < cols && image[nr][nc] == old {
                image[nr][nc] = colour;
                stack.push((nr, nc));
            }
        }
    }
    image
}
