import APISpecCore
import Testing

@testable import APISpecValidation

/// Every distinct path prefix is one resource, however far back a path's beginning was met.
@Suite struct RESTResourcesTests {
    private func count(_ paths: [String]) -> Int {
        var resources = RESTResources(capacity: paths.count)
        for path in paths { resources.add(RoutePath(path).segments) }
        return resources.count
    }

    @Test func eachPrefixCountsOnce() {
        #expect(count(["/a/b/c"]) == 3)
        // a, a/b, a/b/c, a/{id}, a/b/d
        #expect(count(["/a/b/c", "/a/b", "/a/{id}", "/a/b/d", "/a/b/c"]) == 5)
        // x, x/{id}, y, y/{id}, x/{id}/z
        #expect(count(["/x/{id}", "/y/{id}", "/x/{id}/z"]) == 5)
    }

    /// `/` is the root, no resource of its own; parameters named apart are apart.
    @Test func rootAndParameterNames() {
        #expect(count(["/", "/a", "/"]) == 1)
        #expect(count(["/a/{id}", "/a/{key}", "/a/{id}"]) == 3)
    }
}
