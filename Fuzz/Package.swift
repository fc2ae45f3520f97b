// swift-tools-version:5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM links every executable with
// `--defsym main=<module>_main`, which does not exist with `-parse-as-library` (libFuzzer
// brings `main`), and linking fails (swiftlang/swift-package-manager#8731).
import Foundation
import PackageDescription

// libFuzzer targets for the project's parsers; see TESTING.md. Every folder of `Targets/`
// is one target (`Targets/NAME/main.swift`, which defines `LLVMFuzzerTestOneInput`), linked
// against the products below. Build and run with `scripts/fuzz.sh NAME SECONDS`.
let products: [Target.Dependency] = [
    .product(name: "SegmentsLoading", package: "Segments"),
    .product(name: "SegmentsConfiguration", package: "Segments"),
    .product(name: "SegmentsReport", package: "Segments"),
    .product(name: "Logging", package: "swift-log"),
]

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Targets")
let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
    .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/main.swift").path) }
    .sorted()

let package = Package(
    name: "SegmentsFuzz",
    products: names.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [
        .package(name: "Segments", path: ".."),
        .package(name: "swift-log", url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: names.map { .executableTarget(name: "fuzz-\($0)", dependencies: products, path: "Targets/\($0)") },
    swiftLanguageVersions: [.v5]
)
