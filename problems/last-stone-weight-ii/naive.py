def smallest_last_stone(stones: list[int]) -> int:
    total = sum(stones)

    def best(i: int, side: int) -> int:
        # Put every stone on one side or the other; the result is the difference.
        if i == len(stones):
            return abs(total - 2 * side)
        return min(best(i + 1, side + stones[i]), best(i + 1, side))

    return best(0, 0)
