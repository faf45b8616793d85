import Testing
@testable import PracticeCatalog

@Suite struct NameResolverTests {
    let candidates: [(slug: String, number: Int?)] = [
        (slug: "shortest-unsorted-subarray", number: 581),
        (slug: "rnn-gradient-norms", number: nil),
        (slug: "two-sum", number: 1),
        (slug: "two-sum-ii", number: 167),
        (slug: "3sum", number: 15),
        (slug: "rotate-array", number: 189),
    ]

    private func resolve(_ name: String) -> NameMatch {
        NameResolver.resolve(name, among: candidates)
    }

    @Test func matchesExactSlugIgnoringCaseAndSpaces() {
        #expect(resolve("rnn-gradient-norms") == .found(1))
        #expect(resolve("  Two-Sum ") == .found(2), "exact beats being a prefix of two-sum-ii")
    }

    @Test func matchesNumbers() {
        #expect(resolve("581") == .found(0))
        #expect(resolve("0167") == .found(3))
        #expect(resolve("15") == .found(4))
    }

    @Test func treatsAnUnknownNumberAsAPrefix() {
        #expect(resolve("3") == .found(4))
        #expect(resolve("42") == .notFound(suggestions: []))
    }

    @Test func reportsSharedNumbersAsAmbiguous() {
        let twins: [(slug: String, number: Int?)] = [(slug: "b-copy", number: 7), (slug: "a-copy", number: 7)]
        #expect(NameResolver.resolve("7", among: twins) == .ambiguous(["a-copy", "b-copy"]))
    }

    @Test func matchesUniquePrefixes() {
        #expect(resolve("short") == .found(0))
        #expect(resolve("RNN") == .found(1))
        #expect(resolve("two-sum-") == .found(3))
    }

    @Test func reportsSharedPrefixesAsAmbiguousSorted() {
        #expect(resolve("r") == .ambiguous(["rnn-gradient-norms", "rotate-array"]))
        #expect(resolve("two") == .ambiguous(["two-sum", "two-sum-ii"]))
    }

    @Test func suggestsCloseSlugsClosestFirst() {
        #expect(resolve("shortest-unsortd-subarray") == .notFound(suggestions: ["shortest-unsorted-subarray"]))
        #expect(resolve("gradient") == .notFound(suggestions: ["rnn-gradient-norms"]))
        #expect(resolve("sum") == .notFound(suggestions: ["3sum", "two-sum", "two-sum-ii"]))
        #expect(resolve("tow-sum") == .notFound(suggestions: ["two-sum"]))
        #expect(resolve("array") == .notFound(suggestions: ["rotate-array", "shortest-unsorted-subarray"]))
    }

    @Test func suggestsNothingUnrelated() {
        #expect(resolve("dijkstra") == .notFound(suggestions: []))
        #expect(resolve("   ") == .notFound(suggestions: []))
        #expect(NameResolver.resolve("anything", among: []) == .notFound(suggestions: []))
    }

    @Test func computesEditDistances() {
        #expect(NameResolver.editDistance("kitten", "sitting") == 3)
        #expect(NameResolver.editDistance("", "abc") == 3)
        #expect(NameResolver.editDistance("same", "same") == 0)
    }
}
