/// Typed views of JSON arguments for problem validation. Each throws `CatalogError.invalidInput`
/// with a reason that names the offending argument and element.
extension JSONValue {
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

    /// Throws unless every value of `values` (named `name`) lies in `range`.
    static func values<T: Comparable>(_ values: [T], named name: String, in range: ClosedRange<T>) throws(CatalogError) {
        if let index = values.firstIndex(where: { !range.contains($0) }) {
            throw .invalidInput("\(name)[\(index)] = \(values[index]) is outside [\(range.lowerBound), \(range.upperBound)]")
        }
    }
}
