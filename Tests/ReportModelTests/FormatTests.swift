import Foundation
import XCTest
import ZIPFoundation
@testable import ReportModel
@testable import ReportText
@testable import ReportReading
@testable import ReportParsing
@testable import ReportQuantities
@testable import ReportIndicators
@testable import ReportAnalysis
@testable import ReportSearch

/// Web pages, Word documents and PDFs made by the tests from the bundled reports' text, read back
/// and compared with reading the same text as a plain file.
final class FormatTests: XCTestCase {
    static let seedName = "京东镇_2023_政府工作报告"

    func seedLines() throws -> [String] {
        try Fixtures.seedText("京东镇").split(whereSeparator: \.isNewline).map(String.init)
    }

    /// What must survive a change of file format: metadata, headings and every figure.
    func assertSameReport(_ a: Report, _ b: Report, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.title, b.title, file: file, line: line)
        XCTAssertEqual(a.place, b.place, file: file, line: line)
        XCTAssertEqual(a.kind, b.kind, file: file, line: line)
        XCTAssertEqual(a.reviewYear, b.reviewYear, file: file, line: line)
        XCTAssertEqual(a.planYear, b.planYear, file: file, line: line)
        XCTAssertEqual(a.sections.map(\.title), b.sections.map(\.title), file: file, line: line)
        // Every figure with its unit, in order; names may differ where a line break fell between a name and its number.
        let figures = { (r: Report) in r.indicators.map { "\($0.value.map { String($0) } ?? "-") \($0.unit ?? "")" } }
        XCTAssertEqual(figures(a), figures(b), file: file, line: line)
        let sameNames = zip(a.indicators, b.indicators).filter { $0.name == $1.name }.count
        XCTAssertGreaterThanOrEqual(sameNames * 100, a.indicators.count * 97, file: file, line: line)
        XCTAssertGreaterThan(a.indicators.count, 20, file: file, line: line)
    }

    // MARK: HTML

    static func page(body: [String], charset: String?, title: String) -> String {
        let meta = charset.map { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\($0)\">" } ?? ""
        let paragraphs = body.map { "<p style=\"text-indent:2em\">\(escape($0))</p>" }.joined(separator: "\n")
        return """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
        <html><head>\(meta)<title>\(title)_京东镇人民政府</title>
        <style>.nav { color: red } p:before { content: "样式文字" }</style>
        <script type="text/javascript">var 脚本 = "地区生产总值增长99%"; if (a < b && c > d) {}</script>
        </head><body>
        <div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/xwzx">新闻中心</a> <a href="/bsfw">办事服务</a></div>
        <nav><ul><li><a href="/1">镇情概况</a></li><li><a href="/2">领导之窗</a></li><li><a href="/3">通知公告</a></li></ul></nav>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
        <div class="main"><h1 class="title">\(title)</h1>
        <div class="info">发布日期：2023-04-06&nbsp;&nbsp;来源：京东镇人民政府&nbsp;&nbsp;浏览次数：<span id="n">1024</span></div>
        <div class="TRS_Editor" id="zoom">
        \(paragraphs)
        </div></div>
        <div class="related"><h3>相关链接</h3><ul><li><a href="/a">2022年政府工作报告</a></li><li><a href="/b">2021年政府工作报告</a></li></ul></div>
        <footer><p>主办单位：京东镇人民政府 地址：京东镇府前路1号 电话：0000-1234567</p><p>版权所有 © 京东镇</p></footer>
        <script>document.write("<p>写入的段落</p>");</script>
        </body></html>
        """
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "“", with: "&ldquo;").replacingOccurrences(of: "”", with: "&#8221;")
            .replacingOccurrences(of: "%", with: "&#x25;")
    }

    func testWebPageInGBKReadsAsTheTextDoes() throws {
        let lines = try seedLines()
        let text = ReportReader.parse(lines.joined(separator: "\n"), file: "\(Self.seedName).txt")
        let html = Self.page(body: lines, charset: "gb2312", title: "京东镇2023年政府工作报告")
        let data = try XCTUnwrap(html.data(using: TextDecoder.gb18030))
        let page = try ReportReader.read(data: data, file: "\(Self.seedName).html")
        XCTAssertEqual(page.encoding, .gb18030)
        XCTAssertEqual(page.format, .html)
        assertSameReport(page, text)
        // Navigation, scripts, styles, related links and footers are gone; entities are decoded.
        for junk in ["镇情概况", "新闻中心", "脚本", "样式文字", "写入的段落", "2022年政府工作报告", "版权所有", "&ldquo;", "&#"] {
            XCTAssertFalse(page.originalText.contains(junk), junk)
        }
        XCTAssertTrue(page.originalText.contains("“疫情要防住、经济要稳住、发展要安全”"))
        XCTAssertTrue(page.originalText.contains("增长5.4%"))
        // The publication line above the article is read as page furniture, not as a paragraph.
        XCTAssertEqual(page.date, text.date)
        XCTAssertFalse(page.paragraphs.contains { $0.text.contains("浏览次数") })
    }

    func testCharsetDeclaredWrongOrMissingIsDetected() throws {
        let lines = try seedLines()
        let html = Self.page(body: lines, charset: nil, title: "京东镇2023年政府工作报告")
        let gbk = try XCTUnwrap(html.data(using: TextDecoder.gb18030))
        let undeclared = try ReportReader.read(data: gbk, file: "a.htm")
        XCTAssertEqual(undeclared.encoding, .gb18030)
        // Declared UTF-8 but saved as GBK (a common copy-paste accident): detection wins.
        let lying = try XCTUnwrap(Self.page(body: lines, charset: "utf-8", title: "京东镇2023年政府工作报告").data(using: TextDecoder.gb18030))
        let read = try ReportReader.read(data: lying, file: "b.html")
        XCTAssertEqual(read.encoding, .gb18030)
        XCTAssertEqual(read.indicators.count, undeclared.indicators.count)
        // <meta charset="big5">, traditional text.
        let big5 = try XCTUnwrap("<html><head><meta charset=\"big5\"></head><body><div><p>全年地區生產總值達到38.6億元，同比增長6.2%。規模以上工業增加值增長5.1%，財政總收入實現12.3億元。</p></div></body></html>"
            .data(using: TextDecoder.big5))
        let trad = try ReportReader.read(data: big5, file: "c.html")
        XCTAssertEqual(trad.encoding, .big5)
        XCTAssertEqual(trad.indicators.first?.name, "地区生产总值")
        XCTAssertEqual(trad.indicators.first?.value, 38.6)
    }

    func testEntitiesAndMarkupEdgeCases() {
        let t = HTMLText.text(ofPage: """
        <body><div>A&amp;B &lt;1&gt; &#x4E00;&#19968; &#0; &#99999999999999999999999; &#150; &unknown; &nbsp;x&nbspy</div>
        <!-- <p>注释</p> --><table><tr><td>地区生产总值</td><td>38.6亿元</td></tr></table><pre>第一行
        第二行</pre><p>未闭合<p>下一段<br>换行</body>
        """)
        let lines = t.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "A&B <1> 一一 \u{FFFD} \u{FFFD} – &unknown; x y")
        XCTAssertFalse(t.contains("注释"))
        XCTAssertTrue(lines.contains("地区生产总值 38.6亿元"))
        XCTAssertTrue(lines.contains("第一行"))
        XCTAssertTrue(lines.contains("未闭合"))
        XCTAssertTrue(lines.contains("下一段"))
        XCTAssertTrue(lines.contains("换行"))
    }

    func testPagesWithoutTextAreNamedErrors() {
        for (html, problem) in [("<html><script>var a = 1;</script></html>", "no text in the web page"),
                                ("<html><body><nav><a href=x>首页</a></nav>", "no text in the web page"),
                                ("", "empty file")] {
            XCTAssertThrowsError(try ReportReader.read(data: Data(html.utf8), file: "x.html")) { e in
                XCTAssertTrue("\(e)".hasPrefix("x.html: \(problem)"), "\(e)")
            }
        }
    }

    // MARK: Word

    /// A .docx with list numbering Word draws itself: level 0 "一、" (chineseCounting), level 1 "（一）".
    static func docx(paragraphs: [(text: String, level: Int?)], table: [[String]] = []) throws -> Data {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        var body = ""
        for p in paragraphs {
            let numPr = p.level.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\($0)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" } ?? ""
            // Each paragraph's text split over two runs, as Word does around spell-check marks.
            let cut = p.text.index(p.text.startIndex, offsetBy: p.text.count / 2)
            body += "<w:p>\(numPr)<w:r><w:t>\(esc(String(p.text[..<cut])))</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                + "<w:r><w:t xml:space=\"preserve\">\(esc(String(p.text[cut...])))</w:t></w:r>"
                + "<w:del w:id=\"9\" w:author=\"x\"><w:r><w:delText>删除的旧文字</w:delText></w:r></w:del></w:p>\n"
        }
        if !table.isEmpty {
            body += "<w:tbl>" + table.map { row in
                "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t>\(esc($0))</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
        }
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
        let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in [("[Content_Types].xml", "<Types/>"), ("word/document.xml", document), ("word/numbering.xml", numbering)] {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<(Int(pos) + size))
            }
        }
        return try XCTUnwrap(archive.data)
    }

    func testWordDocumentKeepsParagraphsAndNumbering() throws {
        let lines = try seedLines()
        // Headings typed as "一、…" in the text become Word list items without the typed number.
        var paragraphs: [(text: String, level: Int?)] = []
        for l in lines {
            if let r = l.range(of: "^[一二三四五六七八九十]+、", options: .regularExpression) {
                paragraphs.append((String(l[r.upperBound...]), 0))
            } else if let r = l.range(of: "^[（(][一二三四五六七八九十]+[）)]", options: .regularExpression) {
                paragraphs.append((String(l[r.upperBound...]), 1))
            } else {
                paragraphs.append((l, nil))
            }
        }
        XCTAssertGreaterThan(paragraphs.filter { $0.level == 0 }.count, 1)
        let data = try Self.docx(paragraphs: paragraphs, table: [["指标", "2022年"], ["地区生产总值", "93.8亿元"]])
        let word = try ReportReader.read(data: data, file: "\(Self.seedName).docx")
        let text = ReportReader.parse(lines.joined(separator: "\n"), file: "\(Self.seedName).txt")
        XCTAssertEqual(word.format, .docx)
        XCTAssertFalse(word.originalText.contains("删除的旧文字"))
        XCTAssertTrue(word.originalText.contains("\n地区生产总值 93.8亿元"))
        // The numbering Word draws is back, so the section tree is the text's.
        XCTAssertEqual(word.sections.map(\.title), text.sections.map(\.title))
        XCTAssertTrue(word.sections.contains { $0.marker == "一、" })
        XCTAssertEqual(word.title, text.title)
        XCTAssertEqual(word.reviewYear, text.reviewYear)
        XCTAssertGreaterThanOrEqual(word.indicators.count, text.indicators.count)
    }

    func testWordNumberFormats() {
        typealias C = DocxText.Counter
        XCTAssertEqual((1...12).map { C.format($0, "chineseCounting") }, ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"])
        XCTAssertEqual(C.format(20, "chineseCounting"), "二十")
        XCTAssertEqual(C.format(105, "chineseCountingThousand"), "一百零五")
        XCTAssertEqual(C.format(3, "chineseLegalSimplified"), "叁")
        XCTAssertEqual(C.format(2, "ideographTraditional"), "乙")
        XCTAssertEqual(C.format(3, "decimalEnclosedCircle"), "③")
        XCTAssertEqual(C.format(12, "decimalFullWidth"), "１２")
        XCTAssertEqual(C.format(28, "lowerLetter"), "bb")
        XCTAssertEqual(C.format(14, "upperRoman"), "XIV")
    }

    func testDamagedWordFilesAreNamedErrors() throws {
        let good = try Self.docx(paragraphs: [("全年地区生产总值完成93.8亿元。", nil)])
        var cut = good.prefix(good.count / 2)
        XCTAssertThrowsError(try ReportReader.read(data: Data(cut), file: "cut.docx")) { e in
            XCTAssertTrue("\(e)".hasPrefix("cut.docx: damaged .docx"), "\(e)")
        }
        cut = Data("PK\u{3}\u{4}not really a zip".utf8)
        XCTAssertThrowsError(try ReportReader.read(data: cut, file: "fake.docx")) { e in XCTAssertTrue("\(e)".contains("damaged .docx"), "\(e)") }
        XCTAssertThrowsError(try ReportReader.read(data: Data("plain text".utf8), file: "t.docx")) { e in
            XCTAssertEqual("\(e)", "t.docx: not a Word .docx file (no ZIP signature)")
        }
        XCTAssertThrowsError(try ReportReader.read(data: Data([0xD0, 0xCF, 0x11, 0xE0, 1, 2]), file: "old.doc")) { e in
            XCTAssertTrue("\(e)".contains("save it as .docx"), "\(e)")
        }
        XCTAssertThrowsError(try DocxText.text(document: Data("<w:document><w:body><w:p>".utf8), numbering: nil, styles: nil, file: "x.docx")) { e in
            XCTAssertTrue("\(e)".contains("(truncated)"), "\(e)")
        }
        XCTAssertThrowsError(try DocxText.text(document: Data("<w:document><w:body></w:p>".utf8), numbering: nil, styles: nil, file: "x.docx")) { e in
            XCTAssertTrue("\(e)".hasPrefix("x.docx: damaged .docx: word/document.xml"), "\(e)")
        }
    }

    // MARK: PDF

    func testPDFTextLayerIsRepairedLikeACopiedPDF() throws {
        guard PDFText.locateTool() != nil else { throw XCTSkip("pdftotext (poppler-utils) not installed") }
        let lines = try seedLines()
        let data = PDFWriter.pdf(pages: PDFWriter.layout(lines))
        let pdf = try ReportReader.read(data: data, file: "\(Self.seedName).pdf")
        if ProcessInfo.processInfo.environment["REPORTDESK_DUMP"] != nil { print(pdf.originalText) }
        let text = ReportReader.parse(lines.joined(separator: "\n"), file: "\(Self.seedName).txt")
        XCTAssertEqual(pdf.format, .pdf)
        // Hard-wrapped lines, numbers cut at line ends and page footers: the repaired text reads as the original.
        assertSameReport(pdf, text)
        XCTAssertFalse(pdf.paragraphs.contains { $0.text.contains("- 2 -") })
    }

    func testPDFWithoutPopplerNamesThePackage() throws {
        let data = PDFWriter.pdf(pages: [[.init(text: "全年地区生产总值完成93.8亿元。", indent: true)]])
        XCTAssertThrowsError(try PDFText.extract(data, file: "a.pdf", tool: nil)) { e in
            XCTAssertEqual("\(e)", "a.pdf: \(PDFText.missingTool)")
            XCTAssertTrue("\(e)".contains("poppler-utils"))
        }
        XCTAssertNil(PDFText.locateTool(environment: ["REPORTDESK_PDFTOTEXT": "/nonexistent/pdftotext"]))
        XCTAssertNil(PDFText.locateTool(environment: ["PATH": "/nonexistent"]))
        XCTAssertThrowsError(try ReportReader.read(data: Data("<html>".utf8), file: "b.pdf")) { e in
            XCTAssertEqual("\(e)", "b.pdf: not a PDF file (no %PDF- header)")
        }
    }

    func testBrokenAndImageOnlyPDFsAreNamedErrors() throws {
        guard PDFText.locateTool() != nil else { throw XCTSkip("pdftotext (poppler-utils) not installed") }
        let good = PDFWriter.pdf(pages: [[.init(text: "全年地区生产总值完成93.8亿元。", indent: true)]])
        XCTAssertThrowsError(try ReportReader.read(data: good.prefix(200), file: "cut.pdf")) { e in
            XCTAssertTrue("\(e)".hasPrefix("cut.pdf: "), "\(e)")
        }
        let blank = PDFWriter.pdf(pages: [[.init(text: " ", indent: false)]], footers: false)
        XCTAssertThrowsError(try ReportReader.read(data: blank, file: "scan.pdf")) { e in
            XCTAssertEqual("\(e)", "scan.pdf: the PDF has no text layer (scanned pages need OCR first)")
        }
    }
}
