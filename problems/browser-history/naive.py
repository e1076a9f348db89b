class BrowserHistory:
    """Two stacks: the pages behind (current page on top) and the pages ahead. Moves one page at
    a time."""

    def __init__(self, home: str):
        self.behind = [home]
        self.ahead: list[str] = []

    def visit(self, url: str) -> None:
        self.behind.append(url)
        self.ahead.clear()

    def back(self, steps: int) -> str:
        while steps > 0 and len(self.behind) > 1:
            self.ahead.append(self.behind.pop())
            steps -= 1
        return self.behind[-1]

    def forward(self, steps: int) -> str:
        while steps > 0 and self.ahead:
            self.behind.append(self.ahead.pop())
            steps -= 1
        return self.behind[-1]
