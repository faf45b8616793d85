/// Design problems in the declaration kit (LeetCode's "implement the class": Min Stack, LRU Cache, Trie...): the
/// class's methods are declared with typed parameters, a reference is a Swift model of the class that answers one
/// call at a time, and a test is LeetCode's two arrays, the calls' names and their arguments. Validation, the
/// statement's sections, a generator of call sequences, shrinking by dropping calls and a check that names the
/// first wrong call are derived. See docs/ARCHITECTURE.md ("Design problems").

/// The class a design problem asks for: its name, its constructor's parameters, its methods and how many calls a
/// test makes after the constructor.
public struct Design: Sendable {
    public let className: String
    let constructor: [(String, ValueType)]
    let methods: [DesignMethod]
    /// How many method calls follow the constructor (LeetCode's "at most 3 * 10^4 calls will be made").
    public let calls: ClosedRange<Int>

    /// - Parameters:
    ///   - constructor: the constructor's parameters, e.g. `["capacity": .int(1...3000)]`.
    ///   - calls: how many calls follow the constructor; its upper bound is the problem's largest test size.
    public init(_ className: String, constructor: KeyValuePairs<String, ValueType> = [:], methods: [DesignMethod],
                calls: ClosedRange<Int>) {
        precondition(calls.lowerBound >= 1, "\(className): a test makes at least one call after the constructor")
        self.className = className
        self.constructor = constructor.map { ($0.key, $0.value) }
        self.methods = methods
        self.calls = calls
    }

    /// The model's class, for the signature.
    var classDesign: ClassDesign {
        ClassDesign(className: className, constructor: constructor.map { Parameter($0.0, $0.1) },
                    methods: methods.map { method in
                        ClassDesign.Method(name: method.name, parameters: method.parameters.map { Parameter($0.0, $0.1) },
                                           returns: method.returns)
                    })
    }

    func method(named name: String) -> DesignMethod? { methods.first { $0.name == name } }
}

/// One method of a design: its name, typed parameters and result (nil: `void`), and how often the default generator
/// calls it relative to the others.
public struct DesignMethod: Sendable {
    public let name: String
    let parameters: [(String, ValueType)]
    let returns: ValueType?
    let weight: Int

    public init(_ name: String, _ parameters: KeyValuePairs<String, ValueType> = [:], returns: ValueType? = nil,
                weight: Int = 1) {
        precondition(weight >= 1, "\(name): a method's weight is at least 1")
        self.name = name
        self.parameters = parameters.map { ($0.key, $0.value) }
        self.returns = returns
        self.weight = weight
    }
}

/// One call of a test: the method's name and its arguments, validated against the method's types before a model
/// sees it. `call.int(0)`, `call.string(1)` read the arguments; `call[0] as [Int]` any declared type.
public struct Call: Sendable, Hashable {
    public let method: String
    public let arguments: [JSONValue]

    public init(_ method: String, _ arguments: [JSONValue] = []) {
        self.method = method
        self.arguments = arguments
    }

    public subscript<Value: ArgumentValue>(index: Int) -> Value { Value(validated: arguments[index]) }
    public func int(_ index: Int) -> Int { self[index] }
    public func string(_ index: Int) -> String { self[index] }
}

/// A Swift model of the class a design problem asks for: the reference (and the brute force) of a design problem.
/// It is made by the test's first call, the constructor, and answers each later call in order.
public protocol DesignModel: AnyObject, SendableMetatype {
    /// The object the constructor call makes (`call.method` is the class's name).
    init(_ constructor: Call)
    /// The answer to `call`, nil for a method that returns nothing.
    func answer(_ call: Call) -> (any ResultValue)?
    /// Why `call` may not be made now (the statement's "pop is only called on a non-empty stack"), else nil. The
    /// generator skips such calls and validation rejects them, before `answer` sees them.
    func refusal(of call: Call) -> String?
}

extension DesignModel {
    public func refusal(of call: Call) -> String? { nil }
}

/// A custom generator of a design problem's calls: from the RNG and the size (the number of calls, already clamped
/// to the design's `calls`), the constructor's call and the method calls, e.g. to keep timestamps increasing.
public struct DesignGenerator: Sendable {
    let call: @Sendable (inout SplitMix64, Int) -> (Call, [Call])

    public init(_ body: @escaping @Sendable (inout SplitMix64, Int) -> (Call, [Call])) { call = body }
}

extension TestInput {
    /// A design problem's test in LeetCode's form: the calls' names, the class's first, and one argument array per
    /// call, e.g. `.calls(["MinStack", "push", "getMin"], [[], [5], []])`.
    public static func calls(_ names: [String], _ arguments: [JSONValue]) -> TestInput {
        precondition(names.count == arguments.count, "a design test has one argument array per call")
        return TestInput(arguments: [.array(names.map(JSONValue.string)), .array(arguments)])
    }

    /// A design problem's test from the constructor's call and the method calls.
    public static func calls(_ constructor: Call, _ calls: [Call]) -> TestInput {
        let all = [constructor] + calls
        return TestInput(arguments: [.array(all.map { .string($0.method) }), .array(all.map { .array($0.arguments) })])
    }
}

extension WorstCase {
    /// A worst case of a design problem: the constructor's call and the method calls.
    public init(_ name: String, _ constructor: Call, _ calls: [Call]) { self.init(name, TestInput.calls(constructor, calls)) }
}

/// What the declaration does with a design: validation by replay, generation, the reference's answers and the check.
struct DesignBehaviour: Sendable {
    let design: Design
    let model: any DesignModel.Type
    let brute: any DesignModel.Type
    let generator: DesignGenerator?

    /// The test's calls, constructor first, with each call's arguments checked against its method's types and the
    /// model's refusals; throws naming the first call that is wrong.
    func calls(of input: TestInput) throws(CatalogError) -> [Call] {
        try input.requireArity(2)
        guard case .array(let names) = input.arguments[0] else {
            throw .invalidInput("operations must be a JSON array of method names, got \(input.arguments[0].typeName)")
        }
        guard case .array(let argumentLists) = input.arguments[1] else {
            throw .invalidInput("arguments must be a JSON array with one array per call, got \(input.arguments[1].typeName)")
        }
        guard names.count == argumentLists.count else {
            throw .invalidInput("operations has \(names.count) calls but arguments has \(argumentLists.count) arrays: give one per call")
        }
        guard names.first == .string(design.className) else {
            throw .invalidInput("the first call must be the constructor \(JSONValue.string(design.className).json), got \(names.first?.json ?? "no call")")
        }
        let count = names.count - 1
        guard design.calls.contains(count) else {
            throw .invalidInput("the number of calls after the constructor must be between \(design.calls.lowerBound) and \(design.calls.upperBound), got \(count)")
        }
        var calls: [Call] = []
        calls.reserveCapacity(names.count)
        for (index, (name, arguments)) in zip(names, argumentLists).enumerated() {
            guard case .string(let method) = name else {
                throw .invalidInput("operations[\(index)] must be a method name (a string), got \(name.json)")
            }
            let parameters: [(String, ValueType)]
            if index == 0 {
                parameters = design.constructor
            } else if let declared = design.method(named: method), method != design.className {
                parameters = declared.parameters
            } else {
                throw .invalidInput("operations[\(index)] = \(name.json) is not a method of \(design.className) (\(design.methods.map(\.name).joined(separator: ", ")))")
            }
            guard case .array(let values) = arguments else {
                throw .invalidInput("arguments[\(index)] (for \(method)) must be an array, got \(arguments.typeName)")
            }
            guard values.count == parameters.count else {
                throw .invalidInput("arguments[\(index)]: \(method) takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), got \(values.count)")
            }
            var lengths: [String: Int] = [:]
            for (position, ((parameter, type), value)) in zip(parameters, values).enumerated() {
                do {
                    try type.validate(value, parameter, lengths: lengths)
                } catch {
                    guard case .invalidInput(let reason) = error else { throw error }
                    throw .invalidInput("call \(index) (\(method)), argument \(position + 1): \(reason)")
                }
                lengths[parameter] = type.length(of: value)
            }
            calls.append(Call(method, values))
        }
        return calls
    }

    /// Validates the calls and replays them on a new `model`, checking its refusals: the answers, one per call.
    func replay(_ input: TestInput, on model: any DesignModel.Type) throws(CatalogError) -> JSONValue {
        let calls = try calls(of: input)
        let object = model.init(calls[0])
        var answers: [JSONValue] = [.null]
        answers.reserveCapacity(calls.count)
        for (index, call) in calls.enumerated().dropFirst() {
            if let reason = object.refusal(of: call) {
                throw .invalidInput("call \(index) (\(call.method)) may not be made here: \(reason)")
            }
            let answer = object.answer(call)
            answers.append(design.method(named: call.method)?.returns == nil ? .null : (answer?.encoded ?? .null))
        }
        return .array(answers)
    }

    /// The default generator: the constructor's arguments from their types, then `size` calls, each method drawn by
    /// weight with arguments from its types (half the time an argument's earlier value again, so keys repeat), and
    /// calls the model refuses drawn again.
    func generate(_ rng: inout SplitMix64, size: Int) -> TestInput {
        let count = min(max(size, design.calls.lowerBound), design.calls.upperBound)
        if let generator {
            let (constructor, calls) = generator.call(&rng, count)
            return .calls(constructor, calls)
        }
        let constructor = Call(design.className, arguments(design.constructor, &rng, size: count, seen: [:]))
        let object = model.init(constructor)
        let weights = design.methods.map(\.weight)
        var seen: [String: [JSONValue]] = [:]
        var calls: [Call] = []
        calls.reserveCapacity(count)
        var misses = 0
        while calls.count < count && misses < 50 * count + 100 {
            let method = design.methods[rng.weightedIndex(weights)]
            let call = Call(method.name, arguments(method.parameters, &rng, size: count, seen: seen))
            if object.refusal(of: call) != nil {
                misses += 1
                continue
            }
            for ((name, _), value) in zip(method.parameters, call.arguments) { seen[name, default: []].append(value) }
            _ = object.answer(call)
            calls.append(call)
        }
        if calls.isEmpty, let method = design.methods.first {  // every draw refused: one call the model takes
            calls.append(Call(method.name, arguments(method.parameters, &rng, size: count, seen: [:])))
        }
        return .calls(constructor, calls)
    }

    /// Arguments for `parameters`: small values (strings of a few characters), or an earlier value of the same name.
    private func arguments(_ parameters: [(String, ValueType)], _ rng: inout SplitMix64, size: Int,
                           seen: [String: [JSONValue]]) -> [JSONValue] {
        var lengths: [String: Int] = [:]
        return parameters.map { name, type in
            if let earlier = seen[name], !earlier.isEmpty, rng.int(in: 0...1) == 0 { return rng.element(of: earlier) }
            let value = type.generate(&rng, size: rng.int(in: 1...max(1, min(size, 12))), lengths: lengths)
            lengths[name] = type.length(of: value)
            return value
        }
    }

    /// Compares the answers call by call; a difference names the call's index and method.
    func check(_ input: TestInput, expected: String, actual: String, tolerance: Double?) -> CheckResult {
        if actual.allSatisfy(\.isWhitespace) { return .wrongAnswer("empty output") }
        let wanted: JSONValue, got: JSONValue
        do { wanted = try JSONValue.parse(expected) } catch { return .judgeError("expected output is not JSON: \(error)") }
        do { got = try JSONValue.parse(actual) } catch { return .wrongAnswer("output is not JSON: \(error)") }
        guard case .array(let expectedAnswers) = wanted else { return .judgeError("expected output is not an array") }
        guard case .array(let answers) = got else { return .wrongAnswer("expected an array with one value per call, got \(got.brief())") }
        let names: [String] = if case .array(let values) = input.arguments.first { values.map { $0.text ?? "?" } } else { [] }
        let comparison = JSONComparison(tolerance: tolerance)
        for (index, (expectedAnswer, answer)) in zip(expectedAnswers, answers).enumerated() {
            if let reason = comparison.mismatch(expected: expectedAnswer, actual: answer, path: "") {
                let method = index < names.count ? names[index] : "?"
                return .wrongAnswer("call \(index) (\(method)): \(reason)")
            }
        }
        guard answers.count == expectedAnswers.count else {
            return .wrongAnswer("expected \(expectedAnswers.count) answers, one per call, got \(answers.count)")
        }
        return .accepted
    }

    /// Shorter call sequences, most aggressive first: the calls after the constructor halved, quartered... down to
    /// single calls dropped, each candidate kept only if its calls are still valid (checked by the shrinker).
    func shrinkCandidates(_ input: TestInput) -> [TestInput] {
        guard let calls = try? calls(of: input), calls.count > 2 else { return [] }
        let constructor = calls[0]
        let methods = Array(calls.dropFirst())
        var candidates: [TestInput] = []
        var chunk = methods.count / 2
        while chunk >= 1 {
            var start = 0
            while start < methods.count && candidates.count < 400 {
                var kept = methods
                kept.removeSubrange(start..<min(start + chunk, methods.count))
                if kept.count >= design.calls.lowerBound { candidates.append(.calls(constructor, kept)) }
                start += chunk
            }
            chunk /= 2
        }
        return candidates
    }
}

extension SplitMix64 {
    /// An index drawn with probability proportional to its weight (all weights at least 1).
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        var pick = int(in: 0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index }
            pick -= weight
        }
        return weights.count - 1
    }
}
