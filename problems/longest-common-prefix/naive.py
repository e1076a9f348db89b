def longest_common_prefix(words: list[str]) -> str:
    best = ""
    for length in range(1, len(words[0]) + 1):
        prefix = words[0][:length]
        if not all(word.startswith(prefix) for word in words):
            break
        best = prefix
    return best
