from collections import Counter


def min_window_cover(s: str, t: str) -> str:
    best = ""
    for i in range(len(s)):
        need = Counter(t)
        missing = len(t)
        for j in range(i, len(s)):
            if need[s[j]] > 0:
                missing -= 1
            need[s[j]] -= 1
            if missing == 0:
                if best == "" or j - i + 1 < len(best):
                    best = s[i : j + 1]
                break
    return best
