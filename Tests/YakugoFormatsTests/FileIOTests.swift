import Foundation
import Testing
@testable import YakugoFormats

@Suite("File input and atomic output")
struct FileIOTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "yakugo-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writeReplacesWholeFileAndLeavesNoTemporary() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/out.txt"
        try FileIO.writeAtomically("first", to: path)
        try FileIO.writeAtomically("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.txt"])
    }

    @Test func aPipeIsReadToItsEnd() throws {
        // What a shell's process substitution hands over (/dev/fd/63): a pipe, not a file.
        let path = try temporaryDirectory() + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let text = String(repeating: "北朝鮮が発射した。\n", count: 10_000)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        let bytes = try FileIO.readBytes(path)
        #expect(bytes == Array(text.utf8))
    }

    @Test func unwritableDirectoryIsAnErrorAndWritesNothing() {
        #expect(throws: FormatError.self) { try FileIO.writeAtomically("x", to: "/nonexistent-dir-yakugo/out.txt") }
    }

    @Test func missingFileAndDirectoryAreErrors() throws {
        #expect(throws: FormatError.unreadable(path: "/no/such/file.txt", reason: "no such file")) { try FileIO.readBytes("/no/such/file.txt") }
        let dir = try temporaryDirectory()
        #expect(throws: FormatError.unreadable(path: dir, reason: "is a directory")) { try FileIO.readBytes(dir) }
    }
}
