import PracticeCatalog

/// The version of a problem's reference solver and generator that attempts record and answer
/// caches are keyed by: the declared `version` plus a hash of what they *do*, the inputs the
/// generator makes and the answers the reference gives on fixed seeds and sizes. A change to either
/// changes it even when nobody bumped `version`, so cached answers and replays never mix versions.
package enum ReferenceFingerprint {
    package static func of(_ problem: any CatalogProblem) -> String {
        var text = problem.version + "\n"
        for size in Set([1, 2, 5, 16, 64].map { min($0, problem.maxSize) }).sorted() {
            for seed in UInt64(0)..<4 {
                let input = problem.generate(seed: seed, size: size)
                text += input.text
                text += ((try? problem.solve(input).json) ?? "reference failed") + "\n"
            }
        }
        return problem.version + "+" + SHA256.hex(Array(text.utf8)).prefix(12)
    }
}
