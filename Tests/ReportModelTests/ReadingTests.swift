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

/// Decoding, cleaning and repair, on the seed texts re-encoded or re-shaped the way users' files arrive.
final class ReadingTests: XCTestCase {
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let big5 = String.Encoding(rawValue: 0x8000_0A03)

    func write(_ data: Data, _ name: String, in dir: URL) throws -> String {
        let p = dir.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: p))
        return p
    }

    // MARK: encodings

    func testEncodingsAreDetectedAndRecorded() throws {
        let text = try Fixtures.seedText("京东镇")
        let dir = try Fixtures.tempDir()
        let reference = try Fixtures.seed("京东镇")
        var utf16le = Data([0xFF, 0xFE]); utf16le.append(text.data(using: .utf16LittleEndian)!)
        var utf16be = Data([0xFE, 0xFF]); utf16be.append(text.data(using: .utf16BigEndian)!)
        let cases: [(Data, TextEncoding)] = [
            (Data(text.utf8), .utf8),
            (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), .utf8BOM),
            (utf16le, .utf16LE),
            (utf16be, .utf16BE),
            (try XCTUnwrap(text.data(using: gb18030)), .gb18030),
        ]
        for (i, (data, enc)) in cases.enumerated() {
            let r = try ReportReader.read(path: try write(data, "r\(i).txt", in: dir))
            XCTAssertEqual(r.encoding, enc)
            XCTAssertEqual(r.place, reference.place, "\(enc)")
            XCTAssertEqual(outline(r), outline(reference), "\(enc)")
        }
    }

    func testBig5TraditionalTextIsDetected() throws {
        // The traditional seed without the characters Big5 cannot encode (mojibake, pinyin tone marks).
        let seed = try Fixtures.seedText("源潭镇")
        let text = String(seed.filter { String($0).data(using: big5, allowLossyConversion: false) != nil })
        XCTAssertGreaterThan(text.count, seed.count * 9 / 10)
        let dir = try Fixtures.tempDir()
        let r = try ReportReader.read(path: try write(try XCTUnwrap(text.data(using: big5)), "big5.txt", in: dir))
        XCTAssertEqual(r.encoding, .big5)
        XCTAssertEqual(r.script, .traditional)
        XCTAssertEqual(r.originalText, text)
    }

    func testBinaryAndTruncatedFilesFailWithTheirNameAndTheRestOfTheCorpusLoads() throws {
        let dir = try Fixtures.tempDir()
        for f in try FileManager.default.contentsOfDirectory(atPath: Fixtures.reports.path) {
            try FileManager.default.copyItem(at: Fixtures.reports.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        let text = try Fixtures.seedText("岑阳镇")
        // Cut the file right after the lead byte of its last CJK character, as an interrupted copy would.
        let bytes = Array(text.utf8)
        let lead = try XCTUnwrap(bytes.lastIndex { $0 >= 0xE0 })
        let truncated = Data(bytes[...lead])
        _ = try write(truncated, "truncated.txt", in: dir)
        _ = try write(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }), "binary.txt", in: dir)
        _ = try write(Data(), "empty.md", in: dir)
        let c = Corpus.load(dir.path)
        XCTAssertEqual(c.reports.count, 5)
        XCTAssertEqual(c.failures.count, 3)
        let byName = Dictionary(uniqueKeysWithValues: c.failures.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.problem) })
        XCTAssertTrue(byName["truncated.txt"]?.contains("truncated UTF-8") == true, "\(byName)")
        XCTAssertTrue(byName["binary.txt"]?.contains("binary") == true, "\(byName)")
        XCTAssertEqual(byName["empty.md"], "empty file")
        XCTAssertTrue(c.failures.allSatisfy { $0.description.hasPrefix($0.file + ": ") })
    }

    // MARK: normalisation

    func testCRLFAndCRLineEndingsParseLikeLF() throws {
        let text = try Fixtures.seedText("岑阳镇")
        let lf = ReportReader.parse(text, file: "lf")
        for eol in ["\r\n", "\r"] {
            let r = ReportReader.parse(text.replacingOccurrences(of: "\n", with: eol), file: "eol")
            XCTAssertEqual(outline(r, levels: 3), outline(lf, levels: 3))
            XCTAssertEqual(r.paragraphs.map(\.text), lf.paragraphs.map(\.text))
        }
    }

    func testFullWidthDigitsAreFoldedForAnalysisWithOffsetsIntoTheOriginal() throws {
        let text = try Fixtures.seedText("京东镇")
        // Make every ASCII digit and % full-width, as some PDFs and Word files do.
        let wide = String(String.UnicodeScalarView(text.unicodeScalars.map { u in
            (0x30...0x39).contains(u.value) || u == "%" ? Unicode.Scalar(u.value + 0xFEE0)! : u
        }))
        let r = ReportReader.parse(wide, file: "wide")
        XCTAssertEqual(outline(r), outline(try Fixtures.seed("京东镇")))
        let p = try XCTUnwrap(r.paragraphs.first { $0.text.contains("地区生产总值完成93.8亿元,增长5.4%") })
        XCTAssertTrue(p.display.contains("９３.８亿元"))
        // The offset of "93.8" in the analysis text points at "９３.８" in the original.
        let scalars = Array(p.text.unicodeScalars)
        let at = try XCTUnwrap((0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0..<min(scalars.count, $0 + 4)])) == "93.8" })
        let original = Array(wide.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(original[Int(p.origin[at])..<Int(p.origin[at + 4])])), "９３.８")
    }

    func testFrontMatterAndMarkdownBecomeMetadataAndPlainText() throws {
        let body = try Fixtures.seedText("岑阳镇")
        let md = "---\nsource: https://example.gov.cn/a.html\ntitle: 岑阳镇2024年政府工作报告\n---\n\n<!-- 编者按：\n本文有删节 -->\n"
            + body.replacingOccurrences(of: "一、2023年工作回顾", with: "**一、2023年工作回顾**")
                .replacingOccurrences(of: "二、2024 年工作安排", with: "## 二、2024 年工作安排")
        let r = ReportReader.parse(md, file: "md")
        XCTAssertEqual(r.source, "https://example.gov.cn/a.html")
        XCTAssertEqual(r.title, "岑阳镇2024年政府工作报告")
        XCTAssertEqual(outline(r), outline(try Fixtures.seed("岑阳镇")))
        let text = r.paragraphs.map(\.text).joined()
        XCTAssertFalse(text.contains("**")); XCTAssertFalse(text.contains("##")); XCTAssertFalse(text.contains("编者按"))
    }

    func testPinyinIsRemovedAndTraditionalIsSimplified() throws {
        let r = try Fixtures.seed("源潭镇")
        let text = r.paragraphs.map(\.text).joined()
        XCTAssertNil(text.firstMatch(of: /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/), "no pinyin left after characters")
        XCTAssertTrue(text.contains("固定资产投资达19.51亿元,同比增长32.7%"))
        XCTAssertTrue(r.paragraphs.allSatisfy { $0.text.unicodeScalars.count == $0.display.unicodeScalars.count })
    }

    func testMojibakeRunsAreMarkedDamaged() throws {
        let r = try Fixtures.seed("源潭镇")
        XCTAssertGreaterThanOrEqual(r.damaged.count, 6)
        let original = Array(r.originalText.unicodeScalars)
        let spans = r.damaged.map { String(String.UnicodeScalarView(original[$0.start..<$0.end])) }
        XCTAssertTrue(spans.contains { $0.hasPrefix("?!皟") }, "\(spans)")
        XCTAssertTrue(spans.contains { $0.contains("?xì)獍踩") }, "\(spans)")
        // The clean seeds have none.
        for prefix in ["京东镇", "岑阳镇", "金鹅山"] { XCTAssertEqual(try Fixtures.seed(prefix).damaged, [], prefix) }
    }

    func testWebBoilerplateBecomesMetadata() throws {
        let r = try Fixtures.seed("金鹅山")
        XCTAssertEqual(r.date, "2024-01-15")
        let norm = Normalizer.normalize(try Fixtures.seedText("金鹅山"))
        XCTAssertEqual(norm.fields["信息来源"], "金鹅山管理处")
        XCTAssertEqual(norm.fields["发布日期"], "2024-01-15")
        XCTAssertEqual(norm.fields["主办单位"].map { $0.hasPrefix("乐平市人民政府") }, true)
        XCTAssertFalse(norm.analysisLines.contains { $0.contains("政府网站标识码") || $0.contains("【打印】") })
        XCTAssertFalse(norm.analysisLines.contains { $0.hasPrefix("地址:") || $0.hasSuffix("版权所有") })
    }

    /// A furniture word inside a sentence of the report ("分享到", "技术支持") is prose, not page furniture:
    /// these paragraphs of 湖北省 2017, 博野县 2025 and 黑龙江省 2021 were dropped whole, figures and all.
    func testFurnitureWordsInsideSentencesAreKept() throws {
        let prose = [
            "——人民生活持续改善。精准脱贫成效明显，147万人脱贫、1601个村出列，26.7万人易地扶贫搬迁。城镇新增就业90.6万人。城乡居民人均可支配收入分别增长8.6%、7.4%。全面小康加快推进，更多群众分享到发展成果。",
            "不断巩固强农之基。坚决扛牢粮食安全责任，稳定全年粮食播种面积超36万亩、产量超3.1亿斤，积极创建万亩级“吨粮田”示范区。提高现代农业发展水平，争取中国农科院、河北农大等高校技术支持。",
            "（七）着力推动科技创新。新一轮科技型企业三年行动计划圆满收官。新成立科技型企业1.3万家。哈工大多项技术支持嫦娥五号月球采样返回任务，研制的小卫星升空达20颗。",
        ]
        // Page furniture from the bundled 金鹅山 page and the synthetic corpus's footer still goes.
        let furniture = ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "技术支持：乐平市大数据中心", "主办单位：京东镇人民政府  版权所有"]
        let norm = Normalizer.normalize((prose + furniture).joined(separator: "\n\n"))
        let kept = norm.analysisLines.joined(separator: "\n")
        for p in prose { XCTAssertTrue(kept.contains(String(p.suffix(12)).replacingOccurrences(of: "，", with: ",")), p) }
        for f in furniture { XCTAssertFalse(kept.contains(f), f) }
        let jobs = ReportReader.parse(prose[0], file: "湖北省_2017.txt").indicators.filter { $0.canonical == "城镇新增就业" }
        XCTAssertEqual(jobs.map(\.value), [90.6])
    }

    /// Spaces inside numbers copied out of PDFs are dropped (易县 2017, 阜平县 2017); years, lists and words are left alone.
    func testSpacesInsideNumbersAreDropped() throws {
        let lines = ["工业经济平稳运行，规模以上工业企业达到56家，规模以上工业增加值完成40.8 2 亿元，年均增长1 2.7 %",
                     " 2016 年全县地区生产总值完成 36.5 9亿元，是 2011 年的 1.42 倍，年均增速保持在 7.2%以上",
                     "补偿大病住院患者 8 9 8 人 6 89.9万元、补偿特殊慢性病患者 104 人 49 万元"]
        for (file, line) in [("baoding-counties/county/易县_2017.txt", lines[0]), ("baoding-counties/county/阜平县_2017.txt", lines[1]),
                             ("baoding-counties/county/阜平县_2017.txt", lines[2])] {
            if let raw = try? String(contentsOfFile: Fixtures.corpus.appendingPathComponent(file).path, encoding: .utf8) {
                XCTAssertTrue(raw.contains(line), file)
            }
        }
        let norm = Normalizer.normalize(lines.joined(separator: "\n\n"))
        let text = norm.analysisLines.joined(separator: "\n")
        for joined in ["40.82 亿元", "12.7 %", "2016 年全县", "36.59亿元", "2011 年的 1.42 倍", "898 人", "689.9万元"] { XCTAssertTrue(text.contains(joined), joined) }
        // Left alone: two numbers side by side (104 人 49 万元), a space before a unit or after a word.
        XCTAssertTrue(text.contains("104 人 49 万元"), text)
        XCTAssertEqual(norm.stats.numberSpacesRemoved, 6)
        let r = ReportReader.parse("2017年政府工作报告\n\n一、过去五年工作回顾\n\n" + lines[0] + "\n", file: "易县_2017.txt")
        XCTAssertEqual(r.indicators.first { $0.canonicalId == "industrial_va_above_scale" && $0.value != nil }?.baseValue, 4_082_000_000)
        let fp = ReportReader.parse("2017年政府工作报告\n\n一、过去五年工作回顾\n\n" + lines[1] + "\n", file: "阜平县_2017.txt")
        XCTAssertEqual(fp.indicators.first { $0.canonicalId == "gdp" && $0.value != nil }?.baseValue, 3_659_000_000)
    }

    // MARK: PDF copy

    /// Re-flows a seed into fixed-width lines with paragraph indents, page footers and running heads, as
    /// text copied from a PDF, and checks the repaired paragraphs are the original ones.
    func testPDFLineBreaksPageFootersAndRunningHeadsAreRepaired() throws {
        let text = try Fixtures.seedText("岑阳镇")
        let paragraphs = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var pdf: [String] = []
        var lineNo = 0, page = 1
        for p in paragraphs {
            let chars = Array("\u{3000}\u{3000}" + p)
            var i = 0
            while i < chars.count {
                pdf.append(String(chars[i..<min(chars.count, i + 33)]))
                i += 33
                lineNo += 1
                if lineNo % 28 == 0 {
                    pdf.append(page % 2 == 0 ? "- \(page) -" : "— \(page) —")
                    pdf.append("岑阳镇人民政府文件")
                    page += 1
                }
            }
        }
        pdf.append("第\(page)页共\(page)页")
        let r = ReportReader.parse(pdf.joined(separator: "\n"), file: "pdf")
        let reference = try Fixtures.seed("岑阳镇")
        XCTAssertEqual(outline(r), outline(reference))
        XCTAssertEqual(r.paragraphs.map(\.text), reference.paragraphs.map(\.text))
        XCTAssertFalse(r.paragraphs.contains { $0.text.contains("人民政府文件") || $0.text.wholeMatch(of: /[—-] \d+ [—-]/) != nil || $0.text.hasPrefix("第") && $0.text.hasSuffix("页") })
    }

    /// Without indents, a full line that does not end a sentence continues on the next; a line starting with
    /// closing punctuation always continues.
    func testUnindentedPDFCopyIsRejoinedAtSentenceEnds() throws {
        let text = try Fixtures.seedText("京东镇")
        let reference = try Fixtures.seed("京东镇")
        let paragraphs = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var pdf: [String] = []
        for p in paragraphs {
            let chars = Array(p)
            var i = 0
            while i < chars.count { pdf.append(String(chars[i..<min(chars.count, i + 30)])); i += 30 }
        }
        let r = ReportReader.parse(pdf.joined(separator: "\n"), file: "pdf")
        XCTAssertEqual(outline(r), outline(reference))
        // Paragraphs that end a sentence come back whole; count how many of the reference's do.
        let whole = Set(r.paragraphs.map(\.text))
        let sentences = reference.paragraphs.map(\.text).filter { $0.count > 60 && ($0.hasSuffix("。") || $0.hasSuffix("。”")) }
        let recovered = sentences.filter(whole.contains).count
        // A wrap that falls exactly after a 。 cannot be told from a paragraph end without indents (3 of 25 here).
        XCTAssertGreaterThanOrEqual(Double(recovered) / Double(sentences.count), 0.85, "\(recovered)/\(sentences.count)")
    }

    func testANumberBrokenAcrossLinesIsRejoined() throws {
        let r = ReportReader.parse("一、2023年工作回顾\n全年粮食播种面积稳定,总产量2.1\n5万吨,同比增长3.2%。\n二、2024年工作安排\n稳定粮食生产。", file: "n")
        XCTAssertTrue(r.paragraphs.contains { $0.text == "全年粮食播种面积稳定,总产量2.15万吨,同比增长3.2%。" }, "\(r.paragraphs.map(\.text))")
        XCTAssertEqual(r.sections.filter { $0.level == 1 }.map(\.title), ["2023年工作回顾", "2024年工作安排"])
    }
}
