def group_anagrams(words: list[str]) -> list[list[str]]:
    keys: list[list[str]] = []
    groups: list[list[str]] = []
    for word in words:
        key = sorted(word)
        for i, k in enumerate(keys):
            if k == key:
                groups[i].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
