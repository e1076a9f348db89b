from typing import Optional


def bst_lca(root: Optional[TreeNode], queries: list[list[int]]) -> list[int]:
    out = []
    for a, b in queries:
        lo, hi = min(a, b), max(a, b)
        node = root
        while True:
            if hi < node.val:
                node = node.left
            elif lo > node.val:
                node = node.right
            else:
                out.append(node.val)
                break
    return out
