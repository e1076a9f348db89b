pub fn single_among_triples(nums: Vec<i64>) -> i64 {
    // Per bit, count occurrences modulo 3 in two masks: `ones` holds the bits seen 1 (mod 3)
    // times, `twos` those seen 2 (mod 3) times. A third occurrence clears the bit from both.
    let (mut ones, mut twos) = (0_i64, 0_i64);
    for x in nums {
        ones = (ones ^ x) & !twos;
        twos = (twos ^ x) & !ones;
    }
    ones
}
