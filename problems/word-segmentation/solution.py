MOD = 1_000_000_007


def count_segmentations(text: str, words: list[str]) -> int:
    vocab = set(words)
    longest = max(map(len, vocab))
    # ways[i] = number of splits of text[:i] into words; the empty prefix has one.
    ways = [0] * (len(text) + 1)
    ways[0] = 1
    for i in range(1, len(text) + 1):
        total = 0
        # The last word is text[j:i], at most `longest` characters long.
        for j in range(max(0, i - longest), i):
            if ways[j] and text[j:i] in vocab:
                total += ways[j]
        ways[i] = total % MOD
    return ways[-1]
