import Foundation
import Synchronization

/// An ICU transform applied to Han characters one at a time, with each character's result cached for the process:
/// the first call for a set of characters runs ICU once over all of them (newline separated; character by
/// character when the lines do not line up), later calls are table lookups. Script conversion and pinyin both
/// need per-character results so that offsets and syllables line up with the text.
final class CharacterTransform<Value: Sendable>: Sendable {
    private let transform: String
    private let make: @Sendable (_ character: Unicode.Scalar, _ transformed: Substring) -> Value
    private let cache = Mutex(Cache())

    /// Every character's value once converted: a slot per BMP scalar (read by index: hashing each of a report's
    /// distinct characters was most of the cost), a dictionary for the rest.
    private struct Cache {
        var bmp: [Value?] = []
        var other: [UInt32: Value] = [:]

        func value(_ v: UInt32) -> Value? { v < 0x1_0000 ? (bmp.isEmpty ? nil : bmp[Int(v)]) : other[v] }

        mutating func set(_ v: UInt32, _ value: Value) {
            if v < 0x1_0000 {
                if bmp.isEmpty { bmp = [Value?](repeating: nil, count: 0x1_0000) }
                bmp[Int(v)] = value
            } else {
                other[v] = value
            }
        }
    }

    /// `make` turns ICU's output for one character into the cached value.
    package init(_ transform: String, make: @escaping @Sendable (Unicode.Scalar, Substring) -> Value) {
        self.transform = transform
        self.make = make
    }

    /// The value of every Han scalar in `scalars` (other scalars are absent).
    package func table(for scalars: some Sequence<Unicode.Scalar>) -> [UInt32: Value] {
        var known: [UInt32: Value] = [:]
        for (u, v) in values(for: scalars) { known[u.value] = v }
        return known
    }

    /// Each distinct Han scalar of `scalars` with its value, in the order first seen.
    package func values(for scalars: some Sequence<Unicode.Scalar>) -> [(Unicode.Scalar, Value)] {
        var wanted: [Unicode.Scalar] = []
        var seen = Set<UInt32>()
        for u in scalars where HanClass.isHan(u) && seen.insert(u.value).inserted { wanted.append(u) }
        return values(forDistinct: wanted)
    }

    /// `values(for:)` for scalars known to be distinct Han characters.
    package func values(forDistinct wanted: [Unicode.Scalar]) -> [(Unicode.Scalar, Value)] {
        var out: [(Unicode.Scalar, Value)] = []
        out.reserveCapacity(wanted.count)
        let missing: [UInt32] = cache.withLock { c in
            var m = [UInt32]()
            for u in wanted { if let s = c.value(u.value) { out.append((u, s)) } else { m.append(u.value) } }
            return m
        }
        guard !missing.isEmpty else { return out }
        let converted = convert(missing)
        cache.withLock { c in for (k, v) in converted { c.set(k, v) } }
        for (k, v) in converted { if let u = Unicode.Scalar(k) { out.append((u, v)) } }
        return out
    }

    private func convert(_ values: [UInt32]) -> [UInt32: Value] {
        let chars = values.compactMap(Unicode.Scalar.init)
        var joined = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0 { joined.append("\n") }
            joined.append(c)
        }
        let t = StringTransform(transform)
        var out: [UInt32: Value] = [:]
        let parts = String(joined).applyingTransform(t, reverse: false)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        if parts.count == chars.count {
            for (c, p) in zip(chars, parts) { out[c.value] = make(c, p) }
        } else {
            for c in chars { out[c.value] = make(c, Substring(String(c).applyingTransform(t, reverse: false) ?? String(c))) }
        }
        return out
    }
}
