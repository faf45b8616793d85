// The judge (oracles, plans, builds, test runs, shrinking, scaling) is the PracticeJudge module; re-exported, so
// the service's clients name `JudgeProgress` and `TestResult` as before.
@_exported import PracticeJudge

/// Runs `body`, turning the judge's refusals into the service's: a language's, the runner's and an interruption
/// keep their own cases (`ServiceError.language`, `.runner`, `.interrupted`), the rest is `ServiceError.judge`.
func judging<T>(_ body: () throws(JudgeError) -> T) throws(ServiceError) -> T {
    do {
        return try body()
    } catch {
        switch error {
        case .language(let error): throw .language(error)
        case .runner(let error): throw .runner(error)
        case .interrupted: throw .interrupted
        case .cannotWriteSolution, .cannotCreateWorkspace: throw .judge(error)
        }
    }
}
