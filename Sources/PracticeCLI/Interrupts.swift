import PracticeRunner

/// Ctrl-C (SIGINT) and SIGTERM while `practice` judges.
enum Interrupts {
    /// Installs handlers for SIGINT and SIGTERM and returns the flag they set: runs watching it kill
    /// their children at once, and the attempt ends with `ServiceError.interrupted` (exit 130)
    /// without being recorded. A second signal ends the tool immediately; its children die with it.
    static func installCancellingHandler() -> CancellationFlag {
        let flag = CancellationFlag()
        ProcessSetup.cancelOnInterrupt(flag)
        return flag
    }
}
