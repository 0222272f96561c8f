import ArgumentParser
import Foundation
import ReportModel
import ReportSynthetic

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic corpus of township reports, with the figures each states, for tests and benchmarks.",
        discussion: """
        Deterministic: the same --count and --seed give the same files on every machine. Townships are invented \
        (\(SyntheticCorpus.years) reports each, \(SyntheticCorpus.firstYear) onwards); each year's figures follow from \
        the last. Styles: plain, web page copies, PDF copies with broken lines, traditional characters with pinyin, \
        redacted templates. Reports go to OUT/reports/<province>/<county>/, the truth (JSON) to OUT/truth/.

        Example:
          reportdesk generate --count 1000 --seed 7 --out /tmp/synth && reportdesk index /tmp/synth/reports
        """
    )

    @Option(help: "Number of reports.") var count: Int
    @Option(help: "Seed; another seed gives other townships and figures.") var seed: UInt64 = 1
    @Option(help: "Output folder (created; existing files with the same names are replaced).") var out: String

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let bytes = try SyntheticCorpus(count: count, seed: seed).write(to: out)
        print(String(format: "wrote %d reports (%.1f MB) and their truth to %@ in %.1f s", count, Double(bytes) / 1e6, out,
                     Date().timeIntervalSince(started)))
    }
}
