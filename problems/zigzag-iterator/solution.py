from collections import deque


class RoundRobin:
    def __init__(self, queues: list[list[int]]):
        self.queues = queues
        # (queue index, position of its next job) for every queue with jobs left, in turn order
        self.turns = deque((i, 0) for i, q in enumerate(queues) if q)

    def next(self) -> int:
        i, pos = self.turns.popleft()
        if pos + 1 < len(self.queues[i]):
            self.turns.append((i, pos + 1))  # back of the line for its next job
        return self.queues[i][pos]

    def has_next(self) -> bool:
        return bool(self.turns)
