const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(FNV_OFFSET, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

pub struct BloomFilter {
    m: u64,
    k: u64,
    bits: Vec<u64>,
}

impl BloomFilter {
    pub fn new(m: i64, k: i64) -> Self {
        BloomFilter {
            m: m as u64,
            k: k as u64,
            bits: vec![0; (m as usize).div_ceil(64)],
        }
    }

    /// The k bit positions of a key: (h1 + i * h2) mod m, from the two halves of its hash.
    fn positions(&self, key: &str) -> Vec<usize> {
        let h = fnv1a64(key.as_bytes());
        let (h1, h2) = (h & 0xffff_ffff, h >> 32);
        (0..self.k)
            .map(|i| ((h1 + i * h2) % self.m) as usize)
            .collect()
    }

    pub fn add(&mut self, key: String) {
        for p in self.positions(&key) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
    }

    pub fn might_contain(&self, key: String) -> bool {
        self.positions(&key)
            .into_iter()
            .all(|p| self.bits[p / 64] >> (p % 64) & 1 == 1)
    }
}
