// The shared model as one import: the Report value and every stage that builds and reads it.
// Clients (store, dashboard, command line, tests) import ReportModel; the stages themselves import only
// the stages before them, which SwiftPM enforces (Package.swift, docs/architecture.md).
@_exported import ReportText
@_exported import ReportReading
@_exported import ReportParsing
@_exported import ReportQuantities
@_exported import ReportIndicators
@_exported import ReportAnalysis
@_exported import ReportSearch
