// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Segments",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "segments", targets: ["segments"]),
        // For the fuzz targets of `Fuzz/` (a package of their own, see TESTING.md).
        .library(name: "SegmentsLoading", targets: ["SegmentsLoading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
            ]
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
        // Thin command-line interface.
        .executableTarget(
            name: "segments",
            dependencies: [
                "SegmentsLoading",
                "SegmentsSynthetic",
                "SegmentsAnalytics",
                "SegmentsCharts",
                "SegmentsReport",
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
            name: "SegmentsCLITests",
            dependencies: ["segments"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
