// swift-tools-version:6.0
import PackageDescription

// The stages are separate modules; in release builds their small helpers (scalar classes, scans) must still inline
// across module boundaries as they did when the pipeline was one module (parse throughput, docs/performance.md).
let stage: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "ReportDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reportdesk", targets: ["reportdesk"]),
        .library(name: "ReportModel", targets: ["ReportModel"]),
        .library(name: "ReportTUI", targets: ["ReportTUI"]),
        .library(name: "ReportStore", targets: ["ReportStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C binding for wide-character ncurses (see Sources/CNCursesW/shim.h).
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // zlib, for the index's compressed paragraph store (Sources/ReportStore/TextBlock.swift).
        .systemLibrary(name: "CDeflate", providers: [.apt(["zlib1g-dev"])]),
        // The reading pipeline, one target per stage; a stage depends only on the stages before it
        // (docs/architecture.md). Swift + Foundation; ZIPFoundation only to open .docx files.
        // Text and lexicon layer: scalar utilities, pinyin, script conversion, place names, speaker line, heading markers.
        .target(name: "ReportText", swiftSettings: stage),
        // Bytes to clean lines: formats (text encodings, web pages, Word, PDF), normalisation, repair.
        .target(name: "ReportReading", dependencies: ["ReportText", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: stage),
        // Lines to sections, paragraphs and metadata.
        .target(name: "ReportParsing", dependencies: ["ReportReading"], swiftSettings: stage),
        // Chinese quantity grammar: numbers, units, qualifiers, ranges, redactions.
        .target(name: "ReportQuantities", dependencies: ["ReportText"], swiftSettings: stage),
        // Figures bound to indicator names, years and roles; ReportReader ties the stages into a Report.
        .target(name: "ReportIndicators", dependencies: ["ReportParsing", "ReportQuantities"], swiftSettings: stage),
        // Across reports: places, series, attainment, comparison.
        .target(name: "ReportAnalysis", dependencies: ["ReportIndicators"], swiftSettings: stage),
        // The dashboard's questions (CorpusQueries) answered from parsed reports; indicator name ranking.
        .target(name: "ReportSearch", dependencies: ["ReportAnalysis"], swiftSettings: stage),
        // The shared model as one import: every stage re-exported, plus loading a corpus and exporting reports.
        .target(name: "ReportModel", dependencies: ["ReportSearch"], swiftSettings: stage),
        // Synthetic reports with their truth, the hostile set and the fuzz target: for tests, bench and the fuzzer.
        .target(name: "ReportSynthetic", dependencies: ["ReportModel"]),
        // The corpus index: SQLite through GRDB, incremental ingest, full-text search.
        .target(name: "ReportStore", dependencies: ["ReportModel", "CDeflate", .product(name: "GRDB", package: "GRDB.swift")]),
        // The dashboard: cell buffer, panes, app state, ncurses backend.
        .target(name: "ReportTUI", dependencies: ["ReportModel", "CNCursesW"]),
        // The command line.
        .executableTarget(
            name: "reportdesk",
            dependencies: [
                "ReportModel", "ReportTUI", "ReportStore", "ReportSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "ReportSynthetic", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ReportStoreTests", dependencies: ["ReportStore", "ReportModel", "ReportSynthetic"]),
        .testTarget(name: "ReportTUITests", dependencies: ["ReportTUI", "ReportModel"]),
        .testTarget(name: "ReportDeskCLITests", dependencies: ["ReportModel", "ReportSynthetic", "ReportStore", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
