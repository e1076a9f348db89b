class VectorClock:
    def __init__(self, node: int):
        self.node = node
        self.counts: dict[int, int] = {}  # node -> counter, only counters above zero

    def tick(self) -> None:
        self.counts[self.node] = self.counts.get(self.node, 0) + 1

    def merge(self, other: list[list[int]]) -> None:
        for node, count in other:
            if count > self.counts.get(node, 0):
                self.counts[node] = count
        self.tick()

    def compare(self, other: list[list[int]]) -> str:
        theirs = {node: count for node, count in other if count > 0}
        mine_less = mine_more = False
        for node in self.counts.keys() | theirs.keys():
            a, b = self.counts.get(node, 0), theirs.get(node, 0)
            if a < b:
                mine_less = True
            elif a > b:
                mine_more = True
        if mine_less and mine_more:
            return "concurrent"
        if mine_less:
            return "before"
        if mine_more:
            return "after"
        return "equal"

    def entries(self) -> list[list[int]]:
        return [[node, count] for node, count in sorted(self.counts.items())]
