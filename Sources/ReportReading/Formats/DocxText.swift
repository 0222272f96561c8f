import Foundation

#if canImport(ZIPFoundation)
import ZIPFoundation
#endif
import ReportText

/// The text of a Word document (.docx): one line per paragraph of `word/document.xml`, with the
/// list numbers Word draws but does not store ("一、", "（二）", "1.") rebuilt from `word/numbering.xml`
/// and paragraph styles, table rows on one line, tabs and line breaks kept, deleted revisions and
/// field codes dropped.
public enum DocxText {
    /// Entries larger than this (uncompressed) are refused: a zip bomb must not exhaust memory.
    public static let maxPartSize = 256 * 1024 * 1024

    public static func extract(_ data: Data, file: String) throws(ReadError) -> String {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw ReadError(file: file, problem: "a Word 97–2003 (.doc) file named .docx; save it as .docx or PDF")
            }
            throw ReadError(file: file, problem: "not a Word .docx file (no ZIP signature)")
        }
        #if canImport(ZIPFoundation)
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw ReadError(file: file, problem: "damaged .docx: the ZIP directory cannot be read (\(error))")
        }
        func part(_ path: String) throws(ReadError) -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= UInt64(maxPartSize) else {
                throw ReadError(file: file, problem: "\(path) is too large (\(entry.uncompressedSize) bytes uncompressed; limit \(maxPartSize))")
            }
            var out = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    out.append(chunk)
                    if out.count > maxPartSize { throw Archive.ArchiveError.invalidEntrySize }
                }
            } catch {
                throw ReadError(file: file, problem: "damaged .docx: \(path) cannot be unpacked (\(error))")
            }
            return out
        }
        guard let document = try part("word/document.xml") else {
            throw ReadError(file: file, problem: "not a Word document: the ZIP has no word/document.xml")
        }
        return try text(document: document, numbering: try part("word/numbering.xml"), styles: try part("word/styles.xml"), file: file)
        #else
        throw ReadError(file: file, problem: "this build of ReportDesk cannot open .docx files (built without ZIPFoundation)")
        #endif
    }

    /// The text of the document part, numbered by the numbering and styles parts when given.
    public static func text(document: Data, numbering: Data?, styles: Data?, file: String) throws(ReadError) -> String {
        let defs = Numbering(numbering: numbering, styles: styles)
        let reader = DocumentReader(numbering: defs)
        do {
            try XMLScanner.scan(document, reader.handle)
        } catch {
            throw ReadError(file: file, problem: "damaged .docx: word/document.xml is not well-formed XML (\(error))")
        }
        return reader.lines.joined(separator: "\n")
    }

    // MARK: numbering

    /// List definitions: levels by abstract list, lists by number id, and the lists paragraph styles use.
    struct Numbering {
        package struct Level { var start = 1; var format = "decimal"; var text = "%1."; var legal = false }
        package var abstract: [String: [Int: Level]] = [:]
        /// numId → (abstractNumId, start overrides by level)
        var nums: [String: (abstract: String, overrides: [Int: Int])] = [:]
        /// styleId → (numId, ilvl)
        package var styles: [String: (num: String, level: Int)] = [:]

        package init(numbering: Data?, styles: Data?) {
            // Damaged numbering or styles parts cost the list numbers, not the text: what was read before the damage is kept.
            if let numbering {
                let r = NumberingReader()
                try? XMLScanner.scan(numbering, r.handle)
                abstract = r.abstract; nums = r.nums
            }
            if let styles {
                let r = StylesReader()
                try? XMLScanner.scan(styles, r.handle)
                self.styles = r.styles
            }
        }
    }

    /// Counts list items as Word does: per abstract list, a level's counter restarts below a higher level.
    struct Counter {
        package var counts: [String: [Int: Int]] = [:]
        package var started: Set<String> = []

        package mutating func label(num: String, level: Int, defs: Numbering) -> String {
            guard num != "0", let def = defs.nums[num], let levels = defs.abstract[def.abstract], level >= 0, level < 10 else { return "" }
            var c = counts[def.abstract] ?? [:]
            if started.insert(num).inserted {
                for (l, s) in def.overrides { c[l] = s - 1; for d in (l + 1)..<10 { c[d] = nil } }
            }
            let lvl = levels[level] ?? Numbering.Level()
            c[level] = min((c[level] ?? (lvl.start - 1)) + 1, 1_000_000)
            for d in (level + 1)..<10 { c[d] = nil }
            counts[def.abstract] = c
            if lvl.format == "none" { return "" }
            if lvl.format == "bullet" {
                return String(String.UnicodeScalarView(lvl.text.unicodeScalars.filter { !(0xE000...0xF8FF).contains($0.value) }))
            }
            var out = ""
            var chars = lvl.text.unicodeScalars.makeIterator()
            while let u = chars.next() {
                if u == "%", let d = chars.next() {
                    if let k = Int(String(d)), k >= 1, k <= 9 {
                        let l = k - 1
                        let v = c[l] ?? (levels[l]?.start ?? 1)
                        let fmt = lvl.legal ? "decimal" : (levels[l]?.format ?? "decimal")
                        out += Self.format(v, fmt)
                    } else {
                        out.unicodeScalars.append(u); out.unicodeScalars.append(d)
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
            return out
        }

        package static let chineseDigits = Array("零一二三四五六七八九")
        static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
        static let stems = Array("甲乙丙丁戊己庚辛壬癸")
        static let branches = Array("子丑寅卯辰巳午未申酉戌亥")
        package static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
        static let parenthesised = Array("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇")

        /// A counter value in a Word number format.
        package static func format(_ n: Int, _ fmt: String) -> String {
            switch fmt {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand",
                 "ideographDigital", "koreanCounting":
                return chinese(n, digits: chineseDigits, tenths: ["", "十", "百", "千"])
            case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal", "koreanLegal":
                return chinese(n, digits: legalDigits, tenths: ["", "拾", "佰", "仟"])
            case "ideographTraditional": return n >= 1 && n <= 10 ? String(stems[n - 1]) : String(n)
            case "ideographZodiac": return n >= 1 && n <= 12 ? String(branches[n - 1]) : String(n)
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return n >= 1 && n <= 20 ? String(circled[n - 1]) : String(n)
            case "decimalEnclosedParen": return n >= 1 && n <= 20 ? String(parenthesised[n - 1]) : "(\(n))"
            case "decimalFullWidth", "decimalFullWidth2":
                return String(String.UnicodeScalarView(String(n).unicodeScalars.compactMap { Unicode.Scalar($0.value - 0x30 + 0xFF10) }))
            case "decimalZero": return n < 10 && n >= 0 ? "0\(n)" : String(n)
            case "lowerLetter", "upperLetter":
                guard n >= 1 else { return String(n) }
                let letter = Character(Unicode.Scalar(UInt8(97 + (n - 1) % 26)))
                let s = String(repeating: letter, count: min((n - 1) / 26 + 1, 50))
                return fmt == "upperLetter" ? s.uppercased() : s
            case "lowerRoman", "upperRoman":
                let s = roman(n)
                return fmt == "upperRoman" ? s.uppercased() : s
            default: return String(n)
            }
        }

        /// 1…9999 in Chinese counting numerals (十一, 二十, 一百零五); larger numbers in Arabic digits.
        package static func chinese(_ n: Int, digits: [Character], tenths: [String]) -> String {
            guard n > 0, n < 10_000 else { return String(n) }
            if n < 10 { return String(digits[n]) }
            if n < 20, tenths[1] == "十" { return "十" + (n % 10 == 0 ? "" : String(digits[n % 10])) }
            var out = "", zero = false
            let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10]
            for (k, d) in parts.enumerated() {
                let place = 3 - k
                if d == 0 { if !out.isEmpty { zero = true }; continue }
                if zero { out += String(digits[0]); zero = false }
                out += String(digits[d]) + tenths[place]
            }
            return out
        }

        static func roman(_ n: Int) -> String {
            guard n > 0, n < 4000 else { return String(n) }
            let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                                          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
            var n = n, out = ""
            for (v, s) in table { while n >= v { out += s; n -= v } }
            return out
        }
    }

    /// The `w:` local name of an element ("w:p" → "p").
    package static func local(_ name: String) -> Substring {
        if let c = name.lastIndex(of: ":") { return name[name.index(after: c)...] }
        return name[...]
    }

    static func val(_ attrs: [String: String]) -> String? {
        attrs["w:val"] ?? attrs.first(where: { local($0.key) == "val" })?.value
    }

    /// Reads one XML part event by event.
    protocol PartReader: AnyObject {
        func start(_ name: String, _ attrs: [String: String])
        func end(_ name: String)
        func text(_ string: String)
    }

    final class NumberingReader: PartReader {
        package var abstract: [String: [Int: Numbering.Level]] = [:]
        var nums: [String: (abstract: String, overrides: [Int: Int])] = [:]
        private var currentAbstract: String?
        private var level: Int?
        private var currentNum: String?
        private var overrideLevel: Int?

        package func start(_ name: String, _ attrs: [String: String]) {
            switch local(name) {
            case "abstractNum":
                currentAbstract = attrs["w:abstractNumId"]
                if let a = currentAbstract, abstract[a] == nil { abstract[a] = [:] }
            case "lvl":
                level = attrs["w:ilvl"].flatMap { Int($0) }
                if let a = currentAbstract, let l = level { abstract[a]?[l] = Numbering.Level() }
            case "start":
                if let a = currentAbstract, let l = level, let v = val(attrs).flatMap({ Int($0) }) { abstract[a]?[l]?.start = v }
            case "numFmt":
                if let a = currentAbstract, let l = level, let v = val(attrs) { abstract[a]?[l]?.format = v }
            case "lvlText":
                if let a = currentAbstract, let l = level, let v = val(attrs) { abstract[a]?[l]?.text = v }
            case "isLgl":
                if let a = currentAbstract, let l = level { abstract[a]?[l]?.legal = val(attrs) != "0" && val(attrs) != "false" }
            case "num":
                currentNum = attrs["w:numId"]
            case "abstractNumId":
                if let n = currentNum, let v = val(attrs) { nums[n] = (v, nums[n]?.overrides ?? [:]) }
            case "lvlOverride":
                overrideLevel = attrs["w:ilvl"].flatMap { Int($0) }
            case "startOverride":
                if let n = currentNum, let l = overrideLevel, let v = val(attrs).flatMap({ Int($0) }) {
                    nums[n, default: ("", [:])].overrides[l] = v
                }
            default: break
            }
        }

        package func end(_ name: String) {
            switch local(name) {
            case "abstractNum": currentAbstract = nil
            case "lvl": level = nil
            case "num": currentNum = nil
            case "lvlOverride": overrideLevel = nil
            default: break
            }
        }
    }

    final class StylesReader: PartReader {
        package var styles: [String: (num: String, level: Int)] = [:]
        private var style: String?
        private var num: String?
        private var level = 0

        package func start(_ name: String, _ attrs: [String: String]) {
            switch local(name) {
            case "style": style = attrs["w:styleId"]; num = nil; level = 0
            case "numId": num = val(attrs)
            case "ilvl": level = val(attrs).flatMap { Int($0) } ?? 0
            default: break
            }
        }

        package func end(_ name: String) {
            if local(name) == "style", let s = style, let n = num { styles[s] = (n, level) }
            if local(name) == "style" { style = nil }
        }
    }

    /// Walks document.xml: paragraphs to lines, runs' text in order.
    final class DocumentReader: PartReader {
        package let numbering: Numbering
        package var counter = Counter()
        package var lines: [String] = []
        private var paragraph = ""
        private var inText = false
        private var skipDepth = 0          // inside deleted text, field codes, fallbacks
        private var numId: String?
        private var numLevel: Int?
        private var style: String?
        private var inNumPr = false
        private var tableDepth = 0
        private var row: [String] = []

        package init(numbering: Numbering) { self.numbering = numbering }

        package static let skipped: Set<Substring> = ["delText", "instrText", "Fallback", "delInstrText"]

        package func start(_ name: String, _ attrs: [String: String]) {
            let l = local(name)
            if Self.skipped.contains(l) { skipDepth += 1; return }
            guard skipDepth == 0 else { return }
            switch l {
            case "p": paragraph = ""; numId = nil; numLevel = nil; style = nil
            case "t": inText = true
            case "tab": if !inNumPr { paragraph += "\t" }
            case "br", "cr": paragraph += "\n"
            case "noBreakHyphen": paragraph += "-"
            case "pStyle": style = val(attrs)
            case "numPr": inNumPr = true
            case "numId": if inNumPr { numId = val(attrs) }
            case "ilvl": if inNumPr { numLevel = val(attrs).flatMap { Int($0) } }
            case "tbl": tableDepth += 1
            case "tr": row = []
            default: break
            }
        }

        package func end(_ name: String) {
            let l = local(name)
            if Self.skipped.contains(l) { skipDepth = max(0, skipDepth - 1); return }
            guard skipDepth == 0 else { return }
            switch l {
            case "t": inText = false
            case "numPr": inNumPr = false
            case "p":
                var label = ""
                if let n = numId {
                    label = counter.label(num: n, level: numLevel ?? 0, defs: numbering)
                } else if let s = style, let def = numbering.styles[s] {
                    label = counter.label(num: def.num, level: numLevel ?? def.level, defs: numbering)
                }
                let text = label + paragraph
                if tableDepth > 0 {
                    if !text.isEmpty { row.append(text) }
                } else {
                    lines.append(text)
                }
                paragraph = ""
            case "tr":
                if !row.isEmpty { lines.append(row.joined(separator: " ")) }
                row = []
            case "tbl": tableDepth = max(0, tableDepth - 1)
            default: break
            }
        }

        package func text(_ string: String) {
            if inText, skipDepth == 0 { paragraph += string }
        }
    }
}

extension DocxText.PartReader {
    func handle(_ event: XMLScanner.Event) {
        switch event {
        case .start(let name, let attrs): start(name, attrs)
        case .end(let name): end(name)
        case .text(let t): text(t)
        }
    }

    package func text(_ string: String) {}
}
