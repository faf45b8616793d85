import GRDB
import PracticeModel

// The domain's enums are stored as their raw text (the values the migrations' CHECK constraints list), so
// records hold them typed and queries compare them typed. A stored value no case matches (a row written by
// hand, or imported from a newer practice) makes the fetch throw a decoding error, never a crash.
extension Verdict: DatabaseValueConvertible {}
extension TestOrigin: DatabaseValueConvertible {}
extension AttemptKind: DatabaseValueConvertible {}
extension SolutionMode: DatabaseValueConvertible {}
extension Difficulty: DatabaseValueConvertible {}
extension ProblemOrigin: DatabaseValueConvertible {}
extension ProblemStatus: DatabaseValueConvertible {}
