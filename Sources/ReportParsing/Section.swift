import Foundation
import ReportText

import ReportReading

/// What a section speaks about: the past year, plans and targets, problems, or something else.
public enum SectionRole: String, Sendable, Codable {
    case review, plan, problems, other
}

/// A heading and everything under it until the next heading of the same or a higher level.
public struct Section: Sendable, Equatable, Codable, Identifiable {
    /// Stable within a report: "s1", "s1.2", "s1.2.3" …
    public var id: String
    /// Id of the parent section, nil for level 1.
    public var parent: String?
    /// Depth in the tree, 1-based (skipped numbering levels do not leave gaps).
    public var level: Int
    /// The numbering as written, e.g. "一、", "（一）", "1.", "①"; "" for unnumbered headings,
    /// "¶" for topic-sentence sub-sections, "part" for a fragment of an excerpt collection.
    public var marker: String
    public var kind: HeadingKind
    public var title: String
    public var role: SectionRole
    public var year: Int?
    /// Original-text offsets of the whole section (heading through the end of its last paragraph).
    public var start: Int
    public var end: Int
    /// Paragraph indices (into `Report.paragraphs`) whose text belongs directly to this section.
    public var paragraphRange: Range<Int>
    /// For excerpt collections: which part (1-based) this section belongs to; 0 otherwise.
    public var part: Int

    public init(id: String, parent: String?, level: Int, marker: String, kind: HeadingKind, title: String,
                role: SectionRole, year: Int?, start: Int, end: Int, paragraphRange: Range<Int>, part: Int = 0) {
        self.id = id; self.parent = parent; self.level = level; self.marker = marker; self.kind = kind
        self.title = title; self.role = role; self.year = year; self.start = start; self.end = end
        self.paragraphRange = paragraphRange; self.part = part
    }
}

/// One paragraph of cleaned text. `text` is simplified and folded for analysis; `display`
/// has the original script. Both have the same scalar count, and `origin[i]` is the
/// original-text offset of scalar i (with one extra entry for the end).
public struct Paragraph: Sendable, Equatable, Codable {
    public var text: String
    public var display: String
    public var origin: [Int32]
    /// Ranges (in this paragraph's scalar indices) that are damaged and must yield nothing.
    public var damaged: [Range<Int>]
    /// In-paragraph enumeration items (一是/二是, 第一/第二, ——): scalar index where each starts.
    public var listItems: [Int]
    /// Number of scalars at the start that form the heading (marker + title), 0 for body paragraphs.
    public var headingLength: Int

    public init(text: String, display: String, origin: [Int32], damaged: [Range<Int>] = [],
                listItems: [Int] = [], headingLength: Int = 0) {
        self.text = text; self.display = display; self.origin = origin; self.damaged = damaged
        self.listItems = listItems; self.headingLength = headingLength
    }

    public var start: Int { Int(origin.first ?? 0) }
    public var end: Int { Int(origin.last ?? 0) }

    /// The scalars of `display` (and `text`) that hold the original-text span `start..<end`: a figure's place in
    /// the paragraph as shown.
    public func scalars(fromOriginal start: Int, to end: Int) -> Range<Int> {
        let n = min(display.unicodeScalars.count, origin.count)
        let lo = origin.prefix(n).firstIndex { Int($0) >= start } ?? n
        let hi = origin.prefix(n).firstIndex { Int($0) >= end } ?? n
        return lo..<max(lo, hi)
    }
}

extension Array where Element == Section {
    /// Each section's position by id (the first, should an id repeat): parent lookups without scanning all
    /// sections, which 10,000 headings made quadratic.
    package func indexByID() -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(count)
        for (i, s) in enumerated() where out[s.id] == nil { out[s.id] = i }
        return out
    }
}
