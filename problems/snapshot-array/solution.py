from bisect import bisect_right


class SnapshotArray:
    def __init__(self, length: int):
        # Per slot, the snapshot ids at which it changed and the values it took, in step:
        # one entry per snapshot period in which the slot was set (the last set wins).
        self.ids: list[list[int]] = [[] for _ in range(length)]
        self.values: list[list[int]] = [[] for _ in range(length)]
        self.current = 0  # the id the next snap will return

    def set(self, index: int, value: int) -> None:
        ids, values = self.ids[index], self.values[index]
        if ids and ids[-1] == self.current:
            values[-1] = value
        else:
            ids.append(self.current)
            values.append(value)

    def snap(self) -> int:
        self.current += 1
        return self.current - 1

    def get(self, index: int, snap_id: int) -> int:
        # The last change made before snapshot snap_id was taken.
        i = bisect_right(self.ids[index], snap_id)
        return self.values[index][i - 1] if i > 0 else 0
