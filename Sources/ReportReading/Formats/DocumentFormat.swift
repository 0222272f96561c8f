import Foundation

import ReportText

/// The kinds of file ReportDesk reads as reports, told by the file's extension.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text or Markdown (.txt, .md): decoded and read as it is.
    case text
    /// A saved web page (.html, .htm, .xhtml, .shtml): charset, article body, entities (`HTMLText`).
    case html
    /// A Word document (.docx): paragraphs and list numbering from the document XML (`DocxText`).
    case docx
    /// A PDF (.pdf): its text layer through poppler's `pdftotext -layout` (`PDFText`).
    case pdf
    /// A Word 97–2003 binary document (.doc): listed so that it is named with a clear error, not skipped silently.
    case doc

    static let byExtension: [String: DocumentFormat] = [
        "txt": .text, "md": .text, "html": .html, "htm": .html, "xhtml": .html, "shtml": .html,
        "docx": .docx, "pdf": .pdf, "doc": .doc,
    ]
    /// File extensions read as reports.
    public static var extensions: Set<String> { Set(byExtension.keys) }

    /// The format of a file by its extension (case-insensitive); text when it has none that is known.
    public init(file: String) {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let dot = name.lastIndex(of: "."), let f = Self.byExtension[name[name.index(after: dot)...].lowercased()] {
            self = f
        } else {
            self = .text
        }
    }
}
