//! Reading the Year on a Cornerstone: the reference's binding and the large cases.

use crate::support::*;

function!(roman_value(numeral: String) -> i64);

/// Numerals are at most 15 symbols long, so "large" means the extremes: the longest numeral
/// (3888), the largest (3999), and a random value written in standard form.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        args!["MMMDCCCLXXXVIII".to_owned()],
        args!["MMMCMXCIX".to_owned()],
        args![to_roman(rng.i64(1..=3999))],
    ]
}

/// The standard form of `n` (1 to 3999).
fn to_roman(mut n: i64) -> String {
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}
