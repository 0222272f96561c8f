import ArgumentParser
import Foundation
import ReportModel

/// `reportdesk`: browse, search and export Chinese local government work reports.
@main
struct ReportDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportdesk",
        abstract: "Read Chinese government work reports into a browsable, comparable database.",
        discussion: """
        With no subcommand, opens the dashboard on the bundled corpus (Data/reports), or on --corpus DIR.

        Examples:
          reportdesk                                  open the dashboard on the bundled reports
          reportdesk --corpus ~/reports               open the dashboard on another folder
          reportdesk outline Data/reports/*.txt       print metadata and section trees
          reportdesk extract report.txt --json        export the JSON document (docs/json-schema.md)
        """,
        version: "0.1.0",
        subcommands: [Dashboard.self, Index.self, Search.self, Outline.self, Extract.self, Indicators.self, Quantities.self, Places.self,
                      Series.self, Targets.self, Compare.self],
        // Commands for developing ReportDesk itself, listed apart from those for reading reports.
        groupedSubcommands: [CommandGroup(name: "Development", subcommands: [Generate.self, Bench.self, Hostile.self])],
        defaultSubcommand: Dashboard.self
    )
}

/// Where the bundled corpus lives: $REPORTDESK_DATA, ./Data, or Data/ beside the package the binary was built in.
enum BundledData {
    /// The folder a command works on: the one given, else the bundled reports; an error names what is missing.
    static func folder(_ given: String?, option: String = "--corpus DIR") throws -> String {
        guard let folder = given ?? reportsFolder() else {
            throw CommandError("cannot find the bundled Data/reports folder; run from the repository or pass \(option)")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) else { throw CommandError("no such folder: \(folder)") }
        guard isDir.boolValue else { throw CommandError("\(folder) is a file, not a folder of reports") }
        return folder
    }

    static func reportsFolder() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["REPORTDESK_DATA"] {
            return (env as NSString).appendingPathComponent("reports")
        }
        var candidates = [fm.currentDirectoryPath]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.path)
            dir = dir.deletingLastPathComponent()
        }
        for c in candidates {
            let p = (c as NSString).appendingPathComponent("Data/reports")
            if fm.fileExists(atPath: p) { return p }
        }
        return nil
    }
}

/// Reads the files or folders named on the command line; unreadable files are reported, not fatal.
func readInputs(_ paths: [String]) -> (reports: [Report], errors: [ReadError]) {
    var files: [String] = []
    var errors: [ReadError] = []
    for p in paths {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: p, isDirectory: &isDir) {
            errors.append(ReadError(file: p, problem: "no such file or directory"))
        } else if isDir.boolValue {
            files += Corpus.files(under: p)
        } else {
            files.append(p)
        }
    }
    let loaded = Corpus.load(files: files)
    return (loaded.reports, errors + loaded.failures)
}

/// Writes errors to stderr, one per line, naming the file.
func reportErrors(_ errors: [ReadError]) {
    for e in errors { FileHandle.standardError.write(Data("reportdesk: \(e.file): \(e.problem)\n".utf8)) }
}
