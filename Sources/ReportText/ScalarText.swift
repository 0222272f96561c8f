/// Small helpers for text held as `[Unicode.Scalar]`, the form every hot loop works on.
extension Array where Element == Unicode.Scalar {
    /// True when `word` occurs at `i`.
    @inline(__always) public func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where self[i + k] != word[k] { return false }
        return true
    }

    /// True when `word` occurs at `i`.
    @inline(__always) package func has(_ word: String, at i: Int) -> Bool {
        var k = i
        for u in word.unicodeScalars {
            guard k >= 0, k < count, self[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// Start of every non-overlapping occurrence of `word` in `range`.
    public func starts(of word: [Unicode.Scalar], in range: Range<Int>) -> [Int] {
        guard !word.isEmpty else { return [] }
        var out: [Int] = [], i = range.lowerBound
        while i + word.count <= range.upperBound {
            if has(word, at: i) { out.append(i); i += word.count } else { i += 1 }
        }
        return out
    }

    /// Start of the last occurrence of `word`, or nil.
    package func lastStart(of word: [Unicode.Scalar]) -> Int? {
        guard !word.isEmpty, count >= word.count else { return nil }
        return stride(from: count - word.count, through: 0, by: -1).first { has(word, at: $0) }
    }

    /// The text of `self[a..<b]`, clamped to the array; "" when empty.
    package func text(_ a: Int, _ b: Int) -> String {
        let lo = Swift.max(0, a), hi = Swift.min(count, b)
        guard lo < hi else { return "" }
        return String(scalars: self[lo..<hi])
    }
}

extension String {
    /// A string from Unicode scalars, written straight as UTF-8. `String(String.UnicodeScalarView(s))` and
    /// `UnicodeScalarView.append(contentsOf:)` take a generic slow path that cost a fifth of all parsing time.
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buf in
            var i = 0
            for u in scalars {
                let v = u.value
                if v < 0x80 {
                    buf[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buf[i] = UInt8(0xC0 | (v >> 6)); buf[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x1_0000 {
                    buf[i] = UInt8(0xE0 | (v >> 12)); buf[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buf[i] = UInt8(0xF0 | (v >> 18)); buf[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }
}
