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
    }

    override func tearDown() { _ = try? tmux(["kill-session", "-t", session]) }

    /// Starts the dashboard in a shell so the exit status and the restored screen can be read afterwards.
    func start(_ args: String = "", width: Int = 100, height: Int = 30, env: String = "") throws {
        let bin = try Binary.path()
        let cmd = "cd '\(Binary.root.path)' && \(env) '\(bin)' \(args); echo \"exit=$?\"; sleep 60"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", cmd])
        try waitFor("ReportDesk")
    }

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
        try keys("j")                       // 岑阳镇
        try keys("Enter")
        let s = try waitFor("二、2024 年工作安排")
        XCTAssertTrue(s.contains("一、2023年工作回顾"), s)
        XCTAssertTrue(s.contains("(一)接续奋斗勇创新"), s)
        try keys("j", "j")
        try waitFor("项目建设推动有力。全年实施")
        try keys("q")
        let after = try waitFor("exit=0")
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
        let s = try waitFor("京东镇")
        XCTAssertTrue(s.contains("一、2022年工作回顾"), s)
        try keys("q")
        try waitFor("exit=0")
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
        s = try screen()
        let rows = s.split(separator: "\n", omittingEmptySubsequences: false)
        // The right border of the text pane is back at column 100 on every body row, with nothing after it.
        let body = rows.dropFirst().prefix(27)
        XCTAssertTrue(body.allSatisfy { $0.hasSuffix("│") || $0.hasSuffix("┐") || $0.hasSuffix("┘") }, s)
        try keys("q")
        try waitFor("exit=0")
    }
}
