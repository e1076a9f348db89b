pub fn is_balanced(s: String) -> bool {
    let mut stack: Vec<u8> = Vec::new();
    for ch in s.bytes() {
        let opener = match ch {
            b')' => b'(',
            b']' => b'[',
            b'}' => b'{',
            _ => {
                stack.push(ch);
                continue;
            }
        };
        if stack.pop() != Some(opener) {
            return false;
        }
    }
    stack.is_empty()
}
