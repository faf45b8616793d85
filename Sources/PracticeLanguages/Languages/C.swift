/// C (gnu17): programs only; function mode has no C driver yet.
public struct CLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(name: "c", extensions: ["c"],
                                       compile: ["gcc", "-O2", "-std=gnu17", "-o", "{exe}", "{src}", "-lm"], run: ["{exe}"],
                                       package: "gcc")

    public var programStub: String {
        """
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>

        int main(void) {
            // Each line of the input is one argument, as JSON; read them with fgets and parse them.
            static char line[1 << 20];
            while (fgets(line, sizeof line, stdin) != NULL) {
            }
            printf("null\\n");
            return 0;
        }

        """
    }
}
