import Foundation
import XCTest

/// End-to-end: the real binary in a tmux pane, driven with send-keys and read with capture-pane.
final class TmuxTests: XCTestCase {
    var session = ""
    let server = "reportdesk-tests"

    /// Runs a tmux command on the tests' own server (see `Spawn` for why not `Process`).
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", server] + args, timeout: 20).stdout
    }

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux") else {
            throw XCTSkip("tmux not installed")
        }
        session = "rd\(UInt32.random(in: 0...UInt32.max))"
        // Each test keeps its preferences apart from the user's and from the other tests'.
        config = FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-config-\(session)").path
    }

    /// The XDG_CONFIG_HOME the dashboard of this test reads and writes its preferences under.
    var config = ""

    override func tearDown() {
        _ = try? tmux(["kill-session", "-t", session])
        try? FileManager.default.removeItem(atPath: config)
    }

    /// Starts the dashboard in a shell so the exit status and the restored screen can be read afterwards. In
    /// colour whatever the test runner's environment says (swift test sets NO_COLOR), unless `env` says otherwise.
    func start(_ args: String = "", width: Int = 100, height: Int = 30, env: String = "", timeout: TimeInterval = 15) throws {
        let bin = try Binary.path()
        let cmd = "cd '\(Binary.root.path)' && unset NO_COLOR; export XDG_CONFIG_HOME='\(config)'; \(env) '\(bin)' \(args); echo \"exit=$?\"; sleep 60"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", cmd])
        try waitFor("ReportDesk", timeout: timeout)
    }

    /// Types text as it is (no key names).
    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", session, "-l", text])
        Thread.sleep(forTimeInterval: 0.3)
    }

    /// The dashboard on ../shared/corpus, its index built first (shared by the tests that use it; later runs only
    /// check it is up to date).
    var sharedCorpus: String { Binary.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path }
    var sharedIndex: String { FileManager.default.temporaryDirectory.appendingPathComponent("reportdesk-tmux-shared.sqlite").path }

    func startOnSharedCorpus() throws {
        let corpus = sharedCorpus, index = sharedIndex
        guard FileManager.default.fileExists(atPath: corpus) else { throw XCTSkip("../shared/corpus not present") }
        let built = try Binary.run(["index", corpus, "--index", index], timeout: 900)
        XCTAssertEqual(built.status, 0, built.stderr)
        try start("--corpus '\(corpus)' --index '\(index)'", width: 120, height: 36, timeout: 60)
    }

    /// Rows of the screen inside the detail pane (the right column's upper box), by their text.
    func rows(_ screen: String) -> [String] { screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    func keys(_ k: String...) throws {
        _ = try tmux(["send-keys", "-t", session] + k)
        Thread.sleep(forTimeInterval: 0.3)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting for \"\(text)\"; screen:\n\(last)")
        return last
    }

    func testOpensASeedReportAndShowsItsHeadings() throws {
        try start()
        let s = try openSecondReport()
        XCTAssertTrue(s.contains("一、2023年工作回顾"), s)
        XCTAssertTrue(s.contains("(一)接续奋斗勇创新"), s)
        try keys("j", "j")
        try waitFor("项目建设推动有力。全年实施")
        let after = try quit()
        XCTAssertFalse(after.contains("ReportDesk ›"), "screen restored after quit:\n\(after)")
    }

    func testCtrlCAndSIGTERMRestoreTheTerminal() throws {
        try start()
        try keys("C-c")
        var after = try waitFor("exit=")
        XCTAssertFalse(after.contains("┌"), after)
        _ = try tmux(["kill-session", "-t", session])

        try start()
        let pids = try tmux(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The dashboard is the child of the pane's shell.
        _ = try Spawn.run(["pkill", "-TERM", "-P", pids, "reportdesk"])
        after = try waitFor("exit=143")
        XCTAssertFalse(after.contains("┌"), after)
    }

    func testNonUTF8LocaleFallsBackAndCJKStillShows() throws {
        try start(env: "LANG=C LC_ALL=C")
        // The list draws first; the report's sections follow from the worker.
        let s = try waitFor("一、2022年工作回顾")
        XCTAssertTrue(s.contains("京东镇"), s)
        try quit()
    }

    func testResizeTo60x20AndBackLeavesNoDebris() throws {
        try start()
        _ = try tmux(["resize-window", "-t", session, "-x", "60", "-y", "20"])
        Thread.sleep(forTimeInterval: 0.5)
        var s = try screen()
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.first?.contains("ReportDesk") == true, s)
        _ = try tmux(["resize-window", "-t", session, "-x", "100", "-y", "30"])
        Thread.sleep(forTimeInterval: 0.5)
        // Every row of the small frame fits 60 columns, and the right edge is a border.
        for (i, line) in s.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i > 0 && i < 19 {
            XCTAssertTrue(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘"), "row \(i) at 60×20:\n\(s)")
        }
        s = try screen()
        let rows = s.split(separator: "\n", omittingEmptySubsequences: false)
        // The right border of the text pane is back at column 100 on every body row, with nothing after it.
        let body = rows.dropFirst().prefix(27)
        XCTAssertTrue(body.allSatisfy { $0.hasSuffix("│") || $0.hasSuffix("┐") || $0.hasSuffix("┘") }, s)
        try quit()
    }

    /// q, then the shell's line saying the dashboard exited with status 0; the screen after it.
    @discardableResult
    func quit() throws -> String {
        try keys("q")
        return try waitFor("exit=0")
    }

    /// Moves to the bundled list's second report (岑阳镇 2024), opens it, and waits for its plan heading.
    @discardableResult
    func openSecondReport() throws -> String {
        try keys("j")
        try keys("Enter")
        return try waitFor("二、2024 年工作安排")
    }

    /// Every body row of the captured screen ends in a pane border: nothing drawn past the frame, nothing missing.
    func assertFramed(_ s: String, rows count: Int, file: StaticString = #filePath, line: UInt = #line) {
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, l) in lines.enumerated() where i > 0 && i < count - 1 {
            XCTAssertTrue(l.hasSuffix("│") || l.hasSuffix("┐") || l.hasSuffix("┘"), "row \(i):\n\(s)", file: file, line: line)
        }
    }

    func testVT100TerminalWorksInMonochrome() throws {
        try start(env: "TERM=vt100")
        assertFramed(try openSecondReport(), rows: 30)
        try quit()
    }

    func testDumbTerminalIsRefusedWithAMessage() throws {
        for term in ["dumb", "", "no-such-terminal"] {
            let bin = try Binary.path()
            let cmd = "cd '\(Binary.root.path)' && TERM='\(term)' '\(bin)'; echo \"exit=$?\"; sleep 60"
            _ = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", "sh", "-c", cmd])
            // The message wraps at the pane's width.
            let s = try waitFor("exit=").replacingOccurrences(of: "\n", with: "")
            XCTAssertTrue(s.contains("exit=1"), s)
            XCTAssertTrue(s.contains(term == "no-such-terminal" ? "is not in the terminfo database" : "cannot show the dashboard"), s)
            XCTAssertTrue(s.contains(term.isEmpty ? "(unset)" : "\"\(term)\""), s)
            XCTAssertFalse(s.contains("Usage:"), s)
            _ = try tmux(["kill-session", "-t", session])
        }
    }

    /// Thirty resizes without pause between 20×5 and 300×100, then back to 100×30: the dashboard keeps up,
    /// draws a whole frame at the end, and still answers keys.
    func testRapidResizesEndInAWholeFrame() throws {
        try start()
        let sizes = [(20, 5), (300, 100), (57, 13), (120, 40), (21, 6), (250, 80), (80, 24), (33, 9), (199, 61), (64, 17)]
        for k in 0..<30 {
            let (w, h) = sizes[k % sizes.count]
            _ = try tmux(["resize-window", "-t", session, "-x", "\(w)", "-y", "\(h)"])
        }
        _ = try tmux(["resize-window", "-t", session, "-x", "100", "-y", "30"])
        Thread.sleep(forTimeInterval: 0.8)
        let s = try screen()
        XCTAssertTrue(s.hasPrefix(" ReportDesk"), s)
        assertFramed(s, rows: 30)
        try openSecondReport()
        try quit()
    }

    /// A 300-character CJK paste into the search box: the frame holds, the query keeps its tail in view, and
    /// the dashboard still answers.
    func testLongCJKPasteIntoSearch() throws {
        try start()
        try keys("/")
        let paste = String(repeating: "全年实现地区生产总值同比增长", count: 22)
        _ = try tmux(["send-keys", "-t", session, "-l", paste])
        Thread.sleep(forTimeInterval: 1.0)
        let s = try screen()
        assertFramed(s, rows: 30)
        XCTAssertTrue(s.contains("同比增长"), s)
        try keys("Escape")
        try quit()
    }

    func testSearchGDPLandsOnAGDPRowOfTheBundledCorpus() throws {
        try start()
        try keys("/")
        try type("gdp")
        try waitFor("别名 GDP")
        try keys("Enter")
        let s = try waitFor("/gdp 1/")
        // The indicator table (right column, lower box) lists the row the search landed on.
        XCTAssertTrue(rows(s).contains { $0.contains("│地区生产总值") && ($0.contains("目标") || $0.contains("实际")) }, s)
        try keys("n")
        try waitFor("/gdp 2/")
        try quit()
    }

    /// `a` (every figure) is remembered: the next launch opens the table on every figure, and `a` again goes
    /// back to catalog indicators for the launch after.
    func testTheTableFilterIsRememberedBetweenLaunches() throws {
        try start()
        try keys("Tab", "Tab", "Tab")
        try waitFor("▶ 指标 Indicators · 目录")
        try keys("a")
        try waitFor("▶ 指标 Indicators (")
        try quit()
        _ = try tmux(["kill-session", "-t", session])
        XCTAssertTrue(FileManager.default.fileExists(atPath: config + "/reportdesk/dashboard.json"))
        try start()
        try waitFor("指标 Indicators (")
        try keys("Tab", "Tab", "Tab", "a")
        try waitFor("▶ 指标 Indicators · 目录")
        try quit()
        _ = try tmux(["kill-session", "-t", session])
        try start()
        try waitFor("指标 Indicators · 目录")
        try quit()
    }

    func testCompareTwoSeedTownships() throws {
        try start()
        try keys("c")
        try waitFor("Enter adds 京东镇")
        try keys("Enter")
        try type("cy")
        try keys("Enter")
        let s = try waitFor("京东镇 ⇄ 岑阳镇")
        XCTAssertTrue(s.contains("地区生产总值"), s)
        XCTAssertTrue(s.contains("[2023]"), s)
        try keys("[")
        try waitFor("[2022]")
        try keys("Escape")
        try waitFor("章节 Sections")
        try quit()
    }

    func testSharedCorpusSearchAndAProvinceYearOverYear() throws {
        try startOnSharedCorpus()
        try keys("/")
        try type("gdp")
        try waitFor("地区生产总值 (别名 GDP)", timeout: 30)
        try keys("Enter")
        var s = try waitFor("/gdp 1/")
        XCTAssertTrue(rows(s).contains { $0.contains("地区生产总值") }, s)
        // GDP of 上海市 year over year: every year of its eleven reports.
        try keys("/")
        try type("gdp 上海")
        try waitFor("指标 › gdp 上海", timeout: 5)
        Thread.sleep(forTimeInterval: 1)
        try keys("Enter")
        try waitFor("上海市 ›")
        try keys("y")
        s = try waitFor("同比 地区生产总值 · 上海市", timeout: 30)
        let years = rows(s).filter { $0.range(of: "││20[12][0-9] ", options: .regularExpression) != nil }
        XCTAssertGreaterThanOrEqual(years.count, 5, s)
        XCTAssertTrue(s.contains("█"), "a bar chart of the levels:\n\(s)")
        try quit()
    }

    /// Text runs drawn on a yellow background (the spotlight): the screen captured with its escapes, the SGR state
    /// followed cell by cell.
    func spotlit() throws -> [String] {
        let raw = try tmux(["capture-pane", "-e", "-p", "-t", session])
        var runs: [String] = [], run = "", yellow = false
        var it = raw.unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\u{1B}" {
                guard it.next() == "[" else { continue }
                var params = ""
                while let c = it.next() { if c == "m" || !(c == ";" || ("0"..."9").contains(c)) { break }; params.unicodeScalars.append(c) }
                let codes = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                var k = 0
                while k < codes.count {
                    switch codes[k] {
                    case 0, 49: yellow = false
                    case 43, 103: yellow = true
                    case 40...47, 100...107: yellow = false
                    // 38/48 carry a 256-colour (5;n) or RGB (2;r;g;b) argument.
                    case 48: yellow = false; k += k + 1 < codes.count && codes[k + 1] == 5 ? 2 : 4
                    case 38: k += k + 1 < codes.count && codes[k + 1] == 5 ? 2 : 4
                    default: break
                    }
                    k += 1
                }
                continue
            }
            if u == "\n" || !yellow {
                if !run.isEmpty { runs.append(run.trimmingCharacters(in: .whitespaces)); run = "" }
                if u == "\n" { yellow = false }
                continue
            }
            run.unicodeScalars.append(u)
        }
        if !run.isEmpty { runs.append(run) }
        return runs.filter { !$0.isEmpty }
    }

    /// Indicator search for 上海市's GDP, landing on its newest report's row once the results are in.
    func openShanghaiGDP() throws {
        try type("gdp 上海")
        try waitFor("地区生产总值 (别名 GDP)", timeout: 30)
        try keys("Enter")
        try waitFor("/gdp 上海 1/", timeout: 15)
    }

    /// 上海市's 2019 GDP row of the year-over-year pane: Enter opens the 2020 report at 全市生产总值增长6%, that
    /// figure spotlit, with the 2019 report's 增长6%-6.5% pinned above; t opens the target's own report, whose
    /// indicator table shows the range as a range.
    func testYearOverYearRowOpensItsSourceAndARangeTargetShowsAsARange() throws {
        try startOnSharedCorpus()
        let series = try Binary.run(["series", "上海市", "gdp", "--json", "--corpus", sharedCorpus, "--index", sharedIndex], timeout: 120)
        let years = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(series.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        let k = try XCTUnwrap(years.firstIndex { $0["year"] as? Int == 2019 })
        try keys("/")
        try openShanghaiGDP()
        try keys("y")
        try waitFor("同比 地区生产总值 · 上海市", timeout: 30)
        try keys("BTab", "g")
        for _ in 0..<k { try keys("j") }
        try keys("Enter")
        let s = try waitFor("目标 target · 上海市 2019", timeout: 15)
        XCTAssertTrue(s.contains("增长6%-6.5%"), s)
        XCTAssertEqual(try spotlit(), ["6%-6.5%", "6%"], s)
        // t: the target in the report that set it; its table row reads as the range.
        try keys("Escape", "Tab", "Tab", "y", "BTab", "t")
        let t = try waitFor("上海市 › 2019", timeout: 15)
        XCTAssertTrue(rows(t).contains { $0.contains("地区生产总值") && $0.contains("6–6.5%") }, t)
        XCTAssertTrue(try spotlit().contains("6%-6.5%"), t)
        try quit()
    }

    /// Compare 上海市 and 北京市 for 2019: → selects 北京市's cell, Enter opens 北京市_2020 at its (preliminary) growth
    /// 6.2%左右, spotlit, the 2019 target beside.
    func testCompareCellOpensItsSourceWithTheFigureSpotlit() throws {
        try startOnSharedCorpus()
        try keys("/")
        try openShanghaiGDP()
        try keys("c")
        try waitFor("Enter adds 上海市")
        try keys("Enter")
        try type("北京")
        try keys("Enter")
        var s = try waitFor("上海市 ⇄ 北京市", timeout: 15)
        for _ in 0..<12 where !s.contains("[2019]") {
            try keys("[")
            s = try screen()
        }
        s = try waitFor("[2019]")
        XCTAssertTrue(s.contains("北京市 实际") && s.contains("目标"), s)
        try keys("g", "l", "Enter")
        s = try waitFor("目标 target · 北京市 2019", timeout: 15)
        XCTAssertTrue(s.contains("北京市 › 2020"), s)
        XCTAssertEqual(try spotlit().last, "6.2%左右", s)
        try quit()
    }
}
