class RoundRobin:
    """Walks around all the queues, skipping the empty ones one by one on every call."""

    def __init__(self, queues: list[list[int]]):
        self.queues = queues
        self.pos = [0] * len(queues)
        self.turn = 0  # the queue whose turn it is
        self.left = sum(len(q) for q in queues)

    def next(self) -> int:
        while self.pos[self.turn] == len(self.queues[self.turn]):
            self.turn = (self.turn + 1) % len(self.queues)
        i = self.turn
        self.pos[i] += 1
        self.left -= 1
        self.turn = (i + 1) % len(self.queues)
        return self.queues[i][self.pos[i] - 1]

    def has_next(self) -> bool:
        return self.left > 0
