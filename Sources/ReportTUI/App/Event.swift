import ReportModel

/// Input the dashboard reacts to, independent of the terminal library.
public enum Key: Sendable, Hashable {
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, space
    case ctrlC, ctrlU
    case char(Character)
}

/// A mouse click or wheel turn at a cell.
public struct Mouse: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var x: Int, y: Int, kind: Kind
    public init(x: Int, y: Int, kind: Kind) { self.x = x; self.y = y; self.kind = kind }
}

public enum Event: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(Mouse)
    /// The answer to a request the state asked for (see `DashboardState.needs`).
    case answer(Request, Answer)
    /// A line for the status bar from the runtime (an export written, a file that could not be written).
    case notice(String)
}

/// Data the state needs and the runtime fetches from a `CorpusQueries` off the main thread. The state says what it
/// needs (`needs`); answers come back as events and are kept only while still wanted, so typing ahead never shows
/// stale results for long and never blocks a keystroke.
public enum Request: Sendable, Hashable {
    case document(String)
    case indicators(String)
    case paragraphs(String)
    case series(place: String, indicator: String)
    case compare(places: [String], year: Int?)
    /// The sentence behind a value, from its report (the target's sentence shown beside the outcome's).
    case quote(SourceRef)
    /// What the first search needs (the name index), built in the background from the start.
    case prepare

    /// What a request fetches. Requests of one kind replace each other: only the latest of a kind is worth running.
    public enum Kind: Sendable, Hashable { case document, indicators, paragraphs, series, compare, quote, prepare }

    public var kind: Kind {
        switch self {
        case .document: return .document
        case .indicators: return .indicators
        case .paragraphs: return .paragraphs
        case .series: return .series
        case .compare: return .compare
        case .quote: return .quote
        case .prepare: return .prepare
        }
    }

    /// Searches are worth stopping when a newer query replaces them; the other reads are short.
    public var isSearch: Bool { kind == .indicators || kind == .paragraphs }

    /// Runs the request against a corpus; failures become an answer too.
    public func run(_ q: any CorpusQueries) -> Answer {
        do {
            switch self {
            case .document(let f): return .document(try q.document(file: f))
            case .indicators(let s): return .indicators(try q.searchIndicators(s, limit: SearchState.limit))
            case .paragraphs(let s): return .paragraphs(try q.searchParagraphs(s, limit: SearchState.limit))
            case .series(let p, let i): return .series(try q.series(place: p, indicator: i))
            case .compare(let ps, let y): return .comparison(try q.compare(places: ps, year: y))
            case .quote(let ref):
                guard let quote = try q.document(file: ref.file).quote(ref) else { return .failed("\(ref.file) has no paragraph \(ref.paragraph)") }
                return .quote(quote)
            case .prepare:
                try q.prepare()
                return .prepared
            }
        } catch {
            let text = String(describing: error)
            return text.contains("SQLITE_INTERRUPT") || text.contains("interrupted") ? .interrupted : .failed(text)
        }
    }
}

public enum Answer: Sendable {
    case document(Report)
    case indicators([IndicatorMatch])
    case paragraphs([ParagraphHit])
    case series(PlaceSeries)
    case comparison(Comparison)
    case quote(Quote)
    case prepared
    case failed(String)
    /// Stopped because a newer request replaced it; the state still needs whatever it needs.
    case interrupted
}

/// What the app asks of the run loop after an update, besides the data in `needs`.
public enum Effect: Sendable, Equatable {
    case none, quit
    /// Write `contents` to `file` (in the export folder, never over another file) and report back with a notice.
    case export(file: String, contents: String)
    /// Turn mouse reporting on or off.
    case mouse(Bool)
    /// Remember these choices for the next launch.
    case preferences(DashboardPreferences)
}
