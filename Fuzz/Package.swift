// swift-tools-version:6.0
import PackageDescription

// libFuzzer over the whole compiler: loader, decoder, validator and every emitter.
// Its own package, because a fuzzer has no `main` and needs sanitizer flags; run it with
// `scripts/fuzz SECONDS` (see docs/fuzzing.md).
let package = Package(
    name: "apispec-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "apispec-fuzz",
            dependencies: [
                .product(name: "APISpecValidation", package: "apispec"),
                .product(name: "APISpecEmit", package: "apispec"),
            ],
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
