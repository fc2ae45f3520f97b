// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The numerical kernels (SIMD4<Double> FFT lanes, distance sums) are compiled for Haswell
/// (x86-64-v3: AVX2, FMA) when the building machine has it, so four doubles fill one
/// register instead of two; explicit arithmetic only, so the results are the same bits.
/// `SEGMENTS_PORTABLE=1 swift build` keeps the baseline x86-64 instruction set (binaries for
/// older processors).
let analyticsSettings: [SwiftSetting] = {
    #if arch(x86_64) && os(Linux)
    let required: Set<Substring> = ["avx", "avx2", "fma", "bmi1", "bmi2", "movbe", "f16c", "abm"]
    guard ProcessInfo.processInfo.environment["SEGMENTS_PORTABLE"] == nil,
        let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
        required.isSubset(of: Set(line.split(separator: " ")))
    else { return [] }
    return [.unsafeFlags(["-target-cpu", "haswell"])]
    #else
    return []
    #endif
}()

let package = Package(
    name: "Segments",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "segments", targets: ["segments"]),
        // For the fuzz targets of `Fuzz/` (a package of their own, see TESTING.md).
        .library(name: "SegmentsLoading", targets: ["SegmentsLoading"]),
        .library(name: "SegmentsConfiguration", targets: ["SegmentsConfiguration"]),
        .library(name: "SegmentsReport", targets: ["SegmentsReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Core: the value types every layer shares (seedable random numbers, civil calendar).
        .target(name: "SegmentsCore"),
        // Loading: CSV reader, Olist schema, joins, data quality.
        .target(
            name: "SegmentsLoading",
            dependencies: [
                "SegmentsCore", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Synthetic generator: a deterministic Olist-schema dataset, as CSV files.
        .target(
            name: "SegmentsSynthetic",
            dependencies: ["SegmentsCore", "SegmentsLoading"]
        ),
        // Analytics: indicators, RFM, features, clustering, scores, t-SNE.
        .target(
            name: "SegmentsAnalytics",
            dependencies: [
                "SegmentsCore",
                "SegmentsLoading",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: analyticsSettings
        ),
        // The system libxml2, used by the report's validator only.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Build tool that embeds the top-level `templates/` folder into the report module,
        // so the binary runs from any directory without a resource bundle.
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        // Charts: the SVG chart kit and the language-aware number and date formatting it uses;
        // independent of loading and analytics.
        .target(
            name: "SegmentsCharts",
            dependencies: ["SegmentsCore"]
        ),
        // Report: page models, templates, exports, site writer, validation.
        .target(
            name: "SegmentsReport",
            dependencies: [
                "SegmentsLoading",
                "SegmentsAnalytics",
                "SegmentsCharts",
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Configuration: the `--config` YAML file read into plain values, with positioned errors.
        .target(
            name: "SegmentsConfiguration",
            dependencies: ["SegmentsLoading", "SegmentsAnalytics", "SegmentsCharts", .product(name: "Yams", package: "Yams")]
        ),
        // Thin command-line interface.
        .executableTarget(
            name: "segments",
            dependencies: [
                "SegmentsLoading",
                "SegmentsSynthetic",
                "SegmentsAnalytics",
                "SegmentsCharts",
                "SegmentsReport",
                "SegmentsConfiguration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmark driver: `segments-bench NAME ARGS…` (release build), one file per benchmark.
        .executableTarget(
            name: "segments-bench",
            dependencies: [
                "SegmentsLoading",
                "SegmentsAnalytics",
                "SegmentsReport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers shared by the test targets (silent logger, fixture folders).
        .target(
            name: "SegmentsTestSupport",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            path: "Tests/SegmentsTestSupport"
        ),
        .testTarget(
            name: "SegmentsLoadingTests",
            dependencies: ["SegmentsCore", "SegmentsLoading", "SegmentsTestSupport"]
        ),
        .testTarget(
            name: "SegmentsSyntheticTests",
            dependencies: ["SegmentsSynthetic", "SegmentsLoading", "SegmentsTestSupport"]
        ),
        .testTarget(
            name: "SegmentsAnalyticsTests",
            dependencies: ["SegmentsAnalytics", "SegmentsCore", "SegmentsLoading", "SegmentsSynthetic", "SegmentsTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SegmentsChartsTests",
            dependencies: ["SegmentsCharts", "SegmentsCore"]
        ),
        .testTarget(
            name: "SegmentsReportTests",
            dependencies: ["SegmentsReport", "SegmentsCharts", "SegmentsAnalytics", "SegmentsLoading", "SegmentsTestSupport"]
        ),
        .testTarget(
            name: "SegmentsConfigurationTests",
            dependencies: ["SegmentsConfiguration", "SegmentsAnalytics", "SegmentsReport", "SegmentsTestSupport"]
        ),
        .testTarget(
            name: "SegmentsCLITests",
            dependencies: ["segments"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
