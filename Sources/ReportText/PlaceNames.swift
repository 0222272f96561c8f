import Foundation

/// Administrative level, from the suffix of the place name.
public enum PlaceLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case province, municipality, autonomousRegion = "autonomous-region"
    case city, county, district
    case town, township, subdistrict
    case managementOffice = "management-office", zone

    /// Coarse rank for grouping: 0 province-level … 3 township-level.
    public var rank: Int {
        switch self {
        case .province, .municipality, .autonomousRegion: return 0
        case .city: return 1
        case .county, .district: return 2
        case .town, .township, .subdistrict, .managementOffice, .zone: return 3
        }
    }
    /// The Chinese word users know it by.
    public var chinese: String {
        switch self {
        case .province: return "省"
        case .municipality: return "直辖市"
        case .autonomousRegion: return "自治区"
        case .city: return "市"
        case .county: return "县"
        case .district: return "区"
        case .town: return "镇"
        case .township: return "乡"
        case .subdistrict: return "街道"
        case .managementOffice: return "管理处"
        case .zone: return "开发区/园区"
        }
    }
    public static func < (a: PlaceLevel, b: PlaceLevel) -> Bool { a.rank < b.rank }
}

/// Rules of place names shared by metadata, extraction and place matching; the level words live here once.
public enum PlaceNames {
    /// Level words at the end of a place name and the level each gives, a longer word before any word it ends
    /// in (街道办事处 before 街道, 自治区 before 区).
    package static let suffixes: [(suffix: String, level: PlaceLevel)] = [
        ("街道办事处", .subdistrict), ("自治区", .autonomousRegion), ("管理处", .managementOffice), ("开发区", .zone), ("高新区", .zone),
        ("园区", .zone), ("管委会", .zone), ("街道", .subdistrict), ("省", .province), ("市", .city), ("县", .county), ("旗", .county),
        ("区", .district), ("镇", .town), ("乡", .township),
    ]

    /// The four municipalities directly under the central government.
    package static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

    /// The level a name's suffix gives (北京市 is a municipality, 京东镇 a town), nil when it has none.
    package static func level(of name: String) -> PlaceLevel? {
        guard name.count >= 2 else { return nil }
        if municipalities.contains(name) { return .municipality }
        for (s, l) in suffixes where name.endsWith(s) && name.count > s.count { return l }
        return nil
    }

    /// Level words that end one part of a written hierarchy ("河北省保定市博野县"): the single characters, and
    /// the longer words other than zones (a 开发区 is part of a name such as 经济技术开发区).
    package static let partEnds: (words: [String], characters: Set<Character>) = {
        let own = suffixes.filter { $0.level != .zone }.map(\.suffix)
        return (own.filter { $0.count > 1 }, Set(own.compactMap { $0.count == 1 ? $0.first : nil }))
    }()

    /// Suffixes `key` strips: an autonomous region's full name first, then the level words other than zones.
    static let keySuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区"] + partEnds.words + partEnds.characters.map(String.init).sorted()

    /// The name without its level suffix, for matching spellings (河北省 ~ 河北, 京东镇 ~ 青山湖区京东镇).
    public static func key(_ name: String) -> String {
        var n = name
        for s in keySuffixes where n.endsWith(s) && n.count > s.count + 1 {
            n.removeLast(s.count); break
        }
        return n
    }
}
