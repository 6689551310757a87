import APISpecCore
import Testing
@testable import APISpecEmit

/// A permission's source path is written from an ASCII key's bytes: it must be what the
/// key's parsed method and segments make.
struct ASCIIRoutePathTests {
    /// The source path from the parsed key, as API Gateway presents it.
    static func bySegments(_ key: RouteKey) -> String {
        guard case .http(let method, let path) = key.kind else { return TemplateText.escapedForSub(key.raw) }
        let segments = path.segments.map { segment in
            guard case .literal(let text) = segment else { return "*" }
            return TemplateText.escapedForSub(text)
        }
        return (method == "ANY" ? "*" : method) + "/" + segments.joined(separator: "/")
    }

    static func fromBytes(_ raw: String, after prefix: StaticString = "") -> String? {
        var bytes: [UInt8] = []
        let ascii = raw.withUTF8Bytes { ASCIIRoutePath.write($0, after: prefix, into: &bytes) }
        return ascii ? String(decoding: bytes, as: UTF8.self) : nil
    }

    @Test(arguments: [
        "GET /pets", "GET /pets/{id}/toys", "ANY /{proxy+}", "GET /", "POST /a${b}/{id}/c$", "$default", "$connect",
        "sendMessage", "a${b}${c}", "$${x", "GET   /spaced", "GET pets/{id}", "/pets/{id}", "/", "GET ", "GET",
        "DELETE /a//b/", "GET /{}/{x}/{+}/{x+}/{/x}", "PUT /${id}/{${x}}/$/{", "ANY /", "any /x", "ANYX /x", "GET /$", "",
    ])
    func aKeysBytesMakeWhatItsSegmentsMake(raw: String) {
        #expect(Self.fromBytes(raw) == Self.bySegments(RouteKey(raw)))
        #expect(Self.fromBytes(raw, after: "*/") == "*/" + Self.bySegments(RouteKey(raw)))
    }

    @Test func aKeyOfOtherBytesIsLeftToItsSegments() {
        #expect(Self.fromBytes("GET /caf\u{E9}") == nil)
        #expect(Self.fromBytes("GET /a/{\u{F1}}") == nil)
    }
}
