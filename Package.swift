// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage group:
// CLibYAML -> APISpecCore (diagnostics, YAML loader, model, decoder)
//          -> APISpecValidation (rules) -> APISpecEmit (JSON, CloudFormation, OpenAPI, local config)
//          -> apispec (CLI); APISpecGateway runs the local config (`apispec serve`).
let package = Package(
    name: "apispec",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apispec", targets: ["apispec"]),
        .library(name: "APISpecCore", targets: ["APISpecCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "APISpecCore",
            dependencies: [
                "CLibYAML",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "APISpecValidation",
            dependencies: ["APISpecCore"]
        ),
        .target(
            name: "APISpecEmit",
            dependencies: [
                "APISpecCore",
                "APISpecValidation",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "apispec",
            dependencies: [
                "APISpecCore", "APISpecValidation", "APISpecEmit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "APISpecTestSupport",
            dependencies: ["APISpecCore", "APISpecValidation", "APISpecEmit"],
            path: "Tests/APISpecTestSupport"
        ),
        .testTarget(name: "APISpecCoreTests", dependencies: ["APISpecCore", "APISpecTestSupport"]),
        .testTarget(name: "APISpecValidationTests", dependencies: ["APISpecValidation", "APISpecTestSupport"]),
        .testTarget(name: "APISpecEmitTests", dependencies: ["APISpecEmit", "APISpecValidation", "APISpecTestSupport"]),
        .testTarget(name: "apispecTests", dependencies: ["APISpecTestSupport"]),
    ]
)
