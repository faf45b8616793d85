import Foundation
import PracticeCatalog
import PracticeTracker
import PracticeStorage
import PracticeTestSupport
import Testing

/// A private temporary folder for a test's notes and exports.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("practice-notes-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (sub-folders created) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum NoteFixtures {
    /// A runner whose "solution" gives the reference's answer of whichever catalog problem reads the input.
    static func acceptingRunner() -> FakeRunner {
        FakeRunner.printing { stdin in
            for slug in ["shortest-unsorted-subarray", "two-sum"] {
                guard let problem = Catalog.problem(slug: slug),
                      let input = try? TestInput.parse(stdin, arity: problem.signature.parameters.count),
                      let answer = try? problem.solve(input) else { continue }
                return answer.json
            }
            return "null"
        }
    }

    static let solution = "import json\nnums = json.loads(input())\nprint(0)\n"

    /// The seed's problem note: Chinese description sections, the solution under 我的题解.
    static let problemNote = """
        ---
        title: 581. 最短无序连续子数组
        type: leetcode
        tags:
        - 数组
        - 双指针
        date_creation: '2025-03-20'
        solvedBy: '[[单调栈]]'
        ---
        # 题目描述
        ## 给你一个整数数组 nums ，你需要找出一个 连续子数组 ，如果对这个子数组进行升序排序，那么整个数组都会变为升序排序。
        ## 请你找出符合题意的 最短 子数组，并输出它的长度。
        ### 我的题解：
        ```python
        \(solution)```
        相关：[[双指针]]

        """

    /// The seed's concept note (shortened), linking to nothing the set knows.
    static let conceptNote = """
        ---
        title: Problème du gradient évanescent dans les réseaux récurrents
        type: concept
        tags:
        - deep learning
        - RNN
        date_creation: '2025-03-18'
        date_modification: '2025-03-18'
        isPartOf: '[[Réseaux de neurones récurrents (RNN)]]'
        solvedBy: '[[LSTM (Long Short-Term Memory)]]'
        hasPart: '[[Réseaux de neurones récurrents (RNN)]]'
        ---
        ## Généralité

        Le problème du gradient évanescent est un obstacle majeur dans l'entraînement des RNN.

        """

    /// A concept note the problem note links to (solvedBy).
    static let stackNote = """
        ---
        title: 单调栈
        type: concept
        ---
        单调栈是栈内元素保持单调的栈。

        """

    /// Every row of every table, as text: two databases with equal dumps hold the same data.
    static func dump(_ database: AppDatabase) throws -> [String] {
        var lines: [String] = []
        try database.exportRows { table, values in lines.append(table.name + " " + values.map { "\($0)" }.joined(separator: " | ")) }
        return lines
    }
}
