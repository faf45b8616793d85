/// C (gnu17): programs only; function mode has no C driver yet.
public struct CLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(name: "c", extensions: ["c"],
                                       compile: ["gcc", "-O2", "-std=gnu17", "-o", "{exe}", "{src}", "-lm"], run: ["{exe}"],
                                       package: "gcc")

    public var programStub: String { DriverSource.text(PackageResources.program_c) }
}
