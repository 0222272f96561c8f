import Foundation
import XCTest
@testable import ReportText
@testable import ReportReading
@testable import ReportQuantities
@testable import ReportIndicators

/// The scalar helpers the parser's hot loops use instead of String searches and hashed sets: each must answer
/// exactly what the slower form it replaced answers, on the bundled reports' own lines.
final class ScalarTextTests: XCTestCase {
    /// Every line of the five bundled reports (simplified, traditional, web, fragments), and lines that hold
    /// four-byte scalars and emoji.
    static func lines() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.reports.path).filter { $0.hasSuffix(".txt") }.sorted()
        var out: [String] = []
        for f in files {
            let text = try String(contentsOf: Fixtures.reports.appendingPathComponent(f), encoding: .utf8)
            out += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
        out += ["𠀀𠀁地区生产总值增长5%🙂力争", "ｘｘ亿元×3，约束", ""]
        return out
    }

    /// The listed space separators are exactly Unicode's Zs (and tab) over the BMP.
    func testHorizontalSpaceIsTheUnicodeSpaceSeparators() {
        for v in UInt32(0)...0xFFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let expected = u == "\t" || u.properties.generalCategory == .spaceSeparator
            XCTAssertEqual(HanClass.isHorizontalSpace(u), expected, String(v, radix: 16))
        }
    }

    func testScalarsOfMatchesTheUnicodeScalarView() throws {
        for line in try Self.lines() {
            XCTAssertEqual([Unicode.Scalar](scalarsOf: line), Array(line.unicodeScalars), line)
        }
    }

    /// A word list answers as `words.contains(where: text.includes)` did, on Strings and on scalars, and its bits and
    /// matches are those of each word looked for alone.
    func testWordListAgreesWithSearchingEachWord() throws {
        let lists = [Lexicon.targetWords, Lexicon.multiYearReviewWords, Lexicon.periods, Boilerplate.headerMarks + Boilerplate.footerKeys,
                     ["年", "总值", "增长"]]
        var found = 0
        for words in lists {
            let list = WordList(words)
            for line in try Self.lines() {
                let s = Array(line.unicodeScalars)
                let expected = words.contains(where: line.includes)
                XCTAssertEqual(list.occurs(in: line), expected, line)
                XCTAssertEqual(list.occurs(in: s), expected, line)
                var bits: UInt64 = 0
                for (k, w) in words.enumerated() where line.includes(w) { bits |= 1 << UInt64(k) }
                XCTAssertEqual(list.occurring(in: s, 0..<s.count), bits, line)
                var matches: [[Int]] = []
                list.forEachMatch(in: s, 0..<s.count) { at, w in matches.append([at, w]) }
                var naive: [[Int]] = []
                for at in s.indices { for (k, w) in list.words.enumerated() where s.has(w, at: at) { naive.append([at, k]) } }
                XCTAssertEqual(matches, naive, line)
                if expected { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 100, "the lists occur in the bundled reports")
    }

    /// The 256-bit filter of `ScalarSet` and `ScalarMap`, and `ScalarBitmap`, answer as a `Set` does for every BMP
    /// scalar and the supplementary ones of the tests' lines.
    func testScalarSetsAgreeWithSet() throws {
        let members = QuantityParser.numberStartList + Array("，,。；;！？（）()、".unicodeScalars) + ["𠀀"]
        let reference = Set(members)
        let set = ScalarSet(members), bitmap = ScalarBitmap(members)
        let map = ScalarMap(Dictionary(members.map { ($0, Int($0.value)) }, uniquingKeysWith: { a, _ in a }))
        var probes = (0..<0xD800).compactMap(Unicode.Scalar.init) + (0xE000..<0x1_0000).compactMap(Unicode.Scalar.init)
        probes += ["𠀀", "𠀁", "🙂"]
        for u in probes {
            XCTAssertEqual(set.contains(u), reference.contains(u), "\(u.value)")
            XCTAssertEqual(bitmap.contains(u), reference.contains(u), "\(u.value)")
            XCTAssertEqual(map[u], reference.contains(u) ? Int(u.value) : nil, "\(u.value)")
        }
    }

    /// The byte-level prefix and suffix tests and the bounded length test answer as `hasPrefix`, `hasSuffix` and `count`.
    func testPrefixSuffixAndBoundedCount() throws {
        let lines = try Self.lines()
        let words = ["各位代表", "政府工作报告", "增长", "。", "", "2023年", "人民代表大会第"]
        for line in lines {
            for w in words {
                XCTAssertEqual(line.startsWith(w), line.hasPrefix(w), "\(line) / \(w)")
                XCTAssertEqual(line.endsWith(w), line.hasSuffix(w), "\(line) / \(w)")
            }
            for n in [0, 12, 30, 40, 60] { XCTAssertEqual(line.hasCharacters(atMost: n), line.count <= n, line) }
        }
    }
}
