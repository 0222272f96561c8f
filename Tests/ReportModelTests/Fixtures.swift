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

/// Paths to the bundled seeds and (when present) the shared corpus.
enum Fixtures {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let reports = repoRoot.appendingPathComponent("Data/reports")
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus")

    static func seed(_ prefix: String) throws -> Report {
        let files = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        guard let f = files.first(where: { $0.hasPrefix(prefix) }) else { throw XCTSkip("no seed \(prefix)") }
        return try ReportReader.read(path: reports.appendingPathComponent(f).path)
    }

    static func seedText(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        guard let f = files.first(where: { $0.hasPrefix(prefix) }) else { throw XCTSkip("no seed \(prefix)") }
        return try String(contentsOf: reports.appendingPathComponent(f), encoding: .utf8)
    }

    static func corpusFile(_ relative: String) throws -> Report {
        let p = corpus.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: p) else { throw XCTSkip("../shared/corpus not present") }
        return try ReportReader.read(path: p)
    }

    /// The whole shared corpus, loaded once for every test that needs it (nil when ../shared is absent).
    static let loadedCorpus: Corpus? = FileManager.default.fileExists(atPath: corpus.path) ? Corpus.load(corpus.path) : nil

    static func wholeCorpus() throws -> Corpus {
        guard let c = loadedCorpus else { throw XCTSkip("../shared/corpus not present") }
        return c
    }

    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }
}

/// A compact description of a section for assertions: "1 一、 2022年工作回顾 review 2022".
func describe(_ s: Section) -> String {
    "\(s.level) \(s.marker) \(s.title) \(s.role.rawValue)" + (s.year.map { " \($0)" } ?? "")
}

/// The numbered and unnumbered headings at levels 1 and 2 (topic sub-sections left out).
func outline(_ r: Report, levels: Int = 2) -> [String] {
    r.sections.filter { $0.level <= levels && $0.kind != .topic }.map(describe)
}
