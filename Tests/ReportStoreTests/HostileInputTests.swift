import Foundation
import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch
import ReportSynthetic
@testable import ReportStore

/// The hostile set (HostileSet, docs/robustness.md) read file by file, as a folder and into the index:
/// every file gives its expected named error or report, and no file stops the others.
/// The large inputs are at their small sizes here (2 MB line); the documented run uses 50 MB in a release build.
final class HostileInputTests: XCTestCase {
    func folder() throws -> (URL, [HostileSet.Input]) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-hostile-\(UUID().uuidString)")
        let set = try HostileSet.write(to: d, sizes: .small)
        addTeardownBlock { try? FileManager.default.removeItem(at: d) }
        return (d, set)
    }

    func testEveryFileReadsAsExpected() throws {
        let (dir, set) = try folder()
        XCTAssertGreaterThanOrEqual(set.count, 25)
        for input in set {
            let result = ReportReader.result(path: dir.appendingPathComponent(input.name).path)
            // Errors name the file.
            if case .failure(let error) = result { XCTAssertTrue(error.file.hasSuffix(input.name), "\(error)") }
            XCTAssertNil(HostileSet.check(input, result), input.name)
            // What reads also exports: a figure that overflowed to infinity once made the JSON encoder throw.
            if case .success(let r) = result {
                XCTAssertNoThrow(try ExportDocument(reports: [r]).json(pretty: false), input.name)
            }
        }
    }

    func testTheFolderLoadsAroundItsBadFiles() throws {
        let (dir, set) = try folder()
        let corpus = Corpus.load(dir.path)
        let bad = set.filter { if case .error = $0.outcome { return true } else { return false } }
        XCTAssertEqual(corpus.failures.count, bad.count, corpus.failures.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(corpus.reports.count, set.count - bad.count)
        // The index records the same failures with their problems and keeps the readable reports.
        let index = dir.appendingPathComponent("index.sqlite").path
        let store = try IndexStore(corpus: dir.path, path: index)
        let summary = try store.refresh()
        XCTAssertEqual(summary.failed.count, bad.count)
        let counts = try store.counts()
        XCTAssertEqual(counts.reports, set.count - bad.count)
        XCTAssertEqual(counts.indicators, corpus.reports.reduce(0) { $0 + $1.indicators.count })
        let problems = try store.failures()
        for input in bad {
            guard case .error(let text) = input.outcome else { continue }
            let p = try XCTUnwrap(problems.first { $0.file.hasSuffix(input.name) }, input.name)
            XCTAssertTrue(p.problem.lowercased().contains(text.lowercased()), "\(input.name): \(p.problem)")
        }
    }
}
