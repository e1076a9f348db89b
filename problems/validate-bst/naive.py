from typing import Optional


def subtree_values(node: Optional[TreeNode]) -> list[int]:
    values, stack = [], [node] if node else []
    while stack:
        n = stack.pop()
        values.append(n.val)
        stack.extend(c for c in (n.left, n.right) if c)
    return values


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    """Checks every node against the largest value of its left subtree and the smallest of its
    right subtree, walking both subtrees each time."""
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left and max(subtree_values(node.left)) >= node.val:
            return False
        if node.right and min(subtree_values(node.right)) <= node.val:
            return False
        stack.extend(c for c in (node.left, node.right) if c)
    return True
