/// Counts the ways to finish rows `row..n`. `cols`, `diag` and `anti` mark, as bits, the columns
/// of the current row attacked along a column, a down-right diagonal and a down-left diagonal;
/// `pillar[r]` marks the columns of row `r` that hold a pillar.
fn place(pillar: &[u32], full: u32, row: usize, cols: u32, diag: u32, anti: u32) -> i64 {
    if row == pillar.len() {
        return 1;
    }
    let mut count = 0;
    let mut free = full & !(cols | diag | anti | pillar[row]);
    while free != 0 {
        let bit = free & free.wrapping_neg(); // the lowest free column
        free ^= bit;
        count += place(
            pillar,
            full,
            row + 1,
            cols | bit,
            ((diag | bit) << 1) & full,
            (anti | bit) >> 1,
        );
    }
    count
}

pub fn count_placements(n: i64, blocked: Vec<Vec<i64>>) -> i64 {
    let n = n as usize;
    let mut pillar = vec![0u32; n];
    for cell in &blocked {
        pillar[cell[0] as usize] |= 1 << cell[1];
    }
    place(&pillar, (1u32 << n) - 1, 0, 0, 0, 0)
}
