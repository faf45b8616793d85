class Solution {
    public boolean isValid(String s) {
        // Counts each kind separately and never lets a count go negative, but ignores the order in
        // which kinds are nested: "([)]" is accepted.
        int round = 0, square = 0, curly = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(': round++; break;
                case ')': round--; break;
                case '[': square++; break;
                case ']': square--; break;
                case '{': curly++; break;
                default: curly--;
            }
            if (round < 0 || square < 0 || curly < 0) return false;
        }
        return round == 0 && square == 0 && curly == 0;
    }
}
