from collections import Counter


def min_window_cover(s: str, t: str) -> str:
    need = Counter(t)  # how many more of each character the window still needs (may go negative)
    missing = len(t)  # characters of t not yet covered by the window
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            # Drop characters from the left while the window stays covering.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            # Give up the leftmost needed character to look for a shorter window further right.
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best_start : best_start + best_len] if best_len <= len(s) else ""
