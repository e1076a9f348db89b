class PrefixTree:
    """Keeps the words in a set; starts_with compares the prefix with every word."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        for word in self.words:
            if word.startswith(prefix):
                return True
        return False
