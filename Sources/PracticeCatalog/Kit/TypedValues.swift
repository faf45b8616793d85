/// A Swift type a declared argument decodes to: `Int`, `Int64`, `Double`, `Bool`, `String`, `Character`, arrays
/// of these (nested for grids and tuples) and ``BinaryTree``. Decoding runs only on values the declaration's
/// ``ValueType`` has validated, so it does not check again.
public protocol ArgumentValue: SendableMetatype {
    init(validated json: JSONValue)
}

/// A Swift type a typed `solve` may return, written back as JSON.
public protocol ResultValue: SendableMetatype {
    var encoded: JSONValue { get }
}

extension Int: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) { if case .int(let value) = json { self = value } else { self = 0 } }
    public var encoded: JSONValue { .int(self) }
}

extension Int64: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) { if case .int(let value) = json { self = Int64(value) } else { self = 0 } }
    public var encoded: JSONValue { .int(Int(self)) }
}

extension Double: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) { self = json.number ?? 0 }
    public var encoded: JSONValue { .double(self) }
}

extension Bool: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) { self = json == .bool(true) }
    public var encoded: JSONValue { .bool(self) }
}

extension String: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) { if case .string(let value) = json { self = value } else { self = "" } }
    public var encoded: JSONValue { .string(self) }
}

extension Character: ArgumentValue, ResultValue {
    public init(validated json: JSONValue) {
        if case .string(let value) = json, let first = value.first { self = first } else { self = " " }
    }
    public var encoded: JSONValue { .string(String(self)) }
}

extension Array: ArgumentValue where Element: ArgumentValue {
    public init(validated json: JSONValue) {
        if case .array(let elements) = json { self = elements.map(Element.init(validated:)) } else { self = [] }
    }
}

extension Array: ResultValue where Element: ResultValue {
    public var encoded: JSONValue { .array(map(\.encoded)) }
}

extension JSONValue: ResultValue {
    public var encoded: JSONValue { self }
}

extension BinaryTree: ArgumentValue, ResultValue {
    init(validated json: JSONValue) {
        self = (try? BinaryTree(levelOrder: json, named: "", valueRange: Int.min...Int.max, nodeCount: 0...Int.max))
            ?? BinaryTree(root: 0)
    }
    var encoded: JSONValue { levelOrder() }
}

extension TestInput {
    /// An input of typed values, e.g. `TestInput.of(nums, k)`.
    public static func of<A: ResultValue>(_ a: A) -> TestInput { TestInput(arguments: [a.encoded]) }
    public static func of<A: ResultValue, B: ResultValue>(_ a: A, _ b: B) -> TestInput {
        TestInput(arguments: [a.encoded, b.encoded])
    }
    public static func of<A: ResultValue, B: ResultValue, C: ResultValue>(_ a: A, _ b: B, _ c: C) -> TestInput {
        TestInput(arguments: [a.encoded, b.encoded, c.encoded])
    }
}

extension WorstCase {
    /// A worst case of typed values, e.g. `WorstCase("k = n/2", nums, count / 2)`.
    public init<A: ResultValue>(_ name: String, _ a: A) { self.init(name, TestInput.of(a)) }
    public init<A: ResultValue, B: ResultValue>(_ name: String, _ a: A, _ b: B) { self.init(name, TestInput.of(a, b)) }
}

/// A typed function of a problem's arguments, e.g. `Solution { (nums: [Int], k: Int) -> Int in ... }`: the kit
/// decodes the validated arguments and encodes the result.
public struct Solution: Sendable {
    let call: @Sendable ([JSONValue]) -> JSONValue

    init(raw call: @escaping @Sendable ([JSONValue]) -> JSONValue) { self.call = call }

    public init<A: ArgumentValue, R: ResultValue>(_ body: @escaping @Sendable (A) -> R) {
        call = { body(A(validated: $0[0])).encoded }
    }
    public init<A: ArgumentValue, B: ArgumentValue, R: ResultValue>(_ body: @escaping @Sendable (A, B) -> R) {
        call = { body(A(validated: $0[0]), B(validated: $0[1])).encoded }
    }
    public init<A: ArgumentValue, B: ArgumentValue, C: ArgumentValue, R: ResultValue>(
        _ body: @escaping @Sendable (A, B, C) -> R
    ) {
        call = { body(A(validated: $0[0]), B(validated: $0[1]), C(validated: $0[2])).encoded }
    }
}

/// A constraint the types cannot say (distinct values, exactly one answer, a rotated array): a typed function
/// of the arguments that returns the reason an input breaks it, or nil. Runs after the types' own checks.
public struct Rule: Sendable {
    let call: @Sendable ([JSONValue]) -> String?

    public init<A: ArgumentValue>(_ body: @escaping @Sendable (A) -> String?) {
        call = { body(A(validated: $0[0])) }
    }
    public init<A: ArgumentValue, B: ArgumentValue>(_ body: @escaping @Sendable (A, B) -> String?) {
        call = { body(A(validated: $0[0]), B(validated: $0[1])) }
    }
}

/// A judge for problems with several valid answers: a typed function of the arguments and the parsed output
/// (any JSON value) that accepts or explains. The kit reports empty or non-JSON output itself.
public struct AnswerCheck: Sendable {
    let call: @Sendable ([JSONValue], JSONValue) -> CheckResult

    public init<A: ArgumentValue>(_ body: @escaping @Sendable (A, JSONValue) -> CheckResult) {
        call = { body(A(validated: $0[0]), $1) }
    }
    public init<A: ArgumentValue, B: ArgumentValue>(_ body: @escaping @Sendable (A, B, JSONValue) -> CheckResult) {
        call = { body(A(validated: $0[0]), B(validated: $0[1]), $1) }
    }
}

/// A custom generator: typed values for all arguments from the RNG and the size (already clamped to
/// 1...maxSize), e.g. `Generator { rng, size in (nums, k) }`.
public struct Generator: Sendable {
    let call: @Sendable (inout SplitMix64, Int) -> [JSONValue]

    public init<A: ResultValue>(_ body: @escaping @Sendable (inout SplitMix64, Int) -> A) {
        call = { [body(&$0, $1).encoded] }
    }
    public init<A: ResultValue, B: ResultValue>(_ body: @escaping @Sendable (inout SplitMix64, Int) -> (A, B)) {
        call = { let (a, b) = body(&$0, $1); return [a.encoded, b.encoded] }
    }
}

extension JSONValue {
    /// The integer an answer holds, written as an integer or as a number without a fraction (`3`, `3.0`); else nil.
    public var integer: Int? {
        switch self {
        case .int(let integer): integer
        case .double(let double): Int(exactly: double)
        default: nil
        }
    }
}
