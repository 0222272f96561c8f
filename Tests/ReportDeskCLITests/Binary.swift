import Foundation
import XCTest

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

    static func run(_ args: [String], stdin: String? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try path())
        p.arguments = args
        p.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        if let s = stdin { inp.fileHandleForWriting.write(Data(s.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func seed(_ prefix: String) throws -> String {
        let dir = root.appendingPathComponent("Data/reports")
        let f = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
        return dir.appendingPathComponent(f).path
    }
}
