/// Generic reductions of a test input for shrinking counterexamples: delete array elements (halves,
/// quarters, then single elements, at every nesting level), move numbers toward 0, shorten strings.
/// Pure and deterministic; candidates may break a problem's constraints, callers filter them.
public enum InputReducer {
    /// Candidate reductions of `input`, the most aggressive first, without duplicates or `input` itself.
    public static func candidates(for input: TestInput) -> [TestInput] {
        var seen: Set<[JSONValue]> = [input.arguments]
        var result: [TestInput] = []
        for (index, argument) in input.arguments.enumerated() {
            for reduced in reductions(of: argument) {
                var arguments = input.arguments
                arguments[index] = reduced
                if seen.insert(arguments).inserted { result.append(TestInput(arguments: arguments)) }
            }
        }
        return result
    }

    /// Reductions of one value: structural ones first (they shrink most), then simpler scalars.
    static func reductions(of value: JSONValue) -> [JSONValue] {
        switch value {
        case .array(let elements):
            var out: [JSONValue] = []
            // Delete chunks: half, quarter, ... down to single elements.
            var chunk = elements.count / 2
            while chunk >= 1 {
                var start = 0
                while start < elements.count {
                    var copy = elements
                    copy.removeSubrange(start..<min(start + chunk, elements.count))
                    out.append(.array(copy))
                    start += chunk
                }
                chunk /= 2
            }
            // Then reduce one element at a time (first reduction of each, to stay linear).
            for (index, element) in elements.enumerated() {
                for reduced in reductions(of: element).prefix(3) {
                    var copy = elements
                    copy[index] = reduced
                    out.append(.array(copy))
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
