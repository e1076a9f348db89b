from typing import Optional


def general_lca(node: Optional[TreeNode], a: int, b: int) -> Optional[TreeNode]:
    """The lowest common ancestor in any binary tree: visits every node, ignoring the order."""
    if node is None or node.val == a or node.val == b:
        return node
    left = general_lca(node.left, a, b)
    right = general_lca(node.right, a, b)
    if left is not None and right is not None:
        return node
    return left if left is not None else right


def bst_lca(root: Optional[TreeNode], queries: list[list[int]]) -> list[int]:
    return [general_lca(root, a, b).val for a, b in queries]
