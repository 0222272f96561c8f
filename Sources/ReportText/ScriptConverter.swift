import Foundation

/// Traditional → simplified conversion through ICU's `Traditional-Simplified` transform,
/// applied character by character so that every offset survives the conversion.
public enum ScriptConverter {
    /// Each character's simplified form; a character ICU maps to more than one scalar keeps itself.
    private static let characters = CharacterTransform<UInt32>("Traditional-Simplified") { c, t in
        let us = Array(t.unicodeScalars)
        return us.count == 1 ? us[0].value : c.value
    }

    /// Simplified form of each scalar; scalars ICU maps to more than one scalar are kept.
    public static func simplifyScalars(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let table = mapping(for: scalars)
        return scalars.map { u in table[u.value].flatMap(Unicode.Scalar.init) ?? u }
    }

    /// The conversion table for the Han scalars in `scalars` (only entries that change).
    public static func mapping(for scalars: [Unicode.Scalar]) -> [UInt32: UInt32] {
        var out: [UInt32: UInt32] = [:]
        for (u, v) in characters.values(for: scalars) where u.value != v { out[u.value] = v }
        return out
    }

    /// The characters of `han` (distinct Han scalars) that change, with their simplified form.
    public static func changes(distinct han: [Unicode.Scalar]) -> [(Unicode.Scalar, Unicode.Scalar)] {
        characters.values(forDistinct: han).compactMap { u, v in u.value == v ? nil : Unicode.Scalar(v).map { (u, $0) } }
    }
}
