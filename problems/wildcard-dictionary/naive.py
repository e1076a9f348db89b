class WildcardDictionary:
    """Keeps the words in a set and compares the pattern with every one of them."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def add_word(self, word: str) -> None:
        self.words.add(word)

    def search(self, pattern: str) -> bool:
        for word in self.words:
            if len(word) == len(pattern) and all(
                p == "." or p == w for p, w in zip(pattern, word)
            ):
                return True
        return False
