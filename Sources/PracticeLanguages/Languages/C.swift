import Foundation
import PracticeModel

/// C as LeetCode compiles it: gcc, gnu17, -O2 with libm. Function mode LeetCode's way, a bare function
/// (`int findUnsortedSubarray(int* nums, int numsSize)`), through `c_driver.c`: one translation unit with LeetCode's
/// headers, the nodes, `#include "Main.c"` and a `practice_test` generated for the signature.
public struct CLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(name: "c", extensions: ["c"],
                                       compile: ["gcc", "-O2", "-std=gnu17", "-o", "{exe}", "{src}", "-lm"], run: ["{exe}"],
                                       package: "gcc")

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_c) }

    /// The headers LeetCode's C includes before a solution (uthash, which LeetCode also has, is not here).
    static let leetCodeHeaders = ["stdio.h", "stdlib.h", "string.h", "stdbool.h", "limits.h", "math.h", "ctype.h", "stdint.h"]

    /// Function mode when the source defines the function (a definition at the start of a line: its return type, the
    /// name, the parameters and a body) and has no `main` and does not read stdin.
    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        let code = ModeDetection.stripComments(source)
        let stdin = #"\bmain\s*\(|\bscanf\s*\(|\bgetchar\s*\(|\bfgets\s*\(|\bstdin\b"#
        let definition = #"(?m)^[\w\s*]*?\b"# + function.exactly + #"\s*\([^;{}]*\)\s*\{"#
        return ModeDetection.Findings(readsStdin: ModeDetection.matches(code, stdin), definesSolutionClass: false,
                                      definesFunction: ModeDetection.matches(code, definition),
                                      mentionsFunction: ModeDetection.matches(code, #"\b"# + function.exactly + #"\b"#))
    }

    /// `practice_driver.c`: `#define PRACTICE_DRIVER_GENERATED`, LeetCode's headers, the nodes the solution does not
    /// define, the driver and `#include "Main.c"` (the driver after it when the solution has its own nodes, which the
    /// driver reads and writes), then `practice_test`, which reads each argument into LeetCode's parameters, calls the
    /// function and writes its answer, and `main`.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        let test = if let design = signature.design { try Self.designTest(design) } else { Self.test(signature, try Self.shapes(of: signature)) }
        let code = ModeDetection.stripComments(solutionSource)
        let ownTree = Self.defines(code, "TreeNode"), ownList = Self.defines(code, "ListNode")
        var parts = [
            "// practice function-mode driver for \(signature.functionName), generated for one attempt from c_driver.c",
            "// (docs/ARCHITECTURE.md, section Languages).",
            "#define PRACTICE_DRIVER_GENERATED 1",
        ] + Self.leetCodeHeaders.map { "#include <\($0)>" }
        if !ownTree { parts.append(DriverSource.text(PackageResources.c_tree_node_h)) }
        if !ownList { parts.append(DriverSource.text(PackageResources.c_list_node_h)) }
        let include = ["#include \(DriverSource.quoted(solutionFileName))", ""]
        let driver = DriverSource.text(PackageResources.c_driver_c)
        parts += ownTree || ownList ? include + [driver] : [driver] + include
        parts += test + [
            "int main(void) { return practice_serve(\(signature.parameters.count), practice_test); }",
            "",
        ]
        // The driver by its name in the work directory, where gcc runs: messages say `practice_driver.c:12:5`, not the
        // attempt's private path (and `Main.c:3:5`, as it is included).
        let compile = recipe.compile.map { CommandTemplate($0.words.map { $0 == "{src}" ? "practice_driver.c" : $0 }) }
        return FunctionDriver(fileName: "practice_driver.c", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: signature.parameters.count, compile: compile)
    }

    /// `practice_test(lines, answer)`: each argument read into its variables (an array's elements and count, a grid's
    /// rows, count and row lengths), the call, and the answer written (in place: the modified argument).
    static func test(_ signature: Signature, _ shapes: (parameters: [Shape], returned: Shape)) -> [String] {
        var (body, arguments) = reads(signature.parameters, shapes.parameters) { "lines[\($0)]" }
        if let cycle = signature.cycle {
            // A list with a cycle: its last node linked back before the call, which does not get the position.
            body.append("    practice_link_cycle(argument\(cycle.list), argument\(cycle.position));")
            arguments.removeAll { $0 == "argument\(cycle.position)" }
        }
        let call = signature.functionName + "(" + arguments.joined(separator: ", ")
        if let modified = signature.modifies {
            // In place: the function returns nothing, and the argument (its elements) is the answer.
            let name = "argument\(modified)"
            return ["static void practice_test(char **lines, practice_text *answer) {"] + body + [
                "    \(call));",
                "    " + put(shapes.parameters[modified], value: name, count: name + "Size", columns: name + "ColSize"),
                "}",
            ]
        }
        body += calling(call, hasArguments: !arguments.isEmpty, shapes.returned)
        return ["static void practice_test(char **lines, practice_text *answer) {"] + body + [
            "    " + put(shapes.returned, value: "result", count: "returnSize", columns: "returnColumnSizes"),
            "}",
        ]
    }

    /// The statements that call `call` (`f(argument0, argument0Size`, without its closing parenthesis) into `result`,
    /// with `returnSize` and `returnColumnSizes` for an array.
    static func calling(_ call: String, hasArguments: Bool, _ returned: Shape) -> [String] {
        let element = returned.element
        switch returned {
        case .scalar:
            return ["    \(element.type) result = \(call));"]
        case .array:
            return ["    int returnSize = -1;",
                    "    \(element.type)* result = \(call)\(hasArguments ? ", " : "")&returnSize);"]
        case .grid:
            return ["    int returnSize = -1, *returnColumnSizes = NULL;",
                    "    \(element.type)** result = \(call)\(hasArguments ? ", " : "")&returnSize, &returnColumnSizes);"]
        }
    }

    /// The statements that read each parameter from its JSON text (`line(index)`) into LeetCode's variables, each
    /// returning from the test when it cannot, and the arguments they make (`argument0, argument0Size`).
    static func reads(_ parameters: [Parameter], _ shapes: [Shape], line: (Int) -> String) -> (body: [String], arguments: [String]) {
        var body: [String] = [], arguments: [String] = []
        for (index, (parameter, shape)) in zip(parameters, shapes).enumerated() {
            let name = "argument\(index)", element = shape.element
            let read = "\(line(index)), \(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type))"
            switch shape {
            case .scalar:
                body += ["    \(element.type) \(name) = 0;",
                         "    if (!practice_argument(\(read), \(element.read), &\(name))) return;"]
                arguments.append(name)
            case .array:
                body += ["    void *items\(index) = NULL;",
                         "    int \(name)Size = 0;",
                         "    if (!practice_argument_array(\(read), sizeof(\(element.type)), \(element.read), &items\(index), &\(name)Size)) return;",
                         "    \(element.type)* \(name) = items\(index);"]
                arguments += [name, name + "Size"]
            case .grid:
                body += ["    void *rows\(index) = NULL;",
                         "    int \(name)Size = 0, *\(name)ColSize = NULL;",
                         "    if (!practice_argument_grid(\(read), sizeof(\(element.type)), \(element.read), &rows\(index), &\(name)Size, &\(name)ColSize)) return;",
                         "    \(element.type)** \(name) = rows\(index);"]
                arguments += [name, name + "Size", name + "ColSize"]
            }
        }
        return (body, arguments)
    }

    /// LeetCode's C names of a design: `MinStack` makes `minStackCreate`, `minStackGetMin`, `minStackFree` (`LRUCache`:
    /// `lRUCacheCreate`), each method taking the object first.
    static func designFunction(_ className: String, _ suffix: String) -> String {
        className.prefix(1).lowercased() + className.dropFirst() + suffix.prefix(1).uppercased() + suffix.dropFirst()
    }

    /// A design's shapes: the constructor's parameters, and each method's parameters and result (nil: void).
    static func designShapes(_ design: ClassDesign) throws(LanguageError) -> (constructor: [Shape], methods: [([Shape], Shape?)]) {
        func shapes(_ parameters: [Parameter]) throws(LanguageError) -> [Shape] {
            var shapes: [Shape] = []
            for parameter in parameters {
                guard let type = TypeNotation.of(parameter), let shape = shape(type) else {
                    throw .unsupportedFunctionType(type: parameter.type, language: "c")
                }
                shapes.append(shape)
            }
            return shapes
        }
        var methods: [([Shape], Shape?)] = []
        for method in design.methods {
            var returned: Shape? = nil
            if let returnType = method.returnType {
                guard let type = method.returnValueType.map(TypeNotation.init) ?? TypeNotation(returnType), let shape = shape(type) else {
                    throw .unsupportedFunctionType(type: returnType, language: "c")
                }
                returned = shape
            }
            methods.append((try shapes(method.parameters), returned))
        }
        return (try shapes(design.constructor), methods)
    }

    /// `practice_test` of a design problem: the object made by `<class>Create(...)` from the first call's arguments,
    /// each later call's arguments read and `<class><Method>(obj, ...)` called, in order, and `<class>Free(obj)`; the
    /// answers are one JSON array, `null` for the constructor and for `void` functions.
    static func designTest(_ design: ClassDesign) throws(LanguageError) -> [String] {
        let shapes = try designShapes(design)
        func indented(_ lines: [String]) -> [String] { lines.map { "        " + $0 } }
        var body = [
            "static void practice_test(char **lines, practice_text *answer) {",
            "    practice_calls calls;",
            "    if (!practice_design_calls(lines, \(DriverSource.quoted(design.className)), &calls)) return;",
            "    if (!practice_call_arguments(&calls, 0, \(design.constructor.count))) return;",
        ]
        let constructor = reads(design.constructor, shapes.constructor) { "calls.arguments[0][\($0)]" }
        body += constructor.body
        body += [
            "    \(design.className)* object = \(designFunction(design.className, "Create"))(\(constructor.arguments.joined(separator: ", ")));",
            "    practice_append_text(answer, \"[null\");",
            "    for (int call = 1; call < calls.count; call++) {",
            "        const char *method = calls.names[call];",
            "        practice_append_text(answer, \",\");",
        ]
        for (index, (method, (parameters, returned))) in zip(design.methods, shapes.methods).enumerated() {
            body.append("        \(index == 0 ? "if" : "} else if") (strcmp(method, \(DriverSource.quoted(method.name))) == 0) {")
            body.append("            if (!practice_call_arguments(&calls, call, \(method.parameters.count))) return;")
            let read = reads(method.parameters, parameters) { "calls.arguments[call][\($0)]" }
            body += indented(read.body)
            let call = designFunction(design.className, method.name) + "(" + (["object"] + read.arguments).joined(separator: ", ")
            if let returned {
                body += indented(calling(call, hasArguments: true, returned))
                body.append("            " + put(returned, value: "result", count: "returnSize", columns: "returnColumnSizes"))
            } else {
                body += ["            \(call));", "            practice_append_text(answer, \"null\");"]
            }
        }
        body += [
            "        } else {",
            "            practice_fail(\"call %d: \(design.className) has no method %s\", call, method);",
            "            return;",
            "        }",
            "        if (practice_failed) return;",
            "    }",
            "    practice_append_text(answer, \"]\");",
            "    \(designFunction(design.className, "Free"))(object);",
            "}",
        ]
        return body
    }

    /// LeetCode's C skeleton of a design: the struct, `<class>Create`, a function per method taking the object first,
    /// and `<class>Free`, each compiling and answering a wrong value.
    func designStub(_ design: ClassDesign) throws(LanguageError) -> String {
        let shapes = try Self.designShapes(design)
        let object = "\(design.className)* obj"
        var lines = ["typedef struct {", "    ", "} \(design.className);", "", ""]
        let constructor = zip(design.constructor, shapes.constructor).map { Self.declaration($1, $0.name) }
        lines += ["\(design.className)* \(Self.designFunction(design.className, "Create"))(\(constructor.joined(separator: ", "))) {",
                  "    return calloc(1, sizeof(\(design.className)));", "}", ""]
        for (method, (parameters, returned)) in zip(design.methods, shapes.methods) {
            var declared = [object] + zip(method.parameters, parameters).map { Self.declaration($1, $0.name) }
            let name = Self.designFunction(design.className, method.name)
            guard let returned else {
                lines += ["void \(name)(\(declared.joined(separator: ", "))) {", "    ", "}", ""]
                continue
            }
            let element = returned.element
            switch returned {
            case .scalar:
                let value = element.type == "char*" ? "\"\"" : element.type == "bool" ? "false" : element.type.hasPrefix("struct") ? "NULL" : "0"
                lines += ["\(element.type) \(name)(\(declared.joined(separator: ", "))) {", "    return \(value);", "}", ""]
            case .array:
                declared.append("int* retSize")
                lines += ["\(element.type)* \(name)(\(declared.joined(separator: ", "))) {", "    *retSize = 0;", "    return NULL;", "}", ""]
            case .grid:
                declared += ["int* retSize", "int** retColSize"]
                lines += ["\(element.type)** \(name)(\(declared.joined(separator: ", "))) {", "    *retSize = 0;", "    *retColSize = NULL;",
                          "    return NULL;", "}", ""]
            }
        }
        lines += ["void \(Self.designFunction(design.className, "Free"))(\(object)) {", "    free(obj);", "}", "",
                  "// How it is called: \(design.className)* obj = \(Self.designFunction(design.className, "Create"))(...), then "
                  + "\(Self.designFunction(design.className, design.methods[0].name))(obj, ...) and the others in the order of the test's calls, "
                  + "and \(Self.designFunction(design.className, "Free"))(obj)."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The statement that writes `value` (with its count and row lengths) as the answer.
    static func put(_ shape: Shape, value: String, count: String, columns: String) -> String {
        let element = shape.element
        switch shape {
        case .scalar: return "\(element.put)(answer, &\(value));"
        case .array: return "practice_put_array(answer, \(value), \(count), sizeof(\(element.type)), \(element.put));"
        case .grid: return "practice_put_grid(answer, \(value), \(count), \(columns), sizeof(\(element.type)), \(element.put));"
        }
    }

    /// A C type as the driver reads and writes it: its name and the driver's reader and writer of one value.
    struct Element: Equatable {
        let type: String
        let read: String
        let put: String
    }

    /// How a value is passed in C: one value (`int k`, `char* s`, `struct TreeNode* root`), an array with its count
    /// (`int* nums, int numsSize`), or an array of arrays with its count and row lengths (`int** grid, int gridSize,
    /// int* gridColSize`).
    enum Shape: Equatable {
        case scalar(Element)
        case array(Element)
        case grid(Element)

        var element: Element {
            switch self {
            case .scalar(let element), .array(let element), .grid(let element): element
            }
        }
    }

    /// The C type of one value, LeetCode's: `int`, `long long`, `double`, `bool`, `char`, `char*` for a string,
    /// `struct TreeNode*`, `struct ListNode*`; nil for an array.
    static func element(_ type: TypeNotation) -> Element? {
        let (name, function): (String, String)
        switch type {
        case .int: (name, function) = ("int", "int")
        case .long: (name, function) = ("long long", "long_long")
        case .double: (name, function) = ("double", "double")
        case .bool: (name, function) = ("bool", "bool")
        case .character: (name, function) = ("char", "char")
        case .string: (name, function) = ("char*", "string")
        case .tree: (name, function) = ("struct TreeNode*", "tree")
        case .list: (name, function) = ("struct ListNode*", "list")
        case .array: return nil
        }
        return Element(type: name, read: "practice_read_" + function, put: "practice_put_" + function)
    }

    /// How a value of `type` is passed, nil when the driver cannot: arrays of values or nodes, arrays of arrays of
    /// values (not of nodes), nothing deeper.
    static func shape(_ type: TypeNotation) -> Shape? {
        if let element = element(type) { return .scalar(element) }
        guard case .array(let inner) = type else { return nil }
        if let element = element(inner) { return .array(element) }
        guard case .array(let cell) = inner, !cell.containsNodes, let element = element(cell) else { return nil }
        return .grid(element)
    }

    /// The shapes of a signature's parameters and of its result; `unsupportedFunctionType` for the first the driver
    /// cannot pass.
    static func shapes(of signature: Signature) throws(LanguageError) -> (parameters: [Shape], returned: Shape) {
        var parameters: [Shape] = []
        for (parameter, type) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: "c")) {
            guard let shape = shape(type) else { throw .unsupportedFunctionType(type: parameter.type, language: "c") }
            parameters.append(shape)
        }
        let returnedType = try TypeNotation.returned(by: signature, in: "c")
        guard let returned = shape(returnedType) else { throw .unsupportedFunctionType(type: signature.returnType, language: "c") }
        return (parameters, returned)
    }

    /// Whether C code (comments removed) defines a struct of this name.
    static func defines(_ code: String, _ name: String) -> Bool {
        ModeDetection.matches(code, #"\bstruct\s+"# + name + #"\s*\{"#)
    }

    /// A parameter as LeetCode declares it: `int k`, `int* nums, int numsSize`, `char** grid, int gridSize,
    /// int* gridColSize`.
    static func declaration(_ shape: Shape, _ name: String) -> String {
        switch shape {
        case .scalar(let element): "\(element.type) \(name)"
        case .array(let element): "\(element.type)* \(name), int \(name)Size"
        case .grid(let element): "\(element.type)** \(name), int \(name)Size, int* \(name)ColSize"
        }
    }

    /// LeetCode's C stub: the node definitions as a comment when the signature uses them, what the caller expects of
    /// a returned array, then the function with a body that compiles and is a wrong answer (`return 0;`,
    /// `*returnSize = 0; return NULL;`); in place, an empty body.
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return try designStub(design) }
        let shapes = try Self.shapes(of: signature)
        var parameters = zip(signature.parameters, shapes.parameters).enumerated().filter { $0.offset != signature.cycle?.position }
            .map { Self.declaration($0.element.1, $0.element.0.name) }
        let comment = DriverSource.nodeComment(signature, tree: PackageResources.c_tree_node_h, list: PackageResources.c_list_node_h)
        if signature.modifies != nil {
            return comment + "void \(signature.functionName)(\(parameters.joined(separator: ", "))) {\n    \n}\n"
        }
        let returned = shapes.returned, element = returned.element
        let (type, note, body): (String, String, [String])
        switch returned {
        case .scalar:
            (type, note) = (element.type, "")
            body = [element.type == "char*" ? "return \"\";" : element.type == "bool" ? "return false;" : element.type.hasPrefix("struct") ? "return NULL;" : "return 0;"]
        case .array:
            parameters.append("int* returnSize")
            (type, note) = (element.type + "*", "/**\n * Return a malloc'd array and set *returnSize to its length; the caller frees it.\n */\n")
            body = ["*returnSize = 0;", "return NULL;"]
        case .grid:
            parameters += ["int* returnSize", "int** returnColumnSizes"]
            (type, note) = (element.type + "**", """
                /**
                 * Return a malloc'd array of *returnSize malloc'd arrays, and set *returnColumnSizes to a malloc'd array of
                 * their lengths; the caller frees them all.
                 */

                """)
            body = ["*returnSize = 0;", "*returnColumnSizes = NULL;", "return NULL;"]
        }
        return comment + note + "\(type) \(signature.functionName)(\(parameters.joined(separator: ", "))) {\n"
            + body.map { "    " + $0 + "\n" }.joined() + "}\n"
    }
}
