pub fn alien_order(words: Vec<String>) -> String {
    let mut present = [false; 26];
    for w in &words {
        for b in w.bytes() {
            present[usize::from(b - b'a')] = true;
        }
    }
    // edge[x][y]: letter x comes before letter y.
    let mut edge = [[false; 26]; 26];
    let mut missing = [0_usize; 26];
    // Only neighbouring words matter: sortedness is transitive.
    for pair in words.windows(2) {
        let (w, v) = (pair[0].as_bytes(), pair[1].as_bytes());
        match w.iter().zip(v).find(|(x, y)| x != y) {
            Some((&x, &y)) => {
                let (x, y) = (usize::from(x - b'a'), usize::from(y - b'a'));
                if !edge[x][y] {
                    edge[x][y] = true;
                    missing[y] += 1;
                }
            }
            // A word before its own proper prefix.
            None if w.len() > v.len() => return String::new(),
            None => {}
        }
    }
    // Kahn's algorithm taking the smallest ready letter: with 26 letters a scan is enough.
    let mut taken = [false; 26];
    let mut order = String::new();
    while let Some(c) = (0..26).find(|&c| present[c] && !taken[c] && missing[c] == 0) {
        taken[c] = true;
        order.push(char::from(b'a' + c as u8));
        for d in 0..26 {
            if edge[c][d] {
                missing[d] -= 1;
            }
        }
    }
    if order.len() == present.iter().filter(|&&p| p).count() {
        order
    } else {
        String::new()
    }
}
