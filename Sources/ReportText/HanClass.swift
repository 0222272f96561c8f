/// Character classes used by the reader: Han, common Han, CJK punctuation, full-width forms.
package enum HanClass {
    package static let common: Set<UInt32> = Set(commonHanCharacters.unicodeScalars.lazy.filter { $0.value > 0x7F }.map(\.value))

    @inline(__always) package static func isHan(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x20000...0x2FA1F).contains(v) || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }
    @inline(__always) package static func isCommon(_ u: Unicode.Scalar) -> Bool { common.contains(u.value) }

    /// CJK punctuation and full-width forms that sit inside Chinese prose.
    @inline(__always) package static func isCJKPunct(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x3000...0x303F).contains(v) || (0xFF00...0xFF65).contains(v) || (0x2010...0x2027).contains(v)
    }
    @inline(__always) package static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
    /// Tab and the space separators (Zs): what Foundation's `CharacterSet.whitespaces` holds, for trimming.
    @inline(__always) package static func isHorizontalSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        // The space separators (Zs) of Unicode, listed: asking the property cost a table lookup for every 、 and “.
        return v == 0x3000 || v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x1680
    }

    @inline(__always) package static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x20 || u.value == 0x09 || u.value == 0x3000 || u.value == 0xA0 || u.value == 0x2002
            || u.value == 0x2003 || u.value == 0x200B || u.value == 0xFEFF
    }

    /// Folds full-width ASCII forms (digits, letters, ％, brackets …) and the ideographic space
    /// to ASCII, one scalar for one scalar so offsets survive.
    @inline(__always) package static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0) ?? u }
        if v == 0x3000 || v == 0xA0 { return " " }
        return u
    }
}
