function isValid(s: string): boolean {
    // Push the closer each opener expects; a closer must be the one on top.
    const stack: string[] = [];
    for (const c of s) {
        if (c === '(') stack.push(')');
        else if (c === '[') stack.push(']');
        else if (c === '{') stack.push('}');
        else if (stack.length === 0 || stack.pop() !== c) return false;
    }
    return stack.length === 0;
};
