pub fn reverse_bits(x: i64) -> i64 {
    let mut x = x as u32;
    let mut result: u32 = 0;
    for _ in 0..32 {
        result = (result << 1) | (x & 1);
        x >>= 1;
    }
    i64::from(result)
}
