OPENER = {")": "(", "]": "[", "}": "{"}


def is_balanced(s: str) -> bool:
    stack: list[str] = []
    for ch in s:
        if ch in OPENER:
            if not stack or stack.pop() != OPENER[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
