class SnapshotArray:
    """Records, for each snapshot, only the slots set since the previous one; a lookup walks
    back through the snapshots until it finds the slot."""

    def __init__(self, length: int):
        self.changes: list[dict[int, int]] = [{}]  # changes[s]: slots set before snapshot s

    def set(self, index: int, value: int) -> None:
        self.changes[-1][index] = value

    def snap(self) -> int:
        self.changes.append({})
        return len(self.changes) - 2

    def get(self, index: int, snap_id: int) -> int:
        for s in range(snap_id, -1, -1):
            if index in self.changes[s]:
                return self.changes[s][index]
        return 0
