import APISpecTestSupport
import Testing
@testable import APISpecCore

/// Functions and routes decoded while the loader builds the tree (`SectionsDuringLoad`) are
/// the functions, routes, findings and broken entries that decoding the whole tree gives,
/// whether they are used or, when something reaches a section from elsewhere, the file is
/// loaded again.
@Suite struct SectionsDuringLoadTests {
    static let functions = "functions:\n  f: {runtime: python3.12, handler: app.f}\n"

    /// Each input, and whether the routes decoded during the load are used (the functions are
    /// whenever the routes are, and some inputs' functions when the routes are not).
    static let inputs: [String: (text: String, used: Bool)] = [
        "defaults before the routes": ("""
            apispec: 1
            name: a
            defaults: {auth: none, timeout: 15, payloadVersion: "1.0"}
            \(functions)routes:
              GET /a: {function: f}
              POST /a: {function: f, auth: iam, timeout: 3}
              GET /a/{id}: {function: f, scopes: [x]}
            """, true),
        "no defaults": ("apispec: 1\nname: a\n\(functions)routes:\n  GET /a: {function: f}\n  GET /b: {function: f}\n", true),
        "defaults after the routes": ("""
            apispec: 1
            name: a
            \(functions)routes:
              GET /a: {function: f}
            defaults: {auth: none, timeout: 15}
            """, false),
        "a second defaults after the routes, dropped": ("""
            apispec: 1
            name: a
            defaults: {auth: none}
            \(functions)routes:
              GET /a: {function: f}
            defaults: {timeout: 15}
            """, true),
        "a merge key at the top level": ("""
            base: &base
              defaults: {auth: none}
            apispec: 1
            name: a
            <<: *base
            \(functions)routes:
              GET /a: {function: f}
            """, false),
        "a merge key in the routes": ("""
            more: &more
              GET /b: {function: f}
            apispec: 1
            name: a
            \(functions)routes:
              GET /a: {function: f}
              <<: *more
            """, false),
        "merge keys and aliases inside routes": ("""
            common: &common {function: f, auth: none}
            apispec: 1
            name: a
            \(functions)routes:
              GET /a: {<<: *common, timeout: 5}
              GET /b: *common
            """, true),
        "routes anchored and repeated through an alias": ("""
            apispec: 1
            name: a
            \(functions)routes: &r
              GET /a: {function: f}
            x-again: *r
            """, false),
        "routes with a tag": ("apispec: 1\nname: a\n\(functions)routes: !!map\n  GET /a: {function: f}\n", false),
        "routes as a list": ("apispec: 1\nname: a\n\(functions)routes:\n  - GET /a\n", false),
        "routes in flow style": ("apispec: 1\nname: a\n\(functions)routes: {GET /a: {function: f}, GET /b: {function: f}}\n", true),
        "a repeated route, an x- key and a complex key": ("""
            apispec: 1
            name: a
            \(functions)routes:
              GET /a: {function: f}
              x-note: {anything: 1}
              GET /a: {function: f, auth: none}
              ? [GET, /c]
              : {function: f}
            """, true),
        // A repeated entry's key is found once its value is complete, and reported where it was read.
        "a repeated route whose value repeats a key": ("""
            apispec: 1
            name: a
            \(functions)routes:
              GET /a: {function: f}
              GET /a: {function: f, function: f, auth: none}
              GET /b: {function: f}
            """, true),
        "a repeated route cut short by a syntax error": (
            "apispec: 1\nname: a\n\(functions)routes:\n  GET /a: {function: f}\n  GET /a: {function: f, a: a, a: [\n", true),
        "a repeated function whose value repeats a key": ("""
            apispec: 1
            name: a
            functions:
              f: {runtime: python3.12, handler: app.f}
              f: {runtime: python3.12, runtime: python3.12, handler: app.g}
            routes:
              GET /a: {function: f}
            """, true),
        "routes with wrong values": ("""
            apispec: 1
            name: a
            defaults: {timeout: soon, auth: [x]}
            \(functions)routes:
              GET /a: {function: [f], timeout: never, scopes: x, unknown: 1}
              GET /b: 7
              NOPE: {function: f}
              GET /c:
            """, true),
        "a syntax error after the routes": ("apispec: 1\nname: a\n\(functions)routes:\n  GET /a: {function: f}\nstages: [\n", true),
        "a routes key deeper down": ("apispec: 1\nname: a\n\(functions)local:\n  routes:\n    GET /a: 1\nroutes:\n  GET /a: {function: f}\n", true),
        "a large spec": (ParsedAheadTests.spec(routes: 3_000), true),
        "functions with defaults, repeats, x- keys and errors, after the routes": ("""
            apispec: 1
            name: a
            defaults:
              function: {runtime: python3.12, memory: 512, environment: {A: "1"}}
            routes:
              GET /a: {function: f}
            functions:
              f: {handler: app.f}
              x-shared: {anything: 1}
              g: {runtime: nodejs20.x}
              f: {handler: app.again}
              h: [not, a, mapping]
              i: {runtime: python3.12, handler: app.i, memory: lots}
            """, true),
        "defaults between the functions and the routes": ("""
            apispec: 1
            name: a
            \(functions)defaults: {auth: none, function: {memory: 512}}
            routes:
              GET /a: {function: f}
            """, false),
        "a merge key in the functions": ("""
            more: &more
              g: {runtime: python3.12, handler: app.g}
            apispec: 1
            name: a
            functions:
              f: {runtime: python3.12, handler: app.f}
              <<: *more
            routes:
              GET /a: {function: g}
            """, false),
        "functions anchored, routes used": ("""
            apispec: 1
            name: a
            functions: &fs
              f: {runtime: python3.12, handler: app.f}
            routes:
              GET /a: {function: f}
            """, true),
    ]

    /// An input whose sections are not used is read again from its file: as it was, it
    /// loads as from memory; changed or gone since, the run says so instead of decoding
    /// sections it no longer has.
    @Test func aFileReadAgainForItsSectionsLoadsAsFromMemoryOrSaysItChanged() throws {
        let input = try #require(Self.inputs["a merge key at the top level"])
        let bytes = Array(input.text.utf8)
        let inMemory = Frontend.load(bytes, path: "r.yaml")
        let again = Frontend.load(bytes, path: "r.yaml", quoting: .fromDisk(holding: bytes))
        #expect(again.diagnostics == inMemory.diagnostics)
        #expect(again.spec?.routes == inMemory.spec?.routes)
        #expect(again.spec?.routes.count == 1)
        for now in [nil, Array("apispec: 1\n".utf8)] {
            let changed = Frontend.load(bytes, path: "r.yaml", quoting: .fromDisk(holding: now))
            #expect(changed.spec == nil)
            #expect(changed.diagnostics.map(\.id) == ["spec-changed"])
        }
    }

    @Test(arguments: inputs.keys.sorted())
    func theSectionsAreTheWholeTreesAndUsedWhenTheyCanBe(_ name: String) throws {
        let input = try #require(Self.inputs[name])
        let bytes = Array(input.text.utf8)
        let during = SectionsDuringLoad()
        _ = YAMLLoader().load(bytes, path: "r.yaml", decodingInto: during)
        #expect((during.usable && during.routes != nil) == input.used)

        let front = Frontend.load(bytes, path: "r.yaml")
        var whole = YAMLLoader().load(bytes, path: "r.yaml")
        guard var root = whole.root.take() else {
            #expect(front.spec == nil)
            #expect(front.diagnostics == whole.diagnostics)
            return
        }
        let decoded = SpecDecoder().decode(
            taking: &root, file: "r.yaml", referenceScalars: whole.referenceScalars,
            reload: { YAMLLoader().load(bytes, path: "r.yaml").root })
        #expect(front.diagnostics == whole.diagnostics + decoded.diagnostics)
        #expect(front.spec?.routes == decoded.spec?.routes)
        #expect(front.spec?.functions == decoded.spec?.functions)
        #expect(front.spec?.broken == decoded.spec?.broken)
    }
}
