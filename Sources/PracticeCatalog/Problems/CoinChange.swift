/// LeetCode 322: the fewest coins that make up an amount, with unlimited coins of each value.
public struct CoinChange: DeclaredProblem {
    public init() {}
    static let (coinValues, maximumCoins) = (1...Int(Int32.max), 12)

    public static let declaration = ProblemDeclaration(
        322, "coin-change", "Coin Change", .medium, tags: ["dynamic-programming", "array"],
        function: "coinChange",
        parameters: ["coins": .array(.int(coinValues), count: 1...maximumCoins, countName: "the number of coins"),
                     "amount": .int(0...10_000)],
        returns: .int(-1...10_000), examples: [.of([1, 2, 5], 11), .of([2], 3), .of([1], 0)],
        description: """
            You are given the distinct coin values `coins` and an `amount`. You may use as many coins of each value \
            as you like. Return the smallest number of coins whose values add up to exactly `amount`, or `-1` when \
            no combination does. An `amount` of `0` takes `0` coins.

            Taking the largest coin that fits, again and again, is not always best: with coins `[1,3,4]` and amount \
            `6` it takes `4+1+1` (3 coins), but `3+3` needs only 2.
            """,
        output: "the fewest number of coins, or `-1`", constraints: ["the values of `coins` are distinct"],
        maxSize: 10_000, version: "322.2",
        rule: Rule { (coins: [Int], _: Int) -> String? in
            for (index, value) in coins.enumerated() {
                if let first = coins.firstIndex(of: value), first < index {
                    return "coins[\(index)] = \(value) repeats coins[\(first)]; coin values must be distinct"
                }
            }
            return nil
        },
        // Fewest coins for every total up to the amount, each from the totals one coin less. O(amount * coins).
        solve: Solution { (coins: [Int], amount: Int) -> Int in
            var fewest = [Int](repeating: Int.max, count: amount + 1)
            fewest[0] = 0
            for total in stride(from: 1, through: amount, by: 1) {
                for coin in coins where coin <= total && fewest[total - coin] != Int.max {
                    fewest[total] = min(fewest[total], fewest[total - coin] + 1)
                }
            }
            return fewest[amount] == Int.max ? -1 : fewest[amount]
        },
        // Breadth-first over the sums reachable with 0, 1, 2, ... coins.
        bruteForce: Solution { (coins: [Int], amount: Int) -> Int in
            var (seen, level, used): (Set<Int>, [Int], Int) = ([0], [0], 0)
            while !level.isEmpty {
                if level.contains(amount) { return used }
                level = level.flatMap { sum in coins.map { sum + $0 } }
                    .filter { $0 <= amount && seen.insert($0).inserted }
                used += 1
            }
            return -1
        },
        // Amounts from size/2 to size (or 0); coins random (often with 1), sparse, even, a greedy trap
        // (u, 3u, 4u) or huge, up to half again the amount so that some never fit.
        generate: Generator { rng, limit -> ([Int], Int) in
            let amount = rng.int(in: 0...9) == 0 ? 0 : rng.int(in: (limit + 1) / 2...limit)
            let count = rng.int(in: 1...maximumCoins)
            let ceiling = max(4, limit + limit / 2)
            var coins: Set<Int> = []
            switch rng.int(in: 0...4) {
            case 0:
                if rng.int(in: 0...1) == 0 { coins.insert(1) }
                rng.fill(&coins, to: count, from: 1...ceiling)
            case 1:
                let sparse = rng.int(in: 1...3)
                rng.fill(&coins, to: sparse, from: max(1, ceiling / 8)...ceiling)
            case 2:
                rng.fill(&coins, to: count, from: 1...max(1, ceiling / 2))
                coins = Set(coins.map { $0 * 2 })
            case 3:
                let unit = rng.int(in: 1...max(1, ceiling / 8))
                coins = [unit, 3 * unit, 4 * unit]
                rng.fill(&coins, to: count, from: 1...ceiling)
            default:
                let huge = rng.int(in: 1...3)
                rng.fill(&coins, to: huge, from: (coinValues.upperBound - 1000)...coinValues.upperBound)
                rng.fill(&coins, to: max(count, huge + 1), from: 1...ceiling)
            }
            return (rng.shuffled(coins.sorted()), amount)
        },
        // Coins 1 to 12 at the largest amount (recursion without memo branches 12 ways), and multiples of one
        // unit with an amount it does not divide (nothing is reachable, so nothing stops early). And the trap of
        // taking the largest coin first, always, not by chance: coins 1, k and k + 1 at amount 2k are 2 coins, where
        // greedy takes k + 1 and then k - 1 ones (random tests with a trap were too rare: 30 of them could miss it).
        worstCases: { rng, limit in
            let unit = rng.int(in: 2...5)
            let (multiples, unreachable) = ((1...maximumCoins).map { $0 * unit }, limit % unit == 0 ? limit - 1 : limit)
            let k = max(3, limit / 2)  // at least [1,3,4] and 6, the statement's own trap
            return [WorstCase("coins 1 to 12, largest amount", rng.shuffled(Array(1...maximumCoins)), limit),
                    WorstCase("multiples of \(unit), unreachable amount", multiples, unreachable),
                    WorstCase("largest coin first fails: coins 1, k, k + 1, amount 2k", rng.shuffled([1, k, k + 1]), 2 * k)]
        }
    )
}
