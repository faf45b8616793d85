import Testing
import PracticeCatalog

@Suite struct CoinChangeTests {
    let problem = CoinChange()

    private func input(_ coins: [Int], _ amount: Int) -> TestInput { .intsAndInt(coins, amount) }

    /// The generated (coins, amount).
    private func arguments(_ input: TestInput) throws -> (coins: [Int], amount: Int) { try input.intsAndInt() }

    @Test func describesLeetCode322() {
        #expect(problem.slug == "coin-change" && problem.number == 322)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["dynamic-programming", "array"])
        #expect(problem.signature.functionName == "coinChange")
        #expect(problem.signature.parameters == [Parameter(name: "coins", type: "[Int]"), Parameter(name: "amount", type: "Int")])
        #expect(problem.signature.returnType == "Int")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 10_000)
        #expect(problem.version == "322.2")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[1,2,5]\n11\n", "[2]\n3\n", "[1]\n0\n"])
        #expect(try problem.examples.map(problem.solve) == [3, -1, 0])
        #expect(try problem.examples.map(problem.bruteForce) == [3, -1, 0])
    }

    @Test(arguments: [
        ([1, 3, 4], 6, 2),
        ([4, 3, 1], 6, 2),
        ([2], 0, 0),
        ([7, 11], 25, 3),
        ([7, 11], 24, -1),
        ([2_147_483_647], 10_000, -1),
        ([2_147_483_647, 1], 3, 3),
        ([186, 419, 83, 408], 6249, 20),
        ([1], 10_000, 10_000),
        ([9, 6, 5, 1], 11, 2),
    ])
    func answersHandPickedCases(coins: [Int], amount: Int, expected: Int) throws {
        #expect(try problem.solve(input(coins, amount)) == .int(expected))
        #expect(try problem.bruteForce(input(coins, amount)) == .int(expected))
    }

    @Test func referenceMatchesBruteForceAtMaximumSize() throws {
        for seed in UInt64(0)..<20 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed)")
        }
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<300 {
            let size = 1 + Int(seed * 97 % 10_000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try arguments(input).amount <= size)
        }
    }

    @Test func generatesVariedShapes() throws {
        var impossible = 0
        var zeroAmount = 0
        var hugeCoins = 0
        var greedyFails = 0
        var manyCoins = 0
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 200)
            let (coins, amount) = try arguments(input)
            guard case .int(let answer) = try problem.solve(input) else { continue }
            if answer == -1 { impossible += 1 }
            if amount == 0 { zeroAmount += 1 }
            if coins.contains(where: { $0 > 1_000_000 }) { hugeCoins += 1 }
            if coins.count >= 10 { manyCoins += 1 }
            // Largest coin first, as long as it fits.
            var rest = amount
            var greedyCount = 0
            for coin in coins.sorted(by: >) {
                greedyCount += rest / coin
                rest %= coin
            }
            if answer != -1 && (rest != 0 || greedyCount != answer) { greedyFails += 1 }
        }
        let counts = "\(impossible) impossible, \(zeroAmount) zero, \(hugeCoins) huge, \(greedyFails) greedy fails, \(manyCoins) many"
        #expect(impossible > 20 && zeroAmount > 10 && hugeCoins > 20 && greedyFails > 10 && manyCoins > 20, "\(counts)")
    }

    @Test(arguments: [
        (TestInput(arguments: [[], 1]), "the number of coins must be between 1 and 12, got 0"),
        (TestInput(arguments: [.array(Array(1...13).map(JSONValue.int)), 1]), "the number of coins must be between 1 and 12, got 13"),
        (TestInput(arguments: [[1, 0], 1]), "coins[1] = 0 is outside [1, 2147483647]"),
        (TestInput(arguments: [[2_147_483_648], 1]), "coins[0] = 2147483648 is outside [1, 2147483647]"),
        (TestInput(arguments: [[1, 2.5], 1]), "coins[1] must be an integer, got 2.5"),
        (TestInput(arguments: [[5, 2, 5], 1]), "coins[2] = 5 repeats coins[0]; coin values must be distinct"),
        (TestInput(arguments: [5, 1]), "coins must be an array of integers, got 5"),
        (TestInput(arguments: [[1], -1]), "amount must be between 0 and 10000, got -1"),
        (TestInput(arguments: [[1], 10_001]), "amount must be between 0 and 10000, got 10001"),
        (TestInput(arguments: [[1], 3.0]), "amount must be an integer, got 3.0"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([1, 2_147_483_647], 0))
        try problem.validate(input(Array(1...12), 10_000))
    }

    @Test func worstCasesUseTwelveSmallCoinsAndAnUnreachableAmount() throws {
        for size in [1, 2, 60, 10_000] {
            let cases = problem.worstCases(seed: 7, size: size)
            #expect(cases.count == 3)
            let (small, amount) = try arguments(cases[0].input)
            #expect(small.sorted() == Array(1...12) && amount == size)
            #expect(try problem.solve(cases[0].input) == .int((size + 11) / 12))
            let (multiples, unreachable) = try arguments(cases[1].input)
            #expect(multiples.count == 12 && unreachable >= size - 1 && unreachable <= size)
            #expect(try problem.solve(cases[1].input) == .int(-1))
            // Two coins of k; largest first takes k + 1 and k - 1 ones.
            let k = max(3, size / 2)
            let (coins, trap) = try arguments(cases[2].input)
            #expect(coins.sorted() == [1, k, k + 1] && trap == 2 * k)
            #expect(try problem.solve(cases[2].input) == .int(2))
        }
    }
}
