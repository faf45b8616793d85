class Solution {
public:
    bool isValid(string s) {
        // Matches every closing bracket against the stack, but forgets that brackets still open at
        // the end make the string unbalanced ("((" is accepted).
        stack<char> open;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else {
                if (open.empty()) return false;
                char top = open.top();
                open.pop();
                if ((c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{')) return false;
            }
        }
        return true;
    }
};
