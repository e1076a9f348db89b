from bisect import bisect_left


def longest_rising_chain(scores: list[int]) -> int:
    # tails[k] = the smallest last score of any rising chain of length k + 1 seen so far.
    tails: list[int] = []
    for x in scores:
        k = bisect_left(tails, x)  # first tail >= x: x extends the chain before it
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
