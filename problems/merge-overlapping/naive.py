def merge_overlapping(windows: list[list[int]]) -> list[list[int]]:
    """Merges each window into every combined window it meets: O(n^2) when few windows meet."""
    groups: list[list[int]] = []
    for start, end in windows:
        keep = []
        for g in groups:
            if g[0] <= end and start <= g[1]:
                start, end = min(start, g[0]), max(end, g[1])
            else:
                keep.append(g)
        keep.append([start, end])
        groups = keep
    return sorted(groups)
