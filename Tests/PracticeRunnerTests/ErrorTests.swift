import Foundation
@testable import PracticeRunner
import Testing

@Suite("Starting failures and executable lookup")
struct ErrorTests {
    @Test func missingCommandInPath() {
        let name = "no-such-program-\(UInt32.random(in: 1...UInt32.max))"
        #expect(throws: RunnerError.executableNotFound(name)) { try run([name]) }
    }

    @Test func missingPath() {
        #expect(throws: RunnerError.executableNotFound("/nonexistent/solution")) {
            try run(["/nonexistent/solution"])
        }
    }

    @Test func emptyCommand() {
        #expect(throws: RunnerError.executableNotFound("")) { try run([]) }
    }

    @Test func lookupUsesTheRequestPath() {
        #expect(throws: RunnerError.executableNotFound("sh")) {
            try run(["sh", "-c", "true"], environment: ["PATH": "/nonexistent"])
        }
    }

    @Test func missingWorkingDirectory() {
        #expect(throws: RunnerError.spawnFailed("entering the working directory /nonexistent/dir", errno: ENOENT)) {
            try run(["true"], workingDirectory: "/nonexistent/dir")
        }
    }

    @Test(arguments: [
        ("echo hi\n", 0o644, EACCES),  // no execute permission
        ("echo hi\n", 0o755, ENOEXEC),  // executable, but neither a binary nor a #! script
        ("#!/nonexistent/interpreter\n", 0o755, ENOENT),  // its interpreter is missing
    ])
    func fileThatCannotBeExecuted(content: String, permissions: Int, code: Int32) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unrunnable-\(UUID())").path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
        #expect(throws: RunnerError.spawnFailed("executing \(path)", errno: code)) { try run([path]) }
    }

    @Test(arguments: [
        RunnerError.executableNotFound(""),
        .executableNotFound("python3"),
        .executableNotFound("./a.out"),
        .spawnFailed("executing ./a.out", errno: EACCES),
        .spawnFailed("creating a process for ./a.out", errno: EAGAIN),
        .spawnFailed("executing ./a.out", errno: EIO),
    ])
    func messagesAreOneActionableLine(error: RunnerError) throws {
        let message = try #require(error.errorDescription)
        #expect(!message.contains("\n"))
        #expect(message.contains(":"))
    }

    @Test func notFoundMessageNamesTheProgram() {
        #expect(RunnerError.executableNotFound("python3").errorDescription
            == "python3 not found in PATH: install it or add its directory to PATH")
    }

    @Test func whichFindsExecutablesInPath() throws {
        let sh = try #require(ProcessSetup.which("sh"))
        #expect(sh.hasSuffix("/sh"))
        #expect(ProcessSetup.which("no-such-program-\(UInt32.random(in: 1...UInt32.max))") == nil)
        #expect(ProcessSetup.which("") == nil)
        #expect(ProcessSetup.which("/bin/sh") == "/bin/sh")
        #expect(ProcessSetup.which("/etc/passwd") == nil)
        #expect(ProcessSetup.which("/bin") == nil)
    }

    @Test func whichMakesRelativeMatchesAbsolute() throws {
        let found = try #require(ProcessSetup.which("sh", searchPath: "/nonexistent:../../../../../../../../bin"))
        #expect(found.hasPrefix("/"))
        #expect(found.hasSuffix("/bin/sh"))
    }
}
