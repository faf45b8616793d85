/// Deterministic PRNG (SplitMix64), used by generators and by the judge to derive per-test seeds.
///
/// The sequence for a seed is fixed forever (Steele, Lea and Flood's constants). The helpers below
/// are defined here rather than taken from the standard library, whose `random(in:using:)` and
/// `shuffle(using:)` algorithms are not guaranteed to stay the same across Swift releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A uniform integer in `range` (Lemire's multiply-and-reject: unbiased and deterministic).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }  // the whole Int range
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold {
                product = next().multipliedFullWidth(by: span)
            }
        }
        return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unitDouble()
    }

    /// A uniform element of a non-empty array.
    mutating func element<T>(of options: [T]) -> T {
        options[int(in: 0...(options.count - 1))]
    }

    /// Fisher-Yates shuffle of `values[range]`.
    mutating func shuffle<T>(_ values: inout [T], in range: Range<Int>) {
        for index in range.reversed() where index > range.lowerBound {
            values.swapAt(index, int(in: range.lowerBound...index))
        }
    }
}
