import ReportModel

/// The search box: indicator search or full-text search, the query as typed, and the results of the latest answer.
public struct SearchState: Sendable {
    public enum Kind: Sendable, Equatable { case indicators, text }
    /// Results asked for per query.
    public static let limit = 400

    public var kind: Kind = .indicators
    public var input = ""
    public var active = false
    public var indicatorHits: [IndicatorMatch] = []
    public var textHits: [ParagraphHit] = []
    /// The request whose answer is shown (it may lag the input while the user types).
    public var answered: Request?
    public var failure: String?
    public var list = ListViewport()

    public var query: String { input.trimmingCharacters(in: .whitespaces) }
    public var request: Request? {
        guard !query.isEmpty else { return nil }
        return kind == .indicators ? .indicators(query) : .paragraphs(query)
    }
    public var count: Int { kind == .indicators ? indicatorHits.count : textHits.count }

    /// Opens the box for a kind of search, empty.
    mutating func open(_ k: Kind) {
        if kind != k { answered = nil }
        kind = k
        active = true
        input = ""
        list.reset()
    }

    /// What a key in the search box asks the dashboard to do.
    enum Outcome: Equatable { case none, jump(Int) }

    /// The box's own keys: moving through results, Tab switching the kind, Esc closing, Enter opening a result.
    mutating func update(_ a: Action) -> Outcome {
        list.move(a, count: count)
        switch a {
        case .nextPane:
            kind = kind == .indicators ? .text : .indicators
            list.reset()
        case .back: active = false
        case .open:
            guard count > 0 else { return .none }
            active = false
            return .jump(list.cursor)
        default: break
        }
        return .none
    }

    /// A new answer for the current kind.
    mutating func receive(_ r: Request, indicators: [IndicatorMatch]? = nil, text: [ParagraphHit]? = nil) {
        if let indicators { indicatorHits = indicators }
        if let text { textHits = text }
        answered = r; failure = nil
        list.select(list.cursor, count: count)
    }
}
