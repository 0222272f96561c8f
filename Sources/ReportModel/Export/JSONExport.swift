import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators
import ReportAnalysis

import ReportSearch

/// The `reportdesk extract --json` document (schema version 1, docs/json-schema.md).
/// Field names are a public contract: extend, never rename.
public struct ExportDocument: Encodable, Sendable {
    public static let schemaVersion = 1
    public var reports: [Report]
    public var errors: [ReadError]

    public init(reports: [Report], errors: [ReadError] = []) { self.reports = reports; self.errors = errors }

    package enum Keys: String, CodingKey { case schemaVersion, reports, errors }

    public func encode(to encoder: Encoder) throws {
        try Self.encode(reports: reports.map { ExportReport($0) }, errors: errors, to: encoder)
    }

    /// The document's fields, with the reports as given (the reports themselves, or placeholders for them).
    static func encode(reports: [some Encodable], errors: [ReadError], to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(reports, forKey: .reports)
        try c.encode(errors.map { ["file": $0.file, "problem": $0.problem] }, forKey: .errors)
    }

    /// Pretty or compact JSON, UTF-8, keys in a stable order, Chinese unescaped.
    public func json(pretty: Bool = true) throws -> Data {
        var out = Data()
        try write(pretty: pretty) { out.append($0) }
        return out
    }

    /// The same bytes as `json(pretty:)`, handed to `sink` piece by piece: one report at a time, a report's
    /// indicators a few thousand at a time. Encoding a whole document at once held the encoder's tree of
    /// every value; a report of 600,000 figures (a table flattened into one line) took 2 GB that way.
    public func write(pretty: Bool = true, to sink: (Data) throws -> Void) throws {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // The document with a placeholder string per report, then each placeholder replaced by its report.
        let skeleton = Skeleton(errors: errors, reports: reports.indices.map(Placeholder.report))
        try Placeholder.splice(try e.encode(skeleton), pretty: pretty, sink: sink) { k, indent, sink in
            let r = reports[k]
            guard r.indicators.count > Self.chunk else { return try sink(Placeholder.indented(try e.encode(ExportReport(r)), indent)) }
            // A report with many figures: the report with a placeholder for its indicators, then those in chunks.
            let shell = try e.encode(ExportReport(r, indicators: .placeholder))
            // Every piece of the report goes where its placeholder was: indented by that line's indentation.
            try Placeholder.splice(shell, pretty: pretty, sink: { try sink(Placeholder.indented($0, indent)) }) { _, inner, sink in
                try Self.indicators(r.indicators, e, pretty: pretty, indent: inner, sink)
            }
        }
    }

    /// Indicators per piece when a report's are written in pieces.
    static let chunk = 2_000

    /// `[a, b, …]` as the encoder writes an array of indicators, from pieces of `chunk`, indented by `indent`.
    static func indicators(_ all: [Indicator], _ e: JSONEncoder, pretty: Bool, indent: Int, _ sink: (Data) throws -> Void) throws {
        try sink(Data("[".utf8))
        var first = true
        for start in stride(from: 0, to: all.count, by: chunk) {
            let part = try e.encode(all[start..<min(all.count, start + chunk)].map(ExportIndicator.init))
            // The elements without the array's brackets (pretty: without "[\n" and "\n]").
            var piece = Data(((first ? "" : ",") + (pretty ? "\n" : "")).utf8)
            piece.append(pretty ? part.dropFirst(2).dropLast(2) : part.dropFirst().dropLast())
            try sink(Placeholder.indented(piece, indent))
            first = false
        }
        try sink(Placeholder.indented(Data(((pretty ? "\n" : "") + "]").utf8), indent))
    }

    /// The document with a placeholder string for each report.
    struct Skeleton: Encodable {
        var errors: [ReadError]
        var reports: [String]
        func encode(to encoder: Encoder) throws { try ExportDocument.encode(reports: reports, errors: errors, to: encoder) }
    }
}

/// Placeholder strings in an encoded skeleton, and the splicing that replaces each by its real value. JSON
/// strings hold no raw line breaks, so a value encoded alone is re-indented line by line to where it goes.
enum Placeholder {
    static let prefix = "@@reportdesk-part-"
    static func report(_ k: Int) -> String { prefix + String(k) + "@@" }
    static let indicators = prefix + "indicators@@"

    /// Writes `data`, each `"@@reportdesk-part-K@@"` replaced by what `value(K, indent, sink)` writes, where
    /// indent is the placeholder line's indentation (pretty) or 0.
    static func splice(_ data: Data, pretty: Bool, sink: (Data) throws -> Void, value: (Int, Int, (Data) throws -> Void) throws -> Void) throws {
        let bytes = [UInt8](data)
        let open = Array(("\"" + prefix).utf8)
        var i = 0, written = 0
        while i + open.count <= bytes.count {
            guard bytes[i] == open[0], bytes[i..<(i + open.count)].elementsEqual(open),
                  let close = bytes[(i + open.count)...].firstIndex(of: UInt8(ascii: "\"")) else { i += 1; continue }
            let name = String(decoding: bytes[(i + open.count)..<close], as: UTF8.self).replacingOccurrences(of: "@@", with: "")
            try sink(Data(bytes[written..<i]))
            var lineStart = i
            while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            var indent = 0
            while pretty, bytes[lineStart + indent] == UInt8(ascii: " ") { indent += 1 }
            try withoutActuallyEscaping(sink) { try value(Int(name) ?? -1, indent, $0) }
            i = close + 1; written = i
        }
        try sink(Data(bytes[written...]))
    }

    /// `data` with every line after the first indented by `indent` spaces (an empty line stays empty, as the
    /// encoder writes the inside of an empty array).
    static func indented(_ data: Data, _ indent: Int) -> Data {
        guard indent > 0 else { return data }
        let bytes = [UInt8](data), newline = UInt8(ascii: "\n")
        var out = [UInt8](); out.reserveCapacity(bytes.count + bytes.count / 8)
        let pad = [UInt8](repeating: UInt8(ascii: " "), count: indent)
        for (k, b) in bytes.enumerated() {
            out.append(b)
            if b == newline, k + 1 == bytes.count || bytes[k + 1] != newline { out.append(contentsOf: pad) }
        }
        return Data(out)
    }
}

struct ExportReport: Encodable {
    package let r: Report
    /// The report's own indicators, or a placeholder where they are written in pieces.
    enum Indicators { case own, placeholder }
    let indicators: Indicators
    package init(_ r: Report, indicators: Indicators = .own) { self.r = r; self.indicators = indicators }

    package enum Keys: String, CodingKey {
        case file, source, title, place, kind, date, dateKind, reviewYear, planYear, speaker, encoding, script
        case anonymised, damaged, sections, indicators, format
    }
    enum PlaceKeys: String, CodingKey { case name, level, parents }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(r.file, forKey: .file)
        try c.encode(r.source, forKey: .source)
        try c.encode(r.title, forKey: .title)
        var p = c.nestedContainer(keyedBy: PlaceKeys.self, forKey: .place)
        try p.encode(r.place.name, forKey: .name)
        try p.encode(r.place.level?.rawValue, forKey: .level)
        try p.encode(r.place.parents, forKey: .parents)
        try c.encode(r.kind.rawValue, forKey: .kind)
        try c.encode(r.date, forKey: .date)
        try c.encode(r.dateKind?.rawValue, forKey: .dateKind)
        try c.encode(r.reviewYear, forKey: .reviewYear)
        try c.encode(r.planYear, forKey: .planYear)
        try c.encode(r.speaker, forKey: .speaker)
        try c.encode(r.encoding.rawValue, forKey: .encoding)
        try c.encode(r.script.rawValue, forKey: .script)
        try c.encode(r.anonymised, forKey: .anonymised)
        try c.encode(r.damaged, forKey: .damaged)
        try c.encode(r.sections.map(ExportSection.init), forKey: .sections)
        switch indicators {
        case .own: try c.encode(r.indicators.map(ExportIndicator.init), forKey: .indicators)
        case .placeholder: try c.encode(Placeholder.indicators, forKey: .indicators)
        }
        try c.encode(r.format.rawValue, forKey: .format)
    }
}

struct ExportSection: Encodable {
    package let s: Section
    package init(_ s: Section) { self.s = s }
    package enum Keys: String, CodingKey { case id, parent, level, marker, kind, title, role, year, start, end, part }
    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(s.id, forKey: .id)
        try c.encode(s.parent, forKey: .parent)
        try c.encode(s.level, forKey: .level)
        try c.encode(s.marker, forKey: .marker)
        try c.encode(s.kind.rawValue, forKey: .kind)
        try c.encode(s.title, forKey: .title)
        try c.encode(s.role.rawValue, forKey: .role)
        try c.encode(s.year, forKey: .year)
        try c.encode(s.start, forKey: .start)
        try c.encode(s.end, forKey: .end)
        try c.encode(s.part, forKey: .part)
    }
}

/// Indicator fields of schema version 1: name, canonical, value, unit, baseValue, baseUnit, qualifier,
/// range {lo, hi}, redacted, milestone, change {percent} or {points}, role, year, period, section, text, start, end;
/// appended since: estimated.
public struct ExportIndicator: Encodable, Sendable {
    package let i: Indicator
    public init(_ i: Indicator) { self.i = i }
    package enum Keys: String, CodingKey {
        case name, canonical, canonicalId, value, unit, baseValue, baseUnit, qualifier, range, redacted, milestone, change, role, year, period, section, text, start, end, estimated
    }
    enum ChangeKeys: String, CodingKey { case percent, points }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(i.name, forKey: .name)
        try c.encode(i.canonical, forKey: .canonical)
        try c.encode(i.canonicalId, forKey: .canonicalId)
        try c.encode(i.value, forKey: .value)
        try c.encode(i.unit, forKey: .unit)
        try c.encode(i.baseValue, forKey: .baseValue)
        try c.encode(i.baseUnit, forKey: .baseUnit)
        try c.encode(i.qualifier?.rawValue, forKey: .qualifier)
        try c.encode(i.range, forKey: .range)
        try c.encode(i.redacted, forKey: .redacted)
        try c.encode(i.milestone, forKey: .milestone)
        if let ch = i.change {
            var cc = c.nestedContainer(keyedBy: ChangeKeys.self, forKey: .change)
            if let p = ch.percent { try cc.encode(p, forKey: .percent) }
            if let p = ch.points { try cc.encode(p, forKey: .points) }
        } else {
            try c.encodeNil(forKey: .change)
        }
        try c.encode(i.role.rawValue, forKey: .role)
        try c.encode(i.year, forKey: .year)
        try c.encode(i.period, forKey: .period)
        try c.encode(i.section, forKey: .section)
        try c.encode(i.text, forKey: .text)
        try c.encode(i.start, forKey: .start)
        try c.encode(i.end, forKey: .end)
        try c.encode(i.estimated, forKey: .estimated)
    }
}
