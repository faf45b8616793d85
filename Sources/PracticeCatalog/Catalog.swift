/// The built-in problems.
public enum Catalog {
    /// Every built-in problem: the two seed problems first (581, rnn-gradient-norms), then the rest.
    public static let problems: [any CatalogProblem] = [
        ShortestUnsortedSubarray(),
        RNNGradientNorms(),
        // group A (arrays, hashing, strings, two pointers, sliding window, binary search, stack)
        TwoSum(),
        LongestSubstringWithoutRepeatingCharacters(),
        ContainerWithMostWater(),
        ValidParentheses(),
        FindPeakElement(),
        SlidingWindowMaximum(),
        SearchInRotatedSortedArray(),
        MoveZeroes(),
        MinStack(),
        ReverseLinkedList(),
        LinkedListCycle(),
        // group B (heap, intervals, dynamic programming, graphs, trees, machine learning)
        KthLargestElement(),
        MergeIntervals(),
        CoinChange(),
        NumberOfIslands(),
        DiameterOfBinaryTree(),
        LSTMCellGradients(),
    ]

    /// The built-in problem with exactly this slug (use ``NameResolver`` for what a user typed).
    public static func problem(slug: String) -> (any CatalogProblem)? {
        problems.first { $0.slug == slug }
    }
}
