from typing import Optional


class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        # Pre-order with an explicit stack; None entries become "#".
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        # Open child slots in pre-order: the top one receives the next token.
        slots = [(root, "right"), (root, "left")]
        for tok in tokens[1:]:
            parent, side = slots.pop()
            if tok != "#":
                node = TreeNode(int(tok))
                setattr(parent, side, node)
                slots.append((node, "right"))
                slots.append((node, "left"))
        return root
