def largest_block(wafer: list[list[str]]) -> int:
    cols = len(wafer[0])
    # heights[c]: how many working dies stand in an unbroken column ending at the current row.
    heights = [0] * cols
    best = 0
    for row in wafer:
        for c in range(cols):
            heights[c] = heights[c] + 1 if row[c] == "1" else 0
        # Largest rectangle under this row's histogram: a stack of (start, height), heights
        # strictly increasing; a sentinel bar of height 0 at the end empties it.
        stack: list[tuple[int, int]] = []
        for c, h in enumerate(heights + [0]):
            start = c
            while stack and stack[-1][1] >= h:
                start, top = stack.pop()
                best = max(best, top * (c - start))
            stack.append((start, h))
    return best
