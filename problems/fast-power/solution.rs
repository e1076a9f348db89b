const MOD: i64 = 1_000_000_007;

pub fn power_mod(base: i64, exponent: i64) -> i64 {
    // Both factors stay below MOD < 2^30, so every product fits in an i64.
    let mut base = base.rem_euclid(MOD);
    let mut exponent = exponent;
    let mut result = 1;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = result * base % MOD;
        }
        base = base * base % MOD;
        exponent >>= 1;
    }
    result
}
