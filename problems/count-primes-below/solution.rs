pub fn count_primes_below(n: i64) -> i64 {
    if n < 3 {
        return 0;
    }
    let n = n as usize;
    let mut is_prime = vec![true; n];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut p = 2;
    while p * p < n {
        if is_prime[p] {
            // Multiples below p * p were crossed out by smaller primes already.
            for m in (p * p..n).step_by(p) {
                is_prime[m] = false;
            }
        }
        p += 1;
    }
    is_prime.iter().filter(|&&b| b).count() as i64
}
