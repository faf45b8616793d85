/// How hard a problem is, ordered easy < medium < hard.
public enum Difficulty: String, Sendable, CaseIterable, Codable, Comparable {
    case easy, medium, hard

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .easy: 0
        case .medium: 1
        case .hard: 2
        }
    }
}

/// One argument of a problem's function.
///
/// Equality and hashing look at the name and the Swift notation only, so a declared parameter equals one
/// written as strings.
public struct Parameter: Sendable, Hashable {
    /// The argument's name, e.g. "nums".
    public let name: String
    /// Its type in Swift notation, e.g. "[Int]", "[[Double]]".
    public let type: String
    /// The typed value with its constraints, when the problem declares one (catalog declarations do).
    public let valueType: ValueType?

    public init(name: String, type: String) {
        self.name = name
        self.type = type
        self.valueType = nil
    }

    /// A declared parameter; `type` is the value type's Swift notation.
    public init(_ name: String, _ valueType: ValueType) {
        self.name = name
        self.type = valueType.swiftNotation
        self.valueType = valueType
    }

    public static func == (lhs: Parameter, rhs: Parameter) -> Bool { lhs.name == rhs.name && lhs.type == rhs.type }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
    }
}

/// The function a solution implements, LeetCode style.
public struct Signature: Sendable, Hashable {
    /// The method name, e.g. "findUnsortedSubarray".
    public let functionName: String
    /// The arguments, in the order the test input lists them.
    public let parameters: [Parameter]
    /// The return type in Swift notation, e.g. "Int".
    public let returnType: String

    /// The declared result type, when there is one (its constraints are informative).
    public let returnValueType: ValueType?
    /// An in-place problem (LeetCode's "do not return anything, modify nums in-place instead"): the index of the
    /// parameter whose value after the call is the answer. The function returns nothing (`void`, `None`); the
    /// answer's type, `returnType`, is that parameter's.
    public let modifies: Int?
    /// A design problem (LeetCode's "implement the class"): the class the solution writes, its constructor and
    /// methods. Then `functionName` is the class's name and a test is LeetCode's two arrays, the calls' names
    /// (`["MinStack","push","getMin"]`) and their arguments (`[[],[3],[]]`); the answer is one value per call,
    /// `null` for the constructor and for methods that return nothing.
    public let design: ClassDesign?
    /// A linked list with a cycle (LeetCode 141's `pos`): the list argument's last node links back to the node at
    /// the index another argument gives, which the function does not receive.
    public let cycle: ListCycle?

    public init(functionName: String, parameters: [Parameter], returnType: String, modifies: Int? = nil,
                cycle: ListCycle? = nil) {
        self.functionName = functionName
        self.parameters = parameters
        self.returnType = returnType
        self.returnValueType = nil
        self.modifies = modifies
        self.design = nil
        self.cycle = cycle
    }

    /// The parameters the function receives, in order: all of them, except a cycle's position.
    public var arguments: [Parameter] { parameters.enumerated().filter { $0.offset != cycle?.position }.map(\.element) }

    /// The indices of `arguments` in `parameters` (and in a test's input lines).
    public var argumentIndices: [Int] { parameters.indices.filter { $0 != cycle?.position } }

    /// The signature of a design problem: the two parameters LeetCode's tests give, the calls and their arguments.
    public init(design: ClassDesign) {
        functionName = design.className
        parameters = [Parameter(name: "operations", type: "[String]"), Parameter(name: "arguments", type: "[[Any]]")]
        returnType = "[Any]"
        returnValueType = nil
        modifies = nil
        self.design = design
        cycle = nil
    }

    /// A declared signature; `returnType` is the result type's Swift notation.
    public init(functionName: String, parameters: [Parameter], returns: ValueType, modifies: Int? = nil,
                cycle: ListCycle? = nil) {
        self.functionName = functionName
        self.parameters = parameters
        self.returnType = returns.swiftNotation
        self.returnValueType = returns
        self.modifies = modifies
        self.design = nil
        self.cycle = cycle
    }

    /// The parameter an in-place function modifies.
    public var modifiedParameter: Parameter? { modifies.flatMap { parameters.indices.contains($0) ? parameters[$0] : nil } }

    public static func == (lhs: Signature, rhs: Signature) -> Bool {
        lhs.functionName == rhs.functionName && lhs.parameters == rhs.parameters && lhs.returnType == rhs.returnType
            && lhs.modifies == rhs.modifies && lhs.design == rhs.design && lhs.cycle == rhs.cycle
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(functionName)
        hasher.combine(parameters)
        hasher.combine(returnType)
        hasher.combine(modifies)
        hasher.combine(design)
        hasher.combine(cycle)
    }
}

/// Where a linked list argument's cycle is: `list` is that parameter's index, `position` the index of the integer
/// parameter that says which node (0-based) the last node links back to, -1 for none. The function receives the list
/// only, as on LeetCode ("pos is not passed as a parameter").
public struct ListCycle: Sendable, Hashable {
    public let list: Int
    public let position: Int

    public init(list: Int, position: Int) {
        self.list = list
        self.position = position
    }
}

/// The class of a design problem: its name, its constructor's parameters and its methods, as LeetCode declares them
/// (`LRUCache(int capacity)`, `int get(int key)`, `void put(int key, int value)`).
public struct ClassDesign: Sendable, Hashable {
    /// The class's name, e.g. "MinStack"; the first call of every test constructs it.
    public let className: String
    /// The constructor's parameters (none for `MinStack()`).
    public let constructor: [Parameter]
    /// The methods a test may call, in the order the statement lists them.
    public let methods: [Method]

    public init(className: String, constructor: [Parameter], methods: [Method]) {
        self.className = className
        self.constructor = constructor
        self.methods = methods
    }

    /// The method named `name`.
    public func method(named name: String) -> Method? { methods.first { $0.name == name } }

    /// One method: its name, parameters and result (nil: it returns nothing, LeetCode's `void`).
    public struct Method: Sendable, Hashable {
        public let name: String
        public let parameters: [Parameter]
        /// The result type in Swift notation; nil for a method that returns nothing.
        public let returnType: String?
        /// The declared result type, when there is one.
        public let returnValueType: ValueType?

        public init(name: String, parameters: [Parameter], returnType: String?) {
            self.name = name
            self.parameters = parameters
            self.returnType = returnType
            returnValueType = nil
        }

        /// A declared method; `returns` nil for `void`.
        public init(name: String, parameters: [Parameter], returns: ValueType?) {
            self.name = name
            self.parameters = parameters
            returnType = returns?.swiftNotation
            returnValueType = returns
        }

        public static func == (lhs: Method, rhs: Method) -> Bool {
            lhs.name == rhs.name && lhs.parameters == rhs.parameters && lhs.returnType == rhs.returnType
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(parameters)
            hasher.combine(returnType)
        }
    }
}

/// Resource limits for one test of a problem.
public struct Limits: Sendable, Hashable {
    /// CPU seconds per test.
    public let timeLimit: Double
    /// Peak resident memory per test, in MiB.
    public let memoryLimitMB: Int

    public init(timeLimit: Double, memoryLimitMB: Int) {
        self.timeLimit = timeLimit
        self.memoryLimitMB = memoryLimitMB
    }
}
