import PracticeCatalog
import Testing

/// Inputs made of an integer array and an integer, the shape of several problems (1, 33, 215, 239, 322).
extension TestInput {
    static func intsAndInt(_ ints: [Int], _ int: Int) -> TestInput {
        TestInput(arguments: [.array(ints.map(JSONValue.int)), .int(int)])
    }

    /// The array and the integer back; records an issue and throws when the input has another shape.
    func intsAndInt() throws -> ([Int], Int) {
        guard arguments.count == 2, case .array(let elements) = arguments[0], case .int(let int) = arguments[1] else {
            Issue.record("not an array and an integer: \(text)")
            throw ShapeError()
        }
        let ints = elements.compactMap { element -> Int? in if case .int(let value) = element { value } else { nil } }
        try #require(ints.count == elements.count, "not an array of integers: \(text)")
        return (ints, int)
    }

    struct ShapeError: Error {}
}
