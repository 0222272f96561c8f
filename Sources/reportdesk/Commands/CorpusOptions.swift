import ArgumentParser
import Foundation
import ReportModel
import ReportStore

/// `--corpus DIR` for commands that work across reports; the bundled Data/reports by default.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of reports (recursive; .txt, .md, .html, .htm, .docx, .pdf). Default: the bundled Data/reports.")
    var corpus: String?

    @OptionGroup var index: IndexOptions

    /// The corpus as the analysis sees it, read from the index (brought up to date first).
    /// Files that cannot be read are named on stderr; the rest is analysed.
    func load() throws -> Analysis {
        let folder = try BundledData.folder(corpus)
        let (store, _) = try index.open(folder)
        reportErrors(try store.failures())
        return Analysis(reports: try store.reports())
    }

    /// `all` (or `*`) means every place, narrowed by `--level`; anything else names one place.
    static func isAll(_ query: String) -> Bool { query == "all" || query == "*" }

    func places(_ a: Analysis, _ query: String, level: LevelFilter?) throws -> [PlaceSummary] {
        if Self.isAll(query) {
            return a.places.places.filter { p in level.map { $0.includes(p.level) } ?? true }
        }
        return [try place(a, query)]
    }

    func place(_ a: Analysis, _ query: String) throws -> PlaceSummary {
        guard let p = a.places.find(query) else { throw ValidationError("no place matches \"\(query)\"; `reportdesk places` lists them") }
        return p
    }
}

/// Coarse government level for `--level`: province-level, city, county-level, township-level.
enum LevelFilter: String, ExpressibleByArgument, CaseIterable {
    case province, city, county, town
    func includes(_ level: PlaceLevel?) -> Bool {
        guard let level else { return false }
        return level.rank == Self.allCases.firstIndex(of: self)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

/// Numbers for tables: integers without ".0", others to 10 significant digits.
func cell(_ v: Double?) -> String { NumberText.plain(v) }

/// A growth rate with its sign: +5.4%, -0.2%.
func signedPercent(_ v: Double) -> String { (v >= 0 ? "+" : "") + cell(v) + "%" }

func csvLine(_ fields: [String]) -> String {
    fields.map { $0.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
        .joined(separator: ",")
}

func printJSON(_ value: Any) throws {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(data)
    print("")
}

extension SourceRef {
    /// The source as a JSON object: file, paragraph, original-text offsets of the figure, and the sentence.
    var json: [String: Any] { ["file": file, "paragraph": paragraph, "start": start, "end": end, "sentence": sentence] }
}

extension SeriesRow {
    /// The row as a JSON object (numbers in base units, nulls explicit).
    var json: [String: Any] {
        [
            "year": year, "value": value as Any? ?? NSNull(), "unit": unit as Any? ?? NSNull(), "growth": growth as Any? ?? NSNull(),
            "preliminary": preliminary, "derived": derived as Any? ?? NSNull(), "target": target as Any? ?? NSNull(),
            "targetKind": target == nil ? NSNull() : (targetIsGrowth ? "growth" : "level") as Any,
            "targetQualifier": targetQualifier?.rawValue as Any? ?? NSNull(), "attainment": attainment.rawValue,
            "targetLow": targetRange?.lo as Any? ?? NSNull(), "targetHigh": targetRange?.hi as Any? ?? NSNull(),
            "gap": gap as Any? ?? NSNull(), "revisions": revisions, "inconsistent": inconsistent, "source": source as Any? ?? NSNull(),
            "targetUnit": targetUnit as Any? ?? NSNull(),
            "valueSource": valueSource?.json ?? NSNull(), "growthSource": growthSource?.json ?? NSNull(),
            "targetSource": targetSource?.json ?? NSNull(),
        ]
    }

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
