class FileSystem:
    """Keeps one flat map from full path to content (None for a directory); listing a directory
    scans every path."""

    def __init__(self):
        self.entries: dict[str, str | None] = {"/": None}

    def _make_parents(self, path: str) -> None:
        parts = path.split("/")[1:]
        for i in range(1, len(parts)):
            self.entries.setdefault("/" + "/".join(parts[:i]), None)

    def ls(self, path: str) -> list[str]:
        if self.entries.get(path) is not None:
            return [path.rsplit("/", 1)[1]]
        prefix = path if path.endswith("/") else path + "/"
        names = []
        for p in self.entries:
            if p != "/" and p.startswith(prefix) and "/" not in p[len(prefix):]:
                names.append(p[len(prefix):])
        return sorted(names)

    def mkdir(self, path: str) -> None:
        if path != "/":
            self._make_parents(path)
            self.entries.setdefault(path, None)

    def add_content(self, path: str, content: str) -> None:
        self._make_parents(path)
        self.entries[path] = (self.entries.get(path) or "") + content

    def read_content(self, path: str) -> str:
        return self.entries[path]
