def largest_rectangle(heights: list[int]) -> int:
    best = 0
    # (first index it extends back to, height), heights strictly increasing bottom to top
    stack: list[tuple[int, int]] = []
    for i, h in enumerate(heights):
        start = i
        while stack and stack[-1][1] >= h:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, h))
    n = len(heights)
    for start, h in stack:
        best = max(best, h * (n - start))
    return best
