import ReportText
import ReportReading
import ReportParsing
import ReportQuantities

/// Whether a figure reports what happened, what is expected for the year, or what is aimed for.
public enum IndicatorRole: String, Sendable, Codable, Equatable { case actual, target, forecast }

/// A change stated with a figure: a growth rate in percent (negative for 下降/减少/回落) or a change
/// in percentage points (提高1.3个百分点). 持平 is a change of 0.
public struct Change: Sendable, Codable, Equatable {
    public var percent: Double?
    public var points: Double?
    public init(percent: Double? = nil, points: Double? = nil) { self.percent = percent; self.points = points }
}

/// One quantitative statement of a report, bound to the thing it measures.
public struct Indicator: Sendable, Codable, Equatable {
    /// The name as written (simplified), prefixes such as 全镇/全年/累计/完成 dropped.
    public var name: String
    /// Canonical name from the catalog, or nil.
    public var canonical: String?
    public var canonicalId: String?
    public var value: Double?
    public var unit: String?
    public var baseValue: Double?
    public var baseUnit: String?
    public var qualifier: Qualifier?
    public var range: ValueRange?
    public var redacted: Bool
    /// A threshold crossed (迈上4万亿元台阶, 突破1万亿元, 跨越3个千亿元台阶), not the level itself.
    public var milestone: Bool = false
    /// Stated as 预计 in the review of its year: the outcome as known when the report was written (role
    /// `actual`). A later report's figure for the same year replaces it in a series.
    public var estimated: Bool = false
    public var change: Change?
    public var role: IndicatorRole
    public var year: Int?
    /// 全年, 前三季度, 上半年, 1—10月, 截至11月30日 …
    public var period: String?
    /// Id of the section the sentence sits in.
    public var section: String?
    /// The sentence it came from (analysis text).
    public var text: String
    /// Original-text offsets of the figure (the level, or the change when there is no level).
    public var start: Int
    public var end: Int
    /// Index of the paragraph in `Report.paragraphs`.
    public var paragraph: Int

    public init(name: String, canonical: String? = nil, canonicalId: String? = nil, value: Double? = nil, unit: String? = nil,
                baseValue: Double? = nil, baseUnit: String? = nil, qualifier: Qualifier? = nil, range: ValueRange? = nil,
                redacted: Bool = false, change: Change? = nil, role: IndicatorRole = .actual, year: Int? = nil, period: String? = nil,
                section: String? = nil, text: String = "", start: Int = 0, end: Int = 0, paragraph: Int = 0) {
        self.name = name; self.canonical = canonical; self.canonicalId = canonicalId; self.value = value; self.unit = unit
        self.baseValue = baseValue; self.baseUnit = baseUnit; self.qualifier = qualifier; self.range = range; self.redacted = redacted
        self.change = change; self.role = role; self.year = year; self.period = period; self.section = section; self.text = text
        self.start = start; self.end = end; self.paragraph = paragraph
    }
}
