import Foundation

/// Writes a small PDF whose text layer holds the given lines, for the PDF tests: a CID font with
/// Identity-H encoding and a ToUnicode map (as Chinese office PDFs have), no embedded glyphs.
/// Each page has a footer "- n -" so that the footer repair has something to remove.
enum PDFWriter {
    struct Line { var text: String; var indent: Bool }

    static func pdf(pages: [[Line]], fontSize: Double = 12, footers: Bool = true) -> Data {
        var glyphs: [Unicode.Scalar: Int] = [:]
        func cid(_ u: Unicode.Scalar) -> Int {
            if let c = glyphs[u] { return c }
            glyphs[u] = glyphs.count + 1
            return glyphs.count
        }
        func hex(_ s: String) -> String { s.unicodeScalars.map { String(format: "%04X", cid($0)) }.joined() }
        var contents: [String] = []
        for (n, page) in pages.enumerated() {
            var ops = "BT /F1 \(fontSize) Tf\n"
            var y = 790.0
            for line in page {
                let x = line.indent ? 72 + 2 * fontSize : 72
                ops += "1 0 0 1 \(x) \(y) Tm <\(hex(line.text))> Tj\n"
                y -= fontSize * 1.6
            }
            if footers { ops += "1 0 0 1 280 40 Tm <\(hex("- \(n + 1) -"))> Tj\n" }
            ops += "ET\n"
            contents.append(ops)
        }
        var map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Custom def /CMapType 2 def\n"
        map += "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        let entries = glyphs.sorted { $0.value < $1.value }
        for chunk in stride(from: 0, to: entries.count, by: 100) {
            let part = entries[chunk..<min(chunk + 100, entries.count)]
            map += "\(part.count) beginbfchar\n"
            for (u, c) in part {
                let utf16 = String(u).utf16.map { String(format: "%04X", $0) }.joined()
                map += String(format: "<%04X> <%@>\n", c, utf16)
            }
            map += "endbfchar\n"
        }
        map += "endcmap CMapName currentdict /CMap defineresource pop end end\n"

        var objects: [String] = []
        let pageIDs = pages.indices.map { 7 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
        objects.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>")
        objects.append("<< /Length \(map.utf8.count) >>\nstream\n\(map)endstream")
        objects.append("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        for (n, c) in contents.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(8 + 2 * n) 0 R >>")
            objects.append("<< /Length \(c.utf8.count) >>\nstream\n\(c)endstream")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// Hard-wraps paragraphs at `width` characters, first lines indented, `perPage` lines a page.
    static func layout(_ paragraphs: [String], width: Int = 36, perPage: Int = 40) -> [[Line]] {
        var lines: [Line] = []
        for p in paragraphs {
            let chars = Array(p)
            var i = 0, first = true
            while i < chars.count {
                let w = first ? width - 2 : width
                lines.append(Line(text: String(chars[i..<min(i + w, chars.count)]), indent: first))
                i += w; first = false
            }
        }
        return stride(from: 0, to: lines.count, by: perPage).map { Array(lines[$0..<min($0 + perPage, lines.count)]) }
    }
}
