import Foundation

extension String {
    /// Byte-level substring test on UTF-8. Foundation's `contains` is locale-aware and an order
    /// of magnitude slower; report text needs exact matching only.
    @inline(__always) package func includes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// Number of non-overlapping occurrences of `needle`.
    package func occurrences(of needle: String) -> Int {
        var n = 0, from = 0
        while let at = byteOffset(of: needle, from: from) { n += 1; from = at + needle.utf8.count }
        return n
    }

    /// UTF-8 byte offset of the first occurrence of `needle` at or after byte `from`, or nil.
    func byteOffset(of needle: String, from: Int = 0) -> Int? {
        var hay = self, nd = needle
        return hay.withUTF8 { h -> Int? in
            nd.withUTF8 { n -> Int? in
                guard n.count > 0, h.count >= n.count, let hb = h.baseAddress, let nb = n.baseAddress else { return n.isEmpty ? 0 : nil }
                // memchr on the needle's last byte: a CJK lead byte (E4–E9) would stop at nearly every character,
                // a continuation byte much less often.
                let k = n.count - 1, lastByte = Int32(n[k]), last = h.count - n.count
                var i = from
                while i <= last {
                    guard let p = memchr(hb + i + k, lastByte, last - i + 1) else { return nil }
                    let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self)) - k
                    if memcmp(hb + at, nb, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    /// Character (scalar) position of the first occurrence of `needle`, or nil.
    package func scalarOffset(of needle: String) -> Int? {
        guard let b = byteOffset(of: needle) else { return nil }
        return utf8.prefix(b).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

extension String {
    /// The first occurrence of `needle`, found by bytes. Foundation's `range(of:)` goes through NSString and
    /// locale-aware folding, which cost a twelfth of parse time.
    package func fastRange(of needle: String) -> Range<String.Index>? {
        guard let b = byteOffset(of: needle) else { return nil }
        let lo = utf8.index(utf8.startIndex, offsetBy: b)
        return lo..<utf8.index(lo, offsetBy: needle.utf8.count)
    }

    /// Every occurrence of `needle` replaced, found by bytes (see `fastRange`).
    package func replacingAll(_ needle: String, with replacement: String) -> String {
        guard !needle.isEmpty, var at = byteOffset(of: needle) else { return self }
        var out = ""
        var from = 0
        let bytes = Array(utf8), n = needle.utf8.count
        while true {
            out += String(decoding: bytes[from..<at], as: UTF8.self) + replacement
            from = at + n
            guard let next = byteOffset(of: needle, from: from) else { break }
            at = next
        }
        out += String(decoding: bytes[from...], as: UTF8.self)
        return out
    }
}

extension String {
    /// Suffix test on UTF-8 bytes. `hasSuffix` compares Characters from the end (a reversed grapheme walk), which
    /// cost a fourteenth of parse time; report text is NFC and its lexicon words start on a base character, so the
    /// bytes decide the same. (Not generic over StringProtocol: unspecialised across modules, that was slower still.)
    @inline(__always) package func endsWith(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        let n = b.count, m = a.count
        guard n <= m else { return false }
        return Self.sameBytes(a, at: m - n, b) ?? a.suffix(n).elementsEqual(b)
    }

    /// Prefix test on UTF-8 bytes (see `endsWith`).
    @inline(__always) package func startsWith(_ prefix: String) -> Bool {
        let a = utf8, b = prefix.utf8
        guard b.count <= a.count else { return false }
        return Self.sameBytes(a, at: 0, b) ?? a.prefix(b.count).elementsEqual(b)
    }

    /// Whether `b` is written in `a` at byte `offset`, compared with `memcmp` when both are contiguous (a generic
    /// `elementsEqual` over the views cost more than the test itself); nil when one is not.
    @inline(__always) static func sameBytes(_ a: String.UTF8View, at offset: Int, _ b: String.UTF8View) -> Bool? {
        let n = b.count
        if n == 0 { return true }
        return a.withContiguousStorageIfAvailable { ab -> Bool? in
            b.withContiguousStorageIfAvailable { bb -> Bool? in
                guard let ap = ab.baseAddress, let bp = bb.baseAddress else { return nil }
                return memcmp(ap + offset, bp, n) == 0
            } ?? nil
        } ?? nil
    }

    /// `count <= n`, walking at most n + 1 characters (a header test of a line that is a whole paragraph need not
    /// count all of it).
    package func hasCharacters(atMost n: Int) -> Bool { prefix(n + 1).count <= n }

    /// Without leading and trailing spaces and tabs (what `trimmingCharacters(in: .whitespaces)` removes: U+0020,
    /// U+0009, U+3000 and the other space separators), without going through NSString.
    package var trimmedSpaces: String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !HanClass.isHorizontalSpace($0) }) else { return "" }
        let last = s.lastIndex(where: { !HanClass.isHorizontalSpace($0) }) ?? first
        if first == s.startIndex, s.index(after: last) == s.endIndex { return self }
        return String(scalars: s[first...last])
    }
}
