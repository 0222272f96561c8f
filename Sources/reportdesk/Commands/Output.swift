import ArgumentParser
import Foundation
import ReportModel

// What the commands print: number cells, CSV lines, and the typed JSON documents (docs/index.md, docs/analysis.md).
// Every key of a JSON object is written, missing values as null: scripts can rely on the keys.

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

/// `--json` and `--csv`, spelled the same on every command that prints records; without either, text for people.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (field names: docs/json-schema.md).") var json = false
    @Flag(name: .long, help: "Print CSV with a header row (UTF-8; numbers in base units).") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv: choose one") }
    }
}

/// A command that ran but could not do what was asked (no such folder, no place of that name): the message
/// alone and exit status 1, without a usage line (the command line itself was right).
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Exit status 1 after the output when some file of the corpus could not be read (each was named on stderr).
func exitIfUnreadable(_ failures: [ReadError]) throws {
    if !failures.isEmpty { throw ExitCode(1) }
}

/// Numbers for tables: integers without ".0", others to 10 significant digits.
func cell(_ v: Double?) -> String { NumberText.plain(v) }

/// A growth rate with its sign: +5.4%, -0.2%.
func signedPercent(_ v: Double) -> String { (v >= 0 ? "+" : "") + cell(v) + "%" }

func csvLine(_ fields: [String]) -> String {
    fields.map { $0.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
        .joined(separator: ",")
}

/// Prints `value` as pretty JSON with sorted keys (the format every `--json` prints).
func printJSON(_ value: some Encodable) throws {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try e.encode(value))
    print("")
}

/// String keys for the JSON documents below.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where K == JSONKey {
    /// Writes `value` under `key`, null when it is nil.
    mutating func put<T: Encodable>(_ value: T?, _ key: String) throws {
        if let value { try encode(value, forKey: JSONKey(key)) } else { try encodeNil(forKey: JSONKey(key)) }
    }
}

/// A series row as JSON: numbers in base units, each source as `{file, paragraph, start, end, sentence}`; `targets`
/// adds the place and indicator.
struct SeriesRowJSON: Encodable {
    var row: SeriesRow
    var place: String? = nil
    var indicator: String? = nil

    func encode(to encoder: any Encoder) throws {
        let r = row
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(r.year, "year"); try c.put(r.value, "value"); try c.put(r.unit, "unit"); try c.put(r.growth, "growth")
        try c.put(r.preliminary, "preliminary"); try c.put(r.derived, "derived"); try c.put(r.target, "target")
        try c.put(r.target == nil ? nil : (r.targetIsGrowth ? "growth" : "level"), "targetKind")
        try c.put(r.targetQualifier?.rawValue, "targetQualifier"); try c.put(r.attainment.rawValue, "attainment")
        try c.put(r.targetRange?.lo, "targetLow"); try c.put(r.targetRange?.hi, "targetHigh"); try c.put(r.gap, "gap")
        try c.put(r.revisions, "revisions"); try c.put(r.inconsistent, "inconsistent"); try c.put(r.source, "source")
        try c.put(r.targetUnit, "targetUnit"); try c.put(r.valueSource, "valueSource"); try c.put(r.growthSource, "growthSource")
        try c.put(r.targetSource, "targetSource")
        if let place { try c.put(place, "place") }
        if let indicator { try c.put(indicator, "indicator") }
    }
}

/// `series --json`: one place's rows of one indicator.
struct SeriesJSON: Encodable {
    var place: String
    var indicator: String
    var indicatorId: String
    var rows: [SeriesRowJSON]
}

/// `targets --json`: every target row, with the place when one was asked for.
struct TargetsJSON: Encodable {
    var targets: [SeriesRowJSON]
    var place: String?
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(targets, "targets")
        if let place { try c.put(place, "place") }
    }
}

/// `compare --json`: the year, the places, and per indicator one cell per place (null where it has nothing).
struct ComparisonJSON: Encodable {
    struct Row: Encodable {
        var indicator: String
        var indicatorId: String
        var cells: [SeriesRowJSON?]
    }
    var year: Int?
    var places: [String]
    var rows: [Row]
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(year, "year"); try c.put(places, "places"); try c.put(rows, "rows")
    }
}

/// `places --json`.
struct PlaceJSON: Encodable {
    var place: String
    var level: String?
    var parents: [String]
    var years: [Int]
    var formerNames: [String]
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.put(place, "place"); try c.put(level, "level"); try c.put(parents, "parents"); try c.put(years, "years")
        try c.put(formerNames, "formerNames")
    }
}

/// `search --json`: paragraph hits and indicator names with their latest uses.
struct SearchJSON: Encodable {
    struct Paragraph: Encodable {
        var hit: ParagraphHit
        func encode(to encoder: any Encoder) throws {
            let h = hit
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put(h.file, "file"); try c.put(h.place, "place"); try c.put(h.year, "year"); try c.put(h.section, "section")
            try c.put(h.paragraph, "paragraph"); try c.put(h.sentence, "sentence")
            try c.put(h.matches.map { [$0.lowerBound, $0.upperBound] }, "matches"); try c.put(h.rank, "rank")
        }
    }
    struct Name: Encodable {
        var hit: NameHit
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put(hit.name, "name"); try c.put(hit.count, "count"); try c.put(hit.latest.map(Use.init), "latest")
        }
    }
    struct Use: Encodable {
        var hit: IndicatorHit
        func encode(to encoder: any Encoder) throws {
            let u = hit
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.put(u.file, "file"); try c.put(u.place, "place"); try c.put(u.year, "year"); try c.put(u.indicator.value, "value")
            try c.put(u.indicator.unit, "unit"); try c.put(u.indicator.role.rawValue, "role")
        }
    }
    var query: String
    var paragraphs: [Paragraph]
    var names: [Name]
}

/// `index --json`: what the refresh did and what the index holds.
struct IndexJSON: Encodable {
    struct Failure: Encodable { var file: String; var problem: String }
    var index: String
    var added: Int, updated: Int, removed: Int, unchanged: Int
    var failed: [Failure]
    var cancelled: Bool
    var seconds: Double
    var bytesParsed: Int64
    var reports: Int, indicators: Int
    var consistent: Bool
}

extension SeriesRow {
    static let csvHeader = ["year", "value", "unit", "growth", "preliminary", "derived", "target", "targetKind", "targetQualifier",
                            "attainment", "gap", "inconsistent", "source", "targetLow", "targetHigh", "revisions", "targetUnit",
                            "sentence", "targetSource", "targetSentence"]
    var csvFields: [String] {
        [String(year), cell(value), unit ?? "", cell(growth), preliminary ? "true" : "false", cell(derived), cell(target),
         target == nil ? "" : (targetIsGrowth ? "growth" : "level"), targetQualifier?.rawValue ?? "", attainment.rawValue, cell(gap),
         inconsistent ? "true" : "false", source ?? "", cell(targetRange?.lo), cell(targetRange?.hi),
         revisions.map { cell($0) }.joined(separator: ";"), targetUnit ?? "",
         outcomeStatement?.sentence ?? "", targetSource?.file ?? "",
         targetSource?.sentence ?? ""]
    }

    /// The target as people read it (5–5.5%, ≤5%, ≈2%, 1285万吨), the same text as the dashboard's.
    var targetText: String {
        guard let t = target else { return "—" }
        return NumberText.target(t, isGrowth: targetIsGrowth, qualifier: targetQualifier, range: targetRange, unit: targetUnit ?? unit)
    }
}

/// One figure of `bench --json`: a number, named numbers (p50, p95 …), a list of numbers, or text.
enum BenchFigure: Encodable {
    case number(Double), numbers([String: Double]), list([Double]), text(String)
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let v): try c.encode(v)
        case .numbers(let v): try c.encode(v)
        case .list(let v): try c.encode(v)
        case .text(let v): try c.encode(v)
        }
    }
}
