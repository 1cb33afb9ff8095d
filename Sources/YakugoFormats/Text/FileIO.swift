import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading input files and writing output files without ever leaving a half-written file.
public enum FileIO {
    /// Reads a whole file; "-" reads standard input.
    public static func readBytes(_ path: String) throws(FormatError) -> [UInt8] {
        if path == "-" { return try readAll(0, path: "(standard input)") }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory { throw .unreadable(path: path, reason: "is a directory") }
        // open/read rather than Data(contentsOf:), which fails on pipes such as a shell's
        // process substitution (/dev/fd/63) and reports errors as Foundation dumps.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(descriptor) }
        return try readAll(descriptor, path: path)
    }

    /// Every byte of an open file descriptor, read until its end; a read error is an error, not
    /// a shorter file.
    static func readAll(_ descriptor: Int32, path: String) throws(FormatError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
            }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    /// Writes a file through a temporary file in the same directory and a rename, so readers
    /// see either the old file or the whole new one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FormatError) {
        let writer = try StreamingFileWriter(file: path)
        try writer.write(bytes)
        try writer.commit()
    }

    public static func writeAtomically(_ text: String, to path: String) throws(FormatError) {
        try writeAtomically(Array(text.utf8), to: path)
    }
}

/// Writes a file piece by piece with the same guarantee as `FileIO.writeAtomically`: the pieces
/// go to a temporary file beside the target, which only `commit()` renames into place; a writer
/// dropped without commit (an error half-way) removes its temporary file. Output of any size
/// thus needs only a buffer's worth of memory. Path nil or "-" writes to standard output.
public final class StreamingFileWriter {
    private let path: String?
    private let temporary: String?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private static let bufferSize = 1 << 16

    public convenience init(path: String?) throws(FormatError) {
        guard let path, path != "-" else {
            self.init(standardOutput: ())
            return
        }
        try self.init(file: path)
    }

    private init(standardOutput: Void) {
        path = nil
        temporary = nil
        descriptor = 1
    }

    /// A writer to the file at `path`, whatever its name ("-" included).
    public init(file path: String) throws(FormatError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.temporary = temporary
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    public func write(_ text: String) throws(FormatError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws(FormatError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws(FormatError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unwritable(path: path ?? "(standard output)", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, renames the temporary file into place.
    public func commit() throws(FormatError) {
        try flush()
        finished = true
        guard let path, let temporary else { return }
        close(descriptor)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }

    deinit {
        guard !finished, let temporary else { return }
        close(descriptor)
        unlink(temporary)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
