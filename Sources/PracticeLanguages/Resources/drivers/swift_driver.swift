// practice function-mode driver for Swift (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// The generated driver of an attempt is this file, swift_tree_node.swift and swift_list_node.swift
// (unless the solution defines those classes itself) and an `@main` generated for the signature that
// calls `PracticeDriver.serve` with a closure reading one JSON line per argument into the signature's
// Swift types, calling Solution().method and writing the result. It is compiled with the solution
// (`swiftc -O -parse-as-library Main.swift practice_driver.swift`) into one program, which writes one
// tab-separated record per test on the original stdout (the same records as the Python driver). The
// solution's own output (print) goes to stderr, each test's followed by a marker line.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

struct PracticeReader {
    let bytes: [UInt8]
    var index = 0
    var ok = true

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func space() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
            index += 1
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        space()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func literal(_ word: String) -> Bool {
        space()
        let letters = Array(word.utf8)
        guard index + letters.count <= bytes.count, Array(bytes[index..<index + letters.count]) == letters else { return false }
        index += letters.count
        return true
    }

    mutating func fail() {
        ok = false
        index = bytes.count
    }

    /// The text of a JSON number at the current position.
    mutating func numberText() -> String? {
        space()
        let start = index
        while index < bytes.count, let c = Optional(bytes[index]),
              (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 {
            index += 1
        }
        guard index > start else { fail(); return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func string() -> String {
        guard take(0x22) else { fail(); return "" }
        var out: [UInt8] = []
        while index < bytes.count, bytes[index] != 0x22 {
            let c = bytes[index]
            index += 1
            guard c == 0x5C else { out.append(c); continue }
            guard index < bytes.count else { fail(); return "" }
            let e = bytes[index]
            index += 1
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75:
                var code = hex4()
                if code >= 0xD800 && code < 0xDC00, index + 6 <= bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                    index += 2
                    let low = hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
                }
                out += Array(String(Character(Unicode.Scalar(code) ?? "?")).utf8)
            default: out.append(e)
            }
        }
        guard take(0x22) else { fail(); return "" }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() -> UInt32 {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            fail()
            return 0
        }
        index += 4
        return code
    }

    mutating func finish(_ position: Int, _ name: String, _ type: String) throws {
        space()
        if !ok || index != bytes.count {
            throw PracticeBadArgument(message: "the driver could not read argument \(position) (\(name)) as \(type)")
        }
    }
}

struct PracticeBadArgument: Error {
    let message: String
}

extension PracticeReader {
    /// Skips one JSON value of any kind.
    mutating func skipValue() {
        space()
        guard index < bytes.count else { return fail() }
        let first = bytes[index]
        if first == 0x22 {
            _ = string()
        } else if first == 0x5B || first == 0x7B {
            let close: UInt8 = first == 0x5B ? 0x5D : 0x7D
            index += 1
            if take(close) { return }
            repeat {
                skipValue()
                if close == 0x7D && ok {
                    guard take(0x3A) else { return fail() }
                    skipValue()
                }
                guard ok else { return }
            } while take(0x2C)
            if !take(close) { fail() }
        } else {
            let start = index
            while index < bytes.count, ![0x2C, 0x5D, 0x7D, 0x20, 0x09].contains(bytes[index]) { index += 1 }
            if index == start { fail() }
        }
    }
}

/// A design test: the calls' names (line 1) and each call's arguments as JSON texts (line 2).
struct PracticeDesignCalls {
    var names: [String] = []
    var arguments: [[[UInt8]]] = []

    init(_ lines: [[UInt8]], className: String) throws {
        var reader = PracticeReader(lines[0])
        names = [String].practiceRead(&reader)
        try reader.finish(1, "operations", "[String]")
        var all = PracticeReader(lines[1])
        if !all.take(0x5B) { all.fail() }
        if all.ok && !all.take(0x5D) {
            repeat {
                var call: [[UInt8]] = []
                if !all.take(0x5B) { all.fail() }
                if all.ok && !all.take(0x5D) {
                    repeat {
                        all.space()
                        let start = all.index
                        all.skipValue()
                        call.append(Array(all.bytes[start..<all.index]))
                    } while all.ok && all.take(0x2C)
                    if !all.take(0x5D) { all.fail() }
                }
                arguments.append(call)
            } while all.ok && all.take(0x2C)
            if !all.take(0x5D) { all.fail() }
        }
        try all.finish(2, "arguments", "[[Any]]")
        guard names.count == arguments.count, names.first == className else {
            throw PracticeBadArgument(message: "a design test is the calls of \(className), constructor first, with one argument array each")
        }
    }

    /// The arguments of call `index`, which has `count` parameters.
    func of(_ index: Int, _ count: Int) throws -> [[UInt8]] {
        guard arguments[index].count == count else {
            throw PracticeBadArgument(message: "call \(index) (\(names[index])) takes \(count) arguments, got \(arguments[index].count)")
        }
        return arguments[index]
    }
}

protocol PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> Self
    func practiceWrite(_ out: inout String)
}

extension Int: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> Int {
        guard let text = reader.numberText() else { return 0 }
        if let value = Int(text) { return value }
        if let value = Double(text), value == value.rounded(), abs(value) < 9e18 { return Int(value) }
        reader.fail()
        return 0
    }
    func practiceWrite(_ out: inout String) { out += String(self) }
}

extension Double: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> Double {
        guard let text = reader.numberText(), let value = Double(text) else { reader.fail(); return 0 }
        return value
    }
    func practiceWrite(_ out: inout String) { out += isFinite ? "\(self)" : "null" }
}

extension Bool: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> Bool {
        if reader.literal("true") { return true }
        if !reader.literal("false") { reader.fail() }
        return false
    }
    func practiceWrite(_ out: inout String) { out += self ? "true" : "false" }
}

extension String: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> String { reader.string() }
    func practiceWrite(_ out: inout String) {
        out += "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension Character: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> Character {
        let text = reader.string()
        guard text.count == 1, let first = text.first else { reader.fail(); return " " }
        return first
    }
    func practiceWrite(_ out: inout String) { String(self).practiceWrite(&out) }
}

extension Array: PracticeValue where Element: PracticeValue {
    static func practiceRead(_ reader: inout PracticeReader) -> [Element] {
        guard reader.take(0x5B) else { reader.fail(); return [] }
        var values: [Element] = []
        if reader.take(0x5D) { return values }
        repeat {
            values.append(Element.practiceRead(&reader))
            if !reader.ok { return values }
        } while reader.take(0x2C)
        if !reader.take(0x5D) { reader.fail() }
        return values
    }
    func practiceWrite(_ out: inout String) {
        out += "["
        for (index, value) in enumerated() {
            if index > 0 { out += "," }
            value.practiceWrite(&out)
        }
        out += "]"
    }
}

/// LeetCode's level order: integers and nulls.
func practiceLevelOrder(_ reader: inout PracticeReader) -> [Int?] {
    guard reader.take(0x5B) else { reader.fail(); return [] }
    var values: [Int?] = []
    if reader.take(0x5D) { return values }
    repeat {
        values.append(reader.literal("null") ? nil : Int.practiceRead(&reader))
        if !reader.ok { return values }
    } while reader.take(0x2C)
    if !reader.take(0x5D) { reader.fail() }
    return values
}

func practiceReadTree(_ reader: inout PracticeReader) -> TreeNode? {
    let values = practiceLevelOrder(&reader)
    guard let first = values.first, let rootValue = first else { return nil }
    let root = TreeNode(rootValue)
    var queue = [root]
    var head = 0
    var index = 1
    while index < values.count && head < queue.count {
        let node = queue[head]
        head += 1
        if let value = values[index] {
            let child = TreeNode(value)
            node.left = child
            queue.append(child)
        }
        index += 1
        if index < values.count, let value = values[index] {
            let child = TreeNode(value)
            node.right = child
            queue.append(child)
        }
        index += 1
    }
    return root
}

func practiceWriteTree(_ root: TreeNode?, _ out: inout String) {
    var items: [String] = []
    var queue: [TreeNode?] = [root]
    var head = 0
    while head < queue.count {
        let node = queue[head]
        head += 1
        guard let node else { items.append("null"); continue }
        items.append(String(node.val))
        queue.append(node.left)
        queue.append(node.right)
    }
    while items.last == "null" { items.removeLast() }
    out += "[" + items.joined(separator: ",") + "]"
}

func practiceReadList(_ reader: inout PracticeReader) -> ListNode? {
    var head: ListNode? = nil
    for value in [Int].practiceRead(&reader).reversed() {
        let node = ListNode(value)
        node.next = head
        head = node
    }
    return head
}

/// Links the list's last node back to its node at index `pos` (nothing when pos is -1): LeetCode 141's `pos`.
func practiceLinkCycle(_ head: ListNode?, _ pos: Int) {
    guard var node = head, pos >= 0 else { return }
    var target: ListNode? = nil
    var index = 0
    while true {
        if index == pos { target = node }
        guard let next = node.next else { break }
        node = next
        index += 1
    }
    node.next = target
}

/// A returned list that comes back to a node (a cycle) is an error, as on LeetCode (found by Floyd's two pointers).
func practiceWriteList(_ head: ListNode?, _ out: inout String) throws {
    var items: [String] = []
    var node = head
    var fast = head
    while let current = node {
        items.append(String(current.val))
        fast = fast?.next?.next
        if let fast, fast === current.next {
            throw PracticeBadArgument(message: "the returned list has a cycle (Found cycle in the ListNode)")
        }
        node = current.next
    }
    out += "[" + items.joined(separator: ",") + "]"
}

enum PracticeDriver {
    static var recordsFD: Int32 = 1
    static let marker = Array("\u{1E}practice:end-of-test\u{1E}\n".utf8)

    static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    // Each test's own peak memory: the kernel's high-water mark is reset to the current resident size
    // before the test (clear_refs 5) and read after it (VmHWM); ru_maxrss would also count the memory of
    // the process that started the driver, and every earlier test's peak.
    static let clearRefs = open("/proc/self/clear_refs", O_WRONLY)
    static let status = open("/proc/self/status", O_RDONLY)

    static func resetPeak() {
        if clearRefs >= 0 { _ = "5".withCString { write(clearRefs, $0, 1) } }
    }

    static func peakKiB() -> Int {
        if status >= 0 {
            var buffer = [UInt8](repeating: 0, count: 8192)
            let length = buffer.withUnsafeMutableBytes { pread(status, $0.baseAddress, 8191, 0) }
            let key = Array("VmHWM:".utf8)
            if length > key.count, let at = (0...(length - key.count)).first(where: { buffer[$0..<($0 + key.count)].elementsEqual(key) }) {
                var kib = 0
                for byte in buffer[(at + key.count)..<length] {
                    if byte == 0x20 || byte == 0x09 { continue }
                    guard (0x30...0x39).contains(byte) else { break }
                    kib = kib * 10 + Int(byte - 0x30)
                }
                if kib > 0 { return kib }
            }
        }
        var usage = rusage()
        getrusage(0, &usage)  // RUSAGE_SELF, whose imported type differs between Glibc and Darwin
        return Int(usage.ru_maxrss)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    static func fixed6(_ value: Double) -> String {
        let micros = Int((value * 1e6).rounded())
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    static var buffer: [UInt8] = []
    static var position = 0
    static var ended = false

    static func readLine() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            if ended { return nil }
            buffer.removeFirst(position)
            position = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { ended = true } else { buffer += chunk[..<count] }
        }
    }

    /// The loop: `test(lines, &text)` reads one test's arguments from its lines, calls the solution and writes
    /// the result as JSON into `text`; it throws `PracticeBadArgument` when an argument cannot be read.
    static func serve(arity: Int, _ test: ([[UInt8]], inout String) throws -> Void) {
        recordsFD = dup(1)
        dup2(2, 1)
        setvbuf(stdout, nil, _IOLBF, 1 << 16)
        writeAll(recordsFD, Array("ready\t\(fixed6(seconds(CLOCK_PROCESS_CPUTIME_ID)))\n".utf8))
        while true {
            var lines: [[UInt8]] = []
            for _ in 0..<arity {
                guard let line = readLine() else { return }
                lines.append(line)
            }
            resetPeak()
            let cpu = seconds(CLOCK_PROCESS_CPUTIME_ID)
            let wall = seconds(CLOCK_MONOTONIC)
            var status = "ok"
            var text = ""
            do {
                try test(lines, &text)
            } catch let error as PracticeBadArgument {
                status = "err"
                text = ""
                error.message.practiceWrite(&text)
                text += "\t\"\""
            } catch {
                status = "err"
                text = ""
                "\(error)".practiceWrite(&text)
                text += "\t\"\""
            }
            fflush(stdout)
            writeAll(2, marker)
            let done = seconds(CLOCK_PROCESS_CPUTIME_ID)
            let record = "\(status)\t\(fixed6(done - cpu))\t\(fixed6(seconds(CLOCK_MONOTONIC) - wall))\t\(peakKiB())\t\(fixed6(done))\t\(text)\n"
            writeAll(recordsFD, Array(record.utf8))
        }
    }
}
