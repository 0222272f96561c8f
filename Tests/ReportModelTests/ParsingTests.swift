import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Heading numbering, tree building and list items.
final class ParsingTests: XCTestCase {
    func marker(_ s: String) -> HeadingMarkers.Match? { HeadingMarkers.match(Array(s.unicodeScalars)) }

    func testGBT9704MarkersInAllTheirSpellings() {
        let cases: [(String, HeadingKind, Int)] = [
            ("一、2023年工作回顾", .chineseComma, 1), ("十二、加强政府自身建设", .chineseComma, 12),
            ("（一）全面推动经济发展", .chineseParen, 1), ("(三)聚焦民生", .chineseParen, 3), ("（十一）统筹发展", .chineseParen, 11),
            ("1.集体荣誉", .arabicDot, 1), ("2、个人荣誉", .arabicDot, 2), ("3．开展工作", .arabicDot, 3),
            ("（1）加强领导", .arabicParen, 1), ("(2)完善制度", .arabicParen, 2), ("4)落实责任", .arabicParen, 4),
            ("①抓好项目", .circled, 1), ("⑫加强监管", .circled, 12), ("第二部分 主要任务", .chapter, 2),
        ]
        for (text, kind, ordinal) in cases {
            let m = marker(text)
            XCTAssertEqual(m?.kind, kind, text)
            XCTAssertEqual(m?.ordinal, ordinal, text)
        }
        for notAHeading in ["1.5万吨粮食", "2023年全镇", "一是经济指标稳中有进", "十四五规划", "第一,坚持", "12.3%", "(2023年)"] {
            XCTAssertNil(marker(notAHeading), notAHeading)
        }
    }

    func testSkippedLevelsNestByRankAndInlineHeadingsSplitFromTheirBody() {
        let text = """
        一、2023年工作回顾
        1.经济运行稳中有进。全年地区生产总值增长6%。
        （1）工业。规上工业增加值增长8%。
        2.项目建设扎实推进
        （一）全面推动经济发展。一是纵深推进“两城”建设。二是重点项目加快落地。
        二、2024年工作打算
        ①抓好招商引资。
        """
        let r = ReportReader.parse(text, file: "t")
        XCTAssertEqual(r.sections.map { "\($0.id) \($0.level) \($0.marker) \($0.title)" }, [
            "s1 1 一、 2023年工作回顾",
            "s1.1 2 1. 经济运行稳中有进",
            "s1.1.1 3 (1) 工业",
            "s1.2 2 2. 项目建设扎实推进",
            "s1.3 2 (一) 全面推动经济发展",
            "s2 1 二、 2024年工作打算",
            "s2.1 2 ① 抓好招商引资",
        ])
        // In-paragraph enumerations are list items, not headings.
        let p = r.paragraphs[r.sections[4].paragraphRange.lowerBound]
        XCTAssertEqual(p.listItems.count, 2)
        XCTAssertEqual(p.headingLength, "（一）全面推动经济发展。".unicodeScalars.count)
        XCTAssertEqual(r.sections.map(\.role), [.review, .review, .review, .review, .review, .plan, .plan])
    }

    func testRolesAndYearsFromTitlesIncludingRelativeOnes() {
        let cases: [(String, SectionRole, Int?)] = [
            ("2023年工作回顾", .review, 2023), ("2024年工作打算", .plan, 2024), ("存在的问题", .problems, nil),
            ("明年工作思路", .plan, 2025), ("今年以来工作情况", .review, 2024), ("全面加强政府自身建设", .other, nil),
            ("过去五年工作回顾和今后五年目标任务", .review, nil), ("2024年主要工作思路、目标任务和重点工作措施", .plan, 2024),
            ("2023年工作亮点、主要任务完成情况和获得荣誉", .review, 2023),
        ]
        for (title, role, year) in cases {
            let c = SectionClassifier.role(of: title)
            XCTAssertEqual(c?.role, role, title)
            XCTAssertEqual(c.flatMap { SectionClassifier.year(of: title, keywordAt: $0.at, documentYear: 2024) }, year, title)
        }
    }

    func testDashBulletsAndOrdinalWordsAreListItems() {
        let s = Array("主要预期目标是：——地区生产总值增长6%；——城镇新增就业1万人。第一,稳增长;第二,促改革。首先要抓项目,其次要优环境。".unicodeScalars)
        let items = SectionParser.listItems(s, from: 0)
        XCTAssertEqual(items.count, 6)
    }

    /// The parent-place phrases, on corpus sentences (顺平县 2008, 南京市 2015 and a 云南 report): the shortest name
    /// before 省/市/县/区委, and the two or three characters after 考察/视察 before (时的)重要讲话.
    func testParentPlacePhrasesFromCorpusSentences() {
        let committee = Array("让我们携起手来，在保定市委、市政府和县委的坚强领导下，再接再厉，团结奋斗")
        XCTAssertEqual(MetadataExtractor.partyCommittees(committee), ["保定市"])
        // 在历届县委: 历届县 is three characters, the shortest name that fits; the level test drops it later.
        XCTAssertEqual(MetadataExtractor.partyCommittees(Array("在历届县委的正确领导下")), ["历届县"])
        XCTAssertEqual(MetadataExtractor.inspectedPlaces(Array("年工作，要全面落实习近平总书记视察江苏时的重要讲话精神，把总书记提出的")), ["江苏"])
        XCTAssertEqual(MetadataExtractor.inspectedPlaces(Array("深入贯彻落实习近平总书记考察云南重要讲话和重要指示精神")), ["云南"])
        // 在青海视察工作时的重要讲话: the phrase takes the two characters that stand there (工作); namedParents keeps
        // only province short names, so nothing of it becomes a parent.
        XCTAssertEqual(MetadataExtractor.inspectedPlaces(Array("深入学习贯彻习近平总书记在青海视察工作时的重要讲话精神")), ["工作"])
    }

    /// The congress line's place, by the scan that replaced a regex, on corpus header lines (米易县 2022, 苏州市 2025's
    /// 人大 short form, 定兴县 2020): the name between 在 and 第…届, and nothing when the line names no congress session.
    /// 杭州市 2026: a title with 成绩 is a review even with 主要工作 in it.
    func testAchievementsTitleIsAReview() {
        XCTAssertEqual(SectionClassifier.role(of: "2025年主要工作及“十四五”发展成绩")?.role, .review)
        XCTAssertEqual(SectionClassifier.role(of: "2026年主要工作")?.role, .plan)
    }

    /// The one year a work report's title names is the year it is delivered, wherever the title puts it.
    func testYearsFromWorkReportTitles() throws {
        for (file, review, plan) in [("lawtext-gov/province/湖北省_2016.txt", 2015, 2016), ("lawtext-gov/province/湖南省_2018.txt", 2017, 2018),
                                     ("lawtext-gov/province/上海市_2016.txt", 2015, 2016), ("baoding-counties/county/徐水区_2015.txt", 2014, 2015)] {
            let r = try Fixtures.corpusFile(file)
            XCTAssertEqual(r.reviewYear, review, file); XCTAssertEqual(r.planYear, plan, file)
        }
    }

    /// Targets read as targets wherever the outline put them: a 主要预期目标 heading inside a review chapter (镇江 2021),
    /// a chapter named by the plan year alone (湖南 2020: 关于2020年工作), a chapter opening with 2023年是… (云南 2023).
    func testTargetsInsideMisreadChaptersAreTargets() throws {
        for (file, plan, growth) in [("lawtext-gov/city/镇江市_2021.txt", 2021, 6.5), ("lawtext-gov/province/湖南省_2020.txt", 2020, 7.5),
                                     ("lawtext-gov/province/云南省_2023.txt", 2023, 6.0)] {
            let r = try Fixtures.corpusFile(file)
            let gdp = r.indicators.filter { $0.canonicalId == "gdp" && $0.role == .target && $0.year == plan }
            XCTAssertEqual(gdp.compactMap(\.change?.percent).first, growth, file)
            XCTAssertFalse(r.indicators.contains { $0.canonicalId == "gdp" && $0.role == .actual && $0.change?.percent == growth && $0.year == plan - 1 }, file)
        }
    }

    /// Chapter roles from the corpus: 过去五年主要工作 (高阳县 2017) is a review; a slogan whose only keyword is a weak plan word
    /// is what its body says (镇江市 2025: 经济社会发展主要预期目标顺利实现); 做好2023年工作 (邯郸市 2023) is a heading.
    func testChapterRolesOfMisreadOutlines() throws {
        XCTAssertEqual(SectionClassifier.role(of: "过去五年主要工作")?.role, .review)
        XCTAssertTrue(SectionParser.Builder.looksLikeTitleLine(Array("做好2023年工作".unicodeScalars)))
        XCTAssertFalse(SectionParser.Builder.looksLikeTitleLine(Array("全年完成投资120亿元，增长8%，较好完成了全年工作".unicodeScalars)))
        let zj = try Fixtures.corpusFile("lawtext-gov/city/镇江市_2025.txt")
        let first = try XCTUnwrap(zj.sections.first { $0.level == 1 })
        XCTAssertTrue(first.title.hasPrefix("牢记嘱托感恩奋进")); XCTAssertEqual(first.role, .review); XCTAssertEqual(first.year, 2024)
        let hd = try Fixtures.corpusFile("lawtext-gov/city/邯郸市_2023.txt")
        XCTAssertEqual(hd.sections.filter { $0.level == 1 }.map(\.role), [.review, .review, .plan])
    }

    func testCongressPlaceFromCorpusLines() {
        XCTAssertEqual(MetadataExtractor.congressPlace("（2022年1月24日在米易县第十九届人民代表大会第二次会议上）"), "米易县")
        XCTAssertEqual(MetadataExtractor.congressPlace("——2025年1月12日在苏州市第十七届人大四次会议上"), "苏州市")
        XCTAssertEqual(MetadataExtractor.congressPlace("（2020年1月9日在定兴县第十五届人民代表大会第四次会议上）"), "定兴县")
        // A blank inside the line is removed first, as before.
        XCTAssertEqual(MetadataExtractor.congressPlace("在 定兴县第十五届人民代表大会第四次会议上"), "定兴县")
        XCTAssertNil(MetadataExtractor.congressPlace("提请县人民代表大会审议"))
    }
}
