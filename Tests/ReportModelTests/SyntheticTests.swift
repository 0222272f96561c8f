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

/// Extraction against the generator's truth: every figure a synthetic report states, in every style.
final class SyntheticTests: XCTestCase {
    struct Score { var expected = 0, found = 0, extracted = 0, matched = 0, places = 0, years = 0, documents = 0 }

    /// Whether an extracted indicator states this fact.
    static func states(_ x: Indicator, _ f: SyntheticCorpus.Fact) -> Bool {
        guard x.canonicalId == f.canonicalId, x.role.rawValue == f.role else { return false }
        if f.redacted { return x.redacted }
        if let v = f.value {
            guard let xv = x.value, abs(xv - v) <= 1e-9 * max(1, abs(v)), x.unit == f.unit else { return false }
        }
        if let g = f.growth { return x.change?.percent.map { abs($0 - g) < 1e-9 } ?? false }
        return true
    }

    func score(_ docs: [SyntheticCorpus.Document]) -> Score {
        var s = Score()
        for d in docs {
            let r = ReportReader.parse(d.text, file: d.path)
            s.documents += 1
            if r.place.name == d.truth.place { s.places += 1 }
            if r.reviewYear == d.truth.reviewYear && r.planYear == d.truth.planYear { s.years += 1 }
            s.expected += d.truth.facts.count
            s.found += d.truth.facts.filter { f in r.indicators.contains { Self.states($0, f) } }.count
            // Precision over catalog indicators: the generator states no other catalog figure.
            let canonical = r.indicators.filter { $0.canonicalId != nil && ($0.value != nil || $0.change != nil || $0.redacted) }
            s.extracted += canonical.count
            s.matched += canonical.filter { x in d.truth.facts.contains { Self.states(x, $0) } }.count
        }
        return s
    }

    func testExtractionRecoversGeneratedTruth() {
        let gen = SyntheticCorpus(count: 240, seed: 11)
        let docs = (0..<gen.count).map(gen.document)
        var byStyle: [SyntheticCorpus.Style: [SyntheticCorpus.Document]] = [:]
        for d in docs { byStyle[d.truth.style, default: []].append(d) }
        XCTAssertEqual(Set(byStyle.keys), Set(SyntheticCorpus.Style.allCases), "every style is generated")
        var total = Score()
        for style in SyntheticCorpus.Style.allCases {
            let s = score(byStyle[style] ?? [])
            let recall = Double(s.found) / Double(max(s.expected, 1)), precision = Double(s.matched) / Double(max(s.extracted, 1))
            print(String(format: "synthetic %-11@ %3d reports  recall %.3f (%d/%d)  precision %.3f (%d/%d)  place %d  years %d",
                         style.rawValue as NSString, s.documents, recall, s.found, s.expected, precision, s.matched, s.extracted, s.places, s.years))
            XCTAssertEqual(s.places, s.documents, "\(style): place of every report")
            XCTAssertEqual(s.years, s.documents, "\(style): review and plan year of every report")
            XCTAssertGreaterThanOrEqual(recall, 0.95, "\(style) recall")
            XCTAssertGreaterThanOrEqual(precision, 0.95, "\(style) precision")
            total.expected += s.expected; total.found += s.found; total.extracted += s.extracted; total.matched += s.matched
        }
        print(String(format: "synthetic all: recall %.3f, precision %.3f", Double(total.found) / Double(total.expected),
                     Double(total.matched) / Double(total.extracted)))
    }

    func testGeneratorIsDeterministicAndYearsFollow() {
        let a = SyntheticCorpus(count: 30, seed: 5), b = SyntheticCorpus(count: 30, seed: 5), c = SyntheticCorpus(count: 30, seed: 6)
        XCTAssertEqual((0..<30).map { a.document($0).text }, (0..<30).map { b.document($0).text })
        XCTAssertNotEqual(a.document(0).text, c.document(0).text)
        // A township's GDP of one year times the next year's stated growth is the next year's level (to rounding).
        let town = (0..<SyntheticCorpus.years).map { a.document($0).truth }
        XCTAssertEqual(Set(town.map(\.place)).count, 1)
        let gdp = town.compactMap { t in t.facts.first { $0.canonicalId == "gdp" && $0.role == "actual" && $0.value != nil } }
        for (x, y) in zip(gdp, gdp.dropFirst()) where y.year == x.year + 1 {
            guard let v0 = x.value, let v1 = y.value, let g = y.growth else { continue }
            XCTAssertEqual(v0 * (1 + g / 100), v1, accuracy: v1 * 0.002, "\(x.year)→\(y.year)")
        }
    }
}
