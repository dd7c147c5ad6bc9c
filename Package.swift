// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Accord",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .library(name: "AccordKit", targets: ["AccordKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The pipeline, one target per step; every edge points forward, so a back edge does not compile
        // (ARCHITECTURE.md; Tests/ArchitectureTests checks this graph and the imports of cmark and Yams).
        // Core: days, locations, diagnostics, the typed model, Markdown values, the escaper. No I/O, no C.
        .target(name: "AccordCore"),
        // Input: disk → validated portfolio + site plan. The only importer of CCmark and Yams.
        .target(
            name: "AccordInput",
            dependencies: ["AccordCore", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        // Metrics: (portfolio, report date) → metrics. Reads the typed model only.
        .target(name: "AccordMetrics", dependencies: ["AccordCore"]),
        // Site: (plan, metrics, theme) → bytes: Markdown → HTML, charts, views, templates, atomic writer.
        .target(
            name: "AccordSite",
            dependencies: [
                "AccordCore", "AccordInput", "AccordMetrics",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme", "TemplateKeys"]
        ),
        // The umbrella: check/build orchestration, scaffolding, the content watcher; re-exports the four.
        .target(
            name: "AccordKit",
            dependencies: ["AccordCore", "AccordInput", "AccordMetrics", "AccordSite"]
        ),
        .executableTarget(
            name: "accord-embed-theme",
            path: "Sources/EmbedThemeTool"
        ),
        .plugin(
            name: "EmbedTheme",
            capability: .buildTool(),
            dependencies: ["accord-embed-theme"]
        ),
        .executableTarget(
            name: "accord-template-keys",
            path: "Sources/TemplateKeysTool"
        ),
        .plugin(
            name: "TemplateKeys",
            capability: .buildTool(),
            dependencies: ["accord-template-keys"]
        ),
        .target(
            name: "AccordServe",
            dependencies: [
                "AccordKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "accord",
            dependencies: [
                "AccordKit",
                "AccordServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer harness (Fuzz/run.sh builds it with -sanitize=fuzzer; a plain build is a replayer).
        .executableTarget(
            name: "accord-fuzz",
            dependencies: ["AccordKit"],
            path: "Fuzz/Harness"
        ),
        .target(
            name: "AccordTestSupport",
            path: "Tests/AccordTestSupport"
        ),
        .testTarget(
            name: "AccordKitTests",
            dependencies: ["AccordKit", "AccordInput", "AccordSite", "AccordTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AccordServeTests",
            dependencies: ["AccordServe", "AccordKit", "AccordTestSupport"]
        ),
        .testTarget(
            name: "ArchitectureTests",
            dependencies: []
        ),
        .testTarget(
            name: "AccordEndToEndTests",
            dependencies: ["AccordKit", "AccordTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// CI (CI=true) treats a warning in Accord's own code as an error; dependencies keep their warnings.
if Context.environment["CI"] == "true" {
    for target in package.targets where target.type != .system && target.type != .plugin {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
    }
}
