import Foundation

import ReportText

/// The report inside a saved web page (.html, .htm): the page decoded by its declared charset (or by
/// detection when it declares none or lies), scripts, styles and navigation dropped, the article body
/// chosen by where the page's non-link text is, block elements turned into lines and entities decoded.
/// The page title and the publication line (发布日期, 来源) are kept in front of the body so the
/// normaliser finds them as it does in copied pages. A hand-written scanner: no HTML library is available,
/// and real pages are rarely well-formed XML.
public enum HTMLText {
    public struct Extracted: Sendable {
        public var text: String
        public var encoding: TextEncoding
    }

    public static func extract(_ data: Data, file: String) throws(ReadError) -> Extracted {
        let decoded = try decode(data, file: file)
        let text = self.text(ofPage: decoded.text)
        guard text.unicodeScalars.contains(where: { !HanClass.isSpace($0) }) else {
            throw ReadError(file: file, problem: "no text in the web page (only markup, scripts or navigation)")
        }
        return Extracted(text: text, encoding: decoded.encoding)
    }

    // MARK: charset

    /// Decodes by the charset the page declares (BOM, `<meta charset>`, `http-equiv` content type, XML
    /// declaration); a page that declares none, or whose bytes do not fit its declaration, is detected.
    package static func decode(_ data: Data, file: String) throws(ReadError) -> TextDecoder.Decoded {
        let bytes = [UInt8](data.prefix(8192))
        if bytes.isEmpty { throw ReadError(file: file, problem: "empty file") }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !hasBOM, let cs = declaredCharset(bytes) {
            switch cs {
            case "utf-8", "utf8":
                if let s = String(validating: [UInt8](data), as: UTF8.self) { return .init(text: s, encoding: .utf8) }
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "windows-936":
                if !data.contains(0), let s = String(data: data, encoding: TextDecoder.gb18030) { return .init(text: s, encoding: .gb18030) }
            case "big5", "big5-hkscs", "x-x-big5", "cp950":
                if !data.contains(0), let s = String(data: data, encoding: TextDecoder.big5) { return .init(text: s, encoding: .big5) }
            default: break
            }
        }
        return try TextDecoder.decode(data, file: file)
    }

    /// The charset named in the first bytes of a page, lower-cased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < lower.count {
            if lower[i] == key[0], Array(lower[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < lower.count, lower[j] == 0x20 || lower[j] == 0x09 { j += 1 }
                if j < lower.count, lower[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < lower.count, [0x20, 0x09, 0x22, 0x27].contains(lower[j]) { j += 1 }
                    var name: [UInt8] = []
                    while j < lower.count, name.count < 40, lower[j] == 0x2D || lower[j] == 0x5F || (0x30...0x39).contains(lower[j]) || (0x61...0x7A).contains(lower[j]) {
                        name.append(lower[j]); j += 1
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
            }
            i += 1
        }
        // <?xml version="1.0" encoding="gbk"?>
        if lower.starts(with: Array("<?xml".utf8)), let end = lower.firstIndex(of: UInt8(ascii: ">")) {
            let decl = String(decoding: lower[..<end], as: UTF8.self)
            if let r = decl.range(of: "encoding=") {
                let v = decl[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" }).prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                if !v.isEmpty { return String(v) }
            }
        }
        return nil
    }

    // MARK: page → text

    /// Elements whose content is never report text.
    package static let dropped: Set<String> = ["script", "style", "noscript", "template", "nav", "aside", "footer", "select", "option",
                                       "button", "iframe", "svg", "object", "head", "canvas", "map", "datalist", "menu"]
    /// Elements read as raw text up to their end tag (markup inside is not markup).
    static let rawText: Set<String> = ["script", "style", "title", "textarea", "xmp", "noscript", "template"]
    static let void: Set<String> = ["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param",
                                    "source", "track", "wbr", "keygen", "basefont", "frame"]
    package static let block: Set<String> = ["p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5",
                                     "h6", "section", "article", "header", "blockquote", "pre", "dl", "dt", "dd", "center", "hr", "br",
                                     "form", "address", "figure", "figcaption", "main", "body", "html", "caption", "fieldset", "legend",
                                     "details", "summary", "dialog"]
    package static let cell: Set<String> = ["td", "th"]
    /// Start tags that close an open element of the same name (`<p>a<p>b`, `<li>a<li>b`).
    static let selfClosingSiblings: Set<String> = ["p", "li", "tr", "td", "th", "dt", "dd", "option"]
    static let headerKeys = ["发布日期", "发布时间", "来源", "信息来源", "索引号", "成文日期", "发文日期", "日期："]

    enum Piece { case text([Unicode.Scalar]), lineBreak, cellBreak }

    struct Node {
        package var name: String
        package var parent: Int
        package var depth: Int
        package var classes: String
        /// Han and digit scalars of the text under the node, and the part of it inside links.
        var weight = 0
        var linkWeight = 0
        var firstPiece = 0
        var endPiece = Int.max
    }

    /// The report text of a decoded page.
    package static func text(ofPage page: String) -> String {
        let s = Array(page.unicodeScalars)
        var nodes = [Node(name: "#root", parent: -1, depth: 0, classes: "")]
        var open: [Int] = [0]
        var pieces: [Piece] = []
        var docTitle: [Unicode.Scalar] = []
        var dropDepth = 0      // open dropped elements
        var linkDepth = 0
        var preDepth = 0
        var i = 0
        let n = s.count

        func close(at k: Int) {
            // Pops open elements down to (and including) the one at stack position k.
            while open.count > k {
                let node = open.removeLast()
                nodes[node].endPiece = pieces.count
                let name = nodes[node].name
                if dropped.contains(name) { dropDepth -= 1 }
                if name == "a" { linkDepth -= 1 }
                if name == "pre" { preDepth -= 1 }
                if block.contains(name) { pieces.append(.lineBreak) }
            }
        }

        func addText(_ t: [Unicode.Scalar]) {
            guard dropDepth == 0, !t.isEmpty else { return }
            let decoded = HTMLEntities.decode(t)
            var w = 0
            for u in decoded where HanClass.isHan(u) || HanClass.isDigit(u) { w += 1 }
            let top = open[open.count - 1]
            nodes[top].weight += w
            if linkDepth > 0 { nodes[top].linkWeight += w }
            if preDepth > 0 {
                // Keep the line breaks of preformatted text.
                var line: [Unicode.Scalar] = []
                for u in decoded {
                    if u == "\n" { pieces.append(.text(line)); pieces.append(.lineBreak); line = [] } else if u != "\r" { line.append(u) }
                }
                if !line.isEmpty { pieces.append(.text(line)) }
            } else {
                pieces.append(.text(decoded))
            }
        }

        while i < n {
            if s[i] != "<" {
                var j = i
                while j < n, s[j] != "<" { j += 1 }
                addText(Array(s[i..<j]))
                i = j
                continue
            }
            // Comment, doctype, processing instruction, CDATA.
            if s.has("<!--", at: i) {
                var k = i + 4
                while k < n, !s.has("-->", at: k) { k += 1 }
                i = min(k + 3, n)
                continue
            }
            if i + 1 < n, s[i + 1] == "!" || s[i + 1] == "?" {
                i = (s[(i + 1)...].firstIndex(of: ">") ?? (n - 1)) + 1
                continue
            }
            let isEnd = i + 1 < n && s[i + 1] == "/"
            let nameStart = i + (isEnd ? 2 : 1)
            guard nameStart < n, isASCIILetter(s[nameStart]) else {
                addText(["<"]); i += 1; continue
            }
            var j = nameStart
            while j < n, HTMLEntities.isASCIILetterOrDigit(s[j]) || s[j] == "-" || s[j] == ":" { j += 1 }
            let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
            // Attributes up to the closing '>', quotes respected.
            var quote: Unicode.Scalar?
            var attrs: [Unicode.Scalar] = []
            while j < n {
                let u = s[j]
                if let q = quote { if u == q { quote = nil } } else if u == "\"" || u == "'" { quote = u } else if u == ">" { break }
                if attrs.count < 400 { attrs.append(u) }
                j += 1
            }
            i = min(j + 1, n)
            if isEnd {
                // Only the innermost 512 open elements are searched, so stray end tags stay linear.
                if let k = open[max(1, open.count - 512)...].lastIndex(where: { nodes[$0].name == name }) { close(at: k) }
                else if name == "br" || name == "p" { pieces.append(.lineBreak) }
                continue
            }
            let selfClosed = attrs.last == "/"
            if selfClosingSiblings.contains(name), let top = open.last, nodes[top].name == name, open.count > 1 {
                close(at: open.count - 1)
            }
            if block.contains(name) { pieces.append(.lineBreak) }
            if cell.contains(name) { pieces.append(.cellBreak) }
            if void.contains(name) || selfClosed { continue }
            if rawText.contains(name) {
                // Everything up to </name> is this element's text.
                let endTag = Array("</\(name)".unicodeScalars)
                var k = i
                while k < n, !(s[k] == "<" && hasCaseless(s, endTag, at: k)) { k += 1 }
                if name == "title", docTitle.isEmpty { docTitle = HTMLEntities.decode(Array(s[i..<k])) }
                if name == "textarea", dropDepth == 0 { addText(Array(s[i..<k])) }
                i = k < n ? (s[k...].firstIndex(of: ">") ?? (n - 1)) + 1 : n
                continue
            }
            let parent = open[open.count - 1]
            nodes.append(Node(name: name, parent: parent, depth: open.count, classes: classAndID(attrs), firstPiece: pieces.count))
            open.append(nodes.count - 1)
            if dropped.contains(name) { dropDepth += 1 }
            if name == "a" { linkDepth += 1 }
            if name == "pre" { preDepth += 1 }
        }
        close(at: 1)
        nodes[0].endPiece = pieces.count

        // Sum weights up the tree: children come after their parents in `nodes`.
        for k in stride(from: nodes.count - 1, to: 0, by: -1) {
            nodes[nodes[k].parent].weight += nodes[k].weight
            nodes[nodes[k].parent].linkWeight += nodes[k].linkWeight
        }
        let content = contentNode(nodes)
        var lines: [String] = []
        let body = render(pieces[nodes[content].firstPiece..<min(nodes[content].endPiece, pieces.count)])
        if content != 0 {
            // The title and publication line sit above the article's element on most pages.
            let before = render(pieces[0..<nodes[content].firstPiece])
            let heading = headingBefore(content, nodes: nodes, pieces: pieces)
            let bodyHasTitle = body.prefix(3).contains { $0.contains("报告") || $0.contains("总结") }
            if !bodyHasTitle {
                if let h = heading { lines.append(h) } else if let t = siteTitleCut(docTitle) { lines.append(t) }
            }
            lines += before.filter { line in line.unicodeScalars.count <= 200 && headerKeys.contains(where: line.contains) }
        } else if !body.prefix(3).contains(where: { $0.contains("报告") || $0.contains("总结") }), let t = siteTitleCut(docTitle) {
            lines.append(t)
        }
        lines += body
        return lines.joined(separator: "\n")
    }

    /// The element holding the article: the deepest one with at least 60% of the page's non-link text.
    static func contentNode(_ nodes: [Node]) -> Int {
        let total = nodes[0].weight - nodes[0].linkWeight
        guard total > 0 else { return 0 }
        var best = 0
        for k in nodes.indices {
            let own = nodes[k].weight - nodes[k].linkWeight
            if own * 10 >= total * 6, nodes[k].depth > nodes[best].depth, !dropped.contains(nodes[k].name) { best = k }
        }
        return best
    }

    /// The nearest h1/h2 (or an element whose class says title) before the content element, outside it.
    static func headingBefore(_ content: Int, nodes: [Node], pieces: [Piece]) -> String? {
        let start = nodes[content].firstPiece
        var found: String?
        // Only small elements can be a title; the bound also keeps nested title-class wrappers linear.
        for k in nodes.indices where k != content && nodes[k].endPiece <= start && nodes[k].endPiece - nodes[k].firstPiece <= 40 {
            let name = nodes[k].name
            guard name == "h1" || name == "h2" || name == "h3" || nodes[k].classes.contains("title") else { continue }
            let t = render(pieces[nodes[k].firstPiece..<nodes[k].endPiece]).joined()
            if t.unicodeScalars.contains(where: HanClass.isHan), t.unicodeScalars.count <= 120 { found = t }
        }
        return found
    }

    /// "关于…的报告_某县人民政府" → the part before the site name.
    static func siteTitleCut(_ t: [Unicode.Scalar]) -> String? {
        var s = String(String.UnicodeScalarView(t)).trimmingCharacters(in: .whitespacesAndNewlines)
        for sep in ["_", "|", " - ", "－", "——"] {
            if let r = s.range(of: sep) { s = String(s[..<r.lowerBound]).trimmedSpaces }
        }
        return s.unicodeScalars.contains(where: HanClass.isHan) ? s : nil
    }

    /// Pieces to lines: whitespace runs collapse to one space, blocks break lines, empty lines go.
    static func render(_ pieces: ArraySlice<Piece>) -> [String] {
        var lines: [String] = []
        var line: [Unicode.Scalar] = []
        func flush() {
            while let l = line.last, l == " " { line.removeLast() }
            if !line.isEmpty { lines.append(String(String.UnicodeScalarView(line))) }
            line = []
        }
        for p in pieces {
            switch p {
            case .lineBreak: flush()
            case .cellBreak: if !line.isEmpty, line.last != " " { line.append(" ") }
            case .text(let t):
                for u in t {
                    if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0C}" || u == "\u{A0}" {
                        if !line.isEmpty, line.last != " " { line.append(" ") }
                    } else {
                        line.append(u)
                    }
                }
            }
        }
        flush()
        return lines
    }

    static func isASCIILetter(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
    }

    static func hasCaseless(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + word.count <= s.count else { return false }
        for k in 0..<word.count {
            var a = s[i + k].value, b = word[k].value
            if a >= 0x41 && a <= 0x5A { a += 32 }
            if b >= 0x41 && b <= 0x5A { b += 32 }
            if a != b { return false }
        }
        return true
    }

    /// The lower-cased values of `class` and `id` in a tag's attribute text.
    static func classAndID(_ attrs: [Unicode.Scalar]) -> String {
        guard !attrs.isEmpty else { return "" }
        let a = String(String.UnicodeScalarView(attrs)).lowercased()
        var out = ""
        for key in ["class=", "id="] {
            var rest = a[...]
            while let r = rest.range(of: key) {
                let v = rest[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" }).prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != ">" })
                out += v + " "
                rest = rest[r.upperBound...]
            }
        }
        return out
    }
}
