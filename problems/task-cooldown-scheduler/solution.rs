pub fn cooldown_schedule(jobs: String, gap: i64) -> i64 {
    let mut counts = [0_i64; 26];
    for b in jobs.bytes() {
        counts[(b - b'A') as usize] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(0);
    // Kinds that share the highest count each take one slot after the last full block.
    let ties = counts.iter().filter(|&&c| c == top).count() as i64;
    // Frame: top - 1 blocks of gap + 1 slots, then the tied kinds; or no idle slot at all.
    (jobs.len() as i64).max((top - 1) * (gap + 1) + ties)
}
