// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage group:
// CLibYAML, CYAMLPipe -> APISpecCore (diagnostics, YAML loader, model, decoder)
//          -> APISpecValidation (rules) -> APISpecEmit (JSON, CloudFormation, OpenAPI, local config)
//          -> apispec (CLI).
// The local gateway that runs a local config (`apispec serve` hands over to `apispec-serve`) is
// its own package in Serve/, so that this one, the compiler that pre-commit builds, needs no
// server dependencies (docs/decisions.md).
// Release builds reach type metadata through the compiler's accessor functions instead of
// demangling type names at run time: a 10-route `validate` starts with 22% fewer
// instructions (docs/performance.md, "Start-up"; docs/decisions.md). They also let a module
// specialize the generic code of the modules it uses (`-cross-module-optimization`): the run
// config's `OrderedMap` ran unspecialized from the emitter (`emit --local` 3% fewer instructions).
let releaseSettings: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-cross-module-optimization"],
        .when(configuration: .release)),
]
// The compiler's Swift code runs on one thread (CYAMLPipe's thread runs C only), so its
// release build counts references without atomic instructions: at 1,000 routes a fifth of
// `validate`'s time went to atomic retains and releases (docs/decisions.md). Not for
// APISpecRunConfig, which the multi-threaded gateway (Serve/) shares.
let singleThreaded: [SwiftSetting] = releaseSettings + [
    .unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release)),
]

let package = Package(
    name: "apispec",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apispec", targets: ["apispec"]),
        .library(name: "APISpecCore", targets: ["APISpecCore"]),
        .library(name: "APISpecValidation", targets: ["APISpecValidation"]),
        .library(name: "APISpecEmit", targets: ["APISpecEmit"]),
        .library(name: "APISpecRunConfig", targets: ["APISpecRunConfig"]),
        // For the Serve package's tests: package paths, outside tools, marked test text.
        .library(name: "APISpecTestSupport", targets: ["APISpecTestSupport"]),
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
        // glibc's allocator settings and its heap in huge pages, for the CLI (AllocatorSettings).
        .target(name: "CAllocator", dependencies: ["CThreadPlacement"]),
        // Linux's exchange of two paths, for `emit -o` over an existing file (AtomicFile).
        .systemLibrary(name: "CFileExchange"),
        // libyaml's parser on a thread of its own, ahead of the loader (C only: no Swift runs there);
        // while it waits, it faults in the heap the loader fills (CAllocator).
        .target(name: "CYAMLPipe", dependencies: ["CLibYAML", "CThreadPlacement", "CAllocator"]),
        // A thread that writes a large output's chunks to its file while the next are made (C only).
        .target(name: "CFileWriter", dependencies: ["CAllocator", "CThreadPlacement", "CWordHash"]),
        // Where those two threads and their caller run: on different CPUs.
        .target(name: "CThreadPlacement"),
        // The word hash of REST and WebSocket deployments' ids, in C: that thread continues one.
        .target(name: "CWordHash"),
        .target(
            name: "APISpecCore",
            dependencies: [
                "CLibYAML",
                "CYAMLPipe",
                "CWordHash",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: singleThreaded
        ),
        .target(
            name: "APISpecValidation",
            dependencies: ["APISpecCore"],
            swiftSettings: singleThreaded
        ),
        // The local run config's Codable types: shared by `emit --local` and `serve`, Foundation only.
        .target(name: "APISpecRunConfig", swiftSettings: releaseSettings),
        .target(
            name: "APISpecEmit",
            dependencies: [
                "APISpecCore",
                "APISpecValidation",
                "APISpecRunConfig",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: singleThreaded
        ),
        .executableTarget(
            name: "apispec",
            dependencies: [
                "APISpecCore", "APISpecValidation", "APISpecEmit", "APISpecRunConfig", "CAllocator", "CFileExchange", "CFileWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: singleThreaded
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
            dependencies: ["APISpecEmit", "APISpecValidation", "APISpecRunConfig", "APISpecTestSupport"],
            exclude: ["Golden"]
        ),
        // Runs the heap's reservation on a main thread, for HugePageTests.
        .executableTarget(name: "apispec-heap-probe", dependencies: ["CAllocator"], path: "Tests/HeapProbe"),
        .testTarget(
            name: "apispecTests",
            dependencies: ["apispec", "apispec-heap-probe", "APISpecValidation", "APISpecEmit", "APISpecTestSupport", "CFileWriter"],
            exclude: ["Fixtures"]
        ),
    ]
)
