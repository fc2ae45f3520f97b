// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Segments",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "segments", targets: ["segments"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Loading: CSV reader, Olist schema, joins, data quality, synthetic generator.
        .target(
            name: "SegmentsLoading",
            dependencies: ["CSHA256", .product(name: "Logging", package: "swift-log")]
        ),
        // SHA-256 block function with the CPU's SHA instructions, for the input checksums.
        .target(name: "CSHA256"),
        // Analytics: indicators, RFM, features, clustering, scores, t-SNE.
        .target(
            name: "SegmentsAnalytics",
            dependencies: [
                "SegmentsLoading",
                .product(name: "Numerics", package: "swift-numerics"),
                .product(name: "Algorithms", package: "swift-algorithms"),
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
        // Report: chart kit, view models, templates, site writer, validation.
        .target(
            name: "SegmentsReport",
            dependencies: [
                "SegmentsLoading",
                "SegmentsAnalytics",
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Thin command-line interface.
        .executableTarget(
            name: "segments",
            dependencies: [
                "SegmentsLoading",
                "SegmentsAnalytics",
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
        .testTarget(
            name: "SegmentsLoadingTests",
            dependencies: ["SegmentsLoading", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "SegmentsAnalyticsTests",
            dependencies: ["SegmentsAnalytics", "SegmentsLoading"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SegmentsReportTests",
            dependencies: ["SegmentsReport", "SegmentsAnalytics", "SegmentsLoading"]
        ),
        .testTarget(
            name: "SegmentsCLITests",
            dependencies: ["segments"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
