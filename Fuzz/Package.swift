// swift-tools-version:6.0
import PackageDescription

// libFuzzer over the whole compiler: loader, decoder, validator and every emitter.
// Its own package, because every module must be built with sanitizer flags the main build
// must not get; `scripts/fuzz SECONDS` passes them (see docs/fuzzing.md).
let package = Package(
    name: "apispec-fuzz",
    // A symlink named after the package, because a path dependency's identity is its folder's name.
    dependencies: [.package(path: "Dependencies/apispec")],
    targets: [
        .executableTarget(
            name: "apispec-fuzz",
            dependencies: [
                .product(name: "APISpecCore", package: "apispec"),
                .product(name: "APISpecValidation", package: "apispec"),
                .product(name: "APISpecEmit", package: "apispec"),
            ]
        ),
    ]
)
