class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False


class WildcardDictionary:
    def __init__(self) -> None:
        self.root = _Node()

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node()
            node = child
        node.is_word = True

    def search(self, pattern: str) -> bool:
        def fits(node: _Node, i: int) -> bool:
            # Follow the letters one by one; branch only at a dot.
            while i < len(pattern):
                ch = pattern[i]
                if ch == ".":
                    return any(fits(child, i + 1) for child in node.children.values())
                node = node.children.get(ch)
                if node is None:
                    return False
                i += 1
            return node.is_word

        return fits(self.root, 0)
