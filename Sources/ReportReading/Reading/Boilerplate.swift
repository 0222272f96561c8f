import Foundation

import ReportText

/// Web-page furniture around a report: publication headers become metadata, footers are dropped.
enum Boilerplate {
    /// Header keys of government information-disclosure pages.
    static let headerKeys = ["公开方式", "信息索取号", "索引号", "信息来源", "发布日期", "发布时间", "访问量", "浏览次数",
                             "有效期", "公开时限", "公开范围", "发布机构", "主题分类", "成文日期", "生成日期", "文号", "来源"]
    /// Breadcrumb trails ("首页 > 政务公开 > 政府工作报告", "当前位置：首页 » 信息公开").
    static let breadcrumbStarts = ["首页", "当前位置", "您的位置", "您现在的位置", "你的位置", "所在位置"]
    static let breadcrumbSeparators: [String] = [">", "›", "»", "＞", "→", "/"]
    static let headerMarks = ["【字体", "【打印】", "【关闭】", "字号：", "字号:", "【大 中 小】", "分享到"]
    /// Footer keys: a short line with one of these is page furniture.
    static let footerKeys = ["相关文档", "相关附件", "主办单位", "承办单位", "ICP备", "政府网站标识码", "公网安备", "版权所有",
                             "电子邮箱", "网站地图", "联系我们", "扫一扫", "技术支持"]
    static let footerExact: Set<String> = ["关闭", "打印", "【关闭】", "【打印】", "[关闭]", "[打印]", "返回顶部", "分享",
                                            "上一页", "下一页", "首页", "尾页", "上一篇", "下一篇"]

    /// Each header key followed by a colon, half- and full-width (made once, not per line).
    static let headerKeyForms = headerKeys.map { (key: $0, half: $0 + ":", full: $0 + "：") }
    /// The lists searched in every line, read in one pass each.
    static let breadcrumbSeparatorList = WordList(breadcrumbSeparators)
    /// The header marks and the footer keys in one list, so a line is read once for both.
    static let furniture = WordList(headerMarks + footerKeys)
    static let headerMarkBits = headerMarks.reduce(UInt64(0)) { $0 | furniture.bit($1) }
    static let footerKeyBits = footerKeys.reduce(UInt64(0)) { $0 | furniture.bit($1) }
    static let longestFooterExact = footerExact.map(\.unicodeScalars.count).max() ?? 0

    static func strip(_ lines: inout [MappedLine], fields: inout [String: String], stats: inout NormalizedText.Stats) {
        let n = lines.count
        var drop = [Bool](repeating: false, count: n)
        var footerFrom: Int?
        var pagination = false
        for i in 0..<n {
            let line = lines[i]
            if line.isEmpty { continue }
            // Most lines are body text that none of the tests below take: they are asked of the scalars, and the
            // line's String is made only for a header or footer that is recorded or compared whole.
            let a = line.analysis
            let short = line.count <= 240
            let marks = short ? furniture.occurring(in: a, 0..<a.count) : 0
            // A furniture word inside a sentence is prose: "更多群众分享到发展成果。", "争取…高校技术支持，…".
            let prose = marks != 0 && Self.readsAsProse(a)
            if marks & headerMarkBits != 0, !prose { drop[i] = true; continue }
            if i < max(8, n / 4), line.count <= 80, breadcrumbStarts.contains(where: line.hasPrefix), breadcrumbSeparatorList.occurs(in: a) {
                drop[i] = true; continue
            }
            if short, a.contains(":") || a.contains("：") {
                let t = line.analysisString
                let headerHits = headerKeyForms.filter { t.includes($0.half) || t.includes($0.full) }.map(\.key)
                if !headerHits.isEmpty, headerHits.count >= 2 || t.startsWith(headerHits[0]) {
                    drop[i] = true
                    record(t, keys: headerKeys, into: &fields)
                    continue
                }
            }
            let late = i >= n / 2
            if late, line.count <= longestFooterExact, footerExact.contains(line.analysisString) { drop[i] = true; pagination = true; continue }
            // Page numbers of a paginated web page ("上一页 1 2 3 下一页").
            if late, pagination, line.count <= 3, a.allSatisfy(HanClass.isDigit) { drop[i] = true; continue }
            // A tag list ends the page.
            if late, footerFrom == nil, line.count <= 4, ["标签:", "标签：", "关键词:", "关键词："].contains(line.analysisString) { footerFrom = i; continue }
            if marks & footerKeyBits != 0, !prose {
                drop[i] = true
                record(line.analysisString, keys: ["主办单位", "承办单位"], into: &fields)
                if late, footerFrom == nil, line.hasPrefix("相关文档") || line.hasPrefix("相关附件") { footerFrom = i }
                continue
            }
            if late, short, line.count <= 120, line.hasPrefix("地址:") || line.hasPrefix("地址：") || line.hasPrefix("电话:") || line.hasPrefix("电话：") {
                drop[i] = true
            }
        }
        if let f = footerFrom { for i in f..<n { drop[i] = true } }
        var kept: [MappedLine] = []
        kept.reserveCapacity(n)
        for i in 0..<n {
            if drop[i] { stats.boilerplateLines += 1 } else { kept.append(lines[i]) }
        }
        lines = kept
    }

    /// A line with a full stop, or with two or more clause breaks, is a sentence of the report: page furniture
    /// ("分享到：微信 微博", "技术支持：某某公司", "扫一扫在手机打开当前页") is a run of labels without them.
    static func readsAsProse(_ a: [Unicode.Scalar]) -> Bool {
        var breaks = 0
        for c in a {
            switch c {
            case "。": return true
            case ",", "，", ";", "；": breaks += 1; if breaks >= 2 { return true }
            default: continue
            }
        }
        return false
    }

    /// Records `key: value` pairs from a header line; a value runs to the next known key.
    package static func record(_ t: String, keys: [String], into fields: inout [String: String]) {
        for k in keys {
            guard let r = t.range(of: k + ":") ?? t.range(of: k + "：") else { continue }
            var rest = t[r.upperBound...]
            if let next = keys.compactMap({ key -> String.Index? in
                guard key != k else { return nil }
                return (rest.range(of: key + ":") ?? rest.range(of: key + "："))?.lowerBound
            }).min() {
                rest = rest[..<next]
            }
            let v = String(rest).trimmedSpaces
            if !v.isEmpty { fields[k] = v }
        }
    }
}
