/// Typed views of JSON arguments for problem validation. Each throws `CatalogError.invalidInput`
/// with a reason that names the offending argument and element.
extension JSONValue {
    /// The value as an array of integers (doubles are refused, even 2.0).
    func integers(named name: String) throws(CatalogError) -> [Int] {
        try elements(named: name, kind: "integers").enumerated().map { (index, element) throws(CatalogError) in
            guard case .int(let value) = element else {
                throw .invalidInput("\(name)[\(index)] must be an integer, got \(element.brief(maximumLength: 20))")
            }
            return value
        }
    }

    /// The value as an array of numbers (integers are accepted as numbers).
    func numbers(named name: String) throws(CatalogError) -> [Double] {
        try elements(named: name, kind: "numbers").enumerated().map { (index, element) throws(CatalogError) in
            guard let value = element.number else {
                throw .invalidInput("\(name)[\(index)] must be a number, got \(element.brief(maximumLength: 20))")
            }
            return value
        }
    }

    /// The value as an array of rows of numbers (rows may still differ in length).
    func numberRows(named name: String) throws(CatalogError) -> [[Double]] {
        try elements(named: name, kind: "arrays of numbers").enumerated().map { (index, row) throws(CatalogError) in
            try row.numbers(named: "\(name)[\(index)]")
        }
    }

    /// The value as one integer (doubles are refused, even 2.0).
    func integer(named name: String) throws(CatalogError) -> Int {
        guard case .int(let value) = self else {
            throw .invalidInput("\(name) must be an integer, got \(brief(maximumLength: 20))")
        }
        return value
    }

    /// The value as a string.
    func string(named name: String) throws(CatalogError) -> String {
        guard case .string(let value) = self else {
            throw .invalidInput("\(name) must be a string, got \(brief(maximumLength: 20))")
        }
        return value
    }

    private func elements(named name: String, kind: String) throws(CatalogError) -> [JSONValue] {
        guard case .array(let elements) = self else {
            throw .invalidInput("\(name) must be an array of \(kind), got \(brief(maximumLength: 20))")
        }
        return elements
    }
}

/// Constraint checks shared by the problems.
enum Constraint {
    /// Throws unless `count` (of `what`) is in `range`.
    static func count(_ count: Int, of what: String, in range: ClosedRange<Int>) throws(CatalogError) {
        guard range.contains(count) else {
            throw .invalidInput("\(what) must be between \(range.lowerBound) and \(range.upperBound), got \(count)")
        }
    }

    /// Throws unless `isAllowed` accepts every Unicode scalar of `text` (named `name`); `allowed`
    /// describes them for the message, e.g. "one of ()[]{}". Positions count Unicode scalars.
    static func characters(
        of text: String, named name: String, allowed: String, where isAllowed: (Unicode.Scalar) -> Bool
    ) throws(CatalogError) {
        if let (index, scalar) = text.unicodeScalars.enumerated().first(where: { !isAllowed($0.element) }) {
            throw .invalidInput("\(name)[\(index)] = \(JSONValue.string(String(scalar)).json) is not \(allowed)")
        }
    }

    /// Throws unless every value of `values` (named `name`) lies in `range`.
    static func values<T: Comparable>(_ values: [T], named name: String, in range: ClosedRange<T>) throws(CatalogError) {
        if let index = values.firstIndex(where: { !range.contains($0) }) {
            throw .invalidInput("\(name)[\(index)] = \(values[index]) is outside [\(range.lowerBound), \(range.upperBound)]")
        }
    }
}

extension TestInput {
    /// The arguments `(nums: [Int], k: Int)` with 1 <= len(nums) <= maximumLength, every value in
    /// `valueRange` and 1 <= k <= len(nums): the shape of several array problems (215, 239).
    func numsAndK(maximumLength: Int, valueRange: ClosedRange<Int>) throws(CatalogError) -> (nums: [Int], k: Int) {
        try requireArity(2)
        let nums = try arguments[0].integers(named: "nums")
        try Constraint.count(nums.count, of: "the length of nums", in: 1...maximumLength)
        try Constraint.values(nums, named: "nums", in: valueRange)
        let k = try arguments[1].integer(named: "k")
        try Constraint.count(k, of: "k", in: 1...nums.count)
        return (nums, k)
    }
}
