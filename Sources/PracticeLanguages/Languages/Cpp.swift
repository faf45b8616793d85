import Foundation
import PracticeModel

/// C++ as LeetCode compiles it: C++23 with clang++ (LeetCode's compiler; the Swift toolchain ships one) where it is
/// installed, else C++20 with g++ (g++ 12 cannot compile C++23's "deducing this"), at -O2. Function mode through
/// `cpp_driver.hpp`, compiled as one translation unit with the solution, after LeetCode's prelude precompiled once
/// per compiler.
public struct CppLanguage: LanguageSupport {
    public init() {}

    /// clang++ -std=c++23, as LeetCode (clang with libstdc++), the precompiled prelude given with `-include-pch` and
    /// made with the templates it uses already instantiated (a third of what was left of a compile).
    public static let clang = toolchain("clang++", standard: "c++23", package: "clang", prelude: "prelude.hpp.pch",
                                        precompile: ["-fpch-instantiate-templates"], use: ["-include-pch", "{exe}"])
    /// g++ -std=c++20, the precompiled prelude found by g++ itself next to the header given with `-include`.
    public static let gcc = toolchain("g++", standard: "c++20", package: "g++", prelude: "prelude.hpp.gch",
                                      precompile: [], use: ["-include", "{src}"])

    private static func toolchain(_ compiler: String, standard: String, package: String, prelude output: String,
                                  precompile: [String], use: CommandTemplate) -> LanguageRecipe {
        let flags = ["-std=" + standard, "-O2"]
        let prelude = PrecompiledPrelude(fileName: "prelude.hpp", text: DriverSource.text(PackageResources.cpp_prelude_hpp),
                                         outputFileName: output,
                                         build: CommandTemplate([compiler] + flags + precompile + ["-x", "c++-header", "{src}", "-o", "{exe}"]),
                                         use: use)
        return LanguageRecipe(name: "cpp", extensions: ["cpp", "cc", "cxx"],
                              compile: CommandTemplate([compiler] + flags + ["-o", "{exe}", "{src}"]), run: ["{exe}"],
                              precompiledPrelude: prelude, package: package)
    }

    public var recipe: LanguageRecipe { Self.clang }
    public var toolchains: [LanguageRecipe] { [Self.clang, Self.gcc] }

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_cpp) }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        ModeDetection.solutionClassFindings(source, stdin: #"\bcin\s*(?:>>|\.\s*(?:get|getline|read|readsome|ignore|peek)\b)|\bscanf\s*\(|\bgetline\s*\(\s*(?:std\s*::\s*)?cin\b|\bstdin\b|\bgetchar\s*\(|\bmain\s*\("#,
                                            function: function)
    }

    /// One translation unit: LeetCode's prelude, `TreeNode` and `ListNode` (unless the solution defines its own),
    /// `#include "Main.cpp"` (so compile errors name the solution's own lines), the driver, and a `main` reading
    /// each argument into a variable of its C++ type (an lvalue, so `vector<int>&` parameters work).
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        try driver(for: signature, solutionSource: solutionSource, solutionFileName: solutionFileName, toolchain: recipe)
    }

    public func driver(for signature: Signature, solutionSource: String, solutionFileName: String,
                       toolchain: LanguageRecipe) throws(LanguageError) -> FunctionDriver {
        let main = if let design = signature.design { try designMain(design) } else { try functionMain(signature) }
        return translationUnit(signature, main: main, solutionSource: solutionSource, solutionFileName: solutionFileName,
                               toolchain: toolchain)
    }

    /// The generated `main` of a function: each argument read into a variable of its C++ type (an lvalue, so
    /// `vector<int>&` parameters work), `Solution().method(...)` called, the result (or the modified argument) written.
    private func functionMain(_ signature: Signature) throws(LanguageError) -> [String] {
        var statements: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated() {
            statements += [
                "        practice_driver::Reader reader\(index)(lines[\(index)]);",
                "        \(Self.typeName(type)) argument\(index){};",
                "        practice_driver::read(reader\(index), argument\(index));",
                "        reader\(index).finish(\(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type)));",
            ]
        }
        let arguments = signature.argumentIndices.map { "argument\($0)" }.joined(separator: ", ")
        // A list with a cycle: its last node linked back before the call.
        let link = signature.cycle.map { ["        practice_driver::link_cycle(argument\($0.list), argument\($0.position));"] } ?? []
        return [
            "int main() {",
            "    return practice_driver::serve(\(signature.parameters.count), [](const std::vector<std::string> &lines, std::string &text) {",
        ] + statements + link + [
            "        Solution solution;",
        ] + (signature.modifies.map { modified in [
            // In place: the call returns nothing, and the argument is the answer.
            "        solution.\(signature.functionName)(\(arguments));",
            "        practice_driver::put(text, argument\(modified));",
        ] } ?? [
            "        auto &&result = solution.\(signature.functionName)(\(arguments));",
            "        practice_driver::put(text, result);",
        ]) + [
            "    });",
            "}",
            "",
        ]
    }

    /// The generated `main` of a design problem: the class made with `new` from the first call's arguments, then
    /// each call's arguments read into variables of their C++ types and the method called, in the test's order; the
    /// answers are one JSON array, `null` for the constructor and for `void` methods.
    private func designMain(_ design: ClassDesign) throws(LanguageError) -> [String] {
        func reads(_ parameters: [Parameter], call: String) throws(LanguageError) -> [String] {
            var lines = ["            const std::vector<std::string> &texts = calls.of(\(call), \(parameters.count));"]
            for (index, parameter) in parameters.enumerated() {
                guard let type = TypeNotation.of(parameter) else { throw .unsupportedFunctionType(type: parameter.type, language: name) }
                lines += [
                    "            practice_driver::Reader reader\(index)(texts[\(index)]);",
                    "            \(Self.typeName(type)) argument\(index){};",
                    "            practice_driver::read(reader\(index), argument\(index));",
                    "            reader\(index).finish(\(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type)));",
                ]
            }
            return lines
        }
        let arguments = { (count: Int) in (0..<count).map { "argument\($0)" }.joined(separator: ", ") }
        var lines = [
            "int main() {",
            "    return practice_driver::serve(2, [](const std::vector<std::string> &lines, std::string &text) {",
            "        practice_driver::DesignCalls calls(lines, \(DriverSource.quoted(design.className)));",
            "        std::unique_ptr<\(design.className)> object;",
            "        {",
        ]
        lines += try reads(design.constructor, call: "0")
        lines += [
            "            object.reset(new \(design.className)(\(arguments(design.constructor.count))));",
            "        }",
            "        text += \"[null\";",
            "        for (size_t call = 1; call < calls.names.size(); ++call) {",
            "            const std::string &method = calls.names[call];",
            "            text += ',';",
        ]
        for (index, method) in design.methods.enumerated() {
            lines.append("        \(index == 0 ? "if" : "} else if") (method == \(DriverSource.quoted(method.name))) {")
            lines += try reads(method.parameters, call: "call")
            if method.returnType == nil {
                lines += ["            object->\(method.name)(\(arguments(method.parameters.count)));", "            text += \"null\";"]
            } else {
                lines += ["            auto &&result = object->\(method.name)(\(arguments(method.parameters.count)));",
                          "            practice_driver::put(text, result);"]
            }
        }
        lines += [
            "        } else {",
            "            throw practice_driver::bad_argument{\"\(design.className) has no method \" + method};",
            "        }",
            "        }",
            "        text += ']';",
            "    });",
            "}",
            "",
        ]
        return lines
    }

    /// One translation unit: the prelude and nodes (unless the solution defines its own), `#include "Main.cpp"`, the
    /// driver and `main`.
    private func translationUnit(_ signature: Signature, main: [String], solutionSource: String, solutionFileName: String,
                                 toolchain: LanguageRecipe) -> FunctionDriver {
        let code = ModeDetection.stripComments(solutionSource)
        let ownTree = Self.defines(code, "TreeNode"), ownList = Self.defines(code, "ListNode")
        var parts = [
            "// practice function-mode driver for \(signature.functionName), generated for one attempt from cpp_driver.hpp",
            "// (docs/ARCHITECTURE.md, section Languages).",
        ]
        let prefix: PrecompiledPrelude?
        if !ownTree && !ownList {
            // The prelude, the nodes and the driver before the solution: the same text for every signature, so the
            // whole of it is precompiled once (a compile that starts with it skips the guarded block).
            let block = Self.driverPrefix
            parts += [block, "#include \(DriverSource.quoted(solutionFileName))", ""] + main
            prefix = toolchain.precompiledPrelude.map { $0.with(text: block, fileName: "driver_prefix.hpp") }
        } else {
            // The solution's own nodes come before the driver, which reads and writes them.
            parts += ["#define PRACTICE_DRIVER_GENERATED 1", DriverSource.text(PackageResources.cpp_prelude_hpp)]
            if !ownTree { parts.append(DriverSource.text(PackageResources.cpp_tree_node_hpp)) }
            if !ownList { parts.append(DriverSource.text(PackageResources.cpp_list_node_hpp)) }
            parts += ["#include \(DriverSource.quoted(solutionFileName))", "", DriverSource.text(PackageResources.cpp_driver_hpp)] + main
            prefix = toolchain.precompiledPrelude
        }
        return FunctionDriver(fileName: "practice_driver.cpp", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: signature.parameters.count, compile: toolchain.compile?.replacing(.source, with: .driver),
                              prelude: prefix)
    }

    /// What every generated driver whose solution uses LeetCode's own nodes starts with: LeetCode's prelude, `TreeNode`,
    /// `ListNode` and the driver, in a block skipped when the compile starts with its precompiled form (which defines
    /// `PRACTICE_DRIVER_PREFIX`).
    static let driverPrefix = [
        "#ifndef PRACTICE_DRIVER_PREFIX",
        "#define PRACTICE_DRIVER_PREFIX 1",
        "#define PRACTICE_DRIVER_GENERATED 1",
        DriverSource.text(PackageResources.cpp_prelude_hpp),
        DriverSource.text(PackageResources.cpp_tree_node_hpp),
        DriverSource.text(PackageResources.cpp_list_node_hpp),
        DriverSource.text(PackageResources.cpp_driver_hpp),
        "#endif  // PRACTICE_DRIVER_PREFIX",
    ].joined(separator: "\n")

    /// LeetCode's C++ stub: `class Solution { public: ... }`, containers by reference, a body returning `{}`.
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return try designStub(design) }
        var parameters: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated()
        where index != signature.cycle?.position {
            parameters.append(Self.declaration(type, parameter.name))
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let comment = DriverSource.nodeComment(signature, tree: PackageResources.cpp_tree_node_hpp, list: PackageResources.cpp_list_node_hpp)
        if signature.modifies != nil {
            return comment + """
                class Solution {
                public:
                    void \(signature.functionName)(\(parameters.joined(separator: ", "))) {
                    }
                };

                """
        }
        return comment + """
            class Solution {
            public:
                \(Self.typeName(returned).replacingOccurrences(of: " *", with: "*")) \(signature.functionName)(\(parameters.joined(separator: ", "))) {
                    return {};
                }
            };

            """
    }

    /// LeetCode's skeleton of a design class: a public constructor and methods with LeetCode's parameter types, the
    /// methods that return something returning `{}`.
    func designStub(_ design: ClassDesign) throws(LanguageError) -> String {
        func declared(_ parameters: [Parameter]) throws(LanguageError) -> String {
            var written: [String] = []
            for parameter in parameters {
                guard let type = TypeNotation.of(parameter) else { throw .unsupportedFunctionType(type: parameter.type, language: name) }
                written.append(Self.declaration(type, parameter.name))
            }
            return written.joined(separator: ", ")
        }
        var lines = ["class \(design.className) {", "public:", "    \(design.className)(\(try declared(design.constructor))) {", "    }"]
        for method in design.methods {
            let returned = method.returnValueType.map(TypeNotation.init) ?? method.returnType.flatMap(TypeNotation.init)
            if method.returnType != nil && returned == nil { throw .unsupportedFunctionType(type: method.returnType!, language: name) }
            let type = returned.map { Self.typeName($0).replacingOccurrences(of: " *", with: "*") } ?? "void"
            lines += ["", "    \(type) \(method.name)(\(try declared(method.parameters))) {"]
            if method.returnType != nil { lines.append("        return {};") }
            lines.append("    }")
        }
        lines += ["};", "", "// How it is called: \(design.className)* obj = new \(design.className)(...), then obj->\(design.methods[0].name)(...)"
                  + " and the other methods, in the order of the test's calls."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The C++ type the driver reads a value of `type` into (`vector<vector<char>>`, `TreeNode *`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int: "int"
        case .long: "long long"
        case .double: "double"
        case .bool: "bool"
        case .string: "string"
        case .character: "char"
        case .array(let element): "vector<\(typeName(element))>"
        case .tree: "TreeNode *"
        case .list: "ListNode *"
        }
    }

    /// A parameter as LeetCode declares it: containers by reference (`vector<int>& nums`), the rest by value
    /// (`int k`, `string s`, `TreeNode* root`).
    static func declaration(_ type: TypeNotation, _ name: String) -> String {
        let written = typeName(type).replacingOccurrences(of: " *", with: "*")
        if case .array = type { return written + "& " + name }
        return written + " " + name
    }

    /// Whether C++ code (comments removed) defines a struct or class of this name.
    private static func defines(_ code: String, _ name: String) -> Bool {
        code.range(of: #"\b(?:struct|class)\s+"# + name + #"\b[^;{]*\{"#, options: .regularExpression) != nil
    }
}
