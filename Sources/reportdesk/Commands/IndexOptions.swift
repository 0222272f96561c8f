import ArgumentParser
import Foundation
import ReportModel
import ReportStore
import Synchronization

/// `--index PATH` and `--no-refresh`: where the corpus index lives and whether to bring it up to date first.
struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Index file. Default: <corpus>/.reportdesk/index.sqlite, or a cache file when the corpus folder is read-only.",
                                            valueName: "path"))
    var index: String?

    @Flag(name: .long, help: "Use the index as it is, without reading changed files first.")
    var noRefresh = false

    @Option(name: .long, help: "Threads that parse changed files (default: one per core).")
    var jobs: Int?

    /// Opens the index of `folder`, says any note about it on stderr, and refreshes it (with progress) unless told not to.
    func open(_ folder: String, quiet: Bool = false) throws -> (IndexStore, IngestSummary?) {
        let store: IndexStore
        do { store = try IndexStore(corpus: folder, path: index) } catch { throw ValidationError(error.description) }
        for n in store.notes { stderr("reportdesk: \(n)") }
        if noRefresh { return (store, nil) }
        do {
            return (store, try IndexRefresh.run(store, quiet: quiet, workers: workers))
        } catch where IndexStore.isBroken(error) {
            // A damaged page the open did not read: the index is rebuilt rather than the command failing.
            return try rebuild(store, because: error, quiet: quiet)
        }
    }

    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Moves a damaged index aside, says so on stderr, and builds it again.
    func rebuild(_ store: IndexStore, because error: any Error, quiet: Bool) throws -> (IndexStore, IngestSummary) {
        let fresh = try store.rebuilt(because: error)
        for n in fresh.notes { stderr("reportdesk: \(n)") }
        return (fresh, try IndexRefresh.run(fresh, quiet: quiet, workers: workers))
    }
}

/// A refresh with a progress bar on stderr (when it is a terminal) that Ctrl-C stops cleanly.
enum IndexRefresh {
    static func run(_ store: IndexStore, quiet: Bool, workers: Int) throws -> IngestSummary {
        let bar = ProgressBar(enabled: !quiet && isatty(2) == 1)
        Interrupt.install()
        defer { Interrupt.restore() }
        let summary = try store.refresh(workers: max(1, workers), progress: { p in bar.update(done: p.done, total: p.total, file: p.file) },
                                        cancel: { Interrupt.requested })
        bar.finish()
        if summary.cancelled { stderr("reportdesk: stopped; what was read so far is kept, and the next run carries on") }
        return summary
    }
}

/// Ctrl-C during a refresh asks it to stop after the files in hand; a second Ctrl-C quits at once.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)
    static var requested: Bool { flag.load(ordering: .relaxed) }
    static func install() {
        signal(SIGINT) { _ in
            if Interrupt.flag.exchange(true, ordering: .relaxed) { _exit(130) }
        }
    }
    static func restore() { signal(SIGINT, SIG_DFL) }
}

/// `[#####.....]  412/802  12.3 MB  file` redrawn in place on stderr, at most ten times a second.
final class ProgressBar: Sendable {
    private let enabled: Bool
    private let last = Mutex<Double>(0)
    private let started = Date()
    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int, file: String) {
        guard enabled, total > 0 else { return }
        let now = Date().timeIntervalSince(started)
        let draw = last.withLock { t -> Bool in
            if done < total, now - t < 0.1 { return false }
            t = now; return true
        }
        guard draw else { return }
        let width = 30, filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = now > 0 ? Double(done) / now : 0
        let name = URL(fileURLWithPath: file).lastPathComponent
        let line = "\r\u{1B}[K[\(bar)] \(done)/\(total) files  \(Int(rate))/s  \(name.prefix(30))"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

func stderr(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
