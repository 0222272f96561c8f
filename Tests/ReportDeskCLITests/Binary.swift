import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The built `reportdesk` binary and helpers to run it.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path() throws -> String {
        for dir in [".build/debug", ".build/x86_64-unknown-linux-gnu/debug", ".build/aarch64-unknown-linux-gnu/debug", ".build/release"] {
            let p = root.appendingPathComponent(dir).appendingPathComponent("reportdesk").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        XCTFail("reportdesk binary not built; run `swift build` first")
        throw XCTSkip("no binary")
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ args: [String], stdin: String? = nil, timeout: TimeInterval = 120, killWhen: (() -> Bool)? = nil) throws -> Output {
        try Spawn.run([try path()] + args, stdin: stdin, directory: root.path, timeout: timeout, killWhen: killWhen)
    }

    static func seed(_ prefix: String) throws -> String {
        let dir = root.appendingPathComponent("Data/reports")
        let f = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
        return dir.appendingPathComponent(f).path
    }
}

/// Runs a child process with posix_spawn and waitpid instead of Foundation's `Process`.
///
/// Output goes through files, never pipes: a daemon the child forks (tmux's server) would hold a
/// pipe open forever, and a full stderr pipe can deadlock a reader waiting on stdout. `Process`
/// itself was seen never to notice a child's exit when the tests run without a controlling
/// terminal (CI), so the child is reaped here, with a deadline after which it is killed.
enum Spawn {
    struct Timeout: Error, CustomStringConvertible {
        var argv: [String]; var seconds: TimeInterval
        var description: String { "timed out after \(Int(seconds)) s: \(argv.joined(separator: " "))" }
    }

    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChDir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static func glibc<F>(_ name: String, as: F.Type) -> F? {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(sym, to: F.self)
    }

    /// `killWhen`, when given, is asked about every 100 ms; once it says yes the child is killed with SIGKILL
    /// (status 137), as a crash or `kill -9` would end it.
    static func run(_ argv: [String], stdin: String? = nil, directory: String? = nil, timeout: TimeInterval = 60,
                    killWhen: (() -> Bool)? = nil) throws -> Binary.Output {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inPath = dir.appendingPathComponent("in").path, outPath = dir.appendingPathComponent("out").path, errPath = dir.appendingPathComponent("err").path
        FileManager.default.createFile(atPath: inPath, contents: Data((stdin ?? "").utf8))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // glibc's _np actions are not in Swift's Glibc module; they are looked up by name.
        if let closefrom = glibc("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self) {
            _ = closefrom(&actions, 3)                  // no inherited pipe keeps a reader waiting
        }
        if let directory {
            guard let chdir = glibc("posix_spawn_file_actions_addchdir_np", as: ChDir.self) else { throw POSIXError(.ENOSYS) }
            _ = chdir(&actions, directory)
        }

        // The child gets its own process group so a timeout can kill everything it started.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attr, 0)

        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attr, cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }

        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var lastAsked = Date.distantPast
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if let killWhen, Date().timeIntervalSince(lastAsked) > 0.1 {
                lastAsked = Date()
                if killWhen() { kill(pid, SIGKILL); _ = waitpid(pid, &status, 0); break }
            }
            if r < 0 && errno != EINTR { status = 0; break }      // reaped elsewhere: treat as a clean exit
            if Date() > deadline {
                kill(-pid, SIGKILL); kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Timeout(argv: argv, seconds: timeout)
            }
            usleep(5_000)
        }
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return Binary.Output(status: code, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
