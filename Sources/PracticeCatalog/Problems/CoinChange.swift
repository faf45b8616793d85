/// LeetCode 322: the fewest coins that make up an amount, with unlimited coins of each value.
public struct CoinChange: CatalogProblem {
    /// The most coin values.
    static let maximumCoins = 12
    /// The range every coin value lies in.
    static let coinRange = 1...Int(Int32.max)
    /// The range of the amount.
    static let amountRange = 0...10_000

    public init() {}

    public let slug = "coin-change"
    public let number: Int? = 322
    public let title = "Coin Change"
    public let difficulty = Difficulty.medium
    public let tags = ["dynamic-programming", "array"]
    public let sourceURL: String? = "https://leetcode.com/problems/coin-change/"
    public let signature = Signature(
        functionName: "coinChange",
        parameters: [Parameter(name: "coins", type: "[Int]"), Parameter(name: "amount", type: "Int")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[1, 2, 5], 11]),
        TestInput(arguments: [[2], 3]),
        TestInput(arguments: [[1], 0]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = amountRange.upperBound
    public let version = "322.1"

    public let statement = """
        You are given the distinct coin values `coins` and an `amount`. You may use as many \
        coins of each value as you like. Return the smallest number of coins whose values add up \
        to exactly `amount`, or `-1` when no combination does. An `amount` of `0` takes `0` coins.

        Taking the largest coin that fits, again and again, is not always best: with coins \
        `[1,3,4]` and amount `6` it takes `4+1+1` (3 coins), but `3+3` needs only 2.

        ## Function
        `coinChange(coins: [Int], amount: Int) -> Int`

        ## Input
        Two lines on standard input: `coins` as a JSON array of integers, then `amount` as a \
        JSON integer, e.g. `[1,2,5]` and `11`.

        ## Output
        One line on standard output: the fewest number of coins, or `-1`, as a JSON integer, \
        e.g. `3`.

        ## Constraints
        - `1 <= coins.length <= 12`
        - `1 <= coins[i] <= 2^31 - 1`, and the values are distinct
        - `0 <= amount <= 10^4`
        """

    // MARK: Generation

    /// The coin systems the generator draws from, so greedy traps and impossible amounts are common.
    private enum Shape: CaseIterable {
        /// Random values, sometimes with 1 (then every amount is reachable).
        case random
        /// Few coins that are large relative to the amount: many amounts are unreachable.
        case sparse
        /// Only even coins; an odd amount is unreachable.
        case even
        /// A system where taking the largest coin first is wrong, like [1, 3, 4].
        case greedyTrap
        /// Huge values (up to 2^31 - 1) that never fit, beside a few that do.
        case huge
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let limit = min(max(size, 1), maxSize)
        let amount = rng.int(in: 0...9) == 0 ? 0 : rng.int(in: (limit + 1) / 2...limit)
        let count = rng.int(in: 1...Self.maximumCoins)
        // Coins up to half again the largest amount: some never fit, and tiny sizes still vary.
        let ceiling = max(4, limit + limit / 2)
        var coins: Set<Int> = []
        switch rng.element(of: Shape.allCases) {
        case .random:
            if rng.int(in: 0...1) == 0 { coins.insert(1) }
            Self.fill(&coins, to: count, from: 1...ceiling, using: &rng)
        case .sparse:
            Self.fill(&coins, to: rng.int(in: 1...3), from: max(1, ceiling / 8)...ceiling, using: &rng)
        case .even:
            Self.fill(&coins, to: count, from: 1...max(1, ceiling / 2), using: &rng)
            coins = Set(coins.map { $0 * 2 })
        case .greedyTrap:
            let unit = rng.int(in: 1...max(1, ceiling / 8))
            coins = [unit, 3 * unit, 4 * unit]
            Self.fill(&coins, to: count, from: 1...ceiling, using: &rng)
        case .huge:
            let hugeCount = rng.int(in: 1...3)
            Self.fill(&coins, to: hugeCount, from: (Self.coinRange.upperBound - 1000)...Self.coinRange.upperBound, using: &rng)
            Self.fill(&coins, to: max(count, hugeCount + 1), from: 1...ceiling, using: &rng)
        }
        var values = coins.sorted()
        rng.shuffle(&values, in: values.indices)
        return TestInput(arguments: [.array(values.map(JSONValue.int)), .int(amount)])
    }

    /// Adds random values from `range` until `coins` holds `count` of them (or the range is used up).
    private static func fill(_ coins: inout Set<Int>, to count: Int, from range: ClosedRange<Int>, using rng: inout SplitMix64) {
        let target = min(count, maximumCoins, coins.count + range.count - coins.filter(range.contains).count)
        while coins.count < target {
            coins.insert(rng.int(in: range))
        }
    }

    // MARK: Worst cases

    /// The largest amount with the coins 1 to 12: plain recursion branches twelve ways at every
    /// step, and memoised recursion goes `amount` calls deep. Then the first twelve multiples of
    /// one unit with an amount that is not a multiple, so no combination reaches it (-1) and a
    /// search that stops at its first find, or prunes by the best so far, explores everything.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let limit = min(max(size, 1), maxSize)
        let unit = rng.int(in: 2...5)
        let multiples = (1...Self.maximumCoins).map { $0 * unit }
        let unreachable = limit % unit == 0 ? limit - 1 : limit
        var small = Array(1...Self.maximumCoins)
        rng.shuffle(&small, in: small.indices)
        func input(_ coins: [Int], _ amount: Int) -> TestInput {
            TestInput(arguments: [.array(coins.map(JSONValue.int)), .int(amount)])
        }
        return [
            WorstCase("coins 1 to 12, largest amount", input(small, limit)),
            WorstCase("multiples of \(unit), unreachable amount", input(multiples, unreachable)),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> (coins: [Int], amount: Int) {
        try input.requireArity(signature.parameters.count)
        let coins = try input.arguments[0].integers(named: "coins")
        try Constraint.count(coins.count, of: "the number of coins", in: 1...Self.maximumCoins)
        try Constraint.values(coins, named: "coins", in: Self.coinRange)
        for (index, value) in coins.enumerated() {
            if let first = coins.firstIndex(of: value), first < index {
                throw .invalidInput("coins[\(index)] = \(value) repeats coins[\(first)]; coin values must be distinct")
            }
        }
        let amount = try input.arguments[1].integer(named: "amount")
        try Constraint.count(amount, of: "amount", in: Self.amountRange)
        return (coins, amount)
    }

    /// Bottom-up dynamic programming: fewest[a] = 1 + min over coins c <= a of fewest[a - c].
    /// O(amount x coins) time, O(amount) space.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (coins, amount) = try decode(input)
        let unreachable = Int.max
        var fewest = [Int](repeating: unreachable, count: amount + 1)
        fewest[0] = 0
        for total in stride(from: 1, through: amount, by: 1) {
            for coin in coins where coin <= total && fewest[total - coin] != unreachable {
                fewest[total] = min(fewest[total], fewest[total - coin] + 1)
            }
        }
        return .int(fewest[amount] == unreachable ? -1 : fewest[amount])
    }

    /// Breadth-first search over the sums reachable with 1, 2, 3, ... coins: the first level that
    /// reaches `amount` is the answer.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (coins, amount) = try decode(input)
        var seen: Set<Int> = [0]
        var level: [Int] = [0]
        var used = 0
        while !level.isEmpty {
            if level.contains(amount) { return .int(used) }
            level = level.flatMap { sum in coins.map { sum + $0 } }.filter { $0 <= amount && seen.insert($0).inserted }
            used += 1
        }
        return .int(-1)
    }
}
