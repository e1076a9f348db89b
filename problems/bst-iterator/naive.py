from typing import Optional


class SortedCursor:
    """Remembers only the last key returned and searches the tree from the root for the next
    larger key on every call."""

    def __init__(self, root: Optional[TreeNode]):
        self.root = root
        self.last: Optional[int] = None

    def _after(self, key: Optional[int]) -> Optional[TreeNode]:
        node, best = self.root, None
        while node:
            if key is None or node.val > key:
                best = node
                node = node.left
            else:
                node = node.right
        return best

    def next(self) -> int:
        node = self._after(self.last)
        self.last = node.val
        return node.val

    def has_next(self) -> bool:
        return self._after(self.last) is not None
