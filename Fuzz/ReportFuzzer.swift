// libFuzzer entry point, built by Fuzz/run.sh together with the ReportModel sources into one module
// (swiftc -sanitize=fuzzer,address); not part of the package. The stages live in
// Sources/ReportSynthetic/FuzzTarget.swift so the regression tests replay findings the same way.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func reportDeskFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    FuzzTarget.run(Data(bytes: start, count: count))
    return 0
}
