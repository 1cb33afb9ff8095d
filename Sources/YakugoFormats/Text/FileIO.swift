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

/// Where the output for a path goes: usually a temporary file beside the target, renamed over
/// it by `commit()`, so no reader ever sees a half-written file. A symbolic link is written
/// through (the file it names is replaced, the link stays) and an existing file keeps its mode;
/// a device, pipe or open descriptor (/dev/null, a FIFO, /dev/stdout) is written in place,
/// since renaming over it would put a plain file where it was.
public struct OutputTarget {
    /// Where the bytes go: the temporary file, or the device or descriptor itself.
    public let descriptor: Int32
    /// The file that `commit()` replaces; nil when writing in place.
    public let target: String?
    /// The temporary file; nil when writing in place.
    public let temporary: String?
    /// The path as asked for, for messages.
    public let name: String

    /// Opens the output for `path` (any name, "-" included; standard output is the caller's).
    public static func open(_ path: String) throws(FormatError) -> OutputTarget {
        let directory: String, base: String
        switch try resolve(path) {
        case .descriptor(let inherited):
            // /dev/stdout, /dev/fd/N and /proc/self/fd/N name open descriptors (also behind a
            // link to one); a copy of the descriptor shares its offset with the shell's own
            // writes, so the output lands where the shell's would, and the file a shell
            // redirected into is never replaced under it.
            let descriptor = dup(inherited)
            guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
            return OutputTarget(descriptor: descriptor, target: nil, temporary: nil, name: path)
        case .file(let folder, let name):
            (directory, base) = (folder, name)
        }
        let target = directory + "/" + base
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let kind = existing.st_mode & S_IFMT
        if exists && kind != S_IFREG && kind != S_IFDIR {
            // A device or a pipe: written in place, by its type (a regular file under /dev/shm
            // is a file like any other).
            let descriptor = systemOpen(target, O_WRONLY, 0)
            guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
            return OutputTarget(descriptor: descriptor, target: nil, temporary: nil, name: path)
        }
        // A short name of our own: the target's name plus a suffix could pass the 255-byte limit.
        let temporary = directory + "/.yakugo-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = systemOpen(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        if exists && kind == S_IFREG {
            // The replacement takes the old file's place, so it takes its mode and owner too
            // (the owner only where the caller may give it: as root).
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
            if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        }
        return OutputTarget(descriptor: descriptor, target: target, temporary: temporary, name: path)
    }

    /// After the descriptor is closed: renames the temporary file over the target.
    public func commit() throws(FormatError) {
        guard let target, let temporary else { return }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path: name, reason: reason)
        }
    }

    /// After the descriptor is closed: removes the temporary file (a write that failed).
    public func abandon() {
        if let temporary { unlink(temporary) }
    }

    /// The descriptor /dev/stdout or /dev/stderr names, by name: even where the entry is no link
    /// (a container may have a plain file there). /dev/fd/N and its other spellings are found
    /// by their folder (`descriptorFolders`).
    static func inheritedDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: return nil
        }
    }

    /// Where a path leads: an inherited descriptor, or a file (existing or not) by its real
    /// directory and its name.
    enum Resolved {
        case descriptor(Int32)
        case file(directory: String, name: String)
    }

    /// Follows a chain of symbolic links, also to a file not written yet. Each link's text is
    /// read against the real directory of the link (`realpath`), so "../target.csv" in a link
    /// reached through another link leads where the kernel would lead; a loop is an error.
    static func resolve(_ path: String) throws(FormatError) -> Resolved {
        var current = path
        for _ in 0..<40 {
            if let inherited = inheritedDescriptor(current) { return .descriptor(inherited) }
            let (directory, name) = split(current)
            guard let realDirectory = realPath(directory) else {
                throw .unwritable(path: path, reason: "no such directory: \(directory)")
            }
            // Any other spelling of the process's descriptor folder (/dev/fd//1, a link to
            // /dev/fd, /proc/thread-self/fd) resolves to the same real folder.
            if let number = Int32(name), descriptorFolders.contains(realDirectory) { return .descriptor(number) }
            var info = stat()
            let link = realDirectory + "/" + name
            guard lstat(link, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else {
                return .file(directory: realDirectory, name: name)
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(link, &buffer, buffer.count - 1)
            guard count > 0 else { return .file(directory: realDirectory, name: name) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : realDirectory + "/" + destination
        }
        throw .unwritable(path: path, reason: "too many levels of symbolic links")
    }

    /// The real paths of the folders whose entries are this process's open descriptors.
    static var descriptorFolders: Set<String> {
        Set(["/proc/self/fd", "/proc/thread-self/fd", "/dev/fd"].compactMap(realPath))
    }

    /// A path's directory ("." for a bare name) and last component.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The path with every link and "." or ".." resolved (nil when it does not exist); the root
    /// is "" so that joining "/" and a name gives one slash.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        let text = String(cString: resolved)
        return text == "/" ? "" : text
    }
}

/// Writes a file piece by piece with the same guarantee as `FileIO.writeAtomically` (see
/// `OutputTarget`); a writer dropped without `commit()` (an error half-way) removes its
/// temporary file. Output of any size thus needs only a buffer's worth of memory. Path nil or
/// "-" writes to standard output.
public final class StreamingFileWriter {
    private let output: OutputTarget?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private static let bufferSize = 1 << 16

    public convenience init(path: String?) throws(FormatError) {
        guard let path, path != "-" else {
            self.init(output: nil)
            return
        }
        try self.init(file: path)
    }

    /// A writer to the file at `path`, whatever its name ("-" included).
    public convenience init(file path: String) throws(FormatError) {
        self.init(output: try OutputTarget.open(path))
    }

    private init(output: OutputTarget?) {
        self.output = output
        descriptor = output?.descriptor ?? 1
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
                throw .unwritable(path: output?.name ?? "(standard output)", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, renames the temporary file into place.
    public func commit() throws(FormatError) {
        try flush()
        finished = true
        guard let output else { return }
        close(descriptor)
        try output.commit()
    }

    deinit {
        guard !finished, let output else { return }
        close(descriptor)
        output.abandon()
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
#else
private let systemWrite = Darwin.write
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Darwin.open(path, flags, mode) }
#endif
