// LeetCode 581, Shortest Unsorted Continuous Subarray: O(n), two scans.
//
// Reads `nums` as one JSON integer array on stdin (whitespace allowed) and
// prints the answer on one line. Parses the bytes by hand, without
// Foundation, so start-up stays fast.
// Build: swiftc -O -o correct correct.swift
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cursor over the bytes of one line of JSON.
struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether `byte` is JSON whitespace: space, tab, line feed or carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    mutating func skipSpaces() {
        while index < bytes.count, Self.isSpace(bytes[index]) {
            index += 1
        }
    }

    /// Skips spaces, then consumes `character` if it comes next.
    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Skips spaces, then reads an integer such as `-42`; nil if none comes next.
    mutating func integer() -> Int? {
        skipSpaces()
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digitsStart = index
        var magnitude = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            magnitude = magnitude * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        // At most 18 digits, so the magnitude cannot overflow.
        guard (1...18).contains(index - digitsStart) else { return nil }
        return negative ? -magnitude : magnitude
    }
}

/// Parses a JSON array of integers such as `[2, -6,4]`; nil if malformed.
func parseIntArray(_ line: String) -> [Int]? {
    var scanner = ByteScanner(line)
    guard scanner.consume("[") else { return nil }
    var values: [Int] = []
    if scanner.consume("]") { return values }
    repeat {
        guard let value = scanner.integer() else { return nil }
        values.append(value)
    } while scanner.consume(",")
    return scanner.consume("]") ? values : nil
}

/// The length of the shortest subarray whose sorting sorts all of `nums`.
func findUnsortedSubarray(_ nums: [Int]) -> Int {
    guard let first = nums.first, let last = nums.last else { return 0 }
    // The right end is the last element smaller than some element before it.
    var end: Int?
    var runningMax = first
    for (i, value) in nums.enumerated() {
        if value < runningMax {
            end = i
        } else {
            runningMax = value
        }
    }
    guard let end else { return 0 }
    // The left end is the first element larger than some element after it.
    var start = end
    var runningMin = last
    for i in stride(from: nums.count - 1, through: 0, by: -1) {
        if nums[i] > runningMin {
            start = i
        } else {
            runningMin = nums[i]
        }
    }
    return end - start + 1
}

guard let line = readLine(), let nums = parseIntArray(line) else {
    // fdopen(2) rather than the global `stderr`, which Swift 6 mode rejects as shared mutable state.
    fputs("expected a JSON array of integers on the first line\n", fdopen(2, "w"))
    exit(1)
}
print(findUnsortedSubarray(nums))
