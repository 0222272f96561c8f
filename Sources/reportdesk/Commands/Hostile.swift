import ArgumentParser
import Foundation
import ReportModel
import ReportSynthetic

struct Hostile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the hostile input set (files built to break a reader) and check how each one reads.",
        discussion: """
        The set: empty, binary and mis-encoded files, a file over the size limit, a 50 MB single line, 10,000 nested \
        headings and <div>s, 400-digit numbers, every placeholder form, damaged web pages, Word files (one a zip bomb) \
        and PDFs. Each has an expected outcome: a named error, or a report with stated properties.

        --check reads every file (or the one named by --only) and prints, per file, the outcome, whether it is the \
        expected one, and the time taken; the exit status is 1 when any file reads other than expected. \
        Fuzz/hostile.sh runs each file in its own process to measure peak memory (docs/robustness.md).

        Examples:
          reportdesk hostile /tmp/hostile
          reportdesk hostile /tmp/hostile --check
          reportdesk hostile /tmp/hostile --check --only nested-headings-10000.txt --no-write
          reportdesk hostile /tmp/hostile-small --small --check
        """
    )

    @Argument(help: "Folder to write the set into (created when missing).") var folder: String
    @Flag(help: "The smaller sizes the tests use (2 MB line, 100 KB unpunctuated, 20,000 lines) instead of 50 MB, 1 MB, 500,000.")
    var small = false
    @Flag(help: "Read each file and compare with its expected outcome.") var check = false
    @Option(help: "With --check: only this file of the set.") var only: String?
    @Flag(help: "Do not write the files (they are there from an earlier run).") var noWrite = false

    var sizes: HostileSet.Sizes { small ? .small : .documented }

    func validate() throws {
        if let only, !HostileSet.inputs(sizes).contains(where: { $0.name == only }) {
            throw ValidationError("no file \(only) in the hostile set")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        let set = HostileSet.inputs(sizes)
        if !noWrite {
            try HostileSet.write(to: url, sizes: sizes)
            if !check { print("wrote \(set.count) files to \(folder)") }
        }
        guard check else { return }
        var failed = 0
        for input in set where only == nil || input.name == only {
            let started = DispatchTime.now()
            let result = ReportReader.result(path: url.appendingPathComponent(input.name).path)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            let problem = HostileSet.check(input, result)
            if problem != nil { failed += 1 }
            let outcome: String
            switch result {
            case .success(let r): outcome = "read: \(r.indicators.count) indicators, \(r.sections.count) sections\(r.damaged.isEmpty ? "" : ", \(r.damaged.count) damaged spans")"
            case .failure(let e): outcome = "error: \(e.problem)"
            }
            print([input.name, problem == nil ? "as expected" : "UNEXPECTED (\(problem ?? ""))", outcome, String(format: "%.2f s", seconds)]
                .joined(separator: "\t"))
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
