import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Ranges, qualifiers and units as people read them, the same text in the table, the panes and the CLI.
final class NumberTextTests: XCTestCase {
    /// 浙江省 2026: "今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%" keeps its top;
    /// 广东省 2025: "实现粮食播种面积3320万亩、产量1285万吨以上" keeps its unit.
    func testTargetsKeepRangeQualifierAndUnit() throws {
        let text = "浙江省2026年政府工作报告\n\n三、2026年主要目标任务\n\n今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%。实现粮食播种面积3320万亩、产量1285万吨以上。\n"
        let r = ReportReader.parse(text, file: "t.txt")
        let gdp = try XCTUnwrap(r.indicators.first { $0.canonicalId == "gdp" })
        let change = try XCTUnwrap(gdp.change)
        XCTAssertEqual(NumberText.change(change, qualifier: gdp.qualifier, range: gdp.range), "+5–5.5%")
        XCTAssertEqual(NumberText.target(5, isGrowth: true, qualifier: gdp.qualifier, range: gdp.range, unit: nil), "5–5.5%")
        let grain = try XCTUnwrap(r.indicators.first { $0.canonicalId == "grain_output" })
        XCTAssertEqual(NumberText.target(try XCTUnwrap(grain.baseValue), isGrowth: false, qualifier: grain.qualifier, range: nil, unit: grain.baseUnit),
                       "≥1285万吨")
        // Ceilings and signs: 城镇调查失业率5.5%以内, 居民消费价格涨幅2%左右, 能耗下降2%.
        XCTAssertEqual(NumberText.target(5.5, isGrowth: false, qualifier: .atMost, range: nil, unit: "%"), "≤5.5%")
        XCTAssertEqual(NumberText.target(2, isGrowth: false, qualifier: .approx, range: nil, unit: "%"), "≈2%")
        XCTAssertEqual(NumberText.target(-2, isGrowth: true, qualifier: .approx, range: nil, unit: nil), "≈-2%")
    }
}
