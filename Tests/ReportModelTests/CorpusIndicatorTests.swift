import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Headline GDP figures of 20 corpus reports across province, city and county, each checked by hand
/// against its sentence (quoted). Skipped when ../shared/corpus is absent.
final class CorpusIndicatorTests: XCTestCase {
    struct Headline {
        var file: String
        var role: IndicatorRole
        var value: Double?
        var unit: String?
        var change: Double?
        var qualifier: Qualifier?
        var year: Int
        var sentence: String
        /// 预计 in the review of the year: an actual marked estimated.
        var estimated = false
    }

    static let headlines: [Headline] = [
        Headline(file: "lawtext-gov/province/河北省_2024.txt", role: .actual, value: nil, unit: nil, change: 5.5, qualifier: nil, year: 2023, sentence: "全省生产总值增长5.5%"),
        Headline(file: "lawtext-gov/province/河北省_2024.txt", role: .target, value: nil, unit: nil, change: 5.5, qualifier: .approx, year: 2024, sentence: "地区生产总值增长5.5%左右"),
        Headline(file: "lawtext-gov/province/江苏省_2020.txt", role: .actual, value: nil, unit: nil, change: 6.1, qualifier: nil, year: 2019, sentence: "全省地区生产总值增长6.1%"),
        Headline(file: "lawtext-gov/province/江苏省_2020.txt", role: .target, value: nil, unit: nil, change: 6, qualifier: .approx, year: 2020, sentence: "地区生产总值增长6%左右"),
        Headline(file: "lawtext-gov/province/广东省_2016.txt", role: .actual, value: 7.28, unit: "万亿元", change: nil, qualifier: nil, year: 2015, sentence: "地区生产总值从2010年的4.60万亿元增加到2015年的7.28万亿元"),
        Headline(file: "lawtext-gov/province/北京市_2023.txt", role: .target, value: nil, unit: nil, change: 4.5, qualifier: .atLeast, year: 2023, sentence: "地区生产总值增长4.5%以上"),
        Headline(file: "lawtext-gov/province/四川省_2022.txt", role: .actual, value: 5.38, unit: "万亿元", change: 8.2, qualifier: nil, year: 2021, sentence: "全省地区生产总值迈上5万亿台阶,达5.38万亿元、增长8.2%"),
        Headline(file: "lawtext-gov/province/云南省_2019.txt", role: .actual, value: nil, unit: nil, change: 8.9, qualifier: nil, year: 2018, sentence: "实现地区生产总值增长8.9%"),
        Headline(file: "lawtext-gov/province/新疆维吾尔自治区_2022.txt", role: .actual, value: 1.6, unit: "万亿元", change: 7, qualifier: nil, year: 2021, sentence: "全年实现地区生产总值1.6万亿元、增长7%"),
        Headline(file: "lawtext-gov/province/湖南省_2023.txt", role: .actual, value: 4.87, unit: "万亿元", change: 4.5, qualifier: nil, year: 2022, sentence: "完成地区生产总值4.87万亿元，同比增长4.5%"),
        Headline(file: "lawtext-gov/city/保定市_2023.txt", role: .actual, value: nil, unit: nil, change: 3.8, qualifier: nil, year: 2022, sentence: "全市生产总值增长3.8%"),
        Headline(file: "lawtext-gov/city/南京市_2014.txt", role: .actual, value: 8000, unit: "亿元", change: 11, qualifier: nil, year: 2013, sentence: "预计实现地区生产总值8000亿元,按可比价计算增长11%", estimated: true),
        Headline(file: "lawtext-gov/city/苏州市_2019.txt", role: .actual, value: 1.86, unit: "万亿元", change: 6.8, qualifier: nil, year: 2018, sentence: "预计实现地区生产总值1.86万亿元,增长6.8%", estimated: true),
        Headline(file: "lawtext-gov/city/石家庄市_2018.txt", role: .actual, value: 6460.9, unit: "亿元", change: 7.3, qualifier: nil, year: 2017, sentence: "全市生产总值完成6460.9亿元,增长7.3%"),
        Headline(file: "lawtext-gov/city/邢台市_2025.txt", role: .target, value: nil, unit: nil, change: 5, qualifier: .atLeast, year: 2025, sentence: "地区生产总值增长5%以上"),
        Headline(file: "lawtext-gov/city/徐州市_2020.txt", role: .target, value: nil, unit: nil, change: 6, qualifier: .atLeast, year: 2020, sentence: "地区生产总值增长6%以上"),
        Headline(file: "baoding-counties/county/博野县_2021.txt", role: .actual, value: 56, unit: "亿元", change: 5.9, qualifier: nil, year: 2020, sentence: "预计全县生产总值完成56亿元,同比增长5.9%", estimated: true),
        Headline(file: "baoding-counties/county/容城县_2015.txt", role: .actual, value: 60.7, unit: "亿元", change: 6.5, qualifier: nil, year: 2014, sentence: "地区生产总值预计完成 60.7亿元,可比增长6.5%", estimated: true),
        Headline(file: "baoding-counties/county/清苑区_2022.txt", role: .actual, value: 160.5, unit: "亿元", change: 7, qualifier: nil, year: 2021, sentence: "预计全区地区生产总值完成160.5亿元,同比增长7%", estimated: true),
        Headline(file: "baoding-counties/county/安国市_2022.txt", role: .actual, value: 122.2, unit: "亿元", change: 7.8, qualifier: nil, year: 2021, sentence: "全年地区生产总值完成122.2亿元,同比增长7.8%"),
        Headline(file: "baoding-counties/county/蠡县_2020.txt", role: .target, value: nil, unit: nil, change: 6.5, qualifier: nil, year: 2020, sentence: "生产总值增长6.5%"),
    ]

    func testHeadlineGDPFiguresAcrossLevels() throws {
        for h in Self.headlines {
            let r = try Fixtures.corpusFile(h.file)
            let gdp = r.indicators.filter { $0.canonicalId == "gdp" && $0.role == h.role && $0.year == h.year }
            let hit = gdp.first { $0.value == h.value && $0.unit == h.unit && $0.change?.percent == h.change && $0.qualifier == h.qualifier && $0.estimated == h.estimated }
            XCTAssertNotNil(hit, "\(h.file) “\(h.sentence)”: got \(gdp.map { "\($0.name) \($0.value.map { "\($0)" } ?? "—")\($0.unit ?? "") \($0.change?.percent.map { "\($0)%" } ?? "") \($0.qualifier?.rawValue ?? "")" })")
        }
    }
}
