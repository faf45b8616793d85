/// A catalog problem as a declaration: what LeetCode calls it, typed parameters with their constraints, the
/// result type, examples, the statement's prose, and a typed reference and brute force. Validation, the
/// statement's Function/Input/Output/Constraints sections, the generator, shrinking and the JSON encoding of
/// results are derived; a problem adds a rule, a generator, worst cases or an answer check only where its
/// meaning needs them. See docs/ARCHITECTURE.md ("Catalog problems as declarations").
public struct ProblemDeclaration: CatalogProblem {
    public let slug: String
    public let number: Int?
    public let title: String
    public let difficulty: Difficulty
    public let tags: [String]
    public let sourceURL: String?
    public let signature: Signature
    public let examples: [TestInput]
    public let limits: Limits
    public let checker: Checker
    public let maxSize: Int
    public let version: String
    public private(set) var statement: String
    /// How the statement's Output section names the answer, e.g. "the two indices in increasing order".
    let output: String?
    /// Constraint lines the types do not say, e.g. "the values of `nums` are distinct".
    let constraints: [String]
    let types: [ValueType]
    let rule: Rule?
    let reference: Solution
    let brute: Solution
    let generator: Generator?
    let worst: (@Sendable (inout SplitMix64, Int) -> [WorstCase])?
    let answerCheck: AnswerCheck?
    /// A design problem's class, models and generator (nil for a function).
    let design: DesignBehaviour?

    /// - Parameters:
    ///   - url: where the problem comes from; a numbered problem defaults to LeetCode's page for its slug
    ///     (`https://leetcode.com/problems/<slug>/`).
    ///   - parameters: the arguments in order, e.g. `["nums": .array(.int(-10...10), count: 1...100), "k": ...]`.
    ///   - description: the statement's opening prose (our own words); `notes` follow the Constraints section
    ///     (a "## Follow-up" heading and text, or a remark).
    ///   - rule: constraints beyond the types, checked after them.
    ///   - generate: replaces the default generator (which draws each argument from its type's shapes).
    ///   - worstCases: inputs slow for naive solutions, from an RNG seeded per call and the clamped size.
    ///   - check: for problems with several valid answers (then `checksInput` is true).
    ///   - returns: the result type; for an in-place problem (`inPlace:`), nil: the answer is that parameter's final
    ///     value, of its type, and the function returns nothing.
    ///   - cycle: a linked list argument whose last node links back to the node at the index another (integer)
    ///     argument gives, -1 for none (LeetCode 141); the function receives the list only.
    ///   - inPlace: the parameter the function modifies instead of returning an answer (LeetCode's "do not return
    ///     anything, modify nums in-place instead"); `solve` and `bruteForce` return its final value.
    public init(
        _ number: Int?, _ slug: String, _ title: String, _ difficulty: Difficulty, tags: [String], url: String? = nil,
        function: String, parameters: KeyValuePairs<String, ValueType>, returns: ValueType? = nil, inPlace: String? = nil,
        cycle: (list: String, position: String)? = nil, examples: [TestInput],
        description: String, output: String? = nil, constraints: [String] = [], notes: String? = nil,
        limits: Limits = Limits(timeLimit: 2.0, memoryLimitMB: 256), checker: Checker = .json, maxSize: Int? = nil,
        version: String, rule: Rule? = nil, solve: Solution, bruteForce: Solution, generate: Generator? = nil,
        worstCases: (@Sendable (inout SplitMix64, Int) -> [WorstCase])? = nil, check: AnswerCheck? = nil
    ) {
        self.number = number
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        sourceURL = url ?? number.map { _ in "https://leetcode.com/problems/\(slug)/" }
        let modified = inPlace.flatMap { name in parameters.firstIndex { $0.key == name } }
        precondition((inPlace == nil) == (returns != nil) && (inPlace == nil || modified != nil),
                     "\(slug): declare either returns: or inPlace: with a parameter's name")
        let cycleIndices = cycle.map { cycle in
            ListCycle(list: parameters.firstIndex { $0.key == cycle.list }!, position: parameters.firstIndex { $0.key == cycle.position }!)
        }
        signature = Signature(functionName: function, parameters: parameters.map { Parameter($0.key, $0.value) },
                              returns: returns ?? parameters[modified!].value, modifies: modified, cycle: cycleIndices)
        types = parameters.map(\.value)
        self.examples = examples
        self.limits = limits
        self.checker = checker
        self.maxSize = maxSize ?? types.lazy.compactMap(\.maximumSize).first ?? 1
        self.version = version
        self.output = output
        self.constraints = constraints
        self.rule = rule
        reference = solve
        brute = bruteForce
        generator = generate
        worst = worstCases
        answerCheck = check
        design = nil
        statement = ""
        let firstAnswer = examples.first.flatMap { try? self.solve($0) }
        statement = description.trimmingSpaces + "\n\n" + StatementWriter.sections(self, firstAnswer: firstAnswer)
            + (notes.map { "\n" + $0.trimmingSpaces + "\n" } ?? "")
    }

    /// A design problem: LeetCode's "implement the class".
    /// - Parameters:
    ///   - design: the class, its constructor's and methods' typed parameters and results, and how many calls a test
    ///     makes; its largest call count is the largest test size.
    ///   - examples: tests in LeetCode's two-array form, `.calls(["MinStack", "push", ...], [[], [3], ...])`.
    ///   - solve: the reference model of the class; `bruteForce`: a simpler one, which the catalog's tests compare.
    ///   - generate: replaces the default generator (methods drawn by weight, arguments from their types, calls the
    ///     model refuses drawn again).
    ///   - tolerance: for methods that return doubles (`findMedian`), the absolute-or-relative error allowed.
    public init(
        _ number: Int?, _ slug: String, _ title: String, _ difficulty: Difficulty, tags: [String], url: String? = nil,
        design: Design, examples: [TestInput],
        description: String, constraints: [String] = [], notes: String? = nil,
        limits: Limits = Limits(timeLimit: 2.0, memoryLimitMB: 256), tolerance: Double? = nil,
        version: String, solve: any DesignModel.Type, bruteForce: any DesignModel.Type, generate: DesignGenerator? = nil,
        worstCases: (@Sendable (inout SplitMix64, Int) -> [WorstCase])? = nil
    ) {
        self.number = number
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        sourceURL = url ?? number.map { _ in "https://leetcode.com/problems/\(slug)/" }
        signature = Signature(design: design.classDesign)
        types = []
        self.examples = examples
        self.limits = limits
        checker = tolerance.map { .float(tolerance: $0) } ?? .json
        maxSize = design.calls.upperBound
        self.version = version
        output = nil
        self.constraints = constraints
        rule = nil
        let behaviour = DesignBehaviour(design: design, model: solve, brute: bruteForce, generator: generate)
        reference = Solution(raw: { _ in .null })  // unused: `solve(_:)` replays the model
        brute = reference
        generator = nil
        worst = worstCases
        answerCheck = nil
        self.design = behaviour
        statement = ""
        let firstAnswer = examples.first.flatMap { try? behaviour.replay($0, on: solve) }
        statement = description.trimmingSpaces + "\n\n" + StatementWriter.designSections(self, design, firstAnswer: firstAnswer)
            + (notes.map { "\n" + $0.trimmingSpaces + "\n" } ?? "")
    }

    public func validate(_ input: TestInput) throws(CatalogError) {
        if let design {
            _ = try design.replay(input, on: design.model)
            return
        }
        try input.requireArity(types.count)
        var lengths: [String: Int] = [:]
        for (index, type) in types.enumerated() {
            let name = signature.parameters[index].name
            try type.validate(input.arguments[index], name, lengths: lengths)
            lengths[name] = type.length(of: input.arguments[index])
        }
        if let reason = rule?.call(input.arguments) { throw .invalidInput(reason) }
    }

    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        if let design { return try design.replay(input, on: design.model) }
        try validate(input)
        return reference.call(input.arguments)
    }

    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        if let design {
            try validate(input)
            return try design.replay(input, on: design.brute)
        }
        try validate(input)
        return brute.call(input.arguments)
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let size = min(max(size, 1), maxSize)
        if let design { return design.generate(&rng, size: size) }
        if let generator { return TestInput(arguments: generator.call(&rng, size)) }
        var lengths: [String: Int] = [:]
        var arguments: [JSONValue] = []
        for (index, type) in types.enumerated() {
            let value = type.generate(&rng, size: size, lengths: lengths)
            lengths[signature.parameters[index].name] = type.length(of: value)
            arguments.append(value)
        }
        return TestInput(arguments: arguments)
    }

    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        return worst?(&rng, min(max(size, 1), maxSize)) ?? []
    }

    public var checksInput: Bool { answerCheck != nil || design != nil }

    public func check(_ input: TestInput, expected: String, actual: String) -> CheckResult {
        if let design {
            let tolerance: Double? = if case .float(let tolerance) = checker { tolerance } else { nil }
            return design.check(input, expected: expected, actual: actual, tolerance: tolerance)
        }
        guard let answerCheck else { return checker.check(expected: expected, actual: actual) }
        do {
            try validate(input)
        } catch {
            // Unreachable in judging (the reference validates first); reported as a judge error.
            return .judgeError("the input does not fit the problem (\(error.localizedDescription))")
        }
        if actual.allSatisfy(\.isWhitespace) { return .wrongAnswer("empty output") }
        do {
            return answerCheck.call(input.arguments, try JSONValue.parse(actual))
        } catch {
            return .wrongAnswer("output is not JSON: \(error)")
        }
    }

    /// Trees shrink to subtrees first (so candidates stay trees), then everything by ``InputReducer``.
    public func shrinkCandidates(_ input: TestInput) -> [TestInput] {
        if let design { return design.shrinkCandidates(input) }
        var budget = InputReducer.budget
        var structural: [TestInput] = []
        for (index, type) in types.enumerated() where index < input.arguments.count {
            if case .tree = type { structural += BinaryTree.shrinkCandidates(input, argument: index, budget: &budget) }
        }
        guard !structural.isEmpty else { return InputReducer.candidates(for: input) }
        var seen: Set<TestInput> = [input]
        return (structural + InputReducer.candidates(for: input, budget: budget)).filter { seen.insert($0).inserted }
    }
}

/// A problem type whose members all come from its ``declaration``, so `TwoSum()` stays a value of its own type.
public protocol DeclaredProblem: CatalogProblem {
    static var declaration: ProblemDeclaration { get }
}

extension DeclaredProblem {
    public var slug: String { Self.declaration.slug }
    public var number: Int? { Self.declaration.number }
    public var title: String { Self.declaration.title }
    public var difficulty: Difficulty { Self.declaration.difficulty }
    public var tags: [String] { Self.declaration.tags }
    public var sourceURL: String? { Self.declaration.sourceURL }
    public var statement: String { Self.declaration.statement }
    public var signature: Signature { Self.declaration.signature }
    public var examples: [TestInput] { Self.declaration.examples }
    public var limits: Limits { Self.declaration.limits }
    public var checker: Checker { Self.declaration.checker }
    public var maxSize: Int { Self.declaration.maxSize }
    public var version: String { Self.declaration.version }
    public var checksInput: Bool { Self.declaration.checksInput }
    public func generate(seed: UInt64, size: Int) -> TestInput { Self.declaration.generate(seed: seed, size: size) }
    public func validate(_ input: TestInput) throws(CatalogError) { try Self.declaration.validate(input) }
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue { try Self.declaration.solve(input) }
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue { try Self.declaration.bruteForce(input) }
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] { Self.declaration.worstCases(seed: seed, size: size) }
    public func shrinkCandidates(_ input: TestInput) -> [TestInput] { Self.declaration.shrinkCandidates(input) }
    public func check(_ input: TestInput, expected: String, actual: String) -> CheckResult {
        Self.declaration.check(input, expected: expected, actual: actual)
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
