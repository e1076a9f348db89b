from math import gcd


def max_points_on_line(points: list[list[int]]) -> int:
    best = 0
    for i, (x0, y0) in enumerate(points):
        # Lines through point i, keyed by their reduced direction, counting the later points.
        lines: dict[tuple[int, int], int] = {}
        same = 1  # point i and its later duplicates lie on every line through it
        most = 0
        for x, y in points[i + 1 :]:
            dx, dy = x - x0, y - y0
            if dx == 0 and dy == 0:
                same += 1
                continue
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            count = lines.get((dx, dy), 0) + 1
            lines[(dx, dy)] = count
            most = max(most, count)
        best = max(best, same + most)
    return best
