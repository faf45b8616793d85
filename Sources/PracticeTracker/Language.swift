// The languages (recipes, drivers, stubs, mode detection) are the PracticeLanguages module; re-exported, so
// the service's clients name `LanguageRecipe` and `ModeDetection` as before.
@_exported import PracticeLanguages

/// Runs `body`, turning a language's refusal into `ServiceError.language`.
func language<T>(_ body: () throws(LanguageError) -> T) throws(ServiceError) -> T {
    do { return try body() } catch { throw .language(error) }
}
