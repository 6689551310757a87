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
        .library(name: "APISpecValidation", targets: ["APISpecValidation"]),
        .library(name: "APISpecEmit", targets: ["APISpecEmit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
        // The local run config's Codable types: shared by `emit --local` and `serve`, Foundation only.
        .target(name: "APISpecRunConfig"),
        .target(
            name: "APISpecEmit",
            dependencies: [
                "APISpecCore",
                "APISpecValidation",
                "APISpecRunConfig",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // `apispec serve`: the server dependencies stay here, out of the compiler core.
        .target(
            name: "APISpecGateway",
            dependencies: [
                "APISpecRunConfig",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "apispec",
            dependencies: [
                "APISpecCore", "APISpecValidation", "APISpecEmit", "APISpecGateway",
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
        .testTarget(
            name: "APISpecEmitTests",
            dependencies: ["APISpecEmit", "APISpecValidation", "APISpecTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "APISpecGatewayTests",
            dependencies: [
                "APISpecGateway", "APISpecRunConfig", "APISpecEmit", "APISpecCore", "APISpecTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "apispecTests",
            dependencies: ["APISpecValidation", "APISpecEmit", "APISpecTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
