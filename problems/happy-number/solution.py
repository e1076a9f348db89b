def digit_square_sum(x: int) -> int:
    total = 0
    while x:
        x, d = divmod(x, 10)
        total += d * d
    return total


def is_happy(n: int) -> bool:
    slow, fast = n, digit_square_sum(n)
    while slow != fast:
        slow = digit_square_sum(slow)
        fast = digit_square_sum(digit_square_sum(fast))
    return slow == 1
