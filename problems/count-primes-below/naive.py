def count_primes_below(n: int) -> int:
    count = 0
    for m in range(2, n):
        d = 2
        while d * d <= m:
            if m % d == 0:
                break
            d += 1
        else:
            count += 1
    return count
