import ReportText

/// HTML character references (`&nbsp;`, `&ldquo;`, `&#12345;`, `&#x4E00;`), one table and one reader for
/// web pages (`HTMLText`, and XML text in `XMLScanner`) and for text copied with stray entities (`Normalizer`).
enum HTMLEntities {
    package static let named: [String: Unicode.Scalar] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "times": "×", "divide": "÷",
        "yen": "¥", "copy": "©", "reg": "®", "deg": "°", "plusmn": "±", "le": "≤", "ge": "≥", "ensp": " ", "emsp": " ",
        "thinsp": " ", "bull": "•", "permil": "‰", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "laquo": "«", "raquo": "»", "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "ne": "≠", "asymp": "≈", "sim": "∼",
        "minus": "−", "lowast": "∗", "prime": "′", "Prime": "″", "sect": "§", "para": "¶", "trade": "™", "euro": "€",
        "pound": "£", "cent": "¢", "micro": "µ", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "iexcl": "¡",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "pi": "π", "sigma": "σ", "omega": "ω",
    ]
    /// Names browsers decode without their ';' ("&nbsp&nbsp").
    static let legacyNames = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"]
    /// Numeric references 128…159 name Windows-1252 characters (HTML's rule).
    static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x8B: "‹", 0x91: "‘", 0x92: "’", 0x93: "“",
        0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x99: "™", 0x9B: "›",
    ]

    /// The reference starting at `s[i]` (an "&") and ending before `end`: its character and length, or nil when
    /// there is none. The character is nil for a reference to no character (text mode only).
    /// `browser`: as web browsers read pages — the common names without ';', 128…159 as Windows-1252, an
    /// impossible code point as U+FFFD. Otherwise (text that merely carries entities) the ';' is required and
    /// an impossible code point names no character.
    static func reference(_ s: [Unicode.Scalar], at i: Int, end: Int, browser: Bool) -> (Unicode.Scalar?, Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if s[j] == "#" {
            j += 1
            let hex = j < end && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let digitsStart = j
            var value: UInt32 = 0, overflow = false
            while j < end, j - i <= (browser ? Int.max : 10), let d = digit(s[j], hex: hex) {
                if value > 0x10FFFF { overflow = true } else { value = value * (hex ? 16 : 10) + d }
                j += 1
            }
            guard j > digitsStart else { return nil }
            let terminated = j < end && s[j] == ";"
            if terminated { j += 1 } else if !browser { return nil }
            guard browser else { return (overflow ? nil : Unicode.Scalar(value), j - i) }
            if let w = windows1252[value] { return (w, j - i) }
            return (overflow || value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}", j - i)
        }
        while j < end, j - i <= 10, isASCIILetterOrDigit(s[j]) { j += 1 }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        if j < end, s[j] == ";", let u = named[name] { return (u, j - i + 1) }
        if browser, let legacy = legacyNames.first(where: { name.startsWith($0) }), let u = named[legacy] { return (u, 1 + legacy.count) }
        return nil
    }

    /// Text with every reference decoded as a browser would; anything that is not a reference stays as written.
    package static func decode(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard t.contains("&") else { return t }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(t.count)
        var i = 0
        while i < t.count {
            if t[i] == "&", let (u, n) = reference(t, at: i, end: t.count, browser: true) {
                if let u { out.append(u) }
                i += n
            } else {
                out.append(t[i]); i += 1
            }
        }
        return out
    }

    package static func digit(_ u: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = u.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard hex else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }

    static func isASCIILetterOrDigit(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
    }
}
