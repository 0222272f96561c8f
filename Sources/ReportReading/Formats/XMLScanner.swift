import Foundation

import ReportText

/// A small, strict XML tokenizer for the parts of a Word document: start tags with attributes, end
/// tags, text (entities and CDATA decoded); comments, processing instructions and DOCTYPE skipped.
/// Written by hand because Foundation's `XMLParser` on Linux crashes (a trap inside FoundationXML's
/// start-element callback) on some malformed input found by fuzzing — and a .docx is untrusted input.
/// Linear in the input; nesting depth costs one stack entry per open element.
enum XMLScanner {
    package enum Event {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    package struct Failure: Error, CustomStringConvertible {
        package var offset: Int
        package var problem: String
        package var description: String { "\(problem) at byte \(offset)" }
    }

    package static func scan(_ data: Data, _ handle: (Event) -> Void) throws(Failure) {
        let b = [UInt8](data)
        let n = b.count
        var i = 0
        var open: [String] = []
        var sawRoot = false
        var text: [UInt8] = []

        func flushText() {
            guard !text.isEmpty else { return }
            if !open.isEmpty { handle(.text(decode(text))) }
            text.removeAll(keepingCapacity: true)
        }
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard !pattern.isEmpty, n >= pattern.count else { return nil }
            var k = start
            while k + pattern.count <= n {
                if b[k] == pattern[0], b[k..<(k + pattern.count)].elementsEqual(pattern) { return k }
                k += 1
            }
            return nil
        }
        func isNameByte(_ c: UInt8) -> Bool {
            c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x3A || c == 0x5F || c == 0x2D || c == 0x2E
        }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < n {
            let c = b[i]
            if c != UInt8(ascii: "<") { text.append(c); i += 1; continue }
            if b[i...].starts(with: Array("<![CDATA[".utf8)) {
                guard let end = find(Array("]]>".utf8), from: i + 9) else { throw Failure(offset: i, problem: "unterminated CDATA") }
                text += b[(i + 9)..<end]
                i = end + 3
                continue
            }
            flushText()
            if b[i...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), from: i + 4) else { throw Failure(offset: i, problem: "unterminated comment") }
                i = end + 3; continue
            }
            if b[i...].starts(with: Array("<?".utf8)) {
                guard let end = find(Array("?>".utf8), from: i + 2) else { throw Failure(offset: i, problem: "unterminated processing instruction") }
                i = end + 2; continue
            }
            if b[i...].starts(with: Array("<!".utf8)) {
                // DOCTYPE (an internal subset in brackets is skipped whole; entities in it are not expanded).
                var k = i + 2, depth = 0
                while k < n, !(b[k] == UInt8(ascii: ">") && depth == 0) {
                    if b[k] == UInt8(ascii: "[") { depth += 1 } else if b[k] == UInt8(ascii: "]") { depth -= 1 }
                    k += 1
                }
                guard k < n else { throw Failure(offset: i, problem: "unterminated declaration") }
                i = k + 1; continue
            }
            let closing = i + 1 < n && b[i + 1] == UInt8(ascii: "/")
            var k = i + (closing ? 2 : 1)
            let nameStart = k
            while k < n, isNameByte(b[k]) { k += 1 }
            guard k > nameStart else { throw Failure(offset: i, problem: "'<' not followed by a tag name") }
            let name = String(decoding: b[nameStart..<k], as: UTF8.self)
            if closing {
                while k < n, isSpace(b[k]) { k += 1 }
                guard k < n, b[k] == UInt8(ascii: ">") else { throw Failure(offset: i, problem: "malformed end tag </\(name)") }
                guard let top = open.last, top == name else {
                    throw Failure(offset: i, problem: "end tag </\(name)> does not match <\(open.last ?? "nothing")>")
                }
                open.removeLast()
                handle(.end(name: name))
                i = k + 1
                continue
            }
            if open.isEmpty, sawRoot { throw Failure(offset: i, problem: "a second root element <\(name)>") }
            var attributes: [String: String] = [:]
            var selfClosing = false
            while true {
                while k < n, isSpace(b[k]) { k += 1 }
                guard k < n else { throw Failure(offset: i, problem: "tag <\(name) cut off by the end of the data") }
                if b[k] == UInt8(ascii: ">") { k += 1; break }
                if b[k] == UInt8(ascii: "/"), k + 1 < n, b[k + 1] == UInt8(ascii: ">") { selfClosing = true; k += 2; break }
                let a = k
                while k < n, isNameByte(b[k]) { k += 1 }
                guard k > a else { throw Failure(offset: k, problem: "malformed attribute in <\(name)>") }
                let key = String(decoding: b[a..<k], as: UTF8.self)
                while k < n, isSpace(b[k]) { k += 1 }
                guard k < n, b[k] == UInt8(ascii: "=") else { throw Failure(offset: k, problem: "attribute \(key) without a value") }
                k += 1
                while k < n, isSpace(b[k]) { k += 1 }
                guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else {
                    throw Failure(offset: k, problem: "attribute \(key) value not quoted")
                }
                let quote = b[k]
                let v = k + 1
                k = v
                while k < n, b[k] != quote { k += 1 }
                guard k < n else { throw Failure(offset: v, problem: "unterminated attribute value") }
                attributes[key] = decode(Array(b[v..<k]))
                k += 1
            }
            sawRoot = true
            handle(.start(name: name, attributes: attributes))
            if selfClosing { handle(.end(name: name)) } else { open.append(name) }
            i = k
        }
        flushText()
        if !sawRoot { throw Failure(offset: 0, problem: "no root element") }
        if let top = open.last { throw Failure(offset: n, problem: "the data ends inside <\(top)> (truncated)") }
    }

    /// UTF-8 bytes to text with XML's character and entity references decoded.
    package static func decode(_ bytes: [UInt8]) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return s }
        return String(String.UnicodeScalarView(HTMLEntities.decode(Array(s.unicodeScalars))))
    }
}
