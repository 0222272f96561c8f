import Foundation
import Synchronization
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators
import ReportAnalysis

import ReportSearch

/// A folder of reports loaded into memory: the reports that parsed and, for each file that
/// did not, a `ReadError` naming it. One bad file never stops the rest from loading.
public struct Corpus: Sendable {
    public var root: String
    public var reports: [Report]
    public var failures: [ReadError]

    public init(root: String, reports: [Report], failures: [ReadError]) {
        self.root = root; self.reports = reports; self.failures = failures
    }

    /// Report files under `root`, recursively (.txt, .md, .html, .htm, .docx, .pdf; .doc files are named as failures), skipping hidden folders, in a stable order.
    /// Paths are absolute (the folder made absolute and standardised), so they name the file from any directory.
    public static func files(under root: String) -> [String] {
        FileWalker.walk(URL(fileURLWithPath: root).standardizedFileURL.path).map(\.path)
    }

    /// Loads every report under `root` on all cores.
    public static func load(_ root: String) -> Corpus {
        load(files: files(under: root), root: root)
    }

    /// Loads the given files on all cores, keeping their order; unreadable ones become failures.
    public static func load(files paths: [String], root: String = "") -> Corpus {
        let results = Mutex<[Int: Result<Report, ReadError>]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let r = ReportReader.result(path: paths[i])
            results.withLock { $0[i] = r }
        }
        var reports: [Report] = [], failures: [ReadError] = []
        results.withLock { all in
            for i in paths.indices {
                switch all[i] {
                case .success(let r)?: reports.append(r)
                case .failure(let e)?: failures.append(e)
                case nil: failures.append(ReadError(file: paths[i], problem: "not read"))
                }
            }
        }
        return Corpus(root: root, reports: reports, failures: failures)
    }
}
