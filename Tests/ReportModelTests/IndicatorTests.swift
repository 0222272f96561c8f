import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Indicators of the seeds' review and plan sections, checked by hand against the sentences.
final class IndicatorTests: XCTestCase {
    func find(_ r: Report, _ canonicalOrName: String, role: IndicatorRole, file: StaticString = #filePath, line: UInt = #line) throws -> Indicator {
        let hits = r.indicators.filter { ($0.canonical == canonicalOrName || $0.name == canonicalOrName) && $0.role == role }
        return try XCTUnwrap(hits.first, "\(canonicalOrName) \(role) not in \(r.indicators.map(\.name))", file: file, line: line)
    }

    /// 京东镇: "全年地区生产总值完成93.8亿元，增长5.4%；地方一般公共预算收入完成7130万元（…减收近7600万元），同口径增长12.7%；
    /// 规模以上工业增加值增长6.8%；固定资产投资增长4.7%；社会消费品零售总额完成51.5亿元，增长5.3%；实际利用内资23.8亿元。"
    func testJindongReviewAndTargets() throws {
        let r = try Fixtures.seed("京东镇")
        let gdp = try find(r, "地区生产总值", role: .actual)
        XCTAssertEqual(gdp.value, 93.8); XCTAssertEqual(gdp.unit, "亿元"); XCTAssertEqual(gdp.baseValue, 9_380_000_000); XCTAssertEqual(gdp.baseUnit, "元")
        XCTAssertEqual(gdp.change, Change(percent: 5.4)); XCTAssertEqual(gdp.year, 2022); XCTAssertEqual(gdp.period, "全年"); XCTAssertEqual(gdp.section, "s1")
        let revenue = try find(r, "一般公共预算收入", role: .actual)
        XCTAssertEqual(revenue.name, "地方一般公共预算收入")
        XCTAssertEqual(revenue.baseValue, 71_300_000); XCTAssertEqual(revenue.change, Change(percent: 12.7))
        let iva = try find(r, "规模以上工业增加值", role: .actual)
        XCTAssertNil(iva.value); XCTAssertEqual(iva.change, Change(percent: 6.8))
        XCTAssertEqual(try find(r, "固定资产投资", role: .actual).change, Change(percent: 4.7))
        let retail = try find(r, "社会消费品零售总额", role: .actual)
        XCTAssertEqual(retail.value, 51.5); XCTAssertEqual(retail.change, Change(percent: 5.3))
        XCTAssertEqual(try find(r, "实际利用内资", role: .actual).baseValue, 2_380_000_000)
        XCTAssertEqual(try find(r, "村集体经济收入", role: .actual).change, Change(percent: 14))
        // The aside in parentheses is its own figure and does not take the growth rate.
        XCTAssertTrue(r.indicators.contains { $0.baseValue == 76_000_000 && $0.qualifier == .lessThan && $0.change == nil })

        // "主要预期目标是: 地区生产总值增长8%左右; … 规模以上工业增加值增长8.5%左右; 社会消费品零售总额增长10%左右;"
        let t = try find(r, "地区生产总值", role: .target)
        XCTAssertNil(t.value); XCTAssertEqual(t.change, Change(percent: 8)); XCTAssertEqual(t.qualifier, .approx); XCTAssertEqual(t.year, 2023)
        XCTAssertEqual(try find(r, "规模以上工业增加值", role: .target).change, Change(percent: 8.5))
        XCTAssertEqual(try find(r, "社会消费品零售总额", role: .target).change, Change(percent: 10))
    }

    /// 金鹅山: "截至2023年11月30日,金鹅山管理处财政总收入 9206 万元,公共财政预算收入4948万元;规上工业累计产值41.85亿元,
    /// 同比增长26.7%;累计固定资产投资16.56亿元,同比增长24.3%。"
    func testJineshanYearToDateFigures() throws {
        let r = try Fixtures.seed("金鹅山")
        let fiscal = try find(r, "财政总收入", role: .actual)
        XCTAssertEqual(fiscal.name, "财政总收入", "the place name is dropped from the name")
        XCTAssertEqual(fiscal.baseValue, 92_060_000); XCTAssertEqual(fiscal.period, "截至2023年11月30日"); XCTAssertEqual(fiscal.year, 2023)
        XCTAssertEqual(try find(r, "一般公共预算收入", role: .actual).baseValue, 49_480_000)
        let output = try find(r, "规模以上工业总产值", role: .actual)
        XCTAssertEqual(output.name, "规上工业累计产值")
        XCTAssertEqual(output.value, 41.85); XCTAssertEqual(output.change, Change(percent: 26.7)); XCTAssertEqual(output.period, "截至2023年11月30日")
        let fai = try find(r, "固定资产投资", role: .actual)
        XCTAssertEqual(fai.baseValue, 1_656_000_000); XCTAssertEqual(fai.change, Change(percent: 24.3))
    }

    /// 岑阳镇 plan: "2024年全镇经济社会发展的主要目标建议为:全镇地区生产总值增长5.5%以上,农村居民人均可支配收入增长7%以上,
    /// 实现农业总产值增长7%以上,规模以上固定资产投资1亿元"
    func testCenyangTargets() throws {
        let r = try Fixtures.seed("岑阳镇")
        let gdp = try find(r, "地区生产总值", role: .target)
        XCTAssertEqual(gdp.change, Change(percent: 5.5)); XCTAssertEqual(gdp.qualifier, .atLeast); XCTAssertEqual(gdp.year, 2024)
        XCTAssertEqual(try find(r, "农村居民人均可支配收入", role: .target).change, Change(percent: 7))
        XCTAssertEqual(try find(r, "农林牧渔业总产值", role: .target).change, Change(percent: 7))
        let fai = try find(r, "固定资产投资", role: .target)
        XCTAssertEqual(fai.baseValue, 100_000_000); XCTAssertEqual(fai.year, 2024)
    }

    /// 源潭镇 (traditional): "截至10月底，全鎮39家規上工業企業總產值102.79億元，同比下降6.96%；固定資產投資達19.51億元，同比增長32.7%"
    func testYuantanTraditionalFiguresAndDecline() throws {
        let r = try Fixtures.seed("源潭镇")
        let output = try find(r, "规模以上工业总产值", role: .actual)
        XCTAssertEqual(output.baseValue, 10_279_000_000); XCTAssertEqual(output.change, Change(percent: -6.96)); XCTAssertEqual(output.period, "截至10月底")
        XCTAssertEqual(try find(r, "规模以上工业企业", role: .actual).value, 39)
        XCTAssertEqual(try find(r, "固定资产投资", role: .actual).change, Change(percent: 32.7))
        // Nothing comes from the damaged spans.
        for i in r.indicators {
            XCTAssertFalse(r.damaged.contains { $0.start < i.end && i.start < $0.end }, i.name)
        }
    }

    func testRedactedTemplateFiguresHaveNoValues() throws {
        let r = try Fixtures.seed("多地匿名")
        let redacted = r.indicators.filter(\.redacted)
        XCTAssertGreaterThanOrEqual(redacted.count, 30)
        XCTAssertTrue(redacted.allSatisfy { $0.value == nil && $0.baseValue == nil })
    }

    func testRespectivelyListsAndFromToStatements() {
        let r = ReportReader.parse("一、2023年工作回顾\n城镇、农村居民人均可支配收入分别达到45210元和24380元,分别增长5.3%和7.1%。村集体收入由2019年的1.05亿元增加到2023年的1.62亿元。", file: "t")
        let urban = r.indicators.first { $0.canonical == "城镇居民人均可支配收入" }
        let rural = r.indicators.first { $0.canonical == "农村居民人均可支配收入" }
        XCTAssertEqual(urban?.value, 45210); XCTAssertEqual(urban?.change, Change(percent: 5.3))
        XCTAssertEqual(rural?.value, 24380); XCTAssertEqual(rural?.change, Change(percent: 7.1))
        let village = r.indicators.filter { $0.canonical == "村集体经济收入" }
        XCTAssertEqual(village.map(\.year), [2019, 2023])
        XCTAssertEqual(village.map(\.baseValue), [105_000_000, 162_000_000])
    }

    func testFlatIsAChangeOfZeroButNotAComparisonWithAnotherPlace() {
        let r = ReportReader.parse("一、2023年工作回顾\n一般公共预算收入与上年持平,税收收入增长3%。\n二、2024年工作安排\n地方一般公共预算收入增长与区持平。", file: "t")
        let flat = r.indicators.filter { $0.change == Change(percent: 0) }
        XCTAssertEqual(flat.map(\.canonical), ["一般公共预算收入"])
        XCTAssertEqual(flat.first?.role, .actual)
        XCTAssertEqual(flat.first?.year, 2023)
    }

    func testCatalogHasTheRequiredIndicatorsAndMatchesLongestAlias() throws {
        let c = IndicatorCatalog.bundled
        XCTAssertGreaterThanOrEqual(c.entries.count, 50)
        for n in ["地区生产总值", "一般公共预算收入", "财政总收入", "规模以上工业增加值", "规模以上工业总产值", "固定资产投资", "社会消费品零售总额",
                  "进出口总额", "实际利用外资", "城镇居民人均可支配收入", "农村居民人均可支配收入", "全体居民人均可支配收入", "粮食总产量",
                  "城镇新增就业", "城镇调查失业率", "居民消费价格"] {
            XCTAssertNotNil(c.entries.first { $0.name == n }, n)
        }
        XCTAssertEqual(c.match("规上工业增加值")?.name, "规模以上工业增加值")
        XCTAssertEqual(c.match("全部工业增加值")?.name, "工业增加值")
        XCTAssertEqual(c.match("外贸进出口总额")?.name, "进出口总额")
        XCTAssertEqual(c.match("农村常住居民人均可支配收入")?.name, "农村居民人均可支配收入")
        XCTAssertNil(c.match("修复镇管道路路灯"))
        // The embedded copy is Data/indicators.json.
        let onDisk = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("Data/indicators.json"), encoding: .utf8)
        XCTAssertEqual(onDisk, bundledCatalogJSON, "run scripts/gen-catalog.py after editing Data/indicators.json")
    }
}
