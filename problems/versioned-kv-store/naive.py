class VersionedStore:
    """Keeps every version and scans all of a key's versions on each lookup."""

    def __init__(self):
        self.history: dict[str, list[tuple[int, str]]] = {}

    def set(self, key: str, value: str, t: int) -> None:
        self.history.setdefault(key, []).append((t, value))

    def get(self, key: str, t: int) -> str:
        best = ""
        for time, value in self.history.get(key, []):
            if time <= t:
                best = value
        return best
