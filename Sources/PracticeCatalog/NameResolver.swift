import Foundation

/// The outcome of resolving a typed name among candidates.
public enum NameMatch: Sendable, Equatable {
    /// The index into the candidates.
    case found(Int)
    /// Several candidates match; their slugs, sorted.
    case ambiguous([String])
    /// Nothing matches; up to 3 similar slugs, closest first (possibly none).
    case notFound(suggestions: [String])
}

/// Resolving what the user typed to one of several named things (used for catalog AND the user's own problems).
public enum NameResolver {
    /// How many slugs a `.notFound` suggests at most.
    static let maximumSuggestions = 3

    /// Order: exact slug (case-insensitive); an all-digits name matches `number`; then a unique slug prefix
    /// (several -> .ambiguous with their slugs, sorted); otherwise .notFound with up to 3 closest slugs by
    /// edit distance (and substring containment), closest first.
    ///
    /// Surrounding whitespace is ignored; a blank name is `.notFound` with no suggestions. Several
    /// candidates with the same number are `.ambiguous`; a number nobody has falls through to the
    /// prefix rule (slugs such as "3sum" start with digits).
    public static func resolve(_ name: String, among candidates: [(slug: String, number: Int?)]) -> NameMatch {
        let query = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !query.isEmpty else { return .notFound(suggestions: []) }
        let slugs = candidates.map { $0.slug.lowercased() }

        if let index = slugs.firstIndex(of: query) {
            return .found(index)
        }
        if query.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(query) {
            let numbered = candidates.indices.filter { candidates[$0].number == number }
            if let match = match(numbered, in: candidates) { return match }
        }
        let prefixed = slugs.indices.filter { slugs[$0].hasPrefix(query) }
        if let match = match(prefixed, in: candidates) { return match }
        return .notFound(suggestions: suggestions(for: query, among: candidates))
    }

    /// `.found` for one index, `.ambiguous` for several, nil for none.
    private static func match(_ indices: [Int], in candidates: [(slug: String, number: Int?)]) -> NameMatch? {
        switch indices.count {
        case 0: nil
        case 1: .found(indices[0])
        default: .ambiguous(indices.map { candidates[$0].slug }.sorted())
        }
    }

    /// Slugs that contain the query (or are contained in it), then slugs within a small edit
    /// distance, each group closest first.
    private static func suggestions(for query: String, among candidates: [(slug: String, number: Int?)]) -> [String] {
        let threshold = max(2, query.count / 3)
        let scored = candidates.compactMap { candidate -> (slug: String, contains: Bool, distance: Int)? in
            let slug = candidate.slug.lowercased()
            let contains = slug.contains(query) || query.contains(slug)
            let distance = editDistance(query, slug)
            guard contains || distance <= threshold else { return nil }
            return (candidate.slug, contains, distance)
        }
        let ranked = scored.sorted {
            if $0.contains != $1.contains { return $0.contains }
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            return $0.slug < $1.slug
        }
        return ranked.prefix(maximumSuggestions).map(\.slug)
    }

    /// Levenshtein distance (insertions, deletions, substitutions) between two strings.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let source = Array(lhs)
        let target = Array(rhs)
        var previous = Array(0...target.count)
        var current = previous
        for (i, sourceCharacter) in source.enumerated() {
            current[0] = i + 1
            for (j, targetCharacter) in target.enumerated() {
                let substitution = previous[j] + (sourceCharacter == targetCharacter ? 0 : 1)
                current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
