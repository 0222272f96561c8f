import Foundation
import ReportText
import ReportReading
import ReportParsing

import ReportQuantities

/// Reads one report file (or text) into a `Report`: decode, normalise, parse sections, extract metadata.
public enum ReportReader {
    /// Files larger than this are refused with a clear error rather than read into memory.
    public static let maxFileSize = 64 * 1024 * 1024

    /// Bumped whenever reading or extraction gives different output for the same bytes; an index built by an
    /// older version is re-parsed in full.
    public static let parserVersion = 8

    public static func read(path: String) throws(ReadError) -> Report {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let attrs = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attrs[.size] as? Int, size > maxFileSize {
                throw ReadError(file: path, problem: "file too large (\(size) bytes; limit \(maxFileSize))")
            }
            data = try Data(contentsOf: url)
        } catch let e as ReadError {
            throw e
        } catch {
            throw ReadError(file: path, problem: "cannot read file: \(error.localizedDescription)")
        }
        return try read(data: data, file: path)
    }

    /// `read(path:)` as a value: the report, or the error naming the file.
    public static func result(path: String) -> Result<Report, ReadError> {
        do throws(ReadError) { return .success(try read(path: path)) } catch { return .failure(error) }
    }

    /// Decodes and parses bytes already read from `file` (the name is used in errors and kept in the report;
    /// its extension says the format: text, web page, Word document or PDF — see `DocumentFormat`).
    public static func read(data: Data, file: String) throws(ReadError) -> Report {
        if data.count > maxFileSize {
            throw ReadError(file: file, problem: "file too large (\(data.count) bytes; limit \(maxFileSize))")
        }
        switch DocumentFormat(file: file) {
        case .text:
            let decoded = try TextDecoder.decode(data, file: file)
            return parse(decoded.text, file: file, encoding: decoded.encoding)
        case .html:
            let page = try HTMLText.extract(data, file: file)
            return parse(page.text, file: file, encoding: page.encoding)
        case .docx:
            return parse(try DocxText.extract(data, file: file), file: file)
        case .pdf:
            return parse(try PDFText.extract(data, file: file), file: file)
        case .doc:
            throw ReadError(file: file, problem: "Word 97–2003 .doc files cannot be read; save it as .docx or PDF")
        }
    }

    /// Parses already-decoded text.
    public static func parse(_ text: String, file: String, encoding: TextEncoding = .utf8) -> Report {
        let norm = Normalizer.normalize(text, encoding: encoding)
        let lines = norm.analysisLines
        let tree = SectionParser.parse(norm.lines, texts: lines)
        let meta = MetadataExtractor.extract(lines: lines, fields: norm.fields, fragments: tree.fragments)
        var sections = tree.sections
        let years = SectionClassifier.assign(&sections, title: meta.title, kind: meta.kind, date: meta.date,
                                             dateKind: meta.dateKind, firstLines: lines, paragraphs: tree.paragraphs)
        var damaged: [TextSpan] = []
        for p in tree.paragraphs {
            for r in p.damaged {
                damaged.append(TextSpan(start: Int(p.origin[r.lowerBound]), end: Int(p.origin[r.upperBound - 1]) + 1))
            }
        }
        var report = Report(file: file, source: meta.source, title: meta.title, place: meta.place, kind: meta.kind,
                      date: meta.date, dateKind: meta.dateKind, reviewYear: years.review, planYear: years.plan,
                      speaker: meta.speaker, encoding: encoding, script: norm.script, anonymised: meta.anonymised,
                      sections: sections, paragraphs: tree.paragraphs, damaged: damaged, originalText: text)
        report.indicators = IndicatorExtractor.extract(report, scalars: tree.scalars)
        return report
    }
}
