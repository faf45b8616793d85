/// Generic reductions of a test input for shrinking counterexamples: delete array elements (halves,
/// quarters, then single elements, at every nesting level), move numbers toward 0, shorten strings.
/// Pure and deterministic; candidates may break a problem's constraints, callers filter them.
public enum InputReducer {
    /// The most JSON values (scalars and containers, counted recursively) all candidates of one
    /// call hold together, so shrinking a 10^5-element input keeps tens of megabytes, not
    /// gigabytes: a large input gets its most aggressive reductions (halves, quarters, ...) first,
    /// and the finer ones once it has shrunk.
    public static let budget = 2_000_000

    /// Candidate reductions of `input`, the most aggressive first, without duplicates or `input` itself,
    /// holding at most `budget` JSON values in all.
    public static func candidates(for input: TestInput, budget: Int = budget) -> [TestInput] {
        var seen: Set<[JSONValue]> = [input.arguments]
        var result: [TestInput] = []
        let whole = input.arguments.reduce(0) { $0 + size(of: $1) }
        var left = budget
        for (index, argument) in input.arguments.enumerated() {
            let others = whole - size(of: argument)
            for reduced in reductions(of: argument, budget: max(0, left)) {
                var arguments = input.arguments
                arguments[index] = reduced
                let cost = others + size(of: reduced)
                guard left >= cost else { return result }
                if seen.insert(arguments).inserted {
                    result.append(TestInput(arguments: arguments))
                    left -= cost
                }
            }
        }
        return result
    }

    /// How many JSON values `value` holds, itself included.
    public static func size(of value: JSONValue) -> Int {
        switch value {
        case .array(let elements): elements.reduce(1) { $0 + size(of: $1) }
        case .object(let fields): fields.values.reduce(1) { $0 + size(of: $1) }
        default: 1
        }
    }

    /// Reductions of one value: structural ones first (they shrink most), then simpler scalars.
    /// Made until they hold `budget` values (the caller drops what does not fit).
    static func reductions(of value: JSONValue, budget: Int = budget) -> [JSONValue] {
        switch value {
        case .array(let elements):
            var out: [JSONValue] = []
            let whole = size(of: value)
            var left = budget
            // Delete chunks: half, quarter, ... down to single elements.
            var chunk = elements.count / 2
            chunks: while chunk >= 1 {
                var start = 0
                while start < elements.count {
                    guard left >= whole else { break chunks }
                    var copy = elements
                    copy.removeSubrange(start..<min(start + chunk, elements.count))
                    out.append(.array(copy))
                    left -= whole
                    start += chunk
                }
                chunk /= 2
            }
            // Then reduce one element at a time (first reductions of each, to stay linear).
            elements: for (index, element) in elements.enumerated() {
                guard left >= whole else { break }
                for reduced in reductions(of: element, budget: min(left, 3 * size(of: element))).prefix(3) {
                    guard left >= whole else { break elements }
                    var copy = elements
                    copy[index] = reduced
                    out.append(.array(copy))
                    left -= whole
                }
            }
            return out
        case .int(let number):
            guard number != 0 else { return [] }
            var out: [JSONValue] = [.int(0), .int(number / 2)]
            if number < 0 { out.append(.int(-number)) }
            out.append(.int(number > 0 ? number - 1 : number + 1))
            return unique(out, excluding: value)
        case .double(let number):
            guard number != 0, number.isFinite else { return [] }
            var out: [JSONValue] = [.double(0), .double(number.rounded(.towardZero)), .double(number / 2)]
            if number < 0 { out.append(.double(-number)) }
            return unique(out, excluding: value)
        case .string(let text):
            guard !text.isEmpty else { return [] }
            var out: [JSONValue] = [.string(String(text.prefix(text.count / 2))), .string(String(text.dropFirst())),
                                    .string(String(text.dropLast()))]
            if text.count <= 64 {
                for index in text.indices {
                    var copy = text
                    copy.remove(at: index)
                    out.append(.string(copy))
                }
            }
            return unique(out, excluding: value)
        case .bool(true):
            return [.bool(false)]
        case .null, .bool(false), .object:
            return []
        }
    }

    private static func unique(_ values: [JSONValue], excluding original: JSONValue) -> [JSONValue] {
        var seen: Set<JSONValue> = [original]
        return values.filter { seen.insert($0).inserted }
    }
}
