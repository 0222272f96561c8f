import Foundation

#if canImport(ZIPFoundation)
import ZIPFoundation
#endif
import ReportModel

/// Inputs built to break a reader: empty, binary, cut and mis-encoded files, a 50 MB single line,
/// 10,000 nested headings, 400-digit numbers, every placeholder form, damaged web pages, Word files and
/// PDFs. Each comes with what reading it must give — a named error or a report with stated properties —
/// so the tests and `reportdesk generate --hostile` check and measure the same set (docs/robustness.md).
public enum HostileSet {
    public enum Outcome: Sendable, Equatable {
        /// Reading fails with an error for this file whose problem contains the text.
        case error(String)
        /// Reading gives a report with these properties.
        case report(Expect)
    }

    public struct Expect: Sendable, Equatable {
        /// At least this many indicators (and, when given, exactly).
        public var minIndicators = 0
        public var exactIndicators: Int?
        public var minSections = 0
        /// Every indicator is redacted (no value), and the report is flagged anonymised.
        public var allRedacted = false
        /// The report text holds damaged spans (mojibake, stray bytes) that are marked.
        public var damaged = false
        /// No indicator's value is larger than this.
        public var maxValue: Double?
        /// No indicator's text (its sentence, or clause) is longer than this many scalars.
        public var maxText: Int?
    }

    public struct Input: Sendable {
        public var name: String
        /// What the file is, for the results table.
        public var about: String
        public var outcome: Outcome
        /// Built when written, so the large ones are not all in memory at once.
        package let make: @Sendable () -> Data
        /// Files written sparse to this size (larger than the read limit) instead of from `make`.
        var sparseSize: Int?
    }

    /// A real paragraph of report prose (京东镇 2023), the building block of the large inputs.
    package static let prose = "全年地区生产总值完成93.8亿元，增长5.4%；地方一般公共预算收入完成7130万元，同口径增长12.7%；规模以上工业增加值增长6.8%；"
        + "固定资产投资增长4.7%；社会消费品零售总额完成51.5亿元，增长5.3%；实际利用内资23.8亿元。主要经济指标增速位居全区前列，"
        + "10个行政村实现村集体收入8451万元，同比增长14%，年收入超千万元的村达到4个，整体经济发展水平迈上了新台阶。"
    /// Indicators in one copy of `prose`: a long line of copies must give this many per copy.
    static let proseIndicators = ReportReader.parse(prose, file: "prose.txt").indicators.count

    /// Every form a redacted figure takes in the corpus and the seeds, each after the name of what it measures.
    public static let placeholders: [(name: String, form: String)] = [
        ("地区生产总值", "xx亿元"), ("一般公共预算收入", "XX亿元"), ("固定资产投资", "xx.xx亿元"), ("地区生产总值增长", "x.x%"),
        ("规模以上工业增加值增长", "X.X%"), ("村集体经济收入", "××万元"), ("城镇登记失业率", "××%"), ("农民专业合作社收入", "＊＊万元"),
        ("社会消费品零售总额增长", "*%"), ("农村居民人均可支配收入", "***.*万元"), ("实际利用外资", "ｘｘ亿元"), ("进出口总额增长", "ＸＸ%"),
        ("粮食播种面积", "xx0.9万亩"), ("居民消费价格涨幅控制在", "XX个百分点"), ("城镇新增就业", "x万人"), ("森林覆盖率", "×.×%"),
        ("新建村级服务中心", "**个"), ("粮食总产量", "XX.X万吨"), ("新增市场主体", "xxx家"), ("外贸出口", "x.xx亿美元"),
    ]

    /// Sizes of the large inputs: the documented run, and a smaller one the tests can afford in a debug build.
    public struct Sizes: Sendable {
        /// Bytes of the single-line file.
        public var line: Int
        /// Bytes of the file without punctuation.
        public var unpunctuated: Int
        /// Lines of the many-lines file.
        public var lines: Int
        /// Figures on the one line of the flattened-table file.
        public var figures: Int
        public static let documented = Sizes(line: 50_000_000, unpunctuated: 1_000_000, lines: 500_000, figures: 600_000)
        public static let small = Sizes(line: 2_000_000, unpunctuated: 100_000, lines: 20_000, figures: 20_000)
    }

    /// The set, with its large inputs at `sizes`.
    public static func inputs(_ sizes: Sizes = .documented) -> [Input] {
        let largeLine = sizes.line
        let header = "政府工作报告\n各位代表：\n一、2023年工作回顾\n"
        var out: [Input] = []
        func add(_ name: String, _ about: String, _ outcome: Outcome, sparse: Int? = nil, _ make: @escaping @Sendable () -> Data) {
            out.append(Input(name: name, about: about, outcome: outcome, make: make, sparseSize: sparse))
        }
        add("empty.txt", "0 bytes", .error("empty file")) { Data() }
        add("binary.txt", "64 KB of random bytes with NULs", .error("binary data")) { random(65_536, seed: 1, range: 0...255) }
        add("binary-high.txt", "64 KB of random bytes 0x80–0xFF, no NUL", .error("not text in a supported encoding")) {
            random(65_536, seed: 2, range: 0x80...0xFF)
        }
        add("truncated-utf8.txt", "a report cut inside a 3-byte character", .error("truncated UTF-8")) {
            let d = Data((header + prose).utf8); return d.prefix(d.count - 2)
        }
        add("stray-bytes-utf8.txt", "UTF-8 with two stray 0xFF bytes inside", .report(Expect(minIndicators: proseIndicators - 2, damaged: true))) {
            var d = Data((header + prose + prose).utf8)
            d.insert(0xFF, at: d.count / 3); d.insert(0xFF, at: 2 * d.count / 3)
            return d
        }
        add("utf16-odd.txt", "UTF-16 byte-order mark and an odd number of bytes", .error("truncated UTF-16")) {
            var d = Data([0xFF, 0xFE]); d.append(header.data(using: .utf16LittleEndian) ?? Data()); d.append(0x41); return d
        }
        add("too-large.txt", "65 MB (sparse), over the 64 MB read limit", .error("file too large"), sparse: 65 * 1024 * 1024) { Data() }
        let repeats = max(1, largeLine / prose.utf8.count)
        add("single-line-\(largeLine / 1_000_000)mb.txt", "\(largeLine / 1_000_000) MB of report prose on one line, no line break",
            .report(Expect(exactIndicators: repeats * proseIndicators))) {
            var d = Data(); d.reserveCapacity(largeLine + 64)
            let p = Data(prose.utf8)
            for _ in 0..<repeats { d.append(p) }
            return d
        }
        let chunk = "全镇上下始终坚持以高质量发展为主题全年地区生产总值完成93.8亿元增长5.4%规模以上工业增加值增长6.8%"
        let chunks = sizes.unpunctuated / chunk.utf8.count
        add("no-punctuation-\(sizes.unpunctuated / 1000)kb.txt", "\(sizes.unpunctuated / 1000) KB of Han characters and figures, no punctuation or line break",
            .report(Expect(minIndicators: chunks))) {
            Data(String(repeating: chunk, count: chunks).utf8)
        }
        // A statistical table flattened into one line: a figure every ten characters, commas but no full stop.
        // Each figure's text is its clause, not a window of the line (it was 2,000 characters each: 2 GB).
        let figure = "地区生产总值增长5%，"
        add("figures-line-\(sizes.figures / 1000)k.txt", "\(sizes.figures) figures on one line (\(figure)…), commas but no full stop",
            .report(Expect(exactIndicators: sizes.figures, maxText: 512))) {
            Data(String(repeating: figure, count: sizes.figures).utf8)
        }
        add("many-lines.txt", "\(sizes.lines) short lines, each a figure", .report(Expect(minIndicators: sizes.lines))) {
            var s = header
            for i in 0..<sizes.lines { s += "第\(i + 1)批新增就业\(i % 97 + 1)人。\n" }
            return Data(s.utf8)
        }
        add("nested-headings-10000.txt", "10,000 headings, each one level under the last in a cycle of six marker styles",
            .report(Expect(minIndicators: 10_000, minSections: 10_000))) {
            let marks = ["第一部分 ", "一、", "（一）", "1.", "（1）", "①"]
            var s = "政府工作报告\n"
            // Every line distinct: repeated short lines are running heads and are dropped by design.
            for i in 0..<10_000 { s += "\(marks[i % marks.count])工作任务\(i)\n完成投资\(i + 1)万元。\n" }
            return Data(s.utf8)
        }
        add("nested-divs-10000.html", "a web page with the report inside 10,000 nested <div>s", .report(Expect(exactIndicators: proseIndicators))) {
            Data(("<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>\(header)</p><p>\(prose)</p>"
                  + String(repeating: "</div>", count: 10_000) + "</body></html>").utf8)
        }
        add("digits-400.txt", "figures with 400-digit integers and a 400-digit fraction", .report(Expect(exactIndicators: 1, maxValue: 1e6))) {
            let big = String(repeating: "9", count: 400)
            return Data((header + "地区生产总值\(big)亿元，同比增长\(big)%；财政收入0.\(String(repeating: "0", count: 399))1亿元；粮食产量12.5万吨。").utf8)
        }
        add("placeholders.txt", "every placeholder form: \(placeholders.map(\.form).joined(separator: " "))",
            .report(Expect(exactIndicators: placeholders.count, allRedacted: true))) {
            Data((header + placeholders.map { "\($0.name)\($0.form)。\n" }.joined()).utf8)
        }
        add("mojibake.txt", "GBK read as UTF-8 (锟斤拷) and replacement characters mixed into prose",
            .report(Expect(minIndicators: proseIndicators, damaged: true))) {
            Data((header + prose + "锟斤拷锟斤拷烫烫烫\u{FFFD}\u{FFFD}" + prose).utf8)
        }
        add("control-characters.txt", "prose with C0 control characters (no NUL) scattered in it", .report(Expect(minIndicators: proseIndicators - 3))) {
            var s = ""
            for (i, u) in (header + prose).unicodeScalars.enumerated() {
                s.unicodeScalars.append(u)
                if i % 17 == 0, let c = Unicode.Scalar(UInt32(1 + i % 8)) { s.unicodeScalars.append(c) }
            }
            return Data(s.utf8)
        }
        add("unclosed-markup.html", "a page whose comment and <script> never close", .report(Expect(exactIndicators: proseIndicators))) {
            Data("<html><body><div><p>\(header)</p><p>\(prose)</p></div><!-- 未闭合的注释 <p>隐藏</p>".utf8)
        }
        add("markup-only.html", "a page with only scripts, styles and navigation", .error("no text in the web page")) {
            Data("<html><head><script>var x='地区生产总值38.6亿元';</script><style>p{}</style></head><body><nav><a href=/>首页</a></nav></body></html>".utf8)
        }
        add("binary.html", "random bytes named .html", .error("binary data")) { random(4096, seed: 3, range: 0...255) }
        add("not-a-zip.docx", "text named .docx", .error("not a Word .docx file")) { Data((header + prose).utf8) }
        add("truncated.docx", "a Word document cut in half", .error("damaged .docx")) { docx(document: wordDocument(prose)).prefix(300) }
        add("deep-nesting.docx", "a Word document with 10,000 nested content controls around the text", .report(Expect(exactIndicators: proseIndicators))) {
            let inner = "<w:p><w:r><w:t>\(prose)</w:t></w:r></w:p>"
            return docx(document: wordDocument(String(repeating: "<w:sdt><w:sdtContent>", count: 10_000) + inner
                                                + String(repeating: "</w:sdtContent></w:sdt>", count: 10_000), raw: true))
        }
        add("zip-bomb.docx", "a Word document whose document.xml unpacks to 300 MB", .error("too large")) {
            docx(document: Data(), bombSize: 300 * 1024 * 1024)
        }
        add("garbage.pdf", "a %PDF- header and random bytes", .error("pdf")) {
            var d = Data("%PDF-1.4\n".utf8); d.append(random(8192, seed: 4, range: 0...255)); return d
        }
        add("legacy.doc", "a Word 97–2003 file", .error("save it as .docx")) { Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + random(4096, seed: 5, range: 0...255) }
        return out
    }

    /// Writes the set into `folder` (created when missing); returns the inputs written.
    @discardableResult
    public static func write(to folder: URL, sizes: Sizes = .documented) throws -> [Input] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let set = inputs(sizes)
        for input in set {
            let url = folder.appendingPathComponent(input.name)
            if let size = input.sparseSize {
                _ = FileManager.default.createFile(atPath: url.path, contents: nil)
                let h = try FileHandle(forWritingTo: url)
                try h.truncate(atOffset: UInt64(size))
                try h.close()
            } else {
                try input.make().write(to: url)
            }
        }
        return set
    }

    /// Checks a read against the expected outcome; nil when it holds, else what went wrong.
    public static func check(_ input: Input, _ result: Result<Report, ReadError>) -> String? {
        switch (input.outcome, result) {
        case (.error(let text), .failure(let e)):
            return e.problem.lowercased().contains(text.lowercased()) ? nil : "error \"\(e.problem)\" does not say \"\(text)\""
        case (.error(let text), .success(let r)):
            return "read (\(r.indicators.count) indicators) where an error saying \"\(text)\" was expected"
        case (.report, .failure(let e)):
            return "failed: \(e.problem)"
        case (.report(let x), .success(let r)):
            if r.indicators.count < x.minIndicators { return "\(r.indicators.count) indicators, expected at least \(x.minIndicators)" }
            if let n = x.exactIndicators, r.indicators.count != n { return "\(r.indicators.count) indicators, expected \(n)" }
            if r.sections.count < x.minSections { return "\(r.sections.count) sections, expected at least \(x.minSections)" }
            if x.allRedacted {
                if !r.anonymised { return "not flagged anonymised" }
                if let i = r.indicators.first(where: { !$0.redacted || $0.value != nil }) { return "\(i.text) is not redacted" }
            }
            if x.damaged, r.damaged.isEmpty { return "no damaged span marked" }
            if let m = x.maxValue, let i = r.indicators.first(where: { ($0.value ?? 0) > m }) { return "\(i.text) read as \(i.value ?? 0)" }
            if let m = x.maxText, let i = r.indicators.first(where: { $0.text.unicodeScalars.count > m }) {
                return "a figure's text is \(i.text.unicodeScalars.count) characters long"
            }
            return nil
        }
    }

    // MARK: builders

    static func random(_ count: Int, seed: UInt64, range: ClosedRange<UInt8>) -> Data {
        var x = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var d = Data(count: count)
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        for i in 0..<count {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            d[i] = range.lowerBound + UInt8(x % span)
        }
        return d
    }

    static func wordDocument(_ body: String, raw: Bool = false) -> Data {
        let paragraphs = raw ? body : "<w:p><w:r><w:t>\(body)</w:t></w:r></w:p>"
        return Data("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(paragraphs)</w:body></w:document>
        """.utf8)
    }

    /// A .docx holding `document` as word/document.xml, or a document.xml of `bombSize` spaces (deflated).
    package static func docx(document: Data, bombSize: Int? = nil) -> Data {
        #if canImport(ZIPFoundation)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            if let size = bombSize {
                let chunk = Data(repeating: 0x20, count: 1 << 20)
                try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                                     bufferSize: 1 << 20) { _, n in chunk.prefix(n) }
            } else {
                try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count), compressionMethod: .deflate) { pos, n in
                    document.subdata(in: Int(pos)..<(Int(pos) + n))
                }
            }
            return archive.data ?? Data()
        } catch {
            return Data()
        }
        #else
        return Data()
        #endif
    }
}
