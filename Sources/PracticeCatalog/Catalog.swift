/// The built-in problems.
public enum Catalog {
    /// Every built-in problem: 581 first, then rnn-gradient-norms.
    public static let problems: [any CatalogProblem] = [
        ShortestUnsortedSubarray(),
        RNNGradientNorms(),
    ]

    /// The built-in problem with exactly this slug (use ``NameResolver`` for what a user typed).
    public static func problem(slug: String) -> (any CatalogProblem)? {
        problems.first { $0.slug == slug }
    }
}
