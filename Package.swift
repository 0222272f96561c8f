// swift-tools-version:6.0
import PackageDescription

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
        // The shared model: document types, reading (text, web pages, Word, PDF) and parsing.
        // Swift + Foundation; ZIPFoundation only to open .docx files.
        .target(name: "ReportModel", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The corpus index: SQLite through GRDB, incremental ingest, full-text search.
        .target(name: "ReportStore", dependencies: ["ReportModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // The dashboard: cell buffer, panes, app state, ncurses backend.
        .target(name: "ReportTUI", dependencies: ["ReportModel", "CNCursesW"]),
        // The command line.
        .executableTarget(
            name: "reportdesk",
            dependencies: [
                "ReportModel", "ReportTUI", "ReportStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ReportStoreTests", dependencies: ["ReportStore", "ReportModel"]),
        .testTarget(name: "ReportTUITests", dependencies: ["ReportTUI", "ReportModel"]),
        .testTarget(name: "ReportDeskCLITests", dependencies: ["ReportModel", "ReportStore", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
