def is_balanced(s: str) -> bool:
    """Deletes adjacent matching pairs until none is left: balanced if nothing remains."""
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
