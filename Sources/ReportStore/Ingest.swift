import Foundation
import GRDB
import ReportModel
import Synchronization

/// What one refresh of the index did.
public struct IngestSummary: Sendable {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    /// Files that could not be read this time, each with its reason (failures of unchanged files are not retried).
    public var failed: [ReadError] = []
    /// Bytes read and parsed, and the seconds the whole refresh took.
    public var bytesParsed: Int64 = 0
    public var seconds = 0.0
    /// True when the refresh stopped early on request; what was done is kept.
    public var cancelled = false

    public var changed: Bool { added + updated + removed + failed.count > 0 }

    public init() {}
}

/// Where a refresh is, for progress bars.
public struct IngestProgress: Sendable {
    /// Files to read (new or changed by size/time) and how many are done.
    public var total: Int
    public var done: Int
    public var file: String
}

extension IndexStore {
    /// Brings the index up to date with the folder: new or changed files (by content hash) are parsed, removed files
    /// dropped, unchanged ones (same size and time, or same hash) untouched. A parser-version bump re-parses
    /// everything. Files are parsed on `workers` threads; each file is written in its own transaction, so stopping
    /// at any point (even kill -9) keeps every finished file and the next refresh carries on.
    public func refresh(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                        progress: (@Sendable (IngestProgress) -> Void)? = nil,
                        cancel: (@Sendable () -> Bool)? = nil) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let files = FileWalker.walk(root)
        let stored = try storedFiles()
        var work: [(FileStamp, String, Stored?)] = []
        var present = Set<String>()
        present.reserveCapacity(files.count)
        for f in files {
            let rel = relative(f.path)
            present.insert(rel)
            let old = stored[rel]
            if let old, old.size == f.size, old.mtime == f.mtime, old.parserVersion == ReportReader.parserVersion {
                summary.unchanged += 1
            } else {
                work.append((f, rel, old))
            }
        }
        let gone = stored.keys.filter { !present.contains($0) }.sorted()
        if !gone.isEmpty {
            try pool.write { db in for p in gone { try Self.delete(db, path: p) } }
            summary.removed = gone.count
        }

        struct Shared { var summary: IngestSummary; var done = 0; var error: (any Error)? }
        let shared = Mutex(Shared(summary: summary))
        let next = Atomic<Int>(0)
        let todo = work
        let total = todo.count
        let threads = max(1, min(workers, total))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < total else { return }
                if cancel?() == true || shared.withLock({ $0.error != nil }) {
                    shared.withLock { $0.summary.cancelled = $0.summary.cancelled || cancel?() == true }
                    return
                }
                let (stamp, rel, old) = todo[i]
                do {
                    let outcome = try ingest(stamp, relative: rel, old: old)
                    let done = shared.withLock { s -> Int in
                        switch outcome {
                        case .added(let bytes): s.summary.added += 1; s.summary.bytesParsed += bytes
                        case .updated(let bytes): s.summary.updated += 1; s.summary.bytesParsed += bytes
                        case .touched: s.summary.unchanged += 1
                        case .failed(let e, let bytes): s.summary.failed.append(e); s.summary.bytesParsed += bytes
                        }
                        s.done += 1
                        return s.done
                    }
                    progress?(IngestProgress(total: total, done: done, file: stamp.path))
                } catch {
                    shared.withLock { if $0.error == nil { $0.error = error } }
                }
            }
        }
        let result = shared.withLock { $0 }
        if let e = result.error { throw StoreError(path: path, problem: "cannot write the index: \(e)") }
        summary = result.summary
        summary.failed.sort { $0.file < $1.file }
        if try summary.changed || placeCount() == 0 { try rebuildPlaces() }
        let changed = summary.added + summary.updated + summary.removed
        if changed > 0, try changed * 10 >= counts().reports { try compact() }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private enum Outcome { case added(Int64), updated(Int64), touched, failed(ReadError, Int64) }

    /// Reads, hashes and (when the content changed) parses one file, then writes it in one transaction.
    private func ingest(_ f: FileStamp, relative rel: String, old: Stored?) throws -> Outcome {
        let data: Data
        do {
            if f.size > ReportReader.maxFileSize {
                throw ReadError(file: f.path, problem: "file too large (\(f.size) bytes; limit \(ReportReader.maxFileSize))")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: f.path))
        } catch {
            let e = (error as? ReadError) ?? ReadError(file: f.path, problem: "cannot read file: \(error.localizedDescription)")
            try pool.write { db in try Self.insertFailure(db, path: rel, size: f.size, mtime: f.mtime, hash: "", problem: e.problem) }
            return .failed(e, 0)
        }
        let hash = ContentHash.of(data)
        if let old, old.hash == hash, old.parserVersion == ReportReader.parserVersion {
            // Touched, not changed: remember the new time so the next refresh needs no read.
            try pool.write { db in
                let table = old.failed ? "failures" : "reports"
                try db.execute(sql: "UPDATE \(table) SET size = ?, mtime = ? WHERE path = ?", arguments: [f.size, f.mtime, rel])
            }
            return old.failed ? .failed(ReadError(file: f.path, problem: "unchanged; still unreadable"), 0) : .touched
        }
        let bytes = Int64(data.count)
        do {
            let prepared = Prepared(try ReportReader.read(data: data, file: f.path))
            try pool.write { db in try Self.insert(db, prepared, path: rel, size: f.size, mtime: f.mtime, hash: hash) }
            return old == nil || old?.failed == true ? .added(bytes) : .updated(bytes)
        } catch let e as ReadError {
            try pool.write { db in try Self.insertFailure(db, path: rel, size: f.size, mtime: f.mtime, hash: hash, problem: e.problem) }
            return .failed(e, bytes)
        }
    }

    /// Merges the trigram index into one segment and gives the pages that frees back to the file system. The index
    /// grows segment by segment as files are added (a third larger than merged on ../shared/corpus), so a refresh
    /// that changed a tenth of the corpus or more ends with this; smaller ones leave it to FTS5's own merging.
    func compact() throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO paragraph_fts(paragraph_fts) VALUES ('optimize')")
            try db.execute(sql: "PRAGMA incremental_vacuum")
        }
    }

    private func placeCount() throws -> Int {
        try pool.read { db in try PlaceRecord.fetchCount(db) }
    }

    /// Resolves places over every report (spellings and renames joined, as the analysis does) and stores them.
    func rebuildPlaces() throws {
        let stored = try storedReports(withIndicators: false)
        let ids = stored.map(\.id)
        let index = PlaceIndex(stored.map(\.report))
        try pool.write { db in
            try PlaceRecord.deleteAll(db)
            try ReportRecord.updateAll(db, ReportRecord.Columns.placeId.set(to: nil))
            for (k, p) in index.places.enumerated() {
                try PlaceRecord(id: Int64(k + 1), rank: p.level?.rank ?? 9, summary: p).insert(db)
                try ReportRecord.filter(keys: p.reports.filter(ids.indices.contains).map { ids[$0] })
                    .updateAll(db, ReportRecord.Columns.placeId.set(to: k + 1))
            }
        }
    }
}
