import Foundation

/// One parsed report: metadata, section tree and (later) indicators.
/// A value type shared by the command line and the dashboard.
public struct Report: Sendable, Equatable, Codable {
    /// Path of the file it was read from (as given to the reader).
    public var file: String
    /// Source URL(s) named by the text (front matter, 来源/信息来源 line), else nil.
    public var source: String?
    public var title: String?
    public var place: Place
    public var kind: ReportKind
    /// Date delivered (会议日期) or published (发布日期), ISO `YYYY-MM-DD` or `YYYY-MM`.
    public var date: String?
    public var dateKind: DateKind?
    /// The year the report looks back on, and the year it plans for.
    public var reviewYear: Int?
    public var planYear: Int?
    public var speaker: Speaker?
    /// How the bytes were decoded.
    public var encoding: TextEncoding
    /// Script of the original text; analysis always runs on simplified text.
    public var script: Script
    /// True for templates and excerpt collections with placeholders (xx, *, ××).
    public var anonymised: Bool
    /// Flat section list in document order; `parent` links form the tree.
    public var sections: [Section]
    /// Paragraphs of the cleaned body in order; sections refer to them by index.
    public var paragraphs: [Paragraph]
    /// Every quantitative statement, bound to what it measures.
    public var indicators: [Indicator] = []
    /// Spans (in original-text offsets) where the text is damaged (mojibake); nothing is extracted there.
    public var damaged: [TextSpan]
    /// The decoded original text; every offset in this report points into it (Unicode scalars).
    /// For a web page, Word document or PDF it is the text taken out of the file, not the file's markup.
    public var originalText: String
    /// What kind of file it was read from, told by the file's extension.
    public var format: DocumentFormat { DocumentFormat(file: file) }

    public init(file: String, source: String? = nil, title: String? = nil, place: Place = Place(),
                kind: ReportKind = .other, date: String? = nil, dateKind: DateKind? = nil,
                reviewYear: Int? = nil, planYear: Int? = nil, speaker: Speaker? = nil,
                encoding: TextEncoding = .utf8, script: Script = .simplified, anonymised: Bool = false,
                sections: [Section] = [], paragraphs: [Paragraph] = [], damaged: [TextSpan] = [],
                originalText: String = "") {
        self.file = file; self.source = source; self.title = title; self.place = place
        self.kind = kind; self.date = date; self.dateKind = dateKind
        self.reviewYear = reviewYear; self.planYear = planYear; self.speaker = speaker
        self.encoding = encoding; self.script = script; self.anonymised = anonymised
        self.sections = sections; self.paragraphs = paragraphs; self.damaged = damaged
        self.originalText = originalText
    }
}

/// A government named by a report, with the level its name says and the parents the text names.
public struct Place: Sendable, Equatable, Codable, Hashable {
    public var name: String?
    public var level: PlaceLevel?
    public var parents: [String]
    public init(name: String? = nil, level: PlaceLevel? = nil, parents: [String] = []) {
        self.name = name; self.level = level; self.parents = parents
    }
}

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

public enum ReportKind: String, Sendable, Codable {
    case governmentWorkReport = "government-work-report"
    case workSummaryAndPlan = "work-summary-and-plan"
    case fragments
    case other

    public var chinese: String {
        switch self {
        case .governmentWorkReport: return "政府工作报告"
        case .workSummaryAndPlan: return "工作总结及打算"
        case .fragments: return "片段汇编"
        case .other: return "其他"
        }
    }
}

public enum DateKind: String, Sendable, Codable { case delivered, published, signed }

public struct Speaker: Sendable, Equatable, Codable {
    public var name: String
    public var title: String
    public init(name: String, title: String) { self.name = name; self.title = title }
}

public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8", utf8BOM = "UTF-8-BOM", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    case gb18030 = "GB18030", big5 = "Big5"
}

public enum Script: String, Sendable, Codable { case simplified, traditional }

/// A half-open range of Unicode-scalar offsets into a report's original text.
public struct TextSpan: Sendable, Equatable, Codable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

extension Report {
    /// The year a report belongs to in lists and series: the year it plans for (= the year delivered for work reports).
    public var displayYear: Int? {
        planYear ?? reviewYear.map { $0 + 1 } ?? date.flatMap { Int($0.prefix(4)) }
    }
}
