import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

/// The word lists the indicator rules read, in one place: a rule names the list it uses, and a new
/// spelling seen in a real report is added here, not inside a rule. Every list is simplified Chinese
/// (reports are read into simplified text before extraction).
public enum Lexicon {
    // MARK: changes

    /// Verbs and nouns that introduce a change: 同比增长6.2%, 下降3%, 增速5%, 持平.
    static let growthVerbs = ["同比增长", "比上年增长", "比去年增长", "同比增加", "同比提高", "年均增长", "增长", "增加", "提高", "上升", "提升",
                              "增幅", "增速", "净增", "递增", "同比下降", "比上年下降", "同比减少", "下降", "减少", "降低", "回落", "降幅", "缩小", "下滑", "压减", "压缩", "持平"]
    /// Of those, the ones that make the rate negative.
    static let negativeVerbs = ["下降", "减少", "降低", "回落", "降幅", "缩小", "下滑", "压减", "压缩"]
    /// Allowed between a growth verb and its rate: 增长了5%, 增速达6%, 增长约5%.
    static let growthVerbTails = ["了", "达到", "达", "为", "约", "近", "超过", "超", "逾"]
    /// Words that make a bare signed rate a change without a verb: 同比-3.1%, 同比分别-3.1%、-8.4%.
    static let changeWithoutVerb = ["同比分别", "同比", "比上年", "比去年", "较上年", "较去年"]
    /// The base a change is measured against, written before the verb; not part of the name (较去年增长12.3%).
    static let comparisonBases = ["比上年同期", "较上年同期", "比去年同期", "较去年同期", "与上年相比", "与去年相比", "比上年", "比去年", "较上年",
                                  "较去年", "同比", "同口径", "可比口径", "按可比价格计算", "按可比价计算", "可比"]

    // MARK: names

    /// Dropped from the end of a name: the verb that introduces the figure.
    static let trailingWords = ["累计完成", "完成了", "完成", "实现了", "实现", "达到了", "达到", "达", "为", "增至", "增加到", "增长到", "提高到",
                                "提升到", "突破", "超过", "共计", "合计", "总计", "共", "约", "近", "逾", "超", "累计", "预计", "保持在", "控制在",
                                "稳定在", "从", "由", "迈上", "跃上", "站上", "先后跨越", "跨越", "全部", "是", "分别", "分别为", "分别达到", "的", "已", "已达",
                                "已经", "有", "新增", "投入", "同比",
                                // name-ends-before-verb: the verb that leads to a level (城镇化率提升至…, 支出压减…, 企业净增…).
                                "提升至", "提高至", "增加至", "上升至", "上升到", "降至", "下降至", "下降到", "降低至", "降低到", "减少至", "减少到",
                                "缩短至", "缩短到", "缩小至", "缩小到", "扩大至", "扩大到", "压缩至", "压缩到", "发展到", "发展至", "恢复到", "恢复至",
                                "压减", "跃升至", "跃升到",
                                // result-before-level: 经济总量实现翻番、达到2.32万亿元 names 经济总量, not 翻番.
                                "翻番", "翻一番", "翻了一番", "翻两番", "翻了两番", "、"]
    /// Dropped from the start of a name: scope words, connectors and time words.
    static let leadingWords = ["全年", "全镇", "全县", "全市", "全区", "全省", "全乡", "全街道", "镇域", "县域", "我镇", "我县", "我市", "我区", "我省",
                               "其中", "累计", "完成", "实现", "共", "共计", "年内", "年末", "当年度", "当年", "预计", "力争", "确保", "今年", "去年", "同时", "并",
                               "和", "及", "以及", "其", "另", "此外", "全年共", "已", "当年", "一年来", "截至目前", "目前", "主要预期目标是",
                               "同比", "比上年", "分别", "同口径", "可比口径", "按可比价格计算", "按可比价计算", "现价", "名义", "保持",
                               "初步预计", "初步核算", "初步统计", "据初步核算", "经初步核算",
                               // 迈上3万亿元新台阶、达到30145.79亿元: what follows a threshold is the subject's own level.
                               "新台阶", "台阶", "大关", "关口"]
    /// Connectors and bare verbs that are never a name by themselves: the figure inherits the subject.
    static let bareWords: Set<String> = ["和", "及", "与", "以及", "或", "、", "增加到", "增长到", "提高到", "提升到", "增加", "增长", "建成", "打造",
                                         "实施", "新建", "建设", "完成", "达到", "开展", "推进", "总数", "总量", "比重", "措施", "方面工作"]
    /// Verbs that open a comparison with a benchmark (高于全国0.2个百分点): the gap is not an indicator.
    static let benchmarkVerbs = ["高于", "低于", "快于", "慢于", "高出", "低出", "超出"]
    /// Words for the stock a flow adds to (新增…家、总数达…家): the name is the stock of the figure before.
    static let stockWords: Set<String> = ["总量", "总数"]
    /// Comparability markers are not names: 同口径增长12.7%.
    static let comparability: Set<String> = ["同口径", "可比口径", "按可比价格计算", "按可比价计算", "可比", "名义", "现价", "实际", "按现价计算"]
    /// Verbs after which the name follows: 10个行政村实现村集体收入.
    static let nameVerbs = ["实现", "完成", "达到"]
    /// Verbs that end the subject at the start of a sentence (全省地区生产总值迈上5万亿台阶).
    static let subjectVerbs = ["迈上", "跃上", "站上", "突破", "达到", "实现", "完成", "增长", "首次", "超过", "保持", "达"]
    /// Verbs right after a count that end the counted noun (4个增减挂钩项目顺利完工).
    static let countNounStops = ["顺利", "全部", "已", "正在", "成功", "完成", "建成", "投入", "实现", "落户", "开工", "竣工", "获评", "被评为", "达到",
                                 "同比", "申报", "参与", "获得", "实施", "开展", "共", "累计", "合计", "下沉", "入驻", "签约", "投产"]
    /// Left at a name's end when the quantity takes the rest of the verb as its qualifier (迈|过6万亿元, 跨|过, 越|过) or
    /// the adverb of a milestone (连续跨越): never part of a name.
    static let verbsBeforeQualifier = ["迈", "跨", "越", "连续"]
    /// Nouns before 投入 that make it a noun (研发投入增长12.1%), not the verb 投入 dropped from a name's end.
    static let inputNouns = ["研发", "经费", "科技", "教育", "技改", "资金", "财政"]
    /// Head nouns that follow a quoted name after a count and belong to it: 272个“双百工程”项目, 14个“空心村”治理.
    static let quotedNameHeads = ["项目", "示范项目", "重点项目", "企业", "事项", "工程", "行动", "基地", "平台", "园区", "示范区", "示范村",
                                  "示范点", "示范带", "村", "社区", "小区", "学校", "专用线", "场景", "改造", "治理", "试点", "工作站",
                                  "驿站", "中心", "街区", "街道", "公园", "空间", "品牌", "产品", "车间", "工厂"]
    /// Units of a size that describes a thing rather than measuring an amount of it: 500米口径…望远镜, 400毫米降雨线.
    static let sizeUnits: Set<String> = ["米", "毫米", "厘米"]
    /// Measures that a count's noun gives to the next figure (39家规上工业企业总产值102.79亿元).
    static let countNounMeasures = ["总产值", "产值", "营业收入", "增加值", "总额", "收入", "投资", "销售额", "利润"]
    /// Head nouns a list item may share its modifier over (规上工业产值和增加值, 实际利用内资、外资), longest first.
    static let headNouns = ["播种面积", "营业收入", "总产值", "增加值", "销售额", "总收入", "产值", "收入", "余额", "总额", "内资", "外资", "投资", "产量", "面积"]
    /// Words whose end makes a name a share of something, not the thing (占地区生产总值比重).
    static let shareTails = ["比重", "占比", "比例", "份额"]
    /// Words after a growth subject that say it is the speed, not the quantity: 规上工业增速逐步回升.
    static let speedWords = ["增速", "增幅", "增长"]

    /// Two-character scopes that stand for two named groups: 城乡居民人均可支配收入分别… is 城镇居民… and 农村居民….
    /// A 分别 list (or 均) after such a name gives one figure to each; it is never 全体居民.
    static let pairedScopes: [(scope: String, parts: [String])] = [
        ("城乡居民", ["城镇居民", "农村居民"]), ("城乡常住居民", ["城镇常住居民", "农村常住居民"]), ("城乡", ["城镇", "农村"]),
        ("存贷款", ["存款", "贷款"]), ("存、贷款", ["存款", "贷款"]), ("内外资", ["内资", "外资"]), ("进出口", ["进口", "出口"]),
    ]
    /// Income names that stand for per-capita disposable income in 城乡居民收入 (陕西: 城乡居民收入达到26420元和8689元).
    static let incomeShorthands = ["居民收入", "居民人均收入"]
    /// Names that mean one catalog indicator only when they are the whole name: 经济增长8%左右 is GDP growth.
    static let wholeNameAliases: [String: String] = ["经济": "gdp", "经济增速": "gdp", "经济增长": "gdp", "全省经济": "gdp", "全市经济": "gdp", "全县经济": "gdp",
                                                     "规上工业": "industrial_va_above_scale", "规模以上工业": "industrial_va_above_scale",
                                                     "外贸": "foreign_trade", "城镇居民收入": "disposable_income_urban", "农村居民收入": "disposable_income_rural"]

    // MARK: not the catalog indicator

    /// Words that, just before a catalog name, make it a different or partial quantity: 海洋生产总值, 制造业实际利用外资.
    static let partModifiers = ["海洋", "海洋经济", "数字经济", "单位", "万元", "亿元", "亩均", "地均", "人均", "与", "跨境电商", "服务贸易", "货物贸易",
                                "农产品", "开发区", "经开区", "高新区", "新区", "园区", "合作区", "经济区", "示范区", "市区", "城区",
                                "镇街", "贫困地区", "贫困县", "民营经济", "县域经济", "非公经济", "文化产业", "旅游", "核心区", "主城区", "单季",
                                "园", "制造业", "高新技术产品", "高技术产品", "机电产品", "新三样", "低收入农户", "低收入人口", "低收入群体", "脱贫人口",
                                "脱贫户", "合同", "一般贸易", "加工贸易", "民营企业", "外资企业", "外商投资企业", "国有企业", "跨境电商平台", "城乡"]
    /// Words before a figure that make it a bar to pass: 地区生产总值超200亿元的县.
    static let thresholdVerbs = ["超", "过", "超过", "突破", "破"]
    /// A plan title about the first year of a term (做好“十四五”开局工作, 确保“十五五”开好局) is about one year.
    static let termOpeningYearWords = ["开局工作", "开局之年", "开好局", "起步之年"]
    /// Verbs of a level reached (达到, 增至): after a flow, the level is the stock the flow adds to.
    static let reachVerbs = ["达到", "达", "增至", "增加到", "增长到", "提高到", "提升至"]
    /// What makes a figure of a term review span the term: totals, flows, averages, multiples, from–to and bases.
    static let termSpanWords = totalWords + flowWords + ["年均", "平均", "倍", "由", "从", "较", "比"]
    /// Words of a plan over several years: a target list after them has no single year.
    static let multiYearPlanWords = ["今后五年", "未来五年", "今后5年", "未来5年", "十四五", "十五五", "十三五", "十二五", "2035年", "2030年", "到2025年", "到2020年"]
    /// Nouns of growth that make a percent a change: 地区生产总值增速保持在10%左右 (longest first).
    static let growthNouns = ["增长速度", "增长率", "增速", "增幅", "增长"]
    /// An average period left at a name's end once its growth noun is taken off: 年均增速.
    static let averagePeriods = ["年均", "平均"]
    /// Rates that are indicators of their own, not the growth of one: 人口自然增长率.
    static let rateNames = ["自然增长率"]
    /// Scopes of the report's own place that end like a place name but are not another place: 城市居民消费价格,
    /// 设区城市空气质量优良天数比率, 全省设区市PM2.5平均浓度 (alone, or after 全/我/本, 全省/我市 …). The urban
    /// districts of a city (市区, 城区, 主城区) are a part of it (`partModifiers`).
    static let ownScopes: Set<String> = ["城市", "设区城市", "设区市", "地级以上城市", "地级及以上城市", "县城以上城市"]
    /// A name that starts with one of these is about a partner or another subject: 对沿线国家进出口总额, 对俄进出口.
    static let partPrefixes = ["对"]
    /// Words after a catalog name that make it a ratio, an intensity or a comparison: GDP能耗, 与GDP之比, 增速高于全国.
    static let ratioTails = ["比率", "之比", "比值", "能耗", "水耗", "用水", "排放", "消耗", "产出", "强度", "用地", "使用面积",
                             "高于", "低于", "快于", "慢于", "利润", "贷款", "税收"]
    /// Flows, not the stock: 新登记经营主体320万户, 净增98万户.
    static let flowWords = ["新登记", "新设立", "新注册", "净增", "新增", "新发展", "新培育", "新认定", "新设", "新引进"]
    /// Catalog indicators that are stocks, for which a flow word makes another quantity: the catalog's flow
    /// indicator where it has one (新增市场主体), else none.
    static let stockIndicators: [String: String?] = ["market_entities": "new_market_entities", "population": nil,
                                                     "above_scale_enterprises": "new_above_scale_enterprises",
                                                     "high_tech_enterprises": "new_high_tech_enterprises", "tech_smes": nil, "loans": nil, "deposits": nil]
    /// A sub-area of the place named at the start of a sentence (兰州新区经济增速持续领跑).
    static let subAreaWords = ["新区", "开发区", "高新区", "经开区", "园区", "兵团", "都市圈", "示范区", "自贸区", "试验区", "合作区", "直管区", "县域"]
    /// The ends of a county-level place's name (定兴县, 满城区, 鄂托克旗): its 县域 is itself.
    static let countySuffixes = ["县", "旗", "区"]
    /// Verbs before a sub-area word that make it the object, not the subject: 深化全域旅游示范区建设, 召开全省县域经济发展大会.
    static let subAreaObjectVerbs = ["建设", "建成", "新建", "打造", "创建", "争创", "推进", "推动", "新增", "召开", "落实", "完善", "深化",
                                     "加快", "开展", "支持", "服务", "明确", "提升", "统筹", "引导", "承办", "举办", "设立", "实施", "围绕",
                                     "培育", "获批", "申报", "入选", "成立", "组建", "启动", "优化", "谋划", "认定", "命名", "进入", "引进"]
    /// Words right after a sub-area word that make it the object of an undertaking: 示范区建设稳步推进, 县域经济发展大会.
    static let subAreaObjectTails = ["建设", "创建", "获批", "申报", "大会", "战略定位"]

    // MARK: not a yearly figure, or not a figure

    /// Nouns after a figure that make it a threshold crossed (迈上4万亿元台阶).
    static let milestoneNouns = ["台阶", "大关", "关口", "级台阶", "量级"]
    /// Verbs before a figure that make it a threshold crossed.
    static let milestoneVerbs = ["迈上", "跨上", "跨越", "跃上", "站上", "迈过", "跨过", "越过", "跨入", "迈入", "连跨", "连续跨越"]
    /// A figure followed by one of these is a tier or a class, not an amount: 千亿元级, 百亿级产业集群.
    static let tierSuffixes = ["级"]
    /// Idioms made of number characters: 千家万户 is not 1000 households, nor 富裕千万家 ten million.
    static let idioms = ["千家万户", "千方百计", "千军万马", "千差万别", "千丝万缕", "千辛万苦", "千变万化", "万众一心", "万无一失", "一心一意",
                         "三心二意", "五湖四海", "四面八方", "七上八下", "十全十美", "百花齐放", "百尺竿头", "千载难逢", "万家灯火", "一以贯之",
                         "万紫千红", "百年大计", "千头万绪", "一鼓作气", "一马当先", "九牛一毛", "千姿百态", "百舸争流", "千帆竞发", "万商云集",
                         "千万家"]

    // MARK: time

    /// Role words: a figure after them is aimed for.
    static let targetWords = ["力争", "确保", "争取", "目标", "计划", "预期", "要", "将", "努力"]
    /// A comparison base before a year or 上年: the year the figure is compared with, not the figure's year.
    static let baseMarkers: Set<Unicode.Scalar> = ["比", "较", "与", "同", "于", "超", "对"]
    /// Catalog indicators stated once a year, whose level reached in a review of several years is the last year's.
    static let yearlyIndicators: Set<String> = ["gdp", "gdp_per_capita", "primary_va", "secondary_va", "tertiary_va", "industrial_va_above_scale",
                                                "industrial_output_above_scale", "industrial_va", "fai", "retail_sales", "general_budget_revenue",
                                                "fiscal_total_revenue", "tax_revenue", "general_budget_expenditure", "foreign_trade", "exports", "imports",
                                                "disposable_income_all", "disposable_income_urban", "disposable_income_rural", "rural_net_income",
                                                "grain_output", "urbanization", "forest_coverage", "population", "deposits", "loans"]
    /// Words that make a figure a total over several years.
    static let totalWords = ["累计", "五年", "总计", "合计", "共计", "期间", "以来"]
    /// Words that say a figure is one year's, even in a review of several.
    static let singleYearMarkers = ["全年", "去年", "过去一年", "一年来"]
    /// A change against the year before: the figure is one year's, even in a review of several.
    static let yearOnYearWords = ["同比", "比上年", "较上年", "比去年", "较去年"]
    /// Between two years of a span (2021―2035年).
    static let spanMarks: Set<Unicode.Scalar> = ["―", "—", "–", "-", "~", "～", "至", "到"]
    /// Written after a figure: it and the review's figures after it are estimates (（预计数，下同）).
    static let estimateNotes = ["预计数,下同", "预计数，下同", "预计数)", "预计数）"]
    /// Plans for several years: no single year is implied.
    static let multiYearWords = ["今后五年", "未来五年", "十二五", "十三五", "十四五", "十五五", "五年规划", "时期的", "时期主要", "时期经济"]
    /// Reviews of several years (a term, a five-year plan period).
    static let multiYearReviewWords = ["过去五年", "过去的五年", "五年来", "5年来", "这五年", "五年间", "十二五”时期", "十三五”时期", "十四五”时期",
                                       "十二五”期间", "十三五”期间", "十四五”期间", "十二五时期", "十三五时期", "十四五时期"]
    /// The same at the start of a paragraph, where 本届政府 also opens a review of the term.
    static let multiYearReviewOpenings = multiYearReviewWords + ["本届政府"]
    static let multiYearPlanOpenings = ["今后五年", "未来五年"]
    /// Addresses to the congress that open a paragraph before what it is about.
    static let salutations = ["各位代表", "同志们"]
    static let singleYearOpenings = ["过去一年", "过去的一年", "一年来", "去年", "今年", "这一年", "刚刚过去的一年"]
    /// The verbs that lead to the end point of a from–to (由…增加到…).
    static let fromToVerbs = ["增加到", "增长到", "提高到", "提升到", "达到", "增至", "提升至", "提高至", "增加至", "扩大到", "扩大至", "跃升到", "跃升至"]
    /// Periods within a year, in the order they are looked for.
    static let periods = ["前三季度", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "全年"]
    static let periodPrefixes = ["前三季度", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度"]
}

extension Lexicon {
    /// The lists a rule searches a text for, as one-pass matchers (`Find.targetWords.occurs(in: clause)`): the words
    /// stay in the lists above; these read a text once for all of them.
    enum Find {
        static let targetWords = WordList(Lexicon.targetWords)
        static let multiYearReviewWords = WordList(Lexicon.multiYearReviewWords)
        static let multiYearReviewOpenings = WordList(Lexicon.multiYearReviewOpenings)
        static let multiYearPlanOpenings = WordList(Lexicon.multiYearPlanOpenings)
        static let singleYearOpenings = WordList(Lexicon.singleYearOpenings)
        static let singleYearMarkers = WordList(Lexicon.singleYearMarkers)
        static let yearOnYearWords = WordList(Lexicon.yearOnYearWords)
        static let stockWords = WordList(Lexicon.stockWords)
        static let totalWords = WordList(Lexicon.totalWords)
        static let targetLeads = WordList(SectionClassifier.targetLeads)
        static let reachVerbs = WordList(Lexicon.reachVerbs)
        static let multiYearPlanWords = WordList(Lexicon.multiYearPlanWords)
        static let termSpanWords = WordList(Lexicon.termSpanWords)
        static let flowWords = WordList(Lexicon.flowWords)
        static let fromToVerbs = WordList(Lexicon.fromToVerbs)
        static let subAreaWords = WordList(Lexicon.subAreaWords)
        static let subAreaObjectVerbs = WordList(Lexicon.subAreaObjectVerbs)
        static let ratioTails = WordList(Lexicon.ratioTails)
        static let negativeVerbs = WordList(Lexicon.negativeVerbs)
        static let periods = WordList(Lexicon.periods)
    }
}
