import Foundation
import PracticeCatalog
import PracticeModel

/// A test stored with a problem (an example, a user test, a counterexample), as the caller read it.
package struct StoredTest: Sendable, Equatable {
    package var id: Int64?
    package var origin: TestOrigin
    package var input: String
    /// The reference's answer stored with the test, and the reference version that gave it (nil: none yet).
    package var expected: String?
    package var referenceVersion: String?
    package var seed: Int64?
    package var size: Int?

    package init(id: Int64?, origin: TestOrigin, input: String, expected: String?, referenceVersion: String?,
                 seed: Int64? = nil, size: Int? = nil) {
        self.id = id
        self.origin = origin
        self.input = input
        self.expected = expected
        self.referenceVersion = referenceVersion
        self.seed = seed
        self.size = size
    }
}

/// Which tests a judgement runs, in order, before any input is made or any answer computed: what `TestPlanner`
/// decides. `tests(oracle:cache:jobs:)` turns it into the tests the runner runs.
package struct TestPlan: Sendable, Equatable {
    /// One test of the plan.
    package struct Entry: Sendable, Equatable {
        package enum Source: Sendable, Equatable {
            /// A stored test; `needsAnswer`: its answer is missing or from another reference version.
            case stored(StoredTest, needsAnswer: Bool)
            /// A generated test, made again from its (seed, size).
            case random(RandomTestKey)
            /// A shape that is slowest for naive solutions at `size` (the maximum), made while planning.
            case worstCase(name: String, input: String, size: Int)
        }

        /// 1-based position in the plan.
        package let ordinal: Int
        package let origin: TestOrigin
        /// 1-based position among the tests of its kind (origin; worst cases apart): the number in its label.
        package let number: Int
        /// "example 2", "random 17", "counterexample 1", "user test 3", "worst case 2 (k = n/2)".
        package let label: String
        package let source: Source

        package var testCaseId: Int64? { if case .stored(let test, _) = source { test.id } else { nil } }
        package var seed: Int64? {
            switch source {
            case .stored(let test, _): test.seed
            case .random(let key): key.seed
            case .worstCase: nil
            }
        }
        package var size: Int? {
            switch source {
            case .stored(let test, _): test.size
            case .random(let key): key.size
            case .worstCase(_, _, let size): size
            }
        }
    }

    package let entries: [Entry]
    /// The reference version the plan's answers must come from.
    package let referenceVersion: String

    /// The random tests' keys, in plan order.
    var randomKeys: [RandomTestKey] {
        entries.compactMap { if case .random(let key) = $0.source { key } else { nil } }
    }
}

/// Plans a judgement's tests, purely: the same stored tests, reference version, seed, count and maximum size give the
/// same plan. Stored counterexamples first (earlier failures), then examples and user tests, each kind by id; then
/// `randomCount` seeded random tests of growing size; then the problem's worst cases at its maximum size.
package enum TestPlanner {
    /// The order of stored tests by origin; any other origin comes after these.
    static let storedOrder: [TestOrigin] = [.counterexample, .example, .user]

    /// The plan. `worstCases` gives the problem's slowest shapes for a seed and size (deterministic; none for a user
    /// problem); random tests and worst cases need a generator (`maxSize`) and `randomCount > 0`.
    package static func plan(stored: [StoredTest], referenceVersion: String, seed: Int64, randomCount: Int, maxSize: Int?,
                             worstCases: (_ seed: UInt64, _ size: Int) -> [(name: String, input: String)] = { _, _ in [] })
        -> TestPlan {
        let ordered = stored.sorted { lhs, rhs in
            let left = storedOrder.firstIndex(of: lhs.origin) ?? storedOrder.count
            let right = storedOrder.firstIndex(of: rhs.origin) ?? storedOrder.count
            return left != right ? left < right : (lhs.id ?? 0) < (rhs.id ?? 0)
        }
        var entries: [TestPlan.Entry] = []
        var counts: [TestOrigin: Int] = [:]
        for test in ordered {
            counts[test.origin, default: 0] += 1
            let needsAnswer = test.expected == nil || test.referenceVersion != referenceVersion
            let number = counts[test.origin] ?? 0
            entries.append(TestPlan.Entry(ordinal: entries.count + 1, origin: test.origin, number: number,
                                          label: "\(test.origin.label) \(number)",
                                          source: .stored(test, needsAnswer: needsAnswer)))
        }
        guard let maxSize, randomCount > 0 else { return TestPlan(entries: entries, referenceVersion: referenceVersion) }
        let keys = zip(seeds(attemptSeed: seed, count: randomCount), sizes(count: randomCount, maxSize: maxSize))
            .map { RandomTestKey(seed: $0, size: $1) }
        for (number, key) in keys.enumerated() {
            entries.append(TestPlan.Entry(ordinal: entries.count + 1, origin: .random, number: number + 1,
                                          label: "random \(number + 1)", source: .random(key)))
        }
        for (number, worst) in worstCases(UInt64(bitPattern: worstCaseSeed(attemptSeed: seed)), maxSize).enumerated() {
            entries.append(TestPlan.Entry(ordinal: entries.count + 1, origin: .random, number: number + 1,
                                          label: "worst case \(number + 1) (\(worst.name))",
                                          source: .worstCase(name: worst.name, input: worst.input, size: maxSize)))
        }
        return TestPlan(entries: entries, referenceVersion: referenceVersion)
    }

    /// `count` sizes growing from 1 to `maxSize` (the last one is `maxSize`).
    package static func sizes(count: Int, maxSize: Int) -> [Int] {
        guard count > 0 else { return [] }
        let top = Double(max(1, maxSize))
        return (0..<count).map { index in
            let fraction = Double(index + 1) / Double(count)
            return min(maxSize, max(1, Int(pow(top, fraction).rounded())))
        }
    }

    /// `count` per-test seeds derived from the attempt's seed.
    package static func seeds(attemptSeed: Int64, count: Int) -> [Int64] {
        var generator = SplitMix64(seed: UInt64(bitPattern: attemptSeed))
        return (0..<count).map { _ in Int64(bitPattern: generator.next() >> 1) }
    }

    /// The seed of the worst cases, drawn from the attempt's seed apart from the random tests' seeds.
    static func worstCaseSeed(attemptSeed: Int64) -> Int64 {
        var generator = SplitMix64(seed: UInt64(bitPattern: attemptSeed) ^ 0x5752_4F53_5443_4153)
        return Int64(bitPattern: generator.next() >> 1)
    }

    /// A fresh attempt seed: small enough to read and type back (`--seed`).
    package static func freshSeed() -> Int64 { Int64.random(in: 0..<(1 << 31)) }
}

/// A stored test answered again while making the tests (its answer was missing or stale): the caller stores it.
package struct RefreshedAnswer: Sendable, Equatable {
    package let testCaseId: Int64
    package let expected: String
    package let referenceVersion: String
}

extension TestPlan {
    /// The tests the runner runs, and the stored tests answered again.
    ///
    /// Stale stored answers are computed now, all at once. A catalog problem's random tests are made by the worker that
    /// runs them: the input from (seed, size), the answer from `cache` or the in-process reference (then stored in
    /// `cache`); the tests hold neither. Worst cases are answered now (a few inputs, made while planning). A user
    /// problem's generator and reference are programs: run now, in parallel, so that their failures are judge errors of
    /// the tests they were for; new answers are stored in `cache` and flushed.
    package func tests(oracle: any Oracle, cache: any AnswerCache, jobs: Int) -> (tests: [PlannedTest], refreshed: [RefreshedAnswer]) {
        let storedEntries = entries.filter { if case .stored(_, true) = $0.source { true } else { false } }
        let storedInputs = storedEntries.map { if case .stored(let test, _) = $0.source { test.input } else { "" } }
        var answers: [Int: Result<String, JudgeFailure>] = [:]
        var refreshed: [RefreshedAnswer] = []
        for (entry, answer) in zip(storedEntries, oracle.solveAll(storedInputs, jobs: jobs)) {
            guard case .stored(let test, _) = entry.source else { continue }
            switch answer {
            case .success(let expected):
                answers[entry.ordinal] = .success(expected)
                if let id = test.id { refreshed.append(RefreshedAnswer(testCaseId: id, expected: expected, referenceVersion: referenceVersion)) }
            case .failure(let failure):
                answers[entry.ordinal] = .failure(JudgeFailure(message: "on stored test #\(test.id ?? 0): \(failure.message)"))
            }
        }

        let keys = randomKeys
        cache.plan(keys)
        // By position among the random tests: a user problem's, made now.
        let generated = oracle.catalogProblem == nil ? programTests(keys, oracle: oracle, cache: cache, jobs: jobs) : []
        var tests: [PlannedTest] = []
        for entry in entries {
            switch entry.source {
            case .stored(let test, _):
                tests.append(PlannedTest(ordinal: entry.ordinal, origin: entry.origin, label: entry.label, testCaseId: test.id,
                                         seed: test.seed, size: test.size, input: test.input,
                                         expected: answers[entry.ordinal] ?? .success(test.expected ?? "")))
            case .random(let key):
                if entry.number <= generated.count {
                    let (input, expected) = generated[entry.number - 1]
                    tests.append(PlannedTest(ordinal: entry.ordinal, origin: .random, label: entry.label, testCaseId: nil,
                                             seed: key.seed, size: key.size, input: input, expected: expected))
                    continue
                }
                let place = "random test \(entry.number) (seed \(key.seed), size \(key.size))"
                tests.append(PlannedTest(ordinal: entry.ordinal, origin: .random, label: entry.label, testCaseId: nil,
                                         seed: key.seed, size: key.size) {
                    (try? oracle.generate(seed: UInt64(bitPattern: key.seed), size: key.size)) ?? ""
                } answer: { input in
                    if let known = cache.answer(for: key) { return .success(known) }
                    return Result { () throws(JudgeFailure) in try oracle.solve(input) }
                        .map { answer in cache.store(answer, for: key); return answer }
                        .mapError { JudgeFailure(message: "on \(place): \($0.message)") }
                })
            case .worstCase(let name, let input, let size):
                let answer = Result { () throws(JudgeFailure) in try oracle.solve(input) }
                    .mapError { JudgeFailure(message: "on worst case \(entry.number) (\(name)): \($0.message)") }
                tests.append(PlannedTest(ordinal: entry.ordinal, origin: .random, label: entry.label, testCaseId: nil,
                                         seed: nil, size: size, input: input, expected: answer))
            }
        }
        return (tests, refreshed)
    }

    /// A user problem's random tests, generated and answered now by its programs; answers from `cache` where it has
    /// them, the others stored in it.
    private func programTests(_ keys: [RandomTestKey], oracle: any Oracle, cache: any AnswerCache, jobs: Int)
        -> [(input: String, expected: Result<String, JudgeFailure>)] {
        guard !keys.isEmpty else { return [] }
        let cached = keys.map { cache.answer(for: $0) }
        let generated = oracle.generateAll(keys, jobs: jobs)
        let unsolved = keys.indices.filter { cached[$0] == nil && (try? generated[$0].get()) != nil }
        let solved = Dictionary(uniqueKeysWithValues: zip(unsolved, oracle.solveAll(unsolved.map { (try? generated[$0].get()) ?? "" },
                                                                                      jobs: jobs)))
        var tests: [(input: String, expected: Result<String, JudgeFailure>)] = []
        var computed = false
        for (index, key) in keys.enumerated() {
            let place = "random test (seed \(key.seed), size \(key.size))"
            switch generated[index] {
            case .failure(let failure):
                tests.append(("", .failure(JudgeFailure(message: "generating \(place): \(failure.message)"))))
            case .success(let input):
                if let answer = cached[index] {
                    tests.append((input, .success(answer)))
                } else {
                    let expected = (solved[index] ?? .failure(JudgeFailure(message: "no answer")))
                        .mapError { JudgeFailure(message: "on \(place): \($0.message)") }
                    if case .success(let answer) = expected {
                        cache.store(answer, for: key)
                        computed = true
                    }
                    tests.append((input, expected))
                }
            }
        }
        if computed { cache.flush() }
        return tests
    }
}

/// Text cut to a length a terminal and the database can hold.
package func excerpt(_ text: String, limit: Int = 2_000) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit)) + "… (\(text.count - limit) more characters)"
}
