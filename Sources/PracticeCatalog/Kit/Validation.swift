/// Validation derived from a ``ValueType``: every message names the argument (and element) and the constraint,
/// e.g. `nums[3] = 200000 is outside [-100000, 100000]`, `the length of nums must be between 1 and 10000, got 0`.
extension ValueType {
    /// Throws `invalidInput` unless `value` fits this type, as the argument (or element) `path`. `lengths` holds
    /// the lengths of the arguments before it, for bounds like `k <= nums.length`.
    func validate(_ value: JSONValue, _ path: String, lengths: [String: Int] = [:]) throws(CatalogError) {
        switch self {
        case .int(let range, let atMost):
            guard case .int(let number) = value else { throw Self.mistyped(path, "an integer", value) }
            var upper = range.upperBound
            if case .length(let other)? = atMost, let length = lengths[other] { upper = min(upper, length) }
            try Self.check(number, in: range.lowerBound, upper, path)
        case .long(let range):
            guard case .int(let number) = value else { throw Self.mistyped(path, "an integer", value) }
            try Self.check(number, in: range.lowerBound, range.upperBound, path)
        case .double(let range):
            guard let number = value.number, number.isFinite else { throw Self.mistyped(path, "a number", value) }
            guard range.contains(number) else {
                throw .invalidInput(path.contains("[")
                    ? "\(path) = \(number) is outside [\(range.lowerBound), \(range.upperBound)]"
                    : "\(path) must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
            }
        case .bool:
            guard case .bool = value else { throw Self.mistyped(path, "true or false", value) }
        case .character(let alphabet):
            guard case .string(let text) = value, text.unicodeScalars.count == 1,
                  alphabet.contains(text.unicodeScalars.first!)
            else { throw Self.mistyped(path, alphabet.either, value) }
        case .string(let length, let alphabet):
            guard case .string(let text) = value else { throw Self.mistyped(path, "a string", value) }
            var count = 0
            for scalar in text.unicodeScalars {
                guard alphabet.contains(scalar) else {
                    throw .invalidInput("\(path)[\(count)] = \(JSONValue.string(String(scalar)).json) is not \(alphabet.name)")
                }
                count += 1
            }
            try Self.count(count, "the length of \(path)", in: length)
        case .array(let element, let count, let countName):
            guard case .array(let elements) = value else { throw Self.mistyped(path, "an array of \(element.plural)", value) }
            if element.isScalar {
                // Types first, so "nums[1] must be an integer" comes before the length.
                for (index, item) in elements.enumerated() { try element.checkKind(item, "\(path)[\(index)]") }
            }
            try Self.count(elements.count, countName ?? "the length of \(path)", in: count)
            for (index, item) in elements.enumerated() { try element.validate(item, "\(path)[\(index)]") }
        case .tuple(let element, let fields):
            guard case .array(let elements) = value else { throw Self.mistyped(path, "an array of \(element.plural)", value) }
            for (index, item) in elements.enumerated() { try element.checkKind(item, "\(path)[\(index)]") }
            guard elements.count == fields.count else {
                throw .invalidInput("\(path) must hold \(fields.count) \(element.plural) [\(fields.joined(separator: ", "))], got \(elements.count)")
            }
            for (index, item) in elements.enumerated() { try element.validate(item, "\(path)[\(index)]") }
        case .grid(let cell, let rows, let columns):
            guard case .array(let rowValues) = value else { throw Self.mistyped(path, "an array of rows", value) }
            try Self.count(rowValues.count, "m (the number of rows of \(path))", in: rows)
            var width = 0
            for (rowIndex, row) in rowValues.enumerated() {
                guard case .array(let cells) = row else { throw Self.mistyped("\(path)[\(rowIndex)]", "an array of \(cell.plural)", row) }
                if rowIndex == 0 {
                    width = cells.count
                    try Self.count(width, "n (the length of \(path)'s rows)", in: columns)
                } else if cells.count != width {
                    throw .invalidInput("\(path)[\(rowIndex)] must have n = \(width) entries, got \(cells.count)")
                }
                for (columnIndex, item) in cells.enumerated() { try cell.validate(item, "\(path)[\(rowIndex)][\(columnIndex)]") }
            }
        case .list(let element, let nodes):
            try ValueType.array(element, count: nodes, countName: "the number of nodes in \(path)").validate(value, path, lengths: lengths)
        case .tree(let valueType, let nodes):
            guard case .int(let range, _) = valueType else { throw .invalidInput("\(path): only trees of integers are supported") }
            _ = try BinaryTree(levelOrder: value, named: path, valueRange: range, nodeCount: nodes)
        }
    }

    /// The length another argument's bound may refer to: elements, characters, rows or nodes.
    func length(of value: JSONValue) -> Int? {
        switch (self, value) {
        case (.array, .array(let elements)), (.list, .array(let elements)), (.tuple, .array(let elements)), (.grid, .array(let elements)): elements.count
        case (.string, .string(let text)): text.unicodeScalars.count
        case (.tree, .array(let entries)): entries.filter { $0 != .null }.count
        default: nil
        }
    }

    /// Only the JSON kind of a scalar (integer, number, string...), without its range.
    private func checkKind(_ value: JSONValue, _ path: String) throws(CatalogError) {
        switch (self, value) {
        case (.int, .int), (.long, .int), (.bool, .bool), (.string, .string), (.character, .string): return
        case (.double, _) where value.number != nil: return
        case (.int, _), (.long, _): throw Self.mistyped(path, "an integer", value)
        case (.double, _): throw Self.mistyped(path, "a number", value)
        default: try validate(value, path)
        }
    }

    var isScalar: Bool {
        switch self {
        case .int, .long, .double, .bool, .character, .string: true
        default: false
        }
    }

    /// What an array of these holds, for "must be an array of ..." messages.
    var plural: String {
        switch self {
        case .int, .long: "integers"
        case .double: "numbers"
        case .bool: "booleans"
        case .string: "strings"
        case .character(let alphabet): alphabet.plural
        case .array(let element, _, _): "arrays of \(element.plural)"
        case .tuple(_, let fields): "[\(fields.joined(separator: ", "))] \(fields.count == 2 ? "pairs" : "tuples")"
        case .grid: "matrices"
        case .tree: "trees"
        case .list: "linked lists"
        }
    }

    private static func mistyped(_ path: String, _ what: String, _ value: JSONValue) -> CatalogError {
        .invalidInput("\(path) must be \(what), got \(value.brief(maximumLength: 20))")
    }

    /// A top-level number gets "must be between", an element "is outside".
    private static func check(_ number: Int, in lower: Int, _ upper: Int, _ path: String) throws(CatalogError) {
        guard number < lower || number > upper else { return }
        throw .invalidInput(path.contains("[")
            ? "\(path) = \(number) is outside [\(lower), \(upper)]"
            : "\(path) must be between \(lower) and \(upper), got \(number)")
    }

    private static func count(_ count: Int, _ what: String, in range: ClosedRange<Int>) throws(CatalogError) {
        try Constraint.count(count, of: what, in: range)
    }
}
