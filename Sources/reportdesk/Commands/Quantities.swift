import ArgumentParser
import Foundation
import ReportModel

struct Quantities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every quantity the parser finds in a text: number, unit, base value, qualifier, range.",
        discussion: """
        A tool for checking what the parser saw. TEXT is the text itself, or - to read standard input.
        Offsets (start, end) are Unicode-scalar offsets into TEXT.

        Examples:
          reportdesk quantities "全年实现地区生产总值38.6亿元，同比增长6.2%"
          reportdesk quantities --json - < report.txt
          reportdesk quantities --csv - < report.txt
        """
    )

    @Argument(help: "The text, or - for standard input.")
    var text: String

    @OptionGroup var output: OutputOptions
    var json: Bool { output.json }

    static let csvHeader = ["text", "start", "end", "value", "unit", "baseValue", "baseUnit", "qualifier", "rangeLo", "rangeHi", "redacted", "dimension"]

    @Flag(name: .long, help: "Find every number as a general recognizer would, not only report quantities.")
    var all = false

    func run() throws {
        let input: String
        if text == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let s = String(data: data, encoding: .utf8) else { throw ValidationError("standard input is not UTF-8 text") }
            input = s
        } else {
            input = text
        }
        let found = QuantityParser.parse(input, mode: all ? .recognizer : .report)
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let rows = found.map(QuantityRow.init)
            FileHandle.standardOutput.write(try e.encode(rows))
            print("")
            return
        }
        if output.csv {
            print(csvLine(Self.csvHeader))
            for q in found {
                print(csvLine([q.text, String(q.start), String(q.end), cell(q.value), q.unit ?? "", cell(q.baseValue), q.baseUnit ?? "",
                               q.qualifier?.rawValue ?? "", cell(q.range?.lo), cell(q.range?.hi), q.redacted ? "true" : "false", q.dimension.rawValue]))
            }
            return
        }
        for q in found {
            var line = "\(q.start)-\(q.end)\t\(q.text)\t"
            line += q.redacted ? "redacted" : q.value.map { cell($0) } ?? "—"
            line += q.unit.map { " \($0)" } ?? ""
            // Base values read as people write them (3亿元, not 300000000元); JSON keeps the raw numbers.
            // (shown only when it says more than the written form: 1.62万公顷 = 24.3万亩, not 30亿元 = 30亿元).
            if let b = q.baseValue, let u = q.baseUnit, q.unit != u, NumberText.human(b, unit: u) != cell(q.value) + (q.unit ?? "") {
                line += "\t= \(NumberText.human(b, unit: u))"
            }
            if let r = q.range { line += "\trange \(NumberText.human(r.lo, unit: q.baseUnit))–\(NumberText.human(r.hi, unit: q.baseUnit))" }
            if let ql = q.qualifier { line += "\t\(ql.rawValue)" }
            print(line)
        }
    }
}

/// The JSON shape of `quantities --json`: the field names the issue names, nulls explicit.
struct QuantityRow: Encodable {
    let q: Quantity
    init(_ q: Quantity) { self.q = q }
    enum K: String, CodingKey { case text, start, end, value, unit, baseValue, baseUnit, qualifier, range, redacted, dimension }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: K.self)
        try c.encode(q.text, forKey: .text); try c.encode(q.start, forKey: .start); try c.encode(q.end, forKey: .end)
        try c.encode(q.value, forKey: .value); try c.encode(q.unit, forKey: .unit)
        try c.encode(q.baseValue, forKey: .baseValue); try c.encode(q.baseUnit, forKey: .baseUnit)
        try c.encode(q.qualifier?.rawValue, forKey: .qualifier); try c.encode(q.range, forKey: .range)
        try c.encode(q.redacted, forKey: .redacted); try c.encode(q.dimension.rawValue, forKey: .dimension)
    }
}
