import Foundation
import XCTest

/// One spelling for output, errors that say what is wrong, exit codes scripts can rely on, numbers as people
/// write them.
final class CLIContractTests: XCTestCase {
    /// `places --json` is the old `places --format json`, which still works for a release with a note on stderr.
    func testPlacesTakesJSONAndCSVFlagsAndTheOldSpellingStillWorks() throws {
        let json = try Binary.run(["places", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let places = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertTrue(places.contains { $0["place"] as? String == "京东镇" })
        let old = try Binary.run(["places", "--format", "json"])
        XCTAssertEqual(old.stdout, json.stdout)
        XCTAssertTrue(old.stderr.contains("--format is deprecated"), old.stderr)
        let csv = try Binary.run(["places", "--csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("place,level,parents,years,reports,formerNames\n"), csv.stdout)
        let both = try Binary.run(["places", "--json", "--csv"])
        XCTAssertEqual(both.status, 64)
        XCTAssertTrue(both.stderr.contains("choose one") && both.stderr.contains("Usage: reportdesk places"), both.stderr)
    }

    /// `search` prints CSV too, and reads pinyin initials as the dashboard does: gsgy finds 规模以上工业… names.
    func testSearchCSVAndPinyin() throws {
        let csv = try Binary.run(["search", "高标准农田", "--csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "kind,name,count,place,year,value,unit,role,file,section,paragraph,text")
        XCTAssertTrue(lines.contains { $0.hasPrefix("paragraph,,,岑阳镇,2024,") && $0.contains("高标准农田") }, csv.stdout)
        let pinyin = try Binary.run(["search", "gsgy", "--names"])
        XCTAssertEqual(pinyin.status, 0, pinyin.stderr)
        XCTAssertTrue(pinyin.stdout.contains("规模以上工业增加值"), pinyin.stdout)
        XCTAssertFalse(pinyin.stdout.contains("no indicator name matches"), pinyin.stdout)
    }

    /// A folder that is not there is named as such, without the top-level usage line; exit status 1.
    func testMissingFolderSaysSo() throws {
        for args in [["places", "--corpus", "/no/such/reports"], ["series", "all", "gdp", "--corpus", "/no/such/reports"],
                     ["search", "税收", "--corpus", "/no/such/reports"]] {
            let r = try Binary.run(args)
            XCTAssertEqual(r.status, 1, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains("no such folder: /no/such/reports"), r.stderr)
            XCTAssertFalse(r.stderr.contains("Usage: reportdesk <subcommand>"), r.stderr)
        }
        let place = try Binary.run(["series", "nowhere", "gdp"])
        XCTAssertEqual(place.status, 1)
        XCTAssertFalse(place.stderr.contains("Usage: reportdesk <subcommand>"), place.stderr)
    }

    /// A corpus with a file that cannot be read: the commands print what they can, name the file, and exit 1.
    func testCorpusCommandsExitOneWhenAFileCannotBeRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: try Binary.seed("京东镇"), toPath: dir.appendingPathComponent("京东镇.txt").path)
        try Data("PK\u{3}\u{4} not a zip".utf8).write(to: dir.appendingPathComponent("损坏.docx"))
        for (args, shown) in [(["places"], "京东镇"), (["series", "all", "gdp"], "京东镇"), (["targets", "all"], "地区生产总值"),
                              (["search", "生产总值"], "京东镇")] {
            let r = try Binary.run(args + ["--corpus", dir.path])
            XCTAssertEqual(r.status, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("损坏.docx"), r.stderr)
            XCTAssertTrue(r.stdout.contains(shown), "\(args): the readable report is still used: \(r.stdout)")
        }
    }

    /// Quantities print base values and ranges as people write them: 重点招引50-100亿元以上产业项目 (a county
    /// report of the corpus) is 50亿元–100亿元, not 5000000000–10000000000; 修复秦岭北麓生态1.62万公顷 is 24.3万亩.
    func testQuantitiesPrintHumanNumbers() throws {
        let r = try Binary.run(["quantities", "各镇街重点招引30-50亿元以上产业项目，修复秦岭北麓生态1.62万公顷"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("range 30亿元–50亿元"), r.stdout)
        XCTAssertTrue(r.stdout.contains("= 24.3万亩"), r.stdout)
        XCTAssertFalse(r.stdout.contains("000000"), r.stdout)
        // CSV keeps the base values for scripts.
        let csv = try Binary.run(["quantities", "各镇街重点招引30-50亿元以上产业项目", "--csv"])
        XCTAssertEqual(csv.stdout.split(separator: "\n").first, "text,start,end,value,unit,baseValue,baseUnit,qualifier,rangeLo,rangeHi,redacted,dimension")
        XCTAssertTrue(csv.stdout.contains("30-50亿元以上,7,16,30,亿元,3000000000,元,at-least,3000000000,5000000000,false,"), csv.stdout)
    }

    /// `indicators --json` prints the indicator objects of `extract --json`, one per CSV row.
    func testIndicatorsJSON() throws {
        let seed = try Binary.seed("京东镇")
        let json = try Binary.run(["indicators", seed, "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let csv = try Binary.run(["indicators", seed, "--csv"])
        XCTAssertEqual(rows.count, csv.stdout.split(separator: "\n").count - 1)
        XCTAssertTrue(rows.contains { $0["canonicalId"] as? String == "gdp" && $0["value"] as? Double == 93.8 })
    }

    /// The completion script the README documents is produced for each shell, naming the subcommands.
    func testCompletionScriptsAsTheReadmeSays() throws {
        let readme = try String(contentsOf: Binary.root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("reportdesk --generate-completion-script bash"))
        for shell in ["bash", "zsh", "fish"] {
            let r = try Binary.run(["--generate-completion-script", shell])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("series") && r.stdout.contains("compare"), shell)
        }
    }
}
