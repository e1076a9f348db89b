from typing import Optional


class SortedCursor:
    def __init__(self, root: Optional[TreeNode]):
        # The nodes whose value is not returned yet but whose left subtree is done: a path of
        # the tree, so at most its height.
        self.stack: list[TreeNode] = []
        self._push_left(root)

    def _push_left(self, node: Optional[TreeNode]) -> None:
        while node:
            self.stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self.stack.pop()
        self._push_left(node.right)  # its right subtree comes next, smallest first
        return node.val

    def has_next(self) -> bool:
        return bool(self.stack)
