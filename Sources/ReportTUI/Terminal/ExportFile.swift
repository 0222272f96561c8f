import Foundation

/// Writes an export into the folder the user chose without ever replacing a file: `name.csv` is taken, so
/// `name-2.csv`, `name-3.csv`… The file is created exclusively (O_EXCL), so two dashboards exporting at once
/// cannot overwrite each other either.
public enum ExportFile {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Throws unless `folder` is a folder exports can go to (checked at start and at each export).
    public static func check(folder: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw Failure(description: "no such folder: \(folder)")
        }
    }

    /// Writes `contents` as `file` (or the first free numbered name) in `folder`; returns the path written.
    public static func write(_ contents: String, as file: String, in folder: String) throws -> String {
        try check(folder: folder)
        let ext = (file as NSString).pathExtension, stem = (file as NSString).deletingPathExtension
        let data = Array(contents.utf8)
        for n in 1...10_000 {
            let name = n == 1 ? file : "\(stem)-\(n)" + (ext.isEmpty ? "" : "." + ext)
            let path = (folder as NSString).appendingPathComponent(name)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            defer { close(fd) }
            var written = 0
            while written < data.count {
                let n = data[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                if n <= 0 { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
                written += n
            }
            return path
        }
        throw Failure(description: "cannot write \(file): 10,000 numbered copies already exist in \(folder)")
    }
}
