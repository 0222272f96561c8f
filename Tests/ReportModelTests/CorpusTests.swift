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

/// The real corpus in ../shared/corpus: every file parses, and 14 reports across province, city and
/// county levels have their metadata and headings pinned (checked by hand against the texts).
/// Skipped when the corpus is not beside the repository.
final class CorpusTests: XCTestCase {
    struct Pinned {
        var file: String
        var place: Place
        var date: String?
        var review: Int?
        var plan: Int?
        var speaker: Speaker?
        var level1: [String]
        var level2Count: Int
        var firstLevel2: String?
    }

    static let pinned: [Pinned] = [
        Pinned(file: "lawtext-gov/province/河北省_2024.txt", place: Place(name: "河北省", level: .province, parents: []), date: "2024-01-21", review: 2023, plan: 2024, speaker: Speaker(name: "王正谱", title: "省长"),
               level1: ["1 一、 2023年工作回顾 review 2023", "1 二、 2024年目标任务和主要工作 plan 2024"],
               level2Count: 14, firstLevel2: "2 (一) 经济运行回升向好 review 2023"),
        Pinned(file: "lawtext-gov/province/北京市_2023.txt", place: Place(name: "北京市", level: .municipality, parents: []), date: "2023-01-15", review: 2022, plan: 2023, speaker: Speaker(name: "殷勇", title: "代市长"),
               level1: ["1 一、 过去五年工作回顾 review 2022", "1 二、 今后五年工作思路和2023年重点任务 plan 2023"],
               level2Count: 12, firstLevel2: "2 (一) 坚持规划引领,持续优化提升首都功能 plan 2023"),
        Pinned(file: "lawtext-gov/province/新疆维吾尔自治区_2022.txt", place: Place(name: "新疆维吾尔自治区", level: .autonomousRegion, parents: []), date: "2022-01-23", review: 2021, plan: 2022, speaker: nil,
               level1: ["1 一、 2021年工作回顾 review 2021", "1 二、 2022年重点工作 plan 2022", "1 三、 持之以恒加强政府自身建设 other"],
               level2Count: 18, firstLevel2: "2 (一) 毫不放松抓好维护社会稳定、常态化疫情防控和安全生产,社会环境更加和谐稳定 review 2021"),
        Pinned(file: "lawtext-gov/province/广东省_2016.txt", place: Place(name: "广东省", level: .province, parents: []), date: "2016-01-25", review: 2015, plan: 2016, speaker: Speaker(name: "朱小丹", title: "省长"),
               level1: ["1 一、 “十二五”时期工作回顾 review 2015", "1 二、 “十三五”时期的奋斗目标和主要任务 plan 2016", "1 三、 2016年工作安排 plan 2016", "1  附件1 other", "1  附件2 other", "1  名词解释 other"],
               level2Count: 40, firstLevel2: "2 (一) 积极应对持续贯穿的经济下行压力,促进经济增长稳中有进、稳中提质 review 2015"),
        Pinned(file: "lawtext-gov/city/宿迁市_2015.txt", place: Place(name: "宿州市", level: .city, parents: []), date: "2015-01-19", review: 2014, plan: 2015, speaker: Speaker(name: "史翔", title: "市长"),
               level1: ["1 一、 攻坚克难,经济社会发展实现新突破 review 2014", "1 二、 坚定信心,奋力打造经济社会发展升级版 plan 2015", "1 三、 依法施政,全面建设法治政府 other"],
               level2Count: 7, firstLevel2: "2 (一) 主攻县域经济 plan 2015"),
        Pinned(file: "lawtext-gov/city/东莞市_2021.txt", place: Place(name: "东莞市", level: .city, parents: []), date: "2021-02-05", review: 2020, plan: 2021, speaker: Speaker(name: "肖亚非", title: "市长"),
               level1: ["1  “十三五”发展成就及2020年主要工作 review 2020", "1  “十四五”主要目标及2021年工作安排 plan 2021"],
               level2Count: 7, firstLevel2: "2 一、 以实体经济为根基,着力构建具有较强国际竞争力的现代产业体系 plan 2021"),
        Pinned(file: "lawtext-gov/city/乌鲁木齐市_2024.txt", place: Place(name: "乌鲁木齐市", level: .city, parents: []), date: "2024-01-17", review: 2023, plan: 2024, speaker: Speaker(name: "牙合甫·排都拉", title: "市长"),
               level1: ["1  2023年工作回顾 review 2023", "1  2024年重点工作 plan 2024"],
               level2Count: 12, firstLevel2: "2 一、 社会大局和谐稳定 review 2023"),
        Pinned(file: "lawtext-gov/city/保定市_2023.txt", place: Place(name: "保定市", level: .city, parents: []), date: "2023-01-30", review: 2022, plan: 2023, speaker: Speaker(name: "闫继红", title: "市长"),
               level1: ["1  2022年政府工作回顾 review 2022", "1  2023年主要工作 plan 2023"],
               level2Count: 10, firstLevel2: "2 (一) 加力推进协同发展,让京雄保一体化更加紧密联动 plan 2023"),
        Pinned(file: "lawtext-gov/city/南京市_2014.txt", place: Place(name: "南京市", level: .city, parents: []), date: "2014-01-13", review: 2013, plan: 2014, speaker: Speaker(name: "缪瑞林", title: "代市长"),
               level1: ["1 一、 2013年政府工作回顾 review 2013", "1 二、 2014年主要目标任务 plan 2014", "1 三、 加强政府改革建设 other"],
               level2Count: 8, firstLevel2: "2 (一) 强化创新驱动,实现经济平稳健康发展 plan 2014"),
        Pinned(file: "lawtext-gov/city/苏州市_2019.txt", place: Place(name: "苏州市", level: .city, parents: []), date: "2019-01-21", review: 2018, plan: 2019, speaker: Speaker(name: "李亚平", title: "市长"),
               level1: ["1 一、 2018年工作回顾 review 2018", "1 二、 2019年主要任务 plan 2019", "1 三、 全面加强政府自身建设 other"],
               level2Count: 18, firstLevel2: "2 1. 经济发展稳中有进 review 2018"),
        Pinned(file: "baoding-counties/county/博野县_2021.txt", place: Place(name: "博野县", level: .county, parents: ["河北省", "保定市"]), date: "2021-02-05", review: 2020, plan: 2021, speaker: Speaker(name: "刘永泽", title: "县长"),
               level1: ["1 一、 2020年及“十三五”时期经济社会发展回顾 review 2020", "1 二、 “十四五”的总体要求和目标任务 plan 2021", "1 三、 2021年工作安排 plan 2021", "1 四、 建设实干为民的服务型政府 other"],
               level2Count: 10, firstLevel2: "2 (一) 围绕创新驱动走在前列,聚力打造现代产业新体系 plan 2021"),
        Pinned(file: "baoding-counties/county/唐县_2021.txt", place: Place(name: "高唐县", level: .county, parents: []), date: "2021-03-11", review: 2020, plan: 2021, speaker: Speaker(name: "杨曙光", title: "代县长"),
               level1: ["1  “十三五”时期和2020年工作回顾 review 2020", "1  “十四五”时期经济社会发展总体思路和目标任务 plan 2021", "1  2021年经济社会发展目标任务和重点工作 plan 2021"],
               level2Count: 14, firstLevel2: "2 一、 防疫情稳增长,经济运行持续向好 review 2020"),
        Pinned(file: "baoding-counties/county/清苑区_2003.txt", place: Place(name: "清苑区", level: .district, parents: ["保定市"]), date: "2003-04-07", review: 2002, plan: 2003, speaker: nil,
               level1: ["1 一、 过去五年政府工作的简要回顾 review 2002", "1 二、 今后五年政府工作的主要任务 plan 2003", "1 三、 二三年的工作重点 plan 2003", "1 四、 加强政府自身建设 other"],
               level2Count: 14, firstLevel2: "2 1、 强力推进开放兴县战略,全方位对内对外合作 plan 2003"),
        Pinned(file: "baoding-counties/county/徐水区_2012.txt", place: Place(name: "徐水县", level: .county, parents: []), date: "2012-02-16", review: 2011, plan: 2012, speaker: Speaker(name: "李保森", title: "县长"),
               level1: ["1 一、 过去五年工作回顾 review 2011", "1 二、 今后五年经济社会发展的战略任务 plan 2012", "1 三、 2012年经济社会发展任务目标和重点工作 plan 2012", "1 四、 全力营造风清气正的工作氛围和政治环境 other"],
               level2Count: 12, firstLevel2: "2 (一) 抓项目和园区建设,构筑经济发展支撑体系 plan 2012"),
    ]

    func testPinnedReportsAcrossLevels() throws {
        for p in Self.pinned {
            let r = try Fixtures.corpusFile(p.file)
            XCTAssertEqual(r.kind, .governmentWorkReport, p.file)
            XCTAssertEqual(r.place, p.place, p.file)
            XCTAssertEqual(r.date, p.date, p.file)
            XCTAssertEqual(r.reviewYear, p.review, p.file)
            XCTAssertEqual(r.planYear, p.plan, p.file)
            XCTAssertEqual(r.speaker, p.speaker, p.file)
            XCTAssertEqual(r.sections.filter { $0.level == 1 }.map(describe), p.level1, p.file)
            let level2 = r.sections.filter { $0.level == 2 && $0.kind != .topic }
            XCTAssertEqual(level2.count, p.level2Count, p.file)
            XCTAssertEqual(level2.first.map(describe), p.firstLevel2, p.file)
        }
    }

    /// Every file under ../shared/corpus parses without error; prints what was found.
    func testWholeCorpusParses() throws {
        let start = Date()
        let c = try Fixtures.wholeCorpus()
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(c.failures, [], "\(c.failures.prefix(5))")
        XCTAssertEqual(c.reports.count, 802)
        let sections = c.reports.reduce(0) { $0 + $1.sections.count }
        let withPlace = c.reports.filter { $0.place.name != nil }.count
        let withDate = c.reports.filter { $0.date != nil }.count
        let withReview = c.reports.filter { r in r.sections.contains { $0.level == 1 && $0.role == .review } }.count
        let withPlan = c.reports.filter { r in r.sections.contains { $0.level == 1 && $0.role == .plan } }.count
        let gwr = c.reports.filter { $0.kind == .governmentWorkReport }.count
        let damaged = c.reports.filter { !$0.damaged.isEmpty }.count
        print("corpus: \(c.reports.count) reports, \(c.failures.count) failures, \(sections) sections; place \(withPlace), date \(withDate), "
              + "review section \(withReview), plan section \(withPlan), work reports \(gwr), with damage \(damaged); \(String(format: "%.1f", seconds)) s")
        // Floors well under what the parser reaches today, so a regression shows.
        XCTAssertGreaterThanOrEqual(withPlace, 760)
        XCTAssertGreaterThanOrEqual(withReview, 790)
        XCTAssertGreaterThanOrEqual(withPlan, 755)
        XCTAssertGreaterThanOrEqual(gwr, 795)
        XCTAssertEqual(c.reports.filter { $0.kind == .fragments }.count, 0)
        XCTAssertLessThanOrEqual(damaged, 2)
    }
}
