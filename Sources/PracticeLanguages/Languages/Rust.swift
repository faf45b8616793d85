import Foundation
import PracticeModel

/// Rust as LeetCode builds it: one file, edition 2021, optimised (LeetCode compiles in release mode: integer overflow
/// wraps instead of panicking), no crates. Function mode through `rust_driver.rs`, a library precompiled once per
/// rustc into the user's cache (an rlib), and a `main` generated per signature that calls `Solution::snake_case_name`.
/// docs/ARCHITECTURE.md ("Languages", Rust) has the measurements behind the flags.
public struct RustLanguage: LanguageSupport {
    public init() {}

    /// `rustc -O` (opt-level 2, no overflow checks, no debug assertions: LeetCode's release build) as edition 2021,
    /// in one codegen unit (less CPU than the default 16 for a small crate on a busy machine, for the same code).
    static let flags = ["--edition", "2021", "-O", "-C", "codegen-units=1"]

    /// The driver's library, built once per rustc (`PrecompiledHeaders`, keyed by rustc's path and version) and linked
    /// into each generated driver with `--cfg practice_prelude --extern practice_driver=...`: a third of the compile.
    static let library = PrecompiledPrelude(
        fileName: "practice_driver.rs", text: DriverSource.text(PackageResources.rust_driver_rs), outputFileName: "libpractice_driver.rlib",
        build: CommandTemplate(["rustc"] + flags + ["--crate-type", "rlib", "--crate-name", "practice_driver", "-o", "{exe}", "{src}"]),
        use: ["--cfg", "practice_prelude", "--extern", "practice_driver={exe}"])

    /// The compile names the solution by its file name in the work directory (where it runs), not `{src}`'s full path,
    /// so rustc's messages and panics say `Main.rs:3:5`, not the attempt's private directory.
    public let recipe = LanguageRecipe(name: "rust", extensions: ["rs"], compile: CommandTemplate(["rustc"] + flags + ["-o", "{exe}", "Main.rs"]),
                                       run: ["{exe}"], precompiledPrelude: library, package: "rustc")

    public var hasFunctionMode: Bool { true }

    /// Function mode: `impl Solution` with the method under its snake_case name, and no `fn main` or stdin.
    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        let code = ModeDetection.stripComments(source)
        let method = NSRegularExpression.escapedPattern(for: ModeDetection.snakeCase(function.name))
        return ModeDetection.Findings(
            readsStdin: ModeDetection.matches(code, #"\bfn\s+main\s*\(|\bstdin\s*\(|\bio\s*::\s*stdin\b|\bread_line\s*\("#),
            definesSolutionClass: ModeDetection.matches(code, #"\bimpl\s+Solution\b"#),
            definesFunction: false,
            mentionsFunction: ModeDetection.matches(code, #"\b"# + method + #"\b"#))
    }

    /// `practice_driver.rs`: the driver library (the precompiled rlib, or its text in `mod practice_driver`), LeetCode's
    /// nodes and `pub struct Solution;` unless the solution defines them, the node readers and writers the signature
    /// needs, `include!` of the solution (so compile errors name `Main.rs` and its lines) and a `main` reading each
    /// argument into its Rust type and calling `Solution::method(...)`.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        if let design = signature.design {
            return designDriver(try TypedDesign(design, in: name), solutionSource: solutionSource, solutionFileName: solutionFileName)
        }
        try Self.refuseCycles(signature)
        var statements: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated() {
            statements += [
                "    let mut reader\(index) = practice_driver::Reader::new(&lines[\(index)]);",
                "    let \(signature.modifies == index ? "mut " : "")argument\(index): \(Self.typeName(type)) = \(Self.reading(type, "(&mut reader\(index))"));",
                "    reader\(index).finish(\(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type)))?;",
            ]
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let code = ModeDetection.stripComments(solutionSource)
        let types = TypeNotation.all(in: signature)
        // An in-place method takes the argument it modifies as `&mut`, as LeetCode's Rust signatures do.
        let arguments = signature.parameters.indices.map { (signature.modifies == $0 ? "&mut " : "") + "argument\($0)" }
            .joined(separator: ", ")
        let call = signature.modifies.map { modified in [
            "    Solution::\(ModeDetection.snakeCase(signature.functionName))(\(arguments));",
            "    \(Self.writing(returned, "&argument\(modified)"));",
        ] } ?? [
            "    let result = Solution::\(ModeDetection.snakeCase(signature.functionName))(\(arguments));",
            "    \(Self.writing(returned, "&result"));",
        ]
        var parts = Self.head(signature.functionName, code: code, types: types)
        if !Self.defines(code, "Solution") { parts.append("pub struct Solution;\n") }
        parts += [
            "include!(\(DriverSource.quoted(solutionFileName)));",
            "",
            "fn practice_test(lines: &[String], out: &mut String) -> Result<(), String> {",
        ] + statements + call + [
            "    Ok(())",
            "}",
            "",
            "fn main() {",
            "    practice_driver::serve(\(signature.parameters.count), practice_test);",
            "}",
            "",
        ]
        return FunctionDriver(fileName: "practice_driver.rs", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: signature.parameters.count, compile: CommandTemplate(["rustc"] + Self.flags + ["-o", "{exe}", "practice_driver.rs"]),
                              prelude: Self.library)
    }

    /// The generated driver's first parts: the driver library, LeetCode's nodes unless the solution defines them, and
    /// the node readers and writers that `types` need.
    static func head(_ name: String, code: String, types: [TypeNotation], allow: String = "") -> [String] {
        var parts = [
            "// practice function-mode driver for \(name), generated for one attempt from rust_driver.rs",
            "// (docs/ARCHITECTURE.md, section Languages).",
            "#![allow(dead_code, unused_imports, unused_macros\(allow))]",
            "#[cfg(practice_prelude)]",
            "#[macro_use]",
            "extern crate practice_driver;",
            "#[cfg(not(practice_prelude))]",
            "#[macro_use]",
            "mod practice_driver {",
            DriverSource.text(PackageResources.rust_driver_rs),
            "}",
            "use practice_driver::prelude::*;",
            "",
        ]
        if !defines(code, "TreeNode") { parts.append(DriverSource.text(PackageResources.rust_tree_node_rs)) }
        if !defines(code, "ListNode") { parts.append(DriverSource.text(PackageResources.rust_list_node_rs)) }
        if types.contains(where: { $0.contains(.tree) }) { parts.append("practice_tree_io!();") }
        if types.contains(where: { $0.contains(.list) }) { parts.append("practice_list_io!();") }
        return parts
    }

    /// A design problem's driver: `practice_test` reads each test's calls, makes the object with `Class::new(...)` and
    /// calls each method (`object.get_min()`: auto-ref takes `&self` and `&mut self` alike) in a match on the call's
    /// name, each argument read into its Rust type and passed by value; a void method's answer is null.
    func designDriver(_ design: TypedDesign, solutionSource: String, solutionFileName: String) -> FunctionDriver {
        func reads(_ parameters: [(parameter: Parameter, type: TypeNotation)], indent: String) -> [String] {
            parameters.enumerated().map { index, typed in
                indent + "let argument\(index): \(Self.typeName(typed.type)) = \(Self.reading(typed.type, "calls.argument()"));"
            } + [indent + "calls.close(\(DriverSource.quoted(parameters.map { "\($0.parameter.name): \($0.parameter.type)" }.joined(separator: ", "))))?;"]
        }
        let arguments = { (count: Int) in (0..<count).map { "argument\($0)" }.joined(separator: ", ") }
        var cases: [String] = []
        for method in design.methods {
            let call = "object.\(ModeDetection.snakeCase(method.name))(\(arguments(method.parameters.count)))"
            cases += ["            \(DriverSource.quoted(method.name)) => {"] + reads(method.parameters, indent: "                ")
            if let returned = method.returns {
                cases += ["                let result = \(call);", "                out.push(',');",
                          "                \(Self.writing(returned, "&result"));"]
            } else {
                cases += ["                \(call);", "                out.push_str(\",null\");"]
            }
            cases.append("            }")
        }
        let code = ModeDetection.stripComments(solutionSource)
        let parts = Self.head("the class " + design.className, code: code, types: design.types, allow: ", unused_mut, unused_variables")
            + [
                "include!(\(DriverSource.quoted(solutionFileName)));",
                "",
                "fn practice_test(lines: &[String], out: &mut String) -> Result<(), String> {",
                "    let mut calls = practice_driver::Calls::new(&lines[0], &lines[1])?;",
            ] + reads(design.constructor, indent: "    ") + [
                "    let mut object = \(design.className)::new(\(arguments(design.constructor.count)));",
                "    out.push_str(\"[null\");",
                "    while let Some(method) = calls.next()? {",
                "        match method.as_str() {",
            ] + cases + [
                "            _ => return Err(calls.unknown(\(DriverSource.quoted(design.className)))),",
                "        }",
                "    }",
                "    out.push(']');",
                "    Ok(())",
                "}",
                "",
                "fn main() {",
                "    practice_driver::serve(2, practice_test);",
                "}",
                "",
            ]
        return FunctionDriver(fileName: "practice_driver.rs", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: 2, compile: CommandTemplate(["rustc"] + Self.flags + ["-o", "{exe}", "practice_driver.rs"]),
                              prelude: Self.library)
    }

    /// The expression that reads a value of `type` from `reader` (an expression of type `&mut Reader`).
    static func reading(_ type: TypeNotation, _ reader: String) -> String {
        switch type {
        case .int: "\(reader).int32()"
        case .long: "\(reader).int64()"
        case .double: "\(reader).float64()"
        case .bool: "\(reader).boolean()"
        case .string: "\(reader).string()"
        case .character: "\(reader).character()"
        case .array(let element): "\(reader).array(|r| \(reading(element, "r")))"
        case .tree: "practice_read_tree(\(reader))"
        case .list: "practice_read_list(\(reader))"
        }
    }

    /// The statement that writes `value` (a reference to a value of `type`) as JSON to `out`.
    static func writing(_ type: TypeNotation, _ value: String, out: String = "out") -> String {
        switch type {
        case .int: "practice_driver::write_i32(\(out), \(value))"
        case .long: "practice_driver::write_i64(\(out), \(value))"
        case .double: "practice_driver::write_f64(\(out), \(value))"
        case .bool: "practice_driver::write_bool(\(out), \(value))"
        case .string: "practice_driver::write_string(\(out), \(value))"
        case .character: "practice_driver::write_char(\(out), \(value))"
        case .array(let element): "practice_driver::write_array(\(out), \(value), |out, x| \(writing(element, "x")))"
        case .tree: "practice_write_tree(\(out), \(value))"
        case .list: "practice_write_list(\(out), \(value))"
        }
    }

    /// LeetCode's Rust stub: the node definitions as `//` comments when the signature uses them (and, for trees, the
    /// `use` lines of `Rc` and `RefCell` after them), then `impl Solution { pub fn snake_case(...) -> T { ... } }` with a
    /// body that returns a default value.
    public var programStub: String { DriverSource.text(PackageResources.program_rs) }

    /// A list with a cycle cannot be an `Option<Box<ListNode>>` (each node owns the next): LeetCode offers no Rust for
    /// those problems (141), and neither does practice.
    static func refuseCycles(_ signature: Signature) throws(LanguageError) {
        guard let cycle = signature.cycle else { return }
        throw .unsupportedFunctionType(type: signature.parameters[cycle.list].type + " with a cycle (Option<Box<ListNode>> cannot hold one; LeetCode has no Rust for it either)",
                                       language: "rust")
    }

    public func stub(for signature: Signature) throws(LanguageError) -> String {
        try Self.refuseCycles(signature)
        if let design = signature.design { return try designStub(TypedDesign(design, in: name)) }
        var parameters: [String] = []
        for (parameter, type) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)) {
            parameters.append("\(ModeDetection.snakeCase(parameter.name)): " + (signature.modifies == parameters.count ? "&mut " : "")
                              + Self.typeName(type))
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let types = TypeNotation.all(in: signature)
        var header = ""
        if types.contains(where: { $0.contains(.list) }) { header += Self.comment(PackageResources.rust_list_node_rs) }
        if types.contains(where: { $0.contains(.tree) }) {
            header += Self.comment(PackageResources.rust_tree_node_rs) + "use std::rc::Rc;\nuse std::cell::RefCell;\n"
        }
        if signature.modifies != nil {
            return header + """
                impl Solution {
                    pub fn \(ModeDetection.snakeCase(signature.functionName))(\(parameters.joined(separator: ", "))) {
                    }
                }

                """
        }
        return header + """
            impl Solution {
                pub fn \(ModeDetection.snakeCase(signature.functionName))(\(parameters.joined(separator: ", "))) -> \(Self.typeName(returned)) {
                    \(Self.defaultValue(returned))
                }
            }

            """
    }

    /// LeetCode's skeleton of a design class: the struct, and in `impl` the constructor `new` and a method per method
    /// in snake_case, taking `&self` as LeetCode's stubs do (`&mut self` for a method that changes the object), each
    /// with Rust's types and a body that returns a wrong answer; then how the driver calls it.
    func designStub(_ design: TypedDesign) -> String {
        let declared = { (parameters: [(parameter: Parameter, type: TypeNotation)]) in
            parameters.map { "\(ModeDetection.snakeCase($0.parameter.name)): \(Self.typeName($0.type))" }
        }
        var header = ""
        if design.types.contains(where: { $0.contains(.list) }) { header += Self.comment(PackageResources.rust_list_node_rs) }
        if design.types.contains(where: { $0.contains(.tree) }) {
            header += Self.comment(PackageResources.rust_tree_node_rs) + "use std::rc::Rc;\nuse std::cell::RefCell;\n"
        }
        if !header.isEmpty { header += "\n" }
        let className = design.className
        var lines = ["struct \(className) {", "", "}", "", "",
                     "// `&self` means the method takes an immutable reference: write `&mut self` in a method that changes the object.",
                     "impl \(className) {", "",
                     "    fn new(\(declared(design.constructor).joined(separator: ", "))) -> Self {", "        \(className) {}", "    }"]
        for method in design.methods {
            lines += ["    ", "    fn \(ModeDetection.snakeCase(method.name))(" + (["&self"] + declared(method.parameters)).joined(separator: ", ") + ")"
                      + (method.returns.map { " -> " + Self.typeName($0) } ?? "") + " {"]
            lines.append(method.returns.map { "        " + Self.defaultValue($0) } ?? "        ")
            lines.append("    }")
        }
        let names = design.constructor.map { ModeDetection.snakeCase($0.parameter.name) }.joined(separator: ", ")
        lines += ["}", "", "// How it is called: let mut obj = \(className)::new(\(names)); then obj.\(ModeDetection.snakeCase(design.methods[0].name))(...) "
                  + "and the other methods, in the order of the test's calls."]
        return header + lines.joined(separator: "\n") + "\n"
    }

    /// A node resource as LeetCode's comment above a stub: every line behind `// `.
    static func comment(_ resource: [UInt8]) -> String {
        DriverSource.text(resource).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.hasPrefix("//") ? String($0) : $0.isEmpty ? "//" : "// " + $0 }.joined(separator: "\n") + "\n"
    }

    /// The Rust type LeetCode writes (`Vec<Vec<char>>`, `Option<Rc<RefCell<TreeNode>>>`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int: "i32"
        case .long: "i64"
        case .double: "f64"
        case .bool: "bool"
        case .string: "String"
        case .character: "char"
        case .array(let element): "Vec<\(typeName(element))>"
        case .tree: "Option<Rc<RefCell<TreeNode>>>"
        case .list: "Option<Box<ListNode>>"
        }
    }

    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "0"
        case .double: "0.0"
        case .bool: "false"
        case .string: "String::new()"
        case .character: "' '"
        case .array: "vec![]"
        case .tree, .list: "None"
        }
    }

    /// Whether Rust code (comments removed) defines a struct of this name.
    private static func defines(_ code: String, _ name: String) -> Bool {
        ModeDetection.matches(code, #"\bstruct\s+"# + name + #"\b"#)
    }
}
