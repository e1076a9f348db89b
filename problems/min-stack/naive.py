class MinStack:
    """A plain list; the minimum is found by looking at every value."""

    def __init__(self):
        self.items: list[int] = []

    def push(self, value: int) -> None:
        self.items.append(value)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return min(self.items)
