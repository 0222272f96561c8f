/// Wraps text into lines of at most `width` columns, by display width. CJK text breaks between any
/// two characters; closing punctuation (，。、；：！？”）) is not left at the start of a line when it fits
/// the line before; runs of ASCII letters and digits (6.5%, 2023) are not split unless longer than a line, and
/// neither are the ranges given as `keep` (a figure with its unit and sign, 93.8亿元) when they fit a line.
public enum TextWrap {
    static let noLineStart: Set<Unicode.Scalar> = Set("，。、；：！？”’）》」』】,.;:!?)%％".unicodeScalars)
    static let noLineEnd: Set<Unicode.Scalar> = Set("“‘（《「『【(".unicodeScalars)

    /// Each wrapped line with the scalar offset (into `text`) where it starts.
    public static func wrap(_ text: String, width: Int, keep: [Range<Int>] = []) -> [(line: String, start: Int)] {
        guard width > 0 else { return [] }
        let s = Array(text.unicodeScalars)
        var out: [(String, Int)] = []
        var start = 0
        while start < s.count {
            var w = 0, i = start
            while i < s.count {
                let cw = DisplayWidth.of(s[i])
                if w + cw > width { break }
                w += cw
                i += 1
            }
            var end = i
            if end < s.count {
                // Closing punctuation stays with the line before it and opening punctuation with the line after
                // (one character of overhang is not allowed, so pull back); then a number or word is never split
                // (6. / 5%): the line ends before it.
                if noLineStart.contains(s[end]), end - 1 > start { end -= 1 }
                else if noLineEnd.contains(s[end - 1]), end - 1 > start { end -= 1 }
                if isWordChar(s[end]), isWordChar(s[end - 1]) {
                    var k = end
                    while k > start, isWordChar(s[k - 1]) { k -= 1 }
                    if k > start { end = k }
                }
                // A kept range the break falls inside moves to the line after, when it starts after this line does.
                // One that starts the line ends it, even if punctuation then starts the next.
                if let r = keep.first(where: { $0.lowerBound < end && end < $0.upperBound }) {
                    end = r.lowerBound > start ? r.lowerBound : min(i, r.upperBound)
                }
            }
            if end <= start { end = start + 1 }
            out.append((String(String.UnicodeScalarView(s[start..<end])), start))
            start = end
        }
        return out
    }

    @inline(__always) static func isWordChar(_ u: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(u.value) || (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value) || u == "." || u == "%" || u == "％"
    }
}
