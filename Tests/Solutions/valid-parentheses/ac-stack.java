class Solution {
    public boolean isValid(String s) {
        // Push the closing bracket each opener expects; a closer must equal the top.
        Deque<Character> expected = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(') expected.push(')');
            else if (c == '[') expected.push(']');
            else if (c == '{') expected.push('}');
            else if (expected.isEmpty() || expected.pop() != c) return false;
        }
        return expected.isEmpty();
    }
}
