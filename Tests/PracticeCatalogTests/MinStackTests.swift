import Testing
import PracticeCatalog
import PracticeModel

/// LeetCode 155, the catalog's first design problem: the kit's class declarations, validation by replay, the call
/// generator, shrinking by dropping calls, and the check that names the first wrong call.
@Suite struct MinStackTests {
    let problem = MinStack()

    private func calls(_ names: [String], _ arguments: [JSONValue]) -> TestInput { .calls(names, arguments) }

    @Test func declaresTheClassLeetCodeDoes() throws {
        #expect(problem.slug == "min-stack" && problem.number == 155 && problem.difficulty == .medium)
        let design = try #require(problem.signature.design)
        #expect(design.className == "MinStack" && design.constructor.isEmpty)
        #expect(design.methods.map(\.name) == ["push", "pop", "top", "getMin"])
        #expect(design.methods.map(\.returnType) == [nil, nil, "Int", "Int"])
        #expect(design.method(named: "push")?.parameters == [Parameter(name: "val", type: "Int")])
        // A test is LeetCode's two arrays.
        #expect(problem.signature.functionName == "MinStack" && problem.signature.parameters.count == 2)
        #expect(problem.maxSize == 30_000 && problem.checksInput)
        #expect(problem.statement.contains("## Class\n`MinStack`, with:\n- `MinStack()`, the constructor\n- `push(val: Int)`, which returns nothing"))
        #expect(problem.statement.contains("- `getMin() -> Int`"))
        #expect(problem.statement.contains("between 1 and 3 * 10^4 calls are made after the constructor"))
        #expect(problem.statement.contains("e.g. `[null,null,null,null,-1,null,null,4,4]`"))
    }

    @Test func answersTheExamplesWithNullForTheConstructorAndVoidCalls() throws {
        let expected: [JSONValue] = [[nil, nil, nil, nil, -1, nil, nil, 4, 4], [nil, nil, nil, 2, nil, 2],
                                     [nil, nil, -2_147_483_648, -2_147_483_648]]
        #expect(try problem.examples.map(problem.solve) == expected)
        #expect(try problem.examples.map(problem.bruteForce) == expected)
    }

    @Test(arguments: [
        (#"["MinStack","pop"]"#, #"[[],[]]"#, "call 1 (pop) may not be made here: the stack is empty"),
        (#"["MinStack","push","pop","getMin"]"#, #"[[],[1],[],[]]"#, "call 3 (getMin) may not be made here: the stack is empty"),
        (#"["Stack","push"]"#, #"[[],[1]]"#, #"the first call must be the constructor "MinStack", got "Stack""#),
        (#"["MinStack","push"]"#, #"[[],[]]"#, "arguments[1]: push takes 1 argument, got 0"),
        (#"["MinStack","push"]"#, #"[[],["7"]]"#, #"call 1 (push), argument 1: val must be an integer, got "7""#),
        (#"["MinStack","push"]"#, #"[[],[2147483648]]"#, "call 1 (push), argument 1:"),
        (#"["MinStack","peek"]"#, #"[[],[]]"#, #"operations[1] = "peek" is not a method of MinStack (push, pop, top, getMin)"#),
        (#"["MinStack","push","top"]"#, #"[[],[1]]"#, "operations has 3 calls but arguments has 2 arrays"),
        (#"["MinStack"]"#, #"[[]]"#, "the number of calls after the constructor must be between 1 and 30000, got 0"),
        (#"{"op":"push"}"#, #"[]"#, "operations must be a JSON array of method names"),
    ])
    func rejectsCallsTheStatementForbidsNamingTheCall(names: String, arguments: String, message: String) throws {
        let input = TestInput(arguments: [try JSONValue.parse(names), try JSONValue.parse(arguments)])
        let error = #expect(throws: CatalogError.self) { try problem.validate(input) }
        #expect(error?.localizedDescription.contains(message) == true, "\(String(describing: error?.localizedDescription))")
    }

    @Test func generatesValidSequencesOfEveryMethodThatMatchTheBruteForce() throws {
        var methods: Set<String> = []
        var sawDuplicateMinimum = false
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed * 37 % 300)
            let generated = problem.generate(seed: seed, size: size)
            try problem.validate(generated)
            #expect(try problem.solve(generated) == problem.bruteForce(generated), "seed \(seed)")
            guard case .array(let names) = generated.arguments[0], case .array(let arguments) = generated.arguments[1] else {
                Issue.record("not two arrays")
                continue
            }
            #expect(names.count == size + 1, "seed \(seed): one constructor and `size` calls")
            names.dropFirst().forEach { methods.insert($0.text ?? "") }
            let pushed = zip(names, arguments).filter { $0.0 == "push" }.map(\.1)
            sawDuplicateMinimum = sawDuplicateMinimum || pushed.count != Set(pushed).count
        }
        #expect(methods == ["push", "pop", "top", "getMin"])
        #expect(sawDuplicateMinimum, "values repeat, so a minimum pushed twice and popped once is tested")
        #expect(problem.generate(seed: 5, size: 40) == problem.generate(seed: 5, size: 40))
    }

    @Test func theWorstCaseMakesAScanningGetMinQuadratic() throws {
        let worst = try #require(problem.worstCases(seed: 1, size: 30_000).first)
        try problem.validate(worst.input)
        guard case .array(let names) = worst.input.arguments[0] else { throw TestInput.ShapeError() }
        #expect(names.count == 30_001 && names.filter { $0 == "getMin" }.count == 15_000)
        try problem.validate(try #require(problem.worstCases(seed: 1, size: 1).first).input)
    }

    @Test func namesTheFirstWrongCallAndItsMethod() throws {
        let input = problem.examples[0]
        let expected = try problem.solve(input).json
        #expect(problem.check(input, expected: expected, actual: "[null,null,null,null,-1,null,null,4,4]") == .accepted)
        #expect(problem.check(input, expected: expected, actual: "[null,null,null,null,-1,null,null,4,-1]")
                == .wrongAnswer("call 8 (getMin): expected 4, got -1"))
        #expect(problem.check(input, expected: expected, actual: "[null,null,null,null,-1,null,null,4]")
                == .wrongAnswer("expected 9 answers, one per call, got 8"))
        #expect(problem.check(input, expected: expected, actual: "-1") == .wrongAnswer("expected an array with one value per call, got -1"))
        #expect(problem.check(input, expected: expected, actual: "") == .wrongAnswer("empty output"))
    }

    @Test func shrinksByDroppingCallsKeepingTheConstructor() throws {
        let input = problem.generate(seed: 3, size: 64)
        let candidates = problem.shrinkCandidates(input)
        #expect(!candidates.isEmpty)
        for candidate in candidates {
            guard case .array(let names) = candidate.arguments[0], case .array(let arguments) = candidate.arguments[1] else {
                throw TestInput.ShapeError()
            }
            #expect(names.first == "MinStack" && names.count == arguments.count && names.count < 65)
        }
        // Some candidates pop an empty stack: they are invalid, and the shrinker's validation drops them.
        #expect(candidates.contains { (try? problem.validate($0)) != nil })
    }
}
