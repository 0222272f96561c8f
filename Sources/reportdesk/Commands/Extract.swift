import ArgumentParser
import Foundation
import ReportModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export reports as JSON: metadata, a flat section list and indicators (docs/json-schema.md).",
        discussion: "Unreadable files are listed under \"errors\" and on stderr; exit status 1 if any failed."
    )

    @Argument(help: "Report files or folders (.txt, .md, .html, .htm, .docx, .pdf; folders are searched recursively).")
    var files: [String]

    @Flag(name: .long, help: "Write JSON (the default and, for now, only format).")
    var json = false

    @Flag(name: .long, help: "One line of compact JSON instead of pretty printing.")
    var compact = false

    func run() throws {
        let (reports, errors) = readInputs(files)
        // Written as it is encoded, a report (or a few thousand figures) at a time: memory stays bounded.
        try ExportDocument(reports: reports, errors: errors).write(pretty: !compact) { FileHandle.standardOutput.write($0) }
        FileHandle.standardOutput.write(Data("\n".utf8))
        reportErrors(errors)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
