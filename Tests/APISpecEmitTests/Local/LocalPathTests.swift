import Testing

@testable import APISpecEmit

/// Paths in the spec are relative to its directory; the run config holds them clean.
struct LocalPathTests {
    @Test(arguments: [
        ("src", "/work/api", "/work/api/src"),
        ("./src/", "/work/api", "/work/api/src"),
        ("src//handlers/./", "/work/api", "/work/api/src/handlers"),
        ("../shared/src", "/work/api", "/work/shared/src"),
        ("../../..", "/work/api", "/"),
        (".", "/work/api", "/work/api"),
        ("/opt/code/../lib", "/work/api", "/opt/lib"),
        ("/", "/work/api", "/"),
        ("a/..", "/", "/"),
        // A relative root (a spec read through a relative path, in tests): `..` above it stays.
        ("src", "specs", "specs/src"),
        ("../src", "specs", "src"),
        ("../../src", "specs", "../src"),
        ("..", ".", ".."),
        ("a/../..", "..", "../.."),
        (".", ".", "."),
        ("ünï/cødé", "/wörk", "/wörk/ünï/cødé"),
        ("...", "/work", "/work/..."),
        (".hidden/..x", "/work", "/work/.hidden/..x"),
    ])
    func pathsResolveAgainstTheSpecsDirectory(_ path: String, _ root: String, _ expected: String) {
        #expect(LocalPath.resolve(path, against: root) == expected)
    }
}
