bool isValid(char* s) {
    // Checks that every closer matches, but forgets that openers left on the stack make it invalid: "((" passes.
    char stack[10001];
    int top = -1;
    for (int i = 0; s[i]; i++) {
        if (s[i] == '(' || s[i] == '[' || s[i] == '{') {
            stack[++top] = s[i];
        } else {
            if (top < 0) return false;
            char open = stack[top--];
            if ((s[i] == ')' && open != '(') || (s[i] == ']' && open != '[') || (s[i] == '}' && open != '{')) return false;
        }
    }
    return true;
}
