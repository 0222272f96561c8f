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

/// Runs ../shared/conformance/recognizers-zh.json (614 cases from microsoft/Recognizers-Text) through
/// the quantity parser in recognizer mode, scoring value and unit per spec file.
final class ConformanceTests: XCTestCase {
    struct Case: Decodable {
        var file: String
        var input: String
        var results: [Expected]
        var notSupported: String?
    }
    struct Expected: Decodable { var text: String; var value: String?; var unit: String? }
    struct Suite: Decodable { var cases: [Case] }

    static let path = Fixtures.shared.appendingPathComponent("conformance/recognizers-zh.json")

    /// What we extracted, in the spec file's terms: value strings comparable with the expected ones.
    static func observed(_ input: String, model: String) -> [(value: String?, unit: String?)] {
        let qs = QuantityParser.parse(input, mode: .recognizer)
        func n(_ x: Double?) -> String? { x.map { format($0) } }
        switch model {
        case "NumberModel":
            return qs.filter { $0.dimension != .money && $0.range?.fromComparison != true && !$0.text.hasPrefix("比") && !$0.text.hasPrefix("等于") }.filter { !$0.ordinal && !($0.dimension == .percent && $0.text.contains("折")) && !$0.text.hasPrefix("第") && !$0.text.hasSuffix("成") }
                .map { (n($0.amount), nil) }
        case "PercentModel":
            return qs.filter { $0.dimension == .percent || $0.dimension == .percentagePoint }.map { (n($0.amount).map { $0 + "%" }, nil) }
        case "NumberRangeModel":
            return qs.filter { $0.qualifier != nil && $0.qualifier != .approx || $0.range != nil }.map { q in
                let scale = (q.value ?? 0) == 0 ? 1 : (q.amount ?? 0) / (q.value ?? 1)
                if let r = q.range {
                    // Written ranges ("20-100", "与…之间") are [lo,hi) in the Recognizers convention; merged comparisons carry their own bounds.
                    let merged = r.fromComparison
                    let lo = merged ? r.lo : r.lo * scale, hi = merged ? r.hi : r.hi * (q.unit == "%" ? 1 : scale)
                    let open = merged ? (r.loIncluded ? "[" : "(") : "["
                    let close = merged ? (r.hiIncluded ? "]" : ")") : ")"
                    return ("\(open)\(format(lo)),\(format(hi))\(close)", nil)
                }
                let v = n(q.amount) ?? ""
                switch q.qualifier {
                case .moreThan: return ("(\(v),)", nil)
                case .atLeast: return ("[\(v),)", nil)
                case .lessThan: return ("(,\(v))", nil)
                case .atMost: return ("(,\(v)]", nil)
                default: return (v, nil)
                }
            }
        case "OrdinalModel":
            return qs.filter(\.ordinal).map { (n($0.amount), nil) }
        case "CurrencyModel":
            return qs.filter { $0.dimension == .money }.map { (n($0.unit == "$" ? $0.amount : $0.baseUnit == "元" || $0.baseUnit == "美元" ? $0.baseValue : $0.amount), $0.unit == "$" ? "Dollar" : Units.recognizerName(for: $0.unit)) }
        case "DimensionModel":
            return qs.filter { ![.money, .number, .percent, .percentagePoint, .count, .duration].contains($0.dimension) && $0.unit != nil }
                .map { (n($0.amount), Units.recognizerName(for: $0.unit)) }
        default:
            return []
        }
    }

    static func format(_ v: Double) -> String { NumberText.plain(v) }

    /// Values match when equal as numbers (to 1e-9 relative), or equal as strings (intervals).
    static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        func num(_ s: String) -> Double? { Double(s.replacingOccurrences(of: "%", with: "")) }
        if let x = num(a), let y = num(b) { return abs(x - y) <= 1e-9 * max(1, abs(y)) && a.hasSuffix("%") == b.hasSuffix("%") }
        // Intervals: compare bounds numerically.
        let strip: (String) -> [String] = { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]()")).components(separatedBy: ",") }
        guard a.first == b.first, a.last == b.last else { return false }
        let pa = strip(a), pb = strip(b)
        guard pa.count == pb.count else { return false }
        return zip(pa, pb).allSatisfy { x, y in x == y || (Double(x).flatMap { xv in Double(y).map { abs(xv - $0) <= 1e-9 * max(1, abs($0)) } } ?? false) }
    }

    func testConformancePassRatePerSpecFile() throws {
        guard let data = FileManager.default.contents(atPath: Self.path.path) else { throw XCTSkip("../shared/conformance not present") }
        let suite = try JSONDecoder().decode(Suite.self, from: data)
        var passed: [String: Int] = [:], total: [String: Int] = [:]
        var failures: [String] = []
        for c in suite.cases {
            let model = URL(fileURLWithPath: c.file).deletingPathExtension().lastPathComponent
            total[model, default: 0] += 1
            let got = Self.observed(c.input, model: model)
            let ok = got.count == c.results.count && zip(got, c.results).allSatisfy { g, e in
                Self.same(g.value, e.value) && (e.unit == nil || g.unit == e.unit)
            }
            if ok { passed[model, default: 0] += 1 } else {
                failures.append("\(model)\t\(c.input)\texpected \(c.results.map { "\($0.value ?? "nil") \($0.unit ?? "")" })\tgot \(got.map { "\($0.value ?? "nil") \($0.unit ?? "")" })")
            }
        }
        var lines: [String] = []
        for m in total.keys.sorted() {
            let p = passed[m] ?? 0, t = total[m] ?? 0
            lines.append(String(format: "%-18@ %3d/%3d  %5.1f%%", m as NSString, p, t, Double(p) * 100 / Double(t)))
        }
        let all = passed.values.reduce(0, +), n = total.values.reduce(0, +)
        lines.append(String(format: "%-18@ %3d/%3d  %5.1f%%", "all" as NSString, all, n, Double(all) * 100 / Double(n)))
        print("conformance (value and unit):\n" + lines.joined(separator: "\n"))
        if let out = ProcessInfo.processInfo.environment["CONFORMANCE_FAILURES"] {
            try failures.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        // Floor at today's rate so regressions fail; the issue's target is 95%.
        XCTAssertGreaterThanOrEqual(Double(all) / Double(n), Self.floor)
    }

    /// The issue's bar; docs/quantities.md lists the accepted failures and why.
    static let floor = 0.95
}
