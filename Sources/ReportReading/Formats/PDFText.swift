import Foundation
import Synchronization
import ReportText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text layer of a PDF, through poppler's `pdftotext -layout` (poppler-utils). Its output is
/// page-by-page lines with the layout's breaks, which the normaliser's PDF repair then joins
/// (lines broken mid-sentence or mid-number) and cleans (page footers, running heads).
public enum PDFText {
    /// A PDF whose conversion takes longer than this is stopped and reported.
    public static let timeoutSeconds = 120

    /// `pdftotext` on the PATH, or the program named by `REPORTDESK_PDFTOTEXT`; nil when neither exists.
    public static func locateTool(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let p = environment["REPORTDESK_PDFTOTEXT"] {
            return access(p, X_OK) == 0 ? p : nil
        }
        for dir in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/pdftotext"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }

    public static let missingTool = "reading PDF needs pdftotext from poppler-utils, which is not installed (apt-get install poppler-utils)"

    public static func extract(_ data: Data, file: String, tool: String? = locateTool()) throws(ReadError) -> String {
        guard data.starts(with: Array("%PDF-".utf8)) || data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            throw ReadError(file: file, problem: "not a PDF file (no %PDF- header)")
        }
        guard let tool else { throw ReadError(file: file, problem: missingTool) }
        let dir = FileManager.default.temporaryDirectory
        let input = dir.appendingPathComponent("reportdesk-\(UUID().uuidString).pdf")
        let errors = dir.appendingPathComponent("reportdesk-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: errors)
        }
        let output: Data, status: Int32, killed: Bool
        do {
            try data.write(to: input)
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-layout", "-enc", "UTF-8", input.path, "-"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // A PDF that makes pdftotext loop is stopped; the pid is all the timer needs.
            let pid = process.processIdentifier
            let timer = DispatchSource.makeTimerSource(queue: .global())
            let fired = Flag()
            timer.schedule(deadline: .now() + .seconds(timeoutSeconds))
            timer.setEventHandler { fired.set(); kill(pid, SIGKILL) }
            timer.resume()
            output = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            timer.cancel()
            status = process.terminationStatus
            killed = fired.isSet
        } catch {
            throw ReadError(file: file, problem: "cannot run \(tool): \(error.localizedDescription)")
        }
        if killed { throw ReadError(file: file, problem: "pdftotext did not finish within \(timeoutSeconds) s") }
        guard status == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8))?
                .split(separator: "\n").first.map(String.init) ?? "no message"
            throw ReadError(file: file, problem: "pdftotext could not read the PDF (exit \(status): \(message))")
        }
        let text = String(decoding: output, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !HanClass.isSpace($0) && $0 != "\u{0C}" }) else {
            throw ReadError(file: file, problem: "the PDF has no text layer (scanned pages need OCR first)")
        }
        return text
    }

    /// A flag set on one thread and read on another.
    package final class Flag: Sendable {
        private let value = Mutex(false)
        package func set() { value.withLock { $0 = true } }
        var isSet: Bool { value.withLock { $0 } }
    }
}
