/// Wraps text into lines of at most `width` columns, by display width. CJK text breaks between any
/// two characters; closing punctuation (，。、；：！？”）) is not left at the start of a line when it fits
/// the line before; runs of ASCII letters and digits are not split unless longer than a line.
public enum TextWrap {
    static let noLineStart: Set<Unicode.Scalar> = Set("，。、；：！？”’）》」』】,.;:!?)%％".unicodeScalars)
    static let noLineEnd: Set<Unicode.Scalar> = Set("“‘（《「『【(".unicodeScalars)

    /// Each wrapped line with the scalar offset (into `text`) where it starts.
    public static func wrap(_ text: String, width: Int) -> [(line: String, start: Int)] {
        guard width > 0 else { return [] }
        let s = Array(text.unicodeScalars)
        var out: [(String, Int)] = []
        var start = 0
        while start < s.count {
            var w = 0, i = start, lastBreak = -1
            while i < s.count {
                let cw = DisplayWidth.of(s[i])
                if w + cw > width { break }
                w += cw
                i += 1
                if i < s.count, !isWordChar(s[i - 1]) || !isWordChar(s[i]) { lastBreak = i }
            }
            var end = i
            if end < s.count {
                // Keep closing punctuation with the line before it (one character of overhang is not allowed, so pull back).
                if noLineStart.contains(s[end]), end - 1 > start { end -= 1 }
                else if noLineEnd.contains(s[end - 1]), end - 1 > start { end -= 1 }
                else if isWordChar(s[end]), isWordChar(s[end - 1]), lastBreak > start { end = lastBreak }
            }
            if end <= start { end = start + 1 }
            out.append((String(String.UnicodeScalarView(s[start..<end])), start))
            start = end
        }
        return out
    }

    @inline(__always) static func isWordChar(_ u: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(u.value) || (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value) || u == "." || u == "%"
    }
}
