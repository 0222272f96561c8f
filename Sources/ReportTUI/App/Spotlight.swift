import ReportModel

/// Where a search result or a source sends the user: a report, a paragraph and, for a figure, where it starts.
struct Jump: Sendable, Equatable {
    var file: String
    var paragraph: Int
    var start: Int?
    /// End of the figure; with `start`, the span the text pane spotlights.
    var end: Int? = nil
    /// Words to mark in the opened text (a full-text query as it matched).
    var terms: [String] = []
    /// A second source shown pinned above the text: the target's sentence beside the outcome's.
    var companion: SourceRef? = nil
    /// Land in the text pane (a value's source) rather than on the figure's table row (a search result).
    var readText = false
}

/// What the text pane marks after a jump: one figure (and only it), the words of a full-text query, and a second
/// sentence pinned above the text (the target's, beside the outcome's). Cleared when another section or report is
/// chosen.
public struct Spotlight: Sendable, Equatable {
    public var file: String
    public var paragraph: Int
    public var start: Int?
    public var end: Int?
    public var terms: [String]
    public var companion: SourceRef?
    /// The companion's sentence once read from its report.
    public var quote: Quote?
    var quoteFailed = false

    /// What a jump marks: its figure or query words, and its companion sentence (read later).
    init(_ j: Jump) {
        file = j.file; paragraph = j.paragraph; start = j.start; end = j.end; terms = j.terms; companion = j.companion
    }

    /// Whether `file`'s text is the one spotlit.
    func applies(to file: String?) -> Bool { file == self.file }
}
