import ReportText

/// Units ReportDesk recognises after a number: money with its currency, area, length, mass,
/// volume, energy, counts, percent and percentage points. Longest spelling wins.
package enum Units {
    package struct Unit {
        package var spelling: String
        package var base: String
        var factor: Double
        package var dimension: Dimension
        /// The English name the Recognizers conformance data uses, where it has one.
        var recognizerName: String?
    }

    package static let all: [Unit] = {
        var u: [Unit] = []
        func add(_ s: String, _ base: String, _ f: Double, _ d: Dimension, _ r: String? = nil) { u.append(Unit(spelling: s, base: base, factor: f, dimension: d, recognizerName: r)) }
        // Money.
        for s in ["元", "块钱", "元人民币"] { add(s, "元", 1, .money, "Chinese yuan") }
        add("人民币", "元", 1, .money, "Chinese yuan")
        for sp in ["台币", "新台币"] { add(sp, sp, 1, .money, "New Taiwan dollar") }
        add("瑞士法郎", "瑞士法郎", 1, .money, "Swiss franc"); add("奈拉", "奈拉", 1, .money, "Nigerian naira"); add("卢布", "卢布", 1, .money, "Russian ruble")
        for s in ["美元", "美圆", "美金"] { add(s, "美元", 1, .money, "United States dollar") }
        add("美分", "美元", 0.01, .money, "United States dollar")
        for s in ["港元", "港币"] { add(s, "港元", 1, .money, "Hong Kong dollar") }
        add("日元", "日元", 1, .money, "Japanese yen"); add("欧元", "欧元", 1, .money, "Euro"); add("英镑", "英镑", 1, .money, "British pound")
        add("澳元", "澳元", 1, .money, "Australian dollar"); add("韩元", "韩元", 1, .money, "South Korean won")
        add("比特币", "比特币", 1, .money, "Bitcoin")
        // Area.
        add("亩", "亩", 1, .area, "Mu"); add("公顷", "亩", 15, .area, "Hectare")
        for s in ["平方米", "平米", "㎡", "m²", "平方"] { add(s, "平方米", 1, .area, "Square meter") }
        for s in ["平方公里", "平方千米", "km²"] { add(s, "平方米", 1e6, .area, "Square kilometer") }
        // Length.
        for s in ["公里", "千米", "km"] { add(s, "公里", 1, .length, "Kilometer") }
        add("m", "米", 1, .length, "Meter")
        // Data, frequency, energy in food — for completeness of the recognizer.
        add("比特", "比特", 1, .other, "Bit"); add("千比特", "比特", 1000, .other, "Kilobit"); add("字节", "字节", 1, .other, "Byte")
        add("千字节", "字节", 1000, .other, "Kilobyte"); add("兆字节", "字节", 1e6, .other, "Megabyte"); add("赫兹", "赫兹", 1, .other, "Hertz")
        add("兆赫兹", "赫兹", 1e6, .other, "Megahertz"); add("千卡", "千卡", 1, .other, "Kilocalorie")
        // Concentrations (PM2.5浓度31.3微克/立方米): a unit of their own, never a mass.
        for s in ["微克/立方米", "微克每立方米", "μg/m³", "μg/m3"] { add(s, "微克/立方米", 1, .other) }
        for s in ["毫克/立方米", "毫克每立方米", "mg/m³"] { add(s, "毫克/立方米", 1, .other) }
        add("微克", "公斤", 1e-9, .mass, "Microgram"); add("毫克", "公斤", 1e-6, .mass, "Milligram")
        add("米", "米", 1, .length, "Meter"); add("厘米", "米", 0.01, .length, "Centimeter"); add("公分", "米", 0.01, .length, "Centimeter")
        add("cm", "米", 0.01, .length, "Centimeter"); add("毫米", "米", 0.001, .length, "Millimeter"); add("延米", "米", 1, .length)
        // Mass.
        add("吨", "吨", 1, .mass, "Ton"); add("公斤", "公斤", 1, .mass, "Kilogram"); add("千克", "公斤", 1, .mass, "Kilogram")
        add("斤", "公斤", 0.5, .mass, "Jin"); add("克", "公斤", 0.001, .mass, "Gram"); add("两", "公斤", 0.05, .mass, "Liang")
        add("吨标准煤", "吨标准煤", 1, .mass); add("吨标煤", "吨标准煤", 1, .mass)
        // Volume, energy, power.
        for s in ["立方米", "方"] { add(s, "立方米", 1, .volume, "Cubic meter") }
        add("升", "升", 1, .volume, "Liter")
        add("千瓦时", "千瓦时", 1, .energy); add("度", "千瓦时", 1, .energy); add("千瓦", "千瓦", 1, .power, "Kilowatt")
        add("兆瓦", "千瓦", 1000, .power, "Megawatt"); add("标准箱", "标准箱", 1, .count)
        // Duration.
        for s in ["天", "个月", "小时", "分钟", "周"] { add(s, s, 1, .duration) }
        // Counts.
        for s in ["人次", "人", "户", "家", "个", "项", "栋", "幢", "座", "盏", "张", "名", "件", "次", "条", "场", "批次", "批", "所",
                  "辆", "台", "套", "间", "处", "只", "头", "株", "棵", "篇", "期", "支", "位", "口", "艘", "架", "宗", "起", "例",
                  "家次", "户次", "亿人次", "余人", "种", "类", "块", "片", "眼", "座次", "轮", "趟", "班", "列", "组", "部", "本",
                  "册", "份", "单", "笔", "门", "对", "双", "打", "根"] {
            add(s, s, 1, .count)
        }
        return u
    }()

    /// The dimension of a unit as written or as a base unit (人, 万人, 亿元, 万亩, 微克/立方米), or nil when unknown:
    /// what the indicator catalog's units are compared by.
    package static func dimension(of written: String) -> Dimension? {
        if written == "%" || written == "％" { return .percent }
        var u = Array(written.unicodeScalars)
        while let f = u.first, u.count > 1, f == "万" || f == "亿" || f == "千" || f == "百" { u.removeFirst() }
        guard let (unit, end) = match(u, at: 0), end == u.count else { return nil }
        return unit.dimension
    }

    /// The base units of counts (个, 家, 人 …), for a set lookup where a figure's base unit is asked often.
    package static let countBases: Set<String> = Set(all.filter { $0.dimension == .count }.map(\.base))

    /// Spellings sorted longest first for greedy matching.
    static let byLength: [(scalars: [Unicode.Scalar], unit: Unit)] = all.map { (Array($0.spelling.unicodeScalars), $0) }.sorted { $0.0.count > $1.0.count }

    /// The Recognizers-Text name of a written unit ("亿元" → "Chinese yuan"), by its longest known suffix.
    public static func recognizerName(for written: String?) -> String? {
        guard let w = written else { return nil }
        return byLength.first { w.endsWith($0.unit.spelling) }?.unit.recognizerName
    }

    /// Spellings by their first scalar (ASCII letters under both cases), longest first.
    package static let byFirst: ScalarMap<[(scalars: [Unicode.Scalar], unit: Unit)]> = {
        var d: [Unicode.Scalar: [(scalars: [Unicode.Scalar], unit: Unit)]] = [:]
        for e in byLength {
            guard let f = e.scalars.first else { continue }
            d[f, default: []].append(e)
            if f.value >= 0x61 && f.value <= 0x7A, let up = Unicode.Scalar(f.value - 32) { d[up, default: []].append(e) }
        }
        return ScalarMap(d)
    }()

    @inline(__always) package static func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
        u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value + 32) ?? u : u
    }

    package static func match(_ s: [Unicode.Scalar], at i: Int) -> (Unit, Int)? {
        guard i < s.count, let candidates = byFirst[s[i]] else { return nil }
        for (sc, unit) in candidates where i + sc.count <= s.count {
            var ok = true
            for k in 1..<max(1, sc.count) where s[i + k] != sc[k] && lower(s[i + k]) != sc[k] { ok = false; break }
            if ok { return (unit, i + sc.count) }
        }
        return nil
    }
}
