import ArgumentParser
import Foundation
import YakugoCore
import YakugoFormats

/// The `yakugo` command: English–Japanese terminology tools for defense and diplomatic news.
struct Yakugo: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "yakugo",
        abstract: "English–Japanese terminology toolkit for defense and diplomatic news.",
        discussion: """
            Exit codes: 0 success, 1 findings, 2 usage or input error.

            EXAMPLES:
              yakugo segment Samples/missile-over-japan-2022.en.txt
              yakugo segment article.ja.txt --format jsonl -o article.ja.jsonl
              yakugo numbers Samples/icbm-eez-hokkaido-2022.ja.txt
            """,
        version: version,
        subcommands: [Segment.self, Numbers.self, Align.self, Extract.self, TMXCommand.self, GlossaryCommand.self, Validate.self, ChecksCommand.self]
    )
}

/// Entry point: maps every error to the documented exit codes (2 for usage and input errors).
@main
enum YakugoMain {
    static func main() {
        do {
            var command = try Yakugo.parseAsRoot()
            try command.run()
        } catch let error as FormatError {
            CLI.fail(error.description)
        } catch let error as CLIError {
            CLI.fail(error.description)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Yakugo.exitCode(for: error)
            let message = Yakugo.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            CLI.fail(message)
        }
    }
}

/// A usage problem found after parsing (a bad combination of options, an unknown language).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Small helpers shared by the subcommands.
enum CLI {
    static func fail(_ message: String) -> Never {
        var line = message
        if !line.hasPrefix("yakugo:") && !line.hasPrefix("Error:") && !line.hasPrefix("Usage:") { line = "yakugo: " + line }
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
        exit(2)
    }

    /// An input error that does not stop the command (a skipped pair of a corpus).
    static func report(_ message: String) {
        FileHandle.standardError.write(Data(((message.hasPrefix("yakugo:") ? "" : "yakugo: ") + message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("yakugo: warning: " + message + "\n").utf8))
    }

    /// Writes output to a file atomically, or to standard output.
    static func emit(_ text: String, to path: String?) throws {
        if let path, path != "-" {
            try FileIO.writeAtomically(text, to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
