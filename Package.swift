// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "practice",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "practice", targets: ["practice"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The domain's vocabulary: verdicts, origins, modes, signatures and the one JSON reader/writer. No dependencies.
        // Optimised even in debug builds: its JSON reader/writer is in the judge's hot loop (see PracticeCatalog).
        .target(name: "PracticeModel", swiftSettings: [.unsafeFlags(["-O"])]),
        // Versioned SQL migrations, embedded in the binary.
        .target(
            name: "PracticeMigrations",
            path: "Migrations",
            resources: [.embedInCode("0001_initial.sql"), .embedInCode("0002_attempt_analysis.sql"),
                        .embedInCode("0003_statistics_indexes.sql"), .embedInCode("0004_user_problems.sql"),
                        .embedInCode("0005_notes.sql"), .embedInCode("0006_attempt_mode.sql"),
                        .embedInCode("0007_statistics_summaries.sql")]
        ),
        .target(
            name: "PracticeStorage",
            dependencies: [
                "PracticeModel", "PracticeMigrations",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The catalog's generators, references and JSON reader/writer are the judge's hot loops: optimised even in
        // debug builds, so that the end-to-end tests (and `swift run`) judge thousands of tests at a realistic speed
        // (unspecialised generic code made a debug build spend 90 ms of its own per 10^5-number test).
        .target(name: "PracticeCatalog", dependencies: ["PracticeModel"], swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "CRunner"),
        .target(name: "PracticeRunner", dependencies: ["CRunner"]),
        // One file per language (recipe, function-mode driver, stub, syntax check); the drivers are real source
        // files under Resources/, embedded in the binary (docs/LANGUAGES.md).
        .target(
            name: "PracticeLanguages",
            dependencies: ["PracticeModel", "PracticeRunner"],
            resources: [.embedInCode("Resources/python_syntax_check.py"), .embedInCode("Resources/drivers/python_driver.py"),
                        .embedInCode("Resources/drivers/javascript_driver.js"),
                        .embedInCode("Resources/drivers/typescript_runtime.d.ts"),
                        .embedInCode("Resources/drivers/typescript_node.d.ts"),
                        .embedInCode("Resources/drivers/typescript_env.d.ts"),
                        .embedInCode("Resources/drivers/cpp_prelude.hpp"), .embedInCode("Resources/drivers/cpp_driver.hpp"),
                        .embedInCode("Resources/drivers/cpp_tree_node.hpp"), .embedInCode("Resources/drivers/cpp_list_node.hpp"),
                        .embedInCode("Resources/drivers/swift_driver.swift"),
                        .embedInCode("Resources/drivers/swift_tree_node.swift"),
                        .embedInCode("Resources/drivers/swift_list_node.swift"),
                        .embedInCode("Resources/drivers/java_driver.java"), .embedInCode("Resources/drivers/java_tree_node.java"),
                        .embedInCode("Resources/drivers/java_list_node.java"), .embedInCode("Resources/drivers/java_pair.java"),
                        .embedInCode("Resources/drivers/go_driver.go"), .embedInCode("Resources/drivers/go_tree_node.go"),
                        .embedInCode("Resources/drivers/go_list_node.go"), .embedInCode("Resources/stubs/program.go"),
                        .embedInCode("Resources/stubs/program.py"), .embedInCode("Resources/stubs/program.c"),
                        .embedInCode("Resources/stubs/program.cpp"), .embedInCode("Resources/stubs/program.js"),
                        .embedInCode("Resources/stubs/program.ts"), .embedInCode("Resources/stubs/program.swift"),
                        .embedInCode("Resources/stubs/program.java"), .embedInCode("Resources/stubs/program.rs"),
                        .embedInCode("Resources/drivers/rust_driver.rs"),
                        .embedInCode("Resources/drivers/rust_tree_node.rs"),
                        .embedInCode("Resources/drivers/rust_list_node.rs"),
                        .embedInCode("Resources/drivers/c_driver.c"), .embedInCode("Resources/drivers/c_tree_node.h"),
                        .embedInCode("Resources/drivers/c_list_node.h")]
        ),
        // The judge: oracles, test plans, building and running a solution, function sessions, shrinking, the scaling
        // check. It knows no storage: answers are cached through a protocol the service implements.
        .target(
            name: "PracticeJudge",
            dependencies: ["PracticeModel", "PracticeCatalog", "PracticeLanguages", "PracticeRunner"]
        ),
        // The formats data leaves and enters by: the notes parser and front matter, the JSON, CSV and Markdown
        // exports, written to and read from files and streams the caller gives. It knows no database.
        .target(
            name: "PracticeTransfer",
            dependencies: ["PracticeModel", .product(name: "Yams", package: "Yams")]
        ),
        // The only place that combines the judge and storage: attempts, rejudge, user problems, packages, note
        // import, stats, review, and the answer cache over the database.
        .target(
            name: "PracticeTracker",
            dependencies: ["PracticeModel", "PracticeStorage", "PracticeCatalog", "PracticeRunner", "PracticeLanguages",
                           "PracticeJudge", "PracticeTransfer",
                           .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PracticeCLI",
            dependencies: [
                "PracticeModel", "PracticeTracker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "practice", dependencies: ["PracticeCLI"]),

        .testTarget(
            name: "PracticeStorageTests",
            dependencies: ["PracticeModel", "PracticeStorage", "PracticeMigrations", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "PracticeModelTests", dependencies: ["PracticeModel"]),
        .testTarget(name: "PracticeCatalogTests", dependencies: ["PracticeCatalog"]),
        .testTarget(name: "PracticeRunnerTests", dependencies: ["PracticeRunner"]),
        // The catalog only to check the drivers and stubs of every signature it has.
        .testTarget(name: "PracticeLanguagesTests", dependencies: ["PracticeLanguages", "PracticeModel", "PracticeCatalog"]),
        // Test doubles the test targets share (a ProcessRunner answering from a closure); no product uses it.
        .target(name: "PracticeTestSupport", dependencies: ["PracticeRunner"], path: "Tests/PracticeTestSupport"),
        // The judge without a database: its pure planner, its worker pool and real child processes.
        .testTarget(
            name: "PracticeJudgeTests",
            dependencies: ["PracticeJudge", "PracticeCatalog", "PracticeModel", "PracticeLanguages", "PracticeRunner",
                           "PracticeTestSupport"]
        ),
        .testTarget(name: "PracticeTransferTests", dependencies: ["PracticeModel", "PracticeTransfer"]),
        .testTarget(name: "PracticeTrackerTests", dependencies: ["PracticeModel", "PracticeTracker", "PracticeTransfer",
                                                          "PracticeTestSupport"]),
        .testTarget(
            name: "PracticeCLITests",
            dependencies: ["PracticeModel", "PracticeCLI", "practice", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
    ]
)
