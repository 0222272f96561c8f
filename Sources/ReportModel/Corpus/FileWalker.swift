import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file found on disk, with what `stat` says about it: enough to tell an unchanged file
/// without reading it.
public struct FileStamp: Sendable, Equatable {
    public var path: String
    public var size: Int64
    /// Modification time, seconds since 1970 (nanosecond precision where the file system has it).
    public var mtime: Double
}

/// Lists report files under a folder with `readdir`/`stat` (FileManager's enumerator is an order of
/// magnitude slower at 100,000 files). Hidden files and folders and README.md are skipped; symlinks
/// are followed to files but never into folders, so a link loop cannot hang the walk.
public enum FileWalker {
    /// File extensions read as reports.
    public static let extensions: Set<String> = DocumentFormat.extensions

    public static func isReport(_ name: String) -> Bool {
        guard !name.hasPrefix("."), name.lowercased() != "readme.md", let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Every report file under `root` (or `root` itself when it is a file), sorted by path.
    public static func walk(_ root: String) -> [FileStamp] {
        var st = stat()
        guard stat(root, &st) == 0 else { return [] }
        if (st.st_mode & S_IFMT) != S_IFDIR { return [FileStamp(path: root, size: Int64(st.st_size), mtime: mtime(st))] }
        var out: [FileStamp] = []
        var stack = [root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root]
        while let dir = stack.popLast() {
            guard let d = opendir(dir) else { continue }
            defer { closedir(d) }
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = dir + "/" + name
                var s = stat()
                let type = e.pointee.d_type
                if type == UInt8(DT_DIR) { stack.append(path); continue }
                if type == UInt8(DT_UNKNOWN), lstat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR { stack.append(path); continue }
                guard isReport(name), stat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG else { continue }
                out.append(FileStamp(path: path, size: Int64(s.st_size), mtime: mtime(s)))
            }
        }
        // Byte order of UTF-8 is code-point order, the same as String's `<` here, without its slow non-ASCII path.
        out.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return out
    }

    private static func mtime(_ s: stat) -> Double {
        #if canImport(Glibc)
        return Double(s.st_mtim.tv_sec) + Double(s.st_mtim.tv_nsec) / 1e9
        #else
        return Double(s.st_mtimespec.tv_sec) + Double(s.st_mtimespec.tv_nsec) / 1e9
        #endif
    }
}
