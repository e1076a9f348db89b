class TxnStore:
    """Copies the whole store at every begin and puts the copy back on rollback."""

    def __init__(self) -> None:
        self.data: dict[str, int] = {}
        self.snapshots: list[dict[str, int]] = []

    def set(self, key: str, value: int) -> None:
        self.data[key] = value

    def get(self, key: str) -> int:
        return self.data.get(key, -1)

    def unset(self, key: str) -> None:
        self.data.pop(key, None)

    def begin(self) -> None:
        self.snapshots.append(dict(self.data))

    def commit(self) -> bool:
        if not self.snapshots:
            return False
        self.snapshots.pop()
        return True

    def rollback(self) -> bool:
        if not self.snapshots:
            return False
        self.data = self.snapshots.pop()
        return True
