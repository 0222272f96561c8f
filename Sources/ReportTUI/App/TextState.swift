import ReportModel

/// The text pane: how far it is scrolled, and the selected section wrapped at the pane's width. The wrap is made
/// in `update` when the report, the section or the width changes, so neither a key press nor a frame re-wraps
/// the section.
public struct TextState: Sendable, Equatable {
    public var scroll = 0
    private(set) var wrapped = WrappedText()

    /// The wrap for `key`: the cached one when it matches, else made now (a state built without `update`).
    func lines(_ key: WrappedText.Key?, _ r: Report?) -> WrappedText {
        guard let key, let r else { return WrappedText() }
        return wrapped.key == key ? wrapped : WrappedText(key, r)
    }

    mutating func rewrap(_ key: WrappedText.Key?, _ r: Report?) {
        guard wrapped.key != key else { return }
        if let key, let r { wrapped = WrappedText(key, r) } else { wrapped = WrappedText() }
    }

    /// The text's own keys (moving scrolls); `bodyRows` is the height the text has under any pinned sentence.
    mutating func update(_ a: Action, lineCount n: Int, bodyRows: Int) -> Bool {
        let page = max(1, bodyRows - 1)
        switch a {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .top: scroll = 0
        case .bottom: scroll = n
        default: return false
        }
        scroll = clamp(scroll, 0, n - bodyRows)
        return true
    }

    /// Scrolls by `delta` lines (the mouse wheel).
    mutating func scroll(by delta: Int, lineCount n: Int, bodyRows: Int) { scroll = clamp(scroll + delta, 0, n - bodyRows) }

    /// Puts the line holding original offset `offset` of paragraph `p` (its first line without an offset) near the top.
    mutating func show(paragraph p: Int, offset: Int?, in r: Report) {
        let text = wrapped
        let row = text.lines.firstIndex { line in
            guard line.paragraph == p, line.count > 0 else { return false }
            guard let offset, let para = r.paragraphs[safe: p] else { return true }
            return para.origin[safe: line.start + line.count - 1].map { Int($0) >= offset } ?? false
        } ?? text.lines.firstIndex { $0.paragraph == p }
        if let row { scroll = max(0, row - 1) }
    }
}

/// Paragraphs of a report wrapped at a display width: which paragraph and which of its scalars each line holds.
/// A line of no scalars separates paragraphs.
public struct WrappedText: Sendable, Equatable {
    public struct Key: Sendable, Equatable { var file: String; var paragraphs: Range<Int>; var width: Int }
    public struct Line: Sendable, Equatable { var paragraph: Int; var start: Int; var count: Int }

    var key: Key?
    var lines: [Line] = []

    init() {}

    init(_ key: Key, _ r: Report) {
        self.key = key
        guard key.width > 0 else { return }
        var figures: [Int: [Range<Int>]] = [:]
        for ind in r.indicators where key.paragraphs.contains(ind.paragraph) {
            guard let p = r.paragraphs[safe: ind.paragraph] else { continue }
            figures[ind.paragraph, default: []].append(p.scalars(fromOriginal: ind.start, to: ind.end))
        }
        for pi in key.paragraphs where r.paragraphs.indices.contains(pi) {
            // Figures (a value with its unit and sign) are kept whole on a line.
            for (line, start) in TextWrap.wrap(r.paragraphs[pi].display, width: key.width, keep: figures[pi] ?? []) {
                lines.append(Line(paragraph: pi, start: start, count: line.unicodeScalars.count))
            }
            lines.append(Line(paragraph: pi, start: 0, count: 0))
        }
        if lines.last?.count == 0 { lines.removeLast() }
    }
}
