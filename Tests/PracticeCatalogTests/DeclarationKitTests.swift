import Testing
@testable import PracticeCatalog

/// The kit's derivations on a small declaration of its own.
@Suite struct DeclarationKitTests {
    static let pairs = ProblemDeclaration(
        nil, "count-pairs", "Count Pairs", .easy, tags: ["array"], url: nil,
        function: "countPairs", parameters: ["nums": .array(.int(-5...5), count: 1...20), "k": .int(1...20, atMost: .length(of: "nums")),
                                             "s": .string(length: 0...4, alphabet: .oneOf("ab"))],
        returns: .long(0...1_000), examples: [TestInput(arguments: [[1, 2, 3], 2, "ab"])],
        description: "Count something.", version: "0",
        solve: Solution { (nums: [Int], k: Int, s: String) -> Int64 in Int64(nums.count * k + s.count) },
        bruteForce: Solution { (nums: [Int], k: Int, s: String) -> Int64 in Int64(nums.count * k + s.count) })

    @Test(arguments: [
        (TestInput(arguments: [[], 1, ""]), "the length of nums must be between 1 and 20, got 0"),
        (TestInput(arguments: [[1, 6], 1, ""]), "nums[1] = 6 is outside [-5, 5]"),
        (TestInput(arguments: [[1, 2], 3, ""]), "k must be between 1 and 2, got 3"),
        (TestInput(arguments: [[1, 2], 1, "ab!"]), "s[2] = \"!\" is not one of ab"),
        (TestInput(arguments: [[1, 2], 1, "ababa"]), "the length of s must be between 0 and 4, got 5"),
        (TestInput(arguments: [[1, 2.5], 1, ""]), "nums[1] must be an integer, got 2.5"),
    ])
    func validationNamesTheArgumentAndTheConstraint(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try Self.pairs.validate(input) }
    }

    @Test func derivesSignatureStatementAndTypedResults() throws {
        #expect(Self.pairs.signature.parameters.map(\.type) == ["[Int]", "Int", "String"])
        #expect(Self.pairs.signature.returnType == "Int64")
        let statement = Self.pairs.statement
        #expect(statement.contains("`countPairs(nums: [Int], k: Int, s: String) -> Int64`"))
        #expect(statement.contains("Three lines on standard input: `nums` as a JSON array of integers, then `k` as a JSON integer"))
        #expect(statement.contains("e.g. `[1,2,3]` and `2` and `\"ab\"`"))
        #expect(statement.contains("- `1 <= k <= nums.length`") && statement.contains("- `-5 <= nums[i] <= 5`"))
        #expect(statement.contains("e.g. `8`"))
        #expect(try Self.pairs.solve(Self.pairs.examples[0]) == .int(8))
    }

    @Test func defaultGeneratorRespectsRelationsAndSizes() throws {
        for seed in UInt64(0)..<300 {
            let input = Self.pairs.generate(seed: seed, size: 1 + Int(seed % 20))
            try Self.pairs.validate(input)
            guard case .array(let nums) = input.arguments[0] else { Issue.record("nums not an array"); return }
            #expect(nums.count == 1 + Int(seed % 20))
        }
        #expect(Self.pairs.maxSize == 20)
    }

    @Test func derivesLeetCodeURLFromTheSlug() {
        func declaration(_ number: Int?, url: String? = nil) -> ProblemDeclaration {
            ProblemDeclaration(
                number, "count-pairs", "Count Pairs", .easy, tags: [], url: url, function: "f",
                parameters: ["nums": .array(.int(0...1), count: 1...2)], returns: .int(0...2), examples: [.of([1])],
                description: "Count.", version: "0",
                solve: Solution { (nums: [Int]) -> Int in nums.count },
                bruteForce: Solution { (nums: [Int]) -> Int in nums.count })
        }
        #expect(declaration(7).sourceURL == "https://leetcode.com/problems/count-pairs/")
        #expect(declaration(7, url: "https://example.org/p").sourceURL == "https://example.org/p")
        #expect(declaration(nil).sourceURL == nil && Self.pairs.sourceURL == nil)
        // The catalog's URLs as they were written out before they were derived.
        let written: [String: String] = [
            "two-sum": "two-sum", "longest-substring-without-repeating-characters":
                "longest-substring-without-repeating-characters",
            "container-with-most-water": "container-with-most-water", "valid-parentheses": "valid-parentheses",
            "search-in-rotated-sorted-array": "search-in-rotated-sorted-array", "merge-intervals": "merge-intervals",
            "find-peak-element": "find-peak-element", "number-of-islands": "number-of-islands",
            "kth-largest-element-in-an-array": "kth-largest-element-in-an-array",
            "sliding-window-maximum": "sliding-window-maximum", "coin-change": "coin-change",
            "diameter-of-binary-tree": "diameter-of-binary-tree",
            "shortest-unsorted-subarray": "shortest-unsorted-continuous-subarray", "move-zeroes": "move-zeroes",
            "min-stack": "min-stack", "reverse-linked-list": "reverse-linked-list",
            "linked-list-cycle": "linked-list-cycle",
        ]
        for problem in Catalog.problems where problem is any DeclaredProblem {
            let page = written[problem.slug]
            #expect(page != nil, "\(problem.slug) has no expected URL")
            #expect(problem.sourceURL == page.map { "https://leetcode.com/problems/\($0)/" }, "\(problem.slug)")
        }
    }

    // MARK: Shapes

    static let ranges: [ClosedRange<Int>] = [0...0, 0...1, -5...5, 1...100, 0...10_000, Int(Int32.min)...Int(Int32.max)]

    /// Every array shape the kit names, with a label.
    static let arrayShapes: [(String, ArrayShape)] = [
        ("fewDistinct(1...5)", .fewDistinct(1...5)), ("oneOf", .oneOf(.random, .allEqual)),
        ("distinctAscending", .distinctAscending), ("mountain", .mountain()), ("valley", .valley()),
        ("mountain of distinct", .mountain(.distinctAscending)), ("twoSpikes", .twoSpikes), ("sawtooth", .sawtooth),
        ("zigzag", .zigzag), ("sorted", ArrayShape.random.sorted), ("reversed", ArrayShape.ascending.reversed),
        ("swappingTwo", ArrayShape.ascending.swappingTwo),
        ("shufflingWindow", ArrayShape.ascending.shufflingWindow(upTo: 4)),
        ("withOutlier", ArrayShape.ascending.withOutlier),
        ("neighboursDiffering", ArrayShape.allEqual.neighboursDiffering),
    ]

    @Test func everyArrayShapeFillsTheCountInsideTheRange() {
        for (label, shape) in Self.arrayShapes {
            for range in Self.ranges where label != "neighboursDiffering" || range.count > 1 {
                for seed in UInt64(0)..<30 {
                    var rng = SplitMix64(seed: seed)
                    let count = Int(seed % 12)
                    let values = rng.array(shape, count: count, in: range)
                    #expect(values.count == count && values.allSatisfy(range.contains),
                            "\(label) in \(range): \(values)")
                }
            }
        }
    }

    @Test func arrayShapesHaveTheirForm() {
        var tops = 0  // arrays of two spikes reaching the top of the range
        for seed in UInt64(0)..<60 {
            let count = 1 + Int(seed % 40)
            func make(_ shape: ArrayShape, _ range: ClosedRange<Int> = -1_000...1_000) -> [Int] {
                var rng = SplitMix64(seed: seed)
                return rng.array(shape, count: count, in: range)
            }
            let pairs = { (values: [Int]) in zip(values, values.dropFirst()) }
            #expect(pairs(make(.distinctAscending)).allSatisfy { $0 < $1 })
            #expect(Set(make(.fewDistinct(1...5))).count <= 5)
            let few = make(.fewDistinct(1...5))
            #expect(few.max()! - few.min()! <= 4)
            for (shape, rising) in [(ArrayShape.mountain(.distinctAscending), true), (.valley(.distinctAscending), false)] {
                let values = make(shape)
                let turn = rising ? values.firstIndex(of: values.max()!)! : values.firstIndex(of: values.min()!)!
                #expect(pairs(Array(values[...turn])).allSatisfy { rising ? $0 < $1 : $0 > $1 }, "\(values)")
                #expect(pairs(Array(values[turn...])).allSatisfy { rising ? $0 > $1 : $0 < $1 }, "\(values)")
            }
            let spikes = make(.twoSpikes, 0...10_000)
            #expect(spikes.filter { $0 > 100 }.count <= 2)
            if spikes.contains(10_000) { tops += 1 }
            let zigzag = make(.zigzag)
            #expect(pairs(zigzag).enumerated().allSatisfy { step in
                step.offset % 2 == 0 ? step.element.0 < step.element.1 : step.element.0 > step.element.1
            })
            let sawtooth = make(.sawtooth, -10_000...10_000)
            // Runs of 2 to 50 from the top: value i of a run is i times a step of 1 to 100 below it.
            let run = sawtooth.dropFirst().firstIndex(of: 10_000) ?? count
            #expect(sawtooth[0] == 10_000 && (run >= 2 || count < 2) && sawtooth.allSatisfy { 10_000 - $0 <= 49 * 100 })
            #expect(sawtooth.indices.allSatisfy { (sawtooth[$0] == 10_000) == ($0 % run == 0) })
            #expect(pairs(make(ArrayShape.random.sorted)).allSatisfy { $0 <= $1 })
            #expect(make(ArrayShape.ascending.reversed) == make(.ascending).reversed())
            #expect(pairs(make(ArrayShape.fewDistinct(2).neighboursDiffering, 0...1)).allSatisfy { $0 != $1 })
            // The modifiers change the base shape's array (drawn first from the same seed) only as they say.
            let ascending = make(.ascending)
            for (shape, most) in [(ArrayShape.ascending.swappingTwo, 2), (.ascending.withOutlier, 1)] {
                let changed = make(shape)
                #expect(zip(changed, ascending).filter { $0 != $1 }.count <= most)
                #expect(most == 1 || changed.sorted() == ascending)
            }
            let shuffled = make(ArrayShape.ascending.shufflingWindow(upTo: 4))
            let moved = ascending.indices.filter { shuffled[$0] != ascending[$0] }
            #expect(shuffled.sorted() == ascending && (moved.last ?? 0) - (moved.first ?? 0) < 4)
        }
        #expect(tops >= 40, "the first spike is the top of the range unless the second lands on it")
    }

    @Test func randomHelpers() {
        var rng = SplitMix64(seed: 3)
        let values = Array(0..<50)
        #expect(rng.shuffled(values).sorted() == values && rng.shuffled(values) != values)
        let distinct = rng.distinctSorted(20, in: 0...30, including: [7, 30])
        #expect(distinct.count == 20 && Set(distinct).count == 20 && distinct == distinct.sorted())
        #expect(distinct.contains(7) && distinct.contains(30))
        for _ in 0..<50 { #expect(rng.int(in: 0...5, notIn: [0, 1, 2, 4, 5]) == 3) }
        var filled: Set = [1, 50]
        rng.fill(&filled, to: 6, from: 1...10)
        #expect(filled.count == 6 && filled.contains(50) && filled.subtracting([50]).allSatisfy((1...10).contains))
        rng.fill(&filled, to: 100, from: 1...10)
        #expect(filled == Set(1...10).union([50]))
        for _ in 0..<50 {
            let window = rng.narrowRange(within: -3...3, widths: 1...5)
            #expect((1...5).contains(window.count) && window.lowerBound >= -3 && window.upperBound <= 3)
        }
        #expect(rng.narrowRange(within: 0...1, widths: 5...5) == 0...1)
        var placements: Set<String> = []
        for _ in 0..<200 {
            let (i, j) = rng.indexPair(6)
            #expect(0 <= i && i < j && j < 6)
            placements.insert(i == 0 && j == 5 ? "ends" : j == i + 1 ? "adjacent" : "apart")
        }
        #expect(placements == ["ends", "adjacent", "apart"] && rng.indexPair(2) == (0, 1))
        #expect([1, 2, 3, 4].rotated(by: 1) == [4, 1, 2, 3] && [1, 2, 3].rotated(by: 0) == [1, 2, 3])
        #expect([1, 2, 3].rotated(by: 4) == [3, 1, 2] && [Int]().rotated(by: 2).isEmpty)
        #expect(JSONValue.int(3).integer == 3 && JSONValue.double(3).integer == 3)
        #expect(JSONValue.double(3.5).integer == nil && JSONValue.string("3").integer == nil)
    }

    @Test func gridShapesFillTheGrid() {
        let shapes = GridShape.standard + [.allSet, .checkerboard(parity: 1), .serpentine, .density, .rectangles]
        for shape in shapes {
            for (rows, columns) in [(1, 1), (1, 7), (7, 1), (5, 9), (30, 30)] {
                var rng = SplitMix64(seed: UInt64(rows * columns))
                let cells = rng.grid(shape, rows: rows, columns: columns)
                #expect(cells.count == rows && cells.allSatisfy { $0.count == columns }, "\(shape.name)")
            }
        }
        var rng = SplitMix64(seed: 1)
        let rows = { (shape: GridShape) in rng.grid(shape, rows: 5, columns: 5).characters("01").map { String($0) } }
        #expect(rows(.serpentine) == ["11111", "00001", "11111", "10000", "11111"])
        #expect(rows(.checkerboard(parity: 0)) == ["10101", "01010", "10101", "01010", "10101"])
        #expect(rows(.allSet) == Array(repeating: "11111", count: 5))
        #expect(Set(rng.grid(.uniform, rows: 3, columns: 4).joined()).count == 1)
        for size in 1...20 {
            let sides = rng.gridSides(size, rows: 2...10, columns: 1...8)
            #expect((2...10).contains(sides.rows) && (1...8).contains(sides.columns))
        }
    }

    /// A grid of a two-character alphabet draws from GridShape.standard: only those characters, every side shape.
    @Test func defaultGeneratorDrawsTwoCharacterGridsFromGridShapes() throws {
        let walls = ProblemDeclaration(
            nil, "walls", "Walls", .easy, tags: [], function: "walls",
            parameters: ["grid": .grid(.character(.oneOf(".#")), rows: 1...40, columns: 1...40)], returns: .int(0...1_600),
            examples: [.of([["#", "."]] as [[Character]])], description: "Count walls.", version: "0",
            solve: Solution { (grid: [[Character]]) -> Int in grid.joined().filter { $0 == "#" }.count },
            bruteForce: Solution { (grid: [[Character]]) -> Int in grid.joined().filter { $0 == "#" }.count })
        var sides: Set<String> = [], fill: Set<String> = []
        for seed in UInt64(0)..<200 {
            let input = walls.generate(seed: seed, size: 1 + Int(seed % 40))
            try walls.validate(input)
            guard case .array(let rows) = input.arguments[0], case .array(let first) = rows[0] else { continue }
            let square = rows.count == first.count ? "square" : "other"
            sides.insert(rows.count == 1 ? "row" : first.count == 1 ? "column" : square)
            guard case .int(let set) = try walls.solve(input) else { continue }
            fill.insert(set == 0 ? "none" : set == rows.count * first.count ? "all" : "some")
        }
        #expect(sides == ["row", "column", "square", "other"] && fill == ["none", "all", "some"])
    }

    @Test func intervalShapesLieOnTheLine() {
        for line in [0...10_000, 100...200, 5...5] {
            for shape in IntervalShape.standard {
                for count in [1, 2, 7, 50] {
                    var rng = SplitMix64(seed: UInt64(count))
                    let intervals = rng.intervals(count, on: line, shapes: [shape])
                    #expect(intervals.count == count, "\(shape.name)")
                    #expect(intervals.allSatisfy { $0.count == 2 && line.contains($0[0]) && line.contains($0[1]) },
                            "\(shape.name) on \(line): \(intervals)")
                    #expect(intervals.allSatisfy { $0[0] <= $0[1] }, "\(shape.name) on \(line): \(intervals)")
                }
            }
        }
        var rng = SplitMix64(seed: 9)
        let disjoint = rng.chain(40, gap: 1, on: 0...1_000), touching = rng.chain(40, gap: 0, on: 0...1_000)
        #expect(zip(disjoint, disjoint.dropFirst()).allSatisfy { $0[1] + 1 == $1[0] })
        #expect(zip(touching, touching.dropFirst()).allSatisfy { $0[1] == $1[0] })
        #expect(rng.chain(10, gap: 1, on: 0...5).allSatisfy { (0...5).contains($0[0]) && (0...5).contains($0[1]) })
    }

    @Test func referenceStructures() {
        var heap = MinHeap()
        for value in [5, 3, 8, 1, 9, 2] { heap.insert(value) }
        #expect(heap.count == 6 && heap.minimum == 1)
        heap.replaceMinimum(with: 7)
        #expect(heap.minimum == 2)
        let grid = FlatGrid([["1", "0", "1"], ["0", "1", "1"]]) { $0 == "1" }
        #expect(grid.cells == [true, false, true, false, true, true] && grid.columns == 3)
        #expect(grid.neighbours(of: 0).sorted() == [1, 3] && grid.neighbours(of: 4).sorted() == [1, 3, 5])
        #expect(grid.neighbours(of: 5).sorted() == [2, 4])
    }

    @Test func stringShapesDrawFromTheirAlphabet() {
        let shapes: [(StringShape, Alphabet)] = [
            (.random, .printableASCII), (.tinyAlphabet, .printableASCII), (.only(.lowercase), .lowercase),
            (.cycle, .printableASCII), (.words(.lowercase), .oneOf(" abcdefghijklmnopqrstuvwxyz")),
            (.mirrored(.lowercase), .lowercase), (.distinctRun, .printableASCII), (.only(.oneOf("ab")), .oneOf("ab")),
        ]
        for (shape, allowed) in shapes {
            for count in [0, 1, 2, 7, 200] {
                var rng = SplitMix64(seed: UInt64(count))
                let text = rng.string([shape], count: count, from: .printableASCII)
                #expect(text.unicodeScalars.count == count && text.unicodeScalars.allSatisfy(allowed.scalars.contains),
                        "\(shape.name): \(text)")
            }
        }
        var rng = SplitMix64(seed: 5)
        let cycle = Array(rng.string([.cycle], count: 200, from: .printableASCII).unicodeScalars)
        #expect(Set(cycle.prefix(95)).count == 95 && Array(cycle[95..<190]) == Array(cycle.prefix(95)))
        #expect(Set(rng.string([.tinyAlphabet], count: 100, from: .printableASCII)).count <= 3)
        let mirrored = Array(rng.string([.mirrored(.lowercase)], count: 12, from: .printableASCII))
        // A block and its mirror image, repeated: some even period whose first period is a palindrome.
        #expect(stride(from: 2, through: 12, by: 2).contains { period in
            mirrored.indices.allSatisfy { mirrored[$0] == mirrored[$0 % period] }
                && Array(mirrored.prefix(period)) == Array(mirrored.prefix(period).reversed())
        })
        let run = Array(rng.string([.distinctRun], count: 300, from: .printableASCII).unicodeScalars)
        let repeated = Dictionary(grouping: run, by: { $0 }).max { $0.value.count < $1.value.count }!.key
        #expect(run.filter { $0 != repeated }.count == Set(run.filter { $0 != repeated }).count)
    }

    @Test func balancedBracketsAreBalanced() {
        var rng = SplitMix64(seed: 2)
        for pairs in [0, 1, 5, 60] {
            for openChance in [0.05, 0.5, 0.95] {
                let text = rng.balancedBrackets(pairs: pairs, openChance: openChance)
                var expected: [UInt8] = []
                for character in text {
                    if let kind = Array("([{".utf8).firstIndex(of: character) { expected.append(Array(")]}".utf8)[kind]) }
                    else { #expect(expected.popLast() == character) }
                }
                #expect(text.count == 2 * pairs && expected.isEmpty)
            }
        }
        #expect(rng.balancedBrackets(pairs: 3, openChance: 1, openers: Array("<".utf8), closers: Array(">".utf8))
            == Array("<<<>>>".utf8))
    }
}
