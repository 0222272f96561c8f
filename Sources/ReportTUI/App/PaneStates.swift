import ReportModel

/// The indicator table's view of a section's figures: which column sorts it, which role it shows, whether only
/// figures with a catalog name are listed, and the cursor.
public struct TableState: Sendable, Equatable {
    public enum Column: Int, Sendable, CaseIterable { case name, value, change, role, year }
    /// nil: the order of the text.
    public var sort: Column?
    public var descending = false
    public var role: IndicatorRole?
    public var catalogOnly = false
    public var cursor = 0
    public var scroll = 0

    /// `all` filtered and sorted as the table shows them.
    public func rows(_ all: [Indicator]) -> [Indicator] {
        var rows = all.filter { (role == nil || $0.role == role) && (!catalogOnly || $0.canonicalId != nil) }
        guard let sort else { return descending ? rows.reversed() : rows }
        let key: (Indicator, Indicator) -> Bool
        switch sort {
        case .name: key = { ($0.canonical ?? $0.name) < ($1.canonical ?? $1.name) }
        case .value: key = { a, b in
            // Values compare within a unit; units group together.
            (a.baseUnit ?? "\u{10FFFF}", a.baseValue ?? -.infinity) < (b.baseUnit ?? "\u{10FFFF}", b.baseValue ?? -.infinity) }
        case .change: key = { ($0.change?.percent ?? $0.change?.points ?? -.infinity) < ($1.change?.percent ?? $1.change?.points ?? -.infinity) }
        case .role: key = { $0.role.rawValue < $1.role.rawValue }
        case .year: key = { ($0.year ?? Int.min) < ($1.year ?? Int.min) }
        }
        // Stable: ties keep the order of the text.
        rows = rows.enumerated().sorted { a, b in
            if key(a.element, b.element) { return !descending }
            if key(b.element, a.element) { return descending }
            return a.offset < b.offset
        }.map(\.element)
        return rows
    }

    mutating func nextSort() {
        if let s = sort { sort = TableState.Column(rawValue: s.rawValue + 1) } else { sort = .name }
        cursor = 0; scroll = 0
    }

    mutating func nextRole() {
        switch role {
        case nil: role = .actual
        case .actual?: role = .target
        case .target?: role = .forecast
        case .forecast?: role = nil
        }
        cursor = 0; scroll = 0
    }
}

/// The year-over-year pane: one place and one catalog indicator, with its answer once fetched.
public struct YearOverYearState: Sendable, Equatable {
    public var place: String
    public var indicatorId: String
    public var indicatorName: String
    public var series: PlaceSeries?
    public var answered: Request?
    public var failure: String?
    public var cursor = 0
    public var scroll = 0

    public var request: Request { .series(place: place, indicator: indicatorId) }
    public var isCurrent: Bool { answered == request }
}

/// The search box: indicator search or full-text search, the query as typed, and the results of the latest answer.
public struct SearchState: Sendable {
    public enum Kind: Sendable, Equatable { case indicators, text }
    /// Results asked for per query.
    public static let limit = 400

    public var kind: Kind = .indicators
    public var input = ""
    public var active = false
    public var indicatorHits: [IndicatorMatch] = []
    public var textHits: [ParagraphHit] = []
    /// The request whose answer is shown (it may lag the input while the user types).
    public var answered: Request?
    public var failure: String?
    public var cursor = 0
    public var scroll = 0

    public var query: String { input.trimmingCharacters(in: .whitespaces) }
    public var request: Request? {
        guard !query.isEmpty else { return nil }
        return kind == .indicators ? .indicators(query) : .paragraphs(query)
    }
    public var count: Int { kind == .indicators ? indicatorHits.count : textHits.count }
}

/// The comparison screen: the places picked, the year, the picker's input and the answer.
public struct CompareState: Sendable {
    public var places: [String] = []
    /// nil: the latest year the places share.
    public var year: Int?
    public var picking = true
    public var input = ""
    public var pickerCursor = 0
    public var pickerScroll = 0
    public var result: Comparison?
    public var answered: Request?
    public var failure: String?
    public var cursor = 0
    public var scroll = 0
    /// The selected place's column: Enter opens that cell's source.
    public var column = 0
    /// Every place name of the corpus with its level and pinyin, for the picker (built when the screen opens).
    var candidates: [(name: String, level: String, pinyin: [[String]])] = []

    public var request: Request? { places.isEmpty ? nil : .compare(places: places, year: year) }

    /// Candidates matching the input: a substring of the name, or a prefix of its pinyin (full or initials).
    public var matches: [(name: String, level: String)] {
        let q = input.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return candidates.filter { !places.contains($0.name) }.map { ($0.name, $0.level) } }
        let simplified = String(scalars: ScriptConverter.simplifyScalars(Array(q.unicodeScalars)))
        let latin = q.unicodeScalars.allSatisfy(\.isASCII) ? Array(q.lowercased().utf8.filter { $0 != 32 }) : []
        return candidates.filter { c in
            !places.contains(c.name) && (c.name.contains(simplified) || (!latin.isEmpty && PinyinTable.match(latin, c.pinyin) != nil))
        }.map { ($0.name, $0.level) }
    }
}

/// Where a search result sends the user: a report, a paragraph and, for a figure, where it starts.
struct Jump: Sendable, Equatable {
    var file: String
    var paragraph: Int
    var start: Int?
    /// End of the figure; with `start`, the span the text pane spotlights.
    var end: Int? = nil
    /// Words to mark in the opened text (a full-text query as it matched).
    var terms: [String] = []
    /// A second source shown pinned above the text: the target's sentence beside the outcome's.
    var companion: SourceRef? = nil
    /// Land in the text pane (a value's source) rather than on the figure's table row (a search result).
    var readText = false
}

/// What the text pane marks after a jump: one figure (and only it), the words of a full-text query, and a second
/// sentence pinned above the text (the target's, beside the outcome's). Cleared when another section or report is
/// chosen.
public struct Spotlight: Sendable, Equatable {
    public var file: String
    public var paragraph: Int
    public var start: Int?
    public var end: Int?
    public var terms: [String]
    public var companion: SourceRef?
    /// The companion's sentence once read from its report.
    public var quote: Quote?
    var quoteFailed = false

    /// What a jump marks: its figure or query words, and its companion sentence (read later).
    init(_ j: Jump) {
        file = j.file; paragraph = j.paragraph; start = j.start; end = j.end; terms = j.terms; companion = j.companion
    }

    /// Whether `file`'s text is the one spotlit.
    func applies(to file: String?) -> Bool { file == self.file }
}

import Foundation
