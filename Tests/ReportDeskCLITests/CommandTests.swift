import Foundation
import XCTest

/// The command-line contract: outline and extract on real reports, errors named per file.
final class CommandTests: XCTestCase {
    func testOutlinePrintsMetadataAndTheIndentedTree() throws {
        let r = try Binary.run(["outline", try Binary.seed("京东镇")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("place    京东镇 (town 镇)"))
        XCTAssertTrue(r.stdout.contains("speaker  镇长 魏翔"))
        XCTAssertTrue(r.stdout.contains("    一、2022年工作回顾  [review 2022]"))
        XCTAssertTrue(r.stdout.contains("      · 疫情防控科学精准  [review 2022]"))
        XCTAssertTrue(r.stdout.contains("    二、2023年主要工作安排  [plan 2023]"))
    }

    func testExtractJSONFollowsTheSchema() throws {
        let r = try Binary.run(["extract", try Binary.seed("岑阳镇"), try Binary.seed("源潭镇"), "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(doc["schemaVersion"] as? Int, 1)
        let reports = try XCTUnwrap(doc["reports"] as? [[String: Any]])
        XCTAssertEqual(reports.count, 2)
        for key in ["source", "title", "place", "kind", "date", "reviewYear", "planYear", "speaker", "sections", "indicators"] {
            XCTAssertTrue(reports[0].keys.contains(key), key)
        }
        let place = try XCTUnwrap(reports[0]["place"] as? [String: Any])
        XCTAssertEqual(place["name"] as? String, "岑阳镇")
        XCTAssertEqual(place["level"] as? String, "town")
        XCTAssertEqual(reports[0]["source"] as? NSNull, NSNull(), "unknown fields are null, not missing")
        let sections = try XCTUnwrap(reports[0]["sections"] as? [[String: Any]])
        for key in ["id", "parent", "level", "marker", "title", "role", "year", "start", "end"] {
            XCTAssertTrue(sections[0].keys.contains(key), key)
        }
        XCTAssertEqual(sections[0]["title"] as? String, "2023年工作回顾")
        XCTAssertEqual(sections[0]["role"] as? String, "review")
        XCTAssertEqual(sections[0]["year"] as? Int, 2023)
        XCTAssertEqual(sections[1]["parent"] as? String, "s1")
        XCTAssertEqual(reports[1]["script"] as? String, "traditional")
        XCTAssertGreaterThan((reports[1]["damaged"] as? [Any])?.count ?? 0, 0)
    }

    func testUnreadableFilesAreNamedAndTheOthersStillExported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("broken.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: bad)
        let r = try Binary.run(["extract", try Binary.seed("京东镇"), bad.path, dir.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("\(bad.path): binary data"), r.stderr)
        XCTAssertTrue(r.stderr.contains("missing.txt: no such file"), r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((doc["reports"] as? [Any])?.count, 1)
        XCTAssertEqual((doc["errors"] as? [Any])?.count, 2)
    }

    func testHelpReadsWell() throws {
        let r = try Binary.run(["--help"])
        XCTAssertEqual(r.status, 0)
        for s in ["outline", "extract", "dashboard", "--corpus"] { XCTAssertTrue(r.stdout.contains(s), s) }
        // Commands for developing ReportDesk are listed apart, after the ones for reading reports.
        let parts = r.stdout.components(separatedBy: "DEVELOPMENT SUBCOMMANDS:")
        XCTAssertEqual(parts.count, 2, r.stdout)
        for s in ["generate", "bench", "hostile"] {
            XCTAssertFalse(parts[0].contains("\n  \(s) "), s); XCTAssertTrue(parts.last?.contains("\n  \(s) ") ?? false, s)
        }
    }
}

/// `reportdesk quantities`: the fields users script against.
final class QuantitiesCommandTests: XCTestCase {
    func testQuantitiesJSONFields() throws {
        let r = try Binary.run(["quantities", "--json", "全年实现地区生产总值38.6亿元，同比增长6.2%，提高1.3个百分点，完成xx.xx亿元"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 4)
        for key in ["text", "start", "end", "value", "unit", "baseValue", "baseUnit", "qualifier", "range", "redacted"] {
            XCTAssertTrue(rows[0].keys.contains(key), key)
        }
        XCTAssertEqual(rows[0]["text"] as? String, "38.6亿元")
        XCTAssertEqual(rows[0]["value"] as? Double, 38.6)
        XCTAssertEqual(rows[0]["baseValue"] as? Double, 3_860_000_000)
        XCTAssertEqual(rows[0]["baseUnit"] as? String, "元")
        XCTAssertEqual(rows[0]["start"] as? Int, 10)
        XCTAssertEqual(rows[2]["unit"] as? String, "pp")
        XCTAssertEqual(rows[3]["redacted"] as? Bool, true)
        XCTAssertTrue(rows[3]["value"] is NSNull)
    }

    func testQuantitiesReadsStandardInput() throws {
        let r = try Binary.run(["quantities", "-"], stdin: "新增耕地158.63亩，总投资4000余万元")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("158.63亩\t158.63 亩"), r.stdout)
        // The base value is said only when it adds to the written form (it does not here: 4000万元).
        XCTAssertTrue(r.stdout.contains("4000余万元\t4000 万元\tmore-than"), r.stdout)
    }
}

/// `extract --json` indicators and `indicators --csv`: the field names scripts rely on.
final class IndicatorCommandTests: XCTestCase {
    func testExtractFillsIndicatorsWithTheSchemaFields() throws {
        let r = try Binary.run(["extract", try Binary.seed("京东镇"), "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let inds = try XCTUnwrap((doc["reports"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])
        XCTAssertGreaterThan(inds.count, 50)
        for key in ["name", "canonical", "value", "unit", "baseValue", "baseUnit", "qualifier", "range", "redacted", "change",
                    "role", "year", "period", "section", "text", "start", "end"] {
            XCTAssertTrue(inds[0].keys.contains(key), key)
        }
        let gdp = try XCTUnwrap(inds.first { $0["canonical"] as? String == "地区生产总值" && $0["role"] as? String == "actual" })
        XCTAssertEqual(gdp["value"] as? Double, 93.8)
        XCTAssertEqual((gdp["change"] as? [String: Any])?["percent"] as? Double, 5.4)
        XCTAssertEqual(gdp["year"] as? Int, 2022)
        let target = try XCTUnwrap(inds.first { $0["canonical"] as? String == "地区生产总值" && $0["role"] as? String == "target" })
        XCTAssertTrue(target["value"] is NSNull)
        XCTAssertEqual(target["qualifier"] as? String, "approx")
    }

    func testIndicatorsCSVHasAHeaderAndBaseUnits() throws {
        let r = try Binary.run(["indicators", try Binary.seed("金鹅山"), "--csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("name,canonical,value,unit,baseValue,baseUnit,"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("规上工业累计产值,规模以上工业总产值,41.85,亿元,4185000000,元,") }, "\(lines.prefix(6))")
        // The report's place, file and year are appended after the older columns.
        XCTAssertTrue(lines[0].hasSuffix(",text,milestone,estimated,place,file,reportYear"), String(lines[0]))
        XCTAssertTrue(lines[1].contains(",金鹅山管理处,\(try Binary.seed("金鹅山")),"), String(lines[1]))
    }
}

/// series/targets/places across every place, as long tables for pandas and R.
final class AnalysisCommandTests: XCTestCase {
    func testTargetsForEveryPlaceAsCSV() throws {
        let r = try Binary.run(["targets", "all", "--indicator", "gdp", "--csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("place,indicator,year,value,unit,growth,") == true, r.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("京东镇,地区生产总值,2023,") && $0.contains(",8,growth,approx,no-data,") }, r.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("岑阳镇,地区生产总值,2024,") && $0.contains(",5.5,growth,at-least,") }, r.stdout)
        // Every data row has as many fields as the header (sentences are quoted where they hold commas).
        let width = Self.fields(lines[0]).count
        XCTAssertTrue(lines.dropFirst().allSatisfy { Self.fields($0).count == width }, r.stdout)
        // The source columns name the sentences: 京东镇's 2023 target is read from its 2023 report.
        let header = Self.fields(lines[0])
        let jd = try XCTUnwrap(lines.first { $0.hasPrefix("京东镇,地区生产总值,2023,") }.map(Self.fields))
        let row = Dictionary(uniqueKeysWithValues: zip(header, jd))
        XCTAssertTrue(row["targetSource"]?.hasSuffix("京东镇_2023_政府工作报告.txt") == true, "\(row)")
        XCTAssertTrue(row["targetSentence"]?.contains("地区生产总值增长8%左右") == true, "\(row)")
    }

    /// The fields of one CSV line (RFC 4180 quoting).
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { out.append(field); field = "" }
            else { field.append(c) }
        }
        out.append(field)
        return out
    }

    func testSeriesOfAllTownsAndPlacesWithGazetteerParents() throws {
        let s = try Binary.run(["series", "all", "gdp", "--level", "town", "--json"])
        XCTAssertEqual(s.status, 0, s.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(doc.compactMap { $0["place"] as? String }), ["京东镇", "岑阳镇", "源潭镇", "金鹅山管理处"], "township level")
        let jd = try XCTUnwrap(doc.first { $0["place"] as? String == "京东镇" }?["rows"] as? [[String: Any]])
        XCTAssertEqual(jd.first { $0["year"] as? Int == 2022 }?["value"] as? Double, 9_380_000_000)
        XCTAssertEqual(jd.first { $0["year"] as? Int == 2021 }?["derived"] as? Double, 8_899_430_740)

        let p = try Binary.run(["places", "--format", "csv"])
        XCTAssertTrue(p.stdout.contains("京东镇,town,江西省;南昌市;青山湖区,2023,1,"), p.stdout)
    }
}
