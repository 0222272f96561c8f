import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators

/// Where a value shown in a series, a comparison or a target list was read: the report, the paragraph, the
/// figure's original-text offsets and its sentence. Every number a user sees can be traced back to its words.
public struct SourceRef: Sendable, Equatable, Hashable, Codable {
    public var file: String
    /// Index of the paragraph in `Report.paragraphs`.
    public var paragraph: Int
    /// Original-text offsets of the figure.
    public var start: Int
    public var end: Int
    /// The sentence (analysis text: simplified).
    public var sentence: String

    public init(file: String, paragraph: Int, start: Int, end: Int, sentence: String) {
        self.file = file; self.paragraph = paragraph; self.start = start; self.end = end; self.sentence = sentence
    }

    public init(_ i: Indicator, file: String) {
        self.init(file: file, paragraph: i.paragraph, start: i.start, end: i.end, sentence: i.text)
    }
}

/// A sentence of a report in its original script with one span marked: a source shown beside another (the
/// target's sentence beside the outcome's).
public struct Quote: Sendable, Equatable {
    public var file: String
    /// Place and year of the report (北京市 2021).
    public var report: String
    public var text: String
    /// Scalar offsets in `text` of the figure.
    public var mark: Range<Int>

    public init(file: String, report: String, text: String, mark: Range<Int>) {
        self.file = file; self.report = report; self.text = text; self.mark = mark
    }
}

extension Report {
    /// The sentence of paragraph `ref.paragraph` holding the figure at `ref.start..<ref.end`, as displayed, with the
    /// figure marked; nil when the paragraph is not in this report.
    public func quote(_ ref: SourceRef) -> Quote? {
        guard paragraphs.indices.contains(ref.paragraph) else { return nil }
        let p = paragraphs[ref.paragraph]
        let scalars = Array(p.display.unicodeScalars)
        let figure = p.scalars(fromOriginal: ref.start, to: ref.end)
        var from = Sentence.boundary(scalars, before: figure.lowerBound, in: Sentence.sentenceEnds)
        while from < figure.lowerBound, scalars[from] == " " || scalars[from] == "\u{3000}" { from += 1 }
        let to = max(figure.upperBound, Sentence.boundaryAfter(scalars, from: figure.upperBound, in: Sentence.sentenceEnds))
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[from..<to])
        let who = [place.name, displayYear.map(String.init)].compactMap { $0 }.joined(separator: " ")
        return Quote(file: file, report: who.isEmpty ? file : who, text: String(text), mark: (figure.lowerBound - from)..<(figure.upperBound - from))
    }

    /// A figure's `text` as the source writes it: the same scalars of its paragraph in the original script and
    /// punctuation (the analysis text is simplified and folded, scalar for scalar). The occurrence nearest the
    /// figure is taken; the analysis text itself when it is not found (it never should be).
    public func sourceText(of i: Indicator) -> String {
        guard paragraphs.indices.contains(i.paragraph) else { return i.text }
        let p = paragraphs[i.paragraph]
        let text = Array(p.text.unicodeScalars), display = Array(p.display.unicodeScalars), want = Array(i.text.unicodeScalars)
        guard !want.isEmpty, text.count == display.count else { return i.text }
        let figure = p.scalars(fromOriginal: i.start, to: i.end).lowerBound
        let best = text.starts(of: want, in: 0..<text.count).min { abs($0 - figure + want.count / 2) < abs($1 - figure + want.count / 2) }
        guard let at = best else { return i.text }
        return String(String.UnicodeScalarView(display[at..<(at + want.count)]))
    }
}
