MOD = 1_000_000_007


def count_embeddings(stream: str, pattern: str) -> int:
    m = len(pattern)
    # ways[j] = embeddings of pattern[:j] in the part of the stream read so far.
    ways = [1] + [0] * m
    # Where each letter sits in the pattern, highest first: an event extends longer prefixes
    # before shorter ones, so it is never used twice in one embedding.
    at: dict[str, list[int]] = {}
    for j in range(m - 1, -1, -1):
        at.setdefault(pattern[j], []).append(j)
    for c in stream:
        for j in at.get(c, ()):
            ways[j + 1] = (ways[j + 1] + ways[j]) % MOD
    return ways[m]
