import Foundation
import PracticeModel

/// TypeScript: type-checked and transpiled by tsc to `Main.js`, which node runs; function mode through
/// `javascript_driver.js` on the transpiled solution, with LeetCode's globals declared for tsc
/// (`typescript_env.d.ts`). docs/ARCHITECTURE.md ("Languages", TypeScript) has the measurements behind the flags.
public struct TypeScriptLanguage: LanguageSupport {
    public init() {}

    /// The declarations file written next to the solution and compiled with it.
    static let declarationsFile = "practice_env.d.ts"

    /// tsc as LeetCode runs it (`--alwaysStrict --strictBindCallApply --strictFunctionTypes --target ES2022`: no
    /// `--strict`, so no strictNullChecks or noImplicitAny), plus what makes it fast and loadable: `--lib es2022`
    /// instead of the default DOM library (half of tsc's time; node's few non-ECMAScript globals are declared in
    /// `typescript_runtime.d.ts`), `--skipLibCheck` (the libraries and our declarations are not checked again),
    /// `--module commonjs` (a program's `import` runs on node; a script is emitted as it is, without `export {}`),
    /// `--pretty` (`Main.ts:3:5 - error TS2322: ...` and the line with the error marked; the judge removes the colour
    /// codes tsc writes with it), `--sourceMap` (`Main.js.map`:
    /// runtime errors name lines of `Main.ts`, through node's `--enable-source-maps` in a program and the driver in
    /// function mode).
    static let tsc: [String] = ["tsc", "--alwaysStrict", "--strictBindCallApply", "--strictFunctionTypes", "--target", "ES2022",
                                "--lib", "es2022", "--skipLibCheck", "--module", "commonjs", "--pretty", "--sourceMap"]

    /// The file tsc writes for `Main.ts`, next to it; the run commands name it (they run in the work directory).
    static let emitted = "Main.js"

    public let recipe = LanguageRecipe(
        name: "typescript", extensions: ["ts"], compile: CommandTemplate(tsc + ["{src}", declarationsFile]), run: ["node", "--enable-source-maps", emitted],
        supportFiles: [SupportFile(name: declarationsFile, text: DriverSource.text(PackageResources.typescript_runtime_d_ts) + "\n"
                                   + DriverSource.text(PackageResources.typescript_node_d_ts))],
        package: "node-typescript")

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_ts) }

    /// JavaScript's findings, and TypeScript's spellings of a definition: `function f<T>(`, `const f: (...) => T =`.
    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        var found = JavaScriptLanguage().findings(in: source, function: function)
        let code = ModeDetection.stripComments(source)
        let name = function.anySpelling
        found.definesFunction = found.definesFunction
            || ModeDetection.matches(code, #"\bfunction\s*"# + name + #"\s*<|\b(?:var|let|const)\s+"# + name + #"\s*:"#)
        return found
    }

    /// The JavaScript driver, run on the transpiled solution: tsc checks `Main.ts` against LeetCode's globals
    /// (`practice_env.d.ts`: node's runtime globals, `TreeNode`, `ListNode` and the queues, each left out when the
    /// solution defines that name itself) and writes `Main.js`, which the driver loads with `vm.runInThisContext`.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        let javaScript = try JavaScriptLanguage().driver(for: signature, solutionSource: "", solutionFileName: Self.emitted)
        let declarations = Self.declarations(DriverSource.text(PackageResources.typescript_runtime_d_ts), without: solutionSource)
            + "\n" + Self.declarations(DriverSource.text(PackageResources.typescript_env_d_ts), without: solutionSource)
        return FunctionDriver(fileName: javaScript.fileName, source: javaScript.source,
                              run: ["node", "--stack-size=65500", "{driver}", Self.emitted], arity: javaScript.arity,
                              compile: CommandTemplate(Self.tsc + ["{src}", Self.declarationsFile]),
                              supportFiles: [SupportFile(name: Self.declarationsFile, text: declarations)])
    }

    /// `resource` without the top-level declarations (each with the comment lines above it) of the names `source`
    /// defines at the start of a line (`class Queue`, `function TreeNode`, `const console`): tsc would call them duplicates.
    static func declarations(_ resource: String, without source: String) -> String {
        let code = ModeDetection.stripComments(source)
        var blocks: [(name: String?, lines: [String])] = []
        var comments: [String] = []
        for line in resource.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("//") || line.isEmpty {
                comments.append(line)
            } else if let name = declaredName(line) {
                blocks.append((name, comments + [line]))
                comments = []
            } else if blocks.isEmpty {
                blocks.append((nil, comments + [line]))
                comments = []
            } else {
                blocks[blocks.count - 1].lines += comments + [line]
                comments = []
            }
        }
        let kept = blocks.filter { block in
            guard let name = block.name else { return true }
            return !ModeDetection.matches(code, #"(?m)^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:class|interface|function|var|let|const|type|enum)\s+"#
                                          + NSRegularExpression.escapedPattern(for: name) + #"\b"#)
        }
        return (kept.flatMap(\.lines) + comments).joined(separator: "\n")
    }

    /// The name a top-level declaration line of a resource declares (`declare class Queue<T = any> {` is `Queue`).
    static func declaredName(_ line: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"^(?:declare\s+(?:class|var|let|const|function)|interface)\s+([A-Za-z_$][\w$]*)"#),
              let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let range = Range(match.range(at: 1), in: line) else { return nil }
        return String(line[range])
    }

    /// LeetCode's TypeScript stub: a top-level function with typed parameters (`function f(nums: number[], k: number):
    /// number {`), ended by `};` as LeetCode writes it, and the node classes as a comment when the signature uses them.
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return designStub(design) }
        let types = TypeNotation.all(in: signature)
        var header = ""
        if types.contains(where: { $0.contains(.tree) }) { header += Self.treeComment }
        if types.contains(where: { $0.contains(.list) }) { header += Self.listComment }
        if !header.isEmpty { header += "\n" }
        let parameters = signature.arguments.map { "\($0.name): \(TypeNotation.of($0).map(Self.typeName) ?? "any")" }
        let returned = TypeNotation.returned(by: signature)
        if let modified = signature.modifiedParameter {
            return header + """
                /**
                 Do not return anything, modify \(modified.name) in-place instead.
                 */
                function \(signature.functionName)(\(parameters.joined(separator: ", "))): void {
                };

                """
        }
        return header + """
            function \(signature.functionName)(\(parameters.joined(separator: ", "))): \(returned.map(Self.typeName) ?? "any") {
                return \(returned.map(JavaScriptLanguage.defaultValue) ?? "null");
            };

            """
    }

    /// LeetCode's skeleton of a design class: a class with a typed constructor and methods, returning a wrong answer.
    func designStub(_ design: ClassDesign) -> String {
        let typed = { (parameters: [Parameter]) in
            parameters.map { "\($0.name): \(TypeNotation.of($0).map(Self.typeName) ?? "any")" }.joined(separator: ", ")
        }
        var lines = ["class \(design.className) {", "    constructor(\(typed(design.constructor))) {", "", "    }", ""]
        for method in design.methods {
            let returned = method.returnValueType.map(TypeNotation.init) ?? method.returnType.flatMap(TypeNotation.init)
            if method.returnType == nil {
                lines += ["    \(method.name)(\(typed(method.parameters))): void {", "", "    }", ""]
            } else {
                lines += ["    \(method.name)(\(typed(method.parameters))): \(returned.map(Self.typeName) ?? "any") {",
                          "        return \(returned.map(JavaScriptLanguage.defaultValue) ?? "null");", "    }", ""]
            }
        }
        lines[lines.count - 1] = "}"
        lines += ["", "/**", " * How it is called: var obj = new \(design.className)(\(design.constructor.map(\.name).joined(separator: ", "))), then "
                  + "obj.\(design.methods[0].name)(...) and the other methods, in the order of the test's calls.", " */"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// LeetCode's comment above a stub that uses trees (the class is predefined; tsc sees `typescript_env.d.ts`).
    static let treeComment = """
        /**
         * Definition for a binary tree node.
         * class TreeNode {
         *     val: number
         *     left: TreeNode | null
         *     right: TreeNode | null
         *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
         *         this.val = (val===undefined ? 0 : val)
         *         this.left = (left===undefined ? null : left)
         *         this.right = (right===undefined ? null : right)
         *     }
         * }
         */

        """

    /// LeetCode's comment above a stub that uses linked lists.
    static let listComment = """
        /**
         * Definition for singly-linked list.
         * class ListNode {
         *     val: number
         *     next: ListNode | null
         *     constructor(val?: number, next?: ListNode | null) {
         *         this.val = (val===undefined ? 0 : val)
         *         this.next = (next===undefined ? null : next)
         *     }
         * }
         */

        """

    /// The TypeScript type LeetCode writes: `number`, `boolean`, `string` (characters too), `number[][]`,
    /// `TreeNode | null`, and `Array<ListNode | null>` for an array of nodes.
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double: "number"
        case .bool: "boolean"
        case .string, .character: "string"
        case .array(let element):
            element.containsNodes && !element.isArray ? "Array<\(typeName(element))>" : typeName(element) + "[]"
        case .tree: "TreeNode | null"
        case .list: "ListNode | null"
        }
    }
}

extension TypeNotation {
    var isArray: Bool { if case .array = self { true } else { false } }
}
