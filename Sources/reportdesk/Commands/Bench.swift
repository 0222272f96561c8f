import ArgumentParser
import Foundation
import ReportModel
import ReportSynthetic
import ReportStore
import ReportTUI

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure parsing, indexing, dashboard start and search on this machine (docs/performance.md).",
        discussion: """
        Parse throughput is measured on one core over --corpus (files read into memory first). Each --sizes entry \
        generates a synthetic corpus (reportdesk generate, seed 1) under --work, builds its index from nothing, then \
        re-indexes it unchanged. On the largest size it measures the dashboard's start to first frame and the \
        latency of searches and indicator queries. Peak memory is the process's high-water mark after each step. \
        Build with -c release for meaningful figures:

          swift build -c release && .build/release/reportdesk bench --sizes 1000,10000,100000
        """
    )

    @Option(help: "Real reports for parse throughput.") var corpus = "../shared/corpus"
    @Option(help: "Synthetic corpus sizes, comma-separated.") var sizes = "1000,10000"
    @Option(help: "Folder for the synthetic corpora and their indexes (kept between runs; reused when complete).")
    var work = "/tmp/reportdesk-bench"
    @Option(name: .customLong("repeat"), help: "Repetitions for medians.") var repeat_ = 3
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Flag(help: "Keep an index left by an earlier run (its cold build is not measured again).") var reuseIndex = false

    private static func now() -> Double { Date().timeIntervalSinceReferenceDate }
    private static func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.isEmpty ? 0 : s[s.count / 2] }
    private static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted(); return s.isEmpty ? 0 : s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
    }
    private static func peakMB() -> Double {
        var u = rusage(); getrusage(RUSAGE_SELF.rawValue, &u); return Double(u.ru_maxrss) / 1024
    }

    func run() throws {
        var rows: [(String, String)] = []
        var out: [String: BenchFigure] = [:]
        func report(_ name: String, _ value: String, key: String, _ raw: BenchFigure) {
            rows.append((name, value)); out[key] = raw
            if !json { FileHandle.standardError.write(Data("\(name): \(value)\n".utf8)) }
        }
        report("machine", "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_000_000_000) GB",
               key: "machine", .numbers(["cores": Double(ProcessInfo.processInfo.activeProcessorCount)]))

        // Parse throughput, one core.
        let files = Corpus.files(under: corpus)
        if !files.isEmpty {
            let data = files.compactMap { f in (try? Data(contentsOf: URL(fileURLWithPath: f))).map { (f, $0) } }
            let bytes = data.reduce(0) { $0 + $1.1.count }
            var rates: [Double] = []
            for _ in 0..<repeat_ {
                let t = Self.now()
                for (f, d) in data { _ = try? ReportReader.read(data: d, file: f) }
                rates.append(Double(bytes) / 1e6 / (Self.now() - t))
            }
            report("parse, one core (\(files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB)",
                   String(format: "%.2f MB/s (median of %d)", Self.median(rates), repeat_), key: "parseMBps", .number(Self.median(rates)))
            // A fixed reference in the same run, so figures from other machines compare as ratios: decoding the
            // same bytes as UTF-8 and counting their Han characters, scalar by scalar.
            var reference: [Double] = [], han = 0
            for _ in 0..<repeat_ {
                let t = Self.now()
                for (_, d) in data {
                    for u in String(decoding: d, as: UTF8.self).unicodeScalars where (0x4E00...0x9FFF).contains(u.value) { han &+= 1 }
                }
                reference.append(Double(bytes) / 1e6 / (Self.now() - t))
            }
            let ratio = Self.median(reference) / max(Self.median(rates), 1e-9)
            report("parse reference: UTF-8 decode and scan of the same bytes, one core", String(format: "%.0f MB/s; parsing is %.0f× slower (%d Han characters)",
                   Self.median(reference), ratio, han / max(1, repeat_)),
                   key: "parseReference", .numbers(["MBps": Self.median(reference), "ratio": ratio]))
        }

        var largest: IndexStore?
        for n in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }).sorted() {
            let dir = (work as NSString).appendingPathComponent("synth-\(n)")
            let reports = (dir as NSString).appendingPathComponent("reports")
            if Corpus.files(under: reports).count != n {
                try? FileManager.default.removeItem(atPath: dir)
                let t = Self.now()
                let written = try SyntheticCorpus(count: n, seed: 1).write(to: dir)
                report("generate \(n)", String(format: "%.1f s, %.0f MB", Self.now() - t, Double(written) / 1e6), key: "generate\(n)", .number(Self.now() - t))
            }
            let indexPath = (work as NSString).appendingPathComponent("index-\(n).sqlite")
            let reuse = reuseIndex && FileManager.default.fileExists(atPath: indexPath)
            if !reuse { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) } }
            let store = try IndexStore(corpus: reports, path: indexPath)
            let cold = try store.refresh()
            let size = (try? FileManager.default.attributesOfItem(atPath: indexPath)[.size] as? Int) ?? 0
            if !reuse { report("cold index \(n)", String(format: "%.1f s (%.1f MB/s on %d cores), %d failed, index %.0f MB, peak RSS %.0f MB", cold.seconds,
                                              Double(cold.bytesParsed) / 1e6 / cold.seconds, ProcessInfo.processInfo.activeProcessorCount,
                                              cold.failed.count, Double(size) / 1e6, Self.peakMB()),
                   key: "coldIndex\(n)", .numbers(["seconds": cold.seconds, "failed": Double(cold.failed.count), "indexMB": Double(size) / 1e6])) }
            var again: [Double] = []
            for _ in 0..<repeat_ { again.append(try store.refresh().seconds) }
            report("no-change re-index \(n)", String(format: "%.3f s (median of %d)", Self.median(again), repeat_), key: "reindex\(n)", .number(Self.median(again)))
            largest = store
        }

        if let store = largest {
            // Start to first frame: open the index, list every report, read the first one, render.
            var frames: [Double] = [], steps: [[Double]] = []
            for _ in 0..<max(repeat_, 5) {
                let t = Self.now()
                let s = try IndexStore(corpus: store.root, path: store.path)
                let t1 = Self.now()
                let list = try s.reportList()
                let t2 = Self.now()
                var state = DashboardState(corpusName: "bench", reports: list, width: 120, height: 40)
                let t3 = Self.now()
                if let f = state.documentNeeded, let doc = try? ReportReader.read(path: f) { _ = state.update(.answer(.document(f), .document(doc))) }
                _ = DashboardView.render(state, theme: .color)
                let t4 = Self.now()
                frames.append(t4 - t)
                steps.append([t1 - t, t2 - t1, t3 - t2, t4 - t3])
            }
            let step = (0..<4).map { k in Self.median(steps.map { $0[k] }) * 1000 }
            report("first frame steps", String(format: "open %.0f ms, list %.0f ms, sort %.0f ms, read + render %.0f ms", step[0], step[1], step[2], step[3]),
                   key: "firstFrameSteps", .list(step))
            let count = try store.counts().reports
            report("first frame (\(count) reports)", String(format: "%.0f ms (median of %d)", Self.median(frames) * 1000, frames.count),
                   key: "firstFrameMs", .number(Self.median(frames) * 1000))

            try firstSearch(store, "\(count) reports", key: "firstSearchMs", report)
            if FileManager.default.fileExists(atPath: corpus) {
                // The same on the real corpus's index (built or refreshed first, not timed here).
                let real = try IndexStore(corpus: corpus, path: nil)
                _ = try real.refresh()
                try firstSearch(real, "\(try real.counts().reports) real reports", key: "firstSearchRealMs", report)
            }

            let queries = ["地区生产总值", "生产总值", "税收收入", "一般公共预算", "农村居民", "粮食", "投资", "gdp", "总产值", "社会消费品", "税收", "收入"]
            func latency(_ name: String, key: String, _ body: (String) throws -> Void) rethrows {
                var times: [Double] = []
                for _ in 0..<repeat_ { for q in queries { let t = Self.now(); try body(q); times.append((Self.now() - t) * 1000) } }
                report(name, String(format: "p50 %.1f ms, p95 %.1f ms (%d queries)", Self.percentile(times, 0.5), Self.percentile(times, 0.95), times.count),
                       key: key, .numbers(["p50": Self.percentile(times, 0.5), "p95": Self.percentile(times, 0.95)]))
            }
            try latency("indicator name search", key: "nameSearch") { _ = try store.searchNames($0, limit: 10, perName: 3) }
            try latency("paragraph search", key: "paragraphSearch") { _ = try store.searchParagraphs($0, limit: 20) }
            let places = try store.reports(withIndicators: false).compactMap(\.place.name)
            var rng = SplitMix(7)
            var times: [Double] = []
            for _ in 0..<(12 * repeat_) {
                let p = places[rng.int(places.count)]
                let t = Self.now(); _ = try store.indicators(canonicalId: "gdp", place: p); times.append((Self.now() - t) * 1000)
            }
            report("indicator query (one place's GDP series)", String(format: "p50 %.1f ms, p95 %.1f ms (%d queries)", Self.percentile(times, 0.5),
                                                                       Self.percentile(times, 0.95), times.count),
                   key: "seriesQuery", .numbers(["p50": Self.percentile(times, 0.5), "p95": Self.percentile(times, 0.95)]))
            try keystrokes(store, report)
        }
        report("peak RSS", String(format: "%.0f MB", Self.peakMB()), key: "peakRSSMB", .number(Self.peakMB()))
        if json { try printJSON(out) } else {
            print("| measure | result |\n|---|---|")
            for (k, v) in rows { print("| \(k) | \(v) |") }
        }
    }

    /// The first indicator search after start: on a fresh store it builds the name index; the dashboard asks for
    /// that (prepare) in the background at start, so a search typed after it waits only for its own reads.
    func firstSearch(_ store: IndexStore, _ label: String, key: String, _ report: (String, String, String, BenchFigure) -> Void) throws {
        var cold: [Double] = [], warm: [Double] = [], prep: [Double] = []
        for _ in 0..<max(repeat_, 3) {
            let fresh = try IndexStore(corpus: store.root, path: store.path)
            var t = Self.now()
            _ = try fresh.searchIndicators("gdp", limit: SearchState.limit)
            cold.append((Self.now() - t) * 1000)
            let other = try IndexStore(corpus: store.root, path: store.path)
            t = Self.now(); try other.prepare(); prep.append((Self.now() - t) * 1000)
            t = Self.now(); _ = try other.searchIndicators("gdp", limit: SearchState.limit); warm.append((Self.now() - t) * 1000)
        }
        report("first indicator search (\(label))", String(format: "%.0f ms cold; %.0f ms after prepare, which takes %.0f ms at start (medians of %d)",
                                                         Self.median(cold), Self.median(warm), Self.median(prep), cold.count),
               key, .numbers(["cold": Self.median(cold), "afterPrepare": Self.median(warm), "prepare": Self.median(prep)]))
    }

    /// A scripted dashboard session on the index: browse, fold, table sort and filters, year over year, indicator
    /// and full-text search with jumps and n/N, compare with year steps, help. Each key is timed twice: the update
    /// and frame the main thread does, and the time until its result shows (the data it needed answered from the
    /// index, as the worker does, then the frame again).
    func keystrokes(_ store: IndexStore, _ report: (String, String, String, BenchFigure) -> Void) throws {
        let typed: (String) -> [Key] = { $0.map { $0 == " " ? .space : .char($0) } }
        var script: [Key] = Array(repeating: .down, count: 20) + [.right, .pageDown, .char("G"), .char("g"), .tab, .down, .down, .down, .tab, .tab]
        script += [.char("s"), .char("s"), .char("S"), .char("r"), .char("a"), .char("a"), .char("r"), .char("r"), .char("r")]
        script += [.char("y"), .down, .down, .up, .escape]
        script += [.char("/")] + typed("gdp") + [.enter, .char("y"), .char("n"), .char("n"), .char("N")]
        script += [.char("/")] + typed("dqsczz") + [.down, .down, .enter]
        script += [.char("F")] + typed("高标准农田") + [.enter]
        script += [.char("c"), .enter] + typed("a") + [.enter, .left, .left, .right, .down, .escape, .char("?"), .down, .escape]
        var ui: [Double] = [], shown: [Double] = [], slowest: [(Double, String)] = []
        for _ in 0..<repeat_ {
            var state = DashboardState(corpusName: "bench", reports: try store.reportList(), width: 160, height: 48)
            DashboardApp.settle(&state, store)
            for k in script {
                let t = Self.now()
                _ = state.update(.key(k))
                _ = DashboardView.render(state, theme: .color)
                let t1 = Self.now()
                if !state.needs.isEmpty {
                    DashboardApp.settle(&state, store)
                    _ = DashboardView.render(state, theme: .color)
                }
                let t2 = Self.now()
                ui.append((t1 - t) * 1000); shown.append((t2 - t) * 1000)
                slowest.append(((t2 - t) * 1000, "\(k) → \(state.context.rawValue)"))
            }
        }
        func line(_ xs: [Double]) -> String {
            String(format: "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d keys)", Self.percentile(xs, 0.5), Self.percentile(xs, 0.95), xs.max() ?? 0, xs.count)
        }
        let worst = slowest.sorted { $0.0 > $1.0 }.prefix(3).map { String(format: "%.0f ms %@", $0.0, $0.1) }.joined(separator: "; ")
        report("keystroke: slowest to show", worst, "keySlowest", .text(worst))
        report("keystroke: update + frame", line(ui), "keyUpdate", .numbers(["p50": Self.percentile(ui, 0.5), "p95": Self.percentile(ui, 0.95), "max": ui.max() ?? 0]))
        report("keystroke: until its result shows", line(shown), "keyShown",
               .numbers(["p50": Self.percentile(shown, 0.5), "p95": Self.percentile(shown, 0.95), "max": shown.max() ?? 0]))
    }
}
