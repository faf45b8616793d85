bool isValid(char* s) {
    // Openers are pushed; each closer must match the opener on top.
    int n = strlen(s), top = 0;
    char* stack = malloc(n + 1);
    bool valid = true;
    for (int i = 0; i < n && valid; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            stack[top++] = c;
        } else {
            char open = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (top == 0 || stack[top - 1] != open) valid = false;
            else top--;
        }
    }
    free(stack);
    return valid && top == 0;
}
