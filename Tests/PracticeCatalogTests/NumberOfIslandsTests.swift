import Testing
import PracticeCatalog

@Suite struct NumberOfIslandsTests {
    let problem = NumberOfIslands()

    /// A grid from rows of "1" and "0" characters, e.g. ["110", "001"].
    private func input(_ rows: [String]) -> TestInput {
        TestInput(arguments: [.array(rows.map { .array($0.map { .string(String($0)) }) })])
    }

    /// The generated grid as rows of "1" and "0" characters.
    private func rows(_ input: TestInput) throws -> [String] {
        guard case .array(let rows) = try #require(input.arguments.first) else { throw CatalogError.invalidInput("not rows") }
        return try rows.map { row in
            guard case .array(let cells) = row else { throw CatalogError.invalidInput("not a row") }
            return cells.map { $0 == "1" ? "1" : "0" }.joined()
        }
    }

    @Test func describesLeetCode200() {
        #expect(problem.slug == "number-of-islands" && problem.number == 200)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["graphs", "bfs", "dfs", "matrix"])
        #expect(problem.signature.functionName == "numIslands")
        #expect(problem.signature.parameters == [Parameter(name: "grid", type: "[[Character]]")])
        #expect(problem.signature.returnType == "Int")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 300)
        #expect(problem.version == "200.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples[2].text == #"[["0","1","0"],["1","0","1"],["0","1","0"]]"# + "\n")
        #expect(try problem.examples.map(problem.solve) == [1, 3, 4])
        #expect(try problem.examples.map(problem.bruteForce) == [1, 3, 4])
    }

    @Test(arguments: [
        (["0"], 0),
        (["1"], 1),
        (["10101"], 3),
        (["1", "0", "1", "1"], 2),
        (["111", "101", "111"], 1),
        (["101", "010", "101"], 5),
        (["11000", "01011", "00001", "10011"], 3),
        (["1111", "0001", "1101", "1111"], 1),
    ])
    func answersHandPickedCases(grid: [String], expected: Int) throws {
        #expect(try problem.solve(input(grid)) == .int(expected))
        #expect(try problem.bruteForce(input(grid)) == .int(expected))
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed * 37 % 12)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func answersTheMaximumShapesInClosedForm() throws {
        let side = 300
        let water = String(repeating: "0", count: side)
        let land = String(repeating: "1", count: side)
        let checkerboard = (0..<side).map { row in String((0..<side).map { ($0 + row) % 2 == 0 ? "1" : "0" }) }
        // Solid even rows joined by one cell at alternating ends: a single island of 45,150 cells.
        let serpentine = (0..<side).map { row in
            row % 2 == 0 ? land : row % 4 == 1 ? String(repeating: "0", count: side - 1) + "1" : "1" + String(repeating: "0", count: side - 1)
        }
        let stripes = (0..<side).map { $0 % 2 == 0 ? land : water }
        #expect(try problem.solve(input(Array(repeating: water, count: side))) == 0)
        #expect(try problem.solve(input(Array(repeating: land, count: side))) == 1)
        #expect(try problem.solve(input(checkerboard)) == .int(side * side / 2))
        #expect(try problem.solve(input(serpentine)) == 1)
        #expect(try problem.solve(input(stripes)) == .int(side / 2))
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<80 {
            let size = 1 + Int(seed * 37 % 150)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            let grid = try rows(input)
            #expect(grid.count <= size && grid.allSatisfy { $0.count <= size })
        }
        let largest = problem.generate(seed: 0, size: problem.maxSize)
        try problem.validate(largest)
        #expect(try rows(largest).count >= 150 && rows(largest).count <= 300)
    }

    @Test func generatesVariedShapes() throws {
        var shapes: Set<String> = []
        var answers: Set<String> = []
        for seed in UInt64(0)..<200 {
            let input = problem.generate(seed: seed, size: 20)
            let grid = try rows(input)
            shapes.insert(grid.count == 1 ? "row" : grid[0].count == 1 ? "column" : grid.count == 20 && grid[0].count == 20 ? "square" : "other")
            guard case .int(let islands) = try problem.solve(input) else { continue }
            let cells = grid.count * grid[0].count
            answers.insert(islands == 0 ? "water" : islands == 1 ? "one" : islands * 2 >= cells - 1 ? "checkerboard" : "many")
        }
        #expect(shapes == ["row", "column", "square", "other"])
        #expect(answers == ["water", "one", "checkerboard", "many"])
    }

    @Test(arguments: [
        (TestInput(arguments: [[]]), "m (the number of rows of grid) must be between 1 and 300, got 0"),
        (TestInput(arguments: [[[]]]), "n (the length of grid's rows) must be between 1 and 300, got 0"),
        (TestInput(arguments: ["1"]), "grid must be an array of rows, got \"1\""),
        (TestInput(arguments: [["10"]]), "grid[0] must be an array of \"0\" and \"1\" strings, got \"10\""),
        (TestInput(arguments: [[["1", "0"], ["1"]]]), "grid[1] must have n = 2 entries, got 1"),
        (TestInput(arguments: [[["1", 1]]]), "grid[0][1] must be \"0\" or \"1\", got 1"),
        (TestInput(arguments: [[["1"], ["2"]]]), "grid[1][0] must be \"0\" or \"1\", got \"2\""),
        (TestInput(arguments: [[["11"]]]), "grid[0][0] must be \"0\" or \"1\", got \"11\""),
        (TestInput(arguments: [.array(Array(repeating: ["1"], count: 301))]),
         "m (the number of rows of grid) must be between 1 and 300, got 301"),
        (TestInput(arguments: [[.array(Array(repeating: "0", count: 301))]]),
         "n (the length of grid's rows) must be between 1 and 300, got 301"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input(["0"]))
        try problem.validate(input(Array(repeating: String(repeating: "1", count: 300), count: 300)))
    }

    @Test func worstCasesFillTheLargestSquare() throws {
        for side in [1, 2, 5, 300] {
            let cases = problem.worstCases(seed: 0, size: side)
            #expect(cases.map(\.name) == ["all land", "serpentine island", "checkerboard"])
            for worst in cases { #expect(try rows(worst.input).count == side && rows(worst.input).allSatisfy { $0.count == side }) }
            #expect(try rows(cases[0].input).allSatisfy { !$0.contains("0") })
            #expect(try problem.solve(cases[0].input) == .int(1))
            #expect(try problem.solve(cases[1].input) == .int(1))
            #expect(try problem.solve(cases[2].input) == .int((side * side + 1) / 2))
        }
        #expect(try rows(problem.worstCases(seed: 0, size: 5)[1].input) == ["11111", "00001", "11111", "10000", "11111"])
    }
}
