// swift-tools-version:6.0
import PackageDescription

// The local gateway: `apispec-serve RUN_CONFIG` runs one stage of an API from its local run
// config (what `apispec emit --local` writes and `apispec serve` hands over). Its own package so
// the compiler's (the repository root's) build needs none of the server dependencies.
let package = Package(
    name: "apispec-serve",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apispec-serve", targets: ["apispec-serve"]),
    ],
    dependencies: [
        // A symlink named after the package, because a path dependency's identity is its folder's name.
        .package(path: "Dependencies/apispec"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "APISpecGateway",
            dependencies: [
                .product(name: "APISpecRunConfig", package: "apispec"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "apispec-serve",
            dependencies: [
                "APISpecGateway",
                .product(name: "APISpecRunConfig", package: "apispec"),
            ]
        ),
        .testTarget(
            name: "APISpecGatewayTests",
            dependencies: [
                "APISpecGateway",
                .product(name: "APISpecRunConfig", package: "apispec"),
                .product(name: "APISpecTestSupport", package: "apispec"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
