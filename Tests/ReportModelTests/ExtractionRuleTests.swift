import XCTest
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// One test per extraction rule (docs/quantities.md, "Extraction rules"), each on the real sentence that
/// motivated it: quoted from the file of ../shared/corpus it names (checked to be there when the corpus is),
/// and read as a paragraph of a report of the same year, in a review, plan or term-review section.
final class ExtractionRuleTests: XCTestCase {
    enum Part { case review, plan, termReview }

    /// The indicators of `sentence`, as a paragraph of the `part` section of a report delivered in `year`.
    func read(_ sentence: String, from file: String, year: Int, _ part: Part = .review,
              line: UInt = #line) throws -> [Indicator] {
        let path = Fixtures.corpus.appendingPathComponent(file).path
        if let raw = try? String(contentsOfFile: path, encoding: .utf8) {
            XCTAssertTrue(raw.contains(sentence), "not quoted from \(file): \(sentence)", line: line)
        }
        let title: String
        switch part {
        case .review: title = "一、\(year - 1)年工作回顾"
        case .plan: title = "二、\(year)年主要目标任务"
        case .termReview: title = "一、过去五年工作回顾"
        }
        let text = "\(year)年政府工作报告\n\n\(title)\n\n\(sentence)\n"
        return ReportReader.parse(text, file: "rule-test.txt").indicators
    }

    func one(_ inds: [Indicator], _ name: String, line: UInt = #line) throws -> Indicator {
        let hits = inds.filter { $0.name == name || $0.canonical == name }
        XCTAssertEqual(hits.count, 1, "\(name) in \(inds.map(\.name))", line: line)
        return try XCTUnwrap(hits.first, line: line)
    }

    // MARK: estimates

    /// estimated-actual, and how far 预计 reaches: from the start of a sentence over its semicolons, from inside a
    /// clause only to the next semicolon.
    func testEstimatedActual() throws {
        let zj = try read("预计实现地区生产总值4050亿元，增长3%；一般公共预算收入301.5亿元，增长6%", from: "lawtext-gov/city/镇江市_2019.txt", year: 2019)
        for name in ["地区生产总值", "一般公共预算收入"] {
            let i = try one(zj, name)
            XCTAssertEqual(i.role, .actual); XCTAssertTrue(i.estimated, name); XCTAssertEqual(i.year, 2018)
        }
        XCTAssertEqual(try one(zj, "一般公共预算收入").baseValue, 30_150_000_000)
        let rc = try read("经济保持平稳增长，地区生产总值预计完成 60.7亿元，可比增长6.5%；固定资产投资完成53.7亿元，同比增长19.6%。",
                          from: "baoding-counties/county/容城县_2015.txt", year: 2015)
        XCTAssertTrue(try one(rc, "地区生产总值").estimated)
        let fai = try one(rc, "固定资产投资")
        XCTAssertFalse(fai.estimated); XCTAssertEqual(fai.role, .actual); XCTAssertEqual(fai.change, Change(percent: 19.6))
    }

    /// estimate-note: （预计数，下同） marks its figure and the later ones of the review as estimates.
    func testEstimateNote() throws {
        let inds = try read("全市完成地区生产总值1.54万亿元（预计数，下同），增长7.5%以上；一般公共预算收入1730亿元，增长10.8%",
                            from: "lawtext-gov/city/苏州市_2017.txt", year: 2017)
        let gdp = try one(inds, "地区生产总值")
        XCTAssertTrue(gdp.estimated); XCTAssertEqual(gdp.baseValue, 1.54e12); XCTAssertEqual(gdp.year, 2016)
        XCTAssertTrue(try one(inds, "一般公共预算收入").estimated)
    }

    // MARK: years

    /// base-year and comparison-base: 比2019年 is what the target is compared with, not its year, and not part of the name.
    func testComparisonBaseIsNotTheYearNorTheName() throws {
        let inds = try read("全年经济社会发展的主要预期目标是：全县生产总值同比增长6.5%以上，一般公共预算收入比2019年调整预算收入增长7%，固定资产投资同比增长6.5%以上",
                            from: "baoding-counties/county/涞水县_2020.txt", year: 2020, .plan)
        let revenue = try one(inds, "一般公共预算收入")
        XCTAssertEqual(revenue.year, 2020); XCTAssertEqual(revenue.role, .target); XCTAssertEqual(revenue.change, Change(percent: 7))
        let fai = try one(inds, "固定资产投资")
        XCTAssertEqual(fai.year, 2020); XCTAssertEqual(fai.qualifier, .atLeast)
    }

    /// year-span: a plan period in a title (（2021—2035年）) is not the year of the figures after it.
    func testPlanPeriodIsNotTheYear() throws {
        let inds = try read("《成都市国土空间总体规划（2021—2035年）》获国务院批复，县级国土空间总体规划全部获批实施，县城落户限制全面取消，常住人口城镇化率达80.8%",
                            from: "lawtext-gov/city/成都市_2025.txt", year: 2025)
        let rate = try one(inds, "常住人口城镇化率")
        XCTAssertEqual(rate.year, 2024); XCTAssertEqual(rate.baseValue, 80.8)
    }

    /// nearest-period: the period word nearest the figure is its period (上半年由负转正，全年…增长3.7% is the year's).
    func testNearestPeriod() throws {
        let js = try read("全省经济增长上半年由负转正，全年地区生产总值增长3.7%，一般公共预算收入增长2.9%", from: "lawtext-gov/province/江苏省_2021.txt", year: 2021)
        let gdp = try one(js, "地区生产总值")
        XCTAssertEqual(gdp.period, "全年"); XCTAssertEqual(gdp.change, Change(percent: 3.7)); XCTAssertEqual(gdp.year, 2020)
    }

    /// term-review-years: in a review of five years, a year-on-year figure is the last year's; so is a level given
    /// with its multiple of the first year.
    func testTermReviewYears() throws {
        let inds = try read("完成固定资产投资62.5亿元，同比增长36.1%，是2006年的3.6倍。完成全部财政收入10.1亿元，同比增长30.2%，是2006年的2.7倍。",
                            from: "baoding-counties/county/徐水区_2012.txt", year: 2012, .termReview)
        let fai = try one(inds, "固定资产投资")
        XCTAssertEqual(fai.year, 2011); XCTAssertEqual(fai.change, Change(percent: 36.1))
        XCTAssertEqual(try one(inds, "财政总收入").year, 2011)
        // 全年 in a review of the term: the last year's figures (本届政府工作回顾).
        let yc = try read("预计全年地区生产总值增长7%以上；规模以上工业增加值增长8.5%；社会消费品零售总额增长6%左右",
                          from: "lawtext-gov/city/银川市_2022.txt", year: 2022, .termReview)
        let gdp = try one(yc, "地区生产总值")
        XCTAssertEqual(gdp.year, 2021); XCTAssertTrue(gdp.estimated); XCTAssertEqual(gdp.role, .actual)
        XCTAssertEqual(try one(yc, "规模以上工业增加值").year, 2021)
        // 经过2020年奋力冲刺和五年来不懈努力: thresholds of the five years keep no year.
        let jx = try read("经过2020年奋力冲刺和五年来不懈努力，省“十三五”规划目标总体实现，经济社会发展取得新的历史性成就。**一是经济实力明显增强。**地区生产总值达2.57万亿元，在全国排位由第18位前移至第15位；财政总收入突破4000亿元；",
                          from: "lawtext-gov/province/江西省_2021.txt", year: 2021)
        XCTAssertNil(try one(jx, "财政总收入").year)
        // term-end-levels: the level a yearly indicator reached in the term review is the last year's.
        XCTAssertEqual(jx.first { $0.canonicalId == "gdp" }?.year, 2020)
        // …是2011年的2.3倍 compares with 2011; the levels are 2016's, the 年均 rates keep their period.
        let yx = try read("全县生产总值完成119.8亿元，是2011年的1.6倍，年均增长 8.2 %；一般公共预算收入完成5.04亿元，是2011年的 2.3 倍，年均增长18.5%；固定资产投资完成139.8亿元，是2011年的2.6倍，年均增长20.6%",
                          from: "baoding-counties/county/易县_2017.txt", year: 2017, .termReview)
        for id in ["gdp", "general_budget_revenue", "fai"] {
            XCTAssertEqual(yx.first { $0.canonicalId == id && $0.value != nil }?.year, 2016, id)
            XCTAssertEqual(yx.first { $0.canonicalId == id && $0.change != nil }?.period, "年均", id)
        }
    }

    /// from-to-parallel-years: a from–to without years after one with them spans the same years.
    func testParallelFromTo() throws {
        let inds = try read("全省地区生产总值从1978年的186亿元增加到2018年的9.73万亿元、年均增长12.5%，连续30年位居全国第一；地方一般公共预算收入从41.8亿元增加到1.21万亿元，成为全国首个超万亿元的省份",
                            from: "lawtext-gov/province/广东省_2019.txt", year: 2019)
        let revenue = inds.filter { $0.canonicalId == "general_budget_revenue" }
        XCTAssertEqual(revenue.map(\.year), [1978, 2018]); XCTAssertEqual(revenue.map(\.baseValue), [4_180_000_000, 1.21e12])
        XCTAssertEqual(inds.filter { $0.canonicalId == "gdp" && $0.value != nil }.map(\.year), [1978, 2018])
    }

    // MARK: lists

    /// respectively-named-rates with list-connectors: 城镇和农村… splits at 和; 第一、第三产业增加值 shares its head.
    func testNamedRatesOfAList() throws {
        let jx = try read("城镇和农村居民人均可支配收入分别增长5.5%、7.5%，居民消费价格总水平上涨2.6%", from: "lawtext-gov/province/江西省_2021.txt", year: 2021)
        XCTAssertEqual(try one(jx, "城镇居民人均可支配收入").change, Change(percent: 5.5))
        XCTAssertEqual(try one(jx, "农村居民人均可支配收入").change, Change(percent: 7.5))
        let yn = try read("第一、第三产业增加值分别增长2.5%、3.9%", from: "lawtext-gov/province/云南省_2025.txt", year: 2025)
        XCTAssertEqual(try one(yn, "第一产业增加值").change, Change(percent: 2.5))
        XCTAssertEqual(try one(yn, "第三产业增加值").change, Change(percent: 3.9))
    }

    /// paired-scope: 城乡居民 is 城镇居民 and 农村居民, never 全体居民.
    func testCityAndCountrysidePair() throws {
        let inds = try read("城乡居民人均可支配收入分别达到41327元、17677元", from: "lawtext-gov/province/山西省_2024.txt", year: 2024)
        XCTAssertEqual(try one(inds, "城镇居民人均可支配收入").baseValue, 41327)
        XCTAssertEqual(try one(inds, "农村居民人均可支配收入").baseValue, 17677)
        XCTAssertFalse(inds.contains { $0.canonicalId == "disposable_income_all" })
    }

    /// implicit-pairs: without 分别, two levels after a 城乡 name are one each; the rates after 分别 follow them.
    func testImplicitPairWithRates() throws {
        let inds = try read("城乡居民人均可支配收入达49020元、24660元，分别增长8%、8.5%", from: "lawtext-gov/city/镇江市_2019.txt", year: 2019)
        let urban = try one(inds, "城镇居民人均可支配收入"), rural = try one(inds, "农村居民人均可支配收入")
        XCTAssertEqual(urban.baseValue, 49020); XCTAssertEqual(urban.change, Change(percent: 8))
        XCTAssertEqual(rural.baseValue, 24660); XCTAssertEqual(rural.change, Change(percent: 8.5))
    }

    /// rates-to-earlier-levels: 分别增长 with no subject goes to the levels before it, in order; one rate goes to each.
    func testRatesToEarlierLevels() throws {
        let cc = try read("接待游客1.7亿人次，旅游总花费突破3000亿元，分别增长15.6%、24.4%", from: "lawtext-gov/city/长春市_2025.txt", year: 2025)
        XCTAssertEqual(try one(cc, "接待游客").change, Change(percent: 15.6))
        XCTAssertEqual(try one(cc, "旅游总花费").change, Change(percent: 24.4))
        let rc = try read("人民生活持续改善，城镇居民人均可支配收入预计完成1.9万元，农民人均纯收入预计完成1.2万元，同比分别增长11%。",
                          from: "baoding-counties/county/容城县_2015.txt", year: 2015)
        XCTAssertEqual(try one(rc, "城镇居民人均可支配收入").change, Change(percent: 11))
        XCTAssertEqual(try one(rc, "农民人均纯收入").change, Change(percent: 11))
    }

    /// signed-rate: 同比分别-3.1%、-8.4% (a township report quoted in issue 14) are changes of the levels before them.
    func testSignedRatesWithoutVerb() throws {
        let text = "2024年政府工作报告\n\n一、2023年工作回顾\n\n全年实现地区生产总值41.2亿元，一般公共预算收入1.6亿元，同比分别-3.1%、-8.4%。\n"
        let inds = ReportReader.parse(text, file: "rule-test.txt").indicators
        XCTAssertEqual(try one(inds, "地区生产总值").change, Change(percent: -3.1))
        XCTAssertEqual(try one(inds, "一般公共预算收入").change, Change(percent: -8.4))
    }

    /// 均 and two catalog names sharing one rate: each name takes it (人均 is not 均).
    func testSharedRate() throws {
        let qy = try read("全部财政收入和公共财政预算收入均增长14%以上", from: "baoding-counties/county/清苑区_2013.txt", year: 2013, .plan)
        XCTAssertEqual(try one(qy, "财政总收入").change, Change(percent: 14))
        XCTAssertEqual(try one(qy, "一般公共预算收入").qualifier, .atLeast)
        let xs = try read("全部财政收入和一般预算收入增长17%以上", from: "baoding-counties/county/徐水区_2012.txt", year: 2012, .plan)
        XCTAssertEqual(try one(xs, "一般公共预算收入").change, Change(percent: 17))
        XCTAssertEqual(try one(xs, "财政总收入").change, Change(percent: 17))
    }

    /// shared-level: 均 with one figure gives it to every name; 突破万亿元 is more than a trillion (a bare 万亿 after a qualifier).
    func testSharedLevel() throws {
        let yt = try read("全市规模以上工业总产值、贷款余额均突破万亿元", from: "lawtext-gov/city/烟台市_2025.txt", year: 2025)
        let output = try one(yt, "规模以上工业总产值"), loans = try one(yt, "金融机构贷款余额")
        XCTAssertEqual(output.baseValue, 1e12); XCTAssertEqual(output.qualifier, .moreThan); XCTAssertEqual(output.year, 2024)
        XCTAssertEqual(loans.baseValue, 1e12)
    }

    /// shared-modifier: 规上工业产值和增加值 → 规上工业增加值 (a short later item with the first item's head noun).
    func testSharedModifier() throws {
        XCTAssertEqual(Naming.splitRespectively("实际利用内资、外资"), ["实际利用内资", "实际利用外资"])
        // 浙江省 2021: "全省生产总值、人均生产总值分别突破8.5万亿元、13万元" — two whole names, no shared head.
        XCTAssertEqual(Naming.splitRespectively("生产总值、人均生产总值"), ["生产总值", "人均生产总值"])
        let dx = try read("规上工业产值和增加值分别达到92亿元和26.4亿元", from: "baoding-counties/county/定兴县_2021.txt", year: 2021)
        XCTAssertEqual(try one(dx, "规模以上工业总产值").baseValue, 9_200_000_000)
        XCTAssertEqual(try one(dx, "规模以上工业增加值").baseValue, 2_640_000_000)
    }

    /// list-head-noun: a bare head noun after 、 takes the modifier of the figure before it.
    func testListHeadNoun() throws {
        let dx = try read("全年粮食面积稳定在104万亩、产量60万吨", from: "baoding-counties/county/定兴县_2021.txt", year: 2021, .plan)
        let grain = try one(dx, "粮食总产量")
        XCTAssertEqual(grain.name, "粮食产量"); XCTAssertEqual(grain.baseValue, 600_000); XCTAssertEqual(grain.role, .target)
    }

    // MARK: not the indicator

    /// part modifiers (制造业, 产业转移园, 高新技术产品, 低收入农户) and partners (对…) keep lookalikes off the catalog name.
    func testPartsAreNotTheIndicator() throws {
        let gd = try read("加强重大项目和产业链招商，全省实际利用外资1450.9亿元、增长4.9%，其中制造业实际利用外资增长57.9%", from: "lawtext-gov/province/广东省_2019.txt", year: 2019)
        XCTAssertEqual(try one(gd, "实际利用外资").change, Change(percent: 4.9))
        XCTAssertNil(try one(gd, "制造业实际利用外资").canonical)
        let gd2 = try read("深度参与“一带一路”建设，对沿线国家进出口总额和实际投资分别增长7.3%、64.2%", from: "lawtext-gov/province/广东省_2019.txt", year: 2019)
        XCTAssertFalse(gd2.contains { $0.canonicalId == "foreign_trade" })
        let gd3 = try read("深化产业共建和对口帮扶，省产业转移园规模以上工业增加值增长7.7%", from: "lawtext-gov/province/广东省_2019.txt", year: 2019)
        XCTAssertFalse(gd3.contains { $0.canonical != nil })
        let jl = try read("高新技术产品进出口额增长13.2%", from: "lawtext-gov/province/吉林省_2020.txt", year: 2020)
        XCTAssertFalse(jl.contains { $0.canonical != nil })
        let wz = try read("低收入农户人均可支配收入增长15.6%", from: "lawtext-gov/city/温州市_2023.txt", year: 2023)
        XCTAssertFalse(wz.contains { $0.canonical != nil })
    }

    /// comparison-with-place: a growth rate faster than the nation's by N points is not the indicator's change.
    func testComparisonWithAnotherPlace() throws {
        let inds = try read("对俄进出口增速高于全国8.3个百分点", from: "lawtext-gov/province/黑龙江省_2025.txt", year: 2025)
        XCTAssertFalse(inds.contains { $0.canonical != nil }, "\(inds.map(\.name))")
    }

    /// share-of: 建筑业增加值达到全省GDP的9.8% is a share, not GDP.
    func testShareOfAWhole() throws {
        let inds = try read("建筑业增加值达到全省GDP的9.8%", from: "lawtext-gov/province/陕西省_2016.txt", year: 2016)
        XCTAssertFalse(inds.contains { $0.canonicalId == "gdp" }, "\(inds.map(\.name))")
    }

    /// not-a-figure: 千家万户 is an idiom and 百亿级 a tier.
    func testIdiomsAndTiersAreNotFigures() throws {
        let tier = "着力打造百亿级产业集群。"
        XCTAssertTrue(try read(tier, from: corpusFile(containing: tier), year: 2022).isEmpty)
        let inds = try read("毅然决然启动了惠及千家万户、造福子孙", from: corpusFile(containing: "毅然决然启动了惠及千家万户、造福子孙"), year: 2020)
        XCTAssertTrue(inds.isEmpty, "\(inds.map(\.name))")
        let homes = try read("大力推进农业绿色化、优质化、特色化、品牌化，种出金土地，富裕千万家。", from: "baoding-counties/county/容城县_2020.txt", year: 2020)
        XCTAssertTrue(homes.isEmpty, "\(homes.map(\.name))")
    }

    /// milestone-list: every threshold of a list is a milestone, not a year's level.
    func testMilestoneLists() throws {
        let zj = try read("地区生产总值迈过6万亿元、7万亿元两个台阶，年均增长5.8%", from: "lawtext-gov/province/浙江省_2023.txt", year: 2023)
        let levels = zj.filter { $0.canonicalId == "gdp" && $0.value != nil }
        XCTAssertEqual(levels.map(\.baseValue), [6e12, 7e12])
        XCTAssertTrue(levels.allSatisfy(\.milestone)); XCTAssertTrue(levels.allSatisfy { $0.name == "地区生产总值" })
        let zj2 = try read("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%", from: "lawtext-gov/province/浙江省_2026.txt", year: 2026)
        let steps = zj2.filter { $0.value != nil }
        XCTAssertEqual(steps.map(\.baseValue), [7e12, 8e12, 9e12], "9万亿三个 is 9万亿, then a count")
        XCTAssertTrue(steps.allSatisfy(\.milestone))
    }

    /// flow-not-stock: 新登记经营主体 is a flow; the 总量 after it is the stock.
    func testFlowsAreNotTheStock() throws {
        let inds = try read("新登记经营主体320万户、增长13%，总量达2037.7万户，其中企业929.8万户", from: "lawtext-gov/province/广东省_2026.txt", year: 2026)
        let flow = try one(inds, "新登记经营主体")
        XCTAssertEqual(flow.canonicalId, "new_market_entities"); XCTAssertEqual(flow.change, Change(percent: 13))
        let stock = try XCTUnwrap(inds.first { $0.canonicalId == "market_entities" })
        XCTAssertEqual(stock.baseValue, 20_377_000)
    }

    /// multi-year-sentence: 五年来… in a one-year review is a total over the years.
    func testFiveYearTotalInAOneYearReview() throws {
        let inds = try read("五年来，累计实际利用外资超过750亿美元", from: "lawtext-gov/province/北京市_2023.txt", year: 2023)
        let fdi = try one(inds, "实际利用外资")
        XCTAssertNil(fdi.year); XCTAssertEqual(fdi.baseValue, 75_000_000_000)
    }

    // MARK: quantities seen in real reports

    /// A blank before the unit (PDF and spreadsheet copies), per mille, concentrations and 十方面 (not cubic metres).
    func testUnitsAsWritten() throws {
        let yx = try read("幼儿园普惠率达到95.1 %", from: "baoding-counties/county/易县_2025.txt", year: 2025)
        XCTAssertEqual(try one(yx, "幼儿园普惠率").baseValue, 95.1)
        let rc = try read("人口自然增长率控制在7.8‰以内", from: "baoding-counties/county/容城县_2015.txt", year: 2015, .plan)
        let birth = try one(rc, "人口自然增长率")
        XCTAssertEqual(birth.baseValue, 7.8); XCTAssertEqual(birth.baseUnit, "‰"); XCTAssertEqual(birth.qualifier, .atMost)
        let zj = try read("全市PM2.5平均浓度51微克/立方米", from: "lawtext-gov/city/镇江市_2019.txt", year: 2019)
        let pm = try one(zj, "细颗粒物平均浓度")
        XCTAssertEqual(pm.baseValue, 51); XCTAssertEqual(pm.baseUnit, "微克/立方米")
        let jx = try read("城镇和农村居民收入分别增长4.2%和6.9%，三大攻坚战取得决定性成就，十方面民生实事圆满完成。", from: "lawtext-gov/province/浙江省_2021.txt", year: 2021)
        XCTAssertFalse(jx.contains { $0.baseUnit == "立方米" }, "\(jx.map(\.name))")
        XCTAssertEqual(try one(jx, "农村居民人均可支配收入").change, Change(percent: 6.9))
    }

    /// A change broken after its verb, as pdftotext breaks lines (issue 14: 增长\n6.1%), on 镇江's real sentence.
    func testChangeBrokenAcrossLines() throws {
        let sentence = "预计实现地区生产总值4050亿元，增长3%；一般公共预算收入301.5亿元，增长6%"
        if let raw = try? String(contentsOfFile: Fixtures.corpus.appendingPathComponent("lawtext-gov/city/镇江市_2019.txt").path, encoding: .utf8) {
            XCTAssertTrue(raw.contains(sentence))
        }
        let broken = sentence.replacingOccurrences(of: "增长3%", with: "增长\n3%")
        let inds = ReportReader.parse("2019年政府工作报告\n\n一、2018年工作回顾\n\n\(broken)\n", file: "rule-test.txt").indicators
        XCTAssertEqual(try one(inds, "地区生产总值").change, Change(percent: 3))
    }

    /// A report whose only date is its title (XX县2012年政府工作报告) reviews the year before and plans that year.
    func testTitleOnlyReportYears() throws {
        let r = ReportReader.parse("徐水县2012年政府工作报告\n\n一、过去五年工作回顾\n\n完成固定资产投资62.5亿元，同比增长36.1%。\n", file: "rule-test.txt")
        XCTAssertEqual(r.reviewYear, 2011); XCTAssertEqual(r.planYear, 2012)
    }

    // MARK: names

    /// name-ends-before-verb and the verbs of a cut: 提升至 does not end a name, 压减 is a negative change, 减负 is not minus.
    func testVerbsAroundNames() throws {
        let nt = try read("绿色出行分担率提升至74%", from: "lawtext-gov/city/南通市_2025.txt", year: 2025)
        XCTAssertEqual(try one(nt, "绿色出行分担率").baseValue, 74)
        let cz = try read("市本级一般性支出压减10%", from: "lawtext-gov/city/常州市_2023.txt", year: 2023)
        XCTAssertEqual(try one(cz, "市本级一般性支出").change, Change(percent: -10))
        let hz = try read("为经营主体减负660亿元", from: "lawtext-gov/city/杭州市_2025.txt", year: 2025)
        XCTAssertEqual(try one(hz, "为经营主体减负").baseValue, 66_000_000_000)
        // 年均递增 is a growth verb: both names share the average rate, and the levels after 分别 are theirs.
        let xs = try read("到2016年，地方生产总值和全部财政收入年均递增27.7%，分别达到439亿元、36亿元", from: "baoding-counties/county/徐水区_2012.txt", year: 2012, .plan)
        XCTAssertEqual(xs.filter { $0.period == "年均" }.map(\.canonicalId), ["gdp", "fiscal_total_revenue"])
        XCTAssertEqual(xs.filter { $0.period == "年均" }.map(\.change), [Change(percent: 27.7), Change(percent: 27.7)])
    }

    /// whole-name-alias: 经济增长8%左右 is GDP growth.
    func testEconomicGrowthIsGDP() throws {
        let inds = try read("经济增长8%左右", from: "lawtext-gov/province/陕西省_2016.txt", year: 2016, .plan)
        let gdp = try one(inds, "地区生产总值")
        XCTAssertEqual(gdp.change, Change(percent: 8)); XCTAssertEqual(gdp.qualifier, .approx); XCTAssertEqual(gdp.role, .target)
    }

    /// subject-from-earlier-clause: the clause before names the indicator when the figure's own clause does not.
    func testSubjectFromEarlierClause() throws {
        let jl = try read("规模以上工业增加值增速由负转正，增长3%以上", from: "lawtext-gov/province/吉林省_2020.txt", year: 2020)
        XCTAssertEqual(try one(jl, "规模以上工业增加值").change, Change(percent: 3))
        let sx = try read("规上工业增速逐步回升，全年增长7%", from: "lawtext-gov/province/陕西省_2016.txt", year: 2016)
        XCTAssertEqual(try one(sx, "规模以上工业增加值").change, Change(percent: 7))
        let hlj = try read("粮食总产量再上新台阶，突破1600亿斤大关", from: "lawtext-gov/province/黑龙江省_2025.txt", year: 2025)
        let grain = try one(hlj, "粮食总产量")
        XCTAssertEqual(grain.baseValue, 80_000_000_000); XCTAssertEqual(grain.qualifier, .moreThan); XCTAssertEqual(grain.year, 2024)
    }

    /// level-after-rate: a level that names nothing after a change of the same subject is that indicator's level.
    func testLevelAfterRate() throws {
        let gd = try read("今年我省经济社会发展的主要预期目标是：地区生产总值增长6—6.5%，突破10万亿元大关", from: "lawtext-gov/province/广东省_2019.txt", year: 2019, .plan)
        let gdp = try one(gd, "地区生产总值")
        XCTAssertEqual(gdp.change, Change(percent: 6)); XCTAssertEqual(gdp.range?.hi, 6.5); XCTAssertEqual(gdp.baseValue, 1e13)
        let rc = try read("森林覆盖率净增1.8个百分点，达到11.2%", from: "baoding-counties/county/容城县_2015.txt", year: 2015)
        let forest = try one(rc, "森林覆盖率")
        XCTAssertEqual(forest.change, Change(points: 1.8)); XCTAssertEqual(forest.baseValue, 11.2)
        // 增长6%左右，力争达到6%以上 restates the rate and does not become its level.
        let nx = try read("今年主要预期目标是：地区生产总值增长6%左右，力争达到6%以上。", from: "lawtext-gov/province/宁夏回族自治区_2024.txt", year: 2024, .plan)
        XCTAssertTrue(nx.contains { $0.canonicalId == "gdp" && $0.qualifier == .approx && $0.value == nil })
    }

    /// input-noun: 研发投入 keeps 投入.
    func testResearchInputKeepsItsNoun() throws {
        let inds = try read("全社会研发投入增长12.1%", from: "lawtext-gov/city/长春市_2025.txt", year: 2025)
        XCTAssertEqual(try one(inds, "全社会研发投入").change, Change(percent: 12.1))
    }

    /// list-marker: an item number (1、 二是 ⑦) is not part of the name, so the item binds to the catalog.
    func testListItemNumbersAreNotNames() throws {
        let hn = try read("办好12件重点民生实事。1、新增城镇就业70万人。2、自然村通水泥（沥青）路1.5万公里，提质改造农村公路0.5万公里。",
                          from: "lawtext-gov/province/湖南省_2019.txt", year: 2019, .plan)
        let jobs = try one(hn, "城镇新增就业")
        XCTAssertEqual(jobs.name, "新增城镇就业"); XCTAssertEqual(jobs.baseValue, 700_000); XCTAssertEqual(jobs.role, .target)
        XCTAssertEqual(try one(hn, "农村公路").name, "提质改造农村公路")
        let lz = try read("二是开展政府补贴类职业技能培训1万名。", from: "lawtext-gov/city/兰州市_2023.txt", year: 2023, .plan)
        XCTAssertEqual(try one(lz, "职业技能培训").name, "开展政府补贴类职业技能培训")
        // Not a marker: what the name is about (二、三产业) or a figure (7.8%).
        XCTAssertNil(Naming.listMarkerLength(Array("二、三产业增加值".unicodeScalars)))
        XCTAssertNil(Naming.listMarkerLength(Array("5.6%逐步回升".unicodeScalars)))
    }

    /// A count names the quoted words after it, with their head noun but not the verbs after them.
    func testCountsNameTheQuotedNounAfterThem() throws {
        let gs = try read("八是建设100个“新就业形态劳动者驿站”。", from: "lawtext-gov/province/甘肃省_2022.txt", year: 2022, .plan)
        XCTAssertEqual(try one(gs, "新就业形态劳动者驿站").baseValue, 100)
        let cz = try read("完成14个“空心村”治理。", from: "lawtext-gov/city/沧州市_2021.txt", year: 2021)
        XCTAssertEqual(try one(cz, "空心村治理").baseValue, 14)
        let hl = try read("318个“两重”项目全面开工，汽车以旧换新超40万辆", from: "lawtext-gov/province/河南省_2025.txt", year: 2025)
        XCTAssertEqual(try one(hl, "两重项目").baseValue, 318)
    }

    /// measure-noun-after: an area or length after a bare verb measures the noun after it.
    func testMeasuresAfterABareVerbNameTheNounAfterThem() throws {
        let sjz = try read("⑦新建15万平方米街旁游园。", from: "lawtext-gov/city/石家庄市_2019.txt", year: 2019, .plan)
        XCTAssertEqual(try one(sjz, "街旁游园").baseValue, 150_000)
        let sh = try read("主要农产品稳产保供，建设4万亩高标准农田。", from: "lawtext-gov/province/上海市_2025.txt", year: 2025, .plan)
        let farmland = try one(sh, "高标准农田")
        XCTAssertEqual(farmland.canonicalId, "farmland"); XCTAssertEqual(farmland.baseValue, 40_000); XCTAssertEqual(farmland.role, .target)
        // A measure that opens its clause is the subject of a predicate, and a size in metres describes: neither names.
        let nj = try read("25公里明城墙本体修缮完毕，科举博物馆、六朝博物馆等一批文博场馆，相继建成并对外开放。", from: "lawtext-gov/city/南京市_2015.txt", year: 2015)
        XCTAssertFalse(nj.contains { $0.name.hasPrefix("明城墙") }, "\(nj.map(\.name))")
        let gz = try read("建成500米口径大射电望远镜。", from: "lawtext-gov/province/贵州省_2016.txt", year: 2016)
        XCTAssertTrue(gz.isEmpty, "\(gz.map(\.name))")
    }

    /// list-shares-rate: catalog indicators listed with 、 share the one rate after them (or take as many in order).
    func testCatalogListsShareOrSplitTheirRates() throws {
        let gz = try read("**今年经济社会发展的主要预期目标是：**地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额增长5%左右，商品进出口总值增长3%左右",
                          from: "lawtext-gov/city/广州市_2025.txt", year: 2025, .plan)
        let four = gz.filter { $0.change == Change(percent: 5) }
        XCTAssertEqual(four.compactMap(\.canonicalId), ["gdp", "industrial_va_above_scale", "fai", "retail_sales"])
        XCTAssertTrue(four.allSatisfy { $0.qualifier == .approx && $0.role == .target && $0.year == 2025 })
        let hn = try read("今年经济社会发展主要预期目标是：地区生产总值增长7%，地方一般公共预算收入、固定资产投资、社会消费品零售总额各增长10%",
                          from: "lawtext-gov/province/海南省_2018.txt", year: 2018, .plan)
        XCTAssertEqual(hn.filter { $0.change == Change(percent: 10) }.map(\.name), ["地方一般公共预算收入", "固定资产投资", "社会消费品零售总额"])
        let hk = try read("地方一般公共预算收入、固定资产投资和社会消费品零售总额年均增长12.4%、7.6%、6.5%。", from: "lawtext-gov/city/海口市_2021.txt", year: 2021, .termReview)
        XCTAssertEqual(hk.map(\.canonicalId), ["general_budget_revenue", "fai", "retail_sales"])
        XCTAssertEqual(hk.map(\.change), [Change(percent: 12.4), Change(percent: 7.6), Change(percent: 6.5)])
        XCTAssertTrue(hk.allSatisfy { $0.period == "年均" })
    }

    /// abbreviation-in-name: a parenthesised abbreviation inside a name neither ends its clause nor joins its name.
    func testAbbreviationsInsideNames() throws {
        let jl = try read("城镇调查失业率控制在5.5％左右，居民消费价格指数（CPI）涨幅在3％以内，单位GDP能耗下降2.5％", from: "lawtext-gov/province/吉林省_2024.txt", year: 2024, .plan)
        let cpi = try one(jl, "居民消费价格")
        XCTAssertEqual(cpi.baseValue, 3); XCTAssertEqual(cpi.qualifier, .atMost)
        let tx = try read("环境空气质量综合污染指数、细颗粒物（PM2.5）、可吸入颗粒物（PM10）、二氧化硫和二氧化氮年均浓度同比分别改善8.3%、8.1%、5.6%、11.8%和15.4%，优良天数达到231天，较上年增加38天。",
                          from: "baoding-counties/county/唐县_2021.txt", year: 2021)
        let firsts = tx.prefix(5)
        XCTAssertEqual(firsts.map(\.name).first, "环境空气质量综合污染指数"); XCTAssertEqual(firsts.map(\.name).dropFirst().first, "细颗粒物")
        XCTAssertEqual(firsts.map(\.baseValue), [8.3, 8.1, 5.6, 11.8, 15.4])
        XCTAssertEqual(Sentence.abbreviation(endingAt: 11, Array("居民消费价格（CPI）涨幅".unicodeScalars)), 6)
        XCTAssertNil(Sentence.abbreviation(endingAt: 11, Array("提高供电可靠性（18）推进".unicodeScalars)))
    }

    /// respectively lists: items with 及/和 inside them when the rates count the 、 items; a paired scope in a longer list.
    func testRespectivelyListsWithConnectorsInsideItems() throws {
        let dg = try read("集成电路及关键元器件、智能装备制造、战略前沿材料、生物制药等新兴行业分别增长19.7%、21.1%、44%、34.4%，呈现新动能加速成长的良好势头。",
                          from: "lawtext-gov/city/东莞市_2022.txt", year: 2022)
        XCTAssertEqual(dg.map(\.name), ["集成电路及关键元器件", "智能装备制造", "战略前沿材料", "生物制药等新兴行业"])
        XCTAssertEqual(dg.map(\.change), [19.7, 21.1, 44, 34.4].map { Change(percent: $0) })
        let ha = try read("预计GDP、规模以上固定资产投资、一般公共预算收入、城镇和农村居民人均可支配收入同比分别增长10%、22.7%、13.5%、9%和10%，投资、消费、收入等支撑性指标增幅在全省位次不断前移",
                          from: "lawtext-gov/city/淮安市_2016.txt", year: 2016)
        XCTAssertEqual(ha.prefix(5).map(\.canonicalId), ["gdp", "fai", "general_budget_revenue", "disposable_income_urban", "disposable_income_rural"])
        XCTAssertEqual(ha.prefix(5).map(\.change), [10, 22.7, 13.5, 9, 10].map { Change(percent: $0) })
        XCTAssertEqual(try one(ha, "城镇居民人均可支配收入").name, "城镇居民人均可支配收入", "同比 is not part of a name")
    }

    /// estimated-term-end: in a review of several years, a 预计 level or growth rate is the year just ended, estimated;
    /// a cut over the term is not.
    func testEstimatesInATermReviewAreTheLastYear() throws {
        let tz = try read("预计实现地区生产总值5312亿元，增长3.6%；", from: "lawtext-gov/city/泰州市_2021.txt", year: 2021, .termReview)
        let gdp = try one(tz, "地区生产总值")
        XCTAssertEqual(gdp.year, 2020); XCTAssertEqual(gdp.role, .actual); XCTAssertTrue(gdp.estimated); XCTAssertEqual(gdp.change, Change(percent: 3.6))
        let js = try read("坚决遏制“两高”项目盲目发展，预计单位地区生产总值能耗、碳排放强度分别下降13.7%和19%", from: "lawtext-gov/province/江苏省_2023.txt", year: 2023, .termReview)
        XCTAssertTrue(js.allSatisfy { $0.year == nil }, "\(js.map { ($0.name, $0.year) })")
        // level-after-rate: a count of something named after it is not the level of the rate before it.
        let fs = try read("预计固定资产投资增长7%，380个省、市重点项目投资超额完成全年目标，388个重大项目集中开工。", from: "lawtext-gov/city/佛山市_2022.txt", year: 2022)
        let fai = fs.filter { $0.canonicalId == "fai" }
        XCTAssertEqual(fai.map(\.change), [Change(percent: 7)]); XCTAssertEqual(fai.map(\.value), [nil])
    }

    /// chapter-timing: a part of a review chapter with no role of its own (政府建设全面加强) speaks of the chapter's year.
    func testSelfBuildingPartOfAReviewKeepsTheReviewYear() throws {
        let path = Fixtures.corpus.appendingPathComponent("lawtext-gov/city/常州市_2016.txt").path
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { throw XCTSkip("../shared/corpus not present") }
        let r = ReportReader.parse(raw, file: "常州市_2016.txt")
        XCTAssertEqual(r.reviewYear, 2015)
        let gdp = r.indicators.filter { $0.canonicalId == "gdp" && $0.baseValue == 530_000_000_000 }
        XCTAssertEqual(gdp.map(\.role), [.actual]); XCTAssertEqual(gdp.map(\.year), [2015]); XCTAssertEqual(gdp.map(\.estimated), [true])
        XCTAssertTrue(r.sections.contains { $0.title == "政府建设全面加强" && $0.role == .other }, "the section itself stays other")
        // In a plan chapter, such a part plans (东莞 2022, （八）加强数字政府建设 under the 2022 plan): without the chapter's
        // timing its figures were last year's outcomes.
        let sentence = "完善市镇村分级服务体系，推动政务服务标准化，铺设不少于1100台自助终端，打造10分钟政务服务圈。"
        if let dg = try? String(contentsOfFile: Fixtures.corpus.appendingPathComponent("lawtext-gov/city/东莞市_2022.txt").path, encoding: .utf8) {
            XCTAssertTrue(dg.contains(sentence))
        }
        let plan = ReportReader.parse("2022年政府工作报告\n\n二、今后五年的奋斗目标及2022年工作安排\n\n（八）加强数字政府建设\n\n\(sentence)\n", file: "东莞市_2022.txt")
        let kiosks = try XCTUnwrap(plan.indicators.first { $0.value == 1100 })
        XCTAssertEqual(kiosks.role, .target); XCTAssertEqual(kiosks.year, 2022); XCTAssertEqual(kiosks.qualifier, .atLeast)
    }

    /// targets-lead: every figure of a sentence that opens with the plan's targets is a target of the plan year, even in
    /// a chapter read as a review; after 今后5年 the targets have no single year.
    func testTargetListsAreTargetsWhereverTheyStand() throws {
        let sd = try read("今年，全省经济社会发展主要预期目标是，地区生产总值增长7%以上；一般公共预算收入增长6.5%；外贸进出口保持稳定增长；城镇和农村居民人均可支配收入分别增长8%和8.5%；",
                          from: "lawtext-gov/province/山东省_2018.txt", year: 2018, .review)
        for name in ["地区生产总值", "一般公共预算收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"] {
            let i = try one(sd, name)
            XCTAssertEqual(i.role, .target, name); XCTAssertEqual(i.year, 2018, name)
        }
        let nx = try read("今后5年，全区经济社会发展的主要预期目标是：地区生产总值年均增长6%左右，人均地区生产总值超过1万美元",
                          from: "lawtext-gov/province/宁夏回族自治区_2021.txt", year: 2021, .plan)
        XCTAssertTrue(nx.allSatisfy { $0.role == .target && $0.year == nil }, "\(nx.map { ($0.name, $0.role, $0.year) })")
        // Not a lead: a review measured against its targets.
        let gz = try read("新增城镇就业29.5万人，完成年度预期目标的147.5%。", from: "lawtext-gov/city/广州市_2021.txt", year: 2021)
        XCTAssertEqual(try one(gz, "城镇新增就业").role, .actual)
    }

    /// review-target-clause: in a review, 确保 in an earlier comma clause does not make an outcome a target.
    func testEnsureInAnEarlierClauseOfAReview() throws {
        let qz = try read("我们在确保疫情防控转段平稳有序的基础上，全力抓好经济建设这一中心工作和高质量发展这一首要任务，全市生产总值增长4.8%",
                          from: "lawtext-gov/city/泉州市_2024.txt", year: 2024)
        let gdp = try one(qz, "地区生产总值")
        XCTAssertEqual(gdp.role, .actual); XCTAssertEqual(gdp.year, 2023)
    }

    /// A 预计 figure outside any section is the year just ended, estimated (唐县 2024 has no chapter headings).
    func testEstimateOutsideSectionsIsTheReviewedYear() throws {
        let r = try Fixtures.corpusFile("baoding-counties/county/唐县_2024.txt")
        let gdp = r.indicators.filter { $0.canonicalId == "gdp" && $0.change == Change(percent: 7) }
        XCTAssertEqual(gdp.map(\.role), [.actual]); XCTAssertEqual(gdp.map(\.year), [2023]); XCTAssertEqual(gdp.map(\.estimated), [true])
    }

    /// share-after-list: a share after 、 is the share of the figure before it.
    func testShareAfterAListItem() throws {
        let gd = try read("预计全省研发经费支出超过2500亿元、占地区生产总值比重达2.65%", from: "lawtext-gov/province/广东省_2019.txt", year: 2019)
        XCTAssertEqual(try one(gd, "研发经费支出占地区生产总值比重").baseValue, 2.65)
    }

    /// A plan chapter about the first year of a term (做好“十四五”开局工作) plans that one year.
    func testTermOpeningChapterIsOneYear() throws {
        let sentence = "深入实施数字经济五年倍增计划，大力推进数字产业化，加快建设国家数字经济创新发展试验区，形成一批具有国际竞争力的数字产业集群，数字经济核心产业增加值增长10%以上。"
        let path = Fixtures.corpus.appendingPathComponent("lawtext-gov/province/浙江省_2021.txt").path
        if let raw = try? String(contentsOfFile: path, encoding: .utf8) { XCTAssertTrue(raw.contains(sentence)) }
        let r = ReportReader.parse("2021年政府工作报告\n\n三、全力以赴做好“十四五”开局工作\n\n\(sentence)\n", file: "浙江省_2021.txt")
        let i = try one(r.indicators, "数字经济核心产业增加值")
        XCTAssertEqual(i.role, .target); XCTAssertEqual(i.year, 2021); XCTAssertEqual(i.change, Change(percent: 10))
    }

    /// stock-after-flow: a level of the same unit reached (达到) after a flow is the stock the flow adds to.
    func testLevelReachedAfterAFlowIsTheStock() throws {
        let wh = try read("大力发展数字经济、线上经济，推进传统产业转型升级，数字经济占比超过40%，全年净增高新技术企业1842户，达到6259户，增长41.7%。",
                          from: "lawtext-gov/city/武汉市_2021.txt", year: 2021)
        let stock = try one(wh, "高新技术企业")
        XCTAssertEqual(stock.baseValue, 6259); XCTAssertEqual(stock.canonicalId, "high_tech_enterprises")
        XCTAssertEqual(try one(wh, "新增高新技术企业").baseValue, 1842)
    }

    /// shared-industry: a bare head noun after 和 takes the industry that opens the first item.
    func testIndustrySharedByABareHeadNoun() throws {
        let jl = try read("全域旅游持续火爆，旅游业接待人次和总收入分别增长12.5%、17.1%", from: "lawtext-gov/province/吉林省_2020.txt", year: 2020)
        let revenue = try one(jl, "旅游业总收入")
        XCTAssertEqual(revenue.canonicalId, "tourism_revenue"); XCTAssertEqual(revenue.change, Change(percent: 17.1))
        XCTAssertEqual(try one(jl, "旅游业接待人次").change, Change(percent: 12.5))
    }

    /// sub-area-subject: a sub-area word makes a sentence another area's only as its subject, not as an object in quotes.
    func testSubAreaOnlyAsTheSubject() throws {
        let jx = try read("开展“保用工稳就业”“开发区百万大招工”等行动，承办第四届“中国创翼”创新创业大赛，城镇新增就业46.17万人，新增转移农村劳动力58.86万人，分别完成年计划的124.8%、117.7%。",
                          from: "lawtext-gov/province/江西省_2021.txt", year: 2021)
        XCTAssertEqual(try one(jx, "城镇新增就业").baseValue, 461_700)
        let sc = try read("新增国家级现代农业园区2个、总数达13个、居全国第一，出台耕地保护党政同责目标考评细则，建成高标准农田470万亩，粮食产量超716亿斤，生猪出栏6314.8万头，第一产业增加值增长7%。",
                          from: "lawtext-gov/province/四川省_2022.txt", year: 2022)
        let grain = try one(sc, "粮食总产量")
        XCTAssertEqual(grain.value, 716); XCTAssertEqual(grain.unit, "亿斤")
        // The subject: these growth rates are the three zones', not the city's.
        let lz = try read("兰州新区、高新区、经开区经济增长极作用不断增强，生产总值增速分别达到11%、5.5%、7%，有力支撑了全市发展。",
                          from: "lawtext-gov/city/兰州市_2024.txt", year: 2024)
        XCTAssertEqual(lz.filter { $0.name == "生产总值" }.count, 3)
        XCTAssertFalse(lz.contains { $0.canonicalId == "gdp" }, "\(lz.map { ($0.name, $0.canonical) })")
    }

    /// sub-area-subject in a county's own report: 县域 is the county itself.
    func testCountyOwnReportKeepsItsCountyWideTargets() throws {
        let sentence = "全县经济社会发展的主要目标是：县域生产总值增长10%，规模以上工业增加值增长10%以上，固定资产投资增长8%以上，社会消费品零售总额增长9%，公共财政预算收入增长9%，城乡居民人均可支配收入增长8.5%以上。"
        if let raw = try? String(contentsOfFile: Fixtures.corpus.appendingPathComponent("baoding-counties/county/定兴县_2022.txt").path, encoding: .utf8) {
            XCTAssertTrue(raw.contains(sentence))
        }
        let r = ReportReader.parse("定兴县2022年政府工作报告\n\n二、2022年主要目标任务\n\n\(sentence)\n", file: "定兴县_2022.txt")
        XCTAssertEqual(r.place.name, "定兴县")
        let targets = r.indicators.filter { $0.role == .target }
        XCTAssertEqual(targets.compactMap(\.canonicalId).prefix(5), ["gdp", "industrial_va_above_scale", "fai", "retail_sales", "general_budget_revenue"])
        XCTAssertEqual(targets.first { $0.canonicalId == "gdp" }?.change, Change(percent: 10))
    }

    /// own-scope: 城市, 设区市, 县城以上城市 end like places but are scopes of the report's own place.
    func testOwnScopesAreNotOtherPlaces() throws {
        let tj = try read("城市居民消费价格涨幅控制在3%左右", from: "lawtext-gov/province/天津市_2019.txt", year: 2019, .plan)
        XCTAssertEqual(try one(tj, "居民消费价格").baseValue, 3)
        let gz = try read("县城以上城市空气质量优良天数比率98.3%", from: "lawtext-gov/province/贵州省_2020.txt", year: 2020)
        XCTAssertEqual(try one(gz, "空气质量优良天数比率").baseValue, 98.3)
        XCTAssertTrue(IndicatorCatalog.isOwnScope("全省设区市")); XCTAssertFalse(IndicatorCatalog.isOwnScope("杭州市"))
        XCTAssertFalse(IndicatorCatalog.isOwnScope("市区"), "a city's urban districts are a part of it")
    }

    /// growth-noun-rate: a percent named by 增速 is a change; 人口自然增长率 is a rate of its own.
    func testGrowthNounMakesAChange() throws {
        let xz = try read("今年工作的主要目标是：地区生产总值增速保持在10%左右，地方财政收入高于全国平均增幅，社会消费品零售总额增长13%",
                          from: "lawtext-gov/province/西藏自治区_2019.txt", year: 2019, .plan)
        let gdp = try one(xz, "地区生产总值")
        XCTAssertEqual(gdp.change, Change(percent: 10)); XCTAssertNil(gdp.value); XCTAssertEqual(gdp.qualifier, .approx)
        XCTAssertEqual(gdp.role, .target); XCTAssertEqual(gdp.year, 2019)
        let gx = try read("今年经济社会发展主要预期目标建议是：地区生产总值增长保持在7%-7.5%区间，财政收入增长6%", from: "lawtext-gov/province/广西壮族自治区_2018.txt", year: 2018, .plan)
        let range = try one(gx, "地区生产总值")
        XCTAssertEqual(range.change, Change(percent: 7)); XCTAssertEqual(range.range?.hi, 7.5); XCTAssertNil(range.value)
        let xz2 = try read("人口自然增长率控制在8％", from: "lawtext-gov/city/徐州市_2016.txt", year: 2016, .plan)
        XCTAssertEqual(try one(xz2, "人口自然增长率").value, 8)
    }

    /// unit-fits-catalog: counted things and percent levels are not amounts of money.
    func testCountsAndSharesAreNotMoneyIndicators() throws {
        let jn = try read("稳住外资外贸基本盘，新增外贸进出口实绩企业950家。", from: "lawtext-gov/city/济南市_2021.txt", year: 2021)
        let firms = try one(jn, "新增外贸进出口实绩企业")
        XCTAssertEqual(firms.value, 950); XCTAssertNil(firms.canonicalId)
        let km = try read("一般公共预算支出72%以上投向民生领域。", from: "lawtext-gov/city/昆明市_2021.txt", year: 2021)
        XCTAssertNil(try one(km, "一般公共预算支出").canonicalId)
    }

    /// class-threshold: a figure over a bar before 的 and a count is the bar of the things counted, not the level.
    func testBarsOfCountedClassesAreThresholds() throws {
        let sc = try read("召开全省县域经济发展大会，出台支持县域经济高质量发展25条政策，地区生产总值超200亿元的县（市、区）77个、超500亿元的18个、超1000亿元的9个。",
                          from: "lawtext-gov/province/四川省_2019.txt", year: 2019)
        let bars = sc.filter { $0.baseUnit == "元" }
        XCTAssertEqual(bars.map(\.baseValue), [2e10, 5e10, 1e11]); XCTAssertTrue(bars.allSatisfy(\.milestone))
        XCTAssertFalse(sc.contains { $0.canonicalId == "gdp" && !$0.milestone }, "\(sc.map { ($0.name, $0.value, $0.canonical) })")
        // A total of the things is not a bar.
        let dx = try read("全力推进总投资126.69亿元的25个省市重点项目建设。", from: "baoding-counties/county/定兴县_2022.txt", year: 2022, .plan)
        XCTAssertFalse(dx.contains(where: \.milestone))
    }

    /// The first corpus file holding `text` (the test skips when the corpus is absent).
    func corpusFile(containing text: String) throws -> String {
        let root = Fixtures.corpus
        guard let walk = FileManager.default.enumerator(atPath: root.path) else { throw XCTSkip("../shared/corpus not present") }
        for case let f as String in walk where f.hasSuffix(".txt") {
            if let raw = try? String(contentsOfFile: root.appendingPathComponent(f).path, encoding: .utf8), raw.contains(text) { return f }
        }
        throw XCTSkip("no corpus file holds \(text)")
    }

    // MARK: terms within a chapter

    /// The indicators of paragraphs quoted from `file`, under a chapter title of the report.
    func read(paragraphs: [String], from file: String, year: Int, title: String, line: UInt = #line) throws -> [Indicator] {
        let path = Fixtures.corpus.appendingPathComponent(file).path
        if let raw = try? String(contentsOfFile: path, encoding: .utf8) {
            for p in paragraphs { XCTAssertTrue(raw.contains(p), "not quoted from \(file): \(p)", line: line) }
        }
        let text = "\(year)年政府工作报告\n\n\(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        return ReportReader.parse(text, file: "rule-test.txt").indicators
    }

    /// term-review-carry: in 一、2017年和过去五年工作回顾, 5年来 ends the year's review; the items after it are the
    /// term's (实际利用外资824亿美元 is five years' total), while the year's figures before it keep the year.
    func testTermReviewCarriesToTheEndOfTheChapter() throws {
        let file = "lawtext-gov/province/浙江省_2018.txt"
        let inds = try read(paragraphs: ["全面推进供给侧结构性改革，全省生产总值达到51768亿元，增长7.8%，质量效益进一步提高。",
                                         "各位代表！2017年聚焦改革、聚焦发展、聚焦民生的积极成效，为本届省政府工作划上了圆满句号。5年来，我们牢记习近平总书记“干在实处永无止境，",
                                         "（六）坚定不移扩大开放，国际影响力不断提升。",
                                         "境外投资总额连续多年位居全国前列，外贸出口占全国比重达到12.7%，实际利用外资824亿美元"],
                            from: file, year: 2018, title: "一、2017年和过去五年工作回顾")
        XCTAssertEqual(try one(inds, "地区生产总值").year, 2017)
        let fdi = try one(inds, "实际利用外资")
        XCTAssertEqual(fdi.baseValue, 82_400_000_000)
        XCTAssertNil(fdi.year, "a five-year total has no year")
    }

    /// A chapter's own title (…和过去五年…) and a year the term began in (是本届政府依法履职的第一年) open no
    /// term review: 山西省 2024's 2023 figures keep their year.
    func testAYearOfTheTermIsStillThatYear() throws {
        let inds = try read(paragraphs: ["刚刚过去的2023年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。",
                                         "——经济发展稳中向好。**初步核算，全省地区生产总值达到2.57万亿元，增长5%"],
                            from: "lawtext-gov/province/山西省_2024.txt", year: 2024, title: "一、2023年和过去五年工作回顾")
        let gdp = try one(inds, "地区生产总值")
        XCTAssertEqual(gdp.year, 2023); XCTAssertEqual(gdp.baseValue, 2.57e12); XCTAssertEqual(gdp.change, Change(percent: 5))
    }

    /// salutation: 各位代表！ is not what a paragraph opens with; 刚刚过去的2025年 after five paragraphs of 这五年 brings the
    /// chapter back to the year.
    func testSalutationDoesNotHideTheOpening() throws {
        let file = "lawtext-gov/province/云南省_2026.txt"
        let path = Fixtures.corpus.appendingPathComponent(file).path
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { throw XCTSkip("../shared/corpus not present") }
        let lines = raw.split(separator: "\n").map(String.init)
        let term = try XCTUnwrap(lines.first { $0.hasPrefix("**这五年，我们完整准确") })
        let year = try XCTUnwrap(lines.first { $0.hasPrefix("各位代表！刚刚过去的2025年") && $0.contains("完成地区生产总值32765亿元、增长4.1%") })
        let inds = try read(paragraphs: [term, year], from: file, year: 2026, title: "一、“十四五”时期和2025年工作回顾")
        let gdp = inds.filter { $0.canonicalId == "gdp" && $0.baseValue == 3_276_500_000_000 }
        XCTAssertEqual(gdp.count, 1)
        XCTAssertEqual(gdp.first?.year, 2025); XCTAssertEqual(gdp.first?.change, Change(percent: 4.1))
    }

    /// target-clause: a target word counts within the figure's clause; 确保患者不因费用问题影响就医 three clauses
    /// back does not make 2020年全市地区生产总值增长1.5% a target.
    func testTargetWordsCountWithinTheClause() throws {
        let inds = try read("确保医疗收治机构不因支付政策影响救治；我们坚持科学研判、科学防治，为全国贡献血必净注射液、宣肺败毒方“一药一方”等创新成果，在全国疫情防控中发挥了重要作用；我们充分发挥党建引领基层治理的独特优势，构筑起疫情防控的钢铁防线，有力维护了疫情防控期间生产生活秩序和社会大局稳定；我们坚持“全国一盘棋”，千里驰援湖北、支援武汉，对口帮扶恩施，积极参与京津冀联防联控大会战，有效承接北京分流航班入境检疫，尽到首都“护城河”之责，涌现出以张伯礼院士为代表的一大批抗疫先进典型；我们扎实做好“六稳”“六保”工作，经济运行企稳回升，发展质量稳步提高，2020年全市地区生产总值增长1.5%，固定资产投资增长3%",
                            from: "lawtext-gov/province/天津市_2021.txt", year: 2021)
        let gdp = try one(inds, "地区生产总值")
        XCTAssertEqual(gdp.role, .actual); XCTAssertEqual(gdp.year, 2020); XCTAssertEqual(gdp.change, Change(percent: 1.5))
    }

    /// lead-in words: 初步预计 is not part of the name (黑龙江省 2020), and a threshold noun after a milestone
    /// (迈上3万亿元新台阶、达到30145.79亿元) hands the subject on to the level (重庆市 2024).
    func testLeadInAndThresholdWordsAreNotNames() throws {
        let hlj = try read("初步预计全年全省地区生产总值增长4.5%左右", from: "lawtext-gov/province/黑龙江省_2020.txt", year: 2020)
        let gdp = try one(hlj, "地区生产总值")
        XCTAssertTrue(gdp.estimated); XCTAssertEqual(gdp.year, 2019); XCTAssertEqual(gdp.change, Change(percent: 4.5))
        let cq = try read("地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%", from: "lawtext-gov/province/重庆市_2024.txt", year: 2024)
        let levels = cq.filter { $0.canonicalId == "gdp" }
        XCTAssertEqual(levels.map(\.baseValue), [3e12, 3_014_579_000_000])
        XCTAssertEqual(levels.map(\.milestone), [true, false])
        XCTAssertEqual(levels.last?.change, Change(percent: 6.1))
    }

    /// relative-start-year: 从五年前的2万亿元跃升到3万亿元 starts five years before the year reviewed and ends in it
    /// (上海市 2018); 跃升至 ends a from–to at a level, not a threshold (江苏省 2021's 10.27万亿元 is 2020's level).
    func testRelativeStartYearAndLeapToALevel() throws {
        let sh = try read("全市生产总值年均增长7.1%，从五年前的2万亿元跃升到3万亿元，迈上新台阶",
                          from: "lawtext-gov/province/上海市_2018.txt", year: 2018)
        let levels = sh.filter { $0.canonicalId == "gdp" && $0.value != nil }
        XCTAssertEqual(levels.map(\.baseValue), [2e12, 3e12])
        XCTAssertEqual(levels.map(\.year), [2012, 2017])
        let js = try read("全省地区生产总值连跨三个万亿级台阶，由7.13万亿元跃升至10.27万亿元，人均达12.5万元，居各省、自治区之首",
                          from: "lawtext-gov/province/江苏省_2021.txt", year: 2021)
        let end = try XCTUnwrap(js.first { $0.canonicalId == "gdp" && $0.baseValue == 10_270_000_000_000 })
        XCTAssertFalse(end.milestone); XCTAssertEqual(end.year, 2020)
        XCTAssertNil(js.first { $0.canonicalId == "gdp" && $0.baseValue == 7_130_000_000_000 }?.year, "the start is an earlier year")
    }

    /// result-before-level: 云南经济总量实现翻番、达到2.32万亿元 names 经济总量 (the GDP), not 翻番 (云南省 2020).
    func testDoublingIsNotAName() throws {
        let inds = try read("党的十八大以来，云南经济总量实现翻番、达到2.32万亿元，在全国的排位跃升6位、居第18位",
                            from: "lawtext-gov/province/云南省_2020.txt", year: 2020)
        let gdp = try one(inds, "地区生产总值")
        XCTAssertTrue(gdp.name.hasSuffix("经济总量"), gdp.name); XCTAssertEqual(gdp.baseValue, 2_320_000_000_000)
    }

    /// total-after-flow: 新增高新技术企业551户、总量达2302户 — the 总量 is the stock of high-tech firms, not a flow nor an
    /// indicator called 总量 (哈尔滨市 2023); 市场主体净增623户、总量突破2万户 likewise (易县 2023, 净增 after the noun).
    func testTotalAfterAFlowIsTheStock() throws {
        let hrb = try read("新增高新技术企业551户、总量达2302户", from: "lawtext-gov/city/哈尔滨市_2023.txt", year: 2023)
        XCTAssertEqual(hrb.map(\.canonical), ["新增高新技术企业", "高新技术企业"])
        XCTAssertEqual(hrb.map(\.value), [551, 2302])
        let yx = try read("全面对接落实一揽子稳经济政策措施，出台稳增长26条，制定“转企升规”6条支持政策，减免税费7.64亿元，市场主体净增623户、总量突破2万户",
                          from: "baoding-counties/county/易县_2023.txt", year: 2023)
        let stock = try XCTUnwrap(yx.first { $0.value == 2 && $0.unit == "万户" })
        XCTAssertEqual(stock.name, "市场主体"); XCTAssertEqual(stock.canonical, "市场主体")
    }

    /// A chapter on 去年和今年前4个月 reviews last year in full: its figures are last year's (云南省 2020).
    func testPartOfThisYearInAReviewTitle() throws {
        let inds = try read(paragraphs: ["**——经济总量实现历史性跨越。**党的十八大以来，云南经济总量实现翻番、达到2.32万亿元，在全国的排位跃升6位、居第18位；"],
                            from: "lawtext-gov/province/云南省_2020.txt", year: 2020, title: "**一、关于去年和今年前4个月工作**")
        XCTAssertEqual(try one(inds, "地区生产总值").year, 2019)
    }

    /// benchmark-gap: 分别高于全国2个、1.3个、6.1个百分点 (湖北省 2024) and 高于全省平均水平0.5个百分点 (哈尔滨市 2024)
    /// say how far a figure is above a benchmark: no indicator, and the growth rates keep their own values.
    func testAGapToABenchmarkIsNotAnIndicator() throws {
        let hb = try read("固定资产投资增长5%、社会消费品零售总额增长8.5%、一般公共预算收入增长12.5%，分别高于全国2个、1.3个、6.1个百分点，均为中部第1",
                          from: "lawtext-gov/province/湖北省_2024.txt", year: 2024)
        XCTAssertEqual(hb.map(\.canonical), ["固定资产投资", "社会消费品零售总额", "一般公共预算收入"], "\(hb.map(\.name))")
        XCTAssertEqual(hb.map(\.change), [Change(percent: 5), Change(percent: 8.5), Change(percent: 12.5)])
        XCTAssertTrue(hb.allSatisfy { $0.value == nil })
        let hrb = try read("实现地区生产总值5576.3亿元，比上年增长3.1%、高于全省平均水平0.5个百分点",
                           from: "lawtext-gov/city/哈尔滨市_2024.txt", year: 2024)
        let gdp = try one(hrb, "地区生产总值")
        XCTAssertEqual(gdp.baseValue, 557_630_000_000); XCTAssertEqual(gdp.change, Change(percent: 3.1))
        XCTAssertEqual(hrb.count, 1, "\(hrb.map(\.name))")
    }
}
