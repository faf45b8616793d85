/// The statement's derived sections: Function, Input, Output and Constraints, in Markdown.
enum StatementWriter {
    static func sections(_ declaration: ProblemDeclaration, firstAnswer: JSONValue?) -> String {
        let signature = declaration.signature
        let parameters = signature.parameters.compactMap { parameter in parameter.valueType.map { (parameter.name, $0) } }
        let call = signature.arguments.map { "\($0.name): \($0.type)" }.joined(separator: ", ")
        var text: String
        if let modified = signature.modifiedParameter {
            text = "## Function\n`\(signature.functionName)(\(call))`, which returns nothing: it rearranges `\(modified.name)` "
                + "in place, and `\(modified.name)` after the call is the answer. A program prints that final value.\n\n"
        } else {
            text = "## Function\n`\(signature.functionName)(\(call)) -> \(signature.returnType)`\n\n"
        }

        let lines = ["One line", "Two lines", "Three lines", "Four lines"]
        let described = parameters.map { "`\($0.0)` as \(phrase($0.1))" }
        var input = "\(lines[min(parameters.count, 4) - 1]) on standard input: " + described.joined(separator: ", then ")
        if let example = declaration.examples.first {
            input += ", e.g. " + example.arguments.map { "`\($0.json)`" }.joined(separator: " and ")
        }
        text += "## Input\n\(input).\n"
        if let cycle = signature.cycle {
            let list = signature.parameters[cycle.list].name, position = signature.parameters[cycle.position].name
            text += "\n`\(position)` is not passed to the function: it is the index (0-based) of the node that the last node of "
                + "`\(list)` links back to, or `-1` when the list has no cycle. The list is built with that link before the call.\n"
        }
        for (_, type) in parameters {
            if case .tree = type { text += "\n" + treeFormat + "\n" }
            if case .string(_, let alphabet) = type, alphabet.contains(Unicode.Scalar(34)) || alphabet.contains(Unicode.Scalar(92)) {
                text += "\nQuotes and backslashes inside it are escaped as JSON requires (`\"say \\\\\"hi\\\\\"\"`).\n"
            }
        }

        let returns = signature.returnValueType.map(phrase) ?? "JSON"
        var output = "One line on standard output: \(declaration.output.map { "\($0), as " } ?? "")\(returns)"
        if let firstAnswer { output += ", e.g. `\(firstAnswer.json)`" }
        text += "\n## Output\n\(output).\n"

        let constraints = parameters.flatMap { constraintLines($0.0, $0.1) } + declaration.constraints
        text += "\n## Constraints\n" + constraints.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return text
    }

    /// A design problem's Class, Input, Output and Constraints sections.
    static func designSections(_ declaration: ProblemDeclaration, _ design: Design, firstAnswer: JSONValue?) -> String {
        func declared(_ name: String, _ parameters: [(String, ValueType)], _ returns: ValueType?) -> String {
            "`\(name)(\(parameters.map { "\($0.0): \($0.1.swiftNotation)" }.joined(separator: ", ")))"
                + (returns.map { " -> \($0.swiftNotation)" } ?? "") + "`"
        }
        var text = "## Class\n`\(design.className)`, with:\n"
        text += "- " + declared(design.className, design.constructor, nil) + ", the constructor\n"
        for method in design.methods {
            text += "- " + declared(method.name, method.parameters, method.returns)
                + (method.returns == nil ? ", which returns nothing" : "") + "\n"
        }
        var input = "Two lines on standard input, LeetCode's own format: the calls' names as a JSON array of strings, "
            + "the constructor's `\(design.className)` first, then their arguments as a JSON array holding one array per call"
        if let example = declaration.examples.first {
            input += ", e.g. " + example.arguments.map { "`\($0.json)`" }.joined(separator: " and ")
        }
        text += "\n## Input\n\(input).\n"
        var output = "One line on standard output: a JSON array with one value per call, `null` for the constructor "
            + "and for each call that returns nothing"
        if let firstAnswer { output += ", e.g. `\(firstAnswer.json)`" }
        text += "\n## Output\n\(output).\n"
        let callCount = design.calls.lowerBound == design.calls.upperBound ? "exactly \(number(design.calls.lowerBound))"
            : "between \(number(design.calls.lowerBound)) and \(number(design.calls.upperBound))"
        var constraints = design.constructor.flatMap { constraintLines($0.0, $0.1) }
        var named = Set(design.constructor.map(\.0))
        for method in design.methods {
            for (name, type) in method.parameters where named.insert(name).inserted { constraints += constraintLines(name, type) }
        }
        constraints.append("\(callCount) calls are made after the constructor, to \(design.methods.map { "`\($0.name)`" }.joined(separator: ", "))")
        constraints += declaration.constraints
        text += "\n## Constraints\n" + constraints.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return text
    }

    /// How the argument is written: "a JSON array of integers".
    static func phrase(_ type: ValueType) -> String {
        switch type {
        case .int, .long: "a JSON integer"
        case .double: "a JSON number"
        case .bool: "`true` or `false` (JSON booleans, lowercase)"
        case .character: "a one-character JSON string"
        case .string: "a JSON string"
        case .array(let element, _, _): "a JSON array of \(element.plural)"
        case .tuple(let element, let fields): "a JSON array of \(fields.count) \(element.plural)"
        case .grid(.character(let alphabet), _, _):
            "a JSON array of `m` rows, each an array of `n` one-character strings \(alphabet.either.replacingQuotes)"
        case .grid(let cell, _, _): "a JSON array of `m` rows, each an array of `n` \(cell.plural)"
        case .tree: "the tree in level order as a JSON array, LeetCode's own format"
        case .list(let element, _): "the list's values in order, a JSON array of \(element.plural) (`[]` for the empty list)"
        }
    }

    static let treeFormat = """
        The array lists the root's value, then, for each node in breadth-first order (left to right, level by \
        level), its left and its right child: a value, or `null` when that child is missing. Missing children of \
        missing nodes are not listed, and `null`s at the end may be left out. For example `[1,2,3,4,5]` is 1 with \
        children 2 and 3, where 2 has children 4 and 5; `[1,null,2,3]` is 1 with only a right child 2, whose left \
        child is 3.
        """

    /// The constraint lines of one argument, e.g. "`1 <= nums.length <= 10^4`".
    static func constraintLines(_ name: String, _ type: ValueType) -> [String] {
        switch type {
        case .int(let range, let atMost):
            if case .length(let other)? = atMost {
                return ["`\(number(range.lowerBound)) <= \(name) <= \(other).length`"]
            }
            return ["`\(bounds(range, name))`"]
        case .long(let range): return ["`\(bounds(range, name))` (64-bit)"]
        case .double(let range): return ["`\(range.lowerBound) <= \(name) <= \(range.upperBound)`"]
        case .bool: return []
        case .character(let alphabet): return ["`\(name)` is \(alphabet.either.replacingQuotes)"]
        case .string(let length, let alphabet):
            return ["`\(bounds(length, "\(name).length"))`", "`\(name)` holds \(alphabet.prose)"]
        case .array(let element, let count, _):
            return ["`\(bounds(count, "\(name).length"))`"] + elementLines("\(name)[i]", element)
        case .tuple(let element, let fields):
            return ["`\(name).length == \(fields.count)`"] + elementLines("\(name)[j]", element)
        case .grid(let cell, let rows, let columns):
            let sides = rows == columns ? ["`\(bounds(rows, "m, n"))`"] : ["`\(bounds(rows, "m"))`", "`\(bounds(columns, "n"))`"]
            return ["`m == \(name).length`, `n == \(name)[i].length`"] + sides + elementLines("\(name)[i][j]", cell)
        case .list(let value, let nodes):
            return ["the number of nodes in `\(name)` is between `\(number(nodes.lowerBound))` and `\(number(nodes.upperBound))`"]
                + elementLines("Node.val", value)
        case .tree(let value, let nodes):
            var lines = ["the number of nodes is between `\(number(nodes.lowerBound))` and `\(number(nodes.upperBound))`"]
            if case .int(let range, _) = value { lines.append("`\(bounds(range, "node value"))`") }
            return lines
        }
    }

    private static func elementLines(_ path: String, _ element: ValueType) -> [String] {
        constraintLines(path, element)
    }

    private static func bounds(_ range: ClosedRange<Int>, _ name: String) -> String {
        range.lowerBound == range.upperBound ? "\(name) == \(number(range.lowerBound))"
            : "\(number(range.lowerBound)) <= \(name) <= \(number(range.upperBound))"
    }

    /// 10000 as `10^4`, 50000 as `5 * 10^4`, 2147483647 as `2^31 - 1`; small numbers as they are.
    static func number(_ value: Int) -> String {
        if value == Int(Int32.max) { return "2^31 - 1" }
        if value == Int(Int32.min) { return "-2^31" }
        if value < 0 { return "-" + number(-value) }
        guard value >= 10_000 else { return "\(value)" }
        var mantissa = value, exponent = 0
        while mantissa % 10 == 0 { mantissa /= 10; exponent += 1 }
        guard mantissa < 10 else { return "\(value)" }
        return mantissa == 1 ? "10^\(exponent)" : "\(mantissa) * 10^\(exponent)"
    }
}

private extension String {
    /// `"0" or "1"` as Markdown code: `` `"0"` or `"1"` ``.
    var replacingQuotes: String {
        var result = ""
        var open = false
        for character in self {
            if character == "\"" && !open { result += "`\""; open = true; continue }
            result.append(character)
            if character == "\"" && open { result += "`"; open = false }
        }
        return result
    }
}
