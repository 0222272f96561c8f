import ArgumentParser
import Foundation
import ReportModel
import ReportStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over the paragraphs and indicator names of a corpus.",
        discussion: """
        Matches Chinese substrings (simplified or traditional); several words must all match. Every term is \
        looked up in the trigram index (a common character alone is read paragraph by paragraph); matches are \
        ranked by how often the terms occur. Paragraph hits show place, year, section and the sentence, with the match \
        highlighted when stdout is a terminal (else marked «like this»).

        Examples:
          reportdesk search 高标准农田
          reportdesk search 生产总值 --corpus ../shared/corpus --limit 5
          reportdesk search 税收 --names            indicator names only
          reportdesk search gsgy --names            pinyin initials and catalog aliases, as in the dashboard
          reportdesk search 高标准农田 --csv        one CSV row per paragraph hit and per name use
        """
    )

    @Argument(help: "What to look for.") var query: String
    @Option(name: .long, help: "Folder of reports. Default: the bundled Data/reports.") var corpus: String?
    @OptionGroup var index: IndexOptions
    @Option(name: .long, help: "Most hits to show of each kind.") var limit = 10
    @Flag(name: .long, help: "Only indicator names.") var names = false
    @Flag(name: .long, help: "Only paragraphs.") var paragraphs = false
    @OptionGroup var output: OutputOptions

    static let csvHeader = ["kind", "name", "count", "place", "year", "value", "unit", "role", "file", "section", "paragraph", "text"]

    func run() throws {
        let folder = try BundledData.folder(corpus)
        guard !IndexStore.terms(query).isEmpty else { throw ValidationError("empty query") }
        let (store, _) = try index.open(folder, quiet: output.json || output.csv)
        let failures = try store.failures()
        reportErrors(failures)
        let paras = names ? [] : try store.searchParagraphs(query, limit: limit)
        let nameHits = paragraphs ? [] : try store.searchNames(query, limit: limit)
        try show(paras, nameHits)
        try exitIfUnreadable(failures)
    }

    func show(_ paras: [ParagraphHit], _ nameHits: [NameHit]) throws {
        if output.json {
            try printJSON(SearchJSON(query: query, paragraphs: paras.map(SearchJSON.Paragraph.init), names: nameHits.map(SearchJSON.Name.init)))
            return
        }
        if output.csv {
            // One row per paragraph hit (kind paragraph) and per latest use of each name (kind name).
            print(csvLine(Self.csvHeader))
            for h in paras {
                print(csvLine(["paragraph", "", "", h.place ?? "", h.year.map(String.init) ?? "", "", "", "", h.file, h.section ?? "",
                               String(h.paragraph), h.sentence]))
            }
            for n in nameHits {
                for u in n.latest {
                    print(csvLine(["name", n.name, String(n.count), u.place ?? "", u.year.map(String.init) ?? "", cell(u.indicator.baseValue),
                                   u.indicator.baseUnit ?? "", u.indicator.role.rawValue, u.file, u.indicator.section ?? "",
                                   String(u.indicator.paragraph), u.indicator.text]))
                }
            }
            return
        }
        let tty = isatty(1) == 1
        if !names {
            print(paras.isEmpty ? "no paragraph matches \"\(query)\"" : "paragraphs:")
            for h in paras {
                print("  " + [h.place ?? "—", h.year.map(String.init) ?? "—", h.section ?? "（开篇）"].joined(separator: " › ")
                      + "  " + URL(fileURLWithPath: h.file).lastPathComponent)
                print("    " + Self.mark(h.sentence, h.matches, tty: tty))
            }
        }
        if !paragraphs {
            print(nameHits.isEmpty ? "no indicator name matches \"\(query)\"" : "indicator names:")
            for n in nameHits {
                let uses = n.latest.map { u in
                    "\(u.place ?? "—") \(u.year.map(String.init) ?? "—") \(u.indicator.value.map(cell) ?? "—")\(u.indicator.unit ?? "")"
                }
                print("  \(n.name) ×\(n.count)" + (uses.isEmpty ? "" : "  " + uses.joined(separator: "; ")))
            }
        }
    }

    /// The sentence with each match in reverse video (terminal) or «guillemets».
    static func mark(_ s: String, _ matches: [Range<Int>], tty: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        let (open, close) = tty ? ("\u{1B}[7m", "\u{1B}[0m") : ("«", "»")
        for m in matches where m.lowerBound >= i && m.upperBound <= scalars.count {
            out.append(contentsOf: scalars[i..<m.lowerBound])
            out.append(contentsOf: open.unicodeScalars)
            out.append(contentsOf: scalars[m])
            out.append(contentsOf: close.unicodeScalars)
            i = m.upperBound
        }
        out.append(contentsOf: scalars[i...])
        return String(out)
    }
}
