/// A set of Unicode scalars for hot loops: an open-addressed table probed with a multiply-shift hash.
/// `Set<Unicode.Scalar>` seeds and finalises SipHash on every `contains`, which was a tenth of parse time.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var table: [UInt32]
    private let shift: UInt32
    private static let empty = UInt32.max

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        let values = Array(Swift.Set(scalars.map(\.value)))
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
        let v = u.value, mask = table.count - 1
        var i = Int(Self.hash(v, shift))
        while true {
            let t = table[i]
            if t == v { return true }
            if t == Self.empty { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from Unicode scalars to values with the same table as `ScalarSet`, for per-scalar lookups while scanning.
public struct ScalarMap<Value: Sendable>: Sendable {
    private var keys: [UInt32]
    private var values: [Value?]
    private let shift: UInt32

    public init(_ pairs: [Unicode.Scalar: Value]) {
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
        let v = u.value, mask = keys.count - 1
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
