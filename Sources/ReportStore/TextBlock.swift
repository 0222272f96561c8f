import CDeflate
import GRDB
import Synchronization
import Foundation

/// Consecutive paragraphs of one report, stored as one compressed row of `texts` and indexed as one document of
/// `paragraph_fts`. The index keeps each paragraph's text once, here: the trigram index is contentless, and an
/// indicator's sentence is a byte span into its block (`Schema`, docs/index.md).
///
/// The body is the paragraphs' analysis text joined by "\n"; spans and search offsets are UTF-8 offsets into it.
struct TextBlock: Equatable {
    /// Order of the first paragraph in its report.
    var first: Int
    /// Analysis text of each paragraph (simplified, punctuation folded).
    var texts: [String]
    /// The original script where it differs from the analysis text (traditional reports), else nil.
    var displays: [String?]

    /// Blocks close once their text reaches this many bytes: large enough that deflate finds repeats, small enough
    /// that reading one paragraph inflates little.
    static let targetBytes = 4096

    /// The report's paragraphs cut into blocks (empty ones included, so positions stay paragraph orders).
    static func blocks(texts: [String], displays: [String?]) -> [TextBlock] {
        var out: [TextBlock] = []
        var current = TextBlock(first: 0, texts: [], displays: [])
        var bytes = 0
        for (i, t) in texts.enumerated() {
            if !current.texts.isEmpty, bytes + t.utf8.count > targetBytes {
                out.append(current)
                current = TextBlock(first: i, texts: [], displays: [])
                bytes = 0
            }
            current.texts.append(t)
            current.displays.append(displays[i])
            bytes += t.utf8.count + 1
        }
        if !current.texts.isEmpty { out.append(current) }
        return out
    }

    /// UTF-8 offset of each paragraph in the body.
    var offsets: [Int] {
        var o: [Int] = [], at = 0
        o.reserveCapacity(texts.count)
        for t in texts { o.append(at); at += t.utf8.count + 1 }
        return o
    }

    /// What the trigram index reads: the body and two line breaks, so every one- or two-character ending of a
    /// paragraph still starts a trigram (`IndexStore.shortTermBlocks` finds short terms by trigram prefix).
    var indexedText: String { texts.joined(separator: "\n") + "\n\n" }

    /// The stored form: deflated text, and deflated originals when any paragraph has one.
    func packed() -> (text: Data, display: Data?) {
        let text = Self.pack(texts)
        guard displays.contains(where: { $0 != nil }) else { return (text, nil) }
        return (text, Self.pack(zip(texts, displays).map { $0.1 ?? $0.0 }))
    }

    /// A block read back from its stored form; nil when the bytes are not one (a damaged index).
    static func unpacked(first: Int, text: Data, display: Data?) -> TextBlock? {
        guard let t = unpack(text) else { return nil }
        var d: [String?] = Array(repeating: nil, count: t.count)
        if let display {
            guard let o = unpack(display), o.count == t.count else { return nil }
            d = zip(t, o).map { $0 == $1 ? nil : $1 }
        }
        return TextBlock(first: first, texts: t, displays: d)
    }

    // MARK: stored form: deflate(varint count, varint byte length of each paragraph, paragraphs joined by "\n")

    static func pack(_ paragraphs: [String]) -> Data {
        var raw: [UInt8] = []
        raw.reserveCapacity(paragraphs.reduce(16) { $0 + $1.utf8.count + 3 })
        Varint.append(paragraphs.count, to: &raw)
        for p in paragraphs { Varint.append(p.utf8.count, to: &raw) }
        for (i, p) in paragraphs.enumerated() {
            if i > 0 { raw.append(0x0A) }
            raw.append(contentsOf: p.utf8)
        }
        return Deflate.compress(raw)
    }

    /// The body of a stored block (the paragraphs joined by "\n") and where it starts in the inflated bytes.
    static func body(_ data: Data, _ inflater: Inflater = Inflater()) -> (bytes: [UInt8], start: Int, lengths: [Int])? {
        guard let raw = inflater.inflate(data) else { return nil }
        var at = 0
        guard let n = Varint.read(raw, &at), n <= raw.count else { return nil }
        var lengths: [Int] = []
        lengths.reserveCapacity(n)
        for _ in 0..<n {
            guard let l = Varint.read(raw, &at) else { return nil }
            lengths.append(l)
        }
        let bodyBytes = lengths.reduce(0, +) + max(0, n - 1)
        guard raw.count - at == bodyBytes else { return nil }
        return (raw, at, lengths)
    }

    static func unpack(_ data: Data) -> [String]? {
        guard let (raw, start, lengths) = body(data) else { return nil }
        var out: [String] = [], at = start
        out.reserveCapacity(lengths.count)
        for l in lengths {
            out.append(String(decoding: raw[at..<(at + l)], as: UTF8.self))
            at += l + 1
        }
        return out
    }
}

/// LEB128 unsigned integers, for the lengths at the head of a stored block.
enum Varint {
    static func append(_ value: Int, to out: inout [UInt8]) {
        var v = UInt(max(0, value))
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    static func read(_ bytes: [UInt8], _ at: inout Int) -> Int? {
        var v: UInt = 0, shift: UInt = 0
        while at < bytes.count, shift < 63 {
            let b = bytes[at]; at += 1
            v |= UInt(b & 0x7F) << shift
            if b < 0x80 { return Int(v) }
            shift += 7
        }
        return nil
    }
}

/// Raw deflate (zlib) with a preset dictionary of work-report text (`deflateDictionaryText`): a paragraph block
/// alone has few repeats, the dictionary supplies the phrases every report shares. Changing the dictionary or these
/// parameters makes stored blocks unreadable, so it goes with a bump of `IndexStore.schemaVersion`.
enum Deflate {
    static let dictionary: [UInt8] = Array(deflateDictionaryText.utf8)
    static let windowBits: Int32 = -15
    static let level: Int32 = 6

    static func compress(_ input: [UInt8]) -> Data {
        // zlib keeps a pointer back to its stream: the stream stays at one address until deflateEnd.
        let strm = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        strm.initialize(to: z_stream())
        defer { strm.deinitialize(count: 1); strm.deallocate() }
        guard deflateInit2_(strm, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return Data() }
        defer { deflateEnd(strm) }
        _ = dictionary.withUnsafeBufferPointer { deflateSetDictionary(strm, $0.baseAddress, UInt32($0.count)) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(strm, UInt(input.count))) + 16)
        let written: Int = input.withUnsafeBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { o in
                strm.pointee.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
                strm.pointee.avail_in = UInt32(inp.count)
                strm.pointee.next_out = o.baseAddress
                strm.pointee.avail_out = UInt32(o.count)
                return deflate(strm, Z_FINISH) == Z_STREAM_END ? Int(strm.pointee.total_out) : -1
            }
        }
        return written < 0 ? Data() : Data(out[0..<written])
    }
}

/// An inflate stream kept from block to block: reset, not set up and torn down for each (a search reads up to
/// 2,000 blocks). One per reader; not shared between threads.
final class Inflater {
    // zlib keeps a pointer back to its stream, so the stream lives at one address for its whole life.
    private let strm: UnsafeMutablePointer<z_stream>
    private let chunk: UnsafeMutablePointer<UInt8>
    private static let chunkSize = 16_384
    private let ready: Bool

    init() {
        strm = .allocate(capacity: 1)
        strm.initialize(to: z_stream())
        chunk = .allocate(capacity: Self.chunkSize)
        ready = inflateInit2_(strm, Deflate.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if ready { inflateEnd(strm) }
        strm.deinitialize(count: 1)
        strm.deallocate()
        chunk.deallocate()
    }

    /// Inflated bytes, or nil when `data` is not a stream `Deflate` wrote.
    func inflate(_ data: Data) -> [UInt8]? {
        let strm = self.strm, chunk = self.chunk, size = Self.chunkSize
        guard ready, inflateReset(strm) == Z_OK,
              Deflate.dictionary.withUnsafeBufferPointer({ inflateSetDictionary(strm, $0.baseAddress, UInt32($0.count)) }) == Z_OK
        else { return nil }
        let input = [UInt8](data)
        return input.withUnsafeBufferPointer { inp -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(inp.count * 4)
            strm.pointee.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
            strm.pointee.avail_in = UInt32(inp.count)
            defer { strm.pointee.next_in = nil; strm.pointee.next_out = nil }
            while true {
                strm.pointee.next_out = chunk
                strm.pointee.avail_out = UInt32(size)
                let status = CDeflate.inflate(strm, Z_NO_FLUSH)
                out.append(contentsOf: UnsafeBufferPointer(start: chunk, count: size - Int(strm.pointee.avail_out)))
                if status == Z_STREAM_END { return out }
                // A stream that stops short, or grows past any block the store writes, is not ours.
                if status != Z_OK || out.count > 256 << 20 { return nil }
            }
        }
    }
}

/// Reads paragraphs and spans out of stored blocks, inflating each block once while consecutive reads stay in it
/// (rows come in block order: a report's indicators, a search's candidates).
final class BlockReader: @unchecked Sendable {
    private var id: Int64 = -1
    private var body: (bytes: [UInt8], start: Int, lengths: [Int])?
    private let inflater = Inflater()

    /// The body of block `id` stored as `data`, from the cache when it is the block read last.
    func body(id: Int64, data: Data) -> (bytes: [UInt8], start: Int, lengths: [Int])? {
        if id != self.id { self.id = id; body = TextBlock.body(data, inflater) }
        return body
    }

    func span(id: Int64, data: Data, _ lower: Int, _ upper: Int) -> String? {
        guard let (raw, start, _) = body(id: id, data: data), 0 <= lower, lower <= upper, start + upper <= raw.count else { return nil }
        return String(decoding: raw[(start + lower)..<(start + upper)], as: UTF8.self)
    }

    /// `block_text(id, data, start, end)`: the sentence of an indicator row, for `IndicatorRecord.selection`. Each
    /// connection registers its own (SQLite runs a connection's statements one at a time), so the cache is unshared.
    static func sqlFunction() -> DatabaseFunction {
        let reader = BlockReader()
        let lock = Mutex<Void>(())
        return DatabaseFunction("block_text", argumentCount: 4, pure: true) { values in
            guard let id = Int64.fromDatabaseValue(values[0]), let data = Data.fromDatabaseValue(values[1]),
                  let lower = Int.fromDatabaseValue(values[2]), let upper = Int.fromDatabaseValue(values[3]) else { return nil }
            return lock.withLock { _ in reader.span(id: id, data: data, lower, upper) }
        }
    }
}
