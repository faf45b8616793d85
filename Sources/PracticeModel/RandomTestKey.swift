/// The identity of a random test: the generator regenerates its input from the seed and size.
public struct RandomTestKey: Hashable, Sendable {
    /// The generator seed.
    public var seed: Int64
    /// The generator size.
    public var size: Int

    /// Creates a value from its fields.
    public init(seed: Int64, size: Int) {
        self.seed = seed
        self.size = size
    }
}
