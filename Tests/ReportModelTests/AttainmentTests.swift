import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Target attainment (docs/analysis.md, "Attainment"): the rule itself, real cases of ../shared/corpus checked
/// by hand against their sentences, and every judged row of the lower-is-better indicators.
final class AttainmentTests: XCTestCase {
    func testRuleTable() {
        typealias R = AttainmentRule
        // Higher is better: a floor; a range is met at its lower bound.
        XCTAssertEqual(R.judge(outcome: 6.9, target: 6.5, qualifier: nil, range: ValueRange(lo: 6.5, hi: 7), direction: .higher),
                       .init(attainment: .met, gap: 0.4))
        XCTAssertEqual(R.judge(outcome: 2.1, target: 5, qualifier: .atLeast, range: nil, direction: .higher), .init(attainment: .missed, gap: -2.9))
        // Lower is better: a ceiling whatever the qualifier; a range is met at its upper bound.
        XCTAssertEqual(R.judge(outcome: 4.2, target: 5, qualifier: .atMost, range: nil, direction: .lower), .init(attainment: .met, gap: 0.8))
        XCTAssertEqual(R.judge(outcome: 2.9, target: 3, qualifier: .approx, range: nil, direction: .lower), .init(attainment: .met, gap: 0.1))
        XCTAssertEqual(R.judge(outcome: 3.2, target: 3, qualifier: .approx, range: nil, direction: .lower), .init(attainment: .missed, gap: -0.2))
        XCTAssertEqual(R.judge(outcome: 5.4, target: 5, qualifier: nil, range: ValueRange(lo: 5, hi: 5.5), direction: .lower),
                       .init(attainment: .met, gap: 0.1))
        // A decrease target: 单位地区生产总值能耗下降3%以上 is −3, met by −4.
        XCTAssertEqual(R.judge(outcome: -4, target: -3, qualifier: .atLeast, range: nil, direction: .lower), .init(attainment: .met, gap: 1))
    }

    func testCatalogDirections() {
        let lower = IndicatorCatalog.bundled.entries.filter { $0.direction == .lower }.map(\.id).sorted()
        XCTAssertEqual(lower, ["cpi", "energy_intensity", "pm25", "registered_unemployment", "surveyed_unemployment"])
        XCTAssertEqual(IndicatorCatalog.bundled.entry(id: "gdp")?.direction, .higher)
    }

    struct Case {
        var place: String, indicator: String, year: Int
        var attainment: Attainment, gap: Double?, preliminary: Bool
        /// The outcome's and the target's sentences, as the reports write them.
        var sentences: String
    }

    /// Checked by hand against the sentences (the outcome from the report that reviews the year, the target from
    /// the one delivered in it).
    static let cases: [Case] = [
        Case(place: "上海市", indicator: "surveyed_unemployment", year: 2024, attainment: .met, gap: 0.8, preliminary: false,
             sentences: "城镇调查失业率平均为4.2% / 城镇调查失业率5%以内"),
        Case(place: "云南省", indicator: "surveyed_unemployment", year: 2020, attainment: .missed, gap: -0.1, preliminary: false,
             sentences: "调查失业率稳定在5.6% / 城镇调查失业率控制在5.5%左右"),
        Case(place: "上海市", indicator: "cpi", year: 2023, attainment: .met, gap: 2.7, preliminary: false,
             sentences: "居民消费价格上涨0.3% / 居民消费价格涨幅3%左右"),
        Case(place: "广东省", indicator: "cpi", year: 2019, attainment: .missed, gap: -0.4, preliminary: false,
             sentences: "居民消费价格上涨3.4% / 居民消费价格涨幅控制在3%以内"),
        Case(place: "四川省", indicator: "cpi", year: 2019, attainment: .missed, gap: -0.2, preliminary: false,
             sentences: "居民消费价格上涨3.2% / 居民消费价格涨幅3%左右"),
        Case(place: "内蒙古自治区", indicator: "energy_intensity", year: 2016, attainment: .met, gap: 1.2, preliminary: false,
             sentences: "单位GDP能耗下降4% / 单位地区生产总值能耗下降2.8%"),
        Case(place: "广西壮族自治区", indicator: "energy_intensity", year: 2018, attainment: .missed, gap: -0.3, preliminary: false,
             sentences: "万元GDP能耗下降2.7%左右 / 万元地区生产总值能耗下降3%"),
        Case(place: "北京市", indicator: "energy_intensity", year: 2019, attainment: .met, gap: 1.5, preliminary: true,
             sentences: "预计…能耗下降4% / 单位地区生产总值能耗下降2.5%左右"),
        Case(place: "吉林省", indicator: "gdp", year: 2016, attainment: .met, gap: 0.4, preliminary: false,
             sentences: "增长6.9% / 地区生产总值增长6.5%－7%"),
        Case(place: "上海市", indicator: "gdp", year: 2019, attainment: .met, gap: 0, preliminary: false,
             sentences: "增长6% / 地区生产总值增长6%—6.5%"),
        Case(place: "北京市", indicator: "gdp", year: 2019, attainment: .met, gap: 0.2, preliminary: true,
             sentences: "预计全市地区生产总值增长6.2% / 地区生产总值增长6%—6.5%"),
        Case(place: "广州市", indicator: "gdp", year: 2024, attainment: .missed, gap: -2.9, preliminary: false,
             sentences: "地区生产总值增长2.1% / 地区生产总值增长5%以上"),
    ]

    func testRealCases() throws {
        let a = Analysis(reports: try Fixtures.wholeCorpus().reports)
        for c in Self.cases {
            let label = "\(c.place) \(c.year) \(c.indicator): \(c.sentences)"
            let place = try XCTUnwrap(a.places.find(c.place), label)
            let row = try XCTUnwrap(a.series(place: place, indicator: c.indicator).first { $0.year == c.year }, label)
            XCTAssertEqual(row.attainment, c.attainment, label)
            XCTAssertEqual(row.gap, c.gap, label)
            XCTAssertEqual(row.preliminary, c.preliminary, label)
        }
    }

    /// Every row of 城镇调查失业率 and 居民消费价格 with an outcome and a target is judged as a ceiling.
    func testEveryCeilingRowIsJudgedAsACeiling() throws {
        let a = Analysis(reports: try Fixtures.wholeCorpus().reports)
        var judged = 0, met = 0
        for id in ["surveyed_unemployment", "cpi"] {
            for place in a.places.places {
                for row in a.series(place: place, indicator: id) where row.attainment != .noData {
                    guard let t = row.target else { XCTFail("\(place.name) \(row.year): judged without a target"); continue }
                    let outcome = try XCTUnwrap(row.targetIsGrowth ? row.growth : row.value ?? row.growth)
                    let bound = row.targetRange?.hi ?? t
                    XCTAssertEqual(row.attainment, outcome <= bound ? .met : .missed, "\(place.name) \(row.year) \(id): \(outcome) vs \(bound)")
                    judged += 1
                    if row.attainment == .met { met += 1 }
                }
            }
        }
        XCTAssertGreaterThan(judged, 150)
        // Almost all of them were met: a regression to floors would flip this.
        XCTAssertGreaterThan(met * 10, judged * 9, "\(met) of \(judged) met")
    }
}
