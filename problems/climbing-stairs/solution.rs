const MOD: i64 = 1_000_000_007;

pub fn count_climbs(n: i64) -> i64 {
    // prev = ways(i - 1), cur = ways(i), starting at i = 1.
    let (mut prev, mut cur) = (1, 1);
    for _ in 1..n {
        (prev, cur) = (cur, (prev + cur) % MOD);
    }
    cur
}
