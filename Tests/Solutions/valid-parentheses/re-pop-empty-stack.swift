class Solution {
    func isValid(_ s: String) -> Bool {
        // Calls removeLast() without checking for an empty stack: a leading closer traps.
        let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
        var stack: [Character] = []
        for c in s {
            if let open = pairs[c] {
                if stack.removeLast() != open { return false }
            } else {
                stack.append(c)
            }
        }
        return stack.isEmpty
    }
}
