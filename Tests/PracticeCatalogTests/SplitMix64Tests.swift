import Testing
@testable import PracticeCatalog

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The published SplitMix64 outputs for seed 1234567.
        var rng = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test func drawsIntegersInRangeCoveringIt() {
        var rng = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = rng.int(in: -2...3)
            #expect((-2...3).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(-2...3))
        #expect(rng.int(in: 5...5) == 5)
        _ = rng.int(in: Int.min...Int.max)  // the full range must not trap
    }

    @Test func drawsDoublesInRange() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<1000 {
            #expect((0..<1).contains(rng.unitDouble()))
            #expect((-3...3).contains(rng.double(in: -3...3)))
        }
    }

    @Test func shufflesOnlyTheGivenRangeIntoAPermutation() {
        var rng = SplitMix64(seed: 3)
        var values = Array(0..<20)
        rng.shuffle(&values, in: 5..<15)
        #expect(values[..<5] == [0, 1, 2, 3, 4])
        #expect(values[15...] == [15, 16, 17, 18, 19])
        #expect(values[5..<15].sorted() == Array(5..<15))
        #expect(values[5..<15] != ArraySlice(5..<15))
    }

    @Test func isDeterministicPerSeed() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        var other = SplitMix64(seed: 43)
        let a = (0..<10).map { _ in first.next() }
        #expect(a == (0..<10).map { _ in second.next() })
        #expect(a != (0..<10).map { _ in other.next() })
    }
}
