from bisect import bisect_right


class VersionedStore:
    def __init__(self):
        # key -> (times, values), both in the order of the sets, so times are increasing
        self.history: dict[str, tuple[list[int], list[str]]] = {}

    def set(self, key: str, value: str, t: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(t)
        values.append(value)

    def get(self, key: str, t: int) -> str:
        if key not in self.history:
            return ""
        times, values = self.history[key]
        i = bisect_right(times, t)  # number of versions written at or before t
        return values[i - 1] if i > 0 else ""
