import heapq


def min_effort_path(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    best = [[float("inf")] * cols for _ in range(rows)]
    best[0][0] = 0
    heap = [(0, 0, 0)]
    while heap:
        strain, r, c = heapq.heappop(heap)
        if r == rows - 1 and c == cols - 1:
            return strain
        if strain > best[r][c]:
            continue
        h = heights[r][c]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                s = max(strain, abs(heights[nr][nc] - h))
                if s < best[nr][nc]:
                    best[nr][nc] = s
                    heapq.heappush(heap, (s, nr, nc))
    return 0
