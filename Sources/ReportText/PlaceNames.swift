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

/// Rules of place names shared by metadata, extraction and place matching.
public enum PlaceNames {
    /// The name without its level suffix, for matching spellings (河北省 ~ 河北, 京东镇 ~ 青山湖区京东镇).
    public static func key(_ name: String) -> String {
        var n = name
        for s in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "街道办事处", "管理处", "街道", "省", "市", "县", "区", "镇", "乡", "旗"] where n.hasSuffix(s) && n.count > s.count + 1 {
            n.removeLast(s.count); break
        }
        return n
    }
}
