import Foundation
import Synchronization
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

    @Test func aSymbolicLinkIsWrittenThroughAndTheFileKeepsItsMode() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/real/target.txt", atomically: false, encoding: .utf8)
        #expect(chmod(dir + "/real/target.txt", 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: "real/target.txt")
        try FileIO.writeAtomically("new", to: dir + "/link.txt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.txt") == "real/target.txt")
        #expect(try String(contentsOfFile: dir + "/real/target.txt", encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/real/target.txt")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/real") == ["target.txt"])
        // A link to a file not written yet creates that file and keeps the link.
        try FileManager.default.createSymbolicLink(atPath: dir + "/later.txt", withDestinationPath: dir + "/real/later.txt")
        try FileIO.writeAtomically("made", to: dir + "/later.txt")
        #expect(try String(contentsOfFile: dir + "/real/later.txt", encoding: .utf8) == "made")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/later.txt") == dir + "/real/later.txt")
    }

    @Test func aRelativeLinkIsReadFromItsRealDirectory() throws {
        // d → x/y, and x/y/l.csv → ../target.csv: the kernel reads ".." from x/y, so the
        // file written is x/target.csv, not one beside d.
        let dir = try temporaryDirectory()
        let files = FileManager.default
        try files.createDirectory(atPath: dir + "/x/y", withIntermediateDirectories: true)
        try files.createSymbolicLink(atPath: dir + "/d", withDestinationPath: "x/y")
        try "old".write(toFile: dir + "/x/target.csv", atomically: false, encoding: .utf8)
        try files.createSymbolicLink(atPath: dir + "/x/y/l.csv", withDestinationPath: "../target.csv")
        try FileIO.writeAtomically("new", to: dir + "/d/l.csv")
        #expect(try String(contentsOfFile: dir + "/x/target.csv", encoding: .utf8) == "new")
        #expect(!files.fileExists(atPath: dir + "/target.csv"))
    }

    @Test func aNameNearTheLengthLimitIsWritten() throws {
        let path = try temporaryDirectory() + "/" + String(repeating: "a", count: 250)
        try FileIO.writeAtomically("long", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "long")
    }

    @Test func aLinkLoopIsAnErrorAndStaysALink() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "a")
        #expect(throws: FormatError.self) { try FileIO.writeAtomically("x", to: dir + "/a") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/a") == "b")
    }

    @Test func aPipeIsWrittenInPlaceNotReplaced() throws {
        // A FIFO stands for a device here: renaming over it would put a plain file in its place.
        let path = try temporaryDirectory() + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let received = Mutex<[UInt8]>([])
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            received.withLock { $0 = Array(data) }
        }
        reader.start()
        try FileIO.writeAtomically("through the pipe", to: path)
        for _ in 0..<200 where received.withLock({ $0.isEmpty }) { usleep(10_000) }
        #expect(received.withLock { $0 } == Array("through the pipe".utf8))
        var info = stat()
        #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func anOpenDescriptorIsWrittenWhereItStands() throws {
        // /dev/fd/N names a descriptor the caller opened (a shell's redirection): the output goes
        // after what was written to it already, and the file is not replaced under it.
        let path = try temporaryDirectory() + "/redirected.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(write(descriptor, "before\n", 7) == 7)
        try FileIO.writeAtomically("output\n", to: "/dev/fd/\(descriptor)")
        // Also behind a link of the user's to the descriptor's name.
        let link = path + ".link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/fd/\(descriptor)")
        try FileIO.writeAtomically("linked\n", to: link)
        // And under another spelling of the descriptor folder.
        try FileIO.writeAtomically("spelled\n", to: "/dev/fd//\(descriptor)")
        #expect(write(descriptor, "after\n", 6) == 6)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "before\noutput\nlinked\nspelled\nafter\n")
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
