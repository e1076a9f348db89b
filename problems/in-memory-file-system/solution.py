class Node:
    __slots__ = ("children", "chunks")

    def __init__(self):
        self.children: dict[str, "Node"] = {}
        self.chunks: list[str] | None = None  # None for a directory, the appended pieces for a file


class FileSystem:
    def __init__(self):
        self.root = Node()

    def _walk(self, path: str) -> tuple[Node, str]:
        """Returns the node at path, creating missing ones as directories, and its name."""
        node, name = self.root, ""
        for name in path.split("/"):
            if name:
                node = node.children.setdefault(name, Node())
        return node, name

    def ls(self, path: str) -> list[str]:
        node, name = self._walk(path)
        if node.chunks is not None:
            return [name]
        return sorted(node.children)

    def mkdir(self, path: str) -> None:
        self._walk(path)

    def add_content(self, path: str, content: str) -> None:
        node, _ = self._walk(path)
        if node.chunks is None:
            node.chunks = []
        node.chunks.append(content)

    def read_content(self, path: str) -> str:
        node, _ = self._walk(path)
        text = "".join(node.chunks)
        node.chunks = [text]  # later reads do not join the same pieces again
        return text
