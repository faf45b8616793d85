/// LeetCode 155: a stack that also answers, in constant time, what its smallest value is.
public struct MinStack: DeclaredProblem {
    public init() {}
    static let values = -2_147_483_648...2_147_483_647

    public static let declaration = ProblemDeclaration(
        155, "min-stack", "Min Stack", .medium, tags: ["stack", "design"],
        design: Design("MinStack", methods: [
            DesignMethod("push", ["val": .int(values)], weight: 4),
            DesignMethod("pop", weight: 3),
            DesignMethod("top", returns: .int(values)),
            DesignMethod("getMin", returns: .int(values), weight: 2),
        ], calls: 1...30_000),
        examples: [
            .calls(["MinStack", "push", "push", "push", "getMin", "pop", "pop", "top", "getMin"], [[], [4], [-1], [7], [], [], [], [], []]),
            .calls(["MinStack", "push", "push", "getMin", "pop", "getMin"], [[], [2], [2], [], [], []]),
            .calls(["MinStack", "push", "top", "getMin"], [[], [-2_147_483_648], [], []]),
        ],
        description: """
            Write a class `MinStack`: a stack of integers that can also tell, at any moment, the smallest value it \
            holds. `push(val)` puts `val` on top, `pop()` removes the top value, `top()` returns the top value without \
            removing it, and `getMin()` returns the smallest value currently in the stack.

            Every one of these operations must take constant time, whatever the stack holds.
            """,
        constraints: ["`pop`, `top` and `getMin` are only called when the stack is not empty"],
        version: "155.1",
        // Each entry keeps the smallest value at or below it, so a pop restores the previous minimum by itself.
        solve: MinStackModel.self,
        bruteForce: ScanningMinStack.self,
        // Ascending pushes then as many getMin calls: scanning the stack for each minimum is quadratic (n^2/4 looks).
        worstCases: { _, count in
            let pushes = max(1, count / 2)
            return [WorstCase("n/2 ascending pushes, then n/2 getMin", Call("MinStack"),
                              (0..<pushes).map { Call("push", [.int($0 - pushes / 2)]) }
                                  + Array(repeating: Call("getMin"), count: count - pushes))]
        }
    )
}

/// The reference: a stack of (value, minimum so far) pairs.
final class MinStackModel: DesignModel {
    private var entries: [(value: Int, minimum: Int)] = []

    init(_ constructor: Call) {}

    func refusal(of call: Call) -> String? {
        call.method != "push" && entries.isEmpty ? "the stack is empty" : nil
    }

    func answer(_ call: Call) -> (any ResultValue)? {
        switch call.method {
        case "push":
            let value = call.int(0)
            entries.append((value, min(value, entries.last?.minimum ?? value)))
            return nil
        case "pop":
            entries.removeLast()
            return nil
        case "top": return entries[entries.count - 1].value
        default: return entries[entries.count - 1].minimum
        }
    }
}

/// The brute force: a plain array, scanned for each minimum.
final class ScanningMinStack: DesignModel {
    private var values: [Int] = []

    init(_ constructor: Call) {}

    func answer(_ call: Call) -> (any ResultValue)? {
        switch call.method {
        case "push": values.append(call.int(0)); return nil
        case "pop": values.removeLast(); return nil
        case "top": return values.last ?? 0
        default: return values.min() ?? 0
        }
    }
}
