def all_subsets(flags: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    chosen: list[int] = []

    def go(i: int) -> None:
        if i == len(flags):
            out.append(chosen.copy())
            return
        go(i + 1)  # flag i off
        chosen.append(flags[i])
        go(i + 1)  # flag i on
        chosen.pop()

    go(0)
    return out
