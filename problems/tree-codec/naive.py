from typing import Optional


class TreeCodec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        def walk(node, out):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left, out)
            walk(node.right, out)

        out = []
        walk(root, out)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        # Takes each token off the front of the list: every pop(0) shifts the whole rest.
        tokens = data.split(",")

        def build():
            tok = tokens.pop(0)
            if tok == "#":
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()
