# The swelearn judge's harness (generated; edits are lost). It reads every case from stdin,
# imports solution.py, calls it on each case with a monotonic clock around the call, and writes
# one result line per case in the judge's wire format.
import builtins
import io
import sys
import time

sys.setrecursionlimit(10**6)


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


# The solution uses ListNode and TreeNode without importing them, as on online judges.
builtins.ListNode = ListNode
builtins.TreeNode = TreeNode

_MAX_NODES = 10_000_000
_data = sys.stdin.buffer.read().split()
sys.stdin = io.StringIO()
_it = iter(_data)
if next(_it, b"") != b"SWL1":
    sys.exit("swelearn harness: the input is not in the judge's format")
_NONCE = next(_it).decode()


def _int():
    return int(next(_it))


def _float():
    return float(next(_it))


def _bool():
    return next(_it) == b"true"


def _char():
    return chr(int(next(_it)))


def _str():
    return bytes.fromhex(next(_it)[1:].decode()).decode("utf-8")


def _arr(read):
    return [read() for _ in range(int(next(_it)))]


def _list():
    values = [int(next(_it)) for _ in range(int(next(_it)))]
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def _tree():
    tokens = [next(_it) for _ in range(int(next(_it)))]
    nodes = [None if t == b"null" else TreeNode(int(t)) for t in tokens]
    j = 1
    for node in nodes:
        if j >= len(nodes):
            break
        if node is None:
            continue
        node.left = nodes[j]
        j += 1
        if j < len(nodes):
            node.right = nodes[j]
            j += 1
    return nodes[0] if nodes else None


class _Bad(Exception):
    pass


def _desc(x):
    if x is None:
        return "None"
    r = repr(x)
    if len(r) > 40:
        r = r[:37] + "..."
    return f"{type(x).__name__} {r}"


def _w_int(x, out):
    if type(x) is bool or not isinstance(x, int):
        raise _Bad(f"expected int, found {_desc(x)}")
    if not -(1 << 63) <= x < (1 << 63):
        raise _Bad(f"{x} does not fit in a 64-bit integer")
    out.append(str(x))


def _w_float(x, out):
    if type(x) is bool or not isinstance(x, (int, float)):
        raise _Bad(f"expected float, found {_desc(x)}")
    try:
        f = float(x)
    except OverflowError:
        raise _Bad(f"{x} is too large for a float") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise _Bad(f"{f} is not a finite number")
    out.append(repr(f))


def _w_bool(x, out):
    if not isinstance(x, bool):
        raise _Bad(f"expected bool, found {_desc(x)}")
    out.append("true" if x else "false")


def _w_str(x, out):
    if not isinstance(x, str):
        raise _Bad(f"expected str, found {_desc(x)}")
    try:
        out.append("s" + x.encode("utf-8").hex())
    except UnicodeEncodeError:
        raise _Bad("the string is not valid Unicode") from None


def _w_char(x, out):
    if not isinstance(x, str) or len(x) != 1:
        raise _Bad(f"expected a one-character str, found {_desc(x)}")
    out.append(str(ord(x)))


def _w_arr(write, name):
    def w(x, out):
        if not isinstance(x, (list, tuple)):
            raise _Bad(f"expected {name}, found {_desc(x)}")
        out.append(str(len(x)))
        for i, v in enumerate(x):
            try:
                write(v, out)
            except _Bad as e:
                raise _Bad(f"[{i}]: {e}") from None

    return w


def _w_list(x, out):
    values = []
    try:
        while x is not None:
            if len(values) == _MAX_NODES:
                raise _Bad(f"the list has more than {_MAX_NODES} nodes: is there a cycle?")
            _w_int(x.val, values)
            x = x.next
    except AttributeError:
        raise _Bad(f"expected ListNode, found {_desc(x)}") from None
    out.append(str(len(values)))
    out.extend(values)


def _w_tree(x, out):
    values = []
    queue = [x]
    k = 0
    try:
        while k < len(queue):
            node = queue[k]
            k += 1
            if node is None:
                values.append("null")
                continue
            if k > _MAX_NODES:
                raise _Bad(f"the tree has more than {_MAX_NODES} nodes: is there a cycle?")
            _w_int(node.val, values)
            queue.append(node.left)
            queue.append(node.right)
    except AttributeError:
        raise _Bad(f"expected TreeNode, found {_desc(node)}") from None
    while values and values[-1] == "null":
        values.pop()
    out.append(str(len(values)))
    out.extend(values)


def _serve(read_case, load, run, encode):
    n = int(next(_it))
    cases = [read_case() for _ in range(n)]
    _data.clear()
    out = sys.stdout
    load()
    out.write(f"{_NONCE} ready\n")
    out.flush()
    for i in range(n):
        case = cases[i]
        cases[i] = None
        ns, result = run(case)
        tokens = []
        try:
            encode(case, result, tokens)
            line = f"{_NONCE} {i} {ns} = {' '.join(tokens)}\n"
        except _Bad as e:
            line = f"{_NONCE} {i} {ns} ! {str(e).encode().hex()}\n"
        out.write(line)
        out.flush()


_clock = time.perf_counter_ns
