import Dispatch
import Foundation
import ReportModel
import Synchronization

/// Answers one kind of request on a background thread, so a slow query never holds up a key press, nor another
/// kind of data. The run loop gives it one request at a time.
final class Worker: Sendable {
    private let inbox = Mutex<[Request]>([])
    private let outbox = Mutex<[(Request, Answer)]>([])
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = Mutex(false)
    private let queries: any CorpusQueries
    /// Called (on the worker thread) after an answer is ready.
    private let ready: @Sendable () -> Void

    init(_ queries: any CorpusQueries, ready: @escaping @Sendable () -> Void = {}) {
        self.queries = queries
        self.ready = ready
        let t = Thread { [self] in self.loop() }
        t.start()
    }

    func submit(_ r: Request) {
        inbox.withLock { $0.append(r) }
        wake.signal()
    }

    func answers() -> [(Request, Answer)] { outbox.withLock { o in defer { o = [] }; return o } }

    func stop() { stopped.withLock { $0 = true }; wake.signal() }

    private func loop() {
        while true {
            wake.wait()
            if stopped.withLock({ $0 }) { return }
            while let r = inbox.withLock({ q in q.isEmpty ? nil : q.removeFirst() }) {
                let a = r.run(queries)
                outbox.withLock { $0.append((r, a)) }
                ready()
            }
        }
    }
}

/// Runs the dashboard: render, draw, wait for an event, update — until the user quits. Data the state needs is
/// fetched by a `Worker` and delivered as `.answer` events.
public enum DashboardApp {
    /// `exportDir`: where `e` writes the table (the working directory by default); `preferences`: the file the
    /// choices worth keeping are written to when they change (nil: not kept).
    public static func run(_ initial: DashboardState, color: Bool, queries: any CorpusQueries,
                           exportDir: String = FileManager.default.currentDirectoryPath, preferences: String? = nil) throws {
        let term = try NCursesTerminal(color: color)
        defer { term.restore() }
        // One worker per kind of request: a long scan for a search never delays the next report's text.
        var workers: [Request.Kind: Worker] = [:]
        defer { for w in workers.values { w.stop() } }
        var state = initial
        term.mouse(state.mouse)
        let s = term.size
        _ = state.update(.resize(width: s.width, height: s.height))
        let theme = term.useColor ? Theme.color : Theme.monochrome
        var inFlight: [Request.Kind: Request] = [:]
        var interrupted = Set<Request>()
        var dirty = true
        while true {
            for w in workers.values {
                for (r, a) in w.answers() {
                    if inFlight[r.kind] == r { inFlight[r.kind] = nil }
                    _ = state.update(.answer(r, a))
                    dirty = true
                }
            }
            let needs = state.needs
            for r in needs {
                if let running = inFlight[r.kind] {
                    // A search still running for an older query is stopped; its kind is asked again when it returns.
                    if running != r, r.isSearch, !interrupted.contains(running) {
                        interrupted.insert(running)
                        queries.interrupt()
                    }
                    continue
                }
                inFlight[r.kind] = r
                let w = workers[r.kind] ?? Worker(queries)
                workers[r.kind] = w
                w.submit(r)
            }
            if dirty { term.draw(DashboardView.render(state, theme: theme)); dirty = false }
            guard let e = term.nextEvent() else { continue }
            dirty = true
            switch state.update(e) {
            case .quit: return
            case .none: break
            case .mouse(let on): term.mouse(on)
            case .preferences(let p):
                guard let path = preferences else { break }
                do { try PreferencesFile.save(p, to: path) } catch {
                    _ = state.update(.notice("cannot keep the choice in \(path): \(error.localizedDescription)"))
                }
            case .export(let file, let contents):
                do {
                    let path = try ExportFile.write(contents, as: file, in: exportDir)
                    _ = state.update(.notice("wrote \(contents.split(separator: "\n").count - 1) rows to \(path)"))
                } catch {
                    _ = state.update(.notice("\(error)"))
                }
            }
        }
    }

    /// Answers every need at once from `queries`, until none is left: the synchronous loop tests and benchmarks
    /// drive the state with.
    public static func settle(_ state: inout DashboardState, _ queries: any CorpusQueries, limit: Int = 8) {
        for _ in 0..<limit {
            let needs = state.needs
            guard !needs.isEmpty else { return }
            for r in needs { _ = state.update(.answer(r, r.run(queries))) }
        }
    }
}
