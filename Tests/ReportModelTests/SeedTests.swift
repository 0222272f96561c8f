import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Metadata and level-1/level-2 headings of each seed, checked by hand against the text.
final class SeedTests: XCTestCase {
    func testJindongTownGovernmentWorkReport() throws {
        let r = try Fixtures.seed("京东镇")
        XCTAssertEqual(r.place, Place(name: "京东镇", level: .town, parents: []))
        XCTAssertEqual(r.kind, .governmentWorkReport)
        XCTAssertEqual(r.date, "2023-03-31"); XCTAssertEqual(r.dateKind, .delivered)
        XCTAssertEqual(r.reviewYear, 2022); XCTAssertEqual(r.planYear, 2023)
        XCTAssertEqual(r.speaker, Speaker(name: "魏翔", title: "镇长"))
        XCTAssertEqual(r.title, "政府工作报告")
        XCTAssertEqual(outline(r), [
            "1 一、 2022年工作回顾 review 2022",
            "1 二、 2023年主要工作安排 plan 2023",
            "1 三、 持续强化政府作风建设 other",
        ])
        // Topic-sentence paragraphs become sub-sections of 一、.
        let topics = r.sections.filter { $0.kind == .topic && $0.parent == "s1" }.map(\.title)
        XCTAssertEqual(Array(topics.prefix(4)), ["疫情防控科学精准", "社会稳定持续向好", "安全生产常抓不懈", "项目建设提质增速"])
        XCTAssertEqual(topics.count, 12)
    }

    func testCenyangTownGovernmentWorkReport() throws {
        let r = try Fixtures.seed("岑阳镇")
        XCTAssertEqual(r.place, Place(name: "岑阳镇", level: .town, parents: ["江西"]))
        XCTAssertEqual(r.kind, .governmentWorkReport)
        XCTAssertEqual(r.date, "2024-03-30")
        XCTAssertEqual(r.reviewYear, 2023); XCTAssertEqual(r.planYear, 2024)
        XCTAssertEqual(r.speaker, Speaker(name: "刘晗", title: "镇长"))
        XCTAssertEqual(outline(r), [
            "1 一、 2023年工作回顾 review 2023",
            "2 (一) 接续奋斗勇创新,镇域经济持续增强 review 2023",
            "2 (二) 咬定目标乘势上,产业发展持续增效 review 2023",
            "2 (三) 加压奋进优环境,镇村面貌持续向好 review 2023",
            "2 (四) 初心如磐担使命,民生福祉持续厚植 review 2023",
            "2 (五) 真抓实干提效能,服务水平持续升级 review 2023",
            "1 二、 2024 年工作安排 plan 2024",
            "2 (一) 紧盯项目建设不放松,高质量推动经济增长 plan 2024",
            "2 (二) 紧盯转型升级不放松,高起点谋划产业发展 plan 2024",
            "2 (三) 紧盯和美乡村不放松,高品质打造宜居小镇 plan 2024",
            "2 (四) 紧盯民生保障不放松,高水平发展社会事业 plan 2024",
            "1 三、 全面加强政府自身建设 other",
        ])
        let sub = r.sections.filter { $0.kind == .topic && $0.parent == "s1.1" }.map(\.title)
        XCTAssertEqual(sub, ["项目建设推动有力", "招商引资成效初显", "营商环境持续优化"])
    }

    func testJineshanManagementOfficeWebPage() throws {
        let r = try Fixtures.seed("金鹅山")
        XCTAssertEqual(r.place, Place(name: "金鹅山管理处", level: .managementOffice, parents: ["江西", "乐平市"]))
        XCTAssertEqual(r.kind, .workSummaryAndPlan)
        XCTAssertEqual(r.title, "金鹅山管理处2023年工作总结及2024年工作打算")
        XCTAssertEqual(r.date, "2024-01-15"); XCTAssertEqual(r.dateKind, .published)
        XCTAssertEqual(r.reviewYear, 2023); XCTAssertEqual(r.planYear, 2024)
        XCTAssertNil(r.speaker)
        XCTAssertEqual(outline(r), [
            "1 一、 2023年工作完成情况 review 2023",
            "2 (一) 聚焦工业,推动经济发展 review 2023",
            "2 (二) 聚焦宜居,推进人居环境改善 review 2023",
            "2 (三) 聚焦民生,提高幸福指数 review 2023",
            "1 二、 特色亮点工作 review 2023",
            "1 三、 2024年工作打算 plan 2024",
            "2 (一) 不断优化营商环境 plan 2024",
            "2 (二) 加大招商引资力度 plan 2024",
            "2 (三) 不断推进项目建设 plan 2024",
            "2 (四) 扎实推进乡村振兴 plan 2024",
        ])
        // "一是经济指标稳中有进。…" opens a sub-section of （一）.
        XCTAssertEqual(r.sections.first { $0.parent == "s1.1" }?.title, "一是经济指标稳中有进")
        // Web boilerplate is gone from the body.
        let body = r.paragraphs.map(\.text).joined()
        for junk in ["公开方式", "信息索取号", "访问量", "主办单位", "ICP", "公网安备", "版权所有", "电子邮箱"] {
            XCTAssertFalse(body.contains(junk), junk)
        }
    }

    func testYuantanTownTraditionalWithPinyinAndMojibake() throws {
        let r = try Fixtures.seed("源潭镇")
        XCTAssertEqual(r.script, .traditional)
        XCTAssertEqual(r.place, Place(name: "源潭镇", level: .town, parents: ["广东", "清城区"]))
        XCTAssertEqual(r.kind, .workSummaryAndPlan)
        XCTAssertEqual(r.date, "2023-11-14"); XCTAssertEqual(r.dateKind, .signed)
        XCTAssertEqual(r.reviewYear, 2023); XCTAssertEqual(r.planYear, 2024)
        XCTAssertEqual(outline(r), [
            "1 一、 2023年工作亮点、主要任务完成情况和获得荣誉 review 2023",
            "2 (一) 全面推动经济发展 review 2023",
            "2 (二) 全力振兴乡村发展 review 2023",
            "2 (三) 全速推进民生事业 review 2023",
            "2 (四) 全面提升社会治理 review 2023",
            "2 (五) 获得荣誉 review 2023",
            "1 二、 2024年主要工作思路、目标任务和重点工作措施 plan 2024",
            "2 (一) 紧盯狠抓重点项目,打好经济基本盘 plan 2024",
            "2 (二) 全速发展农业农村,建好和美新乡村 plan 2024",
            "2 (三) 做深做细民生事业,迈上服务新台阶 plan 2024",
            "2 (四) 持续维护社会稳定,一丝不茍保安全 plan 2024",
        ])
        // Analysis text is simplified and free of pinyin; the display keeps the traditional original.
        let text = r.paragraphs.map(\.text).joined()
        XCTAssertTrue(text.contains("源潭镇在区委、区政府的正确领导下"))
        XCTAssertFalse(text.contains("(zhèn)"))
        XCTAssertTrue(r.paragraphs.map(\.display).joined().contains("源潭鎮在區委"))
    }

    func testFragmentsBecomePartsEachWithItsOwnTree() throws {
        let r = try Fixtures.seed("多地匿名")
        XCTAssertEqual(r.kind, .fragments)
        XCTAssertTrue(r.anonymised)
        XCTAssertNil(r.place.name)
        XCTAssertNil(r.reviewYear); XCTAssertNil(r.planYear)
        let parts = r.sections.filter { $0.kind == .part }
        XCTAssertEqual(parts.count, 20, "one part per line of the excerpt file")
        XCTAssertTrue(parts.allSatisfy { $0.level == 1 })
        // Part 2: "二、存在的问题(一)园区发展空间不足。…(二)…(三)…" — its own tree.
        let p2 = r.sections.filter { $0.part == 2 && $0.kind != .part }.map(describe)
        XCTAssertEqual(p2, [
            "2 二、 存在的问题 problems",
            "3 (一) 园区发展空间不足 problems",
            "3 (二) 产业发展短板明显 problems",
            "3 (三) 个别项目推进缓慢 problems",
        ])
        // Part 7 carries its own year; part 8 has none and gets none from its neighbours.
        XCTAssertEqual(r.sections.first { $0.part == 7 && $0.kind == .chineseComma }.map(describe), "2 一、 2022年工作完成情况 review 2022")
        XCTAssertEqual(r.sections.first { $0.part == 8 && $0.kind == .chineseComma }.map(describe), "2 一、 进展情况 review")
    }

    /// Every section's offsets point into the original text at its heading.
    func testSectionOffsetsPointIntoTheOriginalText() throws {
        for prefix in ["京东镇", "岑阳镇", "金鹅山", "源潭镇", "多地匿名"] {
            let r = try Fixtures.seed(prefix)
            let original = Array(r.originalText.unicodeScalars)
            for s in r.sections where s.kind != .topic && s.kind != .part && !s.marker.isEmpty {
                XCTAssertLessThan(s.start, s.end)
                XCTAssertLessThanOrEqual(s.end, original.count)
                let at = String(String.UnicodeScalarView(original[s.start..<min(original.count, s.start + 12)]))
                let head = at.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
                XCTAssertTrue(head.hasPrefix(s.marker) || at.hasPrefix("**"), "\(prefix) \(s.id): \(at) vs \(s.marker)")
            }
        }
    }
}
