import Foundation

public struct Speaker: Sendable, Equatable, Codable {
    public var name: String
    public var title: String
    public init(name: String, title: String) { self.name = name; self.title = title }
}

/// The signature line of a speech ("代理市长 张三", "镇党委副书记、镇长李四"): read by metadata, and by
/// line repair and the section parser, which must not join or split it.
public enum SpeakerLine {
    static let officeTitles = ["代理省长", "代理市长", "代理县长", "代理区长", "代省长", "代市长", "代县长", "代区长", "代镇长", "代乡长",
                               "代主席", "省长", "市长", "县长", "区长", "旗长", "镇长", "乡长", "主席", "主任"]

    package static func speaker(in line: String) -> Speaker? {
        // Cheap tests first: this runs on every line, and counting all the Characters of a paragraph-long line or
        // searching it twenty times through Foundation was a fortieth of parse time. Every office title holds 长,
        // 主席 or 主任.
        guard line.prefix(41).count <= 40, !line.includes("。"), !line.includes("，"),
              line.includes("长") || line.includes("主席") || line.includes("主任") else { return nil }
        let compact = line.replacingAll(" ", with: "").replacingAll("\u{3000}", with: "").replacingAll("•", with: "·")
        for t in officeTitles {
            guard let r = compact.range(of: t, options: .backwards) else { continue }
            let name = String(compact[r.upperBound...])
            guard (2...4).contains(name.count) && name.unicodeScalars.allSatisfy(HanClass.isHan)
                    || (3...12).contains(name.count) && name.includes("·") && name.unicodeScalars.allSatisfy({ HanClass.isHan($0) || $0 == "·" })
            else { continue }
            // The office must end the title part: "镇人民政府镇长", "镇党委副书记、镇长", or stand alone.
            return Speaker(name: name, title: t)
        }
        return nil
    }
}
