import ReportModel

/// Answers to what the state `needs`, delivered by the runtime; an answer no longer wanted is ignored.
extension DashboardState {
    mutating func receive(_ request: Request, _ answer: Answer) {
        if case .interrupted = answer { return }
        // Prepared or not, searching goes on: a failure here shows as the search's own.
        if request == .prepare { prepared = true; return }
        if case .failed(let why) = answer {
            switch request {
            case .document(let f):
                failedDocument = f
                message = "cannot read \(f): \(why)"
            case .indicators, .paragraphs:
                if search.request == request { search.failure = why; search.answered = request }
            case .series:
                if yoy?.request == request { yoy?.failure = why; yoy?.answered = request }
            case .compare:
                if compare.request == request { compare.failure = why; compare.answered = request }
            case .quote(let ref):
                if spotlight?.companion == ref { spotlight?.quoteFailed = true; message = "cannot read the target's sentence: \(why)" }
            case .prepare: break
            }
            return
        }
        switch (request, answer) {
        case let (.document(f), .document(r)):
            guard let i = currentReportIndex, reports[i].file == f else { return }
            open(r)
        case let (.indicators, .indicators(hits)):
            search.receive(request, indicators: hits)
        case let (.paragraphs, .paragraphs(hits)):
            search.receive(request, text: hits)
        case let (.series, .series(s)):
            guard yoy?.request == request else { return }
            yoy?.receive(s, for: request)
        case let (.quote(ref), .quote(q)):
            if spotlight?.companion == ref { spotlight?.quote = q }
        case let (.compare, .comparison(c)):
            guard compare.request == request else { return }
            compare.receive(c, for: request)
        default: break
        }
    }
}
