import ReportText

/// A line of text whose every scalar remembers where it came from in the original text.
/// `display` keeps the original characters; `analysis` is folded (full-width → ASCII) and,
/// for traditional texts, simplified. Both always have the same length as `origin`.
package struct MappedLine: Sendable {
    package var display: [Unicode.Scalar] = []
    package var analysis: [Unicode.Scalar] = []
    package var origin: [Int32] = []
    /// Original offset just past the last scalar (used as the span end).
    package var endOrigin: Int32 = 0
    /// The whole line was bold (`**…**`) or a markdown heading (`# …`).
    package var emphasised = false
    /// Scalars at the start of the line that were bold (`**一是…。**…`), 0 if none.
    package var boldLead = 0
    /// The raw line began with an indent (two or more blanks, or an ideographic space): a paragraph start in PDF copy.
    package var indented = false
    package var damaged: [Range<Int>] = []

    package init() {}

    package var count: Int { analysis.count }
    package var isEmpty: Bool { analysis.isEmpty }

    package mutating func append(contentsOf other: MappedLine) {
        let shift = display.count
        display += other.display
        analysis += other.analysis
        origin += other.origin
        damaged += other.damaged.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        endOrigin = other.endOrigin
    }

    /// Removes leading and trailing blanks (ASCII, ideographic, NBSP, zero-width).
    package mutating func trim() {
        var lo = 0, hi = analysis.count
        while lo < hi, HanClass.isSpace(analysis[lo]) { lo += 1 }
        if lo >= 2 || (lo == 1 && display[0] == "\u{3000}") { indented = true }
        while hi > lo, HanClass.isSpace(analysis[hi - 1]) { hi -= 1 }
        if lo == 0 && hi == analysis.count { return }
        if hi < analysis.count, hi > 0 { endOrigin = origin[hi - 1] + 1 }
        display = Array(display[lo..<hi]); analysis = Array(analysis[lo..<hi]); origin = Array(origin[lo..<hi])
    }

    package var analysisString: String { String(scalars: analysis) }
    package var displayString: String { String(scalars: display) }

    package func hasPrefix(_ s: String) -> Bool {
        var i = 0
        for u in s.unicodeScalars {
            guard i < analysis.count, analysis[i] == u else { return false }
            i += 1
        }
        return true
    }
}
