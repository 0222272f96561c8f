import Foundation
import Synchronization

import ReportModel

/// A deterministic generator of township work reports for tests and benchmarks: invented townships over several
/// years, figures that follow from one year to the next (this year's level is last year's times its growth; next
/// year's target is stated in the plan section), written in the styles real copies come in — clean text, web pages
/// with navigation and footers, PDF copies with lines broken mid-number and page footers, traditional characters
/// with pinyin after some of them, redacted templates. Each report comes with the truth: the figures it states.
public struct SyntheticCorpus: Sendable {
    public enum Style: String, Sendable, Codable, CaseIterable { case plain, web, pdf, traditional, redacted }

    /// One figure a generated report states.
    public struct Fact: Sendable, Codable, Equatable {
        public var canonicalId: String
        public var name: String
        public var role: String
        public var year: Int
        /// The level in `unit` (nil when the sentence gives only a growth rate, or the value is redacted).
        public var value: Double?
        public var unit: String?
        /// Growth in percent stated with it (or the growth target).
        public var growth: Double?
        public var redacted: Bool
    }

    /// What one generated file says, for checking extraction against.
    public struct Truth: Sendable, Codable, Equatable {
        public var file: String
        public var place: String
        public var level: String
        public var parents: [String]
        public var reviewYear: Int
        public var planYear: Int
        public var style: Style
        public var facts: [Fact]
    }

    public struct Document: Sendable {
        /// Path relative to the output folder, e.g. `reports/石桥县/青溪镇_2021.txt`.
        public var path: String
        public var text: String
        public var truth: Truth
    }

    public var count: Int
    public var seed: UInt64

    public init(count: Int, seed: UInt64) { self.count = count; self.seed = seed }

    /// Years each township reports on; the corpus has `count / years` townships (rounded up).
    public static let years = 6
    public static let firstYear = 2018

    /// The `i`-th document (0 ≤ i < count). Documents are independent, so they can be written in parallel.
    public func document(_ i: Int) -> Document {
        let town = i / Self.years, k = i % Self.years
        var rng = SplitMix(seed ^ UInt64(town) &* 0x9E37_79B9_7F4A_7C15)
        let place = Self.townName(town, &rng)
        let county = Self.countyName(town / 40, seed)
        let province = Self.provinces[Int((UInt64(town / 40) ^ seed) % UInt64(Self.provinces.count))]
        // Base levels and a growth path for the township; every year's level follows from the one before.
        var series = Self.indicators.map { ind -> (Double, [Double]) in
            let base = ind.base.lowerBound + rng.unit() * (ind.base.upperBound - ind.base.lowerBound)
            let growth = (0..<(Self.years + 1)).map { _ in ((2 + rng.unit() * 8) * 10).rounded() / 10 }
            return (base, growth)
        }
        var levels: [[Double]] = []
        for (n, s) in series.enumerated() {
            var row: [Double] = []
            var v = s.0
            for y in 0...Self.years {
                if y > 0 { v *= 1 + s.1[y] / 100 }
                row.append(Self.round(v, Self.indicators[n].decimals))
            }
            levels.append(row)
        }
        series.removeAll()
        var docRng = SplitMix(seed ^ UInt64(i) &* 0xD6E8_FEB8_6659_FD93 ^ 0x5555)
        let styleRoll = docRng.unit()
        let style: Style = styleRoll < 0.5 ? .plain : styleRoll < 0.65 ? .web : styleRoll < 0.8 ? .pdf : styleRoll < 0.9 ? .traditional : .redacted
        let review = Self.firstYear + k, plan = review + 1
        var facts: [Fact] = []
        var body: [String] = []
        let summary = docRng.unit() < 0.5
        let title = summary ? "\(place)\(review)年工作总结及\(plan)年工作打算" : "\(place)\(plan)年政府工作报告"
        body.append(title)
        if !summary {
            body.append("\(plan)年1月\(8 + docRng.int(20))日在\(place)第\(["十八", "十九", "二十"][docRng.int(3)])届人民代表大会第\(["一", "二", "三"][docRng.int(3)])次会议上")
            body.append("\(place)人民政府\(place.hasSuffix("街道") ? "主任" : place.hasSuffix("乡") ? "乡长" : "镇长") \(Self.personName(&docRng))")
            body.append("各位代表：")
            body.append("现在，我代表\(place)人民政府向大会报告工作，请予审议。")
        } else {
            body.append("\(review)年，\(place)在\(county)委、\(county)政府的正确领导下，坚持稳中求进工作总基调，各项工作取得新进展。现将有关情况汇报如下：")
        }
        let redact = style == .redacted
        body.append("一、\(review)年工作回顾")
        body.append("（一）经济发展稳中有进")
        var sentences: [String] = []
        for (n, ind) in Self.indicators.enumerated() where n < 6 || docRng.unit() < 0.7 {
            let v = levels[n][k + 1], g = ((levels[n][k + 1] / levels[n][k] - 1) * 1000).rounded() / 10
            let shown = redact ? "xx.xx" : NumberText.plain(v)
            let lead = ["全年实现", "全年完成", "完成", "实现"][docRng.int(4)]
            let growthWord = docRng.unit() < 0.7 ? "同比增长" : "增长"
            switch docRng.int(3) {
            case 0:
                sentences.append("\(lead)\(ind.name)\(shown)\(ind.unit)，\(growthWord)\(NumberText.plain(g))%")
                facts.append(Fact(canonicalId: ind.id, name: ind.name, role: "actual", year: review, value: redact ? nil : v, unit: ind.unit, growth: g, redacted: redact))
            case 1:
                sentences.append("\(ind.name)达到\(shown)\(ind.unit)，比上年增长\(NumberText.plain(g))%")
                facts.append(Fact(canonicalId: ind.id, name: ind.name, role: "actual", year: review, value: redact ? nil : v, unit: ind.unit, growth: g, redacted: redact))
            default:
                sentences.append("\(lead)\(ind.name)\(shown)\(ind.unit)")
                facts.append(Fact(canonicalId: ind.id, name: ind.name, role: "actual", year: review, value: redact ? nil : v, unit: ind.unit, growth: nil, redacted: redact))
            }
        }
        // Figures in paragraphs of two or three sentences, with prose between.
        var p = 0
        while p < sentences.count {
            let take = min(sentences.count - p, 2 + docRng.int(2))
            body.append(Self.filler(&docRng, 1) + sentences[p..<(p + take)].joined(separator: "；") + "。" + Self.filler(&docRng, 1))
            p += take
        }
        for h in ["（二）乡村振兴扎实推进", "（三）民生保障持续改善", "（四）社会治理更加有效", "（五）政府自身建设不断加强"] {
            body.append(h)
            for _ in 0..<(4 + docRng.int(5)) { body.append(Self.filler(&docRng, 4 + docRng.int(6))) }
        }
        body.append("二、存在的问题")
        body.append("在肯定成绩的同时，我们也清醒地看到，" + Self.filler(&docRng, 2))
        body.append("三、\(plan)年工作安排")
        body.append("\(plan)年是" + ["承上启下的关键之年", "全面推进乡村振兴的重要之年", "攻坚克难的奋进之年"][docRng.int(3)] + "。全年主要预期目标是：")
        var targets: [String] = []
        for (n, ind) in Self.indicators.prefix(4).enumerated() {
            let t = Double(5 + docRng.int(5)) + (docRng.unit() < 0.3 ? 0.5 : 0)
            targets.append("\(ind.name)增长\(redact ? "x" : NumberText.plain(t))%左右")
            facts.append(Fact(canonicalId: ind.id, name: ind.name, role: "target", year: plan, value: nil, unit: nil, growth: redact ? nil : t, redacted: redact))
            _ = n
        }
        body.append(targets.joined(separator: "，") + "。")
        for h in ["（一）聚力产业发展", "（二）聚力城乡建设", "（三）聚力民生改善", "（四）聚力基层治理"] {
            body.append(h)
            for _ in 0..<(4 + docRng.int(5)) { body.append(Self.filler(&docRng, 4 + docRng.int(6))) }
        }
        body.append("各位代表，新的一年，我们将在\(county)委、\(county)政府的坚强领导下，凝心聚力，实干担当，为建设美丽\(place)而努力奋斗！")

        var text = body.joined(separator: "\n") + "\n"
        switch style {
        case .web:
            text = "首页 > 政务公开 > 政府工作报告\n【字体：大 中 小】 打印本页 关闭窗口\n来源：\(place)人民政府  发布时间：\(plan)-02-\(10 + docRng.int(18))\n" + text
                + "\n扫一扫在手机打开当前页\n主办单位：\(place)人民政府  版权所有\n"
        case .pdf: text = Self.pdfBreaks(text, &docRng)
        case .traditional: text = Self.traditional(text, &docRng)
        case .plain, .redacted: break
        }
        let dir = "reports/\(province)/\(county)"
        let file = "\(place)_\(review)_\(summary ? "工作总结" : "政府工作报告")\(style == .traditional ? "_繁体" : "").txt"
        let level = place.hasSuffix("街道") ? "subdistrict" : place.hasSuffix("乡") ? "township" : "town"
        let truth = Truth(file: dir + "/" + file, place: place, level: level, parents: [province, county], reviewYear: review,
                          planYear: plan, style: style, facts: facts)
        return Document(path: dir + "/" + file, text: text, truth: truth)
    }

    /// Writes `reports/…/*.txt` and `truth/…/*.json` under `out` on every core; returns bytes of report text written.
    public func write(to out: String) throws -> Int64 {
        let total = Atomic64()
        let failure = Mutex<(any Error)?>(nil)
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let d = document(i)
            do {
                let url = URL(fileURLWithPath: out).appendingPathComponent(d.path)
                let truthURL = URL(fileURLWithPath: out).appendingPathComponent("truth/" + d.path.dropFirst("reports/".count))
                    .deletingPathExtension().appendingPathExtension("json")
                let fm = FileManager.default
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.createDirectory(at: truthURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = Data(d.text.utf8)
                try data.write(to: url)
                try enc.encode(d.truth).write(to: truthURL)
                total.add(Int64(data.count))
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let e = failure.withLock({ $0 }) { throw e }
        return total.value
    }

    // MARK: vocabulary

    struct Ind: Sendable { var id: String; var name: String; var unit: String; var base: ClosedRange<Double>; var decimals: Int }
    static let indicators: [Ind] = [
        Ind(id: "gdp", name: "地区生产总值", unit: "亿元", base: 8...60, decimals: 2),
        Ind(id: "industrial_output_above_scale", name: "规模以上工业总产值", unit: "亿元", base: 5...80, decimals: 2),
        Ind(id: "fai", name: "固定资产投资", unit: "亿元", base: 2...30, decimals: 2),
        Ind(id: "retail_sales", name: "社会消费品零售总额", unit: "亿元", base: 1...20, decimals: 2),
        Ind(id: "general_budget_revenue", name: "一般公共预算收入", unit: "万元", base: 3000...60000, decimals: 0),
        Ind(id: "disposable_income_rural", name: "农村居民人均可支配收入", unit: "元", base: 12000...30000, decimals: 0),
        Ind(id: "tax_revenue", name: "税收收入", unit: "万元", base: 2000...50000, decimals: 0),
        Ind(id: "grain_output", name: "粮食总产量", unit: "万吨", base: 1...8, decimals: 2),
    ]

    static let provinces = ["江西省", "湖南省", "河北省", "广东省", "四川省", "安徽省", "浙江省", "河南省"]
    package static let first: [String] = Array("青石河云桂柳清龙凤金银松梅竹兰泉白黑红黄新安平永宁长乐福寿和兴华东西南北中高大小上下古双三".map(String.init))
    package static let second: [String] = Array("山溪桥岭湖田坪口塘湾洲坝港林村庄集源川峰冈桥亭江溪阳水台关岗圩".map(String.init))

    static func townName(_ n: Int, _ rng: inout SplitMix) -> String {
        let a = first[n % first.count], b = second[(n / first.count) % second.count]
        let c = n / (first.count * second.count)
        let stem = c == 0 ? a + b : a + first[(c - 1) % first.count] + b
        let r = rng.unit()
        return stem + (r < 0.7 ? "镇" : r < 0.9 ? "乡" : "街道")
    }

    static func countyName(_ n: Int, _ seed: UInt64) -> String {
        let a = second[(n + Int(seed % 7)) % second.count], b = first[(n / second.count + 3) % first.count]
        return a + b + (n % 3 == 0 ? "区" : "县")
    }

    static func personName(_ rng: inout SplitMix) -> String {
        let family = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"], given = ["建国", "晓明", "红梅", "志强", "丽华", "文", "斌", "海燕"]
        return family[rng.int(family.count)] + given[rng.int(given.count)]
    }

    package static let prose = [
        "坚持以习近平新时代中国特色社会主义思想为指导", "全面贯彻落实党的二十大精神", "深入推进乡村振兴战略",
        "持续优化营商环境", "扎实开展人居环境整治", "着力补齐基础设施短板", "不断增进民生福祉", "切实加强基层治理",
        "大力发展特色产业", "积极稳妥推进项目建设", "认真落实安全生产责任", "全力做好防汛抗旱工作",
        "扎实推进农村道路提质改造", "持续巩固拓展脱贫攻坚成果", "深入开展党风廉政建设", "加快推进集镇品质提升",
        "全面落实河长制林长制", "稳步推进教育医疗资源均衡配置", "不断完善社会保障体系", "统筹做好疫情防控和经济社会发展",
    ]

    static func filler(_ rng: inout SplitMix, _ clauses: Int) -> String {
        (0..<clauses).map { _ in prose[rng.int(prose.count)] }.joined(separator: "，") + "。"
    }

    static func round(_ v: Double, _ decimals: Int) -> Double {
        let f = pow(10, Double(decimals))
        return (v * f).rounded() / f
    }

    /// PDF copies: lines cut at the page width (30–40 characters, one width per document) regardless of numbers,
    /// a page footer every 30 lines.
    static func pdfBreaks(_ text: String, _ rng: inout SplitMix) -> String {
        var out = "", line = 0, page = 1
        let n = 30 + rng.int(11)
        for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(para)
            repeat {
                out += rest.prefix(n) + "\n"
                rest = rest.dropFirst(n)
                line += 1
                if line % 30 == 0 { out += "— \(page) —\n"; page += 1 }
            } while !rest.isEmpty
        }
        return out
    }

    /// Traditional characters, with the pinyin of some converted characters after them in parentheses (以來(lái)).
    package static func traditional(_ text: String, _ rng: inout SplitMix) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            guard let t = Traditional.map[u] else { out.append(u); continue }
            out.append(t)
            if let py = Traditional.pinyin[u], rng.unit() < 0.5 {
                out.append("(")
                out.append(contentsOf: py.unicodeScalars)
                out.append(")")
            }
        }
        return String(out)
    }

    /// Simplified → traditional for every character the generator writes, from ICU once.
    package enum Traditional {
        package static let tables: ([Unicode.Scalar: Unicode.Scalar], [Unicode.Scalar: String]) = {
            var chars = Set<Unicode.Scalar>()
            let all = prose + indicators.map(\.name) + first + second + provinces
                + ["一二三四五六七八九十年工作回顾总结打算政府报告经济发展稳中有进乡村振兴扎实推进民生保障持续改善自身建设不断加强存在的问题安排是承上启下关键之重要攻坚克难奋全主要预期目标聚力产业城民生各位代表新我们将在委坚强领导下凝心实干担当为美丽而努力奋斗现人大会请予审议实现完成达到比增长同上元万亿吨左右镇乡街道区县届次日月长主任肯定成绩同时也清醒地看到有关情况汇报如下正确稳求总基调项取得展"]
            for s in all { for u in s.unicodeScalars where u.value >= 0x4E00 { chars.insert(u) } }
            var map: [Unicode.Scalar: Unicode.Scalar] = [:], pinyin: [Unicode.Scalar: String] = [:]
            for u in chars {
                let s = String(u)
                guard let t = s.applyingTransform(StringTransform("Simplified-Traditional"), reverse: false),
                      t.unicodeScalars.count == 1, let tu = t.unicodeScalars.first, tu != u else { continue }
                map[u] = tu
                if let py = s.applyingTransform(.toLatin, reverse: false) { pinyin[u] = py }
            }
            return (map, pinyin)
        }()
        package static var map: [Unicode.Scalar: Unicode.Scalar] { tables.0 }
        package static var pinyin: [Unicode.Scalar: String] { tables.1 }
    }
}

/// SplitMix64: small, fast and the same on every machine, so a seed always gives the same corpus.
public struct SplitMix: Sendable {
    private var state: UInt64
    public init(_ seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

/// A counter shared by threads.
final class Atomic64: Sendable {
    private let v = Mutex<Int64>(0)
    package func add(_ n: Int64) { v.withLock { $0 += n } }
    package var value: Int64 { v.withLock { $0 } }
}
