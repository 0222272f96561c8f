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
        characters.table(for: scalars).filter { $0.key != $0.value }
    }
}
