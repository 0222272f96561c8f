import ArgumentParser
import Foundation
import ReportModel

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each report's metadata and its indented section tree with roles and years.",
        discussion: "Files that cannot be read are named on stderr; the others are still printed. Exit status 1 if any failed."
    )

    @Argument(help: "Report files or folders (.txt, .md, .html, .htm, .docx, .pdf; folders are searched recursively).")
    var files: [String]

    func run() throws {
        let (reports, errors) = readInputs(files)
        for (i, r) in reports.enumerated() {
            if i > 0 { print("") }
            print(OutlineFormatter.format(r), terminator: "")
        }
        reportErrors(errors)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
