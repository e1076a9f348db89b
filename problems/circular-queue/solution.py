class RingBuffer:
    def __init__(self, capacity: int):
        self.slots = [0] * capacity
        self.head = 0  # index of the front value
        self.size = 0

    def enqueue(self, value: int) -> bool:
        if self.size == len(self.slots):
            return False
        self.slots[(self.head + self.size) % len(self.slots)] = value
        self.size += 1
        return True

    def dequeue(self) -> bool:
        if self.size == 0:
            return False
        self.head = (self.head + 1) % len(self.slots)
        self.size -= 1
        return True

    def front(self) -> int:
        return self.slots[self.head] if self.size else -1

    def rear(self) -> int:
        if self.size == 0:
            return -1
        return self.slots[(self.head + self.size - 1) % len(self.slots)]

    def is_empty(self) -> bool:
        return self.size == 0

    def is_full(self) -> bool:
        return self.size == len(self.slots)
