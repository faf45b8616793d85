import Foundation
import PracticeCatalog

/// How random tests are laid out: sizes grow geometrically from 1 to the problem's maximum, and
/// each test's seed is drawn from the attempt's seed, so one attempt seed replays every test.
package enum TestPlan {
    /// `count` sizes growing from 1 to `maxSize` (the last one is `maxSize`).
    package static func sizes(count: Int, maxSize: Int) -> [Int] {
        guard count > 0 else { return [] }
        let top = Double(max(1, maxSize))
        return (0..<count).map { index in
            let fraction = Double(index + 1) / Double(count)
            return min(maxSize, max(1, Int(pow(top, fraction).rounded())))
        }
    }

    /// `count` per-test seeds derived from the attempt's seed.
    package static func seeds(attemptSeed: Int64, count: Int) -> [Int64] {
        var generator = SplitMix64(seed: UInt64(bitPattern: attemptSeed))
        return (0..<count).map { _ in Int64(bitPattern: generator.next() >> 1) }
    }

    /// A fresh attempt seed: small enough to read and type back (`--seed`).
    package static func freshSeed() -> Int64 { Int64.random(in: 0..<(1 << 31)) }
}

/// Text cut to a length a terminal and the database can hold.
package func excerpt(_ text: String, limit: Int = 2_000) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit)) + "… (\(text.count - limit) more characters)"
}
