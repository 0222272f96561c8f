/// A set of Unicode scalars for hot loops: an open-addressed table probed with a multiply-shift hash.
/// `Set<Unicode.Scalar>` seeds and finalises SipHash on every `contains`, which was a tenth of parse time.
/// A 256-bit filter on the low byte answers most lookups of scalars not in the set before the table is probed.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var table: [UInt32]
    private let shift: UInt32
    private var f0: UInt64 = 0, f1: UInt64 = 0, f2: UInt64 = 0, f3: UInt64 = 0
    private static let empty = UInt32.max

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        let values = Array(Swift.Set(scalars.map(\.value)))
        for v in values {
            let bit = UInt64(1) << UInt64(v & 63)
            switch (v >> 6) & 3 { case 0: f0 |= bit; case 1: f1 |= bit; case 2: f2 |= bit; default: f3 |= bit }
        }
        var bits: UInt32 = 4
        while (1 << bits) < values.count * 2 { bits += 1 }
        shift = 32 - bits
        table = [UInt32](repeating: Self.empty, count: 1 << bits)
        let mask = table.count - 1
        for v in values {
            var i = Int(Self.hash(v, shift))
            while table[i] != Self.empty { i = (i + 1) & mask }
            table[i] = v
        }
    }

    public init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    @inline(__always) private static func hash(_ v: UInt32, _ shift: UInt32) -> UInt32 { (v &* 0x9E37_79B1) >> shift }

    @inline(__always) public func contains(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        let word: UInt64
        switch (v >> 6) & 3 { case 0: word = f0; case 1: word = f1; case 2: word = f2; default: word = f3 }
        if word & (UInt64(1) << UInt64(v & 63)) == 0 { return false }
        let mask = table.count - 1
        var i = Int(Self.hash(v, shift))
        while true {
            let t = table[i]
            if t == v { return true }
            if t == Self.empty { return false }
            i = (i + 1) & mask
        }
    }
}

/// A set of scalars as a bit per BMP scalar (8 KB), for the one test made at every scalar of every paragraph,
/// where even a filtered table probe showed in profiles.
public struct ScalarBitmap: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var above = Swift.Set<UInt32>()

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for u in scalars {
            let v = u.value
            if v < 0x1_0000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { above.insert(v) }
        }
    }

    @inline(__always) public func contains(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x1_0000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return !above.isEmpty && above.contains(v)
    }
}

/// A map from Unicode scalars to values with the same table as `ScalarSet`, for per-scalar lookups while scanning.
public struct ScalarMap<Value: Sendable>: Sendable {
    private var keys: [UInt32]
    private var values: [Value?]
    private let shift: UInt32
    /// The same low-byte filter as `ScalarSet`'s: word lists probe a map at every scalar of a text.
    private var f0: UInt64 = 0, f1: UInt64 = 0, f2: UInt64 = 0, f3: UInt64 = 0

    public init(_ pairs: [Unicode.Scalar: Value]) {
        for k in pairs.keys {
            let v = k.value, bit = UInt64(1) << UInt64(v & 63)
            switch (v >> 6) & 3 { case 0: f0 |= bit; case 1: f1 |= bit; case 2: f2 |= bit; default: f3 |= bit }
        }
        var bits: UInt32 = 4
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        shift = 32 - bits
        keys = [UInt32](repeating: UInt32.max, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        let mask = keys.count - 1
        for (k, v) in pairs {
            var i = Int((k.value &* 0x9E37_79B1) >> shift)
            while keys[i] != UInt32.max { i = (i + 1) & mask }
            keys[i] = k.value; values[i] = v
        }
    }

    @inline(__always) public subscript(_ u: Unicode.Scalar) -> Value? {
        let v = u.value
        let word: UInt64
        switch (v >> 6) & 3 { case 0: word = f0; case 1: word = f1; case 2: word = f2; default: word = f3 }
        if word & (UInt64(1) << UInt64(v & 63)) == 0 { return nil }
        let mask = keys.count - 1
        var i = Int((v &* 0x9E37_79B1) >> shift)
        while true {
            let k = keys[i]
            if k == v { return values[i] }
            if k == UInt32.max { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A set of words for text held as scalars: the lookup hashes the scalars themselves (FNV-1a), so no String is built
/// and nothing is normalised — `Set<String>.contains` on a fresh String did both for every figure's name.
public struct ScalarWordSet: Sendable {
    private var buckets: [[[Unicode.Scalar]]]
    private let mask: Int

    public init<S: Sequence>(_ words: S) where S.Element == String {
        let list = Array(Set(words)).map { Array($0.unicodeScalars) }
        var size = 16
        while size < list.count * 2 { size <<= 1 }
        mask = size - 1
        buckets = Array(repeating: [], count: size)
        for w in list { buckets[Self.hash(w[...]) & mask].append(w) }
    }

    @inline(__always) static func hash(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for u in s { h = (h ^ UInt64(u.value)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always) public func contains(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        for w in buckets[Self.hash(s) & mask] where w.count == s.count && w.elementsEqual(s) { return true }
        return false
    }

    @inline(__always) public func contains(_ s: [Unicode.Scalar]) -> Bool { contains(s[...]) }
}

/// A word list searched in one pass: its words indexed by their first scalar, so asking whether any of them occurs
/// in a text reads the text once instead of once per word (`words.contains(where: text.includes)` ran a byte search
/// per word, and on Han text a search stops at nearly every character).
public struct WordList: Sendable {
    /// The words, in the order given.
    public let words: [[Unicode.Scalar]]
    private let utf8: [[UInt8]]
    private let byFirst: ScalarMap<[Int]>

    public init(_ list: [String]) {
        words = list.map { Array($0.unicodeScalars) }
        utf8 = list.map { Array($0.utf8) }
        var d: [Unicode.Scalar: [Int]] = [:]
        for (i, w) in words.enumerated() { if let f = w.first { d[f, default: []].append(i) } }
        byFirst = ScalarMap(d)
    }

    public init<S: Sequence>(_ set: S) where S.Element == String { self.init(Array(set)) }

    /// True when one of the words occurs in `s[range]`.
    public func occurs(in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let ws = byFirst[s[i]] {
                for w in ws where fits(words[w], s, i, end) { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always) public func occurs(in s: [Unicode.Scalar]) -> Bool { occurs(in: s, 0..<s.count) }

    /// True when one of the words occurs in `text`.
    public func occurs(in text: String) -> Bool {
        var t = text
        return t.withUTF8 { b -> Bool in
            let n = b.count
            var i = 0
            while i < n {
                let c = UInt32(b[i])
                let v: UInt32, len: Int
                if c < 0x80 { v = c; len = 1 }
                else if c < 0xE0 { v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); len = 2 }
                else if c < 0xF0 { v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); len = 3 }
                else { v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); len = 4 }
                if let u = Unicode.Scalar(v), let ws = byFirst[u] {
                    for w in ws {
                        let bytes = utf8[w]
                        guard i + bytes.count <= n else { continue }
                        var k = len, same = true
                        while k < bytes.count { if b[i + k] != bytes[k] { same = false; break }; k += 1 }
                        if same { return true }
                    }
                }
                i += len
            }
            return false
        }
    }

    /// A bit for each of the first 64 words that occurs in `s[range]` (bit k for `words[k]`), in one pass.
    public func occurring(in s: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var found: UInt64 = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let ws = byFirst[s[i]] {
                for w in ws where w < 64 && fits(words[w], s, i, end) { found |= 1 << UInt64(w) }
            }
            i += 1
        }
        return found
    }

    /// The bit `occurring(in:_:)` sets for `word` (0 when it is not among the first 64 words).
    public func bit(_ word: String) -> UInt64 {
        let w = Array(word.unicodeScalars)
        guard let k = words.firstIndex(of: w), k < 64 else { return 0 }
        return 1 << UInt64(k)
    }

    /// Calls `body(start, index)` for every occurrence of a word in `s[range]` (overlapping ones included), in order of
    /// start and, at one start, of the list.
    public func forEachMatch(in s: [Unicode.Scalar], _ range: Range<Int>, _ body: (Int, Int) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let ws = byFirst[s[i]] {
                for w in ws where fits(words[w], s, i, end) { body(i, w) }
            }
            i += 1
        }
    }

    @inline(__always) private func fits(_ w: [Unicode.Scalar], _ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i + w.count <= end else { return false }
        var k = 1
        while k < w.count { if s[i + k] != w[k] { return false }; k += 1 }
        return true
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)` counts them first,
    /// then decodes again).
    public init(scalarsOf text: String) {
        var t = text
        self = t.withUTF8 { b -> [Unicode.Scalar] in
            // Counted first (a byte that is not a continuation byte starts a scalar), so the array is allocated once
            // at its size.
            var count = 0
            for byte in b where byte & 0xC0 != 0x80 { count += 1 }
            // A String's UTF-8 is valid, so each lead byte and its continuation bytes make a scalar.
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
                var i = 0, k = 0
                let n = b.count
                while i < n, k < count {
                    let c = UInt32(b[i])
                    var v: UInt32
                    if c < 0x80 { v = c; i += 1 }
                    else if c < 0xE0 { v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                    else if c < 0xF0 { v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                    else { v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                    out.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    k += 1
                }
                made = k
            }
        }
    }
}
