import Foundation

import ReportText

/// A file that cannot be read as a report, with the file named and the problem stated.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var problem: String
    public init(file: String, problem: String) { self.file = file; self.problem = problem }
    public var description: String { "\(file): \(problem)" }
}

/// Decodes report bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5.
/// Legacy encodings are chosen by which decoding reads as ordinary Chinese.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: TextEncoding
    }

    // NSStringEncoding values of kCFStringEncodingGB_18030_2000 and kCFStringEncodingBig5.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let big5 = String.Encoding(rawValue: 0x8000_0A03)

    public static func decode(_ data: Data, file: String) throws(ReadError) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw ReadError(file: file, problem: "empty file") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            guard let s = String(validating: body, as: UTF8.self) else {
                throw ReadError(file: file, problem: utf8Problem(utf8Scan(Array(body)), bomOffset: 3))
            }
            return Decoded(text: s, encoding: .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            if body.count % 2 != 0 {
                throw ReadError(file: file, problem: "truncated UTF-16 (odd number of bytes after the byte-order mark)")
            }
            var units = [UInt16](); units.reserveCapacity(body.count / 2)
            var i = 0
            while i + 1 < body.count {
                units.append(little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            guard let s = String(validating: units, as: UTF16.self) else {
                throw ReadError(file: file, problem: "invalid UTF-16 (unpaired surrogate)")
            }
            if let nul = units.firstIndex(of: 0) {
                throw ReadError(file: file, problem: "binary data, not text (NUL character at UTF-16 unit \(nul))")
            }
            return Decoded(text: s, encoding: little ? .utf16LE : .utf16BE)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadError(file: file, problem: "binary data, not text (NUL byte at offset \(nul))")
        }
        if let s = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: s, encoding: .utf8)
        }
        // Not UTF-8: a UTF-8 file cut mid-character, or a legacy Chinese encoding.
        // A truncated file is UTF-8 only if it had multi-byte text before the cut (else it is a legacy encoding).
        let scan = utf8Scan(bytes)
        if case .truncated(let at) = scan, bytes[..<at].contains(where: { $0 >= 0x80 }) {
            throw ReadError(file: file, problem: utf8Problem(scan, bomOffset: 0))
        }
        // UTF-8 with a few stray bytes (a bad copy, a cut-and-joined file): read as UTF-8 with the stray bytes
        // replaced by U+FFFD, which the damage detector marks, rather than losing the whole report.
        let (valid, invalid) = utf8Census(bytes)
        if invalid > 0, invalid <= max(8, bytes.count / 1000), valid >= 10 * invalid {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)
        }
        var candidates: [(Decoded, Double)] = []
        if let s = String(data: data, encoding: gb18030) {
            candidates.append((Decoded(text: s, encoding: .gb18030), plausibility(s, traditional: false)))
        }
        if let s = String(data: data, encoding: big5) {
            candidates.append((Decoded(text: s, encoding: .big5), plausibility(s, traditional: true)))
        }
        guard let best = candidates.max(by: { $0.1 < $1.1 }), best.1 >= 0.6 else {
            throw ReadError(file: file, problem: "not text in a supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5)")
        }
        return best.0
    }

    enum UTF8Scan: Equatable {
        case valid
        /// Valid up to a sequence cut off by the end of the data, starting at this byte.
        case truncated(at: Int)
        case invalid(at: Int)
    }

    /// Walks UTF-8 sequences and reports where the bytes stop being UTF-8, if they do.
    /// Length of the UTF-8 sequence a lead byte starts; 0 for a byte that starts none.
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
    }

    static func utf8Scan(_ bytes: [UInt8]) -> UTF8Scan {
        var i = 0
        while i < bytes.count {
            let len = sequenceLength(bytes[i])
            if len == 0 { return .invalid(at: i) }
            if i + len > bytes.count { return .truncated(at: i) }
            for k in 1..<max(len, 1) where bytes[i + k] & 0xC0 != 0x80 { return .invalid(at: i) }
            i += len
        }
        return .valid
    }

    /// Multi-byte UTF-8 sequences that are well-formed, and bytes that start no well-formed sequence.
    static func utf8Census(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var i = 0, valid = 0, invalid = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(bytes[i])
            if len > 0, i + len <= bytes.count, (1..<len).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                valid += 1; i += len
            } else {
                invalid += 1; i += 1
            }
        }
        return (valid, invalid)
    }

    /// Describes why bytes are not UTF-8: a sequence cut at the end (truncated) or invalid bytes.
    static func utf8Problem(_ scan: UTF8Scan, bomOffset: Int) -> String {
        switch scan {
        case .invalid(let at): return "invalid UTF-8 at byte \(at + bomOffset)"
        case .truncated(let at): return "truncated UTF-8: the file ends inside a character at byte \(at + bomOffset)"
        case .valid: return "invalid UTF-8"
        }
    }

    /// Share of Han characters (sampled) that are common in report prose; control characters count against.
    static func plausibility(_ s: String, traditional: Bool) -> Double {
        var han = 0, common = 0, bad = 0
        var sample = [Unicode.Scalar]()
        for u in s.unicodeScalars.prefix(20_000) {
            if HanClass.isHan(u) { sample.append(u) }
            else if u.value < 0x20 && u.value != 0x0A && u.value != 0x0D && u.value != 0x09 { bad += 1 }
            else if (0xE000...0xF8FF).contains(u.value) || u.value == 0xFFFD { bad += 1 }
        }
        let simplified = traditional ? ScriptConverter.simplifyScalars(sample) : sample
        for u in simplified {
            han += 1
            if HanClass.isCommon(u) { common += 1 }
        }
        guard han > 0 else { return bad == 0 ? 0.61 : 0 }
        return Double(common) / Double(han) - Double(bad) / Double(han)
    }
}
