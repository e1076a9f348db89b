from typing import Optional


def build_tree(preorder: list[int], inorder: list[int]) -> Optional[TreeNode]:
    """Recursive split, scanning the in-order range for each root."""
    pos = 0

    def build(lo: int, hi: int) -> Optional[TreeNode]:
        # Builds the subtree whose in-order walk is inorder[lo:hi].
        nonlocal pos
        if lo == hi:
            return None
        root = TreeNode(preorder[pos])
        pos += 1
        i = inorder.index(root.val, lo, hi)
        root.left = build(lo, i)
        root.right = build(i + 1, hi)
        return root

    return build(0, len(inorder))
