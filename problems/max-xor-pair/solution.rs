/// Bits per id: ids are below 2^31.
const BITS: u32 = 31;

pub fn max_xor_pair(ids: Vec<i64>) -> i64 {
    // Binary trie in a flat vector: node k's children are kids[k][0] and kids[k][1]; 0 means
    // absent (node 0 is the root, never anyone's child).
    let mut kids: Vec<[u32; 2]> = Vec::with_capacity(ids.len() * BITS as usize + 1);
    kids.push([0, 0]);
    let mut best = 0;
    for (i, &x) in ids.iter().enumerate() {
        if i > 0 {
            // Best partner among the earlier ids: take the opposite bit whenever it exists.
            let (mut node, mut acc) = (0, 0);
            for b in (0..BITS).rev() {
                let bit = ((x >> b) & 1) as usize;
                let want = kids[node][bit ^ 1];
                if want != 0 {
                    acc |= 1 << b;
                    node = want as usize;
                } else {
                    node = kids[node][bit] as usize;
                }
            }
            best = best.max(acc);
        }
        // Insert x.
        let mut node = 0;
        for b in (0..BITS).rev() {
            let bit = ((x >> b) & 1) as usize;
            if kids[node][bit] == 0 {
                kids[node][bit] = kids.len() as u32;
                kids.push([0, 0]);
            }
            node = kids[node][bit] as usize;
        }
    }
    best
}
