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
        if path == "-" {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                bytes.append(contentsOf: buffer[0..<n])
            }
            return bytes
        }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory { throw .unreadable(path: path, reason: "is a directory") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Writes a file through a temporary file in the same directory and a rename, so readers
    /// see either the old file or the whole new one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FormatError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .unwritable(path: path, reason: reason)
        }
    }

    public static func writeAtomically(_ text: String, to path: String) throws(FormatError) {
        try writeAtomically(Array(text.utf8), to: path)
    }
}
