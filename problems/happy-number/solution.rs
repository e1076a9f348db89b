fn digit_square_sum(mut x: i64) -> i64 {
    let mut total = 0;
    while x > 0 {
        let d = x % 10;
        total += d * d;
        x /= 10;
    }
    total
}

pub fn is_happy(n: i64) -> bool {
    let (mut slow, mut fast) = (n, digit_square_sum(n));
    while slow != fast {
        slow = digit_square_sum(slow);
        fast = digit_square_sum(digit_square_sum(fast));
    }
    slow == 1
}
