import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

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

extension Report {
    /// The year a report belongs to in lists and series: the year it plans for (= the year delivered for work reports).
    public var displayYear: Int? {
        planYear ?? reviewYear.map { $0 + 1 } ?? date.flatMap { Int($0.prefix(4)) }
    }
}
