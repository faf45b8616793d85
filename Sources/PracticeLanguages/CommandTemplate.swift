/// A command whose words may hold placeholders: `{src}` (the solution's file), `{exe}` (the binary built) and
/// `{driver}` (a function-mode driver's file). The one place they are filled in.
public struct CommandTemplate: Sendable, Hashable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The words, placeholders included.
    public let words: [String]

    public init(_ words: [String]) { self.words = words }
    public init(arrayLiteral words: String...) { self.words = words }

    /// The program (first word), as written.
    public var program: String { words.first ?? "" }

    /// The words with every placeholder replaced by its path.
    public func filled(_ paths: CommandPaths) -> [String] {
        words.map { word in
            Placeholder.allCases.reduce(word) { $0.replacingOccurrences(of: $1.rawValue, with: paths[$1]) }
        }
    }

    /// The command with `placeholder` standing for another file: a compiler building the driver instead of
    /// the solution is the recipe's command with `{src}` replaced by `{driver}`.
    public func replacing(_ placeholder: Placeholder, with other: Placeholder) -> CommandTemplate {
        CommandTemplate(words.map { $0.replacingOccurrences(of: placeholder.rawValue, with: other.rawValue) })
    }

    public var description: String { words.joined(separator: " ") }
}

/// The placeholders of a `CommandTemplate`.
public enum Placeholder: String, Sendable, CaseIterable {
    case source = "{src}"
    case executable = "{exe}"
    case driver = "{driver}"
}

/// The paths a `CommandTemplate` is filled with; an unused one may stay empty.
public struct CommandPaths: Sendable, Hashable {
    public var source: String
    public var executable: String
    public var driver: String

    public init(source: String, executable: String = "", driver: String = "") {
        self.source = source
        self.executable = executable
        self.driver = driver
    }

    public subscript(placeholder: Placeholder) -> String {
        switch placeholder {
        case .source: source
        case .executable: executable
        case .driver: driver
        }
    }
}
