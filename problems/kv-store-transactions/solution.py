class TxnStore:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}  # the current view, open transactions' writes included
        # One undo map per open transaction, innermost last: key -> value before the
        # transaction first wrote it (None if the key was absent then).
        self.undo: list[dict[str, int | None]] = []

    def _remember(self, key: str) -> None:
        if self.undo and key not in self.undo[-1]:
            self.undo[-1][key] = self.data.get(key)

    def set(self, key: str, value: int) -> None:
        self._remember(key)
        self.data[key] = value

    def get(self, key: str) -> int:
        return self.data.get(key, -1)

    def unset(self, key: str) -> None:
        self._remember(key)
        self.data.pop(key, None)

    def begin(self) -> None:
        self.undo.append({})

    def commit(self) -> bool:
        if not self.undo:
            return False
        child = self.undo.pop()
        if self.undo:
            # The parent now owns the child's writes; for a key both wrote, the parent's older
            # value is the one to restore. Merge the smaller map into the larger.
            parent = self.undo[-1]
            if len(child) > len(parent):
                child.update(parent)
                self.undo[-1] = child
            else:
                for key, old in child.items():
                    parent.setdefault(key, old)
        return True

    def rollback(self) -> bool:
        if not self.undo:
            return False
        for key, old in self.undo.pop().items():
            if old is None:
                self.data.pop(key, None)
            else:
                self.data[key] = old
        return True
