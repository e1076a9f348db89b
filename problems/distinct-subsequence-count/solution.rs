pub fn count_embeddings(stream: String, pattern: String) -> i64 {
    const MOD: i64 = 1_000_000_007;
    let p = pattern.as_bytes();
    // ways[j] = embeddings of p[..j] in the part of the stream read so far.
    let mut ways = vec![0_i64; p.len() + 1];
    ways[0] = 1;
    for &c in stream.as_bytes() {
        // Longer prefixes first, so that this event is used at most once per embedding.
        for j in (0..p.len()).rev() {
            if p[j] == c {
                ways[j + 1] = (ways[j + 1] + ways[j]) % MOD;
            }
        }
    }
    ways[p.len()]
}
