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
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(reports.map(ExportReport.init), forKey: .reports)
        try c.encode(errors.map { ["file": $0.file, "problem": $0.problem] }, forKey: .errors)
    }

    /// Pretty or compact JSON, UTF-8, keys in a stable order, Chinese unescaped.
    public func json(pretty: Bool = true) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(self)
    }
}

struct ExportReport: Encodable {
    package let r: Report
    package init(_ r: Report) { self.r = r }

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
        try c.encode(r.indicators.map(ExportIndicator.init), forKey: .indicators)
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
