import ReportText

/// Finds mojibake: runs of text that were decoded with the wrong encoding (UTF-8 bytes read as
/// GBK give a `?` and rare characters, e.g. `?!皟沙恰苯ㄔO`). Nothing is extracted from them.
enum DamageDetector {
    enum Class { case common, rare, anchor, latin, digit, punct, space }

    /// `s` is the analysis text; `raw` the display text of the same length (a full-width ？ is punctuation, an ASCII ? in Chinese prose is a lost character).
    @inline(__always) static func classify(_ s: [Unicode.Scalar], _ raw: [Unicode.Scalar], _ i: Int) -> Class {
        let u = s[i], v = u.value
        if isAnchor(s, raw, i) { return .anchor }
        if u == "?" && raw[i] == "?" { return .punct }
        if HanClass.isHan(u) { return HanClass.isCommon(u) ? .common : .rare }
        if HanClass.isDigit(u) { return .digit }
        if HanClass.isSpace(u) { return .space }
        if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) { return .latin }
        return .punct
    }

    /// What a wrong decoding leaves — U+FFFD, private use, bopomofo, half-width katakana, or an ASCII ? inside
    /// Chinese prose (a lost character) — and what alone opens a span, so clean text is tested for it without being
    /// classified character by character.
    @inline(__always) static func isAnchor(_ s: [Unicode.Scalar], _ raw: [Unicode.Scalar], _ i: Int) -> Bool {
        let v = s[i].value
        if v == 0xFFFD || (0xE000...0xF8FF).contains(v) || (0x3100...0x312F).contains(v) || (0xFF66...0xFF9F).contains(v) { return true }
        return s[i] == "?" && raw[i] == "?" && lostQuestionMark(s, i)
    }

    /// A question mark inside Chinese prose (not a URL) is a lost character.
    static func lostQuestionMark(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let prevHan = i > 0 && (HanClass.isHan(s[i - 1]) || HanClass.isCJKPunct(s[i - 1]) || s[i - 1] == "?")
        let nextHan = i + 1 < s.count && (HanClass.isHan(s[i + 1]) || HanClass.isCJKPunct(s[i + 1]) || s[i + 1] == "?" || s[i + 1] == ";" || s[i + 1] == "!")
        return prevHan || nextHan
    }

    package static func spans(in s: [Unicode.Scalar], display raw: [Unicode.Scalar]) -> [Range<Int>] {
        guard !s.isEmpty, raw.count == s.count else { return [] }
        func classify(_ s: [Unicode.Scalar], _ i: Int) -> Class { Self.classify(s, raw, i) }
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isAnchor(s, raw, i) else { i += 1; continue }
            var lo = i
            // Rare characters just before the anchor belong to the damage.
            while lo > 0, lo > i - 3, classify(s, lo - 1) == .rare { lo -= 1 }
            var hi = i + 1
            var commonRun = 0
            while hi < s.count {
                let c = classify(s, hi)
                switch c {
                case .anchor, .rare: commonRun = 0
                case .latin: commonRun = 0
                case .punct where "!;[]()".unicodeScalars.contains(s[hi]): commonRun = 0
                case .common: commonRun += 1
                default: commonRun = 99
                }
                if commonRun >= 2 { break }
                hi += 1
            }
            // Back off trailing common characters that ended the run.
            while hi > i + 1, classify(s, hi - 1) == .common || classify(s, hi - 1) == .digit || classify(s, hi - 1) == .space { hi -= 1 }
            // A lone lost character ("英利?蠡县") is not mojibake; a run of two or more suspicious scalars is.
            let suspicious = (lo..<hi).filter { k in let c = classify(s, k); return c != .common && c != .digit && c != .space }.count
            if suspicious < 2 && s[i].value != 0xFFFD { i = hi; continue }
            if let last = spans.last, lo - last.upperBound <= 4 {
                spans[spans.count - 1] = last.lowerBound..<hi
            } else {
                spans.append(lo..<hi)
            }
            i = hi
        }
        return spans
    }
}
