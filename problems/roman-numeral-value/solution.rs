fn value(symbol: u8) -> i64 {
    match symbol {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        _ => 0,
    }
}

pub fn roman_value(numeral: String) -> i64 {
    // A symbol counts negative exactly when a larger symbol follows it (IV, XC, CM, ...).
    let vals: Vec<i64> = numeral.bytes().map(value).collect();
    let mut total = 0;
    for (i, &v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|&next| v < next) {
            total -= v;
        } else {
            total += v;
        }
    }
    total
}
