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

/// 地区生产总值 series of 22 governments (13 provinces and municipalities, 8 cities, 1 district) over the shared corpus,
/// checked by hand against the report texts: the level and growth from the next year's review, the
/// target from that year's plan section with its qualifier, and met/missed with the gap.
final class CorpusSeriesTests: XCTestCase {
    struct Pin {
        var place: String, year: Int
        var value: Double?          // 亿元
        var growth: Double?
        var target: Double?, qualifier: Qualifier?
        var attainment: Attainment
        var gap: Double?
        var source: String          // the file the actual comes from
    }

    // Each line was read against the sentence it comes from, e.g. 江苏省_2019 "全省地区生产总值增长6.7%，总量达9.26万亿元"
    // and 江苏省_2018 "主要目标是：地区生产总值增长7%以上".
    static let pins: [Pin] = [
        Pin(place: "河北省", year: 2020, value: 36800, growth: 3.9, target: 6.5, qualifier: .approx, attainment: .missed, gap: -2.6, source: "河北省_2026"),
        Pin(place: "河北省", year: 2025, value: 49300, growth: 5.6, target: 5, qualifier: .atLeast, attainment: .met, gap: 0.6, source: "河北省_2026"),
        Pin(place: "江苏省", year: 2018, value: 92600, growth: 6.7, target: 7, qualifier: .atLeast, attainment: .missed, gap: -0.3, source: "江苏省_2019"),
        Pin(place: "江苏省", year: 2024, value: 137000, growth: 5.8, target: 5, qualifier: .atLeast, attainment: .met, gap: 0.8, source: "江苏省_2025"),
        Pin(place: "广东省", year: 2023, value: 135700, growth: 4.8, target: 5, qualifier: .atLeast, attainment: .missed, gap: -0.2, source: "广东省_2024"),
        Pin(place: "安徽省", year: 2020, value: 38700, growth: 3.9, target: 7.5, qualifier: nil, attainment: .missed, gap: -3.6, source: "安徽省_2021"),
        Pin(place: "安徽省", year: 2023, value: 47100, growth: 5.8, target: 6.5, qualifier: .approx, attainment: .missed, gap: -0.7, source: "安徽省_2024"),
        Pin(place: "福建省", year: 2023, value: 54355, growth: 4.5, target: 6, qualifier: .approx, attainment: .missed, gap: -1.5, source: "福建省_2024"),
        Pin(place: "福建省", year: 2024, value: 57761, growth: 5.5, target: 5.5, qualifier: .approx, attainment: .met, gap: 0, source: "福建省_2025"),
        Pin(place: "江西省", year: 2017, value: 20818.5, growth: 8.9, target: 8.5, qualifier: .approx, attainment: .met, gap: 0.4, source: "江西省_2018"),
        Pin(place: "江西省", year: 2018, value: 21984.8, growth: 8.7, target: 8.5, qualifier: .approx, attainment: .met, gap: 0.2, source: "江西省_2019"),
        Pin(place: "山东省", year: 2023, value: 92000, growth: 6, target: 5, qualifier: .atLeast, attainment: .met, gap: 1, source: "山东省_2024"),
        Pin(place: "贵州省", year: 2016, value: 11700, growth: 10.5, target: 10, qualifier: nil, attainment: .met, gap: 0.5, source: "贵州省_2017"),
        Pin(place: "贵州省", year: 2021, value: 19600, growth: 8.1, target: 8, qualifier: .approx, attainment: .met, gap: 0.1, source: "贵州省_2022"),
        Pin(place: "宁夏回族自治区", year: 2023, value: 5315, growth: 6.6, target: 6.5, qualifier: .approx, attainment: .met, gap: 0.1, source: "宁夏回族自治区_2024"),
        Pin(place: "宁夏回族自治区", year: 2024, value: 5503, growth: 5.4, target: 6, qualifier: .approx, attainment: .missed, gap: -0.6, source: "宁夏回族自治区_2025"),
        Pin(place: "青海省", year: 2016, value: 2572.49, growth: 8, target: 7.5, qualifier: .approx, attainment: .met, gap: 0.5, source: "青海省_2017"),
        Pin(place: "青海省", year: 2018, value: 2865, growth: 7.2, target: 7, qualifier: .approx, attainment: .met, gap: 0.2, source: "青海省_2019"),
        Pin(place: "重庆市", year: 2022, value: 29100, growth: 2.6, target: 5.5, qualifier: .approx, attainment: .missed, gap: -2.9, source: "重庆市_2023"),
        Pin(place: "重庆市", year: 2024, value: 32193.15, growth: 5.7, target: 6, qualifier: .approx, attainment: .missed, gap: -0.3, source: "重庆市_2025"),
        Pin(place: "湖北省", year: 2021, value: 50012.94, growth: 12.9, target: 10, qualifier: .atLeast, attainment: .met, gap: 2.9, source: "湖北省_2022"),
        Pin(place: "湖北省", year: 2024, value: 60013, growth: 5.8, target: 6, qualifier: nil, attainment: .missed, gap: -0.2, source: "湖北省_2025"),
        Pin(place: "上海市", year: 2023, value: 47200, growth: 5, target: 5.5, qualifier: .atLeast, attainment: .missed, gap: -0.5, source: "上海市_2024"),
        Pin(place: "上海市", year: 2025, value: 56700, growth: 5.4, target: 5, qualifier: .approx, attainment: .met, gap: 0.4, source: "上海市_2026"),
        Pin(place: "苏州市", year: 2019, value: 19300, growth: 6, target: 6.5, qualifier: .approx, attainment: .missed, gap: -0.5, source: "苏州市_2020"),
        Pin(place: "苏州市", year: 2024, value: 26700, growth: 6, target: 5, qualifier: .atLeast, attainment: .met, gap: 1, source: "苏州市_2025"),
        Pin(place: "石家庄市", year: 2022, value: 7100.6, growth: 6.4, target: 8, qualifier: .atLeast, attainment: .missed, gap: -1.6, source: "石家庄市_2023"),
        Pin(place: "无锡市", year: 2018, value: 11438.62, growth: 7.4, target: 7, qualifier: nil, attainment: .met, gap: 0.4, source: "无锡市_2019"),
        Pin(place: "南京市", year: 2014, value: 8800, growth: 10, target: 10.5, qualifier: .approx, attainment: .missed, gap: -0.5, source: "南京市_2015"),
        Pin(place: "南京市", year: 2015, value: 9600, growth: 9.2, target: 9.5, qualifier: .approx, attainment: .missed, gap: -0.3, source: "南京市_2016"),
        Pin(place: "深圳市", year: 2023, value: 34600, growth: 6, target: 6, qualifier: nil, attainment: .met, gap: 0, source: "深圳市_2024"),
        Pin(place: "深圳市", year: 2024, value: 36800, growth: 5.8, target: 5.5, qualifier: nil, attainment: .met, gap: 0.3, source: "深圳市_2025"),
        Pin(place: "杭州市", year: 2022, value: 18753, growth: 1.5, target: 6.5, qualifier: .atLeast, attainment: .missed, gap: -5, source: "杭州市_2023"),
        Pin(place: "杭州市", year: 2023, value: 20059, growth: 5.6, target: 5, qualifier: .atLeast, attainment: .met, gap: 0.6, source: "杭州市_2024"),
        Pin(place: "广州市", year: 2024, value: 31000, growth: 2.1, target: 5, qualifier: .atLeast, attainment: .missed, gap: -2.9, source: "广州市_2025"),
        Pin(place: "成都市", year: 2021, value: 19900, growth: 8.6, target: 7.5, qualifier: .approx, attainment: .met, gap: 1.1, source: "成都市_2022"),
        Pin(place: "成都市", year: 2024, value: 23500, growth: 5.7, target: 6, qualifier: .approx, attainment: .missed, gap: -0.3, source: "成都市_2025"),
        Pin(place: "清苑区", year: 2021, value: 160.5, growth: 7, target: 9, qualifier: nil, attainment: .missed, gap: -2, source: "清苑区_2022"),
        Pin(place: "清苑区", year: 2023, value: 176.6, growth: 5.5, target: 7, qualifier: nil, attainment: .missed, gap: -1.5, source: "清苑区_2024"),
    ]

    func testHandCheckedGDPSeriesOfTwentyTwoGovernments() throws {
        let a = Analysis(reports: try Fixtures.wholeCorpus().reports)
        for pin in Self.pins {
            let place = try XCTUnwrap(a.places.find(pin.place), pin.place)
            XCTAssertEqual(place.name, pin.place)
            let rows = a.series(place: place, indicator: "gdp")
            XCTAssertGreaterThanOrEqual(rows.filter { $0.value != nil || $0.growth != nil }.count, 3, "\(pin.place) has 3+ years")
            let row = try XCTUnwrap(rows.first { $0.year == pin.year }, "\(pin.place) \(pin.year)")
            let label = "\(pin.place) \(pin.year)"
            XCTAssertEqual(row.value.map { ($0 / 1e6).rounded() / 100 }, pin.value, label)
            XCTAssertEqual(row.unit, "元", label)
            XCTAssertEqual(row.growth, pin.growth, label)
            XCTAssertEqual(row.target, pin.target, label)
            XCTAssertTrue(row.targetIsGrowth, label)
            XCTAssertEqual(row.targetQualifier, pin.qualifier, label)
            XCTAssertEqual(row.attainment, pin.attainment, label)
            XCTAssertEqual(row.gap, pin.gap, label)
            XCTAssertTrue(row.source?.hasSuffix("/" + pin.source + ".txt") == true, "\(label): \(row.source ?? "nil")")
            XCTAssertFalse(row.inconsistent, label)
        }
    }

    /// Milestones and sub-areas are not the place's GDP: 湖北省 2025 "迈上6万亿元台阶，达到62661亿元" gives 62661亿,
    /// and 吉林省 2025's level does not come from "跨越3个千亿元台阶" (a count) or the five-year "达到1.5万亿元、增长19.8%".
    func testThresholdsCountsAndFiveYearFiguresStayOutOfTheSeries() throws {
        let a = Analysis(reports: try Fixtures.wholeCorpus().reports)
        let hubei = try XCTUnwrap(a.places.find("湖北省"))
        let h25 = try XCTUnwrap(a.series(place: hubei, indicator: "gdp").first { $0.year == 2025 })
        XCTAssertEqual(h25.value, 6_266_100_000_000)
        let jilin = try XCTUnwrap(a.places.find("吉林省"))
        let j25 = try XCTUnwrap(a.series(place: jilin, indicator: "gdp").first { $0.year == 2025 })
        XCTAssertNil(j25.value, "吉林省 2026 states no 2025 level of its own")
        XCTAssertEqual(j25.growth, 5)
        // 昆明市 2021: "从2015年的4342.38亿元提高到6733.79亿元，累计增长40.6%" — the end point is 2020, the rate is cumulative.
        let kunming = try XCTUnwrap(a.places.find("昆明市"))
        let k = a.series(place: kunming, indicator: "gdp")
        XCTAssertEqual(k.first { $0.year == 2020 }?.value, 673_379_000_000)
        XCTAssertNotEqual(k.first { $0.year == 2020 }?.growth, 40.6)
        XCTAssertNotEqual(k.first { $0.year == 2015 }?.value, 673_379_000_000)
    }

    /// Places: reports that never name themselves are found by the gazetteer, renamed counties keep one history,
    /// and parents come from the gazetteer rather than phrases like 党中央国务院和省.
    func testPlacesAcrossTheCorpus() throws {
        let a = Analysis(reports: try Fixtures.wholeCorpus().reports)
        let jiangxi = try XCTUnwrap(a.places.find("江西省"))
        XCTAssertEqual(jiangxi.years, Array(2016...2026), "江西省 reports say only 我代表省人民政府 and 江西")
        let xushui = try XCTUnwrap(a.places.find("徐水县"))
        XCTAssertEqual(xushui.name, "徐水区")
        XCTAssertEqual(xushui.formerNames, ["徐水县"])
        XCTAssertEqual(xushui.parents, ["河北省", "保定市"])
        XCTAssertEqual(a.places.find("南京市")?.parents, ["江苏省"])
        XCTAssertEqual(a.places.find("吉林")?.level, .province)
        XCTAssertEqual(a.places.find("长沙市")?.years, Array(2021...2026))
        XCTAssertNil(a.places.find("自治区"))
        XCTAssertFalse(a.places.places.contains { $0.years.contains { $0 > 2026 } }, "no 2035 from 远景目标 titles")
    }
}
