/// LeetCode 20: whether every bracket of a string is closed by its own kind, in order.
public struct ValidParentheses: DeclaredProblem {
    public init() {}
    static let (openers, closers) = (Array("([{".utf8), Array(")]}".utf8))

    public static let declaration = ProblemDeclaration(
        20, "valid-parentheses", "Valid Parentheses", .easy, tags: ["strings", "stack"],
        function: "isValid", parameters: ["s": .string(length: 1...10_000, alphabet: .oneOf("()[]{}"))], returns: .bool,
        examples: [.of("()[]{}"), .of("([)]"), .of("{[()]}")],
        description: """
            You are given a string `s` made of the six characters `(`, `)`, `[`, `]`, `{` and `}`. Return `true` \
            when its brackets are balanced, `false` otherwise.

            Balanced means: every opening bracket is closed by a bracket of the same kind, brackets close in the \
            reverse order they were opened, and every closing bracket closes one that was opened before it. So \
            `"()[]{}"` and `"{[()]}"` are balanced, while `"(]"`, `"([)]"`, `"(("` and `"())"` are not.
            """,
        version: "20.1",
        // A stack of the closers still expected.
        solve: Solution { (s: String) -> Bool in
            var expected: [UInt8] = []
            for character in s.utf8 {
                if let kind = openers.firstIndex(of: character) { expected.append(closers[kind]) }
                else if expected.popLast() != character { return false }
            }
            return expected.isEmpty
        },
        // Deletes adjacent matching pairs until none is left.
        bruteForce: Solution { (s: String) -> Bool in
            var text = s
            while true {
                let shorter = text.replacing("()", with: "").replacing("[]", with: "").replacing("{}", with: "")
                if shorter == text { return text.isEmpty }
                text = shorter
            }
        },
        // Balanced (random, deep, flat) and one mistake away: a wrong kind, a wrong direction, a deletion, an
        // extra closer, swapped neighbours, a stray opener; or random brackets. Lengths are the size or one less.
        generate: Generator { rng, count -> String in
            let (pairs, deletion, insertion) = (max(count / 2, 1), max((count + 1) / 2, 1), (count - 1) / 2)
            let shape = rng.int(in: 0...9)
            let base = shape == 5 ? deletion : shape == 6 || shape == 8 ? insertion : pairs
            let openChance = shape == 1 ? 0.95 : shape == 2 ? 0.05 : 0.5
            var text = shape == 9 ? [] : rng.balancedBrackets(pairs: base, openChance: openChance)
            switch shape {
            case 3:
                let index = rng.int(in: 0...(text.count - 1))
                let kinds = openers.contains(text[index]) ? openers : closers
                text[index] = rng.element(of: kinds.filter { $0 != text[index] })
            case 4:
                let index = rng.int(in: 0...(text.count - 1))
                if let kind = openers.firstIndex(of: text[index]) { text[index] = closers[kind] }
                else if let kind = closers.firstIndex(of: text[index]) { text[index] = openers[kind] }
            case 5: text.remove(at: rng.int(in: 0...(text.count - 1)))
            case 6: text.insert(rng.element(of: closers), at: rng.int(in: 0...text.count))
            case 7:
                let index = rng.int(in: 0...(text.count - 2))
                text.swapAt(index, index + 1)
            case 8: text.insert(rng.element(of: openers), at: rng.int(in: 0...text.count))
            case 9: text = (0..<count).map { _ in rng.element(of: openers + closers) }
            default: break
            }
            return String(decoding: text, as: UTF8.self)
        },
        // Nested n/2 deep, cycling through the kinds, balanced or with the last closer wrong: a stack grows to
        // n/2, and deleting innermost pairs takes n/2 passes over the string.
        worstCases: { _, count in
            let kinds = (0..<max(count / 2, 1)).map { $0 % 3 }
            let nested = kinds.map { openers[$0] } + kinds.reversed().map { closers[$0] }
            var mismatched = nested
            mismatched[mismatched.count - 1] = closers[(kinds[0] + 1) % 3]
            return [WorstCase("nested n/2 deep", String(decoding: nested, as: UTF8.self)),
                    WorstCase("nested, last closer wrong", String(decoding: mismatched, as: UTF8.self))]
        }
    )
}
