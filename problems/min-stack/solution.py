class MinStack:
    def __init__(self):
        # Each entry holds its value and the minimum of it and everything below it.
        self.items: list[tuple[int, int]] = []

    def push(self, value: int) -> None:
        low = min(value, self.items[-1][1]) if self.items else value
        self.items.append((value, low))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def get_min(self) -> int:
        return self.items[-1][1]
