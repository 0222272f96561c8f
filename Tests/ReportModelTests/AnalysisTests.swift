import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Series, targets and comparison on the bundled seed reports.
final class AnalysisTests: XCTestCase {
    func analysis() -> Analysis { Analysis(reports: Corpus.load(Fixtures.reports.path).reports) }

    func testPlacesAreFoundByNameSpellingAndPinyin() throws {
        let a = analysis()
        XCTAssertEqual(a.places.places.map(\.name).sorted(), ["京东镇", "岑阳镇", "源潭镇", "金鹅山管理处"].sorted())
        XCTAssertEqual(a.places.find("青山湖区京东镇")?.name, "京东镇")
        XCTAssertEqual(a.places.find("京东")?.name, "京东镇")
        XCTAssertEqual(a.places.find("jdz")?.name, "京东镇")
        XCTAssertEqual(a.places.find("yuantanzhen")?.name, "源潭镇")
        XCTAssertEqual(a.indicator("gdp")?.name, "地区生产总值")
        XCTAssertEqual(a.indicator("dqsczz")?.name, "地区生产总值")
        // One pinyin everywhere: 地区 is di qu (ICU alone reads 地 as de), as the dashboard's search spells it.
        XCTAssertEqual(a.indicator("diqushengchanzongzhi")?.name, "地区生产总值")
        XCTAssertEqual(a.indicator("di qu sheng chan zong zhi")?.name, "地区生产总值")
        XCTAssertEqual(a.places.find("jingdongzhen")?.name, "京东镇")
        XCTAssertEqual(a.indicator("规上工业增加值")?.name, "规模以上工业增加值")
    }

    /// 京东镇 2023 report: 2022 GDP 93.8亿元 +5.4%; 2023 target +8% 左右. 2021 is derived: 93.8 / 1.054.
    func testSeriesWithTargetAndDerivedPreviousYear() throws {
        let a = analysis()
        let p = try XCTUnwrap(a.places.find("京东镇"))
        let rows = a.series(place: p, indicator: "gdp")
        XCTAssertEqual(rows.map(\.year), [2021, 2022, 2023])
        XCTAssertEqual(rows[0].value, nil)
        XCTAssertEqual(try XCTUnwrap(rows[0].derived), 9_380_000_000 / 1.054, accuracy: 1)
        XCTAssertEqual(rows[1].value, 9_380_000_000); XCTAssertEqual(rows[1].unit, "元"); XCTAssertEqual(rows[1].growth, 5.4)
        XCTAssertEqual(rows[1].attainment, .noData)
        XCTAssertEqual(rows[2].target, 8); XCTAssertTrue(rows[2].targetIsGrowth); XCTAssertEqual(rows[2].targetQualifier, .approx)
        XCTAssertEqual(rows[2].attainment, .noData, "no 2023 outcome in the corpus")
    }

    func testCompareTwoSeedTownshipsShowsMissingAsMissing() throws {
        let a = analysis()
        let jd = try XCTUnwrap(a.places.find("京东镇")), cy = try XCTUnwrap(a.places.find("岑阳镇"))
        let (year, rows) = a.compare([jd, cy], year: 2023)
        XCTAssertEqual(year, 2023)
        let gdp = try XCTUnwrap(rows.first { $0.indicatorId == "gdp" })
        XCTAssertEqual(gdp.cells[0]?.target, 8)
        XCTAssertNil(gdp.cells[1], "岑阳镇 states no 2023 GDP: missing, not zero")
        let farmland = try XCTUnwrap(rows.first { $0.indicatorId == "farmland" })
        XCTAssertEqual(farmland.cells[1]?.value, 1600)
        // 2024: 岑阳镇's targets; both townships appear as columns.
        let (_, rows2024) = a.compare([jd, cy], year: 2024)
        XCTAssertEqual(rows2024.first { $0.indicatorId == "gdp" }?.cells[1]?.target, 5.5)
    }

    func testAttainmentAgainstTargets() {
        // A synthetic pair of reports for one place: 2023 target ≥6%, outcome 5.2% (missed by 0.8pp); 2024 target ≈5%, outcome 5.3% (met).
        let r2023 = ReportReader.parse("政府工作报告\n——2023年1月10日在甲县第一届人民代表大会第一次会议上\n一、2022年工作回顾\n地区生产总值增长4%。\n二、2023年工作安排\n主要预期目标是:地区生产总值增长6%以上。", file: "a")
        let r2024 = ReportReader.parse("政府工作报告\n——2024年1月10日在甲县第一届人民代表大会第二次会议上\n一、2023年工作回顾\n全县地区生产总值完成120亿元,增长5.2%。\n二、2024年工作安排\n主要预期目标是:地区生产总值增长5%左右。", file: "b")
        let r2025 = ReportReader.parse("政府工作报告\n——2025年1月10日在甲县第一届人民代表大会第三次会议上\n一、2024年工作回顾\n全县地区生产总值完成126亿元,增长5.3%。", file: "c")
        let a = Analysis(reports: [r2023, r2024, r2025])
        let p = a.places.find("甲县")!
        let rows = a.series(place: p, indicator: "gdp")
        let y2023 = rows.first { $0.year == 2023 }!, y2024 = rows.first { $0.year == 2024 }!
        XCTAssertEqual(y2023.attainment, .missed); XCTAssertEqual(y2023.gap, -0.8)
        XCTAssertEqual(y2024.attainment, .met); XCTAssertEqual(y2024.gap, 0.3)
        XCTAssertFalse(y2024.inconsistent, "126/120 = +5% is within rounding of the stated +5.3%")
    }
}

final class GazetteerTests: XCTestCase {
    /// The binary carries Data/gazetteer.tsv; regenerate with scripts/gen-gazetteer.py when it changes.
    func testEmbeddedGazetteerMatchesDataFile() throws {
        let file = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("Data/gazetteer.tsv"), encoding: .utf8)
        XCTAssertEqual(file, bundledGazetteerTSV)
        let g = Gazetteer.bundled
        XCTAssertEqual(g.entries.values.filter { $0.level?.rank == 0 }.count, 32, "31 mainland province-level units and 台湾省")
        XCTAssertEqual(g.parents(of: "京东镇"), ["江西省", "南昌市", "青山湖区"])
        XCTAssertEqual(g.current("徐水县"), "徐水区")
        XCTAssertEqual(g.parents(of: "徐水县"), ["河北省", "保定市"])
        XCTAssertEqual(g.parents(of: "不存在镇"), [])
    }
}
