import Foundation

import ReportModel

/// The reading pipeline as the fuzzer drives it (Fuzz/ReportFuzzer.swift) and as the regression tests
/// replay its findings (Fuzz/regressions): the first byte picks the stage, the rest is the input.
/// Besides not crashing, each stage checks invariants a crash-free run could still break.
public enum FuzzTarget {
    public static func run(_ bytes: Data) {
        guard let stage = bytes.first else { return }
        let data = bytes.dropFirst()
        switch stage % 5 {
        case 0: // bytes → decode → the whole report pipeline
            if let report = try? ReportReader.read(data: Data(data), file: "fuzz.txt") { check(report) }
        case 1: // bytes as a web page
            if let report = try? ReportReader.read(data: Data(data), file: "fuzz.html") { check(report) }
        case 2: // text → normaliser → section parser (fragments too)
            let norm = Normalizer.normalize(String(decoding: data, as: UTF8.self))
            _ = SectionParser.parse(norm.lines)
            _ = SectionParser.parseFragments(norm.lines)
        case 3: // text → quantity grammar, both modes
            let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            for q in QuantityParser.parse(scalars, mode: .report) + QuantityParser.parse(scalars, mode: .recognizer) {
                precondition(0 <= q.start && q.start <= q.end && q.end <= scalars.count, "quantity span outside the text")
                precondition(q.isFinite, "quantity with a value that is not finite")
            }
        default: // bytes as a Word document's XML parts (document, and the same bytes as numbering and styles)
            let d = Data(data)
            if let text = try? DocxText.text(document: d, numbering: d, styles: d, file: "fuzz.docx") {
                check(ReportReader.parse(text, file: "fuzz.docx"))
            }
        }
    }

    package static func check(_ report: Report) {
        let n = report.originalText.unicodeScalars.count
        for s in report.damaged { precondition(0 <= s.start && s.start <= s.end && s.end <= n, "damaged span outside the text") }
        for i in report.indicators {
            precondition(report.paragraphs.indices.contains(i.paragraph), "indicator names no paragraph")
            precondition(0 <= i.start && i.start <= i.end, "indicator span reversed")
            precondition([i.value, i.baseValue].allSatisfy { $0?.isFinite ?? true }, "indicator value not finite")
        }
    }
}
