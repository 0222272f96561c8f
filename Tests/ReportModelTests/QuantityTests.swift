import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// The quantity grammar in report mode, on the forms the issue names and on the seed texts.
final class QuantityTests: XCTestCase {
    func one(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quantity {
        let qs = QuantityParser.parse(text)
        XCTAssertEqual(qs.count, 1, "\(text): \(qs.map(\.text))", file: file, line: line)
        return try XCTUnwrap(qs.first, file: file, line: line)
    }

    func testNumbersUnitsAndBaseValues() throws {
        let cases: [(String, Double, String?, Double, String?)] = [
            ("地区生产总值38.6亿元", 38.6, "亿元", 3_860_000_000, "元"),
            ("新增4.2万亩", 4.2, "万亩", 42_000, "亩"),
            ("实际利用外资1850万美元", 1850, "万美元", 18_500_000, "美元"),
            ("粮食总产量2.15万吨", 2.15, "万吨", 21_500, "吨"),
            ("总额4.78万亿元", 4.78, "万亿元", 4_780_000_000_000, "元"),
            ("收入１２，３４５元", 12_345, "元", 12_345, "元"),
            ("项目1,250个", 1250, "个", 1250, "个"),
            ("一千五百人", 1500, "人", 1500, "人"),
            ("两万三千户", 23_000, "户", 23_000, "户"),
            ("壹佰萬元", 100, "万元", 1_000_000, "元"),
            ("投资3亿4500万元", 345_000_000, "元", 345_000_000, "元"),
            ("5万4千人", 54_000, "人", 54_000, "人"),
            ("面积12公顷", 12, "公顷", 180, "亩"),
            ("道路3.5公里", 3.5, "公里", 3.5, "公里"),
            ("建成58万平方米", 58, "万平方米", 580_000, "平方米"),
        ]
        for (text, value, unit, base, baseUnit) in cases {
            let q = try one(text)
            XCTAssertEqual(q.value, value, text); XCTAssertEqual(q.unit, unit, text)
            XCTAssertEqual(q.baseValue, base, text); XCTAssertEqual(q.baseUnit, baseUnit, text)
        }
    }

    func testPercentAndPercentagePointsAreDistinct() throws {
        XCTAssertEqual(try one("增长6.2%").unit, "%")
        XCTAssertEqual(try one("增长百分之六").value, 6)
        XCTAssertEqual(try one("占七成").baseValue, 70)
        let pp = try one("城镇化率提高1.3个百分点")
        XCTAssertEqual(pp.unit, "pp"); XCTAssertEqual(pp.dimension, .percentagePoint); XCTAssertEqual(pp.value, 1.3)
    }

    func testQualifiersAndRanges() throws {
        let qualified: [(String, Qualifier)] = [
            ("约300人", .approx), ("增长8%左右", .approx), ("4000余万元", .moreThan), ("300多家", .moreThan), ("超过50亿元", .moreThan),
            ("逾万人", .moreThan), ("突破100亿元", .moreThan), ("近7600万元", .lessThan), ("不足5%", .lessThan), ("6%以上", .atLeast),
            ("不低于3%", .atLeast), ("至少10个", .atLeast), ("控制在3%以内", .atMost), ("不超过4.5%", .atMost), ("5.5%以下", .atMost),
        ]
        for (text, q) in qualified { XCTAssertEqual(try one(text).qualifier, q, text) }
        let ranges: [(String, Double, Double, String)] = [
            ("增长7-7.5%", 7, 7.5, "%"), ("增长6%—6.5%", 6, 6.5, "%"), ("6.5%~7%", 6.5, 7, "%"), ("新建5至6个", 5, 6, "个"),
        ]
        for (text, lo, hi, unit) in ranges {
            let q = try one(text)
            XCTAssertEqual(q.range?.lo, lo, text); XCTAssertEqual(q.range?.hi, hi, text); XCTAssertEqual(q.unit, unit, text)
        }
    }

    /// 东莞市 2021: "各镇街重点招引30-50亿元以上产业项目" — a bare lower bound shares the upper bound's 亿 (30亿元 to
    /// 50亿元; it was read as 30元 to 50亿元). A lower bound with its own scale keeps it (6%—6.5%, 5至6个 above).
    func testBareLowerBoundSharesTheUpperBoundsScale() throws {
        let q = try XCTUnwrap(QuantityParser.parse("各镇街重点招引30-50亿元以上产业项目").first)
        XCTAssertEqual(q.text, "30-50亿元以上")
        XCTAssertEqual(q.value, 30); XCTAssertEqual(q.unit, "亿元")
        XCTAssertEqual(q.baseValue, 3e9); XCTAssertEqual(q.range?.lo, 3e9); XCTAssertEqual(q.range?.hi, 5e9)
        XCTAssertEqual(q.qualifier, .atLeast)
    }

    func testRedactionsHaveNoValue() throws {
        for text in ["完成xx.xx亿元", "增长xx.x%", "新增xx个", "XX万元", "***.*万元", "*%以上", "××家", "增长xx0.9%", "x-x个"] {
            let q = try one(text)
            XCTAssertTrue(q.redacted, text)
            XCTAssertNil(q.value, text); XCTAssertNil(q.baseValue, text)
        }
        // Not redactions: a slogan and a censored name.
        XCTAssertTrue(QuantityParser.parse("6大核心产业+X个潜力赛道").isEmpty)
        XCTAssertTrue(QuantityParser.parse("入选“*人计划”").isEmpty)
    }

    func testNumbersThatAreNotQuantities() {
        for text in ["2023年", "截至2023年11月30日", "第六届人民代表大会", "“十四五”规划", "“1+5+2”工作机制", "一是经济运行", "三个一工程",
                     "落户一家", "2023-2024年度", "一切工作", "四川省", "2024 年工作安排"] {
            XCTAssertEqual(QuantityParser.parse(text).map(\.text), [], text)
        }
    }

    /// Seed 001 is an anonymised template: every placeholder in it comes out redacted, never as a number.
    func testEveryPlaceholderInTheTemplateSeedIsRedacted() throws {
        let r = try Fixtures.seed("多地匿名")
        var redacted = 0
        for p in r.paragraphs {
            for q in QuantityParser.parse(Array(p.text.unicodeScalars), damaged: p.damaged) {
                if q.text.contains(where: { "xX×*".contains($0) }) {
                    XCTAssertTrue(q.redacted, q.text)
                    XCTAssertNil(q.value, q.text)
                    redacted += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(redacted, 40)
    }

    /// A price index is written as a bare number (居民消费价格指数控制在103左右, 成都 2022): its base value is the change in percent.
    func testPriceIndexIsAChangeInPercent() throws {
        let cd = try one("居民消费价格指数控制在103左右")
        XCTAssertEqual(cd.value, 103); XCTAssertEqual(cd.baseValue, 3); XCTAssertEqual(cd.baseUnit, "%"); XCTAssertEqual(cd.qualifier, .approx)
        XCTAssertEqual(try one("居民消费价格指数102.2").baseValue ?? 0, 2.2, accuracy: 1e-9)
        // Other bare numbers stay out: an index that is not a price, a number after 价格 alone.
        XCTAssertTrue(QuantityParser.parse("空气质量综合指数4.52").isEmpty)
        XCTAssertTrue(QuantityParser.parse("综合指数103").isEmpty)
    }

    /// The same template leaves some numbers out without a mask: 约亿元 is a blank, not 1亿; 超亿元 and 签约亿元以上 are not.
    func testALeftOutNumberIsABlank() throws {
        let text = try Fixtures.seedText("多地匿名")
        let sentence = "计划征收土地约亩,征收集体和国有土地上房屋约户,征收总成本约亿元。"
        XCTAssertTrue(text.contains(sentence))
        let blank = try one(sentence)
        XCTAssertTrue(blank.redacted); XCTAssertNil(blank.value); XCTAssertEqual(blank.unit, "亿元")
        XCTAssertEqual(try one("项目总投资超亿元").baseValue, 100_000_000)
        XCTAssertEqual(try one("全年招商引资签约亿元以上项目").baseValue, 100_000_000)
    }

    /// Nothing is extracted from damaged (mojibake) spans of the traditional seed.
    func testDamagedSpansYieldNothing() throws {
        let r = try Fixtures.seed("源潭镇")
        for p in r.paragraphs where !p.damaged.isEmpty {
            for q in QuantityParser.parse(Array(p.text.unicodeScalars), damaged: p.damaged) {
                XCTAssertFalse(p.damaged.contains { $0.overlaps(q.start..<q.end) }, q.text)
            }
        }
        // The 2023 review figures are read from the traditional text.
        let text = r.paragraphs.map(\.text).joined()
        let qs = QuantityParser.parse(text)
        XCTAssertTrue(qs.contains { $0.text == "102.79亿元" && $0.baseValue == 10_279_000_000 })
        XCTAssertTrue(qs.contains { $0.text == "32.7%" })
    }
}
